"""A popular name glossed by its full citation: one mention, the citation, which takes the
pinpoint written before the name (``eurefs.short_forms.glossed_names``)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

# Real sentences (public repositories, found with find_string): a privacy notice, a breach
# notification template, a Dutch privacy statement.
GLOSSED = [
    (
        "This notice is given under Article 13 of the GDPR (Regulation (EU) 2016/679).",
        "Regulation (EU) 2016/679",
        "Article 13",
    ),
    (
        "We notify you of a personal data breach pursuant to Article 33 of the GDPR "
        "(Regulation (EU) 2016/679).",
        "Regulation (EU) 2016/679",
        "Article 33",
    ),
    (
        "De verwerking van persoonsgegevens vindt plaats op basis van de volgende "
        "rechtsgrondslagen conform artikel 6 AVG (Verordening (EU) 2016/679):",
        "Verordening (EU) 2016/679",
        "artikel 6",
    ),
    (  # the full name (the form the twenty-seventh session's audit reported)
        "Article 65 of the General Data Protection Regulation (Regulation (EU) 2016/679) "
        "enables the Board to adopt binding decisions.",
        "Regulation (EU) 2016/679",
        "Article 65",
    ),
]


@pytest.mark.parametrize(("text", "act", "pinpoint"), GLOSSED)
def test_the_pinpoint_before_a_glossed_name_is_the_citations(
    text: str, act: str, pinpoint: str
) -> None:
    refs = eurefs.extract(text)
    assert [(r.kind, r.text, r.celex, r.pinpoint) for r in refs] == [
        ("legal_act", act, "32016R0679", pinpoint)
    ]


@pytest.mark.parametrize(("text", "act", "pinpoint"), GLOSSED)
def test_a_stream_gives_the_same(text: str, act: str, pinpoint: str) -> None:
    text = "The controller keeps records. " * 40 + text + " It applies." * 100
    for size in (97, 430):
        assert list(iter_extract(text, chunk_size=size)) == eurefs.extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # no pinpoint before the name: none given
        "In compliance with the General Data Protection Regulation (Regulation (EU) 2016/679) "
        "and the European Union charter of fundamental rights.",
        # the pinpoint is the Charter's, not the name's
        "Article 8 of the Charter and the GDPR (Regulation (EU) 2016/679) apply.",
        # ... or another act's
        "Article 5 of Directive 95/46/EC and the GDPR (Regulation (EU) 2016/679) apply.",
    ],
)
def test_no_pinpoint_of_the_name_no_pinpoint(text: str) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert acts[-1].text == "Regulation (EU) 2016/679"
    assert acts[-1].pinpoint is None


def test_the_citations_own_pinpoint_stays() -> None:
    # the pinpoint before an act is its own; the name glossed after it adds nothing
    refs = eurefs.extract(
        "Article 6(1)(a) of Regulation (EU) 2016/679 (GDPR) and Article 7 of the GDPR "
        "(Regulation (EU) 2016/679)."
    )
    assert [(r.kind, r.pinpoint) for r in refs] == [
        ("legal_act", "Article 6(1)(a)"),
        ("legal_act", "Article 7"),
    ]


def test_another_works_citation_in_brackets_keeps_the_name() -> None:
    # the citation glosses another work: the name is a mention of its own, with its pinpoint
    refs = eurefs.extract("Article 13 of the GDPR (Directive 95/46/EC repealed) applies.")
    assert [(r.kind, r.text, r.pinpoint) for r in refs] == [
        ("short_form", "GDPR", "Article 13"),
        ("legal_act", "Directive 95/46/EC", None),
    ]


def test_short_forms_left_out_leave_the_citation_alone() -> None:
    # the pinpoint comes from the name, which the short-form pass reads
    text = GLOSSED[0][0]
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.kind, r.pinpoint) for r in refs] == [("legal_act", None)]


def test_a_pinpoint_after_the_glossing_citation_is_the_citations() -> None:
    # a compliance page in a public repository (id 55083414487), where the language writes a
    # pinpoint after a popular name (``name_pinpoints``)
    refs = eurefs.extract("Compliance Standard: GDPR (Regulation (EU) 2016/679) Article 20.")
    assert [(r.kind, r.text, r.pinpoint) for r in refs] == [
        ("legal_act", "Regulation (EU) 2016/679", "Article 20")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a capital after it: a name's or another act's article (as after the name itself)
        "the GDPR (Regulation (EU) 2016/679) Article 29 Working Party said",
        # a link word after it: another act's article
        "under the GDPR (Regulation (EU) 2016/679) Article 8 of the Charter applies",
    ],
)
def test_no_pinpoint_after_the_glossing_citation_that_is_anothers(text: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert ref.pinpoint is None


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


@pytest.mark.parametrize(
    "text",
    [
        # a Slovak data-protection law's summary in a public repository (find_string 'Data
        # Protection Directive with Respect to Law'): the name ran on into the title of
        # Directive (EU) 2016/680, and 'Data Protection Directive' gave 31995L0046
        "The Act primarily replicates the provisions of the GDPR, introduces national "
        "derogations in certain areas, and transposes the Data Protection Directive with "
        "Respect to Law Enforcement (Directive (EU) 2016/680) into the Slovak legal system.",
        # (the form of the thirtieth session's audit)
        "the Data Protection Directive with respect to Law Enforcement (Directive (EU) 2016/680)",
    ],
)
def test_a_name_glossed_by_another_acts_citation_is_no_mention(text: str) -> None:
    assert ("Data Protection Directive", "31995L0046") not in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "celex"),
    [
        # a conjunction between: the name is a mention of its own (cookie notices in public
        # repositories, find_string 'GDPR and the ePrivacy Directive (Directive')
        ("In accordance with the GDPR and the ePrivacy Directive (Directive 2002/58/EC):",
         "GDPR", "32016R0679"),
        ("Under the GDPR and the ePrivacy Directive (Directive 2002/58/EC, as amended by "
         "Directive 2009/136/EC), the legal bases for using cookies are:", "GDPR", "32016R0679"),
        # (a summary of the data protection reform, discovery.researcher.life; pages corpus)
        ("Alongside the GDPR, the Reform encompassed a Directive (EU) 2016/680 establishing "
         "rules", "GDPR", "32016R0679"),
    ],
)  # fmt: skip
def test_a_name_before_another_phrase_stays(text: str, name: str, celex: str) -> None:
    assert (name, celex) in _names(text)
