"""The language registry: one :class:`Language` record per official EU language.

Every word a reference family needs (act types and their declined forms,
authors, number markers, Official Journal abbreviations, months, treaty names,
case words, Commission document words ...) lives in ``eurefs/languages/<code>.py``;
the families in ``eurefs.grammar`` are built by looping over :data:`LANGUAGES`.
``OFFICIAL`` lists the 24 official languages; ``lang2``/``lang3`` convert between
ISO 639-1 codes and the ISO 639-3 codes Cellar uses (``eurefs.languages.codes``).
Adding a language is adding a record (see docs/recognition.md).
What the records' words tell of the language of a reference or a text (``pick``,
``detect``) is read in ``eurefs.languages.evidence``.

The environment variable ``EUREFS_LANGUAGES`` (comma-separated codes, read once at
import) restricts recognition to some languages, e.g. ``EUREFS_LANGUAGES=en,fr``;
unset, every supported language is loaded.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from eurefs.errors import ConfigurationError
from eurefs.languages.base import Language, Treaty
from eurefs.languages.codes import LANGUAGES as OFFICIAL
from eurefs.languages.codes import lang2, lang3

#: Codes of the languages with a record, in the order ties are broken.
SUPPORTED: tuple[str, ...] = (
    "en", "fr", "de", "it", "es", "pl", "nl", "ro", "pt", "bg", "hr", "cs", "da", "et", "fi",
    "el", "hu", "ga", "lv", "lt", "mt", "sk", "sl", "sv",
)  # fmt: skip

ENV_VAR = "EUREFS_LANGUAGES"


def selected_codes(value: str | None) -> tuple[str, ...]:
    """The codes named in a ``EUREFS_LANGUAGES`` value (all supported ones when empty).

    Raises:
        ConfigurationError: (a ValueError) for a code that has no record, or a value of
            commas only, which names none: it loaded no language, and the grammar failed
            to build (a traceback from the command line).
    """
    if not value or not value.strip():
        return SUPPORTED
    codes = [c.strip().lower() for c in value.split(",") if c.strip()]
    unknown = [c for c in codes if c not in SUPPORTED]
    if unknown or not codes:
        said = f"unknown language code(s) {', '.join(unknown)}" if codes else "no code"
        raise ConfigurationError(f"{ENV_VAR}: {said}; supported: {', '.join(SUPPORTED)}")
    return tuple(c for c in SUPPORTED if c in codes)


def load(codes: Iterable[str]) -> tuple[Language, ...]:
    """The records of ``codes`` (each module ``eurefs.languages.<code>`` holds ``LANGUAGE``)."""
    records: list[Language] = []
    for code in codes:
        record = importlib.import_module(f"eurefs.languages.{code}").LANGUAGE
        if not isinstance(record, Language) or record.code != code:
            raise TypeError(f"eurefs.languages.{code}.LANGUAGE is not the record of {code!r}")
        records.append(record)
    return tuple(records)


#: The loaded records, in tie-break order (English first).
LANGUAGES: tuple[Language, ...] = load(selected_codes(os.environ.get(ENV_VAR)))
#: The loaded records by code.
BY_CODE: Mapping[str, Language] = MappingProxyType({lang.code: lang for lang in LANGUAGES})
_ORDER = {lang.code: i for i, lang in enumerate(LANGUAGES)}


def index(
    forms: Callable[[Language], Iterable[str]], *, fold: bool = False
) -> dict[str, frozenset[str]]:
    """Written form -> codes of the languages that write it (lower-cased keys when ``fold``)."""
    out: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for form in forms(lang):
            out.setdefault(form.lower() if fold else form, set()).add(lang.code)
    return {k: frozenset(v) for k, v in out.items()}


def ordered(codes: Iterable[str]) -> list[str]:
    """``codes`` in registry order (codes of no loaded language last, as given)."""
    given = list(codes)
    if len(given) <= 1:
        return given
    # Called for every reference found: a walk of the registry, not a keyed sort.
    wanted = set(given)
    if len(wanted) < len(given):  # repeated codes: keep them, as a sort would
        return sorted(given, key=lambda c: _ORDER.get(c, len(_ORDER)))
    out = [code for code in _ORDER if code in wanted]
    if len(out) < len(given):
        out.extend(c for c in given if c not in _ORDER)
    return out


__all__ = [
    "BY_CODE",
    "ENV_VAR",
    "LANGUAGES",
    "OFFICIAL",
    "SUPPORTED",
    "Language",
    "Treaty",
    "index",
    "lang2",
    "lang3",
    "load",
    "ordered",
    "selected_codes",
]
