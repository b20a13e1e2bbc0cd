"""The public functions refuse arguments they do not take with eurefs' own typed errors:
``WrongArgumentType`` (also a TypeError) for a type, ``ConfigurationError`` (also a
ValueError) for a value, never a TypeError or AttributeError from deep inside."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import eurefs
from eurefs import ConfigurationError, WrongArgumentType
from eurefs.resolver import Resolver

TEXT = "Regulation (EU) 2016/679 and COM(2020) 123"


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda: eurefs.extract(None), "extract() needs a str or DocumentText, not NoneType"),
        (lambda: eurefs.extract(b"COM(2020) 123"), "not bytes"),
        (lambda: eurefs.extract(TEXT, kinds=5), "kinds must be"),  # was: 'int' not iterable
        (lambda: eurefs.extract(TEXT, kinds=[None]), "kinds must be"),  # was: sequence item 0
        (lambda: eurefs.extract(TEXT, kinds=[["oj"]]), "kinds must be"),  # was: unhashable
        (lambda: list(eurefs.iter_extract(None)), "iter_extract() needs a str"),
        (lambda: list(eurefs.iter_extract(TEXT, chunk_size=2.5)), "chunk_size must be"),
        (lambda: eurefs.annotate(None), "annotate() needs a str"),
        (lambda: eurefs.annotate(TEXT, link=5), "link must be"),  # was: int not iterable
        (lambda: eurefs.annotate_html(None), "annotate_html() needs a str or HtmlText"),
        (lambda: eurefs.group(None), "group() takes references"),
        (lambda: eurefs.group([1]), "group() takes references"),  # was: AttributeError
        (lambda: eurefs.group(TEXT), "not a text"),
    ],
)
def test_an_argument_of_a_wrong_type_is_a_wrong_argument_type(
    call: Callable[[], object], said: str
) -> None:
    with pytest.raises(WrongArgumentType, match=said.replace("(", r"\(").replace(")", r"\)")):
        call()


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda: eurefs.extract(TEXT, kinds="nope"), "unknown reference kind"),
        (lambda: eurefs.extract(TEXT, kinds=[]), "no reference kind given"),
        (lambda: list(eurefs.iter_extract(TEXT, chunk_size=0)), "chunk_size must be at least"),
        (lambda: eurefs.annotate(TEXT, format="pdf"), "unknown format 'pdf'"),
    ],
)
def test_a_value_a_function_does_not_take_is_a_configuration_error(
    call: Callable[[], object], said: str
) -> None:
    with pytest.raises(ConfigurationError, match=said):
        call()


def test_resolve_many_refuses_no_iterable_with_its_own_error() -> None:
    with Resolver(use_cache=False) as resolver:
        with pytest.raises(WrongArgumentType, match="an iterable of references or strings"):
            resolver.resolve_many(None)  # type: ignore[arg-type]
        with pytest.raises(WrongArgumentType, match=r"write resolve_many\(\['32016R0679'\]\)"):
            resolver.resolve_many("32016R0679")


def test_the_errors_stay_what_they_were_too() -> None:
    assert issubclass(WrongArgumentType, TypeError) and issubclass(ConfigurationError, ValueError)
    with pytest.raises(TypeError):
        eurefs.extract(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("setting", "error", "said"),
    [
        ({"cache_dir": 5}, WrongArgumentType, "cache_dir must be a path"),  # was: TypeError
        ({"cache_dir": ""}, ConfigurationError, "cache_dir is empty"),  # was: the working dir
        ({"sparql_endpoint": 5}, WrongArgumentType, "SPARQL endpoint must be a str"),
        ({"cellar_base": b"http://x"}, WrongArgumentType, "Cellar base must be a str"),
        ({"sparql_endpoint": ""}, ConfigurationError, "invalid SPARQL endpoint ''"),  # was: default
    ],
)
def test_the_resolver_refuses_a_path_or_endpoint_that_is_none(
    setting: dict[str, object], error: type[Exception], said: str
) -> None:
    with pytest.raises(error, match=said):
        Resolver(**setting)  # type: ignore[arg-type]


def test_an_empty_cache_dir_on_the_command_line_is_a_usage_line(tmp_path: Path) -> None:
    # ('--cache-dir "$CACHE"' with $CACHE unset wrote cache.sqlite3 into the working directory)
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", "resolve", "--cache-dir", "", "32016R0679"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=60,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert "argument --cache-dir: empty: give a directory" in run.stderr
    assert list(tmp_path.iterdir()) == []
