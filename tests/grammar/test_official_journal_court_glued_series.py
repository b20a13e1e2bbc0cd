"""The Court's year before the series with the series glued to the issue, as in the other
OJ forms (``OJ L74/13``, ``OJ No. L340, 11.12.91``): ``OJ 1996 L74/13``.

A law firm's note on Commission Directive 96/19/EC (mondaq.com, 'Directive On Full
Competition In The Telecommunications Markets Adopted'; pages corpus): the OJ citation was
nothing.
"""

from __future__ import annotations

import eurefs

NOTE = (
    "On 13 March 1996, the Commission adopted a Directive amending Commission Directive "
    "90/388/EEC regarding the implementation of full competition in telecommunications "
    "markets (Directive 96/19/EC; OJ 1996 L74/13). The Directive is based on Article 90(3) "
    "of the EC Treaty"
)


def test_the_series_glued_to_the_issue_after_the_year() -> None:
    (oj,) = [r for r in eurefs.extract(NOTE) if r.kind == "oj"]
    assert oj.text == "OJ 1996 L74/13"
    assert (oj.series, oj.issue, oj.year, oj.page) == ("L", "74", 1996, 13)  # type: ignore[attr-defined]
    # the same citation with the blank was read already, as it is
    spaced = eurefs.extract(NOTE.replace("L74/13", "L 74/13"))
    (oj2,) = [r for r in spaced if r.kind == "oj"]
    assert (oj2.series, oj2.issue, oj2.year, oj2.page) == ("L", "74", 1996, 13)  # type: ignore[attr-defined]
    assert oj.cellar_ids == oj2.cellar_ids  # type: ignore[attr-defined]
