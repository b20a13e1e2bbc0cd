"""Names that start in lower case but hold a capital (``ePrivacy Directive``, ``2030
Digital Compass``): the popular-name pattern holds their tails from that capital on
(``popular_names._lower_tails``), and each place it stops at such a tail is checked here
for the whole name, as written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.name_forms import PLAIN_END, unify_dashes
from eurefs.short_forms.name_search import every_match, may_start

#: The end of a name: what may follow its last character
NAME_END = compile_pattern(PLAIN_END)


def pattern_matches(
    text: str, pattern: re.Pattern[str], tails: dict[str, tuple[tuple[int, str], ...]], joins: str
) -> Iterator[tuple[int, int]]:
    """The matches where a name may start (``name_search.may_start``), each after the
    last one's end (as ``popular_names.scan_names`` gives them).  A lower-case name with a capital
    is found where the pattern stops at its tail, unless the tail's capital is inside a
    longer match that started before it (a name that runs into another one, which leaves
    one mention either way)."""
    last_end = 0
    for m in every_match(text, pattern, []):
        start = m.start()
        if start >= last_end and may_start(text, start, joins):
            last_end = m.end()
            yield start, last_end
            if text[start] in tails:
                yield from tail_spans(text, start, tails)


def tail_spans(
    text: str, start: int, tails: dict[str, tuple[tuple[int, str], ...]]
) -> list[tuple[int, int]]:
    """The lower-case names holding a capital whose tail the pattern matched at ``start``."""
    spans = []
    for k, name in tails[text[start]]:
        at = start - k
        if (
            at >= 0
            and (text.startswith(name, at) or unify_dashes(text[at : at + len(name)]) == name)
            and NAME_END.match(text, at + len(name))
        ):
            spans.append((at, at + len(name)))
    return spans
