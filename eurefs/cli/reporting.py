"""How resolution problems reach the user: one line each on stderr, counted, never a traceback.

* Library warnings (:class:`~eurefs.cache.CacheWarning`) and log records of the
  ``eurefs`` loggers at warning level (retries, giving up, cache trouble) become
  ``eurefs: warning: …`` lines while a command runs (:func:`reporting`).
* Failed inputs are summarised with one line per cause and its count
  (:func:`report_failures`): a batch of 300 against a dead service says so once,
  while stdout keeps one error record per input.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from eurefs.cli.errors import say

if TYPE_CHECKING:
    from eurefs.models.results import ResolveResult

__all__ = ["report_failures", "reporting"]

_MESSAGE_LIMIT = 300
_EXAMPLES = 3


def _one_line(text: str, limit: int = _MESSAGE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    say(f"warning: {_one_line(str(message))}")


@contextmanager
def reporting(logs: bool = True) -> Iterator[None]:
    """Within the block, warnings print as one ``eurefs:`` line each, and so do the
    ``eurefs`` log warnings when ``logs``.

    Only the resolver's modules log (the cache, the HTTP client); the commands that
    never import them pass ``logs=False`` and skip importing :mod:`logging` (start-up,
    issue 10).
    """
    unhook = _say_log_warnings() if logs else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default")
            warnings.showwarning = _show_warning
            yield
    finally:
        if unhook is not None:
            unhook()


def _say_log_warnings() -> Callable[[], None]:
    """Print the ``eurefs`` log records of warning level and above as ``eurefs:`` lines;
    returns what undoes it."""
    import logging

    class SayHandler(logging.Handler):
        """Log records as ``eurefs: warning: message`` (to the stderr of the moment)."""

        def emit(self, record: logging.LogRecord) -> None:
            try:
                level = "warning" if record.levelno < logging.ERROR else "error"
                say(f"{level}: {_one_line(record.getMessage())}")
            except Exception:  # pragma: no cover - logging must never break the command
                self.handleError(record)

    logger = logging.getLogger("eurefs")
    handler = SayHandler(logging.WARNING)
    logger.addHandler(handler)
    return lambda: logger.removeHandler(handler)


def _shown(text: str, limit: int) -> str:
    """An input as stderr names it: on one line, quoted; one of white space alone as it
    is (``'   '``, not ``''``, which reads as an empty argument)."""
    return repr(_one_line(text, limit) or text[:limit])


def _cause(result: ResolveResult) -> str:
    """The error message without the name of the input it starts with."""
    assert result.error is not None
    message = result.error.message
    names = [result.input] + ([result.reference.normalized] if result.reference else [])
    for name in names:
        if name and message.startswith(f"{name}: "):
            return message[len(name) + 2 :]
    quoted = repr(result.input)
    if len(result.input) > 2 and quoted in message:  # "not an EU reference: 'x'. Expected ..."
        return message.replace(f": {quoted}", "").replace(quoted, "the input")
    return message


def report_failures(results: Iterable[ResolveResult]) -> int:
    """Print one stderr line per cause of failure (type and message) with its count.

    A cause met once names its input; one met several times gives the count and
    a few of the inputs, each once (with its count when it failed more than once).
    Returns the number of failed inputs.
    """
    causes: dict[tuple[str, str], list[str]] = {}
    for r in results:
        if r.error is not None:
            causes.setdefault((r.error.type, _cause(r)), []).append(r.input)
    for (kind, message), inputs in causes.items():
        text = _one_line(message)
        if len(inputs) == 1:
            say(f"{_shown(inputs[0], 80)}: {kind}: {text}")
            continue
        # each input once, with its count ('extract doc | resolve -' gives one line per
        # mention: a work cited 40 times was '32016R0679', '32016R0679', '32016R0679')
        times: dict[str, int] = {}
        for i in inputs:
            times[i] = times.get(i, 0) + 1
        shown = ", ".join(
            _shown(i, 40) + (f" ({n} times)" if n > 1 else "")
            for i, n in list(times.items())[:_EXAMPLES]
        )
        more = f" and {len(times) - _EXAMPLES} more" if len(times) > _EXAMPLES else ""
        say(f"{len(inputs)} inputs failed: {kind}: {text} ({shown}{more})")
    return sum(len(v) for v in causes.values())
