"""When ``eurefs extract`` prints its first record, against when it ends (issue 10, item 2).

Each input is one of ``reader_memory.py``'s (real documents repeated: the GDPR's OJ pages
for ``pdf``, the UKSC judgment's ``document.xml`` body for ``docx``, ...), written once.
``python -m eurefs extract [--no-short-forms] FILE`` runs in a fresh interpreter; when the
first line of its output arrives, the process's CPU time (``/proc/PID/stat``: user and
system) and its peak resident set so far (``VmHWM``) are read, and again when it ends
(``os.wait4``).  CPU time is what the figures compare: wall time on a shared machine is
noise, and a process that prints its first record only after reading the whole document
has spent nearly all of its reading by then.

Usage: ``python benchmarks/first_record.py [--sizes 4,8] [--readers pdf,docx]
[--with-short-forms]``.  Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader_memory import INPUTS, MB, ROOT

_TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """The CPU seconds (user and system) process ``pid`` has spent so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK  # (utime and stime, fields 14-15)


def _peak(pid: int) -> float:
    """The peak resident set (MB) of process ``pid`` so far."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmHWM:\s*(\d+) kB", status)
    return int(found[1]) / 1024 if found else float("nan")


def measure(path: Path, short_forms: bool) -> dict[str, float]:
    """CPU s, wall s and peak RSS MB at the first record and at the end, and the records."""
    command = [sys.executable, "-m", "eurefs", "extract", str(path)]
    command += [] if short_forms else ["--no-short-forms"]
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    assert child.stdout is not None
    first = child.stdout.readline()
    at_first = {"cpu": _cpu(child.pid), "wall": time.perf_counter() - began}
    at_first["rss"] = _peak(child.pid)
    records = 1 if first else 0
    for _ in child.stdout:
        records += 1
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return {
        "first_cpu": at_first["cpu"],
        "first_wall": at_first["wall"],
        "first_rss": at_first["rss"],
        "cpu": usage.ru_utime + usage.ru_stime,
        "wall": time.perf_counter() - began,
        "rss": usage.ru_maxrss / 1024,
        "records": records,
        "exit": child.returncode,
    }


def main() -> None:
    """Build the inputs, measure each, print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="4,8", help="MB, comma-separated")
    parser.add_argument("--readers", default="pdf,docx", help="comma-separated")
    parser.add_argument("--with-short-forms", action="store_true")
    args = parser.parse_args()
    print(
        "| reader | MB in | records | CPU s to first record | CPU s in all | first / all | "
        "wall s first / all | peak RSS MB at first / at end |"
    )
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    with tempfile.TemporaryDirectory() as scratch:
        for reader in args.readers.split(","):
            for size in (float(s) for s in args.sizes.split(",")):
                path = Path(scratch) / f"{reader}-{size:g}mb.{reader}"
                path.write_bytes(INPUTS[reader](size))
                got = measure(path, args.with_short_forms)
                share = got["first_cpu"] / got["cpu"] if got["cpu"] else float("nan")
                print(
                    f"| {reader} | {path.stat().st_size / MB:.2f} | {got['records']:,.0f} | "
                    f"{got['first_cpu']:.2f} | {got['cpu']:.2f} | {share:.2f} | "
                    f"{got['first_wall']:.1f} / {got['wall']:.1f} | "
                    f"{got['first_rss']:.0f} / {got['rss']:.0f} |"
                    + ("" if got["exit"] == 0 else f" (exit {got['exit']:.0f})"),
                    flush=True,
                )
                path.unlink()


if __name__ == "__main__":
    main()
