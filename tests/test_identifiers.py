"""The identifier-scheme module: formats, validation and Cellar resource URIs.

The resource-URI tests read every real ``owl:sameAs`` alias in the recorded notices
(``tests/data/cellar``) and RDF tree notices (``tests/data/cellar/rdf``) and check that
:func:`eurefs.identifiers.cellar_resource_uri` writes each one exactly as Cellar does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
import responses

from eurefs import identifiers as ids
from eurefs.cellar.http import HttpClient
from eurefs.cellar.sparql_ids import is_work_uri, validate_id_document, validate_sameas_id
from eurefs.errors import ParseError
from eurefs.grammar.identifier_input import written_form
from eurefs.lookup import identifier_lookup, lookup_for
from eurefs.models.references import ComDocType, ComDocumentRef
from eurefs.parsing import parse
from eurefs.scanner import extract

DATA = Path(__file__).parent / "data"
_ALIAS = re.compile(rb"http://publications\.europa\.eu/resource/[a-z_-]+/[^\"<\s]+")


def real_aliases() -> list[str]:
    """Work-level resource URIs of known schemes in the real notices and RDF trees."""
    found: set[str] = set()
    files = [*(DATA / "cellar").glob("notice-*.xml"), *(DATA / "cellar" / "rdf").glob("*.rdf")]
    for path in files:
        for raw in _ALIAS.findall(path.read_bytes()):
            uri = raw.decode()
            sid = ids.resource_scheme_id(uri)
            if sid and sid[0] in ids.SCHEMES and ids.SCHEMES[sid[0]].is_valid(sid[1]):
                found.add(uri)
    return sorted(found)


def test_the_real_samples_hold_aliases_of_every_kind_checked() -> None:
    schemes = {ids.resource_scheme_id(u)[0] for u in real_aliases()}  # type: ignore[index]
    assert {"celex", "comnat", "eli", "immc", "oj", "procedure", "consolidation"} <= schemes


def test_resource_uris_are_written_as_cellar_writes_them() -> None:
    aliases = real_aliases()
    assert len(aliases) > 100
    wrong = []
    for uri in aliases:
        scheme, ident = ids.resource_scheme_id(uri)  # type: ignore[misc]
        written = {
            ids.cellar_resource_uri(scheme, ident),
            ids.SCHEMES[scheme].resource_uri(ident),
            validate_sameas_id(f"{scheme}:{ident}")[1],  # the SPARQL builders' URI
        }
        if written != {uri}:
            wrong.append((uri, sorted(written)))
    assert wrong == []


@pytest.mark.parametrize(
    ("scheme", "ident", "path"),
    [
        ("eli", "dir/2019/904/oj", "eli/dir/2019/904/oj"),
        ("comnat", "JOIN_2015_0007_FIN", "comnat/JOIN_2015_0007_FIN"),
        ("ecli", "ECLI:EU:F:2014:164", "ecli/ECLI%3AEU%3AF%3A2014%3A164"),
        ("case", "C-673/17", "case/C-673%2F17"),
        ("procedure", "2018_172", "procedure/2018_172"),
        ("consolidation", "2009R1223/20191218", "consolidation/2009R1223%2F20191218"),
    ],
)
def test_one_form_per_scheme(scheme: str, ident: str, path: str) -> None:
    assert ids.cellar_resource_uri(scheme, ident) == f"{ids.CELLAR_RESOURCE_BASE}/{path}"


def test_every_scheme_example_is_valid_and_ascii_digits_only() -> None:
    for scheme in ids.SCHEMES.values():
        assert scheme.is_valid(scheme.example), scheme.name
    assert not ids.SCHEMES["case"].is_valid("T-604/১৮")
    assert not ids.SCHEMES["ecli"].is_valid("ECLI:EU:C:2014:3൦7")
    assert not ids.CELEX_RE.fullmatch("3201６R0679")
    with pytest.raises(ParseError):
        ids.procedure_id(2018, "٠١٧٢")


def test_an_eli_path_with_dot_segments_is_not_kept_as_a_path() -> None:
    assert not ids.SCHEMES["eli"].is_valid("reg/../../etc/oj")
    assert ids.cellar_resource_uri("eli", "reg/../x").endswith("/eli/reg%2F..%2Fx")


def test_comnat_numbers_have_at_most_four_digits() -> None:
    assert ids.comnat_id("JOIN", 2015, 7) == "JOIN_2015_0007_FIN"
    with pytest.raises(ParseError, match="at most 4 digits"):
        ids.comnat_id("COM", 2021, 12345)
    ref = ComDocumentRef(
        text="COM(2021) 12345 final", start=0, end=21, normalized="COM(2021) 12345 final",
        doc_type="COM", year=2021, number=12345,
    )  # fmt: skip
    with pytest.raises(ParseError):
        lookup_for(ref)


def test_one_reading_of_resource_uris_for_cellar_answers_and_user_input() -> None:
    """``identifiers.resource_scheme_id``: the notice and SPARQL paths and ``parse`` alike."""
    base = ids.CELLAR_RESOURCE_BASE
    assert ids.resource_scheme_id(f"{base}/immc/COM%282018%29340%20final") == (
        "immc",
        "COM(2018)340 final",
    )
    assert ids.resource_scheme_id(f"{base}/eli/reg_del/2014/1/oj") == ("eli", "reg_del/2014/1/oj")
    https = base.replace("http:", "https:")
    assert ids.resource_scheme_id(f"{https}/celex/32016R0679") == ("celex", "32016R0679")
    assert ids.resource_scheme_id("http://data.europa.eu/eli/reg/2016/679/oj") is None
    assert written_form(f"{https}/comnat/COM_2021_0752_FIN") == ("COM(2021) 752 final", None)


@pytest.mark.parametrize("doc_type", ["COM", "JOIN", "SWD", "SEC"])
def test_a_comnat_id_is_read_back_by_the_rule_it_is_made_by(doc_type: str) -> None:
    """One rule (``identifiers.COMNAT_RE``) for ``parse`` and the export alike."""
    ident = ids.comnat_id(doc_type, 2015, 7)
    assert ids.comnat_written(ident) == f"{doc_type}(2015) 7 final"
    assert ids.comnat_written(ident + "_2") is None  # (a corrected version: not the original)


def test_the_grammar_takes_its_limits_from_the_scheme() -> None:
    assert extract("See COM(2021) 12345 final.") == []
    with pytest.raises(ParseError):
        parse("COM(2021) 12345 final")
    # C documents have five-digit numbers and no comnat id.
    (c_doc,) = extract("Commission Decision C(2021) 12345 final")
    assert c_doc.cellar_ids == []


def test_scheme_helpers_give_the_ids_the_grammar_gives() -> None:
    assert parse("2018/0172(COD)").cellar_ids == [f"procedure:{ids.procedure_id(2018, '0172')}"]
    assert parse("C-131/12").cellar_ids == [f"case:{ids.case_id('C', 131, '12')}"]
    oj = parse("OJ L 119, 4.5.2016, p. 1")
    assert oj.cellar_ids == [f"uriserv:{ids.uriserv_id('L', 2016, 119, 1)}"]
    assert ids.procedure_from_literal("2018/0172/COD") == "2018/0172(COD)"


def test_every_cellar_id_the_grammar_derives_passes_its_scheme() -> None:
    docs = sorted((DATA / "corpus" / "docs").glob("*.txt"))
    assert docs
    seen = 0
    for path in docs:
        for ref in extract(path.read_text(encoding="utf-8")):
            for value in ref.cellar_ids:
                ids.split_id(value)
                seen += 1
    assert seen > 50


@pytest.mark.parametrize(
    "value", ["comnat:COM_2021_12345_FIN", "ecli:ECLI:EU:C:2014", "bogus:1", "celex", "eli:a/b"]
)
def test_invalid_ids_are_parse_errors_everywhere(value: str) -> None:
    with pytest.raises(ParseError):
        ids.split_id(value)
    with pytest.raises(ParseError):
        validate_sameas_id(value)
    with pytest.raises(ParseError):
        validate_id_document(value)


def test_http_client_asks_for_eli_notices_with_the_path_kept() -> None:
    base = "http://cellar.test/resource"
    with responses.RequestsMock() as rsps, HttpClient(cellar_base=base) as client:
        rsps.get(f"{base}/eli/reg/2016/679/oj", body=b"<NOTICE/>")
        assert client.notice("eli", "reg/2016/679/oj", kind="branch") == b"<NOTICE/>"
        assert rsps.calls[0].request.url == f"{base}/eli/reg/2016/679/oj?language=eng"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Case C-131/12", "62012CJ0131"),
        ("Case T-604/18", "62018TJ0604"),
        # before 1989 every case was the Court of Justice's (no letter yet)
        ("Case 26/62 van Gend en Loos", "61962CJ0026"),
        ("Marshall, 152/84, EU:C:1986:84", "61984CJ0152"),
        # an Opinion on an envisaged agreement: the Opinion, then the AG's view
        ("Opinion 2/13 of the Court", "62013CV0002"),
        ("avis 1/15 de la Cour", "62015CV0001"),
    ],
)
def test_a_case_looks_up_the_celex_numbers_of_its_court(text: str, first: str) -> None:
    case = next(r for r in extract(text) if r.kind == "case")
    lookup = lookup_for(case)
    assert lookup.route == "celex" and lookup.multi
    assert lookup.values[0] == first
    assert all(v[:6] == first[:6] for v in lookup.values)  # one court, one year


def test_case_celex_candidates_know_no_court_for_a_bare_number_from_1989() -> None:
    assert ids.case_celex_candidates(None, 1988, 1)[:2] == ("61988CJ0001", "61988CO0001")
    assert ids.case_celex_candidates(None, 1989, 1) == ()
    assert ids.case_celex_candidates("T", 1989, 1)[0] == "61989TJ0001"


def test_a_case_without_court_letter_has_one_key_whatever_its_language() -> None:
    keys = {
        lookup_for(next(r for r in extract(t) if r.kind == "case")).key
        for t in ("affaire 152/84", "asunto 152/84", "Case 152/84")
    }
    assert keys == {"case:61984CJ0152"}
    opinion = next(r for r in extract("Gutachten 2/13") if r.kind == "case")
    assert lookup_for(opinion).values == ("62013CV0002", "62013CP0002")
    assert lookup_for(opinion).key == "case:62013CV0002"


@pytest.mark.parametrize(
    "uri",
    [
        "ecli:ECLI:EU:C:2014:317",
        "COM:2021:752:FIN",
        "ecli:ECLI:DE:BGH:2014:110314UZRX.1.13",
        "a b/c?d&e=f#g+h%",
        "ecli:ECLI:EU:C:2014:317é",
        "ECLI~x_y-z.",
        "",
    ],
)
def test_eurlex_uri_url_quotes_as_urllib_does(uri: str) -> None:
    # what needs no quoting is kept as it is without calling ``quote``: the same URL
    from urllib.parse import quote

    expected = f"{ids.EURLEX_BASE}/legal-content/FR/TXT/?uri={quote(uri, safe=':')}"
    assert ids.eurlex_uri_url(uri, "fr") == expected


# The consolidated versions of Regulation (EU) No 978/2012 in the recorded notices
# (tests/data/cellar): 02012R0978-20140228, -20141001, -20150101.  A version's date is a
# day of the calendar no earlier than the act: month 13, 29 February 2014 and a version of
# 2011 of an act of 2012 name nothing, and are asked of no service.
@pytest.mark.parametrize(
    "celex", ["02012R0978-20140228", "02012R0978-20141001", "02012R0978-20150101"]
)
def test_real_consolidated_versions_are_celex_numbers(celex: str) -> None:
    assert ids.is_celex(celex)
    assert ids.validate_celex(celex) == celex
    assert ids.split_id(f"celex:{celex}") == (ids.SCHEMES["celex"], celex)


@pytest.mark.parametrize(
    "celex", ["02012R0978-20141301", "02012R0978-20140229", "02012R0978-20110101"]
)
def test_a_version_dated_no_day_is_no_celex_number(celex: str) -> None:
    assert ids.CELEX_RE.fullmatch(celex)  # the pattern alone cannot tell
    assert not ids.is_celex(celex)
    with pytest.raises(ParseError):
        ids.validate_celex(celex)
    with pytest.raises(ParseError):
        ids.split_id(f"celex:{celex}")
    with pytest.raises(ParseError):
        validate_sameas_id(f"celex:{celex}")
    with pytest.raises(ParseError):
        validate_id_document(f"celex:{celex}")
    with pytest.raises(ParseError):
        parse(celex)
    assert extract(f"See {celex}.") == []


@pytest.mark.parametrize(
    ("citation", "alias"),
    [
        # real work aliases: GDPR (LegalViz's fetch of its Formex), 32014R0001 (object
        # notice), 32008L0098 (cited in the branch notice of 52018PC0340), 32019L0904
        # (tree notice of 2018/0172/COD), 32018R0196 (OP's eurlex-xml-format samples)
        (("L", 2016, 119, 1), "JOL_2016_119_R_0001"),
        (("L", 2014, 1, 1), "JOL_2014_001_R_0001_01"),
        (("L", 2008, 312, 3), "JOL_2008_312_R_0003_01"),
        (("L", 2019, 155, 1), "JOL_2019_155_R_0001"),
        (("L", 2018, 44, 1), "JOL_2018_044_R_0001"),
    ],
)
def test_every_real_oj_alias_is_among_its_pages_aliases(
    citation: tuple[str, int, int, int], alias: str
) -> None:
    found = ids.oj_page_aliases(*citation)
    assert alias in found
    assert all(ids.SCHEMES["oj"].is_valid(a) for a in found)
    assert all(ids.OJ_PAGE_ALIAS_RE.fullmatch(a) for a in found)


def test_oj_page_aliases_only_for_the_forms_seen() -> None:
    assert ids.oj_page_aliases("S", 2016, 119, 1) == ()  # no S-series alias seen
    assert ids.oj_page_aliases("C", 2016, 1000, 1) == ()  # four-digit issue: no form seen


def test_no_uriserv_id_is_made_up_for_the_s_series() -> None:
    """Real uriserv ids are of the L and C series only (``OJ.L_.2014.001...``,
    ``OJ.C_.2018.112...``); an S-series citation got ``uriserv:OJ.S_.2020.123.01.0001.01``."""
    (s_series,) = extract("OJ S 123, 1.7.2020, p. 1")
    assert (s_series.kind, s_series.cellar_ids) == ("oj", [])
    (c_series,) = extract("OJ C 112, 26.3.2018, p. 9")
    assert c_series.cellar_ids == ["uriserv:OJ.C_.2018.112.01.0009.01"]


def test_an_oj_page_is_in_the_issue_whose_alias_it_extends() -> None:
    """32014R0001 (``JOL_2014_001_R_0001_01``) is published in ``oj/JOL_2014_001_R``
    (its object notice); three-digit numbers are real (``JOL_1991_135_R_0040_045``)."""
    assert ids.oj_issue_alias("JOL_2014_001_R_0001") == "JOL_2014_001_R"
    assert ids.OJ_PAGE_ALIAS_RE.fullmatch("JOL_1991_135_R_0040_045")
    with pytest.raises(ParseError, match="not an OJ page"):
        ids.oj_issue_alias("JOL_2014_001_R_0001_01")


def test_oj_page_values_are_the_aliases_and_the_uriserv_expression() -> None:
    values = ids.oj_page_values("JOL_2008_312_R_0003")
    assert values[0] == "oj:JOL_2008_312_R_0003" and "oj:JOL_2008_312_R_0003_01" in values
    assert values[-1] == "uriserv:OJ.L_.2008.312.01.0003.01.ENG"
    for stem in ("JOL_2008_312_R_0003_01", "JOL_2014_001_R", "COM_2018_0340_FIN"):
        with pytest.raises(ParseError):
            ids.oj_page_values(stem)


@pytest.mark.parametrize(
    "given",
    [
        # the work of 32014R0001 (its real resource URI, tests/data/cellar), as users copy it:
        # the id, the URI in http or https, in capitals, an expression's id after it
        "cellar:b84f49cd-750f-11e3-8e20-01aa75ed71a1",
        "http://publications.europa.eu/resource/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1",
        "https://publications.europa.eu/resource/cellar/B84F49CD-750F-11E3-8E20-01AA75ED71A1.0001",
    ],
)
def test_one_cellar_uuid_format_for_lookup_id_and_query(given: str) -> None:
    # (the format is ids.CELLAR_UUID: lookup, cellar_work_uri and the query check read it)
    found = identifier_lookup(given)
    assert found is not None and found.values == ("cellar:b84f49cd-750f-11e3-8e20-01aa75ed71a1",)
    uri = ids.cellar_work_uri(found.values[0])
    assert is_work_uri(uri) and uri.startswith(ids.CELLAR_RESOURCE_BASE)
    assert re.fullmatch(ids.CELLAR_RESOURCE_PATTERN + "/cellar/" + ids.CELLAR_UUID, uri)


def test_the_commission_document_types_are_one_list() -> None:
    """``identifiers.COM_TYPES`` is the one list: the model's ``doc_type`` (a literal, as the
    models import no identifiers) names the same types, the ``comnat`` scheme takes each, and
    an id is read back for each type but C documents (``ids.COMNAT_TYPES``)."""
    assert set(get_args(ComDocType)) == set(ids.COM_TYPES) == set(ids.COM_DESCRIPTORS)
    assert all(ids.SCHEMES["comnat"].is_valid(f"{t}_2018_0340_FIN") for t in ids.COM_TYPES)
    written = [t for t in ids.COM_TYPES if ids.comnat_written(f"{t}_2018_0340_FIN")]
    assert tuple(written) == ids.COMNAT_TYPES == ("COM", "JOIN", "SWD", "SEC")


@pytest.mark.parametrize(
    ("celex", "act_type"),
    [
        ("32016R0679", "regulation"),  # the GDPR
        ("31995L0046", "directive"),  # the Data Protection Directive
        ("32002F0584", "framework_decision"),  # the European arrest warrant
        ("32015O0012", "guideline"),  # Guideline (EU) 2015/856 (ECB/2015/12)
        ("31996S2510", "ecsc_general_decision"),  # Decisione n. 2510/96/CECA
        ("32001E0931", None),  # Common Position 2001/931/CFSP: E is three types
        ("52021PC0206", None),  # a proposal: no act
    ],
)
def test_the_act_type_a_celex_number_names(celex: str, act_type: str | None) -> None:
    """One reading of a CELEX number's descriptor (the popular names' targets and the
    citation exports' titles use it), the inverse of ``ACT_DESCRIPTORS``."""
    assert ids.celex_act_type(celex) == act_type


def test_eurlex_url_in_changes_the_language_of_eurlex_pages_only() -> None:
    en = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31995L0046"
    assert ids.eurlex_url_in(en, "fr") == en.replace("/EN/", "/FR/")
    assert ids.eurlex_url_in(en.replace("TXT", "TXT/PDF"), "de").endswith(
        "/DE/TXT/PDF/?uri=CELEX:31995L0046"
    )
    for other in (
        "https://eur-lex.europa.eu/eli/dir/1995/46/oj",
        "http://data.europa.eu/eli/dir/1995/46/oj",
        "https://example.org/legal-content/EN/TXT/",
    ):
        assert ids.eurlex_url_in(other, "fr") == other
