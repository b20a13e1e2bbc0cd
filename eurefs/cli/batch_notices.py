"""What ``eurefs extract`` says of a document of a batch besides its references: the
reader's warnings and notes, and its error; each is a line on stderr and a record of the
output, so that neither is lost when only one of the two is kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from eurefs.cli.errors import EXIT_USAGE, RunStatus, say

if TYPE_CHECKING:
    from eurefs.parallel import DocumentReferences

#: The fields of these records: each names the one column CSV and table output give it
#: (``error`` the last, as it was before the others came).
NOTICE_FIELDS = ("warning", "note", "error")
#: Those the table shows only when a document of the batch has one.
RARE_NOTICE_FIELDS = ("warning", "note")


def notice_records(
    result: DocumentReferences[Any], status: RunStatus, *, flat: bool
) -> Iterator[dict[str, Any]]:
    """The records of ``result``'s warnings, notes and error, said on stderr as they are
    made: ``{"doc", "warning", "message"}`` (the warning's class and its message),
    ``{"doc", "note"}``, ``{"doc", "error", "message"}``; when ``flat`` (CSV, the
    table), one cell for each, ``CharsetWarning: message``."""
    doc = result.doc
    for warning in result.warnings:
        say(f"warning: {doc}: {warning.message}")
        if flat:
            yield {"doc": doc, "warning": f"{warning.category}: {warning.message}"}
        else:
            yield {"doc": doc, "warning": warning.category, "message": warning.message}
    for note in result.notes:
        say(f"{doc}: {note}")
        yield {"doc": doc, "note": note}
    if result.error is not None:
        status.failed(EXIT_USAGE)
        say(f"error: {result.message}")
        if flat:
            yield {"doc": doc, "error": f"{result.error}: {result.message}"}
        else:
            yield {"doc": doc, "error": result.error, "message": result.message}


def is_notice(record: dict[str, Any]) -> bool:
    """Whether ``record`` is one of :func:`notice_records` (kept whole by ``--fields``:
    it says which file and what)."""
    return any(field in record for field in NOTICE_FIELDS)
