"""A name several acts bear is no popular name: the text alone does not tell which act.

``Transparency Directive`` is said of the issuers' Directive 2004/109/EC, of the state-aid
Directives 80/723/EEC and 2006/111/EC (Commission press releases IP/07/1667 and IP/08/1040,
the Commission's state-aid pages) and of the Single Market Directive 98/34/EC: taken as
2004/109/EC it gave a wrong CELEX in the state-aid texts.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.popular_names import load

# http://europa.eu/rapid/press-release_IP-08-1040_en.htm
IP_08_1040 = (
    "Member States were required to implement Commission Directive 2005/81/EC on financial "
    "transparency in national law by 19 December 2006. This latest amendment to the original "
    "Transparency Directive (80/723/EEC) modified the definition of undertakings required to "
    "keep separate accounts. In reaction to the Commission's infringement procedures, the four "
    "Member States have recently amended their respective national laws and have now fully "
    "implemented the Transparency Directive."
)
# https://competition-policy.ec.europa.eu/state-aid/legislation/transparency-public-undertakings_en
STATE_AID_PAGE = (
    "Commission Directive 2006/111/EC of 16 November 2006 on the transparency of financial "
    "relations between Member States and public undertakings as well as on financial "
    "transparency within certain undertakings (OJ L 318, 17.11.2006, p. 17). In order to "
    "ensure the application of the provisions of Article 106 of the Treaty, the Commission "
    "must have the necessary information. The Transparency Directive defines the conditions."
)


@pytest.mark.parametrize("text", [IP_08_1040, STATE_AID_PAGE])
def test_the_transparency_directive_of_state_aid_texts_is_no_issuers_directive(
    text: str,
) -> None:
    refs = eurefs.extract(text)
    assert "32004L0109" not in {r.celex for r in refs}
    assert [r for r in refs if r.kind == "short_form"] == []


def test_the_acts_cited_by_number_are_still_found() -> None:
    celexes = [r.celex for r in eurefs.extract(IP_08_1040) if r.kind == "legal_act"]
    assert celexes == ["32005L0081", "31980L0723"]
    refs = eurefs.extract("Directive 2004/109/EC (Transparency Directive), Art. 4(7)")
    assert [(r.kind, r.celex) for r in refs] == [("legal_act", "32004L0109")]


def test_a_longer_name_holding_it_is_still_a_popular_name() -> None:
    refs = eurefs.extract("Employers must report under the Pay Transparency Directive.")
    assert [(r.text, r.celex) for r in refs] == [("Pay Transparency Directive", "32023L0970")]


def test_the_name_is_not_in_the_data_file() -> None:
    names = {n for e in load() for names in e.names.values() for n in names}
    assert "Transparency Directive" not in names
