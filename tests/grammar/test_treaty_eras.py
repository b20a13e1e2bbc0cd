"""The Treaty on European Union a text dated before Lisbon cites (``grammar/treaty_eras``).

Council Framework Decision 2002/584/JHA on the European arrest warrant (OJ L 190,
18.7.2002; its head as scribd.com copies the OJ page, its citation as EUR-Lex gives it;
pages corpus) is adopted under Articles 31 and 34(2)(b) of the EU Treaty as numbered from
Amsterdam: they were read as the Lisbon TEU's ('Articles 31(a) and (b) and 34(2)(b) TEU',
treaty TEU), whose Article 34 is no more.
"""

from __future__ import annotations

import eurefs
from eurefs.chunked import iter_extract

FRAMEWORK_DECISION = (
    "18.7.\n\n2002\n\nOfficial Journal of the European Communities\n\nEN\n\nL 190/1\n\n"
    "(Acts adopted pursuant to Title VI of the Treaty on European Union)\n\n"
    "COUNCIL FRAMEWORK DECISION\nof 13 June 2002\non the European arrest warrant and the "
    "surrender procedures between Member States\n(2002/584/JHA)\n\n"
    "THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty on European Union, and "
    "in particular Article 31(a) and (b) and Article 34(2)(b) thereof,\n"
)


def _treaties(text: str) -> list[tuple[str, str]]:
    return [
        (r.normalized, r.treaty)  # type: ignore[attr-defined]
        for r in eurefs.extract(text)
        if r.kind == "treaty_article"
    ]


def test_a_text_of_2002_cites_the_eu_treaty_as_numbered_from_amsterdam() -> None:
    assert _treaties(FRAMEWORK_DECISION) == [("Articles 31(a) and (b) and 34(2)(b) EU", "EU")]
    assert list(iter_extract(FRAMEWORK_DECISION, chunk_size=60)) == eurefs.extract(
        FRAMEWORK_DECISION
    )


def test_a_text_without_a_date_of_its_own_keeps_the_teu() -> None:
    # a note on La Quadrature du Net (C-511/18) quoting its paragraph 135 (asktheeu.org;
    # pages corpus): no date of its own
    judgment = (
        "NATIONAL SECURITY AND DATA RETENTION\nFrom the ruling in La Quadrature du Net "
        "C-511/18 we know now that there is a\ndefinition of national security in Union law, "
        "which is already an astonishing\nachievement.\nIn point 135 the Court defines "
        "national security. The Grand Chamber says:\n“...Article 4(2) TEU provides that "
        "national security remains the sole responsibility\nof each Member State."
    )
    assert _treaties(judgment) == [("Article 4(2) TEU", "TEU")]
    undated = FRAMEWORK_DECISION.split("THE COUNCIL", 1)[1]
    assert _treaties(undated) == [("Articles 31(a) and (b) and 34(2)(b) TEU", "TEU")]


# The head of the Explanations relating to the Charter of Fundamental Rights (OJ C 303,
# 14.12.2007) as jitely.info copies the OJ page (pages corpus), and a citation of the TEU
# of the kind they make: the Explanations were updated for the Treaty of Lisbon, signed the
# day before, and number the TEU's articles as it does.
EXPLANATIONS_HEAD = (
    "14.12.2007   \n\nDE\n\nOfficial Journal of the European Union\n\nC 303/17\n\n\n"
    "EXPLANATIONS (1) ON THE CHARTER OF FUNDAMENTAL RIGHTS\n\n(2007 / C 303/02)\n\n"
)


def test_a_text_of_2007_may_cite_the_lisbon_numbers_and_keeps_the_teu() -> None:
    text = EXPLANATIONS_HEAD + "in accordance with Article 6(1) of the Treaty on European Union."
    assert _treaties(text) == [("Article 6(1) TEU", "TEU")]


def test_a_head_date_older_than_what_the_text_cites_is_not_the_texts() -> None:
    # the 2002 head with a citation numbered after it: the head is another document's
    later = FRAMEWORK_DECISION + "as amended by Framework Decision 2009/299/JHA.\n"
    assert _treaties(later) == [("Articles 31(a) and (b) and 34(2)(b) TEU", "TEU")]


def test_maastrichts_lettered_articles_are_the_eu_treaty_whatever_the_date() -> None:
    # EUR-Lex's title of Joint Action 98/428/JHA (31998F0428), as the JRC-Acquis corpus
    # lists it (a public repository's fixture; find_string): Maastricht's Article K.3 has
    # no Lisbon TEU article of that name.  The text dated 1998 and without a date alike.
    title = (
        "98/428/JHA: Joint Action of 29 June 1998 adopted by the Council on the basis of "
        "Article K.3 of the Treaty on European Union on the creation of a European Judicial "
        "Network"
    )
    assert _treaties(title) == [("Article K.3 TEU", "EU")]
    assert _treaties(title.split("Council ", 1)[1]) == [("Article K.3 TEU", "EU")]
    # Joint Action 98/699/JHA as consolidated on 5.7.2001 (tests/data/corpus-fr-de F03):
    # the normal form keeps the abbreviation of its time
    german = (
        "GEMEINSAME MAßNAHME\nvom 3. Dezember 1998\n— vom Rat aufgrund von Artikel K.3 des "
        "Vertrags über die Europäische Union angenommen — betreffend Geldwäsche"
    )
    assert _treaties(german) == [("Artikel K.3 EUV", "EU")]
    # a numbered one beside it is read as before (the title's date follows the act's
    # number: it is the act's, not the text's; no date, the TEU)
    assert _treaties(title + ". Article 6 TEU.") == [
        ("Article K.3 TEU", "EU"),
        ("Article 6 TEU", "TEU"),
    ]


# A note headed by the date of the judgment it is on, the way the Court cites it
# ('judgment of 5 February 1963, van Gend & Loos'), then a course's sentence on the
# Court (quizgecko.com, Università di Torino, 2024/2025; pages corpus)
VAN_GEND_NOTE = (
    "Judgment of 5 February 1963, van Gend en Loos\n\n"
    "Role of the Court of Justice = after all, under Article 19 TEU, the Court of Justice "
    "“assures respect for the law in the interpretation and application of the Treaties”.\n"
)


def test_a_head_date_older_than_a_treaty_the_text_names_is_not_the_texts() -> None:
    # the Treaty on European Union was signed in 1992: a text naming it is not of 1963
    assert _treaties(VAN_GEND_NOTE) == [("Article 19 TEU", "TEU")]
    named = VAN_GEND_NOTE.replace("19 TEU", "19 of the Treaty on European Union")
    assert _treaties(named) == [("Article 19 TEU", "TEU")]
    # a text of 2002 names the TEU (of 1992): its date stands
    assert _treaties(FRAMEWORK_DECISION) == [("Articles 31(a) and (b) and 34(2)(b) EU", "EU")]


# A blog of January 2008 (grahnlaw.blogspot.com/2008/01/eu-treaty-of-lisbon-operational-
# cfsp.html; pages corpus) sets the existing Article 14 of the EU Treaty beside the Treaty
# of Lisbon's decisions, naming the version it quotes by the Official Journal that published
# it; the text gives no date of its own.
LISBON_BLOG = (
    "Well-meaning declarations are not enough, if the European Union wants to make this "
    "world a safer place. Concrete, operational action is needed. These decisions are "
    "presently known as joint actions. If the Lisbon Treaty enters into force, these "
    "decisions will be known as decisions.\n***\nThe existing Article 14 Treaty on European "
    "Union (TEU; latest consolidated version OJ 29.12.2006 C 321 E) says:\n“Article 14\n1. "
    "The Council shall adopt joint actions."
)


def test_the_journal_of_the_version_cited_decides_the_treaty() -> None:
    """The OJ issue's date (29.12.2006) was read as the text's own, which gave the right
    treaty for a wrong reason: with the date read as the issue's, the article became the
    Lisbon TEU's; the version the bracket names decides."""
    assert _treaties(LISBON_BLOG) == [("Article 14 EU", "EU")]
    assert list(iter_extract(LISBON_BLOG, chunk_size=120)) == eurefs.extract(LISBON_BLOG)


def test_a_journal_issue_date_is_not_the_texts_own() -> None:
    from eurefs.grammar.text_dates import HEAD, head_date

    assert head_date(LISBON_BLOG[:HEAD]) is None
    # the same bracket citing the Lisbon TEU's consolidated version (2008/C 115/01, OJ C 115,
    # 9.5.2008, as the OJ's contents give it; pages corpus) keeps the TEU
    lisbon = LISBON_BLOG.replace("29.12.2006 C 321 E", "9.5.2008 C 115")
    assert _treaties(lisbon) == [("Article 14 TEU", "TEU")]
