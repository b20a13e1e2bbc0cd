"""Decisions of bodies on no list (``agreement_body_any_*`` of the records) and the new
listed bodies: no CELEX; the institutions of each language keep theirs.

Sources as in ``test_agreement_bodies``: each sentence is quoted from a real text (source
in the comment) unless marked UNCONFIRMED (a title form or the wording of the issue).
"""

from __future__ import annotations

import pytest

from eurefs.grammar import agreement_bodies, agreement_decisions
from eurefs.languages import BY_CODE, LANGUAGES
from tests.grammar.agreement_body_sentences import (
    EU_DECISIONS_WITHOUT_DOMAIN,
    MORE_BODY_DECISIONS,
)
from tests.grammar.body_decisions import acts as _acts
from tests.grammar.body_decisions import assert_body_decision


@pytest.mark.parametrize(
    ("text", "lang", "cited", "body"),
    MORE_BODY_DECISIONS,
    ids=[f"{c[1]}-{c[2][:30]}" for c in MORE_BODY_DECISIONS],
)
def test_a_body_decision_has_the_body_in_span_and_no_celex(
    text: str, lang: str, cited: str, body: str
) -> None:
    assert_body_decision(text, lang, cited, body)


@pytest.mark.parametrize(("text", "lang"), EU_DECISIONS_WITHOUT_DOMAIN)
def test_an_eu_decision_without_its_domain_keeps_its_celex(text: str, lang: str) -> None:
    acts = _acts(text)
    assert acts and acts[0].lang == lang
    assert acts[0].celex == "32010D0427"
    assert all(a.celex for a in acts)


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Decision No 1082/2013/EU of the European Parliament and of the Council", "32013D1082"),
        ("Decision No 1082/2013 of the European Parliament and of the Council", "32013D1082"),
        ("DECISION No 1082/2013 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", "32013D1082"),
        ("Decision No 1082/2013 of the European Parliament and Council", "32013D1082"),
        ("Decision 2011/753 of the Commission of 10 November 2011", "32011D0753"),
        # no body; an ECB decision before 2020 is filed under the ECB's number, not this
        # one (grammar/ecb_numbers), so no CELEX either
        ("Decision 2004/258 of the European Central Bank", None),
        ("décision 2010/427 de la Banque centrale européenne", None),
    ],
)
def test_an_institution_after_the_number_is_no_body(text: str, celex: str | None) -> None:
    acts = _acts(text)
    assert [(a.celex, a.author) for a in acts] == [(celex, None)]


def test_a_list_of_decisions_of_a_body_on_no_list() -> None:
    text = "its Decisions No 1/2014, No 2/2014 and No 3/2014 of the Trade Committee."
    acts = _acts(text)
    assert [a.normalized for a in acts] == [
        f"Decision No {n}/2014 of the Trade Committee" for n in (1, 2, 3)
    ]
    assert all(a.celex is None and a.author == "Trade Committee" for a in acts)


def test_a_body_decision_cited_again_without_its_body() -> None:
    acts = _acts("Decision No 3/2016 of the EU-Korea Trade Committee ... Decision No 3/2016 says")
    assert [(a.celex, a.author) for a in acts] == [(None, "EU-Korea Trade Committee")] * 2


@pytest.mark.parametrize(
    ("name", "institution"),
    [
        ("European Parliament and of the Council", True),
        ("EUROPEAN PARLIAMENT AND COUNCIL", True),
        ("Council", True),
        ("Trade Committee", False),
        ("Council of Ministers", False),
    ],
)
def test_a_name_that_is_an_author_of_the_record_is_an_institution(
    name: str, institution: bool
) -> None:
    assert agreement_bodies.is_institution(name, "en") is institution


def test_the_german_abbreviation_of_a_body_decision() -> None:
    # 360.lexisnexis.at (ARD 2001): the abbreviation of Assoziationsratsbeschluss
    text = "ob Art 10 Abs 1 ARB 1/80 unmittelbar anwendbares Gemeinschaftsrecht ist"
    acts = _acts(text)
    assert [(a.text, a.lang, a.normalized, a.author, a.celex) for a in acts] == [
        ("ARB 1/80", "de", "ARB 1/80", "Assoziationsrat", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "wegen der Stillhalteklauseln des Art. 13 ARB 1/80 bzw. Art. 7 ARB 2/76 nicht",
        "Arbeitnehmer 1/80, Arb 1/80 und Assoziationsrat 1/80",  # (no stem as written)
        "Verordnung (EWG) Nr. 1612/68",  # (no stem at all)
    ],
)
def test_the_word_starts_of_a_region_read_with_its_lower_case(text: str) -> None:
    # the lower-cased region holds each stem's lower case wherever the region holds the
    # stem: what it does not hold is not searched for, and the starts are the same
    low = text.lower()
    for pos in (0, 5):
        found = agreement_decisions.word_starts(text, pos, len(text))
        assert agreement_decisions.word_starts(text, pos, len(text), low[pos:]) == found
    assert agreement_decisions.word_starts(text, 0, len(text), low) == (
        [text.index("ARB"), text.rindex("ARB")] if "ARB" in text else []
    )


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # the Federal Administrative Court's press release 1/2017 of 26 January 2017 (the
        # dataset rusheeliyer/german-courts on huggingface.co; pages corpus): the articles
        # right before the abbreviation, no 'des' between, were lost
        ("wegen der assoziationsrechtlichen Stillhalteklauseln des Art. 13 ARB 1/80 bzw. "
         "Art. 7 ARB 2/76 nicht entgegengehalten werden", ["Art. 13", "Art. 7"]),
        ("ob Art 10 Abs 1 ARB 1/80 unmittelbar anwendbares Gemeinschaftsrecht ist",
         ["Art 10 Abs 1"]),
        # (no pinpoint where none is written)
        ("Der ARB 1/80 gilt.", [None]),
    ],
)  # fmt: skip
def test_the_pinpoint_before_the_german_abbreviation(
    text: str, pinpoints: list[str | None]
) -> None:
    assert [a.pinpoint for a in _acts(text)] == pinpoints


@pytest.mark.parametrize(
    "text",
    [
        "ARB 2010/427/EU",  # an EU domain: no body's number
        "Arb 1/80",  # the abbreviation is written in capitals
        "Arbeitnehmer 1/80",
    ],
)
def test_a_word_like_a_body_decision_word_is_none(text: str) -> None:
    assert _acts(text) == []


def _institution_citations() -> list[tuple[str, str]]:
    """A decision numbered without a domain beside each institution of each language with a
    general rule (``agreement_body_any_*``), as written and in capitals."""
    out = []
    for lg in LANGUAGES:
        if not (lg.agreement_bodies.any_after or lg.agreement_bodies.any_before):
            continue
        word = lg.act_types["decision"][0]
        if lg.number_before_type:
            texts = [f"{a} 2010/427 {word}" for a in lg.authors]
        else:
            phrases = (*lg.author_phrases, *lg.back_references.authors)
            texts = [f"{word} 2010/427 {a}" for a in phrases]
            texts += [f"{a} {word} 2010/427" for a in lg.authors]
        out += [(lg.code, t) for text in texts for t in (text, text.upper())]
    return out


INSTITUTION_CITATIONS = _institution_citations()


def test_every_language_with_a_general_rule_has_institutions_to_check() -> None:
    codes = {code for code, _ in INSTITUTION_CITATIONS}
    assert {"en", "fr", "de", "es", "it", "pt", "nl", "fi", "da", "sv", "pl", "cs"} <= codes
    assert {"el", "ga", "lt", "lv", "hu"} <= codes


@pytest.mark.parametrize(("code", "text"), INSTITUTION_CITATIONS)
def test_no_institution_of_a_language_is_read_as_a_body(code: str, text: str) -> None:
    acts = _acts(text)
    # the ECB's decisions of before 2020 are filed under its own numbers (ecb_numbers)
    ecb = any(a.lower() in text.lower() for a in BY_CODE[code].ecb_authors)
    assert acts and acts[0].celex == (None if ecb else "32010D0427"), (code, acts)
