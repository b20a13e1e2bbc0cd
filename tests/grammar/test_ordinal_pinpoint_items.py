"""What follows an ordinal subdivision in a pinpoint before an act
(``eurefs.grammar.pinpoint_numbers.after_ordinal``): Swedish writes a point's bare letter
after it (``tredje stycket d``), and a list of articles goes on after it (``första stycket a
och 13 B b``).  Before, the pinpoint stopped at the ordinal's noun and the act had none."""

from __future__ import annotations

import pytest

import eurefs

_DEFINED = (
    "tolkningen av rådets sjätte direktiv 77/388/EEG av den 17 maj 1977 om harmonisering av "
    "medlemsstaternas lagstiftning rörande omsättningsskatter (nedan kallat sjätte direktivet). "
)


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the Opinion of AG Saugmandsgaard Øe in C-378/15 Mercedes Benz Italia (Swedish;
        # taxlawapp.eu, pages corpus)
        ("Förevarande begäran om förhandsavgörande, som har framställts av Commissione "
         "tributaria regionale di Roma (regionala skattedomstolen i Rom, Italien), avser "
         "tolkningen av artikel 17.5 tredje stycket d i sjätte direktivet 77/388/EEG(2) enligt "
         "vilken medlemsstaterna får göra undantag", "direktivet 77/388/EEG",
         "artikel 17.5 tredje stycket d"),
        # the Opinion of AG Jacobs in C-269/00 Seeling ('Artiklarna 6.2 första stycket a och
        # 13 B b'; taxlawapp.eu), after the act defined as the Court's Swedish texts define it
        (_DEFINED + "Artiklarna 6.2 första stycket a och 13 B b i sjätte direktivet är "
         "tillämpliga.", "sjätte direktivet", "Artiklarna 6.2 första stycket a och 13 B b"),
        # the ordinal alone, and the link word that is a letter: no point
        ("artikel 6.2 första stycket i direktiv 77/388/EEG", "direktiv 77/388/EEG",
         "artikel 6.2 första stycket"),
    ],
)  # fmt: skip
def test_after_an_ordinal_subdivision(text: str, span: str, pinpoint: str) -> None:
    act = eurefs.extract(text)[-1]
    assert (act.text, act.pinpoint, act.celex) == (span, pinpoint, "31977L0388")  # type: ignore[attr-defined]
