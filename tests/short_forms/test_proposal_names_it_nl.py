"""A popular name right after the words for a proposal, in Italian and Dutch: ``la proposta
di regolamento generale sulla protezione dei dati``, ``het wetgevingsvoorstel voor een
algemene verordening gegevensbescherming`` (the Commission's explanatory memorandum of the
GDPR's proposal, COM(2012) 11 final, EUR-Lex 52012PC0011 in Italian and Dutch; pages
corpus).  The two records had the words of a proposal's title, not those before a name
(``proposal_leads``): the sentence alone gave Regulation (EU) 2016/679 for the proposal of
2012.  (In the whole memorandum the title before it already told the proposal:
``proposal_titles``.)"""

from __future__ import annotations

from tests.support.short_form_mentions import popular_names


def test_italian_name_after_proposta_di() -> None:
    text = (
        "La presente relazione riguarda la proposta di regolamento generale sulla protezione"
        " dei dati.\n\nLa direttiva 95/46/CE – pietra angolare nell’impianto della vigente"
        " normativa dell’UE in materia di protezione dei dati personali – è stata adottata"
        " nel 1995 con due obiettivi."
    )
    assert popular_names(text) == []


def test_dutch_name_after_wetgevingsvoorstel_voor_een() -> None:
    text = (
        "Deze toelichting heeft betrekking op het wetgevingsvoorstel voor een algemene"
        " verordening gegevensbescherming.\n\nRichtlijn 95/46/EG, de hoeksteen van de huidige"
        " EU-wetgeving inzake persoonsgegevensbescherming, werd in 1995 vastgesteld."
    )
    assert popular_names(text) == []


def test_the_acts_name_elsewhere_stays() -> None:
    # (no proposal's words before it: 'De AVG en transparantie', a commentary on
    # openrecht.nl; pages corpus)
    text = (
        "Daarna worden de onderdelen uit de Algemene verordening gegevensbescherming (AVG)"
        " uitgelicht met betrekking tot transparantie."
    )
    assert popular_names(text) == [("Algemene verordening gegevensbescherming", "32016R0679", None)]
