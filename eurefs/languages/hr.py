# ruff: noqa: E501
"""Croatian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

# The numbered directives' ordinals (the Sixth VAT Directive): no use of a bare-word alias.
_NUMBERED = tuple(
    s + e
    for s in ("sedm", "osm", "devet", "deset", "jedanaest", "dvanaest", "trinaest")
    for e in ("i", "og", "oga", "om", "im", "a", "e", "oj", "u")
)

LANGUAGE = Language(
    code="hr",
    name="Croatian",
    ecb_prefixes=('ESB',),
    ecb_authors=('Europske središnje banke',),
    sources=frozen({"pinpoints.enacting_intros, enacting_leads (njezin)": "the enacting formula of an act citing an act, its pinpoint after the act's title, the feminine possessive for a regulation, a directive or a decision (the treaty's, masculine, njegov): 'uzimajući u obzir Direktivu 2003/41/EZ Europskog parlamenta i Vijeća od 3. lipnja 2003. o djelatnostima i nadzoru institucija za strukovno mirovinsko osiguranje (1), a posebno njezin članak 20. stavak 11. četvrti podstavak,' (Commission Implementing Regulation (EU) No 643/2014, EUR-Lex 32014R0643, HR), 'uzimajući u obzir Uredbu Vijeća (EZ) br. 2894/94 ... (1), a posebno njezin članak 1. stavak 3.,' (Council Decision (EU) 2023/2650, EUR-Lex 32023D2650), 'uzimajući u obzir Odluku Vijeća 2014/335/EU, Euratom ... (1), a posebno njezin članak 9.,' (Council Regulation (EU, Euratom) No 608/2014, EUR-Lex 32014R0608); pages corpus", 'back_references.proposal_titles, proposal_leads': "the proposal named by the name of the act proposed, in the genitive right after it: 'Nekoliko djelomičnih općih pristupa imalo je ključnu ulogu u približavanju mišljenja Vijeća o Prijedlogu opće uredbe o zaštiti podataka u cijelosti' (the Council Presidency, 2015, as the Croatian encyclopaedia's article 'Opća uredba o zaštiti podataka' quotes it, enciklopedija.cc; pages corpus); a proposal's title as EUR-Lex writes it in Croatian ('Prijedlog UREDBE EUROPSKOG PARLAMENTA I VIJEĆA'), its cases and the directive's and the decision's by Croatian grammar, UNCONFIRMED in a text read", "pinpoints.title_ordinals, an article's part after its dot": "the Sixth VAT Directive as the Court's Croatian cites it, with the part's capital after the article's ordinal dot and the ordinal declined with the directive: 'U predmetnom se slučaju od Suda zahtijeva da precizira doseg članka 13. A stavka 1. točke (n) Šeste direktive 77/388/EEZ(2).' and the keyword '– Šesta direktiva 77/388/EEZ – Članak 13. A stavak 1. točka (n) –' (Opinion of AG Bot in C-592/15 British Film Institute, EUR-Lex 62015CC0592, as taxlawapp.eu prints it in Croatian; pages corpus); the ordinals other than 'Šeste' from the language, UNCONFIRMED in a text read", "pinpoints.amended_by": "the phrase before the amending act, after which a pinpoint is the amended act's: 'Direktiva 2006/112/EZ, kako je izmijenjena Direktivom 2008/8/EZ – Članci 44., 45. i 47. – Pružanje usluga' (the keyword line of the Court's judgment in C-931/19 Titanium, taxlawapp.eu, HR; pages corpus); the other genders of the participle UNCONFIRMED in a text read", "hint_words (prethodnu, odluku)": "the words that open the keyword line of every judgment and Opinion on a reference in Croatian, which Slovenian writes otherwise ('Predhodno odločanje'): 'Zahtjev za prethodnu odluku – Zaštita osobnih podataka – Uredba (EU) 2016/679 – Članak 15. stavak 3.' (the Opinion of AG Pitruzzella in C-487/21, curia.europa.eu, Croatian), 'Zahtjev za prethodnu odluku – Zaštita pojedinaca u vezi s obradom osobnih podataka – Uredba (EU) 2016/679 – Članak 12. stavak 1.' (the Opinion of AG Richard de la Tour in C-757/22, curia.europa.eu, Croatian; pages corpus; both EUR-Lex judgment texts)", "back_references.anaphor_determiners (iste)": "the same act again, as the Court's Croatian writes it: 'Uvodna izjava 26. iste direktive precizira' after 'uvodnoj izjavi 10. Direktive 2004/48' (the Opinion of Advocate General Wathelet in C-99/15 Liffers, EUR-Lex 62015CC0099, Croatian; pages corpus); the other cases by Croatian grammar, UNCONFIRMED in a text read", "pinpoints.recitals (uvodna izjava)": "a recital before the act declined after its number's dot, as the Court's Croatian writes it: 'Prema uvodnoj izjavi 10. Direktive 2004/48, njezin je cilj', 'Uvodna izjava 26. iste direktive precizira' (the Opinion of Advocate General Wathelet in C-99/15 Liffers, EUR-Lex 62015CC0099, Croatian; pages corpus); the other cases and the plural by Croatian grammar (the nominative, genitive and plural shared with the Slovenian record), UNCONFIRMED in a text read", 'oj.edition_*': "the Court's '(SL 2003., L 171, str. 1.) (SL, posebno izdanje na hrvatskom jeziku, poglavlje 13., sve...' standing alone after the journal's citation (judgment C-513/15, Agrodetalė, EUR-Lex 62015CJ0513, Croatian; pages corpus, the excerpt cut there); the volume and page written as the chapter and the journal's page are ('svezak 29., str. 3.'): UNCONFIRMED past 'sve'", "subtype_forms (the type word in lower case)": "the qualifier capitalised at the start of the citation, the type word after it in lower case, as EUR-Lex writes them: 'Provedbena uredba (EU) 2019/947 o pravilima i postupcima za rad bespilotnih zrakoplova', 'Delegiranom uredbom (EU) 2019/945' (EUR-Lex summary of 32019R0947 in Croatian; pages corpus)", 'national_author_words, national_names': "national bodies named with 'za' after the EU institutions' words (a commission's: the EU's has no name so carried on; a council's only in full, 'Vijeća za pridruživanje' being an association's): 'Odluka Vijeća za elektroničke medije, klasa: 612-12/14-02/0013' (narodne-novine.nn.hr, NN 120/2014; pages corpus); the state's name after a national body's ('Vlade Republike Hrvatske', sn.rijeka.hr); the EU's are 'Vijeća' and 'Komisije' alone (EUR-Lex); an act numbered N/YYYY so authored is UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('mišljenja 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (the dative, instrumental and locative plural)': "beside the cases of the EUR-Lex titles the record lists ('Direktivom 2000/43/EZ želi se', the EUR-Lex summary of Directive 2000/43/EC in Croatian), the plural of the dative, instrumental and locative ('u skladu s EU direktivama', Croatian web texts, find_string) before a list of numbers (direktivama 2000/43/EZ i 2000/78/EZ) from Croatian grammar (UNCONFIRMED in a text read)", "ecb_prefixes": ECB_NUMBERS["hr"], "national_author_links, eu_author_words": "the author in the genitive right after the number, as EUR-Lex titles write it ('Uredba (EU) br. 539/2010 Europskog parlamenta i Vijeća', 'Uredbe Vijeća (EZ) br. 1083/2006'; EUR-Lex 32010R0539 in the pages corpus); national authors capitalised in the genitive ('Gradsko vijeće Grada Rijeke', 'Statuta Grada Krka', 'Vlade Republike Hrvatske'; sn.rijeka.hr, sn.pgz.hr; pages corpus); 'Odluka br. 123/2010 Vlade Republike Hrvatske' itself UNCONFIRMED in a text read; a capitalised word right before a date is no author (a participle: 'Smjernice o transparentnosti na temelju Uredbe 2016/679 Donesene 29. studenoga 2017.', the Article 29 Working Party's WP260 rev.01 in Croatian, cupdf.com; pages corpus; grammar/national_acts)", "other_determiners (ordinals)": "ordinals past those of the records' pinpoints, so that a numbered directive (the Sixth VAT Directive 77/388/EEC, the Eighth, the Thirteenth; the Second and Third Motor Insurance Directives) is no use of an alias defined as the bare type word, as the Court's judgments on VAT name the Sixth Directive; the forms from the language's grammar, UNCONFIRMED in a judgment read for the project", "treaties (EAEC, ECSC)": EAEC_ECSC["hr"], "article_plural": ARTICLE_PLURALS["hr"], **sources("hr", dev="development text tests/data/corpus-hr (EUR-Lex and European Parliament pages): u skladu s člankom 287. Ugovora o funkcioniranju Europske unije"), "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'To je pravo sadržano u Povelji Europske unije o temeljnim pravima (u daljnjem tekstu: Povelja), koja u članku 8. propisuje ... sadržano u članku 7. Povelje' (the European Parliament's fact sheet 'Zaštita osobnih podataka', July 2020, Croatian, as pdfslide.tips copies it; pages corpus: the locative, which names the Charter in full for its short name after), 'Povelja Europske unije o temeljnim pravima – Članak 7. – Pravo na poštovanje privatnog života' (the Opinion of AG Ćapeta in C-268/21, EUR-Lex 62021CC0268, HR; pages corpus: the nominative, as a keyword); 'članka 42. Povelje Europske unije o temeljnim pravima' (a request for access to documents); 'članaka 41. i 47. Povelje o temeljnim pravima' only in a list of citation patterns, UNCONFIRMED in running text. The short name after a citation in full (short_names, grammar/named_again), in the genitive: 'propisano člankom 18. UFEU-a, a sada i člankom 21. stavkom 2. Povelje' (e-justice.europa.eu, hr, part II on the Charter; pages corpus), after 'Područje primjene Povelje Europske unije o temeljnim pravima (u daljnjem tekstu: Povelja)' (a Croatian paper on the Charter, 2021, dokumen.tips; pages corpus); never before 'Europske', 'EU', 'o', 'Ujedinjenih', 'UN-a' (Povelja Ujedinjenih naroda: from the language, UNCONFIRMED in a text read). No abbreviation in use found: the normal form uses the short name", "back_references (definition_intros: u daljnjem tekstu)": "the intro of the Court's Croatian (and of the EUR-Lex summaries in Croatian), beside 'dalje u tekstu': '... tumačenje članka 22. točke 4. Uredbe Vijeća (EZ) br. 44/2001 od 22. prosinca 2000. o [sudskoj] nadležnosti, priznavanju i izvršenju sudskih odluka u građanskim i trgovačkim stvarima (u daljnjem tekstu: Uredba Bruxelles I) ( 2 ).', then 'propisano u članku 22. točki 4. Uredbe Bruxelles I' (the Opinion of AG Saugmandsgaard Øe in C-341/16 Hanssen Beleggingen, EUR-Lex 62016CC0341, Croatian); '... Direktive Vijeća 2006/112/EZ od 28. studenoga 2006. o zajedničkom sustavu poreza na dodanu vrijednost (SL L 347, str. 1.) (SL, posebno izdanje na hrvatskom jeziku, poglavlje 9., svezak 1., str. 120.; u daljnjem tekstu: Direktiva o PDV-u).', then 'Članak 2. stavak 1. točka (a) Direktive o PDV-u određuje' (the judgment in C-267/15 Gemeente Woerden, as taxlawapp.eu prints it, Croatian); 'Područje primjene Povelje Europske unije o temeljnim pravima (u daljnjem tekstu: Povelja)' (see treaties (CFR)); pages corpus", "back_references (alias_suffixes)": "an acronym's genitive, dative and instrumental after a hyphen, as Croatian privacy notices and analyses cite the GDPR (EUR-Lex writes 'Uredba (EU) 2016/679'): 'na temelju legitimnog interesa iz članka 6. stavka 1. točke (f) GDPR-a', 'iz članka 6. stavka 1. GDPR-a', 'tumačenja članka 4. stavka 1. GDPR-a, presuda CJEU-a' (public repositories, found with find_string); 'GDPR-u', 'GDPR-om' by Croatian grammar, UNCONFIRMED in a text read", "pinpoints.words (stavci, stavaka)": "the plural of stavak before a list of paragraphs, its numbers with their ordinal dots and commas: 'Direktiva 95/46/EZ — Članak 4. stavak 1. i članak 28. stavci 1., 3. i 6. —' (the key words of the Opinion in C-230/14, Weltimmo, EUR-Lex 62014CC0230, Croatian; pages corpus), 'u smislu članka 7. stavaka 1. i 2. Akta od 20. rujna 1976.' (the European Parliament's Rules of Procedure in Croatian, a public repository; find_string)", "pinpoints.words (toč.)": "toč., the abbreviation of točka after st., as a Croatian law firm summarises the Court's judgments: 'Čl. 51. st. 1. toč. (a) Uredbe Vijeća (EZ) br. 207/2009 od 26. veljače 2009. o žigu Europske unije' and 'čl. 58. st. 1. toč. (a) Uredbe (EU) 2017/1001' (ingbiro.com, its list of court decisions on intellectual property; pages corpus)", "pinpoints.words (st.)": "st., the abbreviation of stavak after čl., as Croatian writing outside EUR-Lex has it: 'čl. 15. st. 3. UFEU-a' among the citation patterns of a Croatian access-to-documents tool and 'protivno čl. 8. ZZTN-a i čl. 101. UFEU-a' in a Croatian text of the same kind (public repositories, find_string); in running text of a judgment or a law firm UNCONFIRMED", "pinpoints.words, pinpoints.ordinals, pinpoints.ordinal_nouns, treaties (declined abbreviations)": "CURIA key words of judgments and opinions (C-516/22, C-144/23, C-69/14): 'Članak 4. stavak 3. UEU‑a', 'Članak 351. prvi stavak UFEU‑a', 'Članak 267. treći stavak UFEU‑a', 'članak 110. UFEU‑a'; European Parliament: 'u članku 7. UEU-a', 'članke 258., 267. i 344. Ugovora o funkcioniranju Europske unije (UFEU)'. The other cases of the subdivision words (stavkom, točki ...) and of the ordinals (trećeg stavka) follow Croatian grammar, UNCONFIRMED in real texts"}),
    act_types={
        "regulation": ("Uredba", "Uredbe", "Uredbi", "Uredbu", "Uredbom", "Uredaba", "Uredbama"),
        "directive": ("Direktiva", "Direktive", "Direktivi", "Direktivu", "Direktivom", "Direktiva", "Direktivama"),
        "decision": ("Odluka", "Odluke", "Odluci", "Odluku", "Odlukom", "Odluka", "Odlukama"),
        "framework_decision": ("Okvirna odluka", "Okvirne odluke", "Okvirnoj odluci", "Okvirnu odluku", "Okvirnom odlukom"),
        "recommendation": ("Preporuka", "Preporuke", "Preporuci", "Preporuku", "Preporukom"),
        "joint_action": ("Zajednička akcija", "Zajedničke akcije", "Zajedničkoj akciji"),
        "common_position": ("Zajedničko stajalište", "Zajedničkog stajališta", "Zajedničkom stajalištu"),
    },
    author_phrases=("Europskog parlamenta i Vijeća", "Vijeća", "Komisije", "Europske središnje banke"),
    legislator_forms=("Europskog parlamenta i Vijeća",),
    author_in_span=True,
    subtypes_before=frozen({"Delegirana": "delegated", "Delegirane": "delegated", "Delegiranoj": "delegated", "Delegiranu": "delegated",
                            "Provedbena": "implementing", "Provedbene": "implementing", "Provedbenoj": "implementing", "Provedbenu": "implementing"}),
    subtype_forms=frozen({"delegated": "Delegirana {lower}", "implementing": "Provedbena {lower}"}),
    number_markers=("br.",),
    number_marker="br.",
    national_author_links=("",),
    eu_author_words=("Europ", "Zajednic", "Unij", "Visoke vlasti", "ESB"),
    national_author_words=("komisije za", "vijeća za elektroničke medije"),
    national_names=("Hrvatske",),
    list_conjunctions=("i", "ili", "te"),
    domains=frozen({"EU": "EU", "EZ": "EZ", "EEZ": "EEZ", "EZUČ": "EZUČ", "ZVSP": "ZVSP", "PUP": "PUP", "Euratom": "Euratom"}),
    jha_domains=("PUP",),
    ecsc_domains=("EZUČ",),
    domain_eras=frozen({"EU": "EU", "EZ": "EC", "EEZ": "EEC", "EZUČ": "ECSC", "ZVSP": "CFSP", "PUP": "JHA", "Euratom": "Euratom"}),
    hint_words=("prethodnu", "odluku", "i", "u", "na", "se", "da", "je", "za", "s", "sa", "o", "koji", "koja", "koje", "su", "od", "iz", "po", "kao", "te", "ove", "ovog", "članka",
                # frequent words Slovenian writes otherwise (tudi, oziroma, ali, ni, lahko)
                "također", "ili", "prema", "nije", "može",
                # the judgment cited before a case number (presuda od ..., C-397/01)
                "presuda", "presude", "presudi", "presudu"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ])(?P<body>(?i:Vijeća[ ]ministara(?=[ ]?[A-Z]{2,5}[-–])|Odbora[ ]veleposlanika|(?:Vijeća|Odbora)[ ]za[ ](?:pridruživanje|suradnju|stabilizaciju[ ]i[ ]pridruživanje|partnerstvo)|Vijeća[ ]EGP-a|Zajedničkog[ ]odbora(?:[ ]EGP-a)?|Mješovitog[ ]odbora)(?:[ ]?[A-Z]{2,5}[-–][A-ZČĆŠŽ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``odbora``, after adjectives in ``-og``); the EU's institutions are Vijeća, Komisije.
        any_after=r"(?i:[ ])(?P<body>(?:[^\W\d_]{2,20}(?i:og)[ ]){0,2}(?i:pododbora|odbora)(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("od",),
    months=(("siječnja",), ("veljače",), ("ožujka",), ("travnja",), ("svibnja",), ("lipnja",), ("srpnja",), ("kolovoza",), ("rujna",), ("listopada",), ("studenoga", "studenog"), ("prosinca",)),
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj=OjWords(
        journals=("SL",),
        # (then the locative or inessive, as running text declines the name: see sources)
        journal_names=("Službeni list Europske unije", "Službeni list Europskih zajednica",
                          "Službenom listu Europske unije", "Službenom listu Europskih zajednica"),
        pages=("str.",),
        edition_citations=("SL, posebno izdanje na hrvatskom jeziku, poglavlje {chapter}., svezak {volume}., str. {page}[.]",),
    ),
    treaties={
        # the abbreviations declined after an article: ``članak 267. UFEU-a``, ``članku 7. UEU-a``
        "TFEU": Treaty("UFEU", ("UFEU", "UFEU-a"), ("Ugovora o funkcioniranju Europske unije", "Ugovor o funkcioniranju Europske unije")),
        "TEU": Treaty("UEU", ("UEU", "UEU-a"), ("Ugovora o Europskoj uniji", "Ugovor o Europskoj uniji")),
        "EC": Treaty("UEZ", ("UEZ", "UEZ-a"), ("Ugovora o osnivanju Europske zajednice",)),
        "EEC": Treaty("UEEZ", ("UEEZ", "UEEZ-a"), ("Ugovora o osnivanju Europske ekonomske zajednice",)),
        "EAEC": Treaty("Ugovora o osnivanju Europske zajednice za atomsku energiju", ("Ugovora o osnivanju Europske zajednice za atomsku energiju",), ("Ugovora o osnivanju Europske zajednice za atomsku energiju", "Ugovor o osnivanju Europske zajednice za atomsku energiju")),
        "ECSC": Treaty("Ugovora o osnivanju Europske zajednice za ugljen i čelik", ("Ugovora o osnivanju Europske zajednice za ugljen i čelik",), ("Ugovora o osnivanju Europske zajednice za ugljen i čelik", "Ugovor o osnivanju Europske zajednice za ugljen i čelik")),
        "CFR": Treaty("Povelje o temeljnim pravima", ("Povelje o temeljnim pravima",), ("Povelje Europske unije o temeljnim pravima", "Povelje o temeljnim pravima", "Povelji Europske unije o temeljnim pravima", "Povelja Europske unije o temeljnim pravima"),  # (the locative and nominative: sources)
                      short_names=("Povelje",), short_name_stops=("Europske", "EU", "o", "Ujedinjenih", "UN-a")),
    },
    article_words=frozen({"članak": "članak", "članka": "članak", "članku": "članak", "člankom": "članak", "člancima": "članci", "članci": "članci", "članaka": "članci", "članke": "članci", "čl.": "čl.", "Članak": "članak"}),
    article_plural=("članak", "članci"),
    article_conjunctions=("i", "ili", "do"),
    article_range_words=("do",),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("uzimajući u obzir",),
        # the phrase before an act cited as amending the one before it (see sources)
        amended_by=("kako je izmijenjena",),
        words=("stavak", "stavka", "stavku", "stavkom", "točka", "točke", "točki", "točkom",
               "podstavak", "podstavka", "podstavku", "podstavkom", "podtočka", "podtočke",
               "podtočki", "podtočkom", "st.", "stavci", "stavaka", "toč."),
        # ``Članak 267. treći stavak UFEU-a``, ``članka 351. prvog stavka UFEU-a``, ``prvi i treći
        # podstavak``: ordinal words, declined
        ordinals=tuple(s + e for s in ("prv", "drug", "treć", "četvrt", "pet", "šest", "posljednj", "zadnj")
                       for e in ("i", "og", "oga", "om", "im", "eg", "ega", "em", "a", "e", "oj", "u")),
        # ``druga rečenica``, ``druge rečenice``: a sentence (feminine)
        ordinal_nouns=tuple(p + "stav" + e for p in ("", "pod") for e in ("ak", "ka", "ku", "kom", "ci"))
        + tuple("rečenic" + e for e in ("a", "e", "i", "u", "om")),
        # ``članak 1. stavak 2. točka (a) Uredbe``: numbers of subdivisions are ordinals
        ordinal_dot=True,
        # an act's ordinal, declined with it (``članka 13. A stavka 1. točke (n) Šeste direktive
        # 77/388/EEZ``; see sources)
        title_ordinals=("prve", "druge", "treće", "četvrte", "pete", "šeste", "sedme", "osme",
                        "devete", "desete", "jedanaeste", "dvanaeste", "trinaeste"),
        # ``uvodnoj izjavi 10. Direktive 2004/48``: a recital, its number's dot too
        recitals=("uvodna izjava", "uvodne izjave", "uvodnoj izjavi", "uvodnu izjavu",
                  "uvodnom izjavom", "uvodnih izjava", "uvodnim izjavama"),
        words_after_comma=False,
    ),
    enacting_intros=("uzimajući u obzir",),
    enacting_leads=(r"a[ ]posebno[ ](?:njegov|njegove|njezin)",),
    cases=CaseWords(
        words=("predmetu", "predmet", "predmetima"),
        pinpoint_words=("t.", "točka", "točke"),
        joined_words=("spojenim", "spojeni"),
        opinion_words=("mišljenje", "mišljenja", "mišljenju", "mišljenjem"),
        label_nouns=(
            "tablica", "tablici", "slika", "slici", "grafikon",
            # the plurals, which open a list of labels
            "tablice", "tablicama", "slike", "slikama", "grafikoni", "grafikonima",
        ),
        keyword_instruments=("konvencij", "protokol", "statut", "poslovnik", "zakonik", "povelj"),
    ),
    com=ComWords(
        final_words=("final", "konačna verzija"),
        proposal_words=(r"\bprijedlog",),
        communication_words=(r"\bkomunikacij", r"\bizvješć", r"\bbijela knjiga", r"\bzelena knjiga", r"\bakcijsk\w* plan", r"\bstrategij"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("ili",),
        proposal_titles=("prijedlog/prijedloga/prijedlogu uredba/uredbe/direktiva/direktive/odluka/odluke",),
        proposal_leads=("prijedlog/prijedloga/prijedlogu/prijedlogom",),
        # an acronym's cases after a hyphen (``članka 6. stavka 1. GDPR-a``: see sources)
        alias_suffixes=("-a", "-u", "-om"),
        definition_intros=("dalje u tekstu", "u daljnjem tekstu"),
        unquoted_aliases=True,
        other_determiners=("ova", "ove", "ovoj", "ovu", "ovom", "Ova", "navedena", "navedene",
                           "navedenoj", "navedenu", "navedenom", "te", "ta", "toj", "tu", *_NUMBERED),
        declined=(("Direktiva", "Direktive", "Direktivi", "Direktivu", "Direktivom"),
                  ("Uredba", "Uredbe", "Uredbi", "Uredbu", "Uredbom"),
                  ("Odluka", "Odluke", "Odluci", "Odluku", "Odlukom")),
        title_starts=("o", "kojom se", "kojim se", "koja se", "u vezi s", "u pogledu", "za"),
        in_title_before=("o izmjeni", "o stavljanju izvan snage", "izmjenjuje", "i", "ili"),
        title_dates=(r"od \d{1,2}\. ?\w+ \d{4}\.?",),
        # ta (that) and navedena (the said), feminine as every type word: "za primjenu te
        # Uredbe", "navedenu Direktivu treba kodificirati"; in an act "ove Uredbe" (this) is
        # the act itself, so "te Uredbe" there still points to another act
        # "spomenuta" too: "Radi jasnoće i preglednosti spomenutu Uredbu treba kodificirati"
        # (Implementing Regulation (EU) No 1225/2011, recital 1, EUR-Lex HR)
        anaphor_determiners=("ta", "Ta", "te", "toj", "tu", "tom", "navedena", "Navedena",
                             "navedene", "navedenoj", "navedenu", "Navedenu", "navedenom",
                             "spomenuta", "Spomenuta", "spomenute", "spomenutoj", "spomenutu",
                             "Spomenutu", "spomenutom",
                             # the same: "Uvodna izjava 26. iste direktive" (see sources)
                             "ista", "Ista", "iste", "istoj", "istu", "istom"),
        self_words=("ova", "ove", "ovoj", "ovu", "ovom"),
    ),
    examples=(
        ("Uredba Komisije (EU) br. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "Uredba (EU) br. 1089/2010"}),
        ("Direktive 2007/2/EZ", {"kind": "legal_act", "celex": "32007L0002", "normalized": "Direktiva 2007/2/EZ"}),
        ("SL L 119, 4.5.2016., str. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("članka 267. UFEU", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("člankom 287. Ugovora o funkcioniranju Europske unije", {"kind": "treaty_article", "treaty": "TFEU", "_before": "u skladu s "}),
        ("predmetu C-302/10", {"kind": "case", "_span": "C-302/10", "_before": "u "}),
        ("Članak 267. treći stavak UFEU‑a", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "članak 267. treći stavak UFEU"}),
        ("članak 6. stavak 1. točka (a) Uredbe (EU) 2016/679", {"kind": "legal_act", "_span": "Uredbe (EU) 2016/679", "pinpoint": "članak 6. stavak 1. točka (a)"}),
    ),
)  # fmt: skip
