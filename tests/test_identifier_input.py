"""Identifiers eurefs prints are accepted back by ``parse`` (and so by ``resolve``).

``eurefs`` writes ``cellar_ids`` (``comnat:COM_2021_0752_FIN``), a document's
``identifiers`` (``oj:JOL_2014_001_R_0001_01``, from the real object notice of
32014R0001) and Cellar resource URIs; each was a ParseError when given back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.errors import ParseError
from eurefs.lookup import identifier_lookup, lookup_for
from eurefs.work_keys import work_key

DOCS = Path(__file__).resolve().parent / "data" / "corpus" / "docs"
FR_DE = Path(__file__).resolve().parent / "data" / "corpus-fr-de" / "docs"
RES = "http://publications.europa.eu/resource"


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("comnat:COM_2021_0752_FIN", "COM(2021) 752 final"),
        ("comnat:JOIN_2015_0007_FIN", "JOIN(2015) 7 final"),
        (f"{RES}/comnat/COM_2018_0340_FIN", "COM(2018) 340 final"),
        ("immc:COM(2018)340 final", "COM(2018) 340 final"),
        ("eli:reg_del/2014/1/oj", "http://data.europa.eu/eli/reg_del/2014/1/oj"),
        (f"{RES}/eli/dir/2019/904/oj", "http://data.europa.eu/eli/dir/2019/904/oj"),
        ("ecli:ECLI:EU:C:2020:559", "ECLI:EU:C:2020:559"),
        ("case:C-673/17", "C-673/17"),
        (f"{RES}/case/C-673%2F17", "C-673/17"),
        ("consolidation:2009R1223/20191218", "02009R1223-20191218"),
        ("procedure:2018/0172(COD)", "2018/0172(COD)"),
        ("oj:L_202401689", "OJ L, 2024/1689"),
        ("uriserv:OJ.L_.2016.119.01.0001.01.ENG", "OJ 2016 L 119, p. 1"),
    ],
)
def test_a_printed_identifier_parses_to_the_reference_it_names(printed: str, written: str) -> None:
    ref = eurefs.parse(f" {printed} ")
    assert (ref.start, ref.end, ref.text) == (1, 1 + len(printed), printed)
    assert ref.identity() == eurefs.parse(written).identity()
    assert lookup_for(ref) == lookup_for(eurefs.parse(written))


@pytest.mark.parametrize(
    "alias",
    [
        "oj:JOL_2014_001_R_0001_01",
        "oj:JOL_2008_312_R_0003_01",
        "oj:JOL_2016_119_R_0001",
        "oj:JOL_1991_135_R_0040_045",  # 31991L0271, branch notice of 52018PC0340
    ],
)
def test_an_oj_alias_is_looked_up_as_itself(alias: str) -> None:
    """The alias names one work; its page may carry others (no other alias is asked)."""
    ref = eurefs.parse(alias)
    assert ref.kind == "oj" and ref.cellar_ids == [alias]
    lookup = lookup_for(ref)
    assert (lookup.route, lookup.values) == ("sameas", (alias,))


@pytest.mark.parametrize(
    ("printed", "message"),
    [
        (f"{RES}/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1", "Cellar work URI"),
        ("procedure:2018_0172", "not a valid procedure identifier"),
        ("comnat:COM_2021_075", "not a valid comnat identifier"),
        ("comnat:COM_2021_0752_REV1", "names no reference"),
        ("oj:JOL_2014_001_R", "names no OJ page"),
        ('celex:32016R0679" } ; DROP', "not an EU reference"),
        ('celex:32016R0679"}', "not a valid celex identifier"),
        ("celex:32016R0679 and 32016R0680", "expected exactly one reference"),
        ("eli:reg/2016/679/oj>}#", "not a valid eli identifier"),
        ("eli:reg/2016/679/oj> } #", "not an EU reference"),
        ("treaty:TFEU", "names no single document"),
        ("oj:OJ C 229, 31.7.2012, p. 90 and COM(2021) 752 final", "exactly one reference"),
        ("com_document:Directive 95/46/EC", "not an EU reference"),
    ],
)
def test_identifiers_that_name_no_reference_are_parse_errors(printed: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        eurefs.parse(printed)


def test_every_cellar_id_extract_prints_over_the_corpus_parses_back() -> None:
    """Round trip over the development texts: each id names its own reference again
    (a procedure id carries no type: its reference has none until Cellar says it)."""
    docs = sorted(DOCS.glob("*.txt"))
    assert docs
    seen = 0
    for path in docs:
        for ref in eurefs.extract(path.read_text(encoding="utf-8"), short_forms=False):
            for cid in ref.cellar_ids[:1]:
                back = eurefs.parse(cid)
                assert back.cellar_ids == [cid], (path.name, ref.text, cid)
                assert back.kind == ref.kind or (ref.kind, back.kind) == ("legal_act", "celex")
                seen += 1
    assert seen > 100


@pytest.mark.parametrize(
    ("key", "kind"),
    [  # work keys ``extract --group`` printed for the real files named
        ("oj:OJ 2012 C 229, p. 90", "oj"),  # Council position on the GDPR (pdf)
        ("com_document:C(2003) 1422 final", "com_document"),  # the same
        ("legal_act:Commission Recommendation of 6 May 2003", "legal_act"),  # the same
        ("oj:OJ 2012 C 105, p. 1", "oj"),  # corpus-fr-de ('ABl. C 105 vom 11.4.2012, S. 1')
        ("case:C-456/01 P", "case"),  # development corpus
        ("eli:http://data.europa.eu/eli/C/2024/506/oj", "eli"),
    ],
)
def test_a_work_key_eurefs_prints_parses_to_its_reference(key: str, kind: str) -> None:
    """The ``work`` column and ``extract --group`` print ``{kind}:{normal form}`` for a work
    without a CELEX number; given back to ``parse`` (``... --fields work | eurefs resolve
    -``) each was 'not an EU reference' (181 of the 623 keys of the development files)."""
    ref = eurefs.parse(key)
    assert (ref.kind, ref.text, work_key(ref)) == (kind, key, key)


@pytest.mark.parametrize(
    ("key", "page"),
    [
        ("oj:OJ C 229, 31.7.2012, p. 90", "uriserv:OJ.C_.2012.229.01.0090.01"),
        ("oj:ABl. C 105 vom 11.4.2012, S. 1", "uriserv:OJ.C_.2012.105.01.0001.01"),
    ],
)
def test_an_oj_work_key_earlier_versions_printed_still_parses(key: str, page: str) -> None:
    """Before an OJ citation's key named its page (``oj:OJ 2012 C 229, p. 90``), it was
    the citation's normal form, in the language of the text."""
    ref = eurefs.parse(key)
    assert (ref.kind, ref.cellar_ids) == ("oj", [page])
    assert work_key(ref) == work_key(eurefs.parse(page))  # the key the page has now


def test_every_work_key_extract_prints_over_the_corpus_parses_back() -> None:
    """Round trip: each work key names its work again (a Treaty's key names no document)."""
    seen = 0
    for path in sorted(DOCS.glob("*.txt")) + sorted(FR_DE.glob("*.txt")):
        for ref in eurefs.extract(path.read_text(encoding="utf-8")):
            key = work_key(ref)
            if not key.startswith("treaty:"):
                assert work_key(eurefs.parse(key)) == key, (path.name, key)
                seen += 1
    assert seen > 400


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # the Danish report on the GDPR (tests/grammar/test_later_dates.py): the EEA Joint
        # Committee's decision 83 of 1999, no decision of 1983
        ("EØS -Kommiteens beslutning 83/99 af 25. juni 1999 er EØSlandene", "31983D0099"),
        # a JHA decision in capitals without accents (tests/grammar/test_type_word_spellings.py):
        # the decision or the framework decision, so no CELEX
        ("DECISION 2005/214/JAI DU CONSEIL du 24 fevrier 2005 concernant l'application du "
         "principe de reconnaissance mutuelle aux sanctions pecuniaires", "32005D0214"),
    ],
)  # fmt: skip
def test_a_work_key_never_gives_the_celex_its_text_ruled_out(text: str, celex: str) -> None:
    """``eurefs resolve 'legal_act:beslutning 83/99'`` (the key ``extract --group`` prints)
    read the normal form alone and resolved 31983D0099: the wrong CELEX its text refused."""
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert ref.celex is None
    key = work_key(ref)
    with pytest.raises(ParseError, match=f"read alone gives {celex}, which the text ruled out"):
        eurefs.parse(key)


@pytest.mark.parametrize(
    ("printed", "normalized", "cellar_id"),
    [
        ("procedure:2018_172", "2018/0172", "procedure:2018_172"),  # real tree notice's id
        (f"{RES}/procedure/2015_64", "2015/0064", "procedure:2015_64"),  # real RDF tree notice
        ("procedure:2016_400A", "2016/0400A", "procedure:2016_400A"),
        ("procedure:2018/0172", "2018/0172", "procedure:2018_172"),  # its own work key
    ],
)
def test_a_procedure_id_without_its_type_is_the_procedure(
    printed: str, normalized: str, cellar_id: str
) -> None:
    """Cellar's procedure ids carry no type; the dossier is found by the id alone, so the
    reference leaves the type empty (it was a ParseError asking for the type)."""
    ref = eurefs.parse(printed)
    assert (ref.kind, ref.normalized, ref.cellar_ids) == ("procedure", normalized, [cellar_id])
    assert ref.procedure_type == ""  # type: ignore[union-attr]
    assert lookup_for(ref) == lookup_for(eurefs.parse(normalized + "(COD)"))
    assert work_key(eurefs.parse(work_key(ref))) == work_key(ref)


@pytest.mark.parametrize(
    ("text", "route", "value"),
    [
        # 32014R0001's work, as its real object notice names it
        (f"{RES}/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1", "work",
         "cellar:b84f49cd-750f-11e3-8e20-01aa75ed71a1"),
        (" cellar:B84F49CD-750F-11E3-8E20-01AA75ED71A1 ", "work",
         "cellar:b84f49cd-750f-11e3-8e20-01aa75ed71a1"),
        # real aliases in the branch notice of 52018PC0340: the NS number is no page
        # an expression and a manifestation's item of 52018PC0340 (its branch notice)
        (f"{RES}/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1.0015", "work",
         "cellar:fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"),
        (f"{RES}/cellar/fc5c74e0-6255-11e8-ab9c-01aa75ed71a1.0002.01/DOC_2", "work",
         "cellar:fc5c74e0-6255-11e8-ab9c-01aa75ed71a1"),
        ("oj:JOL_2013_201_R_NS0013", "sameas", "oj:JOL_2013_201_R_NS0013"),
        (f"{RES}/oj/JOL_2006_396_R_NS001", "sameas", "oj:JOL_2006_396_R_NS001"),
    ],
)  # fmt: skip
def test_a_cellar_identifier_with_no_reference_kind_is_looked_up_as_it_is(
    text: str, route: str, value: str
) -> None:
    with pytest.raises(ParseError):
        eurefs.parse(text)
    lookup = identifier_lookup(text)
    assert lookup is not None
    assert (lookup.key, lookup.route, lookup.values) == (value, route, (value,))


@pytest.mark.parametrize(
    "text",
    [
        "cellar:1234",
        f"{RES}/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1.6",  # no expression id
        "cellar:b84f49cd-750f-11e3-8e20-01aa75ed71a1 and more",
        'oj:JOL_2013_201_R_NS0013"}',
        "procedure:2018_0172",  # no work: a dossier id its grammar refuses
        "uriserv:OJ.L_.2016.119.01.0001.01.ENG",  # an expression
        "hello world",
    ],
)
def test_what_is_no_cellar_identifier_has_no_lookup(text: str) -> None:
    assert identifier_lookup(text) is None
