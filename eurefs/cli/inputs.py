"""Reading the documents named on the command line (files or ``-`` for stdin)."""

from __future__ import annotations

import sys

from eurefs.errors import ReadError
from eurefs.readers import INPUT_FORMATS, read_document
from eurefs.text import DocumentText

INPUT_FORMAT_HELP = (
    f"read inputs as this format instead of sniffing their content: {', '.join(INPUT_FORMATS)}"
)
ENCODING_HELP = (
    "encoding of text inputs (default utf-8, or utf-16/utf-32 with a byte-order mark; "
    "e.g. cp1252, iso-8859-2, utf-16-le)"
)


class PageProgress:
    """A one-line page counter on stderr while a long PDF is read (only on a terminal)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < 20:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{self.label}: [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\r" + " " * (len(self.label) + width + 16) + "\r")
        sys.stderr.flush()


def read_input(
    path: str, input_format: str | None = None, encoding: str | None = None
) -> DocumentText:
    """Read one document given on the command line; ``-`` reads stdin.

    ``encoding`` applies to text inputs only (other formats say their own).

    Raises:
        ReadError: when it cannot be read (the message names the file and the reason).
    """
    if path == "-":
        try:
            data = sys.stdin.buffer.read()
        except OSError as exc:
            raise ReadError(f"cannot read ({exc})", "stdin") from None
        return read_document(data, input_format=input_format, name="stdin", encoding=encoding)
    return read_document(
        path, input_format=input_format, encoding=encoding, progress=PageProgress(path)
    )
