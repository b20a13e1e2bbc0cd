"""Special editions of the Official Journal: the acts adopted before a Member State joined,
republished in its language, and cited there.

Three shapes, each read from real texts:

* EUR-Lex's header lists an act's special editions under its journal line, one a line: a
  label naming the edition's language, then its place, then the page in four figures or a
  page range.  The Danish and English editions of 1972-73 give a series and the years of a
  volume, with its part in brackets (``English special edition: Series I Volume 1971(II)
  P. 416 - 463``, ``Danish special edition: Series I Chapter 1971(II) P. 0366``); the
  later ones a chapter and volume (``Special edition in Czech: Chapter 05 Volume 001 P. 35
  - 82``, ``Greek special edition: Chapter 05 Volume 1 P. 0073``; EUR-Lex 31971R1408, as
  data.europa.eu/eli/reg/1971/1408/oj and parlementairemonitor.nl show it), in each
  language of the site (``Griechische Sonderausgabe: Kapitel 05 Band 2 S. 0213``, EUR-Lex
  31977R2827 and 31977R1844; ``édition spéciale finnoise: chapitre 5 tome 5 p. 0046``,
  31991R2195; ``Edición especial en finés : Capítulo 6 Tomo 1 p. 0198``, ``Edición especial
  griega: ...``, 31977L0452; ``edição especial em língua checa: Capítulo 01 Fascículo 01
  p. 197 - 201``, ``Edição especial finlandesa: ...``, 31989R1553; ``Bijzondere uitgave in
  het Grieks: Hoofdstuk 03 Deel 19 blz. 0053``, 31977R1844).  The names of the other
  editions' languages in each label language are the languages' names, by analogy.
* The Court's and the legislator's citations after the journal's: ``(DO L 149, p. 2; EE
  05/01, p. 98)`` (Spanish, EUR-Lex 61999CC0073), ``(Úř. věst. L 39, s. 40; Zvl. vyd.
  05/01, s. 187)`` (Czech, judgment C-186/01), ``(Ú. v. ES L 307, s. 18; Mim. vyd. 05/002,
  s. 197)``, ``(EÜT L 307, lk 18; ELT eriväljaanne 05/02, lk 197)`` (Slovak, Estonian,
  judgment C-282/10: tests/data/corpus-sk, corpus-et), ``ĠU Edizzjoni Speċjali bil-Malti,
  Kapitolu 5, Vol. 2, p. 197`` (Maltese, the same judgment, tests/data/corpus-mt, where it
  stands alone and is not read), ``2004 m. specialusis leidimas lietuvių k., 5 sk., 2 t.,
  p. 197``, ``magyar nyelvű különkiadás 5. fejezet, 2. kötet, 197. o.`` (Lithuanian,
  Hungarian: corpus-lt, corpus-hu), ``svensk specialutgåva, område 15, volym 11, s. 114``
  (Swedish, judgment C-323/17).
* English judgments cite the English edition alone: ``(OJ, English Special Edition
  1959-1962, p. 87)``, ``OJ, English Special Edition 1968 (I), p. 475``, ``OJ English
  Special Edition 1972 (II), p. 280`` (the year, a span of years or the year's part in
  brackets, also a date of 1972: ``(31 December)``), also in EUR-Lex's capitals of the
  older judgments (``OFFICIAL JOURNAL , ENGLISH SPECIAL EDITION 1971 ( II ), P . 416``).

The words of the first two are the records' (``Language.oj``: ``edition_labels``,
``edition_languages``, ``edition_chapters`` ... for the header, ``edition_citations`` for
the citations, as templates); the first two are read where a citation of the journal ends
(``official_journal.build`` calls :func:`after`), the third near its years (:data:`FAMILY`):
no search of its own through the text. A special edition's page names no issue of the
journal and no act, so no CELEX and no Cellar id follow; ``edition`` says the edition's
language. The normal form is the citation with its white space collapsed; given alone, it
parses (:func:`alone`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import collapse_spaces, lazy_compile, words
from eurefs.languages import BY_CODE, LANGUAGES, Language
from eurefs.languages._lookalikes import GREEK_LATIN
from eurefs.models.light import BaseReference, OjRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# The editions' languages as EUR-Lex's labels name them (adjective or noun), in each label's
# language: the records' ``oj.edition_languages``
_NAME_CODES = {
    name.lower(): code
    for lg in LANGUAGES
    for code, names in lg.oj.edition_languages.items()
    for name in names
}
# the word for a special edition -> the language it is written in
_LABELS = {label: lg.code for lg in LANGUAGES for label in lg.oj.edition_labels}
_NAME = r"(?i:" + words(*_NAME_CODES) + r")(?![\w])"


def _all(table: Callable[[Language], tuple[str, ...]]) -> str:
    """The alternation of the words of one of the records' edition tables."""
    return words(*(w for lg in LANGUAGES for w in table(lg)))


# The courts' and the legislator's citations of an edition in its own language: the records'
# ``oj.edition_citations``, as (language, template)
_CITATIONS = tuple((lg.code, t) for lg in LANGUAGES for t in lg.oj.edition_citations)
_PLACES = {
    "chapter": "[0-9]{1,2}", "chapter:02": "[0-9]{2}", "volume": "[0-9]{1,3}",
    "volume:02": "[0-9]{2,3}",
}  # fmt: skip
_TEMPLATE_PART = re.compile(r"\{(\w+(?::02)?)\}|\[|\]|[^{}\[\]]+")


def _citation(i: int, template: str) -> str:
    """The pattern of the ``i``-th citation template (its groups ``c<i>``, ``c<i>ch`` ...)."""
    out = []
    for m in _TEMPLATE_PART.finditer(template):
        part, place = m.group(), m.group(1)
        if place == "page":
            out.append(_PAGE.format(p=f"c{i}p", q=f"c{i}q"))
        elif place is not None:
            group = f"c{i}ch" if place.startswith("chapter") else f"c{i}vol"
            out.append(f"(?P<{group}>{_PLACES[place]})(?![0-9])")
        else:
            out.append({"[": "(?:", "]": ")?"}.get(part) or re.escape(part).replace("\\ ", "[ ]"))
    return f"(?P<c{i}>" + "".join(out) + ")"


_PAGE = r"(?P<{p}>[0-9]{{1,5}})(?:[ ]?-[ ]?(?P<{q}>[0-9]{{1,5}}))?(?![0-9])"
_PERIOD = r"(?P<{y}>19[5-7][0-9](?:[ ]?-[ ]?19[5-7][0-9])?)"

_EDITION = (
    r"(?:"
    # EUR-Lex's label: ``Greek special edition``, ``Special edition in Czech``, ``edição
    # especial em língua checa``, ``Bijzondere uitgave in het Grieks``
    r"(?:(?P<name>" + _NAME + r")[ ])?(?P<label>" + words(*_LABELS) + r")"
    r"(?:[ ](?:" + _all(lambda lg: lg.oj.edition_links) + r")[ ](?P<name2>" + _NAME + r")"
    r"|[ ](?P<name3>" + _NAME + r"))?[ ]?:?[ ]"
    r"(?:(?:"
    + _all(lambda lg: lg.oj.edition_series)
    + r")[ ]"
    + _PERIOD.format(y="hy")
    + r"[ ]?(?:\((?P<hpart>I{1,3})\))?"
    r"|(?:" + _all(lambda lg: lg.oj.edition_chapters) + r")[ ](?P<hch>[0-9]{1,2})[ ]"
    r"(?:" + _all(lambda lg: lg.oj.edition_volumes) + r")[ ](?P<hvol>[0-9]{1,3}))"
    r"[ ](?:"
    + _all(lambda lg: lg.oj.edition_pages)
    + r")[ ]"
    + _PAGE.format(p="hp", q="hq")
    # the courts' citations of an edition (``EE 05/01, p. 98``, ``svensk specialutgåva,
    # område 15, volym 11, s. 114``)
    + "".join("|" + _citation(i, t) for i, (_, t) in enumerate(_CITATIONS))
    + r")"
)

# After a citation of the journal (and a note the records' ``oj.edition_gaps`` list: Polish ``z
# późn. zm.``): a semicolon (the Court's), a dash (Polish ``Dz.U. 2003, L 299, s. 9 – wyd. spec.
# ...``), a comma (Romanian ``JO L 225, p. 16, Ediție specială, ...``), a
# bracket closed and another opened (Croatian ``(SL 2003., L 171, str. 1.) (SL, posebno``), or
# the line break of EUR-Lex's header (a blank in the folded text), after the languages of the
# journal's own editions (``OJ L 149, 5.7.1971, p. 2–50 (DE, FR, IT, NL)``)
_GAPS = [g for lg in LANGUAGES for g in lg.oj.edition_gaps]
AFTER = lazy_compile(
    r"(?:[ ]\([A-Z]{2}(?:,[ ][A-Z]{2})*\))?"
    + (r"(?:,[ ]" + words(*_GAPS) + r")?" if _GAPS else "")
    + r"(?:[ ]?;[ ]?|[ ][–-][ ]|,[ ]|\.?\)[ ]\(|[ ])(?:"
    + _EDITION
    + r")(?![\w])"
)

ALONE = lazy_compile(_EDITION)

# English judgments: ``OJ, English Special Edition 1968 (I), p. 475``; as EUR-Lex prints
# the older ones, in capitals with a space before the signs: ``OFFICIAL JOURNAL , ENGLISH
# SPECIAL EDITION 1971 ( II ), P . 416`` (judgment 242/83, as bailii.org reproduces it).
# The records' ``oj.edition_periods`` after their ``oj.journals`` (or those in capitals); a
# part of 1972's volume named by days of the records' December (the acts of the last days
# before the accession of 1 January 1973: ``(31 December)``); the page after the records'
# ``oj.pages``, one in capitals also with a blank before its dot (``P . 416``).
_PERIODS = [lg for lg in LANGUAGES if lg.oj.edition_periods]
_PERIOD_WORDS = {w: lg.code for lg in _PERIODS for w in lg.oj.edition_periods}
_PERIOD_JOURNALS = {form for lg in _PERIODS for j in lg.oj.journals for form in (j, j.upper())}
_PERIOD_DECEMBER = [w for lg in _PERIODS if len(lg.months) == 12 for w in lg.months[11]]
_PERIOD_PAGES = {
    form
    for lg in _PERIODS
    for p in lg.oj.pages
    for form in (p, p[:-1] + " ." if p[:-1].isupper() and p.endswith(".") else p)
}
PATTERN = lazy_compile(
    r"(?=[" + "".join(sorted({re.escape(j[0]) for j in _PERIOD_JOURNALS})) + r"])(?<![\w])"
    r"(?P<j>" + words(*_PERIOD_JOURNALS) + r")[ ]?,?[ ]"
    r"(?P<ew>"
    + words(*_PERIOD_WORDS)
    + r")[ ]?,?[ ]"
    + _PERIOD.format(y="ey")
    + r"(?:[ ]?\([ ]?(?P<epart>I{1,3}|[0-9]{1,2}(?:[ ]?-[ ]?[0-9]{1,2})?[ ]"
    + words(*_PERIOD_DECEMBER)
    + r")[ ]?\))?[ ]?,?[ ]"
    + words(*_PERIOD_PAGES)
    + r"[ ]"
    + _PAGE.format(p="ep", q="eq")
)


def _int(written: str | None) -> int | None:
    return int(written) if written else None


def _edition(m: re.Match[str], start: int, lang: str, edition: str, **fields: object) -> OjRef:
    """The reference of the special edition matched from ``start`` to ``m``'s end."""
    written = m.string[start : m.end()]
    return reference(
        OjRef, written, start, m.end(), lang=lang, normalized=collapse_spaces(written),
        edition=edition, **fields,
    )  # fmt: skip


def _read(m: re.Match[str]) -> OjRef | None:
    """The special edition of an :data:`AFTER` match (None: a label naming no edition)."""
    g = m.group
    if g("label"):
        name = g("name") or g("name2") or g("name3")
        if name is None:
            return None
        period, volume = g("hy"), g("hpart") or (str(int(g("hvol"))) if g("hvol") else None)
        return _edition(
            m, m.start("name") if g("name") else m.start("label"), _LABELS[g("label")],
            _NAME_CODES[name.lower()], page=int(g("hp")), last_page=_int(g("hq")),
            edition_period=collapse_spaces(period).replace(" ", "") if period else None,
            edition_chapter=_int(g("hch")), edition_volume=volume,
        )  # fmt: skip
    return _cited(m)


def _cited(m: re.Match[str]) -> OjRef:
    """The edition cited in its own language (a match of one of the ``_CITATIONS``: its
    group ``c<i>`` closes last)."""
    g, i = m.group, int(str(m.lastgroup)[1:])
    lang = _CITATIONS[i][0]
    return _edition(
        m, m.start(f"c{i}"), lang, lang, page=_int(g(f"c{i}p")), last_page=_int(g(f"c{i}q")),
        edition_chapter=int(g(f"c{i}ch")), edition_volume=str(int(g(f"c{i}vol"))),
    )  # fmt: skip


def after(text: str, pos: int) -> list[OjRef]:
    """The special editions cited right after a citation of the journal that ends at
    ``pos`` in ``text``, one after the other (EUR-Lex's header lists them all)."""
    refs: list[OjRef] = []
    while (m := AFTER.match(text, pos)) is not None and (ref := _read(m)) is not None:
        refs.append(ref)
        pos = m.end()
    return refs


def alone(text: str) -> OjRef | None:
    """The special edition that is all of ``text`` (for ``parse``: a normal form of one cited
    after the journal's citation, given alone), None where ``text`` is none."""
    m = ALONE.fullmatch(text)
    return _read(m) if m is not None else None


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The English edition as English judgments cite it (:data:`PATTERN`)."""
    g = m.group
    period = collapse_spaces(g("ey")).replace(" ", "")
    part = g("epart")
    if part and not part[0].isdigit() and "-" in period:
        return ()  # (the volumes of 1959-1962 have no parts)
    if part and part[0].isdigit() and period != "1972":
        return ()  # (a day of December only in 1972's volume)
    lang = _PERIOD_WORDS[g("ew")]
    return (_edition(
        m, m.start(), lang, lang, page=int(g("ep")), last_page=_int(g("eq")),
        edition_period=period, edition_volume=collapse_spaces(part) if part else None,
    ),)  # fmt: skip


FAMILY = Family(
    kind="oj",
    pattern=PATTERN,
    build=build,
    # the year of the volume after the edition's last word (``Edition``: a member of the
    # searches led by ``19`` that other families make anyway: no pass of its own)
    anchors=(
        Anchor(
            compile_pattern(
                r"19(?:"
                + "|".join(
                    f"(?<={re.escape(w.rsplit(' ', 1)[-1])}{sep}[ ]19)"
                    for w in dict.fromkeys(w.rsplit(" ", 1)[-1] for w in _PERIOD_WORDS)
                    for sep in ("", ",")
                )
                + r")(?=[5-7][0-9])"
            ),
            before=48,
            after=50,
        ),
    ),
    priority=8,
)


def _journal_first(code: str, template: str) -> bool:
    """Whether a citation template starts with its language's journal (``ĠU Edizzjoni ...``),
    perhaps typed with the Latin capitals of the same shape (Greek ``EE ειδ. έκδ. ...``)."""
    return any(
        template.startswith((j + ",", j + " "))
        for journal in BY_CODE[code].oj.journals
        for j in (journal, journal.translate(GREEK_LATIN))
    )


# The citations of an edition that start with the journal's abbreviation (Maltese ``ĠU
# Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197``, Slovenian ``UL, posebna izdaja v
# slovenščini, poglavje 5, zvezek 3, str. 327``) are citations by themselves: the Court writes
# them in brackets of their own after the act, with or without the journal's citation.  Each
# is looked for only in a text that holds a letter of it whose code point's low byte is a
# control character (``ċ`` U+010B, ``č`` U+010D): one ``in`` test at memchr speed, no pass of
# a pattern through the text (a substring test of the citation's words costs a millisecond a
# megabyte).  One without such a letter (Croatian ``SL, posebno izdanje na hrvatskom jeziku,
# ...``) is read only after a citation of the journal, as the Court writes it: ``(SL 2003., L
# 171, str. 1.) (SL, posebno izdanje ...)``.  A C1 control's low byte serves too (Greek ``Ε``
# U+0395), or the soft hyphen's, which the view drops (``έ`` U+03AD: the Greek edition's
# citation with the journal typed in Latin capitals, ``EE ειδ. έκδ. 05/002, σ. 70``).
_RARE_LOW = frozenset((*range(0x20), *range(0x7F, 0xA0), 0xAD))


def _rare_letter(template: str) -> str:
    """A letter of ``template`` that ``in`` finds at memchr speed and texts seldom hold."""
    return next((c for c in template if ord(c) > 0xFF and ord(c) & 0xFF in _RARE_LOW), "")


_ALONE = tuple(
    # (its number, the template, its words before the first number: the anchor, its letter)
    (i, t, re.split(r"[{\[]", t, maxsplit=1)[0], _rare_letter(t))
    for i, (code, t) in enumerate(_CITATIONS)
    if _journal_first(code, t) and _rare_letter(t)
)
CITED_ALONE = lazy_compile(
    r"(?<![\w])(?:" + "|".join(_citation(i, t) for i, t, _, _ in _ALONE) + r")(?![\w])"
)


def build_alone(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """An edition cited alone by its own name (:data:`CITED_ALONE`)."""
    return (_cited(m),)


ALONE_FAMILY = Family(
    kind="oj",
    pattern=CITED_ALONE,
    build=build_alone,
    anchors=tuple(
        Anchor(
            compile_pattern(re.escape(head)), before=0, after=len(t) + 20, at_start=True, rare=rare
        )
        for _, t, head, rare in _ALONE
    ),
    priority=8,
)

#: The families of the module (the editions cited alone only where a language has such a form).
FAMILIES: tuple[Family, ...] = (FAMILY, ALONE_FAMILY) if _ALONE else (FAMILY,)
