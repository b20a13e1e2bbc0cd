# ruff: noqa: E501
"""Lithuanian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import EAEC_ECSC, EX_ARTICLES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

# The masculine singular of šis (this), minėtas (said) and tas pats (the same), as written
# and at the start of a sentence ("minėto", "Minėto"; "minėtą" is the feminine's too)
_MASCULINE = tuple(
    v
    for d in ("šis", "šio", "šiam", "šį", "šiuo", "šiame", "minėtas", "minėto", "minėtam",
              "minėtu", "minėtame", "tas pats", "to paties", "tam pačiam", "tą patį",
              "tuo pačiu", "tame pačiame")
    for v in (d, d[:1].upper() + d[1:])
)  # fmt: skip

#: ordinals past the record's pinpoint ordinals, in the cases of the pinpoint ordinals
#: (see sources, other_determiners)
_NUMBERED = tuple(
    s + e
    for s in ("šešt", "septint", "aštunt", "devint", "dešimt", "trylikt")
    for e in ("as", "asis", "o", "ojo", "ą", "ąjį", "ame", "ajame", "a", "oji", "os", "osios", "ąją",
              "oje", "ojoje")
)  # fmt: skip

LANGUAGE = Language(
    code="lt",
    name="Lithuanian",
    ecb_prefixes=('ECB',),
    ecb_authors=('Europos centrinio banko',),
    sources=frozen({"other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project", "act_types (direktyvas)": "the accusative plural before a list of directives, as the title of the Unfair Commercial Practices Directive names those it amends: 'iš dalies keičiančios Tarybos direktyvą 84/450/EEB, Europos Parlamento ir Tarybos direktyvas 97/7/EB, 98/27/EB bei 2002/65/EB' (EUR-Lex 32005L0029, Lithuanian, as the order in C-13/15 Cdiscount quotes it, EUR-Lex 62015CO0013; pages corpus); the other plurals' accusatives (reglamentus, sprendimus) UNCONFIRMED in a text read", "pinpoints.enacting_intros, enacting_leads (jo)": "the enacting formula of an act citing an act, its date (and author) between the intro and the type word, its pinpoint after the title, the masculine possessive for a regulation: 'atsižvelgdama į 2003 m. rugsėjo 29 d. Tarybos reglamentą (EB) Nr. 1784/2003 dėl bendro grūdų rinkos organizavimo (1), ypač į jo 6 straipsnį,' (Commission Regulation (EC) No 883/2007, EUR-Lex 32007R0883), 'atsižvelgdama į 1994 m. gruodžio 21 d. Komisijos reglamentą (EB) Nr. 3223/94 ... (1), ypač į jo 4 straipsnio 1 dalį,' (Commission Regulation (EC) No 238/2005, EUR-Lex, OJ L 42 of 12.2.2005; pages corpus); the plural intro (atsižvelgdami, the Parliament and the Council) by Lithuanian grammar, UNCONFIRMED in a text read", "pinpoints.after_cases": "the genitive an act is in before its pinpoint written after it ('Reglamento (ES) 2016/679 6 straipsnio 1 dalis'; the record's pinpoints.after); the GDPR's title (EUR-Lex 32016R0679) names the directive it repeals in the nominative, then its popular name and the OJ: '2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamento (ES) 2016/679 dėl fizinių asmenų apsaugos tvarkant asmens duomenis ir dėl laisvo tokių duomenų judėjimo ir kuriuo panaikinama Direktyva 95/46/EB (Bendrasis duomenų apsaugos reglamentas) (OL 2016 L 119, p. 1)' (an employment contract and privacy notices in public repositories, find_string), where a pinpoint after the brackets was the directive's; a pinpoint written there ('... (Bendrasis duomenų apsaugos reglamentas) 6 straipsnio 1 dalies f punktas') UNCONFIRMED in a text read", "pinpoints.after (konstatuojamoji dalis)": "a recital after the act, its number first, as the Court's Lithuanian writes it: 'Direktyvos 96/61 23 konstatuojamojoje dalyje nurodyta', 'Direktyvos 2003/35 5 konstatuojamojoje dalyje nurodyta', '(OL L 41, p. 26; 2004 m. specialusis leidimas lietuvių k., 15 sk., 7 t., p. 375) 16 konstatuojamoji dalis suformuluota taip' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.lt); the other cases from Lithuanian grammar, UNCONFIRMED in a text read", 'oj.edition_*': "the Court's '2004 m. specialusis leidimas lietuvių k., 5 sk., 2 t., p. 197' after 'OL L 307, p. 18;' (judgment C-282/10, tests/data/corpus-lt)", "pinpoints.after (str., d., p.)": "the abbreviations of straipsnis, dalis and punktas after an act, as Lithuanian privacy notices cite the GDPR (EUR-Lex writes the words in full, '6 straipsnio 1 dalies b punktas'): 'Sutarties vykdymas (BDAR 6 str. 1 d. b p.)', 'teisinis pagrindas: sutarties su jumis vykdymas, BDAR 6 str. 1 d. b p.', 'Įmonės turi teisėtą interesą (BDAR 6 str. 1 d. f punktas)', 'BDAR 7 str. 1 d. — įrodyti, kad sutikimas gautas' (public repositories, found with find_string: ten hits); after an act's number UNCONFIRMED in a text read", "pinpoints.after (pastraip)": "the subparagraph after an article's number in the enacting formula: 'ypač į jos 254 straipsnio penktą pastraipą' (amendments to the Rules of Procedure of the General Court, EUR-Lex 32023Q0214(01), Lithuanian)", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('nuomonės 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (the dative singular)': "the dative singular of the type words from Lithuanian grammar, beside the cases of the EUR-Lex titles the record lists (UNCONFIRMED before a number in a text read; the framework decision's 'pagrindų sprendimui' with it)", 'act_types (framework_decision: pamatinis sprendimas, the other cases)': "the Court's and the Commission's other name of a framework decision: 'Tarybos pamatinis sprendimas 2002/584/TVR' and 'Pamatinis sprendimas 2002/584/TVR' (opinion of AG Ruiz-Jarabo Colomer in C-303/05, curia.europa.eu, Lithuanian), 'Tarybos pamatiniu sprendimu 2009/299/TVR' and 'Pagrindų sprendimu numatytas' (report COM(2020) 270, EUR-Lex 52020DC0270, Lithuanian); the other cases from Lithuanian grammar (UNCONFIRMED in a text read). Read as a decision, the bare noun gave a decision's CELEX (32002D0584)", 'com.type_aliases': "KOM, as the Lithuanian documents wrote COM until 2009: 'KOM(2007) 669 galutinis' (EUR-Lex 52007PC0669), 'KOM(2008) 812 galutinis' beside '{SEC(2008) 2937}' (52008PC0812: SEC as in English), 'KOM/2008/0661 galutinis' (52008PC0661), 'KOM(2002)0719' (EP report A6-0236/2006, Lithuanian)", "ecb_prefixes": ECB_NUMBERS["lt"],"national_authors_before, eu_author_words": "Lithuanian national acts are the Government's and ministers' resolutions and orders (nutarimas, įsakymas: no EU type word); a ministry's, a minister's, the Government's or a municipality's name right before an EU type word with a number N/YYYY is UNCONFIRMED in a text read (EU acts have Komisijos, Tarybos or an EU word: 'Europos', 'Bendrijos', 'Sąjungos', EUR-Lex); a board's (valdybos) as the Bank of Lithuania's acts name it ('Lietuvos banko valdybos 2010 m. spalio 21 d. nutarimas Nr. 03-130', op.europa.eu; pages corpus), whose 'Lietuvos banko valdybos reglamentas Nr. 1/2003' gave 32003R0001 (the ECB's: 'Europos centrinio banko' before it stays EU)", "enacting_leads, treaties (the accusative names)": "the enacting formula: 'atsižvelgdamas į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 254 straipsnio penktą pastraipą, atsižvelgdamas į Europos atominės energijos bendrijos steigimo sutartį, ypač į jos 106a straipsnio 1 dalį' (amendments to the Rules of Procedure of the General Court, EUR-Lex 32023Q0214(01), Lithuanian); the accusative of the TEU's and the EC Treaty's names from Lithuanian grammar (UNCONFIRMED in a text read for the project)", "article_words (straipsniui, straipsniu, straipsniais, straipsniams)": "the dative and instrumental of straipsnis after a treaty's abbreviation: 'prieštarauja SESV 45 straipsniui' (AG Sharpston in Martens, C-359/13, EUR-Lex 62013CC0359 as curia.europa.eu prints it, Lithuanian), 'nesuderinama su SESV 18, 20 ir 21 straipsniais' (AG Kokott in Commission v Austria, C-75/11, EUR-Lex 62011CC0075 as curia.europa.eu prints it); the singular instrumental and plural dative from Lithuanian grammar (UNCONFIRMED in a text read for the project)", "cases.words (bylos), cases.joined_words (sujungtos)": "the nominative plural in the heading of joined cases: 'Sujungtos bylos C-203/18 ir C-374/18.' (Deutsche Post, EUR-Lex 62018CJ0203, Lithuanian)", "treaties (EAEC, ECSC)": EAEC_ECSC["lt"], "treaties (EC, former numbers), treaty_former_words": EX_ARTICLES["lt"], "treaties (EC: Europos Bendrijos sutarties)": "the EC Treaty named as Lithuanian legal writing named it before Lisbon, Bendrijos capitalised and without steigimo (EUR-Lex titles it 'Europos bendrijos steigimo sutartis'): 'Prejudiciniu sprendimu, priimamu remiantis Europos Bendrijos sutarties 234 straipsniu, siekiama užtikrinti vienodą Bendrijos teisės aiškinimą' (abstract of an article on preliminary rulings, lituanistika.lt/content/9818; pages corpus); 'Europos Bendrijos steigimo sutarties' by the same spelling, UNCONFIRMED in a text read", "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'Europos Sąjungos pagrindinių teisių chartijos' (genitive, a Lithuanian text on human rights); 'ES pagrindinių teisių chartijos' and the form before an article (… chartijos 47 straipsnis) UNCONFIRMED in a text read for this project. The nominative as a heading writes it ('ES pagrindinių teisių chartija. Taikymo sritis, aiškinimas ir poveikis', e-justice.europa.eu, lt, part III on the Charter; 'Europos Sąjungos pagrindinių teisių chartija Teisingumo Teismo jurisprudencijoje', ateitis.net; pages corpus). The short name before the article once the Charter is named in full (short_names, grammar/treaty_articles_abbr_first, grammar/named_again): 'Chartijos 51 straipsnio 1 dalyje nustatyta apsauga' (the same e-justice page), 'įtvirtintą Chartijos 50 str.' (ateitis.net); never after 'socialinės', 'JT', 'Jungtinių' (Europos socialinė chartija, JT Chartija: from the language, UNCONFIRMED in a text read). No abbreviation: the normal form uses the full name", **sources("lt"), "back_references": 'anaphors: šia direktyva, šią direktyvą in the development text tests/data/corpus-lt (judgment C-282/10 Dominguez); minėta (aforementioned), feminine: the masculine minėto Sprendimo there is a judgment; the masculine with reglamentas only (determiner_types): \'šio reglamento IV priedo\', \'minėtame reglamente\', \'to paties reglamento 27 straipsnio\' after Regulation No 882/2004 in the summary of the judgment in C-523/09 (EUR-Lex 62009CJ0523, Lithuanian); the other cases of šis, minėtas and tas pats from Lithuanian grammar (UNCONFIRMED in a text read for the project); never with sprendimas (šio sprendimo is a judgment\'s own)'}),
    act_types={
        "regulation": ("reglamentas", "reglamento", "reglamente", "reglamentu", "reglamentą", "reglamentai", "reglamentų", "reglamentui"),
        "directive": ("direktyva", "direktyvos", "direktyvoje", "direktyva", "direktyvą", "direktyvų", "direktyvomis", "direktyvai", "direktyvas"),
        "decision": ("sprendimas", "sprendimo", "sprendime", "sprendimu", "sprendimą", "sprendimai", "sprendimų", "sprendimui"),
        "framework_decision": ("pagrindų sprendimas", "pagrindų sprendimo", "pagrindų sprendime", "pagrindų sprendimą", "pagrindų sprendimu", "pagrindų sprendimui", "pagrindų sprendimai", "pagrindų sprendimų",
                               "pamatinis sprendimas", "pamatinio sprendimo", "pamatiniame sprendime", "pamatinį sprendimą", "pamatiniu sprendimu", "pamatiniam sprendimui", "pamatiniai sprendimai", "pamatinių sprendimų"),
        "recommendation": ("rekomendacija", "rekomendacijos", "rekomendacijoje", "rekomendaciją"),
        "joint_action": ("bendrieji veiksmai", "bendrųjų veiksmų", "bendruosiuose veiksmuose"),
        "common_position": ("bendroji pozicija", "bendrosios pozicijos", "bendrojoje pozicijoje"),
    },
    authors=("Komisijos", "Tarybos", "Europos Parlamento ir Tarybos", "Europos centrinio banko"),
    legislator_forms=("Europos Parlamento ir Tarybos",),
    subtypes_before=frozen({"deleguotoji": "delegated", "deleguotasis": "delegated", "deleguotojo": "delegated", "deleguotajame": "delegated", "įgyvendinimo": "implementing"}),
    subtype_forms=frozen({"delegated": "deleguotasis {word}", "delegated:directive": "deleguotoji {word}", "implementing": "įgyvendinimo {word}"}),
    number_markers=("Nr.",),
    number_marker="Nr.",
    # a national author right before the type word (a minister, the Government, a municipality)
    national_authors_before=("ministro", "ministerijos", "Vyriausybės", "savivaldybės", "Lietuvos banko", "valdybos"),
    eu_author_words=("Europ", "Bendrij", "Sąjung"),
    list_conjunctions=("ir", "arba", "bei"),
    domains=frozen({"ES": "ES", "EB": "EB", "EEB": "EEB", "EAPB": "EAPB", "BUSP": "BUSP", "TVR": "TVR", "Euratomas": "Euratomas"}),
    jha_domains=("TVR",),
    ecsc_domains=("EAPB",),
    domain_eras=frozen({"ES": "EU", "EB": "EC", "EEB": "EEC", "EAPB": "ECSC", "BUSP": "CFSP", "TVR": "JHA", "Euratomas": "Euratom"}),
    hint_words=("ir", "yra", "kad", "dėl", "į", "su", "iš", "pagal", "kuris", "kuri", "tai", "šio", "šios", "arba", "kaip", "šiame", "tik", "kuriuo", "kurie"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        # the ACP-EC Council of Ministers and Committee of Ambassadors only with their parties
        # (a bare council of ministers may be the EU's)
        before=r"(?<![\w-])(?P<body>(?:[A-ZĄČĘĖĮŠŲŪŽ]{2,5}(?:[-–][A-ZĄČĘĖĮŠŲŪŽ]\w{1,20}|[ ](?i:ir)[ ](?:[A-ZĄČĘĖĮŠŲŪŽ]{2,6}|[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]{2,20}))?[ ])?(?i:(?:(?:stabilizacijos[ ]ir[ ])?asociacijos|bendradarbiavimo|partnerystės|jungtinio|mišriojo)[ ](?:tarybos|komiteto)|EEE[ ]tarybos)|[A-ZĄČĘĖĮŠŲŪŽ]{2,5}[-–][A-ZĄČĘĖĮŠŲŪŽ]\w{1,20}[ ](?i:ministrų[ ]tarybos|ambasadorių[ ]komiteto))[ ]$",
        # Any committee before the type word, bare or its name in the genitive, in any case
        # (Prekybos komiteto, jungtinio veterinarijos komiteto), a council with its parties
        # (AKR ir ES ambasadorių komiteto, AKR ir EB Ministrų Tarybos): the EU's institutions
        # are Komisija and Taryba.
        any_before=r"(?<![\w-])(?P<body>(?:(?:[A-ZĄČĘĖĮŠŲŪŽ]{2,6}[ ](?i:ir)[ ](?:[A-ZĄČĘĖĮŠŲŪŽ]{2,6}|[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]{2,20})|[A-ZĄČĘĖĮŠŲŪŽ]{2,6}[-–][A-ZĄČĘĖĮŠŲŪŽ]\w{1,20})[ ](?:[^\W\d_]{2,25}(?i:os|ės|o|ų|aus|ojo)[ ]){0,2}(?:(?i:pakomitečio|komiteto|tarybos))|(?:(?!(?i:nuo|buvo|kurio|šio|to|tos|šios)[ ])[^\W\d_]{2,25}(?i:os|ės|o|ų|aus|ojo)[ ]){0,3}(?i:pakomitečio|komiteto)))[ ]$",
    ),
    date_words=("m.",),
    months=(("sausio",), ("vasario",), ("kovo",), ("balandžio",), ("gegužės",), ("birželio",), ("liepos",), ("rugpjūčio",), ("rugsėjo",), ("spalio",), ("lapkričio",), ("gruodžio",)),
    oj=OjWords(
        journals=("OL",),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Europos Sąjungos oficialusis leidinys", "Europos Bendrijų oficialusis leidinys",
                          "Europos Sąjungos oficialiajame leidinyje", "Europos Bendrijų oficialiajame leidinyje"),
        pages=("p.",),
        edition_citations=("2004 m. specialusis leidimas lietuvių k., {chapter} sk., {volume} t., p. {page}",),
    ),
    treaties={
        # (the accusative as the enacting formula names it: ``atsižvelgdama į Sutartį dėl
        # Europos Sąjungos veikimo, ypač į jos 114 straipsnį``)
        "TFEU": Treaty("SESV", ("SESV",), ("Sutarties dėl Europos Sąjungos veikimo", "Sutartis dėl Europos Sąjungos veikimo", "Sutartį dėl Europos Sąjungos veikimo")),
        "TEU": Treaty("ES sutartis", ("ESS",), ("Europos Sąjungos sutarties", "Europos Sąjungos sutartis", "Europos Sąjungos sutartį", "ES sutarties", "ES sutartis")),
        # (capitalised ``Bendrijos`` and the name without ``steigimo``, as national writing has them: see sources)
        "EC": Treaty("EB", ("EB",), ("Europos bendrijos steigimo sutarties", "Europos bendrijos steigimo sutartį", "EB sutarties",
                                    "Europos Bendrijos steigimo sutarties", "Europos Bendrijos sutarties")),
        "EEC": Treaty("EEB", ("EEB",), ("Europos ekonominės bendrijos steigimo sutarties",)),
        "EAEC": Treaty("Europos atominės energijos bendrijos steigimo sutarties", ("Europos atominės energijos bendrijos steigimo sutarties",), ("Europos atominės energijos bendrijos steigimo sutarties", "Europos atominės energijos bendrijos steigimo sutartį")),
        "ECSC": Treaty("Europos anglių ir plieno bendrijos steigimo sutarties", ("Europos anglių ir plieno bendrijos steigimo sutarties",), ("Europos anglių ir plieno bendrijos steigimo sutarties",)),
        "CFR": Treaty("Europos Sąjungos pagrindinių teisių chartijos", ("Europos Sąjungos pagrindinių teisių chartijos",), ("Europos Sąjungos pagrindinių teisių chartijos", "ES pagrindinių teisių chartijos",
                                                                                                                          "Europos Sąjungos pagrindinių teisių chartija", "ES pagrindinių teisių chartija"),
                      short_names=("Chartijos",), short_name_stops=("socialinės", "Socialinės", "JT", "Jungtinių"), short_name_letter="ė"),
    },
    article_words=frozen({"straipsnis": "straipsnis", "straipsnio": "straipsnio", "straipsnyje": "straipsnyje", "straipsnį": "straipsnį", "straipsniai": "straipsniai", "straipsnių": "straipsnių", "straipsniui": "straipsniui", "straipsniu": "straipsniu", "straipsniais": "straipsniais", "straipsniams": "straipsniams", "str.": "str."}),
    article_conjunctions=("ir", "arba"),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("atsižvelgdama į", "atsižvelgdami į"),
        # pinpoints are written after the act (grammar/act_pinpoints): subdivision word stems
        # (an act in another case takes none: ``kuriuo panaikinama Direktyva 95/46/EB``)
        after_cases=("reglamento", "reglamentų", "direktyvos", "direktyvų", "sprendimo",
                     "sprendimų", "rekomendacijos", "bendrųjų veiksmų",
                     "bendrosios pozicijos"),
        after=("straipsn", "dal", "punkt", "papunkt", "papunkč", "pried", "sakin", "pastraip",
               # the abbreviations of national writing (see sources)
               "str.", "d.", "p.",
               # a recital, two words declined (``23 konstatuojamojoje dalyje``)
               "konstatuojamoji dal", "konstatuojamosios dal", "konstatuojamąją dal",
               "konstatuojamojoje dal", "konstatuojamųjų dal", "konstatuojamosiose dal",
               "konstatuojamąsias dal"),
        # ordinals before a subdivision word after the act (``1 dalies antras sakinys``), in their
        # genders and cases, short and definite
        ordinals=(*(s + e for s in ("pirm", "antr", "treči", "ketvirt", "penkt")
                    for e in ("as", "asis", "o", "ojo", "ą", "ąjį", "ame", "ajame",
                              "a", "oji", "os", "osios", "ąją", "oje", "ojoje")),
                  "paskutinis", "paskutinio", "paskutinį", "paskutiniame", "paskutinė", "paskutinės",
                  "paskutinę", "paskutinėje"),
    ),
    treaty_abbreviation_first=True,
    # what stands between a treaty's name and a bare article of it in the enacting formula
    # (``... Sutartį dėl Europos Sąjungos veikimo, ypač į jos 254 straipsnio penktą pastraipą``)
    # (and an act's: ``... reglamentą (ES) 2016/679 (1), ypač į jo 58 straipsnio 3 dalį``, the
    # masculine of a regulation; see sources)
    enacting_leads=(r"ypač[ ]į[ ]jo(?:s)?",),
    treaty_former_words=("ex",),
    cases=CaseWords(
        words=("byloje", "byla", "bylose", "bylą", "bylos"),
        court_reports=("Rink.",),
        pinpoint_words=("punktas", "punktą", "punktus"),
        pinpoint_number_first=True,
        joined_words=("sujungtose", "sujungtos"),
        opinion_words=("nuomonė", "nuomonės", "nuomonėje", "nuomonę"),
        keyword_instruments=("konvencij", "protokol", "statut", "reglament", "kodeks", "chartij"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM"}),
        final_words=("galutinis", "final"),
        proposal_words=(r"\bpasiūlym",),
        communication_words=(r"\bkomunikat", r"\bataskait", r"\bbaltoji knyga", r"\bžalioji knyga", r"\bveiksmų plan", r"\bstrategij"),
    ),
    dated_forms_before=("{year} m. {month} {day} d.",),
    dated_form_act_types=("framework_decision", "recommendation", "joint_action", "common_position"),
    back_references=BackReferenceWords(
        alias_separators=("arba",),
        other_determiners=_NUMBERED,  # ``šeštosios direktyvos``: the Sixth (see sources)
        definition_intros=("toliau vadinama", "toliau vadinamas", "toliau vadinamu",
                           "toliau vadinamoje", "toliau"),
        unquoted_aliases=True,
        declined=(("direktyva", "direktyvos", "direktyvai", "direktyvą", "direktyvoje"),
                  ("reglamentas", "reglamento", "reglamentui", "reglamentą", "reglamentu",
                   "reglamente"),
                  ("sprendimas", "sprendimo", "sprendimui", "sprendimą", "sprendimu",
                   "sprendime")),
        title_starts=("dėl", "kuria", "kuriuo", "kuriame", "iš dalies keičianti",
                      "iš dalies keičiantis", "nustatanti", "nustatantis"),
        in_title_before=("keičiantis", "keičianti", "panaikinantis", "panaikinanti", "ir", "ar"),
        # feminine (direktyva); the masculine only with reglamentas (determiner_types):
        # "minėto sprendimo" is mostly a judgment cited earlier, "šio sprendimo" the judgment
        anaphor_determiners=("minėta", "minėtos", "minėtai", "minėtą", "minėtoje", "ši", "Ši",
                             "šios", "šiai", "šią", "šia", "šioje",
                             "Minėta", "Minėtos", "Minėtoje",  # at the start of a sentence
                             *_MASCULINE),
        determiner_types=tuple((d, "regulation") for d in _MASCULINE),
        # "ši direktyva" is "this Directive" in an act, "šis reglamentas" "this Regulation"
        self_determiners=("ši", "Ši", "šios", "šiai", "šią", "šia", "šioje",
                          *(d for d in _MASCULINE if d.lower().startswith("ši"))),
        legislative_markers=("PRIĖMĖ ŠĮ", "PRIĖMĖ ŠIĄ", "kadangi:", "\n1 straipsnis\n"),
    ),
    examples=(
        ("Komisijos reglamentas (ES) Nr. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "reglamentas (ES) Nr. 1089/2010"}),
        ("Europos Parlamento ir Tarybos direktyvos 2007/2/EB", {"kind": "legal_act", "celex": "32007L0002", "normalized": "direktyva 2007/2/EB"}),
        ("OL L 119, 4.5.2016, p. 1", {"kind": "oj", "issue": "119", "page": 1, "_before": "paskelbta "}),
        # the Style Guide's form: the date year first
        ("OL L 119, 2016 5 4, p. 1", {"kind": "oj", "issue": "119", "page": 1, "year": 2016, "_before": "paskelbta "}),
        ("SESV 267 straipsnis", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "SESV 267 straipsnis"}),
        ("byloje C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("Reglamento (ES) 2016/679 6 straipsnio 1 dalies a punktas", {"kind": "legal_act", "_span": "Reglamento (ES) 2016/679", "pinpoint": "6 straipsnio 1 dalies a punktas"}),
    ),
)  # fmt: skip
