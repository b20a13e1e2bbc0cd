"""Treaty abbreviations that are also words of prose (``grammar/treaty_prose_abbrs``): read
in several languages at once as in each, and a citation every language writing it drops
told without reading its language (``treaty_after_articles.unread_no_treaty``)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import eurefs
from eurefs.grammar import treaty_after_articles, treaty_articles
from eurefs.grammar.treaty_prose_abbrs import CLOSED, citation_end, prose
from tests.support.mixtures import mixture
from tests.support.spies import spy

_DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(text: str) -> list[tuple[object, ...]]:
    return [(r.kind, r.start, r.end, r.normalized, r.lang) for r in eurefs.extract(text)]


def _unread(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, list[tuple[object, ...]]]:
    """How many citations of ``text`` had their language read, and its references; the
    references are checked against those found with every language read."""
    with monkeypatch.context() as patched:
        read = spy(patched, treaty_articles, "_language")
        rows = _rows(text)
    with monkeypatch.context() as patched:
        patched.setattr(treaty_after_articles, "_prose_in_every", lambda *args: False)
        assert rows == _rows(text)
    return read.count, rows


@pytest.mark.parametrize(
    "unit",
    [
        "Article 6 EU ",  # (English alone writes 'Article' and 'EU')
        "art. 6 UE ",  # (Spanish, French, Italian, Polish, Portuguese: none before 'art.')
        "Article 6 EU Regulation ",
        "Art. 6 EU AI Act, ",  # (German too drops it before a capital)
    ],
)
def test_dense_citations_every_language_drops_are_not_read(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    read, rows = _unread(monkeypatch, unit * 300)
    assert read <= 1  # (the last, at the text's end; fails without: 300)
    assert sum(1 for row in rows if row[0] == "treaty_article") <= 1


@pytest.mark.parametrize(
    ("unit", "found"),
    [
        ("Article 6 EU. ", 300),  # a citation's end after it: the treaty
        ("Art. 6 EU law, ", 0),  # German keeps it before a word in small letters: read
        ("art. 6 UE y ", 0),  # a conjunction before no article: prose
        ("Article 6 EU and Article 7 EU ", 300),
    ],
)
def test_citations_some_language_keeps_are_read(
    monkeypatch: pytest.MonkeyPatch, unit: str, found: int
) -> None:
    read, rows = _unread(monkeypatch, unit * 300)
    assert len(rows) >= found
    assert read >= len(rows)


def test_the_development_texts_find_the_same() -> None:
    for path in sorted(_DATA.glob("corpus*/docs/*.txt")):
        text = path.read_text(encoding="utf-8")
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(treaty_after_articles, "_prose_in_every", lambda *args: False)
            every = _rows(text)
        assert _rows(text) == every, path.name


_PIECES = {
    "words": (["the", "law", "Law", "der", "Act", "y", "et", "and", "und", "i.V.m.", "x"], 3.0),
    "articles": (["Article 6", "Art. 6", "art. 6", "Artikel 6", "artikel 6(1)", "článok 6"], 3.0),
    "abbreviations": (["EU", "UE", "EÚ", "ΕΕ", "EU261", "EU1", "TFEU", "CE"], 3.0),
    "figures": (["7", "24", "2016/679", "6(1)"], 1.0),
    "signs": ([".", ",", ";", "(", ")", "–", "-", "/", "'", "’"], 2.0),
    "blanks": ([" ", " ", "  ", "\n", "\n\n"], 4.0),
}


def test_mixtures_find_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(47)
    told = 0
    for _ in range(120):
        read = spy(monkeypatch, treaty_after_articles, "_prose_in_every")
        _unread(monkeypatch, mixture(rng, _PIECES))
        told += sum(1 for answer in read.answers if answer)
        monkeypatch.undo()
    assert told >= 50, told  # (citations dropped in every language, told at once)


def test_prose_in_several_languages_is_prose_in_each() -> None:
    rng = random.Random(7)
    by_abbr: dict[str, list[str]] = {}
    for abbr, lang in sorted(CLOSED):
        by_abbr.setdefault(abbr, []).append(lang)
    checked = 0
    for _ in range(60):
        text = mixture(rng, _PIECES)
        for abbr, langs in by_abbr.items():
            at = text.find(abbr)
            while at >= 0:
                end = at + len(abbr)
                for k in range(1, len(langs) + 1):
                    some = tuple(rng.sample(langs, k))
                    each = all(prose(text, at, end, citation_end((lang,))) for lang in some)
                    together = prose(text, at, end, citation_end(some))
                    assert together is each, (text[at - 20 : end + 20], some)
                    checked += 1
                at = text.find(abbr, end)
    assert checked >= 1000, checked
