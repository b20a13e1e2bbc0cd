"""The Latin ligatures of Unicode's Alphabetic Presentation Forms (U+FB00-U+FB06) and the
letters each stands for: one table for the PDF reader, which spells them out
(``eurefs.readers.layout``), and the view, which folds them (``eurefs.textview``).

A PDF's text layer gives a ligature glyph as one character (``Oﬃcial``); no word of the
grammar is written with one.  Each maps to its compatibility decomposition, as NFKC
normalizes it: ``ﬅ`` (U+FB05, LATIN SMALL LIGATURE LONG S T: long s and t) to ``st`` like
``ﬆ`` (U+FB06), a long s being an s.
"""

from __future__ import annotations

#: Ligature -> its letters.
LIGATURES: dict[str, str] = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}  # fmt: skip
