"""The package's dependencies point one way (docs/design.md): ``cli -> resolver ->
cellar/cache -> models``, ``short_forms -> grammar -> languages, models``, ``languages ->
data``, ``readers -> text, data``; nothing imports the CLI.

Read from the source with :mod:`ast`, every import counted: those at the top of a module,
inside a function (the lazy ones that keep start-up short) and under ``TYPE_CHECKING``
alike, since each is a dependency of the module's code.  Two tables say it: the areas an
area must never import (:data:`NEVER`), and, for the layers at the bottom, the only areas
it may import (:data:`ONLY`: a new dependency there is a decision, not a slip).
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

#: Area -> the areas it must never import (an area: ``eurefs.<area>``, a subpackage or a
#: top-level module).  Each row is a rule of docs/design.md's map.
NEVER: dict[str, tuple[str, ...]] = {
    # the API the command wraps, and everything under it
    "*": ("cli",),
    # the grammar: below the short-form pass, the scanner and the resolver, and below
    # what is made of references
    "grammar": (
        "short_forms", "scanner", "anchor_scan", "anchor_dispatch", "selection", "collector",
        "chunked", "parallel", "dask", "parsing", "readers", "text", "resolver", "batch_run",
        "outcomes", "lookup", "lookup_cache", "cellar", "cache", "annotation", "export",
        "report", "graph", "works",
    ),
    "short_forms": (
        "scanner", "chunked", "parallel", "dask", "readers", "resolver", "batch_run",
        "outcomes", "lookup", "lookup_cache", "cellar", "cache", "annotation", "export",
        "report", "graph",
    ),
    # the resolver's layer, top first: ``resolver`` -> ``batch_run`` -> ``outcomes`` ->
    # ``lookup``; none of it reads documents or makes anything of the references
    "resolver": _ABOVE_RESOLVER,
    "batch_run": ("resolver", *_ABOVE_RESOLVER),
    "lookup_cache": ("resolver", "batch_run", *_ABOVE_RESOLVER),
    "outcomes": ("resolver", "batch_run", "lookup_cache", *_ABOVE_RESOLVER),
    "lookup": (
        "resolver", "batch_run", "outcomes", "lookup_cache", "cellar", "cache",
        *_ABOVE_RESOLVER,
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
    "readers": ("text", "data", "errors", "kinds", "records", "xmlsafe"),
    "text": ("records",),
    # the one form of a text the extraction reads (line ends, accents), and its map back
    "normal_form": ("models", "latin1", "pattern_store"),
    # the client and the cache: below the resolver, above the models (the client reads
    # the language codes, ``languages.codes``, to name a title's language)
    "cellar": (
        "models", "identifiers", "languages", "errors", "kinds", "records", "pattern_store",
        "xmlsafe",
    ),
    "cache": ("models", "cache_database", "cache_sqlite", "cache_dir", "errors"),
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


def _violations() -> list[str]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        source = path.read_text(encoding="utf-8")
        for target in sorted(imports(source, module, path.name == "__init__.py")):
            if wrong(module, target):
                out.append(f"{module} imports {target}")
    return out


def test_dependencies_point_one_way() -> None:
    assert _violations() == []


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
        ("from eurefs.report import write_report", "eurefs.resolver", True),
        ("from eurefs.languages.codes import lang2", "eurefs.cellar.sparql", False),
        ("from eurefs.cellar.http import CellarClient", "eurefs.cache", True),
        # the view is below the grammar: a piece both read lives with the view
        ("from eurefs.grammar.common import merge_spans", "eurefs.textview", True),
        ("def f():\n    from eurefs.grammar import years", "eurefs.textview_drops", True),
        ("from eurefs.textview_drops import capital_break", "eurefs.grammar.whole_text", False),
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
