# ruff: noqa: E501
"""Maltese."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, EX_ARTICLES, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

LANGUAGE = Language(
    code="mt",
    name="Maltese",
    ecb_prefixes=('BĊE',),
    ecb_authors=("tal-Bank Ċentrali Ewropew",),
    sources=frozen({"treaties (TFEU: ta' l-Unjoni)": "the TFEU's name in the spelling before the orthography's 2008 reform, as EUR-Lex titles the consolidated TFEU of 2008: 'Verżjoni konsolidata tat-Trattat dwar il-Funzjonament ta' l-Unjoni Ewropea - L-EWWEL PARTI: PRINĊIPJI - ... - Artikolu 16 (ex Artikolu 286 TKE)' (EUR-Lex 12008E016, Maltese; pages corpus), as the record's Charter is already written ('Karta tad-Drittijiet Fundamentali ta\' l-Unjoni Ewropea'); the apostrophe as ’, as Maltese legal texts set it ('L-AVVIŻ LEGALI 175 ta’ l-2007', korpus_malti law texts; pages corpus)", "pinpoints.annexes": "an annex before the act, linked by the glued article as an article is: 'li tinsab fil-punt 1 tal-Anness VI tar-Regolament (KE) Nru 882/2004', 'fil-punt 2 tal-Anness VI tar-Regolament Nru 882/2004' (the request for a preliminary ruling in C-478/18 Compaxo Vlees Zevenaar, curia.europa.eu, Maltese; pages corpus; the point before the annex is not read), as the Interinstitutional Style Guide's Maltese part links an annex to its act ('L-Anness I huwa sostitwit bit-test fl-Anness I ta’ din id-Deċiżjoni', 3.2.3, publications.europa.eu/code/mt/mt-130203.htm; pages corpus); the plural 'Annessi' from Maltese grammar, UNCONFIRMED in a text read", "treaties (EU)": FORMER_TEU["mt"], "treaties (EC: Trattat KE)": "the EC Treaty named by its abbreviation after the treaty word, as the record's EEC Treaty is ('Trattat KEE'): 'L-Artikolu 286 tat-Trattat KE huwa issa ssostitwit bl-Artikolu 16 tat-Trattat dwar il-Funzjonament ta' l-Unjoni Ewropea' (the explanation of Article 8 of the Charter, OJ C 303, 14.12.2007, p. 17, as EUR-Lex publishes the Journal, Maltese, in fra.europa.eu's copy; pages corpus)", "back_references (definition_intros: aktar ’il quddiem)": "the older spelling of the Court's intro: 'Meta nħarġet id-Direttiva 95/46/KE tal-Parlament Ewropew u tal-Kunsill, tal-24 ta’ Ottubru 1995, ... (2) (aktar ’il quddiem id-“Direttiva fuq il-protezzjoni tad-data”) il-leġiżlatur kien konxju' (the Opinion of AG Kokott in C-73/07 Satamedia, ECLI:EU:C:2008:266, EUR-Lex 62007CC0073, as curia.europa.eu gives it, Maltese; pages corpus); the straight and the opening quote UNCONFIRMED in a text read", "back_references (definition_intros: iktar ’il quddiem)": "the Court's intro, beside the acts' 'minn hawn ’il quddiem': 'Ir-Regolament (UE) 2016/679 (2) (iktar ’il quddiem il-“GDPR”) għandu l-għan' (the Opinion of AG Szpunar in C-394/23 Mousse, ECLI:EU:C:2024:610), '(Regolament Ġenerali dwar il-Protezzjoni tad-Data, iktar ’il quddiem il-“GDPR”)' (the Opinion of AG Pikamäe in C-693/22, ECLI:EU:C:2024:162), '(iktar ’il quddiem id-“Direttiva 2000/35”)' (the Opinion of AG Trstenjak in C-265/07, EUR-Lex 62007CC0265), curia.europa.eu and EUR-Lex, Maltese; pages corpus; the straight and the opening quote from the acts' intros, UNCONFIRMED in a text read", "pinpoints.recitals, back_references.thereof_pinpoint_words (premessa, premessi)": "the recital word as EUR-Lex heads the GDPR's recitals in Maltese ('Premessa 26'; gdpr-text.com reproduces them; pages corpus) and as the Court cites them before 'thereof': 'Id-Direttiva 2001/29, fil-premessi 4, 9, 11, 21, 22, 31 u 33 tagħha, tipprovdi li' (the order in C-302/10 Infopaq International, Maltese, as CURIA prints it; ELITR/elitr-testset, documents/test-curia-eu/test-en-mt.ali.tsv); linked to an act as an article is ('il-premessa 26 tar-Regolament (UE) 2016/679') UNCONFIRMED in a text read", "pinpoints.ordinals, pinpoints.links (tas-)": "an act's title ordinal after the link's glued article, 'L-Artikoli 11Ċ(1) u 27(1) u (5) tas-Sitt Direttiva 77/388, fuq l-armonizzazzjoni tal-liġijiet' (the Court's judgment in C-489/09 Vandoorne, its summary on taxlawapp.eu), 'Artikolu 17(2)(a) fil-verżjoni tal-Artikolu 28f(1) tas-Sitt Direttiva 77/388/KEE' (Opinion of AG Kokott in C-144/13, taxlawapp.eu), 'l-Artikolu 2(1) tat-Tlettax-il Direttiva tal-VAT' (Opinion of AG Jääskinen in C-582/08, taxlawapp.eu; pages corpus); the other ordinals from Maltese grammar (l-ewwel, it-tieni ... it-tlettax-il), UNCONFIRMED in a judgment read", 'oj.edition_*': "the Court's 'ĠU Edizzjoni Speċjali bil-Malti, Kapitolu 5, Vol. 2, p. 197' (judgment C-282/10, tests/data/corpus-mt)", "article_word_leads (flimkien mal-)": "the enacting formula of a Council decision on a position under Article 218(9) TFEU: 'u b’mod partikolari l-Artikolu 212, flimkien mal-Artikolu 218(9) tiegħu' (Council Decision (EU) 2023/2600, EUR-Lex OJ L 2023/2600, Maltese; pages corpus)", "article_word_leads": "the article l- before each repeated article word of a list, as the Style Guide's Maltese part (2.2.1, style-guide.europa.eu) writes it before one ('u b’mod partikolari l‑Artikolu … tiegħu'); 'l-Artikolu 42 u l-Artikolu 43(2) tiegħu' itself UNCONFIRMED in a text read", 'national_names': "the state's name after a national body's ('il-Bank Ċentrali ta' Malta', 'l-Awtorità għas-Servizzi Finanzjarji ta' Malta', from Maltese usage); an association with Malta is written with a hyphen ('KEE-Malta') and is no body of the state; the EU's institutions as EUR-Lex writes them ('tal-Kunsill', 'tal-Kummissjoni'); an act numbered N/YYYY so authored is UNCONFIRMED in a text read", 'hint_words (tas, tat, tan)': "the preposition ta' joined to the article before a sun letter, as the date of a judgment and a body's name write it: 'Sentenza tal-Qorti tal-Ġustizzja (Awla Manja) tas-16 ta’ Lulju 2020' (curia.europa.eu, the summary of C-311/18, Maltese), 'permezz ta’ deċiżjoni tat-8 ta’ Mejju 2019' (EUR-Lex 62019CJ0645, Maltese; pages corpus), 'tat-23 ta’ April 2009, Angelidaki et, C-378/07 sa C-380/07' (tests/data/corpus-mt), 'Karta tan-Nazzjonijiet Uniti' (see treaties (CFR: short_names)): the Italian sentenza before 'tas-16 ta’ Lulju 2020' no longer outweighs the month alone; tax- (English tax) left out, taż-, taċ-, taz- UNCONFIRMED in a text read", 'hint_words (the judgment and the Court)': "the Court as the Maltese titles of judgments on EUR-Lex name it ('Sentenza tal-Qorti (Awla Manja)'); the bare sentenza is the Italian record's (see there): Maltese joins it to its article (is-sentenza)", "ecb_prefixes": ECB_NUMBERS["mt"], "national_author_links, eu_author_words": "the article glued to the author after the number, as the author phrases write it ('tal-Kunsill', 'tal-Kummissjoni', 'tal-Parlament Ewropew u tal-Kunsill'; EUR-Lex) and its sun-letter forms (tad-, tan-, tar-, tas-, tat-, tax-, taż-, taċ-, taz-) from Maltese orthography; national authors as Maltese texts name them ('il-Gvern Malti', 'il-Ministru għall-Ġustizzja', 'il-Kunsill Nutarali', 'Dipartiment għall-Gvern Lokali'; primeminister.gov.mt, gzira.lc.gov.mt, korpus_malti law texts; pages corpus): a capitalised author that is no EU one ('tal-Gvern', 'tal-Ministru', 'tal-Kunsill Lokali': Kunsill carried on by a capitalised word); Maltese national acts are Legal Notices ('L-AVVIŻ LEGALI 175 ta' l-2007') and chapters (Kap.), so the national author right after an EU type word with a number N/YYYY is UNCONFIRMED in a text read; EU words from EUR-Lex's wording (Ewropew, Ewropea, Komunità, Unjoni)", "com.type_aliases": "KUMM: 'Brussel 9.2.2010 KUMM(2010) 49 finali 2010/0032 (COD)' (Proposal for a Regulation on the EU-Korea safeguard clause, EUR-Lex 52010PC0049, Maltese)", "enacting_intros, enacting_after": "the enacting formula: 'Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b'mod partikulari l-Artikolu 207(2) tiegħu' (Proposal COM(2010) 49, EUR-Lex 52010PC0049, Maltese), 'Wara li kkonsidrat it‑Trattat dwar il‑Funzjonament tal‑Unjoni Ewropea [u b’mod partikolari l‑Artikolu/Artikoli … tiegħu]' (Style Guide, Maltese part 2.2.1, style-guide.europa.eu); the verb's other persons and the article t- after its final vowel from Maltese grammar (UNCONFIRMED in a text read for the project)", "pinpoints.glued_leads": "a paragraph by its ordinal before a treaty article: '(ir-raba’ paragrafu tal-Artikolu 263 TFUE; Regolament 2018/1718)' (the summary of the judgment in C-106/19 and C-232/19 Italy and Comune di Milano v Council and Parliament, ECLI:EU:C:2022:568, curia.europa.eu, Maltese; pages corpus), 'tikkonforma ruħha mat-tielet paragrafu tal-Artikolu 288 TFUE' (the judgment in C-282/10, tests/data/corpus-mt): the paragraph was lost; the other ordinals from the record's, the subparagraph (subparagrafu) by the same grammar, UNCONFIRMED in a text read; a point before them (il-punt (b) tal-ewwel paragrafu) not read. A point or a numbered paragraph so linked, before an act's article or annex too (grammar/pinpoint_leads): 'li tinsab fil-punt 1 tal-Anness VI tar-Regolament (KE) Nru 882/2004' (the request in C-478/18 Compaxo Vlees Zevenaar, curia.europa.eu, Maltese; pages corpus: the point was left out); before an article ('il-punt (a) tal-Artikolu 6(1)', 'il-paragrafu 1 tal-Artikolu 6') by the same grammar, UNCONFIRMED in a text read", "pinpoints.amended_by": "the phrase before an act cited as amending the one before it, after which a pinpoint is the amended act's: '(Direttiva tal-Parlament Ewropew u tal-Kunsill 98/34, kif emendata bid-Direttiva 98/48, Artikolu 1(11))' (the summary of the judgment in C-361/10 Intercommunale Intermosane, EUR-Lex ECLI:EU:C:2011:382, Maltese; pages corpus: the article was Directive 98/48's); the masculine participle and bir- before a regulation by Maltese grammar ('kif l-aħħar emendat bir-Regolament (KE) Nru 973/2001', Commission Regulation (EC) No 129/2003, EUR-Lex 32003R0129, Maltese, with l-aħħar between), UNCONFIRMED in a text read as written", "article_conjunctions (sa), article_range_words": "'Artikoli 34 TFUE sa 36 TFUE' (Opinion of AG Sharpston in C-95/14, EUR-Lex 62014CC0095, Maltese)", "treaties (EAEC, ECSC)": EAEC_ECSC["mt"], "article_plural": ARTICLE_PLURALS["mt"], "treaties (EC, former numbers)": EX_ARTICLES["mt"], "treaties (CFR: short_names)": "the short name after an article, once the Charter is named in full: 'Artikolu 47 tal-Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea' then 'Artikolu 47 tal-Karta' (the Court's judgment in C-430/21 and the Opinion of AG Emiliou in C-144/23, curia.europa.eu, Maltese; pages corpus); short_name_stops: the European Social Charter (Karta Soċjali Ewropea), the UN Charter (Karta tan-Nazzjonijiet Uniti), an identity card (karta tal-identità), by Maltese usage, UNCONFIRMED in a text read", "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea' (fra.europa.eu, Maltese), 'l-Karta tad-Drittijiet Fundamentali ta\' l-Unjoni Ewropea' (the Maltese explanations of the Charter, OJ C 303/17), 'l-Artikolu 14 tal-KEDB' there for the form after an article; 'l-Artikolu 47 tal-Karta ...' itself UNCONFIRMED. The names are also abbreviations, as the preposition is joined by a hyphen (tal-Karta). No abbreviation: the normal form is the short name with its preposition", **sources("mt", dev="development text tests/data/corpus-mt (CJEU C-282/10, ELITR/elitr-testset): tad-/id-/bid-/fid-Direttiva, Direttiva tal-Kunsill 93/104/KE"), "back_references (pinpoint_links)": "the link written apart before a determiner, as EUR-Lex's Maltese texts write it: 'il-kisba ta’ l-għanijiet speċifikati fl-Artikolu 1 ta’ dik id-Direttiva' after 'l-Anness III tad-Direttiva 91/676/KEE' (Commission Decision 2007/863/EC, recital 1, EUR-Lex 32007D0863, Maltese; pages corpus); 'ta' dak ir-Regolament' by the same grammar, UNCONFIRMED in a text read", "back_references (thereof)": "the enacting formula's pinpoint of the act just cited: 'Wara li kkunsidrat ir-Regolament (UE) Nru 1308/2013 tal-Parlament Ewropew u tal-Kunsill tas-17 ta’ Diċembru 2013 li jistabbilixxi organizzazzjoni komuni tas-swieq fi prodotti agrikoli u li jħassar ir-Regolamenti tal-Kunsill (KEE) Nru 922/72, (KEE) Nru 234/79, (KE) Nru 1037/2001 u (KE) Nru 1234/2007 (1), u b’mod partikolari l-Artikolu 221(1) tiegħu' (Commission Implementing Regulation (EU) 2020/132, EUR-Lex 32020R0132, Maltese: the repealed acts of the title leave it undecided, as English 'thereof' after such a title), 'Wara li kkunsidrat ir-Regolament tal-Kunsill (KEE) Nru 2137/92 ... (2), u b’mod partikolari l-Artikoli 2, 4(3), 5, 6 u 7(2) tiegħu' (Commission Regulation (EC) No 22/2008, EUR-Lex 32008R0022, Maltese); 'tagħha' for a directive: 'Wara li kkunsidrat id-Direttiva tal-Kunsill 85/611/KEE ... (UCITS) (1), u b’mod partikolari l-punt (a) ta’ l-Artikolu 53a tagħha' (Commission Directive 2007/16/EC, EUR-Lex 32007L0016, Maltese; the pinpoint read from its article); pages corpus", "back_references": "anaphors: din id-direttiva (the determiner joined to the article of the type word) in the development text tests/data/corpus-mt M01 (judgment C-282/10); l-imsemmija (the said); legislative markers: the enacting formula (ADOTTAW DIN ID-DIRETTIVA), Billi:, article headings; tal-imsemmija (ta' + l-imsemmija, holding the pinpoint's link) and id-Direttiva msemmija (after the type word) as listed by the issue 8 review, UNCONFIRMED in a text read for the project"}),
    act_types={
        "regulation": ("Regolament", "Regolamenti"),
        "directive": ("Direttiva", "Direttivi"),
        "decision": ("Deċiżjoni", "Deċiżjonijiet"),
        "framework_decision": ("Deċiżjoni Qafas",),
        "recommendation": ("Rakkomandazzjoni", "Rakkomandazzjonijiet"),
        "joint_action": ("Azzjoni Konġunta",),
        "common_position": ("Pożizzjoni Komuni",),
    },
    author_phrases=("tal-Parlament Ewropew u tal-Kunsill", "tal-Kunsill", "tal-Kummissjoni", "tal-Bank Ċentrali Ewropew"),
    legislator_forms=("tal-Parlament Ewropew u tal-Kunsill",),
    author_in_span=True,
    subtypes_after=frozen({"Delegat": "delegated", "ta' Implimentazzjoni": "implementing", "ta’ Implimentazzjoni": "implementing"}),
    subtype_forms=frozen({"delegated": "{word} Delegat", "implementing": "{word} ta' Implimentazzjoni"}),
    number_markers=("Nru",),
    number_marker="Nru",
    national_author_links=("tal-", "tad-", "tan-", "tar-", "tas-", "tat-", "tax-", "taż-", "taċ-", "taz-"),
    eu_author_words=("Ewrop", "Komunit", "Unjoni", "Awtorità Għolja", "BĊE"),
    national_names=("Malta",),
    list_conjunctions=("u", "jew", "kif ukoll"),
    domains=frozen({"UE": "UE", "KE": "KE", "KEE": "KEE", "KEFA": "KEFA", "PESK": "PESK", "ĠAI": "ĠAI", "Euratom": "Euratom"}),
    jha_domains=("ĠAI",),
    ecsc_domains=("KEFA",),
    domain_eras=frozen({"UE": "EU", "KE": "EC", "KEE": "EEC", "KEFA": "ECSC", "PESK": "CFSP", "ĠAI": "JHA", "Euratom": "Euratom"}),
    hint_words=("Qorti", "il", "l", "tal", "ta", "u", "li", "fil", "għal", "minn", "bħala", "dwar", "din", "dan", "huwa", "jew", "ma", "d", "r", "tad", "tar", "tas", "tat", "tan", "mill",
                # the article and the prepositions joined to it in front of an act word
                # (``id-Direttiva``, ``bid-Direttiva``) and frequent words of judgments
                "id", "bid", "fid", "mid", "bil", "lill", "liema", "għalhekk", "kif", "ukoll", "skont", "peress", "iżda", "punt", "ara"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]tal-)(?P<body>(?i:(?:Kunsill|Kumitat)[ ]ta['’][ ]?(?:Assoċjazzjoni|Kooperazzjoni|Sħubija|Stabbilizzazzjoni[ ]u[ ]Assoċjazzjoni)|Kumitat[ ]Konġunt(?:[ ]taż-ŻEE)?|Kunsill[ ]taż-ŻEE)(?:[ ]?[A-Z]{2,5}[-–][A-ZĊĠĦŻ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``tal-Kumitat``); the EU's institutions
        # are tal-Kunsill, tal-Kummissjoni.
        any_after=r"(?i:[ ]tal-)(?P<body>(?i:Sottokumitat|Kumitat)(?:[ ][A-Z]{2,6}[-–][A-ZĊĠĦŻ]\w{1,20})?)(?![\w-])",
    ),
    date_words=("tal",),
    # (``3 ta’ Settembru 2008``, the heads of the Court's judgments)
    date_joiners=("ta'", "ta’"),
    months=(("Jannar",), ("Frar",), ("Marzu",), ("April",), ("Mejju",), ("Ġunju",), ("Lulju",), ("Awwissu",), ("Settembru",), ("Ottubru",), ("Novembru",), ("Diċembru",)),
    oj=OjWords(
        journals=("ĠU",),
        journal_names=("Il-Ġurnal Uffiċjali tal-Unjoni Ewropea", "Il-Ġurnal Uffiċjali tal-Komunitajiet Ewropej"),
        pages=("p.",),
        edition_citations=("ĠU Edizzjoni Speċjali bil-Malti, Kapitolu {chapter}, Vol. {volume}, p. {page}",),
    ),
    treaties={
        # (the spelling before the 2008 reform too, ``ta' l-``: see sources)
        "TFEU": Treaty("TFUE", ("TFUE",), ("Trattat dwar il-Funzjonament tal-Unjoni Ewropea",
                                           "Trattat dwar il-Funzjonament ta' l-Unjoni Ewropea",
                                           "Trattat dwar il-Funzjonament ta’ l-Unjoni Ewropea")),
        "TEU": Treaty("TUE", ("TUE",), ("Trattat dwar l-Unjoni Ewropea",)),
        "EC": Treaty("KE", ("KE", "TKE"), ("Trattat li jistabbilixxi l-Komunità Ewropea", "Trattat KE")),
        "EU": Treaty("UE", ("UE",), closed_abbreviations=("UE",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("KEE", ("KEE",), ("Trattat KEE",)),
        "EAEC": Treaty("tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomika", ("Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomika",), ("Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomika",)),
        "ECSC": Treaty("tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Faħam u l-Azzar", ("Trattat li jistabbilixxi l-Komunità Ewropea tal-Faħam u l-Azzar",), ("Trattat li jistabbilixxi l-Komunità Ewropea tal-Faħam u l-Azzar",)),
        "CFR": Treaty("tal-Karta tad-Drittijiet Fundamentali", ("Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea", "Karta tad-Drittijiet Fundamentali ta' l-Unjoni Ewropea", "Karta tad-Drittijiet Fundamentali"), ("Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea", "Karta tad-Drittijiet Fundamentali ta' l-Unjoni Ewropea", "Karta tad-Drittijiet Fundamentali"),
                      short_names=("Karta",), short_name_stops=("Soċjali", "Ewropea", "tan-Nazzjonijiet", "tal-Identità")),
    },
    treaty_prepositions=("tat-", "tal-"),
    article_words=frozen({"Artikolu": "Artikolu", "Artikoli": "Artikoli", "artikolu": "Artikolu"}),
    # ``sa`` (to) makes a range: ``l-Artikoli 34 TFUE sa 36 TFUE``, ``Artikoli 101 sa 109``
    article_plural=("Artikolu", "Artikoli"),
    article_conjunctions=("u", "jew", "sa"),
    # ``l-Artikolu 42 u l-Artikolu 43(2) tiegħu``; ``flimkien mal-`` (together with)
    article_word_leads=("l-", "flimkien mal-"),
    article_range_words=("sa",),
    # ``Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b'mod
    # partikulari l-Artikolu 207(2) tiegħu`` (the article glued to the treaty's name), the
    # verb as the institutions agree with it and as the Style Guide spells it (kkonsidrat),
    # the article t- after its final vowel (``Wara li kkunsidra t-Trattat``)
    enacting_intros=tuple(f"{w} li {v} {a}-" for w in ("Wara", "wara")
                          for v in ("kkunsidraw", "kkunsidrat", "kkunsidra", "kkonsidraw",
                                    "kkonsidrat", "kkonsidra")
                          for a in (("it", "t") if v.endswith("a") else ("it",))),
    # (no lead: ``u b'mod partikolari l-`` ends in the article every ``l-Artikolu`` has;
    # ``tiegħu`` after the article refers back to the treaty)
    enacting_after=("tiegħu",),
    pinpoints=PinpointWords(
        # (``tas-`` before an ordinal: ``l-Artikolu 27(1) tas-Sitt Direttiva 77/388``)
        links=("tar-", "tad-", "tal-", "tat-", "tas-"),
        # ``il-premessa 26 tar-Regolament (UE) 2016/679``: a recital linked as an article is
        recitals=("premessa", "premessi"),
        # the ordinal of an act's title after the glued article of the link (``tas-Sitt
        # Direttiva 77/388``, ``tat-Tlettax-il Direttiva``; grammar/title_ordinals; see sources)
        ordinals=("ewwel", "tieni", "tielet", "raba'", "raba’", "ħames", "sitt", "seba'", "seba’",
                  "tmien", "disa'", "disa’", "għaxar", "ħdax-il", "tnax-il", "tlettax-il"),
        words=("paragrafu", "punt", "punti", "subparagrafu"),
        # ``il-punt 1 tal-Anness VI tar-Regolament (KE) Nru 882/2004`` (see sources)
        annexes=("Anness", "Annessi"),
        # the phrase before an act cited as amending the one before it, its article glued to
        # the act (``Direttiva ... 98/34, kif emendata bid-Direttiva 98/48, Artikolu 1(11)``;
        # see sources)
        amended_by=tuple(f"kif {p} {a}" for p in ("emendata", "emendat")
                         for a in ("bid-", "bir-")),
        # a paragraph by its ordinal before a treaty article, linked to the article word
        # (``ir-raba’ paragrafu tal-Artikolu 263 TFUE``, ``mat-tielet paragrafu tal-Artikolu
        # 288 TFUE``; see sources): from the ordinal, its glued article (and preposition) left
        # out, as they are before the article word and an act
        glued_leads=(r"(?<![\w'’])(?:ewwel|tieni|tielet|raba['’]|ħames|sitt|seba['’]|tmien"
                     r"|disa['’]|għaxar)[ ](?:sub)?paragrafu[ ]tal-",
                     # a point, a numbered paragraph (``fil-punt 1 tal-Anness VI tar-``)
                     r"(?<![\w'’])(?:punt[ ](?:\([a-z0-9]{1,3}\)|[0-9]{1,3})"
                     r"|paragrafu[ ][0-9]{1,2})[ ]tal-"),
    ),
    cases=CaseWords(
        words=("Kawża", "Kawżi", "kawża", "kawżi"),
        court_reports=("Ġabra",),
        pinpoint_words=("punt", "punti"),
        joined_words=("Magħquda", "magħquda"),
        opinion_words=("Opinjoni",),
        label_nouns=("tabella", "figura", "tabelli", "figuri"),
        keyword_instruments=("konvenzjoni", "protokoll", "statut", "regoli", "kodiċi", "trattat", "karta"),
    ),
    # older Maltese texts write the Commission's documents KUMM (``KUMM(2010) 49 finali``)
    com=ComWords(
        type_aliases=frozen({"KUMM": "COM"}),
        final_words=("finali", "final"),
        proposal_words=(r"\bproposta",),
        communication_words=(r"\bkomunikazzjoni", r"\brapport", r"\bKarta Bajda", r"\bKarta Ħadra", r"\bpjan ta' azzjoni", r"\bstrateġija"),
    ),
    dated_forms_after=("{article}{day} ta’ {month} {year}", "{article}{day} ta' {month} {year}"),
    dated_form_act_types=("framework_decision", "recommendation", "joint_action", "common_position"),
    back_references=BackReferenceWords(
        # "din id-direttiva" is "that directive" in a judgment, "this Directive" in an act
        anaphor_determiners=("din id-", "Din id-", "dan ir-", "Dan ir-", "dan il-", "Dan il-",
                             "dik id-", "Dik id-", "dak ir-", "Dak ir-", "l-imsemmija",
                             "L-imsemmija", "l-imsemmi", "L-imsemmi",
                             # with the preposition joined: "l-Artikolu 7 tal-imsemmija direttiva"
                             "tal-imsemmija", "tal-imsemmi"),
        linking_determiners=("tal-imsemmija", "tal-imsemmi"),
        # the link written apart before a determiner: "l-Artikolu 5 ta' dak ir-Regolament"
        pinpoint_links=("ta'", "ta’"),
        # after a singular type word: "id-Direttiva msemmija", "ir-Regolament imsemmi" (a
        # plural is "Direttivi")
        anaphor_determiners_after=("msemmija", "msemmi", "imsemmija", "imsemmi"),
        # "thereof" after the pinpoint of the act just cited, as the enacting formula writes
        # it: "ir-Regolament (UE) Nru 1308/2013 ..., u b'mod partikolari l-Artikolu 221(1)
        # tiegħu" (see sources); "tagħha" for the feminine (id-Direttiva, id-Deċiżjoni)
        thereof=("tiegħu", "tagħha"),
        # (and recitals: "Id-Direttiva 2001/29, fil-premessi 4, 9, 11, 21, 22, 31 u 33 tagħha")
        thereof_pinpoint_words=("Artikolu", "Artikoli", "Anness", "Annessi", "premessa",
                                "premessi"),
        pinpoint_conjunctions=("u",),
        declined=(("Direttiva",), ("Regolament",), ("Deċiżjoni",)),
        self_determiners=("din id-", "Din id-", "dan ir-", "Dan ir-", "dan il-", "Dan il-"),
        legislative_markers=("ADOTTAW DIN", "ADOTTA DIN", "ADOTTAW DAN", "ADOTTA DAN", "Billi:",
                             "\nArtikolu 1\n", "\nArtikolu 2\n"),
        alias_separators=("jew",),
        definition_intros=("minn hawn 'il quddiem", "minn hawn ’il quddiem",
                           "minn hawn ‘il quddiem", "minn issa 'l quddiem",
                           "minn issa ’l quddiem", "minn issa ‘l quddiem",
                           # the Court's (``(iktar ’il quddiem il-“GDPR”)``), its older
                           # spelling too (``(aktar ’il quddiem id-“Direttiva ...”)``)
                           "iktar 'il quddiem", "iktar ’il quddiem", "iktar ‘il quddiem",
                           "aktar 'il quddiem", "aktar ’il quddiem", "aktar ‘il quddiem"),
        articles=("il-", "l-", "id-", "ir-", "tal-", "tad-", "tar-", "għall-", "għad-",
                  "għar-", "mill-", "mid-", "mir-", "fil-", "fid-", "fir-", "bil-", "bid-",
                  "bir-", "lill-", "lid-", "lir-", "dwar il-", "dwar id-", "dwar ir-"),
        title_starts=("dwar", "li jemenda", "li temenda", "li jistabbilixxi", "li tistabbilixxi",
                      "li jħassar", "li tħassar", "rigward", "fir-rigward", "għall-", "fuq"),
        in_title_before=("li jemenda", "li temenda", "li jħassar", "li tħassar", "u", "jew"),
        title_dates=(r"tal-\d{1,2} ta['’‘] \w+ \d{4}",),
    ),
    examples=(
        ("Regolament tal-Kummissjoni (UE) Nru 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "Regolament (UE) Nru 1089/2010"}),
        ("Direttiva 2007/2/KE", {"kind": "legal_act", "celex": "32007L0002", "_before": "li jimplimenta d-"}),
        ("Direttiva 2003/88", {"kind": "legal_act", "celex": "32003L0088", "_before": "l-Artikolu 7 tad-"}),
        ("Direttiva 93/104", {"kind": "legal_act", "celex": "31993L0104", "_before": "Għalhekk, id-"}),
        ("ĠU L 119, 4.5.2016, p. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("Artikolu 267 tat-TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "Artikolu 267 TFUE"}),
        ("Kawża C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("l-Artikolu 6(1)(a) tar-Regolament (UE) 2016/679", {"kind": "legal_act", "_span": "Regolament (UE) 2016/679", "pinpoint": "Artikolu 6(1)(a)"}),
    ),
)  # fmt: skip
