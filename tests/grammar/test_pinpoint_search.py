"""The cheap tests before the pinpoint patterns (``eurefs.grammar.pinpoint_search``,
``eurefs.grammar.pinpoint_edges``, ``eurefs.grammar.act_pinpoints``) give what the
patterns alone give: the test of the text before a lead (``lead_tail``), the bound
search (``searcher``) and the end of ``ends_as_pinpoint`` that stops at a word no
pinpoint ends in, each compared with its plain form on random texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from eurefs.grammar import act_pinpoints, pinpoint_edges, pinpoint_search
from eurefs.languages import BY_CODE
from eurefs.short_forms import pinpoints
from tests.support.hypothesis_profiles import examples


def _plain_search(
    p: act_pinpoints.Pinpoints, text: str, lo: int, hi: int
) -> tuple[int, int] | None:
    """The search as it was written before the cheap tests: every lead searched."""
    pos = lo
    while (m := p.body.search(text, pos, hi)) is not None:
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "._"):
            pos = s + 1
            continue
        if p.leads is not None and text.endswith(p.lead_links, lo, s):
            lead = p.leads.search(text, lo, s)
            if lead is not None and not (lead.start() and text[lead.start() - 1].isalnum()):
                s = lead.start()
        return s, m.end("pin")
    return None


def _plain_ends_as_pinpoint(text: str, end: int) -> bool:
    i = end - 1
    while i >= 0 and text[i] in " ,[\\\n\t\u00a0":
        i -= 1
    if i < 0:
        return False
    last = text[i]
    if last.isdigit() or last == ")":
        return True
    if last == "°":  # a degree sign typed for the ordinal sign, after a number (``6.°``)
        return re.search(r"[0-9]\.?°$", text[: i + 1]) is not None
    if last in '“”"':  # a letter in quotation marks (Bulgarian ``б. „е“``, cpdp.bg)
        return re.search(r"[„“\"][^\W\d_][“”\"]$", text[: i + 1]) is not None
    if last in "\u0384\u0374\u02b9\u2019'":  # a Greek letter numeral's keraia (``στ΄``)
        # (not after a letter, nor in quotation marks: ``'στ'``, ``'α΄``)
        return re.search(r"(?<![^\W\d_])(?<!')[α-ω]{1,2}.$", text[: i + 1]) is not None
    # German ``f.``, ``ff.`` after a number (``Art. 13 f.``, ``Art. 44 ff.``), ``ff`` too
    if re.search(r"[0-9] (?:ff?\.|ff)$", text[: i + 1]) is not None:
        return True
    if not last.isalpha():
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j : i + 1]
    return len(word) == 1 or (
        word.rstrip("abcdefgh")[:1] in frozenset("IVXLC") and not word.strip("IVXLCabcdefgh")
    )


def _patterns(lang: str) -> list[act_pinpoints.Pinpoints]:
    record = BY_CODE[lang]
    found = [
        act_pinpoints.pinpoints(record, act_pinpoints._links(record)[1]),
        pinpoints.pinpoint_pattern(lang),
        pinpoints._unlinked_pattern(lang),
    ]
    return [p for p in found if p is not None]


# the languages whose pinpoints have subdivisions written first (``point (a) of``)
_LEAD_LANGUAGES = [code for code, lg in BY_CODE.items() if lg.pinpoints.leads]

_PIECES = {
    "en": ["point", "points", "(a)", "(1)", "a)", "3", "the", "The", "first", "second",
           "subparagraph", "sentence", "paragraph", "of", "of the", "basis", "Article",
           "Articles", "Annex", "II", "6(1)", "and", "or", "to", ",", "in"],
    "pt": ["alínea", "alíneas", "a)", "n.º", "n.o", "n. o", "1", "do", "da", "dos", "no",
           "artigo", "artigos", "6.º", "6.o", "primeiro", "parágrafo", "e", "ou", ",", "a"],
    "es": ["apartado", "apartados", "letra", "a)", "1", "del", "de la", "el", "artículo",
           "artículos", "6º", "6°", "6", "primero", "párrafo", "y", "o", ",", "a", "20° C"],
    # (an annex's point numbered by its section, never a date's)
    "de": ["Nr.", "1", "1.3", "1.7.2.1", "1.3.2004", "des", "der", "Anhangs", "Anhang", "IX",
           "Art.", "Artikel", "5", "Abs.", "und", "oder", ",", "a", "Buchst."],
    # (no link word: the lead is declined)
    "sl": ["točka", "točke", "točko", "(a)", "(f)", "a)", "1", "40", "člena", "členom",
           "6(1)", "6", "drugega", "pododstavka", "prvi", "odstavek", "in", "ali", ",", "v"],
    # (the article after an elided link, no blank: ``de l'article``)
    "fr": ["paragraphe", "paragraphes", "1", "2", "de l'", "de l’", "du", "des", "de la",
           "article", "articles", "6", "55", "et", "ou", "au", "e", ",", "point", "l'"],
    "sv": ["punkt", "punkterna", "18", "2", "(a)", "i", "bilaga", "I", "artikel", "6.1",
           "6", "första", "stycket", "till", "och", "eller", ",", "a", "skäl"],
    # (the elided link glued to the article: ``d’Airteagal``)
    "ga": ["Pointí", "pointe", "(a)", "(f)", "go", "den", "an", "chéad", "dara", "fhomhír",
           "fomhír", "d’", "d'", "Airteagal", "6(1)", "14(a)", "de", "agus", ","],
}  # fmt: skip
_BLANKS = st.sampled_from([" ", " ", " ", "\n", "\u00a0", "  ", ""])


# whole leads and pinpoints, so that the random texts hold some
_PHRASES = {
    "en": ["point (a) of ", "the first subparagraph of ", "points (a) and (b), of ",
           "the second sentence of ", "Article 5 of the ", "Article 6(1) of "],
    "pt": ["alínea a) do ", "n.º 1 do ", "o primeiro parágrafo do ", "artigo 6.º do ",
           "artigos 5.º e 6.º da "],
    "es": ["letra a) del ", "apartado 1 del ", "el párrafo primero del ", "artículo 6 del ",
           "artículos 5 y 6 de la ", "artículo 6º del "],
    "sl": ["točke (f) ", "točko (a) ", "drugega pododstavka ", "člena 6(1) ", "členom 6 ",
           "točke (e) ali (f) "],
    "sv": ["punkt 18 i ", "punkterna 2 och 3 i ", "första stycket i ", "artikel 6 i ",
           "bilaga I till ", "punkt (a) i "],
    "de": ["Nr. 1.3 des ", "Nr. 1 des ", "Anhangs IX der ", "Art. 5 der ",
           "Nr. 1.7.2.1 des Anhangs VI der "],
    "fr": ["paragraphe 1 de l'", "paragraphes 1 des ", "paragraphe 2 du ", "article 6 du ",
           "articles 55 et 56 du "],
    "ga": ["Pointí (a) go (f) den chéad fhomhír d’", "an chéad fhomhír d’", "pointe (a) de ",
           "Airteagal 6(1) de ", "an dara fomhír d'", "Airteagal 14(a) de "],
}  # fmt: skip


@st.composite
def _texts(draw: st.DrawFn, lang: str) -> str:
    words = st.sampled_from(_PIECES[lang]) | st.sampled_from(_PHRASES[lang])
    return "".join(w + draw(_BLANKS) for w in draw(st.lists(words, min_size=1, max_size=16)))


@pytest.mark.parametrize("lang", _LEAD_LANGUAGES)
@settings(max_examples=examples(400))
@given(data=st.data())
def test_the_search_with_the_test_before_leads_finds_what_the_plain_search_finds(
    lang: str, data: st.DataObject
) -> None:
    text = data.draw(_texts(lang))
    lo = data.draw(st.integers(0, len(text)))
    for p in _patterns(lang):
        assert p.leads is not None and p.lead_tail is not None
        for hi in range(lo, len(text) + 1):
            expected = _plain_search(p, text, lo, hi)
            assert pinpoint_search.search(p, text, lo, hi) == expected, (text, lo, hi)
            assert pinpoint_search.searcher(p)(text, lo, hi) == expected


@pytest.mark.parametrize("lang", _LEAD_LANGUAGES)
def test_the_test_before_leads_lets_every_lead_through(lang: str) -> None:
    # the subdivisions written first that the leads pattern takes, with their links
    texts = {
        "en": ["point (a) of ", "points (a) and (b) of ", "the first subparagraph of ",
               "point 3, the second sentence of the ", "point (c), of\n"],
        "pt": ["alínea a) do ", "n.º 1 do ", "alínea a) do n.º 1 do ", "n.o 3, alínea g), do "],
        "es": ["letra a) del ", "apartado 1 del ", "letra a) del apartado 1 del ",
               "apartados 1 y 2 del ", "párrafo primero del ",
               # the ordinal sign as the view has it, or typed as a degree sign
               "apartado 1o del ", "apartado 6° del ", "letra a) del apartado 1o del "],
        "sl": ["točke (f) ", "točko (a) ", "točke (e) ali (f) ", "drugega pododstavka ",
               "točka (a) prvega pododstavka ", "točki 5\n"],
        "sv": ["punkt 18 i ", "punkterna 2 och 3 i ", "första stycket i ", "punkt (a) i\n"],
        "de": ["Nr. 1.3 des ", "Nr. 1 des ", "Nr. 1.7.2.1 des ", "Nr. 2 der ", "Nr. 1.3 des\n"],
        "fr": ["paragraphe 1 de l'", "paragraphes 1 des ", "paragraphe 2 de la ",
               "paragraphe 1 de l’", "paragraphes 1 et 2 du "],
        # (the elided link glued to the article that follows)
        "ga": ["Pointí (a) go (f) den chéad fhomhír d’", "an chéad fhomhír d’",
               "pointe (a) de ", "an dara fomhír d'"],
    }[lang]  # fmt: skip
    for p in _patterns(lang):
        assert p.leads is not None and p.lead_tail is not None
        for text in texts:
            if p.leads.search(text) is not None:
                assert p.lead_tail.match(text[::-1]) is not None, text
    assert any(p.leads is not None and p.leads.search(t) for p in _patterns(lang) for t in texts)


@settings(max_examples=examples(1000))
@given(
    st.lists(
        st.sampled_from(["a", "b", "h", "s", "II", "IIIa", "Ib", "basis", "meaning", "x", "7",
                         ")", "(", "[", "\\", ",", " ", "\n", "\u00a0", ".", "é", "IVX", "Cd",
                         "°", "º", "„", "“", "”", "\"", "е", "α", "στ", "ω", "Σ", "΄", "ʹ",
                         "’", "l", "\u0374", "'", "f", "ff", " f.", "ff."]),
        max_size=8,
    ),
)  # fmt: skip
@example(["'", "α", "΄"])  # a letter after an opening quotation mark is quoted, no numeral
def test_ends_as_pinpoint_stops_early_only_where_the_word_cannot_end_one(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    for end in range(len(text) + 1):
        assert pinpoint_edges.ends_as_pinpoint(text, end) == _plain_ends_as_pinpoint(text, end)


def _plain_ends_in_word(text: str, end: int, endings: tuple[str, ...]) -> bool:
    i = end
    while i > 0 and text[i - 1] in " ,\n\t\u00a0":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    return j < i and text[j:i] in endings


@settings(max_examples=examples(1000))
@given(
    st.lists(
        st.sampled_from(["second", "periodo", "first-", "-", "sub", "x", "7", ",", " ", "\n",
                         "\u00a0", "é", "terzo"]),
        max_size=8,
    ),
)  # fmt: skip
def test_ends_in_word_walks_back_only_where_an_ending_is(pieces: list[str]) -> None:
    text = "".join(pieces)
    endings = ("second", "periodo", "terzo", "first-second", "é")
    for end in range(len(text) + 1):
        assert pinpoint_edges.ends_in_word(text, end, endings) == _plain_ends_in_word(
            text, end, endings
        )


@pytest.mark.parametrize(
    ("before", "short_form", "expected"),
    [
        ("Vidjeti članak 7. ", "te direktive", True),  # the ordinal dot, lower case after
        ("Vidjeti članak 7.  ", "te direktive", True),
        ("Vidjeti članak 7. ", "Ta direktiva", False),  # a capital: the dot ends a sentence
        ("Vidjeti članak 7 ", "te direktive", False),  # no dot (ends_as_pinpoint's case)
        ("Vidjeti članak a. ", "te direktive", False),
        (". ", "te direktive", False),
    ],
)
def test_ends_as_ordinal(before: str, short_form: str, expected: bool) -> None:
    assert pinpoint_edges.ends_as_ordinal(before + short_form, len(before)) is expected


def _back_reference_patterns(lang: str) -> list[act_pinpoints.Pinpoints]:
    found = [pinpoints.pinpoint_pattern(lang), pinpoints._unlinked_pattern(lang)]
    found.append(pinpoints._annex_pattern(lang))
    return [p for p in found if p is not None]


@pytest.mark.parametrize("lang", [code for code in BY_CODE if pinpoints.pinpoint_pattern(code)])
def test_every_pinpoint_body_starts_with_its_head_words(lang: str) -> None:
    # what memo_searcher relies on: the body is tried only where its head words are
    head = act_pinpoints.spaced(act_pinpoints.head_source(BY_CODE[lang]) or "")
    for p in _back_reference_patterns(lang):
        assert p.body.pattern.startswith("(?P<pin>" + head) or (
            p.body.pattern.startswith("(?P<pin>(?:" + head)  # the annex pattern's parts
        ), lang


@pytest.mark.parametrize("lang", [code for code in BY_CODE if pinpoints.pinpoint_pattern(code)])
def test_the_back_reference_patterns_hash_by_identity(lang: str) -> None:
    # a ``Pinpoints`` is a key of ``searcher``'s cache, asked once a text by every short-form
    # pass (``pinpoints.pinpoint_finder``): a compiled pattern in it hashes its whole code at
    # each lookup (the English annex body, compiled: ~0.4 ms, a third of the pass over a 3 kB
    # text); the lazy ones hash by identity
    for p in _back_reference_patterns(lang):
        compiled = [x for x in p if isinstance(x, re.Pattern)]
        assert not compiled, (lang, [x.pattern[:40] for x in compiled])


@pytest.mark.parametrize("lang", ["en", "pt", "it"])
@settings(max_examples=examples(100))
@given(data=st.data())
def test_the_memo_searcher_finds_what_the_plain_search_finds(
    lang: str, data: st.DataObject
) -> None:
    # one memo over many windows of several texts, as a text's short forms use it
    head, _ = pinpoints._pinpoint_head(lang)
    lead_lang = lang if lang in _PIECES else "en"
    for p in _back_reference_patterns(lang):
        memo = pinpoint_search.memo_searcher(p, head)
        for _ in range(3):
            text = data.draw(_texts(lead_lang))
            for lo in range(0, len(text) + 1, 7):
                for hi in range(lo, len(text) + 1):
                    assert memo(text, lo, hi) == _plain_search(p, text, lo, hi), (text, lo, hi)


class _CountedBody:
    """A body pattern that counts its matches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.inner, self.pattern, self.groupindex = pattern, pattern.pattern, pattern.groupindex
        self.matches = 0

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.matches += 1
        return self.inner.match(text, pos, endpos)


def test_the_memo_searcher_reads_a_repeated_pinpoint_once() -> None:
    p = pinpoints.pinpoint_pattern("en")
    assert p is not None
    body = _CountedBody(p.body)
    memo = pinpoint_search.memo_searcher(p._replace(body=body), pinpoints._pinpoint_head("en")[0])
    text = "see Article 82(1) of the GDPR and the rights under Article 82(1) of the GDPR"
    first, second = text.index("GDPR"), text.rindex("GDPR")
    assert memo(text, 0, first) == (4, 17) == _plain_search(p, text, 0, first)
    assert body.matches == 1
    lo = second - 60
    assert memo(text, lo, second) == (second - 21, second - 8) == _plain_search(p, text, lo, second)
    assert body.matches == 1  # the same pinpoint, read from the memo
    assert memo(text, 0, second - 9) is None is _plain_search(p, text, 0, second - 9)
    assert body.matches == 3  # (both articles tried)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # an inserted article's Latin word after its number ends a pinpoint
        ("l'article 15 bis ", True),
        ("art. 2 ter, ", True),
        ("l'article 28 quater ", True),
        # the word alone, glued or after a word is none
        ("le bis ", False),
        ("article 15bis ", False),
        ("le Conseil des ministres ", False),
    ],
)
def test_ends_as_pinpoint_after_an_inserted_article_s_word(before: str, expected: bool) -> None:
    assert pinpoint_edges.ends_as_pinpoint(before, len(before)) is expected
