"""A popular name glossed in a Commission proposal's title is the proposal's in the rest of
that text, in Latvian: ``Priekšlikums EIROPAS PARLAMENTA UN PADOMES REGULA ... (Vispārīgā
datu aizsardzības regula)``, then ``Šis paskaidrojuma raksts attiecas uz Vispārīgās datu
aizsardzības regulas priekšlikumu`` (the explanatory memorandum of the GDPR's proposal,
COM(2012) 11 final, EUR-Lex 52012PC0011 in Latvian; pages corpus).  The Latvian record had
no ``proposal_titles``: the name after the title was Regulation (EU) 2016/679, adopted four
years later."""

from __future__ import annotations

from tests.support.short_form_mentions import popular_names


def test_latvian_name_after_the_proposals_title() -> None:
    text = (
        "Priekšlikums EIROPAS PARLAMENTA UN PADOMES REGULA par fizisku personu aizsardzību"
        " attiecībā uz personas datu apstrādi un šādu datu brīvu apriti (Vispārīgā datu"
        " aizsardzības regula) /* COM/2012/011 final - 2012/0011 (COD) */\n\n"
        "PASKAIDROJUMA RAKSTS\n\n"
        "– priekšlikums Eiropas Parlamenta un Padomes regulai par fizisku personu aizsardzību"
        " attiecībā uz personas datu apstrādi un šādu datu brīvu apriti (Vispārīgā datu"
        " aizsardzības regula) un\n\n"
        "Šis paskaidrojuma raksts attiecas uz Vispārīgās datu aizsardzības regulas"
        " priekšlikumu.\n\nCentrālais tiesību akts par personas datu aizsardzību pašreizējā ES"
        " tiesiskā regulējuma ietvaros ir Direktīva 95/46/EK[3], ko pieņēma 1995. gadā."
    )
    assert popular_names(text) == []


def test_latvian_name_without_a_proposal_stays() -> None:
    # the European Parliament's resolution of 25 March 2021, TA-9-2021-0111, LV (pages
    # corpus), shortened: no proposal's title before the name
    text = (
        "Eiropas Parlamenta 2021. gada 25. marta rezolūcija par Komisijas novērtējuma ziņojumu"
        " attiecībā uz Vispārīgās datu aizsardzības regulas īstenošanu divus gadus pēc tās"
        " piemērošanas (2020/2717(RSP))"
    )
    assert [name for name, _, _ in popular_names(text)] == ["Vispārīgās datu aizsardzības regulas"]
