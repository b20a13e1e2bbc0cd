"""The anaphor words of the language records (issue 8): "the said" and "that" in the
cases each language declines them, with the three main act types, a pinpoint before
them and without.

Sentences marked with a source are real texts (EUR-Lex, the development corpora); the
others are built on the forms the issue 8 review listed, around acts the corpora cite.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import ShortFormRef
from tests.support.short_form_mentions import anaphors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # tests/data/corpus-ro R01 (judgment C-282/10), the genitive "acestei"
            "Articolul 17 din Directiva 2003/88 prevede că statele membre pot deroga de la "
            "anumite dispoziții ale acestei directive.",
            [("acestei directive", "32003L0088", None)],
            id="ro-genitive",
        ),
        pytest.param(
            "Articolul 1 din Directiva 2003/88 prevede că statele membre sunt obligate să "
            "respecte cerințele privind timpul de lucru. Respectiva directivă prevede și "
            "concediul anual.",
            [("Respectiva directivă", "32003L0088", None)],
            id="ro-sentence-start",
        ),
        pytest.param(
            "Smernica 2003/88/ES sa uplatňuje na všetkých pracovníkov. Podľa článku 7 "
            "uvedenej smernice má každý pracovník nárok na platenú dovolenku.",
            [("uvedenej smernice", "32003L0088", "článku 7")],
            id="sk-genitive",
        ),
        pytest.param(
            "Nariadenie (ES) č. 1049/2001 sa uplatňuje na všetky dokumenty. V uvedenom "
            "nariadení sa stanovujú výnimky.",
            [("uvedenom nariadení", "32001R1049", None)],
            id="sk-locative-neuter",
        ),
        pytest.param(  # Directive 2006/67/EC, recital 1 (EUR-Lex 32006L0067, Slovenian)
            "Direktiva Sveta 68/414/EGS z dne 20. decembra 1968 o obveznosti držav članic EGS "
            "glede vzdrževanja minimalnih zalog surove nafte in/ali naftnih derivatov (3) je "
            "bila večkrat bistveno spremenjena (4). Zaradi jasnosti in racionalnosti bi bilo "
            "treba navedeno direktivo kodificirati.",
            [("navedeno direktivo", "31968L0414", None)],
            id="sl-accusative",
        ),
        pytest.param(
            "Sklep 2011/278/EU se uporablja za vse naprave. Člen 10 navedenega sklepa določa "
            "pravila.",
            [("navedenega sklepa", "32011D0278", "Člen 10")],
            id="sl-masculine-pinpoint",
        ),
        pytest.param(  # Regulation (EC) No 471/2007, recital 1 (EUR-Lex 32007R0471, Bulgarian)
            "Член 32, параграф 1 и параграф 2 от Регламент (ЕО) № 318/2006 предвижда, че "
            "разликата между цените в международната търговия за продуктите, изброени в член "
            "1, параграф 1, букви б), в), г) и ж) от посочения регламент и цените в Общността "
            "могат да се покриват от възстановяване при износ, когато тези продукти са "
            "изнасяни под формата на стоки, изброени в приложение VII към въпросния регламент.",
            [
                ("посочения регламент", "32006R0318", "член 1, параграф 1, букви б), в), г) и ж)"),
                # (the annex linked by 'към', read since the annex's link is a cue: was None)
                ("въпросния регламент", "32006R0318", "приложение VII"),
            ],
            id="bg-masculine",
        ),
        pytest.param(
            "Директива 2003/88/ЕО се прилага за всички работници. Член 7 от посочената "
            "директива урежда платения годишен отпуск.",
            [("посочената директива", "32003L0088", "Член 7")],
            id="bg-feminine-pinpoint",
        ),
        pytest.param(  # Directive (EU) 2015/1535, recital 1 (EUR-Lex 32015L1535, Finnish)
            "Euroopan parlamentin ja neuvoston direktiiviä 98/34/EY (3) on muutettu useita "
            "kertoja ja huomattavilta osin (4). Sen vuoksi mainittu direktiivi olisi "
            "selkeyden ja järkeistämisen takia kodifioitava.",
            [("mainittu direktiivi", "31998L0034", None)],
            id="fi-nominative",
        ),
        pytest.param(
            "Asetus (EY) N:o 1049/2001 on sovellettavissa kaikkiin asiakirjoihin. Mainitun "
            "asetuksen 4 artiklassa säädetään poikkeuksista.",
            [("Mainitun asetuksen", "32001R1049", "4 artiklassa")],
            id="fi-genitive-pinpoint-after",
        ),
        pytest.param(  # the ordinal dot; C-120/21, point 1 (EUR-Lex 62021CJ0120, Croatian)
            "Zahtjev za prethodnu odluku odnosi se na tumačenje članka 7. Direktive 2003/88/EZ "
            "Europskog parlamenta i Vijeća od 4. studenoga 2003. o određenim vidovima "
            "organizacije radnog vremena. Pitanje se odnosi na članak 7. stavak 2. te "
            "direktive.",
            [("te direktive", "32003L0088", "članak 7. stavak 2.")],
            id="hr-ordinal-dot",
        ),
        pytest.param(
            "Direktiva 2003/88/EZ primjenjuje se. Vidjeti članak 7. te direktive.",
            [("te direktive", "32003L0088", "članak 7.")],
            id="hr-ordinal-dot-article",
        ),
        pytest.param(
            "Η οδηγία 2003/88/ΕΚ εφαρμόζεται σε όλους τους εργαζομένους. Το άρθρο 7 της εν "
            "λόγω οδηγίας ρυθμίζει την ετήσια άδεια.",
            [("της εν λόγω οδηγίας", "32003L0088", "άρθρο 7")],
            id="el-linking-genitive",
        ),
        pytest.param(
            "Le règlement (CE) n° 1049/2001 s'applique à tous les documents. L'article 4 "
            "dudit règlement prévoit des exceptions.",
            [("dudit règlement", "32001R1049", "article 4")],
            id="fr-dudit-pinpoint",
        ),
        pytest.param(
            "Der Beschluss 2011/278/EU gilt für alle Anlagen. Nach Art. 10 des genannten "
            "Beschlusses werden die Zuteilungen berechnet.",
            [("des genannten Beschlusses", "32011D0278", "Art. 10")],
            id="de-masculine-genitive",
        ),
        pytest.param(
            "Die Richtlinie 2003/88/EG gilt für alle Arbeitnehmer. Die besagte Richtlinie "
            "regelt den Jahresurlaub.",
            [("Die besagte Richtlinie", "32003L0088", None)],
            id="de-sentence-start",
        ),
        pytest.param(
            "Dyrektywa 2003/88/WE ma zastosowanie do wszystkich pracowników. Wspomniana "
            "dyrektywa reguluje coroczny płatny urlop.",
            [("Wspomniana dyrektywa", "32003L0088", None)],
            id="pl-nominative",
        ),
        pytest.param(
            "Il regolamento (CE) n. 1049/2001 si applica a tutti i documenti. L'articolo 4 del "
            "citato regolamento prevede alcune eccezioni.",
            [("citato regolamento", "32001R1049", "articolo 4")],
            id="it-citato",
        ),
        pytest.param(
            "El Reglamento (CE) n.º 1049/2001 se aplica a todos los documentos. El artículo 4 "
            "del citado Reglamento establece las excepciones.",
            [("del citado Reglamento", "32001R1049", "artículo 4")],
            id="es-del-citado",
        ),
        pytest.param(  # "el referido Reglamento" as in 2012/C 338/01 (OJ C 338, 6.11.2012, p. 1)
            "El Reglamento (CE) n.º 1049/2001 se aplica a todos los documentos. Las "
            "innovaciones introducidas por el referido Reglamento afectan a su artículo 4.",
            [("el referido Reglamento", "32001R1049", None)],
            id="es-el-referido",
        ),
        pytest.param(
            "Lēmums 2011/278/ES ir piemērojams saskaņā ar Eiropas Savienības tiesību aktiem. "
            "Minētais lēmums nosaka noteikumus.",
            [("Minētais lēmums", "32011D0278", None)],
            id="lv-masculine",
        ),
        pytest.param(
            "Id-Direttiva 2003/88/KE tal-Parlament Ewropew u tal-Kunsill tapplika għall-"
            "ħaddiema kollha. L-Artikolu 7 tal-imsemmija direttiva jirregola l-leave annwali.",
            [("tal-imsemmija direttiva", "32003L0088", "Artikolu 7")],
            id="mt-tal-imsemmija",
        ),
        pytest.param(
            "Ir-Regolament (KE) Nru 1049/2001 tal-Parlament Ewropew u tal-Kunsill japplika "
            "għad-dokumenti kollha. L-Artikolu 4 tar-Regolament imsemmi jirregola l-"
            "eċċezzjonijiet.",
            # the pinpoint linked by tar- glued to the anaphor, as to an act (was None)
            [("Regolament imsemmi", "32001R1049", "Artikolu 4")],
            id="mt-after",
        ),
    ],
)
def test_anaphor_in_its_case(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Implementing Regulation (EU) No 1225/2011, recital 1 (EUR-Lex 32011R1225,
        # Croatian): two regulations in the sentence, "spomenutu Uredbu" is doubtful
        pytest.param(
            "Uredba Komisije (EEZ) br. 2290/83 od 29. srpnja 1983. o utvrđivanju odredaba za "
            "provedbu članaka od 50. do 59.b, 63.a i 63.b Uredbe Vijeća (EEZ) br. 918/83 o "
            "uspostavi sustava oslobođenja od carina u Zajednici (2) nekoliko puta je znatno "
            "izmijenjena (3). Radi jasnoće i preglednosti spomenutu Uredbu treba kodificirati.",
            id="hr-two-regulations",
        ),
        # plurals: "uvedené", "wspomniane", Maltese "Direttivi", Romanian "alte directive"
        pytest.param(
            "Smernica 2003/88/ES sa uplatňuje na všetkých pracovníkov. Uvedené smernice sa "
            "uplatňujú spoločne.",
            id="sk-plural",
        ),
        pytest.param(
            "Dyrektywa 2003/88/WE ma zastosowanie do wszystkich pracowników. Wspomniane "
            "dyrektywy stosuje się łącznie.",
            id="pl-plural",
        ),
        pytest.param(
            "Id-Direttiva 2003/88/KE tal-Parlament Ewropew u tal-Kunsill tapplika għall-"
            "ħaddiema kollha. Id-Direttivi msemmija jirregolaw il-leave annwali.",
            id="mt-plural",
        ),
        pytest.param(
            "Articolul 1 din Directiva 2003/88 prevede că statele membre sunt obligate să "
            "respecte cerințele privind timpul de lucru. Statele membre pot adopta și alte "
            "directive în acest domeniu.",
            id="ro-plural",
        ),
        # Bulgarian neuter: "посоченото решение" is as often a judgment cited
        pytest.param(
            "Решение 2011/278/ЕС се прилага за всички инсталации. Член 10 от посоченото "
            "решение урежда правилата.",
            id="bg-neuter",
        ),
    ],
)
def test_no_anaphor(text: str) -> None:
    assert anaphors(text) == []


def test_a_capital_after_the_ordinal_dot_ends_the_sentence() -> None:
    text = "Direktiva 2003/88/EZ primjenjuje se. Vidjeti članak 7. Ta direktiva uređuje odmor."
    assert anaphors(text) == [("Ta direktiva", "32003L0088", None)]


def test_a_plural_is_no_use_of_a_defined_type_word() -> None:
    # Romanian "directive" is singular only after a determiner: "alte directive" is no use
    # of the alias "directiva"
    text = (
        "Prezenta cerere a fost formulată în cadrul unui litigiu privind Directiva 2003/88/CE "
        "a Parlamentului European și a Consiliului (denumită în continuare „directiva”). "
        "Statele membre pot adopta și alte directive în acest domeniu, iar directiva se aplică."
    )
    found = [(r.text, r.how) for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]
    assert found == [("directiva", "defined_term")]
