"""The package's dependencies point one way (docs/design.md): ``cli -> resolver ->
cellar/cache -> models``, ``short_forms -> grammar -> languages, models``, ``languages ->
data``, ``readers -> text, data``; nothing imports the CLI.

Read from the source with :mod:`ast`, every import counted: those at the top of a module,
inside a function (the lazy ones that keep start-up short) and under ``TYPE_CHECKING``
alike, since each is a dependency of the module's code.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import eurefs

PACKAGE = Path(eurefs.__file__).parent

#: Area -> the areas it must never import (an area: ``eurefs.<area>``, a subpackage or a
#: top-level module).  Each row is a rule of docs/design.md's map.
NEVER: dict[str, tuple[str, ...]] = {
    # the API the command wraps, and everything under it
    "*": ("cli",),
    # the models: what every layer hands on, built on nothing of theirs
    "models": (
        "grammar", "short_forms", "languages", "scanner", "parsing", "readers", "resolver",
        "batch_run", "lookup", "cellar", "cache", "annotation", "export", "report",
    ),
    # the words of the languages: data the grammar is built from
    "languages": ("grammar", "short_forms", "scanner", "parsing", "models", "resolver", "cellar"),
    "data": ("grammar", "short_forms", "languages", "models"),
    # the grammar: below the short-form pass, the scanner and the resolver
    "grammar": (
        "short_forms", "scanner", "chunked", "parallel", "readers", "resolver", "batch_run",
        "lookup", "cellar", "cache",
    ),
    "short_forms": ("scanner", "chunked", "parallel", "readers", "resolver", "cellar", "cache"),
    # the identifier schemes: one home used by grammar, lookup and client alike
    "identifiers": (
        "grammar", "short_forms", "languages", "models", "lookup", "cellar", "resolver",
    ),
    # the readers make a DocumentText; what is found in it is none of theirs
    "readers": (
        "grammar", "short_forms", "scanner", "models", "languages", "resolver", "cellar",
    ),
    "text": ("readers", "grammar", "scanner", "models", "resolver"),
    # the client: below the resolver
    "cellar": ("resolver", "batch_run", "grammar", "short_forms", "scanner", "readers"),
    "cache": ("resolver", "batch_run", "cellar", "grammar", "scanner", "readers"),
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


def _violations() -> list[str]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        area = _area(module)
        source = path.read_text(encoding="utf-8")
        for target in sorted(imports(source, module, path.name == "__init__.py")):
            other = _area(target)
            if not other or other == area:
                continue
            if other in NEVER["*"] and module != "eurefs.__main__":
                out.append(f"{module} imports {target}")
            elif other in NEVER.get(area, ()):
                out.append(f"{module} imports {target}")
    return out


def test_dependencies_point_one_way() -> None:
    assert _violations() == []


@pytest.mark.parametrize(
    ("source", "module", "wrong"),
    [
        ("from eurefs.cli import main", "eurefs.resolver", True),
        ("def f():\n    from eurefs.scanner import extract", "eurefs.grammar.cases", True),
        ("from ..short_forms import common", "eurefs.grammar.cases", True),
        ("from eurefs.languages import BY_CODE", "eurefs.grammar.cases", False),
        ("import eurefs.resolver", "eurefs.cellar.http", True),
    ],
)
def test_a_wrong_import_is_seen(source: str, module: str, wrong: bool) -> None:
    area = _area(module)
    targets = {_area(t) for t in imports(source, module)} - {"", area}
    assert bool(targets & {*NEVER["*"], *NEVER.get(area, ())}) is wrong
