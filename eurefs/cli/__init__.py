"""The ``eurefs`` command: a thin layer over the library API.

Each group of sub-commands lives in its own module and registers itself in
:func:`build_parser`; this module only parses arguments, dispatches, and turns
errors into one line on stderr with the documented exit status.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn, TextIO, cast

from eurefs import __version__
from eurefs.cli.collector import console_process, leave_to_exit
from eurefs.cli.errors import EXIT_USAGE, RunStatus, Terminated, UsageError, say, stop_on_sigterm
from eurefs.cli.reporting import reporting
from eurefs.cli.standard_streams import guard_closed_streams
from eurefs.errors import EurefsError

DESCRIPTION = """Find references to EU documents in text and resolve them.

commands:
  extract   find every EU reference in documents (exact spans, pages, CELEX, ELI)
  text      print the text read from a PDF, DOCX, HTML or Formex file
  parse     parse references given one by one
  resolve   resolve references into documents (Cellar)
  cache     show or clear the cache
  schema    print the JSON schema of resolved documents
  annotate  print a text or HTML page with every reference linked
  graph     write the citation graph of documents (CSV, GraphML, JSON)
  report    write an HTML report of the references in documents
"""

EPILOG = """exit status (each command's --help says what its own mean):
  0    done
  1    some inputs failed (parse, resolve, report --resolve), each with an error
       record in the output
  2    usage or I/O error: an unknown option or a bad value, a file that cannot be
       read, an output that cannot be written
  130  interrupted (Ctrl-C), 143 terminated (SIGTERM)
"""


#: The module of ``eurefs.cli`` that registers each command, in the parser's order.
COMMAND_MODULES: dict[str, str] = {
    "extract": "text_commands",
    "parse": "text_commands",
    "text": "read_commands",
    "resolve": "resolve_commands",
    "cache": "cache_commands",
    "schema": "cache_commands",
    "annotate": "show_commands",
    "graph": "show_commands",
    "report": "report_command",
}


_TOP_FLAGS = ("--help", "--version")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2, and the help's
    width is found without ``shutil``."""

    def error(self, message: str) -> NoReturn:
        say(f"{message} (see '{self.prog} --help')")
        raise SystemExit(EXIT_USAGE)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every argument added, and without a width
        # each imports shutil (with zlib, bz2 and lzma) to ask the terminal's: a good
        # part of a command's start-up (issue 10) for a width only --help uses.
        # (every formatter class given here is one of argparse's, all taking a width)
        make: Any = self.formatter_class
        return cast(argparse.HelpFormatter, make(prog=self.prog, width=terminal_columns() - 2))


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (``$COLUMNS``,
    else the width of standard output's terminal, else 80)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
            columns = 0
    return columns if columns > 0 else 80


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full argument parser (also used to render the docs).

    With the name of a command, only the commands of its module are registered: a
    command line parses exactly as with the full parser, without building (and
    importing) the others' (start-up, issue 10).  An unknown name gets the full parser.
    """
    parser = _Parser(
        prog="eurefs",
        usage="eurefs [-h] [--version] COMMAND ...",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"eurefs {__version__}")
    # The commands are listed once, in DESCRIPTION; argparse's own list is hidden.
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=_Parser,
        help=argparse.SUPPRESS,
        prog="eurefs",  # else sub-commands inherit the custom usage line as their name
    )
    own = COMMAND_MODULES.get(command or "")
    for module in dict.fromkeys(COMMAND_MODULES.values()):
        if own in (None, module):
            importlib.import_module(f"eurefs.cli.{module}").add_commands(sub)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The command an argument list names, when it names one after nothing but the top
    level's flags (``-h``, ``--help``, ``--version`` or their abbreviations); else None,
    and the full parser reads it (and reports what is wrong as it always did)."""
    for arg in argv:
        if arg == "-h" or (len(arg) > 2 and any(f.startswith(arg) for f in _TOP_FLAGS)):
            continue
        return arg if arg in COMMAND_MODULES else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command(arguments))
    args, extra = parser.parse_known_args(arguments)
    if extra:  # named here, so that the hint is the command's help, not the top level's
        where = f"eurefs {args.command}" if getattr(args, "command", None) else "eurefs"
        say(f"unrecognized arguments: {' '.join(extra)} (see '{where} --help')")
        raise SystemExit(EXIT_USAGE)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    met = args.status = RunStatus()  # the failures met, as a run cut short exits with them
    try:
        # warnings and retries: one "eurefs: warning: ..." line each (commands that
        # resolve nothing say so with ``logs=False``: they have no log to show)
        with reporting(logs=getattr(args, "logs", True)), _escaping(sys.stdout, sys.stderr):
            status: int = args.func(args)
        sys.stdout.flush()
        return status
    except UsageError as exc:
        say(f"error: {exc}")
        return EXIT_USAGE
    except EurefsError as exc:
        say(f"error: {exc}")
        return EXIT_USAGE
    except Terminated:
        say("terminated")
        return 143
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do, with the
        # status of the failures met before (0 when none): a pipeline's failure is kept.
        _drop_output()
        return met.code
    except OSError as exc:
        if exc.errno not in _OUTPUT_FULL:
            raise
        # only a write fails so, and the command writes only its output (its files and
        # the cache say their own): '> refs.jsonl' on a full disk was a traceback, exit 1
        _drop_output()
        say(f"error: cannot write the output ({exc.strerror})")
        return EXIT_USAGE


#: What a write answers when the disk (or the user's quota, or a file's size limit) is
#: full, or stdout was closed ('>&-': eurefs.cli.standard_streams).
_OUTPUT_FULL = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EBADF))


def _drop_output() -> None:
    """Send what is left of stdout's buffer nowhere: else its flush at exit fails again
    ('Exception ignored ...', exit 120)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@contextmanager
def _escaping(*streams: TextIO) -> Iterator[None]:
    """Within the block, a character a stream cannot encode is written as its escape.

    A file name that is not UTF-8 (``caf\\xe9.txt``) is held as the system decodes it,
    with a surrogate (``os.fsdecode``), which UTF-8 cannot encode: its record was a
    traceback (``surrogates not allowed``), or its raw byte, invalid UTF-8 in a JSON
    line (a C locale's ``surrogateescape``).  Written as ``caf\\udce9.txt``, it is a JSON
    string's escape that reads back to the name (``os.fsencode``), and plain in a CSV cell.
    """
    # (a stream of an embedding application's may not be a TextIOWrapper: left as it is)
    changed = [(s, s.errors) for s in streams if hasattr(s, "reconfigure") and s.errors]
    for stream, _ in changed:
        stream.reconfigure(errors="backslashreplace")
    try:
        yield
    finally:
        for stream, before in changed:
            try:
                stream.reconfigure(errors=before)
            except (OSError, ValueError):  # its reader gone (a broken pipe), or closed
                pass


def _entry() -> NoReturn:
    # The command line uses no pydantic plugin: without this, building the models
    # scans every installed distribution's entry points for one (a few ms of each
    # start-up).  A value the user set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    guard_closed_streams()  # '>&-', '2>&-': each stream stays where the user sent it
    if _command(sys.argv[1:]) is not None:  # (help, usage and version start no worker:
        # no import of ``signal``, which builds its enums then, ~3.3M instructions)
        stop_on_sigterm()  # 'timeout 60 eurefs extract --jobs 8 ...' left its workers running
    console_process()  # what a command's imports make can be frozen (eurefs.cli.collector)
    status = main()
    leave_to_exit()  # the last collection at exit skips what the run made
    raise SystemExit(status)
