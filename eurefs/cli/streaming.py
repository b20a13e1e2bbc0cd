"""``eurefs extract`` on one large document: records printed as each chunk is scanned.

References, short forms included, are found chunk by chunk
(:func:`eurefs.iter_extract`), so the first JSON Lines or CSV records of a 20 MB
text appear after a fraction of a second and a progress bar runs on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eurefs.models.light import Reference

#: Texts shorter than this get no progress bar: they take well under a second.
PROGRESS_ABOVE = 2_000_000


class TextProgress:
    """A progress bar over a text's characters on stderr, after each chunk.

    Shown only when stderr is a terminal and stdout is not (records written to
    the same terminal would break the bar's line).  Each call also flushes
    stdout, so a pipe receives every chunk's records as soon as it is scanned.
    """

    def __init__(self, label: str, total: int) -> None:
        self.label = label
        self.enabled = total >= PROGRESS_ABOVE and sys.stderr.isatty() and not sys.stdout.isatty()

    def __call__(self, done: int, total: int) -> None:
        sys.stdout.flush()
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / total) if total else width
        bar = f"{'#' * filled}{'.' * (width - filled)}"
        line = f"\r{self.label}: [{bar}] {done / 1e6:.1f}/{total / 1e6:.1f} MB"
        sys.stderr.write(line)
        if done >= total:
            sys.stderr.write("\r" + " " * len(line) + "\r")
        sys.stderr.flush()


def document_references(
    doc: Any, kinds: list[str] | None, short_forms: bool, label: str
) -> Iterator[Reference]:
    """The references of one document (a ``DocumentText``), chunk by chunk where they can be."""
    from eurefs import chunked

    progress = TextProgress(label, len(doc.text))
    return chunked.iter_extract_light(
        doc, kinds=kinds, short_forms=short_forms, chunk_size=chunked.CHUNK_SIZE, progress=progress
    )
