# ruff: noqa: E501
"""Dutch."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._oj_sources import OJ_EEC_QUALIFIER
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    DEFINITIONS,
    JUDGMENT_PINPOINTS,
    KEYWORD_INSTRUMENTS,
    LABEL_NOUNS,
    OJ_NAMES,
    SUBDIVISION_WORDS,
)
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, CAPITALS_APART, EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ISG = "Interinstitutioneel Redactiehandboek (https://style-guide.europa.eu/nl), deel een"
_DEV = "development text tests/data/corpus-nl"

_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "laatste")


LANGUAGE = Language(
    code="nl",
    name="Dutch",
    ecb_prefixes=('ECB',),
    ecb_authors=('van de Europese Centrale Bank', 'van de ECB'),
    sources=frozen({"pinpoints.title_ordinals": 'the ordinals of an act\'s title, the pinpoints\' ordinals and those past them, so that a numbered directive named by its ordinal and a popular name or an alias (\'Achtste btw-richtlijn\', \'achtste richtlijn\' after \'(hierna: "richtlijn")\') is no use of them (the Sixth VAT Directive 77/388/EEC, the Eighth 79/1072/EEC, the Thirteenth 86/560/EEC), and grammar/title_ordinals reads the pinpoint before it as before the Sixth; the judgment-style forms from the language\'s grammar, UNCONFIRMED in a text read past the sixth', "pinpoints.ordinal_endings": "the Style Guide's Dutch part writes ordinals in figures 1e, 4e, 28e, beside 'vierde richtlijn' in words (publications.europa.eu/code/nl/nl-4100500nl.htm, 10.5.1 b; pages corpus); the Taalunie gives 1ste, 2de, 3de as the other system (taaladvies.net; pages corpus); before a name: '6e btw-richtlijn' UNCONFIRMED in a text read", "oj.qualifiers (EEG)": OJ_EEC_QUALIFIER.format(example='PB EEG L 210 van 7.8.1985, blz. 29', number='Richtlijn 85/374/EEG'), 'back_references.proposal_leads': "the proposal named by the name of the act proposed right after 'voor een', as the Commission's explanatory memorandum names it: 'Deze toelichting heeft betrekking op het wetgevingsvoorstel voor een algemene verordening gegevensbescherming.' (COM(2012) 11 final, EUR-Lex 52012PC0011, NL, and the EU Monitor's copy on parlementairemonitor.nl; pages corpus); 'voorstel voor een' before a name as the title writes it, UNCONFIRMED in running text read", "month_abbreviations": "dates in prose with the month abbreviated, which EUR-Lex's texts write in full: 'Created on: 1 mrt. 2021', 'sourcemodule created 15 mrt. 2021', \"formatDate(...) ... '04 mrt. 2021'\" (public repositories; find_string 'mrt. 2021'); the other months as software abbreviates them, UNCONFIRMED in a text read", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "treaty_now_words": "the Court's citation of an article of the EC Treaty as it stood before 1 May 1999, its article since in a bracket (the Court's note on the citation of articles of the Treaties, curia.europa.eu, content/juris/noteinfo.htm, English 'now'): 'om een prejudiciële beslissing over de uitlegging van artikel 85 EG-Verdrag (thans artikel 81 EG)' (the judgment in C-453/99 Courage v Crehan, curia.europa.eu, NL; pages corpus); nu UNCONFIRMED in a text read", "hint_words (titel)": "the heading word of an act's title, as the Interinstitutional Style Guide writes it in Dutch (publications.europa.eu/code/nl/nl-120100.htm: '2.1. Titel', 'De volledige titel van een handeling bestaat uit'); also the word of the German, Danish, Dutch and Swedish records, so that alone it tells none of them (pages corpus)", "hint_words (HvJ)": "the Court of Justice as Dutch legal writing abbreviates it before a judgment's date or case number, often with no other Dutch word near: 'HvJ EU 25 januari 2017, C-375/15 (BAWAG) bevestigt dat', 'na CCOO/Deutsche Bank (HvJ EU C-55/18)', 'Football Dataco v Sportradar (HvJ EU C-173/11, 2012; ...)', 'ná HvJ EU 4 oktober 2024, C-621/22 (KNLTB)' (notes in public repositories; find_string 'HvJ EU'), 'HvJ EU (Grote kamer), arrest Alace en Canpelli, 1 augustus 2025, gevoegde zaken C-758/24 en C-759/24' (a Belgian note, same search); the judgments on EUR-Lex write 'Arrest van het Hof'; the case numbers near were English (a word in mixed case is looked up as written: evidence._own_words)", "pinpoints.annexes (bijlage), pinpoints.annex_links (bij), pinpoints.recitals (overweging)": f"an annex and a numbered recital as the Style Guide refers to them in the text ({_ISG}, 2.7, publications.europa.eu/code/nl/nl-120700.htm: '(in) bijlage I, II', '(in) overweging 1, (in) de overwegingen 1 en 2'), the annex of an act linked by bij (2.6, nl-120600.htm: 'De bijlage bij een handeling'; 'Bijlage II bij Richtlijn 2006/1/EG wordt vervangen door', an amending formula quoted in a public repository, found with find_string), a recital by van as an article is; the plural bijlagen from Dutch grammar, UNCONFIRMED in a text read", "compound_prefixes (EU-)": "Dutch writing outside the OJ joins the Union's domain to the type word, no subtype: 'conform EU-richtlijn 2011/83/EU en boek VI WER', 'herroepingsrecht conform EU-richtlijn 2011/83/EU' (a web shop's mail and FAQ in public repositories, ids 51822812589, 53561404015), 'EU-Richtlijn 2001/29' (id 56603874039); the acts as EUR-Lex numbers them (32011L0083, 32001L0029)", 'oj.edition_*': "EUR-Lex's header of 31977R1844 ('Bijzondere uitgave in het Grieks: Hoofdstuk 03 Deel 19 blz. 0053'); the other editions' languages by analogy", 'national_author_words (Raad voor, Commissie voor)': "Dutch and Belgian councils and commissions named for a task (Raad voor de rechtspraak, Raad voor Cultuur, Commissie voor de bescherming van de persoonlijke levenssfeer) and the Council of State, by their names in Dutch and Belgian law, where EUR-Lex titles write the EU's Council alone ('van de Raad', EUR-Lex 32003R0001); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        "national_author_links, eu_author_words, national_author_words": "the links of the author phrases and the EU authors of official texts on EUR-Lex ('Verordening (EEG) nr. 1408/71 van de Raad', 'van het Europees Parlement en de Raad'); the EU's other authors by their names in the Treaties; the national authors (municipal council, province, minister, state secretary, mayor) by their names in Dutch law, written in small letters; the form with a number N/YYYY right before them UNCONFIRMED in a text read", "compound_prefixes (EG-)": "the Community's domain joined to the type word, no subtype, as Dutch courts and writers cite the regulations of the EC era: 'Geen aanspraak op (gedeeltelijke) WAZ-uitkering op grond van EG-Verordening 883/2004, ondanks praktijk onder EG-Verordening 1408/71' (the judgment of the Rechtbank Amsterdam, ECLI:NL:RBAMS:2014:5410, rechtspraak.nl; pages corpus), 'volgens EG-verordening 2568/91', 'met als minimum de in de EG-Verordening 561/2006 voorgeschreven rusttijden' (public repositories, found with find_string); German's record has the prefix too, and a prefix of another language's record is read only in the records that list it (grammar/legal_act_words), so it is listed here; 'EG-richtlijn' from the same usage, UNCONFIRMED in a text read", "compound_type_words": "'artikel 395, lid 2, van de btw-richtlijn' after 'Richtlijn 2006/112/EG ... (hierna \"de btw-richtlijn\" genoemd)' (COM(2021) 626, EUR-Lex 52021PC0626, pages corpus); with the number: 'art. 138 BTW-richtlijn 2006/112/EG', 'artikel 196 van EU BTW-richtlijn 2006/112/EG' (invoice texts in public repositories)", "oj.journal_names": OJ_NAMES, "ecb_prefixes": ECB_NUMBERS["nl"],
        "treaties (EAEC, ECSC)": EAEC_ECSC["nl"], "article_capitals_apart": CAPITALS_APART["nl"], "treaties (EU)": FORMER_TEU["nl"], "article_plural": ARTICLE_PLURALS["nl"],
        "pinpoints.patterns (aanhef), pinpoints.words (letter, letters)": "the opening words ('aanhef') of Dutch national drafting before a point: 'Artikel 78, lid 2, aanhef en onder a, EU-Werkingsverdrag bepaalt' (ecer.minbuza.nl, Kwalificatierichtlijn), 'artikel 15, aanhef en onder c, van de Kwalificatierichtlijn' (Rechtbank Den Haag, ECLI:NL:RBDHA:2020:10488), 'art. 132, lid 1, aanhef en letter e, art. 140, aanhef en letters a en b, ... BTW-richtlijn 2006' (the Hoge Raad's judgment 10/04806, ndfr.nl); pages corpus; 'aanhef' alone and 'letter' without it UNCONFIRMED in a text read",
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, nl) and its short form; the abbreviation after an article number (Handvest) from legal writing, UNCONFIRMED in a text read for this project",
        "cases.court_reports": COURT_REPORTS["nl"],
        "cases.label_nouns": LABEL_NOUNS["nl"],
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["nl"],
        "pinpoints.recitals (punt van de considerans, overweging van de preambule), pinpoints.recitals_after_number": "a recital by its point in the preamble, as the Court's Dutch wrote it before recitals were numbered: 'Zoals met name blijkt uit punt 8 van de considerans van richtlijn 95/46, wil die richtlijn ... Punt 10 van de considerans voegt daaraan toe' (the judgment in C-101/01 Lindqvist, paragraph 95, as the Gerechtshof 's-Hertogenbosch quotes it, ECLI:NL:GHSHE:2018:363, lexboost.com), 'Zoals in punt 41 van de considerans van de richtlijn wordt uiteengezet' (the summary of the judgment in C-553/07 Rijkeboer, EUR-Lex 62007J0553 as sdu.nl prints it; pages corpus); 'In overweging 47 van de preambule van de AVG is te lezen' ('Privacy recht: het gerechtvaardigd belang bij gegevensverwerking', equesnijmegen.nl; pages corpus); the plurals punten and overwegingen there by Dutch grammar, UNCONFIRMED in a text read",
        "pinpoints.links": ACT_PINPOINTS["nl"],
        "pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'): 'Gezien Beschikking 2009/470/EG van de Raad van 25 mei 2009 betreffende bepaalde uitgaven op veterinair gebied (1), en met name artikel 31, lid 2,' and 'Gezien Verordening (EG) nr. 882/2004 van het Europees Parlement en de Raad van 29 april 2004 inzake officiële controles ... (2), en met name artikel 32, lid 7,' (Commission Implementing Decision 2014/27/EU, OJ L 16, 21.1.2014, p. 41, as eumonitor.nl prints it), 'Gezien Verordening (EEG) nr. 2658/87 van de Raad van 23 juli 1987 met betrekking tot de tarief- en statistieknomenclatuur en het gemeenschappelijk douanetarief (1), en met name artikel 9, lid 1, onder a),' (Commission Implementing Regulation (EU) No 704/2013, EUR-Lex OJ L 200, 25.7.2013; pages corpus); 'Gelet op' before an act with the lead and a pinpoint UNCONFIRMED in a text read (left out)",
        "pinpoints.amended_by": "the Court's summary of its judgment in Boxus, C-128/09 (EUR-Lex 62009CJ0128, Dutch): '(Richtlijn 85/337 van de Raad, zoals gewijzigd bij richtlijn 2003/35, art. 1, lid 5)', the article Directive 85/337's as amended; pages corpus; 'zoals gewijzigd door' UNCONFIRMED in a text read",
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["nl"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["nl"],
        "definitions": DEFINITIONS["nl"],
        "anaphor_determiners (voormelde), pinpoints.patterns": "Belgian Dutch writing: 'Artikel 6, b), van de voormelde richtlijn' (reported from a Belgian judgment kept aside to check the work); voormelde is the Belgian synonym of voornoemde (aforementioned); the point's letter after a comma without onder, UNCONFIRMED beyond that text",
        "back_references (union_name_marks)": "the adjective Dutch writes, with its capital, between the article and the name of the Union's act: 'De Europese AI-verordening is van kracht.' (tweakers.net, nieuws 224992), 'Morgen treedt de Europese AI-verordening officieel in werking' (security.nl, posting 852260), 'De regels vloeien voort uit de Europese AI-verordening (AI Act)' (accountancyvanmorgen.nl, 5 February 2025; pages corpus), as EUR-Lex's Dutch texts capitalise it ('de Europese Commissie'); the name was read as the tail of a longer title, and missed",
        "back_references (national_name_marks)": "the Dutch act carrying out the GDPR, named after the regulation's acronym AVG: 'conform de Algemene Verordening Gegevensbescherming (AVG / GDPR, EU 2016/679) en de Uitvoeringswet AVG (UAVG)', 'Naast de al bestaande verplichtingen uit de Algemene verordening gegevensbescherming (AVG) en de Uitvoeringswet AVG (UAVG)' (a Dutch privacy notice and a Dutch compliance text in public repositories, found with find_string); its own citation title 'Uitvoeringswet AVG' (wetten.overheid.nl, as a public repository's test data copies it); the act it carries out is Regulation (EU) 2016/679 (EUR-Lex 32016R0679)",
        "back_references (authors)": "the legislator as Dutch national texts write it between an act's number and its date or title, where EUR-Lex writes 'van het Europees Parlement en de Raad': 'wegens overtreding van Verordening 2016/679 van het Europees Parlement en de Raad van de Europese Unie van 27 april 2016 betreffende de bescherming van natuurlijke personen ... en tot intrekking van Richtlijn 95/46/EG (de Algemene Verordening Gegevensbescherming, hierna: AVG)' (Raad van State, uitspraak 202401169/1/A3 of 29 May 2024, raadvanstate.nl; pages corpus), 'richtlijn nr. 2000/53/EG van het Europees Parlement en de Raad van de Europese Unie van 18 september 2000 betreffende autowrakken (PbEG L 269)', 'Richtlijn 2006/24/EG van het Europees Parlement en de Raad van de Europese Unie betreffende de bewaring van gegevens' (titles of Dutch acts quoted in public repositories, find_string); 'Richtlijn 2013/34/EU van het Europees Parlement en van de Raad van 26 juni 2013' (a Belgian accounting note in a public repository, find_string); with 'en van de Raad van de Europese Unie': 'richtlijn nr. 94/25/EG van het Europees Parlement en van de Raad van de Europese Unie van 16 juni 1994' (Kamerstuk 24 689, B; see oj.journals (PbEG)); the Council alone so named: 'richtlijn nr.79/409/EEG van de Raad van de Europese Gemeenschappen van 2 april 1979 inzake het behoud van de vogelstand (PbEG L 103) (hierna: de Vogelrichtlijn) en richtlijn nr.92/43/EEG van de Raad van de Europese Gemeenschappen van 21 mei 1992 ... (PbEG L 206) (hierna: de Habitatrichtlijn)' (advice of the Raad van State W11.01.0324 on the Natuurbeschermingswet 1998, raadvanstate.nl; pages corpus); 'van de Raad van de Europese Unie' by analogy, UNCONFIRMED in a text read",
        "back_references (die)": "'that' before the regulation and the directive: 'Bij gebreke daarvan behoud ik mij het recht voor een klacht in te dienen op grond van artikel 54 van die verordening', after 'Verordening (EU) 2017/2226' in the same letter (a letter template in a public repository), 'Wij behouden ons ... het recht voor' after 'artikel 29 van de Digitaledienstenverordening ... van afdeling 4 van hoofdstuk III van die verordening' (a platform's terms in a public repository; found with find_string), as EUR-Lex's Dutch texts translate 'that Regulation'; 'dat besluit' left out: in a judgment it is most often the national decision under review ('Tegen dat besluit heeft eiser bezwaar gemaakt')",
        "back_references": 'anaphors: deze richtlijn (8 times) in the development text tests/data/corpus-nl N01 (judgment C-282/10); legislative markers: the enacting formula and closing formula of acts (Interinstitutioneel Redactiehandboek); aliases without quotation marks after hierna: a letter of the Dutch government to parliament (Kamerstuk 31 579, nr. 26: "richtlijn 2006/123/EC (hierna: Dienstenrichtlijn)") and judgments of the Raad van State ("(hierna: de AP)", ECLI:NL:RVS:2021:2511)',
        "act_types, subtypes, compound_prefixes, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Verwijzingen naar besluiten; official texts on EUR-Lex; {_DEV}",
        "oj.journals (Publicatieblad)": "EUR-Lex's header of the acts before 2004 (its former text view): 'Publicatieblad Nr. L 113 van 30/04/1992 blz. 0013 - 0018' (Council Directive 92/28/EEC, EUR-Lex 31992L0028, NL)",
        "oj.journals (PbEU)": "Dutch national legal writing abbreviates the journal PbEU, the year before the series, issue/page: 'tot intrekking van Verordening (EEG) nr. 295/91, PbEU 2004, L 46/1' (the Advocate General's conclusion before the Hoge Raad's judgment CPG 12/00512, ECLI:NL:PHR:2012:BW5520, as inview.nl prints it)",
        "back_references (name_pinpoint_words)": "a pinpoint right after a popular name, as Dutch privacy notices write it: 'Insturen: alleen na toestemming (AVG artikel 6 lid 1 onder a)', 'De grondslag is je toestemming (AVG artikel 6, lid 1, onder a): je kiest er zelf voor', 'Bepaal de verwerkingsgrondslag conform AVG artikel 6 (en art. 9 voor bijzondere categorieën).', 'Rechtsgrondslag voor Verwerking (AVG Artikel 6 & 9)' (public repositories, found with find_string 'AVG artikel 6'; the pinpoint's words are those of pinpoints before acts, as EUR-Lex texts write them); not before a link word or a capital: short_forms/name_pinpoints",
        "article_joins (in samenhang met)": "Dutch courts join two articles of one act read together by 'in samenhang met' and name the act once, after the last: 'wegens overtreding van artikel 5, eerste lid, aanhef en onder f, in samenhang met artikel 32, eerste en tweede lid, van de AVG' (Rechtbank Gelderland, ECLI:NL:RBGEL:2025:6547, explore.law; pages corpus, a judgment); 'juncto', 'jo.' UNCONFIRMED in a text read (not added)",
        "article_conjunctions, list_conjunctions (en/of)": "'en/of' ('and/or') as Dutch legal writing joins two items ('de Europese Commissie en/of de nationale mededingingsautoriteit', R. Meijer on follow-on cartel damages claims, 5dok.net; pages corpus); between article numbers ('artikel 101 en/of 102 VWEU') UNCONFIRMED in a judgment or EUR-Lex text read",
        "oj.journals (Pb.)": "the journal's abbreviation with its dot, the qualifier set apart, the year before the series: 'Verordening (EU) nr. 1215/2012 van het Europees Parlement en de Raad betreffende de rechterlijke bevoegdheid ... (herschikking), Pb. EU 2012, L 351/1 (Verordening 2012/1215/EU)' (Mr. J.G. Knot, 'Herschikking Brussel I', docplayer.nl; pages corpus), the journal as EUR-Lex's page of 32012R1215 gives it ('PB L 351 van 20.12.2012, p. 1–32'; pages corpus); 'Pb. EG' by the record's qualifiers, UNCONFIRMED in a text read",
        "oj.journals (PbEG)": "the Communities' journal so abbreviated in Dutch legislative papers, as PbEU is the Union's: 'richtlijn nr. 94/25/EG van het Europees Parlement en van de Raad van de Europese Unie van 16 juni 1994 ... (PbEG L 164)' (advice of the Raad van State on the Wet pleziervaartuigen, Kamerstuk 24 689, B, zoek.officielebekendmakingen.nl) beside '(PbEU L 386)' (Kamerstuk 30 639, nr. 4) and '(PbEU 2020, L 249)' (Kamerstuk 36 155, nr. 4); pages corpus; the journal of the Communities on EUR-Lex: 'Publicatieblad van de Europese Gemeenschappen'",
        "oj.journals, oj.pages, date_words, months": f"{_ISG}, 3.1 Verwijzingen naar het Publicatieblad; {_DEV}",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Visum, 3.2.3 Verwijzingen naar onderdelen van een besluit; {_DEV}; enacting formula of acts before 2009: Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, inzonderheid op artikel 100 / en met name op artikel 133 (EUR-Lex 32006L0067, 32008R0717); pinpoint_words punten (the plural of punt, as for lid/leden) UNCONFIRMED in a text read for this project; ordinal_nouns lid, leden: Dutch national texts number a paragraph by an ordinal before lid (artikel 19, derde lid, van het Verdrag; artikel 6, eerste lid, onder a), EU texts write lid 3: the ordinal form UNCONFIRMED in a text read for this project",
        "cases.words": f"judgments of the Court of Justice in Dutch; {_DEV}",
        "article_words (artt.)": "artt., the plural abbreviation of Dutch legal writing (not the EUR-Lex drafting), as reported from Dutch texts by an earlier reading for the project; UNCONFIRMED in a text read for this change (the pages corpus gave 'artikelen 101 en 102 EU-Werkingsverdrag', ecer.minbuza.nl)",
        "treaties (EU-Werkingsverdrag)": "the TFEU's Dutch short name beside its abbreviation VWEU of EUR-Lex texts, as the Dutch government's centre of expertise on EU law writes it after an article and after its list: 'De verboden van de artikelen 101 en 102 EU-Werkingsverdrag', 'artikel 101 EU-Werkingsverdrag', 'Voor de toepasselijkheid van artikel 101, EU-Werkingsverdrag' (ecer.minbuza.nl, dossier mededinging, het kartelverbod; pages corpus); after a preposition ('van het EU-Werkingsverdrag') as the record's EU-Verdrag, UNCONFIRMED in a text read",
    }),
    act_types={
        "regulation": ("Verordening", "Verordeningen"),
        "directive": ("Richtlijn", "Richtlijnen"),
        "decision": ("Besluit", "Besluiten", "Beschikking", "Beschikkingen"),
        "framework_decision": ("Kaderbesluit", "Kaderbesluiten"),
        "recommendation": ("Aanbeveling", "Aanbevelingen"),
        "joint_action": ("Gemeenschappelijk Optreden",),
        "common_position": ("Gemeenschappelijk Standpunt", "Gemeenschappelijke Standpunten"),
        "common_strategy": ("Gemeenschappelijke Strategie",),
        "guideline": ("Richtsnoer", "Richtsnoeren"),
    },
    # ``Beschikking`` (decisions before 2009) keeps its own name
    type_word_overrides=frozen({"beschikking": "Beschikking", "beschikkingen": "Beschikking"}),
    author_phrases=("van het Europees Parlement en de Raad", "van de Raad", "van de Commissie",
                    "van de Europese Centrale Bank", "van de ECB"),
    legislator_forms=("van het Europees Parlement en de Raad",),
    # a national author after the number (``Verordening nr. 12/2014 van de gemeenteraad``)
    national_author_links=("van de", "van het", "van"),
    eu_author_words=("Europe", "Gemeenschap", "Unie", "Hoge Autoriteit", "Hoge Vertegenwoordiger",
                     "Hof van Justitie", "Gerecht", "Rekenkamer", "lidstaten"),
    national_author_words=("gemeenteraad", "gemeente", "provincie", "provinciale staten", "minister",
                           "staatssecretaris", "burgemeester", "college van burgemeester",
                           "Raad voor", "Commissie voor", "Raad van State"),
    subtypes_before=frozen({"Gedelegeerde": "delegated"}),
    compound_prefixes=frozen({"Uitvoerings": "implementing", "EU-": "", "EG-": ""}),
    compound_type_words=True,
    subtype_forms=frozen({"delegated": "Gedelegeerde {word}", "implementing": "Uitvoerings{lower}"}),
    number_markers=("nr.", "Nr."),
    number_marker="nr.",
    list_conjunctions=("en", "of", "alsmede", "alsook", "en/of"),
    domains=frozen({"EU": "EU", "EG": "EG", "EEG": "EEG", "EGKS": "EGKS", "GBVB": "GBVB",
                    "JBZ": "JBZ", "Euratom": "Euratom"}),
    jha_domains=("JBZ",),
    ecsc_domains=("EGKS",),
    domain_eras=frozen({"EU": "EU", "EG": "EC", "EEG": "EEC", "EGKS": "ECSC", "GBVB": "CFSP", "JBZ": "JHA", "Euratom": "Euratom"}),
    hint_words=("HvJ", "de", "het", "een", "van", "en", "in", "op", "te", "voor", "met", "door", "dat",
                "die", "bij", "aan", "tot", "om", "is", "zijn", "deze", "bedoeld", "krachtens",
                "overeenkomstig", "titel"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]van[ ](?:de|het)[ ])(?P<body>(?i:Gemengd[ ]Comité(?:[ ]van[ ]de[ ]EER)?|EER-Comité|(?:Stabilisatie-[ ]en[ ])?Associatieraad|Samenwerkingsraad|Partnerschapsraad|EER-Raad|Associatiecomité)(?:[ ]?[A-Z]{2,5}(?:[-–]|[ ]en[ ])[A-Z]\w{1,20})?)(?![\w-])",
        # A body on no list: any comité (``Handelscomité``); a raad only joined to its parties
        # (``ACS-EG-Raad``) or gemengd/gezamenlijk (``van de Raad`` alone is the EU's, as is the
        # EU-Raad).
        any_after=r"(?i:[ ]van[ ](?:de|het)[ ])(?!(?i:EU|EG|EEG)[-–](?i:raad)\b)(?P<body>(?:[A-Z]{2,6}[-–](?:[A-Z]\w{1,20}[-–])?)?(?:(?i:gemengde?|gezamenlijke?)[ ](?:[^\W\d_]{2,30}[ ])?(?i:comité|raad)|[^\W\d_]{0,30}?(?i:comité)|(?<=[-–])(?i:raad))(?:[ ](?:(?i:van[ ]ministers|van[ ]ambassadeurs)|[A-Z]{2,6}(?:[-–][A-Z]\w{1,20}){1,2})){0,2})(?![\w-])",
    ),
    date_words=("van",),
    months=(("januari",), ("februari",), ("maart",), ("april",), ("mei",), ("juni",), ("juli",),
            ("augustus",), ("september",), ("oktober",), ("november",), ("december",)),
    month_abbreviations=(("jan",), ("feb",), ("mrt",), ("apr",), (), ("jun",), ("jul",), ("aug",), ("sep", "sept"), ("okt",), ("nov",), ("dec",)),
    treaty_now_words=("thans",),  # ``(thans artikel 81 EG)`` (see sources)
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj=OjWords(
        journals=("PB", "PbEU", "PbEG", "Pb.", "Publicatieblad"),
        journal_names=("Publicatieblad van de Europese Unie", "Publicatieblad van de Europese Gemeenschappen"),
        qualifiers=("EG", "EU", "EEG"),
        pages=("blz.", "p."),
        edition_labels=("Bijzondere uitgave", "bijzondere uitgave"),
        edition_languages=MappingProxyType({
            "da": ("Deens",), "en": ("Engels",), "el": ("Grieks",), "es": ("Spaans",),
            "pt": ("Portugees",), "fi": ("Fins",), "sv": ("Zweeds",), "cs": ("Tsjechisch",),
            "et": ("Ests",), "lv": ("Lets",), "lt": ("Litouws",), "hu": ("Hongaars",),
            "mt": ("Maltees",), "pl": ("Pools",), "sk": ("Slowaaks",), "sl": ("Sloveens",),
            "bg": ("Bulgaars",), "ro": ("Roemeens",), "hr": ("Kroatisch",),
        }),
        edition_links=("in het",),
        edition_chapters=("Hoofdstuk",),
        edition_volumes=("Deel",),
        edition_pages=("blz.",),
    ),
    treaties={
        "TFEU": Treaty("VWEU", ("VWEU", "EU-Werkingsverdrag"), ("Verdrag betreffende de werking van de Europese Unie", "EU-Werkingsverdrag")),
        "TEU": Treaty("VEU", ("VEU", "EU-Verdrag"), ("Verdrag betreffende de Europese Unie", "EU-Verdrag")),
        "EC": Treaty("EG", ("EG", "EG-Verdrag"), ("EG-Verdrag", "Verdrag tot oprichting van de Europese Gemeenschap")),
        "EU": Treaty("EU", ("EU",), closed_abbreviations=("EU",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("EEG", ("EEG", "EEG-Verdrag"),
                      ("EEG-Verdrag", "Verdrag tot oprichting van de Europese Economische Gemeenschap")),
        "EAEC": Treaty("van het Euratom-verdrag", ("Euratom-verdrag",), ("Euratom-verdrag", "Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie")),
        "ECSC": Treaty("van het Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal", ("Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal",), ("Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal",)),
        "CFR": Treaty("Handvest", ("Handvest",), ("Handvest van de grondrechten van de Europese Unie", "Handvest van de grondrechten")),
    },
    treaty_prepositions=("van het", "van"),
    article_words=frozen({"artikel": "artikel", "artikelen": "artikelen", "Artikel": "artikel",
                          "Artikelen": "artikelen", "ARTIKEL": "artikel", "art.": "artikel",
                          "artt.": "artikelen"}),
    article_plural=("artikel", "artikelen"),
    article_conjunctions=("en", "of", "tot", "tot en met", "en/of"),
    article_capitals_apart=True,  # ``Artikel 100 A EG-Verdrag`` (see sources)
    # two articles read together, their act named once after the last (see sources)
    article_joins=("in samenhang met",),
    article_range_words=("tot", "tot en met"),
    pinpoints=PinpointWords(
        links=("van", "van de", "van het"),
        # ``bijlage I bij Verordening (EU) 2016/679``: an annex linked by its own word; a recital
        # by van (``overweging 26 van Verordening (EU) 2016/679``)
        annexes=("bijlage", "bijlagen"),
        annex_links=("bij",),
        recitals=("overweging", "overwegingen", "punt van de considerans",
                  "punten van de considerans", "overweging van de preambule",
                  "overwegingen van de preambule"),
        # ``punt 8 van de considerans van richtlijn 95/46``, ``overweging 47 van de preambule
        # van de AVG`` (grammar/numbered_recitals)
        recitals_after_number=("van de considerans", "van de preambule"),
        amended_by=("zoals gewijzigd bij", "zoals gewijzigd door"),  # (see sources)
        # ``Gezien Verordening ..., en met name artikel 32, lid 7,``: the act's (see sources)
        enacting_intros=("Gezien",),
        words=("lid", "leden", "onder", "punt", "punten", "sub", "alinea", "volzin",
               "letter", "letters"),
        # a point without its word, as Belgian texts write it: ``artikel 6, b), van``; the
        # opening words of Dutch national drafting, alone or before a point (``artikel 78, lid 2,
        # aanhef en onder a, VWEU``, ``aanhef en letter e``)
        patterns=(r"[a-z]\)", r"aanhef(?:[ ]en(?=[ ](?:onder|sub|letters?)[ ]))?"),
        ordinals=_ORDINALS,
        # ``Achtste btw-richtlijn``, ``achtste richtlijn``: the Eighth
        title_ordinals=(*_ORDINALS, "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde",
                        "dertiende"),
        ordinal_endings=("e", "de", "ste"),  # ``6e``: a number as an ordinal (see sources)
        ordinal_nouns=("lid", "leden", "alinea", "volzin", "streepje", "zin", "alinea's", "alinea’s", "volzinnen",
                       "streepjes", "zinnen"),
    ),
    enacting_intros=("Gezien het", "gezien het", "Gelet op het", "gelet op het"),
    enacting_leads=(r"en[ ]met[ ]name(?:[ ]op)?", r"inzonderheid(?:[ ]op)?"),
    cases=CaseWords(
        words=("zaak", "zaken", "Zaak", "Zaken"),
        court_reports=("Jurispr.",),
        pinpoint_words=("punt", "punten"),
        joined_words=("gevoegde",),
        opinion_words=("advies",),
        opinion_bodies_after=("werkgroep", "gegevensbescherming"),
        label_nouns=("tabel", "figuur", "grafiek", "tabellen", "figuren", "grafieken"),
        keyword_instruments=("verdrag", "-protocol", "akkoord", "-statuut", "-reglement", "-wetboek", "handvest", "toetredingsakte"),
    ),
    com=ComWords(
        final_words=("def.", "definitief", "final"),
        proposal_words=(r"\bvoorstel",),
        communication_words=(r"\bmededeling", r"\bverslag", r"\bwitboek", r"\bgroenboek",
                             r"\bactieplan", r"\bstrategie\b"),
    ),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("of",),
        proposal_titles=("voorstel voor een",),
        proposal_leads=("voorstel/wetgevingsvoorstel voor een",),
        # a pinpoint right after a popular name: 'AVG artikel 6 lid 1 onder a' (see sources)
        name_pinpoint_words=("artikel ", "Artikel "),
        definition_closings=("genoemd",),
        articles=("de", "De", "het", "Het"),
        title_starts=("betreffende", "inzake", "tot wijziging van", "tot vaststelling van",
                      "tot intrekking van", "tot", "houdende", "met betrekking tot", "over",
                      "ter", "op", "voor"),
        in_title_before=("tot wijziging van", "tot intrekking van", "en", "of"),
        title_dates=(r"van \d{1,2} \w+ \d{4}",),
        anaphor_determiners=("genoemde", "voornoemde", "voormelde", "deze", "Deze", "die", "Die"),
        # "die" ("that") with the regulation and the directive only, as EUR-Lex writes
        # them ("artikel 54 van die verordening"; see sources): "dat besluit" is most often
        # a national administrative decision in a judgment
        determiner_types=tuple((d, t) for d in ("die", "Die") for t in ("regulation", "directive")),
        # "deze richtlijn" is "that directive" in a judgment, "this Directive" in an act
        self_determiners=("deze", "Deze"),
        legislative_markers=(
            "HEBBEN DE VOLGENDE", "HEEFT DE VOLGENDE", "Overwegende hetgeen volgt",
            "Voor de toepassing van deze", "is verbindend in al haar onderdelen",
            "\nArtikel 1\n", "\nArtikel 2\n",
        ),
        # the legislator as Dutch national texts name it after the number (see sources)
        authors=("van het Europees Parlement en de Raad van de Europese Unie",
                 "van het Europees Parlement en van de Raad van de Europese Unie",
                 "van het Europees Parlement en van de Raad",
                 "van de Raad van de Europese Gemeenschappen", "van de Raad van de Europese Unie"),
        definition_intros=("hierna",),
        unquoted_aliases=True,
        # the Dutch act carrying out the GDPR, named after its acronym: "Uitvoeringswet AVG"
        national_name_marks=("Uitvoeringswet",),
        union_name_marks=("Europese",),
    ),
    examples=(
        ("Verordening (EG) nr. 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Verordening (EG) nr. 1049/2001"}),
        ("richtlijn 2001/29/EG", {"kind": "legal_act", "celex": "32001L0029", "normalized": "Richtlijn 2001/29/EG"}),
        ("Gedelegeerde Verordening (EU) 2019/980", {"kind": "legal_act", "subtype": "delegated", "celex": "32019R0980"}),
        ("Uitvoeringsverordening (EU) 2019/1234", {"kind": "legal_act", "subtype": "implementing", "celex": "32019R1234"}),
        ("Kaderbesluit 2002/584/JBZ", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("PB L 119 van 4.5.2016, blz. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("artikel 267 VWEU", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "artikel 267 VWEU"}),
        ("artikel 101, lid 1, VWEU", {"kind": "treaty_article", "articles": ["101"]}),
        ("zaak C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("artikel 6, lid 1, onder a), van Verordening (EU) 2016/679", {"kind": "legal_act", "_span": "Verordening (EU) 2016/679", "pinpoint": "artikel 6, lid 1, onder a)"}),
    ),
)  # fmt: skip
