"""A footnote call between a definition's closing quote and its bracket, as EUR-Lex's texts
of Commission proposals set it (``(‘the VAT Directive’ 1 )``): the alias is defined and
its later uses are read (``eurefs/short_forms/definition_words.paren_end``)."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import mentions


def defined_uses(text: str) -> list[tuple[str, str | None, str | None]]:
    return mentions(text, "defined_term")


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        # COM(2021) 435 final, explanatory memorandum (EUR-Lex 52021PC0435, English; the
        # footnote call "1" as the page's text has it)
        (
            "Pursuant to Article 395(1) of Directive 2006/112/EC of 28 November 2006 on the "
            "common system of value added tax (‘the VAT Directive’ 1 ), the Council, acting "
            "unanimously on a proposal from the Commission, may authorise any Member State to "
            "apply special measures. By letter registered with the Commission on 19 February "
            "2021, the Federal Republic of Germany (hereinafter Germany) requested the "
            "authorisation to continue to apply a measure derogating from Articles 168 and 168a "
            "of the VAT Directive.",
            [("VAT Directive", "32006L0112", "Articles 168 and 168a")],
        ),
        # the same memorandum in Polish (EUR-Lex 52021PC0435, PL)
        (
            "Zgodnie z art. 395 ust. 1 dyrektywy 2006/112/WE z dnia 28 listopada 2006 r. w "
            "sprawie wspólnego systemu podatku od wartości dodanej (zwanej dalej „dyrektywą "
            "VAT” 1 ) Rada, stanowiąc jednomyślnie na wniosek Komisji, może upoważnić każde "
            "państwo członkowskie. Pismem, które wpłynęło do Komisji w dniu 19 lutego 2021 r., "
            "Republika Federalna Niemiec wystąpiła z wnioskiem o upoważnienie do dalszego "
            "stosowania środka stanowiącego odstępstwo od art. 168 i 168a dyrektywy VAT.",
            [("dyrektywy VAT", "32006L0112", "art. 168 i 168a")],
        ),
        # COM(2021) 626 final, explanatory memorandum (EUR-Lex 52021PC0626, Slovak)
        (
            "Podľa článku 395 ods. 1 smernice 2006/112/ES z 28. novembra 2006 o spoločnom "
            "systéme dane z pridanej hodnoty (ďalej len „smernica o DPH“ 1 ) môže Rada "
            "jednomyseľne na návrh Komisie oprávniť ktorýkoľvek členský štát. O žiadosti "
            "predloženej Estónskom Komisia v súlade s článkom 395 ods. 2 smernice o DPH "
            "informovala ostatné členské štáty.",
            [("smernice o DPH", "32006L0112", "článkom 395 ods. 2")],
        ),
    ],
)  # fmt: skip
def test_a_footnote_call_before_the_bracket_closes(
    text: str, uses: list[tuple[str, str | None, str | None]]
) -> None:
    assert defined_uses(text) == uses


def test_a_call_of_two_figures_glued_to_the_quote() -> None:
    text = (
        "Directive 2006/112/EC of 28 November 2006 on the common system of value added tax "
        "(‘the VAT Directive’12). Article 168 of the VAT Directive provides."
    )
    assert defined_uses(text) == [("VAT Directive", "32006L0112", "Article 168")]
