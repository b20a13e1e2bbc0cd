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
from dataclasses import replace
from itertools import islice
from typing import TypeVar

from eurefs.cellar import sparql
from eurefs.cellar.cellar_works import build_cellar_work_query
from eurefs.cellar.http import HttpClient, QueryTooExpensive
from eurefs.cellar.oj_pages import build_oj_page_query
from eurefs.cellar.sparql_ids import is_work_uri
from eurefs.identifiers import cellar_resource_uri, is_celex, oj_page_values
from eurefs.models.document import Document

__all__ = ["ROUTES", "SparqlBatches", "overlapped"]

Rows = list[dict[str, sparql.Term]]
T = TypeVar("T")
R = TypeVar("R")

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

    def run(self, build: Callable[[list[str]], str], values: list[str]) -> Rows:
        """Run ``build(batch)`` over ``values`` in batches, halving on "too expensive".

        Raises:
            QueryTooExpensive: when even a single value is too expensive.
            ResolveError: any other failure of the service (see :class:`HttpClient`).
        """
        rows: Rows = []
        size = self.batch_size
        pending = [values[i : i + size] for i in range(0, len(values), size)]

        def one(batch: list[str]) -> tuple[list[str], Rows | None]:
            try:
                return batch, sparql.rows_from_result(self.http.sparql(build(batch)))
            except QueryTooExpensive:
                if len(batch) == 1:
                    raise
                return batch, None

        while pending:
            with ThreadPoolExecutor(max_workers=self.max_in_flight) as pool:
                outcomes = list(pool.map(one, pending))
            pending = []
            for batch, got in outcomes:
                if got is None:
                    half = len(batch) // 2
                    self.batch_size = max(1, min(self.batch_size, half))
                    pending += [batch[:half], batch[half:]]
                else:
                    rows.extend(got)
        return rows

    def find_works(self, by_route: Mapping[str, list[str]]) -> dict[str, list[sparql.WorkMatch]]:
        """Step 1: each value (grouped by route, see :data:`ROUTES`) -> the works it names."""
        found: dict[str, list[sparql.WorkMatch]] = {}
        for route, values in by_route.items():
            if values:
                unique = list(dict.fromkeys(values))
                if route == "oj_page":
                    self._find_pages(unique, found)
                    continue
                for m in sparql.matches_from_rows(self.run(ROUTES[route], unique)):
                    found.setdefault(m.input, []).append(m)
        return self._follow_aliases(found)

    def _find_pages(self, stems: list[str], found: dict[str, list[sparql.WorkMatch]]) -> None:
        """Classic OJ pages: each stem's forms and its issue asked in the stem's batch
        (:mod:`eurefs.cellar.oj_pages`), the works found filed under the stem."""
        forms = {stem: oj_page_values(stem) for stem in stems}
        page_of = {form: stem for stem, values in forms.items() for form in values}

        for m in sparql.matches_from_rows(self.run(build_oj_page_query, stems)):
            stem = page_of.get(m.input)
            if stem is not None:
                found.setdefault(stem, []).append(replace(m, input=stem))

    def _follow_aliases(
        self, matches: dict[str, list[sparql.WorkMatch]]
    ) -> dict[str, list[sparql.WorkMatch]]:
        """Replace documents a dossier names only by CELEX alias with their Cellar works.

        Real procedure tree notices name a dossier's documents by alias
        (``celex/52015JC0007``); the work behind the alias is found by its CELEX.
        Aliases without a work stay as they are (and are reported as not found).
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
        for m in sparql.matches_from_rows(self.run(sparql.build_celex_query, celexes)):
            works.setdefault(m.input, []).append(m.work)
        out: dict[str, list[sparql.WorkMatch]] = {}
        for key, found in matches.items():
            out[key] = []
            for m in found:
                behind = [m.work] if is_work_uri(m.work) else works.get(m.celex or "", [m.work])
                out[key].extend(replace(m, work=w) for w in behind)
        return out

    def fact_rows(self, works: list[str], lang: str) -> Rows:
        """Step 2, the service's part: the rows of facts of every work, in batches."""
        if not works:
            return []
        return self.run(lambda batch: sparql.build_work_query(batch, lang), works)

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
