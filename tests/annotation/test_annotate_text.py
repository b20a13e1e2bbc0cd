"""annotate() on plain text: HTML, Markdown and text output."""

from __future__ import annotations

import html
import re

import pytest
from lxml import html as lxml_html

from eurefs.annotation import Link, annotate
from eurefs.models.references import BaseReference
from eurefs.scanner import extract

TEXT = (
    "Under Regulation (EU) 2016/679 & Article 16 TFEU <script>alert(1)</script>,\n"
    "see COM(2021) 752 final and [Directive 95/46/EC].\n"
)


def test_html_escapes_everything_and_keeps_the_text() -> None:
    out = annotate(TEXT)
    assert "<script>" not in out and "&lt;script&gt;" in out
    root = lxml_html.fragment_fromstring(out)
    assert root.text_content() == TEXT
    links = root.findall(".//a")
    assert [a.text for a in links] == [
        "Regulation (EU) 2016/679",
        "COM(2021) 752 final",
        "Directive 95/46/EC",
    ]
    assert links[0].get("href").endswith("CELEX:32016R0679")
    (unlinked,) = root.findall(".//span")
    assert unlinked.text == "Article 16 TFEU"
    assert "Treaty" in unlinked.get("title")


def test_markdown_links() -> None:
    out = annotate(TEXT, format="markdown", link="https://example.org/{celex}")
    assert "[Regulation (EU) 2016/679](<https://example.org/32016R0679>)" in out
    # COM(2021) 752 final has two possible CELEX numbers: no link under {celex}
    assert "see COM(2021) 752 final and" in out
    assert "[\\[Directive 95/46/EC\\]]" not in out
    assert "[[Directive 95/46/EC](<https://example.org/31995L0046>)]" in out
    plain = re.sub(r"\[([^\]]*)\]\(<[^>]*>\)", r"\1", out)
    assert plain == TEXT


def test_text_format_appends_urls() -> None:
    out = annotate("See Directive 95/46/EC.", format="text", link="eli")
    assert out == "See Directive 95/46/EC <http://data.europa.eu/eli/dir/1995/46/oj>."


def test_references_given_by_the_caller_and_bad_ones_dropped() -> None:
    text = "Regulation (EU) 2016/679 and Directive 95/46/EC"
    refs = extract(text)
    out = annotate(text, [refs[1], refs[1], refs[0]], format="text")
    assert out.count("<https://") == 2
    with pytest.raises(ValueError, match="unknown format"):
        annotate(text, format="pdf")  # type: ignore[arg-type]


def test_attribute_values_are_escaped() -> None:
    def evil(ref: BaseReference) -> Link:
        return Link(None, '"><script>')

    out = annotate("See Regulation (EU) 2016/679.", link=evil)
    assert 'title="&quot;&gt;&lt;script&gt;"' in out
    assert html.unescape(out).count("<script>") == 1  # only inside the escaped attribute


def test_a_short_form_links_where_its_antecedent_links() -> None:
    text = (
        "Regulation (EU) 2016/679 (the GDPR) applies; that Directive 95/46/EC and that Directive."
    )
    out = annotate(text, format="markdown", link="https://example.org/{normalized}")
    gdpr = "(<https://example.org/Regulation%20(EU)%202016/679>)"
    assert f"[GDPR]{gdpr}" in out and f"[Regulation (EU) 2016/679]{gdpr}" in out
    assert "[that Directive](<https://example.org/Directive%2095/46/EC>)" in out
    # with the ELI target the regulation has no link, so neither has its short form
    eli = annotate(text, format="text", link="eli")
    assert (
        "GDPR <" not in eli and "that Directive <http://data.europa.eu/eli/dir/1995/46/oj>" in eli
    )


def test_a_popular_name_alone_links_by_its_celex() -> None:
    out = annotate("The GDPR applies.", format="text")
    assert out == (
        "The GDPR <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679> applies."
    )


def test_markdown_input_keeps_its_own_links() -> None:
    text = (
        'See [Regulation (EU) 2016/679](https://x.org/gdpr "GDPR") and '
        "<http://data.europa.eu/eli/dir/1995/46/oj>, then Directive 95/46/EC and "
        "![Directive 2002/58/EC](img.png)."
    )
    out = annotate(text, format="markdown")
    assert out == text.replace(
        "then Directive 95/46/EC",
        "then [Directive 95/46/EC](<https://eur-lex.europa.eu/legal-content/EN/TXT/"
        "?uri=CELEX:31995L0046>)",
    )
