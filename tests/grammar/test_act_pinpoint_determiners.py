"""A pinpoint before an act whose link and act a determiner stands between, the act named
again in full, its number written (``eurefs.grammar.act_pinpoints``: ``art. 27 del citato
regolamento n. 1/2003``): the pinpoint is that act's.  The determiners are the record's
anaphors' (``back_references.anaphor_determiners``)."""

from __future__ import annotations

import pytest

import eurefs

# (text, the act's span, its pinpoint)
CASES = [
    # Italian: 'citato', as Italian writing has it before the act ('previsto dall'art. 30 del
    # citato regolamento', a university's privacy page; 'art. 5 del predetto Regolamento GDPR',
    # a privacy notice: public repositories); was no pinpoint
    ("ai sensi dell'art. 27 del citato regolamento n. 1/2003, la Commissione",
     "regolamento n. 1/2003", "art. 27"),
    ("ai sensi dell'articolo 27, paragrafo 2, del suddetto regolamento (CE) n. 1/2003, la",
     "regolamento (CE) n. 1/2003", "articolo 27, paragrafo 2"),
    # Spanish, Portuguese ('citado' ends in the link 'do': the cheap test passed, the pattern
    # did not), German, English, Greek: the determiner perhaps starting with the link
    ("con arreglo al artículo 27 del citado Reglamento n.º 1/2003, la Comisión",
     "Reglamento n.º 1/2003", "artículo 27"),
    ("nos termos do artigo 27.º do referido Regulamento (CE) n.º 1/2003, a Comissão",
     "Regulamento (CE) n.º 1/2003", "artigo 27.º"),
    ("nos termos do artigo 27.º do citado Regulamento (CE) n.º 1/2003, a Comissão",
     "Regulamento (CE) n.º 1/2003", "artigo 27.º"),
    ("nach Art. 27 der genannten Verordnung Nr. 1/2003 hat", "Verordnung Nr. 1/2003", "Art. 27"),
    ("under Article 27 of the said Regulation No 1/2003, the Commission",
     "Regulation No 1/2003", "Article 27"),
    ("σύμφωνα με το άρθρο 27 του εν λόγω κανονισμού (ΕΚ) 1/2003", "κανονισμού (ΕΚ) 1/2003",
     "άρθρο 27"),
    # a language without link words: the determiner after the pinpoint's number
    ("na podstawie art. 27 ust. 1 wspomnianego rozporządzenia (WE) nr 1/2003 Komisja",
     "rozporządzenia (WE) nr 1/2003", "art. 27 ust. 1"),
    # no pinpoint: no link before the determiner, or no article before the link
    ("il citato regolamento n. 1/2003 prevede", "regolamento n. 1/2003", None),
    ("la Commissione del citato regolamento n. 1/2003", "regolamento n. 1/2003", None),
    ("nel 2003 del citato regolamento n. 1/2003", "regolamento n. 1/2003", None),
    ("in Article 5 that Regulation (EU) 2016/679 amends", "Regulation (EU) 2016/679", None),
    ("Article 5 of the Treaty and that Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
     None),
    ("the Commission of that Regulation (EU) 2016/679", "Regulation (EU) 2016/679", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "pinpoint"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_determiner_between_the_link_and_the_act(
    text: str, span: str, pinpoint: str | None
) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [r.text for r in acts] == [span]
    assert acts[0].pinpoint == pinpoint
    assert text[acts[0].start : acts[0].end] == span
