"""Whether a text is itself an act, or a part of one: its ``this Regulation`` (German
``dieser Verordnung``, Slovene ``ta uredba``) is then the text itself, no anaphor of an act
cited before (``short_forms/anaphors``)."""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import SENTENCE_BOUNDARY, Candidate, words


def is_legislative(text: str, lang: str) -> bool:
    """Whether the text shows it is itself an act or a part of one (its self-references are
    not anaphors): a marker of the record's, or any article's heading on a line of its own
    (:func:`_article_heading`)."""
    if any(marker in text for marker in words(lang).legislative_markers):
        return True
    heading = _article_heading(lang)
    return heading is not None and heading.search(text) is not None


@lru_cache(maxsize=16)
def _article_heading(lang: str) -> re.Pattern[str] | None:
    """The heading of any article on a line of its own, shaped as the record's markers
    write Article 1's (``Člen 1`` -> ``Člen 3``, ``1. cikk`` -> ``98. cikk``, each alone on
    its line): a page that gives one article of an act, headed by its number, is that act's
    text (``Člen 2 ... 3. ... iz te uredbe ... 4. Ta uredba ne posega v uporabo Direktive
    2000/31/ES``, the GDPR's Article 2 on privacykit.it: not Regulation (EC) No 45/2001,
    cited before).  None: the record writes no such marker."""
    shapes = [
        re.escape(marker).replace("1", "[1-9][0-9]{0,2}")
        for marker in words(lang).legislative_markers
        if re.fullmatch(r"\n[^\n\d]*1[^\n\d]*\n", marker)
    ]
    return compile_pattern("|".join(shapes)) if shapes else None


def _national_self(text: str, anaphor: Candidate, self_determiners: tuple[str, ...]) -> bool:
    """Whether ``this Regulation`` (German ``dieser Verordnung``) stands in a sentence that
    cites a section by the section sign (``entgegen § 2``): EU acts number articles, not
    sections, so that sentence is a national law's, and its ``this Regulation`` is the
    national ordinance itself, not the EU act cited before (the Hopfeneinfuhrverordnung's
    ``entgegen § 2 ... in den Geltungsbereich dieser Verordnung``, after Regulation (EEC)
    No 3076/78)."""
    start = anaphor.start
    lo = start - 1000 if start > 1000 else 0
    hi = anaphor.end + 1000
    if text.find("§", lo, hi) < 0 or not text.startswith(self_determiners, start):
        return False
    for m in SENTENCE_BOUNDARY.finditer(text, lo, start):
        lo = m.end()
    if (stop := SENTENCE_BOUNDARY.search(text, anaphor.end, hi)) is not None:
        hi = stop.start()
    return text.find("§", lo, hi) >= 0


def drop_national_selves(
    text: str, anaphors: list[Candidate], self_determiners: tuple[str, ...]
) -> list[Candidate]:
    """``anaphors`` found outside an act, less the ``this Regulation`` that stand in a
    national law's sentence (:func:`_national_self`)."""
    if not self_determiners:
        return anaphors
    return [a for a in anaphors if not _national_self(text, a, self_determiners)]
