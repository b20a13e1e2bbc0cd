# ruff: noqa: E501
"""Bulgarian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._lookalikes import cyrillic_spellings, spellings
from eurefs.languages._oj_sources import BG_GLUED_YEAR
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_DOMAINS = {
    "ЕС": "ЕС",
    "ЕО": "ЕО",
    "ЕИО": "ЕИО",
    "ЕОВС": "ЕОВС",
    "ОВППС": "ОВППС",
    "ПВР": "ПВР",
    "Евратом": "Евратом",
}


# The neuter ordinals (съображение is neuter), first to twentieth, as the Court's keyword
# lines write a recital before recitals were numbered
_RECITAL_ORDINALS = (
    "първо|второ|трето|четвърто|пето|шесто|седмо|осмо|девето|десето|единадесето|"
    "дванадесето|тринадесето|четиринадесето|петнадесето|шестнадесето|седемнадесето|"
    "осемнадесето|деветнадесето|двадесето"
)

LANGUAGE = Language(
    code="bg",
    name="Bulgarian",
    ecb_prefixes=('ЕЦБ',),
    ecb_authors=('на Европейската централна банка',),
    sources=frozen({"pinpoints.enacting_intros, enacting_tails": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead, the act named again after it by the pronoun of its gender (English writes 'thereof'): 'като взе предвид Регламент (ЕО) № 1673/2000 на Съвета от 27 юли 2000 г. относно общата организация на пазарите на лен и на коноп за влакно (1), и по-специално член 9 от него,' (Commission Regulation (EC) No 507/2008, EUR-Lex 32008R0507, Bulgarian); the feminine for a directive: 'като взе предвид Директива 2003/87/ЕО ... и за изменение на Директива 96/61/ЕО на Съвета (1), и по-специално член 9, втора алинея от нея,' (Commission Decisions 2010/384/EU and 2010/634/EU, EUR-Lex 32010D0384, 32010D0634, Bulgarian; pages corpus), where the title names another act and the article stays undecided", "national_qualifiers": "the interpretative decisions of the Supreme Court of Cassation and the Supreme Administrative Court, numbered N/YYYY and cited by the number: 'Тълкувателно решение № 1/2013' and the heading 'ТЪЛКУВАТЕЛНО РЕШЕНИЕ № 1/2013 гр. София, 9 декември 2013 год.' (the Court of Cassation's general assembly's interpretative decision as a Bulgarian case-law tool's tests quote it; a public repository, find_string 'решение № 1/20'): each was an EU decision (no CELEX); no EU decision is called interpretative (EUR-Lex's Bulgarian names the EU's by their domain or author: 'Решение № 1082/2013/ЕС на Европейския парламент и на Съвета', 'Решение 2011/278/ЕС на Комисията')", 'month_abbreviations': "dates with the month abbreviated, which EUR-Lex's texts write in full ('от 27 април 2016 година', EUR-Lex 32016R0679, Bulgarian): '-- Време на генериране: 22 апр 2023 в 09:09', '-- Време на генериране: 14 септ 2026 в 17:58', '-- Време на генериране:  7 фев 2025 в 17:15' (phpMyAdmin dumps' heads in public repositories, ids 9648107899, 68381744299, 44380049166; find_string 'Време на генериране'), March, May, June and July written in full there ('30 март 2025', '25 май 2025', ' 6 юли 2024', the record's months); the other months as software abbreviates them, сеп beside септ, UNCONFIRMED in a text read", "treaties (TEU: Договора за Европейски съюз)": "the TEU's name without the article on 'Европейския', as Bulgarian writers also write the TFEU's ('Договора за функциониране на Европейския съюз'): 'изменение на член 136 от Договора за функциониране на Европейския съюз (ДФЕС) по опростената процедура, предвидена в член 48, параграф 6 от Договора за Европейски съюз (ДЕС)' (A. Arabadjiev, Европейски правен преглед, evropeiskipravenpregled.eu; pages corpus; EUR-Lex writes 'Договора за Европейския съюз'); the nominative without the article UNCONFIRMED in a text read", "pinpoints.keyword_recitals": "a recital by its ordinal written out as a keyword of the Court's keyword line, after the act and a dash: 'Преюдициално запитване — Директива 93/13/ЕИО — Тринадесето съображение — Член 1, параграф 2 — Потребителски договори — Договор за ипотечен кредит' (the judgment in C-280/13 Barclays Bank, EUR-Lex 62013CJ0280, Bulgarian; pages corpus); the other ordinals by Bulgarian grammar and the plural съображения, UNCONFIRMED in a text read", "back_references (същата)": "the same act again, as the Court's Bulgarian writes it: 'Приложение V към същата директива, озаглавено „Участие на обществеността при вземането на решения“' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.bg); the masculine from Bulgarian grammar, UNCONFIRMED in a text read; the neuter същото left out (решение is also a judgment)", "pinpoints.annexes (приложение), pinpoints.annex_links (към)": "an annex before the act, linked by към, as the Court's Bulgarian writes it: 'В точка 5.4 от приложение I към Директива 96/61, озаглавено „Категории промишлени дейности, посочени в член 1“' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.bg); the definite and plural forms from Bulgarian grammar, UNCONFIRMED in a text read", "pinpoints.recitals (съображение)": "a recital before the act or an anaphor of it, linked by от, as the Court's Bulgarian writes it: 'Тази разпоредба трябва да се тълкува с оглед на съображение 23 от посочената директива' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.bg); the plural and the definite forms from Bulgarian grammar, UNCONFIRMED in a text read", "subtype_forms (the type word in lower case)": "the qualifier capitalised at the start of the citation, the type word after it in lower case: 'Делегиран регламент (ЕС) 2020/688', 'Делегиран регламент (ЕС) 2017/580' (exlege.bg's index of EU acts; pages corpus), as EUR-Lex titles write them; 'Регламент за изпълнение (ЕС) 2019/947' (exlege.bg)", "year_suffixes (г, glued)": BG_GLUED_YEAR, "ecb_prefixes": ECB_NUMBERS["bg"],"national_author_words": "national commissions and councils named after a number by the words of the EU's Commission and Council: 'Решение № 342/29.03.2018г., постановено по преписка № КЗК-620/2017 г. на Комисията за защита на конкуренцията' (exlege.bg), 'Решение КЗК № 55/20.01.2011 г.' beside 'Регламент (ЕС) № 1217/2010' (EUR-Lex 32010R1217; strategy.bg), 'Комисията за регулиране на съобщенията' (crc.bg; pages corpus); the others (financial supervision, energy and water, personal data, consumers, discrimination, electronic media) by their names in Bulgarian law; the form with the number N/YYYY right before UNCONFIRMED in a text read. Also the auditors' oversight commission ('Наредба № 3 от 14 юли 2020 г. ... Издадена от Комисията за публичен надзор над регистрираните одитори', Държавен вестник бр. 74/2020, ciela.net; dv.parliament.bg; pages corpus), the former energy regulator and the gambling and anti-corruption commissions by their names in Bulgarian law, a company's board of directors (Съвета на директорите: the EU's Council is 'на Съвета' alone or 'на Съвета на Европейския съюз'), and the authors written in small letters: a minister ('министъра на финансите'), the governor ('управителя на БНБ'), a municipal council ('общинския съвет', as the Public Finance Act writes it: obuch.info copy; pages corpus)", "national_author_links, eu_author_words": "the link of the author phrases and the EU authors of official texts on EUR-Lex ('Регламент (ЕО) № 809/2004 на Комисията', 'на Европейския парламент и на Съвета', 'на Европейския съюз', 'Европейските общности'; EUR-Lex 32016R0301, 32011B0549 in the pages corpus); national authors capitalised after it (the Council of Ministers, the National Bank: 'Решение № 123/2010 на Министерския съвет', UNCONFIRMED in a text read)", "domains (Latin lookalikes)": "the domains with Latin letters for Cyrillic capitals of the same shape, as Bulgarian national texts type them: exlege.bg, its index of EU acts by article ('чл. 5 Директива 1999/37/EO', 'чл. 4 Директива 2004/27/EО', 'чл. 1 Регламент (ЕC) № 913/2010'; pages corpus), not in EUR-Lex texts, which write Cyrillic; normal forms write the Cyrillic domain", "treaties (EAEC, ECSC)": EAEC_ECSC["bg"], "article_plural": ARTICLE_PLURALS["bg"], "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; without the article, as the Court's keyword lines write it, the articles the next keyword: 'Харта на основните права на Европейския съюз — Член 7 — Право на зачитане на личния живот' (the Opinion of AG Ćapeta in C-268/21 Norra Stockholm Bygg, EUR-Lex 62021CC0268, Bulgarian; pages corpus); real texts: 'чл. 47 от Хартата на основните права на Европейския съюз' (a Bulgarian court form on the European Investigation Order); the short name after a citation in full (short_names, grammar/named_again): 'Адресати на Хартата на основните права на Европейския съюз (Хартата) са на първо място ... Съгласно посоченото в член 51 от Хартата държавите членки' (the Commission's report on the application of the Charter, Bulgarian, as obuch.info copies it; pages corpus), never before 'на' (a preposition: Хартата на ООН) or 'ООН', 'Обединените' (from the language, UNCONFIRMED in a text read). No abbreviation: the normal form is the short name with its preposition (член 47 от Хартата на основните права)", **sources("bg"), "com.type_aliases (Cyrillic look-alikes)": "COM with Cyrillic С, О or М for the Latin capitals, as Bulgarian texts keyed on a mixed keyboard type them (the same habit as the domains' look-alikes below: exlege.bg); EUR-Lex itself writes 'COM(2020) 66 final' in Latin letters in its Bulgarian texts (EUR-Lex 52020DC0066 in Bulgarian; pages corpus); a Cyrillic СОМ before a number UNCONFIRMED in a text read for this change (find_string gave only other words ending in -сом)", "pinpoints.unlinked_words, pinpoints.words (§, пар., б., т.)": "Bulgarian national writing abbreviates the subdivisions of an EU act's article as it does those of its own laws and may set the act right after the pinpoint, where EUR-Lex writes 'член 6, параграф 1, буква е) от Регламент': 'на основание чл.10, ал.1 от Закона за защита на личните данни (ЗЗЛД) във вр. с чл.57, §1, б.„е“ от Регламент(ЕС) 2016/679' (decision ППН-01-202/2018 of the Commission for Personal Data Protection, cpdp.bg), 'чл.57, §1, б.„е” от Регламент 2016/679' (its decision ППН-01-169/2022; pages corpus), the letter in quotation marks; the act right after the pinpoint in exlege.bg's index of EU acts ('чл. 5 Директива 1999/37/EO', 'чл. 1 Регламент (ЕC) № 913/2010'; pages corpus); 'т.' for точка as national law writes it ('чл. 9, ал. 1, т. 3 ЗФВС', code in public repositories, find_string), before an EU act and 'пар.' UNCONFIRMED in a text read", "pinpoints.words (plurals)": "Interinstitutional Style Guide, bg version, 3.2.3 (publications.europa.eu/code/bg/bg-130203.htm): subdivisions of one kind are named once, in the plural ('глави I и II', 'членове 1, 4 и 9'); 'член 1, параграф 1, букви б), в), г) и ж) от посочения регламент' in Regulation (EC) No 471/2007, recital 1 (EUR-Lex 32007R0471). параграфи and точки are the plurals of the same nouns by Bulgarian grammar, UNCONFIRMED in a text read for this project", "back_references": 'anaphors: тази директива in the development text tests/data/corpus-bg (judgment C-282/10 Dominguez); този for the masculine регламент; neuter това left out (решение is also a judgment); член 1, параграф 1 ... от посочения регламент and към въпросния регламент after Regulation (EC) No 318/2006 in Regulation (EC) No 471/2007, recital 1 (EUR-Lex 32007R0471, Bulgarian); посочената директива as listed by the issue 8 review; посочения/посоченият/посочената and въпросния/въпросната only (the neuter посоченото решение is as often a judgment)'}),
    act_types={
        "regulation": ("Регламент", "Регламента", "Регламентът", "Регламенти", "Регламентите"),
        "directive": ("Директива", "Директивата", "Директиви", "Директивите"),
        "decision": ("Решение", "Решението", "Решения", "Решенията"),
        "framework_decision": ("Рамково решение", "Рамковото решение", "Рамкови решения"),
        "recommendation": ("Препоръка", "Препоръката", "Препоръки"),
        "joint_action": ("Съвместно действие", "Съвместното действие"),
        "common_position": ("Обща позиция", "Общата позиция"),
    },
    author_phrases=("на Европейския парламент и на Съвета", "на Съвета", "на Комисията", "на Европейската централна банка"),
    legislator_forms=("на Европейския парламент и на Съвета",),
    subtypes_before=frozen({"Делегирано": "delegated", "Делегирана": "delegated", "Делегиран": "delegated", "Делегирания": "delegated", "Делегираният": "delegated"}),
    subtypes_after=frozen({"за изпълнение": "implementing"}),
    subtype_forms=frozen({"delegated": "Делегиран {lower}", "delegated:directive": "Делегирана {lower}", "delegated:decision": "Делегирано {lower}", "implementing": "{word} за изпълнение"}),
    number_markers=("№",),
    number_marker="№",
    national_author_links=("на",),
    # the Supreme Courts' interpretative decisions (``Тълкувателно решение № 1/2013``)
    national_qualifiers=("Тълкувателн",),
    national_author_words=("Комисията за защита на конкуренцията", "Комисията за финансов надзор", "Комисията за регулиране на съобщенията", "Комисията за енергийно и водно регулиране", "Комисията за защита на личните данни", "Комисията за защита на потребителите", "Комисията за защита от дискриминация", "Съвета за електронни медии",
                           "Комисията за публичен надзор над регистрираните одитори",
                           "Комисията по енергийно регулиране", "Комисията по хазарта",
                           "Комисията за противодействие на корупцията",
                           "Комисията за отнемане на незаконно придобитото имущество",
                           "Съвета на директорите", "министъра",
                           "управителя", "общинския съвет", "общински съвет"),
    eu_author_words=("Европ", "Общност", "Съюз", "Висшия орган", "ЕЦБ"),
    list_conjunctions=("и", "или", "както и"),
    domains=frozen({**_DOMAINS, **{v: d for d in _DOMAINS for v in spellings(d)}}),
    jha_domains=("ПВР", *spellings("ПВР")),
    ecsc_domains=("ЕОВС", *spellings("ЕОВС")),
    domain_eras=frozen({"ЕС": "EU", "ЕО": "EC", "ЕИО": "EEC", "ЕОВС": "ECSC", "ОВППС": "CFSP", "ПВР": "JHA", "Евратом": "Euratom"}),
    hint_words=("и", "на", "за", "в", "от", "с", "по", "се", "да", "че", "е", "към", "това", "този", "при", "съгласно", "които", "който"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]на[ ])(?P<body>(?i:Съвета[ ]на[ ]министрите|Комитета[ ]на[ ]посланиците|(?:Съвета|Комитета)[ ]за[ ](?:асоцииране|сътрудничество|стабилизиране[ ]и[ ]асоцииране|партньорство)|Съвместния[ ]комитет(?:[ ]на[ ]ЕИП)?|Смесения[ ]комитет|Съвета[ ]на[ ]ЕИП|Асоциационния[ ]съвет)(?:[ ][А-Я]{2,5}[-–][А-Я]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``Комитета``); the EU's institutions are Съвета, Комисията.
        any_after=r"(?i:[ ]на[ ])(?P<body>(?i:подкомитета|комитета)(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("от",),
    months=(("януари",), ("февруари",), ("март",), ("април",), ("май",), ("юни",), ("юли",), ("август",), ("септември",), ("октомври",), ("ноември",), ("декември",)),
    month_abbreviations=(("яну",), ("фев",), (), ("апр",), (), (), (), ("авг",), ("септ", "сеп"), ("окт",), ("ное",), ("дек",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj=OjWords(
        # ``OВ`` with a Latin O is seen in real texts (CJEU C-282/10)
        journals=("ОВ", "OВ"),
        journal_names=("Официален вестник на Европейския съюз", "Официален вестник на Европейските общности"),
        pages=("стр.",),
    ),
    year_suffixes=("г.", "г"),  # ``ОВ L 119, 4.5.2016 г.`` (the Style Guide's form), ``2007г`` (see sources)
    treaties={
        "TFEU": Treaty("ДФЕС", ("ДФЕС",), ("Договора за функционирането на Европейския съюз", "Договор за функционирането на Европейския съюз",
                                            # without the article, as Bulgarian courts and writers often have it
                                            "Договора за функциониране на Европейския съюз", "Договор за функциониране на Европейския съюз")),
        "TEU": Treaty("ДЕС", ("ДЕС",), ("Договора за Европейския съюз", "Договор за Европейския съюз",
                                        # without the article, as the TFEU's (see sources)
                                        "Договора за Европейски съюз")),
        "EC": Treaty("ДЕО", ("ДЕО",), ("Договора за създаване на Европейската общност",)),
        "EEC": Treaty("ДЕИО", ("ДЕИО",), ("Договора за създаване на Европейската икономическа общност",)),
        "EAEC": Treaty("от Договора за създаване на Европейската общност за атомна енергия", ("Договора за създаване на Европейската общност за атомна енергия",), ("Договора за създаване на Европейската общност за атомна енергия", "Договора за Евратом")),
        "ECSC": Treaty("от Договора за създаване на Европейската общност за въглища и стомана", ("Договора за създаване на Европейската общност за въглища и стомана",), ("Договора за създаване на Европейската общност за въглища и стомана",)),
        "CFR": Treaty("от Хартата на основните права", ("Хартата на основните права",), ("Хартата на основните права на Европейския съюз", "Хартата на основните права", "Харта на основните права на Европейския съюз"),
                      short_names=("Хартата",), short_name_stops=("ООН", "Обединените")),
    },
    # ``чл. 288 на ДФЕС`` (a university course on EU law, obuch.info)
    treaty_prepositions=("от", "на"),
    article_words=frozen({"член": "член", "членове": "членове", "чл.": "член", "Член": "член"}),
    article_plural=("член", "членове"),
    article_conjunctions=("и", "или"),
    pinpoints=PinpointWords(
        enacting_intros=("като взеха предвид", "като взе предвид"),
        # the act named again after the pinpoint, by the pronoun of its gender (see sources)
        enacting_tails=(r"от[ ]н(?:его|ея)",),
        links=("от",),
        annexes=("приложение", "приложения", "приложението", "приложенията"),
        annex_links=("към",),
        recitals=("съображение", "съображения", "съображението", "съображенията"),
        unlinked_words=("Регламент", "Директива", "Решение", "Рамково", "Делегиран",
                        "Делегирана", "Делегирано"),
        words=("параграф", "алинея", "ал.", "буква", "точка", "параграфи", "букви", "точки",
               # the abbreviations of Bulgarian national writing (see sources)
               "§", "пар.", "б.", "т."),
        ordinals=("първа", "втора", "трета", "четвърта", "пета", "последна", "първо", "второ", "трето"),
        ordinal_nouns=("алинея", "изречение", "тире", "алинеи", "изречения", "тирета"),
        # ``Директива 93/13/ЕИО — Тринадесето съображение — Член 1, параграф 2`` (see sources)
        keyword_recitals=(r"(?i:" + _RECITAL_ORDINALS + r")[ ]съображени[ея](?![\w])",),
    ),
    enacting_intros=("като взеха предвид", "като взе предвид"),
    enacting_leads=(r"и[ ]по-специално",),
    cases=CaseWords(
        words=("дело", "дела", "делото"),
        court_reports=("Сборник", "Recueil"),
        pinpoint_words=("точка", "точки"),
        joined_words=("съединени",),
        opinion_words=("становище",),
        label_nouns=(
            "таблица", "фигура", "графика", "диаграма",
            # the plurals, which open a list of labels
            "таблици", "фигури", "графики", "диаграми",
        ),
        keyword_instruments=("конвенци", "протокол", "устав", "правилник", "кодекс", "харта"),
    ),
    # ``СОМ(2020) 66``: COM typed with Cyrillic letters of the same shape (``_lookalikes``)
    com=ComWords(
        type_aliases=frozen({s: "COM" for s in cyrillic_spellings("COM")}),
        final_words=("окончателен", "final"),
        proposal_words=(r"\bпредложени",),
        communication_words=(r"\bсъобщени", r"\bдоклад", r"\bбяла книга", r"\bзелена книга", r"\bплан за действие", r"\bстратеги"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("или",),
        definition_intros=("наричан по-нататък", "наричана по-нататък", "наричано по-нататък",
                           "наричани по-нататък", "по-нататък"),
        other_determiners=("настоящия", "настоящият", "настоящата", "настоящото", "посочената",
                           "посочения", "посоченото"),
        declined=(("директивата",), ("регламентът", "регламента"), ("решението",)),
        title_starts=("относно", "за изменение", "за отмяна", "за установяване", "за определяне",
                      "за създаване", "за", "във връзка с", "по отношение на"),
        in_title_before=("за изменение на", "за отмяна на", "и", "или"),
        title_dates=(r"от \d{1,2} \w+ \d{4} ?(?:година|г\.)",),
        # "посочения регламент" ('член 1, параграф 1 ... от посочения регламент', "въпросния
        # регламент": Regulation (EC) No 471/2007 recital 1); masculine and feminine only: the
        # neuter "посоченото решение" is as often a judgment cited ("решение" is both)
        anaphor_determiners=("тази", "Тази", "този", "Този", "посочения", "посоченият",
                             "Посоченият", "посочената", "Посочената", "въпросния",
                             "въпросният", "въпросната",
                             # ``към същата директива`` (the same directive; see sources)
                             "същата", "Същата", "същия", "същият", "Същият"),
        # "тази директива" is "this Directive" in an act ("настоящата" is more usual there)
        self_determiners=("тази", "Тази", "този", "Този"),
        legislative_markers=("ПРИЕХА", "като имат предвид, че", "\nЧлен 1\n"),
    ),
    examples=(
        ("Регламент (ЕС) № 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "Регламент (ЕС) № 1089/2010"}),
        ("Директива 2007/2/ЕО", {"kind": "legal_act", "celex": "32007L0002"}),
        ("ОВ L 119, 4.5.2016 г., стр. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("член 267 ДФЕС", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "член 267 ДФЕС"}),
        ("дело C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("член 6, параграф 1, буква а) от Регламент (ЕС) 2016/679", {"kind": "legal_act", "_span": "Регламент (ЕС) 2016/679", "pinpoint": "член 6, параграф 1, буква а)"}),
    ),
)  # fmt: skip
