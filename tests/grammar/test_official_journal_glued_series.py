"""An Official Journal citation in the Court's form without a date, its series glued to
the issue (``eurefs/grammar/official_journal.py``), as copies that lose the no-break space
write it: ``(DO L364, p.7; en lo sucesivo, «Reglamento»)`` (the Court's judgment in
C-288/02, Commission v Greece, as juristeca.com reproduces it; pages corpus)."""

from __future__ import annotations

import pytest

from eurefs.models import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj")


_C_288_02 = (
    "del Reglamento (CEE) nº3577/92 del Consejo, de 7 de diciembre de 1992, por el que se "
    "aplica el principio de libre prestación de servicios a los transportes marítimos dentro "
    "de los Estados miembros (cabotaje marítimo) (DO L364, p.7; en lo sucesivo, «Reglamento»)"
)


@pytest.mark.parametrize(
    ("text", "span", "issue", "page"),
    [
        (_C_288_02, "DO L364, p.7", "364", 7),
        # as with the blank (unchanged)
        ("(DO L 364, p.7; en lo sucesivo", "DO L 364, p.7", "364", 7),
    ],
)
def test_glued_series_without_date(text: str, span: str, issue: str, page: int) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.series, ref.issue, ref.page) == (span, "L", issue, page)


def test_glued_letter_without_journal_is_none() -> None:
    # the series is read only after a journal's name
    assert _oj("see L364, p. 7") == []
