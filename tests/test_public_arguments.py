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
from eurefs.parallel import extract_files, extract_many
from eurefs.readers import load_bytes
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
        # the readers and the batches: each was a bare TypeError ('expected str, bytes or
        # os.PathLike object', "'int' object is not iterable", 'cannot unpack ...'), a
        # ValueError ('not enough values to unpack') or 'unknown input format 5'
        (lambda: eurefs.read_document(None), "read_document() needs a file path"),
        (lambda: eurefs.read_document(5), "needs a file path (a str or os.PathLike), not int"),
        (lambda: eurefs.read_document(["a.txt"]), "needs a file path"),
        (lambda: eurefs.read_document(b"COM(2020) 123", encoding=5), "encoding must be a str"),
        (lambda: eurefs.read_document(b"x", input_format=5), "input_format must be a str"),
        (lambda: eurefs.read_document(b"x", name=["a"]), "name must be a str"),
        (lambda: load_bytes(None), "load_bytes() needs a file path"),
        (lambda: extract_files(None), "needs an iterable of paths, not NoneType"),
        (lambda: extract_files(5), "needs an iterable of paths, not int"),
        (lambda: extract_files("a.txt"), "needs an iterable of paths, not str"),
        (lambda: list(extract_files([None], jobs=1)), "needs a file path"),
        (lambda: extract_files(["a.txt"], encoding=5), "encoding must be a str"),
        (lambda: extract_files(["a.txt"], input_format=5), "input_format must be a str"),
        (lambda: extract_many(None), "needs an iterable of (doc, text) pairs"),
        (lambda: extract_many(b"text"), "needs an iterable of (doc, text) pairs, not bytes"),
        (lambda: list(extract_many(["a"], jobs=1)), "needs (doc, text) pairs, a str and a"),
        (lambda: list(extract_many([None], jobs=1)), "not None"),
        (lambda: list(extract_many([(1, TEXT)], jobs=1)), f"not (1, {TEXT!r})"),
        # a DocumentText built directly: accepted, and a text of None or bytes failed only
        # when printed ('__str__ returned non-string'), a page start 'a' never
        (lambda: eurefs.DocumentText(None), "DocumentText() needs a str, not NoneType"),
        (lambda: eurefs.DocumentText(b"x"), "not bytes: read a file with eurefs.read_document"),
        (lambda: eurefs.DocumentText("x", ("a",)), "a page start must be an int, not 'a'"),
        (lambda: eurefs.DocumentText("x", 5), "takes an iterable of page starts (int), not int"),
        (lambda: eurefs.DocumentText("x", (), 5), "source must be a str, not int"),
        (lambda: eurefs.DocumentText("x", format=None), "format must be a str, not None"),
        (lambda: eurefs.DocumentText("x", notes="seen"), "an iterable of notes (str), not str"),
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
        # 'unknown reference kind(s): ' named nothing, and neither said what to choose
        (lambda: eurefs.extract(TEXT, kinds=""), r"kind\(s\) '': choose from com_document, "),
        (
            lambda: eurefs.extract(TEXT, kinds="legal_act,oj"),
            r"'legal_act,oj' \(several kinds are a list: kinds=\['legal_act', 'oj'\]\): choose",
        ),
        (lambda: list(eurefs.iter_extract(TEXT, kinds=["oj", "x"])), r"kind\(s\) 'x': choose from"),
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


def test_a_path_in_bytes_names_its_file_in_a_batch(tmp_path: Path) -> None:
    # extract_files([b"/tmp/a.txt"]) read the path itself as the document: no error, and
    # the references of the words of the path (none, or wrong ones)
    text = tmp_path / "Directive 95-46-EC.txt"
    text.write_text("See Regulation (EU) 2016/679.", encoding="utf-8")
    (result,) = extract_files([os.fsencode(text)], jobs=1)
    assert result.doc == str(text)
    assert [ref.celex for ref in result.references] == ["32016R0679"]
