"""Where each language's abbreviation of the European Central Bank in its acts' own
numbers (``ECB/2011/14``) comes from: ``Language.ecb_prefixes``.

The texts were read through the project's search tool (corpus ``pages``); the ECB's
legal framework pages (ecb.europa.eu/ecb/legal) list each act in every language with its
number.  The forms of the ECB as an author (``ecb_authors``) are the record's own
``authors`` and ``author_phrases`` that name the Bank.
"""

from __future__ import annotations

_SEEN = (
    "the ECB number in the act's Official Journal title (as on EUR-Lex), as {where} "
    "writes it: {example}"
)
_UNSEEN = (
    "{example}: the abbreviation the language's name of the Bank gives, not yet seen in an "
    "EUR-Lex title or another text read for this project (UNCONFIRMED)"
)

ECB_NUMBERS: dict[str, str] = {
    "en": _SEEN.format(
        where="EUR-Lex 32021O2253", example="'Guideline (EU) [2021/2253] ... (ECB/2021/49)'"
    ),
    "de": _SEEN.format(
        where="EUR-Lex 32022D0368 (DE)", example="'BESCHLUSS (EU) 2022/368 ... (EZB/2022/6)'"
    ),
    "fr": _UNSEEN.format(example="BCE/2011/14 (Banque centrale européenne)"),
    "it": _UNSEEN.format(example="BCE/2011/14 (Banca centrale europea)"),
    "es": _UNSEEN.format(example="BCE/2011/14 (Banco Central Europeo)"),
    "pt": _UNSEEN.format(example="BCE/2011/14 (Banco Central Europeu)"),
    "ro": _SEEN.format(
        where="the ECB's legal framework page (ro)", example="'Decizia BCE/2003/14'"
    ),
    "el": _SEEN.format(
        where="the Publications Office (op.europa.eu, el) and EUR-Lex 32016D0016 (EL, in "
        "Latin letters)",
        example="'(ΕΚΤ/2008/18)', '(EKT/2016/16)'",
    ),
    "bg": _SEEN.format(
        where="the Publications Office (op.europa.eu, bg)",
        example="'Насоки (ЕС) 2015/510 ... (ЕЦБ/2014/60)'",
    ),
    "nl": _SEEN.format(
        where="the ECB's legal framework page (nl)", example="'Richtsnoer ECB/2000/1'"
    ),
    "da": _SEEN.format(where="EUR-Lex 32014D0039(01) (DA)", example="'(ECB/2014/39)'"),
    "sv": _SEEN.format(where="the ECB's legal framework page (sv)", example="'(ECB/2019/31)'"),
    "fi": _SEEN.format(
        where="the Publications Office (op.europa.eu, fi)",
        example="'suuntaviivojen EKP/2008/5 muuttamisesta (EKP/2020/49)'",
    ),
    "et": _SEEN.format(
        where="the Publications Office (op.europa.eu, et)",
        example="'suunis (EL) 2015/510 ... (EKP/2014/60)'",
    ),
    "pl": _SEEN.format(
        where="the OJ as sip.lex.pl reprints it", example="'Wytyczne EBC/2021/26 (2021/975)'"
    ),
    "mt": _SEEN.format(where="EUR-Lex OJ L 2024/1209 (MT)", example="'(BĊE/2024/11)'"),
    "hr": _SEEN.format(
        where="the ECB's legal framework page (hr)", example="'Odluke ESB/2013/6', '(ESB/2015/9)'"
    ),
    "sk": _SEEN.format(
        where="the ECB's legal framework page (sk)", example="'usmernenie ECB/2007/9'"
    ),
    "sl": _SEEN.format(
        where="the Publications Office (op.europa.eu, sl)", example="'(ECB/2021/9)'"
    ),
    "lv": _SEEN.format(where="EUR-Lex 32015D0038 (LV)", example="'(ECB/2015/38)'"),
    "cs": _UNSEEN.format(
        example="ECB/2011/14 (Evropská centrální banka; the Czech OJ writes 'ECB' for the Bank)"
    ),
    "lt": _UNSEEN.format(example="ECB/2011/14 (Europos Centrinis Bankas)"),
    "hu": _UNSEEN.format(example="EKB/2011/14 (Európai Központi Bank)"),
    "ga": _UNSEEN.format(example="BCE/2011/14 (an Banc Ceannais Eorpach)"),
}
