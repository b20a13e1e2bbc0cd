"""What the resolver keeps in the cache for its lookups, read and written in batches.

A lookup's answer is cached per language under ``<lookup key>@<lang>``, a document
also under ``work:<Cellar URI or CELEX>@<lang>`` (and the cache's own automatic
keys); a lookup Cellar does not know is cached as missing.  Reads and writes take
many lookups at once: one cache query for a whole ``resolve_many``, one write
transaction per round.
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


def cached(
    cache: Cache, lookups: Iterable[Lookup], lang: str, *, offline: bool
) -> dict[str, Document | EurefsError]:
    """Lookup key -> its cached document, or the error the cache gives (known missing,
    or a miss in offline mode); lookups the cache leaves open are left out."""
    keys = {_key(lk, lang): lk.key for lk in lookups}
    docs = cache.get_many(keys)
    missing = cache.get_missing_many(k for k in keys if k not in docs)
    out: dict[str, Document | EurefsError] = {}
    for cache_key, key in keys.items():
        if cache_key in docs:
            out[key] = docs[cache_key]
        elif cache_key in missing:
            out[key] = NotFound(f"{missing[cache_key]} (cached)", key)
        elif offline:
            out[key] = OfflineMiss("not in the cache (offline mode)", key)
    return out


def store(
    cache: Cache,
    found: Iterable[tuple[Lookup, Document]],
    missing: Iterable[Lookup],
    lang: str,
) -> None:
    """Cache the documents found (one write for all) and the lookups Cellar does not know."""
    entries = []
    for lookup, doc in found:
        work = doc.cellar_uri or doc.celex
        keys = [_key(lookup, lang)] + ([f"work:{work}@{lang}"] if work else [])
        entries.append((keys, doc))
    cache.put_many(entries, lang=lang)
    cache.put_missing_many((_key(lk, lang), NOT_IN_CELLAR) for lk in missing)
