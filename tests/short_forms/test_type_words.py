"""The type-word scan reads the language's facts from its record (no language named in code)."""

from __future__ import annotations

import re
from pathlib import Path

from eurefs.short_forms.common import singular_type_forms
from eurefs.short_forms.type_words import scan_type_words


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
