"""The citation graph of a set of documents: who cites which work, how often.

Nodes are the input documents and the works they cite (grouped as in
:mod:`eurefs.works`); a directed edge from a document to a work carries the
number of mentions.  Written as CSV (an edge list that spreadsheets and Gephi
read), GraphML (Gephi, yEd, Cytoscape, networkx) or JSON (networkx's
node-link form).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from eurefs.models.references import BaseReference
from eurefs.works import cited_works

GRAPH_FORMATS = ("csv", "graphml", "json")

# Characters XML 1.0 does not allow, even escaped.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Node:
    """A document or a cited work.

    Attributes:
        id: ``doc:<name>`` for an input document, ``work:<key>`` for a work.
        label: The document's name, or how people name the work.
        type: ``document`` or ``work``.
        kind: The reference kind of a work (``legal_act``, ...); empty for documents.
        celex: The work's CELEX number, when known.
        error: Why a document could not be read (it then cites nothing).
    """

    id: str
    label: str
    type: str
    kind: str = ""
    celex: str = ""
    error: str = ""


@dataclass(frozen=True)
class Edge:
    """``source`` (a document) cites ``target`` (a work) ``mentions`` times."""

    source: str
    target: str
    mentions: int


@dataclass
class CitationGraph:
    """Nodes (documents first, then works in order of first citation) and edges."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def citation_graph(
    documents: Iterable[tuple[str, Sequence[BaseReference]]],
    errors: Iterable[tuple[str, str]] = (),
) -> CitationGraph:
    """Build the graph from ``(document name, references)`` pairs.

    ``errors`` lists ``(document name, message)`` for inputs that could not be
    read: they appear as document nodes with ``error`` set and no edges.
    """
    graph = CitationGraph()
    works: dict[str, Node] = {}
    seen: set[str] = set()

    def doc_id(name: str) -> str:
        # The same file given twice is two inputs: keep both, with distinct ids.
        base, n = f"doc:{name}", 1
        ident = base
        while ident in seen:
            n += 1
            ident = f"{base}#{n}"
        seen.add(ident)
        return ident

    for name, refs in documents:
        source = doc_id(name)
        graph.nodes.append(Node(source, name, "document"))
        for work in cited_works(refs):
            work_id = f"work:{work.key}"
            if work_id not in works:
                works[work_id] = Node(work_id, work.label, "work", work.kind, work.celex or "")
            graph.edges.append(Edge(source, work_id, work.mentions))
    graph.nodes += [Node(doc_id(name), name, "document", error=msg) for name, msg in errors]
    graph.nodes += works.values()
    return graph


def to_csv(graph: CitationGraph) -> str:
    """One row per edge: ``source, target, mentions`` and the work's label, kind and CELEX."""
    nodes = {n.id: n for n in graph.nodes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "mentions", "target_label", "target_kind", "target_celex"])
    for e in graph.edges:
        t = nodes[e.target]
        writer.writerow([e.source, e.target, e.mentions, t.label, t.kind, t.celex])
    return out.getvalue()


_NODE_KEYS = ("label", "type", "kind", "celex", "error")


def _xml(value: str) -> str:
    return escape(_XML_ILLEGAL.sub("\ufffd", value))


def to_graphml(graph: CitationGraph) -> str:
    """The graph as GraphML (directed; node attributes as strings, ``mentions`` an int)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    lines += [
        f'  <key id="{k}" for="node" attr.name="{k}" attr.type="string"/>' for k in _NODE_KEYS
    ]
    lines.append('  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>')
    lines.append('  <graph id="citations" edgedefault="directed">')
    for n in graph.nodes:
        lines.append(f"    <node id={quoteattr(_XML_ILLEGAL.sub('_', n.id))}>")
        for key in _NODE_KEYS:
            value = getattr(n, key)
            if value:
                lines.append(f'      <data key="{key}">{_xml(value)}</data>')
        lines.append("    </node>")
    for e in graph.edges:
        src, dst = (quoteattr(_XML_ILLEGAL.sub("_", x)) for x in (e.source, e.target))
        lines.append(f"    <edge source={src} target={dst}>")
        lines.append(f'      <data key="mentions">{e.mentions}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def to_json(graph: CitationGraph) -> str:
    """networkx's node-link JSON (``directed``, ``nodes``, ``edges``)."""
    data: dict[str, Any] = {
        "directed": True,
        "multigraph": False,
        "graph": {},
        "nodes": [{k: v for k, v in vars(n).items() if v or k == "id"} for n in graph.nodes],
        "edges": [vars(e) for e in graph.edges],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


WRITERS = {"csv": to_csv, "graphml": to_graphml, "json": to_json}
