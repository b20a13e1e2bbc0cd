"""Streams that PDFium decodes whole whatever their bytes: the catalog's metadata (at
open), and the font programs, CMaps, ICC profiles and functions a page loads; encrypted
PDFs, which PDFium opens before they are checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import decoded_pdf, deflated_zeros
from tests.support.pdf_writer import write_encrypted_bomb_pdf, write_encrypted_metadata_pdf
from tests.support.refusals import refused_before

KEYS = ["Metadata", "FontFile2", "ToUnicode", "ICCBased", "Separation"]


@pytest.mark.parametrize("packed", [False, True], ids=["plain", "packed"])
@pytest.mark.parametrize("key", KEYS)
def test_binary_data_that_pdfium_decodes_whole_is_refused_past_the_limits(
    key: str, packed: bool
) -> None:
    # Binary data was inflated one piece, to see that it is binary, as images are never
    # decoded to read text: a 3 KB PDF whose catalog names 1 GiB of zeros as its metadata
    # took 100 s and 8.5 GB to open (PDFium decodes it and parses it as XML); one whose
    # font program is 1 GiB of zeros, 4.7 s and 2.2 GB to read; a font program, a
    # /ToUnicode, an ICC profile or a tint function of 256 MiB of zeros, 1.9 KB, about
    # 650 MB.  16 MiB here (1,500:1).
    data = decoded_pdf(key, bytes(16 << 20), packed=packed)
    assert len(data) < 20_000
    refused_before(data, "refused as a decompression bomb")


@pytest.mark.parametrize("key", KEYS)
def test_binary_data_that_pdfium_decodes_whole_is_read_within_the_limits(key: str) -> None:
    # such streams of real PDFs inflate 1.0 to 2.9 times (those of tests/data/documents
    # and ../shared/samples/documents: 80 KB at most)
    doc = eurefs.read_document(decoded_pdf(key, bytes(range(256)) * 1024), name="a.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


_CHILD = """
import resource, sys
import eurefs
size = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmSize"))
limit = size * 1024 + (400 << 20)  # (what is mapped now, and 400 MiB more)
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
doc = eurefs.read_document(sys.argv[1])
print([r.text for r in eurefs.extract(doc)])
"""


@pytest.mark.parametrize("name", [b"/Metadata", b"/Meta#64at#61"])
def test_an_encrypted_pdf_whose_catalog_names_a_metadata_bomb_is_read_without_it(
    tmp_path: Path, name: bytes
) -> None:
    # PDFium must open an encrypted PDF (and write a copy without the encryption) before
    # its streams can be checked, and it decodes the catalog's metadata whole as it opens
    # a file, whatever its size: a 2.5 KB PDF naming 256 MiB of zeros took 7-17 s and
    # 1.7 GB to open, 1 GiB 100 s and 8.5 GB.  It is now handed the file with its names
    # /Metadata hidden (no offset moves), escaped ones too: read in 400 MiB more than
    # the start-up maps.
    data = write_encrypted_metadata_pdf(tmp_path / "meta.pdf", deflated_zeros(256))
    (tmp_path / "meta.pdf").write_bytes(data.replace(b"/Metadata", name))
    assert b"/Encrypt" in data and len(data) < 4000
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "meta.pdf")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == "['Directive 95/46/EC']"


def test_an_encrypted_pdf_that_pdfium_cannot_copy_without_its_encryption_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the copy was skipped where PDFium could not write it, and the encrypted bytes were
    # checked: they look like binary data, so the bomb of write_encrypted_bomb_pdf (4.2 MB
    # of path operators at 1000:1, 80 MB in 196 KB: 1.6 GB to read) went through unseen
    import pypdfium2

    def fail(*args: object, **kwargs: object) -> None:
        raise pypdfium2.PdfiumError("Failed to save document.")

    monkeypatch.setattr(pypdfium2.PdfDocument, "save", fail)
    data = write_encrypted_bomb_pdf(tmp_path / "bomb.pdf")
    with pytest.raises(UnsafeDocument, match="could not write the copy"):
        eurefs.read_document(data, name="bomb.pdf")
