"""grammar/legal_acts: a type word joined to the Union's domain by a hyphen, as German,
Dutch, Danish and Swedish write it outside the OJ (``EU-Richtlinie 2019/1937``,
``EU-richtlijn 2011/83/EU``, ``EU-direktiv 2014/55/EU``, ``EU-förordning 2016/679``), a
compound prefix of no subtype."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        # an interview on the German whistleblower act (arbeit-und-arbeitsrecht.de)
        ("mit dem die EU-Whistleblower-Richtlinie (EU-Richtlinie 2019/1937) umgesetzt "
         "werden soll", "EU-Richtlinie 2019/1937", "Richtlinie 2019/1937", "32019L1937"),
        ("Die EU-Richtlinie 2006/123/EG wurde umgesetzt.", "EU-Richtlinie 2006/123/EG",
         "Richtlinie 2006/123/EG", "32006L0123"),
        ("Die EU-Verordnung (EU) 2016/679 gilt.", "EU-Verordnung (EU) 2016/679",
         "Verordnung (EU) 2016/679", "32016R0679"),
        ("Die EU-Verordnung Nr. 1215/2012 gilt.", "EU-Verordnung Nr. 1215/2012",
         "Verordnung Nr. 1215/2012", "32012R1215"),
        # the Community's domain so joined: a driving-licence page and a sanctions clause in
        # public repositories (ids 70470477224, 55967302713); each was nothing
        ("Alle erworbenen Fahrerlaubnisklassen bleiben gemäß EG-Richtlinie 2006/126/EG im "
         "bisherigen Umfang erhalten.", "EG-Richtlinie 2006/126/EG", "Richtlinie 2006/126/EG",
         "32006L0126"),
        ("keine solchen Güter, die in den Anwendungsbereich von Artikel 8g der EG-Verordnung "
         "Nr. 765/2006 fallen", "EG-Verordnung Nr. 765/2006", "Verordnung Nr. 765/2006",
         "32006R0765"),
    ],
)  # fmt: skip
def test_an_eu_compound_cites_the_act(text: str, span: str, normalized: str, celex: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.lang, ref.normalized, ref.celex) == (span, "de", normalized, celex)
    assert ref.subtype is None
    assert ref.eli == eurefs.parse(normalized).eli  # as without the prefix
    assert eurefs.parse(span).celex == eurefs.parse(normalized).celex == celex


def test_the_implementing_compound_keeps_its_subtype() -> None:
    (ref,) = eurefs.extract("Die Durchführungsverordnung (EU) 2019/947 gilt.")
    assert (ref.subtype, ref.celex) == ("implementing", "32019R0947")


@pytest.mark.parametrize(
    "text",
    [
        "Die EU-Richtlinie zum Schutz von Whistleblowern gilt seit 2019/2020.",  # no number
        "Die Nicht-EU-Richtlinie 2006/123/EG",  # the domain inside a longer word
        "Die Nicht-EG-Richtlinie 2006/126/EG",
    ],
)
def test_no_act_without_a_compound_of_its_own(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "span", "lang", "normalized", "celex"),
    [
        # Dutch: a web shop's confirmation mail and its FAQ in public repositories (ids
        # 51822812589, 53561404015); each was nothing
        ("om binnen 14 kalenderdagen na ondertekening deze overeenkomst zonder opgave van "
         "redenen te herroepen, conform EU-richtlijn 2011/83/EU en boek VI WER.",
         "EU-richtlijn 2011/83/EU", "nl", "Richtlijn 2011/83/EU", "32011L0083"),
        # Danish: a bookkeeping guide (id 56097512187), a security policy (id 48146849001)
        ("Fakturaer skal indeholde alle obligatoriske oplysninger jf. EU-direktiv 2014/55/EU "
         "og dansk moms", "EU-direktiv 2014/55/EU", "da", "direktiv 2014/55/EU", "32014L0055"),
        ("NIS2-direktivet (EU-direktiv 2022/2555) er en lovgivningsmæssig ramme, der er "
         "designet til at forbedre cybersikkerheden", "EU-direktiv 2022/2555", "da",
         "direktiv 2022/2555", "32022L2555"),
        # Swedish: a privacy page (id 56248416179), a county board's note (id 58671049806)
        ("Fullt GDPR-anpassad (EU-förordning 2016/679) och i linje med italiensk arbetsrätt",
         "EU-förordning 2016/679", "sv", "förordning 2016/679", "32016R0679"),
        ("Länsstyrelsen i Södermanlands län har rekryterat två personer för att genomföra "
         "naturrestaureringsuppdraget enligt EU-förordning 2024/1991. Uppdraget innefattar:",
         "EU-förordning 2024/1991", "sv", "förordning 2024/1991", "32024R1991"),
    ],
)  # fmt: skip
def test_the_compound_in_dutch_danish_and_swedish(
    text: str, span: str, lang: str, normalized: str, celex: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.lang, ref.normalized, ref.celex) == (span, lang, normalized, celex)
    assert ref.subtype is None


@pytest.mark.parametrize(
    ("text", "spans", "celexes"),
    [
        # Rechtbank Amsterdam, ECLI:NL:RBAMS:2014:5410 (rechtspraak.nl); both were nothing: the
        # prefix was German's alone
        ("Geen aanspraak op (gedeeltelijke) WAZ-uitkering op grond van EG-Verordening "
         "883/2004, ondanks praktijk onder EG-Verordening 1408/71. Geen schending recht van "
         "vrij verkeer.", ["EG-Verordening 883/2004", "EG-Verordening 1408/71"],
         ["32004R0883", "31971R1408"]),
        # an olive-oil guide and a transport collective agreement in public repositories
        # (ids 57436413838, 52550888474)
        ("De indeling van olijfolie in kwaliteitsklassen (volgens EG-verordening 2568/91) "
         "berust op internationale chemische parameters", ["EG-verordening 2568/91"],
         ["31991R2568"]),
        ("met als minimum de in de EG-Verordening 561/2006 voorgeschreven rusttijden",
         ["EG-Verordening 561/2006"], ["32006R0561"]),
    ],
)  # fmt: skip
def test_the_communitys_domain_joined_in_dutch(
    text: str, spans: list[str], celexes: list[str]
) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.text, r.lang, r.celex, r.subtype) for r in refs] == [
        (span, "nl", celex, None) for span, celex in zip(spans, celexes, strict=True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "de Nicht-EG-verordening 561/2006",  # the domain inside a longer word
        "een EG-verordening over rijtijden geldt sinds 2006/2007",  # no number of an act
    ],
)
def test_no_dutch_act_without_the_compound_of_its_own(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # a Swedish environmental page and a Swedish VAT note in public repositories (find_string,
        # ids 45136091163, 66594551805): each was nothing
        ("Företag som bedriver miljöfarligt verksamhet har rapporteringsskyldighet enligt "
         "EG-förordningen 166/2006 om utsläpp och avfallstransporter.",
         "EG-förordningen 166/2006", "32006R0166"),
        ("Skattefriheten speglar alltså [[lagen-om-tullfrihet]] och EG-förordning 1186/2009.",
         "EG-förordning 1186/2009", "32009R1186"),
    ],
)  # fmt: skip
def test_the_communitys_domain_joined_in_swedish(text: str, span: str, celex: str) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(r.text, r.lang, r.celex, r.subtype) for r in refs] == [(span, "sv", celex, None)]


@pytest.mark.parametrize(
    "text",
    [
        "en EG-förordning om kör- och vilotider gäller sedan 2006/2007",  # no act's number
        "i EG-förordningens anda, 2006/2007",
    ],
)
def test_no_swedish_act_without_the_compound_of_its_own(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []
