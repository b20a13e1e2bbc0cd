"""A Slovak alias of an adjective and a declined type word, used later in another case, the
adjective agreeing (``(ďalej len „šiesta smernica“)`` ... ``článkom 13 časťou C šiestej
smernice``): the record's ``back_references.adjective_endings``."""

from __future__ import annotations

import pytest

import eurefs

# the Opinion of AG Geelhoed in C-269/03 Vermietungsgesellschaft Objekt Kirchberg, points 1
# and 2, taxlawapp.eu (EUR-Lex 62003CC0269), Slovak
KIRCHBERG = (
    "1.        Toto konanie sa týka výkladu ustanovení článku 13 časti C šiestej smernice Rady "
    "77/388/EHS zo 17. mája 1977 o zosúladení právnych predpisov členských štátov týkajúcich "
    "sa daní z obratu – spoločný systém dane z pridanej hodnoty: jednotný základ jej "
    "stanovenia(2) (Ú. v. ES L 145, s. 1, ďalej len „šiesta smernica“). Konkrétne, Cour "
    "d’appel (Luxembursko) kladie otázku, či je v súlade s článkom 13 časťou C šiestej "
    "smernice, ak sa podmieni právo na odpočet.\n\n2.        Článok 13 časť B písm. b) a časť "
    "C šiestej smernice stanovuje:"
)


def test_the_declined_alias_is_the_act() -> None:
    shorts = [r for r in eurefs.extract(KIRCHBERG) if r.kind == "short_form"]
    assert [(r.text, r.celex, r.pinpoint) for r in shorts] == [
        ("šiestej smernice", "31977L0388", "článkom 13 časťou C"),
        ("šiestej smernice", "31977L0388", "Článok 13 časť B písm. b) a časť C"),
    ]


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # the neuter: the basic anti-dumping regulation's alias as the Court's Slovak defines it
        # ('článok 2 ods. 7 písm. c) nariadenia Rady (ES) č. 1225/2009 (ďalej len „základné
        # nariadenie“)', the Opinion of AG Tančev in C-236/17 P, curia.europa.eu); its genitive
        # and instrumental from Slovak grammar (UNCONFIRMED in a text read)
        ("článok 2 ods. 7 písm. c) nariadenia Rady (ES) č. 1225/2009 (ďalej len „základné "
         "nariadenie“)(6). Podľa článku 3 ods. 2 základného nariadenia", "základného nariadenia"),
    ],
)  # fmt: skip
def test_the_neuter(text: str, alias: str) -> None:
    last = eurefs.extract(text)[-1]
    assert (last.kind, last.text, last.celex) == ("short_form", alias, "32009R1225")


@pytest.mark.parametrize(
    "tail",
    [
        # another adjective before the same type word: another act
        "Podľa článku 3 tretej smernice sa to neuplatní.",
        "Podľa článku 3 vykonávacieho nariadenia sa to neuplatní.",
    ],
)
def test_another_adjective_is_no_use(tail: str) -> None:
    text = ("nariadenia Rady (ES) č. 1225/2009 (ďalej len „základné nariadenie“) a smernice "
            "77/388/EHS (ďalej len „šiesta smernica“). ") + tail  # fmt: skip
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []
