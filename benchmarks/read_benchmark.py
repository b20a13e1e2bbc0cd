"""Reading benchmark: PDF pages/s and HTML MB/s, against ``pdftotext`` + extraction.

Run from the repository root (``pip install -e ".[test,bench]"``; poppler-utils for
``pdftotext``)::

    python benchmarks/read_benchmark.py                 # the test documents
    python benchmarks/read_benchmark.py extra.pdf ...   # add your own PDFs
    python benchmarks/read_benchmark.py --json

In one run, best of ``--repeat`` (3) each, for every PDF of ``tests/data/documents/pdf``
(and any PDF given):

* **eurefs**: ``eurefs.read_document`` (PDFium, with the layout clean-up) then
  ``eurefs.extract``: pages/s and references found;
* **pdftotext + extract**: poppler's ``pdftotext`` (a subprocess) then
  ``eurefs.extract`` on its output: the baseline;
* **library choice**: raw text from each candidate library, no clean-up at all —
  PDFium (``pypdfium2``), ``pdfminer.six`` (if installed) and ``pdftotext`` — with
  pages/s and the references ``eurefs.extract`` finds in that raw text.

Then MB/s for the HTML and Formex documents of ``tests/data/documents`` (reading
only, and reading + extraction).  A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import eurefs  # noqa: E402
from eurefs.readers.pdf import read_pdf  # noqa: E402

DOCS = ROOT / "tests" / "data" / "documents"


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The shortest of ``repeat`` runs of ``fn`` and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def raw_pdfium(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return "\f".join(pages)


def raw_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def raw_pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", errors="replace")


def pdf_rows(paths: list[Path], repeat: int) -> list[dict[str, Any]]:
    rows = []
    have_pdftotext = shutil.which("pdftotext") is not None
    try:
        import pdfminer  # noqa: F401

        have_pdfminer = True
    except ImportError:
        have_pdfminer = False
    for path in paths:
        data = path.read_bytes()
        secs, doc = best(lambda d=data, p=path: eurefs.extract(read_pdf(d, str(p))), repeat)
        pages = eurefs.read_document(path).page_count
        row: dict[str, Any] = {"file": path.name, "pages": pages, "eurefs_pages_s": pages / secs}
        row["eurefs_refs"] = len(doc)
        candidates: dict[str, Callable[[Path], str]] = {"pdfium_raw": raw_pdfium}
        if have_pdfminer:
            candidates["pdfminer_raw"] = raw_pdfminer
        if have_pdftotext:
            candidates["pdftotext_raw"] = raw_pdftotext
            secs, _ = best(lambda p=path: eurefs.extract(raw_pdftotext(p)), repeat)
            row["pdftotext_extract_pages_s"] = pages / secs
        for name, fn in candidates.items():
            runs = 1 if name == "pdfminer_raw" else repeat  # pdfminer is slow: one run
            secs, text = best(lambda fn=fn, p=path: fn(p), runs)
            row[f"{name}_pages_s"] = pages / secs
            row[f"{name}_refs"] = len(eurefs.extract(text))
        rows.append(row)
    return rows


def markup_rows(repeat: int) -> list[dict[str, Any]]:
    rows = []
    for path in sorted((DOCS / "html").glob("*")) + sorted((DOCS / "formex").glob("*")):
        data = path.read_bytes()
        mb = len(data) / 1e6
        read_secs, doc = best(lambda d=data: eurefs.read_document(d), repeat)
        both_secs, refs = best(lambda d=doc: eurefs.extract(d), repeat)
        rows.append({
            "file": path.name, "format": doc.format, "mb": mb, "read_mb_s": mb / read_secs,
            "read_extract_mb_s": mb / (read_secs + both_secs), "refs": len(refs),
        })  # fmt: skip
    return rows


def _fmt(value: Any) -> str:
    return f"{value:.0f}" if isinstance(value, float) and value >= 10 else (
        f"{value:.2f}" if isinstance(value, float) else str(value))  # fmt: skip


def _table(rows: list[dict[str, Any]]) -> None:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    cells = [[_fmt(row.get(c, "-")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))


def _total(rows: list[dict[str, Any]], key: str) -> float | None:
    if not all(key in r for r in rows):
        return None
    pages = sum(r["pages"] for r in rows)
    return pages / sum(r["pages"] / r[key] for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PDF pages/s and HTML MB/s, eurefs vs pdftotext.")
    ap.add_argument("pdfs", nargs="*", type=Path, help="more PDFs to measure")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pdfs = sorted((DOCS / "pdf").glob("*.pdf")) + list(args.pdfs)
    pdf = pdf_rows(pdfs, args.repeat)
    markup = markup_rows(args.repeat)
    totals = {k: _total(pdf, k) for k in pdf[0] if k.endswith("_pages_s")}
    totals.update({f"{k}_refs": sum(r.get(f"{k}_refs", 0) for r in pdf) for k in ("eurefs",)})
    for key in ("pdfium_raw", "pdfminer_raw", "pdftotext_raw"):
        if all(f"{key}_refs" in r for r in pdf):
            totals[f"{key}_refs"] = sum(r[f"{key}_refs"] for r in pdf)
    mb = sum(r["mb"] for r in markup)
    totals["html_formex_read_mb_s"] = mb / sum(r["mb"] / r["read_mb_s"] for r in markup)
    totals["html_formex_read_extract_mb_s"] = mb / sum(
        r["mb"] / r["read_extract_mb_s"] for r in markup
    )
    if args.json:
        print(json.dumps({"pdf": pdf, "markup": markup, "totals": totals}, indent=2))
        return 0
    print("PDF (pages/s; refs = references found)")
    _table(pdf)
    print("\nHTML and Formex (MB/s)")
    _table(markup)
    print("\nTotals over all files")
    for key, value in totals.items():
        print(f"  {key:34} {_fmt(value)}")
    if totals.get("pdftotext_extract_pages_s"):
        ratio = (totals["eurefs_pages_s"] or 0) / totals["pdftotext_extract_pages_s"]
        print(f"  eurefs / (pdftotext + extract)     {ratio:.2f}x pages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
