"""A pinpoint written right after a popular name where pinpoints otherwise come first
(``short_forms/name_pinpoints``): ``GDPR Article 6(1)(f)``, ``EU261 Article 7(1)(c)``,
Dutch ``AVG artikel 6, lid 1, onder a``."""

from __future__ import annotations

import pytest

import eurefs


def _short_form(text: str, name: str) -> eurefs.BaseReference:
    return next(r for r in eurefs.extract(text) if r.kind == "short_form" and r.text == name)


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # privacy notices and claim letters in public repositories (find_string
        # 'GDPR Article 6(1)(f)', 'EU261 Article', 'AVG artikel 6'); was none
        (
            "To answer your enquiry, prepare a feasibility assessment, and issue a quotation. "
            "That is our legitimate interest under GDPR Article 6(1)(f) and, where you opt in, "
            "consent under Article 6(1)(a).",
            "GDPR",
            "Article 6(1)(f)",
        ),
        (
            "legalBasis: 'Legitimate interest under GDPR Article 6(1)(f) for debt collection. "
            "Letters comply with Consumer Credit Act 1974 and FCA rules.',",
            "GDPR",
            "Article 6(1)(f)",
        ),
        (
            "- 30-day retention window is proportionate to the security purpose (GDPR Article "
            "6(1)(f) — legitimate interests)",
            "GDPR",
            "Article 6(1)(f)",
        ),
        (
            "->set('body', str_repeat('Formal demand for EUR 1,200 under EU261 Article 7(1)(c). "
            "', 8))",
            "EU261",
            "Article 7(1)(c)",
        ),
        ("| 120–180 min | Passenger care obligations (EU261 Article 9) |", "EU261", "Article 9"),
        (
            "Distinguishes **EU261 Article 5(3)** (weather exemption for the €600 statutory "
            'cash penalty) from **EU261 Article 9 ("Right to Care")**',
            "EU261",
            "Article 5(3)",
        ),
        # the bracket the name stands in is not the point's (``onder a)``)
        (
            "'De grondslag is je toestemming (AVG artikel 6, lid 1, onder a): je kiest er zelf "
            "voor om in te loggen'",
            "AVG",
            "artikel 6, lid 1, onder a",
        ),
        (
            "- **Insturen:** alleen na toestemming (AVG artikel 6 lid 1 onder a); e-mailadres "
            "apart en los van de begroting",
            "AVG",
            "artikel 6 lid 1 onder a",
        ),
        (
            "Bepaal de verwerkingsgrondslag conform AVG artikel 6 (en art. 9 voor bijzondere "
            "categorieën).",
            "AVG",
            "artikel 6",
        ),
    ],
)
def test_pinpoint_after_a_popular_name(text: str, name: str, pinpoint: str) -> None:
    assert _short_form(text, name).pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the Working Party is named after the Directive's Article 29 (the ICO's guide: 'to
        # guidance produced by the EU's Article 29 Working Party'), not the GDPR's
        ("It includes links to the GDPR Article 29 Working Party guidance.", "GDPR"),
        # an article linked to, or named by, something else
        ("the right to privacy under the GDPR Article 8 of the Charter", "GDPR"),
        ("the GDPR Article 8 ECHR balance", "GDPR"),
        # a heading on the next line, a sentence's end, a comma
        ("Regulation under the GDPR\nArticle 5\nPrinciples relating to processing", "GDPR"),
        ("This is required by the GDPR. Article 5 of the Act says", "GDPR"),
        ("as the GDPR, Article 5 of the Act and the Charter require", "GDPR"),
        # a heading's title in capitals after the article
        ("the GDPR Article 17 Right to erasure", "GDPR"),
    ],
)
def test_no_pinpoint_after_a_popular_name(text: str, name: str) -> None:
    assert _short_form(text, name).pinpoint is None


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # the article abbreviated after the name (public repositories, find_string 'GDPR Art.
        # 6(1)'): a security-monitoring design document's regulatory notes; was none
        (
            "- **GDPR Art. 33** — notification to the supervisory authority within **72 hours**"
            " of becoming aware.",
            "GDPR",
            "Art. 33",
        ),
        (
            "- **NIS2 Art. 23** — early warning within **24 hours**, incident notification"
            " within **72 hours**",
            "NIS2",
            "Art. 23",
        ),
        (
            "a structured decision tool applying Delegated Reg. (EU) 2024/1772 criteria, GDPR"
            " Art. 33 risk assessment, and NIS2 Art. 23 significance criteria.",
            "NIS2",
            "Art. 23",
        ),
        # a messaging bot's consent step, a receipts app's privacy page
        (
            '    # Consent under GDPR Art. 6(1)(a) is captured by the tap on "Yes", so the',
            "GDPR",
            "Art. 6(1)(a)",
        ),
        (
            "people — <strong>performance of a contract</strong> (GDPR art. 6(1)(b)).",
            "GDPR",
            "art. 6(1)(b)",
        ),
    ],
)
def test_abbreviated_article_after_a_popular_name(text: str, name: str, pinpoint: str) -> None:
    assert _short_form(text, name).pinpoint == pinpoint


def test_abbreviated_article_of_something_else() -> None:
    # (as 'GDPR Article 29 Working Party' above)
    text = "See the GDPR Art. 29 Working Party guidance and the GDPR Art. 8 of the Charter."
    assert [r.pinpoint for r in eurefs.extract(text) if r.kind == "short_form"] == [None, None]
