"""A treaty abbreviation that names no treaty in any language the words around its
citation can make it, told without reading them (``grammar/treaty_drops_told``): a Spanish
``CE`` with no word of the Union's writing near is the Constitución Española, French,
Italian, Portuguese and Romanian keep it, and where citations stand close together with no
word of those languages where ``pick`` reads, the reading is not done at each."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

import eurefs
from eurefs.grammar import treaty_articles, treaty_drops_told
from eurefs.grammar.treaty_article_patterns import SAME_TREATY
from eurefs.grammar.treaty_article_words import _PIN_AFTER
from eurefs.languages.hint_free import HintFree
from tests.support.mixtures import mixture
from tests.support.spies import spy

_DATA = Path(__file__).resolve().parents[1] / "data"

# The tutela judicial efectiva as a Spanish constitutional-law quiz writes it (a public
# repository; find_string 'el art. 24 CE': 'El art. 24 CE garantiza el derecho a obtener
# la tutela efectiva de jueces y tribunales'), its citation as the benchmark repeats it
# (benchmarks/extract_benchmark.py, 'dense es CE articles after 'art.'')
_DENSE = "el art. 24 CE. "
# the same quiz's options, a dense list of citations in real text (the same repository's
# 'options: ['Art. 23 CE', 'Art. 24 CE', 'Art. 25 CE', 'Art. 29 CE']')
_OPTIONS = "    options: ['Art. 23 CE', 'Art. 24 CE', 'Art. 25 CE', 'Art. 29 CE'],\n"
# French keeps the EC Treaty's article ('Voir l'art. 24 CE pour les détails.')
_FRENCH = "Voir l'art. 24 CE pour les détails. "


def _rows(text: str) -> list[tuple[str, int, int, str, str]]:
    return [(r.kind, r.start, r.end, r.normalized, r.lang) for r in eurefs.extract(text)]


def _readings(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, list[tuple[str, ...]]]:
    """How many times the extraction of ``text`` reads a treaty article's language, and
    what it finds."""
    with monkeypatch.context() as patched:
        read = spy(patched, treaty_articles, "_language")
        rows = _rows(text)
        return read.count, rows  # type: ignore[return-value]


def test_dense_spanish_citations_are_dropped_without_reading_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _DENSE * 400
    calls, rows = _readings(monkeypatch, text)
    assert rows == []
    assert calls <= 1  # (the first: nothing near it was asked before)


def test_dense_french_citations_are_read_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _FRENCH * 50
    calls, rows = _readings(monkeypatch, text)
    assert len(rows) == 50 and {r[3:] for r in rows} == {("article 24 CE", "fr")}
    assert calls == 50


def _without(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int, str, str]]:
    with monkeypatch.context() as patched:
        patched.setattr(treaty_articles, "dropped_unread", lambda *args: False)
        return _rows(text)


def _forced(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[str, ...]], int]:
    """The references of ``text`` with every citation after the first told (however far
    apart), and how many were dropped so."""
    with monkeypatch.context() as patched:
        patched.setattr(treaty_drops_told, "DENSE", 10**9)
        told = spy(patched, treaty_articles, "dropped_unread")
        rows = _rows(text)
        return rows, sum(told.answers)  # type: ignore[return-value]


def _development_texts() -> Iterator[str]:
    for path in sorted(_DATA.glob("corpus*/docs/*.txt")):
        yield path.read_text(encoding="utf-8")


def test_the_told_drops_are_the_reading_s_on_the_development_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_development_texts(), _DENSE * 300, _OPTIONS * 40, _FRENCH * 40]
    texts.append(_FRENCH * 3 + _DENSE * 100 + _FRENCH * 3)
    dropped = 0
    for text in texts:
        rows, told = _forced(text, monkeypatch)
        assert rows == _without(text, monkeypatch)
        dropped += told
    assert dropped >= 299  # (all but the first of the dense Spanish ones)


# Pieces of texts dense with citations: words hinting at Spanish alone, at the languages
# keeping a bare CE, at none (and long runs, cut by the stretches read), the Union's and the
# national instruments' marks, and citations written plainly or not.
_PIECES = {
    "es": (["el", "los", "del", "que", "según", "vulneración", "febrero", "Comisión"], 4.0),
    "keeps": (["la", "le", "il", "e", "de", "o", "și", "du", "l", "des", "Commissione"], 1.0),
    "none": (["Xq", "zzz", "Kbt", "wq", "ZZ", "rt", "t", "Qx", "Art"], 3.0),
    "long": (["elelelelelelelelelelel", "l" * 80, "Xelx", "xla", "laaaaaaaaaaaaaaa"], 0.5),
    "figures": (["24", "1", "7", "1978", "2000"], 2.0),
    "signs": ([".", ",", ";", "(", ")", ":", "-", "–", "/", "'"], 3.0),
    "union": (["Estados miembros", "Tribunal de Justicia", "Comunidad Europea"], 0.2),
    "national": (["STC 1/2000", "Constitución Española", "Código da Estrada"], 0.1),
    "citation": (
        [
            "art. 24 CE",
            "Art. 24 CE",
            "art 24 CE",
            "ART. 24 CE",
            "art.24 CE",
            "art. 24.1 CE",
            "art. 24 CE, apartado 2",
            "art. 24 y 25 CE",
            "art. 24 CE y 25 CE",
            "art. 24 del CE",
            "art. 24 CE1",
            "hart. 24 CE",
            "art. 24, CE",
            "art. 24 TUE",
            "art. 24 CE/25",
            "art. 2 CE – 3",
            "artículo 24 CE",
            "Voir l'art. 24 CE",
        ],
        4.0,
    ),
    "blanks": ([" ", " ", "  ", "\n", "\n\n", " \n "], 8.0),
}


def test_the_told_drops_are_the_reading_s_on_mixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(45)
    dropped = 0
    for _ in range(150):
        text = mixture(rng, _PIECES)
        rows, told = _forced(text, monkeypatch)
        assert rows == _without(text, monkeypatch), text
        dropped += told
    assert dropped >= 500


def test_a_run_cut_where_the_reading_begins_is_told_by_its_parts() -> None:
    # 'del' cut after its 'de': the stretch read from there reads 'l' (French, Italian)
    text = "xx del art. 24 CE"
    free = HintFree(text, {"fr", "it"})
    cut = text.index("del") + 2
    assert not free.uncut(cut)
    assert free.uncut(cut - 2) and free.uncut(cut + 1)
    assert HintFree(text, {"pl"}).uncut(cut)  # (neither 'de' nor 'l' is Polish)


def test_a_block_without_a_blank_near_its_ends_is_never_free() -> None:
    text = "el." * 3000
    assert not HintFree(text, {"fr"}).free(4000, 4100)
    assert HintFree(("el " * 3000), {"fr"}).free(4000, 4100)


def _first_chars(tree: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """The characters a match of the parsed pattern ``tree`` may begin with (only the
    constructs the patterns below use), and whether it may match nothing."""
    first: set[str] = set()
    for op, arg in tree:
        name = str(op)
        if name == "LITERAL":
            return first | {chr(arg)}, False  # type: ignore[arg-type]
        if name == "IN":
            for kind, value in arg:  # type: ignore[attr-defined]
                if str(kind) == "LITERAL":
                    first.add(chr(value))
                elif str(kind) == "RANGE":
                    first.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    raise AssertionError(kind)
            return first, False
        if name == "SUBPATTERN":
            inner, empty = _first_chars(arg[-1])  # type: ignore[index]
        elif name == "BRANCH":
            found = [_first_chars(branch) for branch in arg[1]]  # type: ignore[index]
            inner = set().union(*(f for f, _ in found))
            empty = any(e for _, e in found)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner, empty = _first_chars(arg[2])  # type: ignore[index]
            empty = empty or arg[0] == 0  # type: ignore[index]
        elif name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # (no character taken)
        else:
            raise AssertionError(name)
        first |= inner
        if not empty:
            return first, False
    return first, True


@pytest.mark.parametrize("pattern", [SAME_TREATY, _PIN_AFTER])
def test_what_follows_a_citation_is_told_by_its_first_character(pattern: re.Pattern[str]) -> None:
    first, empty = _first_chars(list(_parser.parse(pattern.pattern, pattern.flags)))
    assert not empty and first <= treaty_drops_told.GOES_ON


def test_a_blank_is_what_str_isspace_tells() -> None:
    # (``treaty_after_articles._alone`` tells a text not beginning with one first)
    blank = re.compile(r"\s")
    assert all((blank.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))
