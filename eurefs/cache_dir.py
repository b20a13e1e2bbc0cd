"""Where eurefs keeps what it caches, unless told otherwise.

One directory holds the resolver's database (:mod:`eurefs.cache`) and the store of
compiled patterns (:mod:`eurefs.pattern_store`).  This module is light (no database, no
models): extraction asks it at start-up.
"""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

#: The environment variable that names the cache directory.
ENV_CACHE_DIR = "EUREFS_CACHE_DIR"
#: The name of eurefs's directory inside the user's cache directory.
APP_NAME = "eurefs"


def default_cache_dir() -> Path:
    """``$EUREFS_CACHE_DIR`` if set, else ``platformdirs.user_cache_dir("eurefs")``."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    found = _xdg_cache_dir()
    if found is not None:
        return Path(found)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME))


def _xdg_cache_dir() -> str | None:
    """``platformdirs.user_cache_dir("eurefs")`` where it follows the XDG base directory
    rules plainly, else None (ask platformdirs).

    Every command finds this directory at start-up (the pattern store), and importing
    platformdirs cost about a twentieth of a command's start (issue 10).  On the systems
    where platformdirs reads XDG (Linux and the other Unixes; not Android, Windows or
    Apple's), its answer is ``$XDG_CACHE_HOME/eurefs`` when that variable holds an
    absolute path, and ``$HOME/.cache/eurefs`` when it is unset or blank and ``$HOME``
    is absolute.  A relative ``$XDG_CACHE_HOME`` or ``$HOME``, or none, is left to
    platformdirs (whose handling of them has changed between its versions).
    """
    if sys.platform in ("win32", "darwin", "ios", "cygwin") or hasattr(sys, "getandroidapilevel"):
        return None
    if os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system":
        return None  # perhaps an Android app: platformdirs decides
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg.strip():
        return posixpath.join(xdg, APP_NAME) if posixpath.isabs(xdg) else None
    home = os.environ.get("HOME", "")
    if posixpath.isabs(home):
        return posixpath.join(home.rstrip("/") or "/", ".cache", APP_NAME)
    return None
