"""EUR-Lex HTML: footnote calls kept off the numbers they follow, hidden content left out."""

from __future__ import annotations

from pathlib import Path

import eurefs
from eurefs.readers import read_document
from tests.support.refusals import refused_before

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents" / "html"


def _found(doc: eurefs.DocumentText) -> list[tuple[str, str | None]]:
    refs = list(eurefs.extract(doc))
    assert all(doc.text[r.start : r.end] == r.text for r in refs)
    return [(r.normalized, getattr(r, "celex", None)) for r in refs]


def _page(body: str) -> bytes:
    return f"<html><body>{body}</body></html>".encode()


# A Commission document as EUR-Lex serves it, without the indentation between the tags
# (as scrapers and "save as" re-serialise it): the call is a plain-text link.
_CALL = (
    '<span class="FootnoteReference"><a class="footnoteRef" id="footnoteref{n}" '
    'href="#footnote{n}">{n}</a></span>'
)


def test_a_commission_footnote_call_never_lengthens_the_number_before_it() -> None:
    body = (
        "<p>Standard contractual clauses under Commission Decision 2010/87"
        + _CALL.format(n=1) + " and Directive 95/46/EC" + _CALL.format(n=2) + ".</p>"
        '<dl id="footnotes"><dd id="footnote1"><span class="num">'
        '<a class="footnote" href="#footnoteref1">(1)</a></span>'
        "<span>OJ L 39, 12.2.2010, p. 5.</span></dd></dl>"
    )  # fmt: skip
    doc = read_document(_page(body))
    # before: "Decision 2010/871" (Decision 2010/871, CELEX 32010D0871: another act)
    assert doc.text == (
        "Standard contractual clauses under Commission Decision 2010/87 ¹ and "
        "Directive 95/46/EC ².\n\n(1) OJ L 39, 12.2.2010, p. 5.\n"
    )
    assert _found(doc) == [
        ("Decision 2010/87", "32010D0087"),
        ("Directive 95/46/EC", "31995L0046"),
        ("OJ L 39, 12.2.2010, p. 5", None),
    ]


def test_an_oj_call_in_brackets_glued_to_a_number_is_no_paragraph_of_it() -> None:
    call = (
        '<a id="ntc3-L_202400903EN.000101-E0003" href="#ntr3-L_202400903EN.000101-E0003">'
        '(<span class="oj-super oj-note-tag">3</span>)</a>'
    )
    body = (
        f"<p>as laid down in Article 5{call} of Regulation (EU) 2016/679 and in the "
        f'Committee\u00a0{call}, and <a href="#art_5">Article 5(3)</a> of it.</p>'
    )
    doc = read_document(_page(body))
    # before: "Article 5(3) of Regulation (EU) 2016/679", a paragraph the text never cites
    assert doc.text == (
        "as laid down in Article 5 ⁽³⁾ of Regulation (EU) 2016/679 and in the "
        "Committee\u00a0(3), and Article 5(3) of it.\n"
    )
    # the call is no part of the pinpoint: Article 5, not a miss (the view drops the call)
    assert [getattr(r, "pinpoint", None) for r in eurefs.extract(doc)] == ["Article 5"]


def test_calls_in_a_real_commission_proposal_are_superscripts() -> None:
    # tests/data/documents/html: COM(2025) 43 final as Cellar serves it (PROVENANCE.md)
    doc = read_document(DOCS / "en-eurlex-com-2025-43-proposal.html")
    # before: "24 November 2020 1 ,", the call read as a number of the text
    assert "Council Decisions (EU) 2020/1829 of 24 November 2020 ¹,\u00a0(EU) 2022/1025" in doc.text
    assert "Regulations (EC) No 1013/2006 ⁹\u00a0and (EU) 2024/1157 ¹⁰ on" in doc.text
    assert "\n(1) \u00a0\u00a0\u00a0Council Decision (EU) 2020/1829 of 24 November" in doc.text


def test_content_hidden_from_the_reader_is_not_text() -> None:
    body = (
        "<p>Regulation (EU) 2016/679</p>"
        '<div style="color: red; DISPLAY : none">Directive 2000/31/EC</div>'
        '<p hidden="">Directive 95/46/EC</p><p hidden>Decision 2010/87</p>'
        '<span style="visibility:hidden">COM(2020) 65 final</span>'
        '<script type="application/ld+json">{"celex": "32019L1024"}</script>'
        "<template><p>Regulation (EU) 2018/1725</p></template>"
        '<p aria-hidden="true">Directive (EU) 2019/1024</p>'
        '<p style="display:block">Regulation (EU) 2024/903</p>'
    )
    doc = read_document(_page(body))
    # before: every act of the page, the hidden ones too
    assert doc.text == (
        "Regulation (EU) 2016/679\n\nDirective (EU) 2019/1024\n\nRegulation (EU) 2024/903\n"
    )
    assert [n for n, _ in _found(doc)] == [
        "Regulation (EU) 2016/679", "Directive (EU) 2019/1024", "Regulation (EU) 2024/903",
    ]  # fmt: skip


def test_content_that_the_page_style_sheet_hides_is_not_text() -> None:
    page = (
        "<html><head><style>"
        "<!-- .hidden, #meta { display: none } p.note { visibility: hidden }"
        " @media print { .screen-only { display: none } .print-only { display: block } }"
        " .print-only { display: none } .tab { display: none } .tab.active { display: block } -->"
        "</style></head><body>"
        '<p class="hidden">Regulation (EU) 2016/679</p>'
        '<div id="meta">Directive 95/46/EC</div>'
        '<p class="note">Decision 2010/87</p>'
        '<div class="print-only">COM(2020) 65 final</div>'
        '<p class="screen-only">Directive (EU) 2019/1024</p>'
        '<div class="tab">Directive 2000/31/EC</div>'
        '<div class="tab active">Regulation (EU) 2024/903</div>'
        '<p class="hidden" style="display: block">Regulation (EU) 2018/1725</p>'
        "</body></html>"
    )
    doc = read_document(page.encode())
    # before: every act of the page, those its sheet hides on screen too
    assert doc.text == (
        "Directive (EU) 2019/1024\n\nRegulation (EU) 2024/903\n\nRegulation (EU) 2018/1725\n"
    )
    assert [n for n, _ in _found(doc)] == [
        "Directive (EU) 2019/1024", "Regulation (EU) 2024/903", "Regulation (EU) 2018/1725",
    ]  # fmt: skip


def test_what_a_style_sheet_may_show_on_some_screen_is_read() -> None:
    page = (
        "<html><head><style>.hidden { display: none }"
        " @media (min-width: 768px) { .md\\:block { display: block } }"
        " @media screen and (max-width: 600px) { .wide { display: none } }"
        " .menu:hover .item { display: block } .item { display: none !important }"
        "</style></head><body>"
        '<p class="hidden md:block">Regulation (EU) 2016/679</p>'
        '<p class="wide">Directive 95/46/EC</p>'
        '<p class="item">Decision 2010/87</p>'
        "</body></html>"
    )
    doc = read_document(page.encode())
    # the first on a wide screen, the second on a narrow one; the third is !important
    assert [n for n, _ in _found(doc)] == ["Regulation (EU) 2016/679", "Directive 95/46/EC"]


def test_inline_elements_the_page_lays_out_as_blocks_are_paragraphs() -> None:
    # a span or a link set on lines of its own by its style, or by a rule of the page's
    # sheet that surely holds, read glued to the words around it on 02ce303: 'Article
    # 5Regulation (EU) 2016/679 applies.Directive 95/46/ECis repealed byRegulation (EU)
    # 2018/1725.' (a built page: no real EUR-Lex or CURIA page of the samples or the
    # search corpora was found to style one so)
    page = (
        "<html><head><style>.title { display: block } a.act { display: flex }"
        " .menu:hover .item { display: block } @media (min-width: 9px) { .wide { display: block } }"
        "</style></head><body><p>"
        '<span style="display:block">Article 5</span><span>Regulation (EU) 2016/679</span>'
        " applies.<span class='title'>Directive 95/46/EC</span>is repealed by"
        "<a class='act' href='#'>Regulation (EU) 2018/1725</a>. "
        '<span style="display:inline-block">Decision</span> <span class="item">2010/87</span>'
        '<span class="wide">/EU</span> <span class="title" style="display:inline">applies</span>'
        "</p></body></html>"
    )
    doc = read_document(page.encode())
    # (not a block: inline-block, a rule under a condition or past one compound, a style
    # that sets the element inline again)
    assert doc.text == (
        "Article 5\nRegulation (EU) 2016/679 applies.\nDirective 95/46/EC\nis repealed by\n"
        "Regulation (EU) 2018/1725\n. Decision 2010/87/EU applies\n"
    )
    assert [n for n, _ in _found(doc)][:3] == [
        "Regulation (EU) 2016/679", "Directive 95/46/EC", "Regulation (EU) 2018/1725",
    ]  # fmt: skip


def test_block_elements_the_page_sets_in_the_line_end_no_paragraph() -> None:
    # a p or a div set in the line of the text around it by its style (display: inline,
    # inline-block, contents), or by a rule of the page's sheet that surely holds, ended
    # a paragraph on a596049 ('Article 5 of\n\nRegulation (EU) 2016/679'): the pinpoints
    # were lost (a built page, as for the blocks above: web templates write
    # '<p style="display:inline">', no EU page of the samples or search corpora was found to)
    page = (
        "<html><head><style>.run { display: inline } @media (min-width: 9px) { .wide {"
        " display: inline } }</style></head><body>"
        '<p style="display:inline">Article 5 of</p> <p style="display:inline">'
        "Regulation (EU) 2016/679</p> applies; <div class='run'>so does Article 17 of</div>"
        " <div class='run'>Directive 95/46/EC</div>.<div class='wide'>Article 4 of</div>"
        "<div>Regulation (EU) 2018/1725</div><p style='display:inline-block'>Recital 12 of</p>"
        " <p style='display:contents'>Directive 2002/58/EC</p></body></html>"
    )
    doc = read_document(page.encode())
    # (a rule under a condition sets nothing in the line)
    assert doc.text == (
        "Article 5 of Regulation (EU) 2016/679 applies; so does Article 17 of Directive"
        " 95/46/EC.\nArticle 4 of\n\nRegulation (EU) 2018/1725\nRecital 12 of Directive"
        " 2002/58/EC\n"
    )
    found = [(r.normalized, getattr(r, "pinpoint", None)) for r in eurefs.extract(doc)]
    assert found == [
        ("Regulation (EU) 2016/679", "Article 5"), ("Directive 95/46/EC", "Article 17"),
        ("Regulation (EU) 2018/1725", None), ("Directive 2002/58/EC", "Recital 12"),
    ]  # fmt: skip


def test_soft_hyphens_and_zero_width_spaces_are_not_text() -> None:
    # German web pages break long words with &shy; and &#8203; (public GitHub files: a
    # privacy policy page, index id 9528300625; a fire-safety page, id 13977476562); the
    # browser shows them only at a line break. The GDPR's name was not found.
    page = _page(
        "<h2>I. Informationen über die Verarbeitung Ihrer Daten gemäß Art. 13 der "
        "Datenschutz-Grund&shy;verordnung (DS-GVO)\n        </h2>"
        "<h1>Räumungskonzepte nach (Muster-)&#8203;Versammlungs&shy;stätten&shy;verordnung</h1>"
    )
    doc = read_document(page)
    assert doc.text == (
        "I. Informationen über die Verarbeitung Ihrer Daten gemäß Art. 13 der "
        "Datenschutz-Grundverordnung (DS-GVO)\n\n"
        "Räumungskonzepte nach (Muster-)Versammlungsstättenverordnung\n"
    )
    refs = eurefs.extract(doc)
    assert [(r.text, r.celex, r.pinpoint) for r in refs] == [
        ("Datenschutz-Grundverordnung", "32016R0679", "Art. 13")
    ]


def test_a_number_set_in_a_box_of_its_own_is_apart_from_the_text_after_it() -> None:
    # EUR-Lex sets the numbers of a Commission document's headings and numbered
    # paragraphs in a span of their own, the text in the next, with no space between
    # (tests/data/documents/html, COM(2025) 43): read as '1.Subject matter'
    doc = read_document(DOCS / "en-eurlex-com-2025-43-proposal.html")
    assert "\n1. Subject matter of the proposal\n" in doc.text
    assert "\n1. The position to be taken on the Union’s behalf" in doc.text
    assert "1.Subject" not in doc.text
    # the operative part of Case C-590/22 (tests/data/corpus/docs/D02, its source in
    # SOURCES.md there) in that markup: '1.Article 82(1) of' lost its pinpoint
    item = (
        '<p class="li ManualNumPar1">\n   <span class="num"><span>{n}.</span></span>'
        "<span>{text}</span>\n</p>"
    )
    body = item.format(
        n=1,
        text="Article 82(1) of Regulation (EU) 2016/679 of the European Parliament and of "
        "the Council of 27 April 2016",
    ) + item.format(n=2, text="Article 82(1) of Regulation 2016/679")
    doc = read_document(_page(body))
    assert doc.text.startswith("1. Article 82(1) of Regulation (EU) 2016/679 of")
    refs = eurefs.extract(doc)
    assert [(r.text, r.pinpoint) for r in refs if r.kind == "legal_act"] == [
        ("Regulation (EU) 2016/679", "Article 82(1)"),
        ("Regulation 2016/679", "Article 82(1)"),
    ]
    # a number that does not open its paragraph is text like any other
    doc = read_document(_page('<p>You have <span class="num">12</span>% of the votes</p>'))
    assert doc.text == "You have 12% of the votes\n"


# A note call of the OJ's HTML of 2013 as the copy in tests/data/documents/html
# (Regulation (EU) No 575/2013, lines 68-76) indents it: link, bracket, span, bracket.
_INDENTED_CALL = """
   <a href="#ntr1-L_2013176EN.01000101-E0001" id="ntc1-L_2013176EN.01000101-E0001">
    (
    <span class="super">
     1
    </span>
    )
   </a>
"""


def test_a_call_whose_link_the_copy_indents_is_still_a_call() -> None:
    # before: read '( 1 )', a bracket, a digit and a bracket: after an article's number
    # the pinpoint and the treaty article were lost (and written '(1)', read as paragraph 1)
    doc = read_document(DOCS / "en-eurlex-oj-l176-2013-regulation-575-2013-crr-excerpt.html")
    assert "Having regard to the opinion of the European Central Bank (1) ,\n" in doc.text
    # two sentences of that file, each with its call after an article's number
    page = _page(
        '<p class="normal">\n   Having regard to the Treaty on the Functioning of the European '
        "Union, and in particular Article 114" + _INDENTED_CALL + "   thereof,\n  </p>"
        '<p class="normal">‧investment firm‧ means a person as defined in point (1) of Article 4'
        + _INDENTED_CALL
        + " of Directive 2004/39/EC</p>"
    )
    doc = read_document(page)
    assert "Article 114 ⁽¹⁾ thereof" in doc.text
    assert [(r.normalized, getattr(r, "pinpoint", None)) for r in eurefs.extract(doc)] == [
        ("Article 114 TFEU", None),
        ("Directive 2004/39/EC", "point (1) of Article 4"),
    ]


def test_an_element_of_many_attributes_is_refused_before_it_is_parsed() -> None:
    # The real EUR-Lex page of COM(2025) 43 with attributes added to its first paragraph:
    # libxml2's HTML parser compares each attribute of a tag with those before it, so one
    # <p> of 20,000 took 0.5 s to parse, of 80,000 (0.7 MB) 17 s.
    page = (DOCS / "en-eurlex-com-2025-43-proposal.html").read_bytes()
    first = page.index(b'<p class="Logo"') + len(b"<p")

    def with_attributes(count: int) -> bytes:
        added = b"".join(b' data-n%d="1 > 2"' % n for n in range(count))
        return page[:first] + added + page[first:]

    match = r"an element has over 1000 attributes \(20001\)"
    refused_before(with_attributes(20_000), match, "com.html", stage="html parse")
    assert "COM(2025) 43" in read_document(with_attributes(999)).text  # with its class, 1,000
    # what a script holds is no attribute, nor are a style sheet's words: the parser reads
    # no tags in them ("if (a<b)" and 1,500 words after it)
    words = b" ".join(b"word%d" % n for n in range(1_500))
    script = b"<script>if (a<b) { /* " + words + b" */ }</script><style>a<b " + words + b"</style>"
    body = page.index(b"<body") + len(b"<body>")
    assert "COM(2025) 43" in read_document(page[:body] + script + page[body:]).text
