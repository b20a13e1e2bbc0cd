"""A regulation before 2015 written year first (``legal_act_numbers._pre_reform``): no
regulation was numbered so before the reform of 2015, so the number names none; its
number-first reading is a candidate, no CELEX."""

from __future__ import annotations

import eurefs


def test_hungarian_privacy_notice_calls_the_repealed_directive_a_regulation() -> None:
    # the legal bases of a Hungarian car dealer's data protection rules (startauto.hu,
    # 'Adatkezelési szabályzat'; pages corpus), as many Hungarian privacy notices in public
    # repositories copy the GDPR's title (find_string '95/46/EK rendelet': ten files),
    # where EUR-Lex writes '95/46/EK irányelv': was Regulation (EC) No 46/95, 31995R0046
    text = (
        "II. Jogszabályi alapok\n\n"
        "az Európai Parlament és a Tanács (EU) 2016/679 számú (2016. április 27.), a "
        "természetes személyeknek a személyes adatok kezelése tekintetében történő "
        "védelméről és az ilyen adatok szabad áramlásáról, valamint a 95/46/EK rendelet "
        "hatályon kívül helyezéséről szóló rendelet (általános adatvédelmi rendelet; a "
        "továbbiakban: GDPR)\n"
    )
    found = [
        (r.text, r.celex, r.celex_candidates)
        for r in eurefs.extract(text, kinds="legal_act", short_forms=False)
    ]
    assert found == [("95/46/EK rendelet", None, ["31995R0046"])]


def test_regulations_numbered_number_first_keep_their_celex() -> None:
    # Hungarian writes an older regulation's number first with its domain after it
    # (``number_order``); the GDPR's number is year first
    found = [
        (r.text, r.celex)
        for r in eurefs.extract(
            "az 1008/2008/EK rendelet 23. cikke; a 2016/679/EU rendelet 6. cikke",
            kinds="legal_act",
            short_forms=False,
        )
    ]
    assert found == [
        ("1008/2008/EK rendelet", "32008R1008"),
        ("2016/679/EU rendelet", "32016R0679"),
    ]
