"""The package's dependencies point one way (docs/design.md): ``cli -> resolver ->
cellar/cache -> models``, ``short_forms -> grammar -> languages, models``, ``languages ->
data``, ``readers -> text, data``; the extraction (scanner, parser, chunks, worker pool)
resolves nothing; nothing imports the CLI.  (That a command imports its heavy modules
only when it runs is ``tests/cli/test_lazy_imports.py``'s.)

Read from the source with :mod:`ast`, every import counted: those at the top of a module,
inside a function (the lazy ones that keep start-up short) and under ``TYPE_CHECKING``
alike, since each is a dependency of the module's code.  Two tables say it: the areas an
area must never import (:data:`NEVER`), and, for the layers at the bottom, the only areas
it may import (:data:`ONLY`: a new dependency there is a decision, not a slip).  And no
area reaches itself through the others (:func:`cycles`): two areas that import each other,
however far round, are one piece of knowledge in two homes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import eurefs

PACKAGE = Path(eurefs.__file__).parent

#: What is made of references, and the many-documents runners: above the resolver.
_ABOVE_RESOLVER = (
    "annotation", "export", "report", "graph", "dask", "parallel", "chunked", "readers",
)  # fmt: skip

#: The resolver's layer and the client and cache under it: the network and the cache.
_RESOLUTION = ("resolver", "batch_run", "outcomes", "lookup", "lookup_cache", "cellar", "cache")

#: Area -> the areas it must never import (an area: ``eurefs.<area>``, a subpackage or a
#: top-level module).  Each row is a rule of docs/design.md's map.
NEVER: dict[str, tuple[str, ...]] = {
    # the API the command wraps, and everything under it
    "*": ("cli",),
    # the grammar: below the short-form pass, the scanner and the resolver, and below
    # what is made of references
    "grammar": (
        "short_forms", "scanner", "family_scan", "anchor_scan", "anchor_dispatch", "selection",
        "collector", "chunked", "parallel", "dask", "parsing", "readers", "text", "resolver",
        "batch_run", "outcomes", "lookup", "lookup_cache", "cellar", "cache", "annotation",
        "export", "report", "graph", "works",
    ),
    # (the short forms read a written form back with ``family_scan``, below the scanner
    # and the parser, which run the short forms)
    "short_forms": (
        "scanner", "parsing", "chunked", "parallel", "dask", "readers", "resolver", "batch_run",
        "outcomes", "lookup", "lookup_cache", "cellar", "cache", "annotation", "export",
        "report", "graph",
    ),
    # the extraction's doors (a text, one reference alone, a text in chunks, many texts):
    # they find references and resolve none, so the network and the cache are none of theirs
    "scanner": (
        *_RESOLUTION, "parsing", "chunked", "parallel", "dask", "readers", "annotation",
        "export", "report", "graph", "works",
    ),
    "parsing": (
        *_RESOLUTION, "chunked", "parallel", "dask", "readers", "annotation", "export",
        "report", "graph", "works",
    ),
    "chunked": (*_RESOLUTION, "parallel", "dask", "readers", "annotation", "export", "report"),
    "parallel": (*_RESOLUTION, "dask", "annotation", "export", "report", "graph"),
    # the grammar's families run over a text: the full references, no short forms
    "family_scan": (
        "short_forms", "scanner", "parsing", "chunked", "parallel", "dask", "readers",
        "resolver", "batch_run", "outcomes", "lookup", "lookup_cache", "cellar", "cache",
        "annotation", "export", "report", "graph", "works",
    ),
    # the resolver's layer, top first: ``resolver`` -> ``batch_run`` -> ``outcomes`` ->
    # ``lookup``; none of it reads documents or makes anything of the references
    "resolver": _ABOVE_RESOLVER,
    "batch_run": ("resolver", *_ABOVE_RESOLVER),
    "lookup_cache": ("resolver", "batch_run", *_ABOVE_RESOLVER),
    "outcomes": ("resolver", "batch_run", "lookup_cache", *_ABOVE_RESOLVER),
    # (``lookup`` reads the identifiers a user gives with ``identifiers``, their one home,
    # not the grammar: it imported ``grammar.identifier_input`` for ``scheme:id``)
    "lookup": (
        "resolver", "batch_run", "outcomes", "lookup_cache", "cellar", "cache", "grammar",
        "short_forms", "family_scan", "scanner", "parsing", *_ABOVE_RESOLVER,
    ),
}  # fmt: skip

#: Area -> the only areas it may import: the layers at the bottom of the map.
ONLY: dict[str, tuple[str, ...]] = {
    # the models: what every layer hands on, built on nothing of theirs
    "models": ("errors", "kinds"),
    # the words of the languages: data the grammar is built from
    "languages": ("data", "errors", "pattern_store", "records"),
    "data": (),
    # the identifier schemes: one home used by grammar, lookup and client alike
    "identifiers": ("errors", "pattern_store", "records"),
    # the readers make a DocumentText; what is found in it is none of theirs
    "readers": ("text", "data", "errors", "kinds", "records", "xmlsafe", "arguments"),
    "text": ("records", "arguments", "errors"),
    # the one form of a text the extraction reads (line ends, accents), and its map back
    "normal_form": ("models", "latin1", "pattern_store"),
    # the client and the cache: below the resolver, above the models (the client reads
    # the language codes, ``languages.codes``, to name a title's language)
    "cellar": (
        "models", "identifiers", "languages", "errors", "kinds", "records", "pattern_store",
        "xmlsafe", "setting_bounds", "arguments",
    ),
    # the ranges of the client's settings, which the command line reads to build its parser
    "setting_bounds": ("errors",),
    "cache": (
        "models", "cache_database", "cache_sqlite", "cache_dir", "errors", "setting_bounds",
        "arguments",
    ),
    "cache_database": ("models", "cache_sqlite", "cache_dir", "errors"),
    "cache_sqlite": ("errors",),
    "cache_dir": (),
    # the view the grammar runs on, and what it drops: below the grammar and the short forms,
    # which read what it folds and keeps (``CLEAN_TABLE``, ``capital_break``)
    "textview": (
        "data", "languages", "latin1", "pattern_store", "spans", "superscripts", "textview_drops",
    ),
    "textview_drops": ("latin1", "pattern_store", "spans", "superscripts"),
    "superscripts": ("pattern_store", "spans"),
    # the compiled patterns kept between runs, which the records and the identifier
    # schemes compile with: what they may import is part of what those may
    "pattern_store": ("cache_dir", "pattern_code", "pattern_store_file", "errors"),
    "pattern_store_file": (),
    "pattern_code": (),
    # the type checks of the public functions' arguments, which every door reads
    "arguments": ("errors",),
    # the leaves
    "errors": (), "kinds": (), "records": (), "xmlsafe": (), "latin1": (), "spans": (),
}  # fmt: skip


def _area(module: str) -> str:
    """``eurefs.grammar.cases`` -> ``grammar``; ``eurefs`` -> ``""``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, module: str, is_package: bool = False) -> set[str]:
    """The ``eurefs`` modules (or names in them) that ``source`` imports, anywhere in it;
    ``module``: its own name, to resolve relative imports."""
    here = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    return {name for name in found if name == "eurefs" or name.startswith("eurefs.")}


def wrong(module: str, target: str) -> bool:
    """Whether ``module`` may not import ``target`` (a module or a name in one)."""
    area, other = _area(module), _area(target)
    if not other or other == area:
        return False
    if other in NEVER["*"]:
        return module != "eurefs.__main__"
    if area in ONLY:
        return other not in ONLY[area]
    return other in NEVER.get(area, ())


def _imports_by_module() -> dict[str, set[str]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        source = path.read_text(encoding="utf-8")
        found[module] = imports(source, module, path.name == "__init__.py")
    return found


def _violations() -> list[str]:
    return [
        f"{module} imports {target}"
        for module, targets in _imports_by_module().items()
        for target in sorted(targets)
        if wrong(module, target)
    ]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The areas of ``edges`` (module -> the modules it imports) that reach themselves
    through other areas, each such group sorted (Tarjan's strongly connected components)."""
    graph: dict[str, set[str]] = {}
    for module, targets in edges.items():
        area = _area(module)
        graph.setdefault(area, set()).update(
            other for t in targets if (other := _area(t)) and other != area
        )
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(area: str) -> None:
        order[area] = low[area] = len(order)
        stack.append(area)
        for other in sorted(graph.get(area, ())):
            if other not in order:
                visit(other)
                low[area] = min(low[area], low[other])
            elif other in stack:
                low[area] = min(low[area], order[other])
        if low[area] == order[area]:
            group = stack[stack.index(area) :]
            del stack[stack.index(area) :]
            if len(group) > 1:
                groups.append(sorted(group))

    for area in sorted(graph):
        if area not in order:
            visit(area)
    return groups


def test_dependencies_point_one_way() -> None:
    assert _violations() == []


def test_no_area_imports_itself_through_others() -> None:
    # (``short_forms.name_normal_forms`` read a popular name's form back with ``parsing``,
    # which imports ``scanner``, which imports ``short_forms``: the family run it needed
    # is ``family_scan``'s, below all three)
    assert cycles(_imports_by_module()) == []


def test_a_cycle_is_seen() -> None:
    edges = {
        "eurefs.short_forms.name_normal_forms": {"eurefs.parsing.parse_light"},
        "eurefs.parsing": {"eurefs.scanner"},
        "eurefs.scanner": {"eurefs.short_forms"},
        "eurefs.family_scan": {"eurefs.grammar"},
    }
    assert cycles(edges) == [["parsing", "scanner", "short_forms"]]
    edges["eurefs.short_forms.name_normal_forms"] = {"eurefs.family_scan"}
    assert cycles(edges) == []


@pytest.mark.parametrize(
    ("source", "module", "is_wrong"),
    [
        ("from eurefs.cli import main", "eurefs.resolver", True),
        ("def f():\n    from eurefs.scanner import extract", "eurefs.grammar.cases", True),
        ("from ..short_forms import common", "eurefs.grammar.cases", True),
        ("from eurefs.languages import BY_CODE", "eurefs.grammar.cases", False),
        ("import eurefs.resolver", "eurefs.cellar.http", True),
        # the readers make text; the view the grammar runs on is not theirs
        ("from eurefs.textview import TextView", "eurefs.readers.pdf", True),
        ("from eurefs.text import DocumentText", "eurefs.readers.pdf", False),
        ("from eurefs import identifiers as ids", "eurefs.models.references", True),
        ("from eurefs.cellar import http", "eurefs.lookup", True),
        ("from eurefs.grammar.identifier_input import written_form", "eurefs.lookup", True),
        ("from eurefs.identifiers import scheme_and_id", "eurefs.lookup", False),
        ("from eurefs.report import write_report", "eurefs.resolver", True),
        # the extraction resolves nothing
        ("def f():\n    from eurefs.cellar.http import HttpClient", "eurefs.scanner", True),
        ("from eurefs.resolver import Resolver", "eurefs.parsing", True),
        ("from eurefs.cache import Cache", "eurefs.chunked", True),
        ("from eurefs.lookup import lookup_for", "eurefs.parallel", True),
        ("from eurefs.short_forms import with_short_forms", "eurefs.scanner", False),
        ("from eurefs.languages.codes import lang2", "eurefs.cellar.sparql", False),
        ("from eurefs.cellar.http import CellarClient", "eurefs.cache", True),
        # the view is below the grammar: a piece both read lives with the view
        ("from eurefs.grammar.common import merge_spans", "eurefs.textview", True),
        ("def f():\n    from eurefs.grammar import years", "eurefs.textview_drops", True),
        ("from eurefs.textview_drops import capital_break", "eurefs.grammar.whole_text", False),
        # the short forms read a written form back below the parser and the scanner
        ("def f():\n    from eurefs.parsing import parse_light", "eurefs.short_forms.x", True),
        ("from eurefs.family_scan import extract_kinds", "eurefs.short_forms.x", False),
        ("from eurefs.short_forms import with_short_forms", "eurefs.family_scan", True),
    ],
)
def test_a_wrong_import_is_seen(source: str, module: str, is_wrong: bool) -> None:
    targets = imports(source, module)
    assert any(wrong(module, t) for t in targets) is is_wrong


def test_every_bottom_area_is_a_module_of_the_package() -> None:
    """A row names what exists: a misspelt area would allow or forbid nothing."""
    areas = {p.stem for p in PACKAGE.glob("*.py")} | {
        p.parent.name for p in PACKAGE.glob("*/__init__.py")
    }
    named = {*ONLY, *(a for row in ONLY.values() for a in row), *NEVER, *_ABOVE_RESOLVER}
    named |= {a for row in NEVER.values() for a in row}
    assert named - {"*"} - areas == set()
