"""Searching the pinpoint patterns of ``eurefs.grammar.act_pinpoints`` in a window of
text: the leftmost pinpoint at the start of a word that runs to the window's end, and
the subdivisions written before it (``point (a) of Article 5``).

Every legal act and every back-reference with a link word before it asks, so the
search is bound once per set of patterns (:func:`searcher`), and the leads are
searched only where the text before the pinpoint ends as a lead does (``lead_tail``,
a cheap match on the reversed text): most texts before a pinpoint end in a link word
(``on the basis of``) but not in a lead, and the leads' pattern tries every character.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eurefs.grammar.act_pinpoints import Pinpoints


def search(p: Pinpoints, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the pinpoint of ``p`` in ``text[lo:hi]`` starts and ends, if any."""
    return searcher(p)(text, lo, hi)


@functools.lru_cache(maxsize=256)
def searcher(p: Pinpoints) -> Callable[[str, int, int], tuple[int, int] | None]:
    """:func:`search` with ``p`` bound and its methods looked up once, for callers that
    search many times (the back-references: one search per short form)."""
    body, leads, lead_links = p.body.search, p.leads, p.lead_links
    pin = p.body.groupindex["pin"]

    def search_(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        m = body(text, lo, hi)
        while m is not None:
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "._"):  # inside a word
                m = body(text, s + 1, hi)
                continue
            if leads is not None and text.endswith(lead_links, lo, s):
                s = _lead_start(p, text, lo, s)
            return s, m.end(pin)
        return None

    return search_


def _lead_start(p: Pinpoints, text: str, lo: int, s: int) -> int:
    """Where the subdivisions written before the article at ``s`` start (``s``: none)."""
    if p.lead_tail is not None and p.lead_tail.match(text[lo:s][::-1]) is None:
        return s  # the text before does not end as a lead does
    lead = p.leads.search(text, lo, s) if p.leads is not None else None
    if lead is not None and not (lead.start() and text[lead.start() - 1].isalnum()):
        return lead.start()
    return s
