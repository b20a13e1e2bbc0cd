"""A text's own date in the words of Finnish, Lithuanian, Latvian, Hungarian and Maltese
(``grammar/text_dates.head_date``).

The Court of Justice dates its judgments and opinions under their heading, and the
Council its documents after the place, each in its language's form: Finnish ``25 päivänä
kesäkuuta 2013`` (the day, 'on the day', the month's partitive), Lithuanian ``2007 m. spalio
23 d.`` and Hungarian ``2007. szeptember 27.`` (the year first), Latvian ``2010. gada 18.
martā`` (the month's locative), Maltese ``fis-16 ta’ Jannar 2008`` ('of' between the day and
the month).  None of these was read, so a popular name in such a text of an act adopted
after it, or a Treaty cited by a name its date decides (``grammar/treaty_eras``), was read
as if the text had no date.  The heads below are the documents' first lines as the pages
corpus holds them (curia.europa.eu, EUR-Lex, pdfslide.net).
"""

from __future__ import annotations

import datetime as dt

import pytest

from eurefs.grammar.text_dates import HEAD, head_date

HEADS = [
    # curia.europa.eu, the Opinion of AG Jääskinen in C-131/12 Google Spain, FI
    (
        "Language of document : ECLI:EU:C:2013:424\n\nJULKISASIAMIEHEN RATKAISUEHDOTUS\n\n"
        "NIILO JÄÄSKINEN\n\n25 päivänä kesäkuuta 2013 (1)\n\nAsia C‑131/12\n\nGoogle Spain SL ja"
        "\n\nGoogle Inc.\n",
        dt.date(2013, 6, 25),
    ),
    # EUR-Lex 61998CC0022, the Opinion of AG Ruiz-Jarabo Colomer in C-22/98 Becu, FI
    (
        "EUR-Lex Access to European Union law\n\nBack to EUR-Lex homepage\n\nThis document is "
        "an excerpt from the EUR-Lex website\n\nDocument 61998CC0022\n\nJulkisasiamiehen "
        "ratkaisuehdotus Ruiz-Jarabo Colomer 25 päivänä maaliskuuta 1998.\nRikosoikeudenkäynti "
        "vastaan Jean Claude Becu, Annie Verweire, Smeg NV ja Adia Interim NV.\n",
        dt.date(1998, 3, 25),
    ),
    # EUR-Lex 62005CJ0440, the judgment in C-440/05 Commission v Council, LT
    (
        "Byla C-440/05.\n\nEuropean Court Reports 2007 I-09097\n\nECLI identifier: "
        "ECLI:EU:C:2007:625\n\nTEISINGUMO TEISMO (didžioji kolegija) SPRENDIMAS\n\n2007 m. "
        "spalio 23 d. ( *1 )\n\n„Ieškinys dėl panaikinimo — ES 31 straipsnio 1 dalies e "
        "punktas, ES 34 ir 47 straipsniai — Pamatinis sprendimas 2005/667/TVR“\n",
        dt.date(2007, 10, 23),
    ),
    # pdfslide.net, the Council's position at first reading on the GDPR, 5419/1/16 REV 1, LT
    (
        "5419/1/16 REV 1 JV/jkDGD 2 LT\n\nEuropos Sąjungos Taryba\n\nBrius e lis , 2016 m. "
        "balandžio 8 d. (OR. en) 5419/1/16 REV 1 DATAPROTECT 2 JAI 38 MI 25 DIGIT 21 DAPIX 9 "
        "FREMP 4 CODEC 52 PARL\n",
        dt.date(2016, 4, 8),
    ),
    # EUR-Lex 62009CC0054, the Opinion of AG Kokott in C-54/09 P Greece v Commission, LV
    (
        "ĢENERĀLADVOKĀTES JULIANAS KOKOTES [JULIANE KOKOTT] SECINĀJUMI,\n\nsniegti 2010. gada "
        "18. martā (1)\n\nLieta C‑54/09 P\n\nGrieķijas Republika\n\npret\n\nEiropas Komisiju\n",
        dt.date(2010, 3, 18),
    ),
    # taxlawapp.eu 62003CJ0342, the Opinion of AG Jacobs in C-342/03 Spain v Council, LV
    (
        "ĢENERĀLADVOKĀTA F. DŽ. DŽEIKOBSA [F. G. JACOBS] SECINĀJUMI,\n\nsniegti 2004. gada 2. "
        "decembrī (1)\n\nLieta C-342/03\n\nSpānijas Karaliste\n\npret\n\nEiropas Savienības "
        "Padomi\n",
        dt.date(2004, 12, 2),
    ),
    # curia.europa.eu, the Opinion of AG Poiares Maduro in C-133/06 Parliament v Council, HU
    (
        "Language of document : ECLI:EU:C:2007:551\n\nM. POIARES MADURO\n\nFŐTANÁCSNOK "
        "INDÍTVÁNYA\n\nAz ismertetés napja: 2007. szeptember 27.1(1)\n\nC‑133/06. sz. ügy\n\n"
        "Európai Parlament\n\nkontra\n\nEurópai Unió Tanácsa\n",
        dt.date(2007, 9, 27),
    ),
    # curia.europa.eu, the Opinion of AG Poiares Maduro in C-402/05 P Kadi, MT
    (
        "Language of document : ECLI:EU:C:2008:11\n\nKONKLUŻJONIJIET TAL-AVUKAT ĠENERALI\n\n"
        "POIARES MADURO\n\nippreżentati fis-16 ta’ Jannar 2008 1(1)\n\nKawża C-402/05 P\n\n"
        "Yassin Abdullah Kadi\n",
        dt.date(2008, 1, 16),
    ),
    # EUR-Lex 62021CJ0700, the judgment in C-700/21 O. G., MT
    (
        "Choose the experimental features you want to try\n\nThis document is an excerpt from "
        "the EUR-Lex website\n\nDocument 62021CJ0700\n\n    Sentenza tal-Qorti tal-Ġustizzja "
        "(Awla Manja) tas-6 ta’ Ġunju 2023.\n    O. G.\n",
        dt.date(2023, 6, 6),
    ),
]


@pytest.mark.parametrize(("head", "date"), HEADS)
def test_the_head_date_in_words_is_read(head: str, date: dt.date) -> None:
    own = head_date(head[:HEAD])
    assert own is not None
    assert (own.year, own.date) == (date.year, date)
    assert str(date.year) in head[own.line_start : own.line_end]


def test_a_date_before_the_number_of_the_act_it_dates_is_not_the_texts() -> None:
    # Lithuanian writes an act's date before it: the date of the title of a copy of
    # Regulation (EU) No 654/2014 (docplayer.lt, the document's name as its first line) is
    # the act's, not the text's
    head = (
        "2014 m. gegužės 15 d. Europos Parlamento ir Tarybos reglamentas (ES) Nr. 654/2014 dėl "
        "Europos Sąjungos teisių taikyti tarptautines prekybos taisykles\n\nDydis: px\n"
    )
    assert head_date(head) is None
