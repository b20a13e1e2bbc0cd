# ruff: noqa: E501
"""Irish."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import EAEC_ECSC, EX_ARTICLES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

LANGUAGE = Language(
    code="ga",
    name="Irish",
    ecb_prefixes=('BCE',),
    ecb_authors=('ón mBanc Ceannais Eorpach',),
    sources=frozen({"pinpoints.recitals (aithris)": "the recital word as EUR-Lex heads the GDPR's recitals in Irish ('Aithris 26'; gdpr-text.com reproduces them; pages corpus); linked to an act as an article is ('aithris 26 de Rialachán (AE) 2016/679') and the plural aithrisí by Irish grammar, UNCONFIRMED in a text read", 'national_names': "the state's name after a national body's: 'Banc Ceannais na hÉireann', 'an Bhainc Ceannais', 'Banc na hÉireann' (centralbank.ie/ga, collegetribune.ie; pages corpus), 'Rialálaí náisiúnta reachtúil na hÉireann' (charitiesregulator.ie/ga); the EU's bodies are Eorpach ('ón mBanc Ceannais Eorpach', EUR-Lex 32022D2128, Irish); an act numbered N/YYYY so authored is UNCONFIRMED in a text read", "ecb_prefixes": ECB_NUMBERS["ga"], "national_author_links, eu_author_words, national_author_words": "the genitive article before an author after the number (an, na); national authors as the statute book names them ('ón Aire Cosanta', 'ordaíonn an Rialtas', 'faoi Shéala Oifigiúil an Rialtais', 'cumhachtaí agus dualgais an Taoisigh'; irishstatutebook.ie I.R. Uimh. 298/1981 and 395/1981, pages corpus): a capitalised author that is no EU one ('an Rialtais', 'an Aire'); the EU institutions in the genitive as the European Parliament's Irish texts write them ('ionadaí na Comhairle', 'an Bhainc Ceannais Eorpaigh', 'den Chonradh ar Fheidhmiú an Aontais Eorpaigh'; europarl.europa.eu TA-9-2020-11-24_GA, TA-8-2019-0351_GA, pages corpus; 'an Choimisiúin', 'an Chomhphobail Eorpaigh' from Irish grammar) and in the author phrases of EUR-Lex ('ón gComhairle', eclipsed: no capital) stay EU; a county or city council ('na Comhairle Contae', 'Comhairle Cathrach') is national. Irish national statutory instruments have their own type word (I.R. Uimh. 298/1981), so the national author right after an EU type word with a number N/YYYY is UNCONFIRMED in a text read",
        "article_word_prefixes": "the h that le (with) and go (to) put before a vowel: 'i gcomhréir le hAirteagal 27(6) de Rialachán (AE) 2021/23' (Commission Delegated Regulation (EU) 2023/1615, EUR-Lex 32023R1615, Irish); before the plural in a heading in capitals, the h a capital there: 'CAD IS AIDHM LE HAIRTEAGAIL 258, 259 AGUS 260 DEN CFAE?' (the EUR-Lex summary LEGISSUM:l14550, Irish; the capital read before a word in capitals only, grammar/treaty_article_patterns); the plural in small letters (hAirteagail) from Irish grammar (UNCONFIRMED in a text read for the project)",
        "act_types (lenited Threoir, Chinneadh)": "the type word lenited after a preposition, as the EDPB's Irish page on its legal framework writes it (edpb.europa.eu, legal-framework_ga): 'in ionad Threoir 95/46/CE', 'in ionad Chinneadh Réime 2008/977/CGB' (the lenited decision, as in 'Chinneadh Réime' already listed); EUR-Lex texts lenite the same way after de, do, faoi, ó",
        "treaties (EAEC, ECSC)": EAEC_ECSC["ga"], "treaties (EC, former numbers)": EX_ARTICLES["ga"],
        "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: the title 'Cairt um Chearta Bunúsacha an Aontais Eorpaigh' (EUR-Lex 12010P, GA) and its lenited form 'mar Chairt um Chearta Bunúsacha an Aontais Eorpaigh' there, 'sa Chairt um Chearta Bunúsacha' (EUR-Lex summaries); 'Airteagal 47 de Chairt ...' itself UNCONFIRMED (de as for the Treaties). No abbreviation: the normal form is the short name with its preposition",
        **sources("ga"),
        "pinpoints.leads, pinpoints.links (d’), article_conjunctions (go), article_range_words, pinpoints.ordinals (after den)": "the points and the ordinal subparagraph written before the article, joined to it by the elided de: 'Pointí (a) go (f) den chéad fhomhír d’Airteagal 6(1) de Rialachán 2016/679' (the keywords of the judgment in C-252/21 Meta Platforms, EUR-Lex ECLI:EU:C:2023:537, Irish), 'Airteagal 12(b) agus an chéad fhomhír d’Airteagal 14(a) de Threoir 95/46/CE' (the Opinion of AG Pitruzzella in C-460/20, curia.europa.eu, ECLI:EU:C:2022:271, Irish; pages corpus); the singular pointe and go between article numbers ('Airteagail 101 go 106') from Irish grammar, UNCONFIRMED in a text read",
        "pinpoints.ordinals, pinpoints.ordinal_nouns": "a subparagraph by its ordinal after the article, as the European Parliament's Irish texts write it: '–  ag féachaint d’Airteagal 283(2), an dara fomhír, den Chonradh ar Fheidhmiú an Aontais Eorpaigh' (decision of 24 November 2020 on the appointment of a member of the ECB's Executive Board, europarl.europa.eu TA-9-2020-11-24_GA; pages corpus); the other ordinals, the lenited noun after 'an chéad' ('De bhun na chéad fhomhíre d’Airteagal 6(1) den Chonradh ar an Aontas Eorpach', the consolidated Treaties in the Official Journal's Irish edition, OJ C 83, 30.3.2010, on EUR-Lex, as vdocuments.mx copies it; pages corpus), the sentence (abairt, h-prefixed after an ordinal but the first) and the indent (fleasc) from Irish grammar, UNCONFIRMED in a text read",
        "oj.pages (lgh.)": "the plural of lch. before a range of pages: 'Airteagail 258, 259 agus 260 (IO C 202, 7.6.2016, lgh. 160-161)' (EUR-Lex summary LEGISSUM l14550 in Irish; pages corpus)",
        "article_word_leads": "'ag féachaint d’Airteagal 294(2) agus d’Airteagal 81(2) den Chonradh ar "
        "Fheidhmiú an Aontais Eorpaigh' in European Parliament text P8_TA(2019)0411 "
        "(development text tests/data/corpus-ga G01)",
    }),
    act_types={
        "regulation": ("Rialachán", "Rialacháin", "Rialachánna"),
        "directive": ("Treoir", "Treorach", "Treoracha", "Threoir"),
        "decision": ("Cinneadh", "Cinnidh", "Cinntí", "Chinneadh"),
        "framework_decision": ("Cinneadh Réime", "Chinneadh Réime"),
        "recommendation": ("Moladh", "Mholadh"),
        "joint_action": ("Gníomhaíocht Chomhpháirteach",),
        "common_position": ("Comhsheasamh",),
    },
    author_phrases=("ó Pharlaimint na hEorpa agus ón gComhairle", "ón gComhairle", "ón gCoimisiún", "ón mBanc Ceannais Eorpach"),
    legislator_forms=("ó Pharlaimint na hEorpa agus ón gComhairle",),
    subtypes_after=frozen({"Tarmligthe": "delegated", "Cur Chun Feidhme": "implementing"}),
    subtype_forms=frozen({"delegated": "{word} Tarmligthe", "implementing": "{word} Cur Chun Feidhme"}),
    number_markers=("Uimh.",),
    number_marker="Uimh.",
    national_author_links=("an", "na"),
    eu_author_words=("Eorp", "hEorp", "Comhairle", "Chomhairle", "Coimisiú", "Choimisiú", "Comhphobal", "Chomhphobal",
                     "Aontas", "Aontais", "Pharlaimint", "Parlaimint", "Ard-Údarás", "BCE"),
    national_author_words=("Comhairle Contae", "Chomhairle Contae", "Comhairle Cathrach", "Chomhairle Cathrach"),
    national_names=("hÉireann", "Éireann"),
    list_conjunctions=("agus", "nó"),
    domains=frozen({"AE": "AE", "CE": "CE", "CEE": "CEE", "CEGC": "CEGC", "CBES": "CBES", "CGB": "CGB", "Euratom": "Euratom"}),
    jha_domains=("CGB",),
    ecsc_domains=("CEGC",),
    domain_eras=frozen({"AE": "EU", "CE": "EC", "CEE": "EEC", "CEGC": "ECSC", "CBES": "CFSP", "CGB": "JHA", "Euratom": "Euratom"}),
    hint_words=("an", "na", "agus", "ar", "le", "i", "ó", "do", "den", "don", "go", "is", "a", "sa", "leis", "faoi", "ag", "ina"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ](?:ón|ó|an|na)[ ])(?P<body>(?i:(?:gComhairle|Chomhairle|Comhairle)[ ](?:Comhlachais|Chomhlachais|Comhair|Chomhair|Comhpháirtíochta|Chomhpháirtíochta|Cobhsaíochta[ ]agus[ ]Comhlachais)|(?:gComhchoiste|Chomhchoiste|Comhchoiste)(?:[ ]LEE)?)(?:[ ]?[A-Z]{2,5}[-–][A-Z]\w{1,20})?)(?![\w-])",
        # Any committee after the number (ó Choiste Ambasadóirí ACC-AE, ón gCoiste Trádála), a
        # council of ministers, a joint council or one with its parties (ó Chomhairle Airí
        # ACC-AE): the EU's Commission is an Coimisiún, its Council an Chomhairle (Eorpach).
        any_after=r"(?i:[ ](?:ón|ó|an|na)[ ])(?P<body>(?i:gCoiste|Choiste|Coiste|bhFochoiste|Fhochoiste|Fochoiste|gComhchoiste|Chomhchoiste|Comhchoiste)(?:[ ](?!(?i:An|Na|Ar|De|Den|Agus|Chun|Le|Lena|Ón|Ó)(?!\w))[A-ZÁÉÍÓÚ]\w{1,30}){0,3}(?:[ ][A-Z]{2,6}[-–][A-ZÁÉÍÓÚ]\w{1,20})?|(?i:gComhairle|Chomhairle|Comhairle)(?:[ ](?i:Airí|Chomhpháirteach|Comhpháirteach)(?:[ ][A-Z]{2,6}[-–][A-ZÁÉÍÓÚ]\w{1,20})?|(?:[ ](?!(?i:Eorpach|Eorpaigh|An|Na|Ar|De|Den|Agus|Chun|Le|Lena|Ón|Ó)(?!\w))[A-ZÁÉÍÓÚ]\w{1,30}){1,3}[ ][A-Z]{2,6}[-–][A-ZÁÉÍÓÚ]\w{1,20}))(?![\w-])",
    ),
    date_words=("an",),
    months=(("Eanáir",), ("Feabhra",), ("Márta",), ("Aibreán",), ("Bealtaine",), ("Meitheamh",), ("Iúil",), ("Lúnasa",), ("Meán Fómhair",), ("Deireadh Fómhair",), ("Samhain",), ("Nollaig",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation"),
    oj=OjWords(
        journals=("IO",),
        journal_names=("Iris Oifigiúil an Aontais Eorpaigh", "Iris Oifigiúil na gComhphobal Eorpach"),
        pages=("lch.", "lgh."),
    ),
    treaties={
        "TFEU": Treaty("CFAE", ("CFAE",), ("Chonradh ar Fheidhmiú an Aontais Eorpaigh", "Conradh ar Fheidhmiú an Aontais Eorpaigh")),
        "TEU": Treaty("CAE", ("CAE",), ("Chonradh ar an Aontas Eorpach", "Conradh ar an Aontas Eorpach")),
        "EC": Treaty("CE", ("CE", "CCE"), ("Chonradh CE",)),
        "EEC": Treaty("CEE", ("CEE",), ("Chonradh CEE",)),
        "EAEC": Treaty("den Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach", ("Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach",), ("Chonradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach", "Conradh lena mbunaítear an Comhphobal Eorpach do Fhuinneamh Adamhach")),
        "ECSC": Treaty("den Chonradh lena mbunaítear an Comhphobal Eorpach do Ghual agus Cruach", ("Chonradh lena mbunaítear an Comhphobal Eorpach do Ghual agus Cruach",), ("Chonradh lena mbunaítear an Comhphobal Eorpach do Ghual agus Cruach", "Conradh lena mbunaítear an Comhphobal Eorpach do Ghual agus Cruach")),
        "CFR": Treaty("de Chairt um Chearta Bunúsacha", ("Cairt um Chearta Bunúsacha",), ("Chairt um Chearta Bunúsacha an Aontais Eorpaigh", "Cairt um Chearta Bunúsacha an Aontais Eorpaigh", "Chairt um Chearta Bunúsacha", "Cairt um Chearta Bunúsacha")),
    },
    treaty_prepositions=("den", "de"),
    article_words=frozen({"Airteagal": "Airteagal", "Airteagail": "Airteagail"}),
    # the h that le (with) and go (to) put before a vowel: ``i gcomhréir le hAirteagal 290
    # CFAE`` (read by the treaty-article family; not yet before an act's pinpoint)
    article_word_prefixes=("h",),
    # ``Ag féachaint don Chonradh ar Fheidhmiú an Aontais Eorpaigh, agus go háirithe
    # Airteagal 295 de`` (development text G03, the Irish enacting formula)
    enacting_intros=("Ag féachaint don", "ag féachaint don"),
    enacting_leads=(r"agus[ ]go[ ]háirithe",),
    enacting_after=("de",),
    # ``Pointí (a) go (f) den chéad fhomhír d’Airteagal 6(1) de Rialachán 2016/679`` (see sources)
    article_conjunctions=("agus", "nó", "go"),
    article_range_words=("go",),
    pinpoints=PinpointWords(
        # (the elided de between a lead and its article: ``an chéad fhomhír d’Airteagal 14(a)``)
        links=("de", "den", "d’", "d'"),
        leads=("pointe", "pointí", "Pointe", "Pointí"),
        # ``aithris 26 de Rialachán (AE) 2016/679``: a recital linked as an article is
        recitals=("aithris", "aithrisí"),
        words=("mír", "pointe", "pointí", "fomhír"),
        # ``Airteagal 283(2), an dara fomhír, den Chonradh ...`` (see sources)
        # (without the article after den, which holds it: ``den chéad fhomhír d’Airteagal``)
        ordinals=("an chéad", "an dara", "an tríú", "an ceathrú", "an cúigiú", "an séú",
                  "chéad", "dara", "tríú", "ceathrú", "cúigiú", "séú"),
        ordinal_nouns=("fomhír", "fhomhír", "abairt", "habairt", "fleasc", "fhleasc"),
    ),
    # the elided preposition glued to a repeated article word: ``agus d’Airteagal 81(2)``
    article_word_leads=("d’", "d'"),
    cases=CaseWords(
        words=("Cás", "Cásanna", "cás", "cásanna"),
        pinpoint_words=("mír", "míreanna"),
        joined_words=("uamtha", "Uamtha"),
        opinion_words=("Tuairim",),
        label_nouns=("tábla", "táblaí"),
        keyword_instruments=("coinbhinsiún", "prótacal", "reacht", "rialacha", "cód", "conradh", "cairt"),
    ),
    com=ComWords(
        final_words=("final", "críochnaitheach"),
        proposal_words=(r"\btogra",),
        communication_words=(r"\bteachtaireacht", r"\btuarascáil", r"\bpáipéar bán", r"\bpáipéar glas", r"\bplean gníomhaíochta", r"\bstraitéis"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("nó",),
        definition_intros=("dá ngairtear", "dá ngairfear", "ar a dtugtar"),
        definition_closings=("anseo feasta", "anseo ina dhiaidh seo", "feasta"),
        articles=("an", "An", "na", "Na", "den", "don", "sa", "ón"),
        declined=(("Treoir", "Treorach"), ("Rialachán", "Rialacháin"), ("Cinneadh", "Cinnidh")),
        title_starts=("maidir le", "lena leasaítear", "lena mbunaítear", "lena leagtar",
                      "lena n-aisghairtear", "lena gcuirtear", "ar", "chun", "i ndáil le"),
        in_title_before=("lena leasaítear", "lena n-aisghairtear", "agus", "nó"),
        title_dates=(r"(?:an|dar dáta an) \d{1,2} \w+ \d{4}",),
        # "sin" (that) after the type word: "ba cheart an Rialachán sin a chódú"; "seo"
        # (this) is the text itself.  "na Rialacháin sin" is "those Regulations"
        anaphor_determiners_after=("sin",),
        plural_heads=("na Rialacháin",),
    ),
    examples=(
        ("Threoir 95/46/CE", {"kind": "legal_act", "celex": "31995L0046", "normalized": "Treoir 95/46/CE", "_before": "in ionad "}),
        ("Rialachán (AE) 2016/679", {"kind": "legal_act", "celex": "32016R0679", "normalized": "Rialachán (AE) 2016/679"}),
        ("Treoir 2007/2/CE", {"kind": "legal_act", "celex": "32007L0002", "_before": "an "}),
        ("IO L 119, 4.5.2016, lch. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("Airteagal 267 CFAE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "Airteagal 267 CFAE"}),
        ("Cás C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("Airteagal 6(1), pointe (a), de Rialachán (AE) 2016/679", {"kind": "legal_act", "_span": "Rialachán (AE) 2016/679", "pinpoint": "Airteagal 6(1), pointe (a)"}),
    ),
)  # fmt: skip
