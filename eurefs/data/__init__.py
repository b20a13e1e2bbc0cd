"""Data files shipped with eurefs (read by the package's loader): ``popular_names.json``.

The file is read here, once, for both of its readers: the popular-name finder
(``eurefs.short_forms.popular_names``) and the language evidence
(``eurefs.languages.evidence``, which counts the names as words of their language).
Keeping the reader beside the data lets the language registry use the names without
importing ``short_forms`` (dependencies point from ``short_forms`` to ``languages``).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import Any

#: The popular names: one entry per work (``celex``, ``cite``, ``names`` per language,
#: ``source``, optional ``kind``); see docs/back-references.md.
POPULAR_NAMES = "popular_names.json"
#: The language the entries' ``cite`` is written in (``Regulation (EU) 2016/679``).
CITE_LANGUAGE = "en"


@lru_cache(maxsize=1)
def popular_name_entries() -> tuple[dict[str, Any], ...]:
    """The entries of :data:`POPULAR_NAMES`, as the file writes them (read on first use)."""
    import json  # imported here: most runs never read the file

    # The package's loader reads the file, from a directory or a zip archive alike, as
    # pkgutil.get_data does; importlib.resources would first import its own dozen
    # modules, and pkgutil its own (weakref, importlib.util ...): both at start-up of
    # every extraction (issue 10).
    get_data = getattr(sys.modules[__name__].__loader__, "get_data", None)
    if get_data is None or __file__ is None:  # a loader that cannot read data files
        raise FileNotFoundError(f"{__name__}/{POPULAR_NAMES}")
    data: bytes = get_data(os.path.join(os.path.dirname(__file__), POPULAR_NAMES))
    return tuple(json.loads(data.decode("utf-8"))["entries"])
