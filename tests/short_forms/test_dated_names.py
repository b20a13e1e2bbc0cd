"""Popular names in a text dated before their act (``short_forms/dated_names``).

A name used before its act existed names a plan or a proposal, not the act adopted years
later: the Parliament's resolution of 20 October 2020 'with recommendations to the
Commission on the Digital Services Act' (EUR-Lex 52020IP0272; its German text on
europarl.europa.eu, TA-9-2020-0272_DE) and the Committee of the Regions' opinion 'on the
Digital Services Act and the Digital Markets Act' (EUR-Lex 52020AR5356, OJ C 440,
29.10.2021) gave Regulation (EU) 2022/2065 and 2022/1925.  Texts: pages corpus.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted

DSA, DMA = "32022R2065", "32022R1925"

# EUR-Lex 52020IP0272 (the OJ's text, its first lines)
RESOLUTION = (
    "6.10.2021   \n\nEN\n\nOfficial Journal of the European Union\n\nC 404/2\n\n\n"
    "P9_TA(2020)0272\n\nDigital Services Act: Improving the functioning of the Single Market\n\n"
    "European Parliament resolution of 20 October 2020 with recommendations to the Commission "
    "on the Digital Services Act: Improving the functioning of the Single Market "
    "(2020/2018(INL))\n\n(2021/C 404/01)\n\nThe European Parliament,\n\nhaving regard to Article "
    "225 of the Treaty on the Functioning of the European Union,\n\nhaving regard to Directive "
    "2000/31/EC of the European Parliament and of the Council of 8 June 2000 on certain legal "
    "aspects of information society services, in particular electronic commerce, in the "
    "Internal Market (‘Directive on electronic commerce’) (1),\n"
)
# EUR-Lex 52020AR5356: the names in the opinion's title, before the proposals' titles
OPINION = (
    "Document 52020AR5356\n\nOpinion of the European Committee of the Regions on the Digital "
    "Services Act and the Digital Markets Act\n\nCOR 2020/05356\n\nOJ C 440, 29.10.2021, p. "
    "67–98 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, "
    "FI, SV)\n\n29.10.2021   \n\nEN\n\nOfficial Journal of the European Union\n\nC 440/67\n\n\n"
    "Opinion of the European Committee of the Regions on the Digital Services Act and the "
    "Digital Markets Act\n\n(2021/C 440/13)\n\nRapporteur:\n\nRodi KRATSA (EL/EPP), Governor "
    "of the Ionian islands region\n\nReference documents:\n\nProposal for a Regulation of the "
    "European Parliament and of the Council on a Single Market For Digital Services (Digital "
    "Services Act) and amending Directive 2000/31/EC\n\nCOM(2020) 825 final\n"
)
# europarl.europa.eu, TA-9-2020-0272_DE (the page's head: the debates' and votes' dates)
GERMAN = (
    "Verfahren : 2020/2018(INL)\nWerdegang im Plenum\nEntwicklungsstadium in Bezug auf das "
    "Dokument : A9-0181/2020\n\nEingereichte Texte :\n\nA9-0181/2020\n\nAussprachen :\n\n"
    "PV 19/10/2020 - 15\nPV 19/10/2020 - 18\n\nAbstimmungen :\n\nPV 20/10/2020 - 17\n\n"
    "Angenommene Texte :\n\nP9_TA(2020)0272\n\nDienstag, 20. Oktober 2020 - Brüssel\n"
    "Gesetz über digitale Dienste: Verbesserung der Funktionsweise des Binnenmarkts\n"
    "P9_TA(2020)0272A9-0181/2020\nEntschließung\n Anlage\n\nLegislative Entschließung des "
    "Europäischen Parlaments vom 20. Oktober 2020 mit Empfehlungen an die Kommission zum "
    "Gesetz über digitale Dienste: Verbesserung der Funktionsweise des Binnenmarkts "
    "(2020/2018(INL))\n"
)
# kcgpartners.com (2020): the date in the name's sentence
SENTENCE = (
    "EU legislation needs to catch-up with online developments, and in this framework, on 20 "
    "October 2020 the EP adopted recommendations for what the new Digital Services Act (DSA) "
    "should include:"
)


def _celexes(text: str) -> list[str | None]:
    return extracted(text, "celex", kind="short_form")


@pytest.mark.parametrize("text", [RESOLUTION, OPINION, GERMAN, SENTENCE])
def test_a_name_in_a_text_dated_before_its_act_is_no_mention(text: str) -> None:
    celexes = _celexes(text)
    assert DSA not in celexes
    assert DMA not in celexes
    # the stream gives the same
    assert list(iter_extract(text, chunk_size=80)) == eurefs.extract(text)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
@pytest.mark.parametrize("text", [RESOLUTION, OPINION, GERMAN, SENTENCE])
def test_a_text_dated_before_its_act_with_other_line_ends(text: str, line_end: str) -> None:
    # the same texts saved with Windows' or classic Mac OS's line ends: a carriage return
    # ended no line of the text's head (the opinion's and the German page's dates were on
    # a line of 500 characters, too long for a heading) and no paragraph, and the head's
    # 500 characters counted them
    written = text.replace("\n", line_end)
    celexes = _celexes(written)
    assert DSA not in celexes
    assert DMA not in celexes


@pytest.mark.parametrize(
    "text",
    [
        # eucrim.eu, 13 June 2023
        "First Designations under the DSA\n13 June 2023\nPingen Kopie Dr. Anna Pingen\n\n"
        "Following the entry into force of the Digital Services Act (DSA) (→ eucrim 4/2020, "
        "273–274 and eucrim 4/22, 228-230) in mid-November 2022, the Commission adopted the "
        "first designation under the DSA on 25 April 2023.",
        # k-p.si, 19 May 2023
        "Which online platforms and search engines are considered very large by the European "
        "Commission?\n\n19 May 2023\n\nIn November 2022 we reported on the adoption of the "
        "Digital Services Act , which aims to make digital platform operators accountable",
        # German Wikipedia's article (profilbaru.com): the act's own date after its number
        "Gesetz über digitale Dienste\n\nVerordnung (EU) 2022/2065\n\nTitel: Verordnung (EU) "
        "2022/2065 des Europäischen Parlaments und des Rates vom 19. Oktober 2022 über einen "
        "Binnenmarkt für digitale Dienste und zur Änderung der Richtlinie 2000/31/EG\n"
        "Inkrafttreten: 16. November 2022\n\nDas Gesetz über digitale Dienste (GdD; englisch "
        "Digital Services Act, DSA) ist eine Verordnung der Europäischen Union",
    ],
)
def test_a_name_in_a_text_of_its_acts_time_stays(text: str) -> None:
    assert DSA in _celexes(text)


def test_a_judgments_date_in_an_earlier_sentence_leaves_the_name() -> None:
    text = (
        # futurelearn.com (University of Groningen): a judgment's date in a sentence
        # before the name's
        "Under Article 17 of the GDPR, data subjects have an important right to erasure.\n\n"
        "The Court of Justice of the European Union or the CJEU played an important role in the "
        "formulation of this right. In its judgmentin the Google Spain case from 13 May 2014, "
        "“the right to be forgotten” or the right to be delisted from the search results of a "
        "search engine was addressed. It should be observed, however, that it was done in the "
        "context of the Directive 95/46/EC, which is a legal instrument that preceded the GDPR."
    )
    assert _celexes(text) == ["32016R0679", "32016R0679"]


def test_a_head_date_older_than_a_treaty_the_text_names_is_not_the_texts() -> None:
    # a note headed by the date of the judgment it is on, the way the Court cites it, with a
    # course's sentence on Article 19 TEU (quizgecko.com, Università di Torino, 2024/2025)
    # and a law firm's on the GDPR (mhc.ie, 2023; pages corpus): the TEU was signed in
    # 1992, the note is not of 1963, and its GDPR is the Regulation
    text = (
        "Judgment of 5 February 1963, van Gend en Loos\n\n"
        "Role of the Court of Justice = after all, under Article 19 TEU, the Court of Justice "
        "“assures respect for the law in the interpretation and application of the "
        "Treaties”.\nGiven that the GDPR is five years old, you would think the law relating "
        "to data would be settled.\n"
    )
    assert _celexes(text) == ["32016R0679"]
    assert _celexes(text.replace("Article 19 TEU", "the Treaties")) == []


AI_ACT = "32024R1689"
# Texts of 2023 on the AI Act before it was adopted (Regulation (EU) 2024/1689, adopted 13
# June 2024): the name is the proposal's.  Pages corpus; first lines of each page.
# vinge.se, 'One step closer to an AI Act - what happens next?': no year of its own, the
# proposal dated in a later sentence
VINGE = (
    "One step closer to an AI Act - what happens next?\n\nOn Wednesday 14 June, the European "
    "Parliament voted through its position on the Commission's proposal for a regulation on "
    "artificial intelligence (AI), the so-called AI Act. Today's decision brings the EU one "
    "step closer to harmonised rules for AI in the EU. In this article, we briefly review what "
    "the proposed regulation means and what happens next.\n\nThe Commission's proposal\n\nIn "
    "April 2021, the Commission presented its proposal for a Regulation on harmonised rules "
    "for AI in the EU, the so-called AI Act. The proposed regulation aims to ensure that AI "
    "systems provided and used on the single market are safe and compliant with existing EU "
    "legislation."
)
# bonnschmitt.lu: a date with the month first in the sentence after the title
BONN_SCHMITT = (
    "The European Parliament adopted its version of the Artificial Intelligence Act.\n\nOn "
    "June 14, 2023, the European Parliament adopted its position on the Artificial "
    "Intelligence Act (hereinafter “AI Regulation”). While the risk-based approach remains "
    "the principle, the European Parliament extends the list of AI-prohibited practices and "
    "focuses on generative AI, given its recent and exponential development.\n\nRegulating AI "
    "systems remains a hot topic. The AI Act process started in 2021 with a proposal from the "
    "Commission, and has since been debated in Parliament and Council."
)
# natlawreview.com: its own date under the title, the month first
NATLAW = (
    "European Parliament Adopts Negotiating Mandate on European Union's Artificial "
    "Intelligence Act; Trilogues Begin\nMonday, June 26, 2023\n\nOn 14 June 2023, the European "
    "Parliament (Parliament) plenary voted on its position on the Artificial Intelligence Act "
    "(AI Act), which was adopted by a large majority, with 499 votes in favor, 28 against, and "
    "93 abstentions."
)

# sipoch.com (a topic page): a month and its year before the name in its sentence
SIPOCH = (
    "AI regulatory efforts began to accelerate in April 2021, when the EU proposed an initial "
    "framework of regulations called the AI Act. These rules aim to set obligations for "
    "providers and users, based on the risks associated with different AI technologies."
)


@pytest.mark.parametrize("text", [VINGE, BONN_SCHMITT, NATLAW, SIPOCH])
def test_a_name_of_a_proposal_in_a_text_of_its_time_is_no_mention(text: str) -> None:
    """Each gave Regulation (EU) 2024/1689 for the name in its title (and VINGE and
    BONN_SCHMITT for most of the others): the text names the proposal, dated before the act
    (``In April 2021``, ``On June 14, 2023``, ``Monday, June 26, 2023``), and writes no year
    of the act's or after (a text that does keeps them: ``test_a_name_in_a_text_of_its_acts_
    time_stays``, whose k-p.si text dates the DSA's adoption ``In November 2022``)."""
    assert AI_ACT not in _celexes(text)
    assert list(iter_extract(text, chunk_size=80)) == eurefs.extract(text)


def test_no_text_is_kept_after_its_extraction() -> None:
    """The year reading and the names read before their act were cached by the whole text
    (``_YEARS_READ`` and an ``lru_cache``): after extracting VINGE (whose names read both)
    two more references to it stayed, and up to eight whole texts each, against issue 10's
    memory staying flat on a corpus.  Kept by the extraction for its own time
    (``grammar/whole_text.WholeText.under_way``), the results are those of the first
    reading."""
    import sys

    text = "".join([VINGE, "\n"])  # (a text of its own, not the constant)
    held = sys.getrefcount(text)
    first = eurefs.extract(text)
    assert sys.getrefcount(text) == held
    assert eurefs.extract(text) == first
    assert AI_ACT not in _celexes(text)


def test_a_name_in_a_text_dated_months_before_its_act_is_no_mention() -> None:
    """The README's quick-start PDF: the Parliament's texts adopted of 13 March 2024
    (P9_TA(2024)0138) head the resolution with ``Artificial Intelligence Act``, the name its
    title glosses the proposal COM(2021)0206 with; Regulation (EU) 2024/1689 is of 13 June
    2024 (its own title).  Comparing years gave the Regulation; the text's own date and the
    act's (the data file's ``date``) are compared now.  The note the Parliament added later,
    ``Regulation (EU) 2024/1689``, stays a reference."""
    from pathlib import Path

    pdf = (
        Path(__file__).resolve().parents[1]
        / "data/documents/pdf/en-ep-p9-ta-2024-0138-ai-act-texts-adopted-first-pages.pdf"
    )
    refs = eurefs.extract(eurefs.read_document(pdf))
    assert [r.celex for r in refs if r.kind == "short_form"] == []
    assert "Regulation (EU) 2024/1689" in [r.text for r in refs if r.celex == AI_ACT]


# akingump.com, 'EU AI Act Published in the EU Official Journal' (pages corpus): dated after
# the act, in its year
AKIN_GUMP = (
    "EU AI Act Published in the EU Official Journal\n\nJuly 18, 2024\n\nReading Time : 4 min\n\n"
    "On 12 July 2024, the European Union Artificial Intelligence Act (AI Act or Act) was "
    "published in the Official Journal of the European Union (EU), marking the final step in "
    "the AI Act’s legislative journey."
)


def test_a_name_in_a_text_dated_after_its_act_in_its_year_stays() -> None:
    assert set(_celexes(AKIN_GUMP)) == {AI_ACT}
    # (the same text dated before the act's day names the act to be)
    assert _celexes(AKIN_GUMP.replace("July 18", "May 21")) == []


NZIA = "32024R1735"
# managenergy.ec.europa.eu, news article of 29 February 2024 (pages corpus): the name is that
# of the proposal COM(2023) 161, provisionally agreed on; Regulation (EU) 2024/1735 is of 13
# June 2024 (its own title, EUR-Lex 32024R1735)
MANAGENERGY = (
    "Skip to main content\nNews article29 February 2024European Climate, Infrastructure and "
    "Environment Executive Agency1 min read\n\nNet-Zero Industry Act: Council and Parliament "
    "shake hands\n\nGuillaume Périgois, Unsplash\n\nThe Council and European Parliament have "
    "provisionally agreed on the 'Net-Zero Industry Act' to boost Europe's technology "
    "manufacturing. On the one hand, the agreement encourages innovation."
)


def test_a_name_in_a_text_dated_before_its_act_by_the_acts_own_date_is_no_mention() -> None:
    """The Net-Zero Industry Act's own date (the data file's ``date``, from its title) tells
    a text of 29 February 2024, the act's year, from one after it: the name there glosses
    the proposal (the year alone gave Regulation (EU) 2024/1735)."""
    assert _celexes(MANAGENERGY) == []


# eu-logos.org, 'The European Climate Law: A new binding step towards climate justice' (2 June
# 2021; pages corpus): the provisional agreement of 5 May 2021 was on the proposal;
# Regulation (EU) 2021/1119 is of 30 June 2021 (its own title, EUR-Lex 32021R1119)
EU_LOGOS = (
    "On 5 May 2021, the Council and the European Parliament after fourteen intense hours of "
    "discussions landed a provisional political agreement on what seems to be the final draft "
    "for the first-ever European Climate Law. The latter comes after years of excruciating "
    "peaceful battles of activists"
)


def test_a_name_in_a_sentence_dated_before_its_act_by_the_acts_own_date_is_no_mention() -> None:
    """A sentence's whole date is compared with the act's own (the data file's ``date``):
    compared by the year, ``On 5 May 2021`` gave Regulation (EU) 2021/1119 of 30 June 2021."""
    assert _celexes(EU_LOGOS) == []
    # (a date of the act's year after its own day, or a month and its year alone, keeps it)
    assert _celexes(EU_LOGOS.replace("5 May", "5 July")) == ["32021R1119"]
    assert _celexes(EU_LOGOS.replace("On 5 May", "In May")) == ["32021R1119"]


NZIA_AGREED = (
    # globalccsinstitute.com (pages corpus): its own date, the day an ordinal, under the title
    "Latest News\nThe Council of the EU and the European Parliament Reach a Preliminary "
    "Agreement on the Net-Zero Industry Act, Building Additional Momentum for CCS in the EU\n"
    "13th February 2024\nOn Tuesday 6 February, the Council of the EU and the European "
    "Parliament reached a provisional agreement on the Net-Zero Industry Act (NZIA), a key "
    "legislation expected to drive the deployment of a wide range of net-zero technologies"
)
# brodies.com (pages corpus): the Parliament's vote, a sentence's date
NZIA_VOTED = (
    "On 25th April 2024, the European Parliament formally adopted the Net-Zero Industry Act, "
    "establishing a framework of measures intended to strengthen Europe's net-zero technology "
    "products manufacturing ecosystem."
)


@pytest.mark.parametrize("text", [NZIA_AGREED, NZIA_VOTED])
def test_a_date_whose_day_is_an_ordinal_dates_the_text(text: str) -> None:
    """``13th February 2024`` and ``25th April 2024`` were read as no date: the names gave
    Regulation (EU) 2024/1735 of 13 June 2024, whose proposal they name."""
    assert _celexes(text) == []
    assert list(iter_extract(text, chunk_size=80)) == eurefs.extract(text)


# cc-verband.de, 'EU-Parlament beschließt AI Act' (pages corpus): the dates in figures
CC_VERBAND = (
    "Im Rahmen des sogenannten Trilogs hatten sich EU-Kommission, EU-Mitgliedstaaten und "
    "EU-Parlament nach langwierigen Verhandlungen am 08.12.2023 grundsätzlich über den AI Act "
    "geeinigt. Anfang Februar stimmten auch Vertreter der EU-Staaten dem Vorschlag formell zu. "
    "Am 13.03.2024 beschloss nunmehr das Europäische Parlament mit dem AI Act die erste "
    "staatliche KI-Regulierung weltweit."
)


# rsw.beck.de (pages corpus): the trilogue's agreement of 22 April 2022 on the proposal;
# Regulation (EU) 2022/2065 is of 19 October 2022
BECK = (
    "Am 22.04.2022 haben sich Rat, Europäisches Parlament und Europäische Kommission im "
    'Rahmen des fünften Trilogs über den "Digital Services Act" geeinigt'
)


@pytest.mark.parametrize("text", [CC_VERBAND, BECK])
def test_a_sentence_dated_in_figures_before_its_act_names_the_proposal(text: str) -> None:
    """A year after a dot was not read as a sentence's date (``am 08.12.2023``): the names
    gave Regulation (EU) 2024/1689, of 13 June 2024, whose proposal the trilogue agreed on
    and the Parliament voted on 13 March 2024, and Regulation (EU) 2022/2065 (BECK was
    kept as a text of its act's time: its date is of the act's year, before its day)."""
    assert _celexes(text) == []
    assert list(iter_extract(text, chunk_size=80)) == eurefs.extract(text)


def test_the_date_ending_with_a_year_is_the_one_a_search_from_every_character_finds() -> None:
    """``dated_names._date_ending`` enters the date's pattern only where a date may start
    (a day's figures, a month's name before the year or the day), not at every character
    as ``re``'s search did, for the cost of reading a sentence's date (some 2,000
    instructions a character).  On every year of the development texts (24 languages) and
    of this module's real texts it reads the date the search read, and every form is met:
    a date in figures, in words, the month first, a day as an ordinal or before an
    abbreviated month, a month and its year."""
    from pathlib import Path

    from eurefs.short_forms import dated_names
    from tests.short_forms.test_abbreviated_month_dates import EFF, ZEPHTECH

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted(data.glob("corpus*/docs/*.txt"))]
    texts += [RESOLUTION, OPINION, GERMAN, SENTENCE, VINGE, BONN_SCHMITT, NATLAW, SIPOCH]
    texts += [AKIN_GUMP, MANAGENERGY, EU_LOGOS, NZIA_AGREED, NZIA_VOTED, CC_VERBAND, BECK]
    # (and a month abbreviated before its year alone, in ZEPHTECH made so)
    texts += [ZEPHTECH, EFF, ZEPHTECH.replace("15 Dec 2020", "Dec. 2020")]
    forms: set[str] = set()
    for text in texts:
        for year in dated_names._YEAR.finditer(text):
            for lo in (max(0, year.start() - 40), max(0, year.start() - 12)):
                searched = dated_names._DATE_ENDING.search(text, lo, year.end())
                read = dated_names._date_ending(text, lo, year)
                assert (read and (read.span(), read.groupdict())) == (
                    searched and (searched.span(), searched.groupdict())
                ), text[lo : year.end()]
                if searched is not None:
                    named = [k for k, v in searched.groupdict().items() if v is not None]
                    forms.add(named[0] if named else "month and year")
    assert forms == {"td", "tdw", "tmus", "odw", "adw", "month and year"}
