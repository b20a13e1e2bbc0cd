"""Hypothesis strategies that write EU references the way texts do, in EN/FR/DE.

Used by the normal-form and parse/extract agreement property tests: each draw is a
short text (a few words of context, then one citation or a list of acts).
"""

from __future__ import annotations

from hypothesis import strategies as st

YEAR4 = st.integers(1993, 2024).map(str)
YEAR2 = st.integers(58, 98).map(lambda y: f"{y:02d}")
NUMBER = st.integers(1, 2999).map(str)

_ACT = {
    "en": (
        ["Regulation", "Regulations", "Directive", "Directives", "Decision", "Council Directive",
         "Commission Implementing Regulation", "Council Framework Decision", "Reg."],
        ["", "(EU) ", "(EC) No ", "(EEC) No ", "(EU, Euratom) "],
        ["", "/EC", "/EEC", "/EU", "/JHA", "/CFSP"],
        ["", "the ", "of ", "see ", "under "],
        [" and ", ", ", " or "],
    ),
    "fr": (
        ["règlement", "règlements", "directive", "directives", "décision", "Directive",
         "règlement délégué", "décision-cadre"],
        ["", "(UE) ", "(CE) no ", "(CEE) n° "],
        ["", "/CE", "/CEE", "/UE", "/JAI"],
        ["", "la ", "les ", "le ", "du ", "de la ", "ladite "],
        [" et ", ", ", " ou "],
    ),
    "de": (
        ["Verordnung", "Richtlinie", "Richtlinien", "Beschluss", "Durchführungsverordnung",
         "Delegierte Verordnung", "Rahmenbeschluss"],
        ["", "(EU) ", "(EG) Nr. ", "(EWG) Nr. "],
        ["", "/EG", "/EWG", "/EU", "/JI"],
        ["", "die ", "der ", "nach ", "gemäß "],
        [" und ", ", ", " oder "],
    ),
}  # fmt: skip


@st.composite
def act_number(draw: st.DrawFn, lang: str, first: bool) -> str:
    _, domains, suffixes, _, _ = _ACT[lang]
    domain = draw(st.sampled_from(domains)) if first or draw(st.booleans()) else ""
    if "No" in domain or "Nr" in domain or "n" in domain.split(")")[-1]:
        return f"{domain}{draw(NUMBER)}/{draw(st.one_of(YEAR2, YEAR4))}"
    suffix = draw(st.sampled_from(suffixes))
    year = draw(st.one_of(YEAR4, YEAR2)) if suffix else draw(YEAR4)
    return f"{domain}{year}/{draw(NUMBER)}{suffix}"


@st.composite
def legal_act_text(draw: st.DrawFn) -> str:
    """``les directives (UE) 2016/680 et 2016/681``, ``the Regulation (EC) No 1/2003`` ..."""
    lang = draw(st.sampled_from(sorted(_ACT)))
    types, _, _, before, joins = _ACT[lang]
    text = draw(st.sampled_from(before)) + draw(st.sampled_from(types)) + " "
    text += draw(act_number(lang, True))
    for _ in range(draw(st.integers(0, 2))):
        text += draw(st.sampled_from(joins)) + draw(act_number(lang, False))
    return text


OTHER_FORMS = st.sampled_from(
    [
        "COM(2021) 752 final", "com(2021) 752 final", "COM (2020) 0221", "KOM(2020) 221 endg.",
        "JOIN(2021) 32 final", "SWD(2020) 207 final", "COM(97) 558 final", "C(2021) 1234 final",
        "OJ L 119, 4.5.2016, p. 1", "JO L 302 du 17.11.2009, p. 32",
        "ABl. L 344 vom 15.12.1997, S. 7",
        "OJ 2016 L 119, p. 1", "OJ L, 2024/1689, 12.7.2024", "OJ L 119/1", "32016R0679",
        "62001CJ0408", "52024XC01645", "http://data.europa.eu/eli/reg/2016/679/oj",
        "ECLI:EU:C:2014:317", "EU:C:2014:317", "C-131/12", "T-604/18 P", "Case 26/62",
        "2021/0401(COD)", "2018/0172/COD", "Article 267 TFEU", "article 267 TFUE",
        "Artikel 267 AEUV", "Commission Recommendation of 6 May 2003",
        "Rahmenbeschluss des Rates vom 13. Juni 2002", "EEA Joint Committee Decision No 123/2019",
    ]
)  # fmt: skip

#: One citation with a little context in front.
citation_text = st.one_of(legal_act_text(), OTHER_FORMS)


@st.composite
def registry_act_text(draw: st.DrawFn) -> str:
    """A numbered act written with the words of any loaded language record."""
    from eurefs.languages import LANGUAGES

    lg = draw(st.sampled_from(LANGUAGES))
    act = draw(st.sampled_from(sorted(t for t in lg.act_types if t != "guideline")))
    word = draw(st.sampled_from(lg.act_types[act]))
    sub = ""
    if lg.subtypes_before and draw(st.booleans()):
        word = f"{draw(st.sampled_from(sorted(lg.subtypes_before)))} {word}"
    elif lg.subtypes_after and draw(st.booleans()):
        sub = " " + draw(st.sampled_from(sorted(lg.subtypes_after)))
    domain = draw(st.sampled_from(["", *sorted(lg.domains)]))
    marker = draw(st.sampled_from(["", *lg.number_markers])) if domain else ""
    number = f"{draw(NUMBER)}/{draw(YEAR4)}" if marker else f"{draw(YEAR4)}/{draw(NUMBER)}"
    parts = [word + sub, f"({domain})" if domain else "", marker, number]
    text = " ".join(p for p in parts if p)
    if lg.list_conjunctions and draw(st.booleans()):
        text += f" {draw(st.sampled_from(lg.list_conjunctions))} {draw(YEAR4)}/{draw(NUMBER)}"
    before = draw(st.sampled_from(["", *lg.hint_words[:4]]))
    return f"{before} {text}".strip()


@st.composite
def registry_other_text(draw: st.DrawFn) -> str:
    """An OJ citation, treaty article or case number written with one language's words."""
    from eurefs.languages import LANGUAGES

    lg = draw(st.sampled_from(LANGUAGES))
    forms = []
    if lg.oj.journals and lg.oj.pages:
        prep = draw(st.sampled_from([", ", *(f" {w} " for w in lg.date_words)]))
        forms.append(
            f"{draw(st.sampled_from(lg.oj.journals))} {draw(st.sampled_from('LC'))} "
            f"{draw(st.integers(1, 399))}{prep}{draw(st.integers(1, 28))}."
            f"{draw(st.integers(1, 12))}.{draw(YEAR4)}, {draw(st.sampled_from(lg.oj.pages))} "
            f"{draw(st.integers(1, 999))}"
        )
    if lg.article_words and lg.treaties:
        treaty = draw(st.sampled_from(sorted(lg.treaties)))
        abbr = draw(st.sampled_from(lg.treaties[treaty].abbreviations))
        word = draw(st.sampled_from(sorted(lg.article_words)))
        forms.append(f"{word} {draw(st.integers(1, 358))} {abbr}")
    if lg.cases.words:
        forms.append(
            f"{draw(st.sampled_from(lg.cases.words))} {draw(st.integers(1, 99))}/{draw(YEAR2)}"
        )
        forms.append(f"{draw(st.sampled_from(lg.cases.words))} C-{draw(st.integers(1, 999))}/12")
    before = draw(st.sampled_from(["", *lg.hint_words[:4]]))
    return f"{before} {draw(st.sampled_from(forms))}".strip()
