"""Acts cited number first (``grammar/legal_acts_number_first``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # Hungarian: a space instead of the slash before the domain (reported from a
        # Hungarian text kept aside; was nothing)
        ("az Infotv. és a 95/46 EK irányelv 7. cikke szerint", "95/46 EK irányelv",
         "31995L0046"),
        ("a 2016/679 EU rendelet alapján", "2016/679 EU rendelet", "32016R0679"),
        # (the slash, as before)
        ("a 95/46/EK irányelv 29. cikke alapján jött létre", "95/46/EK irányelv", "31995L0046"),
    ],
)  # fmt: skip
def test_the_domain_after_a_space(text: str, span: str, celex: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.celex) == (span, celex)
    assert eurefs.parse(act.normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # a domain in lower case after a space is no domain; a word that is none either
        "a 95/46 ek irányelv",
        "a 95/46 EKX irányelv",
    ],
)
def test_no_domain_after_a_space_unless_written_as_one(text: str) -> None:
    assert [r.text for r in eurefs.extract(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the cases a citation puts the type word in (EUR-Lex 32001R2133 in Hungarian):
        # were nothing
        ("a legutóbb az 1666/2000/EK rendelettel módosított, 1992. június 30-i 1766/92/EGK "
         "tanácsi rendeletre", [("1666/2000/EK rendelettel", "32000R1666"),
                                ("1766/92/EGK tanácsi rendeletre", "31992R1766")]),
        ("1995. december 20-i 95/582/EK tanácsi határozatra", [("95/582/EK tanácsi határozatra",
                                                                 "31995D0582")]),
        ("az Európai Parlament és a Tanács 2003/88/EK irányelvének 7. cikke",
         [("Európai Parlament és a Tanács 2003/88/EK irányelvének", "32003L0088")]),
        ("a Bizottság 2011/753/EU határozatával", [("Bizottság 2011/753/EU határozatával",
                                                    "32011D0753")]),
        ("a 2009/299/IB kerethatározattal módosított", [("2009/299/IB kerethatározattal",
                                                          "32009F0299")]),
        # the earlier members of a list, each with its domain (the same act's title): only
        # the last was found
        ("az 1987/94/EK, a 306/96/EK és a 778/1999/EK rendelet hatályon kívül helyezéséről",
         [("1987/94/EK", "31994R1987"), ("306/96/EK", "31996R0306"),
          ("778/1999/EK rendelet", "31999R0778")]),
        ("a 95/46/EK, a 2002/58/EK vagy a 2016/680 irányelv",
         [("95/46/EK", "31995L0046"), ("2002/58/EK", "32002L0058"),
          ("2016/680 irányelv", "32016L0680")]),
        # (a member needs its domain; a case before is no member)
        ("az 1/2003 és a 2016/679 rendelet", [("2016/679 rendelet", "32016R0679")]),
        ("a C-311/18. sz. ügy és a 2016/679 rendelet", [("2016/679 rendelet", "32016R0679")]),
    ],
)  # fmt: skip
def test_cases_of_the_type_word_and_lists(text: str, found: list[tuple[str, str]]) -> None:
    acts = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert [(a.text, a.celex) for a in acts] == found
    assert all(eurefs.parse(a.normalized).celex == a.celex for a in acts)


@pytest.mark.parametrize(
    ("text", "span", "celex", "pinpoint"),
    [
        # the act's ordinal between its number and the type word (the judgment in 8/81
        # Becker, curia.europa.eu/arrets/TRA-DOC-HU-ARRET-C-0008-1981-200406997-05N00.html;
        # the Opinion of AG Mengozzi in C-335/05, taxlawapp.eu, HU): were nothing
        ("adóalap-megállapításról szóló, 1977. május 17‑i 77/388 hatodik tanácsi irányelv 13. "
         "cikke B. része d) pontjának 1. alpontjára vonatkozó", "77/388 hatodik tanácsi irányelv",
         "31977L0388", "13. cikke"),
        ("szóló, 1986. november 17-i 86/560/EGK tizenharmadik tanácsi irányelv (a továbbiakban: "
         "a tizenharmadik irányelv) 2. cikkének (2) bekezdését.",
         "86/560/EGK tizenharmadik tanácsi irányelv", "31986L0560", "2. cikkének (2) bekezdését"),
    ],
)  # fmt: skip
def test_the_ordinal_after_the_number(text: str, span: str, celex: str, pinpoint: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert (act.text, act.celex, act.pinpoint) == (span, celex, pinpoint)  # type: ignore[union-attr]
    assert act.normalized == span.split()[0] + " irányelv"


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal after a number with no type word: no act (a fraction, a page)
        "a bevételek 2/3 hatodik része",
        "a 2016/679 hatodik cikke szerint",
    ],
)
def test_no_act_without_its_type_word_after_the_ordinal(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Hungarian privacy notices in public repositories (found with find_string): the
        # marker 'számú' (numbered) between number and type word; were nothing
        ("Jelen adatvédelmi irányelv a hungarydarts.com weboldal látogatóinak személyes "
         "adatainak kezelésére vonatkozik, az Európai Unió 2016/679 számú rendeletének (GDPR) "
         "és a vonatkozó magyar jogszabályoknak megfelelően.", "2016/679 számú rendeletének"),
        ("A Szolgáltató adatkezelési tevékenységét az Európai Unió 2016/679 számú rendelete "
         "(GDPR) és a hazai adatvédelmi jogszabályok szerint végzi.", "2016/679 számú rendelete"),
    ],
)  # fmt: skip
def test_the_hungarian_marker_after_the_number(text: str, span: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.normalized, ref.celex) == (span, "2016/679 rendelet", "32016R0679")


@pytest.mark.parametrize(
    "text",
    [
        # (forms made for the test) a body's own numbering, year last and no domain: a town
        # council's resolution, a decree's
        "a képviselő-testület 35/2019 számú határozata alapján",
        "a 45/2012 számú rendelet szerint",
    ],
)
def test_no_act_where_the_marker_follows_a_national_number(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


# Hungarian numbers an act of the Union and Euratom with both domains after the number,
# a comma between: Commission Delegated Regulation (EU) 2019/715 in Hungarian
# (https://jogkodex.hu/doc/7278702, EUR-Lex 32019R0715) and the EUR-Lex summary of the
# Financial Regulation (LEGISSUM:l34015, HU); the domains in brackets before a later
# number (the same text).  Each was nothing, or its number alone.
@pytest.mark.parametrize(
    ("text", "span", "celex", "normalized"),
    [
        ("valamint a 966/2012/EU, Euratom rendelet hatályon kívül helyezéséről szóló",
         "966/2012/EU, Euratom rendelet", "32012R0966", "966/2012/EU, Euratom rendelet"),
        ("rendelet a 966/2012/EU, Euratom európai parlamenti és tanácsi rendeletre (3) épül.",
         "966/2012/EU, Euratom európai parlamenti és tanácsi rendeletre", "32012R0966",
         "966/2012/EU, Euratom rendelet"),
        ("Az Európai Parlament és a Tanács 966/2012/EU, Euratom rendelete (2012. október 25.)",
         "Európai Parlament és a Tanács 966/2012/EU, Euratom rendelete", "32012R0966", None),
        ("az 1605/2002/EK, Euratom tanácsi rendelet 185. cikkében említett szervekre",
         "1605/2002/EK, Euratom tanácsi rendelet", "32002R1605", None),
        ("az (EU, Euratom) 2018/1046 európai parlamenti és tanácsi rendelet 70. cikkében",
         "(EU, Euratom) 2018/1046 európai parlamenti és tanácsi rendelet", "32018R1046",
         "(EU, Euratom) 2018/1046 rendelet"),
    ],
)  # fmt: skip
def test_two_domains_after_or_before_the_number(
    text: str, span: str, celex: str, normalized: str | None
) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.celex) == (span, celex)
    # (the domains as written, as for one domain)
    assert act.domain == ("EK, Euratom" if "/EK," in span else "EU, Euratom")
    if normalized is not None:
        assert act.normalized == normalized
    assert eurefs.parse(act.normalized).celex == celex
