"""The SPARQL path in batches: identifiers -> works -> facts, politely and in parallel.

:class:`SparqlBatches` runs the two steps of :mod:`eurefs.cellar.sparql` over
batches of identifiers: at most ``max_in_flight`` queries at once, a batch that
Cellar finds too expensive is split in two (and later batches are smaller too),
and documents a dossier names only by CELEX alias are followed to their works.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import count, islice
from typing import TypeVar

from eurefs.cellar import sparql
from eurefs.cellar.cellar_works import build_cellar_work_query
from eurefs.cellar.http import HttpClient, QueryTooExpensive
from eurefs.cellar.oj_pages import build_oj_page_query
from eurefs.cellar.sparql_ids import is_work_uri
from eurefs.errors import ResponseError
from eurefs.identifiers import cellar_resource_uri, is_celex, oj_page_values
from eurefs.models.document import Document

__all__ = ["ROUTES", "SparqlBatches", "overlapped"]

Rows = list[dict[str, sparql.Term]]
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class _Part:
    """Values asked in one query; ``refused_half_of`` numbers the refused batch it is half
    of; ``costly_half`` when it is half of a batch found too expensive."""

    values: list[str]
    refused_half_of: int | None = None
    costly_half: bool = False


#: Step-1 route -> query builder.
ROUTES: dict[str, Callable[[list[str]], str]] = {
    "celex": sparql.build_celex_query,
    "id_document": sparql.build_id_document_query,
    "sameas": sparql.build_sameas_query,
    "work": build_cellar_work_query,
}


class SparqlBatches:
    """Runs SPARQL queries over batches of values.

    Args:
        http: The client that sends the queries.
        batch_size: Values per query to start with (at least 1).
        max_in_flight: Queries sent at once.

    Attributes:
        batch_size: Values per query now; halves when Cellar answers "too expensive".
    """

    def __init__(self, http: HttpClient, *, batch_size: int, max_in_flight: int) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.http = http
        self.batch_size = batch_size
        self.max_in_flight = max_in_flight
        self._refusals = count()

    def run(
        self,
        build: Callable[[list[str]], str],
        values: list[str],
        failed: dict[str, ResponseError] | None = None,
    ) -> Rows:
        """Run ``build(batch)`` over ``values`` in batches; the rows of every answer.

        A batch the endpoint finds too expensive, or answers only in part, is asked again
        in halves (and later batches are the size of the largest half it answered).  A
        batch it answers with another error it cannot read is halved to find the value at
        fault, unless both halves are refused too: then the endpoint refuses them all, and
        that error is raised.  A value whose query still fails alone is recorded in
        ``failed`` (value -> error) while the other values are answered; with no ``failed``
        given, its error is raised.

        Raises:
            ResponseError: see above (:class:`QueryTooExpensive`: too expensive even alone).
            ServiceUnavailable: the service cannot be reached (see :class:`HttpClient`).
        """
        rows: Rows = []
        lost: dict[str, ResponseError] = {}
        size = self.batch_size
        pending = [_Part(values[i : i + size]) for i in range(0, len(values), size)]

        def one(part: _Part) -> Rows | ResponseError:
            try:
                return sparql.rows_from_result(self.http.sparql(build(part.values)))
            except ResponseError as exc:
                return exc

        answered: list[int] = []  # sizes of the halves of costly batches answered
        while pending:
            with ThreadPoolExecutor(max_workers=self.max_in_flight) as pool:
                outcomes = list(pool.map(one, pending))
            pending = self._next_parts(zip(pending, outcomes, strict=True), rows, lost, answered)
        if answered:  # (not the size a single value at fault was cut to)
            self.batch_size = min(self.batch_size, max(answered))
        if lost and failed is None:
            raise next(iter(lost.values()))
        if failed is not None:
            failed.update(lost)
        return rows

    def _next_parts(
        self,
        outcomes: Iterable[tuple[_Part, Rows | ResponseError]],
        rows: Rows,
        lost: dict[str, ResponseError],
        answered: list[int],
    ) -> list[_Part]:
        """Keep the rows of the parts answered (and in ``answered`` the size of each half of
        a costly batch answered), record the single values that failed, and give the halves
        to ask next (see :meth:`run`)."""
        parts: list[_Part] = []
        refused: dict[int, list[ResponseError]] = {}
        for part, got in outcomes:
            if not isinstance(got, ResponseError):
                rows.extend(got)
                if part.costly_half:  # a size the endpoint answers
                    answered.append(len(part.values))
                continue
            costly = isinstance(got, QueryTooExpensive)
            if not costly and part.refused_half_of is not None:
                refused.setdefault(part.refused_half_of, []).append(got)
            if len(part.values) == 1:
                lost[part.values[0]] = got
                continue
            half = len(part.values) // 2
            mark = None if costly else next(self._refusals)
            parts += [
                _Part(part.values[:half], mark, costly),
                _Part(part.values[half:], mark, costly),
            ]
        for errors in refused.values():
            if len(errors) == 2:  # both halves of a refused batch refused: all are
                raise errors[0]
        return parts

    def find_works(
        self,
        by_route: Mapping[str, list[str]],
        failed: dict[str, ResponseError] | None = None,
    ) -> dict[str, list[sparql.WorkMatch]]:
        """Step 1: each value (grouped by route, see :data:`ROUTES`) -> the works it names.

        A value the endpoint cannot answer even alone is recorded in ``failed`` (see
        :meth:`run`), as is a value whose document could not be followed from its alias.
        """
        found: dict[str, list[sparql.WorkMatch]] = {}
        for route, values in by_route.items():
            if values:
                unique = list(dict.fromkeys(values))
                if route == "oj_page":
                    self._find_pages(unique, found, failed)
                    continue
                for m in sparql.matches_from_rows(self.run(ROUTES[route], unique, failed)):
                    found.setdefault(m.input, []).append(m)
        return self._follow_aliases(found, failed)

    def _find_pages(
        self,
        stems: list[str],
        found: dict[str, list[sparql.WorkMatch]],
        failed: dict[str, ResponseError] | None = None,
    ) -> None:
        """Classic OJ pages: each stem's forms and its issue asked in the stem's batch
        (:mod:`eurefs.cellar.oj_pages`), the works found filed under the stem."""
        forms = {stem: oj_page_values(stem) for stem in stems}
        page_of = {form: stem for stem, values in forms.items() for form in values}

        for m in sparql.matches_from_rows(self.run(build_oj_page_query, stems, failed)):
            stem = page_of.get(m.input)
            if stem is not None:
                found.setdefault(stem, []).append(replace(m, input=stem))

    def _follow_aliases(
        self,
        matches: dict[str, list[sparql.WorkMatch]],
        failed: dict[str, ResponseError] | None = None,
    ) -> dict[str, list[sparql.WorkMatch]]:
        """Replace documents a dossier names only by CELEX alias with their Cellar works.

        Real procedure tree notices name a dossier's documents by alias
        (``celex/52015JC0007``); the work behind the alias is found by its CELEX.
        Aliases without a work stay as they are (and are reported as not found); a value
        whose alias could not be asked about is recorded in ``failed``.
        """
        celexes = sorted(
            {
                m.celex
                for found in matches.values()
                for m in found
                if m.celex and is_celex(m.celex) and m.work == cellar_resource_uri("celex", m.celex)
            }
        )
        if not celexes:
            return matches
        works: dict[str, list[str]] = {}
        unasked: dict[str, ResponseError] = {}
        rows = self.run(sparql.build_celex_query, celexes, unasked if failed is not None else None)
        for m in sparql.matches_from_rows(rows):
            works.setdefault(m.input, []).append(m.work)
        out: dict[str, list[sparql.WorkMatch]] = {}
        for key, found in matches.items():
            out[key] = []
            for m in found:
                if failed is not None and not is_work_uri(m.work) and m.celex in unasked:
                    failed.setdefault(key, unasked[m.celex])
                behind = [m.work] if is_work_uri(m.work) else works.get(m.celex or "", [m.work])
                out[key].extend(replace(m, work=w) for w in behind)
        return out

    def fact_rows(
        self, works: list[str], lang: str, failed: dict[str, ResponseError] | None = None
    ) -> Rows:
        """Step 2, the service's part: the rows of facts of every work, in batches (a work
        the endpoint cannot answer even alone is recorded in ``failed``, see :meth:`run`)."""
        if not works:
            return []
        return self.run(lambda batch: sparql.build_work_query(batch, lang), works, failed)

    def documents(self, works: list[str], lang: str) -> dict[str, Document]:
        """Step 2: the Document of every work (keyed by work URI), in batches."""
        return sparql.documents_from_rows(self.fact_rows(works, lang), lang)


def overlapped(
    rounds: Iterable[T], fetch: Callable[[T], R], settle: Callable[[T, R], None]
) -> None:
    """``settle(round, fetch(round))`` for each round, in order, the next round fetched meanwhile.

    One background thread fetches the rounds one after the other (so the requests
    in flight are those of one round, as without it); ``settle`` handles each
    answer here meanwhile, so the service is not left idle while answers are read.
    An exception of ``fetch`` is raised here when its round is settled (rounds not
    started yet are dropped).
    """
    queue: deque[tuple[T, Future[R]]] = deque()
    pending = iter(rounds)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="eurefs-fetch") as pool:
        try:
            while True:
                for item in islice(pending, 2 - len(queue)):
                    queue.append((item, pool.submit(fetch, item)))
                if not queue:
                    return
                item, future = queue.popleft()
                settle(item, future.result())
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
