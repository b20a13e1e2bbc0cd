"""The command line builds its parser from light modules (issue 10: start-up time).

``eurefs --help`` must not pay for the HTTP stack, the models or the grammar;
``eurefs parse`` must not pay for the HTTP stack.  Checked in a fresh interpreter,
by which modules are loaded (not by timing).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY_FOR_PARSER = ("requests", "pydantic", "eurefs.resolver", "eurefs.grammar", "eurefs.scanner")


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_building_the_parser_imports_nothing_heavy() -> None:
    loaded = _loaded_after("from eurefs.cli import build_parser\nbuild_parser()")
    assert "eurefs.cli.text_commands" in loaded  # the probe did build the parser
    assert sorted(loaded & set(HEAVY_FOR_PARSER)) == []


def test_building_the_parser_reads_no_document_and_writes_no_record() -> None:
    # the readers (their sniffing patterns, the text model), the endpoint check and json
    # were imported for every --help: ~11M instructions of the ~70M it costs
    loaded = _loaded_after("from eurefs.cli import build_parser\nbuild_parser()")
    assert sorted(loaded & {"eurefs.readers", "eurefs.text", "eurefs.cellar"}) == []
    probe = "import sys\nfrom eurefs.cli import build_parser\nbuild_parser()\n"
    probe += "print('json' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_parse_command_does_not_import_the_http_stack() -> None:
    code = (
        "import contextlib, io\n"
        "from eurefs.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    assert main(['parse', '32016R0679']) == 0\n"
        "assert '32016R0679' in out.getvalue()"
    )
    loaded = _loaded_after(code)
    assert "eurefs.scanner" in loaded
    assert sorted(loaded & {"requests", "urllib3", "eurefs.resolver", "eurefs.cellar.http"}) == []


def test_parse_and_extract_import_no_module_that_logs() -> None:
    # only the resolver's modules log; without them, the log bridge and its logging
    # import are left out of the start-up of these commands
    code = (
        "import contextlib, io, sys\n"
        "from eurefs.cli import main\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'See Directive 95/46/EC.'))\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    assert main(['parse', '32016R0679']) == 0\n"
        "    assert main(['extract', '-']) == 0\n"
        "assert '31995L0046' in out.getvalue()"
    )
    loaded = _loaded_after(code)
    assert {"eurefs.scanner", "eurefs.short_forms"} <= loaded
    assert sorted(loaded & {"logging", "eurefs.cache", "eurefs.cellar.http"}) == []
    # the references are made and written without pydantic's validators and serialisers,
    # whose building imports its plugin machinery and, with it, importlib.metadata
    assert sorted(loaded & {"pydantic.plugin._loader", "importlib.metadata"}) == []
    assert "eurefs.works" not in loaded  # only --group groups the references by work


def _plugins_setting(env: dict[str, str]) -> str:
    """``PYDANTIC_DISABLE_PLUGINS`` as the models of a command run by the console entry
    point see it (the command itself is replaced by a probe)."""
    probe = (
        "import os, eurefs.cli as cli\n"
        "cli.main = lambda: print(os.environ.get('PYDANTIC_DISABLE_PLUGINS')) or 0\n"
        "try:\n    cli._entry()\nexcept SystemExit:\n    pass"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return run.stdout.strip()


def test_the_command_line_skips_the_pydantic_plugin_scan_unless_told_otherwise() -> None:
    # scanning every installed distribution for pydantic plugins cost each start-up
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    assert _plugins_setting(env) == "__all__"
    assert _plugins_setting({**env, "PYDANTIC_DISABLE_PLUGINS": "logfire"}) == "logfire"


def test_the_help_evaluates_no_annotation_and_imports_no_signal_enum() -> None:
    # a NamedTuple of the kinds' facts compiled its five fields' annotations (strings, under
    # ``from __future__ import annotations``) at import: ~11M instructions; the SIGTERM
    # handler imported ``signal``, whose enums are built at import: ~3.3M.  Of ~165M.
    probe = (
        "import builtins, contextlib, io, json, sys\n"
        "evaluated = []\n"
        "_compile = builtins.compile\n"
        "def counting(source, filename, mode, *a, **k):\n"
        "    if mode == 'eval':  # (a module's own code is compiled in 'exec' mode)\n"
        "        evaluated.append(source)\n"
        "    return _compile(source, filename, mode, *a, **k)\n"
        "builtins.compile = counting\n"
        "sys.argv = ['eurefs', '--help']\n"
        "from eurefs.cli import _entry\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    try:\n        _entry()\n    except SystemExit:\n        pass\n"
        "print(json.dumps([evaluated, 'signal' in sys.modules, 'extract' in out.getvalue()]))"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout.splitlines()[-1]) == [[], False, True]


DATA = Path(__file__).resolve().parents[1] / "data"


def _imported_by_command(args: list[str], stdin: str | None = None) -> tuple[set[str], str]:
    """The modules ``python -m eurefs ARGS`` imported (read from ``-X importtime``, which
    names each module as it is first imported), and what it printed."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "eurefs", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in run.stderr.splitlines() if line.startswith("import time:")]
    modules = {line.rsplit("|", 1)[1].strip() for line in lines[1:]}  # after the header
    assert "eurefs.cli" in modules  # the probe reads what it means to
    return modules, run.stdout


def _pydantic(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m == "pydantic" or m.startswith("pydantic."))


def test_parse_does_not_import_pydantic() -> None:
    modules, out = _imported_by_command(["parse", "COM(2021) 752 final", "Case C-131/12"])
    assert "eurefs.scanner" in modules
    assert _pydantic(modules) == []
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["normalized"] for r in records] == ["COM(2021) 752 final", "C-131/12"]


def test_extract_with_short_forms_does_not_import_pydantic() -> None:
    text = "Regulation (EU) 2016/679 (the GDPR) repeals Directive 95/46/EC. The GDPR applies."
    for fmt in ("jsonl", "json", "csv", "table"):
        modules, out = _imported_by_command(["extract", "--format", fmt, "-"], stdin=text)
        assert "eurefs.short_forms" in modules
        assert _pydantic(modules) == [], fmt
        assert "32016R0679" in out and "short_form" in out


def test_extract_of_documents_does_not_import_pydantic() -> None:
    for path, found in (
        (DATA / "corpus" / "docs" / "D01-data-governance-act-recitals.txt", "short_form"),
        (DATA / "documents" / "html" / "en-eurlex-com-2025-43-proposal.html", "legal_act"),
    ):
        modules, out = _imported_by_command(["extract", str(path)])
        assert _pydantic(modules) == [], path.name
        assert found in {json.loads(line)["kind"] for line in out.splitlines()}, path.name


def test_grouping_imports_pydantic_and_groups_by_work() -> None:
    # --group builds the public models (eurefs.works): the door of the public API
    text = "Directive 95/46/EC. That Directive was repealed."
    modules, out = _imported_by_command(["extract", "--group", "-"], stdin=text)
    assert "pydantic" in modules
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (record["celex"], record["mentions"]) == ("31995L0046", 2)


def test_extract_of_several_documents_does_not_import_pydantic() -> None:
    # the worker pool's references cross the process boundary as light references
    docs = sorted((DATA / "corpus" / "docs").glob("*.txt"))[:3]
    for extra in (["--jobs", "2"], ["--jobs", "1", "-"]):
        modules, out = _imported_by_command(
            ["extract", *extra, *map(str, docs)], stdin="See Directive 95/46/EC."
        )
        assert _pydantic(modules) == [], extra
        records = [json.loads(line) for line in out.splitlines()]
        expected = {d.as_posix() for d in docs} | ({"stdin"} if "-" in extra else set())
        assert {r["doc"] for r in records} == expected


def test_text_reads_the_document_and_imports_no_grammar_model_or_client() -> None:
    # ``eurefs text`` prints what the readers make of a document (a real EUR-Lex page):
    # finding or resolving references is no part of it
    path = DATA / "documents" / "html" / "en-eurlex-com-2025-43-proposal.html"
    modules, out = _imported_by_command(["text", str(path)])
    assert "eurefs.readers.html" in modules and "COM(2025) 43" in out.replace("\xa0", " ")
    heavy = {"eurefs.grammar", "eurefs.scanner", "eurefs.models", "eurefs.resolver", "requests"}
    assert sorted(modules & heavy) == [] and _pydantic(modules) == []


def test_cache_info_and_clear_import_no_model(tmp_path: Path) -> None:
    # the cache module imported Document (and pydantic) to read entries back: most of
    # the start-up of 'cache info', which reads none
    cache = tmp_path / "cache"
    made = subprocess.run(
        [sys.executable, "-m", "eurefs", "resolve", "--offline", "--cache-dir", str(cache),
         "Regulation (EU) 2016/679"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert made.returncode == 1 and (cache / "cache.sqlite3").exists()  # offline: a miss
    for action in ("info", "clear"):
        modules = _imported_by_command(["cache", action, "--cache-dir", str(cache)])[0]
        assert "eurefs.cache" in modules
        assert _pydantic(modules) == [] and "eurefs.models.document" not in modules
    assert json.loads(_imported_by_command(["cache", "info", "--cache-dir", str(cache)])[1])[
        "exists"
    ]
