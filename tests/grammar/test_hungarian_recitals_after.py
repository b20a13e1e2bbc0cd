"""Hungarian recitals after the act, the word written apart (``(11) preambulum bekezdése``, ``a
62. preambulum bekezdésére``), and the bracketed number before them kept in the pinpoint,
never read as an aside with the article ``a`` after the word as a point's letter."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # dr. Farkas Mihály, 'Az adatvédelmi bírság kiszabásának szempontjai ...', jogero.hu
        # (was none)
        ("Az általános adatvédelmi rendelet (11) preambulum bekezdése a rendelet egyik fő "
         "célját az alábbiak szerint határozza meg", "általános adatvédelmi rendelet",
         "(11) preambulum bekezdése"),
        # the Kúria's order for a reference in Kfv.II.37.660/2022/13, kuria-birosag.hu (was
        # '14.cikk (1) bekezdésére')
        ("– a GDPR 14.cikk (1) bekezdésére és a 62. preambulum bekezdésére figyelemmel –",
         "GDPR", "14.cikk (1) bekezdésére és a 62. preambulum bekezdésére"),
        # the joined word, the article after it (built on the sentence above): was
        # 'preambulumbekezdése a', the recital's number taken for an aside
        ("A GDPR (26) preambulumbekezdése a rendelet hatályát határozza meg", "GDPR",
         "(26) preambulumbekezdése"),
    ],
)  # fmt: skip
def test_the_recital_after_the_name(text: str, name: str, pinpoint: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.celex, ref.pinpoint) == (name, "32016R0679", pinpoint)


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # an aside in brackets still stands between the act and its pinpoint (the Court's
        # judgment in C-132/21 as the Kúria publishes it)
        ("az (EU) 2016/679 európai parlamenti és tanácsi rendelet (általános adatvédelmi "
         "rendelet) (HL 2016. L 119., 1. o.) 77. cikke", "77. cikke"),
        ("az (EU) 2016/679 rendelet (11) preambulumbekezdése a rendelet egyik",
         "(11) preambulumbekezdése"),
        # the word alone before the article: nothing of it
        ("az (EU) 2016/679 rendelet preambulumbekezdése a rendelet egyik", None),
    ],
)  # fmt: skip
def test_the_act(text: str, pinpoint: str | None) -> None:
    assert eurefs.extract(text, kinds="legal_act")[0].pinpoint == pinpoint
