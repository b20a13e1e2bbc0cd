"""The report in a real browser (headless Chromium): rows, filters, keyboard, print, console."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

from eurefs.cli import main
from eurefs.scanner import extract
from eurefs.works import cited_works
from tests.support.browser import headless_chromium

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [
    DATA / "corpus" / "docs" / "D02-cjeu-c-590-22.txt",
    DATA / "corpus" / "docs" / "D05-digital-markets-act-footnotes.txt",
]
PAGE = DATA / "documents" / "html" / "en-eurlex-oj-l176-2013-regulation-575-2013-crr-excerpt.html"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", *map(str, TEXTS), str(PAGE), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def browser(report: Path) -> Iterator[webdriver.Chrome]:
    with headless_chromium() as driver:
        driver.get(report.as_uri())
        yield driver


def _mentions(row: WebElement) -> int:
    return int(row.find_elements(By.CSS_SELECTOR, "td")[1].get_attribute("data-value") or "")


def _visible_rows(driver: webdriver.Chrome) -> list[str]:
    rows = driver.find_elements(By.CSS_SELECTOR, "#works-table tbody tr")
    return [r.get_attribute("data-kind") or "" for r in rows if r.is_displayed()]


def test_table_rows_match_the_references(browser: webdriver.Chrome) -> None:
    expected: Counter[str] = Counter()
    for path in TEXTS:
        for work in cited_works(extract(path.read_text(encoding="utf-8"))):
            expected[work.key] += work.mentions
    rows = browser.find_elements(By.CSS_SELECTOR, "#works-table tbody tr")
    shown = {r.get_attribute("data-key"): _mentions(r) for r in rows}
    for key, mentions in expected.items():
        assert shown[key] >= mentions, key  # the HTML page may cite it too
    # every row's count is the number of highlights of that work in the texts
    marks: dict[str, int] = browser.execute_script(
        "var c = {}; document.querySelectorAll('mark.ref').forEach(function (m) {"
        " var k = m.getAttribute('data-work'); c[k] = (c[k] || 0) + 1; }); return c;"
    )
    assert marks == shown
    assert len(rows) == len(marks) > 20


def test_filters_hide_rows_and_highlights(browser: webdriver.Chrome) -> None:
    box = browser.find_element(By.CSS_SELECTOR, '.filters input[value="case"]')
    total = len(_visible_rows(browser))
    cases = _visible_rows(browser).count("case")
    assert cases > 0
    box.send_keys(Keys.SPACE)  # the keyboard works the filter
    assert not box.is_selected()
    assert "case" not in _visible_rows(browser)
    assert len(_visible_rows(browser)) == total - cases
    off = browser.find_elements(By.CSS_SELECTOR, 'mark.ref.off[data-kind="case"]')
    assert off and len(off) == len(browser.find_elements(By.CSS_SELECTOR, 'mark[data-kind="case"]'))
    shown = browser.find_element(By.ID, "shown").text
    assert shown == f"{total - cases} of {total} works shown"
    box.click()
    assert len(_visible_rows(browser)) == total
    assert not browser.find_elements(By.CSS_SELECTOR, "mark.ref.off")


def test_plot_switch_sorting_and_jumps(browser: webdriver.Chrome) -> None:
    assert browser.find_element(By.ID, "chart-work").is_displayed()
    browser.find_element(By.CSS_SELECTOR, '.plot-switch input[value="year"]').send_keys(Keys.SPACE)
    assert browser.find_element(By.ID, "chart-year").is_displayed()
    assert not browser.find_element(By.ID, "chart-work").is_displayed()
    bars = browser.find_elements(By.CSS_SELECTOR, "#chart-year g.bar")
    assert len(bars) >= 5
    mentions = browser.find_element(By.CSS_SELECTOR, '#works-table th[data-col="2"] button')
    mentions.send_keys(Keys.ENTER)
    mentions.send_keys(Keys.ENTER)  # second press: descending
    counts = [_mentions(r) for r in browser.find_elements(By.CSS_SELECTOR, "#works-table tbody tr")]
    assert counts == sorted(counts, reverse=True)
    head = browser.find_element(By.CSS_SELECTOR, '#works-table th[data-col="2"]')
    assert head.get_attribute("aria-sort") == "descending"
    jump = browser.find_element(By.CSS_SELECTOR, "#works-table tbody tr a.jump")
    target = (jump.get_attribute("href") or "").split("#", 1)[1]
    jump.send_keys(Keys.ENTER)
    focused = browser.execute_script("return document.activeElement.id")
    assert focused == target


def test_self_contained_readable_in_print_and_no_console_errors(
    browser: webdriver.Chrome, report: Path, tmp_path: Path
) -> None:
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
        assert browser.find_element(By.ID, "chart-year").is_displayed()
        assert browser.find_element(By.ID, "chart-work").is_displayed()
        rows = browser.find_elements(By.CSS_SELECTOR, "#works-table tbody tr")
        assert all(r.is_displayed() for r in rows)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    shot = tmp_path / "report.png"
    browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    print(f"report screenshot: {shot}")
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []


def test_a_work_label_is_never_broken_inside_a_word(tmp_path: Path) -> None:
    """With --resolve, long titles squeezed the Work column until '2018/0172(COD)' and
    'Directive (EU) 2019/904' broke inside their numbers ('2018/0 172(C OD)'), the row
    header styled ``overflow-wrap: anywhere`` (seen in Chromium at 1400 px).  The titles
    are those of the real notices of COM(2018) 340 and COM(2021) 752."""
    from eurefs.models.document import Document
    from eurefs.models.results import ResolveResult
    from eurefs.report import ReportInput, work_rows
    from eurefs.report.render import render_report

    text = (
        "Procedure 2018/0172(COD) produced Directive (EU) 2019/904 on the proposal "
        "COM(2018) 340 final; see also COM(2021) 752 final."
    )
    docs = [ReportInput("t.txt", text, extract(text))]
    rows = work_rows(docs)
    titles = [
        "Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the "
        "reduction of the impact of certain plastic products on the environment",
        "Proposal for a COUNCIL DECISION on provisional emergency measures for the benefit "
        "of Latvia, Lithuania and Poland",
    ]
    for n, row in enumerate(rows):
        doc = Document(celex="32019L0904", title=titles[n % 2])
        row.result = ResolveResult(input=row.label, document=doc)
    page = tmp_path / "resolved.html"
    page.write_text(render_report(docs, rows, resolved=True, title="t"), encoding="utf-8")
    with headless_chromium(width=1024) as driver:
        driver.get(page.as_uri())
        lines = driver.execute_script(
            "return Array.from(document.querySelectorAll('#works-table tbody th')).map(th => {"
            " const r = document.createRange(); r.selectNodeContents(th);"
            " const tops = Array.from(r.getClientRects()).map(x => Math.round(x.top));"
            " return [th.textContent, new Set(tops).size, th.getBoundingClientRect().width];"
            " });"
        )
    assert len(lines) == len(rows) >= 4
    for label, count, _width in lines:
        assert count <= len(label.split()), (label, count, _width)
