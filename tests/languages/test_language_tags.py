"""The language tag of references written alike in several languages, told by the words of
the records around them (``eurefs/languages/``: ``hint_words``; ``evidence.tell``,
``hints.pick`` and ``hints.lean``): real sentences an audit of the tags found wrong, and
those that must keep theirs."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages.evidence import tell
from eurefs.languages.hints import _words
from tests.support.extracted import extracted


def _langs(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "lang", short_forms=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Finnish: the judgment's title after the CELEX number on EUR-Lex (C-311/18, the
        # Finnish page): was English, no word of one language near
        ("Asiakirja 62018CJ0311\nUnionin tuomioistuimen tuomio (suuri jaosto) 16.7.2020.\n"
         "Data Protection Commissioner vastaan Facebook Ireland Ltd ja Maximillian Schrems.",
         [("62018CJ0311", "fi")]),
        # Croatian: an initial of the Advocate General's name (Italian ``n.``) was Italian
        # (EUR-Lex 62023CC0144, the Croatian page)
        ("Document 62023CC0144\n\nMišljenje nezavisnog odvjetnika N. Emilioua od 18. lipnja "
         "2024.\n\n\nECLI identifier: ECLI:EU:C:2024:522\n\n MIŠLJENJE NEZAVISNOG ODVJETNIKA",
         [("62023CC0144", "hr"), ("ECLI:EU:C:2024:522", "hr")]),
        # Lithuanian: the parties' initials (German ``S.``, Satz) were German (a review of the
        # Court's judgments by the Lithuanian Supreme Court, lat.lt, February 2017)
        ("2017 m. vasario 9 d. sprendimas M. S. prieš P. S. (C-283/16) .......... 4",
         [("C-283/16", "lt")]),
        # German: the General Court abbreviated (dejure.org, T-47/15): was English
        ("EuG, 10.05.2016 - T-47/15   \n\nZitiervorschläge", [("T-47/15", "de")]),
        # Danish: der (also the German article) was German (eu.dk, the foreign ministry's
        # list of cases, Europaudvalget 2017-18 bilag 679)
        ("Liste over sager, hvor der nedsat procesdelegation:\nSagsnr.\nC-517/16\nTitel og "
         "kort sagsresumé\nCzerwiński", [("C-517/16", "da")]),
        # Romanian: the verbs of national notes before the directive, the type word also
        # Spanish: were Spanish (public repositories, find_string 'transpune Directiva')
        ("accesat 22.08.2026. Transpune Directiva 1999/31/CE. Abrogă HG 162/2002.",
         [("Directiva 1999/31/CE", "ro")]),
        ('    # Transpune Directiva 2008/52/CE (CELEX 32008L0052) - e act de acquis, nu doar '
         "de drept intern.", [("Directiva 2008/52/CE", "ro"), ("32008L0052", "ro")]),
        ("România transpune Directiva EU 2023/970. De la acea dată, companiile cu 100+ "
         "angajați trebuie să demonstreze", [("Directiva EU 2023/970", "ro")]),
    ],
)  # fmt: skip
def test_a_wrong_tag_found_by_the_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


def test_italian_ma_tells_no_maltese() -> None:
    """Italian ``ma`` (but), Maltese ``ma`` (not): in both records it tells neither alone
    (a comment in a public repository on air passenger rights, find_string 'ma la Corte di
    giustizia': its words before the Court's name were Maltese)."""
    sentence = (
        "incerto (non si vende). Ma la Corte di giustizia UE, causa C-28/20\n * (Airhelp c. "
        "SAS), dice che uno sciopero del PERSONALE DELLA COMPAGNIA"
    )
    assert tell(sentence[: sentence.index(" di giustizia")]) is None
    assert _langs(sentence) == [("C-28/20", "it")]


def test_french_ordinal_letters_are_no_word() -> None:
    """``1er`` (premier) is no Danish ``er``: the letters glued to a number are no word
    (a review of the recast regulations in a public repository, find_string "l'article 1er
    du règlement (UE)")."""
    sentence = "Champ d'application : l'article 1er du règlement (UE) 2020/1784 est réécrit"
    assert "er" not in _words(sentence)
    assert _words("l'article 1er du") == ["l", "article", "du"]
    assert _words("Art.5 lit. f 2nd") == ["Art", "lit", "f"]  # (a word after a dot still read)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Maltese keeps its tag (EUR-Lex 62011CO0433, the Maltese page)
        ("Digriet tal-Qorti tal-Ġustizzja (Il-Ħames Awla) tat-8 ta’ Novembru 2012.\nSKP k.s. vs "
         "Kveta Polhošová.\nTalba għal deċiżjoni preliminari mressqa mill-Krajský súd v "
         "Prešove.\nKawża C‑433/11.", [("C‑433/11", "mt")]),
        # Estonian, whose record shares ja with the Finnish (EUR-Lex 62018CJ0311, ET)
        ("Euroopa Kohtu otsus (suurkoda), 16.7.2020.\nData Protection Commissioner versus "
         "Facebook Ireland Limited ja Maximillian Schrems.\nKohtuasi C-311/18.",
         [("C-311/18", "et")]),
        # Spanish keeps Directiva (the title of Directive 1999/31/EC, EUR-Lex, ES)
        ("Directiva 1999/31/CE del Consejo, de 26 de abril de 1999, relativa al vertido de "
         "residuos", [("Directiva 1999/31/CE", "es")]),
        # German keeps der, and S. (Satz) in a pinpoint (dejure.org, EuGH C-405/16 P; the
        # GDPR's legitimate interests as German writing cites them, with Meta Platforms)
        ("EuGH, Entscheidung vom 28.03.2019 - C-405/16 P (https://dejure.org/2019,6852)",
         [("C-405/16 P", "de")]),
        ("Art. 6 Abs. 1 S. 1 lit. f DSGVO, EuGH C-252/21", [("C-252/21", "de")]),
        # Italian keeps n. as a number sign (the Court's Italian judgments)
        ("ai sensi del regolamento (CE) n. 261/2004", [("regolamento (CE) n. 261/2004", "it")]),
        # Dutch keeps EEG, the Community's
        ("Verordening (EEG) nr. 1408/71 van de Raad", [("Verordening (EEG) nr. 1408/71", "nl")]),
    ],
)  # fmt: skip
def test_a_tag_that_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the German Renewable Energy Sources Act (EEG), no reference: the words stay prose
        "EEG 2012 ist keine staatliche Beihilfe",
        "Die im EEG 2012 vorgesehenen Vorteile stellten staatliche Beihilfen dar",
        # Romanian notes: no act after the verb
        "Transpune corect si abrogă actele vechi.",
    ],
)
def test_no_reference(text: str) -> None:
    assert eurefs.extract(text) == []
