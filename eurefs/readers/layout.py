"""Layout clean-up for paged text: running heads, hyphenation, ligatures.

Works on plain data (pages of lines of segments), so it is tested without PDFs:

* **Running headers and footers.**  A margin segment (top or bottom band of the
  page) that repeats on at least half of the pages, with at most two of its numbers
  changing (the page number, a date), is taken out of the lines: ``5419/16 AV/NT/sr 3``
  or ``4.5.2016 L 119/3 EN`` would otherwise land inside sentences and references.
  Each is kept once, as a paragraph of its own, where it interrupts no sentence, as the
  Word reader keeps them: the headers before the text of the first page, the footers
  after the text of the last page (pages with text); the ELI in the footer of an
  Official Journal act (``ELI: http://data.europa.eu/eli/reg/2024/1689/oj 1/144``) is
  the act's own.
  A footnote in the bottom band is kept: its numbers change everywhere.
* **Hyphenation.**  ``pro-\\ncessing`` becomes ``processing`` (lower-case letters on
  both sides); ``2000/31/\\nEC`` becomes ``2000/31/EC``; at the foot of a page too, and
  across the page's footnotes (``eurefs.readers.pagejoin``).
* **Official Journal heads inside lines.**  Where a PDF's text layer has lost its
  layout (re-processed copies), the OJ running head ``4.5.2016 L 119/3 EN`` sits
  inside the text; it is removed where that form repeats on half of the pages.
* **Ligatures** (``ﬁ``, ``ﬃ`` ...) become their letters: ``Oﬃcial`` -> ``Official``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import NamedTuple

from eurefs.data.journal import UNION_JOURNAL_NAME, names_source
from eurefs.data.ligatures import LIGATURES
from eurefs.readers.pagejoin import join_across_pages


class Segment(NamedTuple):
    """Text of one line, all in one band: ``top``, ``bottom`` or ``""`` (the body).

    A line is a list of segments; an empty line (``[]``) is a paragraph break.
    """

    text: str
    band: str


Line = list[Segment]
PageLines = list[Line]

#: The ligatures spelt out (``eurefs.data.ligatures``), and the Dutch IJ (U+0132, U+0133),
#: one glyph in some PDF fonts.
_SPELT_OUT = str.maketrans({**LIGATURES, "\u0132": "IJ", "\u0133": "ij"})
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# Soft hyphen, PDFium's end-of-line hyphen (U+0002) or a hyphen, between lower-case letters.
# (each led by its first character, the look-behind after it: led by a look-behind, ``re``
# enters a pattern at every character of each page, ~25 ms a MB of text each)
_HYPHEN_BREAK = re.compile(r"[-\u00ad\x02](?<=[^\W\d_][-\u00ad\x02])[ \t]*\n(?=[a-zß-ÿ])")
_SLASH_BREAK = re.compile(r"/(?<=\d/)[ \t]*\n(?=[A-Za-z0-9])")  # (the slash put back)
_SOFT_JOIN = re.compile(r"\x02(?<=[^\W\d_]\x02)(?=[a-zß-ÿ])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufeff]")
#: A running line may change in this many of its numbers (page number, date ...).
MAX_CHANGING_NUMBERS = 2


def _key(text: str) -> str:
    return _DIGITS.sub("0", _SPACES.sub(" ", text).strip())


def running_keys(pages: list[PageLines]) -> set[str]:
    """Keys of the margin segments that repeat across pages (headers and footers)."""
    if len(pages) < 2:
        return set()
    seen: dict[str, dict[int, tuple[str, ...]]] = defaultdict(dict)
    for number, lines in enumerate(pages):
        for line in lines:
            for seg in line:
                key = _key(seg.text)
                if seg.band and key and len(key) <= 120:
                    seen[key].setdefault(number, tuple(_DIGITS.findall(seg.text)))
    needed = max(2, math.ceil(0.5 * len(pages)))
    keys = set()
    for key, found in seen.items():
        if len(found) < needed:
            continue
        values = list(found.values())
        changing = sum(1 for column in zip(*values, strict=False) if len(set(column)) > 1)
        if changing <= MAX_CHANGING_NUMBERS:
            keys.add(key)
    return keys


def clean_page_text(text: str) -> str:
    """Join hyphenated words and split numbers, expand ligatures, drop control characters."""
    text = _HYPHEN_BREAK.sub("", text)
    text = _SLASH_BREAK.sub("/", text)
    # PDFium marks a hyphen at a line end with U+0002 and joins the lines itself.
    text = _SOFT_JOIN.sub("", text).replace("\x02", "-")
    text = _CONTROL.sub("", text.translate(_SPELT_OUT))
    return text


def _page_text(lines: PageLines, running: set[str], heads: dict[str, Segment]) -> str:
    """The body of a page, its running heads out of the lines and put into ``heads``."""
    out: list[str] = []
    for line in lines:
        if not line:  # a paragraph break: one blank line, never two, none at the top
            if out and out[-1]:
                out.append("")
            continue
        current: list[str] = []
        for seg in line:
            key = _key(seg.text) if seg.band else ""
            if key in running:
                heads.setdefault(key, seg)
                if "".join(current).strip():
                    out.append("".join(current))
                current = []
                continue
            current.append(seg.text)
        if "".join(current).strip():
            out.append("".join(current))
    while out and not out[-1]:
        out.pop()
    text = "\n".join(part.strip() for part in out)
    return clean_page_text(text) + "\n" if text else ""


def _heads_kept(pages: list[str], found: list[dict[str, Segment]]) -> None:
    """Each running head once (``found``: those of each page), a paragraph of its own: the
    headers as they first ran, before the text of the first page with text; the footers as
    they last ran, after the text of the last page with text (the page with the last
    number).  There they interrupt no sentence that runs on from one page to the next."""
    with_text = [n for n, text in enumerate(pages) if text]
    if not with_text:  # a scan: no text layer, heads or not
        return
    top: dict[str, str] = {}
    foot: dict[str, str] = {}
    for n in with_text:
        for key, seg in found[n].items():
            if seg.band == "top":
                top.setdefault(key, seg.text)
            else:
                foot[key] = seg.text
    first, last = with_text[0], with_text[-1]
    pages[first] = "".join(f"{clean_page_text(t.strip())}\n\n" for t in top.values()) + pages[first]
    pages[last] += "".join(f"\n{clean_page_text(t.strip())}\n" for t in foot.values())


# The OJ's running head: the date, the edition's language, the journal's name as
# the heads print it since 2003 (``eurefs.data.journal``), the series and the number.
_OJ_HEAD = re.compile(
    r"[0-9](?<![\w/.][0-9])[0-9]?\.[0-9]{1,2}\.[0-9]{4}[ \n](?:[A-Z]{2}[ \n])?(?:"
    + names_source((UNION_JOURNAL_NAME,), r"[ \n]")
    + r"[ \n])?[LC][ \n][0-9]{1,4}(?:[ \n]?[A-Z])?/[0-9]{1,4}(?:[ \n][A-Z]{2}(?![a-z]))?"
)


def _drop_inline_oj_heads(texts: list[str]) -> None:
    """Remove OJ running heads that sit inside lines, when they repeat across pages."""
    if len(texts) < 2:
        return
    found = [{_key(m.group(0)) for m in _OJ_HEAD.finditer(text)} for text in texts]
    counts: dict[str, int] = defaultdict(int)
    for keys in found:
        for key in keys:
            counts[key] += 1
    needed = max(2, math.ceil(0.5 * len(texts)))
    heads = {key for key, n in counts.items() if n >= needed}
    if not heads:
        return
    for k, text in enumerate(texts):
        if found[k] & heads:
            texts[k] = _OJ_HEAD.sub(lambda m: "" if _key(m.group(0)) in heads else m.group(0), text)
            texts[k] = re.sub(r"[ \t]{2,}", " ", texts[k])


def assemble_pages(pages: list[PageLines]) -> list[str]:
    """The text of each page, running heads out of the lines (each kept once) and lines cleaned."""
    running = running_keys(pages)
    found: list[dict[str, Segment]] = [{} for _ in pages]
    texts = [_page_text(lines, running, heads) for lines, heads in zip(pages, found, strict=True)]
    _drop_inline_oj_heads(texts)
    join_across_pages(texts)
    _heads_kept(texts, found)
    return texts
