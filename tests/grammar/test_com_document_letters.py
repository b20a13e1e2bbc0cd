"""Commission documents in the letters of their language (``eurefs/grammar/com_documents.py``):
``KOM``/``SEK`` for COM/SEC and ``K``/``Ε`` for C documents, read with the words of the
language that writes them.

Before, ``KOM`` and ``SEK`` were German only: a Danish, Swedish, Finnish, Estonian, Czech
or Slovak ``KOM(2008) 563 endelig`` was labelled ``de`` and, read with German words, left
open whether it was a proposal (no CELEX); a C document written ``K(2008) 5533`` or
``Ε(2008) 5533`` was missed.
"""

from __future__ import annotations

import pytest

import eurefs


def _com(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.text, r.lang, r.celex)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "com_document"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex 52008PC0563 (Danish)
        (
            "Forslag til Rådets forordning om ændring af forordning (EF) nr. 1290/2005 "
            "{SEK(2008) 2436}\n\nBruxelles, den 17.9.2008\n\nKOM(2008) 563 endelig\n\n"
            "2008/0183 (CNS)\n\nForslag til\n\nRÅDETS FORORDNING",
            [
                ("SEK(2008) 2436", "da", "52008SC2436"),
                ("KOM(2008) 563 endelig", "da", "52008PC0563"),
            ],
        ),
        # a Commission staff working document's Swedish title (op.europa.eu)
        (
            "Arbetsdokument från kommissionens avdelningar - Bilaga till Meddelande från "
            "kommissionen till rådet, Europaparlamentet, Europeiska ekonomiska och sociala "
            "kommittén samt Regionkommittén - En EU-Strategi mot invaderande arter - "
            "Sammanfattning av konsekvensbedömningen KOM(2008) 789 slutlig (SEK(2008) 2887)",
            [
                ("KOM(2008) 789 slutlig", "sv", "52008DC0789"),
                ("SEK(2008) 2887", "sv", "52008SC2887"),
            ],
        ),
        # EUR-Lex 52007PC0090 (Finnish)
        (
            "Ehdotus Euroopan parlamentin ja neuvoston asetus elintarvikehygieniasta annetun "
            "Euroopan parlamentin ja neuvoston asetuksen (EY) N:o 852/2004 muuttamisesta "
            "{SEK(2007) 301}\n\nBryssel 6.3.2007\n\nKOM(2007) 90 lopullinen\n\n",
            [
                ("SEK(2007) 301", "fi", "52007SC0301"),
                ("KOM(2007) 90 lopullinen", "fi", "52007PC0090"),
            ],
        ),
        # EUR-Lex 52008PC0650 (Estonian), with its EUR-Lex header form
        (
            "Ettepanek: Euroopa parlamendi ja Nõukogu direktiiv, millega muudetakse "
            "direktiivi 2002/15/EÜ /* KOM/2008/0650 lõplik - COD 2008/0195 */",
            [("KOM/2008/0650 lõplik", "et", "52008PC0650")],
        ),
        # ... and Maltese, EUR-Lex 52007PC0840 in its former text view (LexUriServ)
        (
            "Proposta għal direttiva …/…/KE tal-Parlament Ewropew u tal-Kunsill dwar "
            "l-approvazzjoni tat-tip ta’ komponent għal tagħmir ta’ dawl (Verżjoni "
            "kkodifikata) /* KUMM/2007/0840 finali - COD 2007/0284 */",
            [("KUMM/2007/0840 finali", "mt", "52007PC0840")],
        ),
        # EP resolution P7_TA(2010)0311 (Czech)
        (
            "s ohledem na sdělení Komise nazvané „Třetí strategický přezkum zlepšování právní "
            "úpravy v Evropské unii“ (KOM(2009)0015),",
            [("KOM(2009)0015", "cs", "52009DC0015")],
        ),
        # Commission Decision 2008/788/EC, its title in Slovak, Czech, Danish, Swedish,
        # Greek (op.europa.eu); German: Decision 2008/738/EC (EUR-Lex 32008D0738);
        # Estonian: Decision 2007/589/EC
        (
            "v Portugalsku na kalendárne roky 2009 – 2012 [oznámené pod číslom K(2008) 5533] "
            "(Iba portugalské znenie je autentické)",
            [("K(2008) 5533", "sk", None)],
        ),
        (
            "v Portugalsku pro kalendářní roky 2009–2012 (oznámeno pod číslem K(2008) 5533) "
            "(Pouze portugalské znění je závazné)",
            [("K(2008) 5533", "cs", None)],
        ),
        (
            "frivillig graduering i Portugal for kalenderårene 2009-2012 (meddelt under "
            "nummer K(2008) 5533)",
            [("K(2008) 5533", "da", None)],
        ),
        (
            "frivillig modulering i Portugal för kalenderåren 2009–2012 [delgivet med nr "
            "K(2008) 5533]",
            [("K(2008) 5533", "sv", None)],
        ),
        (
            "για τα ημερολογιακά έτη 2009 έως 2012 [κοινοποιηθείσα υπό τον αριθμό Ε(2008) 5533]",
            [("Ε(2008) 5533", "el", None)],
        ),
        (
            "(Bekannt gegeben unter Aktenzeichen K(2008) 2257) (Text von Bedeutung für den EWR)",
            [("K(2008) 2257", "de", None)],
        ),
        (
            "kasvuhoonegaaside heiteseire ja aruandluse suunised (teatavaks tehtud numbri "
            "K(2007) 3416 all)",
            [("K(2007) 3416", "et", None)],
        ),
        # Finnish: the contents of OJ L 159 of 22 June 2005 (EUR-Lex OJ:L:2005:159:FULL;
        # pages corpus); was 'de'
        (
            "Komission päätös, tehty 6 päivänä lokakuuta 2004, yrityskeskittymän julistamisesta "
            "yhteismarkkinoille ja ETA-sopimuksen toimintaan soveltuvaksi (Asia COMP/M.3431 – "
            "Sonoco/Ahlstrom) (tiedoksiannettu numerolla K(2004) 3678)",
            [("K(2004) 3678", "fi", None)],
        ),
        # the same number in languages writing C
        (
            "kuriuo nustatomos grynosios sumos 2009–2012 kalendoriniais metais (pranešta "
            "dokumentu Nr. C(2008) 5533) (Tekstas autentiškas tik portugalų kalba)",
            [("C(2008) 5533", "lt", None)],
        ),
    ],
)
def test_the_letters_of_a_language_tell_its_documents(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _com(text) == expected


@pytest.mark.parametrize("text", ["k(2008) 5533", "ref. k (2019) 1234", "ε(2008) 5533"])
def test_a_lone_lower_case_letter_is_no_document(text: str) -> None:
    assert _com(text) == []


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # COM typed with the Cyrillic С, О and М (all three, or some): Bulgarian, and read
        # with the Bulgarian words (съобщение: a communication; предложение: a proposal)
        ("Съобщение на Комисията СОМ(2020) 66 final", "СОМ(2020) 66 final", "52020DC0066"),
        ("Предложение СОМ(2020) 66 окончателен", "СОМ(2020) 66 окончателен", "52020PC0066"),
        ("Съобщение на Комисията CОМ (2020) 66 окончателен", "CОМ (2020) 66 окончателен",
         "52020DC0066"),
    ],
)  # fmt: skip
def test_com_typed_with_cyrillic_letters(text: str, span: str, celex: str) -> None:
    """Before, nothing: ``СОМ`` was no type word."""
    (ref,) = eurefs.extract(text, kinds="com_document", short_forms=False)
    assert (ref.text, ref.lang, ref.doc_type, ref.normalized, ref.celex) == (
        span, "bg", "COM", "COM(2020) 66 final", celex
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "сом (2020) 66",  # lower case: a word (the Kyrgyz currency), not the type
        "ГОЛОСОМ(2020) 66",  # the end of a word
        "голосом(2020) 66",
        "éCOM(2020) 66 final",  # (a Latin COM after a letter outside ASCII too)
    ],
)
def test_cyrillic_com_only_as_a_word_of_its_own_in_capitals(text: str) -> None:
    assert _com(text) == []
