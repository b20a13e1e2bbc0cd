"""A reference's language told without reading the words around it where none of them
hints at any of its candidates (``grammar/unhinted``): what ``pick`` gives there, asked
only where references stand close together."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

import eurefs
from eurefs.grammar import base, unhinted
from eurefs.languages import hints
from tests.support.mixtures import mixture
from tests.support.spies import spy

_DATA = Path(__file__).resolve().parents[1] / "data"

# A Portuguese model's docstring listing the EU AI Act's articles it implements (a public
# repository; find_string 'Art. 6 EU ', id 49330441924): English, Danish, Dutch and
# Swedish drop the EU before 'AI', German keeps it, and no word near tells which
_AI_ACT_LIST = (
    "    Implementa:\n"
    "    - Art. 6 EU AI Act (Risk Classification)\n"
    "    - Art. 11 EU AI Act (Technical Documentation)\n"
    "    - Art. 51 EU AI Act (GPAI Systemic Risk)\n"
)
# the benchmark's dense form of it (benchmarks/extract_benchmark.py, 'Art. 6 EU law, ')
_DENSE = "Art. 6 EU law, "


def _rows(text: str) -> list[tuple[object, ...]]:
    return [(r.kind, r.start, r.end, r.normalized, r.lang) for r in eurefs.extract(text)]


def _picks(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, list[tuple[object, ...]]]:
    """How many times the extraction of ``text`` reads a reference's words for its
    language, and what it finds."""
    with monkeypatch.context() as patched:
        read = spy(patched, base, "pick")
        rows = _rows(text)
    return read.count, rows


def test_a_dense_list_without_a_hinting_word_is_not_read_at_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls, rows = _picks(monkeypatch, _AI_ACT_LIST * 100)
    assert calls <= unhinted.STREAK + 1  # (fails without: 300)
    with monkeypatch.context() as patched:
        patched.setattr(unhinted, "STREAK", 10**9)
        patched.setattr(base, "STREAK", 10**9)
        assert rows == _rows(_AI_ACT_LIST * 100)


def test_dense_citations_read_each_where_a_word_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    # (German words near: 'die', 'der' hint at the language keeping the EU)
    calls, _ = _picks(monkeypatch, "die Art. 6 EU der Sache, " * 100)
    assert calls == 100


def _checked(monkeypatch: pytest.MonkeyPatch, text: str, streak: int) -> tuple[list[object], int]:
    """The references of ``text`` with the languages told from ``streak`` references in a
    row on, each told answer checked against the reading's; how many were told."""
    told = unhinted.Picks.told
    count = [0]

    def checked(
        self: unhinted.Picks, region: str, at: tuple[int, int, int], *args: object
    ) -> str | None:
        answer = told(self, region, at, *args)  # type: ignore[arg-type]
        if answer is not None:
            count[0] += 1
            pos, near, wide = at
            cands, prefer, after, text_language = args
            lo = max(0, pos - wide)
            read = hints.pick(
                cands,  # type: ignore[arg-type]
                region[max(0, pos - near) : pos],
                prefer,  # type: ignore[arg-type]
                after,  # type: ignore[arg-type]
                lambda: region[lo:pos],
                text_language,  # type: ignore[arg-type]
            )
            assert answer == read, (region[lo : pos + 40], cands)
        return answer

    with monkeypatch.context() as patched:
        patched.setattr(base, "STREAK", streak)
        patched.setattr(unhinted.Picks, "told", checked)
        return _rows(text), count[0]  # type: ignore[return-value]


def _development_texts() -> Iterator[str]:
    for path in sorted(_DATA.glob("corpus*/docs/*.txt")):
        yield path.read_text(encoding="utf-8")


def _same(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """Every reference's language told where it can be (however far apart) is the
    reading's, and so are the references; how many were told."""
    rows, told = _checked(monkeypatch, text, 0)
    with monkeypatch.context() as patched:
        patched.setattr(base, "STREAK", 10**9)
        assert rows == _rows(text)
    return told


def test_the_told_languages_are_the_reading_s_on_the_development_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told = sum(_same(monkeypatch, text) for text in _development_texts())
    told += _same(monkeypatch, _AI_ACT_LIST * 40) + _same(monkeypatch, _DENSE * 200)
    assert told >= 200


# Pieces of texts dense with references several languages write alike: words hinting at
# one language or several, at none (and long runs, cut by the stretches read), figures and
# signs, and references of several families.
_PIECES = {
    "hints": (["the", "of", "die", "der", "og", "het", "och", "la", "de", "el", "und", "i"], 0.3),
    "none": (["Xq", "zzz", "Kbt", "wq", "ZZ", "rt", "t", "Qx", "AI", "Act", "law"], 3.0),
    "long": (["thethethethethethe", "d" * 70, "Xdiex", "xog", "ogggggggggggg"], 0.5),
    "figures": (["24", "1", "7", "1978", "2000", "6(1)"], 2.0),
    "signs": ([".", ",", ";", "(", ")", ":", "-", "–", "/", "'", "+"], 3.0),
    "citation": (
        [
            "Art. 6 EU",
            "Art. 6 EU law",
            "Art. 6 EU AI Act",
            "art. 6 EU",
            "Art. 6(1) EU",
            "Art. 6 und 7 EU",
            "Art. 24 CE",
            "art. 24 CE",
            "Art. 101 TFEU",
            "directive 2003/88/CE",
            "Directive 95/46/EC",
            "C-131/12",
            "OJ L 119, 4.5.2016, p. 1",
            "Art. 6 EU-Vertrag",
            "artikel 6 EU",
            "Art. 6 EU der",
            "art. 6 UE",
            "art. 24 CE,",
        ],
        4.0,
    ),
    "blanks": ([" ", " ", "  ", "\n", "\n\n", " \n "], 8.0),
}


def test_the_told_languages_are_the_reading_s_on_mixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(46)
    told = sum(_same(monkeypatch, mixture(rng, _PIECES)) for _ in range(150))
    # (a reference one language writes is answered before: ``Context.language``; one
    # every language drops, before its language is asked: ``treaty_drops_told``)
    assert told >= 60, told
