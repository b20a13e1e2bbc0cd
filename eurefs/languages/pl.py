# ruff: noqa: E501
"""Polish."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._oj_sources import OJ_NAME_CASES
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    DEFINITIONS,
    JUDGMENT_PINPOINTS,
    KEYWORD_INSTRUMENTS,
    LABEL_NOUNS,
    OJ_NAMES,
)
from eurefs.languages._treaty_sources import EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ISG = "Przewodnik międzyinstytucjonalny (https://style-guide.europa.eu/pl), część pierwsza"
_DEV = "development text tests/data/corpus-pl"


def _forms(*stems: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(stem + end for stem, ends in stems for end in ends)


# The numbered directives' ordinals (the Sixth VAT Directive): no use of a bare-word alias.
_NUMBERED = (
    *(
        s + e
        for s in (
            "pierwsz",
            "czwart",
            "piąt",
            "szóst",
            "siódm",
            "ósm",
            "dziewiąt",
            "dziesiąt",
            "jedenast",
            "dwunast",
            "trzynast",
        )
        for e in ("a", "ej", "ą", "y", "e", "ego", "emu", "ym")
    ),
    *(s + e for s in ("drug", "trzec") for e in ("a", "iej", "ą", "i", "ie", "iego", "iemu", "im")),
    "trzecia",
    "trzecią",
)

# the annex's word in its singular and plural cases
_ANNEXES = ("załącznik", "załącznika", "załączniku", "załącznikiem", "załączniki",
            "załączników", "załącznikach", "załącznikami")  # fmt: skip

_CONJUNCTIONS = ("i", "lub", "oraz")
# A paragraph and its point after ``lit`` without its dot, perhaps more points in brackets
# (``ust. 1 lit f``, ``ust 2 lit h) oraz i)``): Polish there, whatever ``lit`` alone tells.
_DOTLESS_LIT = (
    r"ust\.?[ ]?[0-9]{1,3}[a-z]?[ ]lit[ ][a-z](?:\)(?:(?:,[ ]|[ ](?:"
    + "|".join(_CONJUNCTIONS)
    + r")[ ])[a-z]\)){0,5}|(?![\w]))"
)
# An entry of the administrative courts' database (CBOSA, "Powołane przepisy"): the act's
# Official Journal as the database cites it (``Dz.U.UE.L 2006 nr 347 poz 1``), the provisions
# from an article word in small letters only (a title or another entry's law has capitals),
# up to the act on the same line or the next, at most one word (its ordinal) before it
_CBOSA_ENTRY = (
    "Dz.U",
    r"(?:^|(?<=[\s|]))Dz\.U(?:rz)?\.UE\.[LC][ ][12][0-9]{3}[ ]nr[ ][0-9]{1,4}[ ]poz[ ][0-9]{1,5}[ ]"
    r"(?P<pin>art\.[ ]?[0-9][^\nA-ZĄĆĘŁŃÓŚŹŻ|/]{0,300}?)"
    r"(?:[ \t]*\n[ \t]*(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]{2,20}[ ])?|[ ])\Z",
)

LANGUAGE = Language(
    code="pl",
    name="Polish",
    ecb_prefixes=('EBC',),
    ecb_authors=('Europejskiego Banku Centralnego', 'EBC'),
    sources=frozen({"pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead ('w szczególności jego'), no word referring back after it: 'uwzględniając rozporządzenie (WE) nr 882/2004 Parlamentu Europejskiego i Rady z dnia 29 kwietnia 2004 r. w sprawie kontroli urzędowych [...] ( 1 ), w szczególności jego art. 63 ust. 1 akapit drugi,' (Commission Implementing Decision (EU) 2015/1918, OJ L 280, EUR-Lex 32015D1918 in Polish as docplayer.pl reproduces it; pages corpus)", 'back_references.proposal_titles, proposal_leads': "a Commission proposal's title as EUR-Lex and the Commission write it in Polish, the name of the act proposed in brackets at its end, and the proposal named again by that name: 'Wniosek ROZPORZĄDZENIE PARLAMENTU EUROPEJSKIEGO I RADY w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i swobodnym przepływem takich danych (ogólne rozporządzenie o ochronie danych)', 'wniosek dotyczący rozporządzenia Parlamentu Europejskiego i Rady w sprawie ochrony osób fizycznych ... (ogólne rozporządzenie o ochronie danych)', 'Niniejsze uzasadnienie dotyczy wniosku ustawodawczego w sprawie ogólnego rozporządzenia o ochronie danych' (COM(2012) 11 final, the proposal for the GDPR, as docplayer.pl copies it; pages corpus); the directive's and the decision's title and the other cases by Polish grammar, UNCONFIRMED in a text read", 'month_abbreviations': "dates with the month abbreviated, which EUR-Lex's texts write in full ('z dnia 27 kwietnia 2016 r.', EUR-Lex 32016R0679, Polish): '-- Czas generowania: 17 Gru 2020, 17:51' (a phpMyAdmin dump's head, ids 33261383140, 46286749285), ' *  Created on: 2 gru 2020' (a C file's head, id 4680790540; public repositories, find_string 'gru 2020'); the other months as software abbreviates them, UNCONFIRMED in a text read", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "pinpoints.title_ordinals": "an act's ordinal between the pinpoint and the act, declined with it (the genitive feminine of 'dyrektywa'): 'Wniosek o wydanie orzeczenia w trybie prejudycjalnym dotyczy wykładni art. 5 ust. 6 i art. 17 ust. 2 lit. a) szóstej dyrektywy Rady 77/388/EWG z dnia 17 maja 1977 r.' (the Court's judgment in C-528/19 Mitteldeutsche Hartstein-Industrie, taxlawapp.eu, PL; pages corpus); the ordinals other than 'szóstej' from the language (the motor insurance directives' 'pierwszej', 'drugiej', 'trzeciej'; the company law directives' up to 'trzynastej'), UNCONFIRMED in a text read", "article_ranges (od, do)": "a range of cases in the Polish Dominguez judgment (tests/data/corpus-pl P01, C-282/10: 'w sprawach połączonych od C-397/01 do C-403/01 Pfeiffer'), as the Latvian record's no ... līdz; between article numbers UNCONFIRMED in an act read for the project", 'oj.edition_*': "the Court's 'Dz.U. 2003, L 299, s. 9 – wyd. spec. w jęz. polskim, rozdz. 5, t. 4, s. 381' (judgment C-178/15, Sobczyszyn, EUR-Lex 62015CJ0178, Polish; pages corpus), after a dash. Polish legislative drafting's, after a semicolon, also after the note 'z późn. zm.' (edition_gaps): '(Dz. Urz. WE L 178 z 17.07.2000, str. 1; Dz. Urz. UE Polskie wydanie specjalne, rozdz. 13, t. 25, str. 399)', '(Dz. Urz. WE L 395 z 30.12.1989, str. 33, z późn. zm.; Dz. Urz. UE Polskie wydanie specjalne, rozdz. 6, t. 1, str. 246)' (the footnotes of the Polish statutes on e-commerce and public procurement, as public repositories copy them; find_string); alone it is not read (no letter of it a text seldom holds). EUR-Lex's former header 'Specjalne wydanie fińskie: Rozdział 15 Tom 10 P. 0208' (31991L0692) is not read: its journal line 'Dziennik Urzędowy L 377 , 31/12/1991 P. 0048 - 0054' has no number marker", "oj.journal_names": OJ_NAMES, "oj.journal_names (declined)": OJ_NAME_CASES["pl"], 'hint_words (the judgment and the Court)': "the judgment and the Court as Polish texts name them beside a case number: 'wyrok TSUE rzucił nowe światło', 'Trybunał (wyrok z 16 lipca 2020 r.)' (rp.pl on C-311/18), 'wyrok Trybunału' in the judgments' EUR-Lex titles", 'com.type_aliases': "KOM, as the Polish documents wrote COM until 2009: 'KOM(2008) 618 wersja ostateczna' and '/* KOM/2008/0618 wersja ostateczna - COD 2008/0188 */' (EUR-Lex 52008PC0618, Polish); SEC stays as in English ('SEC(2007)1283', EP resolution P6_TA(2008)0213, Polish, sip.lex.pl)", "ecb_prefixes": ECB_NUMBERS["pl"],"eu_decisions_need_domain": "Polish authorities number their administrative decisions N/YYYY and cite them by the number alone: 'Złożenie odwołania od decyzji nr 142/2026 do Samorządowego Kolegium Odwoławczego', 'Kopia zaskarżonej decyzji nr 142/2026' (an administrative-procedure application's fixtures in a public repository), 'Decyzja nr 1/2018' of a housing community (another repository's seed data; find_string 'decyzji nr 1', 'Decyzja nr 1/20'): each was an EU decision (no CELEX); EUR-Lex titles number the EU's with their domain or legislator ('Decyzja Parlamentu Europejskiego i Rady nr 1082/2013/UE'), the agreement bodies' with the body ('decyzją Wspólnego Komitetu EOG nr 14/1999', OJ L 325 of 2000 as prawo.pl publishes it; pages corpus)",  "other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project",
        "treaties (EU)": FORMER_TEU["pl"], "treaties (EAEC, ECSC)": EAEC_ECSC["pl"],
        "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; the nominative as the Court's keyword lines name it before the article after a dash: 'Minimalizacja danych osobowych – Karta praw podstawowych Unii Europejskiej – Artykuł 7 – Prawo do poszanowania życia prywatnego – Artykuł 8 –' (Opinion of AG Ćapeta in C-268/21, EUR-Lex 62021CC0268, Polish; pages corpus); real texts: 'Art. 8 ust. 1 Karty praw podstawowych Unii Europejskiej' (GDPR recital 1 as a Polish GDPR site reproduces EUR-Lex 32016R0679, with the symbol KPP), 'art. 42 Karty praw podstawowych Unii Europejskiej' (a request for access to documents), 'Art. 47 KPP' (a Polish AI-risk register); 'Karty praw podstawowych UE' and 'art. 41 i 47 Karty praw podstawowych' only in a list of citation patterns, UNCONFIRMED in running text. The short name after a citation in full (short_names, grammar/named_again): 'art. 19 ust. 1 akapit drugi TUE w związku art. 47 Karty praw podstawowych Unii Europejskiej (zwanej dalej „Kartą”) ... w rozumieniu art. 19 ust. 1 akapit drugi TUE w związku z art. 47 Karty?' (opinion of AG Spielmann in C-225/22, as monitorkonstytucyjny.eu prints it; pages corpus), capitalised as the Court writes it (e-justice.europa.eu, pl, writes 'karty' in small letters, not read: 'karta' is also a card); never before 'Nauczyciela' ('art. 47 Karty Nauczyciela', the Teachers' Charter, a national statute: a public repository, find_string), 'Narodów', 'ONZ' (the UN Charter), 'Społecznej' (Europejska Karta Społeczna), 'Samorządu' (the European Charter of Local Self-Government), 'Dużej' (Karta Dużej Rodziny), 'Paryskiej' (from the language, UNCONFIRMED in a text read)",
        "cases.court_reports": COURT_REPORTS["pl"],
        "cases.label_nouns": LABEL_NOUNS["pl"],
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["pl"],
        "pinpoints.links": ACT_PINPOINTS["pl"],
        "pinpoints.annexes (załącznik), pinpoints.annex_links (do)": "an annex before the act, as the Court's Polish writes it: 'Załącznik I do dyrektywy 96/61, zatytułowany' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.pl); the other cases from Polish grammar, 'załącznika I dyrektywy' without 'do' UNCONFIRMED in a text read; the recitals there ('Motyw 23 dyrektywy 96/61 przewiduje'): pinpoints.recitals",
        "pinpoints.words (ust)": "the paragraph's abbreviation without its dot, as Polish national writing often has it where EUR-Lex writes 'ust.' ('Artykuły4 ust. 3 TUE', the Opinion of AG Kokott in C-73/16, EUR-Lex 62016CC0073 in Polish; pages corpus): 'art. 6 ust 1 lit. b RODO', 'art. 6 ust 1 lit. c RODO' (privacy notices in public repositories, found with find_string), 'art. 6 ust 1 lit c) i art. 9 ust 2 lit h) oraz i) rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/676' (sic, for 2016/679: decision ZSZZS.440.257.2018 of the President of the Personal Data Protection Office, uodo.gov.pl; pages corpus); lit without its dot (there, in 'art. 6 ust. 1 lit f) i art. 14 ust. 5 lit. b) rozporządzenia', the Office's decision ZSPU.440.574.2018, and 'Na podstawie art. 6 ust 1 lit a) Rozporządzenia', a privacy notice) is not a pinpoint word: it would weaken what the German 'lit' tells in the language evidence ('Art 6 lit f GDPR'), as in the Romanian record; read only right after a paragraph, the two one part (pinpoints.patterns: the Office's 'lit c)', 'lit h) oraz i)', and 'uzasadniony interes Administratora (art. 6 ust. 1 lit f RODO)', 'na podstawie art. 6 ust. 1 lit c) RODO', ten privacy notices and more in public repositories, find_string)",
        "article_words (art)": "the article's abbreviation without its dot, as privacy notices write it before the GDPR's Polish name: 'Przetwarzanie odbywa się na podstawie art 6 ust 1 lit b RODO oraz prawnie uzasadnionych interesów.', 'co jest prawnie uzasadnionym interesem Warsztatów Kultury (podstawa z art 6 ust 1 lit f RODO).' (privacy notices in public repositories, find_string); before a treaty's abbreviation ('art 267 TFUE') UNCONFIRMED in a text read; English's own 'art' is in its record; EUR-Lex writes 'art.'",
        "pinpoints.recitals (motyw)": "a recital before the act, as the Court's Polish writes it: 'Motyw 23 dyrektywy 96/61 przewiduje', 'Motyw 16 dyrektywy 2003/4/WE' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.pl); the other cases from Polish grammar, UNCONFIRMED in a text read",
        "pinpoints.words (ppkt)": "podpunkt, a point's subdivision (i), (ii), as Polish references write it after the point's letter: 'rzymskie podpunkty, np. `lit. b ppkt (ii)`' (the notes of a parser of references to Polish statutes in a public repository; find_string); before an EU act, as EUR-Lex would write it ('art. 3 ust. 1 lit. a) ppkt i) rozporządzenia'), UNCONFIRMED in a text read here",
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["pl"],
        "definitions": DEFINITIONS["pl"],
        "back_references": 'anaphors: tej dyrektywy in the development text tests/data/corpus-pl P01, P02 (judgment C-282/10); tej decyzji in judgment C-403/16 (EUR-Lex, ECLI:EU:C:2017:960); the other cases of ten/ta; wspomniana dyrektywa (issue 8 review) and the other singular cases of wspomniany (wspomnianą, wspomnianemu, wspomnianym) from Polish grammar (UNCONFIRMED in a text read for the project); wspomniane left out (also the plural wspomniane dyrektywy)', "back_references.anaphor_determiners (rzeczon-)": "'the said', as the Court's Polish writes it: 'zgodnie z art. 2 ust. 2 lit. c) dyrektywy 2008/48/WE ( 2 ), nie jest objęta zakresem stosowania rzeczonej dyrektywy z tego względu' (the Opinion of Advocate General Szpunar in C-694/17 Pillar Securitisation, point 2, EUR-Lex 62017CC0694, Polish; pages corpus), 'Dług, będący podstawą wszczęcia rzeczonego postępowania' (the Opinion of Advocate General Sharpston in C-377/14 Radlinger, point 1, curia.europa.eu, PL; pages corpus: the masculine, there of proceedings); the other singular cases by Polish grammar, UNCONFIRMED before a type word in a text read; rzeczone left out (also the plural rzeczone dyrektywy)", "back_references.anaphor_determiners_after (ta, tę)": "the demonstrative after the type word, as the Court's Polish writes it: 'czy pracownicy są na podstawie tej dyrektywy uprawnieni do płatnego urlopu w identycznym wymiarze ..., czy też dyrektywę tę należy interpretować w ten sposób' and '..., jednak dyrektywa ta nie zezwala państwom członkowskim' (the judgment in C-282/10 Dominguez, tests/data/corpus-pl P01); the other cases (tej, tą) UNCONFIRMED in a text read; the neuter to left out, also the copula ('Rozporządzenie to akt ...')",
        "act_types (all cases), subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Odesłania do aktów; official texts on EUR-Lex; {_DEV}",
        "oj.pages (poz), oj.qualifiers glued": "the citation of the Official Journal in Polish legal databases, the page written as a position: 'Dz.U.UE.L 2006 nr 347 poz 1' in the provisions cited by judgments of the administrative courts (CBOSA, orzeczenia.nsa.gov.pl; the form reported from a judgment kept aside to check the work, the national 'Dz.U. 2017 poz 1952' beside it in the same lists, e.g. I OSK 385/19), 'Dz.U.UE.L.2006.217.8' (LEX, sip.lex.pl, Directive 2006/67/EC)",
        "national_author_links, eu_author_words": "the author in the genitive right after the number, as EUR-Lex titles write it ('rozporządzenie nr 1/2003 Rady'); EU authors' words of official texts (Europejsk-, Wspólnot-, Unii, Wysoka Władza); a national author the same way: 'Rozporządzenie Nr 5/2010 Wojewody Mazowieckiego' (a voivode's regulation, UNCONFIRMED in a text read)",
        "national_author_words": "national authors after the number in small letters, or carrying on the Council's word (Rady): the local councils' resolutions as the cities cite them ('uchwały Nr XCIX/1495/14 Rady Miasta Krakowa', bip.krakow.pl; 'uchwały Rady Miejskiej w Siechnicach', Dziennik Urzędowy Województwa Dolnośląskiego 2014 poz. 3453, docplayer.pl), the voivode's and the ministers' acts ('ZARZĄDZENIE Nr 229 WOJEWODY WARMIŃSKO MAZURSKIEGO', docplayer.pl; 'rozporządzenie ministra zdrowia z 5 grudnia 2014 r.', izba-lekarska.pl, in small letters), the President of the city's ('Prezydenta Miasta Krakowa'); pages corpus. The other local authors (starosta, burmistrz, wójt, marszałek, sejmik, zarząd) and 'm.st.' (Warsaw, miasto stołeczne) from Polish administrative usage; the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read; the EU's Council is 'Rady' alone or with an EU word ('rozporządzenie Rady (WE) nr 1/2003', EUR-Lex 32003R0001)",
        "oj.journals, oj.pages, date_words, months (genitive)": f"{_ISG}, 3.1 Odesłania do Dziennika Urzędowego; {_DEV}",
        "oj.year_words, year_suffixes (the year alone)": "the year as Polish writing dates its own journals, before the issue or the series: 'Dziennik Urzędowy Unii Europejskiej, L rok 2005 nr 44 str. 1 z 2005-02-15' (the versions listed by inforlex.pl; pages corpus), '(Dz. Urz. UE L z 2016 r. Nr 119, s. 1 z późn. zm.)' (the GDPR in a privacy notice, public repository, find_string), '(Dz. Urz. UE z 2016 r. L 119 s.1)' (polzal.pl, 'RODO – nowy i zmieniony obowiązek informacyjny'), 'Karta Praw Podstawowych Unii Europejskiej (Dz.Urz. UE z 2016 r. C 202, s.1)' (Palestra 5/2020, palestra.pl; pages corpus); the lower-case 'nr' and 'str.' in that form UNCONFIRMED in a text read; EUR-Lex itself writes the date after the issue (Dz.U. L 119 z 4.5.2016, s. 1)",
        "oj.journals (Dz. Urz.), oj.pages (str.), year_suffixes": "Polish legislative technique, beside the Style Guide's Dz.U. (3.1) (footnotes of Polish statutes and the notices that follow them): 'Dz. Urz. WE L 395 z 30.12.1989, str. 33' and 'Dz. Urz. WE L 178 z 17.07.2000, str. 1' (directives in the footnotes of Polish procurement and e-commerce acts), 'Dz. Urz. UE L 164 z 18.06.2013, str. 16' (a ministry's note), 'Dz. Urz. UE L 119 z 04.05.2016, str. 1', 'Dz.Urz. UE L 119, s. 1', 'Dz. Urz. UE L 119/1 z 04.05.2016 r.' and 'Dz. Urz. UE L 2016 Nr 119, s.1' (the GDPR in Polish privacy notices)",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Podstawa prawna, 3.2.3 Odesłania do jednostek redakcyjnych; {_DEV}",
        "cases.words": f"judgments of the Court of Justice in Polish; {_DEV}",
        "pinpoints.database_entries": "the provisions the judgments of the administrative courts apply, listed in their database (CBOSA, orzeczenia.nsa.gov.pl, 'Powołane przepisy') between the act's Official Journal citation and its title, on the next line or on the same one in a page's flat copy: 'Dz.U.UE.L 1977 nr 145 poz 1 art. 2 pkt 1, art. 4 ust. 1 i 2, ..., art. 22 ust. 3' above 'Szósta Dyrektywa Rady z dnia 17 maja 1977 r. Nr 77/388/EWG w sprawie ...' (the form reported from a judgment kept aside to check the work; see oj.pages (poz))",
    }),
    act_types={
        # nominative first (the normalised form), then the other cases, singular and plural
        "regulation": _forms(("rozporządze", ("nie", "nia", "niu", "niem", "ń", "niami", "niach", "niom"))),
        "directive": _forms(("dyrektyw", ("a", "y", "ie", "ę", "ą", "", "ami", "ach", "om"))),
        "decision": _forms(("decyzj", ("a", "i", "ę", "ą", "e", "ami", "ach", "om")), ("decyzy", ("",))),
        "framework_decision": ("decyzja ramowa", "decyzji ramowej", "decyzję ramową", "decyzją ramową",
                               "decyzje ramowe", "decyzji ramowych", "decyzjach ramowych", "decyzjami ramowymi"),
        "recommendation": _forms(("zalece", ("nie", "nia", "niu", "niem", "ń", "niami", "niach"))),
        "joint_action": ("wspólne działanie", "wspólnego działania", "wspólnym działaniu", "wspólnych działań"),
        "common_position": ("wspólne stanowisko", "wspólnego stanowiska", "wspólnym stanowisku",
                            "wspólnych stanowisk"),
        "guideline": ("wytyczne", "wytycznych", "wytycznymi"),
    },
    author_phrases=("Parlamentu Europejskiego i Rady", "Rady", "Komisji", "Europejskiego Banku Centralnego",
                    "EBC"),
    legislator_forms=("Parlamentu Europejskiego i Rady",),
    author_in_span=True,
    # the author follows the number in the genitive, without a link: 'Rozporządzenie Nr
    # 5/2010 Wojewody Mazowieckiego' is a voivode's; 'Dz' (Dz.U., the Journal) keeps a
    # citation EU as before
    national_author_links=("",),
    eu_author_words=("Europ", "Wspólnot", "Unii", "Wysok", "Dz"),
    eu_decisions_need_domain=True,  # a court's or authority's decision N/YYYY (see sources)
    # national authors written in small letters after the number (a council is the EU's
    # 'Rady' only where no such word carries on its name: 'Rady miasta Krakowa')
    national_author_words=("rady miasta", "rady miejskiej", "rady gminy", "rady powiatu", "miasta", "m.st.", "m. st.", "gminy", "powiatu", "województwa",
                           "miejskiej", "ministra", "ministrów", "prezesa", "prezydenta",
                           "wojewody", "marszałka", "starosty", "burmistrza", "wójta",
                           "zarządu", "sejmiku"),
    subtypes_after=frozen({
        **dict.fromkeys(_forms(("delegowan", ("e", "ego", "ym", "a", "ej", "ą", "ych"))), "delegated"),
        **dict.fromkeys(_forms(("wykonawcz", ("e", "ego", "ym", "a", "ej", "ą", "ych"))), "implementing"),
    }),
    subtype_forms=frozen({"delegated": "{word} delegowane", "delegated:directive": "{word} delegowana",
                          "delegated:decision": "{word} delegowana", "implementing": "{word} wykonawcze",
                          "implementing:directive": "{word} wykonawcza",
                          "implementing:decision": "{word} wykonawcza"}),
    number_markers=("nr",),
    number_marker="nr",
    list_conjunctions=("i", "oraz", "lub", "albo"),
    domains=frozen({"UE": "UE", "WE": "WE", "EWG": "EWG", "EWWiS": "EWWiS", "WPZiB": "WPZiB",
                    "WSiSW": "WSiSW", "Euratom": "Euratom"}),
    jha_domains=("WSiSW",),
    ecsc_domains=("EWWiS",),
    domain_eras=frozen({"UE": "EU", "WE": "EC", "EWG": "EEC", "EWWiS": "ECSC", "WPZiB": "CFSP", "WSiSW": "JHA", "Euratom": "Euratom"}),
    # (not ``art``: the article's abbreviation in ten languages, it told Polish in French
    # lists, ``'Clause passerelle art. 48-7 TUE', 'Art. 238 TFUE'``)
    hint_words=("wyrok", "wyroku", "wyrokiem", "TSUE", "Trybunał", "Trybunału", "Trybunałem", "w", "z", "i", "na", "do", "o", "dla", "oraz", "przez", "że", "się", "jest", "od",
                "po", "ze", "we", "tym", "tej", "tego", "sprawie", "zgodnie", "mowa", "którym",
                "której", "ust"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ])(?P<body>(?i:(?:Rady|Komitetu)[ ](?:Ministrów(?=[ ]?[A-Z]{2,5}[-–])|Ambasadorów|Stowarzyszenia|Współpracy|Stabilizacji[ ]i[ ]Stowarzyszenia|Partnerstwa|EOG)|Wspólnego[ ]Komitetu(?:[ ]EOG)?|Wspólnej[ ]Komisji)(?:[ ]?[A-Z]{2,5}[-–][A-ZŚŁŻ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``Komitetu``, adjectives in ``-ego`` around it); the EU's institutions are Rady, Komisji.
        any_after=r"(?i:[ ])(?P<body>(?:[^\W\d_]{2,20}(?i:ego)[ ])?(?i:podkomitetu|komitetu)(?:[ ][^\W\d_]{2,20}(?i:ego)){0,2}(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("z dnia",),
    months=(("stycznia",), ("lutego",), ("marca",), ("kwietnia",), ("maja",), ("czerwca",),
            ("lipca",), ("sierpnia",), ("września",), ("października",), ("listopada",), ("grudnia",)),
    month_abbreviations=(("sty",), ("lut",), ("mar",), ("kwi",), ("maj",), ("cze",), ("lip",), ("sie",), ("wrz",), ("paź",), ("lis",), ("gru", "Gru")),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position"),
    oj=OjWords(
        journals=("Dz.U.", "Dz. U.", "Dz. Urz.", "Dz.Urz."),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Dziennik Urzędowy Unii Europejskiej", "Dziennik Urzędowy Wspólnot Europejskich",
                          "Dzienniku Urzędowym Unii Europejskiej", "Dzienniku Urzędowym Wspólnot Europejskich"),
        qualifiers=("UE", "WE"),
        pages=("s.", "str.", "poz", "poz."),  # (``poz``: Polish databases, see sources)
        date_words=("z",),
        year_words=("z", "rok"),
        edition_citations=("wyd. spec. w jęz. polskim, rozdz. {chapter}, t. {volume}, s. {page}",
                           "Dz. Urz. UE Polskie wydanie specjalne, rozdz. {chapter}, t. {volume}, str. {page}"),
        edition_gaps=("z późn. zm.",),
    ),
    year_suffixes=("r.",),  # ``z 04.05.2016 r.``, ``z 4 maja 2016 r.`` (see sources)
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE",), ("Traktatu o funkcjonowaniu Unii Europejskiej",
                                          "Traktat o funkcjonowaniu Unii Europejskiej",
                                          "Traktacie o funkcjonowaniu Unii Europejskiej")),
        "TEU": Treaty("TUE", ("TUE",), ("Traktatu o Unii Europejskiej", "Traktat o Unii Europejskiej",
                                        "Traktacie o Unii Europejskiej")),
        "EU": Treaty("UE", ("UE",), closed_abbreviations=("UE",)),  # (pre-Lisbon; sources)
        "EC": Treaty("WE", ("WE", "TWE", "Traktatu WE"),
                     ("Traktatu WE", "Traktatu ustanawiającego Wspólnotę Europejską",
                      "Traktat ustanawiający Wspólnotę Europejską")),
        "EEC": Treaty("EWG", ("EWG", "Traktatu EWG"),
                      ("Traktatu EWG", "Traktatu ustanawiającego Europejską Wspólnotę Gospodarczą")),
        "EAEC": Treaty("Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej", ("Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej", "Traktatu Euratom"), ("Traktatu ustanawiającego Europejską Wspólnotę Energii Atomowej", "Traktat ustanawiający Europejską Wspólnotę Energii Atomowej", "Traktatu Euratom")),
        "ECSC": Treaty("Traktatu ustanawiającego Europejską Wspólnotę Węgla i Stali", ("Traktatu ustanawiającego Europejską Wspólnotę Węgla i Stali",), ("Traktatu ustanawiającego Europejską Wspólnotę Węgla i Stali", "Traktat ustanawiający Europejską Wspólnotę Węgla i Stali")),
        "CFR": Treaty("KPP", ("KPP",), ("Karty praw podstawowych Unii Europejskiej", "Karty praw podstawowych UE", "Karty praw podstawowych", "Karta praw podstawowych Unii Europejskiej"),
                      short_names=("Karty",), short_name_stops=("Nauczyciela", "Narodów", "ONZ", "Społecznej", "Samorządu", "Dużej", "Paryskiej")),
    },
    article_words=frozen({"art.": "art.", "Art.": "art.", "art": "art.", "artykuł": "art.", "artykułu": "art.",
                          "artykule": "art.", "artykułem": "art.", "artykuły": "art.",
                          "artykułów": "art.", "Artykuł": "art."}),
    article_conjunctions=_CONJUNCTIONS,
    article_ranges=(("od", "do"),),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("uwzględniając",),
        # no link word: the act after a pinpoint is declined (grammar/act_pinpoints); an annex's
        # is ``do`` (``Załącznik I do dyrektywy 96/61``)
        annexes=_ANNEXES,
        annex_links=("do",),
        recitals=("motyw", "motywu", "motywie", "motywem", "motywy", "motywów",
                  "motywach", "motywami"),
        # (``ust`` without its dot, as national writing has it; not ``lit``, which would weaken
        # what German ``lit`` tells in the language evidence: ``Art 6 lit f GDPR`` is German)
        words=("ust.", "ust", "lit.", "pkt", "ppkt", "akapit", "akapicie", "zdanie", "tiret"),
        # ... but ``lit`` without its dot right after a paragraph, paragraph and point one part
        patterns=(_DOTLESS_LIT,),
        words_after_comma=False,
        # ``akapit pierwszy``, ``akapit pierwszy i trzeci``: the ordinal after the noun
        ordinals=("pierwszy", "pierwsze", "drugi", "drugie", "trzeci", "trzecie", "czwarty", "czwarte", "ostatni", "ostatnie"),
        ordinal_nouns=("akapit", "zdanie", "akapity", "zdania"),
        ordinals_after_noun=True,
        # an act's ordinal, declined with it (``art. 17 ust. 2 lit. a) szóstej dyrektywy``)
        title_ordinals=("pierwszej", "drugiej", "trzeciej", "czwartej", "piątej", "szóstej",
                        "siódmej", "ósmej", "dziewiątej", "dziesiątej", "jedenastej",
                        "dwunastej", "trzynastej"),
        database_entries=(_CBOSA_ENTRY,),
    ),
    enacting_intros=("uwzględniając",),
    enacting_leads=(r"w[ ]szczególności[ ](?:jego|ich)?",),
    cases=CaseWords(
        words=("sprawa", "sprawie", "sprawy", "sprawach", "sprawę", "Sprawa"),
        court_reports=("Rec.", "Zb. Orz.", "Zb.Orz."),
        pinpoint_words=("pkt",),
        joined_words=("połączonych", "połączone"),
        opinion_words=("opinia", "opinii"),
        label_nouns=(
            "tabela", "tabeli", "rysunek", "rysunku", "wykres", "wykresie",
            # the plurals, which open a list of labels
            "tabele", "tabelach", "rysunki", "rysunkach", "wykresy", "wykresach",
        ),
        keyword_instruments=("konwencj", "protokół", "protokol", "statut", "regulamin", "kodeks", "traktat"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM"}),
        final_words=("final", "wersja ostateczna"),
        proposal_words=(r"\bwnios(?:ek|ku|kiem)\b",),
        communication_words=(r"\bkomunika(?:t|cie|tu)", r"\bsprawozdani", r"\b(?:biał|zielon)(?:a|ej) księg",
                             r"\bplan(?:ie|u)? działania", r"\bstrategi"),
    ),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("lub",),
        proposal_titles=(
            "wniosek/wniosku rozporządzenie/rozporządzenia/dyrektywa/dyrektywy/decyzja/decyzji",
            "wniosek/wniosku dotyczący/dotyczącego rozporządzenia/dyrektywy/decyzji",
        ),
        proposal_leads=("wniosek/wniosku ustawodawczy/ustawodawczego w sprawie",),
        definition_intros=("zwana dalej", "zwany dalej", "zwane dalej", "zwanej dalej",
                           "zwanego dalej", "zwanym dalej", "zwanych dalej", "dalej"),
        unquoted_aliases=True,
        other_determiners=_NUMBERED,
        declined=(("dyrektywa", "dyrektywy", "dyrektywie", "dyrektywę", "dyrektywą"),
                  ("rozporządzenie", "rozporządzenia", "rozporządzeniu", "rozporządzeniem"),
                  ("decyzja", "decyzji", "decyzję", "decyzją")),
        title_starts=("w sprawie", "dotycząca", "dotyczącej", "dotyczące", "dotyczącego",
                      "dotyczącą", "zmieniająca", "zmieniającej", "zmieniające",
                      "zmieniającego", "ustanawiająca", "ustanawiającej", "ustanawiające",
                      "ustanawiającego", "uchylająca", "uchylającej", "uchylające",
                      "określająca", "określającej", "określające", "odnośnie do",
                      "w odniesieniu do", "o"),
        in_title_before=("zmieniająca", "zmieniającej", "zmieniające", "zmieniającego",
                         "uchylająca", "uchylającej", "uchylające", "i", "oraz", "lub"),
        title_dates=(r"z dnia \d{1,2} \w+ \d{4} ?r\.",),
        self_words=("niniejsza", "niniejszej", "niniejszą", "niniejsze", "niniejszego", "niniejszemu",
                    "niniejszym"),
        # "ten" declined (feminine dyrektywa/decyzja, neuter rozporządzenie); "tym" is left out
        # ("w tym" means "including"), and "niniejszy" (this) is the act itself
        # "wspomniane" is left out (also the plural "wspomniane dyrektywy")
        anaphor_determiners=("wspomnianego", "wspomnianej", "tej", "ta", "tę", "tą", "tego", "temu",
                             "wspomniana", "Wspomniana", "wspomnianą", "wspomnianemu",
                             "wspomnianym",
                             # ``rzeczonej dyrektywy``: "the said" (see sources)
                             "rzeczonego", "rzeczonej", "rzeczona", "Rzeczona", "rzeczoną",
                             "rzeczonemu", "rzeczonym"),
        # ``dyrektywę tę``, ``dyrektywa ta``: the demonstrative after the type word (see
        # sources); not the neuter ``to``, also the copula (``Rozporządzenie to akt ...``)
        anaphor_determiners_after=("ta", "tę"),
    ),
    examples=(
        ("rozporządzenie (WE) nr 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "rozporządzenie (WE) nr 1049/2001"}),
        ("dyrektywy 2001/29/WE", {"kind": "legal_act", "celex": "32001L0029", "normalized": "dyrektywa 2001/29/WE"}),
        ("rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679", {"kind": "legal_act", "celex": "32016R0679", "normalized": "rozporządzenie (UE) 2016/679"}),
        ("rozporządzenie delegowane Komisji (UE) 2019/980", {"kind": "legal_act", "subtype": "delegated", "celex": "32019R0980"}),
        ("decyzji ramowej Rady 2002/584/WSiSW", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("Dz.U. L 119 z 4.5.2016, s. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("art. 267 TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "art. 267 TFUE", "_before": "na podstawie "}),
        ("art. 114 Traktatu o funkcjonowaniu Unii Europejskiej", {"kind": "treaty_article", "normalized": "art. 114 TFUE"}),
        ("art. 101 ust. 1 TFUE", {"kind": "treaty_article", "articles": ["101"]}),
        ("sprawie C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("art. 6 ust. 1 lit. a) rozporządzenia (UE) 2016/679", {"kind": "legal_act", "_span": "rozporządzenia (UE) 2016/679", "pinpoint": "art. 6 ust. 1 lit. a)"}),
    ),
)  # fmt: skip
