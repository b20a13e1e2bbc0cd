"""The report page without a browser: self-contained, escaped, resolved columns."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import html as lxml_html

from eurefs.report import ReportInput, report_html
from eurefs.resolver import Resolver
from eurefs.scanner import extract
from tests.support.notice_server import NoticeServer

HOSTILE = (
    '<script>alert("x")</script> Regulation (EU) 2016/679 and "Directive 95/46/EC" & '
    "Article 6 TEU </textarea></style>"
)


def _page(source: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        source.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8")
    )


def test_nothing_is_loaded_from_outside() -> None:
    page = report_html([("a.txt", HOSTILE)])
    root = _page(page)
    assert not root.xpath("//*[@src] | //link | //object | //embed | //iframe | //img")
    assert not re.search(r"url\(|@import|@font-face", page)
    assert "default-src 'none'" in root.xpath("//meta[@http-equiv]/@content")[0]
    assert len(root.xpath("//script")) == 1 and len(root.xpath("//style")) == 1


def test_names_and_texts_are_escaped() -> None:
    page = report_html([('<img src=x onerror="alert(1)">.txt', HOSTILE)])
    root = _page(page)
    assert len(root.xpath("//script")) == 1  # only the report's own script
    assert not root.xpath("//img")
    text = root.xpath('//div[@class="text"]')[0].text_content()
    assert text == HOSTILE
    assert root.xpath("//h3")[0].text == '<img src=x onerror="alert(1)">.txt'


def test_table_and_charts() -> None:
    refs = extract(HOSTILE)
    page = report_html([ReportInput("a.txt", HOSTILE, refs), ("b.txt", "Directive 95/46/EC.")])
    root = _page(page)
    rows = root.xpath("//table[@id='works-table']/tbody/tr")
    assert [(r.get("data-key"), r.xpath("td")[1].text) for r in rows] == [
        ("32016R0679", "1"), ("31995L0046", "2"), ("treaty:TEU", "1"),
    ]  # fmt: skip
    assert rows[1].xpath("td")[2].xpath("a")[0].get("href") == "#r0-{}".format(
        HOSTILE.index("Directive")
    )
    for chart in ("chart-work", "chart-year"):
        svg = root.xpath(f"//*[@id='{chart}']")[0]
        assert svg.get("role") == "img" and svg.xpath("./title")
    years = root.xpath("//*[@id='chart-year']/g")
    assert len(years) == 2016 - 1995 + 1  # every year on the axis
    assert [g.findtext("title") for g in years if g.xpath("rect")] == ["1995: 2", "2016: 1"]


def _resolved_page(text: str, sparql_url: str, notice_server: NoticeServer, tmp_path: Path) -> str:
    """The report of ``text`` resolved against the loopback SPARQL and notice servers."""
    resolver = Resolver(
        sparql_endpoint=sparql_url,
        cellar_base=notice_server.base_url + "/resource",
        cache_dir=tmp_path,
    )
    with resolver:
        return report_html([("t.txt", text)], resolver=resolver)


def test_resolved_columns(
    oxigraph_sparql_url: str, notice_server: NoticeServer, tmp_path: Path
) -> None:
    text = (
        "COM(2021) 752 final, JOIN(2021) 32 final and 32014R0001 are cited; so are "
        "Article 6 TEU, 32013R9999 and again COM(2021) 752 final."
    )
    page = _resolved_page(text, oxigraph_sparql_url, notice_server, tmp_path)
    rows = {r.get("data-key"): r for r in _page(page).xpath("//tbody/tr")}
    cells = [c.text_content() for c in rows["com_document:COM(2021) 752 final"].xpath("td")]
    assert cells[1] == "2"
    assert "provisional emergency measures" in cells[4]
    assert cells[5:8] == ["2021-12-01", "Proposal for a decision", "unknown"]
    assert cells[8] == "EUR-Lex"
    reg = [c.text_content() for c in rows["32014R0001"].xpath("td")]
    assert reg[5:8] == ["2013-08-28", "Delegated regulation", "yes"]
    teu = rows["treaty:TEU"].xpath("td")[4]
    assert "Not resolved" in teu.text_content() and "Treaty" in teu.text_content()
    missing = rows["32013R9999"].xpath("td")[4].text_content()
    assert missing.startswith("NotFound")
    # the text gives no CELEX number for a COM number (PC or DC): the resolved one is shown
    assert cells[3] == "52021PC0752from Cellar"


def test_a_procedure_row_names_the_document_it_resolved_to(
    oxigraph_sparql_url: str, notice_server: NoticeServer, tmp_path: Path
) -> None:
    """A procedure resolves to its adopted act (tree notice of procedure 2018/0172/COD):
    the row showed neither its CELEX number nor that Cellar's record gave no title."""
    text = "Procedure 2018/0172(COD) led to a directive."
    page = _resolved_page(text, oxigraph_sparql_url, notice_server, tmp_path)
    (row,) = _page(page).xpath("//tbody/tr")
    cells = [c.text_content() for c in row.xpath("td")]
    assert row.get("data-key") == "procedure:2018/0172(COD)"
    assert cells[3] == "32019L0904from Cellar"
    assert row.xpath("td")[3].get("data-value") == "32019L0904"
    # the derived store holds no title for the directive: said, not left blank
    assert cells[4] == "no title in Cellar"
    assert cells[5:7] == ["2019-06-05", "Directive"]


def test_first_occurrence_names_the_page_of_a_paged_document() -> None:
    text = "Title\nfirst page\n\fSecond page\nsee Directive 95/46/EC\n"
    doc = ReportInput("act.pdf", text, extract(text), page_starts=(0, text.index("Second")))
    assert doc.location(text.index("Directive")) == "page 2, line 2"
    assert doc.location(0) == "page 1, line 1"
    assert ReportInput("a.txt", text, []).location(text.index("Directive")) == "line 4"
    page = report_html([doc])
    assert ">page 2, line 2</a>" in page


def test_control_characters_html_forbids_are_not_written() -> None:
    # '--title' with an escape sequence and a document with a stray BEL and NUL wrote them
    # raw into the page (HTML forbids them in text; the charts' SVG in XML even more so)
    text = "Regulation (EU) 2016/679\x07 and\x00 Directive 95/46/EC.\x0c\tEnd\x9b"
    page = report_html([("a\x1b[31m.txt", text)], title="Corpus\x07\x1b[31m 2024")
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]", page)
    root = _page(page)
    assert root.xpath("//title")[0].text == "Corpus\ufffd\ufffd[31m 2024"
    shown = root.xpath('//div[@class="text"]')[0].text_content()
    assert shown == "Regulation (EU) 2016/679\ufffd and\ufffd Directive 95/46/EC.\x0c\tEnd\ufffd"
    assert [m.text for m in root.xpath("//mark")] == [
        "Regulation (EU) 2016/679",
        "Directive 95/46/EC",
    ]


def test_a_judgment_s_title_is_shown_without_cellar_s_hashes() -> None:
    """Cellar joins the parts of a judgment's title with '#': the Title column showed
    '13 May 2014.#Google Spain SL', as the exports did."""
    from eurefs.models.results import ResolveResult
    from eurefs.report.model import work_rows
    from eurefs.report.render import render_report
    from tests.export.conftest import GOOGLE_SPAIN

    text = "See ECLI:EU:C:2014:317."
    doc = ReportInput("t.txt", text, extract(text))
    (row,) = work_rows([doc])
    row.result = ResolveResult(input=row.first.text, document=GOOGLE_SPAIN)
    page = render_report([doc], [row], resolved=True, title="Cases")
    title = _page(page).xpath("//tbody/tr/td")[4]
    assert title.text_content().startswith("Judgment of the Court (Grand Chamber), 13 May 2014. ")
    assert "#" not in title.text_content() and "#" not in title.get("data-value")


def test_eurlex_links_follow_the_text_or_the_resolver_s_language(tmp_path: Path) -> None:
    text = "La directive 95/46/CE est abrogée avec effet au 25 mai 2018."  # GDPR, art. 94(1)
    page = "https://eur-lex.europa.eu/legal-content/{}/TXT/?uri=CELEX:31995L0046"

    def links(report: str) -> list[str]:
        return _page(report).xpath("//table[@id='works-table']//td[@class='link']/a/@href")

    assert links(report_html([("lettre.txt", text)])) == [page.format("FR")]
    # resolved in German: the works Cellar could not give link to German pages too
    with Resolver(offline=True, cache_dir=tmp_path, lang="de") as resolver:
        assert links(report_html([("lettre.txt", text)], resolver=resolver)) == [page.format("DE")]
