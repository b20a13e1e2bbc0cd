"""Words hyphenated at a line's end in every official language's alphabet
(``eurefs.textview``): the act's word read through the break, spans on the original text."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# Sentences of real texts, broken in the act's word at a line's end as a PDF's text layer
# gives a word hyphenated by the typesetter (the view joined only Latin-1 letters: these
# references were missed, or found without their word).
HYPHENATED = [
    # Polish: the law of 21 February 2019 on the GDPR, as kadry-i-place.com.pl quotes it
    # (https://kadry-i-place.com.pl/artykul/kolejne-zmiany-w-ochronie-danych-osobowych-wazne-dla-pracodawcow)
    (
        "w związku z zapewnieniem stosowania rozporzą-\ndzenia Parlamentu Europejskiego i Rady "
        "(UE) 2016/679 z dnia 27 kwietnia 2016 r.",
        "rozporzą-\ndzenia Parlamentu Europejskiego i Rady (UE) 2016/679",
        "32016R0679",
    ),
    # Czech: the GDPR's title on gdpr-dpo.webnode.cz (https://gdpr-dpo.webnode.cz/poverenec-dpo/)
    (
        "Na-\nřízení Evropského parlamentu a rady (EU) 2016/679 ze dne 27. dubna 2016 o ochraně",
        "Na-\nřízení Evropského parlamentu a rady (EU) 2016/679",
        "32016R0679",
    ),
    # ... and the directive it repeals, in the same title
    (
        "a o zrušení směr-\nnice 95/46/ES (obecné nařízení o ochraně osobních údajů)",
        "směr-\nnice 95/46/ES",
        "31995L0046",
    ),
    # Bulgarian: the Supreme Court of Cassation's notice of the GDPR
    # (https://www.court.bg/2018/05/25/ ... регламент-ес-2016-679-на-европейския-парлам/)
    (
        "Регла-\nмент (ЕС) 2016/679 на Европейския парламент и на Съвета от 27 април 2016 година",
        "Регла-\nмент (ЕС) 2016/679",
        "32016R0679",
    ),
]


@pytest.mark.parametrize(("text", "found", "celex"), HYPHENATED)
def test_an_act_word_hyphenated_at_a_line_end_is_read_in_every_alphabet(
    text: str, found: str, celex: str
) -> None:
    refs = extracted(text, "text", "celex", "start", "end", kind="legal_act")
    assert [(written, read) for written, read, _, _ in refs] == [(found, celex)]
    assert all(text[start:end] == written for written, _, start, end in refs)


def test_a_popular_name_hyphenated_in_greek_is_read_through_the_break() -> None:
    # Greek: kgmp-legal.com's GDPR note (https://www.kgmp-legal.com/gr/o-nkpd-bike-se-ischy-stis-25/)
    # names the act by its popular name and number; the short forms read the name through
    # the break as the view reads the number
    text = "Ο Γενικός Κανονι-\nσμός Προστασίας Δεδομένων (ΕΕ) 2016/679 ή ΓΚΠΔ είναι νόμος"
    refs = extracted(text, "text", "celex", "start", "end")
    assert [(written, read) for written, read, _, _ in refs] == [
        ("Γενικός Κανονι-\nσμός Προστασίας Δεδομένων (ΕΕ) 2016/679", "32016R0679"),
        ("ΓΚΠΔ", "32016R0679"),
    ]
    assert all(text[start:end] == written for written, _, start, end in refs)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a compound's own hyphen before a capital stays (German, Greek)
        ("die EU-\nRichtlinie 95/46/EG", "Richtlinie 95/46/EG"),
        ("der Mitglied-\nstaaten nach Verordnung (EU) 2016/679", "Verordnung (EU) 2016/679"),
        # a Bulgarian compound with its hyphen at a line's end (``държави-членки``) is joined,
        # and the reference after it is read as before
        ("държави-\nчленки съгласно Регламент (ЕС) 2016/679", "Регламент (ЕС) 2016/679"),
    ],
)
def test_compounds_broken_at_a_line_end_leave_other_references_alone(text: str, found: str) -> None:
    assert extracted(text, "text") == [found]
