"""Anaphors in Croatian, Irish and Latvian (``eurefs/short_forms/anaphors.py`` reading each
record's words): real sentences from EUR-Lex (CELEX given) and the development texts."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import eurefs
from eurefs.languages import BY_CODE
from eurefs.models.references import ShortFormRef
from eurefs.short_forms.anaphors import _thereof, _thereof_pin, find_anaphors
from eurefs.short_forms.common import alternation, bounded_alternation
from eurefs.short_forms.determiners import determiner_before, find_determiner
from eurefs.short_forms.type_words import scan_type_words
from tests.support.short_form_mentions import anaphor_targets as anaphors

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # hr, Regulation (EU) No 479/2010, recital 1 (EUR-Lex 32010R0479)
            "Članak 192. stavak 1. Uredbe (EZ) br. 1234/2007 predviđa razmjenu podataka "
            "potrebnih za primjenu te Uredbe između država članica i Komisije.",
            [("te Uredbe", "32007R1234")],
        ),
        (  # hr, Directive 2006/114/EC, recital 1 (EUR-Lex 32006L0114)
            "Direktiva Vijeća 84/450/EEZ od 10. rujna 1984. o zavaravajućem i komparativnom "
            "oglašavanju (3) bitno je izmijenjena nekoliko puta (4). Radi jasnoće i "
            "racionalnosti navedenu Direktivu treba kodificirati.",
            [("navedenu Direktivu", "31984L0450")],
        ),
        (  # lv, Directive (EU) 2015/2203, recital 1 (EUR-Lex 32015L2203)
            "Padomes Direktīva 83/417/EEK (3) paredz dalībvalstu tiesību aktu tuvināšanu "
            "attiecībā uz dažiem laktoproteīniem (kazeīniem un kazeinātiem), kas paredzēti "
            "lietošanai pārtikā. Kopš minētā direktīva stājās spēkā, ir veiktas vairākas "
            "izmaiņas.",
            [("minētā direktīva", "31983L0417")],
        ),
        (  # ga, Regulation (EU) 2015/941, recital 1 (EUR-Lex 32015R0941): the determiner
            # follows the type word
            "Rinneadh Rialachán (CE) Uimh. 153/2002 ón gComhairle (2) a leasú go substaintiúil "
            "roinnt uaireanta (3). Ar mhaithe le soiléire agus le réasúntacht, ba cheart an "
            "Rialachán sin a chódú.",
            [("Rialachán sin", "32002R0153")],
        ),
        (  # lt, the masculine with reglamentas: summary of the judgment in C-523/09
            # (EUR-Lex 62009CJ0523, Lithuanian)
            "Reglamento Nr. 882/2004 dėl oficialios kontrolės [...] 27 straipsnio 3 ir 4 dalys "
            "turi būti aiškinamos taip, kad jomis leidžiama valstybei narei rinkti mokesčius, "
            "kurių minimalūs dydžiai nustatyti šio reglamento IV priedo B skirsnyje, [...] nors "
            "kompetentingų valdžios institucijų turėtos išlaidos, susijusios su minėtame "
            "reglamente numatytais sanitariniais patikrinimais ir kontrole, yra mažesnės už "
            "šiuos dydžius, jei neįvykdytos to paties reglamento 27 straipsnio 6 dalies "
            "taikymo sąlygos.",
            [
                ("šio reglamento", "32004R0882"),
                ("minėtame reglamente", "32004R0882"),
                ("to paties reglamento", "32004R0882"),
            ],
        ),
        (  # da, the genitive after the determiner: Commission Regulation (EC) No 17/2006,
            # recital 1 (EUR-Lex OJ L 4, 7.1.2006, Danish)
            "I forordning (EF) nr. 3223/94 fastsættes som følge af gennemførelsen af "
            "resultaterne af de multilaterale handelsforhandlinger under Uruguay-runden "
            "kriterierne for Kommissionens fastsættelse af de faste værdier ved import fra "
            "tredjelande for de produkter og perioder, der er anført i nævnte forordnings bilag.",
            [("nævnte forordnings", "31994R3223")],
        ),
        (  # nl, "die" with the regulation (a letter template in a public repository)
            "De grenscontrole moest binnen de in artikel 52, lid 1, van Verordening (EU) "
            "2017/2226 gestelde termijn van 45 dagen over de uitkomst te informeren. Bij "
            "gebreke daarvan behoud ik mij het recht voor een klacht in te dienen op grond van "
            "artikel 54 van die verordening.",
            [("die verordening", "32017R2226")],
        ),
        (  # sv, "that" before the definite form: Council Regulation (EC) No 1973/2002,
            # recital 3 (EUR-Lex 32002R1973, as JRC-Acquis has it)
            "I artikel 4 i förordning (EG) nr 2026/97 anges att vissa subventioner som rör "
            "miljö, forskning och regional utveckling inte är utjämningsbara. I artikel 10.5 "
            "och 10.6 i den förordningen anges vidare att undersökningar kan inledas.",
            [("den förordningen", "31997R2026")],
        ),
    ],
)
def test_anaphor_resolves_to_the_act_cited_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert anaphors(text) == expected


def test_latvian_anaphors_in_the_development_judgment() -> None:
    """C-282/10 (lv, L01): "šajā direktīvā" right after "Direktīvā 2003/88" is an anaphor;
    "ar šo direktīvu", after directives 93/104 and 2003/88 in one sentence, is doubtful."""
    text = (DATA / "corpus-lv/docs/L01-lv-cjeu-c-282-10-dominguez.txt").read_text(encoding="utf-8")
    assert "ar šo direktīvu" in text
    assert anaphors(text) == [("šajā direktīvā", "32003L0088")]


@pytest.mark.parametrize(
    "text",
    [
        # hr: the act's own "Ova Uredba" (its closing formula) after its title
        (DATA / "corpus-hr/docs/K02-hr-council-regulation-2020-283.txt").read_text(encoding="utf-8")
        + "\n\nOva Uredba stupa na snagu dvadesetog dana od dana objave u Službenom listu "
        "Europske unije.\n",
        # hr: "te" is also "and" (OJ L 186, 2019, contents: Regulation (EU) 2019/1148)
        "Uredba (EU) 2019/1148 Europskog parlamenta i Vijeća od 20. lipnja 2019. o stavljanju "
        "na tržište i uporabi prekursora eksploziva te izmjeni Uredbe (EZ) br. 1907/2006 i "
        "stavljanju izvan snage Uredbe (EU) br. 98/2013",
        # lv: in an act, "Šī direktīva" is the act itself (Directive (EU) 2022/1999, EUR-Lex
        # 02022L1999, title and Article 1)
        "EIROPAS PARLAMENTA UN PADOMES DIREKTĪVA (ES) 2022/1999\n(2022. gada 19. oktobris)\n"
        "par vienotu kārtību, kādā pārbauda bīstamo kravu pārvadāšanu pa autoceļiem "
        "(kodifikācija)\n\n1. pants\n1.\nŠī direktīva attiecas uz pārbaudēm, ko bīstamo kravu "
        "pārvadājumos pa autoceļiem dalībvalstis veic transportlīdzekļiem.",
        # ga: "seo" is "this" (Style Guide 3.2.3: "an Iarscríbhinn a ghabhann leis an
        # Rialachán seo"), here after a regulation cited in full
        "Ag féachaint do Rialachán (AE) 2019/2152 ó Pharlaimint na hEorpa agus ón gComhairle. "
        "Na rialacha a leagtar amach san Iarscríbhinn a ghabhann leis an Rialachán seo.",
        # ga: "na Rialacháin sin" is plural, "those Regulations" (the recital of 32015R0941
        # with the plural put in)
        "Rinneadh Rialachán (CE) Uimh. 153/2002 ón gComhairle (2) a leasú go substaintiúil "
        "roinnt uaireanta (3). Ar mhaithe le soiléire agus le réasúntacht, ba cheart na "
        "Rialacháin sin a chódú.",
        # lt: the masculine determiners point back with reglamentas only: "šio sprendimo"
        # is how a judgment names itself ("šio sprendimo 29 punktą": its paragraph 29);
        # a sentence made for the test, after a decision cited in full
        "Sprendimas 2010/87/ES taikomas. Žr. šio sprendimo 29 punktą ir minėto sprendimo "
        "3 straipsnį.",
        # sv: "den" before the indefinite form is "the", not "that" ("the regulation
        # referred to in Article 3"; a sentence made for the test)
        "Förordning (EG) nr 2026/97 gäller. Den förordning som avses i artikel 3 gäller.",
        # nl: "die" is no anaphor before a decision ("dat besluit", "die beschikking": in a
        # judgment the national decision under review), nor after a stray "een verordening"
        "Besluit 2010/87/EU geldt. Tegen dat besluit heeft eiser bezwaar gemaakt.",
        "Verordening (EU) 2016/679 geldt. De gemeenteraad stelt een verordening vast. In "
        "die verordening staat het.",
    ],
)
def test_self_reference_plural_or_conjunction_emits_nothing(text: str) -> None:
    assert anaphors(text) == []


def test_irish_singular_genitive_is_an_anaphor_and_the_plural_is_not() -> None:
    """``an Rialacháin sin`` ("of that Regulation") and ``na Rialacháin sin`` ("those
    Regulations") share the type word: the article tells them apart (``plural_heads``)."""
    cited = "Rinneadh Rialachán (CE) Uimh. 153/2002 ón gComhairle a leasú. "
    assert anaphors(cited + "Chun críocha an Rialacháin sin.") == [("Rialacháin sin", "32002R0153")]
    assert anaphors(cited + "Chun críocha na Rialacháin sin.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the record's pinpoint conjunctions and lower subdivisions (no language in code)
        (
            "Die Richtlinie 2003/88/EG regelt den Urlaub. Nach Artikel 7 Abs. 1 der genannten "
            "Richtlinie haben Arbeitnehmer Anspruch.",
            [("der genannten Richtlinie", "Artikel 7 Abs. 1")],
        ),
        (
            "La directive 2003/88/CE régit les congés. Selon les articles 5 et 7 de ladite "
            "directive, les travailleurs ont droit.",
            [("ladite directive", "articles 5 et 7")],
        ),
        (
            "Directive 2003/88/EC governs leave. Under Articles 5 and 7 of that Directive, "
            "workers are entitled.",
            [("that Directive", "Articles 5 and 7")],
        ),
        # Maltese: the link written apart before the determiner (Commission Decision
        # 2007/863/EC, recital 1, EUR-Lex 32007D0863, Maltese)
        (
            "Jekk l-ammont ta’ demel huwa differenti minn dak speċifikat fl-Anness III "
            "tad-Direttiva 91/676/KEE, dak l-ammont għandu jiġi ffissat sabiex ma "
            "jippreġudikax il-kisba ta’ l-għanijiet speċifikati fl-Artikolu 1 ta’ dik "
            "id-Direttiva u għandu jkun ġustifikat.",
            [("dik id-Direttiva", "Artikolu 1")],
        ),
    ],
)
def test_pinpoint_words_come_from_the_record(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(r.text, r.pinpoint) for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]
    assert found == expected


def test_a_stray_type_word_after_the_english_article_is_the_act_unless_qualified() -> None:
    cited = "Directive 2003/88/EC governs leave. "
    after = " That Directive applies."
    same = cited + "The obligation referred to by the directive must be met." + after
    assert anaphors(same) == [("That Directive", "32003L0088")]
    other = cited + "The directive of the Member State is different." + after
    assert anaphors(other) == []


@pytest.mark.parametrize(
    ("text", "pinpoint", "word"),
    [
        # the record's thereof_pinpoint_words, its first word repeated in a list
        ("Having regard to Directive 2003/88/EC, and in particular Articles 3 and 4 thereof,",
         "Articles 3 and 4", "thereof"),
        ("Having regard to Regulation (EU) 2016/679, and in particular Annex II thereof,",
         "Annex II", "thereof"),
        ("Having regard to Regulation (EU) 2016/679, and in particular Article 5(1) and "
         "Article 7 thereof,", "Article 5(1) and Article 7", "thereof"),
        # Maltese 'tiegħu': Commission Implementing Regulation (EU) 2020/132, its enacting
        # formula (EUR-Lex 32020R0132, the title of the act cited shortened), and
        # Commission Regulation (EC) No 22/2008 (EUR-Lex 32008R0022, its list)
        ("Wara li kkunsidrat ir-Regolament (UE) Nru 1308/2013 tal-Parlament Ewropew u "
         "tal-Kunsill tas-17 ta’ Diċembru 2013 li jistabbilixxi organizzazzjoni komuni "
         "tas-swieq fi prodotti agrikoli (1), u b’mod partikolari l-Artikolu 221(1) tiegħu,",
         "Artikolu 221(1)", "tiegħu"),
        ("Wara li kkunsidrat ir-Regolament tal-Kunsill (KEE) Nru 2137/92 tat-23 ta’ Lulju "
         "1992 li jirrigwarda l-iskala Komunitarja (2), u b’mod partikolari l-Artikoli 2, "
         "4(3), 5, 6 u 7(2) tiegħu,", "Artikoli 2, 4(3), 5, 6 u 7(2)", "tiegħu"),
        # ... and 'tagħha' after a directive (Commission Directive 2007/16/EC, EUR-Lex
        # 32007L0016, its title shortened): the article, the point before it left out
        ("Wara li kkunsidrat id-Direttiva tal-Kunsill 85/611/KEE ta’ l-20 ta’ Diċembru 1985 "
         "dwar impriżi ta’ investiment kollettiv f’titoli trasferibbli (UCITS) (1), u b’mod "
         "partikolari l-punt (a) ta’ l-Artikolu 53a tagħha,", "Artikolu 53a", "tagħha"),
    ],
)  # fmt: skip
def test_the_pinpoint_before_thereof(text: str, pinpoint: str, word: str) -> None:
    found = [(r.text, r.pinpoint) for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]
    assert found == [(word, pinpoint)]


@pytest.mark.parametrize(
    "lang", sorted(code for code, rec in BY_CODE.items() if rec.back_references.anaphor_determiners)
)
def test_find_determiner_is_the_search_of_determiner_before(lang: str) -> None:
    dets = list(BY_CODE[lang].back_references.anaphor_determiners)
    pieces = [*dets, *(d.split()[-1] for d in dets), " ", "  ", "\n", "x", "-", "_", "(", "2"]
    rng = random.Random(5)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = len(text)
        text += "Regulation"
        lo = rng.randint(0, start)
        expected = determiner_before(lang).search(text, lo, start)
        got = find_determiner(text, lang, lo, start)
        assert (got and got.span("det")) == (expected and expected.span("det")), (text, lo)


@pytest.mark.parametrize(
    "lang", sorted(code for code, rec in BY_CODE.items() if rec.back_references.thereof)
)
def test_the_pinpoint_before_thereof_is_found_as_led_by_a_boundary(lang: str) -> None:
    # the pattern skips to the first letters of its pinpoint words; ``\b`` + the
    # plain alternation (tried at every character) finds the same pinpoints
    w = BY_CODE[lang].back_references
    pattern = _thereof_pin(lang)
    bounded = bounded_alternation(list(w.thereof_pinpoint_words))
    plain = re.compile(
        r"\b" + pattern.pattern.replace(bounded, alternation(list(w.thereof_pinpoint_words)))
    )
    pieces = [*w.thereof_pinpoint_words, *w.pinpoint_conjunctions, " ", "  ", "\n", "5", "II"]
    pieces += ["(1)", ", ", "x", "-", "a"]
    rng = random.Random(6)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) + " "
        lo = rng.randint(0, len(text) - 1)
        got, expected = pattern.search(text, lo), plain.search(text, lo)
        assert (got and got.span("pin")) == (expected and expected.span("pin")), text


@pytest.mark.parametrize(
    "lang", sorted(code for code, rec in BY_CODE.items() if rec.back_references.thereof)
)
def test_the_pinpoint_before_thereof_is_searched_after_the_thereof_before(lang: str) -> None:
    # no pinpoint holds a thereof word, so each is searched from the one before (not
    # 120 characters back again): the pinpoints found are those of the plain search
    w = BY_CODE[lang].back_references
    pieces = [*w.thereof_pinpoint_words, *w.pinpoint_conjunctions, *w.thereof, " ", "  "]
    pieces += ["\n", "5", "II", "(1)", ", ", "x", "-", "a", "1 "]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        expected = []
        for word in w.thereof:
            for at in (m.start() for m in re.finditer(re.escape(word), text)):
                end = at + len(word)
                pin = _thereof_pin(lang).search(text, max(0, at - 120), at)
                if pin is not None and not text[end : end + 1].isalnum():
                    expected.append((at, end, " ".join(pin.group("pin").split())))
        got = [(c.start, c.end, c.pinpoint) for c in _thereof(text, w.thereof, lang)]
        assert got == expected, text


@pytest.mark.parametrize(
    "lang", sorted(code for code, rec in BY_CODE.items() if rec.back_references.anaphor_determiners)
)
def test_no_determiner_holds_a_type_word(lang: str) -> None:
    # find_anaphors searches a determiner after the type word before (not 40 characters
    # back again): right only while no determiner is itself or holds a type word
    for det in BY_CODE[lang].back_references.anaphor_determiners:
        for written in (det, det.upper(), det.capitalize()):
            assert scan_type_words(f" {written} ", lang) == [], written
    text = "Regulation (EU) 2016/679 applies. " + "that Regulation " * 3
    starts = [c.start for c in find_anaphors(text, "en", scan_type_words(text, "en"))]
    assert starts == [m.start() for m in re.finditer("that", text)]


# German legal writing abbreviates the type words after a determiner as before a number
# (record: act_types VO, RL; 'Art 5 a Abs 3 RL 90/387/EWG', an Austrian law journal,
# pages corpus): 'dieser VO', 'der genannten RL', 'diese RL'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die VO (EU) 2016/679 gilt. Nach Art. 6 Abs. 1 lit. a dieser VO ist das erlaubt.",
            [("dieser VO", "32016R0679", "Art. 6 Abs. 1 lit. a")],
        ),
        (
            "Die RL 2006/123/EG gilt. Art. 5 der genannten RL regelt das, diese RL auch.",
            [("der genannten RL", "32006L0123", "Art. 5"), ("diese RL", "32006L0123", None)],
        ),
        (
            "Die Verordnung (EU) 2016/679 gilt. Art. 5 der vorgenannten VO regelt das.",
            [("der vorgenannten VO", "32016R0679", "Art. 5")],
        ),
    ],
)
def test_german_abbreviated_anaphors(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(r.text, r.celex, r.pinpoint) for r in eurefs.extract(text, kinds="short_form")]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # two directives in the sentence of the nearest one ("RL" may also be a plural)
        "Die RL 2006/123/EG und die RL 2000/31/EG gelten. Art. 5 der genannten RL regelt das.",
        # the act itself
        "Die Verordnung (EU) 2016/679 gilt.\n\nHABEN FOLGENDE VERORDNUNG ERLASSEN:\n\n"
        "Artikel 1\n\nDiese VO gilt.",
        # no directive cited before; a compound is no type word
        "Die VO (EU) 2016/679 gilt. Art. 5 dieser RL und der DSGVO-VO-Entwurf.",
    ],
)
def test_german_abbreviated_anaphors_left_alone(text: str) -> None:
    assert [r.text for r in eurefs.extract(text, kinds="short_form")] == []
