"""The anaphors' determiners between a pinpoint's link and the act it is in (``art. 27 del
citato regolamento n. 1/2003``): the pinpoint before an act (``act_pinpoints``) is read
before them."""

from __future__ import annotations

from eurefs.grammar.pinpoint_heads import has_heads
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language


def _determiners(lg: Language) -> tuple[str, ...]:
    """The anaphors' determiners of ``lg`` (``back_references.anaphor_determiners``) as they
    stand between a pinpoint's link and an act, a blank before and after each: in small
    letters, less a link word they start with (German ``der genannten``, Spanish ``del citado``:
    the link is the pinpoint's)."""
    links = set(lg.pinpoints.links)
    dets = set()
    for det in lg.back_references.anaphor_determiners:
        first, _, rest = det.partition(" ")
        det = rest if rest and first in links else det
        if det[:1].islower() and not det.endswith("-"):  # (not Maltese ``id-``: glued)
            dets.add(f" {det} ")
    return tuple(sorted(dets))


# (the languages with a pinpoint before an act: ``act_pinpoints.LEAD_PATTERNS``)
_DETERMINERS = {lg.code: d for lg in LANGUAGES if has_heads(lg) and (d := _determiners(lg))}


def before_determiner(text: str, lo: int, hi: int, lang: str) -> int:
    """Where a determiner that ``text[lo:hi]`` ends in starts, its blank kept (``art. 27 del
    citato ``: the cited act is the one named right after, its number written, so the pinpoint
    is that act's); -1: none."""
    dets = _DETERMINERS.get(lang)
    if dets is None or not text.endswith(dets, lo, hi):
        return -1
    return max(hi - len(d) + 1 for d in dets if text.endswith(d, lo, hi))
