"""Checks the Official Journal tests share."""

from __future__ import annotations

import datetime as dt

import eurefs
from eurefs.models.references import OjRef, Reference


def assert_oj_reads(
    ref: Reference,
    span: str,
    lang: str,
    series: str | None,
    issue: str,
    when: dt.date | int | None,
    page: int | None,
    last: int | None,
) -> None:
    """``ref`` is the OJ citation ``span`` in ``lang``: its series, issue, date (``when``, or
    its year alone), first and last page, no CELEX; its normal form parses back to them."""
    date = when if isinstance(when, dt.date) else None
    year = when.year if isinstance(when, dt.date) else when
    assert isinstance(ref, OjRef)
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.year, ref.page) == (
        span, lang, series, issue, date, year, page,
    )  # fmt: skip
    assert (ref.last_page, ref.celex) == (last, None)
    again = eurefs.parse(ref.normalized)
    assert isinstance(again, OjRef)
    assert (again.series, again.issue, again.year, again.page, again.date) == (
        series, issue, year, page, date,
    )  # fmt: skip
