"""Data files shipped with eurefs (read with :mod:`importlib.resources`): ``popular_names.json``.

The file is read here, once, for both of its readers: the popular-name finder
(``eurefs.short_forms.popular_names``) and the language evidence
(``eurefs.languages.evidence``, which counts the names as words of their language).
Keeping the reader beside the data lets the language registry use the names without
importing ``short_forms`` (dependencies point from ``short_forms`` to ``languages``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: The popular names: one entry per work (``celex``, ``cite``, ``names`` per language,
#: ``source``, optional ``kind``); see docs/back-references.md.
POPULAR_NAMES = "popular_names.json"


@lru_cache(maxsize=1)
def popular_name_entries() -> tuple[dict[str, Any], ...]:
    """The entries of :data:`POPULAR_NAMES`, as the file writes them (read on first use)."""
    import json  # imported here: most runs never read the file
    from importlib import resources

    raw = resources.files(__name__).joinpath(POPULAR_NAMES).read_text(encoding="utf-8")
    return tuple(json.loads(raw)["entries"])
