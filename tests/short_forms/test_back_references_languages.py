"""Anaphors in Italian, Spanish, Polish, Dutch, Romanian and Portuguese.

The sentences come from the development texts (judgments C-282/10 Dominguez and
C-302/10 Infopaq, ``tests/data/corpus-<lang>``), shortened where marked ``[...]``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.models.references import ShortFormRef


def anaphors(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, r.normalized, r.lang)
        for r in eurefs.extract(text)
        if isinstance(r, ShortFormRef) and r.how == "anaphor"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # it, I01: "stessa" after the quoted "La presente direttiva" (the directive itself)
            "L’articolo 1 della direttiva 2003/88 prevede quanto segue:\nOggetto e campo di "
            "applicazione\nLa presente direttiva stabilisce prescrizioni minime di sicurezza e "
            "di salute in materia di organizzazione dell’orario di lavoro.\nA tenore "
            "dell’articolo 7 della stessa direttiva:\nFerie annuali",
            [("stessa direttiva", "direttiva 2003/88", "it")],
        ),
        (  # es, E01
            "El artículo 1 de la Directiva 2003/88 establece:\n«Objeto y ámbito de aplicación\n"
            "1.   La presente Directiva establece las disposiciones mínimas de seguridad y salud "
            "en materia de ordenación del tiempo de trabajo.»\n4\nEl artículo 7 de dicha "
            "Directiva preceptúa:",
            [("dicha Directiva", "Directiva 2003/88", "es")],
        ),
        (  # pl, P01 (declined: genitive "tej dyrektywy")
            "2) Artykuł 5 ust. 5 dyrektywy 2001/29 należy interpretować w ten sposób, że jeżeli "
            "tymczasowe czynności zwielokrotniania [...] spełniają wszystkie warunki przewidziane "
            "w art. 5 ust. 1 tej dyrektywy, powinny one być uważane za spełniające warunek.",
            [("tej dyrektywy", "dyrektywa 2001/29", "pl")],
        ),
        (  # nl, N01: "deze richtlijn" in a judgment is "that directive"
            "Artikel 1 van richtlijn 2003/88 bepaalt:\nDoel en toepassingsgebied\nDeze "
            "richtlijn bepaalt minimumvoorschriften inzake veiligheid en gezondheid op het "
            "gebied van de organisatie van de arbeidstijd.\nArtikel 7 van deze richtlijn luidt "
            "als volgt:",
            [
                ("Deze richtlijn", "Richtlijn 2003/88", "nl"),
                ("deze richtlijn", "Richtlijn 2003/88", "nl"),
            ],
        ),
        (  # ro, R01: "Prezenta directivă" is the quoted directive itself, no other act
            "Articolul 1 din Directiva 2003/88 prevede:\nObiectul și domeniul de aplicare\n"
            "Prezenta directivă stabilește cerințe minime de securitate și de sănătate pentru "
            "organizarea timpului de lucru.\nArticolul 7 din această directivă are următorul "
            "cuprins:",
            [("această directivă", "Directiva 2003/88", "ro")],
        ),
        (  # pt, a contracted determiner ("de" + "essa")
            "O artigo 7.º da Diretiva 2003/88/CE prevê férias anuais remuneradas. O artigo 15.º "
            "dessa diretiva permite disposições mais favoráveis.",
            [("dessa diretiva", "Diretiva 2003/88/CE", "pt")],
        ),
    ],
)
def test_anaphor_resolves_to_the_act_cited_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert anaphors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # es, E01 paragraph 19: two directives in the sentence, "dicha Directiva" is doubtful
        "De este modo, los criterios de ejecución y aplicación necesarios para la puesta en "
        "práctica de las disposiciones de la Directiva 93/104, codificada por la Directiva "
        "2003/88, pueden contener determinadas divergencias por lo que respecta a las "
        "condiciones de ejercicio del derecho a vacaciones anuales retribuidas, pero dicha "
        "Directiva no permite que los Estados miembros impidan el propio nacimiento de un "
        "derecho.",
        # ro, R02: the same sentence in Romanian
        "Astfel, modalitățile de executare și de aplicare necesare pentru punerea în aplicare a "
        "prevederilor Directivei 93/104, codificată prin Directiva 2003/88, pot cuprinde anumite "
        "divergențe în ceea ce privește condițiile de exercitare a dreptului la concediul anual "
        "plătit, dar această directivă nu permite statelor membre să excludă chiar nașterea unui "
        "drept.",
        # pl: "niniejsza" is the act itself, never another act
        "Dyrektywa 2003/88/WE dotyczy czasu pracy. Niniejsza dyrektywa wchodzi w życie "
        "dwudziestego dnia.",
        # nl: in an act, "deze richtlijn" is the act itself
        "Richtlijn 93/104/EG van de Raad moet worden gecodificeerd.\nHEBBEN DE VOLGENDE "
        "RICHTLIJN VASTGESTELD:\nArtikel 1\nDeze richtlijn bepaalt minimumvoorschriften "
        "inzake veiligheid en gezondheid.",
        # it: no act of that type before
        "La presente direttiva stabilisce prescrizioni minime. A tenore dell’articolo 7 della "
        "stessa direttiva:",
    ],
)
def test_doubtful_or_self_reference_emits_nothing(text: str) -> None:
    assert anaphors(text) == []


def test_lower_case_type_word_is_a_type_word_in_every_language_but_german() -> None:
    from eurefs.short_forms.common import singular_type_forms

    assert singular_type_forms("es")["directiva"] == "directive"
    assert singular_type_forms("ro")["directivă"] == "directive"
    assert "richtlinie" not in singular_type_forms("de")


DATA = Path(__file__).resolve().parents[1] / "data"
_2003_88 = "32003L0088"


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            "corpus-fi/docs/F01-fi-cjeu-c-282-10-dominguez.txt",
            [
                # paragraph 16: 'direktiivissä 93/104/EY ...; kyseinen direktiivi kodifioitiin
                # direktiivillä 2003/88' ("that directive was codified by ...")
                ("kyseinen direktiivi", "fi", "31993L0104"),
                # paragraph 20, after 'Koska direktiivissä 2003/88' (a sentence of its own
                # past the paragraph's number on its line: short_forms.common)
                ("kyseisen direktiivin", "fi", "32003L0088"),
                ("kyseisen direktiivin", "fi", "32003L0088"),
            ],
        ),
        ("corpus-lt/docs/T01-lt-cjeu-c-282-10-dominguez.txt", [("šią direktyvą", "lt", _2003_88)]),
        (
            "corpus-sk/docs/K01-sk-cjeu-c-282-10-dominguez.txt",
            [("touto smernicou", "sk", _2003_88)],
        ),
        ("corpus-sl/docs/S01-sl-cjeu-c-282-10-dominguez.txt", [("ta direktiva", "sl", _2003_88)]),
    ],
)
def test_anaphors_in_the_development_judgment(
    doc: str, expected: list[tuple[str, str, str]]
) -> None:
    """Judgment C-282/10 cites two directives, 2003/88 and 93/104 which it codified: every
    anaphor emitted points to the one its sentence names, and the doubtful ones (paragraph
    19, after both) are left out."""
    text = (DATA / doc).read_text(encoding="utf-8")
    found = [r for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]
    assert [(r.text, r.lang, r.celex) for r in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # da, sv, bg, et: paragraph 19 of C-282/10 names two directives before "that directive"
        # (shortened where a sentence was long; the words are the judgment's)
        "Gennemførelse og anvendelse af forskrifterne i direktiv 93/104, der er blevet "
        "kodificeret ved direktiv 2003/88, kan således indeholde forskellige afvigelser hvad "
        "angår betingelserne for udøvelse af retten til årlig betalt ferie, men medlemsstaterne "
        "er ikke ifølge dette direktiv berettiget til at udelukke selve eksistensen af en ret.",
        "Tillämpningsföreskrifter som är nödvändiga för att genomföra bestämmelserna i direktiv "
        "93/104, vilket kodifierades genom direktiv 2003/88, kan således innehålla vissa "
        "skillnader vad gäller villkoren för utövande av rätten till årlig betald semester "
        "Enligt detta direktiv är det emellertid inte tillåtet för medlemsstaterna.",
        "Така условията и редът за изпълнение и прилагане, необходими за осъществяване на "
        "изискванията на Директива 93/104, кодифицирана с Директива 2003/88, могат да съдържат "
        "определени различия относно условията за упражняване на правото на платен годишен "
        "отпуск, но тази директива не позволява на държавите членки.",
        "Sellest tulenevalt võib direktiiviga 2003/88 kodifitseeritud direktiivi 93/104 nõuete "
        "rakendamise ja kohaldamise kord kaasa tuua teatud erinevusi, kuid kõnealune direktiiv "
        "ei luba liikmesriikidel jätta töötajat ilma õigusest.",
        # da: in an act, "dette direktiv" is the act itself
        "Rådets direktiv 93/104/EF af 23. november 1993 skal kodificeres.\nHAR VEDTAGET DETTE "
        "DIREKTIV:\nArtikel 1\nDette direktiv fastsætter minimumsforskrifter.",
    ],
)
def test_doubtful_or_self_reference_emits_nothing_in_other_languages(text: str) -> None:
    assert anaphors(text) == []


# Opinion of Advocate General Geelhoed in C-70/03 Commission v Spain (CURIA), points 1-2
_ES_DEFINITION = (
    "1. En el presente procedimiento por incumplimiento con arreglo al artículo 226 CE, la "
    "Comisión alega que el Reino de España ha incumplido las obligaciones que le incumben en "
    "virtud del Tratado y de la Directiva 93/13/CEE del Consejo, de 5 de abril de 1993, sobre "
    "las cláusulas abusivas en los contratos celebrados con consumidores (3) (en lo sucesivo, "
    "«Directiva»), al no haber adaptado plenamente el Derecho nacional a dicha Directiva.\n"
    "2. El recurso de la Comisión tiene por objeto dos aspectos en particular. El primero se "
    "refiere a que el Reino de España no incorporó de modo apropiado a su Derecho nacional la "
    "regla de interpretación contemplada en el artículo 5, tercera frase, de la Directiva."
)


def test_spanish_definition_binds_the_bare_type_word_to_the_act() -> None:
    found = [r for r in eurefs.extract(_ES_DEFINITION) if isinstance(r, ShortFormRef)]
    assert [(r.text, r.how, r.celex) for r in found] == [
        ("dicha Directiva", "anaphor", "31993L0013"),
        ("Directiva", "defined_term", "31993L0013"),
    ]


def test_spanish_alias_of_a_party_or_a_use_before_the_definition_binds_nothing() -> None:
    # E01 (C-282/10): «CICOA» names a party, not the directive cited two sentences before
    text = (
        "La petición de decisión prejudicial tiene por objeto la interpretación del artículo 7 "
        "de la Directiva 2003/88/CE del Parlamento Europeo y del Consejo, de 4 de noviembre de "
        "2003, relativa a determinados aspectos de la ordenación del tiempo de trabajo (DO L "
        "299, p. 9).\nDicha petición fue presentada en el marco de un litigio entre la Sra. "
        "Domínguez y su empleador, el Centre informatique du Centre Ouest Atlantique (en lo "
        "sucesivo, «CICOA»), relativo a la pretensión de la Sra. Domínguez."
    )
    assert [r for r in eurefs.extract(text) if isinstance(r, ShortFormRef)] == []
    # "la Directiva" before the definition is not a use of it
    before = "Según la Directiva, " + _ES_DEFINITION
    assert [r.text for r in eurefs.extract(before) if isinstance(r, ShortFormRef)] == [
        "dicha Directiva",
        "Directiva",
    ]


def test_italian_definition_binds_to_the_regulation_and_not_to_a_national_decision() -> None:
    from eurefs.short_forms.definitions import find_definitions

    # request for a preliminary ruling in C-592/18 Darie (Italian translation, CURIA)
    text = (
        "Con decisione del 13 gennaio 2017 (in prosieguo: la «decisione iniziale») l’appellato "
        "ha inflitto all’appellante una misura coercitiva, corredata di sanzione pecuniaria in "
        "forza degli articoli 43 e 86 del Wet gewasbeschermingsmiddelen en biociden (legge sui "
        "prodotti fitosanitari e i biocidi, in prosieguo: il «Wgb»), dell’articolo 17, "
        "paragrafo 1, del regolamento (UE) n. 528/2012 del Parlamento europeo e del Consiglio, "
        "del 22 maggio 2012, relativo alla messa a disposizione sul mercato e all’uso dei "
        "biocidi (in prosieguo: il «regolamento n. 528/2012») e dell’articolo 5:32 "
        "dell’Algemene wet bestuursrecht (legge generale in materia di diritto amministrativo, "
        "in prosieguo: l’«Awb»)."
    )
    refs = eurefs.extract(text, short_forms=False)
    definitions, _sites = find_definitions(text, refs, "it", frozenset())
    assert [(d.alias, d.target.celex) for d in definitions] == [
        ("regolamento n. 528/2012", "32012R0528")
    ]


_HU = DATA / "corpus-hu/docs/H01-hu-cjeu-c-282-10-dominguez.txt"


def test_hungarian_anaphor_in_the_development_judgment() -> None:
    """C-282/10 (hu): "az ezen irányelv által" right after "a 2003/88 irányelv" is an
    anaphor; "ez az irányelv" in paragraph 19, after two directives, is doubtful."""
    text = _HU.read_text(encoding="utf-8")
    start = text.index("Ezenkívül, mivel a 2003/88")
    paragraph = text[start : text.index("\n", start)]
    assert anaphors(paragraph) == [("ezen irányelv", "2003/88 irányelv", "hu")]
    doubtful = text[text.index("Így a 2003/88 irányelvvel") : start]
    assert anaphors(doubtful) == []


def test_hungarian_this_act_in_an_act_is_no_anaphor() -> None:
    # the enacting formula, an article heading and the closing formula of a regulation
    text = (
        "A 2003/88/EK irányelv 7. cikke szerint a tagállamok megteszik a szükséges "
        "intézkedéseket.\nAZ EURÓPAI PARLAMENT ÉS AZ EURÓPAI UNIÓ TANÁCSA ELFOGADTA EZT A "
        "RENDELETET:\n1. cikk\nEz az irányelv tárgya. E rendelet teljes egészében kötelező és "
        "közvetlenül alkalmazandó valamennyi tagállamban."
    )
    assert anaphors(text) == []


_CS = DATA / "corpus-cs/docs/C01-cs-jrc-acquis-sentences.txt"


def test_czech_anaphors_in_the_jrc_acquis_sentences() -> None:
    """Line 61: "tohoto nařízení" in a citation is the regulation just cited ("thereof");
    line 73: "uvedeného nařízení" after a regulation and the one amending it is doubtful."""
    lines = _CS.read_text(encoding="utf-8").splitlines()
    assert anaphors(lines[60]) == [("tohoto nařízení", "nařízení (ES) č. 384/96", "cs")]
    assert anaphors(lines[72]) == []


def test_czech_this_regulation_in_an_act_is_the_act_itself() -> None:
    # the enacting formula and an article heading of a regulation
    text = (
        "s ohledem na nařízení Rady (ES) č. 384/96 ze dne 22. prosince 1995,\nPŘIJALA TOTO "
        "NAŘÍZENÍ:\nČlánek 1\nToto nařízení se vztahuje na dovozy."
    )
    assert anaphors(text) == []


def _line_with(lang: str, words: str) -> str:
    text = next((DATA / f"corpus-{lang}/docs").glob("*.txt")).read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if words in line)


def test_determiner_after_the_type_word() -> None:
    """Greek and Romanian write the determiner after the type word (C-282/10): one
    anaphor where one directive was cited before, none where two were."""
    greek = _line_with("el", "βάσει της οδηγίας αυτής")
    assert anaphors(greek) == [("οδηγίας αυτής", "οδηγία 2003/88", "el")]
    assert anaphors(_line_with("el", "πλην όμως η οδηγία αυτή")) == []
    romanian = (DATA / "corpus-ro/docs/R01-ro-cjeu-c-282-10-dominguez-intro.txt").read_text(
        encoding="utf-8"
    )
    at = romanian.index("Articolul 17 din Directiva 2003/88")
    found = anaphors(romanian[at : romanian.index("\n", at)])
    assert found[-1] == ("directiva menționată", "Directiva 2003/88", "ro")


def test_a_plural_before_a_determiner_after_is_no_anaphor() -> None:
    assert anaphors("Το άρθρο 7 της οδηγίας 2003/88 ισχύει. Οι οδηγίες αυτές ισχύουν.") == []
    assert (
        anaphors("Articolul 7 din Directiva 2003/88 se aplică. Directivele menționate se aplică.")
        == []
    )


def test_maltese_determiner_joined_to_the_article_of_the_type_word() -> None:
    """C-282/10 (mt): "din id-direttiva" after "d-Direttiva 2003/88" is an anaphor; in
    paragraph 19, after two directives, it is doubtful; in an act it is the act itself."""
    assert anaphors(_line_with("mt", "mogħti minn din id-direttiva")) == [
        ("din id-direttiva", "Direttiva 2003/88", "mt")
    ]
    assert anaphors(_line_with("mt", "iżda din id-direttiva ma tippermettix")) == []
    act = (
        "Id-Direttiva 93/104/KE għandha tiġi kkodifikata.\nADOTTAW DIN ID-DIRETTIVA:\n"
        "Artikolu 1\nDin id-direttiva tistabbilixxi rekwiżiti minimi."
    )
    assert anaphors(act) == []
