"""A pinpoint written right after an act (``eurefs.grammar.after_pinpoint_patterns``), in the
languages that write one there: Finnish, Hungarian, Estonian, Latvian, Lithuanian."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.after_pinpoint_patterns import after_source
from eurefs.languages import BY_CODE


def test_a_pattern_only_where_the_record_writes_pinpoints_after_acts() -> None:
    after = {code for code, record in BY_CODE.items() if after_source(record) is not None}
    assert after == {code for code, record in BY_CODE.items() if record.pinpoints.after}
    assert {"fi", "hu", "et", "lv", "lt"} <= after


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Hungarian: the paragraph without its word before the point, after a short name
        # (a company's privacy notice, ssi-schaefer.com/hu-hu; was '6. cikk') and after an act
        ("Ha az adatkezelés az Önnel kötött szerződés teljesítéséhez, vagy kezdeményezéséhez "
         "szükséges a GDPR 6. cikk (1) b) pontja szerint.", "6. cikk (1) b) pontja"),
        ("Ennek jogszabályi alapja a GDPR 6. cikk (1) c) bekezdésében található.",
         "6. cikk (1) c) bekezdésében"),
        ("az (EU) 2016/679 rendelet 6. cikk (1) b) pontja alapján", "6. cikk (1) b) pontja"),
        # ... not before a word of its own, nor taking the next word's article ('a')
        ("a GDPR 6. cikk (1) bekezdés f) pontja a jogos érdekünknek",
         "6. cikk (1) bekezdés f) pontja"),
        # (the paragraph alone at the end is read since GDPR 6. cikk (1) a) was: after an
        # article's word a bracketed number is its paragraph, as EU texts write them)
        ("a GDPR 6. cikk (1) alapján", "6. cikk (1)"),
    ],
)  # fmt: skip
def test_a_paragraph_without_its_word_after_the_act(text: str, pinpoint: str) -> None:
    (ref,) = eurefs.extract(text)
    assert ref.pinpoint == pinpoint
