# ruff: noqa: E501
"""Latvian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import EAEC_ECSC
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

#: ordinals past the record's pinpoint ordinals, in the cases of the pinpoint ordinals
#: (see sources, other_determiners)
_NUMBERED = tuple(
    s + e
    for s in ("sest", "septīt", "astot", "devīt", "desmit", "trīspadsmit")
    for e in ("ais", "ā", "o", "ajā", "ās", "ajam", "ajai")
)

LANGUAGE = Language(
    code="lv",
    name="Latvian",
    ecb_prefixes=('ECB',),
    ecb_authors=('Eiropas Centrālās bankas',),
    sources=frozen({"other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project", "pinpoints.enacting_intros, enacting_leads (tās)": "the enacting formula of an act citing an act, its author and date between the intro and the type word, its pinpoint after the title, the feminine possessive for a regulation: 'ņemot vērā Eiropas Parlamenta un Padomes 2009. gada 23. aprīļa Regulu (EK) Nr. 401/2009 par Eiropas Vides aģentūru ...[4], un jo īpaši tās 13. pantu,' (the Parliament's report A8-0083/2015, europarl.europa.eu, LV), the comma missing after the footnote call in 'Regulu (EK) Nr. 294/2008 par ... izveidi[4] un jo īpaši tās 21. pantu,' (the Parliament's report A8-0117/2016, LV); EUR-Lex's acts alike: 'Regulu (ES) Nr. 1144/2014 ... (1), un jo īpaši tās 7. panta 2. punktu' (Commission Delegated Regulation (EU) 2015/1829, EUR-Lex 32015R1829, whose title names another act: left undecided); pages corpus", 'back_references.proposal_titles': "a Commission proposal's title as EUR-Lex writes it in Latvian, the name of the act proposed in brackets at its end, the proposal named by that name after it: 'Priekšlikums EIROPAS PARLAMENTA UN PADOMES REGULA par fizisku personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti (Vispārīgā datu aizsardzības regula)', '– priekšlikums Eiropas Parlamenta un Padomes regulai par fizisku personu aizsardzību ... (Vispārīgā datu aizsardzības regula) un', then 'Šis paskaidrojuma raksts attiecas uz Vispārīgās datu aizsardzības regulas priekšlikumu.' (COM(2012) 11 final, EUR-Lex 52012PC0011, LV; pages corpus); the accusative and genitive by Latvian grammar, UNCONFIRMED in a title read. The name right before 'priekšlikumu' (the proposal word after the name, as Latvian writes it) is not read as the proposal's when no title stands before it", "pinpoints.after_cases": "the genitive an act is in before its pinpoint written after it ('Regulas (ES) 2016/679 6. panta 1. punkts'; the record's pinpoints.after); the GDPR's title (EUR-Lex 32016R0679) names the directive it repeals in the accusative, then its popular name: 'EIROPAS PARLAMENTA UN PADOMES REGULU (ES) 2016/679 (2016. gada 27. aprīlis) par fizisku personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti un ar ko atceļ Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula)' (privacy notices in public repositories, find_string), where a pinpoint after the bracket was the directive's; a pinpoint written there ('... (Vispārīgā datu aizsardzības regula) 6. panta 1. punkta f) apakšpunkts') UNCONFIRMED in a text read", "pinpoints.after (apsvērum), pinpoints.recitals (preambulas)": "a recital after the act, the preamble's word before its number, as the Court's Latvian writes it: 'Direktīvas 96/61 preambulas 23. apsvērumā ir noteikts', 'Direktīvas 2003/35 preambulas 5. apsvērumā ir noteikts', '(OV L 41, 26. lpp.) preambulas 16. apsvērums ir formulēts šādi' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.lv); without the preamble's word UNCONFIRMED in a text read", "article_ranges (no, līdz)": "a range of cases in the Latvian Dominguez judgment (tests/data/corpus-lv L01, C-282/10: 'apvienotajās lietās no C-397/01 līdz C-403/01 Pfeiffer u.c.'); between article numbers UNCONFIRMED in an act read for the project", "article_conjunctions, article_range_words (līdz)": "a range of articles by līdz alone, as the Court's subject-matter line writes it after the act: 'Regula (ES) 2016/679 – 77. līdz 79. pants – Tiesību aizsardzības līdzekļi' (Opinion of AG Richard de la Tour in C-132/21, EUR-Lex 62021CC0132, Latvian, the document's title; its heading writes the same range by a dash, '77.–79. pants'; pages corpus): a pinpoint after the act (grammar/after_pinpoint_patterns) and a treaty article's range ('LESD 101. līdz 106. pants', articles 101-106, UNCONFIRMED in a text read)", "subtype_forms (the type word in lower case)": "the qualifier capitalised after the author, the type word after it in lower case, as EUR-Lex writes them: 'Komisijas Deleģētā regula (ES) 2020/473' (op.europa.eu title in Latvian; pages corpus); Īstenošanas by the same convention", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('atzinuma 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (the dative singular, the locative plural)': "beside the cases of the EUR-Lex titles the record lists, the dative singular after atbilst/atbilstīgi: 'Sertifikāts atbilst ES Direktīvai 2008/98/EK' (a Latvian waste-certificate platform's help text, public repository, find_string); the plural locative and dative (Direktīvās 2000/43/EK un 2000/78/EK) and the other types' datives from Latvian grammar (UNCONFIRMED in a text read)", 'hint_words (the judgment and the Court)': "the judgment and the Court as the Latvian titles of judgments on EUR-Lex name them ('Tiesas (virspalāta) spriedums'), the other cases from Latvian grammar", "ecb_prefixes": ECB_NUMBERS["lv"],"national_authors_before, eu_author_words": "Latvian national acts as real texts cite them: 'Ministru kabineta 23.03.2004. noteikumi Nr. 163', 'Ministru kabineta noteikumi Nr. 465' (likumi.lv, vestnesis.lv, lcaa.lv; pages corpus): the Cabinet's rules (noteikumi, no EU type word) numbered without year; an author of the Cabinet, a ministry, a minister or a municipality right before an EU type word with a number N/YYYY is UNCONFIRMED in a text read (EU acts have Komisijas, Padomes or an EU word: 'Eiropas', 'Kopienas', 'Savienības', EUR-Lex); a national commission's board (padome) before the type word, the commission's genitive before it: 'Sabiedrisko pakalpojumu regulēšanas komisijas padomes lēmums Nr. 1/35' (likumi.lv/ta/id/336409), '... komisijas padomes lēmums Nr. 1/15' (likumi.lv/ta/id/215929; pages corpus), the Public Utilities Commission's decisions numbered session/item, were EU Council decisions of 1935 and 2015 (author Padomes); the EU's Commission (Komisijas) is itself an author, never before another's word", "enacting_leads, treaties (the accusative names)": "the enacting formula: 'ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 43. panta 2. punktu, 91. panta 1. punktu' (Regulation (EU) 2023/657, EUR-Lex 32023R0657, Latvian), '... un jo īpaši tā 207. panta 2. punktu' (Regulation (EU) No 912/2014, EUR-Lex 32014R0912); the accusative of the other treaties' names from Latvian grammar (UNCONFIRMED in a text read for the project)", "article_words (pantam, pantiem)": "the dative in the opening of every Latvian preliminary ruling: 'par lūgumu sniegt prejudiciālu nolēmumu atbilstoši LESD 267. pantam' (Consorzio Italian Management, C-561/19, EUR-Lex 62019CJ0561, Latvian; Obermann, C-220/17); the plural dative from Latvian grammar (UNCONFIRMED in a text read for the project)", "cases.words (lietas), cases.joined_words (apvienotās)": "the nominative plural in the heading of joined cases: 'Apvienotās lietas C-340/14 un C-341/14' (Latvian opinion of AG Szpunar in Trijber and Harmsen, EUR-Lex 62014CC0340, read in the docplayer.lv copy of the Court Reports)", "treaties (EAEC, ECSC)": EAEC_ECSC["lv"], "treaties (TFEU, TEU: the locative)": "the names as EUR-Lex titles the Treaties (12012E: 'Līguma par Eiropas Savienību un Līguma par Eiropas Savienības darbību konsolidētās versijas'), in the locative before an article where a text defines the abbreviation in between: 'piemērojot Līgumā par Eiropas Savienības darbību (turpmāk – LESD) 267. pantā paredzēto procedūru' (M. Borkoveca, Jurista Vārds 18/19 (2024), juristavards.lv 285219; pages corpus); the TEU's by the same declension, UNCONFIRMED in a text read", **sources("lv"), "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT), declined, UNCONFIRMED in a text read here; real texts: 'ES Pamattiesību hartas ievērošana' (a Latvian page on the EU); the form before an article: 'Saskaņā ar ES tiesībām ES Pamattiesību hartas 47. pantā ir noteikts' (the FRA and Council of Europe handbook on access to justice, Latvian, as yumpu.com copies it; pages corpus); 'Eiropas Savienības Pamattiesību hartas' before an article UNCONFIRMED in a text read. The nominative as a heading writes it ('ES Pamattiesību harta: piemērošanas joma, interpretācija un iedarbība', e-justice.europa.eu, lv, part III on the Charter). The short name before the article once the Charter is named in full (short_names, grammar/treaty_articles_abbr_first, grammar/named_again): 'Hartas 51. panta 1. punktā ir paredzēta aizsardzība' (the same e-justice page), 'LESD 18. pantā un tagad arī Hartas 21. panta 2. punktā' (part II), 'Hartas 51. panta 1 mērķis ir noteikt Hartas piemērošanas jomu' (the Explanations relating to the Charter, EUR-Lex 32007X1214(01), as lawinsider.com copies them; pages corpus); capitalised only, as those texts write it (the European Social Charter, 'Eiropas Sociālā harta', is written in small letters: from the language, UNCONFIRMED in a text read); never after 'Sociālās' or 'ANO' (from the language, UNCONFIRMED in a text read). No abbreviation: the normal form uses the short name"}),
    act_types={
        "regulation": ("Regula", "Regulas", "Regulā", "Regulu", "Regulām", "Regulu", "Regulai", "Regulās"),
        "directive": ("Direktīva", "Direktīvas", "Direktīvā", "Direktīvu", "Direktīvām", "Direktīvai", "Direktīvās"),
        "decision": ("Lēmums", "Lēmuma", "Lēmumā", "Lēmumu", "Lēmumi", "Lēmumam", "Lēmumos", "Lēmumiem"),
        "framework_decision": ("Pamatlēmums", "Pamatlēmuma", "Pamatlēmumā", "Pamatlēmumu"),
        "recommendation": ("Ieteikums", "Ieteikuma", "Ieteikumā", "Ieteikumu"),
        "joint_action": ("Vienotā rīcība", "Vienotās rīcības", "Vienotajā rīcībā"),
        "common_position": ("Kopējā nostāja", "Kopējās nostājas", "Kopējā nostājā"),
    },
    authors=("Komisijas", "Padomes", "Eiropas Parlamenta un Padomes", "Eiropas Centrālās bankas"),
    legislator_forms=("Eiropas Parlamenta un Padomes",),
    subtypes_before=frozen({"Deleģētais": "delegated", "Deleģētā": "delegated", "Deleģētās": "delegated", "Deleģētajā": "delegated", "Deleģēto": "delegated", "Īstenošanas": "implementing"}),
    subtype_forms=frozen({"delegated": "Deleģētā {lower}", "delegated:decision": "Deleģētais {lower}", "implementing": "Īstenošanas {lower}"}),
    number_markers=("Nr.",),
    number_marker="Nr.",
    # a national author right before the type word (the Cabinet, a ministry, a municipality)
    national_authors_before=("Ministru kabineta", "ministrijas", "ministra", "pašvaldības", "Latvijas Bankas", "komisijas"),
    eu_author_words=("Eirop", "Kopien", "Savienības"),
    list_conjunctions=("un", "vai", "kā arī"),
    domains=frozen({"ES": "ES", "EK": "EK", "EEK": "EEK", "EOTK": "EOTK", "KĀDP": "KĀDP", "TI": "TI", "Euratom": "Euratom"}),
    jha_domains=("TI",),
    ecsc_domains=("EOTK",),
    domain_eras=frozen({"ES": "EU", "EK": "EC", "EEK": "EEC", "EOTK": "ECSC", "KĀDP": "CFSP", "TI": "JHA", "Euratom": "Euratom"}),
    hint_words=("spriedums", "sprieduma", "spriedumā", "spriedumu", "Tiesa", "Tiesas", "un", "ir", "par", "ka", "no", "uz", "ar", "kas", "vai", "tā", "šo", "šīs", "saskaņā", "attiecībā", "kurā", "šajā"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        # the ACP-EC Council of Ministers and Committee of Ambassadors only with their parties
        # (a bare council of ministers may be the EU's)
        before=r"(?<![\w-])(?P<body>(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,5}(?:[-–][A-ZĀČĒĢĪĶĻŅŠŪŽ]\w{1,20}|[ ](?i:un)[ ](?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,6}|[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{2,20}))?[ ])?(?i:(?:(?:stabilizācijas[ ]un[ ])?asociācijas|sadarbības|partnerības|apvienotās|jauktās)[ ](?:padomes|komitejas)|EEZ[ ]padomes)|[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,5}[-–][A-ZĀČĒĢĪĶĻŅŠŪŽ]\w{1,20}[ ](?i:ministru[ ]padomes|vēstnieku[ ]komitejas))[ ]$",
        # Any committee before the type word, bare or its name in the genitive, in any case
        # (Tirdzniecības komitejas, apvienotās veterinārās komitejas), a council with its
        # parties (ĀKK un ES Vēstnieku komitejas): the EU's institutions are Komisija, Padome.
        any_before=r"(?<![\w-])(?P<body>(?:(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,6}[ ](?i:un)[ ](?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,6}|[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{2,20})|[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,6}[-–][A-ZĀČĒĢĪĶĻŅŠŪŽ]\w{1,20})[ ](?:[^\W\d_]{2,25}(?i:as|ās|es|is|us|u)[ ]){0,2}(?:(?i:apakškomitejas|komitejas|padomes))|(?:(?!(?i:kas|tas|šīs|savas|Padomes)[ ])[^\W\d_]{2,25}(?i:as|ās|es|is|us|u)[ ]){0,3}(?i:apakškomitejas|komitejas)))[ ]$",
    ),
    date_words=("gada",),
    # the nominative, the genitive and the locative (``2008. gada 3. septembrī``, the heads of
    # the Court's judgments)
    months=(("janvāris", "janvāra", "janvārī"), ("februāris", "februāra", "februārī"), ("marts", "marta", "martā"), ("aprīlis", "aprīļa", "aprīlī"), ("maijs", "maija", "maijā"), ("jūnijs", "jūnija", "jūnijā"), ("jūlijs", "jūlija", "jūlijā"), ("augusts", "augusta", "augustā"), ("septembris", "septembra", "septembrī"), ("oktobris", "oktobra", "oktobrī"), ("novembris", "novembra", "novembrī"), ("decembris", "decembra", "decembrī")),
    oj=OjWords(
        journals=("OV",),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Eiropas Savienības Oficiālais Vēstnesis", "Eiropas Kopienu Oficiālais Vēstnesis",
                          "Eiropas Savienības Oficiālajā Vēstnesī", "Eiropas Kopienu Oficiālajā Vēstnesī"),
        pages_after=("lpp.",),
    ),
    treaties={
        # (the accusative as the enacting formula names it: ``ņemot vērā Līgumu par Eiropas
        # Savienības darbību un jo īpaši tā 114. pantu``)
        "TFEU": Treaty("LESD", ("LESD",), ("Līguma par Eiropas Savienības darbību", "Līgums par Eiropas Savienības darbību", "Līgumu par Eiropas Savienības darbību", "Līgumā par Eiropas Savienības darbību")),
        "TEU": Treaty("LES", ("LES",), ("Līguma par Eiropas Savienību", "Līgums par Eiropas Savienību", "Līgumu par Eiropas Savienību", "Līgumā par Eiropas Savienību")),
        "EC": Treaty("EKL", ("EKL",), ("Eiropas Kopienas dibināšanas līguma", "Eiropas Kopienas dibināšanas līgumu")),
        "EEC": Treaty("EEKL", ("EEKL",), ("Eiropas Ekonomikas kopienas dibināšanas līguma",)),
        "EAEC": Treaty("Eiropas Atomenerģijas kopienas dibināšanas līguma", ("Eiropas Atomenerģijas kopienas dibināšanas līguma",), ("Eiropas Atomenerģijas kopienas dibināšanas līguma", "Līguma par Eiropas Atomenerģijas kopienas dibināšanu", "Līgumu par Eiropas Atomenerģijas kopienas dibināšanu")),
        "ECSC": Treaty("Eiropas Ogļu un tērauda kopienas dibināšanas līguma", ("Eiropas Ogļu un tērauda kopienas dibināšanas līguma",), ("Eiropas Ogļu un tērauda kopienas dibināšanas līguma",)),
        "CFR": Treaty("ES Pamattiesību hartas", ("ES Pamattiesību hartas",), ("Eiropas Savienības Pamattiesību hartas", "ES Pamattiesību hartas",
                                                                             "Eiropas Savienības Pamattiesību harta", "ES Pamattiesību harta"),
                      short_names=("Hartas",), short_name_stops=("Sociālās", "sociālās", "ANO"), short_name_letter="ī"),
    },
    article_words=frozen({"pants": "pants", "panta": "panta", "pantā": "pantā", "pantu": "pantu", "panti": "panti", "pantos": "pantos", "pantam": "pantam", "pantiem": "pantiem"}),
    article_conjunctions=("un", "vai", "līdz"),
    article_range_words=("līdz",),  # ``77. līdz 79. pants``
    article_ranges=(("no", "līdz"),),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("ņemot vērā",),
        # pinpoints are written after the act (grammar/act_pinpoints): subdivision word stems
        # (an act in another case takes none: ``ar ko atceļ Direktīvu 95/46/EK``)
        after_cases=("Regulas", "Direktīvas", "Lēmuma", "Pamatlēmuma", "Ieteikuma",
                     "Vienotās rīcības", "Kopējās nostājas"),
        after=("pant", "punkt", "apakšpunkt", "daļ", "pielikum", "teikum", "apsvērum"),
        recitals=("preambulas",),  # ``preambulas 23. apsvērumā``
        # ordinals before a subdivision word after the act (``1. punkta otrais teikums``), in their
        # genders and cases
        ordinals=tuple(s + e for s in ("pirm", "otr", "treš", "ceturt", "piekt", "pēdēj")
                       for e in ("ais", "ā", "o", "ajā", "ās", "ajam", "ajai")),
        after_dot=True,  # ``7. pants``; ``24 panti``: a count
    ),
    treaty_abbreviation_first=True,
    # what stands between a treaty's name and a bare article of it in the enacting formula
    # (``Līgumu par Eiropas Savienības darbību un jo īpaši tā 43. panta 2. punktu``)
    # (and an act's, the feminine of a regulation or directive: ``Regulu (ES) Nr. 1308/2013 ...
    # (1), un jo īpaši tās 219. panta 1. punktu``; see sources)
    enacting_leads=(r"un[ ]jo[ ]īpaši[ ]tā(?:s)?",),
    cases=CaseWords(
        words=("lietā", "lieta", "lietās", "lietas"),
        court_reports=("Krājums", "Recueil"),
        pinpoint_words=("punkts",),
        pinpoint_number_first=True,
        joined_words=("apvienotajās", "apvienotās"),
        opinion_words=("atzinums", "atzinuma", "atzinumā", "atzinumu"),
        keyword_instruments=("konvencij", "protokol", "statūt", "reglament", "kodeks", "hart"),
    ),
    com=ComWords(
        final_words=("galīgā redakcija", "final"),
        proposal_words=(r"\bpriekšlikum",),
        communication_words=(r"\bpaziņojum", r"\bziņojum", r"\bbaltā grāmata", r"\bzaļā grāmata", r"\brīcības plān", r"\bstratēģij"),
    ),
    dated_forms_before=("{year}. gada {day}. {month}",),
    dated_form_act_types=("framework_decision", "recommendation", "joint_action", "common_position"),
    back_references=BackReferenceWords(
        alias_separators=("vai",),
        proposal_titles=("priekšlikums/priekšlikumu/priekšlikuma",),
        definition_intros=("turpmāk tekstā", "turpmāk"),
        quotes=("“”", "„”"),
        unquoted_aliases=True,
        other_determiners=("šī", "šīs", "šai", "šo", "šajā", "minētā", "minētās", "minētajai",
                           "minēto", "minētajā", "attiecīgā", "attiecīgās", *_NUMBERED),
        declined=(("Direktīva", "Direktīvas", "Direktīvai", "Direktīvu", "Direktīvā"),
                  ("Regula", "Regulas", "Regulai", "Regulu", "Regulā"),
                  ("Lēmums", "Lēmuma", "Lēmumam", "Lēmumu", "Lēmumā")),
        title_starts=("par", "ar ko", "ar kuru", "attiecībā uz", "kas"),
        in_title_before=("groza", "atceļ", "un", "vai"),
        # minētā (the said) and šī (this), feminine and the forms the masculine shares:
        # "Kopš minētā direktīva stājās spēkā", "šajā direktīvā paredzētas"; in an act "šī
        # direktīva" is the act itself
        anaphor_determiners=("minētā", "Minētā", "minētās", "minētajai", "minēto", "minētajā",
                             "šī", "Šī", "šīs", "šai", "šo", "Šo", "šajā", "Šajā",
                             "Minētās", "Minētajā",  # at the start of a sentence
                             # masculine, for "lēmums": "minētais lēmums", "šā lēmuma"
                             "minētais", "Minētais", "minētajam", "šis", "Šis", "šā", "Šā",
                             "šim"),
        self_determiners=("šī", "Šī", "šīs", "šai", "šo", "Šo", "šajā", "Šajā", "šis", "Šis", "šā",
                          "Šā", "šim"),
        legislative_markers=("tā kā:", "IR PIEŅĒMUŠI ŠO", "IR PIEŅĒMUSI ŠO", "IR PIEŅĒMUŠAS ŠO",
                             "\n1. pants\n"),
    ),
    examples=(
        ("Komisijas Regula (ES) Nr. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "Regula (ES) Nr. 1089/2010"}),
        ("Eiropas Parlamenta un Padomes Direktīvu 2007/2/EK", {"kind": "legal_act", "celex": "32007L0002", "normalized": "Direktīva 2007/2/EK"}),
        ("OV L 119, 4.5.2016., 1. lpp.", {"kind": "oj", "issue": "119", "page": 1}),
        ("LESD 267. pants", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "LESD 267. pants"}),
        ("lietā C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("Regulas (ES) 2016/679 6. panta 1. punkta a) apakšpunkts", {"kind": "legal_act", "_span": "Regulas (ES) 2016/679", "pinpoint": "6. panta 1. punkta a) apakšpunkts"}),
    ),
)  # fmt: skip
