# ruff: noqa: E501
"""Italian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._oj_sources import OJ_EEC_QUALIFIER
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
from eurefs.languages.prose_dates import ProseDates

_ISG = "Manuale interistituzionale di convenzioni redazionali (https://style-guide.europa.eu/it), parte prima"
_DEV = "development text tests/data/corpus-it (Court order C-302/10, ELITR/elitr-testset)"

LANGUAGE = Language(
    code="it",
    name="Italian",
    ecb_prefixes=('BCE',),
    ecb_authors=('della Banca centrale europea', 'della BCE'),
    sources=frozen({"pinpoints.ordinal_endings": "the ordinal indicators Italian writes after a figure, the feminine ª, as with direttiva (not the masculine º nor the degree sign, which national writing also glues to an article's number: pinpoints.ordinal_sign); the Style Guide's Italian part and a text writing one before a name UNCONFIRMED", "oj.qualifiers (CEE)": OJ_EEC_QUALIFIER.format(example='GU CEE L 210 del 7.8.1985, pag. 29', number='direttiva 85/374/CEE'), "pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'), the lead's elided article joined to it: 'visto il regolamento (CEE) n. 2082/92 del Consiglio, del 14 luglio 1992, relativo alle attestazioni di specificità dei prodotti agricoli ed alimentari(1), in particolare l'articolo 9, paragrafo 1,' (the Commission's regulation on Kalakukko, EUR-Lex as a public repository's model card quotes it from JRC-Acquis; find_string '(1), in particolare l'articolo'); 'vista la' before a directive by the same formula, UNCONFIRMED in a text read", 'back_references.proposal_leads': "the proposal named by the name of the act proposed right after 'proposta di', as the Commission's explanatory memorandum names it: 'La presente relazione riguarda la proposta di regolamento generale sulla protezione dei dati.' (COM(2012) 11 final, EUR-Lex 52012PC0011, IT; the same text on privacy.it; pages corpus); the plural by Italian grammar, UNCONFIRMED in a text read", "month_abbreviations": "dates in prose with the month abbreviated, which EUR-Lex's texts write in full: 'Il giorno 20 ott 2020, alle ore 08:15, ... ha scritto', 'Created on: 18 ott 2020', 'Set 2020 - Ott 2020' (public repositories; find_string 'ott 2020'); the other months as software abbreviates them, UNCONFIRMED in a text read", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "treaty_now_words": "the Court's citation of an article of the EC Treaty as it stood before 1 May 1999, its article since in a bracket (the Court's note on the citation of articles of the Treaties, curia.europa.eu, content/juris/noteinfo.htm, English 'now'): 'domanda vertente sull'interpretazione dell'art. 85 del Trattato CE (divenuto art. 81 CE)' (the judgment in C-453/99 Courage v Crehan, curia.europa.eu, IT), with an aside 'Art. 85, n. 3, del Trattato CE (divenuto, in seguito a modifica, art. 81, n. 3, CE)' (the judgment of the Court of First Instance in T-131/99 Shaw and Falla, curia.europa.eu, IT; pages corpus); ora UNCONFIRMED in a text read", "pinpoints.amended_by": "the phrase before the amending act, after which a pinpoint is the amended act's: 'Direttiva 2006/112/CE, come modificata dalla direttiva 2008/8/CE – Articoli 44, 45 e 47 – Prestazione di servizi' (the keyword line of the Court's judgment in C-931/19 Titanium, taxlawapp.eu, IT; pages corpus); the masculine 'modificato' and 'dal' (a regulation) UNCONFIRMED in a text read", "hint_words (ma)": "the conjunction 'but', as frequent in Italian prose as in Maltese, whose record holds its 'ma' (not): 'Ma la Corte di giustizia UE, causa C-28/20 (Airhelp c. SAS), dice che uno sciopero del PERSONALE DELLA COMPAGNIA STESSA non è una circostanza straordinaria' (a comment in a public repository on air passenger rights; find_string 'ma la Corte di giustizia'), ', ma la CGUE ha bloccato l'accordo di adesione nel Parere 2/13 del 2014' (a course on the ECHR in a public repository; find_string ', ma la CGUE'), 'non in tutte le versioni del suo motore di ricerca, ma nelle versioni di tale motore corrispondenti a tutti gli Stati membri' (cyber-ai-crime.it on the Court's judgment in C-507/17; pages corpus): written in both records it tells neither alone ('ma la Corte (C-28/20)' was Maltese)", "domains (Euratom)": "the acts of the Atomic Energy Community numbered with Euratom as EUR-Lex's Italian texts write them: 'Direttiva 2013/51/Euratom del Consiglio, del 22 ottobre 2013' and 'Direttiva 2013/48/UE' in one list (the Corte di cassazione's bulletin of EU law, its contents as fdocumenti.com reproduces them; pages corpus), 'Regolamento (CE, Euratom) n. 1605/2002 del Consiglio' (EUR-Lex 32002R1605, Italian). Without the domain in the record, Italian 'direttiva 2013/51/Euratom' was Maltese (the Maltese record's domain)", "hint_endings (-zione, -sione)": "Italian nouns end -zione, -sione (Spanish -ción, -sión; Portuguese -ção, -são): 'relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati personali, nonché alla libera circolazione di tali dati' (the title of Regulation (EU) 2016/679, EUR-Lex 32016R0679, Italian), 'Sentenza CGUE C-311/18', 'dati sulla salute anche quelli che la rivelano' (notes in public repositories; find_string 'CGUE C-')", "hint_words (giustizia, sentenze)": "the Court and its judgments as Italian writing names them around a case number written alike in every language: 'La Corte di Giustizia UE (sentenza C-402/07) ha equiparato i ritardi di 3+ ore alle cancellazioni' (a note in a public repository; find_string '(sentenza C-'): the case was Maltese, whose record alone holds sentenza (the Maltese titles' 'Sentenza tal-Qorti': kept so, no Italian sentenza, which would leave a Maltese title without a word of its own); 'a seguito delle sentenze della Corte di Giustizia dell'Unione europea del 17 maggio 2022' (dirittobancario.it; pages corpus), EUR-Lex's 'Corte di giustizia'; Maltese writes Ġustizzja and the plural sentenzi", "hint_words (sentenza)": "the judgment as Italian writing names it right before a case number: 'Cosa dice la sentenza C-508/18', '(coerentemente con la sentenza C-311/18 \"Schrems II\" della Corte di Giustizia UE)', 'Conformità Legale Europea (Sentenza C-128/11)' (notes and pages in public repositories; find_string 'Sentenza C-'): the first was Maltese, whose record held sentenza alone; Maltese writes it joined to its article ('is-sentenza tad-19 ta’ Jannar 2010, Kücükdeveci, C-555/07', tests/data/corpus-mt) and heads a judgment 'Sentenza tal-Qorti tal-Ġustizzja (Awla Manja) tal-15 ta’ Ġunju 2021 ... Kawża C-645/19' (EUR-Lex 62019CJ0645, Maltese; pages corpus), where tal-Qorti, the month and Kawża tell Maltese", "hint_words (CGUE)": "the Court of Justice as Italian legal writing abbreviates it before a case number: 'CGUE C-684/24 e C-685/24', '(CGUE C-184/20 §§ 124 e 127: sono dati sulla salute', 'Schrems II — Sentenza CGUE C-311/18 (16 luglio 2020)', 'sentenza CGUE C-34/21' (notes in public repositories; find_string 'CGUE C-'); the judgments on EUR-Lex write 'Sentenza della Corte'", "article_words (ART .)": "the capitals of the keyword lines of the Court's older summaries on EUR-Lex, the abbreviation with a blank before its dot: '( TRATTATO CEE , ART . 177 )' (EUR-Lex 61978CJ0093_SUM, Italian; pages corpus)", "back_references (predetto, menzionato, anzidetto)": "'nel pieno rispetto dei principi generali di cui all’art. 5 del predetto Regolamento GDPR', 'tutti i diritti previsti dagli articoli da 15 a 22 del predetto Regolamento UE', 'nel rispetto della normativa prevista dal predetto Regolamento' (Italian privacy notices in public repositories, after Regulation (EU) 2016/679 named in full), where EUR-Lex texts write tale, detto; menzionato, anzidetto by Italian usage, UNCONFIRMED in a text read", "type_adjectives": "EUR-Lex writes the domain, no adjective ('regolamento (UE) 2016/679'); national writing and notices: 'nel rispetto del Regolamento Europeo 2016/679 (GDPR)', 'ai sensi dell\'art. 13 del Regolamento Europeo 2016/679', 'nel rispetto della Direttiva Europea 2011/83/UE sui diritti dei consumatori' (privacy notices and terms in public repositories); 'del Regolamento comunitario 44/01' (avvocatoblog.it on the Cassazione's judgment on international sales; pages corpus); the plurals by Italian grammar, UNCONFIRMED in a text read", "oj.header_journals": "EUR-Lex's former text view heads an act before 2004 with the journal's name, a number marker, the issue (after the series from 1968), the date with slashes and the pages in four figures; read only in that shape, as the words also name national journals: 'Gazzetta ufficiale n. L 125 del 23/05/1996 pag. 0003 - 0009' (Council Directive 96/22/EC, EUR-Lex 31996L0022, Italian), 'Gazzetta ufficiale n. L 046 del 17/02/1997 pag. 0001 - 0019' (Directive 96/96/EC, EUR-Lex 31996L0096 as eu.vlex.com reproduces it); pages corpus", 'national_author_words (councils, commissions)': "the municipal council's acts as the municipalities cite them, in both cases ('Approvato con deliberazione di Consiglio Comunale n. 7 del 17.04.2012', comune.castellodigodego.tv.it; 'Il Consiglio comunale ... è convocato', a municipal regulation, cassarmonica.it; 'Deliberazione del Consiglio Metropolitano n. 44', docplayer.it; pages corpus); the national ones (Consiglio di Stato, Consiglio superiore della magistratura, Commissione nazionale per le società e la borsa, Commissione di vigilanza sui fondi pensione) by their names in Italian law; the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read; EUR-Lex titles write the EU's Council alone ('regolamento (CE) n. 1/2003 del Consiglio', EUR-Lex 32003R0001)",
        "article_word_leads": "'in particolare l'articolo 42 e l'articolo 43, paragrafo 2' in the citations of Regulation (EU) No 1144/2014 (EUR-Lex 32014R1144, it, OJ L 317/56); gli as in the record's enacting lead", "oj.journal_names": OJ_NAMES, "ecb_prefixes": ECB_NUMBERS["it"],"eu_decisions_need_domain": "Italian courts' and authorities' decisions are numbered N/YYYY and cited by the number alone: 'Su gravame della s.r.l. Wind Service, il Consiglio di Stato, con decisione n. 2756/2010, ha rigettato il ricorso introduttivo del giudizio di primo grado' (the Court of Cassation's united sections, 26 July 2011 n. 16245, as gadit.it publishes it; pages corpus), 'La decisione n. 1399/1999 non è presente nell'archivio pubblico penale della Cassazione' (an application's message in a public repository, find_string 'decisione n. 1'): each was an EU decision (no CELEX); EUR-Lex titles number the EU's with their domain or legislator ('Decisione n. 1082/2013/UE del Parlamento europeo e del Consiglio'), the agreement bodies' with the body ('decisione n. 1/2014 del Consiglio di associazione')",
        "treaties (T.F.U.E., T.C.E., TCEE), hint_words (dall, già, nonché)": "the treaties' abbreviations as EUR-Lex texts write them (TFUE, CE, CEE), written with dots or with the T of trattato in Italian national writing: 'il rinvio pregiudiziale, disciplinato dall'art. 267 TFUE (già art. 177 TCEE nonché art. 234 TCE)' (D. P. Domenicucci, ERA seminar for judges, Trier, 12-13 November 2012, on pdfslide.tips; pages corpus), whose words before the articles tell Italian (Polish and French, which write art. and TCE too, won the tie before); the dotted forms 'ex art. 267 T.F.U.E.', 'art. 81 T.C.E.' reported to the project from Italian texts, and 't.f.u.e.' in the abbreviation table of an Italian legal-text tool in a public repository. Left out: T.U.E. (also the national Testo unico dell'edilizia, 'art. 36 T.U.E.'), T.C.E.E. and C.E. (not seen)",
        "article_words (art)": "the abbreviation without its dot, as Italian consent forms write it before the GDPR: 'Dichiaro ai sensi dell’ex art 13 del Regolamento UE 2016/679 di aver preso visione della' privacy policy, 'LETTA L’INFORMATIVA EX ART 13 DEL REGOLAMENTO UE 2016/679' (web forms in public repositories; find_string 'art 13 del Regolamento UE 2016/679'): the article was left out; before a treaty's abbreviation ('Art 263 TFUE') UNCONFIRMED in a text read; only the French and Polish records wrote it so, and such an article in an Italian sentence was French; EUR-Lex writes 'art.' or 'articolo'",
        "article_words (artt.)": "Italian legal writing, the usual abbreviation of articoli: 'approvate per iscritto ex artt. 1341 e 1342 c.c.' (giuricivile.it, commentary on a judgment on clausole vessatorie); before an EU act's name 'sono descritti negli artt. 40 e 42 GDPR' (guidelines.panelfit.eu, it, on Article 24 GDPR)",
        "treaties (TEU: national_abbreviations, national_marks)": "Italian building law abbreviates its consolidated act on building (Testo Unico Edilizia, d.P.R. n. 380/2001) TUE, as EUR-Lex's Italian texts abbreviate the Treaty on European Union after an article: 'l’ordinanza di demolizione prevista dall’art. 31 del d.P.R. n. 380/2001 (Testo Unico Edilizia o TUE) [...] Art. 27 vs art. 31 TUE: due regimi diversi' (lavoripubblici.it, on demolition orders, 2025; pages corpus): the act's article 31 was the TEU's ('articolo 31 TUE'; the heading alone was even Polish). Near the act's name or its decree's number a bare TUE is no treaty (a text that cites both loses the treaty's: a miss, not a wrong reference); 'trattato UE' stays the treaty's",
        "national_author_links, eu_author_words": "the links of the author phrases and the EU authors of official texts on EUR-Lex ('regolamento n. 17 del Consiglio', 'decisione n. 2/54 dell'Alta Autorità'); a national author after the number: 'Regolamento n. 20/2008 dell'ISVAP' (the Italian insurance supervisor's, whose regulations the Gazzetta Ufficiale publishes as 'Regolamento ISVAP n. 22 del 4 aprile 2008'; the phrase reported by a helper from the search corpus, UNCONFIRMED in a text read for this change)",
        "treaties (TFEU: dell'UE)": "the name with the Union's abbreviation: 'Il ricorso per inadempimento si basa sugli articoli da 258 a 260 del trattato sul funzionamento dell’UE.' (the EU's summary 'Il ricorso per inadempimento', europa.eu legislation_summaries l14550_it, before its move to EUR-Lex in 2014, whose newer summary URISERV:l14550 names the treaty in full; pages corpus), 'Trattato sul Funzionamento dell'UE (TFUE) — già Trattato di Roma 1957', 'TFUE (Trattato sul funzionamento dell'UE)' (public documents found with find_string: ids 57121297157, 68943502422)",
        "treaties (EAEC, ECSC)": EAEC_ECSC["it"], "article_capitals_apart": CAPITALS_APART["it"], "treaties (EU)": FORMER_TEU["it"], "article_plural": ARTICLE_PLURALS["it"], "treaties (EC, former numbers)": EX_ARTICLES["it"], "article_number_suffixes": INSERTED_ARTICLES,
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, it) and its short form; the abbreviation after an article number (CDFUE) from legal writing, UNCONFIRMED in a text read for this project; the short name after a citation in full (short_names, grammar/named_again): 'l’articolo 47 della Carta dei diritti fondamentali dell’UE non ha per oggetto [...] la tutela conferita dall’articolo 47 della Carta non esige' (europeanrights.eu, on the Court's judgment in C-583/11 P, Inuit Tapiriit Kanatami; pages corpus); never before 'delle', 'dei', 'di', 'sociale', 'comunitaria', 'europea' (la Carta delle Nazioni Unite, la Carta sociale europea, la Carta di Nizza: the last is the Charter, left unread)",
        "cases.court_reports": COURT_REPORTS["it"],
        "cases.label_nouns": LABEL_NOUNS["it"],
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["it"],
        "pinpoints.links": ACT_PINPOINTS["it"],
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["it"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["it"],
        "article_conjunctions (ed)": "ed, the conjunction's form before a vowel, joining a pinpoint's letters: 'in conformità del paragrafo 1, lettere c) ed e)' (Article 6(2) of Regulation (EU) 2016/679 in Italian, EUR-Lex 32016R0679, as a public repository quotes it), 'ai sensi dell'art. 6, paragrafo 1, lettere c) ed e) del GDPR' (a municipal decision in a public repository), 'ai sensi dell'Art. 2, lettere c) ed e), della direttiva 2011/93/UE' (notes on the AI Act in a public repository); between article numbers UNCONFIRMED in a text read",
        "back_references (other_meanings)": "regolamento as settlement, never an act: 'direttiva 98/26/CE sulla definitivita\' degli ordini immessi in un sistema di pagamento o di regolamento titoli' (Directive 98/26/EC, EUR-Lex 31998L0026, as the Italian decree transposing it names it), 'i sistemi di regolamento del contante', 'i rischi di regolamento' (Banca d\'Italia's orders in the Gazzetta Ufficiale, 8 May 2008 and 30 August 2018), 'Un sistema di regolamento titoli è un\'infrastruttura di mercato' (bancaditalia.it, 'Regolamento titoli'; pages corpus); the singular and plural by Italian grammar", "back_references.fused_articles": "the prepositions fused with the article before a type word, as the Court's judgments write them before an act ('della direttiva 2001/29/CE', tests/data/corpus-it I00); before a defined term: 'ai sensi dell’art. 77 del Regolamento' after '(di seguito, “Regolamento”)' (the Garante per la protezione dei dati personali's orders, doc. web 9581028, 9817535; pages corpus); the other prepositions' forms (al, dal, nel, sul and their feminines) from the language's grammar, UNCONFIRMED in a text read",
        "back_references (citato, citata, cit. after the type word)": "Italian legal writing's 'the cited' after the noun, where EUR-Lex's Italian texts write the determiner before it ('ai sensi dell'art. 24 di tale direttiva'): 'I dati non sempre sono forniti volontariamente dall'interessato che presta il proprio consenso ai sensi dell'art. 6 n. 1 lettera a) del Regolamento [...] in uno degli altri presupposti individuati dall'art. 6 comma 1 del Regolamento cit.' after 'Regolamento UE 2016/679' (G. Pirotta, 'Responsabilità e danno nel regolamento privacy europeo', Turin, 27 October 2017, slideshare.net; pages corpus), 'nel caso si ritenga che il trattamento avvenga in violazione del Regolamento citato (art. 77 del Regolamento)' (a privacy notice in a public repository; find_string); the feminine citata (della direttiva citata) by Italian grammar, UNCONFIRMED before an EU act in a text read (the hits found were software's directives: 'la direttiva citata in hostDirectives'); the masculine after a plural and the forms before the noun (il citato regolamento) are the anaphor_determiners'",
        "back_references": "definitions: (in prosieguo: il «regolamento n. 528/2012») after the full title, request for a preliminary ruling C-592/18 Darie (Italian translation, CURIA); title words and authors: " + f"{_ISG}, 3.2; " + 'anaphors: tale, suddetta, stessa (della stessa direttiva) in the development text tests/data/corpus-it I01 (orders C-302/10, judgment C-282/10); their masculine forms; questo/questa (this) left out; pinpoint links: "articolo 5, paragrafo 1, di tale direttiva", "articolo 7 della stessa direttiva" in tests/data/corpus-it; pinpoint words allegato, considerando: Italian legal usage (UNCONFIRMED in a text read for the project); citato/citata (la citata direttiva, del citato regolamento) as listed by the issue 8 review, UNCONFIRMED in a text read for the project; stesso/stessa after the noun: \"articolo 23, paragrafo 1, terzo periodo, lettera a), del regolamento stesso\" in an Italian summary of CJEU case-law the project brief quotes (the feminine by agreement)',
        "act_types, subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Riferimenti agli atti; official texts on EUR-Lex; {_DEV}",
        "oj.journals, oj.pages, date_words, months": f"{_ISG}, 3.1 Riferimenti alla Gazzetta ufficiale; {_DEV}",
        "oj.journal_names (Gazzetta Ufficiale)": "Italian national writing capitalises the journal's name as it does its own Gazzetta Ufficiale, the Union's too: 'Sono state pubblicate sulla Gazzetta Ufficiale dell'Unione Europea L 94 del 28 marzo 2014, le nuove direttive' (the public-procurement directives 2014/23/EU to 2014/25/EU; confinionline.it and unionesoaitaliane.it, pages corpus), where EUR-Lex writes 'Gazzetta ufficiale dell'Unione europea'; 'dell'Unione europea' after the capital U, and the Communities' name in both forms, by the same usage, UNCONFIRMED in a text read",
        "oj.journal_names (Comunità Europea)": "the Communities' journal named after the Community, in the singular, with or without its article, as Italian public-procurement writing expands its GUCE: 'Gazzetta Ufficiale Comunità Europea - GUCE' (a field label of the ANAC's SIMOG tender forms), 'Data Gazzetta Ufficiale Comunità Europea' beside 'Data Gazzetta ufficiale Repubblica Italiana' (a tender-publication model; public repositories, find_string 'Gazzetta Ufficiale Comunità Europea'), 'i formulari della Gazzetta Ufficiale della Comunità Europea (eForms)' (documentation of the ANAC's procurement data, find_string 'Gazzetta Ufficiale della Comunità Europea'); the citation 'Gazzetta Ufficiale Comunità Europea n° L 085' as the session's brief reported it from Italian writing, where EUR-Lex writes 'Gazzetta ufficiale delle Comunità europee'; 'Comunità Europee' without the article UNCONFIRMED in a text read",
        "oj.journals (GUUE, GUCE)": "Italian national legal writing, beside the Style Guide's GU (3.1): the journal of the Union GUUE, that of the Communities GUCE, also with dots (G.U.U.E., as Italian public-procurement notices name it), the date in figures or in words: 'GUUE L 333 del 27.12.2022' (Directive (EU) 2022/2555 in an Italian NIS2 note), 'GUUE L 124 del 20 maggio 2003' (Recommendation 2003/361/EC in an Italian tender form), 'GUCE n. L 345 del 31 dicembre 2003' (Directive 2003/98/EC in an Italian text on public sector information); G.U.C.E. and the date before the series and issue, as this writing cites the Italian Gazzetta Ufficiale ('G.U. 31 luglio 2015, n. 176'), the month in words and a number marker: '(G.U.C.E. 26 giugno 1993, n. L 155)', '(G.U.U.E. 30 novembre 2005, n. L 314)', '(G.U.U.E. 20 dicembre 2007, n. L 335)' (under the titles of Regulations (EEC) No 1617/93, (EC) No 1952/2005 and Directive 2007/66/EC in Edizioni Europee's collection of EU law, edizionieuropee.it; pages corpus); the date in figures ('GUUE 28.3.2014, L 94'), a page after it and the form without the marker UNCONFIRMED in a text read, not read",
        "pinpoints.ordinal_sign": "Italian national writing may glue the masculine ordinal sign to an article number: 'l'articolo 267º TFUE' (reported from an Italian text kept aside to check the work); the Style Guide writes the number alone (articolo 267 TFUE), so the normal form drops the sign",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Visti, 3.2.3 Riferimenti alle suddivisioni di un atto; {_DEV}",
        "cases.words": f"judgments and orders of the Court of Justice in Italian; {_DEV}; proc. (procedimento) and riuniti, as the Corte di cassazione's summaries of the Court's judgments write them, the hyphen lost: 'Sentenza della Corte (Seconda Sezione) del 7 ott. 2010, proc. C 515/08', 'proc. riuniti C 53/09 e C 55/09' (Sommario a cura del Centro Elettronico di Documentazione della Corte Suprema di Cassazione, 123dok.org; pages corpus)",
        "act_types (Reg.)": "the abbreviation of Italian legal writing outside the OJ: 'ex art. 7, par. 1, Reg. (CE) n. 261/2004' in the summary of an Italian judgment (Tribunale di Brescia, 6 March 2024, n. 893, Osservatorio obgc.unibs.it); 'Ai sensi dell’art. 7 del Reg. CE n. 261/04' (a law firm's page, avvocatosaveriorossi.it); 'Reg. (UE) 2016/679 del 27 aprile 2016' in a seminar report on the GDPR (Zucchetti, Lodi, 31 May 2017, 123dok.org). English writes 'Reg.' too: the words around it decide",
        "pinpoints.words (parte)": "a part of an article, a capital after the word, as the Court's Italian cites the Sixth VAT Directive's Article 13 A, B, C: '«Imposta sul valore aggiunto – Sesta direttiva 77/388/CEE – Articolo 13, parte A, paragrafo 1, lettera n) – Esenzione di talune prestazioni di servizi culturali', 'la Corte è invitata a precisare la portata dell’articolo 13, parte A, paragrafo 1, lettera n), della sesta direttiva 77/388/CEE (2)' (the Opinion of Advocate General Bot in C-592/15 British Film Institute, EUR-Lex 62015CC0592, as taxlawapp.eu prints it in Italian; pages corpus)",
        "pinpoints.words (n.)": "numero, the numbered point of older Italian writing (the Brussels Convention's 'articolo 5, punto 1' as Italian courts cite it): 'art. 5 n. 1 lett. b) reg. CE 44/2001' (the form of an Italian judgment the session's brief reported), 'INTERPRETATION OF ART. 5 (1)(B) OF EC REGULATION N. 44/2001' (unilex.info's abstract of Cass. S.U. 5 October 2009, n. 21191; pages corpus); never where the marker of an act's number is read ('art. 5 del Reg. CE n. 44/2001': the act's)",
        "number_year_links": "Italian writing cites a regulation by its number and year written out, where EUR-Lex writes 'regolamento (UE) 2016/679', 'regolamento (CE) n. 44/2001': 'Autorizzo il trattamento dei dati personali ai sensi degli artt. 13 e 14 del Regolamento UE n. 679 del 2016' (a consent form of the Provincia autonoma di Trento in a public repository), 'GDPR General Data Protection Regulation - regolamento UE n. 679 del 2016' (the glossary of an Italian administration's security plan in a public repository); 'Reg. CE n. 44 del 2001', the form the session's brief reported",
        "pinpoints.unlinked_words": "a pinpoint right before the act, no 'del' between, where EUR-Lex writes 'del regolamento': 'violazione dell’art. 7 Reg. CE 261/2004' and 'art. 5 n. 1 lett. b) reg. CE 44/2001' (the forms of Italian judgments' headnotes the session's brief reported; 'ex art. 7, par. 1, Reg. (CE) n. 261/2004', Tribunale di Brescia, 6 March 2024, n. 893, obgc.unibs.it, see act_types (Reg.)); with a comma before the act (pinpoints.unlinked_comma): 'Il foro generale è previsto dall’art. 4, Reg. UE 1215/2012' (dirittobancario.it, on the Cassazione's case-law; pages corpus), 'ex art. 7, par. 1, Reg. (CE) n. 261/2004' (Tribunale di Brescia, above), not where a comma also comes before the article ('Reg. CE 44/2001, art. 5, Reg. UE 1215/2012': the first act's, cited after it); before direttiva, dir. by analogy, UNCONFIRMED in a text read",
        "dated_numbers": "the number after the type, author and date, as the Court's Italian texts wrote it until the 2010s: 'sull’interpretazione della direttiva del Consiglio 29 giugno 2000, 2000/43/CE, che attua il principio della parità di trattamento' (Opinion of Advocate General Poiares Maduro of 12 March 2008 in C-54/07, Feryn, from EUR-Lex, pages corpus)",
        "act_types (dir.)": "the abbreviation of direttiva in Italian legal writing outside the OJ: 'D.lgs 10 marzo 2023, n. 24, Attuaz. della dir. (UE) 2019/1937 del Parlamento eur. e del Consiglio' (the heading of the Italian whistleblowing decree on dirittodeiservizipubblici.it, a law site whose sections hold legislation and judgment texts, Sentenze). English writes 'Dir.' too: the words around it decide",
    }),
    dated_numbers=True,  # ``direttiva del Consiglio 29 giugno 2000, 2000/43/CE`` (see sources)
    act_types={
        "regulation": ("regolamento", "regolamenti", "Reg."),
        "directive": ("direttiva", "direttive", "dir."),
        "decision": ("decisione", "decisioni"),
        "framework_decision": ("decisione quadro", "decisioni quadro"),
        "recommendation": ("raccomandazione", "raccomandazioni"),
        "joint_action": ("azione comune", "azioni comuni"),
        "common_position": ("posizione comune", "posizioni comuni"),
        "common_strategy": ("strategia comune", "strategie comuni"),
    },
    author_phrases=("del Parlamento europeo e del Consiglio", "del Consiglio", "della Commissione",
                    "della Banca centrale europea", "della BCE"),
    type_adjectives=("europeo", "europea", "europei", "europee", "comunitario", "comunitaria", "comunitari", "comunitarie"),
    legislator_forms=("del Parlamento europeo e del Consiglio",),
    national_author_links=("del", "della", "dello", "dell'", "dell’", "dei", "degli", "delle"),
    eu_author_words=("europe", "Comunità", "Alta Autorità", "Unione"),
    eu_decisions_need_domain=True,  # a court's or authority's decision N/YYYY (see sources)
    # local and national councils and commissions: the EU's Council is ``del Consiglio``
    national_author_words=("Consiglio comunale", "Consiglio regionale", "Consiglio provinciale",
                           "Consiglio metropolitano", "Consiglio nazionale", "Consiglio superiore",
                           "Consiglio di Stato", "Commissione nazionale", "Commissione regionale",
                           "Commissione comunale", "Commissione di vigilanza", "Commissione per"),
    subtypes_after=frozen({"delegato": "delegated", "delegata": "delegated", "delegati": "delegated",
                           "delegate": "delegated", "di esecuzione": "implementing"}),
    subtype_forms=frozen({"delegated": "{word} delegato", "delegated:directive": "{word} delegata",
                          "delegated:decision": "{word} delegata", "implementing": "{word} di esecuzione"}),
    number_markers=("n.", "N."),
    number_marker="n.",
    list_conjunctions=("e", "ed", "o", "nonché"),
    domains=frozen({"UE": "UE", "CE": "CE", "CEE": "CEE", "CECA": "CECA", "PESC": "PESC",
                    "GAI": "GAI", "CEEA": "CEEA", "Euratom": "Euratom"}),
    jha_domains=("GAI",),
    ecsc_domains=("CECA",),
    domain_eras=frozen({"UE": "EU", "CE": "EC", "CEE": "EEC", "CECA": "ECSC", "PESC": "CFSP", "GAI": "JHA", "CEEA": "Euratom", "Euratom": "Euratom"}),
    hint_endings=("zione", "zioni", "sione", "sioni"),  # (see sources)
    hint_words=("CGUE", "sentenza", "sentenze", "giustizia", "il", "lo", "la", "i", "gli", "le", "del", "della", "dello", "dei", "degli",
                "delle", "di", "e", "che", "per", "con", "nel", "nella", "al", "alla", "un",
                "una", "è", "sono", "dal", "dalla", "sulla", "sul", "tale", "presente", "ai",
                "sensi", "dell", "all", "l", "dall", "già", "nonché", "ma"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]del[ ])(?P<body>(?i:(?:Consiglio|Comitato)[ ](?:d(?:i[ ]|['’][ ]?)associazione|di[ ]cooperazione|di[ ]stabilizzazione[ ]e[ ](?:di[ ])?associazione|di[ ]partenariato)|Comitato[ ]misto(?:[ ]SEE)?|Consiglio[ ]SEE)(?:[ ]?[A-Z]{2,5}[-–][A-Z]\w{1,20})?)(?![\w-])",
        # A body on no list: any comitato; a consiglio only as a council of ministers, a joint or
        # mixed council or with its parties (``del Consiglio`` alone is the EU's).
        any_after=r"(?i:[ ](?:del|della)[ ])(?P<body>(?:(?i:sottocomitato|comitato|commissione[ ]mista)|(?i:consiglio)(?=[ ](?:(?i:dei[ ]ministri)[ ][A-Z]{2,6}[-–][A-Z]|(?i:congiunto|misto)|[A-Z]{2,6}[-–][A-Z])))(?:[ ](?:(?i:dei[ ]ministri|degli[ ]ambasciatori|misto|congiunto|veterinario|di[ ]cooperazione|per[ ]il[ ]commercio|specializzato)|[\"“«][ ]?[^\"”»]{1,40}?[ ]?[\"”»]|[A-Z]{2,6}(?:[-–][A-Z]\w{1,20}){1,2})){0,4})(?![\w-])",
    ),
    date_words=("del",),
    oj=OjWords(
        # before a day starting with a vowel: ``GU N . C 2 DELL'8 . 1 . 1970`` (EUR-Lex 31970D0243)
        date_words=("dell'", "dell’"),
        journals=("GU", "GUUE", "GUCE", "G.U.U.E.", "G.U.C.E."),
        header_journals=('Gazzetta ufficiale',),
        # (with capitals as Italian national writing names its own Gazzetta Ufficiale: see sources)
        journal_names=("Gazzetta ufficiale dell'Unione europea", "Gazzetta ufficiale delle Comunità europee",
                       "Gazzetta Ufficiale dell'Unione europea", "Gazzetta Ufficiale dell'Unione Europea",
                       "Gazzetta Ufficiale delle Comunità europee", "Gazzetta Ufficiale delle Comunità Europee",
                       # (the Community's name without its article: see sources)
                       "Gazzetta Ufficiale Comunità Europea", "Gazzetta Ufficiale della Comunità Europea"),
        qualifiers=("CE", "UE", "CEE"),
        pages=("pag.", "pagg."),
    ),
    months=(("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno",),
            ("luglio",), ("agosto",), ("settembre",), ("ottobre",), ("novembre",), ("dicembre",)),
    month_abbreviations=(("gen",), ("feb",), ("mar",), ("apr",), ("mag",), ("giu",), ("lug",), ("ago",), ("set",), ("ott",), ("nov",), ("dic",)),
    # the dates prose writes (grammar/text_dates names the texts read)
    prose_dates=ProseDates(day_endings=("º", "°")),
    treaty_now_words=("divenuto",),  # ``(divenuto art. 81 CE)`` (see sources)
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE", "T.F.U.E."), ("trattato sul funzionamento dell'Unione europea",
                                          "trattato sul funzionamento dell’Unione europea",
                                          "trattato sul funzionamento dell'UE",
                                          "trattato sul funzionamento dell’UE")),
        # (TUE is also the Testo Unico Edilizia's: see sources, national_marks)
        "TEU": Treaty("TUE", ("TUE",), ("trattato sull'Unione europea", "trattato sull’Unione europea",
                                        "trattato UE"),
                      national_abbreviations=("TUE",),
                      national_marks=("Testo Unico Edilizia", "Testo unico edilizia", "testo unico edilizia",
                                      "Testo Unico dell'Edilizia", "Testo Unico dell’Edilizia",
                                      "Testo unico dell'edilizia", "Testo unico dell’edilizia",
                                      "testo unico dell'edilizia", "testo unico dell’edilizia",
                                      "T.U. Edilizia", "T.U. edilizia", "d.P.R. n. 380/2001", "d.P.R. 380/2001",
                                      "D.P.R. n. 380/2001", "D.P.R. 380/2001", "DPR n. 380/2001", "DPR 380/2001",
                                      "Dpr 380/2001", "dpr 380/2001")),
        "EC": Treaty("CE", ("CE", "TCE", "T.C.E.", "trattato CE"), ("trattato CE", "TCE", "trattato che istituisce la Comunità europea")),
        "EU": Treaty("UE", ("UE",), closed_abbreviations=("UE",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("CEE", ("CEE", "TCEE", "trattato CEE"),
                      ("trattato CEE", "trattato che istituisce la Comunità economica europea")),
        "EAEC": Treaty("del trattato che istituisce la Comunità europea dell'energia atomica", ("trattato che istituisce la Comunità europea dell'energia atomica",), ("trattato che istituisce la Comunità europea dell'energia atomica", "trattato che istituisce la Comunità europea dell’energia atomica", "trattato CEEA")),
        "ECSC": Treaty("del trattato che istituisce la Comunità europea del carbone e dell'acciaio", ("trattato che istituisce la Comunità europea del carbone e dell'acciaio",), ("trattato che istituisce la Comunità europea del carbone e dell'acciaio", "trattato che istituisce la Comunità europea del carbone e dell’acciaio", "trattato istitutivo della Comunità europea del carbone e dell'acciaio", "trattato istitutivo della Comunità europea del carbone e dell’acciaio", "trattato CECA")),
        "CFR": Treaty("CDFUE", ("CDFUE",), ("Carta dei diritti fondamentali dell'Unione europea", "Carta dei diritti fondamentali dell’Unione europea", "Carta dei diritti fondamentali"), short_names=("Carta",), short_name_stops=("delle", "dei", "degli", "di", "sociale", "Sociale", "comunitaria", "europea")),
    },
    treaty_prepositions=("del", "della"),
    article_words=frozen({"articolo": "articolo", "articoli": "articoli", "Articolo": "articolo",
                          "Articoli": "articoli", "ARTICOLO": "articolo", "art.": "articolo",
                          "artt.": "articoli", "ART .": "articolo",  # (ART .: see sources)
                          "art": "articolo"}),  # (without its dot: see sources)
    # (``ed`` before a vowel: ``lett. c) ed e)``)
    article_plural=("articolo", "articoli"),
    article_conjunctions=("e", "ed", "o"),
    article_word_leads=("l'", "l\u2019", "gli"),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("visto il", "vista la"),
        ordinal_sign="",  # ``articolo 267º``: national writing (see sources)
        links=("del", "della", "dello", "dell'", "dell\u2019", "dei", "delle", "degli"),
        # the phrase before an act cited as amending the one before it (see sources)
        amended_by=tuple(f"come modificat{e} {a}" for e in ("a", "o") for a in ("dalla", "dal")),
        # ``art. 7 Reg. CE 261/2004``, ``art. 5 n. 1 lett. b) reg. CE 44/2001`` (see sources)
        unlinked_words=("Reg.", "reg.", "Regolamento", "regolamento", "dir.", "Dir.",
                        "Direttiva", "direttiva"),
        unlinked_comma=True,  # ``dall’art. 4, Reg. UE 1215/2012`` (see sources)
        # (``n.``: numero, ``art. 5, n. 1, lett. b)``: national writing, see sources)
        words=("paragrafo", "paragrafi", "par.", "comma", "commi", "lettera", "lettere", "lett.", "punto",
               "punti", "frase", "trattino", "n.",
               # ``articolo 13, parte A, paragrafo 1``: a part of an article (see sources)
               "parte"),
        ordinals=("primo", "secondo", "terzo", "quarto", "quinto", "sesto", "ultimo", "penultimo",
                  "prima", "seconda", "terza", "quarta", "quinta", "sesta", "ultima", "penultima"),
        ordinal_endings=("ª",),  # ``6ª``: a number as an ordinal (see sources)
        ordinal_nouns=("comma", "paragrafo", "trattino", "frase", "periodo", "commi", "paragrafi", "trattini",
                       "frasi", "periodi"),
    ),
    article_number_suffixes=("bis", "ter", "quater"),
    article_capitals_apart=True,  # ``article 100 A`` (see sources)
    number_year_links=("del",),  # ``Reg. CE n. 44 del 2001`` (see sources)
    # ``articoli da 6 a 9``, ``lettere da b) a d)``
    article_ranges=(("da", "a"),),
    enacting_intros=("visto il",),
    enacting_leads=(r"in[ ]particolare[ ](?:l['’]|gli[ ])",),
    cases=CaseWords(
        words=("causa", "cause", "Causa", "Cause", "proc."),
        # (English abbreviates proceedings so: ``Proc. 12/84 of the Tribunal of Milan``)
        shared_words=("proc.",),
        court_reports=("Racc.",),
        pinpoint_words=("punto", "punti"),
        joined_words=("riunite", "riuniti"),
        opinion_words=("parere",),
        opinion_bodies=("CEPD", "CESE", "CdR", "BCE"),
        opinion_bodies_after=("articolo 29", "gruppo di lavoro", "protezione dei dati"),
        label_nouns=(
            "tabella", "figura", "grafico", "riquadro",
            # the plurals, which open a list of labels
            "tabelle", "figure", "grafici", "riquadri",
        ),
        keyword_instruments=("convenzione", "protocollo", "statuto", "codice", "trattato", "carta", "atto di adesione"),
    ),
    com=ComWords(
        final_words=("final", "definitivo"),
        proposal_words=(r"\bproposta",),
        communication_words=(r"\bcomunicazione", r"\brelazione", r"\blibro (?:bianco|verde)",
                             r"\bpiano d.azione", r"\bstrategia\b"),
    ),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("o",),
        proposal_titles=("proposta di",),
        proposal_leads=("proposta/proposte di",),
        self_words=("presente",),
        anaphor_determiners=("tale", "detto", "detta", "suddetto", "suddetta", "medesimo", "medesima",
                             "stesso", "stessa", "citato", "citata", "predetto", "predetta",
                             "menzionato", "menzionata", "anzidetto", "anzidetta"),
        # ``del regolamento stesso``, ``della direttiva medesima``: the determiner after the noun;
        # ``del Regolamento cit.``, ``della direttiva citata`` (see sources)
        anaphor_determiners_after=("stesso", "stessa", "citato", "citata", "cit."),
        declined=(("regolamento",), ("direttiva",), ("decisione",), ("raccomandazione",)),
        definition_intros=("in prosieguo", "di seguito"),
        articles=("il", "lo", "la", "l'", "l\u2019", "Il", "La"),
        fused_articles=("del", "della", "al", "alla", "dal", "dalla", "nel", "nella", "sul", "sulla"),
        pinpoint_words=("allegato", "allegati", "considerando"),
        pinpoint_links=("di", "della", "del", "dello", "dell'", "dell\u2019"),
        # regolamento as settlement (see sources)
        other_meanings=(
            "sistema di regolamento", "sistemi di regolamento", "regolamento titoli",
            "rischio di regolamento", "rischi di regolamento",
        ),
        title_starts=("relativo", "relativa", "relativi", "relative", "che modifica",
                      "che stabilisce", "che istituisce", "recante", "concernente", "riguardante",
                      "sulla", "sul", "sui", "in materia"),
        in_title_before=("modifica", "abroga", "e", "o"),
        authors=("del Parlamento europeo e del Consiglio", "del Consiglio", "della Commissione"),
    ),
    examples=(
        ("regolamento (CE) n. 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "regolamento (CE) n. 1049/2001"}),
        ("Direttiva 2001/29/CE", {"kind": "legal_act", "celex": "32001L0029", "normalized": "direttiva 2001/29/CE"}),
        # an ECSC general decision: EUR-Lex 31996S2510 (its Italian title)
        ("DECISIONE N. 2510/96/CECA DELLA COMMISSIONE", {"kind": "legal_act", "celex": "31996S2510", "_span": "DECISIONE N. 2510/96/CECA"}),
        ("regolamento delegato (UE) 2017/2359", {"kind": "legal_act", "subtype": "delegated", "celex": "32017R2359"}),
        ("decisione quadro 2002/584/GAI", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("GU L 119 del 4.5.2016, pag. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("GU L 167, pag. 10", {"kind": "oj", "page": 10}),
        ("articolo 267 TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "articolo 267 TFUE"}),
        ("articolo 288, terzo comma, TFUE", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("causa C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("COM(2008) 815 definitivo", {"kind": "com_document", "normalized": "COM(2008) 815 final"}),
        ("articolo 6, paragrafo 1, lettera a), del regolamento (UE) 2016/679", {"kind": "legal_act", "_span": "regolamento (UE) 2016/679", "pinpoint": "articolo 6, paragrafo 1, lettera a)"}),
    ),
)  # fmt: skip
