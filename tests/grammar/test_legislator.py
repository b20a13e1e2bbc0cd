"""Decisions numbered number first: a CELEX only with a domain or the legislator named,
and the ECSC's general decisions as ``S`` acts (``eurefs.grammar.legislator``).

Each sentence is quoted from a real text (source in the comment) unless marked
UNCONFIRMED (a form built from the record's words).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import LANGUAGES, Language
from tests.grammar.body_decisions import acts


def test_a_body_s_decision_cited_without_its_body_gets_no_celex() -> None:
    # OJ L 35, 13.2.1996, contents (English edition): the EC-Turkey Association Council's
    # Decision No 5/72 (Decision 72/5 would be 31972D0005, another act)
    text = (
        "Decision No 4/95 of the EC-Turkey Association Council of 22 December 1995\n\n"
        "amending Decision No 5/72 on methods of administrative cooperation for the\n"
        "implementation of Articles 2 and 3 of the Additional Protocol to the Ankara"
    )
    body, amended = acts(text)
    assert body.celex is None and body.author == "EC-Turkey Association Council"
    assert (amended.text, amended.celex, amended.eli, amended.eurlex_url) == (
        "Decision No 5/72",
        None,
        None,
        None,
    )
    assert amended.celex_candidates == [] and amended.cellar_ids == []
    assert (amended.year, amended.number, amended.number_first) == (1972, "5", True)


@pytest.mark.parametrize(
    "text",
    [
        "Decision No 1/2014",  # UNCONFIRMED (the form of the issue)
        "Council Decision No 1/2014",  # UNCONFIRMED: the Council numbers its decisions year first
        "Commission Decision No 1/2014",  # UNCONFIRMED
        "decisione n. 1/80",  # EUR-Lex 62009CJ0300_SUM (the Association Council's)
        "Beschluss Nr. 1/80",  # UNCONFIRMED
    ],
)
def test_a_decision_numbered_number_first_without_domain_or_legislator_has_no_celex(
    text: str,
) -> None:
    (ref,) = acts(text)
    assert ref.celex is None and ref.celex_candidates == [] and ref.author in (None, *text.split())
    assert eurefs.parse(ref.normalized).celex is None


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # EUR-Lex 32002D0241 (English): an ECSC general decision, then its Article cited
        (
            "Having regard to Commission Decision No 3632/93/ECSC of 28 December 1993",
            "Commission Decision No 3632/93/ECSC",
            "31993S3632",
        ),
        # EUR-Lex 31996S2510 (Italian title): the decision and the one it amends
        ("DECISIONE N. 2510/96/CECA DELLA COMMISSIONE", "DECISIONE N. 2510/96/CECA", "31996S2510"),
        (
            "della decisione n. 3/96/CECA relativa alla gestione",
            "decisione n. 3/96/CECA",
            "31996S0003",
        ),
        # EUR-Lex 31996S2510 (Greek title)
        ("ΑΠΟΦΑΣΗ αριθ. 2510/96/ΕΚΑΧ ΤΗΣ ΕΠΙΤΡΟΠΗΣ", "ΑΠΟΦΑΣΗ αριθ. 2510/96/ΕΚΑΧ", "31996S2510"),
        # EUR-Lex 31999D0227 (Finnish): a general decision (S), the decision itself (D)
        (
            "tehdyn komission päätöksen N:o 2496/96/EHTY (1) ja erityisesti",
            "komission päätöksen N:o 2496/96/EHTY",
            "31996S2496",
        ),
        # the ECSC's decisions numbered year first are D acts (EUR-Lex 31984D0317's title)
        ("84/317/ECSC: Commission Decision of 28 May 1984", None, None),
        (
            "Commission Decision 96/315/ECSC of 7 February 1996",
            "Commission Decision 96/315/ECSC",
            "31996D0315",
        ),  # T-89/96, British Steel v Commission
    ],
)
def test_ecsc_general_decisions_are_s_acts(text: str, span: str | None, celex: str | None) -> None:
    found = [a for a in acts(text) if a.number]
    if span is None:
        assert all(a.celex is None or a.celex[5] == "D" for a in found)
        return
    (ref,) = found
    assert (ref.text, ref.celex) == (span, celex)
    assert eurefs.parse(ref.normalized).celex == celex


def _citation(lg: Language, form: str) -> str:
    """A decision numbered number first without domain, the legislator where the
    language writes ``form`` (UNCONFIRMED: built from the record's words)."""
    word = lg.act_types["decision"][0]
    if lg.number_before_type:
        return f"{form} 1082/2013 {word}" if form in lg.authors else f"1082/2013 {form} {word}"
    number = f"{lg.number_marker} 1082/2013"
    return f"{form} {word} {number}" if form in lg.authors else f"{word} {number} {form}"


LEGISLATOR_CITATIONS = [
    (lg.code, _citation(lg, form)) for lg in LANGUAGES for form in lg.legislator_forms
]


def test_every_language_names_its_legislator() -> None:
    assert {code for code, _ in LEGISLATOR_CITATIONS} == {lg.code for lg in LANGUAGES}


@pytest.mark.parametrize(("code", "text"), LEGISLATOR_CITATIONS)
def test_the_legislator_named_keeps_the_celex_in_every_language(code: str, text: str) -> None:
    for written in (text, text.upper()):
        found = acts(written)
        assert [(a.lang, a.celex) for a in found] == [(code, "32013D1082")], written
        again = eurefs.parse(found[0].normalized)
        assert (again.celex, again.normalized) == ("32013D1082", found[0].normalized)


def test_the_legislator_after_the_number_is_in_span_and_normal_form() -> None:
    # EUR-Lex 32013D1082's title (English), the domain left out as texts cite it
    text = "Decision No 1082/2013 of the European Parliament and of the Council of 22 October"
    (ref,) = acts(text)
    assert ref.text == ref.normalized == text.removesuffix(" of 22 October")
    assert (ref.celex, ref.author) == ("32013D1082", None)


def test_a_decision_with_its_domain_needs_no_legislator() -> None:
    (ref,) = acts("Decision No 1082/2013/EU")
    assert (ref.celex, ref.normalized) == ("32013D1082", "Decision No 1082/2013/EU")


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # UNCONFIRMED forms (a No before a year-first number, as older texts wrote it
        # before directives: see test_a_marker_with_a_space_before_its_dot)
        ("vista la decisione n. 66/532/CEE del Consiglio", "31966D0532"),
        ("vu la décision no 70/243/CECA, CEE, Euratom du Conseil", "31970D0243"),
        ("Entscheidung Nr. 87/80/EWG", "31987D0080"),  # 1980: only the ECSC's were No first
        # still number first: an ECSC general decision, a codecision year, a body's
        ("Decision No 3/96/ECSC", "31996S0003"),
        ("Decision No 1/80", None),
    ],
)
def test_a_no_before_a_year_first_decision_number(text: str, celex: str | None) -> None:
    (ref,) = acts(text)
    assert ref.celex == celex


def test_a_no_before_a_number_no_year_ends_keeps_its_reading() -> None:
    # ``12`` is no year with acts (1912) and 2012 is not written so; nor is ``34``
    # (1934), so no footnote call is cut off: before, 'Decision No 12/34' and note 5
    assert acts("Decision No 12/345") == []


def test_a_short_form_without_domain_after_the_full_citation_keeps_its_celex() -> None:
    # the legislative act as OEIL summarises it (oeil.secure.europarl.europa.eu, document
    # summary 1050857); the later short form UNCONFIRMED (as judgments write them)
    text = (
        "LEGISLATIVE ACT: Decision No 768/2008/EC of the European Parliament and of the "
        "Council on a common framework for the marketing of products. Annex I to Decision "
        "No 768/2008 sets out the reference provisions; Decision No 1/2008 is another."
    )
    full, short, other = acts(text)
    assert (full.celex, short.text, short.celex) == (
        "32008D0768",
        "Decision No 768/2008",
        "32008D0768",
    )
    assert short.eurlex_url == full.eurlex_url and short.celex_candidates == ["32008D0768"]
    assert other.celex is None
    # the same read in chunks: the full citation in an earlier chunk
    streamed = [r for r in eurefs.iter_extract(text, chunk_size=80) if r.kind == "legal_act"]
    assert [r.celex for r in streamed] == ["32008D0768", "32008D0768", None]


def test_a_body_s_decision_wins_over_an_eu_decision_of_the_same_number() -> None:
    # UNCONFIRMED: a text citing both; the bare number is the body's, named last-first
    text = (
        "Decision No 1/95 of the EC-Turkey Association Council and Decision No 1/95/EC "
        "... under Decision No 1/95"
    )
    body, eu, again = acts(text)
    assert (body.celex, eu.celex) == (None, "31995D0001")
    assert (again.celex, again.author) == (None, "EC-Turkey Association Council")


@pytest.mark.parametrize(
    ("text", "cited", "celex"),
    [
        # EUR-Lex 31995D0325 (as inenuitvoer.sdu.nl prints it): the High Authority's
        # recommendation, EUR-Lex 31964K0001 (was 31964H0001); ECSC recommendations are K
        (
            "Having regard to High Authority recommendation No 1/64 of 15 January 1964 to the "
            "Governments of the Member States",
            "recommendation No 1/64",
            None,
        ),
        ("as last amended by recommendation 88/27/ECSC (2), and in particular Article 3",
         "recommendation 88/27/ECSC", "31988K0027"),
        # EUR-Lex 31987D0364 (as dataverse.harvard.edu prints it)
        ("as last amended by Recommendation 81/772/ECSC (2), and in particular Article 71",
         "Recommendation 81/772/ECSC", "31981K0772"),
        # the EU's own stay H (EUR-Lex 32003H0361)
        ("Commission Recommendation 2003/361/EC", "Commission Recommendation 2003/361/EC",
         "32003H0361"),
    ],
)  # fmt: skip
def test_ecsc_recommendations_are_k_acts(text: str, cited: str, celex: str | None) -> None:
    (ref,) = acts(text)
    assert (ref.text, ref.celex) == (cited, celex)
    if celex is None:
        assert ref.celex_candidates == [] and ref.eurlex_url is None


@pytest.mark.parametrize(
    ("text", "span", "celex", "pinpoint"),
    [
        # Varano v Air Canada [2021] EWHC 1336 (QB) (bailii.org): the co-legislators without
        # 'European', as UK judgments and OSCOLA-style citations write them; the span was
        # 'Council Regulation (EC) No 261/2004', author 'Council', no pinpoint
        ("The claim has been brought pursuant to Article 7 of Parliament and Council "
         "Regulation (EC) No 261/2004 of 11 February 2004 establishing common rules",
         "Parliament and Council Regulation (EC) No 261/2004", "32004R0261", "Article 7"),
        # a co-decision numbered number first without a domain needs the legislator (UNCONFIRMED)
        ("Parliament and Council Decision No 1082/2013 on serious cross-border threats",
         "Parliament and Council Decision No 1082/2013", "32013D1082", None),
    ],
)  # fmt: skip
def test_parliament_and_council_before_the_type_word(
    text: str, span: str, celex: str, pinpoint: str | None
) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (ref.text, ref.author, ref.celex, ref.pinpoint) == (
        span,
        "Parliament and Council",
        celex,
        pinpoint,
    )


def test_the_council_alone_stays_the_council() -> None:
    (ref,) = eurefs.extract("Council Regulation (EC) No 1/2003 applies.", kinds="legal_act")
    assert (ref.text, ref.author) == ("Council Regulation (EC) No 1/2003", "Council")
