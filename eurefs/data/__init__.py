"""Data files shipped with eurefs (read with :func:`pkgutil.get_data`): ``popular_names.json``.

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
    import pkgutil

    # the package's loader reads the file (from a directory or a zip archive alike);
    # importlib.resources would first import its own dozen modules (start-up, issue 10)
    data = pkgutil.get_data(__name__, POPULAR_NAMES)
    if data is None:  # a loader that cannot read data files
        raise FileNotFoundError(f"{__name__}/{POPULAR_NAMES}")
    return tuple(json.loads(data.decode("utf-8"))["entries"])
