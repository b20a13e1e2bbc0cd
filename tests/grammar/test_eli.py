"""ELI URIs (``eurefs/grammar/eli.py``)."""

from __future__ import annotations

import eurefs


def test_long_typedocs_are_read() -> None:
    text = "ELI: http://data.europa.eu/eli/agree_interinstit/2016/512/oj (in force)"
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "eli"]
    assert [(r.text, r.celex) for r in refs] == [
        ("http://data.europa.eu/eli/agree_interinstit/2016/512/oj", None)
    ]


def test_eur_lex_links_with_a_language_and_a_format() -> None:
    """EUR-Lex links to an act's PDF or HTML (``.../oj/eng/pdf``, common in web pages and
    code found with find_string) were not read at all."""
    for url, celex in [
        ("https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng/pdf", "32024R1689"),
        ("https://data.europa.eu/eli/reg/2024/1689/oj/eng/html", "32024R1689"),
        ("http://data.europa.eu/eli/dir/2016/680/oj/deu/pdf", "32016L0680"),
        ("https://eur-lex.europa.eu/eli/C/2026/240/oj/eng/pdf", None),
    ]:
        (ref,) = eurefs.extract(f"see {url}.", short_forms=False)
        assert (ref.text, ref.celex) == (url, celex)
        # normalised without language and format
        path = url.split("/eli/")[1].rsplit("/", 2)[0]
        assert ref.normalized == f"http://data.europa.eu/eli/{path}"
        assert eurefs.parse(url).normalized == ref.normalized
    # another last segment is not a format: nothing
    assert eurefs.extract("http://data.europa.eu/eli/dir/2016/680/oj/deu/pdfx") == []


def test_a_year_before_the_first_act_of_the_type_gives_no_celex() -> None:
    """``grammar.years.first_act_year``: no regulation or directive before 1958 (EUR-Lex
    31958R0001 is Regulation No 1), ECSC decisions from 1952."""
    for path, celex in [
        ("reg/1952/1/oj", None),
        ("dir/1957/1/oj", None),
        ("dec_framw/1998/1/oj", None),
        ("reg/1958/1/oj", "31958R0001"),
        ("dec/1952/2/oj", "31952D0002"),
    ]:
        (ref,) = eurefs.extract(f"see http://data.europa.eu/eli/{path}.", short_forms=False)
        assert ref.celex == celex, path


def test_a_consolidated_version_dated_no_day_is_no_eli() -> None:
    # EUR-Lex's consolidated versions are ELIs ending in their date (``.../2016-05-04``):
    # a month 13 names no version, and no CELEX number may be made from it
    good = "http://data.europa.eu/eli/reg/2016/679/2016-05-04"
    bad = "http://data.europa.eu/eli/reg/2016/679/2016-13-04"
    assert [r.celex for r in eurefs.extract(good, short_forms=False)] == ["02016R0679-20160504"]
    assert eurefs.extract(bad, short_forms=False) == []
