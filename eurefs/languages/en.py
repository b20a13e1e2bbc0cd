# ruff: noqa: E501
"""English."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.data.journal import JOURNAL_NAMES
from eurefs.languages._en_sources import SOURCES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords
from eurefs.languages.prose_dates import ProseDates

#: A recital's ordinal written out (``the first and eleventh recitals in the preamble to``)
_RECITAL_ORDINALS = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|[1-9][0-9]{0,2}(?:st|nd|rd|th)|last|penultimate"

LANGUAGE = Language(
    code="en",
    name="English",
    ecb_prefixes=('ECB',),
    ecb_authors=("European Central Bank", "ECB", "of the European Central Bank", "of the ECB"),
    sources=frozen(SOURCES),
    act_types={
        "regulation": ("Regulation", "Regulations", "Reg.", "Regs.", "Reg"),
        "directive": ("Directive", "Directives", "Dir."),
        "decision": ("Decision", "Decisions", "Dec."),
        "framework_decision": ("Framework Decision", "Framework Decisions"),
        "recommendation": ("Recommendation", "Recommendations"),
        "joint_action": ("Joint Action", "Joint Actions"),
        "common_position": ("Common Position", "Common Positions"),
        "common_strategy": ("Common Strategy", "Common Strategies"),
        "guideline": ("Guideline", "Guidelines"),
    },
    authors=("Commission", "Council", "European Central Bank", "ECB",
             "European Parliament and Council", "Parliament and Council"),
    # the author after the number (``Regulation No 17 of the Council``): another one is a
    # national or other body's, whose act is no EU act (``of the Central Bank of Ireland``)
    national_author_links=("of the",),
    eu_author_words=("Europ", "Communit", "Union", "High Authority", "High Representative",
                     "Court of Justice", "General Court", "Court of Auditors", "Member States",
                     "Representatives of the Governments"),
    national_author_words=("Commissioner", "Commission for", "Council for", "Authority"),
    # the EDPB's decisions under Articles 65 and 66 GDPR (``Binding Decision 1/2021``)
    national_qualifiers=("binding",),
    # (and the national authors by their office or level, the courts, and the regulators
    # whose names end in an EU institution's word: ``Competition Council Decision``)
    national_authors_before=("Board", "Director", "EDPB", "EDPS", "Authority", "Supervisors",
                             "Government", "City", "County", "NBR", "Presidential", "Ministerial",
                             "Minister", "Ministry", "Cabinet", "Governor", "Mayor", "Municipal",
                             "Municipality", "Regional", "Provincial", "Local", "Federal", "Court",
                             "Competition", "Supervision", "Securities", "Bank", "State"),
    # the Czech and Slovak Collection of Laws after the number (``No. 148/2006 Coll.``)
    national_series=("Coll.", "Coll"),
    legislator_forms=(
        "European Parliament and Council", "Parliament and Council",
        "of the European Parliament and of the Council",
        "of the European Parliament and Council",
    ),
    subtypes_before=frozen({"Delegated": "delegated", "Implementing": "implementing"}),
    subtype_verbs=("implementing",),
    subtype_forms=frozen({"delegated": "Delegated {word}", "implementing": "Implementing {word}"}),
    number_markers=("No", "No.", "NO", "no", "no.", "Nos"),
    number_marker="No",
    # ``Reg 2016/679`` (see sources): before a bare number as German ``VO``, its year in four
    # figures or a pinpoint before it, in English words (``Reg 12/34``: nothing)
    bare_initialisms=("Reg",),
    list_conjunctions=("and", "or", "as well as"),
    # "the Habitats Directive (92/43/EEC)", "... and (EU) 2018/1999": grammar/bare_act_numbers
    bare_act_numbers=True,
    domains=frozen({
        "EU": "EU", "EC": "EC", "EEC": "EEC", "Euratom": "Euratom", "EURATOM": "Euratom",
        "CFSP": "CFSP", "JHA": "JHA", "ECSC": "ECSC", "EAEC": "Euratom",
    }),
    jha_domains=("JHA",), ecsc_domains=("ECSC",),
    early_headings=frozen({"EEC": "Council"}),
    domain_eras=frozen({"EU": "EU", "EC": "EC", "EEC": "EEC", "ECSC": "ECSC", "CFSP": "CFSP", "JHA": "JHA", "Euratom": "Euratom"}),
    hint_words=("the", "of", "and", "to", "in", "on", "for", "by", "with", "that", "this", "see",
                "under", "as", "is", "are", "be", "which", "from"),
    interface_labels=("Language of document", "ECLI identifier", "Court reports – general",
                      "Court reports – general – 'Information on unpublished decisions' section",
                      "This document is an excerpt from the EUR-Lex website",
                      "Legal status of the document In force",
                      "Legal status of the document No longer in force"),
    pinpoints=PinpointWords(
        # ``Article 6(1)(a) of``, ``point (a) of the first subparagraph of Article 6(1) of``
        # ``recital 18 in the preamble to Directive 2000/31`` (see sources)
        links=("of", "of the", "in the preamble to"),
        # academic and compliance writing drops the link (``Article 3 Directive 2001/29/EC``)
        unlinked_words=("Regulation", "Directive", "Decision", "Framework Decision",
                        "Implementing Regulation", "Delegated Regulation"),
        leads=("point", "points"), recitals_after_number=("recital", "recitals"),  # (see sources)
        recital_ordinals=(_RECITAL_ORDINALS,),
        # (the Court's keyword lines: ``Directive 93/13/EEC — Thirteenth recital in the preamble — Article 1(2) —``)
        keyword_recitals=(r"(?i:" + _RECITAL_ORDINALS + r")[ ]recitals?(?:[ ]in[ ]the[ ]preamble)?",),
        amended_by=("as amended by",),  # (see sources)
        divisions=("Chapter", "Section"),
        # ``Annex I to Directive 2014/65/EU`` (Interinstitutional Style Guide)
        annexes=("Annex", "Annexes"),
        annex_links=("to",),
        ordinals=("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last"),
        # ``sub-paragraph``: older texts and the Commission's AI Act guidelines
        ordinal_nouns=("paragraph", "subparagraph", "sentence", "indent", "paragraphs",
                       "subparagraphs", "sentences", "indents", "sub-paragraph", "sub-paragraphs"),
        # the words of a paragraph, sentence, point and number written after the article's own
        # number, as English texts translated from German (or written after German models)
        # have them: ``Art. 6 para. 1 sentence 1 lit. a) GDPR``, ``Art. 4 no. 11 GDPR``,
        # ``Article 101 para. 1 TFEU``; (``point``, ``paragraph`` of the EUR-Lex drafting
        # are the back-references' sub_pinpoint_words)
        # (not ``para``, ``lit`` without their dots: Spanish and Portuguese ``para``, German
        # ``lit`` would tell English in the language evidence)
        words=("para.", "paras.", "subpara.", "sentence", "sentences", "lit.", "no."),
        # ``Article 45(1), in fine, of Directive 2004/18`` (see sources)
        patterns=(r"in[ ]fine",),
    ),
    agreement_bodies=AgreementBodyWords(
        # Decisions of bodies set up by international agreements (EEA Joint Committee,
        # association councils) are numbered like EU decisions but are not sector-3 acts.
        before=(
            r"(?<![\w-])(?P<body>(?:[A-Z]{2,5}(?:-[A-Z][A-Za-z]{1,20})?[ ])?(?:(?i:Joint[ ]Committee"
            r"|Association[ ]Council|Association[ ]Committee|Cooperation[ ]Council"
            r"|Partnership[ ]Council|Joint[ ]Council|Trade[ ]Committee|Cooperation[ ]Committee"
            r"|Specialised[ ]Committee|Joint[ ]Veterinary[ ]Committee)|Agreement)|EEA)(?:['’]s)?"
            # the body as the subject: ``the EEA Joint Committee adopted Decision No 1/95``
            r"(?P<verb>[ ](?:(?:has|have|had)[ ])?adopted(?:[ ]on[ ][0-9]{1,2}[ ][A-Z][a-z]{2,8}[ ][0-9]{4})?|[ ]adopts)?[ ]$"
        ),
        after=(
            r"(?i:[ ]of[ ]the[ ])(?P<body>(?:[\w-]{1,30}[ ]){0,4}?(?i:Joint[ ]Committee|Association"
            r"[ ]Council|Association[ ]Committee|Cooperation[ ]Council|Partnership[ ]Council|Stabilisation"
            r"[ ]and[ ]Association[ ]Council|Council[ ]of[ ]Ministers|Joint[ ]Council|EEA[ ]Council"
            r"|Committee[ ]of[ ]Ambassadors|Joint[ ]Veterinary[ ]Committee|Trade[ ]Committee"
            r"|Cooperation[ ]Committee|Specialised[ ]Committee))\b"
        ),
        # A body on no list: a name, in any case (``EU-Korea Trade``, ``customs cooperation``), then
        # Committee, Council, Board ..., perhaps ``on Trade in Goods``; not an institution
        # (``of the Council``, ``of the European Parliament and of the Council``, the
        # European Council).  Before the type word only with a pair of parties (``EU-Korea
        # Trade Committee Decision``) or as ``Council of Ministers``: ``Under Council
        # Decision 2004/512`` is the Council's.
        any_after=(
            r"(?i:[ ]of[ ]the[ ])(?!(?i:(?:European|EU|EC|EEC)[ ](?:Council|Commission|Parliament)|Council[ ]of"
            r"[ ]the[ ]European)\b)(?P<body>(?:(?:(?:(?!(?i:the|of|and|Council|Commission|Parliament)"
            r"\b)[^\W\d_][\w'’]{0,30}(?:[-–][A-Z][\w'’]{0,30}){0,3})[ ](?:(?i:and)[ ])?){1,5}?(?i:Committee|Council"
            r"|Board|Sub-?committee|Commission|Assembly)(?:[ ](?i:on|of|for)(?:[ ](?:(?i:in|and|of"
            r"|on|for)[ ])?(?!(?i:the)\b)[A-Z][\w'’]{0,30}){1,4}(?![\w'’]))?|(?i:Committee[ ]of"
            r"[ ]Ambassadors|Council[ ]of[ ]Ministers)"
            # an EU authority or agency by its name (``of the European Banking Authority``,
            # ``of the European Union Agency for Railways``): it numbers its own decisions
            r"|(?:European|EU)[ ](?:Union[ ])?(?:[A-Z][\w'’-]{0,30}[ ](?:(?i:and)[ ])?){0,5}?"
            r"(?:Authority|Agency)(?:[ ](?i:for|on|of)[ ][A-Z][\w'’]{0,30})?(?![\w'’-])"
            # a committee with no name before it, in any case (``of the Committee on Trade and
            # Sustainable Development``, ``of the subcommittee on customs``): no EU institution
            r"|(?i:Sub-?committee|Committee)(?:[ ](?i:on|for)(?:[ ](?:(?i:in|and|of|on|for)[ ])?"
            r"(?!(?i:the|of|in|and|on|for)\b)[^\W\d_][\w'’]{1,30}){1,4}(?![\w'’]))?)"
            # ``Association Committee (meeting) in Trade configuration`` (EUR-Lex 32018D1838)
            r"(?:[ ](?i:(?:meeting[ ])?in)[ ][^\W\d_][\w'’]{1,30}[ ](?i:configuration))?)(?![\w-])"
        ),
        any_before=(
            r"(?<![\w-])(?P<body>[A-Z]{2,6}[-–][A-Z][\w]{1,20}(?:[ ][A-Z][\w'’]{0,30}){0,4}?[ ](?i:"
            r"Committee|Council|Board|Sub-?committee|Assembly)(?:[ ]of[ ](?i:Ministers|Ambassadors))?"
            r"|(?:[A-Z][\w'’-]{0,30}[ ]){0,3}(?i:Council[ ]of[ ]Ministers|Committee[ ]of[ ]Ambassadors))"
            r"(?:['’]s)?(?P<verb>[ ](?:(?:has|have|had)[ ])?adopted(?:[ ]on[ ][0-9]{1,2}[ ][A-Z][a-z]{2,8}[ ][0-9]{4})?|[ ]adopts)?[ ]$"
        ),
    ),
    date_words=("of",),
    months=(
        ("January",), ("February",), ("March",), ("April",), ("May",), ("June",),
        ("July",), ("August",), ("September",), ("October",), ("November",), ("December",),
    ),
    month_abbreviations=(("Jan",), ("Feb",), ("Mar",), ("Apr",), (), ("Jun",), ("Jul",), ("Aug",), ("Sep", "Sept"), ("Oct",), ("Nov",), ("Dec",)),
    # the dates prose writes (grammar/text_dates names the texts read)
    prose_dates=ProseDates(month_first=True, day_endings=("st", "nd", "rd", "th"), day_links=("of",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy", "decision"),
    procedure_footnote_leads=("Opinion of the European Parliament", "Position of the European Parliament"),
    oj=OjWords(
        journals=("OJ", "O.J.", "Official Journal"),
        journal_names=JOURNAL_NAMES,
        pages=("p.", "pp.", "P."),
        edition_labels=("special edition", "Special edition"),
        edition_languages=MappingProxyType({
            "da": ("Danish",), "en": ("English",), "el": ("Greek",), "es": ("Spanish",),
            "pt": ("Portuguese",), "fi": ("Finnish",), "sv": ("Swedish",), "cs": ("Czech",),
            "et": ("Estonian",), "lv": ("Latvian",), "lt": ("Lithuanian",), "hu": ("Hungarian",),
            "mt": ("Maltese",), "pl": ("Polish",), "sk": ("Slovak",), "sl": ("Slovene",),
            "bg": ("Bulgarian",), "ro": ("Romanian",), "hr": ("Croatian",),
        }),
        edition_links=("in",),
        edition_series=("Series I Volume", "Series I Chapter"),
        edition_chapters=("Chapter",),
        edition_volumes=("Volume",),
        edition_pages=("P.",), edition_periods=("English Special Edition", "Special Edition", "ENGLISH SPECIAL EDITION"),
    ),
    treaties={
        "TFEU": Treaty("TFEU", ("TFEU",), (
            "Treaty on the Functioning of the European Union",
            "Treaty of the Functioning of the European Union",
            "Treaty on the functioning of the European Union",
        )),
        "TEU": Treaty("TEU", ("TEU",), (
            "Treaty on European Union",
            "Treaty on the European Union",
            "Treaty of European Union",
            "EU Treaty",
            "EU treaty",
        )),
        "EC": Treaty("EC", ("EC", "TEC", "EC Treaty"),
                     ("EC Treaty", "Treaty establishing the European Community")),
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("EEC", ("EEC", "EEC Treaty"),
                      ("EEC Treaty", "Treaty establishing the European Economic Community")),
        "EAEC": Treaty("EA", ("EA", "Euratom", "Euratom Treaty", "EURATOM Treaty"), ("Euratom Treaty", "Treaty establishing the European Atomic Energy Community")),
        "ECSC": Treaty("of the ECSC Treaty", ("ECSC Treaty",), ("ECSC Treaty", "Treaty establishing the European Coal and Steel Community")),
        "CFR": Treaty("CFR", ("CFR", "CFREU"), ("Charter of Fundamental Rights of the European Union", "Charter of Fundamental Rights of the EU", "EU Charter of Fundamental Rights", "Charter of Fundamental Rights"), short_names=("Charter",)),
    },
    treaty_prepositions=("of the", "of"),
    # lower case and without dots as legal writing has them: ``art. 101 TFEU``, OSCOLA's
    # ``art 101``, ``arts 101 and 102``
    treaty_abbreviation_leads=True,  # ``TFEU art 101(1)`` (OSCOLA footnotes; see sources)
    treaty_former_words=("ex", "Ex", "now"), treaty_now_words=("now",),  # ``(Ex 85 EC)`` (sources)
    article_words=frozen({
        "Article": "Article", "Articles": "Articles", "ARTICLE": "Article",
        "ARTICLES": "Articles", "Art.": "Article", "Arts.": "Articles",
        "article": "Article", "articles": "Articles", "art.": "Article", "arts.": "Articles",
        "Art": "Article", "Arts": "Articles", "art": "Article", "arts": "Articles",
        "ART .": "Article",  # (older EUR-Lex summaries in capitals; see sources)
    }),
    article_plural=("Article", "Articles"),
    article_conjunctions=("and", "or", "to"),
    article_capitals_apart=True,  # ``Article 8 A of the EC Treaty`` (see sources)
    article_range_words=("to",),
    # ``Article 207, in conjunction with Article 218(9) thereof``: one list
    article_word_leads=("in conjunction with",),
    enacting_intros=("Having regard to", "having regard to"),
    enacting_after=("thereof",), enacting_articles=("the",),
    cases=CaseWords(
        words=("Case", "Cases", "case", "cases", "CASE", "CASES"), court_reports=("ECR",),
        pinpoint_words=("paragraph", "paragraphs", "para.", "paras.", "paras"),
        # (Spanish and Portuguese ``para`` before a number and its noun: read at the end only)
        closed_pinpoint_words=("para",),
        joined_words=("Joined", "joined", "JOINED"), opinion_words=("Opinion",),
        # (the bodies' acronyms in English, used in every language: EBA, ESMA, EIOPA, ESRB)
        opinion_bodies=("WP29", "WP 29", "EDPB", "EDPS", "EESC", "CoR", "ECB", "EBA", "ESMA", "EIOPA", "ESRB"),
        opinion_body_words=("joint", "party's", "party’s", "board's", "board’s", "supervisor's", "supervisor’s", "committee's", "committee’s", "working party"),
        opinion_bodies_after=("working party", "article 29", "article-29", "art. 29", "art.29", "WP29", "WP 29", "EDPB", "EDPS", "data protection", "economic and social", "committee of the regions", "central bank"),
        label_nouns=(
            "table", "figure", "fig.", "chart", "graph", "diagram", "box", "exhibit", "annex", "appendix",
            "tables", "figures", "figs.", "charts", "graphs", "diagrams", "boxes", "exhibits", "annexes", "appendices", "appendixes",  # (the plurals: a list of labels)
        ),
        keyword_instruments=("convention", "protocol", "statute", "staff regulations", "rules of procedure", "rules", "code", "treaty", "charter", "act of accession"),
        other_courts=("Constitutional Court", "Constitutional Tribunal", "Supreme Court", "Administrative Court", "Court of Cassation", "Council of State", "ECtHR", "EctHR", "ECommHR", "EComHR", "Court of Human Rights", "Commission of Human Rights", "Ct. H.R.", "Ct. HR", "Court H.R.", "Court HR", "Comm. H.R.", "Comm. HR"),
    ),
    com=ComWords(
        final_words=("final",), proposal_words=(r"proposal", r"proposed", r"amended proposal"),
        communication_words=(r"communication", r"report", r"white paper", r"green paper",
                             r"recommendation for a council recommendation", r"action plan",
                             r"strategy"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("or",), alias_conjunctions=("and",), self_words=("this",),
        title_links=("with", "respect", "regard", "to", "for", "on", "of", "in", "the"),
        proposal_titles=("proposal for a/an",), proposal_leads=("proposed", "draft", "proposal/proposals for a/an/the", "proposal/proposals for a/an/the regulation/directive/decision on/for a/an/the"),
        anaphor_determiners=(
            "that", "That", "the said", "The said", "the aforementioned", "the above-mentioned",
            "the abovementioned",
        ),
        definition_intros=(
            "hereinafter referred to as", "hereinafter called", "hereinafter", "hereafter",
            "referred to as", "also known as", "known as",
        ),
        articles=("the", "The"),
        short_title_words=("Regulation", "Directive", "Act", "Code"),
        # Irish and UK judgments date an act with "the", an ordinal and "day of":
        # ``Council Directive 92/43/EEC of the 21 May 1992``, ``of the 24th day of June, 1996``,
        # ``of 29 April, 2004``, ``of 27th April 2016``
        title_dates=(
            r"of (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:day of )?(?:January|February|March|April|May"
            r"|June|July|August|September|October|November|December),? \d{4}",
        ),
        title_starts=(
            "on", "laying", "establishing", "amending", "concerning", "relating", "supplementing",
            "implementing", "repealing", "setting", "as regards", "with regard", "for",
            "approving", "adopting", "determining", "prohibiting", "introducing", "harmonising",
            "defining", "specifying", "providing", "regarding", "in respect of", "authorising",
            "imposing", "extending", "derogating", "correcting", "codifying", "granting",
        ),
        # a national act after the title (a Slovenian court in English, ZDR-1: the
        # Employment Relationships Act; VSRS IV Ips 2/2021 in its Slovenian original)
        national_act_words=("Act", "Law"),
        in_title_before=(
            "amending", "repealing", "supplementing", "implementing", "and", "or", "amended by",
            "replacing", "correcting", "derogating from", "extending",
        ),
        authors=(
            "of the European Parliament and of the Council", "of the European Parliament and the Council",
            "of the Council",
            "of the Commission", "of the European Central Bank",
        ),
        alias_type_words=("Act", "Code", "Regulation", "Directive", "Decision"),
        # '(1) (the basic Regulation)', '(the provisional Regulation)' (see sources)
        alias_adjectives=("basic", "provisional", "definitive"),
        pinpoint_words=(
            "Article", "Articles", "Annex", "Annexes", "Recital", "Recitals", "recital",
            "recitals", "Chapter", "Chapters", "Section", "Title",
        ),
        pinpoint_conjunctions=("and", "to"),
        sub_pinpoint_words=("point", "points", "paragraph"),
        # "referred to by the regulation": the act just cited, unless qualified
        same_act_articles=("the",),
        act_qualifiers=("of", "to", "by", "in", "on", "at", "adopted", "concerned", "referred"),
        # an annex is also linked by ``to`` (``pinpoints.annex_links``), an article not
        # ``recital 26 in the preamble to that directive`` (see pinpoints.links)
        pinpoint_links=("of", "in", "in the preamble to"),
        # a pinpoint right after a popular name: 'GDPR Article 6(1)(f)', 'GDPR Art. 33'
        # (see sources)
        name_pinpoint_words=("Article ", "Articles ", "Art. ", "art. "),
        thereof=("thereof",),
        # the United Kingdom's retained copies of EU acts, named after them: 'the UK GDPR',
        # 'UK EMIR', 'UK MiFIR' (Data Protection Act 2018, s. 3(10); FCA and Bank of
        # England texts after 31 December 2020); the EU act is 'the EU GDPR' there
        national_name_marks=("UK", "U.K.", "United Kingdom"),
        # and the EU act named so against them: 'Article 22 of the EU GDPR' (see sources)
        union_name_marks=("EU",),
        # other legislatures' statutes named as EU acts are: 'the US Chips Act', 'the U.S.
        # Chips Act' (BDI), 'the Colorado AI Act', 'Colorado's AI Act' (US state-law
        # comparisons), 'South Korea's AI Act bill', 'The United Korean AI Act Bill',
        # 'Singapore's Cybersecurity Act 2018', 'Brazil's AI Act', 'the Texas AI Act'; the
        # year tells one too: 'the Cybersecurity Act of 2015' (US), 'Cybersecurity Act 2018'
        # (Singapore)
        foreign_act_marks=(
            "US", "U.S.", "Colorado", "Texas", "Korea", "Korean", "Singapore", "Japan", "Japanese",
            "Ghana", "Brazil", "Brazilian",
        ),
        foreign_act_ends=("Act",),
        foreign_act_year_links=("of",),
        # the retained (since 2024 'assimilated') copies as UK texts cite them: 'Regulation
        # (EU) 2016/679 ... as it forms part of the law of England and Wales, Scotland and
        # Northern Ireland by virtue of section 3 of the European Union (Withdrawal) Act
        # 2018' (DPA 2018 s. 3(10)); the UK amending instruments are all '(EU Exit)
        # Regulations'; 'retained EU law' became 'assimilated law' (SI 2023/1424)
        national_copy_phrases=(
            "as it forms part of", "forms part of domestic law", "forms part of UK law",
            "as retained", "retained EU law", "retained direct EU legislation",
            "retained EU legislation", "assimilated law", "assimilated direct legislation",
            "as assimilated", "has effect in domestic law", "has effect in UK law",
            "EU Exit", "onshored",
        ),
        thereof_pinpoint_words=(
            "Article", "Articles", "Recital", "Recitals", "recital", "recitals", "Chapter",
            "Chapters", "Annex", "Annexes",
        ),
    ),
    examples=(
        ("Commission Delegated Regulation (EU) 2019/980", {"kind": "legal_act", "celex": "32019R0980", "subtype": "delegated"}),
        ("Directive 95/46/EC", {"kind": "legal_act", "celex": "31995L0046"}),
        ("Regulation (EC) No 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Regulation (EC) No 1049/2001"}),
        ("Decision No 1/2014 of the Trade Committee", {"kind": "legal_act", "celex": None, "author": "Trade Committee"}),
        ("Decision No 1082/2013 of the European Parliament and of the Council", {"kind": "legal_act", "celex": "32013D1082", "author": None}),
        ("Commission Recommendation of 6 May 2003", {"kind": "legal_act", "normalized": "Commission Recommendation of 6 May 2003"}),
        ("OJ L 119, 4.5.2016, p. 1", {"kind": "oj", "series": "L", "issue": "119", "page": 1}),
        ("Article 267 TFEU", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "Article 267 TFEU"}),
        ("Article 43(3) of the Treaty on the Functioning of the European Union", {"kind": "treaty_article", "normalized": "Article 43(3) TFEU"}),
        ("COM(2021) 752 final", {"kind": "com_document", "normalized": "COM(2021) 752 final"}),
        ("Article 6(1)(a) of Regulation (EU) 2016/679", {"kind": "legal_act", "_span": "Regulation (EU) 2016/679", "pinpoint": "Article 6(1)(a)"}),
    ),
)  # fmt: skip
