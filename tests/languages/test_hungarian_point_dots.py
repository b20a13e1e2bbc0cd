"""A point's letter with a dot before its bracket after a Hungarian act (``c.) pontját``), as
the Kúria writes it (``grammar/after_pinpoint_patterns``)."""

from __future__ import annotations

import eurefs

# The order for a reference in Kfv.II.37.660/2022/13 (kuria-birosag.hu; pages corpus), as
# quoted in the Hungarian record's sources.
_KURIA = (
    "2016.április 27-i 2016/679 rendelet (továbbiakban: GDPR) 14.cikk (5) bekezdés c.) "
    "pontját – a GDPR 14.cikk (1) bekezdésére"
)


def test_a_point_with_a_dot_before_its_bracket() -> None:
    """Before, the pinpoint ended at ``(5) bekezdés``."""
    (act,) = eurefs.extract(_KURIA, kinds=["legal_act"])
    assert (act.celex, act.pinpoint) == (  # type: ignore[attr-defined]
        "32016R0679",
        "14.cikk (5) bekezdés c.) pontját",
    )
