"""Text as the report page writes it: escaped, and without the control characters HTML
forbids."""

from __future__ import annotations

import html
import re

__all__ = ["html_text"]

#: The control characters HTML does not allow in a page's text (every C0 control but tab,
#: line feed, form feed and carriage return; DEL; the C1 controls).
_FORBIDDEN_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def html_text(text: object, *, quote: bool = True) -> str:
    """``text`` escaped for the page (``quote``: the quotes too, for attributes), each
    control character HTML forbids shown as U+FFFD: a title given with an escape sequence
    (``--title``) or a document with a stray BEL or NUL wrote them raw into the page."""
    escaped = html.escape(str(text), quote=quote)
    return _FORBIDDEN_CONTROLS.sub("\ufffd", escaped)
