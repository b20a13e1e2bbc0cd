"""Frozen records made without generating code, for the classes extraction imports.

A ``@dataclass(frozen=True)`` class gets its ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` written out as source and compiled when
the class is created, at every import.  For the language records (``Language`` has some
80 fields) that compilation was about a twentieth of what ``eurefs parse`` and
``eurefs extract`` take to start (issue 10), for classes made 24 times each; a small
dataclass costs some 4 M instructions (the grammar's ``Family`` and ``Anchor``, the
identifier ``Scheme``, the ``PopularName`` entries).  Importing :mod:`dataclasses` at all
(it imports :mod:`inspect`, :mod:`ast`, :mod:`dis` ...) was another twelfth, so this
module does not: its :func:`field` stands for ``dataclasses.field``.

:func:`record` gives a class the same behaviour from methods written once, here: a
keyword or positional constructor with the same defaults (:func:`field` with
``default`` or ``default_factory`` included), frozen instances
(:class:`dataclasses.FrozenInstanceError`), equality and hash over the fields in order,
the dataclass ``repr``, and a class's own ``__post_init__`` called after the fields are
set (a check of what a user built).  Type checkers read it as a frozen dataclass (PEP 681).
Records are made rarely: the generic constructor is slower per instance than a generated
one, so this is for classes made a few times, not per reference.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

__all__ = ["field", "field_names", "record", "replace"]

T = TypeVar("T")


class _Missing:
    """No default (``dataclasses.MISSING``)."""

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()
# field name -> (default, default factory); _MISSING for none
_Defaults = dict[str, tuple[Any, Callable[[], Any] | Any]]


class _Field:
    """A field's default or default factory, as written in a record's class body."""

    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Any) -> None:
        self.default, self.default_factory = default, default_factory


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] = _MISSING) -> Any:
    """A field's default, or the function making one for each instance (a mutable
    default), as ``dataclasses.field`` takes them."""
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("a field takes a default or a default factory, not both")
    return _Field(default, default_factory)


def replace(obj: T, **changes: Any) -> T:
    """A copy of the record ``obj`` with ``changes`` (``dataclasses.replace``)."""
    values = {name: getattr(obj, name) for name in field_names(type(obj))}
    values.update(changes)
    return type(obj)(**values)


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of a :func:`record` class, in order."""
    names: tuple[str, ...] = cls.__dict__["__record_fields__"]
    return names


def _defaults(cls: type, names: tuple[str, ...]) -> _Defaults:
    """The defaults written in the class body; a :func:`field` is replaced by its plain
    default on the class (or removed), as ``@dataclass`` does."""
    defaults: _Defaults = {}
    for name in names:
        if name not in cls.__dict__:
            if defaults:
                raise TypeError(f"non-default field {name!r} follows a default field")
            continue
        value = cls.__dict__[name]
        if isinstance(value, _Field):
            defaults[name] = (value.default, value.default_factory)
            if value.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, value.default)
        else:
            defaults[name] = (value, _MISSING)
    return defaults


def _init(
    names: tuple[str, ...], defaults: _Defaults, post_init: Callable[[Any], None] | None
) -> Callable[..., None]:
    index = frozenset(names)
    required = index - defaults.keys()
    plain = {n: d for n, (d, _) in defaults.items() if d is not _MISSING}
    factories = {n: f for n, (d, f) in defaults.items() if d is _MISSING}

    def __init__(self: object, *args: Any, **kwargs: Any) -> None:
        if args:
            if len(args) > len(names):
                raise TypeError(f"{type(self).__name__}() takes {len(names)} arguments")
            twice = [n for n in names[: len(args)] if n in kwargs]
            if twice:
                raise TypeError(f"{type(self).__name__}() got two values for {twice[0]!r}")
            kwargs.update(zip(names, args, strict=False))
        if not kwargs.keys() <= index:
            unknown = next(k for k in kwargs if k not in index)
            raise TypeError(f"{type(self).__name__}() got an unexpected argument {unknown!r}")
        if not required <= kwargs.keys():
            missing = next(n for n in names if n in required and n not in kwargs)
            raise TypeError(f"{type(self).__name__}() missing argument {missing!r}")
        values = {**plain, **kwargs}
        for name, factory in factories.items():
            if name not in kwargs:
                values[name] = factory()
        # in field order, as a dataclass's __init__ sets them (vars() lists them so)
        vars(self).update({name: values[name] for name in names})
        if post_init is not None:
            post_init(self)

    return __init__


def _values(self: object) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in field_names(type(self)))


def _eq(self: object, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: object) -> int:
    return hash(_values(self))


def _repr(self: object) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in field_names(type(self)))
    return f"{type(self).__qualname__}({fields})"


def _setattr(self: object, name: str, value: object) -> None:
    from dataclasses import FrozenInstanceError  # (not imported at start-up)

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: object, name: str) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen record of its annotated fields (see the module's notes)."""
    if any("__record_fields__" in vars(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a record cannot extend another record")
    # the class's own annotations, in order (``inspect.get_annotations``, unevaluated)
    names = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 - no inspect
    defaults = _defaults(cls, names)
    setattr(cls, "__record_fields__", names)  # noqa: B010 - not a name mypy knows
    setattr(cls, "__match_args__", names)  # noqa: B010
    init = _init(names, defaults, cls.__dict__.get("__post_init__"))
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    methods = {
        "__init__": init,
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash,
        "__setattr__": _setattr,
        "__delattr__": _delattr,
    }
    for name, method in methods.items():
        setattr(cls, name, method)
    return cls
