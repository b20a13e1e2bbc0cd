"""The popular-names data file: every entry is consistent, sourced and unambiguous."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import eurefs
from eurefs.languages import BY_CODE, SUPPORTED
from eurefs.short_forms import popular_names
from eurefs.short_forms.definition_words import paren_end
from eurefs.short_forms.name_search import may_start
from eurefs.short_forms.name_trie import trie_regex
from eurefs.short_forms.popular_names import (
    PopularName,
    _matches,
    load,
    name_scans,
    names_for,
)

ENTRIES = load()
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.celex for e in ENTRIES])
def test_cite_parses_to_the_celex(entry: PopularName) -> None:
    ref = eurefs.parse(entry.cite)
    assert ref.kind == entry.kind
    assert entry.celex == ref.celex or entry.celex in ref.celex_candidates


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.celex for e in ENTRIES])
def test_every_entry_has_a_source_and_names(entry: PopularName) -> None:
    assert len(entry.source) > 30
    assert entry.names.get("en") or entry.names.get("fr") or entry.names.get("de")
    assert set(entry.names) <= set(SUPPORTED)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.date], ids=lambda e: e.celex)
def test_a_date_is_the_acts_own_quoted_in_the_source(entry: PopularName) -> None:
    """An act's ``date`` (``short_forms/dated_names``) is of its CELEX's year, and the
    source quotes the act's own title giving it (``... of 13 June 2024``)."""
    assert entry.date is not None
    assert entry.date.year == int(entry.celex[1:5])
    day = f"{entry.date.day} {_MONTHS[entry.date.month - 1]} {entry.date.year}"
    assert f"of {day}" in entry.source


def test_no_name_points_to_two_works() -> None:
    seen: dict[str, str] = {}
    for entry in ENTRIES:
        for names in entry.names.values():
            for name in names:
                assert seen.setdefault(name, entry.celex) == entry.celex, name


def test_no_bare_type_word_or_ambiguous_acronym_is_a_name() -> None:
    type_words = {
        form.lower()
        for lang in BY_CODE.values()
        for forms in lang.act_types.values()
        for form in forms
    }
    names = {name for e in ENTRIES for names in e.names.values() for name in names}
    assert not {n for n in names if n.lower().removeprefix("the ") in type_words}
    assert not names & {"DMA", "DSA", "DORA", "MAR", "CRA", "Charter", "MiFID", "ETS"}
    assert not names & {"IFR", "CRA Regulation", "UCC", "INSPIRE", "ETIAS", "EES"}
    # the Commission gives WFD to the Waste Framework Directive too (COM(2017) 88 final)
    assert "WFD" not in names


def test_the_file_covers_the_areas_the_issue_names() -> None:
    celexes = {e.celex for e in ENTRIES}
    assert {"32016R0679", "32014L0065", "32018R0841", "32000L0060", "32008L0056"} <= celexes
    assert {"52019DC0640", "52020DC0381", "52020DC0380"} <= celexes
    assert len(ENTRIES) >= 150


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Under the Water Framework Directive, Member States protect water.", "32000L0060"),
        ("The MSFD and the WFD both apply.", "32008L0056"),
        ("Obligations under the LULUCF Regulation apply.", "32018R0841"),
        ("The Farm to Fork Strategy sets targets.", "52020DC0381"),
        ("Die DSGVO gilt.", "32016R0679"),
        ("Le RGPD s'applique.", "32016R0679"),
        ("Under the SSM Regulation the ECB supervises banks.", "32013R1024"),
        (
            "Nach der EU-Holzhandelsverordnung müssen die Marktteilnehmer die Sorgfalt wahren.",
            "32010R0995",
        ),
        ("The Zero Pollution Action Plan sets targets.", "52021DC0400"),
        (
            "Le règlement sur les services numériques s'applique aux plateformes en ligne.",
            "32022R2065",
        ),
        (
            "Nach der NIS-2-Richtlinie müssen die Betreiber die Sicherheit gewährleisten.",
            "32022L2555",
        ),
        # the GDPR's own short title in other languages, and the Polish acronym
        # (parp.gov.pl; Raad van State ECLI:NL:RVS:2021:2511)
        ("Zgodnie z art. 6 ust. 1 lit. f RODO przetwarzanie jest zgodne z prawem.", "32016R0679"),
        ("przepisy ogólnego rozporządzenia o ochronie danych stosuje się", "32016R0679"),
        ("met toepassing van de Algemene Verordening Gegevensbescherming", "32016R0679"),
        ("L'articolo 17 del regolamento generale sulla protezione dei dati", "32016R0679"),
        ("cumpliendo con el Reglamento General de Protección de Datos", "32016R0679"),
        ("nos termos do Regulamento Geral sobre a Proteção de Dados", "32016R0679"),
        # the name then 'Regulation' is the same act here (not 'Delegated Regulation')
        (
            "Under Article 7(1)(b) of the Brussels I Recast Regulation the court decides.",
            "32012R1215",
        ),
    ],
)
def test_popular_names_in_text(text: str, celex: str) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert refs and refs[0].celex == celex and refs[0].how == "popular_name"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nach Artikel 4 der Wasserrahmenrichtlinie müssen die Mitgliedstaaten einen guten "
            "Zustand erreichen; die EG-Wasserrahmenrichtlinie (WRRL) gilt seit dem Jahr 2000.",
            [("Wasserrahmenrichtlinie", "32000L0060"), ("EG-Wasserrahmenrichtlinie", "32000L0060")],
        ),
        (
            "Die Meeresstrategie-Rahmenrichtlinie ergänzt die WRRL in den Küstengewässern.",
            [("Meeresstrategie-Rahmenrichtlinie", "32008L0056"), ("WRRL", "32000L0060")],
        ),
        (
            "Die Kommission geht nach dem Gesetz über digitale Märkte vor und prüft nach "
            "Artikel 34 des Gesetzes über digitale Dienste die Risiken; ebenso nach Art. 40 "
            "des Digital Services Acts.",
            [
                ("Gesetz über digitale Märkte", "32022R1925"),
                ("Gesetzes über digitale Dienste", "32022R2065"),
                ("Digital Services Acts", "32022R2065"),
            ],
        ),
        (
            "Die Pflichten der Dateninhaber nach der Datenverordnung gelten neben der DSGVO; "
            "der AI Act und die KI-Verordnung meinen dasselbe.",
            [
                ("Datenverordnung", "32023R2854"),
                ("DSGVO", "32016R0679"),
                ("AI Act", "32024R1689"),
                ("KI-Verordnung", "32024R1689"),
            ],
        ),
        (
            "Nach Artikel 17 der Marktmissbrauchsverordnung muss der Emittent "
            "Insiderinformationen unverzüglich offenlegen.",
            [("Marktmissbrauchsverordnung", "32014R0596")],
        ),
        (
            "Die Ziele des Europäischen Klimagesetzes sind verbindlich. Nach dem Europäischen "
            "Klimagesetz muss die Union bis 2050 klimaneutral sein.",
            [
                ("Europäischen Klimagesetzes", "32021R1119"),
                ("Europäischen Klimagesetz", "32021R1119"),
            ],
        ),
        (
            "Der europäische Grüne Deal ist die Wachstumsstrategie der Union; die Strategie "
            "„Vom Hof auf den Tisch“ ist ein zentrales Element des europäischen Grünen Deals, "
            "ebenso die EU-Biodiversitätsstrategie für 2030.",
            [
                ("europäische Grüne Deal", "52019DC0640"),
                ("Vom Hof auf den Tisch", "52020DC0381"),
                ("europäischen Grünen Deals", "52019DC0640"),
                ("EU-Biodiversitätsstrategie für 2030", "52020DC0380"),
            ],
        ),
        (
            "Les États membres appliquent la directive-cadre sur l’eau et la directive-cadre "
            "«stratégie pour le milieu marin» (DCSMM) aux eaux côtières.",
            [
                ("directive-cadre sur l’eau", "32000L0060"),
                ("directive-cadre «stratégie pour le milieu marin»", "32008L0056"),
            ],
        ),
        (
            "Le règlement sur la gouvernance des données et la directive SRI 2 s'appliquent; "
            "l'article 6 du RGPD et l'AI Act aussi, comme la loi européenne sur le climat.",
            [
                ("règlement sur la gouvernance des données", "32022R0868"),
                ("directive SRI 2", "32022L2555"),
                ("RGPD", "32016R0679"),
                ("AI Act", "32024R1689"),
                ("loi européenne sur le climat", "32021R1119"),
            ],
        ),
        (
            "Das Europäische Medienfreiheitsgesetz gilt; nach Artikel 18 des Europäischen "
            "Medienfreiheitsgesetzes wird ein Gremium eingerichtet, und das Europäische "
            "Klimagesetz bindet die Union.",
            [
                ("Europäische Medienfreiheitsgesetz", "32024R1083"),
                ("Europäischen Medienfreiheitsgesetzes", "32024R1083"),
                ("Europäische Klimagesetz", "32021R1119"),
            ],
        ),
        (
            "Die Kommission setzt die Verordnung für ein interoperables Europa um. Nach der "
            "Richtlinie über unlautere Geschäftspraktiken sind irreführende Handlungen verboten.",
            [
                ("Verordnung für ein interoperables Europa", "32024R0903"),
                ("Richtlinie über unlautere Geschäftspraktiken", "32005L0029"),
            ],
        ),
        (
            "L'article 32 du code des visas prévoit un recours contre le refus de visa.",
            [("code des visas", "32009R0810")],
        ),
        (
            "Nach Art. 3 Abs. 2 der Dublin-III-Verordnung prüft der Mitgliedstaat den Antrag; "
            "Art. 6 Rom I-VO, die Rom-I-Verordnung und Rom II gelten, die REACH-Verordnung auch.",
            [
                ("Dublin-III-Verordnung", "32013R0604"),
                ("Rom I-VO", "32008R0593"),
                ("Rom-I-Verordnung", "32008R0593"),
                ("Rom II", "32007R0864"),
                ("REACH-Verordnung", "32006R1907"),
            ],
        ),
        (
            "En vertu du règlement Dublin III, l'État membre responsable de l'examen de la "
            "demande est celui par lequel le demandeur est entré dans l'Union.",
            [("règlement Dublin III", "32013R0604")],
        ),
        (
            "La stratégie « De la ferme à la table » est au cœur du pacte vert pour l’Europe.",
            [
                ("De la ferme à la table", "52020DC0381"),
                ("pacte vert pour l’Europe", "52019DC0640"),
            ],
        ),
    ],
)
def test_french_and_german_names_with_their_articles_and_case_endings(
    text: str, names: list[tuple[str, str]]
) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.celex) for r in refs] == names


@pytest.mark.parametrize(
    "text",
    [
        # plurals, compounds and hyphenated words built on a name are other words
        "Die Wasserrahmenrichtlinien der Länder sind WRRL-konform; der KI-Verordnungsentwurf "
        "liegt vor, und das FFH-Gebiet ist gemeldet.",
        # bare acronyms with another meaning and ordinary phrases are not names
        "La DCE du marché public est prête; de la ferme à la table, les produits voyagent.",
        # the start of another description (the GDPR), not the Data Act's French short title
        "Le règlement sur les données personnelles protège les personnes physiques.",
        # another directive whose name starts alike (2019/633, unfair trading practices)
        "Die Richtlinie über unlautere Handelspraktiken in der Lebensmittelversorgungskette gilt; "
        "la directive sur les pratiques commerciales déloyales entre entreprises.",
        # names borne by several acts over time (Dublin II, Dublin III, Regulation 2024/1351)
        "Die Dublin-Verordnung und die Dublin-II-Verordnung regeln die Zuständigkeit.",
        # the proposal's names, not the act's
        "Der Vorschlag für ein Datengesetz und la législation sur les marchés numériques.",
    ],
)
def test_words_that_look_like_french_or_german_names_are_not_taken(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "short_form"] == []


def test_a_name_that_modifies_another_act_word_is_not_taken() -> None:
    text = "The MiFID II Delegated Regulation and the CBAM Implementing Regulation apply."
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []


def test_a_name_glossed_by_its_citation_is_one_mention() -> None:
    refs = eurefs.extract("the Water Framework Directive (2000/60/EC) applies")
    assert [(r.kind, r.text) for r in refs] == [("legal_act", "2000/60/EC")]


@pytest.mark.parametrize(
    "text",
    [
        "The Audiovisual Media Services Directive applies to broadcasters in the Union.",
        "The Single Market Transparency Directive requires notice of technical rules.",
    ],
)
def test_a_name_that_ends_a_longer_title_is_not_taken(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []


def test_a_name_after_an_article_a_possessive_or_a_sentence_start_is_taken() -> None:
    text = (
        "Services Directive rules apply. The Services Directive applies too. "
        "The Commission's Farm to Fork Strategy sets targets."
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [r.text for r in refs] == [
        "Services Directive",
        "Services Directive",
        "Farm to Fork Strategy",
    ]


def test_lower_case_names_holding_a_capital_are_found_as_written() -> None:
    # found where the pattern of capitalised names stops at their capital
    text = (
        "The ePrivacy Directive, the e-Commerce Directive and the eIDAS Regulation apply; "
        "see the 2030 Digital Compass and the hydrogen strategy for a climate-neutral Europe. "
        "Not names: the xePrivacy Directive, the ePrivacy Directives, a climate-neutral Europe."
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [r.text for r in refs] == [
        "ePrivacy Directive",
        "e-Commerce Directive",
        "eIDAS Regulation",
        "2030 Digital Compass",
        "hydrogen strategy for a climate-neutral Europe",
    ]


def _matches_one_by_one(text: str, lang: str) -> set[tuple[int, int]]:
    """What the scan must find: capitalised names by one pattern, tried where a word
    starts (or a lower-case name's tail: ``ePrivacy``), each after the last one's end,
    every other name by a search for it as written (the scan finds most of these from
    their capital)."""
    capitalised = [n for n in names_for(lang) if n[:1].isupper()]
    pattern = re.compile(trie_regex(capitalised) + r"(?![\w-])")
    joins = {n[i - 1] for n in names_for(lang) if not n[:1].isupper() for i in _capitals(n)[:1]}
    spans, last_end = set(), 0
    for i in range(len(text)):
        before = text[i - 1 : i]
        if i >= last_end and (not re.match(r"\w", before) or before in joins):
            if (m := pattern.match(text, i)) is not None:
                spans.add(m.span())
                last_end = m.end()
    for name in (n for n in names_for(lang) if not n[:1].isupper()):
        at = text.find(name)
        while at >= 0:
            if not re.match(r"[\w-]", text[at + len(name) : at + len(name) + 1]):
                spans.add((at, at + len(name)))
            at = text.find(name, at + len(name))
    return spans


def _capitals(name: str) -> list[int]:
    return [i for i, ch in enumerate(name) if ch.isupper()]


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_the_scan_finds_the_names_a_search_for_each_finds(lang: str) -> None:
    names = sorted(names_for(lang))
    rng = random.Random(8)
    seps = [" and ", ", the ", "\n", " (", ") ", "-", "s ", " x"]
    text = "".join(name + rng.choice(seps) for name in names * 3)
    table = names_for(lang)

    def named(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        return {(s, e) for s, e in spans if " ".join(text[s:e].split()) in table}

    assert named(set(_matches(text, lang))) == named(_matches_one_by_one(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "See Directive 95/46/EC.",
        "32016R0679",
        "the General Data\n  Protection Regulation and the GDPR",
        "under the ePrivacy Directive, the DSA and MiFID II",
        "Datenschutz-Grundverordnung",
        "the ePrivacy\nDirective",
    ],
)
def test_a_short_text_is_scanned_as_a_long_one(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # a short text is first checked for the names (the pattern is compiled only when one
    # is there): the spans found are those of the pattern's scan all the same
    checked = [list(scan) for scan in popular_names.name_scans(text, "en")]
    monkeypatch.setattr(popular_names, "_SHORT_TEXT", -1)
    scanned = [list(scan) for scan in popular_names.name_scans(text, "en")]
    assert checked == scanned


def test_a_short_text_without_a_name_needs_no_pattern() -> None:
    assert not popular_names._may_hold_name("See Directive 95/46/EC.", "en")
    assert popular_names._may_hold_name("the General Data\n Protection Regulation", "en")


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_the_name_scan_gives_every_place_the_pattern_matches_where_a_name_may_start(
    lang: str,
) -> None:
    # names inside longer ones (``Chips Act`` in ``European Chips Act``) and runs of
    # names: ``starts`` holds every place the pattern matches where a name may start
    # (not inside a word), ``spans`` those of them each after the last one's end (with
    # the lower-case names found at their tails), as the scan of a stream gives them
    names = sorted(names_for(lang))
    rng = random.Random(9)
    seps = [" ", " and ", "\n", "-", "s ", "x", ""]
    pattern = popular_names.name_pattern(lang)
    assert pattern is not None
    for _ in range(40):
        text = "".join(rng.choice(names) + rng.choice(seps) for _ in range(rng.randint(1, 60)))
        text += " " * 2000  # long: scanned without the check for short texts
        scan = popular_names.scan_names(text, lang)
        assert scan.starts is not None
        joins = popular_names._joins(lang)
        every = [
            i for i in range(len(text)) if pattern.match(text, i) and may_start(text, i, joins)
        ]
        assert sorted(s for found in scan.starts.values() for s in found) == every
        assert all(text[s] == first for first, found in scan.starts.items() for s in found)
        assert scan.spans == list(name_scans(text, lang)[0])


@pytest.mark.parametrize("lang", ["en", "fr", "de", "pl"])
def test_the_name_scan_finds_the_closing_brackets_as_their_own_search(lang: str) -> None:
    # ``closes`` joins the scan: the same names, and every bracket its own search finds
    closes = paren_end(lang)
    names = sorted(names_for(lang))
    rng = random.Random(11)
    pieces = [*names, "(‘the Act’)", "('X') ", "(Data Act)", ")", "’ )", "Directive)", " "]
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))]
    texts += ["".join(rng.choice(pieces) for _ in range(300)) + " " * 2000 for _ in range(20)]
    for text in texts:
        plain, joined = (
            popular_names.scan_names(text, lang),
            popular_names.scan_names(text, lang, closes),
        )
        assert plain.close_ends is None
        assert (joined.spans, joined.starts) == (plain.spans, plain.starts)
        if joined.starts is not None:
            assert joined.close_ends == [m.end() for m in closes.finditer(text)]
        else:  # (a short text without names is not scanned: its brackets are searched then)
            assert joined.close_ends is None


def test_a_text_without_names_is_not_scanned() -> None:
    scan = popular_names.scan_names("See Directive 95/46/EC.", "en")
    assert scan.starts is None and scan.spans == []
    assert popular_names.find_popular_names("See Directive 95/46/EC.", "en", (), scan) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # brother.se (Swedish), sitra.fi (Swedish glossary), smartmanagement.gr (Greek),
        # privacy-regulation.eu/ga (the regulation's Irish title): pages corpus
        ("Den allmänna dataskyddsförordningen (GDPR) (förordning (EU) 2016/679) är en "
         "förordning", "allmänna dataskyddsförordningen"),
        ("Dataskyddsförordningen (GDPR) Förordningen (EU) 2016/679 eller Europeiska unionens "
         "nya dataskyddsförordning", "Dataskyddsförordningen"),
        # (with its number right after it: ``name_numbers``)
        ("Ο Γενικός Κανονισμός Προστασίας Δεδομένων 2016/679 είναι ένας κανονισμός",
         "Γενικός Κανονισμός Προστασίας Δεδομένων 2016/679"),
        ("agus lena n-aisghairtear Treoir 95/46/CE (An Rialachán Ginearálta maidir le Cosaint "
         "Sonraí)", "Rialachán Ginearálta maidir le Cosaint Sonraí"),
    ],
)  # fmt: skip
def test_the_gdprs_name_in_swedish_greek_and_irish(text: str, name: str) -> None:
    """Before, these names of Regulation (EU) 2016/679 were unknown: no reference."""
    names = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.celex) for r in names][:1] == [(name, "32016R0679")]


def test_the_data_protection_and_data_retention_directives() -> None:
    """Real sentences (pages corpus: mondaq.com 308460, 2014; data-protection-systems.com,
    'About The EU Data Protection Directive'); a longer name that holds the name is another
    act's."""
    text = (
        "On 8 April 2014, the Court declared the Data Retention Directive invalid. "
        "The EU Data Protection Directive regulates all processing of personal data."
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.celex) for r in refs] == [
        ("Data Retention Directive", "32006L0024"),
        ("Data Protection Directive", "31995L0046"),
    ]
    longer = "It repealed the Telecommunications Data Protection Directive in 2002."
    assert [r for r in eurefs.extract(longer) if r.kind == "short_form"] == []


@pytest.mark.parametrize(
    ("text", "name", "celex", "pinpoint"),
    [
        # [2013] UKFTT 072 (TC), British Film Institute v HMRC (bailii.org)
        (
            "VAT - Exemption - Article 13A(1)(n) Sixth VAT Directive - Cultural services",
            "Sixth VAT Directive",
            "31977L0388",
            "Article 13A(1)(n)",
        ),
        # the judgment in C-434/05 Horizon College (taxlawapp.eu)
        (
            "(Sixth VAT Directive – Exemptions – Article 13A(1)(i) and (2) – Teaching staff)",
            "Sixth VAT Directive",
            "31977L0388",
            None,
        ),
        # the Opinion of AG Jääskinen in C-582/08 Commission v United Kingdom (taxlawapp.eu)
        (
            "under Articles 169, 170 and 171 of the VAT Directive (2) and Article 2(1) of the "
            "Thirteenth VAT Directive. (3)",
            "Thirteenth VAT Directive",
            "31986L0560",
            "Article 2(1)",
        ),
        # the Opinion of AG Wattel, ECLI:NL:PHR:2005:AO7684 (ndfr.nl)
        (
            "asymmetrisch beroep kan doen, tegelijkertijd, op enerzijds de Zesde BTW-Richtlijn "
            "om een recht op aftrek van inkoop-BTW te realiseren",
            "Zesde BTW-Richtlijn",
            "31977L0388",
            None,
        ),
    ],
)
def test_the_vat_directives_named_with_their_ordinal(
    text: str, name: str, celex: str, pinpoint: str | None
) -> None:
    shorts = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.celex, r.pinpoint) for r in shorts] == [(name, celex, pinpoint)]


@pytest.mark.parametrize(
    "text",
    [
        "the Sixth Directive on company law",  # the Sixth Company Law Directive too
        "Articles 169 and 170 of the VAT Directive apply.",  # (no English name for 2006/112/EC)
    ],
)
def test_vat_directives_without_their_ordinal_and_vat_word_are_no_names(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []


def test_brussels_ii_ter_in_dutch() -> None:
    # a Dutch bar's page on Regulation (EU) 2019/1111 (lawyrup.nl)
    refs = eurefs.extract("Per 1 augustus 2022 is Brussel II-ter in werking getreden.")
    assert [(r.kind, r.text, r.celex) for r in refs] == [
        ("short_form", "Brussel II-ter", "32019R1111")
    ]
