# ruff: noqa: E501
"""Czech."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

# The numbered directives' ordinals (the Sixth VAT Directive): no use of a bare-word alias.
_NUMBERED = tuple(
    s + e
    for s in ("šest", "sedm", "osm", "devát", "desát", "jedenáct", "dvanáct", "třináct")
    for e in ("á", "é", "ou", "ý", "ého", "ému", "ém", "ým")
)

LANGUAGE = Language(
    code="cs",
    name="Czech",
    ecb_prefixes=('ECB',),
    ecb_authors=('Evropské centrální banky',),
    sources=frozen({"pinpoints.enacting_intros, enacting_tails": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead, the act named again after it (enacting_tails; English writes 'thereof'): 's ohledem na nařízení Rady (ES) č. 1234/2007 ze dne 22. října 2007, kterým se stanoví společná organizace zemědělských trhů ... (jednotné nařízení o společné organizaci trhů) ( 1 ), a zejména na čl. 192 odst. 2 ve spojení s článkem 4 uvedeného nařízení,' (Commission Regulation (EU) No 479/2010, EUR-Lex 32010R0479, CS, its consolidated text on publications.europa.eu), '... a zejména na čl. 14 druhý pododstavec písm. c) a d) uvedené směrnice,' for Directive 2000/29/EC (Commission Implementing Directive (EU) 2017/1279 as novyepis.cz shows it, most words masked; pages corpus); 'uvedeného rozhodnutí' by Czech grammar, UNCONFIRMED in a text read", 'back_references.in_title_before (změně, zrušení)': "a title that amends or repeals an act by a noun, so that the act is part of the title and an alias after it names the title's act: 've smyslu nařízení Evropského parlamentu a Rady (EU) č. 2016/679 o ochraně fyzických osob v souvislosti se zpracováním osobních údajů a o volném pohybu těchto údajů a o zrušení směrnice 95/46/ES (obecné nařízení o ochraně osobních údajů) (dále jen „Nařízení“)', then 'podle Nařízení máte právo' (a Czech parish's consent form in a public repository; the same title in ten Czech privacy notices, find_string 'o zrušení směrnice 95/46/ES (obecné nařízení'); EUR-Lex's Czech titles write both nouns ('o zdravotnických prostředcích, změně směrnice 2001/83/ES ... a o zrušení směrnic Rady 90/385/EHS a 93/42/EHS', Regulation (EU) 2017/745)", 'month_abbreviations': "dates with the month abbreviated, which EUR-Lex's texts write in full ('ze dne 27. dubna 2016', EUR-Lex 32016R0679, Czech): '-- Vytvořeno: Čtv 10. pro 2020, 22:06', '-- Vytvořeno: Stř 30. pro 2020, 05:58' (phpMyAdmin dumps' heads in public repositories, ids 34805929712, 24364097989; find_string '. pro 2020'); the other months as software abbreviates them, UNCONFIRMED in a text read", "pinpoints.ordinal_leads, pinpoints.ordinals (locative)": "the ordinal subparagraph written before the article, declined, no link word, as the Czech of the Court's Opinions and their translations write it: 'třetí alternativa obsažená ve čtvrtém pododstavci článku 263 SFEU byla do Smlouvy začleněna' (EuroParl2021 translation memory, app.glosbe.com tmem 632859736812290274), 'podle odst. 1 prvního pododstavce článk[u 290 SFEU]' (the Opinion of AG Mengozzi in C-88/14, EUR-Lex 62014CC0088, CS; pages corpus), where the English writes 'the fourth paragraph of Article 263 TFEU'; the locatives of the other ordinals by Czech grammar, UNCONFIRMED in a text read", "pinpoints.words (část, části)": "an article's part, a capital after the word, as the Court's Czech cites the Sixth VAT Directive's Article 13 A, B, C: 'V projednávané věci má Soudní dvůr upřesnit působnost čl. 13 části A odst. 1 písm. n) šesté směrnice 77/388/EHS(2)' and the keyword 'Šestá směrnice 77/388/EHS – Článek 13 část A odst. 1 písm. n)' (the Opinion of AG Bot in C-592/15, taxlawapp.eu), '[Směrnice Rady 77/388, čl. 13 část A odst. 1 písm. e)]' and 'Článek 13 část A odst. 1 písm. e) šesté směrnice Rady č. 77/388' (the summary of the judgment in C-401/05, EUR-Lex 62005CJ0401_SUM); pages corpus; the other cases (částí) left out", "pinpoints.title_ordinals": "an act's ordinal between the pinpoint and the act, declined with it (the genitive feminine of 'směrnice'): 'Otázky položené v tomto řízení o předběžné otázce se týkají výkladu čl. 4 odst. 5 druhého pododstavce šesté směrnice Rady 77/388/EHS ze dne 17. května 1977' (the Opinion of Advocate General Poiares Maduro in C-288/07 Isle of Wight Council, EUR-Lex 62007CC0288 and taxlawapp.eu, Czech; pages corpus); the ordinals other than 'šesté' from the language (the motor insurance directives' 'první', 'druhé', 'třetí'; the company law directives' up to 'třinácté'), UNCONFIRMED in a text read", "pinpoints.recitals (bod odůvodnění)": "a recital by the name the Style Guide gives it ('Číslovaný bod odůvodnění', 2.7, publications.europa.eu/code/cs/cs-120700.htm), as Czech writing outside the Court writes it, the two words before the number, the act declined after it: 'podle bodu odůvodnění 30 GDPR', 'podle bodu odůvodnění 132 jde o', 'Bod odůvodnění 41 navíc výslovně říká', 've smyslu GDPR (bod odůvodnění 26)' (privacy notices and legal notes in public repositories, found with find_string); the other cases by Czech grammar, UNCONFIRMED in a text read", "pinpoints.recitals_after_number (odůvodnění)": "the Court's point number between the two words: 'Bod 59 odůvodnění směrnice 2001/29 zní' (the Opinion of Advocate General Cruz Villalón in C-314/12 UPC Telekabel, curia.europa.eu, Czech; pages corpus), 'bodu 12 odůvodnění směrnice 2011/92/EU' (reported by an earlier audit for the project); the Style Guide's ordinal before both, 'v 1. bodě odůvodnění' (2.7, publications.europa.eu/code/cs/cs-120700.htm); the ordinal in a judgment UNCONFIRMED in a text read", "pinpoints.annexes (příloha)": "an annex before the act, in the genitive with no link word, as Czech texts write it: 'Zatřídění se dělá podle dvou kontrolních seznamů: Společného vojenského seznamu EU a přílohy I nařízení (EU) 2021/821 (dual-use)', 'definici dle doporučení Komise 2003/361/ES (resp. přílohy I nařízení Komise (EU) 651/2014)' (public repositories, found with find_string; as Slovak 'Príloha I smernice 96/61' in the Court's judgment C-416/10); the other cases from Czech grammar, UNCONFIRMED in a text read; an article of the annex before it ('čl. 2 odst. 3 přílohy I nařízení Komise (EU) č. 651/2014', the same search) keeps only the annex", "article_words (článkem, článcích)": "the instrumental and the locative plural: 'udělujete v souladu s článkem 6 odst. 1 písm. a) nařízení Evropského parlamentu a Rady (EU) č. 2016/679' (a Czech consent form in a public repository, found with find_string), 'informací uvedených v článcích 13 a 14' (the GDPR's Czech text, Articles 26(1) and 49(1), EUR-Lex 32016R0679, as public repositories quote it)", 'oj.edition_*': "the Court's 'Zvl. vyd. 05/01, s. 187' after 'Úř. věst. L 39, s. 40;' (judgment C-186/01, Dory, as is.muni.cz reproduces it)", 'national_author_words (komise pro, rady pro rozhlasové a televizní vysílání), national_names': "national bodies named with 'pro' after the EU institutions' words (a commission's: the EU's has no name so carried on; a council's only in full, 'Rady pro přidružení' being an association's): 'zrušení rozhodnutí Rady pro rozhlasové a televizní vysílání' (Supreme Administrative Court 7 As 55/2011, jurilogie.cz; pages corpus), 'Komise pro cenné papíry' (its statute in the Collection of Laws, 2002; pages corpus); the state's name after a body's ('vlády České republiky'); the EU's are 'Rady' and 'Komise' alone (EUR-Lex); an act numbered N/YYYY so authored is UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "'Řízení o posudku 2/13' (the view of AG Kokott in Opinion 2/13, EUR-Lex 62013CP0002, Czech), 'POSUDEK 2/13 SOUDNÍHO DVORA' (62013CV0002); the instrumental from Czech grammar (UNCONFIRMED)", "hint_words (dat)": "the genitive plural of data (data, dat), which is also Dutch's 'dat' (that): 'Zdroj dat je dostupný na http://www.nssoud.cz' between the ECLIs in the head of each judgment of the Supreme Administrative Court jurilogie.cz prints (ECLI:CZ:NSS:2018:10.AS.242.2017:40; pages corpus), where the ECLI after it was Dutch: Czech's word too, it tells neither alone", 'hint_words (základě, smyslu)': "the prepositional phrases before an article that Slovak spells otherwise (na základě / na základe, ve smyslu / v zmysle), so that an article of the EC Treaty, whose 'ES' both write, is told by them: 'jejímž předmětem je žádost o rozhodnutí o předběžné otázce na základě článku 267 SFEU' (the judgments in C-561/19, EUR-Lex 62019CJ0561, and C-68/12, curia.europa.eu, Czech), 'Komise se dále na základě čl. 260 odst. 3 SFEU domáhá' (the Opinion in C-320/13, EUR-Lex 62013CC0320, Czech), 've smyslu článku 4 bodu 7' (see pinpoints.words); pages corpus", 'hint_words (the judgment and the Court)': "the judgment and the Court as the Czech titles of judgments name them: 'Rozsudek Soudního dvora (velkého senátu) ze dne 16. července 2020' (the summary of C-311/18, curia.europa.eu, Czech); the other cases from Czech grammar", 'act_types (framework_decision: dative, plural)': "the plural as real texts write it: 'provádění rámcových rozhodnutí' (report KOM(2007) 407, EUR-Lex 52007DC0407, Czech), 'Rámcová rozhodnutí a jejich postavení v unijním právu' (a Charles University thesis on the European arrest warrant, docplayer.cz); the dative and the instrumental plural from Czech grammar (UNCONFIRMED in a text read for the project): read as a bare decision, 'rámcovému rozhodnutí 2002/584/SVV' gave a decision's CELEX (32002D0584)", "ecb_prefixes": ECB_NUMBERS["cs"],"eu_decisions_need_domain": "the Energy Regulatory Office's price decisions, numbered N/YYYY and cited by the number alone: '// Zdroj: ERÚ cenové rozhodnutí č. 13/2025 (VVN/VN), upraveno o pokles ~5,8 % pro 2026', '// Zdroje: ERÚ rozhodnutí 7/2023, 11/2024, SPČR analýza' (an electricity tariff calculator in a public repository, find_string 'rozhodnutí č. 1'): each was an EU decision (no CELEX); EUR-Lex titles number the EU's with their domain or legislator ('Rozhodnutí Evropského parlamentu a Rady č. 1082/2013/EU'), the agreement bodies' with the body ('Rozhodnutí Smíšeného výboru EHP č. 7/94')",  "national_author_links, eu_author_words, national_author_words": "the author in the genitive right after the number, as EUR-Lex titles write it ('nařízení č. 1/2003 Rady'); EU authors' words of official texts (Evropsk-, Společenství, Unie, Vysoký úřad); national authors, often in small letters: the regions', towns' and municipalities' regulations and the government's as their journals and pages name them ('Nařízení kraje Vysočina č. 1/2004', 'Nařízení města č. 1/2016', 'Obecně závazná vyhláška obce Rostoklaty č. 1/2019', 'nařízení vlády č. 172/2001 Sb.', 'Rada hlavního města Prahy ... nařízení č. 16/2005 Sb. hl. m. Prahy'; docplayer.cz Věstník kraje Vysočina 2005, sbirkapp.gov.cz, praha.eu; pages corpus); the same authors after the number ('nařízení č. 1/2010 hlavního města Prahy') UNCONFIRMED in a text read", "national_series": "Sb. (Sbírka zákonů, the Czech Collection of Laws) after the number of a national act: Czech national judgments cite the government regulation as 'nařízení vlády č. 142/1994 Sb.' (opinion Cpjn 202/2005 of the Supreme Court, adoc.pub copy), and without vlády: 'Úrok z prodlení podle nařízení č. 351/2013 Sb.', 'podle nařízení č. 142/1994 Sb.' (a Czech debt-calculation application on GitHub; find_string)", "other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word: 've smyslu čl. 4 odst. 2 šesté směrnice' in the Czech opinion of AG Poiares Maduro in Halifax (C-255/02, docplayer.cz copy), after EUR-Lex-style 'směrnice' uses; the forms from the language's grammar (UNCONFIRMED in a text read for the project beyond the example)", "com.type_aliases": "KOM: EP resolution P7_TA(2010)0311 (Czech: 'KOM(2008)0586', 'KOM(2009)0015'); K: Commission Decision 2008/788/EC (EUR-Lex 32008D0788), its title in this language as op.europa.eu publishes it (publication a8b3dcb9-67c6-485e-9cdf-b92233aeb11a: 'K(2008) 5533'); SEK not yet seen (UNCONFIRMED)", "treaties (TFEU: Smlouvy o fungování EU)": "the TFEU's name with the Union abbreviated, as Czech legal writing has it beside the name EUR-Lex writes in full ('Smlouva o fungování Evropské unie', EUR-Lex 12016E): 'čl. 267 Smlouvy o fungování EU' (the citation list of a Czech legal-information tool, public repository, find_string); the nominative and accusative by the same spelling, UNCONFIRMED in a text read", "pinpoints.words (bodu)": "the point's genitive after an article, as Czech writing puts it ('ve smyslu článku 4 bodu 7', EUR-Lex's Czech texts spell out the article word): 'Správcem osobních údajů ve smyslu čl. 4 bodu 7 nařízení Evropského parlamentu a Rady (EU) 2016/679 (GDPR) je', 'by byl podle čl. 4 bodu 11 GDPR neplatný', 'je správcem ve smyslu čl. 4 bodu 7 GDPR' (Czech privacy notices and code in public repositories, found with find_string)", "treaties (EU)": FORMER_TEU["cs"], "treaties (EAEC, ECSC)": EAEC_ECSC["cs"], "article_plural": ARTICLE_PLURALS["cs"], "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; the nominative as the Court's keyword lines write it, the articles the next keyword: 'Řízení o předběžné otázce – Listina základních práv Evropské unie – Články 7, 8 a 47 – Směrnice 95/46/ES' (the Opinion of AG Kokott in C-73/16 Puškár, EUR-Lex 62016CC0073, Czech; pages corpus); real texts: 'čl. 47 Listiny základních práv EU' (a Constitutional Court decision, ECLI:CZ:US:2026:3.US.952.26.1, as quoted), 'čl. 11 a 13 Listiny základních práv EU'; 'Listiny základních práv Evropské unie' (the full name, genitive); never 'Listiny základních práv' alone: 'čl. 36 odst. 1 Listiny základních práv a svobod' is the Czech national charter. No abbreviation in use found: the normal form uses the short name", **sources("cs"), "back_references": "anaphors: tohoto nařízení after the regulation it refers to, uvedeného nařízení, in JRC-Acquis (acts from EUR-Lex; tests/data/corpus-cs C01, lines 61 and 73); legislative markers: the enacting formula (PŘIJALA TOTO NAŘÍZENÍ), vzhledem k těmto důvodům, article headings, the closing formula (závazné v celém rozsahu)"}),
    act_types={
        "regulation": ("nařízení", "nařízením", "nařízeních"),
        "directive": ("směrnice", "směrnici", "směrnicí", "směrnic", "směrnicemi", "směrnicích"),
        "decision": ("rozhodnutí", "rozhodnutím", "rozhodnutích"),
        "framework_decision": ("rámcové rozhodnutí", "rámcového rozhodnutí", "rámcovým rozhodnutím", "rámcovém rozhodnutí", "rámcovému rozhodnutí", "rámcová rozhodnutí", "rámcových rozhodnutí", "rámcovými rozhodnutími"),
        "recommendation": ("doporučení", "doporučením"),
        "joint_action": ("společná akce", "společné akce", "společnou akcí"),
        "common_position": ("společný postoj", "společného postoje", "společným postojem"),
    },
    author_phrases=("Evropského parlamentu a Rady", "Rady", "Komise", "Evropské centrální banky"),
    legislator_forms=("Evropského parlamentu a Rady",),
    author_in_span=True,
    subtypes_before=frozen({"prováděcí": "implementing", "prováděcího": "implementing", "prováděcím": "implementing"}),
    subtypes_after=frozen({"v přenesené pravomoci": "delegated"}),
    subtype_forms=frozen({"delegated": "{word} v přenesené pravomoci", "implementing": "prováděcí {word}"}),
    number_markers=("č.",),
    national_series=("Sb.", "Sb"),
    national_author_links=("",),
    eu_author_words=("Evrop", "Společenstv", "Unie", "Vysokého úřadu", "ECB",
                     "Sbírka rozhodnutí", "Sbírky rozhodnutí", "Sbírce rozhodnutí"),
    eu_decisions_need_domain=True,  # a court's or authority's decision N/YYYY (see sources)
    national_author_words=("komise pro", "rady pro rozhlasové a televizní vysílání", "hlavního města", "statutárního města", "města", "městyse", "obce",
                           "městské části", "městského obvodu", "kraje", "vlády", "ministerstva",
                           "ministra", "zastupitelstva", "magistrátu", "krajského úřadu",
                           "městského úřadu", "obecního úřadu"),
    national_names=("České republiky",),
    number_marker="č.",
    list_conjunctions=("a", "nebo", "i"),
    domains=frozen({"EU": "EU", "ES": "ES", "EHS": "EHS", "ESUO": "ESUO", "SZBP": "SZBP", "SVV": "SVV", "Euratom": "Euratom"}),
    jha_domains=("SVV",),
    ecsc_domains=("ESUO",),
    domain_eras=frozen({"EU": "EU", "ES": "EC", "EHS": "EEC", "ESUO": "ECSC", "SZBP": "CFSP", "SVV": "JHA", "Euratom": "Euratom"}),
    hint_words=("rozsudek", "rozsudku", "rozsudkem", "Soudní", "Soudního", "Soudním", "dvůr", "a", "v", "ve", "na", "se", "že", "o", "z", "ze", "k", "s", "pro", "je", "jsou", "který", "která", "které", "podle", "této", "tohoto", "článku", "kterým", "kterou", "jako", "nebo", "pouze", "základě", "smyslu",
                "dat"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ])(?P<body>(?i:(?:Rady|Výboru)[ ](?:ministrů(?=[ ]?[A-Z]{2,5}[-–])|velvyslanců|přidružení|pro[ ]přidružení|pro[ ]spolupráci|stabilizace[ ]a[ ]přidružení|partnerství|EHP)|Asociační[ ]rady|Smíšeného[ ]výboru(?:[ ]EHP)?|Společného[ ]výboru(?:[ ]EHP)?)(?:[ ]?[A-Z]{2,5}[-–][A-ZČŘŠŽ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``výboru``, after adjectives in ``-ého``/``-ího``); the EU's institutions are Rady, Komise.
        any_after=r"(?i:[ ])(?P<body>(?:[^\W\d_]{2,20}(?i:ého|ího)[ ]){0,2}(?i:podvýboru|výboru)(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("ze dne",),
    months=(("ledna",), ("února",), ("března",), ("dubna",), ("května",), ("června",), ("července",), ("srpna",), ("září",), ("října",), ("listopadu",), ("prosince",)),
    month_abbreviations=(("led",), ("úno",), ("bře",), ("dub",), ("kvě",), ("čvn",), ("čvc",), ("srp",), ("zář",), ("říj",), ("lis",), ("pro",)),
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj=OjWords(
        journals=("Úř. věst.",),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Úřední věstník Evropské unie", "Úřední věstník Evropských společenství",
                          "Úředním věstníku Evropské unie", "Úředním věstníku Evropských společenství"),
        pages=("s.",),
        edition_citations=("Zvl. vyd. {chapter:02}/{volume:02}[, s. {page}]",),
    ),
    treaties={
        # (the Union abbreviated, as Czech legal writing has it: see sources)
        "TFEU": Treaty("SFEU", ("SFEU",), ("Smlouvy o fungování Evropské unie", "Smlouva o fungování Evropské unie", "Smlouvu o fungování Evropské unie",
                                          "Smlouvy o fungování EU", "Smlouva o fungování EU", "Smlouvu o fungování EU")),
        "TEU": Treaty("SEU", ("SEU",), ("Smlouvy o Evropské unii", "Smlouva o Evropské unii", "Smlouvu o Evropské unii")),
        "EC": Treaty("ES", ("ES", "Smlouvy o ES"), ("Smlouvy o založení Evropského společenství",)),
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("EHS", ("EHS",), ("Smlouvy o založení Evropského hospodářského společenství",)),
        "EAEC": Treaty("Smlouvy o založení Evropského společenství pro atomovou energii", ("Smlouvy o založení Evropského společenství pro atomovou energii",), ("Smlouvy o založení Evropského společenství pro atomovou energii", "Smlouva o založení Evropského společenství pro atomovou energii", "Smlouvu o založení Evropského společenství pro atomovou energii")),
        "ECSC": Treaty("Smlouvy o založení Evropského společenství uhlí a oceli", ("Smlouvy o založení Evropského společenství uhlí a oceli",), ("Smlouvy o založení Evropského společenství uhlí a oceli", "Smlouva o založení Evropského společenství uhlí a oceli", "Smlouvu o založení Evropského společenství uhlí a oceli")),
        "CFR": Treaty("Listiny základních práv EU", ("Listiny základních práv EU",), ("Listiny základních práv Evropské unie", "Listiny základních práv EU", "Listina základních práv Evropské unie")),
    },
    article_words=frozen({"článek": "článek", "článku": "článek", "články": "články", "článků": "články", "článkem": "článek", "článcích": "články", "čl.": "čl.", "Článek": "článek"}),
    article_plural=("článek", "články"),
    article_conjunctions=("a", "nebo", "až"),
    article_range_words=("až",),
    pinpoints=PinpointWords(
        enacting_intros=("s ohledem na",),
        # (a joined article between: ``čl. 192 odst. 2 ve spojení s článkem 4 uvedeného
        # nařízení``; see sources)
        enacting_tails=(r"(?:ve[ ]spojení[ ]s[ ]článkem[ ][0-9]{1,3}[a-z]?[ ])?uveden(?:ého[ ]nařízení|é[ ]směrnice|ého[ ]rozhodnutí)",),
        # no link word: the act after a pinpoint is declined (grammar/act_pinpoints)
        # an article's part, a capital (the Sixth VAT Directive's ``čl. 13 části A``)
        words=("odst.", "písm.", "bod", "bodu", "pododstavec", "věta", "část", "části"),
        annexes=("příloha", "přílohy", "příloze", "přílohu", "přílohou", "přílohách",
                 "přílohami", "přílohám", "příloh"),
        # ``bod odůvodnění 26 nařízení (EU) 2016/679``: a recital, the preamble's word (odůvodnění)
        # right after the point's; alone, ``odůvodnění`` is prose (a judgment's heading)
        recitals=tuple(f"{b} odůvodnění" for b in ("bod", "bodu", "bodě", "bodem", "body",
                                                                "bodů", "bodech", "bodům", "Bod")),
        # ... and the point's number before the preamble's word (``bodu 12 odůvodnění směrnice``),
        # or an ordinal before both (``v 1. bodě odůvodnění``; grammar/numbered_recitals)
        recitals_after_number=("odůvodnění",),
        words_after_comma=False,
        # ``čl. 108 odst. 2 první pododstavec SFEU``, ``první a třetí pododstavec``; genitive ``prvního pododstavce``
        # ... and the locative (``ve čtvrtém pododstavci``), before the article too (see sources)
        ordinals=("první", "prvního", "prvním", "druhý", "druhá", "druhé", "druhého", "druhém", "třetí",
                  "třetího", "třetím", "čtvrtý", "čtvrtá", "čtvrtého", "čtvrtém", "pátý", "pátá", "pátého",
                  "pátém", "poslední", "posledního", "posledním"),
        ordinal_leads=True,
        ordinal_nouns=("pododstavec", "pododstavce", "pododstavci", "věta", "věty", "větě", "odrážka", "odrážky", "odrážce"),
        # an act's ordinal, declined with it (``čl. 4 odst. 5 druhého pododstavce šesté směrnice``)
        title_ordinals=("první", "druhé", "třetí", "čtvrté", "páté", "šesté", "sedmé", "osmé", "deváté",
                        "desáté", "jedenácté", "dvanácté", "třinácté"),
    ),
    enacting_intros=("s ohledem na",),
    enacting_leads=(r"a[ ]zejména[ ]na",),
    cases=CaseWords(
        words=("věci", "věc", "věcech"),
        court_reports=("Sb. rozh.",),
        pinpoint_words=("bod", "body"),
        joined_words=("spojených", "spojené"),
        opinion_words=("posudek", "posudku", "posudkem"),
        label_nouns=(
            "tabulka", "tabulce", "obrázek", "obrázku",
            # the plurals, which open a list of labels
            "tabulky", "tabulkách", "obrázky", "obrázcích",
        ),
        keyword_instruments=("úmluv", "protokol", "statut", "jednací řád", "kodex", "listin"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM", "K": "C"}),
        final_words=("v konečném znění", "final"),
        proposal_words=(r"\bnávrh",),
        communication_words=(r"\bsdělení", r"\bzpráv", r"\bbílá kniha", r"\bzelená kniha", r"\bakční plán", r"\bstrategi"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("nebo",),
        # "tato směrnice" is "that directive" in a judgment, "this Directive" in an act
        anaphor_determiners=("uvedená", "uvedené", "uvedenou", "uvedeného", "uvedenému",
                             "uvedeném", "uvedeným", "uvedený", "Uvedená", "Uvedené",
                             "tato", "této", "tuto", "touto", "toto", "tohoto", "tomto",
                             "tímto", "Tato", "Toto"),
        self_determiners=("tato", "této", "tuto", "touto", "toto", "tohoto", "tomto", "tímto",
                          "Tato", "Toto"),
        legislative_markers=("PŘIJALA TOTO", "PŘIJALY TOTO", "PŘIJAL TOTO",
                             "vzhledem k těmto důvodům", "\nČlánek 1\n", "\nČlánek 2\n",
                             "závazné v celém rozsahu"),
        definition_intros=("dále jen",),
        other_determiners=("tato", "této", "tuto", "touto", "toto", "tohoto", "tomto", "tímto",
                           "uvedená", "uvedené", "uvedenou", "uvedeného", "uvedenému",
                           "uvedeným", "uvedeném", "zmíněné", "zmíněná", *_NUMBERED),
        declined=(("směrnice", "směrnici", "směrnicí"), ("nařízení", "nařízením"),
                  ("rozhodnutí", "rozhodnutím")),
        title_starts=("o", "kterou se", "kterým se", "kterou", "kterým", "týkající se", "ohledně",
                      "pro", "k"),
        in_title_before=("mění", "zrušuje", "změně", "zrušení", "a", "nebo"),
        title_dates=(r"ze dne \d{1,2}\. ?\w+ \d{4}",),
    ),
    examples=(
        ("Nařízení Komise (EU) č. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "nařízení (EU) č. 1089/2010"}),
        ("směrnice Evropského parlamentu a Rady 2007/2/ES", {"kind": "legal_act", "celex": "32007L0002", "normalized": "směrnice 2007/2/ES"}),
        ("nařízení Komise v přenesené pravomoci (EU) 2019/980", {"kind": "legal_act", "subtype": "delegated", "celex": "32019R0980"}),
        ("Úř. věst. L 119, 4.5.2016, s. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("článku 267 SFEU", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("čl. 101 odst. 1 SFEU", {"kind": "treaty_article", "articles": ["101"]}),
        ("věci C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("čl. 6 odst. 1 písm. a) nařízení (EU) 2016/679", {"kind": "legal_act", "_span": "nařízení (EU) 2016/679", "pinpoint": "čl. 6 odst. 1 písm. a)"}),
    ),
)  # fmt: skip
