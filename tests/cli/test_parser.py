"""The command line builds the parser of the command it runs (eurefs.cli; start-up)."""

from __future__ import annotations

import argparse
import importlib

import pytest

from eurefs.cli import COMMAND_MODULES, DESCRIPTION, _command, build_parser


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_the_table_names_every_command_of_the_parser_and_the_description() -> None:
    assert _commands(build_parser()) == list(COMMAND_MODULES)
    listed = [line.split()[0] for line in DESCRIPTION.split("commands:")[1].splitlines() if line]
    assert sorted(listed) == sorted(COMMAND_MODULES)


@pytest.mark.parametrize("module", sorted(set(COMMAND_MODULES.values())))
def test_each_module_registers_the_commands_the_table_gives_it(module: str) -> None:
    parser = argparse.ArgumentParser()
    importlib.import_module(f"eurefs.cli.{module}").add_commands(parser.add_subparsers())
    assert _commands(parser) == [c for c, m in COMMAND_MODULES.items() if m == module]


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["parse", "32016R0679"], "parse"),
        (["-h", "extract"], "extract"),
        (["--vers", "report", "x"], "report"),
        (["--he", "graph"], "graph"),
        ([], None),
        (["--help"], None),
        (["bogus", "parse"], None),
        (["--", "parse"], None),
        (["-1", "parse"], None),
        (["-", "parse"], None),
        (["-hh", "parse"], None),
        (["--help=x", "parse"], None),
    ],
)
def test_the_command_is_the_first_word_after_the_top_level_flags(
    argv: list[str], command: str | None
) -> None:
    assert _command(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "32016R0679", "--format", "table"],
        ["extract", "--kind", "legal_act", "--no-short-forms", "a.txt", "b.txt"],
        ["text", "a.pdf"],
        ["resolve", "32016R0679", "--offline"],
        ["cache", "clear"],
        ["schema"],
        ["annotate", "a.txt"],
        ["graph", "a.txt", "--format", "json"],
        ["report", "a.txt", "-o", "r.html"],
    ],
)
def test_a_command_parses_as_with_the_full_parser(argv: list[str]) -> None:
    own = build_parser(argv[0])
    assert _commands(own) == [
        c for c, m in COMMAND_MODULES.items() if m == COMMAND_MODULES[argv[0]]
    ]
    assert vars(own.parse_known_args(argv)[0]) == vars(build_parser().parse_known_args(argv)[0])


def _undocumented(parser: argparse.ArgumentParser, path: str = "eurefs") -> list[str]:
    """The arguments, commands and command descriptions of ``parser`` with no help text."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                found += [f"{path} {name}"] if not helps.get(name) or not sub.description else []
                found += _undocumented(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction) and not action.help:
            found.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    return found


def test_every_command_and_argument_says_what_it_is() -> None:
    # ``eurefs cache {info,clear}`` listed its two actions under "positional arguments"
    # with no word on either
    assert _undocumented(build_parser()) == []


@pytest.mark.parametrize("command", sorted(COMMAND_MODULES))
def test_every_command_says_its_exit_status(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # a script tests $?: 'extract' and 'text' said nothing of theirs in --help
    from eurefs.cli import main

    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "exit status: 0 " in " ".join(capsys.readouterr().out.split())


def test_eurefs_help_says_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    # 'eurefs --help' said none (a script's author looked in each command's help; 130
    # and 143, the statuses of an interrupted run, were in docs/cli.md only)
    from eurefs.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    said = capsys.readouterr().out.split("exit status")[1]
    statuses = [line.split()[0] for line in said.splitlines()[1:] if line[:3].strip()]
    assert statuses == ["0", "1", "2", "130"]
    assert "143 terminated (SIGTERM)" in said
