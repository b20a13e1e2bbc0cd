# ruff: noqa: E501
"""Danish."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

LANGUAGE = Language(
    code="da",
    name="Danish",
    ecb_prefixes=('ECB',),
    ecb_authors=('Den Europæiske Centralbanks',),
    sources=frozen({"pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'): 'under henvisning til Rådets direktiv 2000/29/EF af 8. maj 2000 om foranstaltninger mod indslæbning i Fællesskabet af skadegørere på planter eller planteprodukter og mod deres spredning inden for Fællesskabet (1), særlig artikel 16, stk. 3, tredje punktum, og' (Commission Implementing Decision (EU) 2019/2032, EUR-Lex 32019D2032, DA); 'under henvisning til Europa-Parlamentets og Rådets forordning (EU) nr. 1308/2013 ... og om ophævelse af Rådets forordning (EØF) nr. 922/72, ... (1), særlig artikel 219, stk. 1, sammenholdt med artikel 228' (Commission Delegated Regulation (EU) 2020/592, EUR-Lex 32020R0592, DA: a title naming other acts, left undecided); pages corpus", "hint_words (titel)": "the heading word of an act's title, as the Interinstitutional Style Guide writes it in Danish (publications.europa.eu/code/da/da-120100.htm: '2.1. Titel', 'En retsakts fulde titel består af'), and the Danish foreign ministry's lists of the Court's cases head their column so: 'Sagsnr. C-607/21 Titel og kort sagsresumé État belge' (eu.dk, Europaudvalget 2023-24, bilag 571; pages corpus), whose case number was German; also the word of the German, Danish, Dutch and Swedish records, so that alone it tells none of them (pages corpus)", "hint_words (der)": "the relative and existential der, as frequent in Danish as the German article der (the German record's): 'Liste over sager, hvor der nedsat procesdelegation: Sagsnr. C-517/16', 'I sager, der i øvrigt følges af den danske regering' (the Danish foreign ministry's lists of the Court's coming hearings and judgments, eu.dk, Europaudvalget 2017-18 bilag 679 and 2018-19 bilag 108; pages corpus): written in both records it tells neither alone (the case numbers were German)", "pinpoints.recitals_after_number (betragtning)": "the Court's ordinals before the recital word, linked by til: 'I 4., 9.-11., 21., 22., 31. og 33. betragtning til direktiv 2001/29 er anført følgende' (the order in C-302/10 Infopaq International as CURIA and EUR-Lex print it; ELITR/elitr-testset, documents/test-curia-eu/test.elitr.da); linked by i, and before a back-reference, by the record's links, UNCONFIRMED in a text read", "pinpoints.annexes (bilag), pinpoints.annex_links (til), pinpoints.recitals (betragtning)": "an annex before the act, linked by til, as EUR-Lex's Danish writes it: 'om ændring af bilag I til Rådets forordning (EØF) nr. 2092/91' (the title of Commission Regulation (EC) No 1319/2007, OJ L 293 of 10.11.2007, index, EUR-Lex in Danish; pages corpus), 'om ændring af bilag I til Rådets forordning (EF) nr. 1005/2008' (Interinstitutionel redaktionsvejledning, the Style Guide, 3.2.2, publications.europa.eu/code/da/da-130202.htm); a numbered recital as the Style Guide refers to it in the text (2.7, da-120700.htm: 'i betragtning 1, i betragtning 2'), linked by i as an article is; the plurals bilagene and betragtningerne from Danish grammar (the Style Guide lists with the singular: 'artikel 1, 4 og 9'), UNCONFIRMED in a text read", "domains (EOEF)": "the EEC's domain with its ø written oe, as EUR-Lex's older Danish texts of the Court transliterate it: 'fortolkningen af visse bestemmelser i Raadets direktiv 77/91/EOEF af 13. december 1976' (Opinion of AG Tesauro in C-381/89, EUR-Lex 61989CC0381, Danish; pages corpus)", "compound_prefixes (EU-)": "Danish writing outside the OJ joins the Union's domain to the type word, no subtype: 'jf. EU-direktiv 2014/55/EU og dansk moms' (a bookkeeping guide in a public repository, id 56097512187), 'NIS2-direktivet (EU-direktiv 2022/2555)' (a security policy, id 48146849001); the acts as EUR-Lex numbers them (32014L0055, 32022L2555)",
        "back_references (genitive_endings)": "the pinpoint after a back-reference in the genitive: 'Retsgrundlaget er databeskyttelsesforordningens artikel 6, stk. 1, litra b (opfyldelse af aftale) og artikel 9, stk. 2, litra h', 'interesseafvejningsreglen i databeskyttelsesforordningens artikel 6, stk. 1, litra f', 'indeholdt i GDPR's artikel 5, stk. 1, litra f)' (public repositories' privacy notices, found with find_string; the pinpoint's words are those of pinpoints before acts, as EUR-Lex texts write them); the typographic apostrophe UNCONFIRMED in a text read",
        'national_author_words (Rådet for, Kommissionen for)': "Danish councils and commissions named for a task ('Rådet for Sikker Trafik', 'Rådet for Digital Sikkerhed') by their names in Danish usage, where EUR-Lex titles write the EU's Council and Commission alone ('Rådets forordning (EF) nr. 1/2003', EUR-Lex 32003R0001); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        "article_conjunctions, article_range_words (til)": "a range of articles written with 'til' ('to'), as EUR-Lex's Danish titles write it: 'Kommissionens gennemførelsesforordning (EU) nr. 1225/2011 af 28. november 2011 til artikel 42 til 52 og artikel 57 og 58 i Rådets forordning (EF) nr. 1186/2009' (EUR-Lex 32011R1225, Danish; pages corpus), beside the dash of the Style Guide ('artikel 3-5', Interinstitutional Style Guide, Danish part 3.2.3); between treaty articles ('artikel 101 til 106 TEUF') UNCONFIRMED in a text read",
        "authors, legislator_forms (Europa-Parlamentet og Rådets)": "the group genitive, the -s on the last of the two authors only, as the Court's Danish judgments write it beside 'Europa-Parlamentets og Rådets': 'Anmodningen om præjudiciel afgørelse vedrører fortolkningen af artikel 2, litra a), og af artikel 7, litra f), i Europa-Parlamentet og Rådets direktiv 95/46/EF af 24. oktober 1995' (Breyer, C-582/14, ECLI:EU:C:2016:779, docplayer.dk 140605581), 'vedrørende fortolkningen af Europa- Parlamentet og Rådets direktiv 95/46/EF af 24. oktober 1995' (Lindqvist, C-101/01, docplayer.dk 105201849; pages corpus), 'i henhold til Europa-Parlamentet og Rådets direktiv 95/46/EF af 24. oktober 1995' (a privacy notice, public document found with find_string, id 40643040616); was 'Rådets direktiv 95/46/EF', the pinpoint before it lost",
        "pinpoints.list_links (af)": "the governing 'af' repeated before a list's later item, as the Court's Danish judgments open: 'Anmodningen om præjudiciel afgørelse vedrører fortolkningen af artikel 2, litra a), og af artikel 7, litra f), i Europa-Parlamentet og Rådets direktiv 95/46/EF' (Breyer, C-582/14, ECLI:EU:C:2016:779, docplayer.dk 140605581; pages corpus)",
        "treaty_former_words (tidligere)": "the number an article of the consolidated TEU had before Lisbon, in a bracket under its heading: 'Artikel 2 EU: Unionens værdier [tidligere artikel 6, stk. 1, TEU]' (Folketingets EU-Oplysning's text of the TEU, eu.dk/da/dokumenter/traktater/traktaten-eu; pages corpus; the consolidated TEU on EUR-Lex, 12016M, heads its articles with their former numbers so): the Treaty before Lisbon, whose Article 6(1) is now Article 2; before an article of another treaty, '(tidligere artikel 234 TEF)', and in a bracket without the article word, UNCONFIRMED in a text read",
        "article_conjunctions, list_conjunctions (og/eller)": "'og/eller' ('and/or') as Danish writing joins two items, between article numbers ('artikel 101 og/eller 102 TEUF') UNCONFIRMED in a judgment or EUR-Lex text read",
        "national_author_links, eu_author_words": "an author after the number with 'af' (the agent), as Danish texts name the authority that exercises a power ('Beføjelser ... udøves af Finanstilsynet', Bekendtgørelse nr. 44 af 19. januar 2015, elov.dk; pages corpus), where 'af' also leads an act's date ('direktiv 2013/36/EU af 26. juni 2013', the same site); the EU's institutions by their Danish names as EUR-Lex writes them (Europa-Kommissionen, Rådet, Europa-Parlamentet, Fællesskabet, Unionen); the form with an EU type word and a number N/YYYY right before such an author UNCONFIRMED in a text read", "treaty_abbreviation_leads": "Danish legal writing puts the abbreviation first: 'i strid med TEUF artikel 101' (a Copenhagen law thesis on information exchange, docplayer.dk), 'gøre brug af TEUF art. 267' (Juristen 2022/1, jurabibliotek.dk); pages corpus; beside the EU's own order, 'i henhold til artikel 267 TEUF' (the Court's judgment in C-561/19, EUR-Lex 62019CJ0561, Danish)", "compound_type_words": "'overholder databeskyttelsesforordningen (EU) 2016/679 (\"forordningen\")' (a Danish data processing agreement in a public repository); 'momsdirektivet' as the Danish and Swedish name of Directive 2006/112 (EUR-Lex summary l31057)", "ecb_prefixes": ECB_NUMBERS["da"], "com.type_aliases": "KOM, SEK: EUR-Lex 52008PC0563 (Danish: 'KOM(2008) 563 endelig', '{SEK(2008) 2436}'), EP resolution P6_TA(2007)0558 ('KOM(2006)0785'); K: Commission Decision 2008/788/EC (EUR-Lex 32008D0788), its title in this language as op.europa.eu publishes it (publication a8b3dcb9-67c6-485e-9cdf-b92233aeb11a: 'K(2008) 5533')", "treaties (EAEC, ECSC)": EAEC_ECSC["da"], "treaties (EU)": FORMER_TEU["da"], "treaties (TEU: EU-traktaten)": "the short name after an article, as the EU consultant of the Folketing writes it: 'Generelle retsprincipper er uskrevne kilder, som er uddraget af Domstolens praksis. Art. 6 i EU-traktaten fastholder den europæiske menneskerettighedskonvention' (EU-note of 23 December 2016 on the Højesteret's judgment in case 15/2014, eu.dk, EUU Alm.del EU-note 14; pages corpus); a text dated before 2007 reads it as the former Treaty on European Union (grammar/treaty_eras), as 'EF-traktaten' is the EC Treaty's; 'EUF-traktaten' for the TFEU UNCONFIRMED in a text read and left out (the Danish Wikipedia names the Treaty so, 'spiller EUF-traktaten nu kun en supplerende rolle', but cites no article by it); name_leads: the short name's genitive before the article word, as Danish writes the abbreviation there: 'Begge traktater har dog i henhold til EU-traktatens artikel 1 samme juridiske værdi' (da.wikipedia.org, 'Traktaten om Den Europæiske Unions Funktionsmåde'; pages corpus); 'EF-traktatens artikel' UNCONFIRMED in a text read and left out", "treaties (CFR: short_names)": "the short name the Court defines ('Den Europæiske Unions charter om grundlæggende rettigheder (herefter »chartret«)', the Opinion of AG Sharpston in C-345/17, curia.europa.eu, Danish; pages corpus); after an article ('artikel 47 i chartret') UNCONFIRMED in a text read (the same opinion, EUR-Lex 62017CC0345, writes 'chartrets artikel 47', the genitive first: short_name_leads, read after the Charter is named in full as the short name is; 'EU-chartrets artikel 1' in a Danish fundamental-rights checklist in a public repository); short_name_stops 'om': another charter's name goes on ('chartret om ...'), the Charter's own long name is read first", "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'artikel 8 i EU\'s charter om grundlæggende rettigheder', 'art. 8 i Den Europæiske Unions charter om grundlæggende rettigheder' (a Danish data-protection text, two versions), 'EU’s charter om grundlæggende rettigheder' (a Danish decision), 'chartret om grundlæggende rettigheder' (the Danish explanations of the Charter, OJ C 303/17, as fra.europa.eu shows them). No abbreviation: the normal form is the short name with its preposition (artikel 47 i chartret om grundlæggende rettigheder)", **sources("da"), "oj.journals (EU-Tidende, EF-Tidende), oj.pages (side)": "Danish legislative drafting (Lovkvalitetsvejledningen, the Ministry of Justice's drafting Style Guide, 7.4.5.1, lovkvalitet.dk): the note of a law that transposes a directive cites the journal by its name, the year before the series, 'nr.' before it and 'side' for the page: 'EU-Tidende 2019, nr. L 136, side 1' (Directive (EU) 2019/770); EF-Tidende, the journal of the Communities, by analogy, UNCONFIRMED in a text read", "back_references": 'anaphors: dette direktiv in the development text tests/data/corpus-da (judgment C-282/10 Dominguez); denne for the common gender (forordning, beslutning); nævnte', "back_references (definite_genitives)": "the type word's definite genitive alone before an article's pinpoint, right after the act's citation, with no alias defined: 'Artikel 1, stk. 1, i direktiv 2001/29 bestemmer: ... 5 Direktivets artikel 2, litra a), har følgende ordlyd', 'I direktivets artikel 5 er fastsat følgende', 'er omfattet af undtagelsen i direktivets artikel 5, stk. 1' (the Court's order of 17 January 2012 in Infopaq II, C-302/10, in Danish as CURIA publishes it, in the file the development judgment tests/data/corpus-da comes from: ELITR/elitr-testset, documents/test-curia-eu/test.elitr.da, read with read_file); forordningens: 'Tyskland er forpligtet til at modtage klageren, jf. forordningens artikel 18, stk. 1, litra b' (a decision of Flygtningenævnet quoted in a public repository, found with find_string), said there of 'Dublinforordningen', a compound no act's citation precedes: why a compound of the type between gives nothing", "back_references (after_determiner)": "the type word in the genitive after a determiner, the pinpoint after it: 'I forordning (EF) nr. 3223/94 fastsættes ... for de produkter og perioder, der er anført i nævnte forordnings bilag' (Commission Regulation (EC) No 17/2006, recital 1, EUR-Lex OJ L 4, 7.1.2006, Danish; pages corpus); an article after it ('nævnte forordnings artikel 12'), the other type words and 'Nævnte' at a sentence's start UNCONFIRMED in a text read; alone the genitive is no anaphor ('forordnings' in a compound's first part is another word)"}),
    act_types={
        "regulation": ("forordning", "forordningen", "forordninger", "forordningerne"),
        "directive": ("direktiv", "direktivet", "direktiver", "direktiverne"),
        "decision": ("afgørelse", "afgørelsen", "afgørelser", "beslutning", "beslutningen"),
        "framework_decision": ("rammeafgørelse", "rammeafgørelsen"),
        "recommendation": ("henstilling", "henstillingen"),
        "joint_action": ("fælles aktion", "fælles aktion"),
        "common_position": ("fælles holdning",),
    },
    # ``beslutning`` (decisions before 2009) keeps its own name
    type_word_overrides=frozen({"beslutning": "beslutning", "beslutningen": "beslutning"}),
    authors=("Kommissionens", "Rådets", "Europa-Parlamentets og Rådets", "Europa-Parlamentet og Rådets", "Den Europæiske Centralbanks"),
    legislator_forms=("Europa-Parlamentets og Rådets", "Europa-Parlamentet og Rådets"),
    # a national author after the number (``forordning nr. 12/2014 af Finanstilsynet``)
    national_author_links=("af",),
    # councils and commissions named for a task (``Rådet for``): the EU's is ``Rådet``
    national_author_words=("Rådet for", "Kommissionen for"),
    eu_author_words=("Europ", "EU", "Fællesskab", "Unionen", "Kommission", "Råd"),
    subtypes_before=frozen({"delegerede": "delegated", "delegeret": "delegated"}),
    compound_prefixes=frozen({"gennemførelses": "implementing", "EU-": ""}),
    compound_type_words=True,
    subtype_forms=frozen({"delegated": "delegeret {word}", "implementing": "gennemførelses{lower}"}),
    number_markers=("nr.", "nr"),
    number_marker="nr.",
    list_conjunctions=("og", "eller", "samt", "og/eller"),
    domains=frozen({"EU": "EU", "EF": "EF", "EØF": "EØF", "EOEF": "EØF", "EKSF": "EKSF", "FUSP": "FUSP", "RIA": "RIA", "Euratom": "Euratom"}),
    jha_domains=("RIA",),
    ecsc_domains=("EKSF",),
    domain_eras=frozen({"EU": "EU", "EF": "EC", "EØF": "EEC", "EKSF": "ECSC", "FUSP": "CFSP", "RIA": "JHA", "Euratom": "Euratom"}),
    hint_words=("og", "i", "af", "til", "at", "det", "den", "for", "på", "med", "er", "som", "en", "et", "de", "om", "fra", "har", "denne", "dette", "der", "titel"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        before=r"(?<![\w-])(?P<body>(?:[A-ZÆØÅ]{2,5}(?:[-–][A-ZÆØÅ]\w{1,20})?[ ])?(?i:Det[ ]Blandede[ ](?:EØS-)?Udvalgs|EØS-Udvalgets|Blandede[ ]Udvalgs|(?:Stabiliserings-[ ]og[ ])?Associeringsrådets|Samarbejdsrådets|Partnerskabsrådets|EØS-Rådets|Associeringsudvalgets))[ ]$",
        after=r"(?i:[ ](?:truffet[ ]af|fra)[ ])(?P<body>(?i:Det[ ]Blandede[ ](?:EØS-)?Udvalg|Det[ ]Fælles[ ]Råd|EØS-Udvalget|(?:Stabiliserings-[ ]og[ ])?Associeringsrådet|Samarbejdsrådet|Partnerskabsrådet|EØS-Rådet|Associeringsudvalget)(?:[ ]?[A-ZÆØÅ]{2,5}[-–][A-ZÆØÅ]\w{1,20})?)(?![\w-])",
        # A body on no list before the type word: a compound in -udvalgs/-udvalgets/-rådets
        # (``AVS-EF-Ministerrådets``); never the EU's ``Rådets``, a bare ``Ministerrådets``
        # or the ECB's.
        any_before=r"(?<![\w-])(?!(?i:ECB|EU|EF|EØF)[-–](?i:minister)?rådets)(?!(?i:minister)rådets)(?P<body>(?:[A-ZÆØÅ]{2,6}[-–](?:[A-ZÆØÅ]\w{1,20}[-–])?)?[^\W\d_]{2,30}?(?i:udvalgs|udvalgets|rådets))[ ]$",
    ),
    date_words=("af",),
    months=(("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",), ("august",), ("september",), ("oktober",), ("november",), ("december",)),
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position", "decision"),
    oj=OjWords(
        journals=("EUT", "EFT", "EU-Tidende", "EF-Tidende"),
        journal_names=("Den Europæiske Unions Tidende", "De Europæiske Fællesskabers Tidende"),
        pages=("s.", "side"),
    ),
    treaties={
        "TFEU": Treaty("TEUF", ("TEUF",), ("traktaten om Den Europæiske Unions funktionsmåde",)),
        "TEU": Treaty("TEU", ("TEU",), ("traktaten om Den Europæiske Union", "EU-traktaten"),
                      name_leads=("EU-traktatens",)),  # (sources)
        "EC": Treaty("EF", ("EF", "EF-traktaten"), ("EF-traktaten", "traktaten om oprettelse af Det Europæiske Fællesskab")),
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("EØF", ("EØF", "EØF-traktaten"), ("EØF-traktaten",)),
        "EAEC": Treaty("i traktaten om oprettelse af Det Europæiske Atomenergifællesskab", ("traktaten om oprettelse af Det Europæiske Atomenergifællesskab", "Euratom-traktaten"), ("traktaten om oprettelse af Det Europæiske Atomenergifællesskab", "Euratom-traktaten")),
        "ECSC": Treaty("i traktaten om oprettelse af Det Europæiske Kul- og Stålfællesskab", ("traktaten om oprettelse af Det Europæiske Kul- og Stålfællesskab",), ("traktaten om oprettelse af Det Europæiske Kul- og Stålfællesskab",)),
        "CFR": Treaty("i chartret om grundlæggende rettigheder", ("chartret om grundlæggende rettigheder",), ("Den Europæiske Unions charter om grundlæggende rettigheder", "EU's charter om grundlæggende rettigheder", "EU’s charter om grundlæggende rettigheder", "chartret om grundlæggende rettigheder"),
                      short_names=("chartret",), short_name_stops=("om",), short_name_leads=("chartrets",)),
    },
    treaty_prepositions=("i",),
    article_words=frozen({"artikel": "artikel", "artikler": "artikler", "Artikel": "artikel", "art.": "artikel"}),
    article_conjunctions=("og", "eller", "og/eller", "til"),
    article_range_words=("til",),
    treaty_abbreviation_leads=True,  # ``TEUF artikel 101`` (see sources)
    treaty_former_words=("tidligere",),  # ``[tidligere artikel 6, stk. 1, TEU]`` (see sources)
    pinpoints=PinpointWords(
        enacting_intros=("under henvisning til",),
        links=("i",),
        # ``fortolkningen af artikel 2, litra a), og af artikel 7, litra f), i direktiv``
        list_links=("af",),
        # ``bilag I til forordning (EF) nr. 1005/2008``: an annex linked by its own word; a
        # recital by i (``betragtning 26 i forordning (EU) 2016/679``)
        annexes=("bilag", "bilagene"),
        annex_links=("til",),
        recitals=("betragtning", "betragtningerne"),
        # ``33. betragtning til direktiv 2001/29``: the Court's ordinal before the word, linked by
        # til (grammar/numbered_recitals)
        recitals_after_number=("betragtning",),
        words=("stk.", "litra", "nr.", "afsnit", "punkt"),
        # ``artikel 88, stk. 2, første afsnit, EF``; ``første og tredje afsnit`` (the plural is the same)
        ordinals=("første", "anden", "andet", "tredje", "fjerde", "femte", "sjette", "sidste"),
        ordinal_nouns=("afsnit", "punktum", "led"),
    ),
    enacting_intros=("under henvisning til",),
    enacting_leads=(r"særlig",),
    cases=CaseWords(
        words=("sag", "sagen", "sager", "sagerne"),
        court_reports=("Sml.",),
        pinpoint_words=("præmis", "præmisserne"),
        joined_words=("forenede",),
        opinion_words=("udtalelse",),
        label_nouns=("tabel", "figur", "tabeller", "figurer"),
        keyword_instruments=("konvention", "protokol", "statut", "procesreglement", "-kodeks", "traktat", "charter", "chartret", "tiltrædelsesakt"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM", "SEK": "SEC", "K": "C"}),
        final_words=("endelig", "final"),
        proposal_words=(r"\bforslag",),
        communication_words=(r"\bmeddelelse", r"\brapport", r"\bhvidbog", r"\bgrønbog", r"\bhandlingsplan", r"\bstrategi"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("eller",),
        # the pinpoint after a genitive: ``databeskyttelsesforordningens artikel 6, stk. 1``
        genitive_endings=("s", "'s", "’s"),
        definition_intros=("i det følgende benævnt", "i det følgende omtalt som", "i det følgende",
                           "herefter benævnt", "herefter"),
        quotes=("»«",),
        # "that directive's Article 2" with no determiner: ``Direktivets artikel 2``
        definite_genitives=("direktivets", "forordningens"),
        declined=(("direktivet", "direktivets"), ("forordningen", "forordningens"),
                  ("afgørelsen", "afgørelsens"), ("beslutningen", "beslutningens")),
        # the genitive after a determiner, its pinpoint after it: ``nævnte forordnings
        # bilag``, ``nævnte forordnings artikel 12`` (see sources)
        after_determiner=(("forordning", "forordnings"), ("direktiv", "direktivs"),
                          ("afgørelse", "afgørelses"), ("beslutning", "beslutnings")),
        title_starts=("om", "vedrørende", "angående", "for så vidt angår", "til"),
        in_title_before=("om ændring af", "om ophævelse af", "og", "eller"),
        title_dates=(r"af \d{1,2}\. ?\w+ \d{4}",),
        anaphor_determiners=("dette", "Dette", "denne", "Denne", "nævnte", "Nævnte"),
        # "dette direktiv" is "this Directive" in an act
        self_determiners=("dette", "Dette", "denne", "Denne"),
        legislative_markers=("HAR VEDTAGET", "ud fra følgende betragtninger", "\nArtikel 1\n"),
    ),
    examples=(
        ("Kommissionens forordning (EU) nr. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "author": "Kommissionens"}),
        ("Europa-Parlamentets og Rådets direktiv 2007/2/EF", {"kind": "legal_act", "celex": "32007L0002"}),
        ("gennemførelsesforordning (EU) 2019/1234", {"kind": "legal_act", "subtype": "implementing", "celex": "32019R1234"}),
        ("EUT L 119 af 4.5.2016, s. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("artikel 267 TEUF", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "artikel 267 TEUF"}),
        ("artikel 6, stk. 1, litra a), i forordning (EU) 2016/679", {"kind": "legal_act", "_span": "forordning (EU) 2016/679", "pinpoint": "artikel 6, stk. 1, litra a)"}),
    ),
)  # fmt: skip
