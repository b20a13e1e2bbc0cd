"""The examples in README.md and docs/*.md show what the code does.

Two kinds of example are run and their shown output compared with what happens:

- console blocks: a ``$ eurefs extract|parse|text|graph|annotate ...`` line (or ``echo ... |``
  into one) followed by its output, when every file it names is in the repository (examples
  about the reader's own ``letter.txt`` cannot run) and it writes no file;
- Python blocks whose ``print`` calls are followed by the printed lines as ``# `` comments.

White space runs are compared as one space (the docs align table columns by hand).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
OFFLINE_COMMANDS = {"extract", "parse", "text", "graph", "annotate"}
_BLOCK = re.compile(r"```(console|python)\n(.*?)```", re.S)


def _blocks(kind: str) -> list[tuple[str, str]]:
    return [
        (f"{page.relative_to(ROOT)}#{n}", m.group(2))
        for page in PAGES
        for n, m in enumerate(_BLOCK.finditer(page.read_text(encoding="utf-8")))
        if m.group(1) == kind
    ]


def _runnable(command: str) -> bool:
    """An offline eurefs command whose every file argument exists, writing no file."""
    if ">" in command or "eurefs" not in command:
        return False
    segments = [shlex.split(part) for part in command.split("#")[0].split("|")]
    words = next((w for w in segments if w and w[0] == "eurefs"), [])
    if len(words) < 2 or words[0] != "eurefs" or words[1] not in OFFLINE_COMMANDS:
        return False
    files = [w for w in words[2:] if not w.startswith("-") and re.search(r"\.\w+$", w)]
    return all((ROOT / f).is_file() for f in files)


def _console_examples() -> list[tuple[str, str, list[str]]]:
    examples = []
    for where, body in _blocks("console"):
        lines = body.splitlines()
        for i, line in enumerate(lines):
            if not line.startswith("$ "):
                continue
            shown = []
            for out in lines[i + 1 :]:
                if out.startswith("$ "):
                    break
                shown.append(out)
            while shown and not shown[-1].strip():
                shown.pop()
            if shown and _runnable(line[2:]):
                examples.append((where, line[2:], shown))
    return examples


def _folded(lines: list[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines]


CONSOLE = _console_examples()


def test_some_console_examples_are_checked() -> None:
    assert len(CONSOLE) >= 3, CONSOLE  # the selection itself must not silently empty


@pytest.mark.parametrize(("where", "command", "shown"), CONSOLE, ids=[c[0] for c in CONSOLE])
def test_console_example_prints_what_the_docs_show(
    where: str, command: str, shown: list[str]
) -> None:
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert _folded(done.stdout.rstrip("\n").splitlines()) == _folded(shown), command


def _python_examples() -> list[tuple[str, str, list[str]]]:
    """Blocks with prints followed by ``# `` lines: (where, code, the lines shown)."""
    examples = []
    for where, body in _blocks("python"):
        lines = body.splitlines()
        shown = []
        for i, line in enumerate(lines[1:], 1):
            if line.startswith("# ") and (shown or "print(" in "\n".join(lines[:i])):
                shown.append(line[2:])
        if "print(" in body and shown:
            examples.append((where, body, shown))
    return examples


PYTHON = _python_examples()


def test_some_python_examples_are_checked() -> None:
    assert PYTHON, "no Python example with its output shown"


@pytest.mark.parametrize(("where", "code", "shown"), PYTHON, ids=[p[0] for p in PYTHON])
def test_python_example_prints_what_the_docs_show(where: str, code: str, shown: list[str]) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, where, "exec"), {})
    assert _folded(out.getvalue().splitlines()) == _folded(shown)


def _table_rows(page: str, heading: str) -> list[list[str]]:
    """The cells of the Markdown table under ``heading`` in ``docs/<page>``."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    rows = [line.strip().strip("|").split(" | ") for line in section.splitlines()]
    return [r for r in rows if len(r) > 1 and not set(r[0]) <= {"-", " "}][1:]


def test_record_fields_named_in_the_docs_exist() -> None:
    """The table of language record fields names fields the records have."""
    import dataclasses

    from eurefs.languages.back_references import BackReferenceWords
    from eurefs.languages.base import Language

    have = {f.name for f in dataclasses.fields(Language)}
    have |= {f"back_references.{f.name}" for f in dataclasses.fields(BackReferenceWords)}
    rows = _table_rows("recognition.md", "### Where a language's words live")
    named = [n for row in rows for n in re.findall(r"`([\w.]+)`", row[0])]
    # a second name in a cell of back-reference fields is a field of the same record
    named = [
        f"back_references.{n}" if n not in have and f"back_references.{n}" in have else n
        for n in named
    ]
    assert len(named) >= 20, named
    assert [n for n in named if n not in have] == []


def test_the_fields_of_each_kind_are_all_listed() -> None:
    """docs/api.md lists, per kind, exactly the fields its model adds."""
    from eurefs.models import references

    rows = _table_rows("api.md", "## Fields of each kind")
    assert len(rows) == len(references.ALL_KINDS)
    base = set(references.BaseReference.model_fields)
    for row in rows:
        kind, model = re.findall(r"`(\w+)`", row[0])
        cls = getattr(references, model)
        assert cls.model_fields["kind"].default == kind
        listed = re.findall(r"`(\w+)`", row[1])
        assert listed == [f for f in cls.model_fields if f not in base], (
            f"docs/api.md, {model}: list its fields in the model's order"
        )
