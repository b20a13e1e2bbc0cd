"""Regulations of 1958 to 1962 numbered without a year (``eurefs.grammar.early_regulations``):
found with an EU marker, never given a CELEX (two sequences, EEC and Euratom, and no year
in the number); the date's year gives the one candidate."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _refs(text: str) -> list[eurefs.Reference]:
    return extracted(text, kind="legal_act", short_forms=False)


def _acts(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    return [
        (r.text, r.normalized, r.celex, r.celex_candidates)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "legal_act"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commission Regulation (EC) No 1216/1999, recital (wordscope.be quoting EUR-Lex)
        ("Council Regulation No 17 of 6 February 1962: First Regulation",
         ("Council Regulation No 17", "Council Regulation No 17", None, ["31962R0017"])),
        ("Regulation No 17 of the Council of 6 February 1962",
         ("Regulation No 17 of the Council", "Regulation No 17 of the Council", None,
          ["31962R0017"])),
        ("Regulation No 3 of the Council on social security for migrant workers (OJ 30, "
         "16.12.1958, p. 561)",
         ("Regulation No 3 of the Council", "Regulation No 3 of the Council", None,
          ["31958R0003"])),
        # EUR-Lex 31962R0031's title: one act of both sequences
        ("Regulation No 31 (EEC), 11 (EAEC), laying down the Staff Regulations (OJ 45, "
         "14.6.1962, p. 1385)",
         ("Regulation No 31 (EEC)", "Regulation No 31 (EEC)", None, [])),
        ("Regulation No 11 (EAEC) of 18 December 1962",
         ("Regulation No 11 (EAEC)", "Regulation No 11 (Euratom)", None, [])),
        ("du règlement nº 17 du Conseil du 6 février 1962",
         ("règlement nº 17 du Conseil", "règlement no 17 du Conseil", None, ["31962R0017"])),
        ("Verordnung Nr. 17 des Rates vom 6. Februar 1962",
         ("Verordnung Nr. 17 des Rates", "Verordnung Nr. 17 des Rates", None, ["31962R0017"])),
        # older EUR-Lex texts set a blank before the marker's dot (Commission Decision
        # 91/128/EEC, Sippa, in Dutch, as inenuitvoer.sdu.nl gives EUR-Lex 31991D0128; pages
        # corpus): was nothing
        ("Gelet op Verordening nr . 17 van de Raad van 6 februari 1962, eerste verordening",
         ("Verordening nr . 17 van de Raad", "Verordening nr. 17 van de Raad", None,
          ["31962R0017"])),
        # (a comma before the date: Commission Decision of 2 July 1984, British Leyland, as
        # app.livv.eu gives it; pages corpus)
        ("vu le règlement n° 17 du Conseil, du 6 février 1962, premier règlement",
         ("règlement n° 17 du Conseil", "règlement no 17 du Conseil", None, ["31962R0017"])),
        ("regolamento n. 17 del Consiglio del 6 febbraio 1962",
         ("regolamento n. 17 del Consiglio", "regolamento n. 17 del Consiglio", None,
          ["31962R0017"])),
        # the Official Journal of those years in brackets right after the number: the EU's
        # (was nothing); its issue date gives the candidate, the OJ stays a reference of its own
        ("Regulation No 17 (OJ 13, 21.2.1962, p. 204) applies",
         ("Regulation No 17", "Regulation No 17", None, ["31962R0017"])),
        ("nach der Verordnung Nr. 17 (ABl. 13 vom 21.2.1962, S. 204)",
         ("Verordnung Nr. 17", "Verordnung Nr. 17", None, ["31962R0017"])),
        ("le règlement n° 3 (JO 30 du 16.12.1958, p. 561)",
         ("règlement n° 3", "règlement no 3", None, ["31958R0003"])),
        # the English special edition's volume is a span of years, no date: no candidate
        # (was 31959R0017, the first year of the span)
        ("Council Regulation No 17 (OJ, English Special Edition 1959-1962, p. 87)",
         ("Council Regulation No 17", "Council Regulation No 17", None, [])),
    ],
)  # fmt: skip
def test_an_early_regulation_with_an_eu_marker(
    text: str, expected: tuple[str, str, str | None, list[str]]
) -> None:
    assert _acts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Regulation No 17 of 6 February 1962",  # no marker: anyone's
        "Verordnung Nr. 17 vom 6. Februar 1962",
        "Règlement n° 17 du 6 février 1962",
        "the national Regulation No 3 and Annex No 3",
        "Regulation No 3 of the Council of Ministers of 1 June 1960",  # another council
        "Verordnung Nr. 3 des Rates der Stadt Wien vom 1. Juni 1960",
        "Regulation No 1 of the Commission of 2 March 1999",  # a date of another year
        "Council Regulation No 1612 of 1 June 1960",  # more than the sequence reached
        "Article No 3 of the Council of 1 June 1960",
        # a journal in brackets with no issue of those years: another's, or a gazette's
        "die Verordnung Nr. 17 (ABl. Nr. 5/1962) der Gemeinde",
        "Regulation No 17 (OJ L 13, 21.2.2002, p. 204)",
        "Regulation No 17 (OJ, English Special Edition 1959-1962, p. 87)",
    ],
)
def test_no_early_regulation(text: str) -> None:
    assert _acts(text) == []


def test_not_found_yet_without_a_date_in_its_window() -> None:
    # the family searches only near a year of the 1950s/60s (its anchors, for speed); a
    # bare number is no sure sign of the EU ('UNECE Regulation No 17')
    assert _acts("Council Regulation No 17 applies") == []
    assert _acts("(Council Regulation No 17)") == []


def test_a_numbered_regulation_of_1962_is_read_as_before() -> None:
    assert _acts("Regulation No 17/62") == [
        ("Regulation No 17/62", "Regulation No 17/62", "31962R0017", ["31962R0017"])
    ]


def test_normal_forms_parse_back() -> None:
    for text in ("Council Regulation No 17", "Regulation No 17 of the Council"):
        (ref,) = _refs(f"{text} of 6 February 1962")
        assert ref.normalized == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex's titles of those years (31958R0001, 31962R0017, 31962R0027 as EUR-Lex and
        # eumonitor.eu show them) with their dates: the heading says EEC and the author (was
        # 'Regulation No 1', no domain nor author: the author before it is the heading's)
        ("EEC Council: Regulation No 1 of 15 April 1958 determining the languages to be used "
         "by the European Economic Community",
         ("EEC Council: Regulation No 1", "Council Regulation No 1 (EEC)", None,
          ["31958R0001"])),
        ("EEC: Regulation No 27 of the Commission of 3 May 1962: First Regulation",
         ("EEC: Regulation No 27 of the Commission", "Regulation No 27 (EEC)", None,
          ["31962R0027"])),
        # ... in English and French
        ("EEC Council: Regulation No 17 of 6 February 1962",
         ("EEC Council: Regulation No 17", "Council Regulation No 17 (EEC)", None,
          ["31962R0017"])),
        ("CEE: Règlement n° 27 de la Commission du 3 mai 1962",
         ("CEE: Règlement n° 27 de la Commission", "règlement no 27 (CEE)", None,
          ["31962R0027"])),
    ],
)  # fmt: skip
def test_eur_lex_heading_marks_an_early_regulation(
    text: str, expected: tuple[str, str, str | None, list[str]]
) -> None:
    assert _acts(text) == [expected]
    (ref,) = _refs(text)
    assert ref.domain == text[:3]  # EEC, CEE


@pytest.mark.parametrize(
    "text",
    [
        # no heading, no marker, no date: the text does not say whose act nor which year
        "Regulation No 17: First Regulation implementing Articles 85 and 86 of the Treaty",
        "Regulation No 3 on social security for migrant workers",
        # a heading with no date of those years near it: not searched for (an anchor of its
        # own, at the heading's colon, cost 0.2% more instructions per extract)
        "EEC Council: Regulation No 1 determining the languages to be used by the European "
        "Economic Community",
        "EEC Council: Regulation No 17: First Regulation implementing Articles 85 and 86",
        # a heading of another body, or a heading with a date of another year
        "EEA Council: Regulation No 1 on the languages",
        "EEC Council: Regulation No 1 of 2 March 1999",
        # a number the sequence never reached
        "EEC Council: Regulation No 1612 on freedom of movement",
        # the UNECE's vehicle regulations, numbered without a year too
        "UNECE Regulation No 17 on the strength of seats",
        "UN/ECE Regulation No 17 applies",
        "ECE: Regulation No 17 on seats",
    ],
)
def test_no_early_regulation_without_a_heading_or_marker(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # a pinpoint before it, as before any act (was none)
        ("Article 3 of Council Regulation No 17 of 6 February 1962", "Council Regulation No 17",
         "Article 3"),
        ("Artikel 3 der Verordnung Nr. 17 des Rates vom 6. Februar 1962",
         "Verordnung Nr. 17 des Rates", "Artikel 3"),
        # after an opening bracket or quotation mark (was nothing)
        ("(Council Regulation No 17 of 6 February 1962)", "Council Regulation No 17", None),
        ("“Council Regulation No 17 of 6 February 1962”", "Council Regulation No 17", None),
        # ... with the author after the number too (was nothing: the type word right after
        # the bracket was not seen)
        ("(Regulation No 17 of the Council of 6 February 1962)",
         "Regulation No 17 of the Council", None),
        ("«Regulation No 17 of the Council of 6 February 1962»",
         "Regulation No 17 of the Council", None),
        ("(Verordnung Nr. 17 des Rates vom 6. Februar 1962)", "Verordnung Nr. 17 des Rates",
         None),
    ],
)  # fmt: skip
def test_pinpoints_and_brackets(text: str, span: str, pinpoint: str | None) -> None:
    (ref,) = _refs(text)
    assert (ref.text, ref.pinpoint, ref.celex_candidates) == (span, pinpoint, ["31962R0017"])
