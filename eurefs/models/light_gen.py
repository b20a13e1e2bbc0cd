"""Writes ``eurefs/models/light.py``, the light references, from the public models.

The field table of each kind (name, type, default, list or not, required) has one home:
the pydantic models of ``eurefs.models.references``.  The extraction engine must not
import pydantic (``eurefs parse`` and ``eurefs extract`` start without it, issue 10),
so it cannot read ``model_fields`` at run time; and its light classes need the fields
declared as class annotations for mypy, which a table built at run time would not give.
So the light module is generated from ``model_fields`` and committed, and
``tests/models/test_light.py`` fails when the committed module differs from what this
module renders.  After changing a model, run::

    python -m eurefs.models.light_gen
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import types
import typing
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from eurefs import kinds
from eurefs.models import references
from eurefs.models.frozen import FrozenModel

#: The generated module.
LIGHT_PATH = Path(__file__).with_name("light.py")

#: The public reference classes, base first, in the order of the generated module.
CLASSES: tuple[type[references.BaseReference], ...] = (
    references.BaseReference,
    references.ComDocumentRef,
    references.LegalActRef,
    references.OjRef,
    references.CelexRef,
    references.EliRef,
    references.EcliRef,
    references.CaseRef,
    references.ProcedureRef,
    references.TreatyArticleRef,
    references.ShortFormRef,
)

_HEAD = '''"""The light references of the extraction engine: one class per kind, pydantic-free.

GENERATED from the public models (``eurefs.models.references``) by
``python -m eurefs.models.light_gen``; do not edit.  ``tests/models/test_light.py``
fails when this module differs from what the generator renders, so the fields of a
kind have one home, the public model (see ``eurefs.models.light_gen`` for why this
module is generated and committed rather than built at run time).

The classes carry the public models' names, so the grammar reads the same either way;
the engine makes only these, and ``eurefs.models.public.to_model`` turns one into the
public model at the door of the public API.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from eurefs.models.light_base import Field, LightReference
'''


# The named literal types of the public models (``ActType``...), named alike here.
_ALIASES: dict[Any, str] = {
    value: name
    for name, value in sorted(vars(references).items())
    if typing.get_origin(value) is Literal and not name.startswith("_")
}


def _shared(name: str, value: object) -> bool:
    """Whether the public models take the literal type from ``eurefs.kinds`` (light
    enough to import as it is, so the light module imports it too)."""
    return getattr(kinds, name, None) is value


def _aliases() -> str:
    """The named literal types, one value a line (as formatted); those of
    ``eurefs.kinds`` imported from there."""
    own = sorted((i for i in _ALIASES.items() if not _shared(i[1], i[0])), key=lambda i: i[1])
    return (
        "\n".join(
            f"{name} = Literal[\n"
            + "".join(f"    {_literal(a)},\n" for a in typing.get_args(value))
            + "]"
            for value, name in own
        )
        + "\n"
    )


def _literal(value: object) -> str:
    """A default or a literal as source text, strings in double quotes (as formatted)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    raise TypeError(f"no light form for the value {value!r}")


def render_type(annotation: Any) -> str:
    """A field's annotation as source text (``str | None``, ``Literal['C', 'T']``)."""
    if annotation is None or annotation is type(None):
        return "None"
    origin = typing.get_origin(annotation)
    if origin is Literal and annotation in _ALIASES:
        return _ALIASES[annotation]
    if origin is Literal:
        return "Literal[" + ", ".join(_literal(a) for a in typing.get_args(annotation)) + "]"
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(render_type(a) for a in typing.get_args(annotation))
    if origin is list:
        return "list[" + ", ".join(render_type(a) for a in typing.get_args(annotation)) + "]"
    if annotation is dt.date:
        return "dt.date"
    if annotation in (str, int, bool):
        return str(annotation.__name__)
    raise TypeError(f"no light form for the annotation {annotation!r}")


def _field(name: str, model: type[BaseModel]) -> str:
    info = model.model_fields[name]
    is_list = typing.get_origin(info.annotation) is list
    if info.default_factory is not None:
        # the list fields' factory: a new empty list (a light reference makes its own)
        if not is_list or info.default_factory() != []:  # type: ignore[call-arg]
            raise TypeError(f"{model.__name__}.{name}: only list fields may have a factory")
        return f"Field({_literal(name)}, True, False)"
    if info.is_required():
        return f"Field({_literal(name)}, {is_list}, True)"
    return f"Field({_literal(name)}, {is_list}, False, {_literal(info.default)})"


def _own(model: type[BaseModel]) -> list[str]:
    """The fields ``model`` declares or redeclares (its annotations), in its order."""
    return [n for n in model.model_fields if n in inspect.get_annotations(model)]


def _fields(model: type[BaseModel], base: type[BaseModel]) -> list[str]:
    """The items of ``model``'s ``FIELDS``: a ``Field`` each, but a run of fields the same
    as ``base``'s at the same places is that run of ``base.FIELDS``, unpacked (a kind
    redeclares ``kind`` and adds its own: ``*BaseReference.FIELDS[1:]``)."""
    inherited = [_field(n, base) for n in base.model_fields] if base is not FrozenModel else []
    own = [_field(n, model) for n in model.model_fields]
    items: list[str] = []
    i = 0
    while i < len(own):
        j = i
        while j < min(len(own), len(inherited)) and own[j] == inherited[j]:
            j += 1
        if j > i:
            whole = i == 0 and j == len(inherited)
            cut = "" if whole else f"[{i or ''}:{'' if j == len(inherited) else j}]"
            items.append(f"*{base.__name__}.FIELDS{cut}")
            i = j
        else:
            items.append(own[i])
            i += 1
    return items


def _class(model: type[BaseModel]) -> str:
    base = model.__mro__[1]
    parent = base.__name__ if base is not FrozenModel else "LightReference"
    lines = [f"class {model.__name__}({parent}):", f'    """Light {model.__name__}."""', ""]
    lines.append("    __slots__ = ()")
    lines.append("    FIELDS: ClassVar[tuple[Field, ...]] = (")
    lines.extend(f"        {item}," for item in _fields(model, base))
    lines.append("    )")
    for name in _own(model):
        lines.append(f"    {name}: {render_type(model.model_fields[name].annotation)}")
    return "\n".join(lines) + "\n"


def render() -> str:
    """The source text of ``eurefs/models/light.py``."""
    shared = sorted(name for value, name in _ALIASES.items() if _shared(name, value))
    head = _HEAD.replace(
        "\nfrom eurefs.models.light_base",
        "".join(f"\nfrom eurefs.kinds import {name} as {name}" for name in shared)
        + "\nfrom eurefs.models.light_base",
    )
    parts = [head + "\n" + _aliases(), *(_class(c) for c in CLASSES)]
    union = "\n".join(f"    | {c.__name__}" for c in CLASSES[2:])
    parts.append(
        f"Reference = (\n    {CLASSES[1].__name__}\n{union}\n)\n"
        '"""Any light reference (the light twin of the public ``Reference``)."""\n'
    )
    return "\n\n".join(parts)


def main() -> None:
    """Write the generated module."""
    LIGHT_PATH.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
