"""Every family in every language: the registry's records are complete and each of their
forms is recognised, so a missing entry fails here instead of at run time."""

from __future__ import annotations

import datetime as dt
import re
from operator import attrgetter
from typing import Any

import pytest

import eurefs
from eurefs import identifiers as ids
from eurefs.languages import LANGUAGES, OFFICIAL, SUPPORTED, Language, load, selected_codes

RECORDS = load(SUPPORTED)
IDS = [r.code for r in RECORDS]
#: Kinds every language must show an example of.
EXAMPLE_KINDS = ("legal_act", "oj", "treaty_article")


def test_every_supported_language_is_official_and_loaded() -> None:
    assert set(SUPPORTED) <= set(OFFICIAL)
    assert [lg.code for lg in LANGUAGES] == list(SUPPORTED)


def test_selection_by_environment_value() -> None:
    assert selected_codes(None) == SUPPORTED
    assert selected_codes(" EN ") == ("en",)
    with pytest.raises(ValueError, match="xx"):
        selected_codes("en,xx")


@pytest.mark.parametrize("value", ["en,xx", ",", " , "])
def test_a_selection_naming_no_known_language_is_a_configuration_error(value: str) -> None:
    """A value of commas only loaded no language (the grammar then failed to build with
    "min() arg is an empty sequence"); an unknown code was a bare ValueError."""
    with pytest.raises(eurefs.ConfigurationError, match="EUREFS_LANGUAGES: "):
        selected_codes(value)


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_record_has_every_table(lang: Language) -> None:
    missing = [
        name
        for name in ("act_types", "number_markers", "list_conjunctions", "domains", "months",
                     "oj.journals", "oj.journal_names", "treaties", "article_words",
                     "cases.words", "cases.keyword_instruments", "com.final_words",
                     "com.proposal_words",
                     "com.communication_words",
                     "hint_words", "sources", "examples")
        if not attrgetter(name)(lang)
    ]  # fmt: skip
    assert not missing, f"{lang.code}: empty tables {missing}"
    assert {"regulation", "directive", "decision"} <= set(lang.act_types)
    assert lang.oj.pages or lang.oj.pages_after, f"{lang.code}: no page words"
    assert lang.date_words or not lang.dated_act_types, f"{lang.code}: dated acts need date words"
    assert len(lang.months) == 12
    assert {"TFEU", "TEU"} <= set(lang.treaties)
    assert lang.number_marker
    assert lang.authors or lang.author_phrases, f"{lang.code}: no institutions"


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_examples_cover_the_families(lang: Language) -> None:
    kinds = {expected["kind"] for _, expected in lang.examples}
    assert set(EXAMPLE_KINDS) <= kinds, f"{lang.code}: no example of {set(EXAMPLE_KINDS) - kinds}"


EXAMPLES = [(lg.code, text, dict(exp)) for lg in RECORDS for text, exp in lg.examples]


@pytest.mark.parametrize(("code", "text", "expected"), EXAMPLES, ids=[e[1][:40] for e in EXAMPLES])
def test_record_example(code: str, text: str, expected: dict[str, Any]) -> None:
    # ``_before``: words that stand before the reference (where the form alone is
    # written the same in several languages, e.g. ``JO`` in French, Romanian, Portuguese)
    before = expected.pop("_before", "")
    refs = eurefs.extract(before + text)
    assert len(refs) == 1, refs
    ref = refs[0]
    span = expected.pop("_span", text)
    assert ref.text == span
    assert ref.lang == code
    dumped = ref.model_dump()
    for field, value in expected.items():
        assert dumped[field] == value, (field, dumped[field])


def _forms(lang: Language) -> list[tuple[str, str]]:
    return [(act, form) for act, forms in lang.act_types.items() for form in forms]


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_act_type_form(lang: Language) -> None:
    """Each written type form (singular, plural, declined) with a number is that act."""
    bad = []
    for act, form in _forms(lang):
        # (a guideline's OJ number gives its CELEX only from 2021: grammar/ecb_numbers)
        year = 2021 if act == "guideline" else 2016
        # (an initialism, German ``VO``, stands only with a domain: grammar/legal_act_words)
        domain = "(EU) " if form.isupper() and len(form) <= 3 else ""
        refs = eurefs.extract(f"{form} {domain}{year}/679")
        ref = refs[0] if len(refs) == 1 else None
        want = ids.legal_act_celex(act, year, "679")
        if ref is None or ref.kind != "legal_act" or ref.act_type != act or ref.celex != want:
            bad.append((form, [(r.text, getattr(r, "act_type", None), r.celex) for r in refs]))
        elif form.lower() not in [f.lower() for _, f in _forms(_record(ref.lang))]:
            bad.append((form, ref.lang))
    assert not bad, f"{lang.code}: {bad}"


def _record(code: str) -> Language:
    return next(r for r in RECORDS if r.code == code)


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_treaty_abbreviation_and_article_word(lang: Language) -> None:
    bad = []
    for code, treaty in lang.treaties.items():
        for abbr in treaty.abbreviations:
            for word in lang.article_words:
                # abbreviation first in some languages (``SEUT 267 artikla``), Estonian's
                # number after the word (``ELTL artikkel 267``)
                text = (
                    f"{word} 267 {abbr}"
                    if not lang.treaty_abbreviation_first
                    else f"{abbr} {word} 267"
                    if lang.pinpoints.numbers_after_words
                    else f"{abbr} 267 {word}"
                )
                refs = eurefs.extract(text)
                if [(r.kind, r.text, getattr(r, "treaty", None)) for r in refs] != [
                    ("treaty_article", text, code)
                ]:
                    bad.append((text, refs))
    assert not bad, f"{lang.code}: {bad[:5]}"


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_journal_and_page_word(lang: Language) -> None:
    bad = []
    for journal in lang.oj.journals:
        pages = [f"{p} 1" for p in lang.oj.pages] + [f"1. {p}" for p in lang.oj.pages_after]
        for page in pages:
            text = f"{journal} L 119, 4.5.2016, {page}"
            refs = eurefs.extract(text)
            # the language found must write this journal and page word (``JO`` is French,
            # Romanian and Portuguese: context decides, see the records' examples)
            record = _record(refs[0].lang) if refs else None
            if (
                [(r.kind, r.text) for r in refs] != [("oj", text)]
                or record is None
                or journal not in record.oj.journals
            ):
                bad.append((text, [(r.text, r.lang) for r in refs]))
    assert not bad, f"{lang.code}: {bad}"


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_full_name_of_the_journal(lang: Language) -> None:
    """Each full name before a series, as written and in capitals: one citation from the
    name through the page, in the record's language (no name is written alike in two)."""
    page = f"{lang.oj.pages[0]} 1" if lang.oj.pages else f"1. {lang.oj.pages_after[0]}"
    bad = []
    for name in lang.oj.journal_names:
        for written in (name, name.upper()):
            text = f"{written} L 119, 4.5.2016, {page}"
            refs = [(r.kind, r.text, r.lang, r.issue, r.page) for r in eurefs.extract(text)]
            if refs != [("oj", text, lang.code, "119", 1)]:
                bad.append((text, refs))
    assert not bad, f"{lang.code}: {bad}"


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_month_in_a_dated_act(lang: Language) -> None:
    if lang.dated_forms_before or lang.dated_forms_after:
        _every_month_dated_form(lang)
        return
    if not lang.dated_act_types:
        pytest.skip("no acts cited by date in this language")
    form = lang.act_types[lang.dated_act_types[0]][0]
    # the institution makes it an EU act's citation (a regulation's, whose date alone a
    # national one shares): before the type word, else after it
    before = f"{lang.authors[0]} " if lang.authors else ""
    after = "" if lang.authors else f" {lang.author_phrases[0]}"
    bad = []
    for i, names in enumerate(lang.months):
        for name in names:
            day = "3" + (lang.day_suffixes[0] if lang.day_suffixes else "")
            text = f"{before}{form}{after} {lang.date_words[0]} {day} {name} 2001"
            refs = eurefs.extract(text)
            dates = [getattr(r, "date", None) for r in refs]
            if len(refs) != 1 or dates[0] is None or dates[0].month != i + 1:
                bad.append((text, refs))
    assert not bad, f"{lang.code}: {bad[:3]}"


def _every_month_dated_form(lang: Language) -> None:
    """``Komisijas 2001. gada 3. maija Ieteikums``, ``Rakkomandazzjoni tal-Kunsill tat-3 ta’
    Mejju 2001``: every month in every date form."""
    form = lang.act_types[lang.dated_form_act_types[0]][0]
    link = f"{lang.dated_form_links[0]} " if lang.dated_form_links else ""
    bad = []
    shapes = [(t, True) for t in lang.dated_forms_before]
    shapes += [(t, False) for t in lang.dated_forms_after]
    for template, first in shapes:
        for i, names in enumerate(lang.months):
            for name in names:
                date = template.format(
                    day="3", month=name, mnum=str(i + 1), year="2001", article="tat-"
                )
                text = (
                    f"{lang.authors[0]} {date} {link}{form}"
                    if first
                    else f"{form} {lang.author_phrases[0]} {date}"
                )
                refs = eurefs.extract(text)
                dates = [getattr(r, "date", None) for r in refs]
                if [r.text for r in refs] != [text] or dates[0] != dt.date(2001, i + 1, 3):
                    bad.append((text, refs))
    assert not bad, f"{lang.code}: {bad[:3]}"


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_case_word(lang: Language) -> None:
    for word in lang.cases.words:
        # a word two languages write (``proc.``: Italian and Portuguese) tells one of them;
        # the words around it decide which (tests/grammar/test_cases.py)
        sharing = {lg.code for lg in LANGUAGES if word in lg.cases.words}
        (ref,) = eurefs.extract(f"{word} C-131/12")
        assert (ref.kind, ref.text) == ("case", "C-131/12"), word
        assert ref.lang == lang.code if len(sharing) == 1 else ref.lang in sharing, word


@pytest.mark.parametrize("lang", RECORDS, ids=IDS)
def test_every_final_word(lang: Language) -> None:
    # every type word the language writes, COM too unless it writes its own for COM
    types = [*lang.com.type_aliases]
    if "COM" not in lang.com.type_aliases.values():
        types.append("COM")
    for doc_type in types:
        for final in lang.com.final_words:
            text = f"{doc_type}(2021) 752 {final}"
            (ref,) = eurefs.extract(text)
            assert (ref.kind, ref.text) == ("com_document", text)
            assert (
                ref.normalized == f"{lang.com.type_aliases.get(doc_type, doc_type)}(2021) 752 final"
            )


def test_sources_name_a_style_guide_part_or_a_text() -> None:
    for lang in RECORDS:
        assert all(
            re.search(r"style-guide|tests/data|Style Guide|eur-lex|EUR-Lex|judgment", s)
            for s in lang.sources.values()
        ), lang.code
