"""Official Journal citations written with the journal's full name before the series
(``eurefs/grammar/official_journal.py``, the languages' ``oj.journal_names``).

The names are the journal's own titles (the Union's from February 2003, the Communities'
before); the forms after them are those of the
abbreviated citation.  Real forms: EUR-Lex's former header of the acts before 2004
('Europeiska gemenskapernas officiella tidning nr L 387 , 31/12/1992 s. 0001', 'Virallinen
lehti nro L 377 , 31/12/1991 s. 0048 - 0054': EUR-Lex 31991L0692, Finnish, pages corpus);
the Publications Office's lists of issues, a comma after the name ('De Europæiske
Fællesskabers Tidende, L 29, 1. februar 1985', 'Jornal Oficial das Comunidades Europeias,
C 276, 23 de outubro de 1991', 'Gazzetta ufficiale dell’Unione europea, L 265, 16 ottobre
2003'; eur-lex.europa.eu, op.europa.eu).
"""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.models.references import OjRef
from tests.support.extracted import extracted
from tests.support.official_journal import assert_oj_reads


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


# text, span, language, series, issue, date, page, last page
_FOUND = [
    ("published in the Official Journal of the European Union L 119, 4.5.2016, p. 1.",
     "Official Journal of the European Union L 119, 4.5.2016, p. 1", "en", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Official Journal of the European Communities L 206, 22.7.1992, p. 7",
     "Official Journal of the European Communities L 206, 22.7.1992, p. 7", "en", "L", "206",
     dt.date(1992, 7, 22), 7, None),
    ("Journal officiel de l'Union européenne L 119 du 4.5.2016, p. 1",
     "Journal officiel de l'Union européenne L 119 du 4.5.2016, p. 1", "fr", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("publié au Journal officiel de l’Union européenne L 119 du 4.5.2016, p. 1.",
     "Journal officiel de l’Union européenne L 119 du 4.5.2016, p. 1", "fr", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Amtsblatt der Europäischen Union L 119 vom 4.5.2016, S. 1",
     "Amtsblatt der Europäischen Union L 119 vom 4.5.2016, S. 1", "de", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Amtsblatt der Europäischen Gemeinschaften C 48 vom 24.2.2000, S. 3",
     "Amtsblatt der Europäischen Gemeinschaften C 48 vom 24.2.2000, S. 3", "de", "C", "48",
     dt.date(2000, 2, 24), 3, None),
    ("Europeiska gemenskapernas officiella tidning nr L 387 , 31/12/1992 s. 0001",
     "Europeiska gemenskapernas officiella tidning nr L 387 , 31/12/1992 s. 0001", "sv", "L",
     "387", dt.date(1992, 12, 31), 1, None),
    ("Virallinen lehti nro L 377 , 31/12/1991 s. 0048 - 0054 Suomenk. erityispainos",
     "Virallinen lehti nro L 377 , 31/12/1991 s. 0048 - 0054", "fi", "L", "377",
     dt.date(1991, 12, 31), 48, 54),
    ("Euroopan yhteisöjen virallinen lehti L 377, 31.12.1991, s. 48",
     "Euroopan yhteisöjen virallinen lehti L 377, 31.12.1991, s. 48", "fi", "L", "377",
     dt.date(1991, 12, 31), 48, None),
    ("De Europæiske Fællesskabers Tidende, L 29, 1. februar 1985",
     "De Europæiske Fællesskabers Tidende, L 29, 1. februar 1985", "da", "L", "29",
     dt.date(1985, 2, 1), None, None),
    ("Jornal Oficial das Comunidades Europeias, C 276, 23 de outubro de 1991",
     "Jornal Oficial das Comunidades Europeias, C 276, 23 de outubro de 1991", "pt", "C",
     "276", dt.date(1991, 10, 23), None, None),
    ("Gazzetta ufficiale dell’Unione europea, L 265, 16 ottobre 2003",
     "Gazzetta ufficiale dell’Unione europea, L 265, 16 ottobre 2003", "it", "L", "265",
     dt.date(2003, 10, 16), None, None),
    # Italian national writing capitalises the name as it does its own Gazzetta Ufficiale
    # (confinionline.it, unionesoaitaliane.it; pages corpus): was nothing
    ("pubblicate sulla Gazzetta Ufficiale dell'Unione Europea L 94 del 28 marzo 2014, le nuove",
     "Gazzetta Ufficiale dell'Unione Europea L 94 del 28 marzo 2014", "it", "L", "94",
     dt.date(2014, 3, 28), None, None),
    ("(Gazzetta Ufficiale dell’Unione europea L 119 del 4 maggio 2016, pag. 1)",
     "Gazzetta Ufficiale dell’Unione europea L 119 del 4 maggio 2016, pag. 1", "it", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("nella Gazzetta Ufficiale delle Comunità Europee n. L 12 del 16 gennaio 2001",
     "Gazzetta Ufficiale delle Comunità Europee n. L 12 del 16 gennaio 2001", "it", "L", "12",
     dt.date(2001, 1, 16), None, None),
    ("Az Európai Unió Hivatalos Lapja L 119., 2016.5.4., 1. o.",
     "Az Európai Unió Hivatalos Lapja L 119., 2016.5.4., 1. o.", "hu", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Eiropas Savienības Oficiālais Vēstnesis L 119, 4.5.2016., 1. lpp.",
     "Eiropas Savienības Oficiālais Vēstnesis L 119, 4.5.2016., 1. lpp.", "lv", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("публикуван в Официален вестник на Европейския съюз L 119, 4.5.2016 г., стр. 1.",
     "Официален вестник на Европейския съюз L 119, 4.5.2016 г., стр. 1", "bg", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Επίσημη Εφημερίδα των Ευρωπαϊκών Κοινοτήτων αριθ. L 144 της 15.5.1998, σ. 1",
     "Επίσημη Εφημερίδα των Ευρωπαϊκών Κοινοτήτων αριθ. L 144 της 15.5.1998, σ. 1", "el", "L",
     "144", dt.date(1998, 5, 15), 1, None),
    ("OFFICIAL JOURNAL OF THE EUROPEAN UNION L 119, 4.5.2016, p. 1",
     "OFFICIAL JOURNAL OF THE EUROPEAN UNION L 119, 4.5.2016, p. 1", "en", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    # the Court's year before the series, after the name
    ("Official Journal of the European Union, 2016, L 119, p. 1",
     "Official Journal of the European Union, 2016, L 119, p. 1", "en", "L", "119", 2016, 1,
     None),
    # the single series before 1968: the issue and its date (window long enough for the name)
    ("Official Journal of the European Communities No 17, 6.10.1958, p. 390",
     "Official Journal of the European Communities No 17, 6.10.1958, p. 390", "en", None, "17",
     dt.date(1958, 10, 6), 390, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "lang", "series", "issue", "when", "page", "last"), _FOUND
)
def test_the_full_name_before_the_series(
    text: str,
    span: str,
    lang: str,
    series: str | None,
    issue: str,
    when: dt.date | int,
    page: int | None,
    last: int | None,
) -> None:
    """Before, nothing was found: the journal was looked for only 26 characters before
    the series, and only as an abbreviation (or ``Official Journal`` alone)."""
    (ref,) = _oj(text)
    assert_oj_reads(ref, span, lang, series, issue, when, page, last)
    # normalized as the abbreviated citation's: the text with its spaces collapsed
    assert ref.normalized == " ".join(span.split())


def test_the_finnish_header_number_word_is_no_act_number_word() -> None:
    """``nro`` is read after the journal only: before an act number it may be national."""
    assert [r.kind for r in eurefs.extract("asetus nro 1234/2006")] == []


def test_the_name_on_two_lines_is_one_citation() -> None:
    text = "published in the Official Journal of the European\nUnion L 119, 4.5.2016, p. 1"
    (ref,) = _oj(text)
    assert ref.text == "Official Journal of the European\nUnion L 119, 4.5.2016, p. 1"
    assert ref.normalized == "Official Journal of the European Union L 119, 4.5.2016, p. 1"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the abbreviated forms stay as they were
        ("OJ L 119, 4.5.2016, p. 1", "OJ L 119, 4.5.2016, p. 1"),
        ("ABl. L 119 vom 4.5.2016, S. 1", "ABl. L 119 vom 4.5.2016, S. 1"),
        ("JO L 119 du 4.5.2016, p. 1", "JO L 119 du 4.5.2016, p. 1"),
        ("Official Journal L 122 , 17/05/1991 P. 0042 - 0046",
         "Official Journal L 122 , 17/05/1991 P. 0042 - 0046"),
        # the name, then the abbreviated citation in brackets: the citation alone
        ("the Official Journal of the European Union (OJ L 119, 4.5.2016, p. 1)",
         "OJ L 119, 4.5.2016, p. 1"),
        # a dated issue/page after the name
        ("Službeni list Europske unije L 62/1, 2.3.2020",
         "Službeni list Europske unije L 62/1, 2.3.2020"),
    ],
)  # fmt: skip
def test_what_stays(text: str, span: str) -> None:
    assert [r.text for r in _oj(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # a bare mention of the journal: no series, no issue
        "published in the Official Journal of the European Union.",
        "published in the Official Journal of the European Union on 4.5.2016",
        "pubblicato nella Gazzetta Ufficiale dell'Unione europea il 4 maggio 2016",
        "in the Official Journal of the European Union C series",
        "Amtsblatt der Europäischen Union vom 4.5.2016",
        # an issue alone: neither date nor page
        "Official Journal of the European Union L 119",
        # the journal's running head: the name, then the page's issue/page, no date; on its
        # own line in EUR-Lex's HTML (tests/data/corpus-hr K02), on one in a PDF's text
        "2.3.2020\n\n    HR\n\n    Službeni list Europske unije\n\n    L 62/1\n\n    UREDBA",
        "HR Službeni list Europske unije L 62/1 UREDBA VIJEĆA",
        "Official Journal of the European Union\n\nL 152/1\n\nREGULATION",
        # a date to come, a date that is none
        "Official Journal of the European Union L 119, 4.5.2099, p. 1",
        "Official Journal of the European Union L 119, 31.2.2016, p. 1",
        # a name glued to a word is no name
        "Official Journal of the European Unionist L 119, 4.5.2016, p. 1",
    ],
)  # fmt: skip
def test_no_citation(text: str) -> None:
    assert _oj(text) == []
