"""Special editions of the Official Journal (``eurefs/grammar/oj_special_editions.py``).

Sources (pages corpus): EUR-Lex's headers of 31971R1408 (en, as data.europa.eu/eli/reg/
1971/1408/oj and parlementairemonitor.nl show it), 31977R2827 and 31977R1844 (de),
31991R2195 (fr), 31977L0452 (es), 31989R1553 (pt), 31977R1844 (nl); the Court's citations
in the Spanish Opinion in C-73/99 (EUR-Lex 61999CC0073), the Czech judgment in C-186/01
(Dory, as is.muni.cz reproduces it), the Slovak, Estonian, Lithuanian and Hungarian
judgments in C-282/10 (tests/data/corpus-sk, corpus-et, corpus-lt, corpus-hu), the
Swedish and Slovak judgments in C-323/17 (curia.europa.eu), the Polish judgment in C-178/15
(EUR-Lex 62015CJ0178), the Slovenian in C-149/16 (62016CJ0149), the Croatian in C-513/15
(62015CJ0513), the Romanian, Slovenian and Maltese in C-282/10 (tests/data/corpus-ro,
corpus-sl, corpus-mt), EUR-Lex's Finnish and Greek headers of 31993L0098 and 31968L0366;
the English judgments' forms
as the Court writes them (``Council Regulation No 17 (OJ, English Special Edition
1959-1962, p. 87)``)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


def _edition(ref: OjRef) -> tuple[object, ...]:
    return (
        ref.text, ref.lang, ref.edition, ref.edition_period, ref.edition_chapter,
        ref.edition_volume, ref.page, ref.last_page,
    )  # fmt: skip


# EUR-Lex's header: the journal's line, then one line per special edition
_HEADERS = [
    ("Official Journal L 149 , 05/07/1971 P. 0002 - 0050",
     [("Danish special edition: Series I Chapter 1971(II) P. 0366", "en", "da", "1971", None,
       "II", 366, None),
      ("English special edition: Series I Chapter 1971(II) P. 0416", "en", "en", "1971", None,
       "II", 416, None),
      ("Greek special edition: Chapter 05 Volume 1 P. 0073", "en", "el", None, 5, "1", 73, None),
      ("Portuguese special edition Chapter 05 Volume 1 P. 0098", "en", "pt", None, 5, "1", 98,
       None)]),
    ("OJ L 149, 5.7.1971, p. 2–50 (DE, FR, IT, NL)",
     [("English special edition: Series I Volume 1971(II) P. 416 - 463", "en", "en", "1971",
       None, "II", 416, 463),
      ("Special edition in Finnish: Chapter 05 Volume 001 P. 57 - 105", "en", "fi", None, 5,
       "1", 57, 105),
      ("Special edition in Hungarian Chapter 05 Volume 001 P. 35 - 82", "en", "hu", None, 5,
       "1", 35, 82),
      ("Special edition in Croatian: Chapter 05 Volume 005 P. 7 - 54", "en", "hr", None, 5, "5",
       7, 54)]),
    ("OJ 13, 21.2.1962, p. 204–211 (DE, FR, IT, NL)",
     [("English special edition: Series I Volume 1959-1962 P. 87 - 93", "en", "en",
       "1959-1962", None, None, 87, 93)]),
    ("Amtsblatt Nr. L 205 vom 11/08/1977 S. 0011 - 0015",
     [("Griechische Sonderausgabe: Kapitel 03 Band 19 S. 0053", "de", "el", None, 3, "19", 53,
       None),
      ("Finnische Sonderausgabe: Kapitel 3 Band 9 S. 0044", "de", "fi", None, 3, "9", 44,
       None)]),
    ("Journal officiel n° L 206 du 29/07/1991 p. 0002 - 0015",
     [("édition spéciale finnoise: chapitre 5 tome 5 p. 0046", "fr", "fi", None, 5, "5", 46,
       None)]),
    ("Diario Oficial n° L 176 de 15/07/1977 p. 0001 - 0007",
     [("Edición especial en finés : Capítulo 6 Tomo 1 p. 0198", "es", "fi", None, 6, "1", 198,
       None),
      ("Edición especial griega: Capítulo 06 Tomo 1 p. 0251", "es", "el", None, 6, "1", 251,
       None),
      ("Edición especial en español: Capítulo 06 Tomo 2 p. 0003", "es", "es", None, 6, "2", 3,
       None)]),
    ("Jornal Oficial nº L 155 de 07/06/1989 p. 0009 - 0013",
     [("Edição especial finlandesa: Capítulo 1 Fascículo 2 p. 0107", "pt", "fi", None, 1, "2",
       107, None),
      ("edição especial em língua checa: Capítulo 01 Fascículo 01 p. 197 - 201", "pt", "cs",
       None, 1, "1", 197, 201)]),
    ("Publicatieblad Nr. L 205 van 11/08/1977 blz. 0011 - 0015",
     [("Bijzondere uitgave in het Grieks: Hoofdstuk 03 Deel 19 blz. 0053", "nl", "el", None, 3,
       "19", 53, None)]),
    # EUR-Lex 31993L0098 (fi) and 31968L0366 (el), pages corpus
    ("Virallinen lehti nro L 290 , 24/11/1993 s. 0009 - 0013",
     [("Suomenk. erityispainos Alue 13 Nide 25 s. 0075", "fi", "fi", None, 13, "25", 75, None),
      ("Ruotsink. erityispainos Alue 13 Nide 25 s. 0075", "fi", "sv", None, 13, "25", 75,
       None)]),
    ("Επίσημη Εφημερίδα αριθ. L 260 της 22/10/1968 σ. 0012 - 0016",
     [("Φινλανδική ειδική έκδοση: Κεφάλαιο 6 τόμος 1 σ. 0076", "el", "fi", None, 6, "1", 76,
       None),
      ("Δανική ειδική έκδοση: Σειρά I Κεφάλαιο 1968(II) σ. 0500", "el", "da", "1968", None,
       "II", 500, None),
      ("Ελληνική ειδική έκδοση: Κεφάλαιο 06 τόμος 1 σ. 0100", "el", "el", None, 6, "1", 100,
       None),
      ("Πορτογαλική ειδική έκδοση : Κεφάλαιο 06 τόμος 1 σ. 0097", "el", "pt", None, 6, "1", 97,
       None)]),
]  # fmt: skip


@pytest.mark.parametrize(("journal", "editions"), _HEADERS)
def test_eurlex_header_lines(journal: str, editions: list[tuple[object, ...]]) -> None:
    """Before, only the journal's line was a reference."""
    text = "\n".join([journal, *(str(e[0]) for e in editions)]) + "\n\nREGULATION"
    first, *rest = _oj(text)
    assert first.text == journal.split(" (")[0] and first.edition is None
    assert [_edition(r) for r in rest] == editions
    for ref in rest:
        assert text[ref.start : ref.end] == ref.text
        assert (ref.series, ref.issue, ref.year, ref.date) == (None, None, None, None)
        assert (ref.celex, ref.celex_candidates, ref.cellar_ids, ref.eurlex_url) == (
            None, [], [], None,
        )  # fmt: skip


_AFTER_CITATION = [
    ("Reglamento (CEE) nº 1408/71 del Consejo (DO L 149, p. 2; EE 05/01, p. 98), de la",
     ("EE 05/01, p. 98", "es", "es", None, 5, "1", 98, None)),
    ("directive Rady 76/207/EHS (Úř. věst. L 39, s. 40; Zvl. vyd. 05/01, s. 187), a obecněji",
     ("Zvl. vyd. 05/01, s. 187", "cs", "cs", None, 5, "1", 187, None)),
    ("pracovného času (Ú. v. ES L 307, s. 18; Mim. vyd. 05/002, s. 197), ktorá",
     ("Mim. vyd. 05/002, s. 197", "sk", "sk", None, 5, "2", 197, None)),
    ("aspekte (EÜT L 307, lk 18; ELT eriväljaanne 05/02, lk 197; kodifitseeritud",
     ("ELT eriväljaanne 05/02, lk 197", "et", "et", None, 5, "2", 197, None)),
    ("(ĠU L 307, p. 18; ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197)",
     ("ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197", "mt", "mt", None, 5, "2",
      197, None)),
    # judgment C-323/17, People Over Wind (Swedish and Slovak, curia.europa.eu; the test
    # of the journal's form in tests/grammar/test_official_journal_years.py)
    ("direktiv 92/43/EEG (EGT L 206, 1992, s. 7; svensk specialutgåva, område 15, volym 11, "
     "s. 114) (nedan kallat livsmiljödirektivet).",
     ("svensk specialutgåva, område 15, volym 11, s. 114", "sv", "sv", None, 15, "11", 114,
      None)),
    ("smernica 92/43/EHS (Ú. v. ES L 206, 1992, s. 7; Mim. vyd. 15/002, s. 102)",
     ("Mim. vyd. 15/002, s. 102", "sk", "sk", None, 15, "2", 102, None)),
    # judgment C-282/10 in Lithuanian and Hungarian (tests/data/corpus-lt, corpus-hu)
    ("nuostatų (OL L 307, p. 18; 2004 m. specialusis leidimas lietuvių k., 5 sk., 2 t., "
     "p. 197)",
     ("2004 m. specialusis leidimas lietuvių k., 5 sk., 2 t., p. 197", "lt", "lt", None, 5,
      "2", 197, None)),
    ("irányelv (HL L 307., 18. o.; magyar nyelvű különkiadás 5. fejezet, 2. kötet, 197. o.)",
     ("magyar nyelvű különkiadás 5. fejezet, 2. kötet, 197. o.", "hu", "hu", None, 5, "2",
      197, None)),
    # Polish after a dash (judgment C-178/15, EUR-Lex 62015CJ0178), Romanian after a comma
    # (judgment C-282/10, tests/data/corpus-ro; C-12/08 as a blog reproduces it, without ț)
    ("czasu pracy (Dz.U. 2003, L 299, s. 9 – wyd. spec. w jęz. polskim, rozdz. 5, t. 4, "
     "s. 381).",
     ("wyd. spec. w jęz. polskim, rozdz. 5, t. 4, s. 381", "pl", "pl", None, 5, "4", 381,
      None)),
    # Polish legislative drafting after a semicolon, also after 'z późn. zm.' (as amended):
    # the footnotes of Polish statutes on e-commerce and procurement as public repositories
    # copy them (find_string; was: the journal's citation only)
    ("handlu elektronicznym) (Dz. Urz. WE L 178 z 17.07.2000, str. 1; Dz. Urz. UE Polskie"
     " wydanie specjalne, rozdz. 13, t. 25, str. 399).",
     ("Dz. Urz. UE Polskie wydanie specjalne, rozdz. 13, t. 25, str. 399", "pl", "pl", None,
      13, "25", 399, None)),
    ("budowlane (Dz. Urz. WE L 395 z 30.12.1989, str. 33, z późn. zm.; Dz. Urz. UE Polskie"
     " wydanie specjalne, rozdz. 6, t. 1, str. 246);",
     ("Dz. Urz. UE Polskie wydanie specjalne, rozdz. 6, t. 1, str. 246", "pl", "pl", None, 6,
      "1", 246, None)),
    ("timpului de lucru (JO L 299, p. 9, Ediție specială, 05/vol. 7, p. 3).",
     ("Ediție specială, 05/vol. 7, p. 3", "ro", "ro", None, 5, "7", 3, None)),
    ("concedierile colective (JO L 225, p. 16, Editie specială, 05/vol. 5, p. 95).",
     ("Editie specială, 05/vol. 5, p. 95", "ro", "ro", None, 5, "5", 95, None)),
    # Portuguese, the volume after F (fascículo): the judgments in C-259/11 DTZ Zadelhoff
    # (curia.europa.eu, PT) and C-137/94 Richardson (docplayer.com.br; pages corpus); each
    # was the journal's citation alone
    ("da Sexta Diretiva 77/388/CEE do Conselho, de 17 de maio de 1977 (JO L 145, p. 1; EE 09 "
     "F1 p. 54; a seguir «Sexta Diretiva»).",
     ("EE 09 F1 p. 54", "pt", "pt", None, 9, "1", 54, None)),
    ("matéria de segurança social (JO 1979, L 6, p. 24; EE 05 F2 p. 174),",
     ("EE 05 F2 p. 174", "pt", "pt", None, 5, "2", 174, None)),
    # Croatian in brackets of its own right after the journal's (judgment C-513/15, EUR-Lex
    # 62015CJ0513: its volume and page written as its chapter is)
    ("Direktive 74/150/EEZ (SL 2003., L 171, str. 1.) (SL, posebno izdanje na hrvatskom "
     "jeziku, poglavlje 13., svezak 29., str. 3.)",
     ("SL, posebno izdanje na hrvatskom jeziku, poglavlje 13., svezak 29., str. 3.", "hr", "hr",
      None, 13, "29", 3, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _AFTER_CITATION)
def test_the_courts_citation_after_the_journals(text: str, expected: tuple[object, ...]) -> None:
    """Before, only the journal's citation before the semicolon was a reference."""
    journal, edition = _oj(text)
    assert journal.edition is None and journal.series == "L"
    assert _edition(edition) == expected
    assert edition.start > journal.end and edition.normalized == edition.text
    assert edition.cellar_ids == [] and edition.celex is None


# Citations that start with the journal stand alone after the act: Slovenian (judgments
# C-282/10, tests/data/corpus-sl, and C-149/16, EUR-Lex 62016CJ0149), Maltese (C-282/10,
# tests/data/corpus-mt)
_ALONE = [
    ("delovnega časa (UL, posebna izdaja v slovenščini, poglavje 5, zvezek 2, str. 197), ki je",
     ("UL, posebna izdaja v slovenščini, poglavje 5, zvezek 2, str. 197", "sl", "sl", None, 5,
      "2", 197, None)),
    ("kolektivnimi odpusti (UL, posebna izdaja v slovenščini, poglavje 5, zvezek 3, str. 327).",
     ("UL, posebna izdaja v slovenščini, poglavje 5, zvezek 3, str. 327", "sl", "sl", None, 5,
      "3", 327, None)),
    ("tal-ħin tax-xogħol (ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197), liema",
     ("ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197", "mt", "mt", None, 5, "2",
      197, None)),
    # Greek, the journal typed with Latin capitals (the judgment in C-476/99 Lommers as
    # nomothesia.isotita.gr reproduces it; pages corpus), and with the record's Greek ones
    ("και τις συνθήκες εργασίας (EE ειδ. έκδ. 05/002, σ. 70),\nΤΟ ΔΙΚΑΣΤΗΡΙΟ,",
     ("EE ειδ. έκδ. 05/002, σ. 70", "el", "el", None, 5, "2", 70, None)),
    ("της έκτης οδηγίας 77/388/ΕΟΚ του Συμβουλίου (ΕΕ ειδ. έκδ. 09/001, σ. 49)",
     ("ΕΕ ειδ. έκδ. 09/001, σ. 49", "el", "el", None, 9, "1", 49, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _ALONE)
def test_the_courts_citation_that_starts_with_the_journal_stands_alone(
    text: str, expected: tuple[object, ...]
) -> None:
    """Before, nothing (the Maltese one was read only after the journal's citation)."""
    (ref,) = _oj(text)
    assert _edition(ref) == expected
    assert text[ref.start : ref.end] == ref.text and ref.normalized == ref.text
    assert (ref.series, ref.issue, ref.celex, ref.cellar_ids) == (None, None, None, [])


def test_a_citation_of_the_journal_then_the_edition_gives_each_once() -> None:
    text = "(ĠU L 307, p. 18; ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197)"
    assert [r.text for r in _oj(text)] == [
        "ĠU L 307, p. 18", "ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197",
    ]  # fmt: skip


_ENGLISH = [
    ("Council Regulation No 17 (OJ, English Special Edition 1959-1962, p. 87)",
     ("OJ, English Special Edition 1959-1962, p. 87", "en", "en", "1959-1962", None, None, 87,
      None)),
    ("Regulation No 1612/68 (OJ, English Special Edition 1968 (II), p. 475)",
     ("OJ, English Special Edition 1968 (II), p. 475", "en", "en", "1968", None, "II", 475,
      None)),
    ("as amended (OJ English Special Edition 1972 (II), p. 280).",
     ("OJ English Special Edition 1972 (II), p. 280", "en", "en", "1972", None, "II", 280,
      None)),
    ("Regulation (EEC) No 2829/72 (OJ, English Special Edition 1972 (28-30 December), p. 3)",
     ("OJ, English Special Edition 1972 (28-30 December), p. 3", "en", "en", "1972", None,
      "28-30 December", 3, None)),
    ("the directive (Official Journal, English Special Edition 1968 (I), p. 116)",
     ("Official Journal, English Special Edition 1968 (I), p. 116", "en", "en", "1968", None,
      "I", 116, None)),
    # EUR-Lex's capitals of the older judgments (242/83, as bailii.org reproduces it)
    ("OF 14 JUNE 1971 ON THE APPLICATION OF SOCIAL SECURITY SCHEMES ( OFFICIAL JOURNAL , "
     "ENGLISH SPECIAL EDITION 1971 ( II ), P . 416 ) AND , IN THE ALTERNATIVE",
     ("OFFICIAL JOURNAL , ENGLISH SPECIAL EDITION 1971 ( II ), P . 416", "en", "en", "1971",
      None, "II", 416, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _ENGLISH)
def test_english_special_edition(text: str, expected: tuple[object, ...]) -> None:
    """Before, nothing: the English edition has no series and no issue."""
    (ref,) = _oj(text)
    assert _edition(ref) == expected
    assert (ref.series, ref.issue, ref.year, ref.celex, ref.cellar_ids) == (
        None, None, None, None, [],
    )  # fmt: skip
    assert text[ref.start : ref.end] == ref.text


def test_no_candidate_for_an_early_regulation_in_the_edition_of_1959_1962() -> None:
    """The span of years is no issue date: the regulation still gets no candidate."""
    refs = eurefs.extract("Council Regulation No 17 (OJ, English Special Edition 1959-1962, p. 87)")
    act = next(r for r in refs if r.kind == "legal_act")
    assert (act.celex, act.celex_candidates) == (None, [])


@pytest.mark.parametrize(
    "text",
    [
        # national journals' special editions
        "Journal officiel de la République française, édition spéciale du 5 mai 1990, p. 12",
        "BGBl. I S. 1234; Sonderausgabe Nr. 5 vom 2. Januar 1991",
        "Dziennik Ustaw, wydanie specjalne nr 3, poz. 12",
        "Diário da República, edição especial n.º 45, p. 12",
        # the Court Reports' special edition, no journal's
        "European Court reports 1980 Page 00535\nGreek special edition 1980:I Page 00275",
        # a label that names no edition, no chapter or volume, no page
        "Official Journal L 149 , 05/07/1971 P. 0002 - 0050\nSpecial edition: Chapter 05 P. 73",
        "OJ L 149, 5.7.1971, p. 2\nSpecial edition in Klingon: Chapter 05 Volume 001 P. 35",
        "OJ L 149, 5.7.1971, p. 2\nSpecial edition in Czech: Chapter 05 Volume 001",
        # a special edition's words not after a citation of the journal
        "see EE 05/01, p. 98 and Zvl. vyd. 05/01, s. 187",
        "Special edition in Czech: Chapter 05 Volume 001 P. 35 - 82",
        # the English edition: parts only of a year, days only of 1972
        "OJ, English Special Edition 1959-1962 (II), p. 87",
        "OJ, English Special Edition 1968 (31 December), p. 87",
        "OJ, English Special Edition 1985, p. 87",
        # the courts' forms that need the journal's citation before them, alone
        "wyd. spec. w jęz. polskim, rozdz. 5, t. 4, s. 381",
        "see Ediție specială, 05/vol. 7, p. 3",
        "zob. Dz. Urz. UE Polskie wydanie specjalne, rozdz. 6, t. 1, str. 246",
        # the note between, then no edition
        "(Dz. Urz. WE L 395 z 30.12.1989, str. 33, z późn. zm.; Dz. U. z 2004 r. Nr 19, poz. 177)",
        # national journals' special editions, and the forms without their numbers
        "Dz.U. 2003 r. Nr 1, poz. 2 – wydanie specjalne, rozdz. 5, t. 4, s. 381",
        "Uradni list RS, posebna izdaja, št. 5, str. 12",
        "UL, posebna izdaja v slovenščini, poglavje 5, zvezek 2",
        "SL, posebno izdanje na hrvatskom jeziku, poglavlje 13.",
        "Monitorul Oficial, ediție specială, 05/vol. 7, p. 3",
        # a Polish or Slovenian header line: the journal's line has no number marker
        "Dziennik Urzędowy L 377 , 31/12/1991 P. 0048 - 0054\nSpecjalne wydanie fińskie: "
        "Rozdział 15 Tom 10 P. 0208",
    ],
)
def test_no_special_edition(text: str) -> None:
    assert [r.text for r in _oj(text) if r.edition is not None] == []


def test_parse_and_the_public_model() -> None:
    ref = eurefs.parse("OJ, English Special Edition 1968 (I), p. 475")
    assert isinstance(ref, OjRef)
    assert (ref.edition, ref.edition_period, ref.edition_volume, ref.page) == (
        "en", "1968", "I", 475,
    )  # fmt: skip
    assert ref.model_dump(mode="json")["edition"] == "en"


@pytest.mark.parametrize(
    "text",
    [
        "EE 05/01, p. 98",
        "EE 09 F1 p. 54",
        "Mim. vyd. 05/002, s. 197",
        "svensk specialutgåva, område 15, volym 11, s. 114",
        "Special edition in Czech: Chapter 05 Volume 001 P. 35 - 82",
        "Griechische Sonderausgabe: Kapitel 03 Band 19 S. 0053",
        "Ediție specială, 05/vol. 7, p. 3",
        "UL, posebna izdaja v slovenščini, poglavje 5, zvezek 2, str. 197",
    ],
)
def test_a_special_edition_given_alone_parses(text: str) -> None:
    """Read only after the journal's citation in a text, but its normal form parses alone
    (before: ParseError)."""
    ref = eurefs.parse(text)
    assert isinstance(ref, OjRef) and ref.edition is not None
    assert (ref.text, ref.start, ref.end, ref.normalized) == (text, 0, len(text), text)


def test_no_special_edition_alone_in_a_longer_string() -> None:
    with pytest.raises(eurefs.ParseError):
        eurefs.parse("see EE 05/01, p. 98")
