"""Only ASCII digits make a reference (fullwidth digits are folded, spans kept).

Python's ``\\d`` matches the digits of every script; a reference written with
Arabic-Indic, Bengali or Devanagari digits must not yield identifiers made of
them (``case:T-604/১৮``).
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import eurefs
from eurefs.languages import LANGUAGES
from tests.support.hypothesis_profiles import examples

IDENTIFIER_FIELDS = ("celex", "celex_candidates", "eli", "cellar_ids", "eurlex_url")

# One reference of every family, each with digits to swap.
SAMPLES = (
    "COM(2021) 752 final",
    "Regulation (EU) 2016/679",
    "Directive 95/46/EC",
    "directive 95/46/CE",
    "Regulation (EC) No 1049/2001",
    "Commission Recommendation of 6 May 2003",
    "OJ L 119, 4.5.2016, p. 1",
    "OJ L, 2024/1689, 12.7.2024",
    "32016R0679",
    "http://data.europa.eu/eli/reg/2016/679/oj",
    "ECLI:EU:C:2014:317",
    "Case C-131/12",
    "T-604/18",
    "2021/0401(COD)",
    "Article 267 TFEU",
    # and the examples of every language record
    *(text for lg in LANGUAGES for text, _ in lg.examples if any(c.isdigit() for c in text)),
)
#: Zero of some digit sets that are not ASCII (Arabic-Indic, Devanagari, Bengali,
#: Thai, Malayalam, mathematical bold).
OTHER_ZEROS = (0x0660, 0x0966, 0x09E6, 0x0E50, 0x0D66, 0x1D7CE)


def _non_ascii_digit(value: Any) -> bool:
    if isinstance(value, str):
        return any(unicodedata.category(c) == "Nd" and not c.isascii() for c in value)
    if isinstance(value, list | tuple):
        return any(_non_ascii_digit(v) for v in value)
    return False


def check_output(text: str) -> None:
    for ref in eurefs.extract(text):
        dump = ref.model_dump(mode="json")
        for name in IDENTIFIER_FIELDS:
            value = dump[name]
            values = value if isinstance(value, list) else [value]
            assert all(v is None or v.isascii() for v in values), (name, ref)
        for name, value in dump.items():
            if name != "text":
                assert not _non_ascii_digit(value), (name, ref)


@pytest.mark.parametrize(
    "text",
    ["Directive ٩٥/٤٦/CE", "T-604/১৮", "Article 26७ TFEU", "ECLI:EU:C:2014:3൦7", "32016R067٩"],
)
def test_other_scripts_digits_make_no_reference(text: str) -> None:
    assert eurefs.extract(text) == []


def test_fullwidth_digits_are_folded_and_spans_kept() -> None:
    text = "See Regulation (EU) ２０１６/６７９ and C\u2011１３１/１２."
    reg, case = eurefs.extract(text)
    assert (reg.normalized, reg.celex) == ("Regulation (EU) 2016/679", "32016R0679")
    assert reg.text == "Regulation (EU) ２０１６/６７９" == text[reg.start : reg.end]
    assert case.cellar_ids == ["case:C-131/12"]
    assert case.text == text[case.start : case.end]


def _swap_digits(sample: str, picks: list[int], zeros: list[int]) -> str:
    chars = list(sample)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    for k, z in zip(picks, zeros, strict=False):
        i = digits[k % len(digits)]
        chars[i] = chr(z + int(chars[i]))
    return "".join(chars)


@settings(max_examples=examples(300))
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.integers(0, 30), min_size=1, max_size=4),
    st.lists(st.sampled_from((*OTHER_ZEROS, 0xFF10)), min_size=1, max_size=4),
    st.sampled_from(["", "See ", "(", "and "]),
)
@example("Case C-131/12", [4], [0x09E6], "")
def test_no_identifier_holds_a_non_ascii_digit(
    sample: str, picks: list[int], zeros: list[int], before: str
) -> None:
    check_output(before + _swap_digits(sample, picks, zeros) + " and more.")


@settings(max_examples=examples(200))
@given(st.text(alphabet=st.sampled_from("0123456789٠٤٩০৮०७൦๓０９ /-().:CTLOJECLIU"), max_size=40))
def test_no_identifier_holds_a_non_ascii_digit_in_noise(text: str) -> None:
    check_output("Regulation (EU) " + text + " OJ L " + text + " C-" + text)


def test_the_check_sees_a_non_ascii_digit() -> None:
    assert _non_ascii_digit(["ok", "T-604/১৮"])
    assert not _non_ascii_digit("T-604/18")
