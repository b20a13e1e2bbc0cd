"""Which Treaty on European Union a text cites: before Lisbon, the Treaty as numbered from
Amsterdam.

A text of 2008 or before that cites ``the Treaty on European Union`` or ``TEU`` by an
article's number cites the Treaty as numbered from Amsterdam (1999) to Lisbon (2009), the
``EU`` treaty of the records (``Article 6(2) EU``): its numbers are not the consolidated
TEU's (Article 34 EU has no Lisbon equivalent, Article 47 EU is Article 40 TEU).  Council
Framework Decision 2002/584/JHA (``of 13 June 2002``) opens ``Having regard to the Treaty on
European Union, and in particular Article 31(a) and (b) and Article 34(2)(b) thereof``: those
are ``Articles 31(a) and (b) and 34(2)(b) EU``, not TEU.

The text's year is the one it gives as its own in its first lines
(``grammar/text_dates``); a text of 2007 or after, or one that gives no date, keeps TEU:
from the Treaty of Lisbon's signing (13 December 2007) to its entry into force (1 December
2009) texts cite its numbers as well as Amsterdam's (the Explanations relating to the
Charter, OJ C 303, 14.12.2007, cite ``Article 6(1) ... of the Treaty on European Union`` as
Lisbon numbers it; the consolidated versions of OJ C 115, 9.5.2008, likewise), so only a
text dated before 2007 decides.  Normal forms without the treaty's code at their end are
left alone.

A Treaty's name followed by the Official Journal that published the version cited says
which it is, whatever the text's date: ``The existing Article 14 Treaty on European Union
(TEU; latest consolidated version OJ 29.12.2006 C 321 E)`` (a blog of January 2008 that
sets the article beside the Treaty of Lisbon's decisions, grahnlaw.blogspot.com) is the
Treaty before Lisbon, as are the consolidated versions of OJ C 325, 24.12.2002 and OJ C
340, 10.11.1997; the Lisbon TEU was published from 2007 (OJ C 306, 17.12.2007, then OJ C
115, 9.5.2008 ...).  The bracket must open right after the Treaty's name or abbreviation
and give the journal before any other number (``(see Directive 2000/43, OJ 2000 L 180)``
cites another act): the first year after the journal is the version's.

An article given as numbered before Lisbon, after the language's word for a former number
(``treaty_former_words`` less ``treaty_now_words``), is the EU Treaty's whatever the
text's date: the consolidated TEU and TFEU head their articles so, ``Article 3 (ex Article 2
TEU)``, ``Article 67 (ex Article 61 TEC and ex Article 29 TEU)``.

Articles written with Maastricht's letters (``Article K.3``, ``Artikel K.3 des Vertrags über
die Europäische Union``: Joint Action 98/699/JHA) are the EU Treaty before Amsterdam
renumbered it (1993-1999), whatever the text's date: the Lisbon TEU has no lettered
article.  Their treaty is ``EU`` (the Treaty before Lisbon); their normal form keeps the
abbreviation they were cited with then (``Article K.3 TEU``, ``Artikel K.3 EUV``).

The EC Treaty before the Treaty of Amsterdam renumbered it (1 May 1999) kept the EEC
Treaty's numbers: the Court cites such an article ``Article 85 of the EC Treaty``, the
first time with its number after that date in a bracket, ``(now Article 81 EC)``, and
``Article 81 EC`` is the Treaty as renumbered (its note on the citation of articles of
the Treaties, curia.europa.eu).  An article of the EC Treaty followed by such a bracket
(the record's ``treaty_now_words``) whose article is the EC Treaty's, or named after the
Treaty in the brackets of the Court's keyword lines (``(Traité CE, art. 177)``: the
summaries since write the renumbered Treaty's code after the number, ``art. 39 CE``), or
cited in a text
dated before :data:`AMSTERDAM` that has no such bracket and writes none of the Treaty's
articles in the Court's form since then (``Article 81 EC``), is numbered as the EEC Treaty
was: its treaty is ``EEC`` and its normal form the EEC Treaty's (``Article 85 EEC``, not
``Article 85 EC``, which is another article: Article 30 of the EC Treaty before 1999 is
Article 28 EC).  Normal forms without the treaty's code at either end are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from eurefs.grammar.treaty_brackets import key
from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

#: The year the Treaty of Lisbon was signed (13 December 2007): a text of that year or
#: after may cite its numbers
LISBON = 2007
#: The first year whose texts may cite the EC Treaty as the Treaty of Amsterdam renumbered
#: it (in force on 1 May 1999, the Court citing so from that day): a year before, as a
#: text headed by the date of a question of 1998 may give an answer of mid-1999 (the
#: European Parliament's written questions head with the question's date)
AMSTERDAM = 1998


def apply(refs: Sequence[BaseReference], whole: WholeText, text: str) -> None:
    """Make the TEU articles of a text dated before :data:`LISBON` or followed by the
    Official Journal of a version before it, and those written with Maastricht's letters,
    the EU Treaty's; the EC Treaty's articles numbered before Amsterdam the EEC Treaty's
    (in place; ``text`` is the one the references' offsets are in)."""
    teu, ec, eu = [], [], []
    for i, ref in enumerate(refs):
        if ref.kind == "treaty_article":
            treaty = ref.treaty  # type: ignore[attr-defined]
            if treaty == "TEU":
                teu.append(ref)
            elif treaty == "EC":
                ec.append(i)
            elif treaty == "EU":
                eu.append(ref)
    if ec:
        _before_amsterdam(refs, ec, whole, text)
    if not teu:
        return
    if eu and all(_former(ref, text) for ref in teu) and not _dated_before_lisbon(whole):
        _current(eu, text)  # the text writes the former Treaty TEU: its EU is the current one
    numbered = []
    for ref in teu:
        if all(a[:1].isalpha() for a in ref.articles):  # type: ignore[attr-defined]
            vars(ref)["treaty"] = "EU"  # (Maastricht's ``K.3``: a new object, as below)
        else:
            numbered.append(ref)
    if not numbered:
        return
    for ref in numbered:
        treaties = BY_CODE[ref.lang].treaties
        old, new = treaties.get("EU"), treaties["TEU"].code
        articles = ref.articles  # type: ignore[attr-defined]
        if old is None or not all(a[:1].isdigit() for a in articles):
            continue
        if ref.normalized.startswith(new + " ") and (
            _keyword(ref, text, "TEU") or _former(ref, text)
        ):
            _renamed(ref, old.code + ref.normalized[len(new) :], "EU")
            continue
        if ref.normalized.endswith(" " + new) and _former(ref, text):
            _renamed(ref, ref.normalized[: -len(new)] + old.code, "EU")
            continue
        if not ref.normalized.endswith(" " + new):
            continue
        year = version_year(text, ref.end, ref.lang)
        if year is None:
            year = whole.year()
        if year is None or year >= LISBON:
            continue
        _renamed(ref, ref.normalized[: -len(new)] + old.code, "EU")


@lru_cache(maxsize=32)
def _former_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's words for an article's number before renumbering (its
    ``treaty_former_words`` less its ``treaty_now_words``): right before an article, and
    anywhere in one, as whole words."""
    lg = BY_CODE[lang]
    former = sorted(set(lg.treaty_former_words) - set(lg.treaty_now_words), key=len)
    if not former:
        return compile_pattern("(?!)"), compile_pattern("(?!)")
    word = r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, reversed(former))) + r")"
    return compile_pattern(word + r"\s{1,2}$"), compile_pattern(word + r"(?![^\W\d_])")


def _former(ref: BaseReference, text: str) -> bool:
    """Whether the TEU article ``ref`` is given as numbered before Lisbon: its language's
    word for the former number right before it (``(ex Article 2 TEU)``: the heading of
    Article 3 of the consolidated TEU, whose Article 2 before Lisbon is now its Article 3)
    or inside its span, between the Treaty and the number (Hungarian ``EUSZ korábbi 2.
    cikke``)."""
    before, inside = _former_words(ref.lang)
    if before.search(text, max(0, ref.start - _FORMER_REACH), ref.start) is not None:
        return True
    return inside.search(ref.text) is not None


def _dated_before_lisbon(whole: WholeText) -> bool:
    year = whole.year()
    return year is not None and year < LISBON


def _current(eu: list[BaseReference], text: str) -> None:
    """Make the EU Treaty's numbered articles ``eu`` the TEU's, in a text that writes the
    TEU's abbreviation only for articles numbered before Lisbon: the Folketing's EU
    information centre heads each article of the current Treaty ``Artikel 2 EU: Unionens
    værdier``, the former number after it ``[tidligere artikel 6, stk. 1, TEU]``
    (eu.dk/da/dokumenter/traktater/traktaten-eu), where the Court's Danish writes the
    former Treaty ``EU`` and the current ``TEU`` (``artikel 35 EU``, ``artikel 19 TEU``)."""
    for ref in eu:
        old, new = BY_CODE[ref.lang].treaties.get("EU"), BY_CODE[ref.lang].treaties["TEU"].code
        articles = ref.articles  # type: ignore[attr-defined]
        if old is None or not all(a[:1].isdigit() for a in articles) or _former(ref, text):
            continue
        if ref.normalized.endswith(" " + old.code):
            _renamed(ref, ref.normalized[: -len(old.code)] + new, "TEU")


def _renamed(ref: BaseReference, normalized: str, treaty: str) -> None:
    """Give the article ``ref`` another treaty and normal form (in place)."""
    fields = vars(ref)  # (a new object nobody else holds, as the scanner's shifts)
    fields["normalized"] = normalized
    fields["treaty"] = treaty


#: how far before an article its former-number word may be (``ex``, then a space)
_FORMER_REACH = 12
# a bracket right after the Treaty's name: words without figures (``TEU; latest
# consolidated version``), the journal, then its year, the first in four figures
_BRACKET_REACH = 120
_YEAR = compile_pattern(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


@lru_cache(maxsize=32)
def _journal(lang: str) -> re.Pattern[str]:
    journals = sorted(BY_CODE[lang].oj.journals, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, journals))
    return compile_pattern(rf"[ \u00a0]*\([^()0-9]{{0,60}}?(?<!\w)(?:{alternatives})(?!\w)")


def version_year(text: str, end: int, lang: str) -> int | None:
    """The year of the Official Journal a bracket right after a Treaty's name (ending at
    ``end``) cites, the journal coming before any other figure (None: no such bracket)."""
    m = _journal(lang).match(text, end, end + _BRACKET_REACH)
    if m is None:
        return None
    close = text.find(")", m.end(), end + _BRACKET_REACH)
    year = _YEAR.search(text, m.end(), close if close >= 0 else end + _BRACKET_REACH)
    return int(year.group()) if year else None


@lru_cache(maxsize=1)
def _now_bracket() -> re.Pattern[str]:
    """A bracket opening right after an article, a word of the records'
    ``treaty_now_words`` first, an aside between commas after it (``(now, after
    amendment,``), up to the article the bracket gives."""
    now = sorted({w for lg in BY_CODE.values() for w in lg.treaty_now_words}, key=len)
    alternatives = "|".join(map(re.escape, reversed(now)))
    return compile_pattern(
        rf"[ \u00a0]?\((?P<word>{alternatives})(?:,[^()0-9\n]{{1,40}},)?[ \u00a0]"
        if now
        else "(?!)"
    )


def _now(refs: Sequence[BaseReference], i: int, text: str) -> bool:
    """Whether the article ``refs[i]`` is followed by a bracket of its language's
    ``treaty_now_words`` whose article, the next reference, is the EC Treaty's."""
    ref = refs[i]
    if i + 1 >= len(refs) or text[ref.end : ref.end + 2].lstrip(" \u00a0")[:1] != "(":
        return False
    after = refs[i + 1]
    m = _now_bracket().match(text, ref.end, after.start)
    return (
        m is not None
        and m.end() == after.start
        and after.kind == "treaty_article"
        and after.treaty == "EC"  # type: ignore[attr-defined]
        and m.group("word") in BY_CODE[ref.lang].treaty_now_words
    )


def _in_the_courts_form(ref: BaseReference) -> bool:
    """Whether the EC Treaty's article ``ref`` is written as the Court cites the Treaty as
    renumbered since 1 May 1999: the article's number (or its subdivision) right before
    the Treaty's short abbreviation, ``Article 81 EC``, ``Article 88(3) EC``, ``article 88,
    paragraphe 3, CE``, Swedish ``artikel 81 EG``, or Finnish ``EY 81 artikla``; not with
    the Treaty's name (``Article 85 of the EC Treaty``, ``artikel 85 i EG-fördraget``) or
    another abbreviation (``EGV Art. 177``)."""
    return _courts_form(ref.lang).search(ref.text) is not None


@lru_cache(maxsize=32)
def _courts_form(lang: str) -> re.Pattern[str]:
    # the record's code and its abbreviations no longer than it, in capitals (German
    # ``EG``, not ``EGV``; Hungarian ``EKSZ`` and ``EK``; Swedish, whose code is the name
    # ``EG-fördraget``: ``EG``, ``FEG``)
    treaty = BY_CODE[lang].treaties["EC"]
    code = treaty.code
    forms = {
        a
        for a in (code, *treaty.abbreviations)
        if a.isalpha() and a.isupper() and (len(a) <= len(code) or not code.isalpha())
    }
    if not forms:
        return compile_pattern("(?!)")
    form = "(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + ")"
    return compile_pattern(rf"(?:[0-9][a-z]?|[)\]]),?[ \u00a0]{form}$|^{form}[ \u00a0][0-9]")


# the end of a keyword line's item: its bracket's end or a semicolon, perhaps after words
# without figures that the article's pinpoint does not read (``, negyedik francia
# bekezdés;``: the fourth indent)
_ITEM_END = compile_pattern(r"(?:,[ ][^\W\d]+(?:[ ][^\W\d]+){0,4})?[ ]?[);]")


def _keyword(ref: BaseReference, text: str, code: str = "EC") -> bool:
    """Whether the article ``ref`` of the Treaty ``code`` is a provision of the Court's
    keyword lines that name the Treaty first, in brackets, a comma before the article:
    ``(Traité CE, art. 177)`` (the summary of Djabali, C-314/96, of 1998, EUR-Lex
    61996CJ0314_SUM), the EC Treaty as numbered before 1 May 1999: the summaries since
    write the renumbered Treaty's code after the number and keep the Treaty's name for the
    former numbers, ``(Traité CE, art. 48 et 52 (devenus, après modification, art. 39 CE
    et 43 CE))`` (Commission v Italy, C-162/99, of 2001, EUR-Lex 61999CJ0162).  The EU
    Treaty so named is the Treaty before Lisbon: ``(EU-Szerződés, 2. cikk, (1) bekezdés,
    negyedik francia bekezdés; ...)`` (the Hungarian summary of the judgment in C-469/03
    Miraglia of 2005, EUR-Lex 62003CJ0469 as jogkodex.hu reproduces it; the Dutch summary
    writes ``(Art. 2, eerste alinea, vierde streepje, EU; ...)``); the summaries of the
    Lisbon TEU write its code (``(Art. 4, § 3, TUE)``, Hungarian ``EUSZ``)."""
    written = ref.text
    comma = written.find(", ")
    # the name alone before the comma: a comma inside the list of articles after the
    # abbreviation is not this form (``(EKL 10., 81. un 82. pants)``, Latvian ``EC Treaty
    # Articles 10, 81 and 82`` of 2010: the summary of Sbarigia, C-393/08, 62008CJ0393_SUM)
    if comma <= 0 or any(c.isdigit() for c in written[:comma]):
        return False
    if text[max(0, ref.start - 2) : ref.start].strip() != "(":
        return False
    if _ITEM_END.match(text, ref.end) is None:
        return False
    treaty = BY_CODE[ref.lang].treaties[code]
    lead = key(written[:comma])
    if code == "TEU" and lead == key(treaty.code):  # (Hungarian ``EUSZ``: the Lisbon TEU's)
        return False
    return any(key(n) == lead for n in (*treaty.names, *treaty.abbreviations))


def _before_amsterdam(
    refs: Sequence[BaseReference], ec: Sequence[int], whole: WholeText, text: str
) -> None:
    """Make the EC Treaty's articles at ``ec`` (indices in ``refs``) followed by a bracket
    giving their number after Amsterdam or named first in a keyword line's bracket, or all
    of them in a text dated before :data:`AMSTERDAM` that writes no such bracket, the EEC
    Treaty's."""
    bracketed = [i for i in ec if _now(refs, i, text)]
    old = bracketed + [i for i in ec if i not in bracketed and _keyword(refs[i], text)]
    # a text that gives the numbers after Amsterdam is of 1999 or after; one that writes
    # an article in the form the Court cites the Treaty so with (``Article 81 EC``) too
    if not bracketed and not any(_in_the_courts_form(refs[i]) for i in ec):
        year = whole.year()
        if year is not None and year < AMSTERDAM:
            old = list(ec)
    _to_eec(refs, old)


def _to_eec(refs: Sequence[BaseReference], old: Sequence[int]) -> None:
    """Give the EC Treaty's articles at ``old`` the EEC Treaty's code and normal form
    (in place; normal forms without the EC Treaty's code at either end left alone)."""
    for i in old:
        ref = refs[i]
        treaties = BY_CODE[ref.lang].treaties
        new, eec = treaties["EC"].code, treaties["EEC"].code
        normalized = ref.normalized
        if normalized.endswith(" " + new):
            normalized = normalized[: -len(new)] + eec
        elif normalized.startswith(new + " "):
            normalized = eec + normalized[len(new) :]
        else:
            continue
        fields = vars(ref)  # (a new object nobody else holds, as the scanner's shifts)
        fields["normalized"] = normalized
        fields["treaty"] = "EEC"
