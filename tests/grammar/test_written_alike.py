"""grammar/written_alike: references every language writes alike (case numbers with a
court's letter, ECLIs, CELEX, ELI and procedure numbers) take the language of the
references and words around them; they all gave English before."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import written_alike
from eurefs.models.light import CaseRef, LegalActRef
from eurefs.models.prototypes import reference

# From the development corpus (the Court's judgment in C-282/10 Dominguez in each
# language, tests/data/corpus-*/docs), the Court's French citation style (``arrêts du
# ..., C-551/03 P``, a French judgment quoted in the ngarneau/link_prediction dataset on
# Hugging Face) and the Irish page of EUR-Lex on COM(2023) 322 (tests/data/corpus-ga).
AROUND = [
    (
        "voir arrêts du 6 avril 2006, General Motors/Commission, C\u2011551/03 P, Rec. "
        "p. I\u20113173, point 51",
        "fr",
    ),
    # the nearest words mislead: Portuguese ``e`` and ``a``, Irish ``a`` and ``i``, ``u.``
    (
        "(zie onder meer arresten van 5 oktober 2004, Pfeiffer e.a., C-397/01–C-403/01, "
        "Jurispr. blz. I-8835, punt 114",
        "nl",
    ),
    ("z 20. januára 2009, Schultz-Hoff a i., C-350/06 a C-520/06, Zb. s. I-179, bod 22", "sk"),
    (
        "vom 20. Januar 2009, Schultz-Hoff u. a., C-350/06 und C-520/06, Slg. 2009, I-179, "
        "Randnr. 22",
        "de",
    ),
    ("see, by analogy, judgment of 19 July 2012, Adil, C\u2011278/12 PPU, EU:C:2012:508", "en"),
    ("An Bhruiséil,9.6.2023\n\nCOM(2023) 322 final\n\n2023/0186(NLE)\n", "ga"),
]


@pytest.mark.parametrize(("text", "lang"), AROUND)
def test_the_words_around_tell_the_language(text: str, lang: str) -> None:
    refs = eurefs.extract(text, short_forms=False)
    alike = [r for r in refs if r.kind in {"case", "ecli", "procedure"}]
    assert alike
    assert {r.lang for r in alike} == {lang}


def test_a_neighbour_with_words_of_its_own_tells_the_language() -> None:
    # Romanian (R02, C-282/10): the directive's ``Directiva`` is Romanian or Spanish,
    # the sentence decides; the case numbers follow it
    text = (
        "Directiva 2003/88/CE a Parlamentului European și a Consiliului (a se vedea "
        "Hotărârea din 26 iunie 2001, BECTU, C-173/99, Rec., p. I-4881, punctul 43)"
    )
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.kind, r.lang) for r in refs] == [("legal_act", "ro"), ("case", "ro")]


def test_alone_a_reference_written_alike_keeps_the_default_language() -> None:
    for text in ("C-302/10", "ECLI:EU:C:2012:508", "32016R0679", "2021/0106(COD)"):
        (ref,) = eurefs.extract(text, short_forms=False)
        assert ref.lang == "en"
        assert eurefs.parse(text).lang == "en"


def _case(start: int, end: int) -> CaseRef:
    return reference(
        CaseRef,
        "C-1/10",
        start,
        end,
        lang=written_alike.UNDECIDED,
        normalized="C-1/10",
        number=1,
        year=2010,
    )


def _act(start: int, end: int, lang: str) -> LegalActRef:
    return reference(LegalActRef, "x", start, end, lang=lang, act_type="directive", normalized="x")


def test_the_nearer_neighbour_wins_within_reach() -> None:
    text = " " * 5_000
    refs = [_act(0, 10, "fr"), _case(20, 26), _act(30, 40, "de")]
    written_alike.decide(refs, text)
    assert refs[1].lang == "de"  # 10 characters before against 4 after: the later
    refs = [_act(0, 10, "fr"), _case(12, 18), _act(30, 40, "de")]
    written_alike.decide(refs, text)
    assert refs[1].lang == "fr"
    far = written_alike.REACH + 10
    refs = [_act(0, 10, "fr"), _case(10 + far, 16 + far)]
    written_alike.decide(refs, text)
    assert refs[1].lang == "en"  # beyond reach, and blank text tells nothing


# A party's name is written in its own language, whatever the text's: its small words
# (``della``, ``e``, ``del``, ``di``) tell nothing.  An English case list in swarb.co.uk's
# layout (``Alzetta and Others v Commission (State Aid) T-6/98: ECFI 15 Jun 2000``, then
# the summary and ``Citations:``; swarb.co.uk/tag/european, pages corpus) with the parties
# of C-198/01 CIF, and the parties of C-222/04 as BAILII's English judgment names them
# (``Ministero dell'Economia e delle Finanze v Cassa di Risparmio di Firenze SpA``); each
# case was Italian before.
SWARB = (
    "Updated: 20 April 2022; Ref: scu.526678\n\n"
    "Consorzio Industrie Fiammiferi (CIF) v Autorita Garante della Concorrenza e del "
    "Mercato C-198/01: ECJ 9 Sep 2003\n\n"
    "The Court held that a national competition authority must disapply national "
    "legislation.\n\nCitations:\n\nC-198/01, [2003] EUECJ C-198/01"
)
NAMES_IN_PROSE = [
    (SWARB, "en"),
    (
        "as held in Ministero dell'Economia e delle Finanze v Cassa di Risparmio di Firenze "
        "SpA (C-222/04) [2006] ECR I-289",
        "en",
    ),
    # the text's own words still tell: Italian around Italian names (EUR-Lex's title of
    # 62007CJ0162), German, whose nouns all have capitals
    (
        "Ampliscientifica Srl e Amplifin SpA contro Ministero dell’Economia e delle Finanze e "
        "Agenzia delle Entrate. Causa C-162/07.",
        "it",
    ),
    ("sentenza del 10 gennaio 2006, Cassa di Risparmio di Firenze e a., C-222/04", "it"),
    ("Nach dem Urteil des Gerichtshofs vom 22. Mai 2008 in der Rechtssache C-162/07", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NAMES_IN_PROSE)
def test_the_small_words_of_a_name_tell_no_language(text: str, lang: str) -> None:
    cases = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "case"]
    assert cases
    assert {r.lang for r in cases} == {lang}


def test_a_window_reads_the_word_its_start_cuts_whole() -> None:
    text = "Ministero dell Ambiente e della Tutela del Territorio"
    start = text.index("mbiente")  # (the word, and so the name it is in, read whole)
    assert written_alike._window(text, start, len(text)) == text[text.index("Ambiente") :]
    assert written_alike._window(text, 0, 9) == "Ministero"


def test_a_czech_word_dutch_writes_too_tells_neither() -> None:
    # The head of each Supreme Administrative Court decision jurilogie.cz prints
    # (ECLI:CZ:NSS:2018:10.AS.242.2017:40; pages corpus): 'dat' (of data) is Dutch's 'dat'
    # too, and the ECLI after 'Zdroj dat je dostupný na' was Dutch.
    text = (
        "Rozhodnutí Nejvyššího správního soudu ze dne 29.08.2018, sp. zn. 10 As 242/2017 - "
        "40 [ rozsudek / výz-C ], dostupné na http://www.jurilogie.cz/ecli/"
        "ECLI:CZ:NSS:2018:10.AS.242.2017:40\n\nZdroj dat je dostupný na "
        "http://www.nssoud.cz\nECLI:CZ:NSS:2018:10.AS.242.2017:40\nsp. zn. 10 As 242/2017 "
        "- 40 ROZSUDEK Nejvyšší správní soud rozhodl v senátě"
    )
    eclis = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "ecli"]
    assert [r.lang for r in eclis] == ["cs", "cs"]
