"""Popular names in the cases of a language that declines them
(``eurefs/short_forms/name_forms.py``).

Hungarian forms as public texts write them: 'Alkalmazni kell a GDPR-t, ha ...'
(pancorp.hu), 'az EU új általános adatvédelmi rendeletének (GDPR) szabályait' (gdpr.blog.hu),
'a GDPR-rel kapcsolatos legfontosabb kérdésekre' (microsoft.com/hu-hu), 'a GDPR-ban
megfogalmazott elvárásokat' (jasipos.com; pages corpus); the endings are those of the
Hungarian record (``alias_suffixes``, ``declined``).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.name_forms import PLAIN_END, declined_names, name_end

GDPR = "32016R0679"


def names(text: str) -> list[tuple[str, str | None]]:
    return [
        (r.text, r.celex)
        for r in eurefs.extract(text, kinds="short_form")
        if r.how == "popular_name"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Az (EU) 2016/679 rendelet alkalmazandó. Alkalmazni kell a GDPR-t, és a "
            "GDPR-ben foglaltakat.",
            [("GDPR", GDPR), ("GDPR", GDPR)],
        ),
        (
            "Az (EU) 2016/679 rendelet alkalmazandó. Az általános adatvédelmi rendeletet "
            "alkalmazni kell; az általános adatvédelmi rendeletben is.",
            [
                ("általános adatvédelmi rendeletet", GDPR),
                ("általános adatvédelmi rendeletben", GDPR),
            ],
        ),
        # the instrumental assimilated to the acronym's last sound, the ablative, the
        # adessive, the terminative (were nothing)
        (
            "Az (EU) 2016/679 rendelet alkalmazandó. A GDPR-rel kapcsolatos kérdések, a "
            "GDPR-ral összhangban, a GDPR-tól eltérően, a GDPR-nál szigorúbb, a GDPR-ig.",
            [("GDPR", GDPR)] * 5,
        ),
        # the delative and the superessive of the name (were nothing)
        (
            "Az (EU) 2016/679 rendelet alkalmazandó. Az általános adatvédelmi rendeletről "
            "szóló tájékoztató; az általános adatvédelmi rendeleten alapuló adatkezelés.",
            [
                ("általános adatvédelmi rendeletről", GDPR),
                ("általános adatvédelmi rendeleten", GDPR),
            ],
        ),
    ],
)
def test_hungarian_names_in_their_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a compound on the name, and an ending the record does not list
        "Az (EU) 2016/679 rendelet alkalmazandó. A GDPR-tervezet és a GDPR-xyz más.",
        # a compound whose first letters are an ending's (``-sz``, ``-me``, ``-re``)
        "Az (EU) 2016/679 rendelet alkalmazandó. GDPR-szempontból a GDPR-megfelelés és a "
        "GDPR-rendszer más.",
        # one letter after the hyphen: no superessive or possessive of its own
        "Az (EU) 2016/679 rendelet alkalmazandó. A GDPR-n és a GDPR-e más.",
        # an English text: no case endings
        "Regulation (EU) 2016/679 applies. GDPR-t and GDPR-compliant are no names.",
    ],
)
def test_other_endings_are_no_names(text: str) -> None:
    assert names(text) == []


def test_forms_come_from_the_record() -> None:
    assert "általános adatvédelmi rendeletet" in declined_names(
        "általános adatvédelmi rendelet", "hu"
    )
    assert declined_names("General Data Protection Regulation", "en") == ()
    assert declined_names("rendelet", "hu") == ()  # a type word alone is no name
    assert name_end("en") == PLAIN_END
    assert name_end("hu") != PLAIN_END
