"""A consolidated text's page header on EUR-Lex names the version (``grammar/celex``).

Sources (pages corpus): Directive 98/26/CE consolidated, EUR-Lex 01998L0026-20190627
(``01998L0026 — FR — 27.06.2019 — 005.001``) and 01998L0026-20120816 (the older header
without the sector, ``1998L0026 — FR — 16.08.2012 — 003.001``); the Portuguese Bar's
gazette (portal.oa.pt, Gazeta n.º 186 of 27 September 2019) after Directive 93/13/CEE:
``Última versão consolidada (12-12-2011): 1993L0013 — PT — 12.12.2011 — 001.001 — 1/9``.
"""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "written", "celex", "lang"),
    [
        ("01998L0026 — FR — 27.06.2019 — 005.001\n\nCe texte constitue seulement un outil",
         "01998L0026 — FR — 27.06.2019 — 005.001", "01998L0026-20190627", "fr"),
        ("1998L0026 — FR — 16.08.2012 — 003.001\n\nCe document constitue un outil",
         "1998L0026 — FR — 16.08.2012 — 003.001", "01998L0026-20120816", "fr"),
        ("Última versão consolidada (12-12-2011): 1993L0013 — PT — 12.12.2011 — 001.001 — 1/9.",
         "1993L0013 — PT — 12.12.2011 — 001.001", "01993L0013-20111212", "pt"),
    ],
)  # fmt: skip
def test_a_header_names_its_version(text: str, written: str, celex: str, lang: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.text, ref.normalized, ref.celex, ref.lang) == (
        "celex", written, celex, celex, lang,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "1998L0026 here",  # no sector and no header: no CELEX number
        "01998L0026 — FR — 31.02.2019 — 005.001",  # no such date
        "01998L0026 — FR — 27.06.1997 — 005.001",  # a version before the act
    ],
)
def test_no_version(text: str) -> None:
    assert [r.celex for r in eurefs.extract(text)] == (["01998L0026"] if text[0] == "0" else [])


def test_a_header_number_is_sector_0() -> None:
    refs = eurefs.extract("32016R0679 — EN — 04.05.2016 — 000.001")
    assert [(r.text, r.celex) for r in refs] == [("32016R0679", "32016R0679")]
