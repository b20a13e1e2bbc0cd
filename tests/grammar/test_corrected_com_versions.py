"""A corrected version of a Commission document (``final/2``) gets no identifier of the
original's (``grammar/com_documents``).

EUR-Lex identifies a corrected version as ``COM/2013/0816 final/2`` (the form named by the
session's brief; the research notes' ``COM(2021) 752 final/2``).  Read after 'Proposal
for', it had the original's CELEX (``52013PC0816``), its candidates, its ``comnat`` id and
its EUR-Lex link: whether EUR-Lex files the corrected version under that CELEX or under one
with a suffix, no source read confirms (research notes: UNCONFIRMED, 'probably same CELEX
with a corrigendum suffix'), and a wrong CELEX is worse than none.
"""

from __future__ import annotations

import eurefs

PROPOSAL = "Proposal for a Regulation of the European Parliament and of the Council "


def _com(text: str) -> list[tuple[str, str, str | None, list[str], list[str], str | None]]:
    return [
        (r.text, r.normalized, r.celex, r.celex_candidates, r.cellar_ids, r.eurlex_url)
        for r in eurefs.extract(text)
        if r.kind == "com_document"
    ]


def test_a_corrected_version_has_no_identifier_of_the_originals() -> None:
    text = PROPOSAL + "(COM/2013/0816 final/2)"
    assert _com(text) == [("COM/2013/0816 final/2", "COM(2013) 816 final/2", None, [], [], None)]
    assert _com("COM(2021) 752 final/2") == [
        ("COM(2021) 752 final/2", "COM(2021) 752 final/2", None, [], [], None)
    ]


def test_the_original_keeps_its_identifiers() -> None:
    text = PROPOSAL + "(COM/2013/0816 final)"
    ((*_, celex, candidates, cellar_ids, url),) = _com(text)
    assert (celex, candidates, cellar_ids) == (
        "52013PC0816",
        ["52013PC0816"],
        ["comnat:COM_2013_0816_FIN"],
    )
    assert url is not None
