"""The parts of a Word (.docx) file, each read with a hard size limit, and all of them too.

A .docx file is a zip of XML parts, and the sizes a zip declares can lie: each part is
read up to :data:`MAX_PART_BYTES` (past 1 MiB at a ratio over :data:`MAX_RATIO`, refused
before it is inflated), and the parts read together are held to as much, or
:data:`MAX_RATIO` times the file's size: the sections of a document may name any number
of headers and footers, each read.  A .docx of 284 KB whose 100 sections name 100 headers
of just under 1 MiB each (about 2.8 KB each compressed) made 104 MB of text, 430 MB to
read; extracting its references had run 10 minutes (545 MB) unfinished.  The real Word
documents of the tests read 6.9 and 17.9 times their size of XML (the UKSC judgment
[2024] UKSC 36: 1.75 MB from 255 KB; a UK transposition note: 340 KB from 19 KB).

A zip of many entries is refused before its directory is read: :mod:`zipfile` keeps
about 1 KB for each (that note with 300,000 empty entries added, a file of 28 MB, took
2.3 s and 342 MB to open; the limit of a Word file's size would let one take 6 GB).
The entries are counted by the signature that opens each in the directory, which
:mod:`zipfile` checks for every entry it reads (a count the file declares can lie).
"""

from __future__ import annotations

import io
import zipfile

from eurefs.errors import CorruptDocument, UnsafeDocument
from eurefs.readers.limits import MAX_INFLATED_BYTES, MAX_INFLATION_RATIO
from eurefs.readers.safexml import parse_xml

#: Largest XML part read (inflated); real documents are far below it.
MAX_PART_BYTES = MAX_INFLATED_BYTES
#: An inflated/deflated ratio above this, for a part over 1 MiB, is a zip bomb.
MAX_RATIO = MAX_INFLATION_RATIO
#: The most entries a Word file's zip may have: the real ones of the tests have 12 and 38,
#: one for each part and image.
MAX_ENTRIES = 10_000
#: What opens each entry of a zip's central directory.
_ENTRY = b"PK\x01\x02"
#: "Strict Open XML" (ISO/IEC 29500 Strict) names the elements of WordprocessingML in
#: this namespace, the Transitional files in the other.
_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: WordprocessingML's namespace as lxml writes it in a tag (a Strict file's is read as it).
W = "{" + _W.decode() + "}"


class WordPackage(zipfile.ZipFile):
    """A .docx file's zip, whose parts are read by :meth:`part`.

    Args:
        data: The file.
        source: Its name, for the errors.
    """

    def __init__(self, data: bytes, source: str) -> None:
        entries = data.count(_ENTRY)  # (at least as many as the directory holds)
        if entries > MAX_ENTRIES:
            raise UnsafeDocument(
                f"its zip has over {MAX_ENTRIES} entries ({entries}); refused", source
            )
        super().__init__(io.BytesIO(data))
        self.source, self.size = source, len(data)
        #: The bytes the parts read so far inflated to, and how many they may come to.
        self.inflated, self.limit = 0, max(MAX_PART_BYTES, MAX_RATIO * len(data))

    def part(self, name: str) -> bytes | None:
        """The XML of part ``name`` (None: no such part), its Strict namespace written as
        the Transitional one; :class:`~eurefs.errors.UnsafeDocument` past the limits."""
        try:
            info = self.getinfo(name)
        except KeyError:
            return None
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > 1 << 20 and ratio > MAX_RATIO):
            raise UnsafeDocument(
                f"{name} would inflate to {info.file_size} bytes (ratio {ratio:.0f}:1); "
                "refused as a zip bomb",
                self.source,
            )
        try:
            with self.open(info) as fh:
                data = fh.read(MAX_PART_BYTES + 1)
        except Exception as exc:  # (zipfile's, OSError, EOFError; zlib.error is none of them)
            raise CorruptDocument(f"damaged zip part {name} ({exc})", self.source) from None
        if len(data) > MAX_PART_BYTES:
            raise UnsafeDocument(
                f"{name} inflates past {MAX_PART_BYTES} bytes; refused", self.source
            )
        self.inflated += len(data)
        if self.inflated > self.limit:
            raise UnsafeDocument(
                f"its parts inflate to over {self.inflated} bytes together, from a file of "
                f"{self.size} bytes; refused as a zip bomb",
                self.source,
            )
        return data.replace(_STRICT_W, _W)  # else a Strict file reads empty


def raised_styles(archive: WordPackage, source: str) -> frozenset[str]:
    """Ids of the character styles set as superscript, directly or through ``basedOn``."""
    part = archive.part("word/styles.xml")
    if part is None:
        return frozenset()
    based: dict[str, str] = {}
    align: dict[str, bool] = {}
    for style in parse_xml(part, source).iter(f"{W}style"):
        if style.get(f"{W}type") != "character":
            continue
        sid = style.get(f"{W}styleId", "")
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{W}val", "")
        vert = style.find(f"{W}rPr/{W}vertAlign")
        if vert is not None:
            align[sid] = vert.get(f"{W}val") == "superscript"
    known = dict(align)  # (each style's answer, found once: walking a chain of basedOn
    styles = {*based, *align}  # from each style of it was quadratic)
    for sid in styles:
        chain: dict[str, None] = {}  # (in order, as a dict: looked up at each step)
        current = sid
        while current not in known and current in based and current not in chain:
            chain[current] = None  # a loop of basedOn in a damaged file ends here
            current = based[current]
        for link in chain:
            known[link] = known.get(current, False)
    return frozenset(sid for sid in styles if known.get(sid, False))
