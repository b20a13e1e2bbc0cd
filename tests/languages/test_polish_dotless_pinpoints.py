"""Polish ``ust`` without its dot, as national writing has it: the record's
``pinpoints.words`` (a paragraph's abbreviation); ``art`` without its dot, the record's
``article_words``.  ``lit`` without its dot is not read
(German's: ``Art 6 lit f GDPR``), as Romanian's is not."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # decision ZSZZS.440.257.2018 of the Polish data protection authority (uodo.gov.pl)
        # writes 'art. 6 ust 1 lit c) i art. 9 ust 2 lit h) oraz i) rozporządzenia ...', 'lit'
        # without its dot too; privacy notices 'art. 6 ust 1 lit. b RODO' (find_string): the
        # pinpoint was nothing
        ("art. 6 ust 1 lit. c) i art. 9 ust 2 lit. h) rozporządzenia Parlamentu Europejskiego "
         "i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r.",
         "rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679",
         "art. 6 ust 1 lit. c) i art. 9 ust 2 lit. h)"),
        ("art. 6 ust 1 rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679",
         "art. 6 ust 1"),
        # unchanged: no number, no pinpoint
        ("ust 1 rozporządzenia (UE) 2016/679", "rozporządzenia (UE) 2016/679", None),
    ],
)  # fmt: skip
def test_dotless_words_before_an_act(text: str, span: str, pinpoint: str | None) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


def test_dotless_words_in_a_treaty_article() -> None:
    # the same form (privacy notices in public repositories, find_string: 'art. 6 ust 1 lit. b'),
    # before a treaty: was nothing at all
    (ref,) = eurefs.extract("zgodnie z art. 6 ust 1 TFUE", short_forms=False)
    assert (ref.kind, ref.text) == ("treaty_article", "art. 6 ust 1 TFUE")


def test_dotless_words_before_the_short_form() -> None:
    # privacy notices in public repositories (find_string): the pinpoint was nothing
    refs = [r for r in eurefs.extract("na podstawie art. 6 ust 1 lit. b RODO") if r.text == "RODO"]
    assert [r.pinpoint for r in refs] == ["art. 6 ust 1 lit. b"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # privacy notices in public repositories (find_string 'art 6 ust 1 lit'): the article's
        # abbreviation without its dot as well; the pinpoint was nothing
        ("Przetwarzanie odbywa się na podstawie art 6 ust 1 lit b RODO oraz prawnie "
         "uzasadnionych interesów.", "art 6 ust 1 lit b"),
        ("co jest prawnie uzasadnionym interesem Warsztatów Kultury (podstawa z art 6 ust 1 lit "
         "f RODO).", "art 6 ust 1 lit f"),
    ],
)  # fmt: skip
def test_dotless_article_before_a_name(text: str, pinpoint: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.celex, ref.pinpoint) == ("RODO", "32016R0679", pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # numbered items with no act after them stay no reference
        "W sztuce: art 6 i art 7 omówione niżej.",
        "pozycja art 6 ust 1 w katalogu",
    ],
)
def test_dotless_article_without_an_act(text: str) -> None:
    assert eurefs.extract(text) == []
