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
    """The progress bar (:class:`~eurefs.cli.progress.ProgressBar`) over a text's
    characters, after each chunk.

    Each call also flushes stdout, so a pipe receives every chunk's records as soon as
    it is scanned.
    """

    def __init__(self, label: str, total: int) -> None:
        from eurefs.cli.progress import ProgressBar

        self.bar = ProgressBar(label, at_least=PROGRESS_ABOVE, scale=1_000_000, unit=" MB")

    def __call__(self, done: int, total: int) -> None:
        sys.stdout.flush()
        self.bar(done, total)


def document_references(
    doc: Any, kinds: list[str] | None, short_forms: bool, label: str
) -> Iterator[Reference]:
    """The references of one document (a ``DocumentText``), chunk by chunk where they can be."""
    from eurefs import chunked

    progress = TextProgress(label, len(doc.text))
    return chunked.iter_extract_light(
        doc, kinds=kinds, short_forms=short_forms, chunk_size=chunked.CHUNK_SIZE, progress=progress
    )
