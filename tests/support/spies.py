"""Calls counted, not timed: :func:`spy` puts in a function's place a wrapper that calls it
and keeps each call's positional arguments and answer, so that a test can say how often (and
on what) a step ran: a name folded once however often it is written, a language read once
for a dense run of citations.  (Lines run by whole modules: ``tests/support/steps``.)"""

from __future__ import annotations

from typing import Any

import pytest


class Spy:
    """A stand-in for a function ``real``: calls it and keeps what each call was given
    (:attr:`calls`, its positional arguments) and gave back (:attr:`answers`)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[tuple[Any, ...]] = []
        self.answers: list[Any] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(args)
        answer = self.real(*args, **kwargs)
        self.answers.append(answer)
        return answer

    @property
    def count(self) -> int:
        """How many calls were made."""
        return len(self.calls)

    def firsts(self) -> list[Any]:
        """Each call's first argument, in the order of the calls."""
        return [args[0] for args in self.calls]

    def clear(self) -> None:
        """Forget the calls made so far."""
        self.calls.clear()
        self.answers.clear()


def spy(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> Spy:
    """A :class:`Spy` on ``target.name`` (a module's function), put in its place until
    ``monkeypatch`` undoes it."""
    watcher = Spy(getattr(target, name))
    monkeypatch.setattr(target, name, watcher)
    return watcher
