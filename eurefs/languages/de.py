# ruff: noqa: E501
"""German."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.languages._de_sources import SOURCES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_VERTRAG = ("Vertrag", "Vertrags", "Vertrages")

LANGUAGE = Language(
    code="de",
    name="German",
    ecb_prefixes=('EZB',),
    ecb_authors=('der Europäischen Zentralbank', 'der EZB'),
    sources=frozen(SOURCES),
    act_types={
        "regulation": ("Verordnung", "Verordnungen", "VO"),
        "directive": ("Richtlinie", "Richtlinien", "RL"),
        "decision": ("Beschluss", "Beschlusses", "Beschlüsse", "Beschlüssen", "Entscheidung",
                     "Entscheidungen"),
        "framework_decision": ("Rahmenbeschluss", "Rahmenbeschlusses", "Rahmenbeschlüsse",
                               "Rahmenbeschlüssen"),
        "recommendation": ("Empfehlung", "Empfehlungen"),
        "joint_action": ("Gemeinsame Maßnahme", "Gemeinsamen Maßnahme", "Gemeinsamen Maßnahmen"),
        "common_position": ("Gemeinsamer Standpunkt", "Gemeinsamen Standpunkt",
                            "Gemeinsamen Standpunkts", "Gemeinsamen Standpunktes",
                            "Gemeinsame Standpunkte"),
        "common_strategy": ("Gemeinsame Strategie", "Gemeinsamen Strategie"),
        "guideline": ("Leitlinie", "Leitlinien"),
    },
    # ``Entscheidung`` (older decisions) keeps its own dictionary form
    type_word_overrides=frozen({"entscheidung": "Entscheidung", "entscheidungen": "Entscheidung"}),
    # plural endings of the type words (``Verordnungen``, ``Beschlüsse``); a final ``s``
    # is singular (``Beschluss``, ``Beschlusses``)
    plural_endings=("ungen", "linien", "üsse", "üssen", "nahmen", "punkte", "gien", "ien", "lungen"),
    capitalised_nouns=True,
    author_phrases=("des Europäischen Parlaments und des Rates", "des Rates", "der Kommission",
                    "der Europäischen Zentralbank", "der EZB"),
    legislator_forms=("des Europäischen Parlaments und des Rates",),
    national_author_links=("der", "des"),
    eu_author_words=("Europ", "Gemeinschaft", "Hohen Behörde", "Union"),
    # municipal and federal councils (read as an agreement body's ``-rates`` otherwise) and
    # commissions ``für``: the EU's Council is ``des Rates``
    national_author_words=("Gemeinderates", "Gemeinderats", "Stadtrates", "Stadtrats",
                           "Bundesrates", "Bundesrats", "Landesrates", "Landesrats",
                           "Kreisrates", "Kreisrats", "Ortsgemeinderates", "Magistrats",
                           "Kommission für", "Rates für", "Rats für"),
    subtypes_before=frozen({"Delegierte": "delegated", "Delegierten": "delegated",
                            "Delegierter": "delegated"}),
    compound_prefixes=frozen({"Durchführungs": "implementing", "EU-": "", "EG-": "", "D": "implementing", "Del": "delegated"}),
    compound_type_words=True,
    subtype_forms=frozen({
        "delegated": "Delegierte {word}", "delegated:decision": "Delegierter {word}",
        "delegated:framework_decision": "Delegierter {word}", "implementing": "Durchführungs{lower}",
    }),
    # ``VO 1/2003``, ``Art. 11 VO 883/2004`` (see sources); ``RL`` only with its domain
    bare_initialisms=("VO",),
    # the papers of a parliament or council: ``Senatsvorlage VO 16/128`` (see sources)
    register_words=("vorlage", "drucksache", "Drs."),
    # ``Landes-VO 12/2010``: a Land's ordinance, not ``Öko-VO 2018/848`` (see sources)
    national_prefixes=("Landes", "Bundes", "Kreis", "Gemeinde", "Stadt", "Polizei"),
    number_markers=("Nr.", "Nr", "NR."),
    number_marker="Nr.",
    # norm chains (juris): ``Art 15 Abs 1 EUV 2016/679``; ``EUV``, ``EGV``, ``EWGV`` alone
    # are the Treaties' (``treaties``), before a number an act's
    act_abbreviations={"EUV": ("regulation", "EU"), "EGV": ("regulation", "EG"),
                       "EGVO": ("regulation", "EG"),
                       "EWGV": ("regulation", "EWG"), "EURL": ("directive", "EU"),
                       "EGRL": ("directive", "EG"), "EWGRL": ("directive", "EWG"),
                       "EGBes": ("decision", "EG")},
    list_conjunctions=("und", "oder", "sowie", "und/oder", "bzw."),
    domains=frozen({"EU": "EU", "EG": "EG", "EWG": "EWG", "EGKS": "EGKS", "GASP": "GASP", "JI": "JI",
                    "Euratom": "Euratom"}),
    jha_domains=("JI",),
    ecsc_domains=("EGKS",),
    domain_eras=frozen({"EU": "EU", "EG": "EC", "EWG": "EEC", "EGKS": "ECSC", "GASP": "CFSP", "JI": "JHA",
                        "Euratom": "Euratom"}),
    title_numbers=True,
    bare_act_numbers=True,
    hint_words=("EuGH", "EuG", "der", "die", "das", "des", "dem", "den", "und", "in", "im", "zur", "zum",
                "mit", "von", "vom", "auf", "für", "über", "nach", "gemäß", "einer", "eines",
                "ist", "sind", "wird", "titel"),
    dated_statutes=("EEG",),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        # A body on no list: a compound in -ausschusses or -rat(e)s (``des AKP-EG-Ministerrates``,
        # ``des Handelsausschusses``), or a Gemischter/Gemeinsamer Rat or Ausschuss; never the
        # bare ``des Rates`` (the EU's), ``des Europäischen Rates`` or ``des EZB-Rates``.
        any_after=r"(?i:[ ](?:des|der)[ ])(?!(?i:EU|EG|EWG)[-–](?i:Minister)?rate?s\b)(?P<body>(?:(?i:Gemischten|Gemeinsamen)[ ](?:[A-ZÄÖÜ]{2,6}[-–](?:[A-ZÄÖÜ]\w{1,20}[-–])?)?[^\W\d_]{0,30}?|(?!(?i:EZB)[-–])(?:[A-ZÄÖÜ]{2,6}[-–](?:[A-ZÄÖÜ]\w{1,20}[-–])?)?[^\W\d_]{2,30}?)(?i:ausschusses|rate?s)(?:[ ][A-ZÄÖÜ]{2,6}[-–][A-ZÄÖÜ]\w{1,20})?)(?![\w-])",
        # ... and before the decision, as its subject (``Der AKP-EG-Botschafterausschuss hat mit
        # dem Beschluss Nr. 1/2001``) or as in normal forms (``AKP-EG-Botschafterausschuss
        # Beschluss Nr. 1/2001``): a compound in -ausschuss/-rat, never the bare Rat, Ministerrat or EZB-Rat
        any_before=r"(?<![\w-])(?!(?i:Ministerrat)\b)(?P<body>(?:(?i:Gemischte|Gemeinsame)[ ](?:[A-ZÄÖÜ]{2,6}[-–](?:[A-ZÄÖÜ]\w{1,20}[-–])?)?[^\W\d_]{0,30}?|(?!(?i:EZB|EU|EG|EWG)[-–](?i:Minister)?rat\b)[A-ZÄÖÜ]{2,6}[-–](?:[A-ZÄÖÜ]\w{1,20}[-–])?[^\W\d_]{2,30}?|[A-ZÄÖÜ][^\W\d_]{1,30}?)(?i:ausschuss|rat))(?P<verb>[ ]hat(?:[ ]am[ ][0-9]{1,2}\.[ ][A-ZÄÖÜ][a-zäöü]{2,9}[ ][0-9]{4})?[ ](?:mit[ ](?:dem|seinem)|den|seinen))?[ ]$",
        # ``ARB 1/80``, ``Assoziationsratsbeschluss Nr. 1/80``: the body's decision in one word
        words=MappingProxyType({
            "ARB": ("ARB", "Assoziationsrat"),
            "Assoziationsratsbeschluss": ("Assoziationsratsbeschluss", "Assoziationsrat"),
            "Assoziationsratsbeschlusses": ("Assoziationsratsbeschluss", "Assoziationsrat"),
            "Assoziationsratsbeschlüsse": ("Assoziationsratsbeschlüsse", "Assoziationsrat"),
        }),
        after=r"(?i:[ ]des[ ])(?P<body>(?:[A-ZÄÖÜ]{2,5}[-–][A-ZÄÖÜ]\w{1,20}-)?(?i:Gemeinsamen[ ](?:EWR-)?Ausschusses|Gemischten[ ]Ausschusses|EWR-Rate?s|(?:Stabilitäts-[ ]und[ ])?Assoziationsrate?s|Kooperationsrate?s|Partnerschaftsrate?s|Assoziationsausschusses)(?:[ ]?[A-ZÄÖÜ]{2,5}[-–][A-ZÄÖÜ]\w{1,20})?)(?![\w-])",
    ),
    date_words=("vom",),
    months=(
        ("Januar", "Jänner"), ("Februar",), ("März",), ("April",), ("Mai",), ("Juni",),
        ("Juli",), ("August",), ("September",), ("Oktober",), ("November",), ("Dezember",),
    ),
    month_abbreviations=(("Jan",), ("Feb", "Febr"), (), ("Apr",), (), ("Jun",), ("Jul",), ("Aug",), ("Sep", "Sept"), ("Okt",), ("Nov",), ("Dez",)),
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj=OjWords(
        journals=("ABl.", "ABlEG"),
        header_journals=('Amtsblatt',),
        journal_names=("Amtsblatt der Europäischen Union", "Amtsblatt der Europäischen Gemeinschaften"),
        qualifiers=("EG", "EU", "EWG"),
        pages=("S.",),
        edition_labels=("Sonderausgabe",),
        edition_languages=MappingProxyType({
            "da": ("Dänische",), "en": ("Englische",), "el": ("Griechische",), "es": ("Spanische",),
            "pt": ("Portugiesische",), "fi": ("Finnische",), "sv": ("Schwedische",),
        }),
        edition_chapters=("Kapitel",),
        edition_volumes=("Band",),
        edition_pages=("S.",),
    ),
    treaties={
        # ``AEU``, ``AEU-Vertrag``: German legal writing's other abbreviations (see sources)
        "TFEU": Treaty("AEUV", ("AEUV", "AEU", "AEU-Vertrag"),
                       (*(f"{v} über die Arbeitsweise der Europäischen Union" for v in _VERTRAG),
                        "AEU-Vertrags", "AEU-Vertrages")),
        "TEU": Treaty("EUV", ("EUV", "EU-Vertrag"),
                      (*(f"{v} über die Europäische Union" for v in _VERTRAG),
                       "EU-Vertrags", "EU-Vertrages")),
        "EC": Treaty("EG", ("EG", "EGV", "EG-Vertrag", "EGVtr"),
                     (*(f"{v} zur Gründung der Europäischen Gemeinschaft" for v in _VERTRAG),
                      "EG-Vertrags", "EG-Vertrages")),
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("EWG", ("EWG", "EWGV", "EWG-Vertrag"),
                      (*(f"{v} zur Gründung der Europäischen Wirtschaftsgemeinschaft"
                         for v in _VERTRAG), "EWG-Vertrags")),
        "EAEC": Treaty("EAG", ("EAG", "EAG-Vertrag", "Euratom-Vertrag"), ("Vertrag zur Gründung der Europäischen Atomgemeinschaft", "Vertrags zur Gründung der Europäischen Atomgemeinschaft", "Vertrages zur Gründung der Europäischen Atomgemeinschaft", "EAG-Vertrags", "EAG-Vertrages", "Euratom-Vertrags", "Euratom-Vertrages")),
        "ECSC": Treaty("EGKS-Vertrag", ("EGKS-Vertrag",), ("Vertrag über die Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "Vertrags über die Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "Vertrages über die Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "Vertrag zur Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "Vertrags zur Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "Vertrages zur Gründung der Europäischen Gemeinschaft für Kohle und Stahl", "EGKS-Vertrags", "EGKS-Vertrages")),
        "CFR": Treaty("GRCh", ("GRCh", "GRC", "GR-Charta", "GrCh", "EUGrdRCh"), ("Charta der Grundrechte der Europäischen Union", "Charta der Grundrechte der EU", "Charta der Grundrechte", "EU-Grundrechtecharta", "Grundrechtecharta"), short_names=("Charta",)),
    },
    treaty_prepositions=("des", "der"),
    treaty_abbreviation_leads=True,  # ``AEUV Art. 267`` (norm chains; see sources)
    # ``Artikel 30 (nun Artikel 28) des EG-Vertrags`` (see sources)
    treaty_former_words=("nun",), treaty_former_articles=True,
    treaty_now_words=("jetzt", "nun"),  # ``(jetzt Artikel 81 EG)`` (see sources)
    # Austrian legal writing drops the dots of its abbreviations: ``Art 6 Abs 1 lit f DSGVO``,
    # ``Art 4 Z 11 DSGVO`` (Z: Ziffer), ``Art 267 AEUV``
    article_words=frozen({"Artikel": "Artikel", "Artikels": "Artikel", "Artikeln": "Artikel",
                          "ARTIKEL": "Artikel",
                          "Art.": "Artikel", "Art": "Artikel", "Artt.": "Artikel"}),
    article_conjunctions=("und", "oder", "bis", "und/oder", "bzw.", "sowie"),
    # norms read together, the act named after the last (see sources)
    article_joins=("i.V.m.", "i. V. m.", "iVm.", "iVm", "in Verbindung mit"),
    article_range_words=("bis",),
    # an inserted article's small letter apart (``Art 5 a Abs 3 RL 90/387/EWG``, ``Art. 100 a
    # EGV``; see sources); never ``f``, "and the one following" (``Art 81 f EG``)
    article_letters_apart="abcdeghijklmnopqrstuvwxyz",
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("auf die", "auf den"),
        links=("der", "des"),
        amended_by=("in der Fassung der", "in der Fassung des", "geändert durch"),  # (sources)
        # legal writing drops the link before these (``Art. 8 DelVO (EU) 2024/1772``, ``Art. 27
        # Abs. 1 Buchst. d Richtlinie 92/83/EWG``; see sources)
        unlinked_words=("VO", "RL", "DVO", "DelVO", "Verordnung", "Richtlinie",
                        "Durchführungsverordnung", "Delegierte", "Beschluss",
                        "Rahmenbeschluss", "Entscheidung", "VO-EG", "EG-VO", "EU-VO",
                        "EU-RL", "ARB"),
        # ``Titel V Kapitel 2 Abschnitt 1 der Richtlinie 2006/48/EG``, ``Anhang I Abschnitt C
        # Nummer 6`` (Richtlinie 2014/65/EU)
        divisions=("Kapitel", "Kap.", "Abschnitt"),
        # norm chains list articles with commas alone (``Art. 3 Abs. 1, Art. 2 Buchst. c der
        # Richtlinie 95/46/EG``; see sources)
        comma_lists=True,
        # a point of an annex written before it (``Nr. 1.7.2.1 des Anhangs VI der``; see sources)
        leads=("Nr.",),
        # the ordinal of an act's title, declined (``Art. 13 Teil B Buchst. b der Sechsten
        # Richtlinie 77/388/EWG``; grammar/title_ordinals); German pinpoints number their
        # subparagraphs, so there are no ordinal_nouns
        ordinals=("erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten",
                  "fünfte", "fünften", "sechste", "sechsten", "siebte", "siebten", "siebente",
                  "siebenten", "achte", "achten", "neunte", "neunten", "zehnte", "zehnten",
                  "elfte", "elften", "zwölfte", "zwölften", "dreizehnte", "dreizehnten"),
        words=("Absatz", "Absätze", "Abs.", "Abs", "Unterabsatz", "Unterabsätze", "UAbs.", "Unterabs.",
               "UAbs", "Satz", "S.", "Teil", "Buchstabe", "Buchstaben", "Buchst.", "Buchst", "lit.", "lit", "Nummer",
               "Nr.", "Ziffer", "Ziff.", "Z", "Spiegelstrich", "S"),
        words_after_comma=False,
        # the norm chains of court decisions: ``Richtlinie 77/388/EWG Art. 13 Teil A`` (see sources)
        after_blank=True,
        version_marks=("a. F.", "n. F."),
        # a paragraph's roman number, with its sentence's number after it (``Art. 267 III
        # AEUV``: Absatz 3; ``Art. 267 III 1 AEUV``: Absatz 3 Satz 1), ``ff.`` (and those
        # following: ``Art. 56 ff. AEUV``) and ``f.`` (and the one following: ``Art. 101 f.
        # AEUV``), as German legal writing has them
        # 'Nr' without its dot, as Austrian writing numbers a point (``Art 4 Nr 1 DSGVO``): a
        # pattern, not a pinpoint word, which would make the lower-case number marker 'nr' of
        # other languages tell German (``delgivet med nr K(2008) 5533``); the roman number is no
        # letter of an abbreviation in capitals (``ART. 288 ABS. 2 I.V.M. ART. 291 AEUV``: i.V.m.)
        patterns=(r"(?:I{1,3}|IV|VI{0,3}|IX|X)(?!\.[ ]?[A-Z]\.)(?:[ ][1-9][0-9]?(?![\w.]))?",
                  r"ff\.?|f\.",
                  r"Nr[ ][0-9]{1,3}(?:(?:,[ ]|[ ](?:und|oder|bis)[ ])[0-9]{1,3}){0,4}(?![\w/.])",
                  # an indent numbered first (``Buchst. a 3. Gedankenstrich der``; see sources)
                  r"[1-9][0-9]?\.[ ](?:Gedankenstrich|Spiegelstrich)",
                  # a point's letter glued to ``lit``, as the RIS lists norms (``DSGVO Art6
                  # Abs1 litf``; see sources)
                  r"lit[a-z]",
                  # a point's letter and bracket without its word after a paragraph's or a
                  # sentence's number (``Art. 6 Abs. 1 a) DSGVO``, ``Art. 17 Abs. 1 a) bis f)
                  # DSGVO``; see sources); never right after the article's (``Art. 5 a)``)
                  r"(?:Abs\.?|Absatz|UAbs\.|S\.|Satz)[ ]?[0-9]{1,2}[ ][a-z]\)"
                  r"(?:(?:,[ ]|[ ](?:und|oder|bis)[ ])[a-z]\)){0,5}"),
    ),
    enacting_intros=("gestützt auf den",),
    enacting_leads=(r"insbesondere[ ]auf(?:[ ]die)?",),
    cases=CaseWords(
        # ``Rs.``: German legal writing's abbreviation (``EuGH Rs. 6/64``, see sources)
        words=("Rechtssache", "Rechtssachen", "Rs.", "Rs"),
        # (``Rs. 50/60`` in English is a price in rupees)
        shared_words=("Rs.", "Rs"),
        court_reports=("Slg.", "Slg"),
        pinpoint_words=("Rn.", "Randnr.", "Randnrn.", "Randnummer", "Randnummern", "Rdnr.",
                        "Randnr", "Rn"),
        # ``EuGH C-311/18 Rn. 134`` (see sources)
        pinpoint_after_blank=("Rn.", "Rn"),
        joined_words=("verbundene", "verbundenen"),
        opinion_words=("Gutachten",),
        opinion_bodies=("EDSA", "EDSB", "EWSA", "AdR", "EZB"),
        opinion_bodies_after=("artikel 29", "artikel-29", "datenschutzgruppe", "EDSA", "EDSB", "datenschutz", "zentralbank"),
        label_nouns=(
            "Tabelle", "Abbildung", "Abb.", "Grafik", "Schaubild", "Diagramm", "Anlage", "Anhang",
            # the plurals, which open a list of labels
            "Tabellen", "Abbildungen", "Grafiken", "Schaubilder", "Diagramme", "Anlagen",
            "Anhänge",
        ),
        keyword_instruments=("-übereinkommen", "-abkommen", "-protokoll", "-satzung", "-statut", "-verfahrensordnung", "-kodex", "-charta", "-konvention", "beitrittsakte", "emrk"),
    ),
    com=ComWords(
        type_aliases=frozen({"KOM": "COM", "SEK": "SEC", "K": "C"}),
        final_words=("endg.", "endgültig", "final"),
        proposal_words=(r"\bVorschlag", r"\bvorgeschlagen"),
        communication_words=(r"\bMitteilung", r"\bBericht", r"Weißbuch", r"Grünbuch",
                             r"Aktionsplan", r"\bStrategie\b"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("oder",), alias_conjunctions=("und",),
        title_links=("über", "für", "zur", "zum"),
        proposal_titles=("vorschlag für ein/eine/einen/einer/eines/eins",),
        proposal_leads=(
            "vorschlag/vorschlags für ein/eine/einen/einer/eines/das/die/den", "vorgeschlagene/vorgeschlagenen/vorgeschlagenem/vorgeschlagener/vorgeschlagenes",
            "entwurf/entwurfs eines/einer/des/der", "entwurf/entwurfs für ein/eine/einen/einer/eines",
        ),
        anaphor_determiners=(
            "dieser", "Dieser", "diese", "Diese", "diesem", "dieses", "der genannten",
            "die genannte", "der besagten", "die besagte", "der vorgenannten",
            "die vorgenannte", "der vorstehend genannten", "Die genannte", "Die besagte",
            # masculine and neuter ("des genannten Beschlusses", "dem genannten Beschluss")
            "des genannten", "dem genannten", "des besagten", "dem besagten", "des vorgenannten",
            "dem vorgenannten",
            # "the same": ``Art. 5 Abs. 2bis derselben Verordnung``, ``desselben Beschlusses``
            "derselben", "desselben", "demselben",
            # "above": ``Artikel 8 der oben genannten Verordnung`` (Destatis on NACE Rev. 2)
            "der oben genannten", "die oben genannte", "Die oben genannte", "des oben genannten",
            "dem oben genannten",
            # "that", never the text itself: ``Mit jener Verordnung werden``, ``Artikel 3
            # Nummer 3 jener Verordnung`` (see sources)
            "jener", "Jener", "jene", "Jene", "jenem", "jenes",
        ),
        self_determiners=("dieser", "Dieser", "diese", "Diese", "diesem", "dieses"),
        legislative_markers=(
            "HABEN FOLGENDE", "HAT FOLGENDE", "in Erwägung nachstehender Gründe",
            "Im Sinne dieser", "im Sinne dieser", "in allen ihren Teilen verbindlich",
            "\nArtikel 1\n", "\nArtikel 2\n",
        ),
        definition_intros=("im Folgenden:", "im Folgenden", "nachstehend:", "nachstehend"),
        # ``(ABl. L 145, S. 1, im Folgenden: Sechste Richtlinie)``, used as ``Art. 2 Abs. 1
        # der Sechsten Richtlinie`` (see sources)
        unquoted_aliases=True,
        # ``Verordnung (EU) Nr. 1215/2012 (EuGVVO)`` (see sources)
        bracketed_acronyms=True,
        adjective_endings=(("e", "en"),),
        articles=("die", "der", "das", "den", "dem", "des"),
        title_starts=("über", "zur", "zum", "betreffend", "mit", "zu", "für"),
        in_title_before=("zur Änderung der", "zur Aufhebung der", "und", "oder"),
        authors=(
            "des Europäischen Parlaments und des Rates", "des Rates", "der Kommission",
            "der Europäischen Zentralbank",
        ),
        alias_type_words=("Gesetz", "Kodex"),
        # the annex's genitive (``Nr. 1.7.2.1 des Anhangs VI der Richtlinie 67/548/EWG``) and
        # the norm chains' ``Anh`` (``EGV 1782/2003 Anh IX``; see sources)
        pinpoint_words=("Artikel", "Art.", "Art", "Anhang", "Anhangs", "Anhanges", "Anh",
                        "Erwägungsgrund", "Titel", "Titeln", "Kapitel", "Kap.", "Abschnitt",
                        # the genitives after ``des`` (``des Titels III Kapitel 2 der``; sources)
                        "Titels", "Kapitels", "Abschnitts"),
        # the genitive article links a pinpoint to a short form (``Art. 6 Abs. 1 lit. f der
        # DSGVO``); the genitive determiners hold it (``Art. 3 dieser Richtlinie``)
        pinpoint_links=("der", "des"),
        linking_determiners=(
            "dieser", "Dieser", "dieses", "der genannten", "der besagten", "der vorgenannten",
            "der vorstehend genannten", "des genannten", "des besagten", "des vorgenannten",
            "derselben", "desselben", "der oben genannten", "des oben genannten",
            "jener", "Jener", "jenes",
        ),
        pinpoint_conjunctions=("und", "bis"),
        sub_pinpoint_words=("Abs.", "Abs", "Absatz", "UAbs.", "UAbs", "Satz", "Buchst."),
    ),
    examples=(
        ("Verordnung (EWG) Nr. 3922/91", {"kind": "legal_act", "celex": "31991R3922", "normalized": "Verordnung (EWG) Nr. 3922/91"}),
        ("Beschlusses Nr. 1105/2011/EU", {"kind": "legal_act", "celex": "32011D1105", "normalized": "Beschluss Nr. 1105/2011/EU"}),
        ("Beschluss Nr. 7/2005 des AKP-EG-Ministerrates", {"kind": "legal_act", "celex": None, "author": "AKP-EG-Ministerrates"}),
        ("ARB 1/80", {"kind": "legal_act", "celex": None, "author": "Assoziationsrat", "normalized": "ARB 1/80"}),
        ("Durchführungsverordnung (EU) 2015/1998", {"kind": "legal_act", "subtype": "implementing", "celex": "32015R1998"}),
        ("Rahmenbeschluss des Rates vom 26. Juni 2001", {"kind": "legal_act", "normalized": "Rahmenbeschluss vom 26. Juni 2001"}),
        ("ABl. L 124 vom 20.5.2003, S. 36", {"kind": "oj", "page": 36}),
        ("Art. 191 Abs. 1 und 2 AEUV", {"kind": "treaty_article", "normalized": "Artikel 191 Abs. 1 und 2 AEUV"}),
        ("Artikel K.3 des Vertrags über die Europäische Union", {"kind": "treaty_article", "treaty": "EU"}),
        ("KOM(2008) 815 endg.", {"kind": "com_document", "normalized": "COM(2008) 815 final"}),
        ("Rechtssache C-131/12", {"kind": "case", "_span": "C-131/12"}),
        ("Art. 6 Abs. 1 Buchst. a der Verordnung (EU) 2016/679", {"kind": "legal_act", "_span": "Verordnung (EU) 2016/679", "pinpoint": "Art. 6 Abs. 1 Buchst. a"}),
        ("Art 6 Abs 1 lit f der Verordnung (EU) 2016/679", {"kind": "legal_act", "_span": "Verordnung (EU) 2016/679", "pinpoint": "Art 6 Abs 1 lit f"}),
        ("Art 267 AEUV", {"kind": "treaty_article", "normalized": "Artikel 267 AEUV"}),
        ("EUV 2016/679", {"kind": "legal_act", "celex": "32016R0679", "normalized": "Verordnung (EU) 2016/679"}),
        ("EURL 7/2011", {"kind": "legal_act", "celex": "32011L0007", "normalized": "Richtlinie 2011/7/EU"}),
    ),
)  # fmt: skip
