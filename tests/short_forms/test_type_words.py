"""The type-word scan reads the language's facts from its record (no language named in code)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import eurefs
from eurefs.short_forms.common import singular_type_forms
from eurefs.short_forms.type_words import scan_type_words

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_hyphen_joined_word_makes_the_framework_decision() -> None:
    # French record: type_word_joins {"decision": ("-cadre", "framework_decision")}
    text = "la décision-cadre 2002/584/JAI du Conseil et la décision 2005/214/JAI"
    found = [(text[w.start : w.end], w.act_type, w.singular) for w in scan_type_words(text, "fr")]
    assert found == [
        ("décision-cadre", "framework_decision", "décision-cadre"),
        ("décision", "decision", "décision"),
    ]


def test_plural_endings_come_from_the_record() -> None:
    de = singular_type_forms("de")
    # German: a final s is singular (Beschluss, Beschlusses), -üsse / -ungen are plural
    assert de["Beschluss"] == de["Beschlusses"] == "decision"
    assert "Beschlüsse" not in de and "Verordnungen" not in de
    fi = singular_type_forms("fi")
    # Finnish: the genitive plural -ien is no singular, the declined asetus is
    assert "direktiivien" not in fi and "asetuksien" not in fi
    assert fi["asetus"] == "regulation" and fi["direktiivin"] == "directive"
    en = singular_type_forms("en")
    assert "Regulations" not in en and en["regulation"] == "regulation"


def test_capitalised_nouns_are_taken_only_as_written() -> None:
    assert "verordnung" not in singular_type_forms("de")
    assert singular_type_forms("fr")["Directive"] == "directive"


def test_no_short_form_module_names_a_language() -> None:
    package = Path(__file__).resolve().parents[2] / "eurefs" / "short_forms"
    named = re.compile(r"""lang(?:uage)?\s*(?:[!=]=|in)\s*[("'\[]""")
    offenders = [
        f"{path.name}:{n}"
        for path in sorted(package.glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if named.search(line)
    ]
    assert offenders == []


def _forms_alone(lang: str) -> list[str]:
    from eurefs.short_forms.type_words import ANAPHOR_TYPES

    return [
        form
        for form, act_type in singular_type_forms(lang).items()
        if act_type in ANAPHOR_TYPES and len(form) > 4 and " " not in form and "-" not in form
    ]


def test_every_singular_form_of_a_record_is_found_with_its_form() -> None:
    # the declined forms too (Finnish "asetukselle", Romanian "directive" after a determiner)
    from eurefs.languages import BY_CODE

    missed = [
        (lang, form)
        for lang in BY_CODE
        for form in _forms_alone(lang)
        if [(w.start, w.end, w.singular) for w in scan_type_words(f"x {form} y", lang)]
        != [(2, 2 + len(form), form)]
    ]
    assert missed == []


def test_declined_forms_add_no_scan_of_the_text() -> None:
    """One ``str.find`` scan per tail at most (tails sharing a start share one, see
    below): the declined forms (``back_references.declined``,
    ``after_determiner``) may shorten a tail of the act types' written forms to a shared
    stem, never add one."""
    from eurefs.languages import BY_CODE
    from eurefs.short_forms.type_words import ANAPHOR_TYPES, _tail_groups, _tails

    for lang, record in BY_CODE.items():
        written = {
            form.split()[-1][1:].split("-")[0]
            for act_type, forms in record.act_types.items()
            if act_type in ANAPHOR_TYPES
            for form in forms
            if not form.split()[-1].endswith(".") and len(form.split()[-1]) > 4
        }
        alone = {t for t in written if not any(t != o and t.startswith(o) for o in written)}
        assert len(_tails(lang)) <= len(alone), lang
    assert len(_tails("ro")) < 14  # the stems they share
    # Finnish: the cases of asetus, päätös ... (written forms since its record lists the
    # allative, ablative, essive and translative) share 7 stems, one scan each
    assert len(_tail_groups("fi")) <= 7


def test_a_plural_form_is_singular_only_after_a_determiner() -> None:
    # Romanian "directive" is the genitive after "acestei" and the plural alone: it is a
    # type word (an anaphor may end in it) but no form a defined "directiva" is used in
    from eurefs.short_forms.alias_forms import declined_forms

    assert singular_type_forms("ro")["directive"] == "directive"
    assert "directive" not in declined_forms("ro")


def _one_scan_per_tail(lang: str) -> tuple[tuple[str, tuple[tuple[str, str, int], ...]], ...]:
    from eurefs.short_forms.type_words import _tails

    return tuple((t, ((t, act_type, len(t)),)) for t, act_type in _tails(lang).items())


def test_tails_sharing_a_start_are_scanned_once_and_find_what_their_own_scans_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tails sharing a start of five letters or more are found by one ``str.find`` scan
    of that start (22 Polish tails, 9 scans); the words found are those of one scan per
    tail, on every development text and on texts made of tails and their pieces run
    together (overlapping occurrences, hyphens, joined articles)."""
    import random

    from eurefs.languages import BY_CODE
    from eurefs.short_forms import type_words
    from eurefs.short_forms.type_words import _tail_groups, _tails

    assert len(_tail_groups("pl")) < len(_tails("pl")) // 2
    assert len(_tail_groups("lt")) < len(_tails("lt")) // 4
    corpus = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*.txt"))
    )
    rng = random.Random(8)
    for lang in BY_CODE:
        tails = list(_tails(lang))
        pieces = [*tails, *(t[:k] for t in tails for k in range(1, len(t)))]
        pieces += [" ", "-", "x", "id-", "\n", "a", "R", "s", "ach"]
        made = "\n".join("".join(rng.choice(pieces) for _ in range(60)) for _ in range(40))
        grouped = [scan_type_words(text, lang) for text in (corpus, made)]
        with monkeypatch.context() as m:
            m.setattr(type_words, "_tail_groups", _one_scan_per_tail)
            assert [scan_type_words(text, lang) for text in (corpus, made)] == grouped, lang


def test_initialisms_are_type_words_only_as_whole_words() -> None:
    # German record: act_types VO and RL, too short for a tail, found on their own
    text = "dieser VO, der genannten RL, DSGVO, VO-Entwurf, RLen, EU-VO 2016/679, VOR"
    found = [(text[w.start : w.end], w.act_type, w.singular) for w in scan_type_words(text, "de")]
    assert found == [("VO", "regulation", "VO"), ("RL", "directive", "RL")]
    # no other record lists one: an English text is scanned as before
    assert scan_type_words("that VO and that RL", "en") == []


def test_an_initialism_after_a_non_breaking_hyphen_is_no_type_word() -> None:
    # the OGH's order for a reference 5 Ob 110/23x of 19 October 2023 (360.lexisnexis.at, as
    # the RIS writes it; pages corpus) names Rome II '„Rom II\u2011VO“' with a non-breaking
    # hyphen: its 'VO' was read as a regulation's type word between the act and 'der
    # genannten Verordnung', which then pointed nowhere
    assert scan_type_words("(„Rom II\u2011VO“), EU\u2010VO, VO\u2011Entwurf", "de") == []
    text = (
        "1. Ist Art 1 Abs 2 lit d der Verordnung (EG) Nr 864/2007 des Europäischen Parlaments"
        " und des Rates vom 11. Juli 2007 über das auf außervertragliche Schuldverhältnisse"
        " anzuwendende Recht („Rom II\u2011VO“) dahin auszulegen, dass er sich auch auf"
        " Schadenersatzansprüche gegen ein Organ einer Gesellschaft bezieht?\n"
        "2. Für den Fall, dass die Frage 1 verneint wird:\n"
        "Ist Art 4 Abs 1 der genannten Verordnung dahin auszulegen, dass sich der Ort des"
        " Schadenseintritts richtet nach"
    )
    (short,) = eurefs.extract(text, kinds="short_form")
    assert (short.text, short.celex, short.pinpoint) == (  # type: ignore[attr-defined]
        "der genannten Verordnung", "32007R0864", "Art 4 Abs 1",
    )  # fmt: skip
