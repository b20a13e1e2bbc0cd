"""annotate_html(): links go into a page without changing anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from eurefs.annotation import annotate_html, html_text, htmltext
from tests.support.hypothesis_profiles import examples
from tests.support.spies import spy

PAGES = Path(__file__).resolve().parents[1] / "data" / "documents" / "html"
_UTF8 = lxml_html.HTMLParser(encoding="utf-8")


def _parse(source: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(source.encode("utf-8"), parser=_UTF8)


def _text_content(source: str) -> str:
    """The page's text by an independent parser (lxml), script and style left out."""
    root = _parse(source)
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    return str(root.text_content())


def _strip_added(out: str) -> str:
    """The output with every link and span eurefs added taken out again."""
    root = _parse(out)
    for el in root.xpath('//*[contains(concat(" ", @class, " "), " eurefs-ref ")]'):
        el.drop_tag()
    return str(lxml_html.tostring(root, encoding="unicode"))


def test_reference_across_tags_entities_and_existing_links() -> None:
    page = (
        "<html><head><title>Directive 95/46/EC</title><style>p:before{content:'Directive "
        "95/46/EC'}</style><script>var s = '<p>Directive 95/46/EC</p>';</script></head><body>"
        "<p>See <i>Regulation</i> (EU)&nbsp;2016/679, <a href='#x'>Directive 95/46/EC</a>"
        "<!-- Directive 2002/58/EC --> and Regulation (EU) No&#160;1049/2001 &amp; Article 16"
        " TFEU.</p></body></html>"
    )
    out = annotate_html(page)
    root = _parse(out)
    added = root.xpath('//a[@class="eurefs-ref"]')
    # one reference crossing </i> gets one link per piece
    assert [a.text for a in added] == [
        "Regulation",
        " (EU)\xa02016/679",
        "Regulation (EU) No\xa01049/2001",
    ]
    assert {a.get("href") for a in added[:2]} == {
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"
    }
    assert "(EU)&nbsp;2016/679" in out and "No&#160;1049/2001" in out  # entities kept as written
    (unlinked,) = root.xpath('//span[contains(@class, "eurefs-unlinked")]')
    assert unlinked.text == "Article 16 TFEU" and "Treaty" in unlinked.get("title")
    # existing link, comment, title, style and script untouched
    assert "<a href='#x'>Directive 95/46/EC</a>" in out
    assert "<!-- Directive 2002/58/EC -->" in out
    assert out.startswith(page[: page.index("<body>")])
    assert _text_content(out) == _text_content(page)


def test_cdata_and_processing_instructions_are_left_alone() -> None:
    page = '<?xml version="1.0"?><p><![CDATA[ a > Directive 95/46/EC ]]>Directive 95/46/EC</p>'
    out = annotate_html(page)
    assert out.startswith('<?xml version="1.0"?><p><![CDATA[ a > Directive 95/46/EC ]]><a ')
    assert out.count('class="eurefs-ref"') == 1


def test_tag_attributes_with_angle_brackets_and_quotes() -> None:
    page = "<p title=\"a > b\" data-x='Directive 95/46/EC'>Directive 95/46/EC</p>"
    out = annotate_html(page)
    assert out.startswith('<p title="a > b" data-x=\'Directive 95/46/EC\'><a class="eurefs-ref"')
    assert out.count('class="eurefs-ref"') == 1


@pytest.mark.parametrize(
    "name",
    [
        "en-eurlex-oj-l176-2013-regulation-575-2013-crr-excerpt.html",
        "en-eurlex-com-2025-43-proposal.html",
    ],
)
def test_real_pages_keep_their_text_and_markup(name: str) -> None:
    page = (PAGES / name).read_text(encoding="utf-8")
    out = annotate_html(page)
    links = _parse(out).xpath('//a[@class="eurefs-ref"]')
    assert len(links) >= 5
    assert _text_content(out) == _text_content(page)
    assert _strip_added(out) == _strip_added(page)
    # the page's own links are all still there, none of them wrapped or nested
    assert out.count('class="footnoteRef"') == page.count('class="footnoteRef"')
    assert not _parse(out).xpath("//a//a")


def test_text_content_matches_an_independent_parser() -> None:
    page = (PAGES / "en-eurlex-com-2025-43-proposal.html").read_text(encoding="utf-8")
    ours = " ".join(html_text(page).text.split())
    theirs = " ".join(_text_content(page).split())
    title = _parse(page).findtext(".//title") or ""
    assert ours == theirs.replace(" ".join(title.split()), "", 1).strip()


_PIECES = st.sampled_from(
    [
        "Regulation (EU) 2016/679", "Directive 95/46/EC", "COM(2021) 752 final", "Article 6 TEU",
        " ", "&nbsp;", "&amp;", "&#160;", "&bogus;", "<b>", "</b>", "<i>", "</i>", "<br>",
        "<a href='#'>", "</a>", "<!-- Directive 2002/58/EC -->",
        "<script>x='Directive 95/46/EC'</script>",
        "<p>", "</p>", "<", ">", "text", "Regulation", "(EU)", "2016/", "679", "\n",
    ]
)  # fmt: skip


@settings(max_examples=examples(300))
@given(st.lists(_PIECES, max_size=30))
def test_any_page_keeps_its_text(pieces: list[str]) -> None:
    page = "".join(pieces)
    out = annotate_html(page)
    assert html_text(out).text == html_text(page).text


def test_hostile_markup_is_read_in_one_pass() -> None:
    for page in ("<a " * 50_000, '<a title="' * 50_000, "<!--" * 50_000, "&amp" * 50_000,
                 "<script>" * 50_000, "<p x='y' " * 50_000 + "Directive 95/46/EC"):  # fmt: skip
        assert annotate_html(page).startswith(page[:10])


def test_entity_heavy_page_decodes_each_entity_once_and_maps_every_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A page of EUR-Lex's habits: &nbsp; inside and between references, thousands of times.
    unit = "<p>See Regulation&nbsp;(EU)&nbsp;2016/679 and&#160;Directive 95/46/EC.</p>\n"
    page = "<html><body>" + unit * 2_000 + "</body></html>"
    unescaped = spy(monkeypatch, htmltext.html, "unescape")
    out = annotate_html(page)
    # decoding is per distinct entity, not per occurrence (6,000 entities here)
    assert sorted(unescaped.firsts()) == ["&#160;", "&nbsp;"]
    links = _parse(out).xpath('//a[@class="eurefs-ref"]')
    assert [a.text for a in links[:2]] == ["Regulation\xa0(EU)\xa02016/679", "Directive 95/46/EC"]
    assert len(links) == 4_000
    assert _strip_added(out) == _strip_added(page)
