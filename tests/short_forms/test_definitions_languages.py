# ruff: noqa: E501
"""Defined terms in the languages beyond English, French, German, Spanish and Italian
(``eurefs/short_forms/definitions.py`` reading the ``back_references`` of each record).

Two kinds of text.  Real ones, each with its source: Commission proposals on EUR-Lex
(Hungarian, Latvian, Estonian), JRC-Acquis sentences (Czech, Lithuanian; the corpus
``tests/data/corpus-cs`` names the repository) and the development judgment C-282/10
(``tests/data/corpus-<lang>``).  And one per language built from the language's citation
of Directive 2003/88 as its development text and its Style Guide write it, with the
definition formula its record names (``sources["back_references"]``) and one later use:
the judgment itself defines no alias for the directive, so these check the record's
words, not a found text.
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import ShortFormRef
from eurefs.short_forms.definitions import find_definitions


def uses(text: str) -> list[tuple[str, str | None]]:
    return [
        (r.text, r.celex)
        for r in eurefs.extract(text)
        if isinstance(r, ShortFormRef) and r.how == "defined_term"
    ]


def bound(text: str, lang: str) -> list[tuple[str, str | None]]:
    """The aliases ``text`` defines, with the CELEX of the act each is bound to."""
    refs = [r for r in eurefs.extract(text) if not isinstance(r, ShortFormRef)]
    found, _ = find_definitions(text, refs, lang, frozenset())
    return [(d.alias, d.target.celex) for d in found]


@pytest.mark.parametrize(
    ("text", "use"),
    [
        pytest.param(
            "Директива 2003/88/ЕО на Европейския парламент и на Съвета от 4 ноември 2003 година относно някои аспекти на организацията на работното време (ОВ L 299, стр. 9) (наричана по-нататък „директивата“). Член 7 от директивата предвижда платен годишен отпуск. Настоящата директива се прилага.",
            "директивата",
            id="bg",
        ),
        pytest.param(
            "Tato žádost se týká výkladu článku 7 směrnice Evropského parlamentu a Rady 2003/88/ES ze dne 4. listopadu 2003 o některých aspektech úpravy pracovní doby (Úř. věst. L 299, s. 9) (dále jen „směrnice“). Podle článku 7 směrnice mají pracovníci nárok na dovolenou. Tato směrnice se nevztahuje na námořníky.",
            "směrnice",
            id="cs",
        ),
        pytest.param(
            "Europa-Parlamentets og Rådets direktiv 2003/88/EF af 4. november 2003 om visse aspekter i forbindelse med tilrettelæggelse af arbejdstiden (EUT L 299, s. 9) (herefter »direktivet«). Artikel 7 i direktivet fastsætter retten til årlig betalt ferie.",
            "direktivet",
            id="da",
        ),
        pytest.param(
            "Η αίτηση αφορά την ερμηνεία του άρθρου 7 της οδηγίας 2003/88/ΕΚ του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου, της 4ης Νοεμβρίου 2003, σχετικά με ορισμένα στοιχεία της οργάνωσης του χρόνου εργασίας (ΕΕ L 299, σ. 9, στο εξής: οδηγία). Το άρθρο 7 της οδηγίας ορίζει τα εξής.",
            "οδηγίας",
            id="el",
        ),
        pytest.param(
            "Euroopa Parlamendi ja nõukogu 4. novembri 2003. aasta direktiiv 2003/88/EÜ tööaja korralduse teatavate aspektide kohta (ELT L 299, lk 9; edaspidi „direktiiv”). Vastavalt direktiivi artiklile 7 on töötajal õigus puhkusele. Käesoleva direktiivi sätteid kohaldatakse.",
            "direktiivi",
            id="et",
        ),
        pytest.param(
            "Tietyistä työajan järjestämistä koskevista seikoista 4.11.2003 annettu Euroopan parlamentin ja neuvoston direktiivi 2003/88/EY (EUVL L 299, s. 9; jäljempänä direktiivi). Direktiivin 7 artiklassa säädetään vuosilomasta. Tämän direktiivin säännökset ovat vähimmäisvaatimuksia.",
            "Direktiivin",
            id="fi",
        ),
        pytest.param(
            'Treoir 2003/88/CE ó Pharlaimint na hEorpa agus ón gComhairle an 4 Samhain 2003 maidir le gnéithe áirithe d\'eagrú am oibre (IO L 299, lch. 9) (dá ngairtear "an Treoir" anseo feasta). Foráiltear in Airteagal 7 den Treoir do shaoire bhliantúil.',
            "Treoir",
            id="ga",
        ),
        pytest.param(
            "Zahtjev se odnosi na tumačenje članka 7. Direktive 2003/88/EZ Europskog parlamenta i Vijeća od 4. studenoga 2003. o određenim vidovima organizacije radnog vremena (SL L 299, str. 9.) (dalje u tekstu: Direktiva). Članak 7. Direktive propisuje plaćeni godišnji odmor. Ova Direktiva se primjenjuje.",
            "Direktive",
            id="hr",
        ),
        pytest.param(
            "Prašymas pateiktas dėl 2003 m. lapkričio 4 d. Europos Parlamento ir Tarybos direktyvos 2003/88/EB dėl tam tikrų darbo laiko organizavimo aspektų (OL L 299, p. 9; toliau – Direktyva) išaiškinimo. Direktyvos 7 straipsnyje numatytos kasmetinės atostogos.",
            "Direktyvos",
            id="lt",
        ),
        pytest.param(
            "It-talba tikkonċerna l-interpretazzjoni tad-Direttiva 2003/88/KE tal-Parlament Ewropew u tal-Kunsill tal-4 ta’ Novembru 2003 dwar ċerti aspetti tal-organizzazzjoni tal-ħin tax-xogħol (ĠU L 299, p. 9) (minn hawn ’il quddiem “id-Direttiva”). L-Artikolu 7 tad-Direttiva jipprovdi għal leave annwali.",
            "Direttiva",
            id="mt",
        ),
        pytest.param(
            "Het verzoek betreft de uitlegging van richtlijn 2003/88/EG van het Europees Parlement en de Raad van 4 november 2003 betreffende een aantal aspecten van de organisatie van de arbeidstijd (PB L 299, blz. 9) (hierna „de richtlijn” genoemd). Volgens artikel 7 van de richtlijn hebben werknemers recht op vakantie.",
            "richtlijn",
            id="nl",
        ),
        pytest.param(
            "Wniosek dotyczy wykładni art. 7 dyrektywy 2003/88/WE Parlamentu Europejskiego i Rady z dnia 4 listopada 2003 r. dotyczącej niektórych aspektów organizacji czasu pracy (Dz.U. L 299, s. 9) (zwanej dalej „dyrektywą”). Zgodnie z art. 7 dyrektywy pracownik ma prawo do urlopu. Niniejszej dyrektywy nie stosuje się.",
            "dyrektywy",
            id="pl",
        ),
        pytest.param(
            "O pedido tem por objeto a interpretação da Diretiva 2003/88/CE do Parlamento Europeu e do Conselho, de 4 de novembro de 2003, relativa a determinados aspetos da organização do tempo de trabalho (JO L 299, p. 9) (a seguir «diretiva»). O artigo 7.º da diretiva prevê férias anuais.",
            "diretiva",
            id="pt",
        ),
        pytest.param(
            "Cererea privește interpretarea Directivei 2003/88/CE a Parlamentului European și a Consiliului din 4 noiembrie 2003 privind anumite aspecte ale organizării timpului de lucru (JO L 299, p. 9) (denumită în continuare „directiva”). Dispozițiile directivei sunt clare.",
            "directivei",
            id="ro",
        ),
        pytest.param(
            "Návrh sa týka výkladu článku 7 smernice Európskeho parlamentu a Rady 2003/88/ES zo 4. novembra 2003 o niektorých aspektoch organizácie pracovného času (Ú. v. EÚ L 299, s. 9; Mim. vyd. 05/004, s. 381, ďalej len „smernica“). Podľa článku 7 smernice má pracovník nárok na dovolenku. Táto smernica sa uplatňuje.",
            "smernice",
            id="sk",
        ),
        pytest.param(
            "Predlog se nanaša na razlago člena 7 Direktive 2003/88/ES Evropskega parlamenta in Sveta z dne 4. novembra 2003 o nekaterih vidikih organizacije delovnega časa (UL L 299, str. 9) (v nadaljnjem besedilu: Direktiva). Člen 7 Direktive določa letni dopust. Ta Direktiva se uporablja.",
            "Direktive",
            id="sl",
        ),
        pytest.param(
            "Europaparlamentets och rådets direktiv 2003/88/EG av den 4 november 2003 om arbetstidens förläggning i vissa avseenden (EUT L 299, s. 9) (nedan kallat direktivet). Enligt artikel 7 i direktivet har arbetstagare rätt till semester. Detta direktiv ska tillämpas.",
            "direktivet",
            id="sv",
        ),
    ],
)
def test_definition_formula_binds_the_alias_and_finds_its_use(text: str, use: str) -> None:
    """The alias is bound to Directive 2003/88; its later use is found (in the case the
    language declines it), and the text's own ``this directive`` is no use of it."""
    assert uses(text) == [(use, "32003L0088")]


# COM(2008) 618 final, explanatory memorandum (EUR-Lex 52008PC0618, Hungarian version)
_HU_COM_2008_618 = (
    "A javaslat indokai és célkitűzései Ez a javaslat egy, a biocid termékek forgalomba "
    "hozataláról szóló, 1998. február 16-i 98/8/EK irányelv (a továbbiakban: irányelv) "
    "módosítását célzó európai parlamenti és tanácsi irányelv elfogadására vonatkozik, és "
    "benyújtására azt követően kerül sor, hogy a Bizottság jelentésben számolt be az Európai "
    "Parlamentnek és a Tanácsnak a biocid termékekben alkalmazott hatóanyagok értékelésére "
    "vonatkozóan az irányelv 16. cikkének (2) bekezdésében előírt tízéves munkaprogram "
    "előrehaladásáról, valamint – az irányelv 18. cikkének (5) bekezdésével összhangban – az "
    "irányelv végrehajtásáról."
)

# COM(2017) 47 final, explanatory memorandum (EUR-Lex 52017PC0047, Latvian version)
_LV_COM_2017_47 = (
    "Direktīvā 2003/59/EK (“Direktīva”) ir noteiktas sākotnējās kvalifikācijas un periodiskās "
    "apmācības prasības profesionāliem kravas automobiļu un autobusu vadītājiem drošības "
    "uzlabošanai uz Eiropas ceļiem.\nDirektīvas nolūks ir uzlabot standartus jauno vadītāju "
    "vidū, un uzturēt un uzlabot kravas automobiļu un autobusu esošo vadītāju profesionālās "
    "prasmes visā ES. Direktīvas mērķis īpaši ir palielināt vadītāju izpratni par riskiem, lai "
    "tādējādi samazinātu riskus un palielinātu ceļu satiksmes drošību. Turklāt Direktīvā ir "
    "noteikti profesionālo prasmju standarti, ar kuriem nodrošina taisnīgu konkurenci visā ES."
)

# COM(2016) 56 final, explanatory memorandum (EUR-Lex 52016PC0056, Estonian version)
_ET_COM_2016_56 = (
    "Direktiiv 2014/65/EL („MiFID”) koos määrusega (EL) nr 600/2014 („MiFIR”) võeti vastu "
    "pärast finantskriisi. MiFID ja MiFIRi (ühise nimetusega „MiFID II”) kohaldamisala hõlmab "
    "väärtpaberiturge, investeeringute vahendajaid ja kauplemiskohti."
)


@pytest.mark.parametrize(
    ("text", "use", "celex"),
    [
        (  # fi: "asetus" is singular though it ends in "s"
            "Euroopan parlamentin ja neuvoston asetus (EY) N:o 1234/2007 (EUVL L 299, s. 9; "
            "jäljempänä asetus). Asetuksen 7 artiklassa säädetään.",
            "Asetuksen",
            "32007R1234",
        ),
        (  # lt: "Reglamentas" likewise
            "2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamentas (ES) 2016/679 dėl "
            "fizinių asmenų apsaugos tvarkant asmens duomenis (OL L 119, p. 1; toliau – "
            "Reglamentas). Reglamento 5 straipsnyje nustatyti principai.",
            "Reglamento",
            "32016R0679",
        ),
    ],
)
def test_type_word_ending_in_s_is_an_alias(text: str, use: str, celex: str) -> None:
    """Built like the cases above: the dictionary forms of regulation in Finnish and
    Lithuanian end in "s" and are still singular type words (the record's declined forms)."""
    assert uses(text) == [(use, celex)]


def test_finnish_alias_after_an_act_style_title() -> None:
    # the citation and title of Directive (EU) 2015/1535 as its Finnish version on EUR-Lex
    # writes them, with a definition in the Finnish formula added after the OJ citation
    text = (
        "Euroopan parlamentin ja neuvoston direktiivi (EU) 2015/1535, annettu 9 päivänä "
        "syyskuuta 2015, teknisiä määräyksiä ja tietoyhteiskunnan palveluja koskevia "
        "määräyksiä koskevien tietojen toimittamisessa noudatettavasta menettelystä (EUVL L "
        "241, 17.9.2015, s. 1; jäljempänä direktiivi). Direktiivin 5 artiklan mukaan "
        "jäsenvaltiot ilmoittavat."
    )
    assert uses(text) == [("Direktiivin", "32015L1535")]


def test_hungarian_alias_without_quotation_marks_and_its_uses_with_the_article() -> None:
    assert uses(_HU_COM_2008_618) == [("irányelv", "31998L0008")] * 3


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # the type word in its other cases (delative, ablative, superessive, terminative:
        # were nothing), from the record's table of cases
        ("Az irányelvről szóló jelentés; az irányelvtől eltérően; az irányelven alapuló "
         "rendszer; az irányelvig.", ["irányelvről", "irányelvtől", "irányelven", "irányelvig"]),
        # an acronym with its ending after a hyphen: the instrumental as its last sound
        # makes it, the ablative, the adessive (were nothing)
        ("A REACH-csel, a REACH-től és a REACH-nél.", ["REACH-csel", "REACH-től", "REACH-nél"]),
        # no one-letter ending after the hyphen but ``-t``, no compound
        ("A REACH-n, a REACH-e, a REACH-szabályozás; a REACH-t.", ["REACH-t"]),
    ],
)  # fmt: skip
def test_hungarian_alias_in_its_cases(later: str, expected: list[str]) -> None:
    # the definition of COM(2008) 618 (EUR-Lex 52008PC0618, Hungarian), then an acronym's
    text = (
        "A biocid termékek forgalomba hozataláról szóló, 1998. február 16-i 98/8/EK irányelv "
        "(a továbbiakban: irányelv) és az 1907/2006/EK rendelet (a továbbiakban: REACH) "
        "alkalmazandó. " + later
    )
    assert [t for t, _ in uses(text) if t not in ("irányelv", "REACH")] == expected


def test_latvian_alias_is_used_in_its_declined_forms() -> None:
    assert uses(_LV_COM_2017_47) == [
        ("Direktīvas", "32003L0059"),
        ("Direktīvas", "32003L0059"),
        ("Direktīvā", "32003L0059"),
    ]


def test_estonian_acronyms_defined_after_two_acts_bind_to_each() -> None:
    assert bound(_ET_COM_2016_56, "et") == [("MiFID", "32014L0065"), ("MiFIR", "32014R0600")]


def test_estonian_acronym_is_used_with_its_case_ending() -> None:
    # the same memorandum, two sentences on
    text = (
        _ET_COM_2016_56 + " Uue raamistikuga täiendatakse ja asendatakse praegust MiFIDi "
        "raamistikku."
    )
    found = uses(text)
    assert ("MiFIRi", "32014R0600") in found
    assert ("MiFIDi", "32014L0065") in found


def test_portuguese_aliases_of_two_directives_and_their_uses() -> None:
    # COM(2009) 21 final, explanatory memorandum (EUR-Lex 52009PC0021, Portuguese)
    text = (
        "A Directiva 2001/115/CE do Conselho («Directiva Facturação») introduziu regras "
        "comunitárias comuns em matéria de facturação do IVA. A Directiva Facturação, agora "
        "integrada na Directiva 2006/112/CE do Conselho («Directiva IVA»), instava a Comissão a "
        "enviar ao Conselho um relatório. As regras de facturação da Directiva IVA impõem "
        "obrigações de informação a quase todas as empresas da Europa."
    )
    assert uses(text) == [
        ("Directiva Facturação", "32001L0115"),
        ("Directiva IVA", "32006L0112"),
    ]


def test_dutch_alias_after_a_footnote_call() -> None:
    # COM(2016) 128, explanatory memorandum (Dutch; the footnote call "1" kept as text)
    text = (
        'Richtlijn 96/71/EG 1 ("de richtlijn") regelt drie varianten van terbeschikkingstelling: '
        "de rechtstreekse verrichting van diensten door een onderneming in het kader van een "
        "overeenkomst."
    )
    assert bound(text, "nl") == [("richtlijn", "31996L0071")]


def test_several_aliases_in_one_bracket_joined_by_or() -> None:
    # COM(2016) 204 final, introduction (EUR-Lex 52016DC0204, Greek; footnote calls kept)
    text = (
        "Η παρούσα, δεύτερη, έκθεση για την εφαρμογή 1 της οδηγίας 2004/35/ΕΚ σχετικά με την "
        "περιβαλλοντική ευθύνη όσον αφορά την πρόληψη και την αποκατάσταση περιβαλλοντικής "
        "ζημίας («η οδηγία για την περιβαλλοντική ευθύνη» ή «η οδηγία» ή «ΟΠΕ») 2 καταγράφει "
        "την εμπειρία που αποκτήθηκε κατά την εφαρμογή της οδηγίας για το διάστημα 2007-2013."
    )
    assert sorted(bound(text, "el")) == sorted(
        [
            ("οδηγία για την περιβαλλοντική ευθύνη", "32004L0035"),
            ("οδηγία", "32004L0035"),
            ("ΟΠΕ", "32004L0035"),
        ]
    )
    assert uses(text) == [("οδηγίας", "32004L0035")]


def test_hungarian_compound_alias_names_an_act() -> None:
    # COM(2017) 660 final, explanatory memorandum (EUR-Lex, Hungarian version)
    text = (
        "Míg az uniós jog általában az uniós tagállamok felségvizein és kizárólagos gazdasági "
        "övezeteiben alkalmazandó, a 2009/73/EK irányelv (a továbbiakban: földgázirányelv) nem "
        "határozza meg kifejezetten a harmadik országokba irányuló és onnan kiinduló "
        "földgázvezetékek jogi keretét."
    )
    assert bound(text, "hu") == [("földgázirányelv", "32009L0073")]


def test_czech_type_word_alias_is_used_in_its_cases() -> None:
    # COM(2009) 626 final, points 1-3 (EUR-Lex 52009DC0626, Czech); "tuto směrnici" (this
    # directive) is left to the anaphors
    text = (
        "1. Článek 20 směrnice 2002/65/ES o uvádění finančních služeb pro spotřebitele na trh na "
        "dálku (dále jen „směrnice“) stanoví, že Komise přezkoumá fungování uvádění finančních "
        "služeb na trh na dálku.\n2. Cílem směrnice je konsolidovat jednotný trh a zároveň "
        "dosáhnout vysoké úrovně ochrany spotřebitele. V souladu s článkem 20 se přezkum "
        "zaměřuje zejména na rozdíly mezi vnitrostátními právními předpisy ve vztahu k určitým "
        "aspektům směrnice, které nejsou plně harmonizovány. Vyhodnocuje obtíže, kterým mohou "
        "následkem těchto rozdílů čelit spotřebitelé a dodavatelé a posuzuje, zda existuje "
        "potřeba směrnici pozměnit.\n3. Směrnice, která je horizontálním opatřením pokrývajícím "
        "veškeré finanční služby, byla přijata 23. září 2002 a členské státy měly tuto směrnici "
        "provést do vnitrostátního práva ve lhůtě dvou let."
    )
    assert uses(text) == [
        ("směrnice", "32002L0065"),
        ("směrnice", "32002L0065"),
        ("směrnici", "32002L0065"),
        ("Směrnice", "32002L0065"),
    ]


def test_slovak_alias_after_a_long_title_and_footnote_call() -> None:
    # COM(2014) 572 final, introduction (EUR-Lex 52014DC0572, Slovak)
    text = (
        "V súlade s článkom 10 ods. 2 nariadenia (EÚ) č. 182/2011, ktorým sa ustanovujú "
        "pravidlá a všeobecné zásady mechanizmu, na základe ktorého členské štáty kontrolujú "
        "vykonávanie vykonávacích právomocí[1] Komisie („nariadenie o komitológii“), Komisia "
        "týmto predkladá výročnú správu o činnosti výborov za rok 2013."
    )
    assert bound(text, "sk") == [("nariadenie o komitológii", "32011R0182")]
    # the next sentence uses it in the genitive
    text += (
        " V súlade s vyjadrením[4] pri prijatí nariadenia o komitológii, že sa všetky "
        "ustanovenia týkajúce sa regulačného postupu s kontrolou prispôsobia kritériám."
    )
    assert uses(text) == [("nariadenia o komitológii", "32011R0182")]


def test_acronym_in_greek_or_cyrillic_capitals_names_an_act() -> None:
    from eurefs.short_forms.definitions import acceptable_alias

    assert acceptable_alias("ΟΠΕ", "el", frozenset())
    assert acceptable_alias("ОРЗД", "bg", frozenset())
    assert not acceptable_alias("Επιτροπή", "el", frozenset())


def test_czech_alias_after_the_title_and_footnote_call() -> None:
    # JRC-Acquis, Czech (tests/data/corpus-cs C01, line 61)
    text = (
        "s ohledem na nařízení Rady (ES) č. 384/96 ze dne 22. prosince 1995 o ochraně před "
        "dumpingovými dovozy ze zemí, které nejsou členy Evropského společenství [1] (dále jen "
        '"základní nařízení"), a zejména na článek 9 a čl. 11 odst. 3 tohoto nařízení,'
    )
    assert bound(text, "cs") == [("základní nařízení", "31996R0384")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # lt, JRC-Acquis: the alias names a protocol, not an act
        (
            'kadangi minėto susitarimo Protokolo dėl sąvokos "kilmės produktai" apibrėžimo ir '
            "administracinio bendradarbiavimo metodų [2] (toliau — Protokolas) su pakeitimais, "
            "padarytais Bendradarbiavimo tarybos sprendimu Nr. 3/84 [3], 6 straipsnis numato",
            "lt",
        ),
        # nl, pl, ro: C-282/10 paragraph 2, the alias names the employer (development texts)
        (
            "Dit verzoek is ingediend in het kader van een geschil tussen M. Dominguez en haar "
            "werkgever, het Centre informatique du Centre Ouest Atlantique (hierna: „CICOA”), over "
            "het verzoek van Dominguez om toekenning van jaarlijkse vakantie.",
            "nl",
        ),
        (
            "Wniosek ten został złożony w ramach sporu między M. Dominguez a jej pracodawcą, "
            "Centre informatique du Centre Ouest Atlantique (zwanym dalej „CICOA”), którego "
            "przedmiotem jest żądanie przez M. Dominguez umożliwienia jej skorzystania z urlopu.",
            "pl",
        ),
        (
            "Această cerere a fost formulată în cadrul unui litigiu între doamna Dominguez, pe de "
            "o parte, și angajatorul acesteia, Centre informatique du Centre Ouest Atlantique "
            "(denumit în continuare „CICOA”), pe de altă parte.",
            "ro",
        ),
    ],
)
def test_alias_that_names_no_act_is_bound_to_nothing(text: str, lang: str) -> None:
    assert bound(text, lang) == []
    assert uses(text + " CICOA Protokolas") == []


def test_determiner_before_a_declined_alias_makes_it_no_use() -> None:
    # pl: "niniejszej dyrektywy" is the text itself, "tej dyrektywy" an anaphor
    text = (
        "Wniosek dotyczy wykładni art. 7 dyrektywy 2003/88/WE Parlamentu Europejskiego i Rady z "
        "dnia 4 listopada 2003 r. dotyczącej niektórych aspektów organizacji czasu pracy (Dz.U. "
        "L 299, s. 9) (zwanej dalej „dyrektywą”). Niniejszej dyrektywy nie stosuje się. "
        "Przepisy tej dyrektywy są jasne."
    )
    found = [(r.text, r.how) for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]
    assert found == [("tej dyrektywy", "anaphor")]


def test_a_type_word_before_a_title_is_another_act() -> None:
    # pl: "dyrektywy w sprawie ..." names a directive by its title
    text = (
        "Wniosek dotyczy wykładni art. 7 dyrektywy 2003/88/WE Parlamentu Europejskiego i Rady z "
        "dnia 4 listopada 2003 r. dotyczącej niektórych aspektów organizacji czasu pracy (Dz.U. "
        "L 299, s. 9) (zwanej dalej „dyrektywą”). Przepisy dyrektywy w sprawie ochrony danych "
        "nie mają tu zastosowania, przepisy dyrektywy zaś tak."
    )
    assert uses(text) == [("dyrektywy", "32003L0088")]


def test_a_later_citation_with_a_number_is_not_a_use() -> None:
    # sl: "Direktive 93/104" is another act, cited in full
    text = (
        "Predlog se nanaša na razlago člena 7 Direktive 2003/88/ES Evropskega parlamenta in "
        "Sveta z dne 4. novembra 2003 o nekaterih vidikih organizacije delovnega časa (UL L "
        "299, str. 9) (v nadaljnjem besedilu: Direktiva). Člen 1 Direktive 93/104 je bil "
        "kodificiran."
    )
    assert [t for t, _ in uses(text)] == []


def test_dutch_alias_without_quotation_marks() -> None:
    # letter of the Dutch government to parliament, Kamerstuk 31 579, nr. 26 (2018)
    text = (
        "over de reikwijdte en toepassing van richtlijn 2006/123/EC (hierna: Dienstenrichtlijn), "
        "die in Nederland is geïmplementeerd via de Dienstenwet.\nContext\nDe Dienstenrichtlijn "
        "vormt het hart van de interne markt voor diensten."
    )
    assert bound(text, "nl") == [("Dienstenrichtlijn", "32006L0123")]
    assert uses(text) == [("Dienstenrichtlijn", "32006L0123")]
