"""The grammar's per-language pinpoint patterns and its tables of every record's words
without accents are built on first use, not at import (issue 10, start-up: they were a
quarter of ``eurefs parse``'s instructions), and built so they are what the builders make."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eurefs.grammar import (
    act_pinpoints,
    comma_pinpoints,
    dash_pinpoints,
    enacting_pinpoints,
    treaty_brackets,
    type_word_spellings,
)
from eurefs.grammar.after_pinpoint_patterns import after_source
from eurefs.languages import LANGUAGES

# Counts the calls of the builders while the grammar is imported.
_COUNT = """
import sys
counted = {"pinpoint_body", "_part", "key", "_unaccented", "_domain_langs", "_type_langs",
           "_bracketed_plain", "_record_forms"}
calls = {}
def profile(frame, event, arg):
    name = frame.f_code.co_name
    if event == "call" and name in counted and "eurefs" in frame.f_code.co_filename:
        calls[name] = calls.get(name, 0) + 1
sys.setprofile(profile)
import eurefs.grammar
sys.setprofile(None)
print(sorted(calls.items()))
"""


def test_importing_the_grammar_builds_no_pinpoint_pattern_nor_unaccented_table() -> None:
    run = subprocess.run([sys.executable, "-c", _COUNT], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize("lg", LANGUAGES, ids=lambda lg: lg.code)
def test_the_lazy_patterns_are_the_builders(lg: object) -> None:
    from eurefs.languages.base import Language

    assert isinstance(lg, Language)
    code = lg.code
    body = act_pinpoints.pinpoint_body(lg)
    assert act_pinpoints.has_body(lg) == (body is not None)
    lead = act_pinpoints.LEAD_PATTERNS.get(code)
    assert (lead is None) == (body is None)
    if lead is not None and body is not None:
        assert lead.body.pattern == body + act_pinpoints._links(lg)[1]
    annex = act_pinpoints.annex_source(lg)
    assert (annex is None) == (code not in act_pinpoints._ANNEX)
    if annex is not None:
        assert act_pinpoints._ANNEX[code][0].body.pattern == annex
    after = after_source(lg)
    assert (after is None) == (code not in act_pinpoints._AFTER)
    if after is not None:
        assert act_pinpoints._AFTER[code].pattern == after
    for module in (dash_pinpoints, comma_pinpoints, enacting_pinpoints):
        source = module._source(lg)
        assert (source is None) == (code not in module._PATTERNS), module.__name__
        if source is not None:
            assert module._PATTERNS[code].pattern == source
    if code in enacting_pinpoints._BODIES:
        # (the language's pinpoint, word first or, Latvian and Lithuanian, numbers first)
        assert enacting_pinpoints._BODIES[code].pattern == enacting_pinpoints._body(lg)
    if code in enacting_pinpoints._DATED:
        assert enacting_pinpoints._DATED[code].pattern == enacting_pinpoints._dated_source(lg)


def test_the_unaccented_tables_read_the_records() -> None:
    assert type_word_spellings._unaccented()["decision"]["fr"] == "decision"
    assert "fr" in type_word_spellings._domain_langs()["jai"]
    assert "en" in type_word_spellings._type_langs()["regulation"]
    assert treaty_brackets._bracketed_plain()["eec treaty"] == {"en": "EEC"}
