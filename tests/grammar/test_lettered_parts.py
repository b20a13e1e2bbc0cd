"""An article's part written as a capital letter after its number, then its paragraph and
point (Swedish ``artikel 13 B b``, ``artikel 11 A 1 c``: the Sixth VAT Directive's
articles; the record's ``pinpoints.lettered_parts``, ``grammar/pinpoint_numbers``), and a point's
letter right after an article without paragraphs (``artikel 7 f``)."""

from __future__ import annotations

import pytest

import eurefs


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    found = [r for r in eurefs.extract(text) if r.kind in ("legal_act", "short_form")]
    return [(r.text, r.celex, r.pinpoint) for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Kokott in C-428/02 (EUR-Lex 62002CC0428, Swedish); the
        # pinpoint was None
        ("Dessa former av transaktioner skulle kunna vara undantagna från mervärdesskatt enligt"
         " artikel 13 B b i rådets direktiv 77/388/EEG av den 17 maj 1977",
         [("rådets direktiv 77/388/EEG", "31977L0388", "artikel 13 B b")]),
        # the Opinion of AG Jacobs in C-269/00 Seeling (taxlawapp.eu, Swedish)
        ("Enligt artikel 11 A 1 c i direktiv 77/388/EEG är beskattningsunderlaget",
         [("direktiv 77/388/EEG", "31977L0388", "artikel 11 A 1 c")]),
        ("från skatteplikt i enlighet med artikel 13 B b i sjätte mervärdesskattedirektivet,"
         " vilket innebär", [("sjätte mervärdesskattedirektivet", "31977L0388",
                              "artikel 13 B b")]),
        # a Swedish VAT handbook (lawinsider.com): the point after a dot
        ("Bestämmelserna om skattefrihet finns i artikel 13 B.b i sjätte direktivet"
         " 77/388/EEG.", [("direktivet 77/388/EEG", "31977L0388", "artikel 13 B.b")]),
        # the part alone
        ("enligt artikel 13 B i direktiv 77/388/EEG", [("direktiv 77/388/EEG", "31977L0388",
                                                        "artikel 13 B")]),
        # a point's letter right after an article without paragraphs: the Opinion of AG
        # Bobek in C-13/16 Rīgas satiksme (EUR-Lex 62016CC0013, Swedish); was no pinpoint
        ("huruvida artikel 7 f i direktiv 95/46/EG (nedan kallat direktivet) medför en"
         " skyldighet", [("direktiv 95/46/EG", "31995L0046", "artikel 7 f")]),
        ("artikel 7 a och f i direktiv 95/46/EG", [("direktiv 95/46/EG", "31995L0046",
                                                    "artikel 7 a och f")]),
        ("direktiv 95/46/EG (nedan kallat direktivet). Enligt artikel 7 f i direktivet får",
         [("direktiv 95/46/EG", "31995L0046", None),
          ("direktivet", "31995L0046", "artikel 7 f")]),
        # a defined alias (nedan kallat sjätte direktivet) after its definition
        ("rådets sjätte direktiv 77/388/EEG av den 17 maj 1977 om harmonisering av"
         " medlemsstaternas lagstiftning rörande omsättningsskatter (nedan kallat sjätte"
         " direktivet). Enligt artikel 13 B b i sjätte direktivet ska medlemsstaterna undanta",
         [("direktiv 77/388/EEG", "31977L0388", None),
          ("sjätte direktivet", "31977L0388", "artikel 13 B b")]),
    ],
)  # fmt: skip
def test_swedish_lettered_parts(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the link word is no point: ``13 B`` then ``i``
        ("artikel 13 B i direktiv 77/388/EEG", "artikel 13 B"),
        # the Swedish dotted paragraph and point, as before
        ("artikel 6.1 b i förordning (EU) 2016/679", "artikel 6.1 b"),
        ("artikel 5 i direktiv 77/388/EEG", "artikel 5"),
        # ... nor after the article's number alone
        ("artikel 7 i direktiv 95/46/EG", "artikel 7"),
    ],
)
def test_the_other_swedish_numbers_stay(text: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.pinpoint == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # no lettered parts in English: the capital is a sentence's
        "Article 13 B of Directive 77/388/EEC",
        "Article 13 B b of Directive 77/388/EEC",
    ],
)
def test_no_lettered_parts_elsewhere(text: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert act.pinpoint != "Article 13 B b"
