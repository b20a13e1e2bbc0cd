"""A popular name that names the Commission's proposal, in Polish, Slovenian and Croatian:
in the proposal's own title (``Wniosek ROZPORZĄDZENIE ... (ogólne rozporządzenie o ochronie
danych)``, ``Predlog UREDBA ... (Splošna uredba o varstvu podatkov)``) and right after the
word for the proposal (``zakonodajni predlog za Splošno uredbo o varstvu podatkov``,
``o Prijedlogu opće uredbe o zaštiti podataka``).  Only the English, French and German
records had these words (``proposal_titles``, ``proposal_leads``): the GDPR's name in the
proposal COM(2012) 11 of 2012 was Regulation (EU) 2016/679, a wrong CELEX where none is
right (``short_forms/proposal_names``)."""

from __future__ import annotations

from tests.support.short_form_mentions import popular_names


def test_polish_name_in_the_proposals_title_and_after_it() -> None:
    # COM(2012) 11 final in Polish, as docplayer.pl copies it (pages corpus), shortened
    text = (
        "1 KOMISJA EUROPEJSKA Bruksela, dnia r. COM(2012) 11 final 2012/0011 (COD) Wniosek"
        " ROZPORZĄDZENIE PARLAMENTU EUROPEJSKIEGO I RADY w sprawie ochrony osób fizycznych w"
        " związku z przetwarzaniem danych osobowych i swobodnym przepływem takich danych"
        " (ogólne rozporządzenie o ochronie danych) (Tekst mający znaczenie dla EOG)\n\n"
        "2 UZASADNIENIE 1. KONTEKST WNIOSKU Na proponowane nowe ramy prawne składają się dwa"
        " wnioski ustawodawcze: wniosek dotyczący rozporządzenia Parlamentu Europejskiego i"
        " Rady w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i"
        " swobodnym przepływem takich danych (ogólne rozporządzenie o ochronie danych), oraz"
        " wniosek dotyczący dyrektywy. Niniejsze uzasadnienie dotyczy wniosku ustawodawczego"
        " w sprawie ogólnego rozporządzenia o ochronie danych. Podstawowy dokument, dyrektywa"
        " 95/46/WE 3, został przyjęty w 1995 r."
    )
    assert popular_names(text) == []


def test_polish_name_after_the_proposal_words_alone() -> None:
    # (the same sentence without the title before it: the words right before the name)
    text = (
        "Niniejsze uzasadnienie dotyczy wniosku ustawodawczego w sprawie ogólnego"
        " rozporządzenia o ochronie danych. Dyrektywa 95/46/WE została przyjęta w 1995 r."
    )
    assert popular_names(text) == []


def test_slovenian_name_in_the_proposals_title_and_after_it() -> None:
    # COM(2012) 11 final in Slovenian, EUR-Lex 52012PC0011 (pages corpus), shortened
    text = (
        "Predlog UREDBA EVROPSKEGA PARLAMENTA IN SVETA o varstvu posameznikov pri obdelavi"
        " osebnih podatkov in o prostem pretoku takih podatkov (Splošna uredba o varstvu"
        " podatkov) /* COM/2012/011 final - 2012/0011 (COD) */\n\n"
        "Ta obrazložitveni memorandum se nanaša na zakonodajni predlog za Splošno uredbo o"
        " varstvu podatkov.\n\nOsrednji dokument veljavne zakonodaje EU o varstvu osebnih"
        " podatkov, tj. Direktiva 95/46/ES[3], je bil sprejet leta 1995."
    )
    assert popular_names(text) == []


def test_slovenian_name_after_the_proposal_words_alone() -> None:
    text = (
        "Ta obrazložitveni memorandum se nanaša na zakonodajni predlog za Splošno uredbo o"
        " varstvu podatkov. Direktiva 95/46/ES je bila sprejeta leta 1995, Uredba (EU)"
        " 2016/679 leta 2016."
    )
    assert popular_names(text) == []


def test_croatian_name_after_the_proposal_word_and_the_acts_names_kept() -> None:
    # the Croatian encyclopaedia's article 'Opća uredba o zaštiti podataka', quoting the
    # Council Presidency (enciklopedija.cc; pages corpus), shortened
    text = (
        "Opća uredba o zaštiti podataka (GDPR) (EU) 2016/679 uredba je Europske unije kojom se"
        " regulira zaštita podataka. Glavni su ciljevi GDPR-a vratiti građanima nadzor nad"
        ' njihovim osobnim podacima. Predsjedništvo Vijeća: "Nekoliko djelomičnih općih'
        " pristupa imalo je ključnu ulogu u približavanju mišljenja Vijeća o Prijedlogu opće"
        ' uredbe o zaštiti podataka u cijelosti." Stupanjem GDPR-a na snagu prestaje važiti'
        " Direktiva 95/46/EC."
    )
    assert popular_names(text) == [
        ("Opća uredba o zaštiti podataka", "32016R0679", None),
        ("GDPR", "32016R0679", None),
        ("GDPR", "32016R0679", None),
    ]
