"""The memory a large HTML page or Formex document takes to read, a MB of its markup.

The documents are real ones of ``tests/data/documents`` (provenance in its
``PROVENANCE.md``), their bodies repeated to about 9 MB: the annex of Regulation (EC) No
1137/2008 (OJ L 311) in Formex, 40 times, and the German EUR-Lex page of COM(2021) 206,
the AI Act proposal, 14 times.  Each is read in a fresh interpreter, whose peak resident
memory during the read (Linux's VmHWM, reset before it) is compared with its resident
memory before it (the bytes already held).  Formex was
read through libxml2's tree, 11.3 MB a MB; it is now rendered as it is parsed, 5.0 MB.
A Word file's body is read a paragraph or table at a time (``eurefs.readers.docxstream``):
the UKSC judgment [2024] UKSC 36, its body 4 times (6.3 MB of ``word/document.xml``, a
file of 0.73 MB), took 12.6 MB a MB of its XML in the whole tree, 3.6 MB.
An HTML page's tree (which its style sheets are matched against) was still held while
its text was joined, 10.0 MB a MB; it was freed first, 7.9 MB; the page is now rendered
as it is parsed, no tree built (``eurefs.readers.htmlstream``), 3.7 MB.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_READ = r"""
import re, sys
from pathlib import Path
from eurefs.readers import read_document
real = Path(sys.argv[1]).read_bytes()
if sys.argv[2] == "html":
    start, end = real.index(b">", real.index(b"<body")) + 1, real.rindex(b"</body>")
else:
    start, end = re.search(rb"<(?![?!])[^>]*>", real).end(), real.rindex(b"</")
data = real[:start] + real[start:end] * int(sys.argv[3]) + real[end:]
def status(field):
    return int(re.search(field + rb":\s*(\d+) kB", Path("/proc/self/status").read_bytes())[1])
Path("/proc/self/clear_refs").write_text("5")  # (the peak from here: not the parent's)
before = status(b"VmRSS")
text = read_document(data).text
print((status(b"VmHWM") - before) / 1024 / (len(data) / 2**20), len(data), len(text))
"""


def _measure(script: str, *args: str) -> tuple[float, int, int]:
    """Run a measuring script in a fresh interpreter: memory a MB, input size, text length."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    per_mb, size, chars = done.stdout.split()
    return float(per_mb), int(size), int(chars)


@pytest.mark.parametrize(
    ("document", "kind", "times", "most"),
    [
        ("formex/en-fmx4-oj-l311-2008-annex-regulation-1137-2008-comitology.xml", "xml", 40, 7),
        ("html/de-eurlex-com-2021-206-ai-act-proposal.html", "html", 14, 5),
    ],
)
def test_a_large_document_takes_a_bounded_memory_a_mb(
    document: str, kind: str, times: int, most: float
) -> None:
    path = ROOT / "tests" / "data" / "documents" / document
    per_mb, size, chars = _measure(_READ, str(path), kind, str(times))
    assert size > 8_000_000 and chars > 4_000_000
    assert per_mb < most, f"{per_mb:.1f} MB of memory a MB of markup"


_READ_DOCX = r"""
import io, re, sys, zipfile
from pathlib import Path
from eurefs.readers import read_document
with zipfile.ZipFile(sys.argv[1]) as real:
    parts = {info.filename: real.read(info) for info in real.infolist()}
body = parts["word/document.xml"]
start, end = body.index(b">", body.index(b"<w:body")) + 1, body.rindex(b"<w:sectPr")
parts["word/document.xml"] = body[:start] + body[start:end] * int(sys.argv[2]) + body[end:]
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
    for name, part in parts.items():
        copy.writestr(name, part)
data, xml = buffer.getvalue(), len(parts["word/document.xml"])
del parts, body
def status(field):
    return int(re.search(field + rb":\s*(\d+) kB", Path("/proc/self/status").read_bytes())[1])
Path("/proc/self/clear_refs").write_text("5")
before = status(b"VmRSS")
text = read_document(data).text
print((status(b"VmHWM") - before) / 1024 / (xml / 2**20), xml, len(text))
"""


def test_a_large_word_file_takes_a_bounded_memory_a_mb_of_its_xml() -> None:
    path = ROOT / "tests" / "data" / "documents" / "docx"
    path /= "en-uksc-2024-36-skykick-v-sky-judgment.docx"
    per_mb, size, chars = _measure(_READ_DOCX, str(path), "4")
    assert size > 6_000_000 and chars > 1_400_000
    assert per_mb < 6, f"{per_mb:.1f} MB of memory a MB of its XML"
