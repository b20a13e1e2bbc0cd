"""An Estonian act's pinpoint after its title and its Official Journal citation, as the Court's
first paragraphs write it (``pinpoints.journal_title_cases``, ``grammar/after_pinpoints``)."""

from __future__ import annotations

from tests.support.extracted import extracted

# The judgment in C-241/21 I. L., point 1 (curia.europa.eu and EUR-Lex 62021CJ0241, ET;
# pages corpus).
_C_241_21 = (
    "1        Eelotsusetaotlus puudutab Euroopa Parlamendi ja nõukogu 16. detsembri 2008. aasta "
    "direktiivi 2008/115/EÜ ühiste nõuete ja korra kohta liikmesriikides ebaseaduslikult "
    "viibivate kolmandate riikide kodanike tagasisaatmisel (ELT 2008, L 348, lk 98) artikli 15 "
    "lõike 1 tõlgendamist."
)


def _acts(text: str) -> list[tuple[str | None, str | None]]:
    return extracted(text, "celex", "pinpoint", kinds=["legal_act"])


def test_the_pinpoint_after_the_title_and_the_journal() -> None:
    """Before, the directive had no pinpoint."""
    assert _acts(_C_241_21) == [("32008L0115", "artikli 15 lõike 1")]


def test_not_across_a_title_that_holds_another_act_in_the_genitive() -> None:
    # (the GDPR's title names the directive it repeals in the genitive: whose the article is
    # is not told there, and none is given)
    text = (
        "Eelotsusetaotlus puudutab määruse (EL) 2016/679 füüsiliste isikute kaitse kohta "
        "isikuandmete töötlemisel ja direktiivi 95/46/EÜ kehtetuks tunnistamise kohta "
        "(ELT 2016, L 119, lk 1) artikli 6 tõlgendamist."
    )
    assert _acts(text) == [("32016R0679", None), ("31995L0046", None)]


def test_not_for_an_act_in_another_case() -> None:
    text = (
        "Kohaldatakse direktiiv 2008/115/EÜ ühiste nõuete ja korra kohta (ELT 2008, L 348, "
        "lk 98) artikli 15 alusel."
    )
    assert _acts(text) == [("32008L0115", None)]
