# ruff: noqa: E501
"""German."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    JUDGMENT_PINPOINTS,
    KEYWORD_INSTRUMENTS,
    LABEL_NOUNS,
    OJ_NAMES,
    SUBDIVISION_WORDS,
)
from eurefs.languages._treaty_sources import EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ISG = (
    "Interinstitutionelle Regeln für Veröffentlichungen (https://style-guide.europa.eu/de), Teil 1"
)

_VERTRAG = ("Vertrag", "Vertrags", "Vertrages")

LANGUAGE = Language(
    code="de",
    name="German",
    ecb_prefixes=('EZB',),
    ecb_authors=('der Europäischen Zentralbank', 'der EZB'),
    sources=frozen({"cases.keyword_instruments": KEYWORD_INSTRUMENTS, "bare_act_numbers": "an EU title's list of acts, each number with its bracketed domain after the title of the one before: 'Vorschlag für eine Verordnung des Europäischen Parlaments und des Rates zur Änderung der Verordnungen (EU) Nr. 1308/2013 über eine gemeinsame Marktorganisation für landwirtschaftliche Erzeugnisse, (EU) Nr. 1151/2012 über Qualitätsregelungen für Agrarerzeugnisse und Lebensmittel, (EU) Nr. 251/2014 über ... und (EU) Nr. 229/2013 über ... - COM (2018) 394 final/2' (the title of the Commission's proposal, EUR-Lex 52018PC0394, as the Bundesrat's recommendations give it, Drucksache 248/18, umwelt-online.de; pages corpus); the named form ('Richtlinie (2000/60/EG)') left out: a capitalised noun before a bracketed number is often a court's or a body's own ('Entscheidung (12/2017)')", "hint_words (titel)": "the heading word of an act's title, as the Interinstitutional Style Guide writes it in German (style-guide.europa.eu, de, 2.1: '2.1 Titel', 'Der vollständige Titel eines Rechtsakts enthält'), beside the record's pinpoint word ('Titel V Kapitel 2'); also the word of the German, Danish, Dutch and Swedish records, so that alone it tells none of them (pages corpus)", "dated_statutes (EEG)": "the Renewable Energy Sources Act (Erneuerbare-Energien-Gesetz) by its abbreviation and the year of its version, as German texts and the Court's German cite it: '(BGBl. 2011 I S. 1634, im Folgenden: EEG 2012)' (the General Court's judgment in T-47/15, curia.europa.eu DE), 'Beihilfen durch bestimmte Vorschriften des geänderten deutschen Gesetzes für den Vorrang erneuerbarer Energien (EEG 2012)' (the judgment in C-405/16 P, curia.europa.eu DE), 'Das Urteil des Europäischen Gerichtshofs zum EEG 2012' (Deutscher Bundestag, PE 6 - 3000 - 042/19; pages corpus); texts of other languages quote it too ('renewable energy sources (EEG 2012)', the judgment's English summary on curia.europa.eu), hence half a word; Dutch writes EEG for the EEC ('Verordening (EEG) nr. 1408/71'), before a year alone UNCONFIRMED in a Dutch text read; 'EEG 2017', 'EEG 2021' by the same usage", "hint_words (EuG)": "the General Court as German legal writing abbreviates it before a case number, as EuGH the Court of Justice: 'EuG, 10.05.2016 - T-47/15', 'EuG, Entscheidung vom 10. Mai 2016 - T-47/15' (dejure.org, the citation forms of the judgment Germany v Commission on the EEG 2012; pages corpus): the case number was English (no word of one language near)", "hint_words (EuGH)": "the Court of Justice as German legal writing abbreviates it before a case number, often with no other German word near: 'EMAG-Hinweis (EuGH C-245/04)', 'Gesundheitsdatum (Art. 4 Nr. 15, EuGH C-21/23 Lindenapotheke v. 04.10.2024)', 'Leitentscheidungen - EuGH C-249/21', 'EuGH C-55/18 + BAG (Erfassungspflicht)' (notes in public repositories; find_string 'EuGH C-'); the judgments on EUR-Lex write 'Urteil des Gerichtshofs'; the case numbers were English where no other word told", 'oj.edition_*': "EUR-Lex's header of 31977R2827 and 31977R1844 ('Griechische Sonderausgabe: Kapitel 03 Band 19 S. 0053', 'Finnische Sonderausgabe: Kapitel 3 Band 9 S. 0044'); the other editions' languages by analogy", "oj.header_journals": "EUR-Lex's former text view heads an act before 2004 with the journal's name, a number marker, the issue (after the series from 1968), the date with slashes and the pages in four figures; read only in that shape, as the words also name national journals: 'Amtsblatt Nr. L 376 vom 31/12/1991 S. 0029 - 0037' (Council Directive 91/683/EEC, EUR-Lex 31991L0683, German; pages corpus)", 'national_author_words (councils, commissions für)': "the councils of municipalities, cities and the federation (Gemeinderat, Stadtrat, Bundesrat, Landesrat, Kreisrat, Magistrat) and the commissions named for a task ('Kommission für Jugendmedienschutz', KJM, under the German Interstate Treaty on the Protection of Minors) by their names in German and Austrian law, where EUR-Lex titles write the EU's Council alone ('Verordnung (EG) Nr. 1/2003 des Rates', EUR-Lex 32003R0001); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        "compound_type_words": "'Die Mehrwertsteuersystemrichtlinie 2006/112/EG regelt die Mehrwertsteuer' (a commentary's foreword, 360.lexisnexis.at; pages corpus); 'Datenschutz-Grundverordnung' as a compound with a hyphen; a compound prefix that is no subtype (grammar/legal_act_words: only with a domain, 'Landesverordnung 12/2010' stays a national act's); the German short title of Regulation (EU) 2016/679 on EUR-Lex (32016R0679): '(Datenschutz-Grundverordnung)'", "oj.journal_names": OJ_NAMES, "ecb_prefixes": ECB_NUMBERS["de"],
        "national_author_links, eu_author_words": "the links of the author phrases and the EU authors of official texts on EUR-Lex ('Verordnung Nr. 17 des Rates', 'Entscheidung Nr. 2/54 der Hohen Behörde'); a national author after the number: 'Verordnung Nr. 1/2014 der Finanzmarktaufsicht' (the Austrian FMA's; reported by a helper from the search corpus, UNCONFIRMED in a text read for this change)",
        "com.type_aliases (K)": "Commission Decision 2008/738/EC (EUR-Lex 32008D0738, German: 'Bekannt gegeben unter Aktenzeichen K(2008) 2257')",
        "treaties (EAEC, ECSC)": EAEC_ECSC["de"], "treaties (EU)": FORMER_TEU["de"],
        "treaty_abbreviation_leads, treaties (CFR: GR-Charta)": "German norm chains, one treaty a line, abbreviation first: 'Rechtsquelle/n: AEUV Art. 20, 45, 78, 267 ... GR-Charta Art. 18' (the Federal Administrative Court's decision BVerwG 1 C 3.14 of 19 August 2014, jusmeum.de), 'Normenketten: AEUV Art. 267' (AG München, 231 C 2453/22, gesetze-bayern.de); pages corpus; 'GR-Charta' after the article number UNCONFIRMED in a text read; normalised in the order of EUR-Lex texts ('Art. 267 AEUV')",
        "treaties (TFEU: AEU, AEU-Vertrag)": "AEU for the TFEU (the AEU-Vertrag) after an article number, as German legal textbooks write it: 'Vorabentscheidungsverfahren – Art. 267 AEU', 'Von der in Art. 256 Abs. 3 AEU vorgesehenen Möglichkeit', 'Art. 267 Abs. 1 lit. a und b AEU', 'Vorlageberechtigung nach Art. 267 Abs. 2 AEU', 'Vorlagepflicht nach Art. 267 Abs. 3 AEU' (Hobe, Europarecht, 6th ed., Vahlen 2011, § 11, its reading sample on studylibde.com; pages corpus); AEU names nothing else after an article number in the German texts read. 'AEU-Vertrag' is the Court's own short name of the treaty in its German judgments ('eine Frage nach der Auslegung des AEU-Vertrags', C-136/12, paragraph 25, as the Austrian journal rpa 2014/1 quotes it, 360.lexisnexis.at; 'dem System des AEU-Vertrags immanent', C-282/10, tests/data/corpus-de D01); after an article number ('Art. 267 AEU-Vertrag', 'Artikel 267 des AEU-Vertrags') UNCONFIRMED in a text read, by analogy with EU-Vertrag and EG-Vertrag",
        "treaties (CFR: GrCh, EUGrdRCh)": "the Charter's abbreviation with a small r and juris's abbreviation of it, after an article's number: 'Abwägung zwischen Persönlichkeitsrechten der Betroffenen nach Art 7 u 8 GrCh (juris: EUGrdRCh), unternehmerischer Freiheit der Suchmaschinenbetreiber (Art 16 EUGrdRCh)' (the subject of the Federal Constitutional Court's order 1 BvR 276/17 of 6 November 2019, Recht auf Vergessen II, as rewis.io lists it; pages corpus), juris's abbreviations, not the EUR-Lex drafting ('Artikel 47 der Charta'); before the article ('EUGrdRCh Art 47', norm chains) UNCONFIRMED in a text read",
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, de) and its short form; the abbreviation after an article number (GRCh, GRC) from legal writing, UNCONFIRMED in a text read for this project; the short name after a citation in full (short_names, grammar/named_again): 'Artikel 47 der Charta der Grundrechte der Europäischen Union (GRCh) garantiert ... im Sinne von Artikel 47 der Charta, die gemäß Artikel 52(1) der Charta' (ipwiki.de, quoting the Court in Joined Cases C-439/14 and C-488/14, EUR-Lex 62014CJ0439 in German; pages corpus), 'durch Artikel 21 Absatz 2 der Charta gewährleistet' (e-justice.europa.eu, on the Charter), never before 'der', 'des' ('Charta der Vereinten Nationen')",
        "cases.court_reports": COURT_REPORTS["de"],
        "cases.label_nouns": LABEL_NOUNS["de"],
        "cases.court_reports, cases.pinpoint_words (Slg, Randnr without dots)": "Austrian writing drops the dots of its abbreviations: '(vgl Urteil vom 4. November 1997, Parfums Christian Dior, C-337/95 , Slg 1997, I-6013, Randnr 26)' (the Court's judgment in C-136/12, Consiglio nazionale dei geologi, paragraph 25, as the journal rpa 2014/1 quotes it, 360.lexisnexis.at; pages corpus), where the judgment on EUR-Lex writes 'Slg. 1997, I-6013, Randnr. 26'",
        "cases.words (Rs., Rs)": "German legal writing's abbreviation of Rechtssache before a case number: 'Mit Costa/Enel wird die EuGH-Entscheidung von 1967 (EuGH Rs. 6/64) bezeichnet. Slg. 1964, 1253.' (lexexakt.de, a legal glossary), 'EuGH, Urteil vom 17. Dezember 1970 – Rs. 11/70 – Slg. 1970, 1125' (on the judgment in Internationale Handelsgesellschaft), 'In der Rs. C-540/03 ging es um ...' (Epiney, NVwZ 2007, 123dok.net; pages corpus); a bare number of the Court's years before 1989 only (grammar/cases); 'Rs' without its dot, as Austrian writing drops the dots of its abbreviations, UNCONFIRMED in a text read",
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["de"],
        "pinpoints.links": ACT_PINPOINTS["de"],
        "pinpoints.amended_by": "the phrase before the amending act: 'Art. 10a der Richtlinie 85/337/EWG in der Fassung der Richtlinie 2003/35/EG' (Opinion of AG Sharpston in C-115/09, curia.europa.eu; pages corpus); a pinpoint after a comma after it, as the Dutch summary of Boxus writes (EUR-Lex 62009CJ0128) ('zoals gewijzigd bij richtlijn 2003/35, art. 1, lid 5'), and 'in der Fassung des', 'geändert durch' there UNCONFIRMED in a text read: no pinpoint is given there",
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["de"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["de"],
        "back_references (pinpoint_links, linking_determiners)": "the genitive article between a pinpoint and a short form, as German privacy notices and letters write it: 'die aufgrund von Art. 6 Abs. 1 lit. f der DSGVO (Datenverarbeitung auf der Grundlage einer Interessenabwägung) erfolgt', 'Nach Artikel 17 der Datenschutz-Grundverordnung (DSGVO) übe ich mein Recht auf Löschung aus' (public repositories, found with find_string), as EUR-Lex links a pinpoint to an act ('Artikel 6 Absatz 1 Buchstabe a der Verordnung (EU) 2016/679'); the genitive determiners holding the article ('Art. 3 dieser Richtlinie', 'Art. 5 Abs. 2bis derselben Verordnung'), as before",
        "back_references": "Entwicklungstexte (tests/data/corpus-fr-de F03, F04): im Folgenden, dieser Verordnung in Rechtsakten und Urteilen; die besagte Richtlinie (issue 8 review); des genannten/dem genannten (Beschlusses, Beschluss) as the masculine forms of der genannten (UNCONFIRMED in a text read for the project); alias_conjunctions 'und' ('(im Folgenden „Verordnung“ und „DSGVO“)', UNCONFIRMED in a text read for the project); the initialisms VO and RL of act_types after the determiners ('dieser VO', 'der genannten RL'; UNCONFIRMED in a text read for the project, as legal writing abbreviates the type word before a number too, see act_types (VO, RL); 'RL' is also written for the plural, which the rule on several acts of a type before an anaphor leaves alone); derselben, 'the same' ('der Art. 5 Abs. 2bis und 2ter derselben Verordnung', a Swiss Federal Supreme Court summary on the Covid-19-Verordnung Erwerbsausfall, and '§§ 25 bis 29 derselben Verordnung', a school-law text, both in public repositories), desselben for the masculine ('Festlegung 4 desselben Beschlusses', a public repository's decision record), demselben (UNCONFIRMED in a text read for the project); der oben genannten, 'above': 'mit der Verordnung (EG) Nr. 1893/2006 des Europäischen Parlaments und des Rates vom 20. Dezember 2006 (ABl. EG Nr. L 393 S. 1) veröffentlicht wurde ... Die Zustimmung der Europäischen Kommission gemäß Artikel 4, Absatz 3, der oben genannten Verordnung liegt vor', 'ergibt sich aus Artikel 8 der oben genannten Verordnung' (the Federal Statistical Office's description of the WZ 2008 classification, klassifikationsserver.de, as a public repository quotes it), 'nach Artikel 75 Absatz 1 der oben genannten Richtlinie' (Delegated Regulation (EU) 2018/389, Article 5(3)(a), German, as a public repository quotes it); its other cases (die, des, dem oben genannten) from German grammar, UNCONFIRMED in a text read; 'obengenannten' in one word not found; unquoted_aliases and adjective_endings: '(ABl. L 145, S. 1, im Folgenden: Sechste Richtlinie) ... Nach Art. 2 Abs. 1 der Sechsten Richtlinie' (the Court's judgment in C-401/06, mein.kiehl.de Dokument 282389; also the Court in Commission v Sweden, datenbank.nwb.de Dokument 192248, and AG Kokott in C-401/05, taxlawapp.eu: pages corpus)",
        "act_types, subtypes, compound_prefixes, author_phrases, number_markers, domains":
            f"{_ISG}, 3.2 Bezugnahme auf Rechtsakte; checked on tests/data/corpus-fr-de F03, F04",
        "compound_prefixes (EU-)": "German writing outside the OJ joins the Union's domain to the type word, no subtype: 'die EU-Whistleblower-Richtlinie (EU-Richtlinie 2019/1937)' (an interview on the German whistleblower act, arbeit-und-arbeitsrecht.de, on the Bundestag's vote and the Commission's infringement procedure, not a judgment); 'Die rechtliche Grundlage ist die EU-Richtlinie (EU 2019/1937)' (caritas-cdg.de)", "compound_prefixes (EG-)": "the Community's domain so joined, as German writing had it before the Union: 'Alle erworbenen Fahrerlaubnisklassen bleiben gemäß EG-Richtlinie 2006/126/EG im bisherigen Umfang erhalten' (a driving-licence page in a public repository, id 70470477224), 'Güter, die in den Anwendungsbereich von Artikel 8g der EG-Verordnung Nr. 765/2006 fallen' (a sanctions clause in a public repository, id 55967302713); the acts as EUR-Lex numbers them (32006L0126, 32006R0765); 'EWG-' UNCONFIRMED with a number in a text read (not added)",
        "oj.journals, oj.pages, date_words": f"{_ISG}, 3.1 Bezugnahme auf das Amtsblatt",
        "treaties, article_words, pinpoints, enacting formula":
            f"{_ISG}, 2.2.1 Bezugsvermerke, 3.2.3 Bezugnahme auf Untergliederungen",
        "article_words (Artt.), pinpoints.patterns (roman paragraph, ff.)": "German legal writing, not the EUR-Lex drafting: 'sind nach Art. 267 III AEUV verpflichtet' (a note on an article in JuS 2015 about the preliminary reference, klartext-jura.de; the roman number is the paragraph, as 'Art. 267 Abs. 3 AEUV' in the judgment of the BGH EnZR 19/15, rechtslupe.de), 'ist in Art. 56 ff. AEUV verankert' (europarecht-rechtsanwalt.com), 'die Artikel 107 ff AEUV' (a state-aid handbook's preview, linda.at; pages corpus); the roman paragraph with its sentence's number: 'nach Art. 3 II 1 Kartellverfahrens-VO (VO (EG) 1/2003)' (recht-vertieft.de, a competition-law course; pages corpus); 'f.' for the one following: '(EuGH, Urt. v. 14.12.1989, C-3/87 – Agegate –, Rn. 35 f.)' (a commentary on the free movement of workers, hotlib.net; pages corpus; after an article of the treaty UNCONFIRMED in a text read for this change); Artt., the plural abbreviation, as reported from German texts by an earlier reading for the project (UNCONFIRMED in a text read for this change)",
        "article_words, pinpoints.words (Art, Abs, UAbs, lit, Z without dots)": "Austrian legal writing: judgment of the OGH 6 Ob 134/23h of 19 July 2023 ('gemäß Art 267 AEUV'), its question to the Court of Justice in C-319/20 as Austrian law firms quote it ('Art 80 Abs 1 und 2 sowie Art 84 Abs 1 DSGVO'), 'Art 6 Abs 1 lit f DSGVO' in Austrian law-firm and journal articles (chg.at, 360.lexisnexis.at; pages corpus)",
        "pinpoints.unlinked_words": "a pinpoint right before the act, no 'der' between, where EUR-Lex writes 'der Richtlinie': 'ob es Art 6 Abs 1 und Art 7 Abs 1 RL 93/13/EWG (KlauselRL) widerspricht' (RdW 2021, lesen.lexisnexis.at, on the OGH's reference), 'Art. 27 Abs. 1 Buchst. d Richtlinie 92/83/EWG' (the Federal Finance Court's judgment VII R 22/14, headnote 2, urteile-gesetze.de; pages corpus), 'Art. 16 Abs. 1 Verordnung (EU) 2022/2554 i.V.m. Art. 8 Abs. 2 Delegierte Verordnung (EU) 2024/1772' and 'Art. 8 DelVO (EU) 2024/1772' (a compliance checklist in a public repository); before VO, DVO, Durchführungsverordnung, Beschluss, Rahmenbeschluss, Entscheidung UNCONFIRMED in a text read; before the Association Council's decisions abbreviated (agreement_bodies.words: ARB): 'wegen der assoziationsrechtlichen Stillhalteklauseln des Art. 13 ARB 1/80 bzw. Art. 7 ARB 2/76' (the Federal Administrative Court's press release 1/2017 of 26 January 2017, in the judgment dataset rusheeliyer/german-courts on huggingface.co), 'ob Art 10 Abs 1 ARB 1/80 unmittelbar anwendbares Gemeinschaftsrecht ist' (ARD 2001, 360.lexisnexis.at); pages corpus",
        "act_types (VO, RL)": "the initialisms of German and Austrian legal writing, with the domain: 'Mit VO (EU) 2018/1139 (Basic Regulation, BR) übernimmt der Unionsgesetzgeber' (ecolex 2019, an Austrian law journal, 360.lexisnexis.at), 'Die Brüssel I a-Verordnung (VO (EU) Nr. 1215/2012) regelt' (anwaltinfrankreich.de, a law firm's page), 'Die RL 2006/123/EG v. 12. 12. 2006 (ABl. L 376/36) über Dienstleistungen im Binnenmarkt' (rechtslexikon.net; pages corpus); the CELEX of each as on EUR-Lex (32018R1139, 32012R1215, 32006L0123). In lower case they give nothing (grammar/legal_act_words); RL without a domain neither, VO only as bare_initialisms says",
        "act_types (VO, RL), compound_prefixes (EG-, EU-): the domain joined": "the domain joined to the initialism by a hyphen, both in capitals: before it, as a compound prefix, 'Ausgleichsleistung wegen Flugannulierung nach der EG-VO Nr. 261/2004 ... i.S. v. Art. 5 ABs. 3 EG-VO Nr. 261/2004' (headnote of the LG Berlin's judgment 57 S 44/07, jusmeum.de), 'Online-Kommentar zur EU-VO 261/2004' (kanzlei-woicke.de), 'Die Freistellungswirkung des Art. 81 III EUV tritt ex lege ein (EU-VO 1/2003)' (ipwiki.de; pages corpus), 'EU-VO 2022/2554 (DORA), Art. 11–14', 'MiFID-II (EU-RL 2014/65)', 'Art. 7 Abs. 3 EU-RL 2023/970' (documents in public repositories, found with find_string); after it: 'Die europäische Fluggastrechteverordnung VO-EG Nr. 261/2004 ... gemäß Art. 2 lit b VO-EG Nr. 261/2004' (passagierrechte.org; pages corpus); EG-RL, EWG-VO and RL with a domain after its hyphen UNCONFIRMED in a text read (EWG- is no compound prefix: 'EWG-VO 1683/95' in a generated list only); the pinpoint right before them with no 'der' (pinpoints.unlinked_words): 'gemäß Art. 2 lit b VO-EG Nr. 261/2004' (above), 'innerhalb von 2 Monaten (Art. 7 Abs. 3 EU-RL 2023/970)', 'Gemäß Art. 10 EU-RL 2023/970 ist eine gemeinsame Entgeltbewertung einzuleiten' (public repositories, found with find_string); before EG-VO and EU-VO UNCONFIRMED in a text read ('Art. 5 ABs. 3 EG-VO Nr. 261/2004' above, with a typing error)",
        "bare_initialisms (VO) after a name and a hyphen, national_prefixes": "a regulation's short name joined to VO by a hyphen before its bare number, as German and Austrian writing has it: 'Ausgleichsanspruch nach der Fluggäste-VO 261/2004' (Zak 2015/18, an Austrian law journal, 360.lexisnexis.at), 'Anhang II Teil IV Nr. 2.2.2b der Öko-VO 2018/848' (pruefgesellschaft.bio, a control body's notes on the organic regulation; pages corpus), 'EU-Fluggastrechte-VO 261/2004 Art. 5, 6, 7' (a public repository, find_string); with the domain: 'Rom-I-VO (EG) Nr. 593/2008', 'Kosmetik-VO (EG) Nr. 1223/2009', 'CLP-VO (EG) Nr. 1272/2008' (public repositories, find_string); the full word with the Union's domain joined before the name: 'EU-Öko-Verordnung 2018/848' (pruefgesellschaft.bio), 'die neue EU-Öko-Basisverordnung 2018/848 nebst 17 Durchführungsverordnungen' (bwagrar.de; pages corpus); the CELEX of each as on EUR-Lex (32004R0261, 32018R0848, 32008R0593, 32009R1223, 32008R1272). The national makers' prefixes (Landes-, Bundes-, Kreis-, Gemeinde-, Stadt-, Polizei-) name a national ordinance ('Landes-VO' in public repositories' notes on German law, with no number); with a number N/YYYY UNCONFIRMED in a text read, kept out as the word says the maker",
        "bare_initialisms (VO)": "VO before a bare number, the way German and Swiss legal writing cites a regulation of the number-first era: an article, VO and the number, with or without Nr. (Regulation 883/2004 so cited by the Swiss Federal Supreme Court, BGE 151 V 315, and by the social insurance court of Basel-Stadt, KV.2024.4, as a public repository's register of citations records them), Regulation 1/2003 cited by its articles 7 and 23 and Regulation 1393/2007 in brackets after its short name in German law notes in public repositories; the customs lawyer's VO 2015/2446 is Delegated Regulation (EU) 2015/2446 (EUR-Lex 32015R2446). Most national ordinances read carry names, not such numbers (an LSG-VO or DVO with the name of its area or law, an Austrian Land's ordinance with its gazette number after LGBl; pages corpus), but the Berlin parliament registers the ordinances the Senate lays before it as VO, its term and their number (a Senate submission VO 16/128 and the file vo18-036 on parlament-berlin.de, as a public repository cites them), which a year of two figures would read as a regulation's: read only where the words around tell no other language most, with the year in four figures or a pinpoint before it, and not before a national author, as the full word; a municipality's council submissions are numbered VO, their number and year too, written with slashes (VO/4680/2016 in Marburg's council information system; pages corpus), which no act number matches",
        "register_words": "the papers laid before German parliaments and councils, which bare_initialisms' VO starts the number of: a Berlin Senate submission 'Senatsvorlage VO 16/128' (a public repository, found with find_string), a council's submissions numbered VO, their number and their year in four figures (Marburg's 'VO/4680/2016', Wismar's 'VO/2014/0850', Bamberg's 'Beschlussvorlage - VO/2014/0718-20' in their council information systems) and other councils' papers numbered by year so ('Beschlussvorlage - 0456/2010', Hagen; 'DS-Nr.: 117/2014', Prenzlau), the Bundesrat's 'Drucksache 646/10' and 'BR-Drucksache 046/03' (pages corpus): such a number written with a blank after VO (VO 1234/2013) reads as a regulation's, numbered number first as EUR-Lex numbers them before 2015, so right after these words, a number marker, colon or dash between, VO is none; that number with a blank UNCONFIRMED in a text read (the registers read write it with slashes, which no act number matches), and Drs. before VO UNCONFIRMED",
        "article_joins (i.V.m., iVm., in Verbindung mit)": "German legal writing joins norms read together by i.V.m. (in Verbindung mit) and names their act once, after the last: the Federal Labour Court's chains of two paragraphs of one statute joined by iVm. (its judgments as rechtslupe.de reports them), iVm without the dot in a judgment of the VGH Baden-Württemberg (5 S 1266/92, openjur.de), i. V. m. with blanks (umwelt.info), the words written out in a Brandenburg ordinance's preamble (lexaris.io; pages corpus) and in the Basel court's citation of two articles of Regulation 883/2004 (see bare_initialisms); between two articles of one EU act or treaty UNCONFIRMED in a text read for this change, read by the convention those chains show; a paragraph of the same article after the join, with its word, before the GDPR's short name: 'Art. 6 Abs. 1 lit. e) i.V.m. Abs. 3 DSGVO i.V.m. § 4 Landesdatenschutzgesetz BW' (a Baden-Württemberg body's privacy notice), 'Art. 35 Abs. 1 i.V.m. Abs. 3 DSGVO' (a DPIA's threshold test), 'gem. Art. 21 Abs. 2 i.V.m. Abs. 3 DSGVO' (a list of objection letters; public repositories, found with find_string); before a treaty's abbreviation UNCONFIRMED in a text read (not read there); in capitals (I.V.M., a headnote's or heading's) UNCONFIRMED in a text read",
        "cases.pinpoint_words (Rn), cases.pinpoint_after_blank": "Rn without its dot after the case number of a judgment of the Court, in a note of the practitioners' journal ZAP on the recording of working time (C-55/18, haufe.de; pages corpus); Rn. after the case number and a blank alone, no comma, in a data-transfer note in a public repository (C-311/18), as German courts cite their own judgments (a file number, then Rn. and the paragraph)",
        "compound_prefixes (D, Del)": "DVO and DelVO for Durchführungsverordnung and Delegierte Verordnung, as German writing outside the OJ has them, always with the domain: 'EU-Drohnenverordnung DVO (EU) 2019/947', 'in der Fassung der DVO (EU) 2020/464', 'Art. 8 DelVO (EU) 2024/1772', 'Del. VO (EU) 2023/2465 + DVO (EU) 2023/2466' (comments and documents in public repositories); the CELEX of each as on EUR-Lex (32019R0947, 32020R0464, 32024R1772); the initialism read only in capitals and with a domain (grammar/legal_act_words); 'Del.' before VO is not read ('del.' is also Spanish)",
        "act_abbreviations": "the norm chains of German court decisions (juris, 'Gesetze:' on nwb.de, 'Normenkette' on haufe.de; pages corpus), each beside the act's title in the judgment: 'Gesetze: Art 15 Abs 1 EUV 2016/679, Art 15 Abs 3 EUV 2016/679' (BGH VI ZR 223/21; Regulation (EU) 2016/679), 'Art 1 Buchst g EWGV 1408/71' and 'EGBes 1031/2000' for 'Beschluss Nr 1031/2000/EG' (BSG, nwb.de Dokument 801677), 'iS der EWGV 1408/71', 'Art 7 Abs 2 EWGV 1612/68' (BSG B 4 AS 14/10 R); directives number first in each era: 'Art 6 Abs 1 EURL 7/2011' where the judgment cites 'Richtlinie 2011/7/EU' (BGH III ZR 174/17), 'EGRL 96/2003 Art. 2 Abs. 4' (BFH VII R 50/09, Directive 2003/96/EC), 'EWGRL 388/77 Art. 13 Teil A' beside 'Richtlinie 77/388/EWG' (BFH V R 28/04); EGRL with a regulation's 'EGV' UNCONFIRMED in a text read ('EGV 44/2001'); a decision of the EC (EGBes), number first as the directives: 'EGBes 1031/2000' in the norm chain and in the judgment's text, '(EGBes 1031/2000 - ABL L117 EG vom , 1)' right after 'Beschluss Nr 1031/2000/EG des Europäischen Parlaments und des Rates' (BSG, nwb.de Dokument 801677; pages corpus); the EC Treaty as juris abbreviates it (treaties: EGVtr), in the same norm chain: 'Art 42 EGVtr, Art 149 EGVtr, Art 251 EGVtr'; EUBes, EWGBes, EWGVtr UNCONFIRMED in a text read (not added); 'EGVO' for an EC regulation in the norms judicialis.de lists under a decision: 'Rechtsgebiete: MOG, EGVO 1782/2003, EGVO 1251/1999, EGVO 2419/2001, VwVfG', 'Vorschriften: ... EGVO 1251/1999 Art. 5 Abs. 4, EGVO 2419/2001 Art. 49 Abs. 4', the decision then citing 'Art. 49 Abs. 4 VO (EG) Nr. 2419/2001' (OVG Rheinland-Pfalz, 8 A 11153/07.OVG of 27 February 2008; pages corpus)",
        "back_references.pinpoint_words (Titels, Kapitels, Abschnitts)": "the genitive of a title after 'des', the divisions under it in the nominative: 'Nach Maßgabe des Titels III Kapitel 2 der Verordnung (EG) Nr. 1782/2003 wird für folgende im Anhang VI der Verordnung (EG) Nr. 1782/2003 aufgeführte Direktzahlungen ein Betrag berechnet' (Betriebsprämiendurchführungsgesetz § 5(2), buzer.de, the German federal statute that cites the EUR-Lex act; pages corpus): the pinpoint was 'Kapitel 2', a chapter of the regulation instead of Title III's; Kapitels and Abschnitts by the same declension, UNCONFIRMED in a text read",
        "treaty_now_words": "the Court's note on the citation of the Treaties' provisions in its judgments and other texts since 1 May 1999 (curia.europa.eu, de/content/juris/noteinfo.htm): 'Artikel 85 EG-Vertrag' bezieht sich auf Artikel 85 dieses Vertrages in der vor dem 1. Mai 1999 geltenden Fassung, its first citation followed by 'Artikel 85 EG-Vertrag (jetzt Artikel 81 EG)'; nun as the European Ombudsman writes the Amsterdam renumbering, 'gegen Artikel 30 (nun Artikel 28) des EG-Vertrags', 'gemäß Artikel 169 (nun Artikel 226) EG-Vertrag' (special report on complaint 713/98/IJH, ombudsman.europa.eu; Article 30 of the EC Treaty before Amsterdam is Article 28 EC after it, not Article 30 EC; pages corpus)", "treaty_former_words, treaty_former_articles": "the article's present number after the old one, with the article word, in a bracket before the treaty, as the European Ombudsman's special report on complaint 713/98/IJH writes the Amsterdam renumbering: 'dass die Guest Beer Provision gegen Artikel 30 (nun Artikel 28) des EG-Vertrags verstoße', 'eine Untersuchung gemäß Artikel 169 (nun Artikel 226) EG-Vertrag' (ombudsman.europa.eu, the report in German; pages corpus), where EUR-Lex's consolidated treaties head an article 'Artikel 28 (ex-Artikel 30)': both numbers the named treaty's; 'jetzt' beside the treaty after each ('Art. 234 EG (jetzt Art. 267 AEUV)') is two articles read as any, the form with one treaty after both UNCONFIRMED in a text read",
        "pinpoints.comma_lists": "German legal writing lists norms with commas alone, the act named once after the last: 'Ein solches (einzelnes) Gutachten ist keine Datei im Sinne von Art. 3 Abs. 1, Art. 2 Buchst. c der Richtlinie 95/46/EG des Europäischen Parlaments und des Rates vom 24.10.1995' and '§ 839 BGB iVm Art. 1, Art. 2 Abs. 1, Art. 34 GG' (a BGH judgment on a health insurer's expert report, rechtslupe.de, 'Die Krankenkasse ... Schmerzensgeldanspruch'; pages corpus), 'Ihre Einwilligung gemäß Art. 7 Abs. 1, Art. 6 Abs. 1 lit. a DSGVO erteilen' (a privacy notice in a public repository), 'Spezielle Gleichheitssätze: Art. 3 Abs. 2, 3, Art. 6 Abs. 5, Art. 33 Abs. 1–3, Art. 38 Abs. 1, Art. 6 Abs. 1 GG' (notes on BVerfG case-law in a public repository; find_string); German puts the verb second, so no clause starts with an article after a fronted phrase and its comma (English 'Under Article 5, Article 6 of ...'); two main clauses joined by a comma alone ('Anwendbar ist Art. 5, Art. 6 der Richtlinie ... tritt zurück') would be read as one list: not seen in a text read",
        "pinpoints.after_blank": "the norm chains under German decisions name the act, then its provision, one norm a line or apart by semicolons: 'Gesetze: UStG 1993 § 4 Nr. 16 Buchst. e Richtlinie 77/388/EWG Art. 13 Teil A Abs. 1 Buchst. g' (BFH, nwb.de Dokument 465361), 'Sechste Richtlinie 77/388/EWG Art. 11; VO EG Nr. 603/95' (the Court's judgment against Sweden on dried fodder aid, nwb.de Dokument 192248), 'Richtlinie 92/80/EWG Art. 3 Abs. 1' (BFH VII R 8/01, nwb.de Dokument 76306); pages corpus",
        "article_conjunctions (sowie)": "'as well as' between numbers and before a further paragraph of the same article, as Swedish 'samt': 'Im Anwendungsbereich des § 25 findet Artikel 58 Abs. 1 Buchst. b, c, e und f sowie Abs. 2 Buchst. c bis j der Verordnung (EU) 2016/679 keine Anwendung' (the Data Protection Implementation Act of Saxony-Anhalt, DSAG LSA, § 23, datenbuddy.de; pages corpus: a Land statute, not a text on EUR-Lex); between two article numbers before a treaty ('Art. 101 sowie 102 AEUV') UNCONFIRMED in a text read",
        "article_conjunctions, list_conjunctions (und/oder, bzw.)": "'Ein Verstoß gegen das Kartellverbot nach § 1 GWB oder Art. 101 bzw. 102 AEUV begründet ...' (Deutsches Anwalt Office, Kartellrecht, Rz. 32, haufe.de), 'zusätzlich Art. 6 (1) lit. a DSGVO (Einwilligung) und/oder Art. 49 (1) lit. b DSGVO' (a privacy note in a public repository, id 54817123546); pages corpus; between articles of one treaty or act UNCONFIRMED in a judgment or EUR-Lex text read",
        "pinpoints.words (Ziff.)": "Ziff., the abbreviation of Ziffer, a point of an article: '(zu den Begriffen „personenbezogene Daten“ siehe Erläuterungen zu Art. 4 Ziff. 1 DSGVO, zu „Verarbeitung“ siehe Erläuterungen zu Art. 4 Ziff. 2 DS-GVO)' (a commentary on Article 6 GDPR, datenschutzdigital.de; pages corpus); not the EUR-Lex drafting, whose Regulation (32016R0679) numbers the definitions of Article 4 '1.', '2.'",
        "pinpoints.words (Buchst, S without dots)": "the norm chains of German court decisions (juris): 'Art 4 Abs 1 Buchst g EWGV 1408/71', 'Art 10a Abs 1 S 1 EWGV 1408/71' (judgment of the BSG B 4 AS 14/10 R, nwb.de; pages corpus)", "pinpoints.patterns (Nr without a dot)": "Austrian legal writing: 'OGH: Art 4 Nr 1 DSGVO definiert „personenbezogene Daten“' (the OGH's judgment 6 Ob 127/20z as jusguide.at reports it), '(= Art 7 Nr 1 lit b EuGVVO 2012)' (Zak 2017/18, 360.lexisnexis.at), 'Art 7 Nr 1 lit a EuGVVO 2012' (RdW 2019/7, the same; pages corpus)",
        "pinpoints.patterns (lit glued), pinpoints.after_blank (short forms)": "the Austrian RIS lists the norms a judgment or decision applies one a line, the article glued to its word and a point's letter to lit: 'DSGVO Art4 Z1', 'DSGVO Art58 Abs2 litc' (the Datenschutzbehörde's DSB-D122.970/0004-DSB/2019, ris.bka.gv.at), 'DSGVO Art16', 'DSGVO Art5 Abs1 litd' (BVwG W211 2226025-1), 'DSGVO Art6 Abs1 litf' (BVwG W256 2223741-1, 360.lexisnexis.at), 'DS-GVO Art85' (VfGH G200/2022, jusline.at); a German Normenkette after a short name: 'Fluggastrechte-VO Art. 5 Abs. 1 lit. c, Abs. 3, Art. 7 Abs. 1' (BeckRS 2024, 27173, gesetze-bayern.de), 'AsylG §§ 27a, 31 Abs. 6; Dublin III-VO Art. 49 Abs. 2; EMRK Art. 6' (BVerwG 1 C 32.14, haufe.de); pages corpus",
        "pinpoints.patterns (a point's bracketed letter alone)": "privacy notices and legal glossaries write the point's letter with its bracket and no word after the paragraph, where EUR-Lex writes 'Buchstabe a': 'Rechtsgrundlage: Art. 6 Abs. 1 a) DSGVO', 'Art. 6 Abs. 1 f) DSGVO (berechtigte Interessen)' (public repositories, ids 10030997053, 11192442669; find_string), 'welche in Art. 17 Abs. 1 a) bis f) DSGVO normiert sind', 'die in Art. 17 Abs. 3 a) bis e) DSGVO normierten Fälle' (datenbuddy.de; pages corpus)",
        "cases.words": "judgments of the Court of Justice in German (Rechtssache, verbundene Rechtssachen)",
        "back_references.bracketed_acronyms": "an act's abbreviation alone in brackets right after its number: 'Nach Art 6 Abs 1 RL 93/13/EWG (KlauselRL) ist im nationalen Recht vorzusehen' (RdW 2022/8, 360.lexisnexis.at; pages corpus), '[VO (EU) Nr. 1215/2012 (EuGVVO)](https://eur-lex.europa.eu/...) — Art. 7 Nr. 1, Art. 17–19' (a flight-compensation note in a public repository, find_string id 55442197884); the acronym so used with an article elsewhere ('Art 7 Nr 2 EuGVVO', JBl 2022, 360.lexisnexis.at), a later use in the text that defines it UNCONFIRMED in a text read; after a title, where the acronym ends in the act's type: '... richtet sich hier nach der Verordnung (EG) Nr. 44/2001 des Rates über die gerichtliche Zuständigkeit ... vom 22.12.2000 (EuGVVO = Brüssel-I-VO), weil die Klage ... erhoben worden (Art. 76, 66 EuGVVO)', '... nach der Verordnung (EG) Nr. 44/2001 des Rates vom 22.12.2000 über die gerichtliche Zuständigkeit ... in Zivil- und Handelssachen (EuGVVO)1, da ... (Art. 76, 66 EuGVVO)' (rechtslupe.de on two BGH decisions, on maintenance and on bank loans; pages corpus)",
        "article_words (Artikeln), back_references.pinpoint_words (Titeln)": "the dative plural after 'den': 'zu den Artikeln 42 bis 52 sowie den Artikeln 57 und 58 der Verordnung (EG) Nr. 1186/2009 des Rates' (the title of Commission Implementing Regulation (EU) No 1225/2011, EUR-Lex 32011R1225, German), 'gemäß den Titeln III, IV und V der Verordnung (EG) Nr. 73/2009' (Commission Regulation (EC) No 1122/2009, Article 33, EUR-Lex 32009R1122 as umwelt-online.de reproduces it); pages corpus; before a treaty's abbreviation ('nach den Artikeln 101 und 102 AEUV') UNCONFIRMED in a text read",
        "oj.journals (ABlEG)": "German legal writing's one word for the journal of the Communities: 'Nach Art. 2 der Richtlinie 2001/29/EG ... (ABlEG Nr. L 167 S. 10; im Folgenden: Urheberrechtsrichtlinie oder Richtlinie)' (the reasons of the Federal Constitutional Court's order 1 BvR 2065/10 of 10 November 2010 on a judgment of the Kammergericht that the BGH upheld, III ZR 140/09; mein.kiehl.de 381681 and aok.de), 'die VO (EG) Nr. 2679/98 ... angenommen1ABlEG Nr. L 337 v. 12. 12. 1998, 8.' (Schorkopf, EWS 2000, 156, ruw.de); pages corpus; 'ABlEU' UNCONFIRMED in a text read (not added)",
        "pinpoints.patterns (N. Gedankenstrich, N. Spiegelstrich)": "an indent numbered first: 'Das in § 4 Nr. 18 Satz 1 Buchst. c UStG 1993/1999 geregelte Abstandsgebot ist insofern gemeinschaftsrechtswidrig, als es auch für behördlich genehmigte Preise i.S. von Art. 13 Teil A Abs. 2 Buchst. a 3. Gedankenstrich der Richtlinie 77/388/EWG gilt' (the BFH's judgment XI R 67/06 of 17 February 2009, headnote 2, iww.de; pages corpus); and 'Spiegelstrich' so numbered: 'Die Vergabe von Bankkrediten ist eine Dienstleistung im Sinne des Art. 5 Nr. 1 Buchst. b) 2. Spiegelstrich EuGVVO', 'Nach Art. 5 Nr. 1 Buchst. b) 2. Spiegelstrich EuGVVO kann eine Person ... verklagt werden' (rechtslupe.de on a judgment of the BGH on bank loans, which defines EuGVVO after Regulation (EC) No 44/2001's title; pages corpus)",
        "back_references.pinpoint_words, pinpoints.divisions (Kap.)": "'Zu den Kontrollen im Sinne der Verordnung gehören unter anderem Fleischhygieneuntersuchungen in Schlachtbetrieben (vgl. Art. 2 Satz 2 Nr. 1, Anhang IV Abschnitt A Nr. 1 VO (EG) Nr. 882/2004 i.V.m. Art. 1 und Anhang A Kap. I RL 85/73/EWG; ...' (rechtslupe.de on the BVerwG's judgment on meat hygiene fees; pages corpus)",
        "back_references.pinpoint_words (Anhangs, Anhanges, Anh), pinpoints.leads": "the annex in the genitive after a point written first: 'Dabei sei der Stoff Limonen ... gemäß Nr. 1.7.2.1 des Anhangs VI der Richtlinie 67/548/EWG (Stoffrichtlinie) zu berücksichtigen' (OVG Niedersachsen, 12 LB 165/11 of 16 April 2012, voris.wolterskluwer-online.de), 'zur Änderung und Ergänzung des Anhangs I der Verordnung (EWG) Nr. 2658/87' (OJ L 254, 26.9.2009, contents, EUR-Lex), 'zur Änderung des Anhanges der Richtlinie 90/642/EWG' (the Rückstands-Höchstmengenverordnung, bundestag.github.io); 'Anh' in norm chains: 'EGV 1782/2003 Anh IX' (BVerwG 3 C 22.11, haufe.de), 'EWGRL 432/64 Anh B Nr. 2.2.1' (BVerwG 3 B 67.15, haufe.de); pages corpus; 'Anh' before a link word and a lead other than 'Nr.' ('Nummer 1.3 des Anhangs') UNCONFIRMED in a text read",
        "article_letters_apart": "Austrian and older German writing sets an inserted article's letter apart from its number: 'Auslegung des Art 5 a Abs 3 RL 90/387/EWG zur Vorabentscheidung', 'Art 5 a Abs 3 RL 90/387/EWG forderte eine unabhängige Überprüfung' (Lattenmayer, ecolex 2003/9, on the Connect judgment, doczz.net), '4.2.1. Art. 100 a EGV', '5.2.3. Ziele des Art. 100 a EGV' (a seminar paper of 1999 on Directive 98/43/EC, grin.com 101805), 'Der nationale Alleingang nach Art. 100 a Abs. 4' (Hailbronner, 1989, dokumen.pub); pages corpus; before 'der', 'des', a treaty's long name or an act's word UNCONFIRMED in a text read; 'f' is left out: 'Art 25 ff EGV' (Epiney, 123dok.net) writes 'f'/'ff' for the articles following",
        "pinpoints.ordinals": "an act's title ordinal, declined, between a pinpoint's link and the type word: 'Art. 9 Abs. 2 Buchst. e der Sechsten Richtlinie 77/388/EWG des Rates' (the Court's judgment in C-401/06, mein.kiehl.de Dokument 282389), 'Art. 2 Abs. 2 der Dreizehnten Richtlinie 86/560/EWG' (Opinion of AG Mengozzi in C-335/05, taxlawapp.eu), 'Artikel 3 Absatz 1 und 4 Nummer 1 der Zweiten Richtlinie 79/32' (C-319/96, nwb.de Dokument 185391); pages corpus",
        "months": f"{_ISG}, 2.1 Titel (Datum des Rechtsakts)",
    }),
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
    domains=frozen({"EG": "EG", "EWG": "EWG", "EGKS": "EGKS", "GASP": "GASP", "JI": "JI"}),
    jha_domains=("JI",),
    ecsc_domains=("EGKS",),
    domain_eras=frozen({"EG": "EC", "EWG": "EEC", "EGKS": "ECSC", "GASP": "CFSP", "JI": "JHA"}),
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
    day_suffixes=(".",),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj=OjWords(
        journals=("ABl.", "ABlEG"),
        header_journals=('Amtsblatt',),
        journal_names=("Amtsblatt der Europäischen Union", "Amtsblatt der Europäischen Gemeinschaften"),
        qualifiers=("EG", "EU"),
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
