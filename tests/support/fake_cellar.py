"""A fake Cellar SPARQL endpoint for unit tests of the resolver (``responses`` callbacks).

:class:`FakeCellar` answers the two SPARQL steps from the query text itself: it reads the
identifiers out of the ``VALUES`` block of the request and answers a row for every one it
knows, in the W3C JSON form or in Virtuoso's (``typed-literal``, ``link``, ``distinct``).
Faults (HTTP errors, connection errors, "too expensive") are injected in front of it.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs

import responses
from requests import PreparedRequest

SPARQL = "http://sparql.test/sparql"
CELLAR = "http://cellar.test/resource"
RES = "http://publications.europa.eu/resource"
XSD = "http://www.w3.org/2001/XMLSchema#"
LANG = f"{RES}/authority/language/"
EXPENSIVE_BODY = (
    "Virtuoso 42000 Error The estimated execution time 1510 (sec) exceeds the limit of 400 (sec)."
)

Form = Literal["w3c", "virtuoso"]
Step = Literal["step1", "step2"]
_STEP1_VALUE = re.compile(r'^\s*\("((?:[^"\\]|\\.)*)" "(?:[^"\\]|\\.)*"\^\^xsd:string\)\s*$', re.M)
_STEP1_SAMEAS = re.compile(r'^\s*\("((?:[^"\\]|\\.)*)" <[^>]+>\)\s*$', re.M)
_STEP2_VALUES = re.compile(r"VALUES \?work \{([^}]*)\}")
_IRI = re.compile(r"<([^>]+)>")


def work_uri(key: str) -> str:
    """A stable, valid Cellar work URI for a test work."""
    return f"{RES}/cellar/{uuid.uuid5(uuid.NAMESPACE_URL, key)}"


@dataclass(frozen=True)
class Work:
    celex: str
    uri: str = ""
    title: str = ""
    date: str = "2020-01-01"

    def __post_init__(self) -> None:
        if not self.uri:
            object.__setattr__(self, "uri", work_uri(self.celex))
        if not self.title:
            object.__setattr__(self, "title", f"Title of {self.celex}")


Fault = tuple[int, dict[str, str], str] | Exception


@dataclass
class FakeCellar:
    """A SPARQL endpoint that knows ``ids`` (query input -> works) and logs every query."""

    ids: dict[str, list[Work]]
    form: Form = "w3c"
    faults: list[Fault] = field(default_factory=list)
    always: Fault | None = None
    expensive_above: int | None = None
    #: Virtuoso's ResultSetMaxRows: a longer result is cut to it and marked (as Virtuoso 7.2
    #: does on loopback: HTTP 200, header ``X-SPARQL-MaxRows``)
    max_rows: int | None = None
    #: A query naming one of these ids (step 1: an input; step 2: a work URI) gets this answer
    refusing: dict[str, Fault] = field(default_factory=dict)
    queries: list[tuple[Step, int]] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def works(self) -> dict[str, Work]:
        return {w.uri: w for ws in self.ids.values() for w in ws}

    def install(self, rsps: responses.RequestsMock) -> FakeCellar:
        rsps.add_callback(responses.POST, SPARQL, callback=self)
        return self

    # -- terms in the chosen JSON form ----------------------------------------------------------
    def lit(self, value: str, datatype: str = XSD + "string") -> dict[str, str]:
        kind = "typed-literal" if self.form == "virtuoso" else "literal"
        return {"type": kind, "datatype": datatype, "value": value}

    @staticmethod
    def plain(value: str) -> dict[str, str]:
        return {"type": "literal", "value": value}

    @staticmethod
    def uri(value: str) -> dict[str, str]:
        return {"type": "uri", "value": value}

    def result(self, variables: list[str], rows: list[dict[str, Any]]) -> dict[str, Any]:
        if self.form == "virtuoso":
            return {
                "head": {"link": [], "vars": variables},
                "results": {"distinct": False, "ordered": True, "bindings": rows},
            }
        return {"head": {"vars": variables}, "results": {"bindings": rows}}

    # -- the two steps --------------------------------------------------------------------------
    def step1(self, ids: list[str]) -> dict[str, Any]:
        rows = []
        for ident in ids:
            for w in self.ids.get(ident, []):
                rows.append(
                    {
                        "input": self.plain(ident),
                        "work": self.uri(w.uri),
                        "via": self.plain("self"),
                        "celex": self.plain(w.celex),
                    }
                )
        return self.result(["input", "work", "via", "celex"], rows)

    def step2(self, works: list[str]) -> dict[str, Any]:
        rows: list[dict[str, Any]] = []
        known = self.works
        for uri in works:
            w = known.get(uri)
            if w is None:
                continue
            work = self.uri(uri)
            rows += [
                {"work": work, "key": self.plain("celex"), "val": self.lit(w.celex)},
                {"work": work, "key": self.plain("date"), "val": self.lit(w.date, XSD + "date")},
                {"work": work, "key": self.plain("language"), "val": self.uri(LANG + "ENG")},
                {
                    "work": work,
                    "key": self.plain("title"),
                    "val": self.lit(w.title),
                    "aux": self.uri(LANG + "ENG"),
                },
            ]
        return self.result(["work", "key", "val", "aux", "label", "labelEn"], rows)

    def __call__(self, request: PreparedRequest) -> tuple[int, dict[str, str], str] | Exception:
        body = request.body or ""
        text = body.decode() if isinstance(body, bytes) else body
        query = parse_qs(text)["query"][0]
        if "VALUES ?work" in query:
            match = _STEP2_VALUES.search(query)
            assert match is not None
            step: Step = "step2"
            ids = _IRI.findall(match.group(1))
        else:
            step = "step1"
            found = _STEP1_VALUE.findall(query) + _STEP1_SAMEAS.findall(query)
            # each value once: a CELEX is asked as a literal and as an alias
            ids = list(dict.fromkeys(v.replace('\\"', '"').replace("\\\\", "\\") for v in found))
        with self._lock:
            self.queries.append((step, len(ids)))
            self.user_agents.append(str(request.headers.get("User-Agent", "")))
            fault = self.faults.pop(0) if self.faults else self.always
        if fault is not None:
            return fault
        refusal = next((self.refusing[i] for i in ids if i in self.refusing), None)
        if refusal is not None:
            return refusal
        if self.expensive_above is not None and len(ids) > self.expensive_above:
            return (500, {"Content-Type": "text/plain"}, EXPENSIVE_BODY)
        answer = self.step1(ids) if step == "step1" else self.step2(ids)
        headers = {"Content-Type": "application/sparql-results+json"}
        rows = answer["results"]["bindings"]
        if self.max_rows is not None and len(rows) >= self.max_rows:
            del rows[self.max_rows :]
            headers["X-SPARQL-MaxRows"] = str(self.max_rows)
        return (200, headers, json.dumps(answer))


class Sleeps:
    """Records requested sleeps instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
