"""Normal forms are stable: ``parse(ref.normalized)`` is the same reference (fields the
context decides aside), and normalising twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings

import eurefs
from eurefs.languages import LANGUAGES
from tests.support.citations import citation_text, registry_act_text, registry_other_text
from tests.support.hypothesis_profiles import examples
from tests.test_properties import roundtrip_differences


def assert_stable(text: str) -> None:
    refs = eurefs.extract(text)
    for ref in refs:
        parsed = eurefs.parse(ref.normalized)
        if ref.kind == "short_form":
            # a short form's normal form is its target's (``the GDPR`` -> Regulation ...)
            assert (parsed.kind, parsed.normalized) == (ref.target_kind, ref.normalized)
            continue
        diffs = roundtrip_differences(ref, parsed)
        if set(diffs) == {"lang"} and parsed.normalized == ref.normalized:
            # a normal form several languages write alike (``Directiva 2001/29/CE``:
            # Spanish or Romanian) cannot carry the language: the context decided it
            diffs.pop("lang")
        assert diffs == {}, (text, ref.normalized)
        again = eurefs.parse(parsed.normalized)
        assert again.normalized == parsed.normalized
        assert again == parsed.model_copy(update={"text": again.text, "end": again.end})


@settings(max_examples=examples(400))
@given(citation_text)
@example("la directive 2016/680")
@example("les directives (UE) 2016/680 et 2016/681")
@example("Regulations (EU) 2016/679 and 2018/1725")
def test_normal_forms_parse_back_to_the_same_reference(text: str) -> None:
    assert_stable(text)


@settings(max_examples=examples(400))
@given(registry_act_text())
@example("asetus 1993/1 ja 1993/1958")  # (Hypothesis's: the member alone is no EU act)
@example("asetus 1993/1 ja 1993/1952")
@example("rozporządzenie (EWG) nr 1/1993 i 1993/1950")  # (Hypothesis's: the list's nr kept)
@example("rozporządzenie (EWG) nr 1/1993 i 1993/1994")
def test_acts_in_every_language_have_stable_normal_forms(text: str) -> None:
    assert_stable(text)


@settings(max_examples=examples(300))
@given(registry_other_text())
def test_oj_articles_and_cases_in_every_language_have_stable_normal_forms(text: str) -> None:
    assert_stable(text)


def test_french_normal_forms_stay_french() -> None:
    (ref,) = eurefs.extract("la directive 2016/680")
    assert (ref.normalized, ref.lang) == ("directive 2016/680", "fr")
    assert eurefs.parse(ref.normalized).lang == "fr"
    assert eurefs.parse("Directive 2016/680").lang == "en"
    assert eurefs.extract("the directive 2016/680")[0].lang == "en"


def test_list_members_share_the_bracketed_domain() -> None:
    first, second = eurefs.extract("les directives (UE) 2016/680 et 2016/681")
    assert first.normalized == "directive (UE) 2016/680"
    assert second.normalized == "directive (UE) 2016/681"
    assert (second.domain, second.text) == ("UE", "2016/681")
    assert eurefs.parse(second.normalized).domain == "UE"


DATA = Path(__file__).resolve().parents[1] / "data"
#: every development corpus (English, FR/DE and the other languages)
DOCS = sorted(DATA.glob("corpus*/docs/*.txt"))


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_development_references_have_stable_normal_forms(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert eurefs.extract(text)
    assert_stable(text)


LANGUAGE_EXAMPLES = [(lg.code, text) for lg in LANGUAGES for text, _ in lg.examples]


@pytest.mark.parametrize(("code", "text"), LANGUAGE_EXAMPLES)
def test_every_language_example_has_a_stable_normal_form(code: str, text: str) -> None:
    assert eurefs.extract(text)
    assert_stable(text)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # the qualifier capitalised, the type word after it in lower case, as EUR-Lex
        # writes them (was ``Provedbena Uredba``, ``Izvedbena Uredba`` ...)
        ("Provedbena Uredba Komisije (EU) 2019/947", "Provedbena uredba (EU) 2019/947"),
        ("Delegirana uredba Komisije (EU) 2019/945", "Delegirana uredba (EU) 2019/945"),
        ("Izvedbena uredba Komisije (EU) št. 329/2013", "Izvedbena uredba (EU) št. 329/2013"),
        ("Izvedbeni sklep Komisije (EU) 2019/1", "Izvedbeni sklep (EU) 2019/1"),
        ("Komisijas Deleģētā regula (ES) 2020/473", "Deleģētā regula (ES) 2020/473"),
        ("Komisijas Īstenošanas regula (ES) 2019/947", "Īstenošanas regula (ES) 2019/947"),
        ("Делегиран регламент (ЕС) 2020/688 на Комисията", "Делегиран регламент (ЕС) 2020/688"),
        ("Регламент за изпълнение (ЕС) 2019/947", "Регламент за изпълнение (ЕС) 2019/947"),
    ],
)  # fmt: skip
def test_a_qualifier_before_the_type_word_keeps_it_in_lower_case(
    text: str, normalized: str
) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert ref.normalized == normalized
    assert_stable(text)
