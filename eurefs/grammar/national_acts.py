"""A national act's number after an EU type word: no EU act.

The mark is the national series after the number, from the language's record (Czech
``nařízení č. 351/2013 Sb.``: the Collection of Laws), or the date after it where the
language's national acts are cited number first with their date after the number and
without its year, which the number gives (``national_dates``: Spanish ``el Reglamento
1/2005, de 15 de septiembre`` of the judiciary's council, BOE-A-2005-15939; Portuguese
``Decreto-Lei n.º 31/2022, de 6 de maio``; Hungarian ``66/2011. (IV. 15.)``: the
month in Roman numerals; ``grammar/national_dates``).  EU acts are cited with a domain and with
the year of their date (``Reglamento (CE) n.º 1/2005 del Consejo, de 22 de diciembre de
2004``), so only a number read number first without a domain is taken for national so.

Where a language cites its national acts by their bare statute-book number and its EU
acts numbered number first always with a marker or a domain (``national_bare_numbers``:
Finnish ``sellaisina kuin ne ovat asetuksessa 234/2009``, a Government decree, beside
``komission asetusta (EU) N:o 651/2014``), a number read number first with neither, and
with no author before the type word (``komission asetuksen 1175/2008``), is national.

A fourth mark is the author named right after such a number, or after one read year
first without a domain (``Richtlinie 2016/679 des Landes Berlin``), when it is no EU author
(``national_author_links``: Romanian ``Regulamentului nr. 5/2013 al Autorității de
Supraveghere Financiară``, Italian ``Regolamento n. 20/2008 dell'ISVAP``, German
``Verordnung Nr. 1/2014 der Finanzmarktaufsicht``): the link, then a capitalised word, and
in the author's words (to the next punctuation) neither an author phrase of the record nor
one of its ``eu_author_words`` or domains (``Verordnung Nr. 1408/71 des Rates``,
``regolamento n. 17 del Consiglio della CEE`` keep their CELEX).  An institution of the
author phrases names the EU's only where the name ends with it: national bodies share
the word (Spanish ``Reglamento 1/1998, del Consejo General del Poder Judicial``, the
judiciary's council: a capitalised word carries on its name, directly or after a link),
where ``Reglamento 1/2003 del Consejo, de 16 de diciembre`` or ``del Consejo relativo a``
ends it.  The author's words may also be a national act's capitalised title (``el
Reglamento 2/2011 de la Carrera Judicial``).  National authors written in small letters
are the language's ``national_author_words`` (Czech ``nařízení č. 1/2010 hlavního města
Prahy``, ``č. 5/2011 kraje Vysočina``), also where they carry on an institution's name
(``Rady hlavního města Prahy``) or hold one (``Državne revizijske komisije za``); the
EU's journal right after the number keeps the act EU (``Úř. věst.``).  A name that ends
with the state's (``national_names``) is a national body's whatever institution's word it
starts with (Greek ``του Διοικητικού Συμβουλίου της Τράπεζας της Ελλάδος``, Irish ``an
Bhainc Ceannais na hÉireann``), also without a link (Irish ``Rialtas na hÉireann``), unless
a domain comes before (an association's: ``Συμβουλίου Σύνδεσης ΕΟΚ και Κύπρου``).  A
decision so followed is no EU act either, though its number without domain gives no CELEX
(Romanian ``Decizia nr. 123/2010 a Guvernului``).

A fifth mark comes before the type word: a national qualifier or author
(``authors_before``).  A decision a national author follows is no agreement body's either
(Greek ``απόφαση αριθ. 520/2011 της Επιτροπής Ανταγωνισμού``, the competition authority's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar.author_words import alternation, eu_pattern, whole_words, words_pattern
from eurefs.grammar.authors_before import qualified
from eurefs.grammar.base import Context
from eurefs.grammar.citation_heads import starts_a_citation
from eurefs.grammar.common import SEP, lazy_compile, unaccented, words
from eurefs.grammar.national_dates import date_after, dated
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import LegalActRef


@lru_cache(maxsize=32)
def _series_after(lang: str) -> re.Pattern[str] | None:
    series = BY_CODE[lang].national_series
    words = "|".join(map(re.escape, series))
    return re.compile(rf"[ ]?(?:{words})(?![^\W\d_])") if series else None


def national(region: str, end: int, lang: str) -> bool:
    """Whether a national series follows the number that ends at ``end``."""
    series = _series_after(lang)
    return series is not None and series.match(region, end) is not None


#: the last characters of links written glued to the author's name (Italian ``dell'``,
#: Maltese ``tal-``: ``Nru 1/2010 tal-Gvern``)
_GLUED = "'’-"


def _link_pattern(links: tuple[str, ...]) -> str:
    """The links, longest first; a link written with its comma (Spanish ``, del``) follows
    the number at once, the others after a space (a glued link: none); the empty link
    (Polish, whose author follows in the genitive: ``nr 5/2010 Wojewody``) is the space
    alone."""
    forms = [
        (re.escape(k) + ("" if not k or k[-1] in _GLUED else "[ ]"), k.startswith(","))
        for k in sorted(links, key=len)[::-1]
    ]
    spaced = "|".join(f for f, comma in forms if not comma)
    glued = "|".join(f for f, comma in forms if comma)
    return r"(?:" + SEP + r"(?:" + spaced + r")" + (r"|(?:" + glued + r")" if glued else "") + r")"


def _institution(phrase: str, links: tuple[str, ...]) -> str:
    """An author phrase without its link (``de la Comisión`` -> ``Comisión``, ``tal-Kunsill``
    -> ``Kunsill``); a phrase written without one (Romanian ``Consiliului``, between the
    type word and the number) is the institution itself."""
    for link in sorted(links, key=len)[::-1]:
        glued = link[-1:] in tuple(_GLUED)  # Maltese ``tal-Kunsill``
        if phrase.lower().startswith(link.lower() + ("" if glued else " ")):
            return phrase[len(link) + (0 if glued else 1) :]
    return " ".join(phrase.split()[1:]) or phrase


class _Authors:
    """The patterns that read the author named after an act's number in one language."""

    __slots__ = (
        "domains", "eu", "heads", "joins", "journal", "link", "longer", "names", "national", "year"
    )  # fmt: skip

    def __init__(self, code: str) -> None:
        lg = BY_CODE[code]
        # compiled at their first use (and kept between runs): most texts never need them
        self.link = lazy_compile(_link_pattern(lg.national_author_links) + r"(?=[^\W\d_])", re.I)
        # the year's mark after the number (Bulgarian ``№ 123/2010 г. на``), before the link
        self.year = lazy_compile(r"[ ]" + whole_words(lg.year_suffixes))
        self.eu = lazy_compile(eu_pattern(code))
        # the EU's journal cited right after the number (``Úř. věst.``), or a word before a
        # date, no author (Croatian ``Uredbe 2016/679 Donesene 29. studenoga 2017.``: WP260)
        journals = lg.oj.journals
        months = words(*(m for f in lg.months for m in f)) if lg.months else "(?!)"
        self.journal = lazy_compile(
            (words_pattern(journals) + r"(?![^\W\d_])|" if journals else "")
            + r"[^\W\d_]+[ ][0-9]{1,2}\.?[ ](?i:"
            + months
            + r")\b"
        )
        self.national = lazy_compile(whole_words(lg.national_author_words), re.I)
        # the state's name as a word of its own (``ΕΟΚ-Κύπρου`` is an association's)
        names = lg.national_names
        self.names = lazy_compile(
            r"(?<!\S)" + alternation(names) + r"(?![^\W\d_])" if names else r"(?!)", re.I
        )
        self.domains = lazy_compile(whole_words(tuple(lg.domains)))
        # the institutions of the author phrases (``Consejo``): EU authors only where no
        # capitalised word carries on their name (``Consejo General del Poder Judicial``)
        # (a language without author phrases, English, names them after the link as
        # before the type word: ``of the Council``)
        heads = tuple(_institution(p, lg.national_author_links) for p in lg.author_phrases)
        heads = heads or lg.authors
        # Greek capitals drop the accents (``ΤΗΣ ΕΠΙΤΡΟΠΗΣ``)
        heads += tuple({h for h in map(unaccented, heads) if h not in heads})
        self.heads = lazy_compile(words_pattern(heads) if heads else r"(?!)", re.I)
        spaced = tuple(k for k in lg.national_author_links if not k.startswith(","))
        # (and the first word of a link of two: ``Council of Dublin``, ``Commission des``)
        spaced += tuple({k.split()[0] for k in spaced if " " in k} - set(spaced))
        self.longer = lazy_compile(r"[^\W\d_]*" + _link_pattern(spaced) + r"?[ ]?", re.I)
        # the conjunctions and links that join two authors (``Council and the Commission``)
        joins = tuple(w for w in (*lg.list_conjunctions, *spaced) if w)
        self.joins = lazy_compile(whole_words(joins), re.I)

    def eu_author(self, region: str, start: int, end: int) -> bool:
        """Whether the author's words ``region[start:end]`` name an EU author."""
        if self.eu.search(region, start, end) is not None:
            return True
        for m in self.heads.finditer(region, start, end):
            if self.national.match(region, m.start()) is not None:
                continue  # a national body's name (``Državne revizijske komisije za``)
            if self.named_before(region, start, m.start()):
                continue  # a name before the institution's (``Dublin City Council``)
            longer = self.longer.match(region, m.end(), end)
            after = longer.end()  # type: ignore[union-attr]
            if after == m.end() or after >= end:
                return True  # the name ends with the institution's
            if region[after].isupper() or self.national.match(region, after) is not None:
                continue  # ... a name carries on (``Rates der Stadt Wien``)
            if _LINKED.search(longer.group()) is None:  # type: ignore[union-attr]
                return True  # ... ordinary words follow (``Rady ze dne``)
            # ... a link and words (``Commission des opérations de bourse``): another body
        return False

    def after_year(self, region: str, end: int) -> int:
        """Where the number ending at ``end`` ends with the year's mark after it, if any."""
        mark = self.year.match(region, end)
        return mark.end() if mark is not None else end

    def named_before(self, region: str, start: int, at: int) -> bool:
        """Whether words of a name come before the institution's word at ``at`` in the
        author's words from ``start`` (``Dublin City Council``, ``Irish Commission``), not
        another author joined to it (``COUNCIL AND THE COMMISSION``)."""
        return (
            _NAMED_BEFORE.search(region, start, at) is not None
            and self.joins.search(region, start, at) is None
        )

    def state(self, region: str, start: int, end: int) -> bool:
        """Whether the state's name (``national_names``) ends a capitalised name, directly
        or after a short link, in ``region[start:end]``: ``Τράπεζας της Ελλάδος``,
        ``Bhainc Ceannais na hÉireann`` (a name that starts with it is the state's too)."""
        for m in self.names.finditer(region, start, end):
            if self.domains.search(region, start, m.start()) is not None:
                return False  # a joint body's (``Συμβουλίου Σύνδεσης ΕΟΚ και Κύπρου``)
            before = region[start : m.start()].split()
            if before and len(before[-1]) <= 3 and not before[-1][0].isupper():
                before.pop()  # the link (``της``, ``na``, ``a``, ``ta'``)
            if not before or before[-1][0].isupper():
                return True
        return False


#: a word before an institution's in an author's name (``Dublin City Council``, ``Irish
#: Commission``): another body's, unless EU words name it (``European Commission``)
_NAMED_BEFORE = re.compile(r"[^\W\d_]")
#: a link in what follows an institution's word (``Commission des``, ``Council of``):
#: letters after a space (not the word's own ending: ``Rates``)
_LINKED = re.compile(r"\s[^\W\d_]")
_AUTHORS = {lg.code: _Authors(lg.code) for lg in LANGUAGES if lg.national_author_links}
#: where an author's name ends: the next punctuation or digit (another citation's
#: number: ``№ 1/2010 на Българската народна банка и Регламент № 1/2003 на Съвета``),
#: or this many characters
_AUTHOR_END = re.compile(r"[,;:()\[\]\n.0-9]")
_AUTHOR_REACH = 60
#: how far the state's name may end a body's name (``Consiliului de administrație al
#: Băncii Naționale a României``)
_STATE_REACH = 90


def _name_end(region: str, start: int, reach: int = _AUTHOR_REACH) -> int:
    """Where the author's name that starts at ``start`` ends (``_AUTHOR_END``)."""
    stop = _AUTHOR_END.search(region, start + 1, start + reach)
    return stop.start() if stop else min(len(region), start + reach)


def authored(ref: LegalActRef, region: str) -> bool:
    """Whether ``ref`` (its span in ``region``), a number without a domain, is a national
    act's by the author named right after it (``national_author_links``), with a CELEX or
    without (Romanian ``Decizia nr. 123/2010 a Guvernului``: a decision's number without
    domain gives none).  A number read year first too (``Richtlinie 2016/679 des Landes
    Berlin``): the EU's acts so numbered since 2015 carry their domain, and those before
    it an EU author when they name one.  An institution's word before the type word does
    not make it the EU's then: the body after the number names the author in full
    (``Commission Regulation No 1/2006 of the National Securities Commission``)."""
    if ref.domain:
        return False
    return authored_at(region, ref.end, ref.lang)


def named(ref: LegalActRef, region: str) -> bool:
    """Whether a national author of the words (``national_author_words``) follows the
    number of ``ref``, read as ``authored`` reads it: a decision so followed is no
    agreement body's either (Greek ``απόφαση αριθ. 520/2011 της Επιτροπής Ανταγωνισμού``)."""
    authors = _AUTHORS.get(ref.lang)
    if authors is None or not ref.number_first or ref.domain or ref.author:
        return False
    end = authors.after_year(region, ref.end)
    m = authors.link.match(region, end, end + 20)
    if m is None:
        return False
    at = m.end()
    return authors.national.match(region, at) is not None or authors.state(
        region, at, _name_end(region, at, _STATE_REACH)
    )


def marked_after(region: str, end: int, lang: str) -> bool:
    """Whether a national series, a date without year or a national author follows the
    act number that ends at ``end`` (in language ``lang``)."""
    if national(region, end, lang) or authored_at(region, end, lang):
        return True
    return date_after(region, end, lang)


def authored_at(region: str, end: int, lang: str) -> bool:
    """Whether an author that is no EU author is named right after ``end``."""
    authors = _AUTHORS.get(lang)
    if authors is None:
        return False
    end = authors.after_year(region, end)
    m = authors.link.match(region, end, end + 20)
    if m is None:  # a capitalised name, no link, ended by the state's (``Rialtas na hÉireann``)
        at = end + 1
        return (
            region[end:at] == " "
            and region[at : at + 1].isupper()
            and authors.state(region, at, _name_end(region, at, _STATE_REACH))
        )
    at = m.end()
    if authors.national.match(region, at) is not None:
        return True  # Czech ``č. 1/2010 hlavního města Prahy``
    if not region[at].isupper() or authors.journal.match(region, at) is not None:
        return False
    if not m.group().strip() and starts_a_citation(region, at):
        return False  # the next act's (``Uredba 2016/679 Uredba 2017/1001``), no author
    if authors.state(region, at, _name_end(region, at, _STATE_REACH)):
        return True  # ``της Εκτελεστικής Επιτροπής της Τράπεζας της Ελλάδος``
    return not authors.eu_author(region, at, _name_end(region, at))


def marked(ref: LegalActRef, ctx: Context, start: int, marker: str | None) -> bool:
    """Whether ``ref`` (its citation from ``start``, its ``marker``) is a national act's by
    the date after it, its bare number, a qualifier before its type word or its place as
    a document's heading."""
    if dated(ref, ctx.region) or bare(ref, marker) or heading(ref, ctx, start, marker):
        return True
    return not ref.domain and qualified(ctx.region, start, ref.lang)


def heading(ref: LegalActRef, ctx: Context, start: int, marker: str | None) -> bool:
    """Whether ``ref``, a decision read number first with neither domain, marker nor
    author, heads its document: the type word in capitals and the citation a paragraph
    of its own.  National courts head their judgments so (``ΟΛΟΜΕΛΕΙΑ``, ``ΑΠΟΦΑΣΗ
    434/2019``: the Greek Council of State's plenary, nomotelia.gr); the agreement bodies
    head theirs with the marker and the body (``ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ
    ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ``), the EU its decisions with their domain."""
    if ref.act_type != "decision" or not ref.number_first or ref.domain or marker:
        return False
    word, after = ctx.region[start : ref.end].split(" ", 1)[0], ctx.region[ref.end : ref.end + 2]
    alone = ctx.before(start, 2) in ("  ", "") and after in ("  ", "")
    return ref.author is None and word.isupper() and alone


def bare(ref: LegalActRef, marker: str | None) -> bool:
    """Whether ``ref``, a number read number first that gives a CELEX, is a national
    act's statute-book number: written without ``marker`` (``N:o``), domain or author
    in a language whose EU acts so numbered have one (``national_bare_numbers``)."""
    plain = ref.number_first and not marker and not ref.domain and ref.author is None
    return plain and ref.celex is not None and BY_CODE[ref.lang].national_bare_numbers


def listed(refs: list[LegalActRef], region: str) -> list[LegalActRef]:
    """``refs``, a list of numbers after one type word, less the numbers without domain
    read number first when a national series or author follows its last number: it names
    them all (``regolamenti n. 5/2013 e 6/2013 dell'ISVAP``)."""
    last = refs[-1]
    if len(refs) < 2 or not (national(region, last.end, last.lang) or authored(last, region)):
        return refs
    return [r for r in refs if r.domain or not r.number_first]
