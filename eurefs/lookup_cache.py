"""What the resolver keeps in the cache for its lookups, read and written in batches.

A lookup's answer is cached per language under ``<lookup key>@<lang>``, a document
also under ``work:<Cellar URI or CELEX>@<lang>`` (and the cache's own automatic
keys); a lookup Cellar does not know is cached as missing, under the same key
followed by the endpoints that said so (``answered_by``): a mirror that lacks a work,
or a wrong ``--cellar-base`` that answers 404 to everything, must not make the work
missing for the next run against Cellar.  A document found is Cellar's data wherever
it came from, so it is cached for every endpoint.  Reads and writes take many lookups
at once: one cache query for a whole ``resolve_many``, one write transaction per round.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.cache import Cache
from eurefs.errors import NOT_IN_CELLAR, EurefsError, NotFound, OfflineMiss
from eurefs.lookup import Lookup
from eurefs.models.document import Document

__all__ = ["cached", "store"]


def _key(lookup: Lookup, lang: str) -> str:
    return f"{lookup.key}@{lang}"


def _missing_key(lookup: Lookup, lang: str, answered_by: str) -> str:
    return f"{lookup.key}@{lang}@{answered_by}"


def cached(
    cache: Cache,
    lookups: Iterable[Lookup],
    lang: str,
    *,
    offline: bool,
    answered_by: str,
) -> dict[str, Document | EurefsError]:
    """Lookup key -> its cached document, or the error the cache gives (known missing
    to the endpoints ``answered_by`` names, or a miss in offline mode); lookups the
    cache leaves open are left out."""
    lookups = list(lookups)
    keys = {_key(lk, lang): lk.key for lk in lookups}
    docs = cache.get_many(keys)
    missing_keys = {
        _missing_key(lk, lang, answered_by): lk.key for lk in lookups if _key(lk, lang) not in docs
    }
    missing = cache.get_missing_many(missing_keys)
    out: dict[str, Document | EurefsError] = {}
    for cache_key, key in keys.items():
        if cache_key in docs:
            out[key] = docs[cache_key]
    for cache_key, key in missing_keys.items():
        if cache_key in missing:
            out[key] = NotFound(f"{missing[cache_key]} (cached)", key)
    if offline:
        for key in keys.values():
            out.setdefault(key, OfflineMiss("not in the cache (offline mode)", key))
    return out


def store(
    cache: Cache,
    found: Iterable[tuple[Lookup, Document]],
    missing: Iterable[Lookup],
    lang: str,
    *,
    answered_by: str,
) -> None:
    """Cache the documents found (one write for all) and the lookups the endpoints
    ``answered_by`` names do not know."""
    entries = []
    for lookup, doc in found:
        work = doc.cellar_uri or doc.celex
        keys = [_key(lookup, lang)] + ([f"work:{work}@{lang}"] if work else [])
        entries.append((keys, doc))
    cache.put_many(entries, lang=lang)
    cache.put_missing_many((_missing_key(lk, lang, answered_by), NOT_IN_CELLAR) for lk in missing)
