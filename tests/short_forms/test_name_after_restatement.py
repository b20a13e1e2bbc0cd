"""A popular name after a comma and a word that restates the act just cited (Greek
``δηλαδή``, 'that is'), past the act's title: a mention of its own, no longer read as part
of the title (``back_references.title_restatements``, ``short_forms/walk.in_own_title``)."""

from __future__ import annotations

import eurefs

# consul.gr, 'Τι είναι ο ΓΚΠΔ (GDPR)' (pages corpus), its first sentence, shortened
_CONSUL = (
    "Ο Κανονισμός (ΕΕ) 2016/679 του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου, της 27ης"
    " Απριλίου 2016, για την προστασία των φυσικών προσώπων έναντι της επεξεργασίας των"
    " δεδομένων προσωπικού χαρακτήρα και για την ελεύθερη κυκλοφορία των δεδομένων αυτών,"
    " δηλαδή ο νέος Γενικός Κανονισμός για την Προστασία Δεδομένων (ΓΚΠΔ) της Ευρωπαϊκής"
    " Ένωσης (ΕΕ) ή όπως αποκαλείται στην Αγγλική Γλώσσα General Data Protection Regulation"
    " (GDPR) , ρυθμίζει την επεξεργασία από Άτομο, Εταιρεία ή Οργανισμό των δεδομένων"
    " προσωπικού χαρακτήρα που αφορούν άτομα στην ΕΕ."
)


def test_greek_name_after_that_is() -> None:
    """Before, the name was read as part of the regulation's title: nothing."""
    found = [
        (r.kind, r.text, r.celex)
        for r in eurefs.extract(_CONSUL)
        if r.kind in ("legal_act", "short_form")
    ]
    assert found == [
        ("legal_act", "Κανονισμός (ΕΕ) 2016/679", "32016R0679"),
        ("short_form", "Γενικός Κανονισμός για την Προστασία Δεδομένων", "32016R0679"),
    ]


def test_name_in_the_title_stays_out() -> None:
    # the same sentence without the restating word: the name goes on the title, as before
    text = _CONSUL.replace(" δηλαδή ο νέος ", " ο νέος ")
    assert [r.kind for r in eurefs.extract(text)] == ["legal_act"]
