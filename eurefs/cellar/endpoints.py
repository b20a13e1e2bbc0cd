"""Where eurefs talks to: the SPARQL endpoint and the base of Cellar resource URIs.

Both come from an argument, else the environment (``EUREFS_SPARQL_ENDPOINT``,
``EUREFS_CELLAR_BASE``), else the public service, and both are checked when a
client is made, so a typo is one clear error up front rather than a traceback
from deep inside the HTTP stack at the first request.

The defaults use ``https://``: the Publications Office serves both the SPARQL
endpoint and ``/resource/`` over TLS.  (Resource *URIs*, the identities in the
data, keep their canonical ``http://`` form: see :mod:`eurefs.identifiers`.)
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from eurefs.errors import ConfigurationError, WrongArgumentType

__all__ = [
    "DEFAULT_CELLAR_BASE",
    "DEFAULT_SPARQL_ENDPOINT",
    "ENV_CELLAR_BASE",
    "ENV_SPARQL_ENDPOINT",
    "endpoints_from_env",
    "validate_endpoint",
]

DEFAULT_SPARQL_ENDPOINT = "https://publications.europa.eu/webapi/rdf/sparql"
DEFAULT_CELLAR_BASE = "https://publications.europa.eu/resource"
ENV_SPARQL_ENDPOINT = "EUREFS_SPARQL_ENDPOINT"
ENV_CELLAR_BASE = "EUREFS_CELLAR_BASE"


def validate_endpoint(url: str, what: str = "endpoint") -> str:
    """Return ``url`` if it is an absolute ``http(s)://host[:port]/...`` URL.

    Raises:
        ConfigurationError: (a ``ValueError``) naming ``what`` and the problem,
            with a hint when only the scheme is missing.
        WrongArgumentType: (a ``TypeError``) ``url`` is no str.
    """
    if not isinstance(url, str):
        raise WrongArgumentType(f"the {what} must be a str (an http(s) URL), not {url!r}")
    text = url.strip()
    problem = ""
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        problem = str(exc)
    else:
        if parts.scheme.lower() not in ("http", "https"):
            problem = "it must start with http:// or https://"
            if "://" not in text and text and not any(c.isspace() for c in text):
                problem += f" (did you mean http://{text}?)"
        elif not parts.hostname:
            problem = "it names no host"
        elif any(c.isspace() or ord(c) < 32 for c in text):
            problem = "it contains spaces or control characters"
        elif port == 0:
            problem = "port 0 is not a port"
    if problem:
        raise ConfigurationError(f"invalid {what} {url!r}: {problem}")
    return text


def endpoints_from_env(
    sparql_endpoint: str | None = None, cellar_base: str | None = None
) -> tuple[str, str]:
    """Return ``(sparql_endpoint, cellar_base)``, checked.

    Each value comes from the argument when given, else from the environment
    (``EUREFS_SPARQL_ENDPOINT`` / ``EUREFS_CELLAR_BASE``), else from the default.

    Raises:
        ConfigurationError: a value is not an http(s) URL (the message says where it
            came from).
    """
    sparql = _pick(sparql_endpoint, ENV_SPARQL_ENDPOINT, DEFAULT_SPARQL_ENDPOINT, "SPARQL endpoint")
    base = _pick(cellar_base, ENV_CELLAR_BASE, DEFAULT_CELLAR_BASE, "Cellar base")
    return sparql, base.rstrip("/")


def _pick(given: str | None, env: str, default: str, what: str) -> str:
    if given is not None:
        return validate_endpoint(given, what)
    from_env = os.environ.get(env)
    if from_env:
        return validate_endpoint(from_env, f"{what} (from {env})")
    return default
