"""The cyclic garbage collector at a command's start and end (issue 10: start-up time).

A command first imports what it runs on: pydantic and the reference models, the
language records, the grammar's families and patterns.  That makes some hundred
thousand objects, all alive until the process ends.  As they are made, the cyclic
collector runs again and again over a growing heap, and can free none of them; at
exit the interpreter runs it once more over everything (some 9 M and 48 M of the
865 M instructions of ``eurefs parse``, callgrind).

* :func:`imports_paused` imports a command's modules with the collector paused (it
  runs again afterwards, for the work itself).  In the console command
  (:func:`console_process`) what the imports made is then moved out of the collector's
  sight (:func:`gc.freeze`): else the first collection after the imports goes over all
  of it (some 14 M instructions of ``eurefs parse`` and ``eurefs extract``), to free
  nothing.
* :func:`leave_to_exit` is called by the console entry point when the command is done:
  what the run made is moved out of the collector's sight, so the interpreter's last
  collection skips it; the process is ending and its memory goes back to the system at
  once.  Objects are still freed as their last reference goes (modules are emptied at
  exit as before); only the cycle search over them is skipped.

A program that calls :func:`eurefs.cli.main` goes on after it: nothing is frozen there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from eurefs.collector import collector_paused

__all__ = ["collector_paused", "console_process", "imports_paused", "leave_to_exit"]

_console = False


def console_process() -> None:
    """Called by the console entry point: this process ends with its command."""
    global _console
    _console = True


@contextmanager
def imports_paused() -> Iterator[None]:
    """Run a command's imports with the collector paused; in the console command, what
    they made is frozen (:func:`gc.freeze`) before the collector runs again."""
    with collector_paused():
        yield
        if _console:
            gc.freeze()


def leave_to_exit() -> None:
    """Before the process exits: keep the interpreter's last collection off what the run
    made (the console entry point only; a program that calls ``main`` goes on)."""
    gc.freeze()
