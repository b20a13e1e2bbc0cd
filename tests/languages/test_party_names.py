"""The words of a party's name written before its case number in brackets tell no language
of the text (``languages/name_words.party_words``): the Court's notices list the parties so
in every language, their names in their own (``— Association générale de l’industrie du
médicament (AGIM) ASBL (C-471/07 u C-472/07), Bayer SA (C-471/07 ...``)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import name_words
from eurefs.languages.evidence import tell

#: The Official Journal's Maltese notice of the judgment in the joined cases C-471/07 and
#: C-472/07 (OJ C 63 of 13.3.2010, 2010/C 063/03, EUR-Lex MT; pages corpus).
NOTICE = (
    "Kawżi magħquda C-471/07 u C-472/07: Sentenza tal-Qorti tal-Ġustizzja (It-Tielet Awla) "
    "tal-14 ta’ Jannar 2010 (talbiet għal deċiżjoni preliminari tal-Conseil d’État — "
    "il-Belġju) — Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07 u "
    "C-472/07), Bayer SA (C-471/07 u C-472/07), Pfizer SA (C-471/07 u C-472/07), Servier "
    "Benelux SA (C-471/07 u C-472/07), Janssen Cilag SA (C-471/07), Sanofi-Aventis Belgium "
    "SA, li kienet Sanofi-Synthelabo SA (C-472/07) vs État belge (Direttiva 89/105/KE — "
    "Trasparenza tal-miżuri li jirregolaw l-iffissar tal-prezzijiet ta’ prodotti mediċinali "
    "għall-użu mill-bniedem — Artikolu 4(1) — Effett dirett — Iffriżar tal-prezzijiet)"
)


def test_the_maltese_notice_is_maltese() -> None:
    """Five of its case numbers were French, by the ``du`` of the first party's name."""
    refs = eurefs.extract(NOTICE, short_forms=False)
    assert len(refs) == 13
    assert {r.lang for r in refs} == {"mt"}


def test_tell_reads_past_the_parties() -> None:
    window = "il-Belġju) — Association générale de l’industrie du médicament (AGIM) ASBL ("
    assert tell(window, outside_names=True) == "fr"  # (no case number said to follow)
    assert tell(window, outside_names=True, before_case=True) is None


@pytest.mark.parametrize(
    ("text", "before_case", "dropped"),
    [
        # a party's name after a dash, before its case number's bracket
        ("il-Belġju) — Association générale de l’industrie du médicament (AGIM) ASBL (",
         True, ["de", "du"]),
        # a name the sample's start cut, before another case number in the sample
        ("l’industrie du médicament (AGIM) ASBL (C-471/07 u C-472/07), Bayer SA (", True,
         ["du"]),
        # the second number in the bracket: the sample ends inside it
        ("— Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07 u",
         True, ["de", "du"]),
        # a bracket closed before the sample's end: the reference is no party's
        ("— Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07) u",
         True, []),
        # not before a case number (a title before a CELEX number is the text's own)
        ("— Regolamento generale sulla protezione dei dati (", False, []),
        # prose: no mark before the name's first word within reach (``of`` between two
        # words of a name, as before)
        ("as the Court of Justice held in its judgment of 2014 in the case (", True, ["of"]),
        # after the mark, a small word: prose, no name
        ("In 2010, the Court held in its judgment (", True, []),
    ],
)  # fmt: skip
def test_party_words(text: str, before_case: bool, dropped: list[str]) -> None:
    tokens = text.split()
    langs: list[str | None] = ["x"] * len(tokens)
    name_words.drop(tokens, langs, before_case)
    assert [t for t, lang in zip(tokens, langs, strict=True) if lang is None] == dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same notice in French and in English (EUR-Lex 62007CA0471 FR and EN): their
        # own words between the case numbers (``et``, ``and``) and before the names
        ("Affaires jointes C-471/07 et C-472/07: Arrêt de la Cour (troisième chambre) du 14 "
         "janvier 2010 (demandes de décision préjudicielle du Conseil d'État — Belgique) — "
         "Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07 et "
         "C-472/07), Bayer SA (C-471/07 et C-472/07), Pfizer SA (C-471/07 et C-472/07), "
         "Servier Benelux SA (C-471/07 et C-472/07), Janssen Cilag SA (C-471/07)", {"fr"}),
        ("Joined Cases C-471/07 and C-472/07: Judgment of the Court (Fourth Chamber) of 14 "
         "January 2010 (Reference for a preliminary ruling from the Conseil d'État — Belgium) "
         "— Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07 and "
         "C-472/07), Bayer SA (C-471/07 and C-472/07), Pfizer SA (C-471/07 and C-472/07), "
         "Servier Benelux SA (C-471/07 and C-472/07), Janssen Cilag SA (C-471/07)", {"en"}),
        # the French judgment's heading on EUR-Lex (62007CJ0471 FR)
        ("Association générale de l’industrie du médicament (AGIM) ASBL et autres (C-471/07 "
         "et C-472/07), Janssen Cilag SA (C-471/07) et Sanofi-Aventis Belgium SA (C-472/07) "
         "contre État belge.", {"fr"}),
    ],
)  # fmt: skip
def test_a_tag_that_stays(text: str, expected: set[str]) -> None:
    assert {r.lang for r in eurefs.extract(text, short_forms=False)} == expected
