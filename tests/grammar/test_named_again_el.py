"""The Charter in Greek: named in full in the nominative, as the Court's keyword lines open
with it (``Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης — Άρθρο 27``), and named
again by its short name (``Άρθρο 51, παράγραφος 1, του Χάρτη``): the record
``eurefs/languages/el.py`` (``treaties``, CFR) with ``eurefs/grammar/named_again.py``."""

from __future__ import annotations

import eurefs

# the Opinion of AG Cruz Villalón in C-176/12 Association de médiation sociale (EUR-Lex
# 62012CC0176, Greek; pages corpus): its keyword line, the Charter in full, then its articles
# by the short name; all three articles were nothing
AMS = (
    "«Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης — Άρθρο 27 — Δικαίωμα των "
    "εργαζομένων στην ενημέρωση και τη διαβούλευση στο πλαίσιο της επιχειρήσεως — Οδηγία "
    "2002/14/ΕΚ — Εθνική διάταξη η οποία αποκλείει ορισμένες κατηγορίες εργαζομένων από το "
    "δικαίωμα εκπροσωπήσεως στο πλαίσιο της επιχειρήσεως — Αποτελέσματα των θεμελιωδών "
    "δικαιωμάτων στις σχέσεις μεταξύ ιδιωτών — Θεώρηση θεμελιώδους δικαιώματος του Χάρτη ως "
    "“αρχής” — Άρθρο 51, παράγραφος 1, του Χάρτη — Άρθρο 52, παράγραφος 5, του Χάρτη — "
    "Δυνατότητα επικλήσεως “αρχής” σε διαφορά μεταξύ ιδιωτών"
)
_NORMAL = "άρθρο {} του Χάρτη των Θεμελιωδών Δικαιωμάτων"


def _charter(text: str) -> list[tuple[str, str]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized) for r in refs if r.treaty == "CFR"]  # type: ignore[union-attr]


def test_the_keyword_line_names_the_charter_then_its_articles_by_the_short_name() -> None:
    assert _charter(AMS) == [
        ("Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης — Άρθρο 27",
         _NORMAL.format(27)),
        ("Άρθρο 51, παράγραφος 1, του Χάρτη", _NORMAL.format("51, παράγραφος 1")),
        ("Άρθρο 52, παράγραφος 5, του Χάρτη", _NORMAL.format("52, παράγραφος 5")),
    ]  # fmt: skip
    for _, normal in _charter(AMS):
        assert eurefs.parse(normal).treaty == "CFR"


def test_not_before_the_charter_is_named_nor_another_charter() -> None:
    # (forms made for the test: the short name alone, and the United Nations' Charter after
    # the Charter in full)
    assert _charter("Άρθρο 51, παράγραφος 1, του Χάρτη — Άρθρο 52") == []
    text = AMS + ". Το άρθρο 1 του Χάρτη των Ηνωμένων Εθνών και το άρθρο 2 του Χάρτη ΟΗΕ."
    assert len(_charter(text)) == 3
