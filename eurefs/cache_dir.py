"""Where eurefs keeps what it caches, unless told otherwise.

One directory holds the resolver's database (:mod:`eurefs.cache`) and the store of
compiled patterns (:mod:`eurefs.pattern_store`).  This module is light (no database, no
models): extraction asks it at start-up.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The environment variable that names the cache directory.
ENV_CACHE_DIR = "EUREFS_CACHE_DIR"


def default_cache_dir() -> Path:
    """``$EUREFS_CACHE_DIR`` if set, else ``platformdirs.user_cache_dir("eurefs")``."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("eurefs"))
