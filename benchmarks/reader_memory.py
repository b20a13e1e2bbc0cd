"""Peak memory and time of ``eurefs extract`` a MB of input, for each reader (issue 10).

Each input is built from real documents (provenance in ``tests/data/documents/PROVENANCE.md``
and ``tests/data/corpus/``), repeated to about 1, 4 and 16 MB:

* ``html``: the German EUR-Lex page of COM(2021) 206 (the AI Act proposal), its body
  repeated;
* ``formex``: the annex of Regulation (EC) No 1137/2008 (OJ L 311), its body repeated;
* ``docx``: the UKSC judgment [2024] UKSC 36, its ``word/document.xml`` body repeated
  (the size is the file's; its document.xml is about eight times larger);
* ``pdf``: the GDPR as published in OJ L 119, its pages repeated (PDFium's own copy);
* ``text``: the English development texts (``tests/data/corpus/docs``) one after another.

Each is read in a fresh interpreter, ``python -m eurefs extract --no-short-forms FILE``
under ``/usr/bin/time -v`` (its maximum resident set; wall time), and the reader alone
(``read_document``) under ``tracemalloc`` (the peak of Python's allocations; libxml2's and
PDFium's memory is not Python's and is not in it).  The interpreter's own memory
(``extract`` of a 1-line text) is printed first, and taken off the RSS a MB.

Usage: ``python benchmarks/reader_memory.py [--sizes 1,4,16] [--readers html,formex,...]
[--dir DIR] [--with-short-forms]``.  Nothing here is asserted; the structural bound is
``tests/readers/test_reader_memory.py``.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "tests" / "data" / "documents"
MB = 2**20

#: The reader alone: the peak resident memory of ``read_document`` over what the process held
#: before (Linux's VmHWM, reset first), or with ``traced`` the peak of Python's allocations.
_READ = r"""
import re, sys, tracemalloc
from pathlib import Path
from eurefs.readers import read_document
data = Path(sys.argv[1]).read_bytes()
def status(field):
    return int(re.search(field + rb":\s*(\d+) kB", Path("/proc/self/status").read_bytes())[1])
if sys.argv[2] == "traced":
    tracemalloc.start()
Path("/proc/self/clear_refs").write_text("5")
before = status(b"VmRSS")
text = read_document(data).text
peak = tracemalloc.get_traced_memory()[1] if sys.argv[2] == "traced" else (
    (status(b"VmHWM") - before) * 1024)
print(peak, len(text))
"""


def _repeated(real: bytes, start: int, end: int, size: float) -> bytes:
    """``real`` with its part from ``start`` to ``end`` repeated to about ``size`` MB."""
    times = max(1, round((size * MB - len(real) + end - start) / max(1, end - start)))
    return real[:start] + real[start:end] * times + real[end:]


def html_input(size: float) -> bytes:
    """The German EUR-Lex page of COM(2021) 206, its body repeated to ``size`` MB."""
    real = (DOCUMENTS / "html" / "de-eurlex-com-2021-206-ai-act-proposal.html").read_bytes()
    start, end = real.index(b">", real.index(b"<body")) + 1, real.rindex(b"</body>")
    return _repeated(real, start, end, size)


def formex_input(size: float) -> bytes:
    """The annex of Regulation (EC) No 1137/2008 in Formex, its body repeated."""
    name = "en-fmx4-oj-l311-2008-annex-regulation-1137-2008-comitology.xml"
    real = (DOCUMENTS / "formex" / name).read_bytes()
    found = re.search(rb"<(?![?!])[^>]*>", real)
    assert found is not None
    start, end = found.end(), real.rindex(b"</")
    return _repeated(real, start, end, size)


def docx_input(size: float) -> bytes:
    """The UKSC judgment [2024] UKSC 36, the body of its document.xml repeated until the
    file is ``size`` MB."""
    path = DOCUMENTS / "docx" / "en-uksc-2024-36-skykick-v-sky-judgment.docx"
    with zipfile.ZipFile(path) as real:
        parts = {info.filename: real.read(info) for info in real.infolist()}
    body = parts["word/document.xml"]
    start = body.index(b">", body.index(b"<w:body")) + 1
    end = body.rindex(b"<w:sectPr")

    def zipped(times: int) -> bytes:
        parts["word/document.xml"] = body[:start] + body[start:end] * times + body[end:]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for name, data in parts.items():
                copy.writestr(name, data)
        return out.getvalue()

    once = len(zipped(1))  # (what one body compresses to, with the other parts)
    return zipped(max(1, round(size * MB / once)))


def pdf_input(size: float) -> bytes:
    """The GDPR as published in OJ L 119 (88 pages), its pages repeated."""
    import pypdfium2 as pdfium

    path = Path("/work/shared/samples/documents/pdf/en-oj-l119-2016-regulation-2016-679-gdpr.pdf")
    if not path.exists():
        path = DOCUMENTS / "pdf" / "en-council-st-5419-16-gdpr-council-position-first-reading.pdf"
    real = pdfium.PdfDocument(str(path))
    pages = max(1, round(size * MB / (path.stat().st_size / len(real))))
    copy = pdfium.PdfDocument.new()
    while pages > 0:
        copy.import_pages(real, list(range(min(pages, len(real)))))
        pages -= len(real)
    out = io.BytesIO()
    copy.save(out)
    return out.getvalue()


def text_input(size: float) -> bytes:
    """The English development texts one after another, repeated."""
    docs = sorted((ROOT / "tests" / "data" / "corpus" / "docs").glob("*.txt"))
    whole = b"\n\n".join(p.read_bytes() for p in docs)
    return whole * max(1, round(size * MB / len(whole)))


INPUTS: dict[str, Callable[[float], bytes]] = {
    "html": html_input,
    "formex": formex_input,
    "docx": docx_input,
    "pdf": pdf_input,
    "text": text_input,
}


def _extract(path: Path, short_forms: bool) -> tuple[float, float]:
    """Max RSS (MB) and wall time (s) of ``eurefs extract`` of ``path``."""
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "eurefs", "extract"]
    command += [] if short_forms else ["--no-short-forms"]
    done = subprocess.run(
        [*command, str(path)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", done.stderr)
    assert rss is not None and wall is not None, done.stderr
    seconds = sum(float(p) * 60**i for i, p in enumerate(reversed(wall[1].split(":"))))
    return int(rss[1]) / 1024, seconds


def _read(path: Path, how: str) -> tuple[float, int]:
    """The reader's peak (MB: resident, or with ``traced`` Python's allocations) and the
    characters it read."""
    done = subprocess.run(
        [sys.executable, "-c", _READ, str(path), how],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    peak, chars = done.stdout.split()
    return int(peak) / MB, int(chars)


def main() -> None:
    """Build the inputs, measure each, print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,4,16", help="MB, comma-separated")
    parser.add_argument("--readers", default=",".join(INPUTS), help="comma-separated")
    parser.add_argument("--dir", help="where to write the inputs (default: a temporary one)")
    parser.add_argument("--with-short-forms", action="store_true")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        where = Path(args.dir or scratch)
        where.mkdir(parents=True, exist_ok=True)
        tiny = where / "one-line.txt"
        tiny.write_text("Regulation (EU) 2016/679\n")
        base, _ = _extract(tiny, args.with_short_forms)
        print(f"interpreter and eurefs (extract of one line): {base:.0f} MB RSS")
        print("| reader | MB in | chars | extract: max RSS MB | (RSS - base) / MB in | wall s | "
              "s / MB in | reader: RSS peak / MB in | Python peak / MB in |")  # fmt: skip
        print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
        for reader in args.readers.split(","):
            for size in sizes:
                path = where / f"{reader}-{size:g}mb.{reader}"
                path.write_bytes(INPUTS[reader](size))
                mb = path.stat().st_size / MB
                try:
                    rss, wall = _extract(path, args.with_short_forms)
                except subprocess.CalledProcessError as refused:
                    said = next(
                        (line for line in refused.stderr.splitlines() if "eurefs:" in line), "?"
                    )
                    print(f"| {reader} | {mb:.2f} | {said} |||||||", flush=True)
                    path.unlink()
                    continue
                resident, chars = _read(path, "resident")
                traced, _ = _read(path, "traced")
                print(
                    f"| {reader} | {mb:.2f} | {chars:,} | {rss:.0f} | {(rss - base) / mb:.1f} | "
                    f"{wall:.1f} | {wall / mb:.2f} | {resident / mb:.1f} | {traced / mb:.1f} |",
                    flush=True,
                )
                path.unlink()


if __name__ == "__main__":
    main()
