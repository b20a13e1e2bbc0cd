# ruff: noqa: E501
"""Hungarian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import EAEC_ECSC, EX_ARTICLES, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

#: the case endings of a noun, back-vowel then front-vowel form: dative, inessive, elative,
#: illative, sublative, delative, allative, ablative, adessive
_ENDS = (
    ("nak", "nek"),
    ("ban", "ben"),
    ("ból", "ből"),
    ("ba", "be"),
    ("ra", "re"),
    ("ról", "ről"),
    ("hoz", "hez"),
    ("tól", "től"),
    ("nál", "nél"),
)
#: the endings alike in both: causal-final, terminative, essive-formal
_SAME = ("ért", "ig", "ként")
#: consonants (and the digraphs written as one) an instrumental ``-val``/``-vel`` turns
#: into after them: ``rendelettel``, ``GDPR-rel``, ``EUMSZ-szel``
_CONSONANTS = (
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "cs",
    "dz",
    "gy",
    "ly",
    "ny",
    "sz",
    "ty",
    "zs",
)


def _cases(stem: str, back: bool, accusative: str, instrumental: str) -> tuple[str, ...]:
    """A noun in its singular cases, the dictionary form first: ``accusative`` is the
    ending (``et``, ``ot``, ``t``), whose vowel the superessive takes too (``rendeleten``,
    ``határozaton``); ``back``: back vowels (``határozat``)."""
    vowel = accusative[0] if len(accusative) > 1 else ("o" if back else "e")
    return (
        stem,
        stem + accusative,
        instrumental,
        *(stem + pair[0 if back else 1] for pair in _ENDS),
        *(stem + e for e in _SAME),
        stem + vowel + "n",
    )


def _declined(stem: str, back: bool, accusative: str, instrumental: str) -> tuple[str, ...]:
    """A type word in the cases it takes after a number (``az 1/2003/EK rendeletre``),
    bare and with the possessive of its institution (``a Tanács 2003/88/EK
    irányelvének``): the dictionary form first; ``back``: back vowels (``határozat``)."""
    owned = stem + ("a" if back else "e")
    long_vowel = stem + ("á" if back else "é")
    return (
        *_cases(stem, back, accusative, instrumental),
        owned,
        long_vowel + "t",
        long_vowel + ("val" if back else "vel"),
        *(long_vowel + pair[0 if back else 1] for pair in _ENDS),
        long_vowel + "ért",
        long_vowel + "ig",
    )


def _alias_endings() -> tuple[str, ...]:
    """The case endings written after an alias, joined by a hyphen (``a GDPR-t``, ``a
    GDPR-rel``, ``a GDPR-ban``: after an acronym, as it is pronounced) and glued to a word
    (``a Rendelettel``): every vowel form of each case (the acronym's sound decides which),
    the instrumental after each consonant.  The one-letter accusative ``-t`` only with a
    hyphen; no one-letter superessive ``-n`` or possessive ``-a``, ``-e`` (``-on``, ``-ja``
    with their vowel): a letter after a word is too often another word's."""
    endings = [e for pair in _ENDS for e in pair]
    endings += [*_SAME, "et", "ot", "öt", "at", "on", "en", "ön", "val", "vel", "höz"]
    endings += [c + v for c in _CONSONANTS for v in ("al", "el")]
    return (*(f"-{e}" for e in (*endings, "t", "ja", "je")), *endings)


LANGUAGE = Language(
    code="hu",
    name="Hungarian",
    ecb_prefixes=('EKB',),
    ecb_authors=(),
    sources=frozen({"number_markers (számú)": "the adjective 'numbered' after the number, before the type word, as Hungarian writing outside EUR-Lex cites the GDPR (EUR-Lex writes 'az (EU) 2016/679 rendelet'): 'az Európai Unió 2016/679 számú rendeletének (GDPR) és a vonatkozó magyar jogszabályoknak megfelelően', 'az Európai Unió 2016/679 számú rendelete (GDPR) és a hazai adatvédelmi jogszabályok szerint' (privacy notices in public repositories, found with find_string); Hungarian bodies number their own acts year last ('a képviselő-testület 35/2019. (III. 28.) számú határozata'), so with the marker such a number without a domain is none (grammar/legal_acts_number_first)", "back_references.articles (before a treaty's name in a keyword)": "the Court's Hungarian keyword lines start a keyword with the definite article, the Charter's too: 'Előzetes döntéshozatal – Az Európai Unió Alapjogi Chartája – 7., 8. és 47. cikk – 95/46/EK irányelv – 1., 7. és 13. cikk – Személyes adatok kezelése – Az EUSZ 4. cikk (3) bekezdése' (the Opinion of AG Kokott in C-73/16 Puškár, EUR-Lex 62016CC0073, HU; pages corpus); 'A' before a consonant from Hungarian grammar, UNCONFIRMED before a treaty's name in a text read", "pinpoints.title_ordinals": "an act's ordinal between its number and the type word, as the Court's Hungarian names the numbered VAT directives: 'az 1977. május 17-i 77/388 hatodik tanácsi irányelv (HL L 145., 1. o.) 13. cikke B. része d) pontja 1. alpontjának értelmezésére' (the judgment in 8/81 Becker, curia.europa.eu/arrets/TRA-DOC-HU-ARRET-C-0008-1981-200406997-05N00.html), 'az 1986. november 17-i 86/560/EGK tizenharmadik tanácsi irányelv (a továbbiakban: a tizenharmadik irányelv) 2. cikkének (2) bekezdését' (Opinion of AG Mengozzi in C-335/05, taxlawapp.eu, HU; pages corpus); the ordinals other than 'hatodik' and 'tizenharmadik' from the language, UNCONFIRMED in a text read", "treaties (EEC: EGK-Szerződés)": "the EEC Treaty as the Court's Hungarian translations of the early judgments name it: 'a Finanzgericht Münster az EGK‑Szerződés 177. cikke alapján előzetes döntéshozatal céljából' (the judgment in 8/81 Becker, curia.europa.eu, HU; pages corpus), beside the EC Treaty's 'EK-Szerződés'", "pinpoints.after (preambulum bekezdés)": "the recital's word written apart, as the Kúria's judgments and orders and legal writing have it beside EUR-Lex's 'preambulumbekezdés': '– a GDPR 14.cikk (1) bekezdésére és a 62. preambulum bekezdésére figyelemmel –' (the Kúria's order for a reference in Kfv.II.37.660/2022/13, kuria-birosag.hu), 'Az általános adatvédelmi rendelet (11) preambulum bekezdése a rendelet egyik fő célját ... határozza meg' (dr. Farkas Mihály on the NAIH's fines, jogero.hu); pages corpus", "back_references (definition_intros: továbbiakban)": "the intro without its article, as the Kúria's judgments and orders write it: '2016.április 27-i 2016/679 rendelet (továbbiakban: GDPR) 14.cikk (5) bekezdés c.) pontját – a GDPR 14.cikk (1) bekezdésére' (the order for a reference in Kfv.II.37.660/2022/13, kuria-birosag.hu; pages corpus)", "pinpoints.after (preambulumbekezdés)": "a recital after the act, its number in brackets as EUR-Lex heads each recital with it (EUR-Lex 32016R0679, Hungarian): 'amely a GDPR (26) preambulumbekezdése értelmében már nem minősül személyes adatnak', 'GDPR (63) preambulumbekezdés — ahol lehetséges', '[^9]: DSA (29) preambulumbekezdés', 'a (EU) 2026/1744 (38) preambulumbekezdése szerinti négyhónapos átmeneti időszak' (Hungarian texts in public repositories, found with find_string)", 'oj.edition_*': "the Court's 'magyar nyelvű különkiadás 5. fejezet, 2. kötet, 197. o.' after 'HL L 307., 18. o.;' (judgment C-282/10, tests/data/corpus-hu)", "cases.pinpoint_leads": "the judgment delivered in the case, between the case word and the paragraph: 'a C-173/99. sz. BECTU-ügyben 2001. június 26-án hozott ítélet [EBHT 2001., I-4881. o.] 43. pontját', 'a fent hivatkozott BECTU-ügyben hozott ítélet 52. pontja' (tests/data/corpus-hu H01, judgment C-282/10 Dominguez); the order (hozott végzés) from the same construction, UNCONFIRMED in a text read", "national_roman_dates": "the Hungarian Gazette's tables of contents list each decree and resolution with its number, its date (the month in Roman numerals, no year) and its author's abbreviation, one after another: 'Korm. rendelet 66/2011. (IV. 15.) Korm. rendelet 16/2011. (IV. 15.) NGM rendelet 14/2011. (IV. 15.) NFM rendelet 1095/2011. (IV. 15.) Korm. határozat' (Magyar Közlöny 2011/40, docplayer.hu/561216; pages corpus), so the type word that ends one entry stands before the next one's number, as an EU act's type word stands before its number in other languages: 'rendelet 66/2011' was Regulation No 66/2011 (32011R0066); EU acts are dated with the year and the month's name ('(2016. április 27.)', EUR-Lex 32016R0679, Hungarian)", "national_authors_before, eu_author_words": "Hungarian decrees are numbered N/YYYY with their date and their author's abbreviation after the number ('4/2013. (III. 26.) MNB rendelet', '338/2011. (XII. 29.) Korm. rendelet', '119/2012. (VI. 26.) Korm. rendelet'; hu.wikipedia 'A Magyar Nemzeti Bank elnökének rendelete', mnb.hu, jogkodex.hu; pages corpus), which no EU citation has; written with the author before the number and the possessive ('A Magyar Nemzeti Bank elnökének rendelete', hu.wikipedia; the Government, the ministers, the MNB's President, the local governments as the authors of decrees, ijoten.hu 'Közigazgatási jogalkotás'; pages corpus) the number reads as an EU regulation's: the authors' words before it are national ('a Kormány 1/2003 rendelete' itself UNCONFIRMED in a text read); the EU's are 'a Tanács', 'a Bizottság' (EUR-Lex) and 'Európai ...'", "enacting_leads, treaties (TFEU, TEU sublative names), article_words (cikkére, cikkeire)": "the enacting formula as the Style Guide's Hungarian part (style-guide.europa.eu/hu, 2.2.1) and EUR-Lex acts write it: 'tekintettel az Európai Unió működéséről szóló szerződésre és különösen annak 114. cikkére' (the treaty and the article in the sublative); the article's sublative after tekintettel in 'tekintettel eljárási szabályzata 94. cikkére és IV. mellékletére' (European Parliament resolution (EU) 2019/1429, EUR-Lex 52019BP1429, Hungarian; pages corpus); the plural cikkeire by Hungarian grammar, UNCONFIRMED in a text read", 'act_types (the cases after a number)': "the type words in the cases a citation puts them in after the number: 'az 1666/2000/EK rendelettel ... módosított', '1766/92/EGK tanácsi rendeletre', '95/582/EK tanácsi határozatra' (Commission Regulation (EC) No 2133/2001, EUR-Lex 32001R2133 in Hungarian, as jogkodex.hu reproduces it), '2008/48 irányelvben' (opinion of AG Szpunar in C-694/17, curia.europa.eu, Hungarian), 'határozatával' (judgment C-143/07, jogkodex.hu); the other case endings and the possessive forms (irányelvének, rendeletére) from Hungarian grammar (UNCONFIRMED in a text read for this change)", "back_references (alias_suffixes, declined: the table of cases)": "an acronym's endings after a hyphen as public texts write them: 'a GDPR-rel kapcsolatos legfontosabb kérdésekre' (microsoft.com/hu-hu, the instrumental assimilated to the R), 'A GDPR-ban megfogalmazott elvárásokat' (jasipos.com), 'az EU-n kívül', '2018. május 25-től' (drseo.hu; pages corpus); beside the cases EUR-Lex's Hungarian texts show after a number (see act_types: 'az 1666/2000/EK rendelettel', '1766/92/EGK tanácsi rendeletre'); the other cases (adessive, ablative, causal, terminative, essive, superessive) and every consonant's instrumental from Hungarian grammar, UNCONFIRMED in a text read for this change", "pinpoints.after (bek.)": "bek. for bekezdés after an act, as Hungarian privacy notices cite the GDPR (EUR-Lex writes the word in full, '6. cikk (1) bekezdésének f) pontja'): 'Jogos érdek (GDPR 6. cikk (1) bek. f) pont)', 'Jogalap: GDPR 6. cikk (1) bek. b) pont (szerződés teljesítése)', 'GDPR 6. cikk (1) bek. a), b) és f) pontjai' (public repositories, found with find_string: ten hits); after an act's number UNCONFIRMED in a text read", "ecb_prefixes": ECB_NUMBERS["hu"], "article_words (cikkel, cikkével), treaties (TEU: EU-Szerződés)": "the instrumental of the article word, bare and possessed, after a treaty and the Charter: 'E megállapodástervezet összeegyeztethetősége az EUMSZ 16. cikkel, valamint az Európai Unió Alapjogi Chartájának 7. cikkével, 8. cikkével és 52. cikkének (1) bekezdésével' (Opinion of AG Mengozzi on Opinion procedure 1/15, ECLI:EU:C:2016:656, as curia.europa.eu prints it, Hungarian; pages corpus); the EU Treaty named as the EC Treaty is (EK-Szerződés): 'tekintettel az EU-Szerződés 31. cikkére' (European Parliament legislative resolution P6_TA(2007)0279 of 21 June 2007, europarl.europa.eu, Hungarian; pages corpus), and so in the summary of the judgment in C-469/03 Miraglia ('EU-Szerződés, 2. cikk, (1) bekezdés', EUR-Lex 62003CJ0469 as jogkodex.hu reproduces it; pages corpus: the EU Treaty before Lisbon, the keyword line's brackets naming it before a comma, grammar/treaty_articles_abbr_first and grammar/treaty_eras)", "treaties (EU)": FORMER_TEU["hu"], "treaties (EAEC, ECSC)": EAEC_ECSC["hu"], "treaties (TFEU: EUMSz, EUMSz.; TEU: EUSz, EUSz.), article_conjunctions (illetve)": "the abbreviations with the Sz of szerződés in lower case, as EUR-Lex's Hungarian writes the EC Treaty's ('101. cikk (az EKSz. korábbi 81. cikke)', EUR-Lex 12016E101 and 12008E267, Hungarian): 'Az Európai Unió működéséről szóló szerződés (EUMSz.) 101., illetve 102. cikkében', 'az EUMSz. versenyszabályait' (Gazdasági Versenyhivatal, gvh.hu, 'Európai Uniós versenyjog'), 'Az Európai Unió működéséről szóló szerződés (EUMSz) 267. cikke' (L. Blutman, 'Az előzetes döntéshozatal kezdeményezésének elutasítása', 9dok.org; pages corpus); in every text read the abbreviation is the TFEU's, never another word; EUSz, EUSz. by the same spelling, UNCONFIRMED in a text read (pages corpus searched). The gvh.hu text joins its articles by 'illetve' (and/or, respectively), after the comma Hungarian spelling puts before it: '101., illetve 102. cikkében (korábban az Európai Közösséget létrehozó szerződés 81., illetve 82. cikke)'", "treaties (EC, former numbers), treaty_former_words": EX_ARTICLES["hu"], "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'Az Európai Unió Alapjogi Chartája' (a title), 'Alapjogi Charta' (Hungarian notes on EU law); the forms before an article (az Európai Unió Alapjogi Chartájának 47. cikke, az Alapjogi Charta 47. cikke) UNCONFIRMED in a text read for this project. The short name before the article once the Charter is named in full (short_names, grammar/treaty_articles_abbr_first, grammar/named_again): 'A Charta 7. és 8. cikkében megállapított alapvető jogokról' after 'Az Európai Unió Alapjogi Chartája – 7. és 8. cikk' (Opinion of AG Pitruzzella in C-817/19, EUR-Lex 62019CC0817, Hungarian), 'a Charta 51. cikkének (1) bekezdése védelmet kínál' (e-justice.europa.eu, hu, part III on the Charter; pages corpus); never after 'Szociális', 'ENSZ', 'Nemzetek' (Európai Szociális Charta, ENSZ Alapokmány: from the language, UNCONFIRMED in a text read). No abbreviation: the normal form uses the short name", **sources("hu", dev="development text tests/data/corpus-hu (CJEU C-282/10, ELITR/elitr-testset): the Court's OJ form HL L 307., 18. o.; [a 2003/88] irányelv in quotations"), "back_references.anaphor_determiners (ugyanezen)": "the same act again, as the Court's Hungarian writes it after the act: 'A 93/13 irányelv második preambulumbekezdése szerint: ... Ugyanezen irányelv tizenkettedik preambulumbekezdése kimondja:' (the judgment in C-154/15, C-307/15 and C-308/15 Gutiérrez Naranjo, as civilkontroll.com reproduces it; pages corpus); 'ugyanezen rendelet', 'ugyanezen határozat' by the same grammar, UNCONFIRMED in a text read", "back_references": "anaphors: ez az irányelv, az ezen irányelv által in the development text tests/data/corpus-hu H01 (judgment C-282/10); az említett, a szóban forgó; legislative markers: the enacting formula (ELFOGADTA EZT A RENDELETET), mivel:, article headings and the closing formula of regulations (teljes egészében kötelező), as the Style Guide's hu part writes them"}),
    act_types={
        "regulation": (*_declined("rendelet", False, "et", "rendelettel"), "rendeletek"),
        "directive": (*_declined("irányelv", False, "et", "irányelvvel"), "irányelvek"),
        "decision": (*_declined("határozat", True, "ot", "határozattal"), "határozatok"),
        "framework_decision": _declined("kerethatározat", True, "ot", "kerethatározattal"),
        "recommendation": _declined("ajánlás", True, "t", "ajánlással"),
        "joint_action": ("együttes fellépés", "együttes fellépést", "együttes fellépésben"),
        "common_position": ("közös álláspont", "közös álláspontot", "közös álláspontban"),
    },
    # written between the number and the type word: ``2007/2/EK európai parlamenti és tanácsi irányelv``
    author_phrases=("európai parlamenti és tanácsi", "tanácsi", "bizottsági"),
    authors=("Bizottság", "Tanács", "Európai Parlament és a Tanács"),
    legislator_forms=("Európai Parlament és a Tanács", "európai parlamenti és tanácsi"),
    number_before_type=True,
    national_roman_dates=True,  # ``66/2011. (IV. 15.) Korm. rendelet`` (see sources)
    # national authors before the number of their decree (``a Kormány 1/2003 rendelete``);
    # EU words before them keep the act EU (``az Európai Központi Bank``)
    national_authors_before=("Kormány", "Nemzeti Bank", "elnökének", "miniszter", "miniszterének",
                             "Közgyűlésének", "Önkormányzatának", "testületének", "polgármesterének"),
    eu_author_words=("Európai", "Közösség", "Unió", "EKB"),
    subtypes_before=frozen({"felhatalmazáson alapuló": "delegated", "végrehajtási": "implementing"}),
    subtype_forms=frozen({"delegated": "felhatalmazáson alapuló {word}", "implementing": "végrehajtási {word}"}),
    number_markers=("sz.", "számú"),
    number_marker="sz.",
    list_conjunctions=("és", "vagy", "valamint"),
    domains=frozen({"EU": "EU", "EK": "EK", "EGK": "EGK", "ESZAK": "ESZAK", "KKBP": "KKBP", "IB": "IB", "Euratom": "Euratom"}),
    jha_domains=("IB",),
    ecsc_domains=("ESZAK",),
    domain_eras=frozen({"EU": "EU", "EK": "EC", "EGK": "EEC", "ESZAK": "ECSC", "KKBP": "CFSP", "IB": "JHA", "Euratom": "Euratom"}),
    hint_words=("a", "az", "és", "hogy", "nem", "is", "egy", "szerint", "valamint", "vagy", "alapján", "tekintettel", "szóló", "által", "című"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        before=r"(?<![\w-])(?P<body>(?:[A-ZÁÉÍÓÖŐÚÜŰ]{2,5}(?:[-–][A-ZÁÉÍÓÖŐÚÜŰ]\w{1,20})?[ ])?(?i:EGT-Vegyes[ ]?bizottság|(?-i:(?<=[-–][A-ZÁÉÍÓÖŐÚÜŰ]{2}[ ]))(?:Miniszterek[ ]Tanácsa|Nagykövetek[ ]Bizottsága)|Vegyes[ ]?bizottság|(?:Stabilizációs[ ]és[ ])?Társulási[ ](?:Tanács|Bizottság)|Együttműködési[ ]Tanács|Partnerségi[ ]Tanács|EGT[ ]Tanács))[ ]$",
        # A body on no list before the number: a capitalised name then Bizottság (Kereskedelmi
        # Bizottság; Bizottság alone, Európai Bizottság are the Commission), Tanács only with
        # its parties or as Vegyes/Közös Tanács, or a name in the possessive (… egyezmény
        # vegyes bizottságának).
        any_before=r"(?<![\w-])(?P<body>(?:[A-ZÁÉÍÓÖŐÚÜŰ]{2,6}[-–][A-ZÁÉÍÓÖŐÚÜŰ]\w{1,20}[ ](?:[A-ZÁÉÍÓÖŐÚÜŰ][\w-]{1,30}[ ]){0,2}(?i:Tanács|Albizottság|Bizottság)|(?!(?i:Az?|Európai|Eur[oó]pai)(?!\w))[A-ZÁÉÍÓÖŐÚÜŰ][\w-]{1,30}(?:[ ][A-ZÁÉÍÓÖŐÚÜŰ][\w-]{1,30}){0,2}[ ](?i:Albizottság|Bizottság)|(?i:Vegyes|Közös)[ ](?i:Tanács)|(?!(?i:Az?|Unió|Közösségek|Európai)(?!\w))[^\W\d_]{2,30}[ ](?i:albizottságának|bizottságának|tanácsának)))[ ]$",
        # the body as an adjective between a number written first and the type word
        between=r"(?i:(?:stabilizációs[ ]és[ ])?társulási[ ](?:tanácsi|bizottsági)|együttműködési[ ]tanácsi|partnerségi[ ]tanácsi|(?:EGT-)?vegyes[ ]?bizottsági)",
    ),
    months=(("január",), ("február",), ("március",), ("április",), ("május",), ("június",), ("július",), ("augusztus",), ("szeptember",), ("október",), ("november",), ("december",)),
    oj=OjWords(
        journals=("HL",),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Az Európai Unió Hivatalos Lapja", "Európai Unió Hivatalos Lapja", "Az Európai Közösségek Hivatalos Lapja", "Európai Közösségek Hivatalos Lapja",
                          "Európai Unió Hivatalos Lapjában", "Európai Közösségek Hivatalos Lapjában"),
        pages_after=("o.",),
        edition_citations=("magyar nyelvű különkiadás {chapter}. fejezet, {volume}. kötet, {page}. o.",),
    ),
    treaties={
        # (the ``Sz`` of szerződés also in lower case, as EUR-Lex writes ``EKSz.``: see sources)
        "TFEU": Treaty("EUMSZ", ("EUMSZ", "EUMSz", "EUMSz."), ("Európai Unió működéséről szóló szerződés", "Európai Unió működéséről szóló szerződésre")),
        # ``az EU-Szerződés 31. cikkére`` (European Parliament resolution P6_TA(2007)0279, Hungarian)
        "TEU": Treaty("EUSZ", ("EUSZ", "EUSz", "EUSz.", "EU-Szerződés"), ("Európai Unióról szóló szerződés", "Európai Unióról szóló szerződésre")),
        # ``az EK 234. cikk értelmében`` (the Court's Hungarian, C-465/00), ``az EK-Szerződés
        # 234. cikke`` (Európai Jog 2007/5, szakcikkadatbazis.hu/doc/1835356)
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EC": Treaty("EKSZ", ("EKSZ", "EKSz.", "EK", "EK-Szerződés"), ("Európai Közösséget létrehozó szerződés",)),
        "EEC": Treaty("EGKSZ", ("EGKSZ", "EGK-Szerződés"), ("Európai Gazdasági Közösséget létrehozó szerződés",)),
        "EAEC": Treaty("Európai Atomenergia-közösséget létrehozó szerződés", ("Európai Atomenergia-közösséget létrehozó szerződés",), ("Európai Atomenergia-közösséget létrehozó szerződés",)),
        "ECSC": Treaty("Európai Szén- és Acélközösséget létrehozó szerződés", ("Európai Szén- és Acélközösséget létrehozó szerződés",), ("Európai Szén- és Acélközösséget létrehozó szerződés",)),
        "CFR": Treaty("Alapjogi Charta", ("Alapjogi Charta",), ("Európai Unió Alapjogi Chartája", "Európai Unió Alapjogi Chartájának", "Alapjogi Chartájának", "Alapjogi Charta"),
                      short_names=("Charta",), short_name_stops=("Szociális", "szociális", "ENSZ", "Nemzetek"), short_name_letter="ő"),
    },
    article_words=frozen({"cikk": "cikk", "cikke": "cikk", "cikkének": "cikk", "cikkében": "cikk", "cikkét": "cikk", "cikkei": "cikk", "cikkben": "cikk",
                          "cikkére": "cikk", "cikkeire": "cikk", "cikkel": "cikk", "cikkével": "cikk"}),
    article_conjunctions=("és", "vagy", "illetve"),
    pinpoints=PinpointWords(
        # pinpoints are written after the act (grammar/act_pinpoints): subdivision word stems
        after=("cikk", "bekezdés", "albekezdés", "pont", "alpont", "melléklet", "mondat",
               "bek.",  # (``(1) bek. f) pont``: see sources)
               "preambulumbekezdés",  # a recital: ``GDPR (26) preambulumbekezdése``
               "preambulum bekezdés"),  # (written apart: ``(11) preambulum bekezdése``)
        # ordinals before a subdivision word after the act (``(1) bekezdésének második mondata``)
        ordinals=("első", "második", "harmadik", "negyedik", "ötödik", "utolsó"),
        # an act's ordinal, after its number (``a 77/388 hatodik tanácsi irányelv``; see sources)
        title_ordinals=("első", "második", "harmadik", "negyedik", "ötödik", "hatodik", "hetedik",
                        "nyolcadik", "kilencedik", "tizedik", "tizenegyedik", "tizenkettedik",
                        "tizenharmadik"),
        after_dot=True,  # ``7. cikke``; ``24 cikket tartalmaz``: a count
    ),
    treaty_abbreviation_first=True,
    # the enacting formula: ``tekintettel az Európai Unió működéséről szóló szerződésre és
    # különösen annak 114. cikkére`` (the treaty's name and the article in the sublative)
    enacting_leads=(r"és[ ]különösen[ ]annak",),
    treaty_former_words=("korábbi",),
    cases=CaseWords(
        words=("ügy", "ügyben", "ügyekben"),
        court_reports=("EBHT",),
        pinpoint_words=("pont", "pontja", "pontját"),
        pinpoint_number_first=True,
        pinpoint_leads=("hozott ítélet", "hozott végzés"),
        joined_words=("egyesített",),
        opinion_words=("vélemény",),
        keyword_instruments=("egyezmény", "jegyzőkönyv", "alapokmány", "szabályzat", "kódex", "vámkódex", "charta"),
    ),
    com=ComWords(
        final_words=("végleges", "final"),
        proposal_words=(r"\bjavaslat",),
        communication_words=(r"\bközlemény", r"\bjelentés", r"\bfehér könyv", r"\bzöld könyv", r"\bcselekvési terv", r"\bstratégi"),
    ),
    dated_forms_before=("{year}. {month} {day}-i", "{year}. {month} {day}-ai", "{year}. {month} {day}-ei",
                      "{year}. {month} {day}-jei", "{year}. {month} {day}-ji"),
    dated_form_act_types=("framework_decision", "recommendation", "joint_action", "common_position"),
    back_references=BackReferenceWords(
        alias_separators=("vagy",),
        # "ez az irányelv" is "that directive" in a judgment, "this Directive" in an act
        anaphor_determiners=("ez az", "Ez az", "ezen", "Ezen", "az említett", "Az említett",
                             "a szóban forgó", "A szóban forgó", "e", "E",
                             # the same act again (see sources)
                             "ugyanezen", "Ugyanezen"),
        self_determiners=("ez az", "Ez az", "ezen", "Ezen", "e", "E"),
        legislative_markers=("ELFOGADTA EZT", "ELFOGADTÁK EZT", "mivel:", "\n1. cikk\n",
                             "\n2. cikk\n", "teljes egészében kötelező"),
        alias_suffixes=_alias_endings(),
        # the Kúria writes it without the article (``(továbbiakban: GDPR)``)
        definition_intros=("a továbbiakban", "továbbiakban"),
        unquoted_aliases=True,
        articles=("a", "az", "A", "Az"),
        # the singular cases of the type words, bare (``a rendeletről``, ``az irányelvvel``)
        declined=(_cases("irányelv", False, "et", "irányelvvel"),
                  _cases("rendelet", False, "et", "rendelettel"),
                  _cases("határozat", True, "ot", "határozattal")),
    ),
    examples=(
        # the article before the institution is outside the span, as 'the' is in English
        ("A Bizottság 1089/2010/EU rendelete", {"kind": "legal_act", "celex": "32010R1089", "normalized": "1089/2010/EU rendelet", "_span": "Bizottság 1089/2010/EU rendelete", "author": "Bizottság"}),
        ("az Európai Parlament és a Tanács (EU) 2016/679 rendelete", {"kind": "legal_act", "celex": "32016R0679", "_span": "Európai Parlament és a Tanács (EU) 2016/679 rendelete"}),
        ("2007/2/EK európai parlamenti és tanácsi irányelv", {"kind": "legal_act", "celex": "32007L0002", "normalized": "2007/2/EK irányelv"}),
        ("1/80 társulási tanácsi határozat", {"kind": "legal_act", "celex": None, "author": "társulási tanácsi", "normalized": "1/80 társulási tanácsi határozat"}),
        ("HL L 119, 4.5.2016, 1. o.", {"kind": "oj", "issue": "119", "page": 1}),
        ("HL L 307., 18. o.", {"kind": "oj", "issue": "307", "page": 18}),
        # the Style Guide's form: the date year first
        ("HL L 119., 2016.5.4., 1. o.", {"kind": "oj", "issue": "119", "page": 1, "year": 2016}),
        ("[a 2003/88] irányelv", {"kind": "legal_act", "celex": "32003L0088", "normalized": "2003/88 irányelv"}),
        ("EUMSZ 267. cikk", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "EUMSZ 267. cikk"}),
        ("az (EU) 2016/679 rendelet 6. cikke (1) bekezdésének a) pontja", {"kind": "legal_act", "_span": "(EU) 2016/679 rendelet", "pinpoint": "6. cikke (1) bekezdésének a) pontja"}),
    ),
)  # fmt: skip
