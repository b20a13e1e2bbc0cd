"""The Court's citation of the Official Journal with the year after the issue
(``eurefs/grammar/official_journal.py``): ``EGT L 206, 1992, s. 7``."""

from __future__ import annotations

import pytest

import eurefs


def _oj(text: str) -> list[tuple[str, str, int | None, int | None]]:
    """The citations of the journal (the special editions cited after them aside:
    ``tests/grammar/test_oj_special_editions.py``)."""
    return [
        (r.text, r.lang, r.year, r.page)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "oj" and r.edition is None
    ]


def test_a_swedish_judgment_cites_the_year_after_the_issue() -> None:
    """Judgment C-323/17, People Over Wind, paragraph 1 (Swedish, curia.europa.eu).
    Before, the citation was missed: the form without a date knew no year."""
    text = (
        "Begäran om förhandsavgörande avser tolkningen av artikel 6.3 i rådets direktiv "
        "92/43/EEG av den 21 maj 1992 om bevarande av livsmiljöer samt vilda djur och växter "
        "(EGT L 206, 1992, s. 7; svensk specialutgåva, område 15, volym 11, s. 114) (nedan "
        "kallat livsmiljödirektivet)."
    )
    assert _oj(text) == [("EGT L 206, 1992, s. 7", "sv", 1992, 7)]
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "oj" and r.edition is None]
    assert ref.cellar_ids == ["uriserv:OJ.L_.1992.206.01.0007.01"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same form in the Court's judgments in other languages
        ("smernica 92/43/EHS (Ú. v. ES L 206, 1992, s. 7; Mim. vyd. 15/002, s. 102)", "sk"),
        ("direktiiv 92/43/EMÜ (EÜT L 206, 1992, lk 7)", "et"),
        ("Direktīva 92/43/EEK (OV L 206, 1992, 7. lpp.)", "lv"),
        ("Direktyva 92/43/EEB (OL L 206, 1992, p. 7)", "lt"),
        ("Direktiva 92/43/EGS (UL L 206, 1992, str. 7)", "sl"),
        ("директива 92/43/ЕИО (ОВ L 206, 1992 г., стр. 7)", "bg"),
    ],
)
def test_the_year_after_the_issue_in_other_languages(text: str, lang: str) -> None:
    ((span, got_lang, year, page),) = _oj(text)
    assert text.index(span) > text.index("(")
    assert (got_lang, year, page) == (lang, 1992, 7)


@pytest.mark.parametrize("text", ["EGT L 206, 1992", "EGT L 206, 1992."])
def test_a_year_without_a_page_word_is_no_page(text: str) -> None:
    assert _oj(text) == []


def test_a_croatian_judgment_writes_the_year_with_its_dot() -> None:
    """Judgment C-395/21, D. V., paragraph 1 (Croatian, EUR-Lex ECLI:EU:C:2023:14):
    'SL 1993., L 95, str. 29.'. Before, the dot after the year broke the Court's form."""
    text = (
        "Direktive Vijeća 93/13/EEZ od 5. travnja 1993. o nepoštenim uvjetima u potrošačkim "
        "ugovorima (SL 1993., L 95, str. 29.) (SL, posebno izdanje na hrvatskom jeziku, "
        "poglavlje 15., svezak 12., str. 24.)"
    )
    assert _oj(text) == [("SL 1993., L 95, str. 29", "hr", 1993, 29)]
