# ruff: noqa: E501
"""Swedish."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, EX_ARTICLES, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ORDINALS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sista")
#: ordinals past the pinpoints' (see sources, pinpoints.title_ordinals)
_NUMBERED = ("sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte", "trettonde")

LANGUAGE = Language(
    code="sv",
    name="Swedish",
    ecb_prefixes=('ECB',),
    ecb_authors=('Europeiska centralbankens',),
    sources=frozen({"pinpoints.title_ordinals": "the ordinals of an act's title, the pinpoints' ordinals and those past them, so that a numbered directive named by its ordinal and a popular name or an alias ('åttonde mervärdesskattedirektivet', 'åttonde direktivet' after '(nedan kallat direktivet)') is no use of them (the Sixth VAT Directive 77/388/EEC, the Eighth 79/1072/EEC, the Thirteenth 86/560/EEC), and grammar/title_ordinals reads the pinpoint before it as before the Sixth; the judgment-style forms from the language's grammar, UNCONFIRMED in a text read past the sixth", "pinpoints.ordinal_endings": "Swedish writes an ordinal in figures with a colon and its ending, 1:a, 2:a, 3:e, 4:e (Språkrådet's Frågelådan, sprakochfolkminnen.se; pages corpus; the Style Guide's Swedish part UNCONFIRMED); before a name: '6:e mervärdesskattedirektivet' UNCONFIRMED in a text read", "pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'): 'med beaktande av Europaparlamentets och rådets förordning (EU) nr 223/2014 av den 11 mars 2014 om fonden för europeiskt bistånd till dem som har det sämst ställt ( 1 ), särskilt artikel 13.6, och av följande skäl' (Commission Delegated Regulation (EU) No 1255/2014, EUR-Lex 32014R1255, OJ L 337, as docplayer.se reproduces it; pages corpus)", "eu_decisions_need_domain": "a national authority's decisions numbered N/YYYY and cited by the number alone, as the Director-General of the National Mediation Office (Medlingsinstitutet) decides on mediations: 'GD-beslut nr 12/2027 – uppladdat, ärende skapat automatiskt', 'Medling startar – Spårtrafik, GD-beslut nr 12/2027' (a case-management prototype for the office in a public repository, find_string 'beslut nr '): an EU decision (no CELEX); EUR-Lex's Swedish numbers the EU's with their domain or legislator ('Europaparlamentets och rådets beslut nr 1082/2013/EU'), the agreement bodies' with the body ('Gemensamma EES-kommitténs beslut nr 78/2019'), which stay", "hint_words (titel)": "the heading word of an act's title, as the Interinstitutional Style Guide writes it in Swedish (publications.europa.eu/code/sv/sv-120100.htm: '2.1 Titel', 'En akts fullständiga titel innehåller'); also the word of the German, Danish, Dutch and Swedish records, so that alone it tells none of them (pages corpus)", "pinpoints.leads (punkt, punkterna)": "a point written before its annex, linked by 'i', as the Court's Swedish writes it: 'särskilt de uppgifter som avses i punkt 18 i bilaga I till direktiv (EU) 2016/681 vilka går utöver de uppgifter som avses i artikel 3.2 i direktiv 2004/82/EG' (the questions referred in C-817/19, as the Official Journal's notice of the request words them, EUR-Lex 62019CN0817, printed by curia.europa.eu SV; pages corpus); before an article ('punkt 2 i artikel 6') and the plural UNCONFIRMED in a text read", "back_references.anaphor_determiners (samma)": "the same act again, as the Court's Swedish writes it: 'Ska artikel 23 i Europaparlamentets och rådets förordning (EU) 2016/679 av den 27 april 2016 ... (allmän dataskyddsförordning), jämförd med artikel 2.2 d i samma förordning, tolkas så, att ...' (the questions referred in C-817/19 Ligue des droits humains, as the Official Journal's notice of the request words them, EUR-Lex 62019CN0817, printed by curia.europa.eu SV; pages corpus)", "pinpoints.recitals (skäl, skälen)": "a numbered recital as the Interinstitutional Style Guide refers to it in the text (2.2.2, style-guide.europa.eu: 'skäl 1, skäl 2 osv.'; 2.7, publications.europa.eu/code/sv/sv-120700.htm: 'i skäl 1'), linked by i as an article is: 'skäl 6 i förordning (EU) 2016/679', 'skälen 108 och 109 i dataskyddsförordningen', 'skäl 19 i direktiv 95/46/EG' (the tests of a Swedish legal citation parser in a public repository, from its guidance corpus, found with find_string)", "pinpoints.annexes (bilaga), pinpoints.annex_links (till)": "an annex before the act, linked by till, as the Interinstitutional Style Guide writes it (3.2.3, point 5, publications.europa.eu/code/sv/sv-130203.htm: 'texten i bilaga I till detta beslut'): 'EU TARIC / KN 2026, bilaga I till förordning (EEG) 2658/87' (a customs note in a public repository, found with find_string), 'I bilaga I till förordning (EU) nr 1094/2010 ska följande punkt läggas till' (an amending formula quoted in a public repository, the same search); the plural bilagorna from Swedish grammar, UNCONFIRMED in a text read", "compound_prefixes (EU-)": "Swedish writing outside the OJ joins the Union's domain to the type word, no subtype: 'Fullt GDPR-anpassad (EU-förordning 2016/679)' (a privacy page in a public repository, id 56248416179), 'enligt EU-förordning 2024/1991' (a county board's note, id 58671049806), 'ATEX (EU-direktiv 2014/34/EU)' (id 60245188235); the acts as EUR-Lex numbers them (32016R0679, 32024R1991, 32014L0034)", "back_references (definition_intros: härefter kallad)": "the intro of Swedish legal writing beside the acts' 'nedan kallad': 'Bestämmelserna om tillämpliga regler finns dels i förordningen (EEG) nr 1408/71 (härefter kallad ”förordningen”), dels i förordningen (EEG) nr 574/72 om tillämpning av förordning nr 1408/71 (härefter kallad ”tillämpningsförordningen”). Förordningen innehåller de materiella reglerna' (Skattenytt 1995 nr 4, 'Vad gäller på socialförsäkringsrättens område vid arbete i EU/EES-land?', faronline.se; pages corpus: the acts EUR-Lex 31971R1408, 31972R0574); 'härefter kallat', 'härefter kallade' UNCONFIRMED in a text read and left out", "compound_prefixes (EG-)": "the Community's domain so joined, as the Dutch record reads 'EG-Verordening 1408/71': 'rapporteringsskyldighet enligt EG-förordningen 166/2006 om utsläpp och avfallstransporter' (a Swedish environmental page in a public repository, id 45136091163: Regulation (EC) No 166/2006, the E-PRTR, EUR-Lex 32006R0166), 'Skattefriheten speglar alltså [[lagen-om-tullfrihet]] och EG-förordning 1186/2009.' (a Swedish VAT note in a public repository, id 66594551805: Council Regulation (EC) No 1186/2009, EUR-Lex 32009R1186); found with find_string; 'EG-direktiv 2000/78' by the same usage, UNCONFIRMED in a text read",
        "back_references (definite_genitives)": "the type word's definite genitive alone before an article's pinpoint: 'Vilka svenska beslutsmallar påverkas av övergången från direktivets artikel 33.2 d till förordningens artikel 38.2 och 55.7?' (user stories on the asylum procedure rules in a public repository, found with find_string), where 'Förordning (EU) 2024/1348' and 'Direktiv 2013/32/EU' (EUR-Lex 32024R1348, 32013L0032) are cited at the top and Regulation (EU) 2024/1351 and 'den nya ansvarsförordningen' stand between: why a compound of the type or another act between, or the act far back, gives nothing; the form right after the act's citation as the Court's Danish order in Infopaq II (C-302/10) writes it (da sources), UNCONFIRMED in a Swedish judgment read", "back_references (genitive_endings)": "the pinpoint after a back-reference in the genitive: 'dataskyddsförordningens artikel 5.1 e', 'enligt dataskyddsförordningens artikel 13', 'ingår kärnan i vad de kräver i GDPR:s artikel 5.1 f' (public repositories' privacy notices, found with find_string; the pinpoint's words are those of pinpoints before acts, as EUR-Lex texts write them)",
        'oj.edition_*': "the Court's 'svensk specialutgåva, område 15, volym 11, s. 114' after 'EGT L 206, 1992, s. 7;' (judgment C-323/17, curia.europa.eu)", 'national_author_words (Rådet för, Kommissionen för)': "Swedish councils and commissions named for a task ('Rådet för högskoleutbildning', 'Rådet för främjande av kommunala analyser') by their names in Swedish usage, where EUR-Lex titles write the EU's Council and Commission alone ('rådets förordning (EG) nr 1/2003', EUR-Lex 32003R0001); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        "article_conjunctions, list_conjunctions (och/eller)": "'och/eller' ('and/or') as Swedish writing joins two items, between article numbers ('artikel 101 och/eller 102 FEUF') UNCONFIRMED in a judgment or EUR-Lex text read", "article_conjunctions (samt)": "'samt' ('as well as') between article numbers, as the Court's Swedish summaries list the provisions: '(artiklarna 4, 17, 20.2 samt 27.1 och 27.5 i rådets direktiv 77/388)' (the judgment in C-97/90 Lennartz, its summary on taxlawapp.eu; pages corpus)",
        "national_author_links, eu_author_words (kommissionen, rådet)": "an author after the number with 'av' (the agent of the passive); Swedish national texts name the agency before its regulations ('Finansinspektionens föreskrifter (FFFS 2007:1)', 'se FFFS 2014:12', fi.se; pages corpus), the form with an EU type word, a number N/YYYY and 'av' and the agency after it UNCONFIRMED in a text read; the EU's institutions by their Swedish names as EUR-Lex writes them (Europeiska kommissionen, rådet, Europaparlamentet)", "article_words (art)": "the abbreviation of artikel (as EUR-Lex texts write the word) without a dot, in Swedish academic writing on competition law: 'Undantag enligt 2:2 KL respektive art [101.3] FEUF' (a Linköping University bachelor's thesis of 2016, 'Syftesöverträdelser', on docplayer.se; pages corpus; the number lost in the transcript's table of contents)", "hint_words (tidigare)": "'Artikel 102 FEUF (tidigare artikel 82 EG)' in the heading of the Opinion of Advocate General Mazák in C-52/09 TeliaSonera (EUR-Lex 62009CC0052, sv; pages corpus): the Dutch record writes artikel and EG too, and took the second article",
                    "compound_type_words": "'enligt dataskyddsförordningen (EU) 2016/679', 'AI-förordningen (EU) 2024/1689' (Swedish terms and policies in public repositories), 'artikel 194 i momsdirektivet 2006/112/EG'; 'sjätte mervärdesskattedirektivet' (Opinion of Advocate General Jacobs in C-108/00, EUR-Lex 62000CC0108 as curia.europa.eu prints it, pages corpus); the Swedish short title of Regulation (EU) 2016/679, '(allmän dataskyddsförordning)' (EUR-Lex 32016R0679)", "ecb_prefixes": ECB_NUMBERS["sv"],"national_authors_before, eu_author_words": "Swedish national acts cited in real texts: 'förordningen (2007:825) med länsstyrelseinstruktion' beside 'förordning (EG) nr 882/2004' (EUR-Lex 32004R0882; esv.se regleringsbrev, pages corpus), the agencies' 'föreskrifter' (FFFS): neither reads as an EU number; a national authority's genitive before an EU type word with a number N/YYYY is UNCONFIRMED in a text read, the agencies', boards' and councils' names (-inspektionens, -verkets, -styrelsens, kommunfullmäktiges) from Swedish usage, where EU acts have the Commission, the Council or an EU word ('Europeiska', 'unionens', 'gemenskapernas', EUR-Lex)",  "treaties (EC, former numbers)": EX_ARTICLES["sv"],"com.type_aliases": "KOM, SEK: a Commission staff working document's Swedish title (op.europa.eu: 'KOM(2008) 789 slutlig', 'SEK(2008) 2887'); K: Commission Decision 2008/788/EC (EUR-Lex 32008D0788), its title in this language as op.europa.eu publishes it (publication a8b3dcb9-67c6-485e-9cdf-b92233aeb11a: 'K(2008) 5533')", "treaties (EU)": FORMER_TEU["sv"], "treaties (EAEC, ECSC)": EAEC_ECSC["sv"], "article_plural": ARTICLE_PLURALS["sv"], "pinpoints.ordinals, pinpoints.ordinal_nouns, article numbers": "paragraphs after a dot and the ordinal subparagraphs, EUR-Lex summary of T-171/02: 'Artikel 88.2 första och tredje styckena EG', 'Artikel 88.3 EG', 'artikel 7.1 och 7.3'; EP resolution P9_TA(2023)0406: 'artikel 1.1 e'; further points as letters joined by the article_conjunctions (grammar/pinpoint_numbers): the GDPR's Swedish text, artikel 6.2 (EUR-Lex 32016R0679): 'punkt 1 c och e'; privacy notices: 'artikel 6.1 b och c GDPR', 'artikel 6.1 b och f GDPR'", "pinpoints.lettered_parts": "the Sixth VAT Directive's articles cited by part, paragraph and point, as the Court's Swedish texts write them: 'i enlighet med artikel 13 B b i sjätte mervärdesskattedirektivet', 'Enligt artikel 11 A 1 c är beskattningsunderlaget', 'Artiklarna 6.2 första stycket a och 13 B b' (Opinion of AG Jacobs in C-269/00 Seeling, taxlawapp.eu), 'Artikel 13 B b i rådets sjätte direktiv 77/388' (the judgment in C-284/03 Temco, taxlawapp.eu), 'enligt artikel 13 B b i rådets direktiv 77/388/EEG' (Opinion of AG Kokott in C-428/02, EUR-Lex 62002CC0428); with a dot, 'artikel 13 B.b i sjätte direktivet' (a Swedish VAT handbook's chapter, lawinsider.com; pages corpus); the point's bare letter after an ordinal subparagraph, 'avser tolkningen av artikel 17.5 tredje stycket d i sjätte direktivet 77/388/EEG' (Opinion of AG Saugmandsgaard Øe in C-378/15, taxlawapp.eu; pages corpus); a point's letter right after an article without paragraphs, 'huruvida artikel 7 f i direktiv 95/46/EG (nedan kallat direktivet)' (Opinion of AG Bobek in C-13/16 Rīgas satiksme, EUR-Lex 62016CC0013, pages corpus)", "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'artikel 8 i Europeiska unionens stadga om de grundläggande rättigheterna' (a Swedish data-protection text), 'Artikel 8.1 i Europeiska unionens stadga ...' (GDPR recital 1, Swedish, in lagen.nu's test data), the title in Formex (12016P), 'EU:s stadga om de grundläggande rättigheterna', 'EU-stadgan om de grundläggande rättigheterna' (fra.europa.eu); 'i stadgan om de grundläggande rättigheterna' after an article only in a list of citation patterns, UNCONFIRMED in running text. No abbreviation: the normal form is the short name with its preposition", **sources("sv"), "back_references": 'anaphors: detta direktiv in the development text tests/data/corpus-sv (judgment C-282/10 Dominguez); denna for the common gender (förordning); nämnda', "back_references (den, det)": "'that' before the definite form of the type word, as the Swedish acts write it: 'I artikel 4 i förordning (EG) nr 2026/97 anges att ... I artikel 10.5 och 10.6 i den förordningen anges vidare' (Council Regulation (EC) No 1973/2002, recital 3, EUR-Lex 32002R1973 as JRC-Acquis has it, quoted in a public repository's model card); 'det direktivet', 'det beslutet', 'den rekommendationen' by the same grammar, UNCONFIRMED in a text read; never before the indefinite form ('den förordning som avses i artikel 5': 'the regulation referred to')", "back_references (short_title_words, compound_short_titles, alias_suffixes)": "the government bill prop. 2008/09:187 (rkrattsbaser.gov.se, lagen.nu): 'Europaparlamentets och rådets direktiv 2006/123/EG av den 12 december 2006 om tjänster på den inre marknaden (tjänstedirektivet). Tjänstedirektivet innehåller ...', 'direktivets tillämpningsområde'; the genitive after a colon for acronyms ('GDPR:s') is Swedish spelling, UNCONFIRMED in a judgment or EUR-Lex text read for this project"}),
    act_types={
        "regulation": ("förordning", "förordningen", "förordningar", "förordningarna"),
        "directive": ("direktiv", "direktivet", "direktiven"),
        "decision": ("beslut", "beslutet", "besluten"),
        "framework_decision": ("rambeslut", "rambeslutet"),
        "recommendation": ("rekommendation", "rekommendationen"),
        "joint_action": ("gemensam åtgärd", "gemensamma åtgärden"),
        "common_position": ("gemensam ståndpunkt", "gemensamma ståndpunkten"),
    },
    authors=("Kommissionens", "Rådets", "Europaparlamentets och rådets", "Europeiska centralbankens"),
    legislator_forms=("Europaparlamentets och rådets",),
    subtypes_before=frozen({"delegerat": "delegated", "delegerade": "delegated", "delegerad": "delegated"}),
    compound_prefixes=frozen({"genomförande": "implementing", "EU-": "", "EG-": ""}),
    compound_type_words=True,
    subtype_forms=frozen({"delegated": "delegerad {word}", "delegated:decision": "delegerat {word}", "implementing": "genomförande{lower}"}),
    number_markers=("nr",),
    number_marker="nr",
    # a national authority right before the type word (an agency, a board, a municipality)
    national_authors_before=("inspektionens", "verkets", "styrelsens", "myndighetens", "regeringens", "kommunens", "fullmäktiges", "departementets", "nämndens", "Riksbankens"),
    eu_author_words=("Europ", "EU:s", "unionens", "gemenskap", "kommissionen", "rådet"),
    # a national author after the number (``förordning nr 12/2014 av Finansinspektionen``)
    national_author_links=("av",),
    eu_decisions_need_domain=True,  # a national authority's decision N/YYYY (see sources)
    # councils and commissions named for a task (``Rådet för``): the EU's is ``rådet``
    national_author_words=("Rådet för", "Kommissionen för"),
    list_conjunctions=("och", "eller", "samt", "och/eller"),
    domains=frozen({"EU": "EU", "EG": "EG", "EEG": "EEG", "EKSG": "EKSG", "Gusp": "Gusp", "RIF": "RIF", "Euratom": "Euratom"}),
    jha_domains=("RIF",),
    ecsc_domains=("EKSG",),
    domain_eras=frozen({"EU": "EU", "EG": "EC", "EEG": "EEC", "EKSG": "ECSC", "Gusp": "CFSP", "RIF": "JHA", "Euratom": "Euratom"}),
    hint_words=("och", "i", "av", "att", "det", "som", "en", "för", "på", "med", "är", "om", "till", "den", "ett", "de", "från", "enligt", "denna", "detta", "genom", "eller", "inte", "ska", "mellan", "dessutom", "samt", "också", "vid", "har", "sig", "dom", "föreskrivs", "tolkas", "tidigare", "titel"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        before=r"(?<![\w-])(?P<body>(?:[A-ZÅÄÖ]{2,5}(?:[-–][A-ZÅÄÖ]\w{1,20})?[ ])?(?i:(?:Gemensamma[ ])?EES-kommitténs|Gemensamma[ ]kommitténs|Blandade[ ]kommitténs|(?:stabiliserings-[ ]och[ ])?associeringsrådets|samarbetsrådets|partnerskapsrådets|EES-rådets|associeringskommitténs))[ ]$",
        after=r"(?i:[ ](?:av|från)[ ](?:det[ ]genom[ ](?:[\w-]{1,30}[ ]){1,6}?inrättade[ ])?)(?P<body>(?i:(?:Gemensamma[ ])?EES-kommittén|Gemensamma[ ]kommittén|Blandade[ ]kommittén|(?:stabiliserings-[ ]och[ ])?associeringsrådet|samarbetsrådet|partnerskapsrådet|EES-rådet|associeringskommittén)(?:[ ]?[A-ZÅÄÖ]{2,5}[-–][A-ZÅÄÖ]\w{1,20})?)(?![\w-])",
        # A body on no list before the type word: a compound in -kommitténs/-rådets
        # (``AVS–EG-ministerrådets``, ``handelskommitténs``); never the EU's ``rådets``, a bare
        # ``ministerrådets`` or the ECB's.
        any_before=r"(?<![\w-])(?!(?i:ECB|EU|EG|EEG)[-–](?i:minister)?rådets)(?!(?i:minister)rådets)(?P<body>(?:[A-ZÅÄÖ]{2,6}[-–](?:[A-ZÅÄÖ]\w{1,20}[-–])?)?[^\W\d_]{2,30}?(?i:kommitténs|rådets))[ ]$",
    ),
    date_words=("av den",),
    months=(("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",), ("augusti",), ("september",), ("oktober",), ("november",), ("december",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position", "decision"),
    oj=OjWords(
        journals=("EUT", "EGT"),
        journal_names=("Europeiska unionens officiella tidning", "Europeiska gemenskapernas officiella tidning"),
        pages=("s.",),
        edition_citations=("svensk specialutgåva, område {chapter}, volym {volume}, s. {page}",),
    ),
    treaties={
        "TFEU": Treaty("EUF-fördraget", ("EUF-fördraget", "FEUF"), ("fördraget om Europeiska unionens funktionssätt",)),
        "TEU": Treaty("EU-fördraget", ("EU-fördraget", "FEU"), ("fördraget om Europeiska unionen",)),
        "EC": Treaty("EG-fördraget", ("EG-fördraget", "EG", "FEG"), ("fördraget om upprättandet av Europeiska gemenskapen",)),
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("EEG-fördraget", ("EEG-fördraget",), ("fördraget om upprättandet av Europeiska ekonomiska gemenskapen",)),
        "EAEC": Treaty("i fördraget om upprättandet av Europeiska atomenergigemenskapen", ("fördraget om upprättandet av Europeiska atomenergigemenskapen", "Euratomfördraget", "Euratom-fördraget"), ("fördraget om upprättandet av Europeiska atomenergigemenskapen", "Euratomfördraget", "Euratom-fördraget")),
        "ECSC": Treaty("i fördraget om upprättandet av Europeiska kol- och stålgemenskapen", ("fördraget om upprättandet av Europeiska kol- och stålgemenskapen",), ("fördraget om upprättandet av Europeiska kol- och stålgemenskapen",)),
        "CFR": Treaty("i stadgan om de grundläggande rättigheterna", ("stadgan om de grundläggande rättigheterna",), ("Europeiska unionens stadga om de grundläggande rättigheterna", "EU:s stadga om de grundläggande rättigheterna", "EU-stadgan om de grundläggande rättigheterna", "stadgan om de grundläggande rättigheterna")),
    },
    treaty_prepositions=("i",),
    article_words=frozen({"artikel": "artikel", "artiklarna": "artiklarna", "Artikel": "artikel", "art.": "artikel",
                          "art": "artikel"}),
    article_plural=("artikel", "artiklarna"),
    article_conjunctions=("och", "eller", "och/eller", "samt"),
    pinpoints=PinpointWords(
        enacting_intros=("med beaktande av",),
        links=("i",),
        # ``bilaga I till förordning (EEG) 2658/87``: an annex linked by its own word
        annexes=("bilaga", "bilagorna"),
        annex_links=("till",),
        # ``skäl 26 i förordning (EU) 2016/679``: a recital linked as an article is
        recitals=("skäl", "skälen"),
        # ``artikel 13 B b i sjätte mervärdesskattedirektivet``: part B, point b
        lettered_parts=True,
        words=("punkt", "led", "leden"),
        # a point written before its annex or article, linked by ``i`` (see sources)
        leads=("punkt", "punkterna"),
        # ``artikel 288 tredje stycket FEUF``: the ordinal before the noun, no comma
        # ``artikel 88.2 första och tredje styckena EG`` (EUR-Lex summary of T-171/02)
        ordinals=_ORDINALS,
        # ``åttonde mervärdesskattedirektivet``, ``åttonde direktivet``: the Eighth
        title_ordinals=(*_ORDINALS, *_NUMBERED),
        ordinal_endings=(":e", ":a"),  # ``6:e``: a number as an ordinal (see sources)
        ordinal_nouns=("stycket", "styckena", "meningen", "strecksatsen"),
    ),
    enacting_intros=("med beaktande av",),
    enacting_leads=(r"särskilt",),
    cases=CaseWords(
        words=("mål", "målet", "målen"),
        court_reports=("REG", "REU"),
        pinpoint_words=("punkt", "punkterna"),
        joined_words=("förenade",),
        opinion_words=("yttrande",),
        label_nouns=("tabell", "figur", "diagram", "tabeller", "figurer"),
        keyword_instruments=("-konvention", "-protokoll", "-stadga", "rättegångsregler", "-kodex", "fördrag", "anslutningsakt"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM", "SEK": "SEC", "K": "C"}),
        final_words=("slutlig", "final"),
        proposal_words=(r"\bförslag",),
        communication_words=(r"\bmeddelande", r"\brapport", r"\bvitbok", r"\bgrönbok", r"\bhandlingsplan", r"\bstrategi"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("eller",),
        # the pinpoint after a genitive: ``dataskyddsförordningens artikel 6.1 f`` (see sources)
        genitive_endings=("s", ":s"),
        definition_intros=("nedan kallad", "nedan kallat", "nedan kallade", "härefter kallad", "nedan benämnd",
                           "nedan benämnt", "nedan"),
        quotes=("””", "»»"),
        unquoted_aliases=True,
        # "that directive's Article 33.2 d" with no determiner: ``direktivets artikel 33.2 d``
        definite_genitives=("direktivets", "förordningens"),
        declined=(("direktivet", "direktivets"), ("förordningen", "förordningens"),
                  ("beslutet", "beslutets")),
        title_starts=("om", "angående", "avseende", "beträffande", "med", "för", "rörande",
                      "i fråga om"),
        # a short title glued to the type word after the title: 'Europaparlamentets och
        # rådets direktiv 2006/123/EG av den 12 december 2006 om tjänster på den inre
        # marknaden (tjänstedirektivet). Tjänstedirektivet innehåller ...' (prop. 2008/09:187)
        short_title_words=("direktivet", "förordningen", "beslutet"),
        compound_short_titles=True,
        # the genitive glued to an alias: 'tjänstedirektivets', 'GDPR:s'
        alias_suffixes=(":s", "s"),
        in_title_before=("om ändring av", "om upphävande av", "och", "eller"),
        title_dates=(r"av den \d{1,2} \w+ \d{4}",),
        anaphor_determiners=("detta", "Detta", "denna", "Denna", "nämnda", "den", "Den", "det",
                             "Det", "samma", "Samma"),
        # ``den``, ``det`` ("that") before the definite form only: ``i den förordningen``,
        # not ``den förordning som avses i`` ("the regulation referred to in"; see sources)
        determiner_types=(*((d, "förordningen") for d in ("den", "Den")),
                          *((d, "rekommendationen") for d in ("den", "Den")),
                          *((d, w) for d in ("det", "Det")
                            for w in ("direktivet", "beslutet", "rambeslutet"))),
        # "detta direktiv" is "this Directive" in an act
        self_determiners=("detta", "Detta", "denna", "Denna"),
        legislative_markers=("HÄRIGENOM FÖRESKRIVS", "HAR ANTAGIT", "av följande skäl",
                             "\nArtikel 1\n"),
    ),
    examples=(
        ("Kommissionens förordning (EU) nr 1089/2010", {"kind": "legal_act", "celex": "32010R1089"}),
        ("Europaparlamentets och rådets direktiv 2007/2/EG", {"kind": "legal_act", "celex": "32007L0002"}),
        ("EUT L 119, 4.5.2016, s. 1", {"kind": "oj", "issue": "119", "page": 1, "_before": "enligt "}),
        ("artikel 267 i EUF-fördraget", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "artikel 267 EUF-fördraget"}),
        ("mål C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("artikel 6.1 a i förordning (EU) 2016/679", {"kind": "legal_act", "_span": "förordning (EU) 2016/679", "pinpoint": "artikel 6.1 a"}),
    ),
)  # fmt: skip
