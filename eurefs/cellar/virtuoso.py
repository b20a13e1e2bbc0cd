"""How a SPARQL answer says the query was not answered in full (Virtuoso's signals).

Cellar's SPARQL endpoint is OpenLink Virtuoso.  It refuses a query it finds too costly
with an error answer, and it may also answer a query only in part with HTTP 200.  Either
way the batch of identifiers behind the query must be asked again in smaller parts
(:class:`~eurefs.cellar.http.QueryTooExpensive`), never read as a full answer.
"""

from __future__ import annotations

from eurefs.cellar.transport import Answer

__all__ = ["EXPENSIVE_MARKERS", "cut_short", "too_expensive"]

#: Lower-cased fragments of Virtuoso answers that mean "this query costs too much".
EXPENSIVE_MARKERS = (
    "estimated execution time",
    "exceeds the limit",
    "too expensive",
    "transaction timed out",
    "sr171",
)


def too_expensive(answer: Answer) -> bool:
    """Whether an error answer refuses the query as too costly (or is a gateway's 504)."""
    if answer.status == 504:
        return True
    if answer.status not in (400, 500):
        return False
    text = answer.body.decode("utf-8", "replace").lower()
    return any(marker in text for marker in EXPENSIVE_MARKERS)


def cut_short(answer: Answer) -> str | None:
    """Why a successful answer is incomplete, by the headers Virtuoso marks it with; None
    for a full one.

    Both seen from Virtuoso 7.2 on loopback: ``X-SPARQL-MaxRows: <n>`` when the result
    reached the endpoint's row cap (``ResultSetMaxRows``: the rows past it are dropped,
    HTTP 200), ``X-SQL-State: S1TAT`` ("Returning incomplete results, query interrupted by
    result timeout") when its anytime timeout stopped the query.  Rows missing from a
    batch are facts missing from its documents, or works "not found".
    """
    if not 200 <= answer.status < 300:
        return None
    cap = answer.headers.get("x-sparql-maxrows")
    if cap is not None:
        return f"it reached the endpoint's cap of {' '.join(cap.split())[:20]} rows"
    if answer.headers.get("x-sql-state", "").strip().upper() == "S1TAT":
        return "the endpoint's time ran out before the query was done"
    return None
