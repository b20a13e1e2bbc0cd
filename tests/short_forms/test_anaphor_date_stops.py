"""A date's stop ends no sentence when an anaphor's antecedent is weighed
(``short_forms/anaphors.MentionLog._sentence_start``, ``short_forms/common.date_stops``):
German titles write ``vom 16. Februar 2011`` between an act and the act it amends or
carries out, and the stop before the month's capital was read as a sentence's end, so the
act the title names last was taken for the anaphor's sure antecedent."""

from __future__ import annotations

import pytest

from eurefs.short_forms.common import SENTENCE_BOUNDARY, date_stops
from tests.support.short_form_mentions import anaphor_targets as anaphors


@pytest.mark.parametrize(
    "text",
    [
        # a compliance wiki's page on Regulation (EU) No 181/2011, whose "Diese Verordnung"
        # is that regulation, not the one its title amends
        # (eco-compliance-alexandrina.atlassian.net/wiki/spaces/recht/pages/2816369)
        "Verordnung (EU) Nr. 181/2011 des Europäischen Parlaments und des Rates vom "
        "16. Februar 2011 über die Fahrgastrechte im Kraftomnibusverkehr und zur Änderung "
        "der Verordnung (EG) Nr. 2006/2004\n\nKerninhalte\n\nDiese Verordnung legt "
        "Vorschriften für den Kraftomnibusverkehr fest.",
        # Regulation (EU) No 578/2010, recital 1 (gesetze.legal/eu/vo_eu_2010_578/praeambel):
        # "die genannte Verordnung" is 1043/2005, replaced, not 3448/93, which it carried out
        "in Erwägung nachstehender Gründe:\n\n(1)\nDie Verordnung (EG) Nr. 1043/2005 der "
        "Kommission vom 30. Juni 2005 zur Durchführung der Verordnung (EG) Nr. 3448/93 des "
        "Rates im Hinblick auf die Gewährung von Ausfuhrerstattungen(2) ist wiederholt in "
        "wesentlichen Punkten geändert worden. Da nunmehr erneute Änderungen anstehen, ist "
        "es angezeigt, die genannte Verordnung durch eine neue Verordnung zu ersetzen.",
    ],
)
def test_an_act_named_in_a_dated_title_is_no_sure_antecedent(text: str) -> None:
    found = anaphors(text)
    assert len(found) <= 1
    assert all(celex is None for _, celex in found)


def test_the_anaphor_still_finds_the_only_act_before_a_date() -> None:
    text = (
        "Die Verordnung (EG) Nr. 1043/2005 der Kommission vom 30. Juni 2005 ist wiederholt "
        "geändert worden. Es ist angezeigt, die genannte Verordnung zu ersetzen."
    )
    assert anaphors(text) == [("die genannte Verordnung", "32005R1043")]


def test_a_date_stop_is_the_stop_before_a_month() -> None:
    stops = date_stops("de")
    assert stops is not None
    text = "vom 16. Februar 2011 und vom 1. Jänner 2000, Artikel 5. Die Verordnung"
    ends = [m.start() for m in SENTENCE_BOUNDARY.finditer(text)]
    assert [stops.match(text, e) is not None for e in ends] == [True, True, False]
    assert date_stops("en") is None  # (``16 February 2011``: no stop)
