"""Popular names with a soft hyphen, a zero-width character or a hyphenated line break
inside them: found, their spans exact in the text as it is (``short_forms.unseen``)."""

from __future__ import annotations

import random
import re

import pytest

import eurefs
from eurefs import textview, textview_drops
from eurefs.chunked import iter_extract
from eurefs.grammar import whole_text
from eurefs.short_forms import find_short_forms
from eurefs.short_forms.unseen import Unseen, holds_unseen
from tests.support.spies import spy

# A datasheet questionnaire as text extracted from its PDF (public GitHub file, found by
# the search tool's find_string, id 15013262838): the line hyphenates the name.
DATASHEET = (
    "If it relates to people, were they provided with privacy\nguarantees?\nIf  so,  what"
    "  guarantees  and  how  are  these\nensured?\n\nDoes the dataset comply with the EU "
    "General Data Pro-\ntection Regulation (GDPR)?\n\nDoes it comply with any other\n"
    "standards, such as the US Equal Employment Opportunity\nAct?\n"
)
# A German privacy notice (public GitHub file, find_string id 9528300625): its HTML writes
# ``Datenschutz-Grund&shy;verordnung``; a text taken from the HTML by unescaping it keeps
# the soft hyphen (the HTML reader leaves it out).
NOTICE = (
    "I. Informationen über die Verarbeitung Ihrer Daten gemäß Art. 13 der "
    "Datenschutz-Grund\u00adverordnung (DS-GVO)\n"
)

# A German project plan as text extracted from its PDF ('Seite 2 von 5'; public GitHub
# file, find_string id 44939917755): the line ends at the compound's own hyphen.
PLAN = (
    "Geräten der Mitarbeiter gespeichert, sodass keine Informationen an externe Server\n"
    "weitergeleitet werden. Damit erfüllt die Software die Vorgaben der Datenschutz-\n"
    "Grundverordnung (DSGVO). Gleichzeitig werden alle Änderungen – wie Korrekturen von\n"
)


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    refs = eurefs.extract(text)
    assert all(text[r.start : r.end] == r.text for r in refs)
    assert list(iter_extract(text, chunk_size=60)) == refs
    return [(r.text, r.celex, getattr(r, "pinpoint", None)) for r in refs]


def test_a_name_hyphenated_at_a_line_end_is_found() -> None:
    # before: nothing found
    assert _found(DATASHEET) == [("General Data Pro-\ntection Regulation", "32016R0679", None)]


@pytest.mark.parametrize("indent", ["", "  "])
def test_a_compound_whose_hyphen_ends_a_line_is_found(indent: str) -> None:
    # before: nothing found ('Datenschutz-Grundverordnung (DSGVO)' on one line was)
    text = PLAN.replace("-\nGrund", "-\n" + indent + "Grund")
    assert _found(text) == [(f"Datenschutz-\n{indent}Grundverordnung", "32016R0679", None)]
    refs = eurefs.extract(text, short_forms=False)
    assert [r.text for r in find_short_forms(text, refs)] == [
        f"Datenschutz-\n{indent}Grundverordnung"
    ]
    ascii_only = "Vorgaben der Datenschutz-\n" + indent + "Grundverordnung (DSGVO). Gleichzeitig"
    assert _found(ascii_only) == [(f"Datenschutz-\n{indent}Grundverordnung", "32016R0679", None)]


def test_only_the_short_forms_read_the_compounds_line_breaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the references alone never ask whether a line breaks after a compound's hyphen:
    # (before: every extraction searched the text for one, ~3.8M instructions a MB)
    read: list[str] = []
    real = textview_drops.capital_break
    for module in (textview, whole_text):  # (the two that ask)
        monkeypatch.setattr(
            module, "capital_break", lambda text, *edits: read.append(text) or real(text, *edits)
        )
    text = PLAN + "Verordnung (EU) 2016/679\n"
    assert [r.celex for r in eurefs.extract(text, short_forms=False)] == ["32016R0679"]
    assert read == []
    assert _found(text)[0] == ("Datenschutz-\nGrundverordnung", "32016R0679", None)
    assert read and read[0] is text


@pytest.mark.parametrize("indent", ["", "  "])
def test_the_compounds_line_breaks_are_read_at_the_views_edits(
    monkeypatch: pytest.MonkeyPatch, indent: str
) -> None:
    # the line break after 'Datenschutz-' is one of the view's edits (alone, an edit that
    # changes nothing; or the run of blanks before 'Grund'): the short forms read the edits
    # after a hyphen, not the whole text (before: a search of the text for '-\n', ~3.8M
    # instructions on 1 MB of the benchmark text)
    searched = spy(monkeypatch, textview_drops, "_found_at").calls
    text = PLAN.replace("-\nGrund", "-\n" + indent + "Grund")
    assert _found(text)[0] == (f"Datenschutz-\n{indent}Grundverordnung", "32016R0679", None)
    assert searched == []
    # and where the text holds none, none is read there either
    one_line = text.replace("-\n" + indent, "-")
    assert _found(one_line) == [("Datenschutz-Grundverordnung", "32016R0679", None)]
    assert searched == []


def test_no_hyphen_is_dropped_nor_made() -> None:
    # the hyphen before a capital is kept: 'Data-\nProtection' is no 'Data Protection',
    # and a word hyphenated between lower-case letters is still joined without it
    assert _found("the General Data-\nProtection Regulation (GDPR) applies") == []
    assert _found("the General Data Pro-\ntection Regulation applies") == [
        ("General Data Pro-\ntection Regulation", "32016R0679", None)
    ]
    # (joined, the German name written as one word: ``Datenschutzgrundverordnung``)
    assert _found("die Datenschutz-\ngrundverordnung") == [
        ("Datenschutz-\ngrundverordnung", "32016R0679", None)
    ]


@pytest.mark.parametrize("unseen", ["\u00ad", "\u00ad\n", "\u200b", "\u2060"])
def test_a_name_with_a_character_never_seen_inside_it_is_found(unseen: str) -> None:
    # before: nothing found; the HTML page read by the HTML reader gives the same
    text = NOTICE.replace("\u00ad", unseen)
    assert _found(text) == [(f"Datenschutz-Grund{unseen}verordnung", "32016R0679", "Art. 13")]
    html = "<h2>" + NOTICE.replace("\u00ad", "&shy;") + "</h2>"
    doc = eurefs.read_document(html.encode(), input_format="html")
    assert [(r.text, r.celex) for r in eurefs.extract(doc)] == [
        ("Datenschutz-Grundverordnung", "32016R0679")
    ]


def test_full_references_and_their_short_forms_keep_their_spans() -> None:
    # tests/data/corpus/docs/D02 (Case C-590/22, paragraph 1) with a hyphenated line
    # break in the act's title and soft hyphens in the defined term's later uses
    text = (
        "1 This request for a preliminary ruling concerns the interpretation of Article "
        "82(1) of Regulation (EU) 2016/679 of the European Parliament and of the Council "
        "of 27 April 2016 on the protection of natural persons with regard to the pro-\n"
        "cessing of personal data and on the free movement of such data, and repealing "
        "Directive 95/46/EC (General Data Protection Regulation) (OJ 2016, L 119, p. 1) "
        "(\u2018the GDPR\u2019).\n\n2 Article 82(1) of the G\u00adDPR and the Ge\u00adneral "
        "Data Protection Regu-\nlation.\n"
    )
    refs = eurefs.extract(text)
    shorts = [r for r in refs if r.kind == "short_form"]
    assert [(r.text, r.celex, r.antecedent) for r in shorts] == [
        ("G\u00adDPR", "32016R0679", 0),
        ("Ge\u00adneral Data Protection Regu-\nlation", "32016R0679", 0),
    ]
    assert all(text[r.start : r.end] == r.text for r in refs)
    first = refs[0]
    assert (shorts[0].antecedent_start, shorts[0].antecedent_end) == (first.start, first.end)
    assert list(iter_extract(text, chunk_size=80)) == refs


def test_the_copy_maps_back_every_offset_kept() -> None:
    rng = random.Random(34)
    pieces = ["ab", "c", "\u00ad", "\u00ad \n  ", "\u200b", "\ufeff", "x-\n y", "-\n", " ", "B"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        layer = Unseen.of(text)
        if layer is None:
            assert not any(c in text for c in "\u00ad\u200b\ufeff") and "x-\n y" not in text
            continue
        assert holds_unseen(text)
        for pos in range(len(layer.text)):
            orig = layer.orig_start(pos)
            assert text[orig] == layer.text[pos]
            assert layer.copy_start(orig) == pos and layer.copy_end(orig + 1) == pos + 1
            assert layer.orig_end(pos + 1) == orig + 1


def test_find_short_forms_sees_what_extract_sees() -> None:
    # the public function gave nothing for NOTICE, where extract and with_short_forms
    # found the GDPR; its spans index the text as it is
    for text in (NOTICE, DATASHEET):
        refs = eurefs.extract(text, short_forms=False)
        shorts = find_short_forms(text, refs)
        found = [vars(r) for r in eurefs.extract(text) if r.kind == "short_form"]
        assert [vars(r) for r in shorts] == found
        assert [r.celex for r in shorts] == ["32016R0679"]
        assert all(text[r.start : r.end] == r.text for r in shorts)
    text = DATASHEET.replace("(GDPR)", "(GDPR) as\nRegulation (EU) 2016/679: the G\u00adDPR")
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.text, r.antecedent) for r in find_short_forms(text, refs)] == [
        ("General Data Pro-\ntection Regulation", None),
        ("G\u00adDPR", 0),
    ]


def test_what_is_dropped_is_what_one_alternation_finds() -> None:
    # ``Unseen.of`` searches each thing it drops led by its own character (one alternation,
    # led by a look-behind, was tried at every character: 384 M instructions on 1 MB); the
    # spans are the alternation's, on the real texts above and on mixtures of them
    from eurefs.textview_drops import CAPITAL_BREAK, INVISIBLE, JOIN_LETTERS, SOFT_BREAK

    one = re.compile(
        rf"{SOFT_BREAK.pattern}|[{INVISIBLE}]|(?<=[{JOIN_LETTERS}])-\n[ ]*(?=[{JOIN_LETTERS}])"
    )
    rng = random.Random(42)
    texts = [DATASHEET, NOTICE, PLAN, DATASHEET.replace(" ", "\u200b", 3) + NOTICE + PLAN]
    pieces = [DATASHEET[:80], NOTICE[40:], PLAN[60:200], "\u00ad", "\u00ad \n  ", "\u2060"]
    pieces += ["\ufeff", "é-\n ü", "x-\n", "-\nA", "A-\n  B", " ", "ß-\nx", "ą-\n ř", "σ-\nж"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40))) for _ in range(300)]
    for text in texts:
        spans = [m.span() for m in one.finditer(text)]
        spans += [(m.start() + 1, m.end()) for m in CAPITAL_BREAK.finditer(text)]
        layer, expected = Unseen.of(text), Unseen(text, sorted(spans)) if spans else None
        assert (layer is None) == (expected is None)
        if layer is not None and expected is not None:
            assert [getattr(layer, k) for k in Unseen.__slots__] == [
                getattr(expected, k) for k in Unseen.__slots__
            ]
