"""The German anaphor ``derselben Verordnung``, ``desselben Beschlusses`` ("of the same
regulation"), as German legal writing refers back to an act cited before: the determiners
``derselben``, ``desselben``, ``demselben`` of ``eurefs.languages.de``; and a compound
joined to a type word by a hyphen (``Covid-19-Verordnung``), which names another act of
that type (``eurefs.short_forms.type_words``), between the act and the anaphor."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="anaphor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was nothing
        ("Nach Art. 4 der Verordnung (EU) 2016/679 gilt dies. Artikel 5 derselben Verordnung "
         "regelt die Grundsätze.", [("derselben Verordnung", "32016R0679", "Artikel 5")]),
        ("Die Richtlinie 2000/78/EG des Rates gilt. Nach Art. 3 derselben Richtlinie ist sie "
         "anwendbar.", [("derselben Richtlinie", "32000L0078", "Art. 3")]),
        # the masculine, as German writing has it ('Festlegung 4 desselben Beschlusses', a
        # public repository's decision record)
        ("Der Beschluss 2010/87/EU der Kommission gilt. Nach Art. 3 desselben Beschlusses ist "
         "er anwendbar.", [("desselben Beschlusses", "32010D0087", "Art. 3")]),
        # the initialism of legal writing
        ("Art. 6 der Verordnung (EU) 2016/679 gilt. Art. 7 derselben VO ebenso.",
         [("derselben VO", "32016R0679", "Art. 7")]),
    ],
)  # fmt: skip
def test_derselben_refers_back(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a Swiss judgment on a national regulation (the Federal Supreme Court on the
        # Covid-19-Verordnung Erwerbsausfall, a public repository's summary): no EU act cited
        "Sinn und Zweck von Art. 5 Abs. 2 der Covid-19-Verordnung Erwerbsausfall in der "
        "Fassung vom 6. Juli 2020 und der Art. 5 Abs. 2bis und 2ter derselben Verordnung in der "
        "Fassung vom 8. Oktober 2020 ist es festzusetzen.",
        # the same after an EU regulation: the national one, named by a compound, comes
        # between (was 32004R0883)
        "Die Verordnung (EG) Nr. 883/2004 gilt hier nicht. Sinn und Zweck von Art. 5 Abs. 2 der "
        "Covid-19-Verordnung Erwerbsausfall und der Art. 5 Abs. 2bis derselben Verordnung ist "
        "es festzusetzen.",
        # two regulations cited before: which one is not said
        "Nach Art. 4 der Verordnung (EU) 2016/679 und der Verordnung (EU) 2018/1725 gilt dies. "
        "Artikel 5 derselben Verordnung regelt die Grundsätze.",
        # a regulation of no EU act cited before (an IT policy: 'Richtlinie')
        "Sie können nicht beide Typen in derselben Richtlinie angeben.",
        # before a full citation, the citation is the reference
        "Nach Art. 5 derselben Verordnung (EU) 2016/679 gilt dies.",
    ],
)
def test_derselben_without_a_single_act_before_is_nothing(text: str) -> None:
    assert _anaphors(text) == []


def test_compound_with_a_hyphen_is_a_stray_type_word_for_dieser_too() -> None:
    # was 32004R0883 for 'dieser Verordnung'
    text = (
        "Die Verordnung (EG) Nr. 883/2004 gilt hier nicht. Nach der Covid-19-Verordnung "
        "Erwerbsausfall ist Art. 5 dieser Verordnung anwendbar."
    )
    assert _anaphors(text) == []
