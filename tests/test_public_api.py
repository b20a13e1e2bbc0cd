"""Every public name of ``eurefs`` is documented where ``help()`` finds it."""

from __future__ import annotations

import inspect

import pytest

import eurefs

# Constants and type aliases: documented beside their definition (``#:`` comments, the
# string after ``Reference``) and in docs/api.md, not by a docstring of their own.
_VALUES = {"KINDS", "ALL_KINDS", "Reference", "__version__"}
_DOCUMENTED = sorted(set(eurefs.__all__) - _VALUES)


def _undocumented_methods(cls: type) -> list[str]:
    missing = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, property):
            member = member.fget
        elif isinstance(member, classmethod | staticmethod):
            member = member.__func__
        elif not inspect.isfunction(member):
            continue
        if not (member.__doc__ or "").strip():
            missing.append(name)
    return missing


def test_every_public_name_is_exported() -> None:
    assert set(eurefs.__all__) <= set(dir(eurefs))
    for name in eurefs.__all__:
        getattr(eurefs, name)  # the lazy import resolves


@pytest.mark.parametrize("name", _DOCUMENTED)
def test_public_name_has_a_docstring(name: str) -> None:
    value = getattr(eurefs, name)
    assert (value.__doc__ or "").strip(), f"eurefs.{name} has no docstring"
    if inspect.isclass(value):
        assert _undocumented_methods(value) == [], f"eurefs.{name}: methods without docstring"


@pytest.mark.parametrize("name", [n for n in _DOCUMENTED if n.endswith("Ref")])
def test_every_field_of_a_reference_model_is_described(name: str) -> None:
    """A model's docstring names each field it adds (``help()`` is the field reference)."""
    model = getattr(eurefs, name)
    doc = "\n".join((cls.__doc__ or "") for cls in model.__mro__)
    missing = [field for field in model.model_fields if f"{field}:" not in doc]
    assert missing == [], f"{name}: fields not described in the docstrings: {missing}"
