"""Act numbers written number first that only their year-first reading names
(``eurefs/grammar/misordered_numbers.py``): ``Regulamentul (UE) nr. 679/2016``."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return extracted(
        text,
        "text",
        "celex",
        "normalized",
        "celex_candidates",
        kinds="legal_act",
        short_forms=False,
    )


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # Romanian privacy notices (find_string over public repositories); was nothing
        ("sunt aplicabile prevederile Regulamentului (UE) nr. 679/2016, al Parlamentului "
         "European", "Regulamentului (UE) nr. 679/2016", "32016R0679"),
        ("declarați că transmiteți datele conform Regulamentului (UE) nr. 679/2016.",
         "Regulamentului (UE) nr. 679/2016", "32016R0679"),
        ("Regulation (EU) No 679/2016 of the European Parliament",
         "Regulation (EU) No 679/2016", "32016R0679"),
        # no directive was ever numbered number first
        ("Directiva (UE) nr. 2366/2015", "Directiva (UE) nr. 2366/2015", "32015L2366"),
        ("Directive (EC) No 123/2006", "Directive (EC) No 123/2006", "32006L0123"),
        ("articolul 6 din Regulamentul (UE, Euratom) nr. 1046/2018",
         "Regulamentul (UE, Euratom) nr. 1046/2018", "32018R1046"),
        # without the marker, as privacy notices write the GDPR's number in Romanian,
        # Italian and French (find_string over public repositories: ids 56976157805,
        # 70892818333, 35396729510); was nothing
        ("date sensibile, definite ca atare de Regulamentul (UE) 679/2016.",
         "Regulamentul (UE) 679/2016", "32016R0679"),
        ("ai sensi dell’art. 13 del Regolamento (UE) 679/2016.",
         "Regolamento (UE) 679/2016", "32016R0679"),
        ("tout en respectant les dispositions du Règlement (UE) 679/2016 du Parlement "
         "Européen et du Conseil du 27 avril 2016", "Règlement (UE) 679/2016", "32016R0679"),
    ],
)  # fmt: skip
def test_the_only_reading_of_a_number_written_in_the_old_order_is_a_candidate(
    text: str, span: str, celex: str
) -> None:
    ((written, found, normalized, candidates),) = _acts(text)
    assert (written, found, candidates) == (span, None, [celex])  # no CELEX: a guess
    assert "/" + span.rsplit("/", 1)[1] in normalized  # the number as written
    parsed = eurefs.parse(normalized)
    assert (parsed.celex, parsed.celex_candidates) == (None, [celex])


@pytest.mark.parametrize(
    "text",
    [
        "Regulamentul nr. 679/2016 privind protecția",  # no domain: a national regulator's
        "Regulamentul ASF nr. 2/2016",
        "Regulamentul (CE) nr. 679/2016",  # no EC act after 2009
        "Regulamentul (UE) nr. 12/2016",  # either half may be the year
        "Regulamentul (UE) nr. 679/20166 adoptat",  # (a note called, glued: which?)
        "Regulamentul (UE) nr. 679/2030",  # a year not yet reached
        "Regulamentul (UE) 12/2016",  # (nor without the marker)
        "Regulamentul 679/2016 privind",  # (nor without the domain)
        "Diretiva n.º 5/2014 da ERSE",  # a national regulator's directive
        "Guidelines (EU) No 9/2022",  # (the EDPB's are numbered so: no type read swapped)
    ],
)
def test_numbers_no_act_has_in_either_order_stay_unread(text: str) -> None:
    assert _acts(text) == []


def test_numbers_in_their_own_order_keep_their_celex() -> None:
    assert [(t, c) for t, c, _, _ in _acts("Regulamentul (UE) nr. 1215/2012 și nr. 2016/679")] == [
        ("Regulamentul (UE) nr. 1215/2012", "32012R1215"),
        ("nr. 2016/679", "32016R0679"),  # (a stray marker before a year-first number)
    ]


def test_the_normal_form_writes_the_marker_only_where_the_text_does() -> None:
    assert [n for _, _, n, _ in _acts("ai sensi dell’art. 13 del Regolamento (UE) 679/2016.")] == [
        "regolamento (UE) 679/2016"
    ]


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # Romanian and Italian privacy notices in public repositories (find_string
        # '(UE) 679/2016 (': ids 56976157805, 36693053292, 34819986285, 11189384202): the
        # GDPR's name in brackets right after the number says which act it is; was a
        # candidate without CELEX
        ("Nu colectăm și nu prelucrăm date sensibile, definite ca atare de Regulamentul (UE) "
         "679/2016 (GDPR).", "Regulamentul (UE) 679/2016", "Regulamentul (UE) 2016/679"),
        ("7.1. Prelucrarea datelor are loc conform Regulamentului (UE) 679/2016 (GDPR).",
         "Regulamentului (UE) 679/2016", "Regulamentul (UE) 2016/679"),
        ("Conform Regulamentului (UE) 679/2016 (GDPR) și Legii 190/2018: Datele colectate",
         "Regulamentului (UE) 679/2016", "Regulamentul (UE) 2016/679"),
        ("nel rispetto del Regolamento (UE) 679/2016 (GDPR),", "Regolamento (UE) 679/2016",
         "regolamento (UE) 2016/679"),
    ],
)  # fmt: skip
def test_a_popular_name_in_brackets_after_it_decides_the_act(
    text: str, span: str, normalized: str
) -> None:
    assert _acts(text) == [(span, "32016R0679", normalized, ["32016R0679"])]
    assert eurefs.parse(normalized).celex == "32016R0679"


@pytest.mark.parametrize(
    "text",
    [
        "Regulamentul (UE) 679/2016 (DSA)",  # another act's name: which is not said
        "Regulamentul (UE) 679/2016 privind protecția (GDPR)",  # not right after the number
    ],
)
def test_another_name_or_one_further_on_decides_nothing(text: str) -> None:
    ((_, celex, _, candidates),) = _acts(text)
    assert (celex, candidates) == (None, ["32016R0679"])
