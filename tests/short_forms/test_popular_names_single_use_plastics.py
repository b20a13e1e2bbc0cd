"""Directive (EU) 2019/904 as the Commission's infringement packages name it: 'the
Single-Use Plastic Directive' (the singular) and 'the Directive on Single-Use Plastics'
(September 2022, as pubaffairsbruxelles.eu reproduces it; July 2025 on
malta.representation.ec.europa.eu; pages corpus).  Only 'Single-Use Plastics Directive' was
a name: the sentence after the citation named the Directive and gave nothing."""

from __future__ import annotations

import eurefs

PACKAGE = (
    "Waste: Commission calls on BELGIUM, CROATIA, DENMARK, ESTONIA, FRANCE, IRELAND, "
    "LATVIA, POLAND, PORTUGAL, SLOVENIA and FINLAND to fully transpose the Directive on "
    "Single-Use Plastics\n\nThe Commission is calling on Belgium (INFR(2022)0009) to "
    "transpose fully the Single-Use Plastics Directive (Directive 2019/904) into their "
    "national laws. The Single-Use Plastic Directive aims to prevent and reduce the impact "
    "of certain plastic products that are used for a very short time on the environment."
)


def test_the_commissions_names_of_the_directive() -> None:
    found = [(r.kind, r.text, r.celex) for r in eurefs.extract(PACKAGE)]  # type: ignore[attr-defined]
    assert found == [
        ("short_form", "Directive on Single-Use Plastics", "32019L0904"),
        ("legal_act", "Directive 2019/904", "32019L0904"),
        ("short_form", "Single-Use Plastic Directive", "32019L0904"),
    ]
