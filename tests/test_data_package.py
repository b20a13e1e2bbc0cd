"""The package's data files are read by its loader: from a directory or a zip archive."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import eurefs
from eurefs.data import popular_name_entries


def test_popular_names_are_read_from_the_package() -> None:
    entries = popular_name_entries()
    assert entries and all("celex" in e and "names" in e for e in entries)


def test_popular_names_are_read_from_a_zip_archive(tmp_path: Path) -> None:
    package = Path(eurefs.__file__).parent
    archive = tmp_path / "eurefs.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in package.rglob("*"):
            if path.is_file() and path.suffix != ".pyc":
                z.write(path, path.relative_to(package.parent).as_posix())
    code = "import eurefs.data as d; print(d.__file__, len(d.popular_name_entries()))"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(archive), "EUREFS_PATTERN_STORE": "off"}, cwd=tmp_path,
    )  # fmt: skip
    where, count = run.stdout.split()
    assert where.startswith(str(archive)) and int(count) == len(popular_name_entries())
