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


def test_an_oj_page_cited_in_several_forms_is_one_work() -> None:
    """Two of the Court's judgments cite the GDPR's publication as 'OJ 2016 L 119, p. 1'
    and 'OJ 2016, L 119, p. 1', the Digital Markets Act as 'OJ L 119, 4.5.2016, p. 1':
    the graph of the three had three works for that one page, keyed by each form."""
    from pathlib import Path

    docs = Path(__file__).resolve().parent / "data" / "corpus" / "docs"
    names = (
        "D02-cjeu-c-590-22.txt",
        "D03-cjeu-c-65-23.txt",
        "D05-digital-markets-act-footnotes.txt",
    )
    texts = [(n, extract((docs / n).read_text(encoding="utf-8"))) for n in names]
    page = "work:oj:OJ 2016 L 119, p. 1"
    graph = citation_graph(texts)
    targets = {e.target for e in graph.edges if "L 119" in e.target}
    assert targets == {page}
    assert sorted(e.source for e in graph.edges if e.target == page) == [f"doc:{n}" for n in names]
    g = nx.read_graphml(io.BytesIO(to_graphml(graph).encode("utf-8")))
    assert g.in_degree(page) == 3
    # the same page cited in French and German in one text: one work, two mentions
    (work,) = citation_graph([("fr-de.txt", extract(
        "JO L 119 du 4.5.2016, p. 1; ABl. L 119 vom 4.5.2016, S. 1–88."
    ))]).edges  # fmt: skip
    assert (work.target, work.mentions) == (page, 2)
