"""An act's pinpoint after its title in the Dutch enacting formula that cites it
(``eurefs.grammar.enacting_pinpoints``): ``Gezien Verordening ..., en met name artikel 32,
lid 7,`` has no word referring back (English ``thereof``), so the pinpoint is the act's."""

from __future__ import annotations

import pytest

import eurefs

# Commission Implementing Decision 2014/27/EU (OJ L 16, 21.1.2014, p. 41), its citations as
# eumonitor.nl prints them (pages corpus)
_DECISION_2014_27 = (
    "DE EUROPESE COMMISSIE,\n\nGezien het Verdrag betreffende de werking van de Europese Unie,"
    "\n\nGezien Beschikking 2009/470/EG van de Raad van 25 mei 2009 betreffende bepaalde "
    "uitgaven op veterinair gebied (1), en met name artikel 31, lid 2,\n\nGezien Verordening "
    "(EG) nr. 882/2004 van het Europees Parlement en de Raad van 29 april 2004 inzake "
    "officiële controles op de naleving van de wetgeving inzake diervoeders en levensmiddelen "
    "en de voorschriften inzake diergezondheid en dierenwelzijn (2), en met name artikel 32, "
    "lid 7,\n\nOverwegende hetgeen volgt:"
)
# Commission Implementing Regulation (EU) No 704/2013 (EUR-Lex, OJ L 200, 25.7.2013), one
# line break between the citations (pages corpus)
_REGULATION_704_2013 = (
    "DE EUROPESE COMMISSIE,\nGezien het Verdrag betreffende de werking van de Europese Unie,\n"
    "Gezien Verordening (EEG) nr. 2658/87 van de Raad van 23 juli 1987 met betrekking tot de "
    "tarief- en statistieknomenclatuur en het gemeenschappelijk douanetarief (1), en met name "
    "artikel 9, lid 1, onder a),\nOverwegende hetgeen volgt:"
)


def _pinpoints(text: str) -> dict[str, str | None]:
    return {r.celex: r.pinpoint for r in eurefs.extract(text) if r.kind == "legal_act"}  # type: ignore[attr-defined]


def test_the_formula_gives_each_act_the_pinpoint_after_its_title() -> None:
    # (were None)
    assert _pinpoints(_DECISION_2014_27) == {
        "32009D0470": "artikel 31, lid 2",
        "32004R0882": "artikel 32, lid 7",
    }
    assert _pinpoints(_REGULATION_704_2013) == {"31987R2658": "artikel 9, lid 1, onder a)"}


@pytest.mark.parametrize(
    "text",
    [
        # a title naming other acts: whose article it is stays undecided (the opening of the
        # title of Regulation (EU) 2017/625 as EUR-Lex writes it, shortened)
        "Gezien Verordening (EU) 2017/625 van het Europees Parlement en de Raad van 15 maart "
        "2017 betreffende officiële controles, tot wijziging van de Verordeningen (EG) nr. "
        "999/2001 en (EG) nr. 396/2005 (1), en met name artikel 47, lid 2,",
        # the article goes on to another act or law: not the formula's pinpoint
        "Gezien Verordening (EG) nr. 882/2004 van het Europees Parlement en de Raad, en met "
        "name artikel 32, lid 7 van de Warenwet,",
        # no formula's intro before the act
        "Volgens Verordening (EG) nr. 882/2004 van het Europees Parlement en de Raad, en met "
        "name artikel 32, lid 7, moet",
        # the next citation's intro before the lead: its article
        "Gezien Verordening (EG) nr. 882/2004 van het Europees Parlement en de Raad,\nGezien "
        "het advies van het Comité, en met name artikel 3,",
    ],
)
def test_no_pinpoint_where_the_article_may_be_another_s(text: str) -> None:
    assert "32004R0882" not in _pinpoints(text) or _pinpoints(text)["32004R0882"] is None
    assert all(p is None for p in _pinpoints(text).values())
