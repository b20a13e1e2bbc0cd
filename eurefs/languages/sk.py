# ruff: noqa: E501
"""Slovak."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, EX_ARTICLES, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

# The numbered directives' ordinals (the Sixth VAT Directive): no use of a bare-word alias.
_NUMBERED = tuple(
    s + e
    for s in ("šiest", "siedm", "ôsm", "deviat", "desiat", "jedenást", "dvanást", "trinást")
    for e in ("a", "ej", "u", "ou", "y", "e", "eho", "emu", "om", "ym")
)

LANGUAGE = Language(
    code="sk",
    name="Slovak",
    ecb_prefixes=('ECB',),
    ecb_authors=('Európskej centrálnej banky',),
    sources=frozen({"pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'), the neuter possessive for a regulation: 'so zreteľom na nariadenie Európskeho parlamentu a Rady (EÚ) č. 1151/2012 z 21. novembra 2012 o systémoch kvality pre poľnohospodárske výrobky a potraviny (1), a najmä na jeho článok 52 ods. 2,' (the Commission's regulation on Prekmurska gibanica, as a public repository copies EUR-Lex; find_string '(1), a najmä na jeho článok'); a title naming another act leaves it undecided: 'so zreteľom na nariadenie Európskeho parlamentu a Rady (EÚ) č. 910/2014 [...] a o zrušení smernice 1999/93/ES (1), a najmä na jeho článok 11a ods. 3,' (Commission Implementing Regulation (EU) 2025/846, EUR-Lex, Slovak; pages corpus); the intro's last words only ('zreteľom na')", 'back_references.in_title_before (zmene, zrušení)': "a title that amends or repeals an act by a noun, so that the act is part of the title and an alias after it names the title's act: 'Nariadenie Európskeho parlamentu a Rady 2016/679 o ochrane fyzických osôb pri spracovaní osobných údajov a o voľnom pohybe týchto údajov a o zrušení smernice 95/46/ES (všeobecné nariadenie o ochrane osobných údajov) (ďalej len „nariadenie“)', then 'v zmysle čl. 6 ods. 1 písm. c) nariadenia' (a Slovak e-shop's privacy notice in a public repository, find_string '(ďalej len „nariadenie'); EUR-Lex's Slovak titles write both nouns ('o zdravotníckych pomôckach, zmene smernice 2001/83/ES ... a o zrušení smerníc Rady 90/385/EHS a 93/42/EHS', Regulation (EU) 2017/745)", "author_phrases, legislator_forms, number_markers, eu_author_words (without diacritics)": "the legislator and the number marker typed without their diacritics, as Slovak web shops' terms name the acts on consumer dispute resolution: 'je kontaktnym miestom podla Nariadenia Europskeho parlamentu a Rady (EU) c. 524/2013 z 21. maja 2013 o rieseni spotrebitelskych sporov on-line a o zmene nariadenia (ES) c. 2006/2004 a smernice 2009/22/ES' (a web shop's terms in a public repository, found with find_string 'Europskeho parlamentu a Rady'), where EUR-Lex writes 'nariadenie Európskeho parlamentu a Rady (EÚ) č. 524/2013'; the same terms cite Slovak acts 'zakona c. 40/1964 Zb.', which no EU type word leads; the other words without diacritics UNCONFIRMED in a text read", "back_references (adjective_endings)": "an alias of an adjective and a declined type word used later in another case, the adjective agreeing: '(Ú. v. ES L 145, s. 1, ďalej len „šiesta smernica“). Konkrétne, Cour d’appel (Luxembursko) kladie otázku, či je v súlade s článkom 13 časťou C šiestej smernice' (the Opinion of AG Geelhoed in C-269/03, taxlawapp.eu, as EUR-Lex 62003CC0269 gives it; pages corpus): the feminine's endings; the neuter's, an alias the Court defines so ('nariadenia Rady (ES) č. 1225/2009 (ďalej len „základné nariadenie“)', the Opinion of AG Tančev in C-236/17 P, curia.europa.eu), its other cases from Slovak grammar, UNCONFIRMED in a text read", "pinpoints.words (časť, časti, časťou)": "an article's part, a capital after the word, as the Court's Slovak cites the Sixth VAT Directive's Article 13 A, B, C: 'Toto konanie sa týka výkladu ustanovení článku 13 časti C šiestej smernice Rady 77/388/EHS', 'či je v súlade s článkom 13 časťou C šiestej smernice', 'Článok 13 časť B písm. b) a časť C šiestej smernice stanovuje' (the Opinion of AG Geelhoed in C-269/03, taxlawapp.eu, as EUR-Lex 62003CC0269 gives it); pages corpus", "pinpoints.title_ordinals": "an act's ordinal between the pinpoint and the act, declined with it (the genitive feminine of 'smernica'): 'V prejednávanej veci má Súdny dvor spresniť rozsah článku 13 A ods. 1 písm. n) šiestej smernice 77/388/EHS' (the Opinion of Advocate General Bot in C-592/15 British Film Institute, EUR-Lex 62015CC0592 as taxlawapp.eu prints it, Slovak), 'Toto konanie sa týka výkladu ustanovení článku 13 časti C šiestej smernice Rady 77/388/EHS zo 17. mája 1977' (the Opinion of Advocate General Geelhoed in C-269/03 Kirchberg, taxlawapp.eu, Slovak: 'časti C' is no pinpoint word of the record, so no pinpoint); pages corpus; the ordinals other than 'šiestej' from the language (the motor insurance directives' 'prvej', 'druhej', 'tretej'; the company law directives' up to 'trinástej'), UNCONFIRMED in a text read", "pinpoints.ordinal_dot": "article numbers written as ordinals before the act, a dot after each, as Slovak privacy notices write them: 'toto oboznámenie dotknutej osoby o spracovaní osobných údajov podľa článkov 13. a 14. Nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 z 27. apríla 2016' (a Slovak town's notice, two copies in public repositories, found with find_string); EUR-Lex writes no dot ('článkov 13 a 14'), read as before; one article or a paragraph so written ('článku 13.', 'čl. 6. ods. 1') UNCONFIRMED in a text read; an act in the nominative after the dot starts a sentence and takes no pinpoint (grammar/pinpoint_edges.nominative_type_words)", "back_references (tej istej)": "the same act again, as the Court's Slovak writes it: 'Článok 15 tej istej smernice, nazvaný „Prístup k informáciám a účasť verejnosti na povoľovacom konaní“', 'Príloha V tej istej smernice, nazvaná „Účasť verejnosti na rozhodovaní“' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.sk); the other cases and the neuter from Slovak grammar, UNCONFIRMED in a text read", "pinpoints.annexes (príloha)": "an annex before the act, in the genitive with no link word, as the Court's Slovak writes it: 'Príloha I smernice 96/61, nazvaná „Kategórie priemyselných činností uvedených v článku 1“' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.sk); the other cases from Slovak grammar, UNCONFIRMED in a text read", "pinpoints.recitals (odôvodnenie)": "a recital before the act or an anaphor of it, as the Court's Slovak writes it: 'Toto ustanovenie je potrebné vykladať vzhľadom na odôvodnenie 23 uvedenej smernice' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.sk); the other cases from Slovak grammar, UNCONFIRMED in a text read", "article_words (článkoch, článkami)": "the locative plural: 'V článkoch 168 a 168a smernice o DPH sa stanovuje' (COM(2021) 626 final, explanatory memorandum, EUR-Lex 52021PC0626, Slovak; pages corpus); the instrumental plural from Slovak grammar, UNCONFIRMED in a text read", 'oj.edition_*': "the Court's 'Mim. vyd. 05/002, s. 197' after 'Ú. v. ES L 307, s. 18;' (judgment C-282/10, tests/data/corpus-sk) and 'Mim. vyd. 15/002, s. 102' (judgment C-323/17, curia.europa.eu)", "enacting_leads (jej)": "the possessive after the lead, as the European Parliament writes it after an act ('a najmä na jeho článok 208', report A8-0099/2017, europarl.europa.eu; pages corpus), in the feminine for the Treaty (Zmluva): 'a najmä na jej článok 16' as the EUR-Lex acts' Slovak enacting formula has it, UNCONFIRMED in a text read", 'national_author_words (rady pre vysielanie a retransmisiu), national_names': "the national broadcasting council named with 'pre' after the Council's word, in full ('Rady pre pridruženie' is an association's): 'zo zasadnutia Rady pre vysielanie a retransmisiu' (archiv.rvr.sk; pages corpus); the state's name after a body's ('Národnej banky Slovenska', 'Ministerstvo školstva Slovenskej republiky'; docplayer.sk); the EU's Council is 'Rady' alone (EUR-Lex); an act numbered N/YYYY so authored is UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('stanoviska 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (odporúčaniu)': "the dative of odporúčanie from Slovak grammar, as the record's other types have theirs (nariadeniu, rozhodnutiu; EUR-Lex titles), UNCONFIRMED before a number in a text read", 'hint_words (základe, zmysle)': "the prepositional phrases before an article that Czech spells otherwise (na základe / na základě, v zmysle / ve smyslu), so that an article of the EC Treaty, whose 'ES' both write, is told by them ('na základe článku 234 ES' was Czech): 'Cieľom pravidiel uplatniteľných na podniky na základe článkov 81 ES a 82 ES' (the Opinion of AG Wahl in C-194/14 P AC-Treuhand, EUR-Lex 62014CC0194, Slovak, a copy that drops some diacritics: 'na základe clánkov 81 ES a 82 ES'), 'Na základe jej odpovede Komisia vydá stanovisko' (EUR-Lex summary LEGISSUM l14550, Slovak), 'V zmysle zmlúv dohliada na správne uplatňovanie práva Únie Európska komisia' (ec.europa.eu, infringements, Slovak), 'v zmysle judikatúry Súdneho dvora' (the Opinion of AG Cruz Villalón in C-32/11, Slovak); pages corpus", 'hint_words (the judgment and the Court)': "the judgment and the Court as Slovak texts name them: 'Rozsudok Súdneho dvora (veľká komora) zo 16. júla 2020' (the summary of C-311/18, curia.europa.eu, Slovak), 'Súdny dvor EÚ v rozsudku vo veci Wirtschaftsakademie' (dagital.sk); the other cases from Slovak grammar", 'act_types (framework_decision: dative, plural)': "beside the cases EUR-Lex writes ('rámcovým rozhodnutím Rady 2009/299/SVV', report COM(2020) 270, EUR-Lex 52020DC0270, Slovak), the dative and the plural of rámcové rozhodnutie from Slovak grammar (UNCONFIRMED in a text read for the project): read as a bare decision, 'rámcovému rozhodnutiu 2002/584/SVV' gave a decision's CELEX (32002D0584)", "ecb_prefixes": ECB_NUMBERS["sk"], "national_qualifiers": "the generally binding regulations of municipalities, towns and regions (všeobecne záväzné nariadenie, VZN), numbered N/YYYY like EU regulations before 2015: 'Všeobecne záväzné nariadenie č. 1/2012 o miestnych daniach' (obecvlkas.sk), 'Všeobecne záväzné nariadenie č. 12/2012 o miestnych daniach' (Pezinok, docplayer.cz), 'VŠEOBECNE ZÁVÄZNÉ NARIADENIE Č. 10/2016', and misspelt 'Všeobecné záväzné nariadenie mesta Banská Bystrica č. 17/2011' (123peniaze.sk), 'Všeobecne závazné nariadenie č. 10 /2015/VZN' (pages corpus); never an EU act's qualifier on EUR-Lex", "national_author_links, eu_author_words, national_author_words": "the author in the genitive right after the number, as EUR-Lex titles write it ('nariadenie č. 1/2003 Rady'); EU authors' words of official texts (Európsk-, Spoločenstvo, Únia, Vysoký úrad); national authors, often in small letters: towns', municipalities', city districts' and the capital's generally binding regulations as their pages name them ('Všeobecne záväzné nariadenie mesta Banská Bystrica č. 17/2011', 'VZN obce č. 2/2019', 'všeobecne záväzné nariadenie mestskej časti Bratislava-Staré Mesto č. 8/2012', 'všeobecne záväzných nariadení hlavného mesta'; 123peniaze.sk, lubotice.eu, staremesto.sk, bratislava.sk; pages corpus) and the government's ('nariadenie vlády č. 391/2006 Z. z.'); the same authors after the number UNCONFIRMED in a text read", "treaties (EC, former numbers)": EX_ARTICLES["sk"],"national_series": "Z. z. (Zbierka zákonov, the Slovak Collection of Laws) after the number of a national act, as Czech Sb. in national judgments: 'nariadenie vlády č. 391/2006 Z. z.'; the form without vlády UNCONFIRMED in a text read for the project", "other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project", "com.type_aliases": "KOM: EUR-Lex 52007PC0439 (Slovak: 'KOM(2007) 439 v konečnom znení'); K: Commission Decision 2008/788/EC (EUR-Lex 32008D0788), its title in this language as op.europa.eu publishes it (publication a8b3dcb9-67c6-485e-9cdf-b92233aeb11a: 'K(2008) 5533')", "treaties (TFEU: Zmluvy o fungovaní EÚ)": "the TFEU's name with the Union abbreviated, as Slovak legal writing has it beside the name EUR-Lex writes in full ('Zmluva o fungovaní Európskej únie', EUR-Lex 12016E): 'v súlade s Rozhodnutím Komisie č. 2012/21/EÚ z 20. decembra 2011 o uplatňovaní článku 106 ods. 2 Zmluvy o fungovaní EÚ na štátnu pomoc' (a Slovak municipality's document, public repository, find_string); the nominative and accusative by the same spelling, UNCONFIRMED in a text read", "treaties (EU)": FORMER_TEU["sk"], "treaties (EAEC, ECSC)": EAEC_ECSC["sk"], "article_plural": ARTICLE_PLURALS["sk"], "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'V článku 8 ods. 1 Charty základných práv Európskej únie' (GDPR recital 1, Slovak, EUR-Lex 32016R0679 as reproduced); 'čl. 42 Charty základných práv EÚ', 'článkov 41 a 47 Charty základných práv' only in a list of citation patterns, UNCONFIRMED in running text. (The national charter is a Listina, another word.) The nominative title as a heading writes it ('Charta základných práv Európskej únie: rozsah pôsobnosti, výklad a účinky', e-justice.europa.eu, sk; pages corpus). The short name after a citation in full (short_names, grammar/named_again), in the genitive, in small letters as the Commission's pages write it: 'článok 51 ods. 1 charty poskytuje ochranu' (the same e-justice page), 'z článku 51 charty' (fra.europa.eu, sk), 'k textu charty (najmä k článkom 51 a 52)' (the Explanations, EUR-Lex 32007X1214(01), sk; pages corpus), capitalised as the Court writes it ('článku 41 Charty', a list of citation patterns, find_string); never before 'základných', 'OSN', 'Organizácie', 'Spojených', 'Európskej' (Charta OSN, Európska sociálna charta: from the language, UNCONFIRMED in a text read). No abbreviation in use found: the normal form uses the short name", **sources("sk"), "back_references": 'anaphors: táto smernica, touto smernicou in the development text tests/data/corpus-sk (judgment C-282/10 Dominguez); the other cases of tento/táto; uvedenej smernice (the said directive) reported by the issue 8 docs review, its other singular cases (uvedená, uvedenú, uvedenou, uvedeného ...) from Slovak grammar (UNCONFIRMED in a text read for the project); uvedené left out, also the plural uvedené smernice'}),
    act_types={
        "regulation": ("nariadenie", "nariadenia", "nariadení", "nariadením", "nariadeniu"),
        "directive": ("smernica", "smernice", "smernici", "smernicu", "smernicou", "smerníc"),
        "decision": ("rozhodnutie", "rozhodnutia", "rozhodnutí", "rozhodnutím", "rozhodnutiu"),
        "framework_decision": ("rámcové rozhodnutie", "rámcového rozhodnutia", "rámcovom rozhodnutí", "rámcovým rozhodnutím", "rámcovému rozhodnutiu", "rámcové rozhodnutia", "rámcových rozhodnutí"),
        "recommendation": ("odporúčanie", "odporúčania", "odporúčaní", "odporúčaním", "odporúčaniu"),
        "joint_action": ("spoločná akcia", "spoločnej akcie", "spoločnou akciou"),
        "common_position": ("spoločná pozícia", "spoločnej pozície", "spoločnou pozíciou"),
    },
    # (and without its diacritics, as Slovak web pages write it: see sources)
    author_phrases=("Európskeho parlamentu a Rady", "Rady", "Komisie", "Európskej centrálnej banky",
                    "Europskeho parlamentu a Rady"),
    legislator_forms=("Európskeho parlamentu a Rady", "Europskeho parlamentu a Rady"),
    author_in_span=True,
    subtypes_before=frozen({"vykonávacia": "implementing", "delegovaná": "delegated", "delegované": "delegated", "delegovaného": "delegated", "delegovanom": "delegated", "delegovaným": "delegated",
                            "vykonávacie": "implementing", "vykonávacieho": "implementing", "vykonávacom": "implementing", "vykonávacím": "implementing"}),
    subtype_forms=frozen({"delegated": "delegované {word}", "delegated:directive": "delegovaná {word}", "implementing": "vykonávacie {word}", "implementing:directive": "vykonávacia {word}"}),
    number_markers=("č.", "c."),
    national_series=("Z. z.", "Z.z."),
    national_author_links=("",),
    national_qualifiers=("všeobecne záväzn", "všeobecné záväzn", "všeobecne závazn"),
    eu_author_words=("Európ", "Europ", "Spoločenstv", "Úni", "Vysokého úradu", "ECB"),
    national_author_words=("rady pre vysielanie a retransmisiu", "hlavného mesta", "mesta", "obce", "mestskej časti", "kraja",
                           "samosprávneho kraja", "vyššieho územného celku", "vlády",
                           "ministerstva", "ministra", "zastupiteľstva", "mestského zastupiteľstva",
                           "obecného zastupiteľstva", "miestneho zastupiteľstva", "magistrátu",
                           "okresného úradu"),
    national_names=("Slovenskej republiky", "Slovenska"),
    number_marker="č.",
    list_conjunctions=("a", "alebo", "ako aj"),
    domains=frozen({"EÚ": "EÚ", "ES": "ES", "EHS": "EHS", "ESUO": "ESUO", "SZBP": "SZBP", "SVV": "SVV", "Euratom": "Euratom"}),
    jha_domains=("SVV",),
    ecsc_domains=("ESUO",),
    domain_eras=frozen({"EÚ": "EU", "ES": "EC", "EHS": "EEC", "ESUO": "ECSC", "SZBP": "CFSP", "SVV": "JHA", "Euratom": "Euratom"}),
    hint_words=("rozsudok", "rozsudku", "rozsudkom", "Súdny", "Súdneho", "Súdnym", "dvor", "a", "v", "vo", "na", "sa", "že", "o", "z", "zo", "k", "s", "pre", "je", "sú", "ktorý", "ktorá", "ktoré", "podľa", "tejto", "tohto", "článku", "ktorým", "ktorou", "ako", "alebo", "iba", "základe", "zmysle"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ])(?P<body>(?i:(?:Rady|Výboru)[ ]pre[ ](?:pridruženie|spoluprácu|stabilizáciu[ ]a[ ]pridruženie|partnerstvo)|Rady[ ]ministrov(?=[ ]?[A-Z]{2,5}(?:[-–]|[ ][-–][ ]))|Výboru[ ]veľvyslancov|Asociačnej[ ]rady|Rady[ ]EHP|Spoločného[ ]výboru(?:[ ]EHP)?|Zmiešaného[ ]výboru(?:[ ]EHP)?)(?:[ ]?[A-Z]{2,5}(?:[-–]|[ ][-–][ ])[A-ZČŠŽ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``výboru``, after adjectives in ``-ého``); the EU's institutions are Rady, Komisie.
        any_after=r"(?i:[ ])(?P<body>(?:[^\W\d_]{2,20}(?i:ého|eho)[ ]){0,2}(?i:podvýboru|výboru)(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("z",),
    months=(("januára",), ("februára",), ("marca",), ("apríla",), ("mája",), ("júna",), ("júla",), ("augusta",), ("septembra",), ("októbra",), ("novembra",), ("decembra",)),
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj=OjWords(
        journals=("Ú. v. EÚ", "Ú. v. ES", "Ú. v."),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Úradný vestník Európskej únie", "Úradný vestník Európskych spoločenstiev",
                          "Úradnom vestníku Európskej únie", "Úradnom vestníku Európskych spoločenstiev"),
        pages=("s.",),
        edition_citations=("Mim. vyd. {chapter:02}/{volume:02}[, s. {page}]",),
    ),
    treaties={
        # (the Union abbreviated, as Slovak legal writing has it: see sources)
        "TFEU": Treaty("ZFEÚ", ("ZFEÚ",), ("Zmluvy o fungovaní Európskej únie", "Zmluva o fungovaní Európskej únie", "Zmluvu o fungovaní Európskej únie",
                                          "Zmluvy o fungovaní EÚ", "Zmluva o fungovaní EÚ", "Zmluvu o fungovaní EÚ")),
        "TEU": Treaty("ZEÚ", ("ZEÚ",), ("Zmluvy o Európskej únii", "Zmluva o Európskej únii", "Zmluvu o Európskej únii")),
        "EU": Treaty("EÚ", ("EÚ",), closed_abbreviations=("EÚ",)),  # (pre-Lisbon; sources)
        "EC": Treaty("ES", ("ES", "ZES"), ("Zmluvy o založení Európskeho spoločenstva",)),
        "EEC": Treaty("EHS", ("EHS",), ("Zmluvy o založení Európskeho hospodárskeho spoločenstva",)),
        "EAEC": Treaty("Zmluvy o založení Európskeho spoločenstva pre atómovú energiu", ("Zmluvy o založení Európskeho spoločenstva pre atómovú energiu",), ("Zmluvy o založení Európskeho spoločenstva pre atómovú energiu", "Zmluva o založení Európskeho spoločenstva pre atómovú energiu", "Zmluvu o založení Európskeho spoločenstva pre atómovú energiu")),
        "ECSC": Treaty("Zmluvy o založení Európskeho spoločenstva uhlia a ocele", ("Zmluvy o založení Európskeho spoločenstva uhlia a ocele",), ("Zmluvy o založení Európskeho spoločenstva uhlia a ocele", "Zmluva o založení Európskeho spoločenstva uhlia a ocele", "Zmluvu o založení Európskeho spoločenstva uhlia a ocele")),
        "CFR": Treaty("Charty základných práv", ("Charty základných práv",), ("Charty základných práv Európskej únie", "Charty základných práv EÚ", "Charty základných práv", "Charta základných práv Európskej únie"),
                      short_names=("Charty", "charty"), short_name_stops=("základných", "Základných", "OSN", "Organizácie", "Spojených", "Európskej", "európskej")),
    },
    article_words=frozen({"článok": "článok", "článku": "článok", "články": "články", "článkov": "články", "článkom": "článok", "článkoch": "články", "článkami": "články", "čl.": "čl.", "Článok": "článok"}),
    article_plural=("článok", "články"),
    article_conjunctions=("a", "alebo", "až"),
    article_range_words=("až",),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("zreteľom na",),
        # no link word: the act after a pinpoint is declined (grammar/act_pinpoints)
        # an article's part, a capital (the Sixth VAT Directive's ``článku 13 časti C``)
        words=("ods.", "písm.", "bod", "pododsek", "veta", "časť", "časti", "časťou"),
        annexes=("príloha", "prílohy", "prílohe", "prílohu", "prílohou", "prílohách",
                 "prílohami", "prílohám", "príloh"),
        recitals=("odôvodnenie", "odôvodnenia", "odôvodneniu", "odôvodnení", "odôvodnením",
                  "odôvodneniam", "odôvodneniach", "odôvodneniami"),
        words_after_comma=False,
        # ``článkom 288 tretím odsekom ZFEÚ``, ``prvý a tretí pododsek``: ordinal and noun, declined
        # feminine too (``druhá veta``, ``tretej vety``): a sentence
        ordinals=(*(s + e for s in ("prv", "druh", "tret", "štvrt", "piat") for e in ("ý", "í", "ým", "ím", "ého", "ieho")),
                  "prvá", "druhá", "tretia", "štvrtá", "piata", "prvej", "druhej", "tretej", "štvrtej", "piatej",
                  "prvú", "druhú", "tretiu", "štvrtú", "piatu", "prvou", "druhou", "treťou", "štvrtou", "piatou"),
        ordinal_nouns=("odsek", "odseku", "odsekom", "pododsek", "pododseku", "pododsekom", "odseky", "pododseky",
                       "veta", "vety", "vete", "vetu", "vetou"),
        # ``podľa článkov 13. a 14. Nariadenia``: numbers perhaps written as ordinals, a dot
        # after them (see sources)
        ordinal_dot=True,
        # an act's ordinal, declined with it (``článku 13 A ods. 1 písm. n) šiestej smernice``)
        title_ordinals=("prvej", "druhej", "tretej", "štvrtej", "piatej", "šiestej", "siedmej", "ôsmej",
                        "deviatej", "desiatej", "jedenástej", "dvanástej", "trinástej"),
    ),
    enacting_intros=("so zreteľom na",),
    enacting_leads=(r"a[ ]najmä[ ]na(?:[ ](?:jej|jeho))?",),
    cases=CaseWords(
        words=("veci", "vec", "veciach"),
        court_reports=("Zb.",),
        pinpoint_words=("bod", "body"),
        joined_words=("spojených",),
        opinion_words=("stanovisko", "stanoviska", "stanovisku", "stanoviskom"),
        label_nouns=(
            "tabuľka", "tabuľke", "obrázok", "obrázku",
            # the plurals, which open a list of labels
            "tabuľky", "tabuľkách", "obrázky", "obrázkoch",
        ),
        keyword_instruments=("dohovor", "protokol", "štatút", "rokovací poriadok", "kódex", "chart"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM", "K": "C"}),
        final_words=("v konečnom znení", "final"),
        proposal_words=(r"\bnávrh",),
        communication_words=(r"\boznámeni", r"\bspráv", r"\bbiela kniha", r"\bzelená kniha", r"\bakčn\w* plán", r"\bstratégi"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("alebo",),
        definition_intros=("ďalej len",),
        # an adjective before a declined type word, agreeing with it (``(ďalej len „šiesta
        # smernica“)`` ... ``šiestej smernice``; ``„základné nariadenie“`` ... ``základného
        # nariadenia``): the feminine's and the neuter's endings, case by case as ``declined``
        adjective_endings=(("a", "ej", "ej", "u", "ou"), ("é", "ého", "ému", "ým")),
        declined=(("smernica", "smernice", "smernici", "smernicu", "smernicou"),
                  ("nariadenie", "nariadenia", "nariadeniu", "nariadením"),
                  ("rozhodnutie", "rozhodnutia", "rozhodnutiu", "rozhodnutím")),
        other_determiners=("uvedená", "uvedenej", "uvedenú", "uvedenou", "uvedené",
                           "uvedeného", "uvedenom", "uvedeným", *_NUMBERED),
        title_starts=("o", "ktorou sa", "ktorým sa", "ktorou", "ktorým",
                      "týkajúca sa", "týkajúce sa", "týkajúceho sa", "pokiaľ ide o", "k"),
        in_title_before=("mení", "zrušuje", "zmene", "zrušení", "a", "alebo"),
        title_dates=(r"zo? \d{1,2}\. ?\w+ \d{4}",),
        # "uvedená smernica" ("the said directive") in its singular cases; "uvedené" is left out
        # (also the plural "uvedené smernice")
        anaphor_determiners=("táto", "Táto", "tejto", "túto", "touto", "tento", "Tento", "tohto",
                             "tomto", "týmto", "uvedená", "Uvedená", "uvedenej", "uvedenú",
                             "uvedenou", "uvedeného", "Uvedeného", "uvedenému", "uvedenom",
                             "uvedeným",
                             # ``tej istej smernice`` (the same directive); ``istá`` alone is
                             # also "a certain": only after ``ten``
                             "tá istá", "tej istej", "tú istú", "tou istou", "to isté",
                             "toho istého", "tomu istému", "tom istom", "tým istým"),
        # "táto smernica" is "this Directive" in an act
        self_determiners=("táto", "Táto", "tejto", "túto", "touto", "tento", "Tento", "tohto",
                          "tomto", "týmto"),
        legislative_markers=("PRIJALI", "PRIJALA", "keďže:", "\nČlánok 1\n"),
    ),
    examples=(
        ("Nariadenie Komisie (EÚ) č. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "nariadenie (EÚ) č. 1089/2010"}),
        ("smernica Európskeho parlamentu a Rady 2007/2/ES", {"kind": "legal_act", "celex": "32007L0002", "normalized": "smernica 2007/2/ES"}),
        ("Ú. v. EÚ L 119, 4.5.2016, s. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("článku 267 ZFEÚ", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("veci C-302/10", {"kind": "case", "_span": "C-302/10", "_before": "vo "}),
        ("článok 6 ods. 1 písm. a) nariadenia (EÚ) 2016/679", {"kind": "legal_act", "_span": "nariadenia (EÚ) 2016/679", "pinpoint": "článok 6 ods. 1 písm. a)"}),
    ),
)  # fmt: skip
