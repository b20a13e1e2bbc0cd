"""A footnote call glued to an act's number the number could carry (``grammar/call_sequence``).

The Court's press release No 154/12 (Pringle, C-370/12) in Maltese, its footnote calls
glued to the words they follow (europa.eu/rapid/press-release_CJE-12-154_mt.htm; pages
corpus): ``d-Deċiżjoni 2011/1991`` is Decision 2011/199/EU (European Council Decision of 25
March 2011 amending Article 136 TFEU, the subject of the judgment) and call 1, then
``ġdida2`` and ``euro3``.  It read Decision 2011/1991, 32011D1991.
"""

from __future__ import annotations

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

PRESS_RELEASE = (
    "STQARRIJA GĦALL-ISTAMPA Nru154/12\n\nIl-Lussemburgu, is-27 ta' Novembru 2012\n\n"
    "Sentenza fil-Kawża C‑370/12\n\nThomas Pringle vs Government of Ireland, Ireland, The "
    "Attorney General\n\nIl-Qorti tal-Ġustizzja tawtorizza l-mekkaniżmu Ewropew ta’ "
    "stabbiltà (MES)\n\nId-dritt tal-Unjoni ma jipprekludix il-konklużjoni u r-ratifika "
    "tat-Trattat li jistabbilixxi l-MES mill-Istati Membri li l-munita tagħhom hija l-euro\n\n"
    "Fil-25 ta’ Marzu 2011, il-Kunsill Ewropew adotta d-Deċiżjoni 2011/1991 li tipprevedi "
    "ż-żieda fit-Trattat dwar il-Funzjonament tal-Unjoni Ewropea (TFUE) ta’ dispożizzjoni "
    "ġdida2 li tipprovdi li l-Istati Membri, li l-munita tagħhom hija l-euro, jistgħu "
    "jistabbilixxu mekkaniżmu ta’ stabbiltà li għandu jiġi attivat jekk dan ikun "
    "indispensabbli sabiex tinżamm l-istabbiltà taż-żona euro kollha. Barra minn hekk, din "
    "id-dispożizzjoni ġdida tipprovdi li l-għoti ta’ kull assistenza finanzjarja neċessarja "
    "skont dan il-mekkaniżmu għandu jkun suġġett għal kundizzjonalità stretta. Din l-emenda "
    "tat-Trattat għandha jkollha effett mill-1 ta’ Jannar 2013, bil-kundizzjoni li tkun "
    "ġiet approvata mill-Istati Membri skont ir-regoli kostituzzjonali tagħhom.\n\n"
    "Sussegwentement, l-Istati taż-żona euro3 kkonkludew, fit-2 ta’ Frar 2012, it-Trattat li "
    "jistabbilixxi l-Mekkaniżmu Ewropew ta’ Stabbiltà (MES), li għandu personalità ġuridika."
)


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


def test_a_call_glued_to_a_number_before_the_next_calls_is_split_off() -> None:
    assert _acts(PRESS_RELEASE) == [("Deċiżjoni 2011/199", "32011D0199")]
    assert list(iter_extract(PRESS_RELEASE, chunk_size=300)) == eurefs.extract(PRESS_RELEASE)


def test_without_the_calls_after_it_the_number_stands() -> None:
    # (the paragraph alone, cut before 'ġdida2': nothing tells the call)
    cut = PRESS_RELEASE[: PRESS_RELEASE.index(" ġdida2")]
    assert _acts(cut) == [("Deċiżjoni 2011/1991", "32011D1991")]
    # nor where the calls after it are not the next ones
    assert _acts(PRESS_RELEASE.replace("euro3", "euro4")) == [("Deċiżjoni 2011/1991", "32011D1991")]
    # nor where the number is cited in full near
    cited = PRESS_RELEASE.replace("(MES)\n", "(MES) 2011/1991/UE\n", 1)
    assert ("Deċiżjoni 2011/1991", "32011D1991") in _acts(cited)


# The High Court's request for a preliminary ruling in C-64/20, UH (curia.europa.eu, Irish;
# pages corpus): its calls glued to the numbers, the notes below them
REQUEST = (
    "An mbainfí an bonn de phrionsabal na héifeachta dírí i nDlí an Aontais Eorpaigh dá "
    "ndiúltódh cúirt náisiúnta faoiseamh a dheonú sa chás seo mar gheall ar theacht i "
    "bhfeidhm Airteagal 7 de Rialachán (AE) 2019/61 , 11ú Nollaig 2018, ó Pharlaimint na "
    "hEorpa agus ón gComhairle (agus a chur i bhfeidhm arna chur siar go dtí an 28ú Eanáir "
    "2022), in ainneoin gur chinn an chúirt náisiúnta gur theip ar an dlí náisiúnta éifeacht "
    "a thabhairt don dualgas in Airteagail 61(1), 58(4), agus 59(3) de Threoir 2001/82/CE2 go "
    "mbeadh pacáistiú agus lipéadú táirgí tréidliachta i dteangacha oifigiúla an Bhallstáit "
    ".i. Gaeilge chomh maith le Béarla in Éirinn?\n\n____________\n\n1 Rialachán (AE) 2019/6 "
    "ó Pharlaimint na hEorpa agus ón gComhairle an 11 Nollaig 2018 maidir le táirgí "
    "íocshláinte tréidliachta agus lena n-aisghairtear Treoir 2001/82/CE (IO 2019, L 4, lch. "
    "43).\n\n2 Treoir 2001/82/CE ó Pharlaimint na hEorpa agus ón gComhairle an 6 Samhain 2001 "
    "maidir leis an gcód Comhphobail a"
)


def test_a_call_glued_to_a_number_its_note_cites_without_it_is_split_off() -> None:
    """``Rialachán (AE) 2019/61`` over the note ``1 Rialachán (AE) 2019/6``: Regulation (EU)
    2019/6 and call 1 (was 2019/61, 32019R0061)."""
    acts = _acts(REQUEST)
    assert acts[0] == ("Rialachán (AE) 2019/6", "32019R0006")
    assert "32019R0061" not in [celex for _, celex in acts]
    assert list(iter_extract(REQUEST, chunk_size=300)) == eurefs.extract(REQUEST)


def test_without_its_note_or_with_the_number_whole_the_number_stands() -> None:
    # (the request cut before its notes: nothing tells the call)
    cut = REQUEST[: REQUEST.index("____")]
    assert _acts(cut)[0] == ("Rialachán (AE) 2019/61", "32019R0061")
    # nor where the note cites another number, or the number is written whole near
    assert _acts(REQUEST.replace("1 Rialachán (AE) 2019/6 ", "1 Rialachán (AE) 2019/7 "))[0] == (
        "Rialachán (AE) 2019/61",
        "32019R0061",
    )
    whole = REQUEST.replace("(IO 2019, L 4", "agus Rialachán (AE) 2019/61 (IO 2019, L 4")
    assert _acts(whole)[0] == ("Rialachán (AE) 2019/61", "32019R0061")
