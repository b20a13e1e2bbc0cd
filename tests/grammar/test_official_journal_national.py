"""Citations of the Official Journal as national legal writing has them
(``eurefs/grammar/official_journal.py``; the words in the language records): Polish
``Dz. Urz. UE L``, French ``JOUE``/``JOCE``, Italian ``GUUE``/``GUCE``, Spanish
``DOUE``, with the date in words, with slashes or hyphens, a comma before the date's
preposition and the year suffix (Polish ``r.``).  The texts are those the records' sources
quote (Polish statutes' footnotes and privacy notices, French, Italian and Spanish notes
on EU acts)."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from tests.support.official_journal import assert_oj_reads

# text, span, language, series, issue, date (or year), page, last page
_FOUND = [
    # Polish legislative technique: 'Dz. Urz. UE' / 'Dz. Urz. WE', 'str.' (was nothing)
    ("(Dz. Urz. UE L 119 z 4.5.2016, str. 1)", "Dz. Urz. UE L 119 z 4.5.2016, str. 1",
     "pl", "L", "119", dt.date(2016, 5, 4), 1, None),
    ("(Dz. Urz. UE L 164 z 18.06.2013, str. 16).", "Dz. Urz. UE L 164 z 18.06.2013, str. 16",
     "pl", "L", "164", dt.date(2013, 6, 18), 16, None),
    ("(Dz. Urz. WE L 395 z 30.12.1989, str. 33, z późn. zm.)",
     "Dz. Urz. WE L 395 z 30.12.1989, str. 33", "pl", "L", "395", dt.date(1989, 12, 30), 33, None),
    ("(Dz. Urz. UE L 203 z 26.06.2020 str.28).", "Dz. Urz. UE L 203 z 26.06.2020 str.28",
     "pl", "L", "203", dt.date(2020, 6, 26), 28, None),
    ("(Dz.Urz. UE L 119, s. 1), zwanego", "Dz.Urz. UE L 119, s. 1", "pl", "L", "119", None, 1,
     None),
    # the year suffix 'r.' in the span, the page after it kept
    ("(Dz. Urz. UE L 119/1 z 04.05.2016 r.), dalej", "Dz. Urz. UE L 119/1 z 04.05.2016 r.",
     "pl", "L", "119", dt.date(2016, 5, 4), 1, None),
    ("Dz. Urz. UE L 119 z 4 maja 2016 r., s. 1.", "Dz. Urz. UE L 119 z 4 maja 2016 r., s. 1",
     "pl", "L", "119", dt.date(2016, 5, 4), 1, None),
    # the year before the issue, a comma before the page
    ("(Dz. Urz. UE L 2016 Nr 119, s.1) oraz", "Dz. Urz. UE L 2016 Nr 119, s.1", "pl", "L",
     "119", 2016, 1, None),
    # the year as Polish writing dates its own journals, 'z 2016 r.', after the series or
    # before it (was nothing): a privacy notice in a public repository (find_string), 'RODO'
    # by polzal.pl, an article in Palestra 5/2020 citing the Charter (palestra.pl; pages
    # corpus)
    ("(ogólne rozporządzenie o ochronie danych) (Dz. Urz. UE L z 2016 r. Nr 119, s. 1 z późn."
     " zm.)", "Dz. Urz. UE L z 2016 r. Nr 119, s. 1", "pl", "L", "119", 2016, 1, None),
    ("(UE) 2016/679 c, (Dz. Urz. UE z 2016 r. L 119 s.1), skrótowo zwane: GDPR",
     "Dz. Urz. UE z 2016 r. L 119 s.1", "pl", "L", "119", 2016, 1, None),
    ("Karta Praw Podstawowych Unii Europejskiej (Dz.Urz. UE z 2016 r. C 202, s.1), dalej KPP.",
     "Dz.Urz. UE z 2016 r. C 202, s.1", "pl", "C", "202", 2016, 1, None),
    # 'rok' (year) before it: the versions of an act listed by inforlex.pl (pages corpus)
    ("Wersja: archiwalna | Dziennik Urzędowy Unii Europejskiej, L rok 1994 nr 216 str. 1 z"
     " 1994-08-20", "Dziennik Urzędowy Unii Europejskiej, L rok 1994 nr 216 str. 1", "pl", "L",
     "216", 1994, 1, None),
    # (the same with the marker in lower case and 'str.': UNCONFIRMED in a text read)
    ("(Dz.U. UE L z 2006 r. nr 347, str. 1)", "Dz.U. UE L z 2006 r. nr 347, str. 1", "pl", "L",
     "347", 2006, 1, None),
    # ... or after the issue: the contents of C.H. Beck's 'Prawo Unii Europejskiej' (6th ed.,
    # 2012; kipdf.com, pages corpus): was nothing
    ("1. Traktat o Unii Europejskiej (Dz.Urz. C 83 z 2010 r., s. 13) . . . .",
     "Dz.Urz. C 83 z 2010 r., s. 13", "pl", "C", "83", 2010, 13, None),
    # a comma after the journal, as Bulgarian legislative drafting writes it (was nothing):
    # EU acts cited in Bulgarian texts in public repositories (find_string)
    ("за отмяна на Регламент (ЕО) № 736/96 (ОВ, L 180/7 от 15 юли 2010 г.).",
     "ОВ, L 180/7 от 15 юли 2010 г.", "bg", "L", "180", dt.date(2010, 7, 15), 7, None),
    ("на Съвета от 27 април 2016 (ОВ, L119 от 4 май 2016 г.) или здравна",
     "ОВ, L119 от 4 май 2016 г.", "bg", "L", "119", dt.date(2016, 5, 4), None, None),
    # the qualifier glued to the journal without a dot after it
    ("(Dz.U.UE L 119 z 4.5.2016, s. 1)", "Dz.U.UE L 119 z 4.5.2016, s. 1", "pl", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    # French: JOUE, JOCE, the date in words or with slashes (was nothing)
    ("(JOUE n° L 309 du 24 novembre 2009 et", "JOUE n° L 309 du 24 novembre 2009", "fr", "L",
     "309", dt.date(2009, 11, 24), None, None),
    ("des bases de données, JOCE L 77 du 27 mars 1996.", "JOCE L 77 du 27 mars 1996", "fr",
     "L", "77", dt.date(1996, 3, 27), None, None),
    ("(RGPD) - JOUE L 119/1 du 4 mai 2016", "JOUE L 119/1 du 4 mai 2016", "fr", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Version officielle JOUE L 119 du 04/05/2016 |", "JOUE L 119 du 04/05/2016", "fr", "L",
     "119", dt.date(2016, 5, 4), None, None),
    ("JOUE L 132/21", "JOUE L 132/21", "fr", "L", "132", None, 21, None),
    # Portuguese writing names the journal JOUE too ('publicado no JOUE', public
    # repositories): the date's 'de' (French 'du', Romanian 'din') or the words before it
    # tell (was French)
    ("Regulamento (UE) 2016/679 do Parlamento Europeu e do Conselho (JOUE L 119 de 4.5.2016,"
     " p. 1).", "JOUE L 119 de 4.5.2016, p. 1", "pt", "L", "119", dt.date(2016, 5, 4), 1, None),
    ("(JOUE L 119 de 4 de maio de 2016, p. 1)", "JOUE L 119 de 4 de maio de 2016, p. 1", "pt",
     "L", "119", dt.date(2016, 5, 4), 1, None),
    ("o regulamento (JOUE L 132/21)", "JOUE L 132/21", "pt", "L", "132", None, 21, None),
    # (what must stay: French 'du', Romanian 'din', French words before it)
    ("JOUE L 119 du 4.5.2016, p. 1", "JOUE L 119 du 4.5.2016, p. 1", "fr", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    ("Regulamentul (UE) 2016/679 (JOUE L 119 din 4.5.2016, p. 1)",
     "JOUE L 119 din 4.5.2016, p. 1", "ro", "L", "119", dt.date(2016, 5, 4), 1, None),
    ("le règlement (JOUE L 132/21)", "JOUE L 132/21", "fr", "L", "132", None, 21, None),
    # Italian: GUUE, GUCE (was nothing)
    ("(NIS2) — GUUE L 333 del 27.12.2022", "GUUE L 333 del 27.12.2022", "it", "L", "333",
     dt.date(2022, 12, 27), None, None),
    ("(GUUE L 124 del 20 maggio 2003) recepita", "GUUE L 124 del 20 maggio 2003", "it", "L",
     "124", dt.date(2003, 5, 20), None, None),
    ("nella GUCE n. L 345 del 31 dicembre 2003 (c.d.", "GUCE n. L 345 del 31 dicembre 2003",
     "it", "L", "345", dt.date(2003, 12, 31), None, None),
    ("G.U.U.E. L 119 del 4.5.2016, pag. 1", "G.U.U.E. L 119 del 4.5.2016, pag. 1", "it", "L",
     "119", dt.date(2016, 5, 4), 1, None),
    # the date before the series and issue, as Italian writing cites its own Gazzetta: under
    # EU acts' titles in edizionieuropee.it (pages corpus; was nothing)
    ("(G.U.U.E. 30 novembre 2005, n. L 314).", "G.U.U.E. 30 novembre 2005, n. L 314", "it",
     "L", "314", dt.date(2005, 11, 30), None, None),
    ("(G.U.C.E. 26 giugno 1993, n. L 155).", "G.U.C.E. 26 giugno 1993, n. L 155", "it", "L",
     "155", dt.date(1993, 6, 26), None, None),
    ("integrazione (G.U.U.E. 20 dicembre 2007, n. L 335) (Testo rilevante ai fini del SEE)",
     "G.U.U.E. 20 dicembre 2007, n. L 335", "it", "L", "335", dt.date(2007, 12, 20), None,
     None),
    # Spanish: DOUE, a comma before 'de', hyphens, slashes (was nothing)
    ("Reglamento (CE) n.º 1394/2007. DOUE L 348, de 31 de diciembre de 2010. Art. 23",
     "DOUE L 348, de 31 de diciembre de 2010", "es", "L", "348", dt.date(2010, 12, 31), None,
     None),
    ("FJ 5; DOUE L 119, de 4 de mayo de 2016, pp. 1–88`.",
     "DOUE L 119, de 4 de mayo de 2016, pp. 1–88", "es", "L", "119", dt.date(2016, 5, 4), 1,
     88),
    ("(DOUE L 256 de 12.10.2018, p. 103)", "DOUE L 256 de 12.10.2018, p. 103", "es", "L",
     "256", dt.date(2018, 10, 12), 103, None),
    ("(DOUE L 127, de 23-05-2018) y", "DOUE L 127, de 23-05-2018", "es", "L", "127",
     dt.date(2018, 5, 23), None, None),
    ("boe: 'DOUE L 119, 04/05/2016' },", "DOUE L 119, 04/05/2016", "es", "L", "119",
     dt.date(2016, 5, 4), None, None),
    # the BOE's guillemets around the journal's abbreviation (was nothing; its record of a
    # DOUE text writes them, boe.es DOUE-L-2021-81643, pages corpus; with the series
    # UNCONFIRMED in a text read)
    ("Reglamento (UE) 2016/679 («DOUE» L 119, de 4 de mayo de 2016, p. 1).",
     "«DOUE» L 119, de 4 de mayo de 2016, p. 1", "es", "L", "119", dt.date(2016, 5, 4), 1,
     None),
    ("(«DOCE» núm. L 12, de 16 de enero de 2001)", "«DOCE» núm. L 12, de 16 de enero de 2001",
     "es", "L", "12", dt.date(2001, 1, 16), None, None),
    # a guillemet on one side only stays outside
    ("(«DOUE L 119, de 4 de mayo de 2016)", "DOUE L 119, de 4 de mayo de 2016", "es", "L",
     "119", dt.date(2016, 5, 4), None, None),
    # 'núm.' before the series, as before
    ("(DOUE núm. L 119, de 4.5.2016)", "DOUE núm. L 119, de 4.5.2016", "es", "L", "119",
     dt.date(2016, 5, 4), None, None),
    # the date after a slash is the date, not the page 28 (was 'DOUE L 191/28', page 28)
    ("(DOUE L 191/28.7.2023).", "DOUE L 191/28.7.2023", "es", "L", "191", dt.date(2023, 7, 28),
     None, None),
    # the Style Guide's forms with the date in words in the other languages
    ("ABl. EU Nr. L 119 vom 4. Mai 2016, S. 1", "ABl. EU Nr. L 119 vom 4. Mai 2016, S. 1", "de",
     "L", "119", dt.date(2016, 5, 4), 1, None),
    ("ОВ L 119, 4.5.2016 г., стр. 1", "ОВ L 119, 4.5.2016 г., стр. 1", "bg", "L", "119",
     dt.date(2016, 5, 4), 1, None),
    # Danish legislative drafting: the journal's name, the year, 'nr.', 'side' (was nothing)
    ("digitale tjenester, EU-Tidende 2019, nr. L 136, side 1.",
     "EU-Tidende 2019, nr. L 136, side 1", "da", "L", "136", 2019, 1, None),
    ("EF-Tidende 1992, nr. L 206, side 7", "EF-Tidende 1992, nr. L 206, side 7", "da", "L",
     "206", 1992, 7, None),
    ("EU-Tidende L 136 af 22.5.2019, side 1", "EU-Tidende L 136 af 22.5.2019, side 1", "da",
     "L", "136", dt.date(2019, 5, 22), 1, None),
    # EUR-Lex's former header of the acts: the journal's name, a blank before the comma,
    # slashes, pages in four figures (was nothing)
    ("computer programs Official Journal L 122 , 17/05/1991 P. 0042 - 0046 Finnish special",
     "Official Journal L 122 , 17/05/1991 P. 0042 - 0046", "en", "L", "122",
     dt.date(1991, 5, 17), 42, 46),
    ("Publicatieblad Nr. L 113 van 30/04/1992 blz. 0013 - 0018",
     "Publicatieblad Nr. L 113 van 30/04/1992 blz. 0013 - 0018", "nl", "L", "113",
     dt.date(1992, 4, 30), 13, 18),
    # qualified by the Economic Community, as national law cites the directives of before 1993
    # (German federal and Land law, Austrian, French and Belgian texts, as the session's brief
    # reported them; Italian, Spanish, Dutch by analogy): was nothing. Directive 85/374/EEC.
    ("(ABl. EWG Nr. L 210 vom 7.8.1985, S. 29)", "ABl. EWG Nr. L 210 vom 7.8.1985, S. 29",
     "de", "L", "210", dt.date(1985, 8, 7), 29, None),
    # (German federal law's short form after an act's title: issue and page alone)
    ("Richtlinie 85/374/EWG des Rates (ABl. EWG Nr. L 210 S. 29),", "ABl. EWG Nr. L 210 S. 29",
     "de", "L", "210", None, 29, None),
    ("(JO CEE L 210 du 7.8.1985, p. 29)", "JO CEE L 210 du 7.8.1985, p. 29", "fr", "L", "210",
     dt.date(1985, 8, 7), 29, None),
    ("(JO CEE n° L 210 du 7 août 1985, p. 29)", "JO CEE n° L 210 du 7 août 1985, p. 29", "fr",
     "L", "210", dt.date(1985, 8, 7), 29, None),
    ("(GU CEE L 210 del 7.8.1985, pag. 29)", "GU CEE L 210 del 7.8.1985, pag. 29", "it", "L",
     "210", dt.date(1985, 8, 7), 29, None),
    ("(DO CEE L 210 de 7.8.1985, p. 29)", "DO CEE L 210 de 7.8.1985, p. 29", "es", "L", "210",
     dt.date(1985, 8, 7), 29, None),
    ("(PB EEG L 210 van 7.8.1985, blz. 29)", "PB EEG L 210 van 7.8.1985, blz. 29", "nl", "L",
     "210", dt.date(1985, 8, 7), 29, None),
    # Slovenian government decrees: a number marker between the series and the issue (was
    # nothing; Uradni list RS 2023-01-3412 and 2025-01-1761, uradni-list.si)
    ("(UL L št. 193 z dne 30. 7. 2018, str. 1),", "UL L št. 193 z dne 30. 7. 2018, str. 1",
     "sl", "L", "193", dt.date(2018, 7, 30), 1, None),
    ("(UL L št. 231 z dne 20. septembra 2023, str. 1; v nadaljnjem besedilu",
     "UL L št. 231 z dne 20. septembra 2023, str. 1", "sl", "L", "231", dt.date(2023, 9, 20),
     1, None),
    # the Communities' journal named after the Community, as Italian public-procurement writing
    # expands GUCE ('Gazzetta Ufficiale Comunità Europea - GUCE', a tender form's label in a
    # public repository; the citation as the session's brief reported it): was nothing
    ("(Gazzetta Ufficiale Comunità Europea n° L 085 del 29.3.1984)",
     "Gazzetta Ufficiale Comunità Europea n° L 085 del 29.3.1984", "it", "L", "085",
     dt.date(1984, 3, 29), None, None),
    ("nella Gazzetta Ufficiale della Comunità Europea n. L 85 del 29 marzo 1984, pag. 1",
     "Gazzetta Ufficiale della Comunità Europea n. L 85 del 29 marzo 1984, pag. 1", "it", "L",
     "85", dt.date(1984, 3, 29), 1, None),
    # a dot after the series letter before the issue/page, as the French ministry's database
    # AIDA cites Directive 78/659/EEC (aida.ineris.fr; pages corpus): was nothing
    ("Directive n° 78/659 du 18/07/78 (JOCE n° L. 221/1 du 14 août 1978)",
     "JOCE n° L. 221/1 du 14 août 1978", "fr", "L", "221", dt.date(1978, 8, 14), 1, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "lang", "series", "issue", "when", "page", "last"), _FOUND
)
def test_national_forms(
    text: str,
    span: str,
    lang: str,
    series: str,
    issue: str,
    when: dt.date | int | None,
    page: int | None,
    last: int | None,
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "oj"]
    assert_oj_reads(ref, span, lang, series, issue, when, page, last)
    year = when.year if isinstance(when, dt.date) else when
    if year is not None and page is not None:
        assert ref.cellar_ids == [f"uriserv:OJ.{series}_.{year}.{int(issue):03d}.01.{page:04d}.01"]


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        # 'listopada' is November in Polish, October in Croatian: the citation's language
        # decides
        ("Dz. Urz. UE L 300 z 14 listopada 2009 r., str. 1", "pl", 11),
        ("SL L 300, 14 listopada 2009., str. 1", "hr", 10),
    ],
)
def test_a_month_in_words_is_read_in_the_language_of_the_citation(
    text: str, lang: str, month: int
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "oj"]
    assert (ref.lang, ref.date) == (lang, dt.date(2009, month, 14))


@pytest.mark.parametrize(
    "text",
    [
        # national gazettes: no series, no OJ
        "Dz.U. 2020 poz. 123",
        "ustawy z dnia 8 sierpnia 1996 r. (Dz. U. z 2021 r. poz. 178)",
        "Dz. U. Nr 54, poz. 535",
        "Dz. Urz. Woj. Maz. z 2016 r. poz. 1",
        "Dz. Urz. UE Polskie wydanie specjalne, rozdz. 6, t. 1, str. 1",
        "zákon č. 350/2011 Sb., o chemických látkách",
        "BGBl. 2020 I S. 123",
        "JORF n° 0123 du 4 mai 2016, p. 123",
        "GU n. 123 del 4 maggio 2016",
        "GU Serie Generale n. 230 dell'1.10.2024",
        # Italian writing's date first: the national Gazzetta (no series; a law as
        # olympus.uniurb.it heads it), the words that also name it, an issue without its
        # series (project-financing.it on Directive 2004/18/EC; pages corpus)
        "Legge 9 luglio 2015, n. 114 G.U. 31 luglio 2015, n. 176",
        "GU 28 marzo 2014, n. 73",
        "Gazzetta ufficiale 28 marzo 2014, n. L 94",
        "Direttiva 2004/18/CE GUCE 30/4/2004 n. 134",
        "BOE núm. 119, de 4 de mayo de 2016",
        # the BOE's reference of a DOUE text is no citation
        "DOUE-L-2018-80845",
        # the BOE's record of a DOUE text names the issue without its series (L's or C's)
        "Publicado en: «DOUE» núm. 427, de 30 de noviembre de 2021, páginas 140 a 148",
        # the journal's name in prose, no issue
        "published in the Official Journal L series on 4 May",
        "Bijzondere uitgave in het Fins: Hoofdstuk 15 Deel 11 blz. 0040",
        # no issue
        "(Dz.U.UE L z dnia 4 maja 2016 r.)",
        # a header's journal words with a comma: not the header's shape
        "Amtsblatt, L 119 vom 4.5.2016",
        "Journal officiel, L 122 du 17/05/1991 p. 0042",
        # a comma, then no series
        "(ОВ, бр. 12 от 2016 г.)",
        # the year's preposition and suffix, then no series: the national journal
        "Dz. U. z 2004 r. Nr 54, poz. 535",
        "(Dz. Urz. UE z 2016 r. poz. 1)",
        "Dziennik Ustaw rok 2016 nr 44 poz. 1",
        # a year to come
        "(Dz. Urz. UE L z 2095 r. Nr 119, s. 1)",
        "(Dz. Urz. UE z 2095 r. L 119 s.1)",
        # a date that is none, a date to come
        "JOUE L 119 du 31 février 2016",
        "DOUE L 119, de 4 de mayo de 2095",
        "JOUE L 119 du 31/02/2016",
        "G.U.U.E. 31 febbraio 2005, n. L 314",
        "G.U.U.E. 30 novembre 2095, n. L 314",
        # a dot after the letter only before an issue/page: a French code's article is none
        "vu le JO n° L. 221-1 du code de l'environnement",
    ],
)
def test_no_oj(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "oj"] == []


@pytest.mark.parametrize(
    ("text", "span", "issue", "page"),
    [
        # the BVerfG's decision 1 BvR 2065/10 (mein.kiehl.de 381681; pages corpus): German
        # legal writing's 'ABlEG' for the journal of the Communities; was nothing
        ("Richtlinie 2001/29/EG (ABlEG Nr. L 167 S. 10; im Folgenden: Urheberrechtsrichtlinie)",
         "ABlEG Nr. L 167 S. 10", "167", 10),
        ("ABlEG L 167 vom 22.6.2001, S. 10", "ABlEG L 167 vom 22.6.2001, S. 10", "167", 10),
    ],
)  # fmt: skip
def test_the_journal_of_the_communities_in_one_word(
    text: str, span: str, issue: str, page: int
) -> None:
    (ref,) = eurefs.extract(text, kinds="oj")
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.page) == (span, "de", "L", issue, page)  # type: ignore[attr-defined]


def test_the_word_alone_is_no_journal() -> None:
    assert eurefs.extract("Die Abkürzung ABlEG steht für das Amtsblatt.", kinds="oj") == []
