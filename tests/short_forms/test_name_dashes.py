"""Popular names whose hyphen a text writes as another dash (``name_forms.DASHES``): the
non-breaking hyphen U+2011 of EUR-Lex and German journals, the en dash of text extracted
from PDF, Unicode's hyphen U+2010 (``eurefs/short_forms/name_forms.py``, ``name_trie.py``,
``popular_names.py``).

Real writing: 'nach Art. 82 DS\u2011GVO entschieden' (RDV 3/2024, rdv-online.com, a note on
the Court's judgment in C-741/21), 'Breiter Schadenersatzanspruch im Sinne der DS\u2011GVO'
(Data Agenda+, dataagendaplus.de; pages corpus); 'Art. 4 der Datenschutz\u2011Grundverordnung
(DSGVO)' (privacy notices in public repositories); 'zur 2016 angenommenen
Datenschutz\u2013Grundverordnung' (an Austrian Court of Audit report extracted from PDF, a public
repository).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.name_forms import DASHES, dashes_in, unify_dashes

GDPR = "32016R0679"


def names(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (r.text, r.name, r.celex, r.pinpoint)
        for r in eurefs.extract(text, kinds="short_form")
        if r.how == "popular_name"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # were nothing
        ("Der EuGH hat zu Art. 82 DS\u2011GVO entschieden.",
         [("DS\u2011GVO", "DS-GVO", GDPR, "Art. 82")]),
        ("Die Klage nach Art. 7 Nr. 1 Brüssel Ia\u2011VO ist zulässig.",
         [("Brüssel Ia\u2011VO", "Brüssel Ia-VO", "32012R1215", "Art. 7 Nr. 1")]),
        ("Ebenso war das Verhältnis zur 2016 angenommenen Datenschutz\u2013Grundverordnung "
         "nicht definiert.",
         [("Datenschutz\u2013Grundverordnung", "Datenschutz-Grundverordnung", GDPR, None)]),
        ("Ein Verstoß gegen Art. 5 DS\u2010GVO liegt vor.",
         [("DS\u2010GVO", "DS-GVO", GDPR, "Art. 5")]),
        # two hyphens
        ("Nach der Dublin\u2011III\u2011Verordnung ist der Staat zuständig.",
         [("Dublin\u2011III\u2011Verordnung", "Dublin-III-Verordnung", "32013R0604", None)]),
        # a name without a capital, found with str.find (French 'directive-cadre')
        ("Selon la directive\u2011cadre sur l’eau, les États membres protègent les eaux.",
         [("directive\u2011cadre sur l’eau", "directive-cadre sur l’eau", "32000L0060", None)]),
        # a name in lower case that holds a capital (its tail is found by the pattern)
        ("The e\u2011Commerce Directive applies here.",
         [("e\u2011Commerce Directive", "e-Commerce Directive", "32000L0031", None)]),
        # unchanged: the hyphen as the data file writes it
        ("Der EuGH hat zu Art. 82 DS-GVO entschieden.", [("DS-GVO", "DS-GVO", GDPR, "Art. 82")]),
        # 'EU-' before the acronym, with either hyphen: one name, the pinpoint on it (was
        # 'DSGVO' without its pinpoint with U+2011, nothing with '-'; the forms of privacy
        # notices in public repositories: 'Art. 6 Abs. 1 lit. f EU-DSGVO', 'Art. 4 Nr. 7
        # EU-DS-GVO')
        ("Ein Verstoß gegen Art. 5 EU\u2011DSGVO liegt vor.",
         [("EU\u2011DSGVO", "EU-DSGVO", GDPR, "Art. 5")]),
        ("Ein Verstoß gegen Art. 5 EU-DSGVO liegt vor.",
         [("EU-DSGVO", "EU-DSGVO", GDPR, "Art. 5")]),
        ("berechtigtes Interesse im Sinne von Art. 6 Abs. 1 lit. f EU-DSGVO.",
         [("EU-DSGVO", "EU-DSGVO", GDPR, "Art. 6 Abs. 1 lit. f")]),
        ("Verantwortlicher i.S.d. Art. 4 Nr. 7 EU\u2011DS\u2011GVO ist",
         [("EU\u2011DS\u2011GVO", "EU-DS-GVO", GDPR, "Art. 4 Nr. 7")]),
    ],
)  # fmt: skip
def test_a_dash_reads_as_the_names_hyphen(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a compound on the name, with either hyphen (as 'DS-GVO-Bußgeldverfahren')
        "Im DS\u2011GVO\u2011Bußgeldverfahren und im DS-GVO-Bußgeldverfahren nicht.",
        # a dash no name has there: a minus sign, a hyphen where the name has none
        "Die DS\u2212GVO und die DS\u2011GVO2 sind keine Namen.",
        # a word joined before the name by a dash, as by a hyphen, makes it another word
        # (was 'DSGVO' with U+2011)
        "Die XY\u2011DSGVO und die XY-DSGVO und die XY\u2013DS\u2011GVO nicht.",
        # a dash between spaced words is no hyphen of a name
        "Die DS \u2013 GVO ist kein Name.",
    ],
)
def test_no_name_where_its_hyphen_is_not(text: str) -> None:
    assert names(text) == []


def test_long_text_reads_the_dashes_too() -> None:
    # past the short-text check of the names, the pattern itself reads the dash
    text = "Ein Satz ohne Namen. " * 120 + "Nach Art. 82 DS\u2011GVO haftet er."
    assert names(text) == [("DS\u2011GVO", "DS-GVO", GDPR, "Art. 82")]


def test_unify_dashes() -> None:
    assert unify_dashes("DS\u2011GVO") == "DS-GVO"
    assert unify_dashes("Dublin\u2013III\u2010VO") == "Dublin-III-VO"
    assert unify_dashes("DS\u2212GVO") == "DS\u2212GVO"  # a minus sign stays
    assert dashes_in("DS-GVO") == ""
    assert dashes_in("über die DS\u2011GVO") == "\u2011"
    assert set(DASHES) == {"\u2010", "\u2011", "\u2013"}
