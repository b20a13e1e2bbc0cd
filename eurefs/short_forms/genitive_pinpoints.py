"""The pinpoint written right after a back-reference in the genitive, as Danish and Swedish
write it: ``databeskyttelsesforordningens artikel 6, stk. 1, litra f``,
``dataskyddsförordningens artikel 6.1 f``, ``GDPR:s artikel 5.1 f``, ``GDPR's artikel 5``,
perhaps after a footnote call (``databeskyttelsesforordningens[1]artikel 6, stk. 1``).

The genitive is told by the record's ``genitive_endings`` (``s`` ending the short form, or
``:s`` glued after it); the pinpoint is one of the language's pinpoints before acts
(``grammar/act_pinpoints``), read from the first word after the short form."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eurefs.grammar import act_pinpoints, pinpoint_edges
from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import words

#: A footnote call in square brackets glued to the genitive, as web pages print one
#: (``databeskyttelsesforordningens[1]artikel 6, stk. 1``: the Danish data protection
#: authority's decision 2019-431-0031, datatilsynet.dk).
_CALL = compile_pattern(r"\[[1-9][0-9]{0,2}\]")


@lru_cache(maxsize=8)
def genitive_pinpoint_finder(lang: str) -> Callable[[str, int, int], str | None] | None:
    """``find(text, start, end)``: the pinpoint right after the short form at
    ``text[start:end]`` when it is in the genitive; None where the language has no
    genitive endings (or no pinpoints before acts)."""
    endings = words(lang).genitive_endings
    body = act_pinpoints.pinpoint_body(BY_CODE[lang])
    if not endings or body is None:
        return None
    glued = tuple(e for e in endings if not e[:1].isalpha())
    own = tuple(e for e in endings if e[:1].isalpha())
    match = compile_pattern(r"\s+" + act_pinpoints.spaced(body) + r"(?![\w])").match
    # (after a footnote call glued to the genitive, the blank may go: ``[1]artikel 6``)
    after_call = compile_pattern(r"\s*" + act_pinpoints.spaced(body) + r"(?![\w])").match
    heads = tuple({w for a in BY_CODE[lang].article_words for w in (a, a[:1].upper() + a[1:])})
    # a link word read as a point's letter (``litra f, i``, ``6.1 f i``) is no part of it
    links = [w for w in BY_CODE[lang].pinpoints.links if w[-1:].isalpha()]
    link = r",?\s+(?:" + "|".join(map(re.escape, links)) + r")\Z" if links else "(?!)"
    ends_linked = compile_pattern(link).search

    def find(text: str, start: int, end: int) -> str | None:
        # (a genitive ``s`` after a letter in small case: ``GDPR`` is no genitive, ``GDPR:s`` is)
        if glued and text.startswith(glued, end):
            end += next(len(e) for e in glued if text.startswith(e, end))
        elif not (text.endswith(own, start, end) and text[end - 2 : end - 1].islower()):
            return None
        call = _CALL.match(text, end)
        if call is not None:  # ``databeskyttelsesforordningens[1]artikel 6, stk. 1``
            end = call.end()
        blank = text[end : end + 1].isspace()
        if not (blank or call) or not text.startswith(heads, end + blank):
            return None
        found = (match if call is None else after_call)(text, end, end + act_pinpoints.REACH)
        if found is None or pinpoint_edges.apart(text, *found.span("pin"), end, found.start("pin")):
            return None
        pin = found.group("pin")
        if (linked := ends_linked(pin)) is not None:
            pin = pin[: linked.start()]
        return unbracketed(text, start, " ".join(pin.split()))

    return find


def unbracketed(text: str, start: int, pin: str) -> str:
    """``pin``, read after a short form at ``start``, without the ``)`` that closes a
    bracket the short form stands in, which a point's letter took as its own
    (``(dataskyddsförordningens artikel 5.1 e)`` is point e)."""
    if pin.endswith(")") and pin.count("(") < pin.count(")"):
        opening = text.rfind("(", max(0, start - 200), start)
        if opening >= 0 and ")" not in text[opening:start]:
            return pin[:-1]
    return pin
