"""``parse`` accepts every written form ``extract`` finds, and gives the same reference.

The contract: for every string ``s`` for which ``extract(s)`` returns exactly one
reference covering all of ``s``, ``parse(s)`` returns that reference.  Checked on
the reference texts of both development corpora, on mutated forms of them
(case, dashes, spaces, wrappers, digits), and on the written forms users reported.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import eurefs
from eurefs import ParseError
from tests.support.hypothesis_profiles import examples

DATA = Path(__file__).resolve().parent / "data"
#: every development corpus (English, FR/DE and the other languages)
DOC_FILES = sorted(DATA.glob("corpus*/docs/*.txt"))


@cache
def corpus_texts() -> tuple[str, ...]:
    """The written form of every reference the corpora hold (each once)."""
    texts: dict[str, None] = {}
    for path in DOC_FILES:
        for ref in eurefs.extract(path.read_text(encoding="utf-8")):
            texts[ref.text] = None
    return tuple(texts)


def check_agreement(s: str) -> Any:
    """If ``extract`` reads ``s`` as exactly one whole reference, ``parse`` must agree."""
    refs = eurefs.extract(s)
    if len(refs) != 1 or (refs[0].start, refs[0].end) != (0, len(s)):
        return None
    parsed = eurefs.parse(s)
    assert parsed == refs[0], (s, refs[0], parsed)
    return parsed


def test_every_corpus_reference_text_parses_to_what_extract_gives() -> None:
    texts = corpus_texts()
    assert len(texts) > 150
    failures = []
    for s in texts:
        try:
            check_agreement(s)
        except (AssertionError, ParseError) as exc:
            failures.append(f"{s!r}: {exc}"[:300])
    assert not failures, "\n".join(failures[:20])


MUTATIONS = {
    "lower": lambda s: s.lower(),
    "upper": lambda s: s.upper(),
    "nbsp": lambda s: s.replace(" ", "\u00a0"),
    "double space": lambda s: s.replace(" ", "  "),
    "no space after comma": lambda s: s.replace(", ", ","),
    "en dash": lambda s: s.replace("-", "\u2013"),
    "non-breaking hyphen": lambda s: s.replace("-", "\u2011"),
    "fullwidth digits": lambda s: "".join(
        chr(0xFF10 + int(c)) if c in "0123456789" else c for c in s
    ),
    "arabic digits": lambda s: "".join(chr(0x0660 + int(c)) if c in "0123456789" else c for c in s),
    "final stop": lambda s: s + ".",
    "final comma": lambda s: s + ",",
    "leading space": lambda s: " " + s,
    "Case prefix": lambda s: "Case " + s,
    "CELEX prefix": lambda s: "CELEX:" + s,
    "EUR-Lex URL": lambda s: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + s,
    "year 2099": lambda s: s.replace("20", "2099", 1),
    "paragraph": lambda s: s + ", paragraph 71",
    "soft hyphen": lambda s: s[: len(s) // 2] + "\u00ad" + s[len(s) // 2 :],
}


@settings(max_examples=examples(400))
@given(st.data())
def test_mutated_references_agree(data: st.DataObject) -> None:
    s = data.draw(st.sampled_from(corpus_texts()))
    for name in data.draw(st.lists(st.sampled_from(sorted(MUTATIONS)), max_size=3)):
        s = MUTATIONS[name](s)
    check_agreement(s)


@settings(max_examples=examples(200))
@given(st.text(alphabet=st.sampled_from("COMJLTCEUR0123456789()/-.:, pfinalECLI"), max_size=30))
@example("KOM(2020) 221 endg.")
def test_reference_like_noise_agrees(s: str) -> None:
    check_agreement(s)


REPORTED = [
    ("com(2021) 752 final", "com_document", "COM(2021) 752 final"),
    ("32016r0679", "celex", "32016R0679"),
    ("CELEX:32016R0679", "celex", "32016R0679"),
    ("CELEX%3A32016R0679", "celex", "32016R0679"),
    ("c-131/12", "case", "C-131/12"),
    ("ecli:eu:c:2014:317", "ecli", "ECLI:EU:C:2014:317"),
    ("2020/0279(cod)", "procedure", "2020/0279(COD)"),
    ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679", "celex", "32016R0679"),
    ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:2021:206:FIN", "com_document",
     "COM(2021) 206 final"),
    ("https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:32016R0679", "celex", "32016R0679"),
    ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52025PC0553&qid=1752763283049",
     "celex", "52025PC0553"),
    ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=ecli:ECLI%3AEU%3AC%3A2014%3A317", "ecli",
     "ECLI:EU:C:2014:317"),
    ("http://publications.europa.eu/resource/celex/32016R0679", "celex", "32016R0679"),
    ("https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679&from=EN", "celex",
     "32016R0679"),
    ("https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX:32016R0679", "celex", "32016R0679"),
    ("http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:31995L0046:EN:NOT", "celex",
     "31995L0046"),
    ("http://publications.europa.eu/resource/ecli/ECLI%3AEU%3AC%3A2014%3A317", "ecli",
     "ECLI:EU:C:2014:317"),
    ("http://data.europa.eu/eli/reg/2016/679/2016-05-04", "eli",
     "http://data.europa.eu/eli/reg/2016/679/2016-05-04"),
    ("https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng", "eli",
     "http://data.europa.eu/eli/reg/2016/679/oj"),
    ("http://data.europa.eu/eli/reg/2016/679/2016-05-04/eng", "eli",
     "http://data.europa.eu/eli/reg/2016/679/2016-05-04"),
    ("http://data.europa.eu/eli/C/2024/1645/oj", "eli", "http://data.europa.eu/eli/C/2024/1645/oj"),
    ("62001J0408", "celex", "62001CJ0408"),
    ("52024XC01645", "celex", "52024XC01645"),
    ("OJ L 119/1", "oj", "OJ L 119/1"),
    ("ECLI:EU:C:2014:317, paragraph 71", "ecli", "ECLI:EU:C:2014:317"),
    ("EEA Joint Committee Decision No 123/2019", "legal_act",
     "EEA Joint Committee Decision No 123/2019"),
    ("KOM(2020) 221 endg.", "com_document", "COM(2020) 221 final"),
    ("affaire 26/62", "case", "affaire 26/62"),
]  # fmt: skip


@pytest.mark.parametrize(("string", "kind", "normalized"), REPORTED)
def test_reported_forms_parse(string: str, kind: str, normalized: str) -> None:
    ref = eurefs.parse(string)
    assert (ref.kind, ref.normalized) == (kind, normalized)
    assert string[ref.start : ref.end] == ref.text


def test_what_they_mean() -> None:
    assert eurefs.parse("62001J0408").celex == "62001CJ0408"
    assert eurefs.parse("ECLI:EU:C:2014:317, paragraph 71").pinpoint == "paragraph 71"
    assert eurefs.parse("http://data.europa.eu/eli/reg/2016/679/2016-05-04").celex == (
        "02016R0679-20160504"
    )
    body = eurefs.parse("EEA Joint Committee Decision No 123/2019")
    assert (body.text, body.celex) == ("EEA Joint Committee Decision No 123/2019", None)
    (com,) = eurefs.extract("as announced in com(2021) 752 final, the Commission")
    assert com.normalized == "COM(2021) 752 final"
    (oj,) = eurefs.extract("published in OJ L 119/1.")
    assert (oj.series, oj.issue, oj.page) == ("L", "119", 1)


@pytest.mark.parametrize(
    "string",
    ["CELEX:32016R0679 and more", "https://example.org/?uri=CELEX:32016R0679", "Case", "uri=",
     "32016R0679, paragraph 71", "http://publications.europa.eu/resource/celex/", "COM(2021)"],
)  # fmt: skip
def test_wrappers_are_not_a_free_pass(string: str) -> None:
    with pytest.raises(ParseError):
        eurefs.parse(string)


@pytest.mark.parametrize(
    ("string", "kind", "text", "pinpoint", "celex"),
    [  # as lawyers write a citation; the pinpoint is the one extract gives the act
        ("Article 6(1)(a) of Regulation (EU) 2016/679", "legal_act",
         "Regulation (EU) 2016/679", "Article 6(1)(a)", "32016R0679"),
        ("article 6, paragraphe 1, point a), du règlement (UE) 2016/679", "legal_act",
         "règlement (UE) 2016/679", "article 6, paragraphe 1, point a)", "32016R0679"),
        ("Artikel 6 Absatz 1 der Verordnung (EU) 2016/679", "legal_act",
         "Verordnung (EU) 2016/679", "Artikel 6 Absatz 1", "32016R0679"),
        ("Annex II to Directive 2008/98/EC", "legal_act", "Directive 2008/98/EC", "Annex II",
         "32008L0098"),
        ("asetuksen (EU) 2016/679 6 artiklan 1 kohdan a alakohta", "legal_act",
         "asetuksen (EU) 2016/679", "6 artiklan 1 kohdan a alakohta", "32016R0679"),
        ("Article 82 GDPR", "short_form", "GDPR", "Article 82", "32016R0679"),
        ("Article 5 of the GDPR", "short_form", "GDPR", "Article 5", "32016R0679"),
        ("Art. 6 Abs. 1 DSGVO", "short_form", "DSGVO", "Art. 6 Abs. 1", "32016R0679"),
    ],
)  # fmt: skip
def test_a_pinpoint_written_with_its_act_parses_to_the_act(
    string: str, kind: str, text: str, pinpoint: str, celex: str
) -> None:
    """``eurefs resolve "Article 6(1)(a) of Regulation (EU) 2016/679"`` was 'not an EU
    reference': extract reads the act and keeps the pinpoint outside its span."""
    ref = eurefs.parse(string)
    assert (ref.kind, ref.text, ref.celex) == (kind, text, celex)
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]
    assert string[ref.start : ref.end] == text


@pytest.mark.parametrize(
    "string",
    [
        "See Article 6 of Regulation (EU) 2016/679",  # words before the pinpoint
        "Article 6 of Regulation (EU) 2016/679 and Article 5",
        "Article 6 of Regulation (EU) 2016/679 (the GDPR)",
        "Article 4 of that Directive",  # an anaphor alone names nothing
    ],
)
def test_more_than_a_pinpoint_around_an_act_is_no_reference_alone(string: str) -> None:
    with pytest.raises(eurefs.ParseError):
        eurefs.parse(string)


@pytest.mark.parametrize(
    ("string", "kind", "text"),
    [
        # a CSV cell: 'extract --format csv --fields work' quotes a work key with commas
        ('"oj:OJ L 1, 3.1.2014, p. 1"', "oj", "oj:OJ L 1, 3.1.2014, p. 1"),
        ('"Directive 95/46/EC"', "legal_act", "Directive 95/46/EC"),
        ("'32014R0001'", "celex", "32014R0001"),
        ("“COM(2021) 752 final”", "com_document", "COM(2021) 752 final"),  # copied from a text
        ("« règlement (UE) 2016/679 »", "legal_act", "règlement (UE) 2016/679"),
        ('"Regulation (EU) 2016/679".', "legal_act", "Regulation (EU) 2016/679"),
    ],
)
def test_a_reference_in_quotation_marks_parses(string: str, kind: str, text: str) -> None:
    """``eurefs extract --format csv --fields work doc | eurefs resolve -`` gave a ParseError
    for every work key CSV had quoted (``"oj:OJ L 1, 3.1.2014, p. 1"``), and a reference
    copied with its quotation marks was 'not an EU reference'."""
    ref = eurefs.parse(string)
    assert (ref.kind, ref.text) == (kind, text)
    assert string[ref.start : ref.end] == text


@pytest.mark.parametrize("string", ['"Directive 95/46/EC" and "32014R0001"', '""', '"hello"'])
def test_quotation_marks_around_no_single_reference_stay_an_error(string: str) -> None:
    with pytest.raises(eurefs.ParseError):
        eurefs.parse(string)
