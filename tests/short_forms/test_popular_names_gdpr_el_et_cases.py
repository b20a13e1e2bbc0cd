"""The GDPR's names as Greek and Estonian texts write them beside the forms listed before:
Estonian in the allative, elative, inessive and comitative (``vastavalt isikuandmete kaitse
üldmäärusele``, ``lähtub ... üldmäärusest``, ``on määratletud ... üldmääruses``,
``kooskõlas ... üldmäärusega``), only the nominative, genitive and partitive being listed;
Greek in small letters with ``γενικός``, as EUR-Lex's own summary of the regulation writes
it, and with the article before ``Δεδομένων``, as the Greek Wikipedia titles it.  Each was
nothing (``eurefs/data/popular_names.json``)."""

from __future__ import annotations

from tests.support.short_form_mentions import popular_names

GDPR = "32016R0679"


def test_estonian_cases_of_the_name() -> None:
    # Estonian privacy notices and documentation in public repositories (find_string
    # 'isikuandmete kaitse üldmääruse'), one sentence of each
    text = (
        "NAVIK OÜ rakendab asjakohaseid meetmeid teie isikuandmete kaitsmiseks vastavalt"
        " isikuandmete kaitse üldmäärusele (GDPR) ja teistele asjakohastele õigusaktidele.\n\n"
        "1.3 Privaatsuspoliitika lähtub Euroopa Liidu isikuandmete kaitse üldmäärusest (GDPR)"
        " ja muudest isikuandmete kaitse õigusaktidest.\n\n"
        "Kuna see funktsioon kasutab automatiseeritud vahendeid, on tal võimalus kasutada"
        " profileerimismeetodina, kuna see mõiste on määratletud isikuandmete kaitse"
        " üldmääruses (GDPR).\n\n"
        "Töötleme andmeid kooskõlas EL isikuandmete kaitse üldmäärusega (GDPR) ja Eesti"
        " Vabariigi õigusaktidega."
    )
    assert popular_names(text) == [
        ("isikuandmete kaitse üldmäärusele", GDPR, None),
        ("isikuandmete kaitse üldmäärusest", GDPR, None),
        ("isikuandmete kaitse üldmääruses", GDPR, None),
        ("isikuandmete kaitse üldmäärusega", GDPR, None),
    ]


def test_greek_name_in_small_letters_as_eurlex_summarises_it() -> None:
    # EUR-Lex's summary of Regulation (EU) 2016/679 in Greek (LSU; pages corpus), shortened
    text = (
        "Γενικός κανονισμός για την προστασία δεδομένων (ΓΚΠΔ)\n\n"
        "ΣΥΝΟΨΗ ΤΟΥ ΑΚΟΛΟΥΘΟΥ ΚΕΙΜΕΝΟΥ:\n\n"
        "Κανονισμός (EΕ) 2016/679 για την προστασία των φυσικών προσώπων έναντι της"
        " επεξεργασίας των δεδομένων προσωπικού χαρακτήρα\n\n"
        "ΠΟΙΟΣ ΕΙΝΑΙ Ο ΣΚΟΠΟΣ ΤΟΥ ΚΑΝΟΝΙΣΜΟΥ;\n\n"
        " • Ο γενικός κανονισμός για την προστασία δεδομένων (ΓΚΠΔ) προστατεύει τα φυσικά"
        " πρόσωπα όταν τα δεδομένα τους υπόκεινται σε επεξεργασία."
    )
    assert popular_names(text) == [
        ("Γενικός κανονισμός για την προστασία δεδομένων", GDPR, None),
        ("γενικός κανονισμός για την προστασία δεδομένων", GDPR, None),
    ]


def test_greek_name_with_the_article_and_its_number() -> None:
    # the Greek Wikipedia's article on the regulation (el.wikipedia.org; pages corpus)
    text = (
        "Ο Γενικός Κανονισμός για την Προστασία των Δεδομένων (ΕΕ) 2016/679 ( ΓΚΠΔ )"
        " (αγγλικά:General Data Protection Regulation, GDPR) είναι ένας κανονισμός στην"
        " νομοθεσία της ΕΕ για την προστασία των δεδομένων."
    )
    assert popular_names(text)[0] == (
        "Γενικός Κανονισμός για την Προστασία των Δεδομένων (ΕΕ) 2016/679",
        GDPR,
        None,
    )


def test_greek_small_letter_name_without_general_stays_out() -> None:
    # (it starts other titles: only with 'γενικός' is it the GDPR's)
    assert popular_names("Ο κανονισμός για την προστασία δεδομένων της ΕΕ ισχύει.") == []
