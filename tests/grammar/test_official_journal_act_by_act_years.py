"""The act-by-act form of the Official Journal (``eurefs/grammar/oj_forms.act_by_act``):
the L and C series were published act by act from October 2023, so an act of an earlier
year written in that form names no publication."""

from __future__ import annotations

import pytest

import eurefs


def _oj(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (r.text, r.act_number, list(r.cellar_ids))
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "oj"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a compliance dashboard's label (a public repository, find_string 'OJ L 2016/'):
        # the GDPR is in OJ L 119 of 4 May 2016; 'OJ L 2016/679' was an act-by-act
        # citation with the Cellar id oj:L_201600679, which names no publication
        "Regulation (EU) 2016/679 · OJ L 2016/679, 4 May 2016",
        # a database schema's comment in another public repository (same search)
        "framework_version text not null,    -- 'OJ L 2024/1689' or 'OJ L 2016/679'",
        "published in OJ L, 2016/679",
        "OJ C, C/2019/390",
    ],
)
def test_an_act_before_the_act_by_act_series_names_no_publication(text: str) -> None:
    assert all(not act or int(act.removeprefix("C/")[:4]) >= 2023 for _, act, _ in _oj(text))
    assert all("oj:L_2016" not in ids and "oj:C_2019" not in ids for _, _, ids in _oj(text))


@pytest.mark.parametrize(
    ("text", "span", "cellar"),
    [
        ("(OJ L, 2024/1689, 12.7.2024, ELI: ...)", "OJ L, 2024/1689, 12.7.2024", "oj:L_202401689"),
        ("'OJ L 2024/1689' or 'OJ L 2016/679'", "OJ L 2024/1689", "oj:L_202401689"),
        ("OJ C, C/2024/390", "OJ C, C/2024/390", "oj:C_202400390"),
        ("OJ L, 2023/2631, 30.11.2023", "OJ L, 2023/2631, 30.11.2023", "oj:L_202302631"),
    ],
)
def test_the_act_by_act_series_keep_their_acts(text: str, span: str, cellar: str) -> None:
    ((got, _, ids),) = _oj(text)
    assert (got, ids) == (span, [cellar])
