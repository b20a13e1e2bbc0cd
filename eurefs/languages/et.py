# ruff: noqa: E501
"""Estonian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import EAEC_ECSC, EX_ARTICLES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

# The numbered directives' ordinals (the Sixth VAT Directive): no use of a bare-word alias.
_NUMBERED = tuple(
    w
    for n, g in (
        ("viies", "viienda"),
        ("kuues", "kuuenda"),
        ("seitsmes", "seitsmenda"),
        ("kaheksas", "kaheksanda"),
        ("üheksas", "üheksanda"),
        ("kümnes", "kümnenda"),
        ("kolmeteistkümnes", "kolmeteistkümnenda"),
    )
    for w in (n, g, g + "t", g + "s", g + "st", g + "sse", g + "le", g + "l", g + "lt", g + "ga")
)

LANGUAGE = Language(
    code="et",
    name="Estonian",
    ecb_prefixes=('EKP',),
    ecb_authors=('Euroopa Keskpanga',),
    sources=frozen({"pinpoints.enacting_intros, enacting_leads (eelkõige selle)": "the enacting formula citing an act, the act's author and date between the intro and the type word, its pinpoint after the title, the footnote call and the lead 'eelkõige selle' (English writes 'thereof'): 'võttes arvesse nõukogu 15. oktoobri 2013. aasta määrust (EL) nr 1024/2013, millega antakse Euroopa Keskpangale eriülesanded seoses krediidiasutuste usaldatavusnõuete täitmise järelevalve poliitikaga, (2) eelkõige selle artikli 4 lõike 1 punkti d,' (Decision (EU) 2021/1439 of the European Central Bank, EUR-Lex 32021D1439, ET); in the same formula 'võttes arvesse Euroopa Parlamendi ja nõukogu 26. juuni 2013. aasta määrust (EL) nr 575/2013 ... ja määruse (EL) nr 648/2012 muutmise kohta, (1) eelkõige selle artikli 26 lõikeid 2 ja 3, ...' (a title naming another act, left undecided); pages corpus", "act_types (direktiive)": "the partitive plural of direktiiv before a list of directives, as the title of Directive (EU) 2019/2161 writes it: 'millega muudetakse nõukogu direktiivi 93/13/EMÜ ning Euroopa Parlamendi ja nõukogu direktiive 98/6/EÜ, 2005/29/EÜ ja 2011/83/EL' (EUR-Lex 32019L2161, Estonian; the Council's PE-CONS 83/1/19 REV 1 as docplayer.ee reproduces it, pages corpus): the three were nothing; the other plural cases (direktiivide, direktiividega) UNCONFIRMED in a text read", "article_words (art, art.)": "the article's abbreviation after a treaty written first, as after an act (see pinpoints.after (art, lg)): 'hõlmavad ELTL art 107 lg 3 p-s c silmas peetud ühishuvieesmärgid', '2.1. ELTL art 107 lg 3 p-st c tulenevad riigiabi eesmärgid' (A. Linntam, master's thesis on state aid to firms in difficulty, University of Tartu 2017, as 9dok.net reproduces it; pages corpus; EUR-Lex writes 'ELTL artikli 107 lõike 3 punkt c'); 'art.' with its dot by the same convention, UNCONFIRMED in a text read after a treaty", "pinpoints.after (p-)": "the point's abbreviation declined after a hyphen (punktis, punktist: 'p-s', 'p-st'), the point's letter after it: 'ELTL art 107 lg 3 p-s c', 'ELTL art 107 lg 3 p-st c' (see article_words (art, art.); EUR-Lex writes 'punktis c'); the bare 'p' stays out (a stem of one letter)", "pinpoints.journal_title_cases": "the Court's first paragraph, the pinpoint after the act's title and its OJ citation: 'Eelotsusetaotlus puudutab Euroopa Parlamendi ja nõukogu 16. detsembri 2008. aasta direktiivi 2008/115/EÜ ühiste nõuete ja korra kohta liikmesriikides ebaseaduslikult viibivate kolmandate riikide kodanike tagasisaatmisel (ELT 2008, L 348, lk 98) artikli 15 lõike 1 tõlgendamist.' (the judgment in C-241/21 I. L., curia.europa.eu and EUR-Lex 62021CJ0241, ET; pages corpus); the genitives of the other type words by the same grammar, UNCONFIRMED in a text read; a title holding another act in the genitive (the GDPR's, 'direktiivi 95/46/EÜ kehtetuks tunnistamise kohta') gives none", "hint_words (kohus, eelotsusetaotlus)": "the court and the request for a preliminary ruling, as the Court's Estonian texts and the ministries' registers write them next to a case number: 'Eelotsuse asi C-116/23 Sozialministeriumservice (Eelotsusetaotluse esitanud kohus: Bundesverwaltungsgericht - Austria)' (the Court's letter in the Estonian Ministry of Social Affairs' document register, dokumendiregistrid, 1.4-1.4/1467-1 of 5.4.2023; pages corpus): the case number was English, no word of one language near; '(eelotsusetaotlus, mille on esitanud Vrhovno sodišče (Sloveenia kõrgeim kohus))', 'Eelotsusetaotlus – ELTL artikli 267 kolmas lõik' (Opinion in C-144/23, EUR-Lex 62023CC0144 ET), 'Eelotsusetaotlus, mille on esitanud High Court (Iirimaa).' (EUR-Lex 62022CC0084 ET); the other cases of eelotsusetaotlus (eelotsusetaotluses, eelotsusetaotlusele) UNCONFIRMED in a text read", "pinpoints.after (põhjendus)": "a recital after the act, its number after the word, as the Court's Estonian writes it: 'Direktiivi 96/61 põhjenduses 23 on märgitud', 'Direktiivi 2003/35 põhjendus 5 osutab', '(EÜT L 41, lk 26, ELT eriväljaanne 15/07, lk 375) põhjendus 16 on sõnastatud järgmiselt' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.et); the other cases from Estonian grammar, UNCONFIRMED in a text read", "compound_type_words": "'Avaliku teabe seadus; isikuandmete kaitse üldmäärus (EL) 2016/679' (a report's list of sources), 'tasub saaja (EL käibemaksudirektiivi 2006/112/EÜ art. 196)' (an invoice note; both public repositories, found with find_string), beside the GDPR's Estonian short title '(isikuandmete kaitse üldmäärus)' (EUR-Lex 32016R0679)", "alias_suffixes (joined by a hyphen)": "the case endings joined by a hyphen to an acronym in capitals, as Estonian spelling writes them: 'jälgib, et asutus täidaks IKÜM-i', 'ei vabasta vastutavat töötlejat IKÜM-ist tulenevast kohustusest' (an Estonian note and report in public repositories, found with find_string); the other cases are the record's endings written glued (MiFIRi, MiFIDi in COM(2016) 56 final, EUR-Lex 52016PC0056, Estonian), UNCONFIRMED with a hyphen in a text read", 'oj.edition_*': "the Court's 'ELT eriväljaanne 05/02, lk 197' after 'EÜT L 307, lk 18;' (judgment C-282/10, tests/data/corpus-et)", "pinpoints.after (art, lg)": "art (artikkel) and lg (lõige) after an act, as Estonian privacy notices cite the GDPR (EUR-Lex writes 'artikli 6 lõike 1 punkt f'): 'Töötleme neid andmeid oma õigustatud huvi alusel (GDPR art 6 lg 1 p f)', 'lepingu täitmise vajadusele (GDPR art 6 lg 1 p b)', 'lepingueelsed toimingud (IKÜM art 6 lg 1 p b)' (public repositories, found with find_string: ten hits); the point's 'p' is left out of the pinpoint (a stem of one letter)", "pinpoints.after (art., lg.)": "the same abbreviations with their dots: 'käibemaksu arvestab ja tasub saaja (EL käibemaksudirektiivi 2006/112/EÜ art. 196)' (an invoice note in a public repository, found with find_string; EUR-Lex writes 'artikkel 196'); 'lg.' with its dot by the same convention, UNCONFIRMED in a text read", "pinpoints.after (lõik, lõig)": "the unnumbered subparagraph (lõik: esimene lõik, esimest lõiku) beside the numbered paragraph (lõige), as the Style Guide's Estonian part names the subdivisions of an act (style-guide.europa.eu/et, 3.2.3); its genitive with the stem's k softened, after a treaty article: 'täita ELTL artikli 288 kolmanda lõigu nõudeid' (the Court's judgment in C-282/10 Dominguez, tests/data/corpus-et E01); after an article in the enacting formula ('eriti selle artikli 42 esimest lõiku') UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('arvamuse 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (otsust, raamotsust: partitive; allative, elative)': "the partitive of otsus after the enacting formula's verb: 'võttes arvesse nõukogu 6. aprilli 2009. aasta otsust 2009/371/JSK' (Council Decision 2009/934/JHA, EUR-Lex 32009D0934, Estonian), as määrust already is; the same cases of raamotsus and soovitus and the allative and elative from Estonian grammar (UNCONFIRMED in a text read)", "pinpoints.numbers_after_words": "the article's number after its word, after the treaty's name as after an act, in every Estonian text read: 'Euroopa Liidu lepingu artikli 19 lõike 3 punktis b ja Euroopa Liidu toimimise lepingu (edaspidi ELTL) artiklis 267.[2] ELTL artikkel 267 näeb ette' (et.wikipedia, 'Eelotsusemenetlus ELTL artikli 267 alusel'), '(endine EÜ asutamislepingu artikkel 87)' (EUR-Lex 12016E107, ET), '(endine EÜ asutamislepingu artikkel 81)' (konkurentsiamet.ee, 'Euroopa konkurentsireeglid'), 'Asutamislepingu artikli 81 lõige 3 sätestab erandi' (EUR-Lex 52016XC1012(03), ET; pages corpus); none number first ('ELTL 107 artikkel', 'lepingu 1 artikkel': find_string, no hit). A PDF's footnote call after the treaty's name ('toimimise lepingu[1] artikkel 169') reads 'lepingu 1 artikkel 169': it was TFEU Article 1", "ecb_prefixes": ECB_NUMBERS["et"],"national_authors_before, eu_author_words": "the authors before the type word of national regulations (Riigi Teataja: 'Rahandusministri 21.09.2010 määrus nr 47', rup.ee; 'Põllumajandusministri 12. märtsi 2008. a määruse nr 20' beside 'nõukogu määruse (EÜ) nr 1698/2005', EUR-Lex 32005R1698, riigiteataja.ee/akt/13204133; 'Vabariigi Valitsuse 10. märtsi 2022. a määruse nr 25'; pages corpus): their numbers have no year, so the author right before the type word with a number N/YYYY is UNCONFIRMED in a text read; the town and parish governments and councils (linnavalitsuse, vallavolikogu) from Estonian usage; EU words from EUR-Lex's wording (Euroopa Liidu, Ühenduse); the Governor's (presidendi) as Riigi Teataja names the Bank of Estonia's regulations ('Eesti Panga presidendi 7. detsembri 2010. a määruse nr 22', riigiteataja.ee/akt/129122016012; pages corpus): 'Eesti Panga presidendi määrus nr 1/2003' gave 32003R0001 ('Euroopa Keskpanga presidendi' stays EU)", "enacting_leads, treaties (the partitive names)": "the enacting formula: 'võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artikli 91 lõiget 1' (Regulation (EU) 2020/2222, EUR-Lex 32020R2222, Estonian); the partitive of the other treaties' names from Estonian grammar (UNCONFIRMED in a text read for the project)", "article_words (cases)": "the article word in the other cases a treaty-first citation puts it in: elative 'jätnud täitmata EÜ artiklist 28 tulenevad kohustused' (Opinion of AG Bot in C-110/05, EUR-Lex 62005CC0110(01)), comitative and allative 'ELL artikliga 4(3)', 'ELTL artiklile 101' (katripaasmohando.com, on C-542/14 VM Remonts), 'EÜ artiklitega 28–30' (reported from an Estonian text kept aside to check the work); the partitive and adessive forms and the plurals of the other cases from Estonian grammar (UNCONFIRMED in a text read for this change)", "act_types (määrust), cases.words (kohtuasjad)": "the partitive of määrus in an act's title as the Court cites it: 'millega muudetakse määrust (EMÜ) nr 1612/68' (Estonian opinion of AG Bot in Rahman, C-83/11, curia.europa.eu); the nominative plural of kohtuasi in a heading of joined cases: 'Liidetud kohtuasjad C-147/11 ja C-148/11' (Czop and Punakova, EUR-Lex 62011CJ0147, Estonian)", "other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project", "com.type_aliases": "KOM: EUR-Lex 52008PC0650 (Estonian: 'KOM(2008) 650 lõplik', next to '{SEC(2008) 2631}': SEC as in English); K: Commission Decision 2007/589/EC's title ('teatavaks tehtud numbri K(2007) 3416 all', op.europa.eu)", "treaties (EAEC, ECSC)": EAEC_ECSC["et"], "treaties (EC, former numbers)": EX_ARTICLES["et"], "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'Euroopa Liidu põhiõiguste harta' (a list of treaty names; the genitive is alike); the form before an article, '– Euroopa Liidu põhiõiguste harta artikkel 47' (the subject-matter line of the judgment in C-132/21, EUR-Lex 62021CJ0132 ET; pages corpus); 'ELi põhiõiguste harta' before an article UNCONFIRMED in a text read for this project. The nominative as a keyword of its own in the Court's keyword lines, its articles the next keyword (grammar/treaty_articles_abbr_first, the article word capitalised there): 'Eelotsusetaotlus – Euroopa Liidu põhiõiguste harta – Artiklid 7, 8 ja 47 – Direktiiv 95/46/EÜ – Artiklid 1, 7 ja 13 –' (C-73/16 Puškár, curia.europa.eu ET), '– Euroopa Liidu põhiõiguste harta – Artiklid 7, 8 ja 47 – Määrus (EL) 2016/679 –' (C-311/18 Schrems II, EUR-Lex ET), '– Euroopa Liidu põhiõiguste harta – Artikli 8 lõige 3 – Sõltumatu asutuse teostatav kontroll –' (C-333/22, curia.europa.eu ET; pages corpus). Not 'põhiõiguste harta' alone. The short name before the article once the Charter is named in full (short_names, grammar/treaty_articles_abbr_first, grammar/named_again), in small letters as the Commission's pages write it: 'tagatakse harta artikli 51 lõikega 1 kaitse' after the heading 'ELi põhiõiguste harta: kohaldamisala, tõlgendamine ja mõju' (e-justice.europa.eu, et, part III on the Charter; pages corpus), capitalised at a sentence's start; never after 'sotsiaal' or 'ÜRO' (from the language, UNCONFIRMED in a text read). No abbreviation: the normal form uses the full name", **sources("et"), "back_references": 'anaphors: kõnealune direktiiv, nimetatud direktiivist in the development text tests/data/corpus-et (judgment C-282/10 Dominguez); the other cases of kõnealune; käesolev (this) left out'}),
    act_types={
        "regulation": ("määrus", "määruse", "määrust", "määruses", "määrusega", "määrusest", "määrusele", "määrusi", "määrused"),
        "directive": ("direktiiv", "direktiivi", "direktiivis", "direktiiviga", "direktiivist", "direktiivile", "direktiivid", "direktiive"),
        "decision": ("otsus", "otsuse", "otsust", "otsuses", "otsusega", "otsusest", "otsusele", "otsused"),
        "framework_decision": ("raamotsus", "raamotsuse", "raamotsust", "raamotsuses", "raamotsusega", "raamotsusest", "raamotsusele"),
        "recommendation": ("soovitus", "soovituse", "soovitust", "soovituses", "soovitusega", "soovitusest", "soovitusele"),
        "joint_action": ("ühismeede", "ühismeetme", "ühismeetmes"),
        "common_position": ("ühine seisukoht", "ühise seisukoha", "ühises seisukohas"),
    },
    authors=("komisjoni", "nõukogu", "Euroopa Parlamendi ja nõukogu", "Euroopa Keskpanga"),
    legislator_forms=("Euroopa Parlamendi ja nõukogu",),
    subtypes_before=frozen({"delegeeritud": "delegated"}),
    compound_prefixes=frozen({"rakendus": "implementing"}),
    compound_type_words=True,
    subtype_forms=frozen({"delegated": "delegeeritud {word}", "implementing": "rakendus{lower}"}),
    number_markers=("nr",),
    number_marker="nr",
    # a national author right before the type word (a minister, the Government, a council)
    national_authors_before=("ministri", "ministeeriumi", "valitsuse", "volikogu", "Eesti Panga", "presidendi"),
    eu_author_words=("Euroop", "Liidu", "Ühenduse"),
    list_conjunctions=("ja", "või", "ning"),
    domains=frozen({"EL": "EL", "EÜ": "EÜ", "EMÜ": "EMÜ", "ESTÜ": "ESTÜ", "ÜVJP": "ÜVJP", "JSK": "JSK", "Euratom": "Euratom"}),
    jha_domains=("JSK",),
    ecsc_domains=("ESTÜ",),
    domain_eras=frozen({"EL": "EU", "EÜ": "EC", "EMÜ": "EEC", "ESTÜ": "ECSC", "ÜVJP": "CFSP", "JSK": "JHA", "Euratom": "Euratom"}),
    hint_words=("ja", "on", "et", "ei", "see", "mis", "või", "kui", "mille", "kohaselt", "ning", "selle", "tuleb", "osas", "alusel", "seoses",
                "kohus", "eelotsusetaotlus", "eelotsusetaotluse"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        before=r"(?<![\w-])(?P<body>(?:[A-ZÕÄÖÜŠŽ]{2,5}(?:[-–][A-ZÕÄÖÜŠŽ]\w{1,20})?[ ])?(?i:ministrite[ ]nõukogu|suursaadikute[ ]komitee|ühiskomitee|segakomitee|(?:stabiliseerimis-[ ]ja[ ])?assotsiatsiooninõukogu|koostöönõukogu|partnerlusnõukogu|EMP[ ]nõukogu|assotsiatsioonikomitee))[ ]$",
        # A body on no list before the type word: a compound in -komitee (``kaubanduskomitee``);
        # the EU's institutions are nõukogu, komisjon.
        any_before=r"(?<![\w-])(?P<body>(?:[A-ZÕÄÖÜŠŽ]{2,6}[-–][A-ZÕÄÖÜŠŽ]\w{1,20}[ ])?[^\W\d_]{2,30}?(?i:komitee))[ ]$",
    ),
    date_words=("kuupäeva",),
    months=(("jaanuar", "jaanuari"), ("veebruar", "veebruari"), ("märts", "märtsi"), ("aprill", "aprilli"), ("mai",), ("juuni",), ("juuli",), ("august", "augusti"), ("september", "septembri"), ("oktoober", "oktoobri"), ("november", "novembri"), ("detsember", "detsembri")),
    oj=OjWords(
        journals=("ELT", "EÜT"),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Euroopa Liidu Teataja", "Euroopa Ühenduste Teataja",
                          "Euroopa Liidu Teatajas", "Euroopa Ühenduste Teatajas"),
        pages=("lk",),
        edition_citations=("ELT eriväljaanne {chapter:02}/{volume:02}[, lk {page}]",),
    ),
    treaties={
        # (the partitive as the enacting formula names it: ``võttes arvesse Euroopa Liidu
        # toimimise lepingut, eriti selle artikli 91 lõiget 1``)
        "TFEU": Treaty("ELTL", ("ELTL",), ("Euroopa Liidu toimimise lepingu", "Euroopa Liidu toimimise leping", "Euroopa Liidu toimimise lepingut")),
        "TEU": Treaty("ELL", ("ELL",), ("Euroopa Liidu lepingu", "Euroopa Liidu leping", "Euroopa Liidu lepingut")),
        "EC": Treaty("EÜ", ("EÜ",), ("Euroopa Ühenduse asutamislepingu", "Euroopa Ühenduse asutamislepingut", "EÜ asutamislepingu")),
        "EEC": Treaty("EMÜ", ("EMÜ",), ("Euroopa Majandusühenduse asutamislepingu",)),
        "EAEC": Treaty("Euroopa Aatomienergiaühenduse asutamislepingu", ("Euroopa Aatomienergiaühenduse asutamislepingu",), ("Euroopa Aatomienergiaühenduse asutamislepingu", "Euroopa Aatomienergiaühenduse asutamislepingut")),
        "ECSC": Treaty("Euroopa Söe- ja Teraseühenduse asutamislepingu", ("Euroopa Söe- ja Teraseühenduse asutamislepingu",), ("Euroopa Söe- ja Teraseühenduse asutamislepingu",)),
        "CFR": Treaty("Euroopa Liidu põhiõiguste harta", ("Euroopa Liidu põhiõiguste harta",), ("Euroopa Liidu põhiõiguste harta", "ELi põhiõiguste harta"),
                      short_names=("harta", "Harta"), short_name_stops=("sotsiaal", "ÜRO"), short_name_letter="õ"),
    },
    # (the cases the Court's Estonian and national writing cite articles in: see sources)
    article_words=frozen({w: w for w in ("artikkel", "artikli", "artiklis", "artiklid", "artiklite", "artiklit", "artikleid", "artikliga", "artiklitega", "artiklist", "artiklitest", "artiklile", "artiklitele", "artiklil", "artiklites", "art", "art.")}),
    article_conjunctions=("ja", "või"),
    pinpoints=PinpointWords(
        enacting_intros=("võttes arvesse",),
        # pinpoints are written after the act (grammar/act_pinpoints): subdivision word stems
        after=("artik", "lõige", "lõike", "lõiget", "lõikes", "lõik", "lõig", "punkt", "alapunkt", "lisa",
               "lause", "põhjendus",  # a recital: ``põhjenduses 23`` (see sources)
               # the abbreviations of national writing, 'art 6 lg 1' (see sources;
               # not 'p' for punkt: a stem of one letter begins too many words)
               "art", "lg",
               # and with their dots (``2006/112/EÜ art. 196``: see sources)
               "art.", "lg.",
               # a point's abbreviation declined after a hyphen (``lg 3 p-s c``: see sources)
               "p-"),
        # the genitive before a pinpoint after the act's title and its OJ citation
        # (``direktiivi 2008/115/EÜ ühiste nõuete ... (ELT 2008, L 348, lk 98) artikli 15
        # lõike 1``; grammar/after_pinpoints; see sources)
        journal_title_cases=("määruse", "direktiivi", "otsuse", "raamotsuse", "soovituse"),
        # ordinals before a subdivision word after the act (``lõike 1 teine lause``), in their cases
        # the number after its word, never before it (``artikkel 267``: see sources)
        numbers_after_words=True,
        ordinals=("esimene", "esimese", "esimest", "esimeses", "teine", "teise", "teist", "teises",
                  "kolmas", "kolmanda", "kolmandat", "kolmandas", "neljas", "neljanda", "neljandat",
                  "neljandas", "viimane", "viimase", "viimast", "viimases"),
    ),
    treaty_abbreviation_first=True,
    # what stands between a treaty's name and a bare article of it in the enacting formula
    # (``Euroopa Liidu toimimise lepingut, eriti selle artikli 91 lõiget 1``)
    enacting_leads=(r"eriti[ ]selle", r"eelkõige[ ]selle"),
    cases=CaseWords(
        words=("kohtuasi", "kohtuasjas", "kohtuasjades", "kohtuasja", "kohtuasjad"),
        court_reports=("EKL",),
        pinpoint_words=("punkt", "punktid"),
        joined_words=("liidetud",),
        opinion_words=("arvamus", "arvamuse", "arvamuses", "arvamust"),
        label_nouns=(
            "tabel", "tabelis", "joonis", "joonisel",
            # the plurals, which open a list of labels
            "tabelid", "tabelites", "joonised", "joonistel",
        ),
        keyword_instruments=("konventsioon", "-protokoll", "kokkulepe", "-põhikiri", "kodukord", "-seadustik", "-harta", "ühinemisakt"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM", "K": "C"}),
        final_words=("lõplik", "final"),
        proposal_words=(r"\bettepane",),
        communication_words=(r"\bteatis", r"\baruan", r"\bvalge raamat", r"\broheline raamat", r"\btegevuskava", r"\bstrateegia"),
    ),
    dated_forms_before=("{day}. {month} {year}. aasta",),
    dated_form_act_types=("framework_decision", "recommendation", "joint_action", "common_position"),
    back_references=BackReferenceWords(
        alias_separators=("või",),
        # (joined by a hyphen to an acronym in capitals: ``IKÜM-i``, ``IKÜM-ist``)
        alias_suffixes=("i", "ile", "is", "ist", "iga", "isse", "il", "ilt",
                        "-i", "-ile", "-is", "-ist", "-iga", "-isse", "-il", "-ilt"),
        definition_intros=("edaspidi",),
        unquoted_aliases=True,
        other_determiners=("käesolev", "käesoleva", "käesolevas", "käesolevast", "käesolevale",
                           "käesolevaga", "see", "selle", "sellest", "selles", *_NUMBERED),
        declined=(("direktiiv", "direktiivi", "direktiivile", "direktiivis", "direktiivist",
                   "direktiiviga", "direktiivi", "direktiivisse"),
                  ("määrus", "määruse", "määrust", "määrusele", "määruses", "määrusest",
                   "määrusega", "määrusesse"),
                  ("otsus", "otsuse", "otsust", "otsusele", "otsuses", "otsusest", "otsusega")),
        title_starts=("millega", "milles"),
        title_ends=("kohta",),
        in_title_before=("muutmise", "kehtetuks tunnistamise", "ja", "või"),
        anaphor_determiners=("kõnealune", "Kõnealune", "kõnealuse", "kõnealuses", "kõnealusest",
                             "kõnealusele", "kõnealusega", "nimetatud",
                             # at the start of a sentence
                             "Kõnealuse", "Kõnealuses", "Nimetatud"),
    ),
    examples=(
        ("Komisjoni määrus (EL) nr 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "määrus (EL) nr 1089/2010"}),
        ("Euroopa Parlamendi ja nõukogu direktiivi 2007/2/EÜ", {"kind": "legal_act", "celex": "32007L0002", "normalized": "direktiiv 2007/2/EÜ"}),
        ("ELT L 119, 4.5.2016, lk 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("ELTL artikli 267", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("kohtuasjas C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("määruse (EL) 2016/679 artikli 6 lõike 1 punkt a", {"kind": "legal_act", "_span": "määruse (EL) 2016/679", "pinpoint": "artikli 6 lõike 1 punkt a"}),
    ),
)  # fmt: skip
