"""The GDPR's Hungarian name in the possessive after the act's number and ``számú``
('numbered'), as Hungarian privacy notices write it; another act's number there is the
text's word against the name's: no mention (``short_forms/name_numbers``)."""

from __future__ import annotations

import pytest

import eurefs

GDPR = "32016R0679"


def _names(text: str) -> list[tuple[str, str | None]]:
    found = eurefs.extract(text)
    return [(r.text, r.celex) for r in found if r.kind == "short_form" and r.how == "popular_name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # privacy notices in public repositories (find_string '2016/679 számú', ids
        # 13264483220, 53405901069, 55125754262); each was nothing
        ("Jelen Adatkezelési Tájékoztató az Európai Unió 2016/679 számú általános adatvédelmi "
         "rendelete (GDPR) alapján készült.", [("általános adatvédelmi rendelete", GDPR)]),
        ("a személyes adataik kezeléséről az Európai Parlament és a Tanács (EU) 2016/679 számú "
         "általános adatvédelmi rendelete (GDPR), valamint az információs önrendelkezési jogról",
         [("általános adatvédelmi rendelete", GDPR)]),
        ("az Ön személyes adatait az Európai Unió 2016/679 számú Általános Adatvédelmi "
         "Rendeletének (GDPR) és a vonatkozó magyar jogszabályoknak megfelelően.",
         [("Általános Adatvédelmi Rendeletének", GDPR)]),
    ],
)  # fmt: skip
def test_the_name_after_its_number(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(text) == expected


def test_another_act_s_number_before_the_name_gives_none() -> None:
    # the notice above with the number of Regulation (EU) 2018/1725: the name is no mention
    text = "az Európai Unió 2018/1725 számú általános adatvédelmi rendelete (GDPR) alapján"
    assert [n for n, _ in _names(text) if "adatvédelmi" in n] == []
