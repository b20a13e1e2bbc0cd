# ruff: noqa: E501
"""French."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    KEYWORD_INSTRUMENTS,
    LABEL_NOUNS,
    OJ_NAMES,
    SUBDIVISION_WORDS,
)
from eurefs.languages._treaty_sources import (
    ARTICLE_PLURALS,
    CAPITALS_APART,
    EAEC_ECSC,
    EX_ARTICLES,
    FORMER_TEU,
    INSERTED_ARTICLES,
)
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ISG = "Code de rédaction interinstitutionnel (https://style-guide.europa.eu/fr), partie un"

LANGUAGE = Language(
    code="fr",
    name="French",
    ecb_prefixes=('BCE',),
    ecb_authors=('de la Banque centrale européenne', 'de la BCE'),
    sources=frozen({"pinpoints.ordinal_endings": "the ordinal in figures as French typography abbreviates it (1re, 2de, 6e: the Imprimerie nationale's rules as trad-trans-office.fr quotes them; pages corpus; not the masculine 1er, which is also article 1's: 'article 1er') and as writing often has it, '6ème Directive européenne relative au système commun de taxe sur la valeur ajoutée' (the Sixth VAT Directive on Monaco's legislation site, monservicepublic.gouv.mc; pages corpus); the Style Guide's French part UNCONFIRMED", "pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'): 'vu le règlement (UE) no 1151/2012 du Parlement européen et du Conseil du 21 novembre 2012 relatif aux systèmes de qualité applicables aux produits agricoles et aux denrées alimentaires (1), et notamment son article 52, paragraphe 2,' (the Commission's regulation on Prekmurska gibanica, as a public repository copies EUR-Lex), 'vu la décision 2003/298/CE du Conseil du 14 avril 2003 relative à la conclusion d'un protocole [...] réciproques(1), et notamment son article 3, paragraphe 2,' (Commission Regulation (EC) No 925/2003, EUR-Lex as a public repository's model card quotes it; find_string '(1), et notamment son article')", "month_abbreviations": "dates in prose with the month abbreviated, which EUR-Lex's texts write in full: 'Le mer. 9 déc. 2020 à 9:59', 'Created on: 20 déc. 2020', 'Généré le : lun. 14 déc. 2020 à 18:50', 'janv. 2019' (public repositories; find_string 'déc. 2020'), 'CJUE, 16 juill. 2020, Schrems II, C-311/18', 'Cons. const., 16 juil. 1971' (the hint_words' sources); févr., avr., sept., oct., nov. by the same usage, UNCONFIRMED in a text read", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "treaty_now_words": "the Court's citation of an article of the EC Treaty as it stood before 1 May 1999, its article since in a bracket (as the Court's note on the citation of articles of the Treaties, curia.europa.eu, content/juris/noteinfo.htm, has it in English with 'now'): 'Article 85 du traité CE (devenu article 81 CE) - Contrat d'achat exclusif de bière' and the keyword line '(Traité CE, art. 85 (devenu art. 81 CE))' (the judgment in C-453/99 Courage v Crehan, EUR-Lex 61999CJ0453, French, as eu.vlex.com copies it; pages corpus); désormais UNCONFIRMED in a text read", "domains (Euratom)": "the acts of the Atomic Energy Community numbered with Euratom as EUR-Lex's French texts write them: 'Directive 2013/59/Euratom du Conseil du 5 décembre 2013 fixant les normes de base [...] et abrogeant les directives 89/618/Euratom, 90/641/Euratom, 96/29/Euratom, 97/43/Euratom et 2003/122/Euratom' (EUR-Lex 32013L0059, French), 'la directive 96/29/Euratom fixant les normes de base' (prevent.be), 'Une directive générale n°96/29/Euratom du Conseil du 13 mai 1996' (mediaterre.org; pages corpus); CEEA is the treaty's (traité CEEA). Without the domain in the record, French 'directive 96/29/Euratom' was English (the English record's domain), normal form 'Directive 96/29/Euratom'", "hint_words (voir, arrêt, arrêts)": "the words that lead a French citation of a judgment, the Court's own 'voir, en ce sens, arrêt du 6 octobre 2015, Schrems, C‑362/14, EU:C:2015:650' and 'Par un arrêt du 6 octobre 2015 (CJUE, 6 octobre 2015, aff. C-362/14)' (lexbase.fr, Jurisprudence: CJUE, 06-10-2015, aff. C-362/14; pages corpus), 'Arrêt de la Cour (grande chambre) du 6 octobre 2015 ... (Affaire C-362/14)' (curia.europa.eu; pages corpus): 'Voir l'arrêt Schrems, C-362/14' was English, no word of it held by a record (tell reads the word after the elision: l'arrêt); 'voir' before an act written alike ('voir la directive 2003/88/CE') as the other frequent words", "hint_words (janv, févr, avr, juil, juill, déc)": "the months French legal writing abbreviates in the date of a judgment it cites, those no other record writes so (oct., nov., sept. are English, Romanian, Spanish abbreviations too): 'CJUE, 16 juill. 2020, Schrems II, C-311/18' (a reference list in a public repository; find_string 'CJUE, 16 juill. 2020'), 'Cons. const., 16 juil. 1971, n° 71-44 DC' (a French citation guide in a public repository; find_string 'CJUE, 13 mai 2014'); janv., févr., avr., déc. by the same usage, UNCONFIRMED in a text read", "hint_words (CJUE)": "the Court of Justice as French legal writing abbreviates it before a case number: 'CJUE C-300/21', '(CJUE C-236/09)', 'CJUE C-266/14 « Tyco »', 'CJUE C-582/14 Breyer du 19 octobre 2016', 'Arret Schrems II (CJUE C-311/18, 2020)' (notes in public repositories; find_string 'CJUE C-'); the judgments on EUR-Lex write 'Arrêt de la Cour'; Romanian writes CJUE too (both records: it tells neither alone)", "article_words (art)": "the article's abbreviation without its dot, as French course notes write it before a treaty's abbreviation: 'CJUE - Art 19 TUE, ART 251 à 281 TFUE', 'CJUE et PESC - Art 275 al2 TFUE et Art 24 TUE' (flashcards 'Contentieux de l'UE', brainscape.com; pages corpus): Polish alone wrote it so, and each article was Polish ('art. 24 TUE') in a French text; EUR-Lex writes 'art.' or 'article'", "article_words (ART .)": "the capitals of the keyword lines of the Court's older summaries on EUR-Lex, the abbreviation with a blank before its dot: '( TRAITE CEE , ART . 177 )' (EUR-Lex 61977CJ0106, Simmenthal, the French keywords as eu.vlex.com copies them; pages corpus)", "back_references (anaphor_determiners_after)": "the participles French legal writing puts after the type word to point back, where EUR-Lex texts write ledit, ce: 'ainsi qu’aux lois nationales complémentant les termes du Règlement précité' (a privacy page in a public repository, after the GDPR named in full), 'le décret transposant la directive précitée' (an open-data text in a public repository), 'l’article 91 du Règlement susvisé' (a decision of a monetary union's central bank in a public repository); susmentionné by French usage, UNCONFIRMED in a text read", "type_adjectives": "EUR-Lex writes the domain, no adjective ('règlement (UE) 2016/679'); national writing and notices: 'Conformément au règlement européen 2016/679 du parlement européen et du conseil du 27 avril 2016', 'de l’article 13/14 du règlement européen 2016/679', 'Conformément à la directive européenne 2011/7/UE et à l’article L.441-10 du Code de commerce', 'la directive européenne 95/46/CE en 1995' (privacy notices and terms in public repositories); communautaire, the plurals by French grammar, UNCONFIRMED in a text read", 'oj.edition_*': "EUR-Lex's header of 31991R2195 ('édition spéciale finnoise: chapitre 5 tome 5 p. 0046'); the other editions' languages by analogy", "oj.header_journals": "EUR-Lex's former text view heads an act before 2004 with the journal's name, a number marker, the issue (after the series from 1968), the date with slashes and the pages in four figures; read only in that shape, as the words also name national journals: 'Journal officiel n° L 122 du 17/05/1991 p. 0042 - 0046' (Council Directive 91/250/EEC, EUR-Lex 31991L0250, French), 'Journal officiel n° L 046 du 17/02/1997 p. 0001 - 0019' (Directive 96/96/EC as admi.net reproduces EUR-Lex); pages corpus", 'national_author_words (communal, federal)': "the councils and commissions of Belgian municipalities, French departments (conseil général), the Swiss Confederation and cantons, and the former French banking supervisor (Commission bancaire) by their names in their laws, where EUR-Lex titles write the EU's Council alone ('règlement (CE) n° 1/2003 du Conseil', EUR-Lex 32003R0001); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        "national_author_links, eu_author_words, national_author_words": "the links of the author phrases and the EU authors of official texts on EUR-Lex ('règlement (CEE) n° 1408/71 du Conseil', 'décision 2011/753/UE de la Commission'); the EU's other authors by their names in the Treaties; national authors after a national act's number: 'le règlement n° 90-07 relatif à la procédure de rescrit de la Commission des opérations de bourse' (arrêté of 12 October 2004 on the AMF's general regulation, lexbase.fr; pages corpus); the Conseil d'État, the Conseil constitutionnel, the national commissions and the local councils by their names in French law; the form with a number N/YYYY right before them UNCONFIRMED in a text read", "article_word_leads": "'et notamment son article 42 et son article 43, paragraphe 2' in the citations of Regulation (EU) No 1144/2014 (EUR-Lex 32014R1144, fr, OJ L 317/56; pages corpus); the plural ses and the elided l' of the same lead (enacting_leads)", "oj.journal_names": OJ_NAMES, "ecb_prefixes": ECB_NUMBERS["fr"],
        "treaties (TFEU: traité FUE)": "the short name French legal writing gives the TFEU (as it writes 'traité CE', 'traité UE'): 'La nomenclature visée à l'article 288, du traité FUE est loin d'être exclusive', 'le règlement tel que prévu par l'article 288, alinéa 2, du traité FUE', 'les articles 232, 235, 240, 249, 287, 303, 306, du traité FUE invitent respectivement le Parlement européen' (Mémentos - Droit de l'Union européenne, 8th ed., Gualino, p. 44, as nxtbook.com shows it; pages corpus): each article was nothing; EUR-Lex writes the name in full",
        "treaties (TFEU: de l'UE)": "the name with the Union's abbreviation, as French writing shortens it: 'relèvent de la compétence exclusive de l'Union européenne (art. 3 du traité sur le fonctionnement de l'UE)', 'Procédure prévue par le Traité sur le fonctionnement de l'UE (article 126) contre les États', 'Traité sur le fonctionnement de l'UE, article 294 (procédure législative ordinaire)' (public documents found with find_string: ids 59850589502, 54017797271, 55030604119); with the typographic apostrophe as the record's other names have it; EUR-Lex writes the name in full ('traité sur le fonctionnement de l'Union européenne')",
        "treaties (EAEC, ECSC)": EAEC_ECSC["fr"], "article_capitals_apart": CAPITALS_APART["fr"], "treaties (EU)": FORMER_TEU["fr"], "article_plural": ARTICLE_PLURALS["fr"], "treaties (EC, former numbers)": EX_ARTICLES["fr"], "article_number_suffixes": INSERTED_ARTICLES,
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, fr) and its short form; the abbreviation after an article number (CDFUE) from legal writing, UNCONFIRMED in a text read for this project; with the abbreviation UE: la Charte des droits fondamentaux de l’UE (mtrlegal.com, on the TFUE); the short name after a citation in full (short_names, grammar/named_again): 'la Charte des droits fondamentaux de l’Union européenne (ci-après la «Charte»)' (COM(2019) 257 final, French, the Commission's 2018 report on the Charter's application; pages corpus, dokumen.tips), 'le respect de l’article 47 de la Charte s’impose aux États membres' (an EU text's French version, wordscope.be; pages corpus), in lower case as EU French also writes it: '(article 51, paragraphe 1, de la charte)' (wordscope.be; pages corpus); never before 'des', 'de', 'sociale', 'communautaire', 'européenne' (la Charte des Nations unies, la Charte sociale européenne, la Charte communautaire des droits sociaux fondamentaux des travailleurs, la Charte de l'environnement)",
        "pinpoints.leads (paragraphe)": "the paragraph before its article, joined by the link, as French national writing cites the GDPR: 'Il résulte des paragraphes 1 des articles 55 et 56 du règlement (UE) 2016/679 du 27 avril 2016 (dit RGPD)' (the abstract of the Conseil d'État's judgment of 28 January 2022, n° 449209, as lexbase.fr gives it; pages corpus), 'conformément au e du paragraphe 1 de l'article 6 du règlement (UE) 2016/679 du 27 avril 2016 et pour les motifs d'intérêt public mentionnés au g du paragraphe 2 de l'article 9 du même règlement' (the privacy notice of the social ministries' SIRENA system in a public repository; find_string): the pinpoint was the article alone ('articles 55 et 56', 'article 6'); the point's bare letter before it ('au e du') left out of the pinpoint, UNCONFIRMED in the Court's texts; point before the article ('au point 11 de l'article 4') UNCONFIRMED in a text read",
        "pinpoints.words (titre)": "a part of an article, lettered, as the Court's French texts cite the Sixth VAT Directive's: 'le fisc allemand a refusé au fournisseur assujetti l’exonération prévue à l’article 28 quater, titre A, sous a), de ladite directive' (Opinion of AG Cruz Villalón in C-587/10 VSTR, EUR-Lex 62010CC0587 as taxlawapp.eu prints it; pages corpus): the pinpoint was 'titre A, sous a)', a Title A of the directive, which has none (its titles are numbered I to XVI); as the parts after the article's number, not the title that starts a pinpoint ('titre V, chapitre 2, section 1, de la directive 2006/48/CE')",
        "back_references.title_starts (en matière)": "the older acts' titles, as the Court's French texts cite them before a definition: 'conformément à l’article 13, B, sous b), de la sixième directive 77/388/CEE du Conseil, du 17 mars 1977, en matière d'harmonisation des législations des États membres relatives aux taxes sur le chiffre d'affaires - Système commun de taxe sur la valeur ajoutée: assiette uniforme (ci-après la «sixième directive»)' (Opinion of AG Kokott in C-428/02, EUR-Lex 62002CC0428 as taxlawapp.eu prints it), '[...] de la sixième directive 77/388/CEE, du 17 mai 1977, en matière d'harmonisation des législations des États membres relatives aux taxes sur le chiffre d'affaires (ci-après la «sixième directive»)' (Opinion of AG Cosmas in C-177/99, the same; pages corpus): the definition was read as no title's, and 'l'article 2, point 1, de la sixième directive' after it tied to no act",
        "pinpoints.lettered_parts": "the Sixth VAT Directive's lettered parts after the article's number without the comma the Court's later texts write ('article 13, B, sous b)'): 'de l' exonération relative à la location de biens immeubles, prescrite par l' article 13 B, sous b), de la sixième directive TVA' (Opinion of AG Darmon in C-63/92 Lubbock Fine, EUR-Lex 61992CC0063 as taxlawapp.eu prints it; pages corpus): the pinpoint was nothing; a point's bare letter after the number ('article 7 a du') by the same field, UNCONFIRMED in a French text read",
        "cases.court_reports": COURT_REPORTS["fr"],
        "cases.label_nouns": LABEL_NOUNS["fr"],
        "pinpoints.links": ACT_PINPOINTS["fr"],
        "pinpoints.amended_by": "by analogy with the Dutch summary of Boxus, C-128/09 (EUR-Lex 62009CJ0128: 'zoals gewijzigd bij richtlijn 2003/35, art. 1, lid 5'); the French phrases UNCONFIRMED in a text read: no pinpoint is given there",
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["fr"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["fr"],
        "back_references (other_meanings)": "règlement as settlement, never an act: 'un système de règlement des opérations sur titres' between Regulation (EU) No 909/2014 and 'l’annexe dudit règlement' (development text tests/data/corpus-fr-de F01, Directive 2014/91/EU, recital 21); the titles of acts that name settlement: 'concernant l’amélioration du règlement des opérations sur titres dans l’Union européenne' (Regulation (EU) No 909/2014, the same text's footnote 9), 'concernant le caractère définitif du règlement dans les systèmes de paiement et de règlement des opérations sur titres' (Directive 98/26/CE), 'relative au règlement extrajudiciaire des litiges de consommation' (Directive 2013/11/UE), 'relatif au règlement en ligne des litiges de consommation' (Regulation (EU) No 524/2013); 'règlement des différends' (the WTO's Organe de règlement des différends), 'règlement-livraison', 'défauts de règlement' and 'internalisateurs de règlement' (the CSDR's articles 7 and 9) from EU usage, UNCONFIRMED in a text read for the change. 'proposition de règlement', 'projet de règlement', 'règlement intérieur' and 'règlement de procédure' stay type words (a regulation to be, the institutions' rules: other acts)", "back_references": "textes de développement (tests/data/corpus-fr-de F01, F02): ci-après, ladite, dudit; titres des actes; dudit holds the link of a pinpoint before it (l'article 4 dudit règlement); même after the article ('l'interdiction, prévue à l'article 19 de la même directive', Opinion of AG Poiares Maduro in C-465/04, EUR-Lex 62004CC0465, French; 'et article 119 du même règlement', 'L'Article 21 de la même Directive', public repositories); alias_conjunctions 'et' ('(ci-après le « règlement » et le « RGPD »)', UNCONFIRMED in a text read for the project)",
        "act_types, subtypes_after, author_phrases, number_markers, domains":
            f"{_ISG}, 3.2 Références aux actes; checked on tests/data/corpus-fr-de F01, F02",
        "oj.journals, oj.pages, date_words": f"{_ISG}, 3.1 Références au Journal officiel",
        "oj.qualifiers (CEE)": "the journal qualified by the Economic Community, as French national texts cite the directives of before 1993: 'JO CEE L 210 du 7.8.1985, p. 29' (Directive 85/374/EEC, whose OJ citation EUR-Lex gives as 'JO L 210 du 7.8.1985, p. 29', 31985L0374; the form as the session's brief reported it from Légifrance and Belgian texts), beside the 'JO CE' of the Communities the record had; UNCONFIRMED in a text read for this change",
        "act_types (décision cadre)": "the framework decision with its two words apart, as French national writing also has it: 'la décision cadre 2006/960/JAI du Conseil du 18 décembre 2006. Cette décision-cadre, relative à la simplification de l'échange d'informations' (the Government's answer to question n° 5622 of the Assemblée nationale, XIIIe législature, nosdeputes.fr; pages corpus), where EUR-Lex writes 'décision-cadre'; the anaphor written apart ('cette décision cadre') UNCONFIRMED in a text read, read as the hyphenated one is (type_word_joins)",
        "act_types (règl., dir.)": "the abbreviations of règlement and directive in French legal writing outside the OJ: 'Bruxelles I bis (règl. 1215/2012)', 'Bruxelles I (règl. 44/2001)' (the headings of lynxlex.com, a French private-international-law site quoting the Cour de cassation and the CJEU), 'objet d'une directive spéciale (Dir. du 23 sept. 2002, v. C. cons., art. L. 121-20-8 et s.)' (a French law professor's note on Directive 2011/83/UE, hervecausse.info; pages corpus); the CELEX of each as on EUR-Lex (32012R1215, 32001R0044). Italian (dir.) and English (Dir.) write them too: the words around decide",
        "act_types, bare_needs_words (reglement)": "French typed without its accents, as notices, contracts and notes in public repositories write EU citations: 'Conformement au Reglement (UE) 2016/679 (RGPD) et a la loi Informatique et Libertes, le client dispose d'un droit d'acces', 'en qualite de sous-traitant au sens de l article 28 du reglement (UE) 2016/679', 'suivant le debut de la periode (reglement (CE) no 561/2006, art. 8 §2)', 'Conforme au Reglement (CE) n 561/2006 relatif aux temps de conduite et de repos', '- Reglement (CE) n° 178/2002 — Tracabilite des denrees alimentaires' (find_string 'REGLEMENT (UE) 2016/679', 'REGLEMENT (CE) N'): they were nothing; in capitals ('REGLEMENT (UE) 2016/679', the form an earlier audit for the project reported) read as the Style Guide's capitals are; Reglement is also a German and Dutch word (a Swiss municipality's Reglement): before a number with no domain it stands only where the words around tell French most, as bare_initialisms do; the normal form keeps the accent, as EUR-Lex writes it. directive has none to lose; décision typed without it is English's Decision, left out; the other words without their accents UNCONFIRMED in a text read",
        "oj.journals (JOUE, JOCE)": "French national legal writing, beside the Style Guide's JO (3.1): the journal of the Union JOUE, that of the Communities JOCE, the date often in words: 'JOUE n° L 309 du 24 novembre 2009' (Directive 2009/128/EC as the French ministry's database AIDA cites it, aida.ineris.fr), 'JOCE L 77 du 27 mars 1996' (Directive 96/9/EC in a French note on scraping), 'JOUE L 132/21' (Directive (EU) 2023/970)",
        "treaties, article_words, pinpoints, enacting formula":
            f"{_ISG}, 2.2.1 Visas, 3.2.3 Références aux subdivisions; tests/data/corpus-fr-de F01",
        "pinpoints.patterns (al glued)": "alinéa abbreviated and glued to its number, no dot, no blank, as students' notes on EU litigation write it: 'CJUE et PESC - Art 275 al2 TFUE et Art 24 TUE' (flashcards on the Court's jurisdiction over the CFSP, brainscape.com, contentieux de l'UE; pages corpus), where EUR-Lex writes the word in full ('Article 275, premier alinéa, TFUE', the Opinion of AG Wahl in C-455/14 P, EUR-Lex 62014CC0455, FR; pages corpus): only with the number glued (al alone is Italian and Spanish for 'to the': 'dall'art. 263 al 265')", "pinpoints.words (al., §)": "national writing, not the EUR-Lex drafting: al. for alinéa and the Belgian paragraph sign, its first number 1er, as the forms of a list of citations an earlier reading for the project reported ('art. 267, al. 3, TFUE', 'article 101, § 1er, TFUE'); the sign after an article of a Belgian code in a competition-law manual's description ('l'article IV.1, § 3, CDE', legimi.de, pages corpus); the forms before a treaty UNCONFIRMED in a text read for this change",
        "pinpoints.words (§ 1er), pinpoints.patterns (a))": "Belgian and French national writing of the paragraph sign, its first number 1er and the point's bare letter after it, before an EU act: 'l’article 61, § 5, c), du règlement (UE) 2024/1348', '(article 42, § 1er, e))' (a Belgian asylum lawyers' bulletin in a public repository, on Regulation (EU) 2024/1348), 'art. 26 § 1 a) du Règl. UE 2016/1103' (a Belgian family-law tool in a public repository), 'La base juridique est l’art. 6 § 1 a) du RGPD' (a privacy page in a public repository), 'mission d’intérêt public (article 6 § 1 e)' (a French hospital's privacy notice in a public repository); not the Style Guide's form (3.2.3: 'article 6, paragraphe 1, point a)')",
        "cases.joined_words (jtes)": "jtes, the abbreviation of jointes in French academic citation of the Court's judgments, after aff. as 'aff. jointes' is written ('CJCE, 3 septembre 2008, Kadi, aff. jtes C-402/05 P et C-415/05 P', the form the session's brief reported), where the Court writes 'affaires jointes C-402/05 P et C-415/05 P' (EUR-Lex 62005CJ0402); UNCONFIRMED in a text read for this project",
        "cases.words": "ordonnance C-302/10 (tests/data/corpus-fr-de F02); aff., the abbreviation of French academic citation, where the Court writes affaire: 'CJCE, 5 févr. 1963, Van Gend en Loos, aff. 26/62', 'CJUE, 16 juil. 2020, Schrems II, aff. C-311/18' (a French citation guide in a public repository), 'CJCE, 5 février 1963, Van Gend en Loos, aff. 26/62' (a revision quiz in a public repository); a bare pre-1989 number after it was no case",
        "cases.shared_words (aff.)": "aff. is English writing's abbreviation of affidavit (the Bluebook's table BT1, as a note on its abbreviations reports it, litigationsupporttipofthenight.com; pages corpus) and of affairs in journal titles: before a number without a court letter it makes a case of the Court's judgments only in French words (or with no words around): 'The order of 1965 was aff. 6-64 by the appellate court' was the French affaire 6/64",
        "months": f"{_ISG}, 2.1 Titre (date de l'acte)",
        "hyphen_domains": "the Court's judgments as app.livv.eu's LawLex texts print them, every slash a hyphen: 'l'interprétation de l'article 6 de la directive 93-13-CEE du Conseil, du 5 avril 1993, concernant les clauses abusives' (C-482/13, Unicaja Banco; pages corpus); CE and UE so written UNCONFIRMED in a text read (left out); French national numbers are hyphenated without a domain ('loi n° 78-17', 'Civ. 1e, 28 mars 2006, n° 03-17045', lynxlex.com)",
    }),
    act_types={
        # (``reglement``: typed without its accent, see sources)
        "regulation": ("règlement", "règlements", "règl.", "reglement", "reglements"),
        "directive": ("directive", "directives", "dir."),
        "decision": ("décision", "décisions"),
        "framework_decision": ("décision-cadre", "décisions-cadres", "décision cadre", "décisions cadres"),
        "recommendation": ("recommandation", "recommandations"),
        "joint_action": ("action commune", "actions communes"),
        "common_position": ("position commune", "positions communes"),
        "common_strategy": ("stratégie commune", "stratégies communes"),
        "guideline": ("orientation", "orientations"),
    },
    # (``reglement`` before a bare number only in French words: a German and Dutch word too)
    bare_needs_words=("reglement", "reglements"),
    # ``décision-cadre``: ``décision`` is found as a type word, ``-cadre`` joined to it
    type_word_joins={"decision": ("-cadre", "framework_decision")},
    author_phrases=("du Parlement européen et du Conseil", "du Conseil", "de la Commission",
                    "de la Banque centrale européenne", "de la BCE"),
    type_adjectives=("européen", "européenne", "européens", "européennes", "communautaire", "communautaires"),
    legislator_forms=("du Parlement européen et du Conseil",),
    # a national author after the number (``règlement n° 12/2014 de la Banque de France``)
    national_author_links=("du", "de la", "de l'", "de l’", "des"),
    eu_author_words=("europ", "Communaut", "Union", "Haute Autorité", "Haut représentant",
                     "Cour de justice", "Tribunal", "Cour des comptes", "États membres"),
    national_author_words=("Conseil d'État", "Conseil d’État", "Conseil d'Etat", "Conseil d’Etat",
                           "Conseil constitutionnel", "Conseil supérieur", "conseil municipal",
                           "conseil régional", "conseil départemental", "Commission nationale",
                           "Commission de régulation", "conseil communal", "conseil général",
                           "conseil fédéral", "Commission bancaire", "Commission fédérale",
                           "Commission cantonale", "Commission communale", "Commission pour",
                           "Conseil pour"),
    subtypes_after=frozen({
        "délégué": "delegated", "déléguée": "delegated", "délégués": "delegated",
        "déléguées": "delegated", "d'exécution": "implementing", "d\u2019exécution": "implementing",
    }),
    subtype_forms=frozen({
        "delegated": "{word} délégué", "delegated:directive": "{word} déléguée",
        "delegated:decision": "{word} déléguée", "delegated:recommendation": "{word} déléguée",
        "delegated:guideline": "{word} déléguée", "implementing": "{word} d'exécution",
    }),
    # ``n o``: the superscript o set apart, as EUR-Lex titles have it ('Décision n o 7/2005')
    number_markers=("no", "nº", "n°", "No", "NO", "n o", "N o"),
    number_marker="no",
    list_conjunctions=("et", "ou", "ainsi que"),
    domains=frozen({
        "UE": "UE", "CE": "CE", "CEE": "CEE", "CECA": "CECA", "PESC": "PESC", "JAI": "JAI",
        "CEEA": "CEEA", "Euratom": "Euratom",
    }),
    hyphen_domains=("CEE",),  # ``directive 93-13-CEE`` (see sources)
    jha_domains=("JAI",),
    ecsc_domains=("CECA",),
    early_headings=frozen({"CEE": "Conseil"}),
    domain_eras=frozen({"UE": "EU", "CE": "EC", "CEE": "EEC", "CECA": "ECSC", "PESC": "CFSP", "JAI": "JHA", "CEEA": "Euratom", "Euratom": "Euratom"}),
    title_numbers=True,
    hint_words=("CJUE", "voir", "arrêt", "arrêts", "janv", "févr", "avr", "juil", "juill", "déc", "la", "le", "les", "des", "du", "de", "une", "un", "et", "à", "au", "aux",
                "en", "par", "pour", "sur", "dans", "cette", "ces", "ladite", "lesdites",
                "présente", "nouvelle", "l", "d", "qui", "que", "est",
                # the verbs and pronouns of any French sentence (``la Commission a présenté``);
                # not those other languages write more (Italian ``il``, ``ne``, Spanish ``se``,
                # ``entre``) nor ``ce``, which is also a domain (``1993/1/CE``)
                "a", "ont", "sont", "été", "elle", "pas", "ses", "leur", "leurs", "avec",
                "dont", "selon", "ainsi", "lors", "où"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ](?:du|de[ ]la)[ ])(?P<body>(?i:(?:conseil|comité)[ ](?:d['’][ ]?association|de[ ]coopération|de[ ]stabilisation[ ]et[ ]d['’][ ]?association|de[ ]partenariat)|comité[ ]mixte(?:[ ]de[ ]l['’][ ]?EEE)?|conseil[ ]de[ ]l['’][ ]?EEE)(?:[ ]?[A-Z]{2,5}[-–][A-Z]\w{1,20})?)(?![\w-])",
        # A body on no list: any comité; a conseil only as the ACP-EC Council of Ministers,
        # a joint or mixed council or with its parties (``du Conseil`` alone is the EU's).
        any_after=r"(?i:[ ](?:du|de[ ]la)[ ])(?P<body>(?:(?i:sous-comité|comité|commission[ ]mixte)|(?i:conseil)(?=[ ](?:(?i:des[ ]ministres)[ ][A-Z]{2,6}[-–][A-Z]|(?i:conjoint|mixte)|[A-Z]{2,6}[-–][A-Z])))(?:[ ](?:(?i:des[ ]ministres|des[ ]ambassadeurs|mixte|conjoint|vétérinaire|de[ ]coopération|spécialisé|commercial)|[\"“«][ ]?[^\"”»]{1,40}?[ ]?[\"”»]|[A-Z]{2,6}(?:[-–][A-Z][\w]{1,20}){1,2})){0,4})(?![\w-])",
    ),
    date_words=("du",),
    months=(
        ("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",),
        ("juillet",), ("août", "aout"), ("septembre",), ("octobre",), ("novembre",),
        ("décembre", "decembre"),
    ),
    month_abbreviations=(("janv",), ("févr",), (), ("avr",), (), (), ("juil", "juill"), (), ("sept",), ("oct",), ("nov",), ("déc",)),
    day_suffixes=("er",),
    treaty_now_words=("devenu",),  # ``(devenu article 81 CE)`` (see sources)
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj=OjWords(
        journals=("JO", "JOUE", "JOCE"),
        header_journals=('Journal officiel',),
        journal_names=("Journal officiel de l'Union européenne", "Journal officiel des Communautés européennes"),
        qualifiers=("CE", "UE", "CEE"),
        pages=("p.", "pp."),
        edition_labels=("édition spéciale", "Édition spéciale"),
        edition_languages=MappingProxyType({
            "da": ("danoise",), "en": ("anglaise",), "el": ("grecque",), "es": ("espagnole",),
            "pt": ("portugaise",), "fi": ("finnoise",), "sv": ("suédoise",),
        }),
        edition_links=("en", "en langue"),
        edition_chapters=("chapitre", "Chapitre"),
        edition_volumes=("tome", "Tome"),
        edition_pages=("p.",),
    ),
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE",), ("traité sur le fonctionnement de l'Union européenne",
                                          "traité sur le fonctionnement de l\u2019Union européenne",
                                          "traité sur le fonctionnement de l'UE",
                                          "traité sur le fonctionnement de l\u2019UE",
                                          # (French legal writing's short name; see sources)
                                          "traité FUE")),
        "TEU": Treaty("TUE", ("TUE",), ("traité sur l'Union européenne",
                                        "traité sur l\u2019Union européenne", "traité UE")),
        "EC": Treaty("CE", ("CE", "TCE", "traité CE"),
                     ("traité CE", "TCE", "traité instituant la Communauté européenne")),
        "EU": Treaty("UE", ("UE",), closed_abbreviations=("UE",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("CEE", ("CEE", "traité CEE"),
                      ("traité CEE", "traité instituant la Communauté économique européenne")),
        "EAEC": Treaty("du traité CEEA", ("traité CEEA", "traité Euratom", "traité EURATOM"), ("traité CEEA", "traité Euratom", "traité instituant la Communauté européenne de l'énergie atomique", "traité instituant la Communauté européenne de l’énergie atomique")),
        "ECSC": Treaty("du traité CECA", ("traité CECA",), ("traité CECA", "traité instituant la Communauté européenne du charbon et de l'acier", "traité instituant la Communauté européenne du charbon et de l’acier")),
        "CFR": Treaty("CDFUE", ("CDFUE",), ("Charte des droits fondamentaux de l'Union européenne", "Charte des droits fondamentaux de l’Union européenne", "Charte des droits fondamentaux de l'UE", "Charte des droits fondamentaux de l’UE", "Charte des droits fondamentaux"), short_names=("Charte", "charte"), short_name_stops=("sociale", "Sociale", "communautaire", "européenne", "de", "d'", "d’", "de l'", "de l’")),
    },
    treaty_prepositions=("du", "de la", "des", "de l'", "de l\u2019"),
    article_words=frozen({
        "article": "article", "articles": "articles", "Article": "article",
        "Articles": "articles", "ARTICLE": "article", "ARTICLES": "articles", "art.": "article",
        "ART .": "article",  # (older EUR-Lex summaries in capitals; see sources)
        "art": "article",  # (without its dot, as course notes write it; see sources)
    }),
    article_plural=("article", "articles"),
    article_conjunctions=("et", "ou", "à"),
    article_word_leads=("son", "ses", "l'", "l\u2019"),
    article_number_suffixes=("bis", "ter", "quater"),
    article_capitals_apart=True,  # ``article 100 A`` (see sources)
    article_range_words=("à",),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("vu le", "vu la"),
        # ``l'article 13 B, sous b), de la sixième directive``: a part's letter after the
        # number without a comma (see sources)
        lettered_parts=True,
        links=("du", "de la", "de l'", "de l\u2019", "des"),
        # ``titre V, chapitre 2, section 1, de la directive 2006/48/CE``
        divisions=("chapitre", "section"),
        # ``des paragraphes 1 des articles 55 et 56 du règlement (UE) 2016/679``: the paragraph
        # before its article, as French national writing has it (see sources)
        leads=("paragraphe", "paragraphes"),
        amended_by=tuple(f"{w}{a}" for w in ("telle que modifiée par", "tel que modifié par")
                         for a in ("", " la", " le")),  # (see sources)
        words=("paragraphe", "paragraphes", "alinéa", "alinéas", "point", "points",
               "phrase", "tiret", "sous-paragraphe", "sous", "al.", "§",
               # ``article 28 quater, titre A, sous a)``: a part of an article (see sources)
               "titre"),
        # ``art. 6 § 1 a) du RGPD``: the point's letter after the paragraph, no word, no comma
        # (Belgian and French national writing, see sources)
        # ``Art 275 al2 TFUE``: al glued to its number, as study notes write it (see sources)
        patterns=(r"[a-z]\)", r"al[1-9]"),
        ordinals=("premier", "première", "deuxième", "second", "seconde", "troisième", "quatrième",
                  "cinquième", "sixième", "septième", "dernier", "dernière", "avant-dernier"),
        ordinal_endings=("e", "re", "de", "ème", "eme", "ième"),  # ``6e``: a number as an ordinal (see sources)
        ordinal_nouns=("alinéa", "paragraphe", "phrase", "tiret", "alinéas", "paragraphes", "phrases",
                       "tirets"),
    ),
    enacting_intros=("vu le",),
    enacting_leads=(r"et[ ]notamment[ ](?:son|ses|l['’])",),
    cases=CaseWords(
        words=("affaire", "affaires", "aff."),
        shared_words=("aff.",),  # (English's affidavit: see sources)
        court_reports=("Rec.", "Recueil", "RecFP"),
        pinpoint_words=("point", "points"),
        joined_words=("jointes", "jtes"),  # (jtes: academic citation, see sources)
        opinion_words=("avis",),
        opinion_bodies=("G29", "G 29", "CEPD", "CESE", "CdR", "BCE"),
        opinion_bodies_after=("G29", "G 29", "groupe de travail", "CEPD", "protection des données", "protection des donnees", "banque centrale"),
        label_nouns=(
            "tableau", "figure", "fig.", "graphique", "encadré", "schéma", "diagramme", "annexe",
            "appendice",
            # the plurals, which open a list of labels
            "tableaux", "figures", "graphiques", "encadrés", "schémas", "diagrammes", "annexes",
            "appendices",
        ),
        keyword_instruments=("convention", "protocole", "statut", "code", "traité", "charte", "acte d’adhésion", "acte d'adhésion"),
    ),
    com=ComWords(
        final_words=("final",),
        proposal_words=(r"\bproposition",),
        # ``par rapport à`` means "compared with", not a report
        communication_words=(r"\bcommunication", r"(?<!par )(?<!par\u00a0)\brapport\b",
                             r"\blivre (?:blanc|vert)", r"\bplan d.action", r"\bstratégie\b"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("ou",),
        alias_conjunctions=("et",),
        title_links=("de", "du", "des", "sur", "pour"),
        proposal_titles=("proposition de",),
        proposal_leads=("proposition/propositions/projet de", "proposition/propositions/projet de la/le/les"),
        self_words=("présent", "présente"),
        anaphor_determiners=(
            "cette", "Cette", "ce", "Ce", "ladite", "Ladite", "ledit", "Ledit", "dudit", "audit",
            # ``la même directive``, ``du même règlement``: the article stays outside
            "même",
        ),
        # ``le règlement précité``, ``la directive susvisée``: the determiner after the noun
        anaphor_determiners_after=("précité", "précitée", "susvisé", "susvisée", "susmentionné",
                                   "susmentionnée"),
        declined=(("règlement",), ("directive",), ("décision",), ("recommandation",)),
        # "dudit" is "de" + "ledit": "l'article 4 dudit règlement"
        linking_determiners=("dudit",),
        definition_intros=("ci-après dénommée", "ci-après dénommé", "ci-après"),
        articles=("le", "la", "l'", "l\u2019", "les", "Le", "La", "du", "au"),
        title_starts=(
            "relatif", "relative", "relatifs", "relatives", "concernant", "portant", "modifiant",
            "établissant", "sur", "abrogeant", "fixant", "instituant", "définissant",
            "complétant", "mettant", "visant", "prévoyant",
            # the older titles' ``en matière d'harmonisation`` (see sources)
            "en matière",
        ),
        in_title_before=("modifiant", "abrogeant", "complétant", "et", "ou", "remplaçant"),
        authors=(
            "du Parlement européen et du Conseil", "du Conseil", "de la Commission",
            "de la Banque centrale européenne",
        ),
        alias_type_words=("code", "Code", "acte", "Acte"),
        pinpoint_words=("article", "articles", "Article", "annexe", "annexes", "considérant",
                        "titre", "chapitre", "section"),
        pinpoint_conjunctions=("et", "à"),
        sub_pinpoint_words=("point",),
        pinpoint_links=("de la", "du", "de l'", "de l\u2019", "de", "à la", "au"),
        # règlement as settlement (see sources)
        other_meanings=(
            "système de règlement", "systèmes de règlement", "paiement et de règlement",
            "règlement des opérations", "règlement-livraison", "caractère définitif du règlement",
            "règlement des litiges", "règlement extrajudiciaire des litiges",
            "règlement en ligne des litiges", "règlement des différends", "défauts de règlement",
            "internalisateurs de règlement",
        ),
    ),
    examples=(
        ("règlement (UE) 2016/679", {"kind": "legal_act", "celex": "32016R0679", "normalized": "règlement (UE) 2016/679"}),
        ("Décision n o 7/2005 du Conseil des ministres ACP-CE", {"kind": "legal_act", "celex": None, "author": "Conseil des ministres ACP-CE"}),
        ("Règlement (CE) nº 45/2001", {"kind": "legal_act", "celex": "32001R0045", "normalized": "règlement (CE) no 45/2001"}),
        ("décision-cadre 2002/584/JAI", {"kind": "legal_act", "celex": "32002F0584"}),
        ("règlement délégué (UE) 2017/565", {"kind": "legal_act", "subtype": "delegated", "celex": "32017R0565"}),
        ("décision-cadre du Conseil du 13 juin 2002", {"kind": "legal_act", "normalized": "décision-cadre du 13 juin 2002"}),
        ("JO L 302 du 17.11.2009, p. 32", {"kind": "oj", "issue": "302", "page": 32}),
        ("article 288, troisième alinéa, TFUE", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("article 114 du traité sur le fonctionnement de l’Union européenne", {"kind": "treaty_article", "normalized": "article 114 TFUE"}),
        ("affaire C-302/10", {"kind": "case", "normalized": "C-302/10", "_span": "C-302/10"}),
        ("article 6, paragraphe 1, point a), du règlement (UE) 2016/679", {"kind": "legal_act", "_span": "règlement (UE) 2016/679", "pinpoint": "article 6, paragraphe 1, point a)"}),
    ),
)  # fmt: skip
