"""'The same' act as an anaphor in Slovak and Bulgarian (``tej istej smernice``, ``към
същата директива``), as Spanish, Portuguese and Greek have it
(``test_same_act_anaphors.py``): the determiners of ``eurefs.languages.sk`` and ``bg``.
The texts are the Court's judgment in C-416/10 Križan as CURIA prints it
(ELITR/elitr-testset, documents/test-curia-eu, test.elitr.sk and .bg), shortened; the
anaphors were nothing."""

from __future__ import annotations

from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="anaphor")


def test_slovak_the_same_directive() -> None:
    text = (
        "Odôvodnenie 23 smernice 96/61 znie: text.\n"
        "Článok 15 tej istej smernice, nazvaný „Prístup k informáciám a účasť verejnosti na"
        " povoľovacom konaní“, stanovuje:\n"
        "Príloha V tej istej smernice, nazvaná „Účasť verejnosti na rozhodovaní“, stanovuje:"
    )
    assert _anaphors(text) == [
        ("tej istej smernice", "31996L0061", "Článok 15"),
        ("tej istej smernice", "31996L0061", "Príloha V"),
    ]


def test_bulgarian_the_same_directive_with_its_annex() -> None:
    # (the annex's link 'към' is the cue of a pinpoint before an anaphor, as 'от' is)
    text = (
        "В точка 5.4 от приложение I към Директива 96/61, озаглавено „Категории промишлени"
        " дейности“, се споменават депата.\n13\nПриложение V към същата директива, озаглавено"
        " „Участие на обществеността при вземането на решения“, предвижда в частност следното:"
    )
    assert _anaphors(text) == [("същата директива", "31996L0061", "Приложение V")]


def test_slovak_a_certain_directive_is_no_anaphor() -> None:
    # ('istá' alone is also 'a certain': only after 'ten' is it 'the same')
    assert _anaphors("Smernica 96/61 sa uplatňuje. Podľa istej smernice sa to nemôže.") == []
