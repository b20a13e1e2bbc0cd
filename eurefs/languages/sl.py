# ruff: noqa: E501
"""Slovenian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

# The numbered directives' ordinals (the Sixth VAT Directive): no use of a bare-word alias.
_NUMBERED = tuple(
    s + e
    for s in (
        "prv",
        "drug",
        "tretj",
        "četrt",
        "pet",
        "šest",
        "sedm",
        "osm",
        "devet",
        "deset",
        "enajst",
        "dvanajst",
        "trinajst",
    )
    for e in ("a", "e", "i", "o", "ega", "emu", "em", "im")
)

# The genitive ordinals of a paragraph written before its article (``prvega odstavka člena
# 42``), also after the enacting formula's lead.
_GENITIVES = ("prvega", "drugega", "tretjega", "četrtega", "petega", "šestega")

LANGUAGE = Language(
    code="sl",
    name="Slovenian",
    ecb_prefixes=('ECB',),
    ecb_authors=('Evropske centralne banke',),
    sources=frozen({"pinpoints.enacting_intros, enacting_tails": "the enacting formula citing an act, its pinpoint after the act's title and the formula's lead, the act named again after it (enacting_tails; English writes 'thereof'): 'ob upoštevanju Uredbe Sveta (ES) št. 2894/94 z dne 28. novembra 1994 o pravilih za izvajanje Sporazuma o Evropskem gospodarskem prostoru (1) in zlasti člena 1(3) Uredbe,' (Council Decision (EU) 2023/2650, EUR-Lex 32023D2650, SL; pages corpus); 'Direktive', 'Sklepa' by Slovenian grammar, UNCONFIRMED in a text read", "oj.series_markers (št.)": "the number marker between the series and the issue, as the Slovenian Government's decrees cite the journal: '(UL L št. 433I z dne 22. 12. 2020, str. 11)', '(UL L št. 193 z dne 30. 7. 2018, str. 1)' (the decree on material deprivation 2021-2027, Uradni list RS 2023-01-3412, uradni-list.si), '(UL L št. 231 z dne 20. septembra 2023, str. 1; v nadaljnjem besedilu: Direktiva 2023/1791/EU)' (the decree on green public procurement, Uradni list RS 2025-01-1761; pages corpus): each was nothing, where EUR-Lex writes 'UL L 193, 30.7.2018, str. 1'", "back_references.alias_suffixes": "an acronym's genitive, dative/locative and instrumental after a hyphen, with the j Slovenian writes after a final consonant, as Slovenian texts decline the GDPR's (EUR-Lex writes 'Uredba (EU) 2016/679'): 'Članek je napisan iz stališča skladnosti z GDPR-jem za email marketing' (squalomail.com/sl, 'Vse kar morate vedeti o GDPR v 8 točkah'; pages corpus); 'GDPR-ja', 'GDPR-ju' by Slovenian grammar, UNCONFIRMED in a text read", 'back_references.proposal_titles, proposal_leads': "a Commission proposal's title as EUR-Lex writes it in Slovenian, the name of the act proposed in brackets at its end, and the proposal named by that name: 'Predlog UREDBA EVROPSKEGA PARLAMENTA IN SVETA o varstvu posameznikov pri obdelavi osebnih podatkov in o prostem pretoku takih podatkov (Splošna uredba o varstvu podatkov)', '– predlog uredbe Evropskega parlamenta in Sveta o varstvu posameznikov ... (Splošna uredba o varstvu podatkov) ter', 'Ta obrazložitveni memorandum se nanaša na zakonodajni predlog za Splošno uredbo o varstvu podatkov' (COM(2012) 11 final, EUR-Lex 52012PC0011, SL; pages corpus); the name in the genitive right after 'predlog' and the directive's and the decision's titles by Slovenian grammar and as Croatian writes them, UNCONFIRMED in a Slovenian text read", "pinpoints.amended_by": "the phrase before the amending act, after which a pinpoint is the amended act's: 'Direktiva 2006/112/ES, kakor je bila spremenjena z Direktivo 2008/8/ES – Členi 44, 45 in 47 – Opravljanje storitev' (the keyword line of the Court's judgment in C-931/19 Titanium, taxlawapp.eu, SL; pages corpus); the other genders of the participle UNCONFIRMED in a text read", "pinpoints.title_ordinals": "an act's ordinal between the pinpoint and the act, declined with it (the genitive feminine of 'direktiva'): 'Člen 17(2) in (6) Šeste direktive 77/388 o usklajevanju zakonodaje držav članic o prometnih davkih je treba razlagati tako' (the summary of the judgment in C-74/08 PARAT Automotive Cabrio, taxlawapp.eu, Slovenian; pages corpus); the ordinals other than 'Šeste' from the language (the motor insurance directives' 'prve', 'druge', 'tretje'; the company law directives' up to 'trinajste'), UNCONFIRMED in a text read", "hint_words (predhodno, odločanje, katerega)": "the words that open the keyword line of every judgment and Opinion on a reference in Slovenian, and the relative pronoun's genitive, which Croatian writes otherwise ('Zahtjev za prethodnu odluku', 'kojeg'): 'Predhodno odločanje – Varstvo osebnih podatkov – Uredba (EU) 2016/679 – Pravica posameznika, na katerega se nanašajo osebni podatki, do dostopa do svojih podatkov' (the title line of the Opinion of AG Pitruzzella in C-487/21, EUR-Lex 62021CC0487, Slovenian; pages corpus): the line alone was Croatian, the first in registry order of the two that write 'Uredba (EU) 2016/679' alike; 'Predhodno odločanje – Varstvo posameznikov pri obdelavi osebnih podatkov' (the judgment in C-311/18, curia.europa.eu, Slovenian)", "back_references (definition_intros: v nadaljevanju; adjective_endings)": "the intro as Slovenian courts and the Information Commissioner write it, beside the EU's 'v nadaljnjem besedilu': 'Uredbe (EU) 2016/679 ... ter o razveljavitvi Direktive 95/46/ES (v nadaljevanju Splošna uredba) ... kršil 12. in 15. člen Splošne uredbe ... v skladu s 15. členom Splošne uredbe' (Informacijski pooblaščenec, decision 07108-4/2023/11, as gdpr-guru.eu copies it), '(v nadaljevanju: ZVOP-1)' (Vrhovno sodišče, IV Ips 2/2021, sodnapraksa.si), '(Splošna uredba o varstvu podatkov)(2) (v nadaljevanju: SUVP)' (AG Pikamäe in C-768/21, EUR-Lex 62021CC0768, SL; pages corpus); the alias's adjective used in its type word's case (-a, -e, -i, -o with Direktiva, Uredba, Odločba: 'Splošne uredbe' in the same decision; the dative/locative and accusative/instrumental from the declension, UNCONFIRMED in a text read); a masculine adjective (Splošni sklep) is of another declension: used as written", "pinpoints.annexes (priloga), pinpoints.annex_links (k, h)": "an annex before the act, linked by k (h before k or g) and the dative, as the Court's Slovenian writes it: 'Priloga I k Direktivi 96/61, naslovljena „Vrste industrijskih dejavnosti po členu 1“' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.sl), and with the genitive after it; the other cases from Slovenian grammar, h UNCONFIRMED in a text read", "pinpoints.recitals (uvodna izjava)": "a recital before the act or an anaphor of it, as the Court's Slovenian writes it: 'To določbo je treba razlagati ob upoštevanju uvodne izjave 23 te direktive' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.sl); the other cases from Slovenian grammar, UNCONFIRMED in a text read", "article_words (členoma)": "the dual's dative and instrumental, two articles after a verb or preposition that takes them: 'o prilagoditvi številnih zakonodajnih aktov, v katerih je določena uporaba regulativnega postopka s pregledom, členoma 290 in 291 Pogodbe o delovanju Evropske unije' (the opinion of the Committee of the Regions on COM(2016) 799 final, EUR-Lex 52017AR2776, Slovenian; pages corpus), beside the dual's nominative 'ki jih urejata člena 290 in 291 PDEU' in the same text; normalised as the plural", "article_words (členih)": "the locative plural: 'navedenih v členih 94 in 95 zakona' (a Slovenian form text in a public repository, found with find_string, of an Italian act), as EUR-Lex's Slovenian texts decline člen ('členi', 'členov', in the record before)", "pinpoints.leads": "a point written before its article, declined, no link word, as the Slovenian text of the GDPR writes it ('ki temelji na točki (e) ali (f) člena 6(1)', Article 21(1); gdpr-text.com, pages corpus); the point numbered before an ordinal paragraph in national writing ('v zvezi s 1. točko prvega odstavka 91. člena ZVOP-1', Supreme Court judgment IV Ips 2/2021, sodnapraksa.si; pages corpus); the plural 'točk' from the language, UNCONFIRMED in a text read", 'oj.edition_*': "the Court's '(UL, posebna izdaja v slovenščini, poglavje 5, zvezek 3, str. 327)' standing alone after the act (judgment C-149/16, Socha, EUR-Lex 62016CJ0149, Slovenian; pages corpus). EUR-Lex's former header 'finska posebna izdaja: poglavje 6 zvezek 1 str. 0198' (31977L0452) is not read: its journal line 'Uradni list L 176 , 15/07/1977 str. 0001 - 0007' has no number marker", "subtype_forms (the type word in lower case)": "the qualifier capitalised at the start of the citation, the type word after it in lower case, as EUR-Lex writes them: 'Izvedbena uredba Komisije (EU) št. 329/2013', 'Izvedbena direktiva Komisije (EU) 2018/1581' (op.europa.eu titles in Slovenian), 'o spremembi Izvedbene uredbe (EU) 2017/...' (a list of Slovenian Commission drafts on docplayer.si; pages corpus)", "enacting_leads (prvega odstavka)": "the enacting formula as EUR-Lex acts write it ('ob upoštevanju Pogodbe o delovanju Evropske unije in zlasti člena 207(2) Pogodbe', Regulation (EU) No 1219/2012, EUR-Lex 32012R1219, sl; pages corpus) with a paragraph written before its article, 'in zlasti prvega odstavka člena 42 ... Pogodbe', reported to the project from a Slovenian act (the formula of the agricultural regulations based on the first paragraph of Article 42 TFEU, as the English 'the first paragraph of Article 42 and Article 43(2) thereof'); UNCONFIRMED in a text read for this change",
                    "cases.joined_words (združeni)": "the nominative dual of a heading of joined "
        "cases: 'Združeni zadevi C-524/21 in C-525/21' (Opinion of AG de la Tour, "
        "ECLI:EU:C:2022:740, curia.europa.eu, Slovenian; the judgment's heading alike)",
        'national_names, national_author_words (komisije za)': "national bodies named with the state's name or with 'za' after the Commission's word: 'mnenja Banke Slovenije', 'Javna agencija Republike Slovenije za varstvo konkurence' (docplayer.si, pisrs.si SKLE9136; pages corpus), 'na seji senata Komisije za preprečevanje korupcije' (KPK annual report 2013, dokumen.tips, dlib.si; pages corpus), 'Agencija za trg vrednostnih papirjev' (uradni-list.si 1994-01-0793); the EU's Commission is 'Komisije' alone or 'Evropske komisije' (EUR-Lex); an act numbered N/YYYY so authored is UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('mnenja 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (the locative and dative plural)': "beside the cases of the EUR-Lex titles the record lists, the plural locative as Slovenian texts write it ('določena v ustreznih direktivah', a survey on the telecommunications framework, find_string) before a list of numbers (direktivah 2000/43/ES in 2000/78/ES), and the other plurals, from Slovenian grammar (UNCONFIRMED in a text read)", 'act_types (framework_decision: dative, plural)': "beside the cases of the EUR-Lex titles the record lists, the dative and the plural of Okvirni sklep from Slovenian grammar (UNCONFIRMED in a text read for the project): read as a bare decision, 'Okvirnemu sklepu 2002/584/PNZ' gave a decision's CELEX (32002D0584)", 'com.type_aliases, com.final_words (konč.)': "KOM, as the Slovenian documents wrote COM until 2009: 'KOM(2005) 377 končno' (EESC opinion, EUR-Lex 52006AE0402, Slovenian), 'KOM(2005) 120 končno' (52005AE1495); the abbreviation konč.: 'COM(2007) 358 konč.' (EESC opinion, EUR-Lex 52008AE0262, Slovenian)", "ecb_prefixes": ECB_NUMBERS["sl"], "national_author_links, eu_author_words, national_author_words": "the author in the genitive right after the number, as the Official Gazette writes EU acts ('Uredbe (EU, Euratom) 2018/1046 Evropskega parlamenta in Sveta', 'Direktive (EU) 2023/1791 Evropskega parlamenta in Sveta'; uradni-list.si 2023-01-3412, 2025-01-1761; pages corpus) and EUR-Lex ('Komisije Evropskih skupnosti'); national authors as the Gazette names them ('Vlada Republike Slovenije izdaja', 'Ministrstva za kmetijstvo, gozdarstvo in prehrano', 'minister za finance izdaja'; uradni-list.si, docplayer.si copies of the Gazette; pages corpus): the government, ministries, ministers, municipalities and their councils ('Mestne občine Ljubljana', 'Občinskega sveta'), the Judicial and National Councils (Sodni svet, Državni svet: their 'sveta' is no EU Council's); national acts are cited by title and Gazette number, so the national author right after an EU type word with a number N/YYYY is UNCONFIRMED in a text read", "treaties (EC: ES)": "ES after an article number, as the Court writes the EC Treaty in Slovenian: 'Člen 234 ES – Veljavnost določbe Skupnosti', 'v skladu s členom 234 ES' (opinion of AG Ruiz-Jarabo Colomer in Gaston Schul, C-461/03, EUR-Lex 62003CC0461, Slovenian)", "other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project", "treaties (EAEC, ECSC)": EAEC_ECSC["sl"], "article_plural": ARTICLE_PLURALS["sl"], "article_ordinal_first, pinpoints.ordinals": "Slovenian national texts write articles number first, the subdivision before them: 'tretji odstavek 39. člena ZDDV-1', 'drugi odstavek 367.c člena ZPP', 'prvega odstavka 3. člena Uredbe Sveta (ES) št. 343/2003', '6. člena Konvencije' (Constitutional Court decisions, Uradni list RS 67/2022 and 2014, judgment texts); with PDEU, PEU or the Charter the same order is UNCONFIRMED in a text read here (the EU's own texts write 'Člen 267, tretji odstavek, PDEU', 'Člen 47 Listine': EUR-Lex 62023CC0144). The locative and instrumental ordinals (tretjem odstavku, tretjim odstavkom) follow Slovenian grammar, UNCONFIRMED", "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT), declined, UNCONFIRMED in a text read here; real texts: 'Listina EU o temeljnih pravicah', 'Listini EU o temeljnih pravicah' (other cases of the name); the other cases of the full name (Listina, Listino, Listini) so that a text naming it so names it in full: 'Določena je z Listino Evropske unije o temeljnih pravicah (v nadaljevanju: Listina)' (docplayer.si, 'Varstvo osebnih podatkov'), 'Listina Evropske unije o temeljnih pravicah: področje uporabe, razlaga in učinki' (e-justice.europa.eu, Slovenian, part III on the Charter); the short name in the genitive after a citation in full (short_names, grammar/named_again): 'iz člena 7 Listine' (docplayer.si, the same text), 'člen 51(1) Listine ponuja zaščito', 'v členu 21(2) Listine' (e-justice.europa.eu, parts III and II; pages corpus), capitalised as the EU's Charter is (the national 'Temeljna ustavna listina', 'Evropska socialna listina' write it in lower case); never before 'o', 'Evropske', 'EU', 'Združenih' (Listina Združenih narodov); the number-first order with the short name ('prvi odstavek 51. člena Listine', dlib.si) is not read. No abbreviation: the normal form uses the short name", **sources("sl"), "back_references": 'anaphors: ta direktiva in the development text tests/data/corpus-sl (judgment C-282/10 Dominguez); the other cases of ta (te, to, tej); navedeno direktivo kodificirati after Directive 68/414/EEC in Directive 2006/67/EC, recital 1 (EUR-Lex 32006L0067, Slovenian); omenjena direktiva as listed by the issue 8 review; the other singular cases of navedena and omenjena (navedene, navedenega sklepa ...) from Slovenian grammar (UNCONFIRMED in a text read for the project)'}),
    act_types={
        "regulation": ("Uredba", "Uredbe", "Uredbi", "Uredbo", "Uredb", "Uredbah", "Uredbama"),
        "directive": ("Direktiva", "Direktive", "Direktivi", "Direktivo", "Direktiv", "Direktivah", "Direktivama"),
        "decision": ("Sklep", "Sklepa", "Sklepu", "Sklepom", "Odločba", "Odločbe", "Odločbi", "Odločbo", "Sklepih", "Sklepi", "Sklepov"),
        "framework_decision": ("Okvirni sklep", "Okvirnega sklepa", "Okvirnem sklepu", "Okvirnim sklepom", "Okvirnemu sklepu", "Okvirni sklepi", "Okvirnih sklepov"),
        "recommendation": ("Priporočilo", "Priporočila", "Priporočilu", "Priporočilom"),
        "joint_action": ("Skupni ukrep", "Skupnega ukrepa", "Skupnem ukrepu"),
        "common_position": ("Skupno stališče", "Skupnega stališča", "Skupnem stališču"),
    },
    # ``Odločba`` (decisions before 2009) keeps its own name
    type_word_overrides=frozen({w: "Odločba" for w in ("odločba", "odločbe", "odločbi", "odločbo")}),
    author_phrases=("Evropskega parlamenta in Sveta", "Sveta", "Komisije", "Evropske centralne banke"),
    legislator_forms=("Evropskega parlamenta in Sveta",),
    author_in_span=True,
    subtypes_before=frozen({"Delegirana": "delegated", "Delegirane": "delegated", "Delegirani": "delegated", "Delegirano": "delegated",
                            "Izvedbena": "implementing", "Izvedbene": "implementing", "Izvedbeni": "implementing", "Izvedbeno": "implementing"}),
    subtype_forms=frozen({"delegated": "Delegirana {lower}", "delegated:decision": "Delegirani {lower}", "implementing": "Izvedbena {lower}", "implementing:decision": "Izvedbeni {lower}"}),
    number_markers=("št.",),
    number_marker="št.",
    national_author_links=("",),
    eu_author_words=("Evrop", "Skupnost", "Unij", "Visoke oblasti", "ECB"),
    national_author_words=("komisije za", "vlade", "ministrstva", "ministra", "ministrice", "občine", "mestne občine", "občinskega sveta",
                           "mestnega sveta", "sodnega sveta", "državnega sveta", "državnega zbora"),
    national_names=("Slovenije",),
    list_conjunctions=("in", "ali", "ter"),
    domains=frozen({"EU": "EU", "ES": "ES", "EGS": "EGS", "ESPJ": "ESPJ", "SZVP": "SZVP", "PNZ": "PNZ", "Euratom": "Euratom"}),
    jha_domains=("PNZ",),
    ecsc_domains=("ESPJ",),
    domain_eras=frozen({"EU": "EU", "ES": "EC", "EGS": "EEC", "ESPJ": "ECSC", "SZVP": "CFSP", "PNZ": "JHA", "Euratom": "Euratom"}),
    hint_words=("predhodno", "odločanje", "katerega", "in", "v", "na", "se", "da", "je", "za", "z", "s", "o", "ki", "so", "po", "iz", "k", "pri", "te", "tega", "člena", "skladu",
                # frequent words Croatian writes otherwise (također, kao, koji, ili)
                "tudi", "ter", "kot", "pa", "lahko", "oziroma", "katero", "katere", "kateri",
                # the judgment cited before a case number (sodba z dne ..., C-397/01)
                "sodba", "sodbe", "sodbi", "sodbo"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ])(?P<body>(?i:Pridružitvenega[ ](?:sveta|odbora)|Stabilizacijsko-pridružitvenega[ ]sveta|Sveta[ ]ministrov(?=[ ]?[A-Z]{2,5}[-–])|Odbora[ ]veleposlanikov|Sveta[ ]za[ ](?:sodelovanje|pridružitev|partnerstvo|stabilizacijo[ ]in[ ]pridružitev)|Sveta[ ]EGP|Skupnega[ ]odbora(?:[ ]EGP)?|Mešanega[ ]odbora)(?:[ ]?[A-Z]{2,5}[-–][A-ZČŠŽ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``odbora``, after adjectives in ``-ega``); the EU's institutions are Sveta, Komisije.
        any_after=r"(?i:[ ])(?P<body>(?:[^\W\d_]{2,20}(?i:ega)[ ]){0,2}(?i:pododbora|odbora)(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("z dne",),
    months=(("januarja",), ("februarja",), ("marca",), ("aprila",), ("maja",), ("junija",), ("julija",), ("avgusta",), ("septembra",), ("oktobra",), ("novembra",), ("decembra",)),
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj=OjWords(
        journals=("UL",),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Uradni list Evropske unije", "Uradni list Evropskih skupnosti",
                          "Uradnem listu Evropske unije", "Uradnem listu Evropskih skupnosti"),
        pages=("str.",),
        # (the number marker after the series, as Slovenian national writing cites it: see
        # sources)
        series_markers=("št.",),
        edition_citations=("UL, posebna izdaja v slovenščini, poglavje {chapter}, zvezek {volume}, str. {page}",),
    ),
    treaties={
        "TFEU": Treaty("PDEU", ("PDEU",), ("Pogodbe o delovanju Evropske unije", "Pogodba o delovanju Evropske unije")),
        "TEU": Treaty("PEU", ("PEU",), ("Pogodbe o Evropski uniji", "Pogodba o Evropski uniji")),
        "EC": Treaty("PES", ("PES", "ES"), ("Pogodbe o ustanovitvi Evropske skupnosti",)),
        "EEC": Treaty("PEGS", ("PEGS",), ("Pogodbe o ustanovitvi Evropske gospodarske skupnosti",)),
        "EAEC": Treaty("Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo", ("Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo",), ("Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo", "Pogodba o ustanovitvi Evropske skupnosti za atomsko energijo")),
        "ECSC": Treaty("Pogodbe o ustanovitvi Evropske skupnosti za premog in jeklo", ("Pogodbe o ustanovitvi Evropske skupnosti za premog in jeklo",), ("Pogodbe o ustanovitvi Evropske skupnosti za premog in jeklo", "Pogodba o ustanovitvi Evropske skupnosti za premog in jeklo")),
        "CFR": Treaty("Listine o temeljnih pravicah", ("Listine o temeljnih pravicah",),
                      tuple(f"{w} {rest}" for w in ("Listine", "Listina", "Listino", "Listini")
                            for rest in ("Evropske unije o temeljnih pravicah", "EU o temeljnih pravicah", "o temeljnih pravicah")),
                      short_names=("Listine",), short_name_stops=("o", "Evropske", "EU", "Združenih")),
    },
    article_words=frozen({"člen": "člen", "člena": "člen", "členu": "člen", "členom": "člen", "členi": "členi", "členov": "členi", "členih": "členi", "členoma": "členi", "Člen": "člen"}),
    article_plural=("člen", "členi"),
    article_conjunctions=("in", "ali", "do"),
    article_range_words=("do",),
    pinpoints=PinpointWords(
        enacting_intros=("ob upoštevanju",),
        enacting_tails=("Uredbe", "Direktive", "Sklepa"),
        # the phrase before an act cited as amending the one before it (see sources)
        amended_by=("kakor je bila spremenjena z",),
        # no link word: the act after a pinpoint is declined (grammar/act_pinpoints)
        words=("odstavek", "odstavka", "točka", "točke", "točki", "pododstavek"),
        words_after_comma=False,
        # ``členom 288, tretji odstavek, PDEU``
        ordinals=("prvi", "drugi", "tretji", "četrti", "peti", "šesti", *_GENITIVES,
                  "prvem", "drugem", "tretjem", "četrtem", "petem", "prvim", "drugim", "tretjim", "četrtim", "petim"),
        ordinal_nouns=("odstavek", "odstavka", "odstavku", "odstavkom", "pododstavek", "pododstavka", "pododstavku", "pododstavkom", "stavek", "stavka"),
        # an act's ordinal, declined with it (``Člen 17(2) in (6) Šeste direktive 77/388``)
        title_ordinals=("prve", "druge", "tretje", "četrte", "pete", "šeste", "sedme", "osme", "devete",
                        "desete", "enajste", "dvanajste", "trinajste"),
        # a point written before its article, declined, no link word: ``točke (f) člena 6(1)
        # Uredbe``, ``v skladu s točko (a) člena 6(1)``
        leads=("točka", "točke", "točki", "točko", "točk"),
        annexes=("priloga", "priloge", "prilogi", "prilogo", "prilog", "prilogam",
                 "prilogah", "prilogami"),
        annex_links=("k", "h"),
        recitals=("uvodna izjava", "uvodne izjave", "uvodni izjavi", "uvodno izjavo",
                  "uvodnih izjav", "uvodnim izjavam", "uvodnimi izjavami"),
    ),
    # national texts write the article number first: ``47. člen Listine``, ``tretji odstavek 267. člena PDEU``
    article_ordinal_first=True,
    enacting_intros=("ob upoštevanju",),
    # (a paragraph before the article: ``in zlasti prvega odstavka člena 42 in člena 43(2)``)
    enacting_leads=(r"in[ ]zlasti(?:[ ](?:" + "|".join(_GENITIVES) + r")[ ]odstavka)?",),
    cases=CaseWords(
        words=("zadevi", "zadeva", "zadevah"),
        court_reports=("ZOdl.", "Recueil"),
        pinpoint_words=("točka", "točke", "točki"),
        joined_words=("združenih", "združene", "združeni"),
        opinion_words=("mnenje", "mnenja", "mnenju", "mnenjem"),
        label_nouns=(
            "tabela", "tabeli", "preglednica", "preglednici", "slika", "sliki",
            # the plurals, which open a list of labels
            "tabele", "tabelah", "preglednice", "preglednicah", "slike", "slikah",
        ),
        keyword_instruments=("konvencij", "protokol", "statut", "poslovnik", "zakonik", "listin"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM"}),
        final_words=("končno", "konč.", "final"),
        proposal_words=(r"\bpredlog",),
        communication_words=(r"\bsporočil", r"\bporočil", r"\bbela knjiga", r"\bzelena knjiga", r"\bakcijsk\w* načrt", r"\bstrategij"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("ali",),
        proposal_titles=("predlog uredba/uredbe/direktiva/direktive/sklep/sklepa",),
        proposal_leads=("predlog/predloga/predlogu/predlogom", "predlog/predloga/predlogu za"),
        # an acronym's cases after a hyphen, with the j Slovenian writes after a consonant
        # (``skladnosti z GDPR-jem``: see sources)
        alias_suffixes=("-ja", "-ju", "-jem"),
        definition_intros=("v nadaljnjem besedilu", "v nadaljevanju"),
        unquoted_aliases=True,
        # the feminine adjective before a type word, in the cases of ``declined`` (``(v
        # nadaljevanju Splošna uredba)`` ... ``15. člen Splošne uredbe``)
        adjective_endings=(("a", "e", "i", "o"),),
        other_determiners=("navedena", "navedene", "navedeni", "navedeno", "tej", "te", "to",
                           "Ta", "Te", "To", "ta", *_NUMBERED),
        declined=(("Direktiva", "Direktive", "Direktivi", "Direktivo"),
                  ("Uredba", "Uredbe", "Uredbi", "Uredbo"),
                  ("Odločba", "Odločbe", "Odločbi", "Odločbo"),
                  ("Sklep", "Sklepa", "Sklepu", "Sklepom")),
        title_starts=("o", "glede", "v zvezi z", "v zvezi s", "za", "ki", "o spremembi",
                      "o razveljavitvi", "o določitvi", "o vzpostavitvi"),
        in_title_before=("o spremembi", "o razveljavitvi", "in", "ali"),
        # 'Direktive 2003/88/ES o delovnem času, Zakon o delovnih razmerjih (v nadaljnjem
        # besedilu: ZDR-1)' (sodnapraksa.si): the alias is the national act's
        national_act_words=("Zakon", "Zakona", "Zakonu", "Zakonom"),
        title_dates=(r"z dne \d{1,2}\. ?\w+ \d{4}",),
        # "navedena direktiva" ("the said directive": 'navedeno direktivo', Directive 2006/67/EC
        # recital 1, EUR-Lex SL) and "navedeni sklep" in their singular cases
        anaphor_determiners=("ta", "Ta", "te", "to", "tej", "navedena", "Navedena", "navedene",
                             "navedeni", "navedeno", "navedenem", "navedenega", "navedenim",
                             "omenjena", "Omenjena", "omenjene", "omenjeni", "omenjeno",
                             "omenjenem", "omenjenega", "omenjenim"),
        # "ta direktiva" is "this Directive" in an act
        self_determiners=("ta", "Ta", "te", "to", "tej"),
        legislative_markers=("SPREJELA", "SPREJELI", "ob upoštevanju naslednjega",
                             "\nČlen 1\n"),
    ),
    examples=(
        ("Uredba Komisije (EU) št. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "Uredba (EU) št. 1089/2010"}),
        ("Direktive 2007/2/ES", {"kind": "legal_act", "celex": "32007L0002", "normalized": "Direktiva 2007/2/ES", "_before": "o izvajanju "}),
        ("UL L 119, 4.5.2016, str. 1", {"kind": "oj", "issue": "119", "page": 1, "_before": "v skladu z "}),
        ("člena 267 PDEU", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("členom 234 ES", {"kind": "treaty_article", "treaty": "EC", "normalized": "člen 234 PES", "_before": "da se obrnejo na Sodišče v skladu s "}),
        ("tretji odstavek 267. člena PDEU", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "člen 267, tretji odstavek PDEU", "_before": "Sodišče je poudarilo, da "}),
        ("zadevi C-302/10", {"kind": "case", "_span": "C-302/10", "_before": "v "}),
        ("člen 7(1) Direktive 2003/88/ES", {"kind": "legal_act", "_span": "Direktive 2003/88/ES", "pinpoint": "člen 7(1)"}),
    ),
)  # fmt: skip
