"""The table of the 24 languages in docs/recognition.md says how many written forms of
the act types each record lists: the figure follows the record (it went stale as records
grew: Greek said 28 where the record had 40)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language
from eurefs.languages.codes import LANGUAGES as OFFICIAL

PAGE = Path(__file__).resolve().parents[2] / "docs" / "recognition.md"
_ROW = re.compile(r"^\| [^|]+ \(`(?P<code>[a-z]{2})`\) \|[^|]*; (?P<forms>\d+) forms \|", re.M)


def _table() -> dict[str, int]:
    return {m["code"]: int(m["forms"]) for m in _ROW.finditer(PAGE.read_text(encoding="utf-8"))}


def test_every_official_language_has_a_row() -> None:
    assert sorted(_table()) == sorted(OFFICIAL)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_the_forms_figure_is_the_records(language: Language) -> None:
    forms = sum(len(written) for written in language.act_types.values())
    assert _table()[language.code] == forms
