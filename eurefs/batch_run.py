"""The bookkeeping of one batch resolution (:meth:`eurefs.Resolver.resolve_many`).

Inputs are parsed and looked up in the cache a slice at a time; the lookups still
open go out in rounds of a few batches (one fetch per round, the next fetched while
the last is settled); every input gets one :class:`ResolveResult`, in input order,
and inputs that name the same lookup share its one answer.  The service and the
cache are reached only through the callables the resolver gives, so this module
holds no HTTP or cache code of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterable, Iterator
from typing import Any

from eurefs.cellar import sparql
from eurefs.cellar.batches import overlapped
from eurefs.errors import EurefsError, NotFound, ParseError, ResponseError
from eurefs.lookup import Lookup, identifier_lookup, lookup_for
from eurefs.models.document import Document
from eurefs.models.references import BaseReference
from eurefs.models.results import ResolveResult, error_info
from eurefs.outcomes import answer_for, failed_record, input_text, record

__all__ = ["BatchRun", "Fetched", "Pending", "Progress"]

Progress = Callable[[int, int], None]
#: A lookup still to resolve, with the inputs (index, reference) waiting for it (no
#: reference: a Cellar identifier given as such, :func:`~eurefs.lookup.identifier_lookup`).
Pending = tuple[Lookup, list[tuple[int, BaseReference | None]]]
#: A round's answer: identifier -> works, the works' fact rows, URIs that are no work, when,
#: and the identifier values and work URIs the service could not answer (-> why).
Fetched = tuple[
    dict[str, list[sparql.WorkMatch]],
    list[dict[str, sparql.Term]],
    set[str],
    dt.datetime,
    dict[str, ResponseError],
]


class BatchRun:
    """One ``resolve_many`` call: its inputs, their results so far and the answers settled.

    Args:
        inputs: References or strings, in the order their results are returned.
        step: Lookups per round (a few batches).
        as_reference: Parses a string input (raises :class:`ParseError`).
        cached: The cache's answers for lookups (key -> document or error).
        store: Caches the documents found and the lookups Cellar does not know.
        fetch: Asks the service about a round of lookups (or says what failed it).
        lang: Language of the documents built from the fact rows.
        progress: Called with ``(done, total)`` as inputs are settled.
    """

    def __init__(
        self,
        inputs: list[Any],
        *,
        step: int,
        as_reference: Callable[[Any], BaseReference],
        cached: Callable[[Iterable[Lookup]], dict[str, Document | EurefsError]],
        store: Callable[[Iterable[tuple[Lookup, Document]], Iterable[Lookup]], None],
        fetch: Callable[[list[Lookup]], Fetched | EurefsError],
        lang: str,
        progress: Progress | None = None,
    ) -> None:
        self.inputs = inputs
        self.step = step
        self.as_reference = as_reference
        self.cached = cached
        self.store = store
        self.fetch = fetch
        self.lang = lang
        self.progress = progress
        self.results: list[ResolveResult | None] = [None] * len(inputs)
        self.outcomes: dict[str, Document | EurefsError] = {}  # lookup key -> answer, settled
        self.done = 0

    def run(self) -> list[ResolveResult]:
        """Resolve every input; one result or error record each, in input order."""

        def settle(chunk: list[Pending], fetched: Fetched | EurefsError) -> None:
            self._settle(chunk, fetched)
            self._advance(sum(len(members) for _, members in chunk))

        overlapped(self._rounds(), lambda chunk: self.fetch([lk for lk, _ in chunk]), settle)
        return [r for r in self.results if r is not None]

    def _advance(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, len(self.inputs))

    def _rounds(self) -> Iterator[list[Pending]]:
        """The lookups to ask about, in rounds of a few batches (progress moves, a failure
        costs a round), from inputs parsed and looked up in the cache a slice at a time."""
        step, results, outcomes = self.step, self.results, self.outcomes
        todo: dict[str, Pending] = {}  # every lookup asked about: outcomes' keys too
        fresh: list[Pending] = []
        for start in range(0, len(self.inputs), step):
            indices = range(start, min(start + step, len(self.inputs)))
            found = self._answer_from_cache(indices, todo)
            waiting = 0
            for key, (lookup, members) in found.items():
                if key in outcomes:  # asked and answered in an earlier round
                    for i, ref in members:
                        results[i] = record(self.inputs[i], ref, outcomes[key])
                elif key in todo:  # asked in a round still out, or still to go
                    todo[key][1].extend(members)
                    waiting += len(members)
                else:
                    fresh.append(todo.setdefault(key, (lookup, members)))
                    waiting += len(members)
            self._advance(len(indices) - waiting)
            while len(fresh) >= step:
                yield fresh[:step]
                fresh = fresh[step:]
        if fresh:
            yield fresh

    def _answer_from_cache(self, indices: range, known: Container[str]) -> dict[str, Pending]:
        """Fill the results of the inputs at ``indices`` that fail to parse or look up, or
        that the cache answers (one read for all, ``known`` lookup keys left out); return
        the others by lookup key: (lookup, [(index, ref)])."""
        parsed: list[tuple[int, str, BaseReference | None, Lookup]] = []
        for i in indices:
            item = self.inputs[i]
            text = input_text(item)  # None, bytes...: a ParseError record, not the batch's end
            try:
                ref = self.as_reference(item)
            except ParseError as exc:
                # a Cellar identifier with no reference kind is looked up as it is
                direct = identifier_lookup(item) if isinstance(item, str) else None
                if direct is None:
                    self.results[i] = ResolveResult(input=text, error=error_info(exc))
                else:
                    parsed.append((i, text, None, direct))
                continue
            try:
                parsed.append((i, text, ref, lookup_for(ref)))
            except EurefsError as exc:
                self.results[i] = failed_record(text, ref, exc)
        cached = self.cached(lk for _, _, _, lk in parsed if lk.key not in known)
        todo: dict[str, Pending] = {}
        for i, text, named, lookup in parsed:
            hit = cached.get(lookup.key)
            if hit is not None:
                self.results[i] = record(text, named, hit)
            else:
                todo.setdefault(lookup.key, (lookup, []))[1].append((i, named))
        return todo

    def _settle(self, pending: list[Pending], fetched: Fetched | EurefsError) -> None:
        """Fill the results of a round from what the service said, and cache them."""
        if not isinstance(fetched, EurefsError):
            matches, rows, bad, fetched_at, failed = fetched
            try:
                docs = {
                    uri: doc.model_copy(update={"fetched_at": fetched_at})
                    for uri, doc in sparql.documents_from_rows(rows, self.lang).items()
                }
            except EurefsError as exc:
                fetched = exc
        found: list[tuple[Lookup, Document]] = []
        missing: list[Lookup] = []
        for lk, members in pending:
            if isinstance(fetched, EurefsError):  # the service failed for the whole round
                answer: Document | EurefsError = fetched
            else:
                answer = answer_for(lk, matches, docs, bad, failed)
                if isinstance(answer, NotFound):
                    missing.append(lk)
                elif not isinstance(answer, EurefsError):
                    found.append((lk, answer))
            self.outcomes[lk.key] = answer
            for i, ref in members:
                self.results[i] = record(self.inputs[i], ref, answer)
        self.store(found, missing)
