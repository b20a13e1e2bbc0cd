"""Estonian writes an article's number after its word, after a treaty's name as after an
act (``Euroopa Liidu toimimise lepingu artikliga 169``): a number between the name and the
word is no article of it but a footnote call, as a PDF's text gives one set after the name
(``lepingu 1 artikliga 169`` was TFEU Article 1). The languages that write the number
first keep it (Finnish ``sopimuksen (SEUT) 169 artikla``)."""

from __future__ import annotations

import eurefs

# EUR-Lex's summaries of EU law, chapter 'Tarbijakaitse' (eur-lex.europa.eu/summary/
# chapter/consumers.html, locale=et; pages corpus)
ESTONIAN = (
    "Kooskõlas Euroopa Liidu toimimise lepingu artikliga 169 on tarbijate heaks teostatava"
    " Euroopa poliitika eesmärgiks tarbijate tervise, ohutuse ja huvide kaitsmine."
)
# the same glossary entry in Finnish (eur-lex.europa.eu/summary/glossary/
# consumer_protection.html, locale=fi; pages corpus)
FINNISH = (
    "EU:n kuluttajapolitiikan (Euroopan unionin toiminnasta tehdyn sopimuksen (SEUT) 169"
    " artikla) tavoitteena on edistää kuluttajien terveyttä"
)


def _articles(text: str) -> list[tuple[str, str | None, list[str]]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.treaty, r.articles) for r in refs]


def test_the_estonian_article_after_its_word() -> None:
    assert _articles(ESTONIAN) == [
        ("Euroopa Liidu toimimise lepingu artikliga 169", "TFEU", ["169"])
    ]


def test_a_footnote_call_after_the_treaty_is_no_article() -> None:
    # (the call after the name, as a PDF's text has it: no Article 1 of the TFEU)
    text = ESTONIAN.replace("lepingu artikliga", "lepingu 1 artikliga")
    assert ("TFEU", ["1"]) not in [(t, a) for _, t, a in _articles(text)]
    assert _articles("ELTL 1 artikkel 169 kohaselt") == []


def test_a_language_that_writes_the_number_first_keeps_it() -> None:
    assert _articles(FINNISH) == [
        ("Euroopan unionin toiminnasta tehdyn sopimuksen (SEUT) 169 artikla", "TFEU", ["169"])
    ]
