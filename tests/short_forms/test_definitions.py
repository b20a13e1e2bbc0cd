"""Definitions and the uses of their aliases: the grouped search finds what one
alternation finds; every alias of a bracket is defined."""

from __future__ import annotations

import random
import re

import pytest

import eurefs
from eurefs.short_forms.common import Target, alternation, word_start
from eurefs.short_forms.definitions import Definition
from eurefs.short_forms.name_mentions import revision_after
from eurefs.short_forms.popular_names import scan_names
from eurefs.short_forms.use_search import plain_searchers
from eurefs.short_forms.uses import UseScanner

ALIAS_SETS = [
    ["GDPR", "General Data Protection Regulation", "EC Merger Regulation", "Data Act"],
    ["CMO Regulation", "CMO", "Common Market Regulation", "Directive 2"],
    ["Basic Regulation", "Base Regulation", "BR", "Visa Code"],
    # a match of one group inside a match of another
    ["EC Merger Regulation", "Merger Regulation", "Regulation", "Data Act"],
    # matches of one alias can overlap one another
    ["ABA", "BAB", "AB"],
    # more first characters than are searched in groups
    [f"{c}1 Act" for c in "ABCDEFG"],
    # long first words, searched with ``str.find``; one alias inside another
    ["Audiovisual Media Services Directive", "Audiovisual Media Act", "Services Directive"],
    # a long later word shared, searched with ``str.find`` and read back to the start
    ["EC Merger Regulation", "EC Merger Act", "Merger Regulation", "Regulation"],
    # ... over three words, where the text holds it inside longer words
    ["EU NL Merger Act", "Mergers", "Act"],
]
PIECES = [
    " ",
    "  ",
    "\n",
    "\u00a0",
    "-",
    "x",
    "s",
    "(",
    ")",
    ", ",
    "the ",
    "2",
    "Regulation",
    "Data",
]
TARGET = Target("legal_act", "Regulation (EU) 2016/679", "32016R0679", ("32016R0679",), None, 0)


def _one_alternation(text: str, aliases: list[str], pos: int) -> list[tuple[int, int]]:
    """The matches of one alternation from ``pos`` that start a word; one inside a word is
    no use, and the search goes on from its next character (an alias may start a word
    inside it)."""
    pattern = re.compile(rf"{alternation(aliases)}(?![\w-])")
    found = []
    while (m := pattern.search(text, pos)) is not None:
        if word_start(text, m.start()):
            found.append(m.span())
            pos = m.end()
        else:
            pos = m.start() + 1
    return found


def _scanned(text: str, aliases: list[str], pos: int) -> list[tuple[int, int]]:
    scanner = UseScanner(text, "en")
    for alias in aliases:
        scanner.add(Definition(alias, False, 0, pos, TARGET))
    return [(c.start, c.end) for c in scanner.scan(len(text) + 1)]


@pytest.mark.parametrize("aliases", ALIAS_SETS)
def test_grouped_search_finds_what_one_alternation_finds(aliases: list[str]) -> None:
    rng = random.Random(8)
    words = [w for a in aliases for w in a.split()] + aliases
    for _ in range(300):
        text = "".join(rng.choice(words + PIECES) for _ in range(rng.randint(1, 40)))
        # aliases written over a line break are the same alias
        text = text.replace(" ", rng.choice([" ", "\n", " \n "]), 1)
        pos = rng.randint(0, max(0, len(text) - 1))
        assert _scanned(text, aliases, pos) == _one_alternation(text, aliases, pos), text


def _brute_force(text: str, defined: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """At each place, the alternation of the aliases defined (ended) there, matched
    left to right, less those a revision's mark follows: what the scanner's cut and
    merged searches must give."""
    found: list[tuple[int, int]] = []
    at = min(end for _, end in defined)
    while at <= len(text):
        in_force = [alias for alias, end in defined if end <= at]
        m = re.compile(rf"{alternation(in_force)}(?![\w-])").match(text, at)
        if m is None:
            at += 1
            continue
        if not word_start(text, at):
            at += 1  # (an alias may start a word inside this match)
            continue
        if not revision_after(text, m.end(), " ".join(m.group().split())):  # (``CRR III-``)
            found.append(m.span())
        at = m.end()
    return found


@pytest.mark.parametrize("aliases", ALIAS_SETS)
def test_aliases_coming_into_force_mid_text(aliases: list[str]) -> None:
    """Definitions ending all along the text (each search is cut where the next one
    comes into force), blanks of every length between the words of an alias."""
    rng = random.Random(10)
    words = [w for a in aliases for w in a.split()] + aliases
    for _ in range(200):
        text = "".join(rng.choice(words + PIECES) for _ in range(rng.randint(1, 60)))
        text = text.replace(" ", rng.choice([" ", " " * 30, "\n \n"]))
        defined = [(alias, rng.randint(0, len(text))) for alias in aliases]
        scanner = UseScanner(text, "en")
        for alias, end in defined:
            scanner.add(Definition(alias, False, 0, end, TARGET))
        got = [(c.start, c.end) for c in scanner.scan(len(text) + 1)]
        assert got == _brute_force(text, defined), (text, defined)


NAME_ALIAS_SETS = [
    # popular names, some inside others (``Chips Act`` in ``European Chips Act``)
    ["Chips Act", "European Chips Act", "GDPR", "General Data Protection Regulation"],
    ["Solvency II", "Solvency II Directive", "EU Methane Regulation"],
    ["Rome I", "Rome II", "Rome III Regulation", "CRR", "CRR II"],
    # one alias that is no popular name: its group is searched in the text
    ["GDPR", "Gamma Regulation", "Data Act"],
]


@pytest.mark.parametrize("aliases", NAME_ALIAS_SETS)
def test_aliases_that_are_popular_names_are_tried_where_the_name_scan_matched(
    aliases: list[str],
) -> None:
    """Uses read from the popular-name scan's starts are the uses a search finds."""
    rng = random.Random(11)
    words = [w for a in aliases for w in a.split()] + aliases + ["European", "Pay", "EU"]
    used_starts = False
    for _ in range(150):
        text = "".join(rng.choice(words + PIECES) for _ in range(rng.randint(1, 60)))
        text = text.replace(" ", rng.choice([" ", "  ", "\n \n"]), 1)
        defined = [(alias, rng.randint(0, len(text))) for alias in aliases]
        scanners = [UseScanner(text, "en"), UseScanner(text, "en", scan_names(text, "en"))]
        for scanner in scanners:
            for alias, end in defined:
                scanner.add(Definition(alias, False, 0, end, TARGET))
        got = [[(c.start, c.end) for c in s.scan(len(text) + 1)] for s in scanners]
        assert got[1] == got[0] == _brute_force(text, defined), (text, defined)
        used_starts |= any(s.starts is not None for s in scanners[1]._searchers)
        assert all(s.starts is None for s in scanners[0]._searchers)
    assert used_starts


# the development corpus's D02 (CJEU C-590/22, paragraph 1, 'the GDPR') and D05 (the
# Digital Markets Act's footnote (7), 'Unfair Commercial Practices Directive'), as the
# benchmark text joins them, each alias then used
POPULAR_NAME_USES = (
    "1 This request for a preliminary ruling concerns the interpretation of Article 82(1) "
    "of Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April "
    "2016 on the protection of natural persons with regard to the processing of personal "
    "data and on the free movement of such data, and repealing Directive 95/46/EC (General "
    "Data Protection Regulation) (OJ 2016, L 119, p. 1) (‘the GDPR’).\n\n"
    "(7) Directive 2005/29/EC of the European Parliament and of the Council of 11 May 2005 "
    "concerning unfair business-to-consumer commercial practices in the internal market "
    "(‘Unfair Commercial Practices Directive’) (OJ L 149, 11.6.2005, p. 22).\n\n"
    "4 Article 4 of the GDPR, entitled ‘Definitions’, provides: ... the Unfair "
    "Commercial Practices Directive ... Article 82 of the GDPR"
)


def test_the_starts_of_first_characters_are_gathered_once() -> None:
    """Generations merged ask again for the starts of the same first characters: one
    sorted list serves them all (it was sorted anew at each merge)."""
    text = POPULAR_NAME_USES
    scanner = UseScanner(text, "en", scan_names(text, "en"))
    first = scanner._starts_of(["GDPR", "Unfair Commercial Practices Directive"])
    again = scanner._starts_of(
        ["Unfair Commercial Practices Directive", "General Data Protection Regulation"]
    )
    assert first is not None and again is first
    assert first == sorted(first) and {text[i] for i in first} == {"G", "U"}


def test_popular_names_of_several_first_characters_are_one_searcher() -> None:
    """Aliases that are popular names are tried at the name scan's starts: one
    alternation tries the places a group per first character would, so a use asks one
    searcher of the generation (it asked one a group)."""
    text = POPULAR_NAME_USES
    defined = [
        ("GDPR", text.index("’).") + 2),
        ("Unfair Commercial Practices Directive", text.index("’) (OJ L") + 2),
    ]
    scanner = UseScanner(text, "en", scan_names(text, "en"))
    for alias, end in defined:
        scanner.add(Definition(alias, False, 0, end, TARGET))
    spans = [(c.start, c.end) for c in scanner.scan(len(text) + 1)]
    assert [text[s:e] for s, e in spans] == [
        "GDPR", "Unfair Commercial Practices Directive", "GDPR"
    ]  # fmt: skip
    assert spans == _brute_force(text, defined)
    assert len(scanner._searchers) == 1 and scanner._searchers[0].starts is not None


def test_each_searcher_knows_where_its_next_match_starts() -> None:
    """``UseScanner._peek`` compares where the searchers' next matches start, read as
    a number each keeps (a ``start()`` call per searcher and use cost more): searched in
    the text, by ``str.find`` of a long word and at the name scan's starts alike."""
    text = POPULAR_NAME_USES
    names = scan_names(text, "en")
    scanner = UseScanner(text, "en", names)
    searchers = [
        *plain_searchers(["GDPR"], (), lambda _: None),
        *plain_searchers(["Unfair Commercial Practices Directive"], (), lambda _: None),
        *plain_searchers(["GDPR", "Unfair Commercial Practices Directive"], (), scanner._starts_of),
    ]
    assert [(s.starts is None, s.head) for s in searchers] == [
        (True, ""), (True, "Unfair"), (False, "")
    ]  # fmt: skip
    for searcher in searchers:
        pos, found = 0, []
        while (m := searcher.peek(text, pos, len(text))) is not None:
            assert searcher.at == m.start() and searcher.next is m
            found.append(m.group())
            pos = m.end()
        assert searcher.at == -1 and found


def test_a_searcher_at_the_starts_keeps_its_place_between_searches() -> None:
    """A searcher tried at the name scan's starts goes on from the start after its last
    search (a bisection a use cost more): searched from a later place, past one start or
    several, up to a limit near or far, it finds the leftmost match from there."""
    text = POPULAR_NAME_USES * 3
    scanner = UseScanner(text, "en", scan_names(text, "en"))
    aliases = ["GDPR", "Unfair Commercial Practices Directive"]
    (searcher,) = plain_searchers(aliases, (), scanner._starts_of)
    assert searcher.starts is not None and len(searcher.starts) > 6
    pattern = re.compile(rf"{alternation(aliases)}(?![\w-])")
    rng = random.Random(12)
    pos = 0
    for _ in range(300):
        pos = rng.choice([pos, pos + 1, pos + rng.randint(0, 400)])
        limit = rng.choice([len(text), pos + rng.randint(0, 300)])
        want = next(
            (m for s in searcher.starts if pos <= s < limit and (m := pattern.match(text, s))),
            None,
        )
        got = searcher.peek(text, pos, limit)
        assert (got and got.span()) == (want and want.span()), (pos, limit)
        if got is not None and rng.random() < 0.7:
            pos = got.end()  # (as a use moves on)
    for at in [rng.randint(0, len(text)) for _ in range(100)]:  # (searched from anywhere)
        want = next((m for s in searcher.starts if s >= at and (m := pattern.match(text, s))), None)
        got = searcher.search(text, at, at, len(text))
        assert (got and got.span()) == (want and want.span()), at


def test_long_first_words_are_searched_as_written() -> None:
    text = "the Audiovisual Media Act and the Audiovisual Media Services Directive"
    scanner = UseScanner(text, "en")
    for alias in ALIAS_SETS[-3]:
        scanner.add(Definition(alias, False, 0, 0, TARGET))
    assert [(c.start, c.end) for c in scanner.scan(len(text) + 1)] == [(4, 25), (34, 70)]
    assert sorted(s.head for s in scanner._searchers) == ["Audiovisual", "Services"]


def test_later_long_words_are_searched_as_written() -> None:
    """An alias whose first word is short is searched by ``str.find`` of its first long
    word, the words before it read back over the blanks (the uses of a real page:
    reckon.co.uk/open/EC_Merger_Regulation, 2008)."""
    text = (
        'Council Regulation 139/2004 (known as the "EC Merger Regulation" or "ECMR") governs '
        "the control of mergers and other concentrations with an EC dimension.\n\nFull "
        "English text of the EC Merger Regulation, from Eur-lex:\n\nBasis of the EC Merger "
        "Regulation\n\nThere are no provisions for merger control on the face of the EC "
        "Treaty. The EC Merger Regulation is made under Article 83."
    )
    scanner = UseScanner(text, "en")
    scanner.add(Definition("EC Merger Regulation", False, 0, 62, TARGET))
    spans = [(c.start, c.end) for c in scanner.scan(len(text) + 1)]
    assert [text[s:e] for s, e in spans] == ["EC Merger Regulation"] * 3
    assert [(s.head, s.before) for s in scanner._searchers] == [("Merger", ("EC",))]
    found = [(r.start, r.end) for r in eurefs.extract(text) if r.kind == "short_form"]
    assert found == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article before the second alias (the form of 'ci-après le « RGPD »' with a
        # second alias, as Commission texts join them: '(«η οδηγία» ή «ΟΠΕ»)')
        (
            "le règlement (UE) 2016/679 (ci-après le « RGPD » ou le « règlement »). Le RGPD "
            "s'applique, et l'article 5 du règlement aussi.",
            [("RGPD", "32016R0679"), ("règlement", "32016R0679")],
        ),
        (
            "die Verordnung (EU) 2016/679 (im Folgenden „DSGVO“ oder „Verordnung“). Die DSGVO "
            "gilt; Art. 5 der Verordnung auch.",
            [("DSGVO", "32016R0679"), ("Verordnung", "32016R0679")],
        ),
        (
            'Regulation (EU) 2016/679 (hereinafter "GDPR" or "the Regulation"). The GDPR '
            "applies; Article 5 of the Regulation too.",
            [("GDPR", "32016R0679"), ("Regulation", "32016R0679")],
        ),
        (
            'Regulation (EU) 2022/2065 ("the Digital Services Act" or "DSA"). The DSA applies.',
            [("DSA", "32022R2065")],
        ),
    ],
)
def test_each_alias_of_a_bracket_is_defined(text: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (r.text, r.celex)
        for r in eurefs.extract(text)
        if r.kind == "short_form" and r.how == "defined_term"
    ]
    assert found == expected
