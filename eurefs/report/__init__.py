"""A report for people: the texts with references highlighted, the works cited, a chart.

    from eurefs.report import report_html
    page = report_html([("letter.txt", text)])                 # extracts the references
    page = report_html([("letter.txt", text)], resolver=Resolver())  # adds titles, dates...
    open("report.html", "w", encoding="utf-8").write(page)

The page is one self-contained HTML file: no external script, style sheet,
font or image (a Content-Security-Policy in the page forbids them), usable
with the keyboard, and readable when printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eurefs.report.model import ReportInput, WorkRow, resolve_rows, work_rows
from eurefs.report.render import render_report

if TYPE_CHECKING:
    from eurefs.resolver import Resolver

__all__ = ["ReportInput", "WorkRow", "report_html", "resolve_rows", "work_rows"]


def report_html(
    inputs: Sequence[ReportInput | tuple[str, str]],
    *,
    resolver: Resolver | None = None,
    title: str = "EU references report",
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """The report page for the inputs.

    Args:
        inputs: :class:`ReportInput` objects, or ``(name, text)`` pairs whose
            references are extracted here.
        resolver: When given, every work is resolved once (in batches) and the
            table shows its title, date, type and in-force status.
        title: The page title.
        progress: Called as ``progress(done, total)`` while works are resolved.
    """
    docs: list[ReportInput] = []
    for item in inputs:
        if isinstance(item, ReportInput):
            docs.append(item)
        else:
            from eurefs.scanner import extract

            name, text = item
            docs.append(ReportInput(name, text, list(extract(text))))
    rows = work_rows(docs)
    if resolver is not None:
        resolve_rows(rows, resolver, progress)
    return render_report(docs, rows, resolved=resolver is not None, title=title)
