"""The citation graph, read back by networkx (GraphML, node-link JSON) and csv."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx

from eurefs.graph import CitationGraph, citation_graph, to_csv, to_graphml, to_json
from eurefs.scanner import extract

A = "Regulation (EU) 2016/679 and Directive 95/46/EC; again Regulation (EU) 2016/679."
B = "Directive 95/46/EC, Article 8 TEU, Article 2 TEU."


def _graph() -> CitationGraph:
    docs = [("a.txt", extract(A)), ("b <&\x01>.txt", extract(B)), ("a.txt", extract(B))]
    return citation_graph(docs, errors=[("broken.pdf", "a corrupt PDF")])


def test_graphml_loads_in_networkx() -> None:
    g = nx.read_graphml(io.BytesIO(to_graphml(_graph()).encode("utf-8")))
    assert isinstance(g, nx.DiGraph)
    assert g.edges["doc:a.txt", "work:32016R0679"]["mentions"] == 2
    assert g.edges["doc:a.txt", "work:31995L0046"]["mentions"] == 1
    assert g.edges["doc:a.txt#2", "work:treaty:TEU"]["mentions"] == 2
    assert g.nodes["work:32016R0679"] == {
        "label": "Regulation (EU) 2016/679", "type": "work", "kind": "legal_act",
        "celex": "32016R0679",
    }  # fmt: skip
    # a control character cannot make the XML invalid; markup characters are escaped
    assert g.nodes["doc:b <&_>.txt"]["label"] == "b <&\ufffd>.txt"
    assert g.nodes["doc:broken.pdf"]["error"] == "a corrupt PDF"
    assert g.in_degree("work:31995L0046") == 3
    documents = [n for n, d in g.nodes(data=True) if d["type"] == "document"]
    assert len(documents) == 4 and g.number_of_nodes() == 4 + 3


def test_json_is_networkx_node_link() -> None:
    data = json.loads(to_json(_graph()))
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_directed()
    assert g.edges["doc:a.txt", "work:32016R0679"]["mentions"] == 2
    assert g.nodes["work:treaty:TEU"]["label"] == "TEU"


def test_csv_edge_list() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(_graph()))))
    assert len(rows) == 6
    assert rows[0] == {
        "source": "doc:a.txt", "target": "work:32016R0679", "mentions": "2",
        "target_label": "Regulation (EU) 2016/679", "target_kind": "legal_act",
        "target_celex": "32016R0679",
    }  # fmt: skip


def test_a_range_of_cases_is_an_edge_to_each_case() -> None:
    # 'Case C-250/99 P to C-252/99 P' cites C-251/99 P too (EUR-Lex 61999CJ0238's
    # appeals, Limburgse Vinyl Maatschappij)
    graph = citation_graph([("a.txt", extract("Case C-250/99 P to C-252/99 P."))])
    assert [(e.target, e.mentions) for e in graph.edges] == [
        (f"work:case:C-{n}/99 P", 1) for n in (250, 251, 252)
    ]
