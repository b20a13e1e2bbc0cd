# ruff: noqa: E501
"""English."""

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
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ISG = "Interinstitutional Style Guide (https://style-guide.europa.eu/en), Part One"

#: A recital's ordinal written out (``the first and eleventh recitals in the preamble to``)
_RECITAL_ORDINALS = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|[1-9][0-9]{0,2}(?:st|nd|rd|th)|last|penultimate"

LANGUAGE = Language(
    code="en",
    name="English",
    ecb_prefixes=('ECB',),
    ecb_authors=("European Central Bank", "ECB", "of the European Central Bank", "of the ECB"),
    sources=frozen({"cases.keyword_instruments": KEYWORD_INSTRUMENTS, "interface_labels": "the labels EUR-Lex and CURIA set, in the language of the interface (English here), on lines of their own in the header of a document of any language: 'Language of document : ECLI:EU:C:2022:452' above a Czech Opinion (CURIA, C-154/21, doclang=CS), the same above Bulgarian, German, Croatian, Lithuanian, Maltese, Polish and Portuguese documents (C-620/19, C-645/19, C-507/17, C-272/19, C-73/16; pages corpus); 'Court reports – general – 'Information on unpublished decisions' section' and 'ECLI identifier: ECLI:EU:C:2020:1054' after a Danish heading (EUR-Lex 62019CC0439 DA), 'Court reports – general' above 'ECLI identifier:' (EUR-Lex 62019CC0561 CS, 62021CC0768 SL); the ECLIs were English, told by 'of' or 'decisions''; the labels in the other interfaces' languages UNCONFIRMED in a text read, left out", "interface_labels (EUR-Lex's page header)": "the lines EUR-Lex's English interface sets above a document of any language, with the languages the act is published in after its OJ citation: 'This document is an excerpt from the EUR-Lex website', 'Document 32023R0330', 'JO L 44, 14.2.2023, p. 1–7 (BG, ES, CS, DA, ...)', 'Legal status of the document In force', 'ELI: http://data.europa.eu/eli/reg_del/2023/330/oj' above the Romanian text of Delegated Regulation (EU) 2023/330 (EUR-Lex 32023R0330, RO; pages corpus): the CELEX and the ELI were English; 'No longer in force' as EUR-Lex writes the other status, UNCONFIRMED in a text read", "pinpoints.patterns (in fine)": "the end of a provision after its number, inside the pinpoint: 'In that regard, Article 45(1), in fine, of Directive 2004/18 acknowledges, in the context of the mandatory grounds for exclusion' (the Court's judgment of 20 December 2017, Mantovani, C-178/16, ECLI:EU:C:2017:1000, paragraph 35, tests/data/documents/html); without the commas, and before a treaty's abbreviation ('Article 4(3), in fine, TEU', which the shared patterns now read too), UNCONFIRMED in a text read", "procedure_footnote_leads": "the first footnote of an act adopted by codecision before the Lisbon Treaty, which ends with the Council's adoption by date: 'Opinion of the European Parliament of 13 January 2009 (not yet published in the Official Journal) and Council Decision of 22 June 2009.' (Directive 2009/65/EC, its consolidated text 02009L0065-20130620 on EUR-Lex, tests/data/documents/html); 'Position of the European Parliament', the same footnote since Lisbon ('Position of the European Parliament of 6 February 2024 (not yet published in the Official Journal) and decision of the Council of 4 March 2024', Regulation (EU) 2024/903, the same folder), there with a small 'decision' that no dated act's pattern takes; a capital 'Council Decision' after it UNCONFIRMED in a text read", "treaty_now_words": "the Court's note on the citation of articles of the Treaties in its judgments and other publications since 1 May 1999 (curia.europa.eu, content/juris/noteinfo.htm, English): 'Article 85 of the EC Treaty' refers to Article 85 of that Treaty before 1 May 1999, its first citation followed by the article as it stands after that date, 'Article 85 of the EC Treaty (now Article 81 EC)', 'Article 51 of the EC Treaty (now, after amendment, Article 42 EC)'; 'The procedure was laid out in Article 177 of the EC Treaty (now Article 234 EC).' (everything2.com, Preliminary reference; pages corpus)", "treaty_former_words": "the legal basis as the Commission's competition case search (competition-cases.ec.europa.eu) labels it, the number in the former numbering in a bracket without the article word: 'Art. 105 TFEU (Ex 85 EC)' (quoted in the README of a public repository that cleans those labels, found with find_string), where the consolidated TFEU on EUR-Lex heads it 'Article 105 (ex Article 85 TEC)'; 'now' for the present numbering, '(now 157 TFEU)' after 'Article 141 EC', as the session's brief reported it from a real text; ex written in small letters by the same convention, UNCONFIRMED in a text read", "article_words (ART .)": "the capitals of the keyword lines of the Court's older summaries on EUR-Lex, the abbreviation with a blank before its dot: '( EEC TREATY , ART . 177 )' (EUR-Lex 61980CJ0244, Foglia v Novello, its English keywords on EUR-Lex's Czech summary page; pages corpus)", "treaty_abbreviation_leads": "OSCOLA, the Oxford standard for the citation of legal authorities, names the treaty's short title before the pinpoint in footnotes, the article word abbreviated 'art' ('EC Treaty (Treaty of Rome, as amended) art 3b', the University of West London's OSCOLA guide, uwl.libguides.com; 'To pinpoint several articles ... art/arts', Bournemouth University's guide; pages corpus); 'TFEU art 101(1)', the form of an English text the session's brief reported; 'TFEU Art 101' in a public repository's table of citation forms; where EUR-Lex writes 'Article 101(1) TFEU'. Only the lower-case words (grammar/treaty_names: 'the TFEU Article 5 of the Directive' is another act's article)", 'oj.edition_*': "EUR-Lex's header of 31971R1408 ('Danish special edition: Series I Chapter 1971(II) P. 0366', 'English special edition: Series I Volume 1971(II) P. 416 - 463', 'Special edition in Czech: Chapter 05 Volume 001 P. 35 - 82', 'Greek special edition: Chapter 05 Volume 1 P. 0073'), as data.europa.eu/eli/reg/1971/1408/oj and parlementairemonitor.nl show it; 'Special edition in Polish', '... in Slovene', '... in Bulgarian', '... in Romanian' (31991L0692, 31991L0689; pages corpus); the other languages' names by analogy", 'national_qualifiers (binding), national_authors_before (EDPB, EDPS)': "the European Data Protection Board's decisions under Articles 65 and 66 GDPR, numbered N/YYYY and published by the Board, not in the Official Journal nor on EUR-Lex: 'Binding decision 1/2021 on the dispute arisen on the draft decision of the Irish Supervisory Authority regarding WhatsApp Ireland', 'Urgent Binding Decision 01/2021', 'EDPB - Binding Decision 5/2022' (gdprhub.eu; pages corpus); the Supervisor's (EDPS) decisions by analogy, UNCONFIRMED in a text read",
        "oj.journal_names": OJ_NAMES, "ecb_prefixes": ECB_NUMBERS["en"],
        "article_word_leads (in conjunction with)": "the enacting formula of the Council's decisions on a position under Article 218(9) TFEU: 'and in particular Article 207, in conjunction with Article 218(9) thereof' (Council Decision (EU) 2019/234), 'and in particular Article 212(1), in conjunction with Article 218(9), thereof' (Council Decision (EU) 2018/1714; both as the EUR-Lex dataset on dataverse.harvard.edu prints them, pages corpus)",
        "national_author_links, eu_author_words, national_author_words, national_authors_before": "the author after the number as EUR-Lex titles write it ('Regulation (EEC) No 1408/71 of the Council of 14 June 1971', 'Decision No 1386/2013/EU of the European Parliament and of the Council'); the EU's other authors by their names in the Treaties (Court of Justice, General Court, Court of Auditors, High Representative, the Representatives of the Governments of the Member States); a national regulator's regulations cited with its name (the Central Bank of Ireland's 'Central Bank Act 1942 (Section 32D) Regulations 2018', S.I. No. 445 of 2018, made by the Central Bank Commission, financedocbox.com copy; pages corpus), a Data Protection Commissioner and a Commission for Energy Regulation by their names in Irish law; an agency's board numbering its decisions N/YYYY before the type word ('EASA MB / Decision n°8/2004', Council document 11515/04, eumonitor.eu; pages corpus) and its Executive Director's decisions; the English forms with an EU type word and a number right before such an author UNCONFIRMED in a text read; an authority (Authority, Supervisors, and after the number an EU authority or agency by its name: agreement_bodies.any_after) added so that 'European Banking Authority Decision 2021/1', 'Decision 2021/1 of the Financial Conduct Authority' give no OJ act's CELEX (32021D0001): a guard against wrong data, the forms themselves UNCONFIRMED in a text read",
        "subtype_verbs": "EUR-Lex titles, the subtype capitalised and the verb not: 'Council Implementing Regulation (EU) 2021/371 of 2 March 2021 implementing Regulation (EU) 2020/1998 concerning restrictive measures against serious human rights violations and abuses' (32021R0371), 'Commission Directive 2006/73/EC of 10 August 2006 implementing Directive 2004/39/EC of the European Parliament and of the Council' (32006L0073; cited in French in tests/data/corpus-fr-de F01); read as the subtype, the verb gave a regulation that is none an implementing act's ELI (reg_impl)",
        "treaties (TEU: Treaty on the European Union, Treaty of European Union)": "the Treaty's name with an article before it, as the Commission and the Council wrote it in their answers to Written Question E-2318/02 (OJ C 155 E, 3.7.2003, p. 11, EUR-Lex 92002E2318): 'Article 34(2)(b) of the Treaty on the European Union (TEU) refers to Framework Decisions as the instrument' (the Commission's answer of 31 October 2002), 'Article 34(2) of the Treaty of European Union does provide no other criteria' (the Council's reply of 4 March 2003; pages corpus), where the Treaty's title is 'Treaty on European Union'; as the TFEU's 'Treaty of the Functioning of the European Union'",
        "treaties (EAEC, ECSC)": EAEC_ECSC["en"], "treaties (EU)": FORMER_TEU["en"], "article_plural": ARTICLE_PLURALS["en"],
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, en) and its short form; the abbreviation after an article number (CFR) from legal writing, UNCONFIRMED in a text read for this project; CFREU: 'A Union of Effective Judicial Protection Addressing a multi-level challenge through the lens of Article 47 CFREU', 'On the other, Article 47 CFREU has become formally binding', 'through the interaction of Articles 47 CFREU and 19(1)(2) TEU' (M. Safjan, President of Chamber at the Court of Justice, a lecture at King's College London, February 2014, as vdocument.in copies it; pages corpus); the short name after a citation in full (short_names, grammar/named_again): 'the Charter of Fundamental Rights of the European Union (\u201ethe Charter \u201c) forms a segment ... (Article 51(2) of the Charter)' (klucka.org, on the Charter; pages corpus), 'the Charter of Fundamental Rights of the European Union (the \u201cCharter\u201d) ... Article 51 thereof' (a CJEU fact sheet on the Charter's field of application, docslib.org), never before 'of' ('the Charter of the United Nations')",
        "cases.court_reports": COURT_REPORTS["en"],
        "cases.label_nouns": LABEL_NOUNS["en"],
        "pinpoints.links": ACT_PINPOINTS["en"],
        "pinpoints.links (in the preamble to)": "the link of a recital to its act, as the Court's English has written it: 'such a condition is expressly excluded by recital 18 in the preamble to Directive 2000/31' (the judgment in C-291/13 Papasavvas, paragraph 28, as a public repository quotes it, found with find_string), 'Recitals 22, 31, 32, 35, 38 and 44 in the preamble to Directive 2001-29 state the following' (the judgment in C-435/12 ACI Adam, as app.livv.eu prints it, its number hyphenated; pages corpus); it ends as an annex's link does ('to'), and is none (grammar/act_pinpoints); before a back-reference ('recital 26 in the preamble to that directive') UNCONFIRMED in a text read, not read",
        "pinpoints.recitals_after_number, pinpoints.recital_ordinals": "a recital by its ordinal written out before the recital word, linked to the act by 'in the preamble to', as the Court's English wrote it before recitals were numbered: 'according, in particular, to the first and eleventh recitals in the preamble to the directive' (the Opinion of AG Léger in C-133/94 Commission v Belgium, paragraph 2, EUR-Lex 61994CC0133; pages corpus), 'see the fourth recital in the preamble to the `open networks\' directive' (the judgment in C-302/94 British Telecommunications, paragraph 2, as BAILII prints it; pages corpus); the ordinals past the tenth and in figures ('23rd') from English, UNCONFIRMED in a text read", "pinpoints.keyword_recitals": "a recital by its ordinal written out as a keyword of the Court's keyword line, after the act and a dash: 'Request for a preliminary ruling — Directive 93/13/EEC — Thirteenth recital in the preamble — Article 1(2) — Consumer contracts — Mortgage loan agreement' (the judgment in C-280/13 Barclays Bank, ECLI:EU:C:2014:279, as vLex copies it; pages corpus); the plural and the keyword without 'in the preamble' by the same usage, UNCONFIRMED in a text read",
        "pinpoints.amended_by": "the phrase before the amending act: 'annexed to Council Directive 97/81/EC ..., as amended by Council Directive ...' (the Court's judgment in Greenfield, C-219/14, BAILII; pages corpus); a pinpoint after a comma after it, as the Dutch summary of Boxus writes ('zoals gewijzigd bij richtlijn 2003/35, art. 1, lid 5'), UNCONFIRMED in an English text read (EUR-Lex 62009CJ0128 in Dutch): no pinpoint is given there",
        "pinpoints.unlinked_words": "a pinpoint right before the act, no 'of' between, where EUR-Lex writes 'Article 3 of Directive 2001/29/EC': 'the concept of communication to the public under Article 3 Directive 2001/29/EC' (T. Shapiro, B. Lindner, 'More football in pubs', QMJIP 2013, elgaronline.com; pages corpus), '(Art. 5 Regulation (EU) 2019/1150)' (a platform's terms in a public repository, found with find_string); the subtypes before the type word (Implementing, Delegated, Framework) by analogy, UNCONFIRMED in a text read",
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["en"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["en"],
        "back_references (definition_intros: known as, also known as)": "the intro as English courts write it: 'adopted in 2009 as Council Regulation (EC) No 207/2009 (known as the “Community Trade Mark Regulation” or “Regulation 207/2009”)' (the judgment of the UK Supreme Court in SkyKick v Sky, [2024] UKSC 36, paragraph 41; ../shared/samples/documents/docx), 'Regulation (EU) No 1215/2012 (known as \"Brussels I recast\"), which repeals and replaces Regulation No 44/2001 (known as \"Brussels I\")' (the Courts Service's practice direction HC62, courts.ie; pages corpus: aliases that name no act, nothing); 'also known as' before an act's alias UNCONFIRMED in a text read (general English writes it as 'known as')",
        "back_references": "definitions and anaphors in judgments and acts of the development texts (tests/data/corpus D01-D05); alias_conjunctions 'and' ('(hereinafter \"the Regulation\" and \"the GDPR\")', a form named as a miss in the session's brief: UNCONFIRMED in a text read for the project; after two acts, 'Directive 2009/72/EC and Directive 2009/73/EC (the Electricity Directive and the Gas Directive)', such aliases bind to neither)",
        "authors, legislator_forms (Parliament and Council)": "UK judgments name the co-legislators before the type word without 'European': 'The claim has been brought pursuant to Article 7 of Parliament and Council Regulation (EC) No 261/2004 of 11 February 2004 establishing common rules ...' (Varano v Air Canada [2021] EWHC 1336 (QB), bailii.org; pages corpus), as the OSCOLA-style citations of UK legal writing do",
        "back_references (title_dates)": "the date of an act after 'of the' in Irish judgments: 'art.16 of Council Directive 92/43/EEC of the 21 May 1992 on the conservation of natural habitats and of wild fauna and flora (the \u201chabitats directive\u201d)' (High Court of Ireland, Holohan v An Bord Pleanála [2017] IEHC 268, bailii.org); the ordinal day and 'day of' as the same courts write their own dates: 'By Order of Budd J. dated the 24th day of June, 1996' (McBride v Galway Corporation [1997] IEHC 140, bailii.org; pages corpus); after an act's citation UNCONFIRMED in a text read for this change; without 'the', the ordinal day or a comma after the month as Irish judgments and notices outside the OJ date an act: 'Directive 2004/38/EC of the European Parliament and of the Council of 29 April, 2004 on the rights of citizens of the Union' (High Court of Ireland, Metock v MJELR [2008] IEHC 77, bailii.org; pages corpus), 'Regulation (EU) 2016/679 of the European Parliament and the Council of 27th April 2016 on protection of natural persons' (a privacy clause in a public repository, find_string)",
        "back_references (authors: of the European Parliament and the Council)": "the legislator without the second 'of', as texts outside the OJ write it: 'REGULATION (EU) 2017/745 OF THE EUROPEAN PARLIAMENT AND THE COUNCIL of 5 April 2017 (MDR)', 'Regulation (EU) 2016/679 of the European Parliament and the Council of 27 April 2016, on the protection of natural persons', 'Directive 2002/49/EC of the European Parliament and the Council of 25 June 2002, which governs' (documents in public repositories, find_string); EUR-Lex writes 'of the European Parliament and of the Council'",
        "back_references (foreign_act_marks, foreign_act_ends)": "'The US Chips Act and the European Chips Act have very similar goals', 'compared to the U.S. Chips Act, is the EU Chips Act strong enough' (BDI, english.bdi.eu, 'Comparison and experiences US vs. EU Chips Act'); 'The Colorado AI Act takes effect June 30, 2026. The EU AI Act's full enforcement begins August 2, 2026' (blog.cronozen.com/en/post/1303), 'EU AI Act vs Colorado AI Act' (euaicompass.com), 'Colorado's AI Act imposes the most structurally rigorous requirements' (captaincompliance.com); 'The United Korean AI Act Bill', 'South Korea's AI Act bill and the European Union's AI Act' (a comparison on dhirubhai.net); 'Singapore's Cybersecurity Act 2018 (CSA) establishes a solid and precise framework' (E. Gorian, Springer, SIST vol. 138), 'the Singapore Cybersecurity Act' (i46.cz); foreign_act_year_links: 'President Obama Signs Cybersecurity Act Of 2015', 'The Cybersecurity Act of 2015 aims to address many of those concerns' (mondaq.com, lexology.com), 'amends the Cybersecurity Act 2018 (Act)' (orionw.com, Singapore); each was the EU act's CELEX (Regulation (EU) 2023/1781 and Regulation (EU) 2024/1689, the 'Artificial Intelligence Act' of its title on EUR-Lex); 'Act' the word other legislatures name their statutes with (the EU's own acts named so borrow it), so a mark before a name in 'Regulation' or 'Directive', or an acronym ('US GDPR compliance'), is still the EU act's",
        "back_references (alias_adjectives)": "the anti-dumping regulations' aliases in brackets without quotation marks, led by a word in small letters: 'Having regard to Council Regulation (EC) No 384/96 of 22 December 1995 on protection against dumped imports from countries not members of the European Community (1) (the basic Regulation), and in particular Article 9 thereof', 'by Regulation (EC) No 552/2005 (2) (the provisional Regulation)' (Council Regulation (EC) No 1659/2005, EUR-Lex 32005R1659, as eumonitor.eu prints it), '(the basic Regulation) and in particular Article 11(3) thereof' (Council Regulation (EC) No 1891/2005, global-regulation.com), 'by Regulation (EC) No 428/2005 ... (the definitive Regulation)' (Council Regulation (EC) No 1333/2005, eurlexa.com; pages corpus); the same texts write other words in small letters in such brackets as prose ('(the previous investigation)', '(the existing measures)'): only these three, after the article",
        "back_references (name_pinpoint_words)": "a pinpoint right after a popular name, as privacy notices, legal-basis tables and claim letters write it: 'That is our legitimate interest under GDPR Article 6(1)(f) and, where you opt in, consent under Article 6(1)(a).', 'Legal basis: Legitimate interest (GDPR Article 6(1)(f)).', 'Legitimate interest under GDPR Article 6(1)(f) for debt collection.', '30-day retention window is proportionate to the security purpose (GDPR Article 6(1)(f) — legitimate interests)', 'Passenger care obligations (EU261 Article 9)', 'Cite EU261 Article 7 + exact amount.', 'Formal demand for EUR 1,200 under EU261 Article 7(1)(c).' (public repositories, found with find_string 'GDPR Article 6(1)(f)', 'EU261 Article'; the pinpoint's words are those of pinpoints before acts, as EUR-Lex texts write them); not before a link word or a capital ('the GDPR Article 29 Working Party', 'Article 8 ECHR'): short_forms/name_pinpoints",
        "back_references (union_name_marks)": "the EU act named 'the EU GDPR' against the UK's copy, with a pinpoint linked to it: 'a right to explanation for automated decisions equivalent to Article 22 of the EU GDPR', 'as defined under Section 2 of the Personal Data Protection Act No. 09 of 2022 of Sri Lanka and Article 4(1) of the EU GDPR', 'an adequacy decision under Article 45 of the EU GDPR', 'for the purposes of article 27 of the EU GDPR, our representative in the European Union is ...' (privacy notices and guides in public repositories, found with find_string); 'Article 6 EU GDPR: lawfulness of processing' (patrickschmetzer.com; pages corpus), 'This will be known – in the UK – as the “EU GDPR”' (normcyber.com; pages corpus); only after the article ('the EU GDPR'): 'Article 6 EU' is also the pre-Lisbon Treaty's article; the act itself is Regulation (EU) 2016/679, EUR-Lex 32016R0679",
        "back_references (national_name_marks, national_copy_phrases)": "'the EU GDPR became the UK GDPR', 'a conflict between the provisions in the UK GDPR and the DPA 2018' (a UK data-protection commentary on retained EU law, keepabl.com, citing the Court of Appeal's judgment R (Open Rights Group) v SSHD [2021] EWCA Civ 800); 'UK EMIR', 'UK MiFIR' as UK regulators name the onshored regimes, UNCONFIRMED in a text read for this project; 'United Kingdom General Data Protection Regulation', the retained title's own short name (SI 2019/419, Sch. 1 para. 2, legislation.gov.uk); national_copy_phrases: 'as it forms part of the law of England and Wales, Scotland and Northern Ireland by virtue of section 3 of the European Union (Withdrawal) Act 2018' (Data Protection Act 2018, s. 3(10)); '(Amendments etc) (EU Exit) Regulations 2019' (SI 2019/419, legislation.gov.uk); 'retained EU law', renamed 'assimilated law' and 'assimilated direct legislation' from 2024 (SI 2023/1424, legislation.gov.uk); 'onshoring' (HM Treasury explanatory information on the EU Exit financial-services instruments)",
        "number_markers (Nos)": "the plural marker before the first number of a list of acts of one type and domain: 'Additional levy on milk — Regulations (EEC) Nos 3950/92 and 536/93 — Reference quantities' (the Court's judgment of 25 March 2004 in Joined Cases C-231/00, C-303/00 and C-451/00, as listed in OJ C 106, 30.4.2004, EUR-Lex OJ:C:2004:106:FULL), 'judgments ... which relate to Council Regulations (EEC) Nos 1408/71 and 574/72', 'Regulations (EEC) Nos 1408/71 and 574/72 have been amended several times' (the Commission's survey of the Court's judgments on social security for migrant workers, ec.europa.eu/employment_social; pages corpus); each member normalised with the singular marker or none, as written (Regulation (EEC) No 3950/92, Regulation (EEC) 536/93)",
        "act_types, authors, subtypes, number_markers, domains": f"{_ISG}, 3.2 References to an act; "
        "older forms (No., Reg.) from the development texts in tests/data/corpus",
        "act_types (Reg without its dot)": "'Reg' before the number, as English notes, checklists and guides outside the OJ write it: 'GDPR (Reg 2016/679) Arts. 33-34', 'EU AI Act (Reg 2024/1689) Art. 73', 'Brussels I bis Regulation (Reg 1215/2012) Article 18(1) gives EU consumers the right', 'Cross-border civil (Reg 861/2007, Reg 1896/2006, Reg 805/2004, Reg 1215/2012)' (documents in public repositories, found with find_string), where EUR-Lex writes 'Regulation (EU) No 1215/2012'; a word of its own, no initialism (grammar/legal_act_words: only the capitals a record lists, VO and RL, are), before a bare number only as bare_initialisms says (the year in four figures or a pinpoint before it, the words around English: 'Reg' also abbreviates 'registration'; 'Reg 40/94' UNCONFIRMED in a text read); 'Dir' without its dot ('Dir 2022/2555 (NIS2)', the same repositories) not added: 'dir' before a number is also a directory's",
        "oj.journals, oj.pages": f"{_ISG}, 3.1 References to the Official Journal",
        "oj.journals (Official Journal), oj.pages (P.)": "EUR-Lex's header of the acts before 2004 (its former text view): the journal's name, a blank before the comma, the date with slashes and the pages in four figures after 'P.': 'Official Journal L 122 , 17/05/1991 P. 0042 - 0046' (Council Directive 91/250/EEC, EUR-Lex 31991L0250, as app.lexploria.com reproduces it)",
        "oj.journals (O.J.)": "US legal writing (the Bluebook, the US legal citation Style Guide, rule 21.9): the year, the journal, the series and issue in brackets, the page: '2009 O.J. (L 311) 35', '1999 O.J. (L 156) 1' (Creighton University Law Library's guide 'Citing the O.J.', culibraries.creighton.edu); the dotted journal in the other forms by analogy ('O.J. L206/7 22.07.92'); the UK statutory instruments' notes write the year of the date in two figures, the series glued to the issue: '(OJ No. L169, 10.7.69, p.3)', '(OJ No. L70, 17.3.92, p.25)' (SI 1992/1613, legislation.gov.uk), '(OJ No. L340, 11.12.91, p.28)' (an SI's explanatory note as Justis shows it)",
        "treaties, article_words, pinpoints": f"{_ISG}, 3.2.3 References to subdivisions of an act, "
        "3.4.1 Order of the Treaties; Style Guide Part Four 10.8(e)",
        "article_words (article, articles, art., arts.: lower case)": "UK Supreme Court judgment Deutsche Bahn v Morgan Advanced Materials [2014] UKSC 24, para 1 ('article 81(1) TEC (now article 101 TFEU)'); 'art. 101 TFEU', 'art. 101 and 102 TFEU' in law-course notes (pages corpus)",
        "article_words (art, arts, Art, Arts: no dot)": "OSCOLA, the Oxford legal citation Style Guide ('EC Treaty ... art 3b', as UK law-library OSCOLA guides quote it, e.g. uwl.libguides.com/oscola/eu); 'Art 267 TFEU', 'Art 50(2) TEU' in EU-law blogs (pages corpus)",
        "cases.words": "judgments of the Court of Justice (tests/data/corpus D02, D03)",
        "cases.closed_pinpoint_words (para)": "the paragraph of a judgment without the abbreviation's dot, as UK writing has it: 'Deutsche Bahn v Morgan Advanced Materials [2014] UKSC 24, para 1' (the UK Supreme Court, as the article_words source cites it), '(Sweden v API and Commission, 2010, para 119)' after the Court's judgment in the Max Planck Encyclopedia of International Procedural Law, 'Penalty Payment: CJEU' (opil.ouplaw.com, pages corpus); after a case number ('Case C-123/19, para 33') named as a miss by the twenty-fourth session's audit of English texts, UNCONFIRMED verbatim in a text read for this change. Read only at the citation's end: Spanish and Portuguese para (for) follows a comma before a number and its noun ('ILOSTAT, para 159 países', '$10, para 10 utilizadores': public repositories, find_string)",
        "pinpoints.words (para., sentence, lit., no.)": "national writing, not the EUR-Lex drafting (Article 6(1)(a)): English texts written after German models (the German pinpoint words Abs., Satz, lit., Nr. translated): 'Consent pursuant to Art. 6 para. 1 sentence 1 lit. a) GDPR', 'voluntarily (Art. 4 no. 11 GDPR)', 'pursuant to Art. 7 para. 3 sentence 3 GDPR', 'Art. 7 para. 3 sentences 1 and 2 GDPR' (paytechlaw.com/en, glossary 'Consent'; pages corpus); 'Article 6 para. 1 lit. f GDPR', named as a miss in the session's brief; before a treaty abbreviation ('Article 101 para. 1 TFEU') and subpara. UNCONFIRMED in a text read for this change",
        "months, date_words": f"{_ISG}, 2.1 Title (date of an act)",
    }),
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
    national_authors_before=("Board", "Director", "EDPB", "EDPS", "Authority", "Supervisors"),
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
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy", "decision"),
    procedure_footnote_leads=("Opinion of the European Parliament", "Position of the European Parliament"),
    oj=OjWords(
        journals=("OJ", "O.J.", "Official Journal"),
        journal_names=("Official Journal of the European Union", "Official Journal of the European Communities"),
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
    article_range_words=("to",),
    # ``Article 207, in conjunction with Article 218(9) thereof``: one list
    article_word_leads=("in conjunction with",),
    enacting_intros=("Having regard to", "having regard to"),
    enacting_after=("thereof",),
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
        # a pinpoint right after a popular name: 'GDPR Article 6(1)(f)' (see sources)
        name_pinpoint_words=("Article ", "Articles "),
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
        # 'Singapore's Cybersecurity Act 2018'; the year tells one too: 'the Cybersecurity
        # Act of 2015' (US), 'Cybersecurity Act 2018' (Singapore)
        foreign_act_marks=("US", "U.S.", "Colorado", "Korea", "Korean", "Singapore"),
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
