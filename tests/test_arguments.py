"""Every argument of every public function refuses a value of a wrong type with eurefs'
own typed error, before any work: one table over the public API (``eurefs.__all__``,
the batches of ``eurefs.parallel``, the citation exports).

The table must name every parameter of every public function and method: a new public
function, or a new parameter, without its row fails ``test_the_table_covers_...``.
"""

from __future__ import annotations

import inspect
import math
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import eurefs
from eurefs import ConfigurationError, EurefsError, WrongArgumentType
from eurefs.export import CITATION_FORMATS, to_csl
from eurefs.parallel import extract_files, extract_many
from eurefs.records import field_names
from eurefs.resolver import Resolver
from eurefs.text import DocumentText

TEXT = "Regulation (EU) 2016/679 and COM(2020) 123"
# (never made: the wrong ttl is refused first)
SCRATCH = Path(tempfile.gettempdir()) / "eurefs-test-arguments"
NOWHERE = {"sparql_endpoint": "http://127.0.0.1:9/sparql", "cellar_base": "http://127.0.0.1:9/"}

# What is wrong for each sort of argument (right values of the sort are left out).
TEXTS = (None, 5, 2.5, b"text", ["text"], {"a": 1}, Path("a.txt"))
FLAGS = (None, 1, "no", 0.0, [])
CALLBACKS = (5, "print", [print])
SETTINGS = (5, 2.5, b"x", ["x"])  # an optional str: None is right
REFERENCES = (5, 2.5, "text", [1], [None], [TEXT])
PATHS = (None, 5, 2.5, ["a.txt"], {"a": 1})
KINDS = (5, 2.5, [None], [["oj"]], {1: 2})
COUNTS = (0, -1, 2.5, "2", math.nan, True, b"2")  # a whole number of at least 1
SECONDS = (0, -1, math.nan, math.inf, "5", b"5", True, 10**9)
WHOLE = (None, 2.5, "1", b"1", True)  # an int
WAITS = (-1, math.nan, math.inf, "5", b"5", True, None, 10**9)  # seconds, 0 allowed


@dataclass(frozen=True)
class Row:
    """One argument of one public function: how to call it with a value, what is wrong
    for it, and the error (with what its message says) that each wrong value gives."""

    function: str
    parameter: str
    call: Callable[[Any], object]
    wrong: tuple[object, ...]
    error: type[Exception] = WrongArgumentType
    said: str = ""  # the message names this (default: the parameter)

    @property
    def id(self) -> str:
        return f"{self.function}({self.parameter})"


def _resolver(**options: Any) -> Resolver:
    return Resolver(**{"use_cache": False, **NOWHERE, **options})


def _doc() -> DocumentText:
    return DocumentText.from_plain("page one\fpage two")


def _rows() -> list[Row]:
    extract, iter_extract = eurefs.extract, eurefs.iter_extract
    rows = [
        Row("extract", "text", lambda x: extract(x), TEXTS, said="extract()"),
        Row("extract", "kinds", lambda x: extract(TEXT, kinds=x), KINDS),
        Row("extract", "short_forms", lambda x: extract(TEXT, short_forms=x), FLAGS),
        Row("iter_extract", "text", lambda x: list(iter_extract(x)), TEXTS, said="iter_extract()"),
        Row("iter_extract", "kinds", lambda x: list(iter_extract(TEXT, kinds=x)), KINDS),
        Row("iter_extract", "short_forms", lambda x: list(iter_extract(TEXT, short_forms=x)),
            FLAGS),
        Row("iter_extract", "chunk_size", lambda x: list(iter_extract(TEXT, chunk_size=x)), WHOLE),
        Row("iter_extract", "chunk_size", lambda x: list(iter_extract(TEXT, chunk_size=x)), (0, -1),
            ConfigurationError),
        Row("iter_extract", "progress", lambda x: list(iter_extract(TEXT, progress=x)), CALLBACKS),
        Row("parse", "string", eurefs.parse, TEXTS, said="parse()"),
        Row("group", "references", eurefs.group, (None, *REFERENCES), said="group()"),
        Row("annotate", "text", lambda x: eurefs.annotate(x), TEXTS, said="annotate()"),
        Row("annotate", "references", lambda x: eurefs.annotate(TEXT, x), REFERENCES,
            said="annotate()"),
        Row("annotate", "link", lambda x: eurefs.annotate(TEXT, link=x), (None, 5, [1])),
        Row("annotate", "format", lambda x: eurefs.annotate(TEXT, format=x), (None, 5, ["html"])),
        Row("annotate_html", "source", lambda x: eurefs.annotate_html(x), TEXTS,
            said="annotate_html()"),
        Row("annotate_html", "references", lambda x: eurefs.annotate_html(TEXT, x), REFERENCES,
            said="annotate_html()"),
        Row("annotate_html", "link", lambda x: eurefs.annotate_html(TEXT, link=x), (None, 5)),
        Row("annotate", "lang", lambda x: eurefs.annotate(TEXT, lang=x), (5, b"fr", ["fr"])),
        Row("annotate_html", "lang", lambda x: eurefs.annotate_html(TEXT, lang=x),
            (5, b"fr", ["fr"])),
        Row("read_document", "source", lambda x: eurefs.read_document(x), PATHS,
            said="read_document()"),
        Row("read_document", "input_format", lambda x: eurefs.read_document(b"x", input_format=x),
            SETTINGS),
        Row("read_document", "name", lambda x: eurefs.read_document(b"x", name=x), SETTINGS),
        Row("read_document", "progress", lambda x: eurefs.read_document(b"x", progress=x),
            CALLBACKS),
        Row("read_document", "encoding", lambda x: eurefs.read_document(b"x", encoding=x),
            SETTINGS),
        Row("read_document", "max_bytes", lambda x: eurefs.read_document(b"x", max_bytes=x),
            COUNTS, ConfigurationError),
        Row("resolve", "item", lambda x: eurefs.resolve(x, use_cache=False, **NOWHERE),
            (None, 5, b"32016R0679", ["32016R0679"]), said="resolve()"),
        Row("resolve_many", "items", lambda x: eurefs.resolve_many(x, use_cache=False, **NOWHERE),
            (None, 5, "32016R0679", b"32016R0679"), said="resolve_many()"),
        Row("resolve_many", "progress",
            lambda x: eurefs.resolve_many([], progress=x, use_cache=False, **NOWHERE), CALLBACKS),
    ]  # fmt: skip
    return (
        rows
        + _class_rows()
        + _constructor_rows()
        + _client_rows()
        + _batch_rows()
        + _export_rows()
        + _dask_rows()
    )


def _class_rows() -> list[Row]:
    def build(parameter: str) -> Callable[[Any], object]:
        return lambda x: _resolver(**{parameter: x}).close()

    resolver = "Resolver"
    rows = [
        Row(resolver, "sparql_endpoint", build("sparql_endpoint"), (5, b"http://x"), said="SPARQL"),
        Row(resolver, "cellar_base", build("cellar_base"), (5, b"http://x"), said="Cellar base"),
        Row(resolver, "lang", build("lang"), (None, 5, b"en")),
        Row(resolver, "use_cache", build("use_cache"), FLAGS),
        Row(resolver, "cache_dir", build("cache_dir"), (5, 2.5, ["x"])),
        Row(resolver, "cache_ttl",
            lambda x: _resolver(cache_ttl=x, offline=True, cache_dir=SCRATCH).close(),
            (-1, math.nan, "7 days"), ConfigurationError, said="ttl"),
        Row(resolver, "offline", build("offline"), FLAGS),
        Row(resolver, "batch_size", build("batch_size"), COUNTS, ConfigurationError),
        Row(resolver, "max_in_flight", build("max_in_flight"), COUNTS, ConfigurationError),
        Row(resolver, "timeout", build("timeout"), SECONDS, ConfigurationError),
        Row(resolver, "retries", build("retries"), (-1, 2.5, "2", math.nan, True, 10**6),
            ConfigurationError),
        Row(resolver, "http", build("http"), (5, "http://x", {"timeout": 5})),
        Row("Resolver.resolve", "item", lambda x: _resolver().resolve(x),
            (None, 5, b"32016R0679", ["32016R0679"]), said="resolve()"),
        Row("Resolver.resolve_many", "items", lambda x: _resolver().resolve_many(x),
            (None, 5, "32016R0679", b"32016R0679"), said="resolve_many()"),
        Row("Resolver.resolve_many", "progress", lambda x: _resolver().resolve_many([], progress=x),
            CALLBACKS),
        Row("DocumentText.from_plain", "text", lambda x: DocumentText.from_plain(x), TEXTS,
            said="from_plain()"),
        Row("DocumentText.from_plain", "source", lambda x: DocumentText.from_plain(TEXT, source=x),
            (None, *SETTINGS)),
        Row("DocumentText.from_plain", "format", lambda x: DocumentText.from_plain(TEXT, format=x),
            (None, *SETTINGS)),
        Row("DocumentText.from_pages", "pages",
            lambda x: DocumentText.from_pages(x, source="a", format="pdf"),
            (None, 5, "page", b"page", [1], [None]), said="from_pages()"),
        Row("DocumentText.from_pages", "source",
            lambda x: DocumentText.from_pages(["a"], source=x, format="pdf"), (None, *SETTINGS)),
        Row("DocumentText.from_pages", "format",
            lambda x: DocumentText.from_pages(["a"], source="a", format=x), (None, *SETTINGS)),
        Row("DocumentText.from_pages", "notes",
            lambda x: DocumentText.from_pages(["a"], source="a", format="pdf", notes=x),
            (None, 5, "note", [5]), said="from_pages()"),
        Row("DocumentText.page_at", "offset", lambda x: _doc().page_at(x), WHOLE),
        Row("DocumentText.page_text", "page", lambda x: _doc().page_text(x), WHOLE),
    ]  # fmt: skip
    return rows


def _constructor_rows() -> list[Row]:
    """What a user builds directly: a DocumentText (its class methods are in _class_rows)."""
    document = "DocumentText"

    def build(parameter: str) -> Callable[[Any], object]:
        return lambda x: DocumentText(**{"text": "a\fb", parameter: x})

    return [
        Row(document, "text", lambda x: DocumentText(x), TEXTS, said="DocumentText()"),
        Row(document, "page_starts", build("page_starts"),
            (None, 5, "0", [None], ["0"], [2.5], [True]), said="page start"),
        Row(document, "source", build("source"), (None, *SETTINGS)),
        Row(document, "format", build("format"), (None, *SETTINGS)),
        Row(document, "notes", build("notes"), (None, 5, "note", [5]), said="notes"),
    ]  # fmt: skip


def _client_rows() -> list[Row]:
    """The HTTP client a user gives a Resolver (``http=``), and the cache."""
    from eurefs.cache import Cache
    from eurefs.cellar.http import HttpClient

    def client(parameter: str) -> Callable[[Any], object]:
        return lambda x: HttpClient(**{parameter: x})

    def cache(parameter: str) -> Callable[[Any], object]:
        return lambda x: Cache(**{"cache_dir": SCRATCH, parameter: x})

    numbers = [
        ("timeout", SECONDS),
        ("connect_timeout", SECONDS),
        ("read_timeout", SECONDS),
        ("backoff_base", WAITS),
        ("backoff_max", WAITS),
        ("max_retry_after", WAITS),
        ("min_interval", WAITS),
        ("down_for", WAITS),
        ("max_in_flight", COUNTS),
        ("max_response_bytes", (None, *COUNTS)),
    ]
    return [
        Row("HttpClient", "sparql_endpoint", client("sparql_endpoint"), (5, b"http://x"),
            said="SPARQL"),
        Row("HttpClient", "cellar_base", client("cellar_base"), (5, b"http://x"),
            said="Cellar base"),
        *(Row("HttpClient", name, client(name), wrong, ConfigurationError)
          for name, wrong in numbers),
        Row("HttpClient", "max_retries", client("max_retries"),
            (-1, 2.5, "2", math.nan, True, 10**6), ConfigurationError, said="retries"),
        Row("HttpClient", "user_agent", client("user_agent"), SETTINGS),
        Row("HttpClient", "session", client("session"), (5, "session", {"a": 1})),
        Row("HttpClient", "sleep", client("sleep"), (None, *CALLBACKS)),
        Row("HttpClient", "clock", client("clock"), (None, *CALLBACKS)),
        Row("HttpClient", "rng", client("rng"), (5, 2.5, "random")),
        Row("Cache", "cache_dir", lambda x: Cache(x), (5, 2.5, ["x"])),
        Row("Cache", "ttl", cache("ttl"), (-1, math.nan, "7 days"), ConfigurationError),
        Row("Cache", "negative_ttl", cache("negative_ttl"), (-1, math.nan, "1 day"),
            ConfigurationError),
        Row("Cache", "busy_timeout", cache("busy_timeout"), WAITS, ConfigurationError),
        Row("Cache", "clock", cache("clock"), (None, *CALLBACKS)),
    ]  # fmt: skip


def _batch_rows() -> list[Row]:
    many, batches = "extract_many", "extract_files"
    return [
        Row(batches, "paths", lambda x: list(extract_files(x, jobs=1)), (None, 5, "a.txt"),
            said="extract_files()"),
        Row(batches, "kinds", lambda x: list(extract_files([], kinds=x, jobs=1)), KINDS),
        Row(batches, "jobs", lambda x: list(extract_files([], jobs=x)), COUNTS, ConfigurationError),
        Row(batches, "input_format", lambda x: list(extract_files([], input_format=x, jobs=1)),
            SETTINGS),
        Row(batches, "encoding", lambda x: list(extract_files([], encoding=x, jobs=1)), SETTINGS),
        Row(batches, "short_forms", lambda x: list(extract_files([], short_forms=x, jobs=1)),
            FLAGS),
        Row(batches, "max_bytes", lambda x: list(extract_files([], max_bytes=x, jobs=1)), COUNTS,
            ConfigurationError),
        Row(many, "documents", lambda x: list(extract_many(x, jobs=1)), (None, 5, "text", b"x"),
            said="extract_many()"),
        Row(many, "kinds", lambda x: list(extract_many([], kinds=x, jobs=1)), KINDS),
        Row(many, "jobs", lambda x: list(extract_many([], jobs=x)), COUNTS, ConfigurationError),
        Row(many, "short_forms", lambda x: list(extract_many([], short_forms=x, jobs=1)), FLAGS),
    ]  # fmt: skip


def _export_rows() -> list[Row]:
    documents = (None, 5, "32016R0679", [1], [eurefs.parse("Regulation (EU) 2016/679")])
    rows = []
    for name, write in {**CITATION_FORMATS, "to_csl": to_csl}.items():
        rows += [
            Row(f"export.{name}", "documents", write, documents, said="citation export"),
            Row(f"export.{name}", "lang", lambda x, write=write: write([], lang=x), (None, 5)),
        ]
    to_csl_json = CITATION_FORMATS["csl-json"]
    rows.append(
        Row("export.csl-json", "indent", lambda x: to_csl_json([], indent=x), (2.5, "  ", b""))
    )
    return rows


def _dask_rows() -> list[Row]:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from eurefs.dask import extract as dask_extract
    from eurefs.dask import resolve as dask_resolve

    frame = dd.from_pandas(pd.DataFrame({"normalized": [], "celex": []}), npartitions=1)
    bag = db.from_sequence([("a", TEXT)])
    extract, resolve = "dask.extract", "dask.resolve"
    return [
        Row(extract, "documents", dask_extract, (None, [("a", TEXT)], "a.txt"),
            said="a Dask bag"),
        Row(extract, "kinds", lambda x: dask_extract(bag, kinds=x), KINDS),
        Row(extract, "max_bytes", lambda x: dask_extract(bag, max_bytes=x), COUNTS,
            ConfigurationError),
        Row(resolve, "references", dask_resolve, (None, bag, pd.DataFrame()),
            said="Dask DataFrame"),
        Row(resolve, "partitions", lambda x: dask_resolve(frame, partitions=x), COUNTS,
            ConfigurationError),
        Row(resolve, "offline", lambda x: dask_resolve(frame, offline=x), FLAGS),
    ]  # fmt: skip


ROWS = _rows()


@pytest.mark.parametrize(
    ("row", "value"),
    [(row, value) for row in ROWS for value in row.wrong],
    ids=[f"{row.id}={value!r}" for row in ROWS for value in row.wrong],
)
def test_a_wrong_argument_is_a_typed_error_naming_it(row: Row, value: object) -> None:
    with pytest.raises(row.error) as raised:
        row.call(value)
    assert isinstance(raised.value, EurefsError)
    assert (row.said or row.parameter) in str(raised.value)


def _public_functions() -> dict[str, Callable[..., Any]]:
    """Every public function and public method a user calls, by the name the table uses."""
    surface: dict[str, Callable[..., Any]] = {}
    for name in eurefs.__all__:
        value = getattr(eurefs, name)
        if inspect.isfunction(value):
            surface[name] = value
    from eurefs.cache import Cache
    from eurefs.cellar.http import HttpClient

    surface["Resolver"] = Resolver.__init__
    # (the client a Resolver is given, and the cache, are made by users too)
    surface["HttpClient"], surface["Cache"] = HttpClient.__init__, Cache.__init__
    for cls in (Resolver, DocumentText):
        for name in vars(cls):
            function = getattr(cls, name)
            if not name.startswith("_") and (
                inspect.isfunction(function) or inspect.ismethod(function)
            ):
                surface[f"{cls.__name__}.{name}"] = function
    surface["extract_files"], surface["extract_many"] = extract_files, extract_many
    for name, write in {**CITATION_FORMATS, "to_csl": to_csl}.items():
        surface[f"export.{name}"] = write
    from eurefs.dask import extract as dask_extract
    from eurefs.dask import resolve as dask_resolve

    surface["dask.extract"], surface["dask.resolve"] = dask_extract, dask_resolve
    return surface


#: Public classes that are records of results, validated by pydantic (a
#: ``pydantic.ValidationError``, a ValueError) or made by eurefs only, not by users.
RECORDS = {
    "CaseRef", "CelexRef", "CitedWork", "ComDocumentRef", "Document", "EcliRef", "EliRef",
    "LegalActRef", "OjRef", "ProcedureRef", "Reference", "ResolveResult", "ShortFormRef",
    "TreatyArticleRef", "KINDS", "ALL_KINDS", "__version__",
}  # fmt: skip
#: Arguments checked elsewhere than in the table: ``close`` takes none; what
#: ``resolve_result`` is given that is no reference is its error record (its own test).
NOT_IN_TABLE = {("Resolver.close", ""), ("Resolver.resolve_result", "item")}


def test_the_table_covers_every_parameter_of_every_public_function() -> None:
    covered = {(row.function, row.parameter) for row in ROWS} | NOT_IN_TABLE
    # a record's constructor takes its fields (its signature is a generic one)
    missing = [("DocumentText", f) for f in field_names(DocumentText)]
    missing = [row for row in missing if row not in covered]
    for name, function in _public_functions().items():
        parameters = [
            p.name
            for p in inspect.signature(function).parameters.values()
            if p.name not in ("self", "cls") and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
        ]
        missing += [(name, p) for p in parameters if (name, p) not in covered]
        if not parameters and (name, "") not in covered:
            missing.append((name, ""))
    assert missing == []


def test_every_public_name_is_a_function_in_the_table_or_a_record() -> None:
    functions = _public_functions()
    for name in eurefs.__all__:
        value = getattr(eurefs, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            continue
        assert name in functions or name in RECORDS or name == "DocumentText", name


def test_a_resolve_result_of_a_wrong_type_is_an_error_record_as_in_a_batch() -> None:
    # (resolve_result turns every failure of its item into the record resolve_many gives)
    with _resolver() as resolver:
        (batch,) = resolver.resolve_many([None])  # type: ignore[list-item]
        alone = resolver.resolve_result(None)  # type: ignore[arg-type]
    assert batch.error is not None and alone.error == batch.error
    assert batch.error.message == "parse() needs a str, not NoneType"
