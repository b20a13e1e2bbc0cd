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


def test_a_directive_of_1999_on_called_a_regulation_gets_no_celex() -> None:
    # A Hungarian presentation on the EU food hygiene package (slideplayer.hu/slide/2047686;
    # pages corpus) lists Council Directive 2002/99/EC, the animal health rules (H4), as a
    # 'rendelet': read number first, as Hungarian writes older regulations, it was
    # Regulation (EC) No 2002/1999 (31999R2002), whose year the Official Journal wrote in
    # four figures; the regulations on the same line keep theirs
    text = (
        "852/2004/EK rendelet 93/43/EGK helyett 2006. január 1-től 882/2004/EK rendelet H1 "
        "Általános élelmiszerhigiéniai és takarmány rendelet 2006. január 1-től 2002/99/EK "
        "rendelet H4 Állategészségügyi szabályok 2006. január 1-től 853/2004/EK rendelet H2"
    )
    found = [
        (r.text, r.celex, r.celex_candidates)
        for r in eurefs.extract(text, kinds="legal_act", short_forms=False)
    ]
    assert found == [
        ("852/2004/EK rendelet", "32004R0852", ["32004R0852"]),
        ("882/2004/EK rendelet", "32004R0882", ["32004R0882"]),
        ("2002/99/EK rendelet", None, ["31999R2002"]),
        ("853/2004/EK rendelet", "32004R0853", ["32004R0853"]),
    ]


def test_a_regulation_of_1999_on_with_its_year_in_four_figures_or_its_no_keeps_it() -> None:
    # UNCONFIRMED (the Official Journal's form, and the marker that says number first)
    found = [
        (r.text, r.celex)
        for r in eurefs.extract(
            "Regulation 2002/1999/EC and Regulation (EC) No 2002/99 and Regulation 2001/95/EC",
            kinds="legal_act",
            short_forms=False,
        )
    ]
    assert found == [
        ("Regulation 2002/1999/EC", "31999R2002"),
        ("Regulation (EC) No 2002/99", "31999R2002"),
        ("Regulation 2001/95/EC", "31995R2001"),
    ]
