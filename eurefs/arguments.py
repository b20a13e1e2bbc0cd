"""The type checks of the public functions' arguments, written once.

A public function given an argument of a type it does not take raises
:class:`~eurefs.errors.WrongArgumentType` (also a TypeError) naming the argument, before
any work: ``short_forms="no"`` was read as true, ``progress=5`` failed after the first
chunk with "'int' object is not callable", ``DocumentText.from_plain(None)`` with an
AttributeError.  Numbers a setting takes are checked in :mod:`eurefs.setting_bounds`.
A leaf: the engine, the readers and the command line import it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from eurefs.errors import WrongArgumentType

__all__ = [
    "checked_callback",
    "checked_flag",
    "checked_instance",
    "checked_items",
    "checked_references",
    "checked_str",
    "is_reference",
]

T = TypeVar("T")


def _named(value: object) -> str:
    return "None" if value is None else type(value).__name__


def checked_flag(name: str, value: object) -> bool:
    """``value`` when it is a bool (a string ``"no"`` is no false, 0 no flag).

    Raises:
        WrongArgumentType: naming ``name``, for anything else.
    """
    if not isinstance(value, bool):
        raise WrongArgumentType(f"{name} must be True or False, not {value!r}")
    return value


def checked_str(name: str, value: object, *, optional: bool = False) -> Any:
    """``value`` when it is a str (or None, when ``optional``).

    Raises:
        WrongArgumentType: naming ``name``, for anything else.
    """
    if isinstance(value, str) or (optional and value is None):
        return value
    raise WrongArgumentType(f"{name} must be a str, not {_named(value)}")


def checked_callback(name: str, value: T, *, optional: bool = True) -> T:
    """``value`` when it is a function, or None when ``optional`` (it was called only
    after the first page or chunk, and failed there).

    Raises:
        WrongArgumentType: naming ``name``, for what cannot be called.
    """
    if (value is not None or not optional) and not callable(value):
        said = "a function or None" if optional else "a function"
        raise WrongArgumentType(f"{name} must be {said}, not {value!r}")
    return value


def checked_instance(name: str, value: T, kind: type) -> T:
    """``value`` when it is None or an instance of ``kind`` (a session, a random source
    a caller gives a client: they failed at the first request).

    Raises:
        WrongArgumentType: naming ``name`` and ``kind``, for anything else.
    """
    if value is not None and not isinstance(value, kind):
        raise WrongArgumentType(f"{name} must be a {kind.__name__} or None, not {value!r}")
    return value


def checked_items(caller: str, given: object, what: str) -> list[Any]:
    """``given`` as a list, when it is an iterable but no string nor bytes (one string
    is one item given without its list).

    Raises:
        WrongArgumentType: naming ``caller`` (``from_pages()``, ``a citation export``)
            and ``what`` it takes, for anything else.
    """
    if not isinstance(given, str | bytes | bytearray):
        iterable: Any = given
        try:
            return list(iterable)
        except TypeError:  # (not iterable)
            pass
    raise WrongArgumentType(f"{caller} takes an iterable of {what}, not {_named(given)}")


def is_reference(ref: object) -> bool:
    """Whether ``ref`` is a reference, light or not (read by its fields: no pydantic here)."""
    return isinstance(getattr(ref, "kind", None), str) and isinstance(
        getattr(ref, "start", None), int
    )


def checked_references(caller: str, references: object) -> list[Any]:
    """``references`` as a list, when it is an iterable of references.

    Raises:
        WrongArgumentType: naming ``caller``, for a text (references are extracted from
            it first), what is no iterable, or an item that is no reference.
    """
    if isinstance(references, str | bytes):
        raise WrongArgumentType(
            f"{caller}() takes the references of a text, not a text: write "
            f"eurefs.{caller}(eurefs.extract(text))"
        )
    iterable: Any = references
    try:
        given: list[Any] = list(iterable)
    except TypeError:  # (not iterable)
        given = [references]
    odd = [ref for ref in given if not is_reference(ref)]
    if odd:
        raise WrongArgumentType(
            f"{caller}() takes references (as eurefs.extract returns them), not {odd[0]!r}"
        )
    return given
