"""A decision numbered number first with neither domain nor marker, the heading of its
document, is a national court's judgment (``eurefs/grammar/national_acts.heading``)."""

from __future__ import annotations

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


def test_a_greek_court_judgment_headed_by_its_number_is_no_eu_decision() -> None:
    # The Greek Council of State's plenary judgment 434/2019 as nomotelia.gr publishes it
    # (photos/File/WWW.434.19.htm; pages corpus): 'ΑΠΟΦΑΣΗ 434/2019' was an EU decision
    # (a legal act without CELEX); the national law it cites stays nothing.
    text = (
        "ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΠΙΚΡΑΤΕΙΑΣ\n\nΟΛΟΜΕΛΕΙΑ\n\nΑΠΟΦΑΣΗ 434/2019\n\n \n\nΣυνεδρίασε "
        "δημόσια στο ακροατήριό του την 1η Ιουνίου 2018, με την εξής σύνθεση: Αθ. Ράντος, "
        "Αντιπρόεδρος, Προεδρεύων, σε αναπλήρωση του υποβαλόντος παραίτηση Προέδρου του "
        "Συμβουλίου της Επικρατείας, σύμφωνα με το άρθρο 26 παρ. 2 του ν. 3719/2008."
    )
    assert _acts(text) == []


def test_an_agreement_body_heads_its_decision_with_the_marker_and_the_body() -> None:
    # the heading EUR-Lex gives such a decision (tests/grammar/test_agreement_bodies_general)
    text = "\n\nΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ\n\n"
    assert _acts(text) == [("ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ", None)]


def test_a_decision_year_first_heading_keeps_its_celex() -> None:
    # UNCONFIRMED (a heading in capitals of an EU decision numbered year first)
    assert _acts("ΑΠΟΦΑΣΗ 2019/434\n\n") == [("ΑΠΟΦΑΣΗ 2019/434", "32019D0434")]
