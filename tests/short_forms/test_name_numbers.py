"""A popular name followed by an act's number with no type word between
(``short_forms/name_numbers``): the number is the same mention's, and another act's number
there leaves the name no mention of its own work.

Texts: public repositories' files (find_string 'osobních údajů (EU) 2016/679', 'GDPR
2018/1725', 'DSGVO (EU) 2016/'); the Greek one is in ``test_popular_names``.
"""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

GDPR, EUDPR, AI_ACT = "32016R0679", "32018R1725", "32024R1689"


def _short(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a Czech privacy notice (the number stayed outside the name's span)
        ("Kde se uplatňuje Obecné nařízení o ochraně osobních údajů (EU) 2016/679, jsou "
         "právní základy podle článku 6 GDPR pro zpracování údajů popsaných v oddíle 2:",
         "Obecné nařízení o ochraně osobních údajů (EU) 2016/679"),
        # another, the name in the genitive
        ("'1.2. Tyto Zásady vám rovněž poskytují všechny nezbytné informace podle obecného "
         "nařízení o ochraně osobních údajů (EU) 2016/679 („GDPR\").',",
         "obecného nařízení o ochraně osobních údajů (EU) 2016/679"),
        # a German privacy page's legal bases
        ("Rechtsgrundlagen: DSGVO (EU) 2016/679, EU AI Act (EU) 2024/1689, TTDSG, TMG",
         "DSGVO (EU) 2016/679"),
    ],
)  # fmt: skip
def test_the_acts_number_after_its_name_is_in_the_span(text: str, span: str) -> None:
    assert _short(text)[0] == (span, GDPR)


def test_each_name_with_its_own_number() -> None:
    text = "Rechtsgrundlagen: DSGVO (EU) 2016/679, EU AI Act (EU) 2024/1689, TTDSG, TMG"
    assert _short(text) == [("DSGVO (EU) 2016/679", GDPR), ("AI Act (EU) 2024/1689", AI_ACT)]


def test_a_name_before_another_acts_number_is_no_mention_of_its_work() -> None:
    # a Spanish project's list of sources: 'GDPR 2018/1725' is Regulation (EU) 2018/1725 on
    # the Union's institutions (the text says so), not the GDPR; its 'GDPR' gave 32016R0679
    text = (
        "- **GDPR 2016/679:**  \n  Reglamento General de Protección de Datos de la Unión "
        "Europea, que establece las bases para la protección \n  de datos personales y la "
        "privacidad.\n\n- **GDPR 2018/1725:**  \n  Normativa orientada a la protección de "
        "datos en instituciones de la Unión Europea, aplicada en organismos \n  públicos y "
        "entidades gubernamentales.\n"
    )
    found = _short(text)
    assert ("GDPR 2016/679", GDPR) in found
    assert not any(span.startswith("GDPR") and span != "GDPR 2016/679" for span, _ in found)
    assert EUDPR not in [celex for _, celex in found]
