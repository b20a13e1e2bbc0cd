# ruff: noqa: E501
"""Romanian."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    DEFINITIONS,
    JUDGMENT_PINPOINTS,
    KEYWORD_INSTRUMENTS,
    LABEL_NOUNS,
)
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, EX_ARTICLES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_ISG = "Codul de redactare interinstituțional (https://style-guide.europa.eu/ro), partea întâi"
_DEV = "development text tests/data/corpus-ro"

LANGUAGE = Language(
    code="ro",
    name="Romanian",
    ecb_prefixes=('BCE',),
    ecb_authors=('al Băncii Centrale Europene', 'a Băncii Centrale Europene', 'Băncii Centrale Europene'),
    sources=frozen({"pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'): 'având în vedere Regulamentul (CE) nr. 1290/2005 al Consiliului din 21 iunie 2005 privind finanțarea politicii agricole comune (1), în special articolul 42,' (Commission Regulation (EC) No 1848/2006, EUR-Lex 32006R1848, RO; pages corpus)", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "pinpoints.words (secțiunea)": "an article's part, a capital after secțiunea, as the Court's Romanian cites the Sixth VAT Directive: 'se solicită Curții să precizeze domeniul de aplicare al articolului 13 secțiunea A alineatul (1) litera (n) din A șasea directivă 77/388/CEE(2)' and the keyword '– Articolul 13 secțiunea A alineatul (1) litera (n) din Directiva 77/388/CEE –' (the Opinion of AG Bot in C-592/15 British Film Institute, EUR-Lex 62015CC0592 as taxlawapp.eu prints it, RO), '– A șasea directivă 77/388/CEE – Scutire – Articolul 13 secțiunea B litera (b) – Leasing' (the judgment in C-278/18, EUR-Lex 62018CJ0278, RO); pages corpus; the plural UNCONFIRMED in a text read, left out", "pinpoints.amended_by": "the phrase before the amending act, after which a pinpoint is the amended act's: 'Directiva 2006/112/CE, astfel cum a fost modificată prin Directiva 2008/8/CE – Articolele 44, 45 și 47 – Prestare de servicii' (the keyword line of the Court's judgment in C-931/19 Titanium, taxlawapp.eu, RO; pages corpus); the masculine 'modificat' (a regulation amended) UNCONFIRMED in a text read", "hint_words (transpune, abrogă, aceasta, prevazut)": "the verbs of Romanian national writing before the directive a national act transposes or repeals, where the type word is also Spanish (Directiva) and no other word of one language is near: 'Transpune Directiva 1999/31/CE. Abrogă HG 162/2002.' (notes on HG 349/2005 in a public repository), 'Transpune Directiva 2008/52/CE (CELEX 32008L0052)' (a comment on Legea nr. 9/2026 in a public repository), 'România transpune Directiva EU 2023/970. De la acea dată' (a mail template in a public repository), 'HG nr. 321/2005 privind evaluarea si gestionarea zgomotului ambiant — transpune Directiva 2002/49/CE' (a public repository; find_string 'transpune Directiva'): the directives were Spanish; the Romanian of such notes typed without diacritics: 'Aceasta Politica de Cookies a fost redactata in conformitate cu Directiva 2002/58/CE' (a cookie policy in a public repository; find_string 'in conformitate cu Directiva'), 'prevazut in art. 8 alin. (1) din Carta drepturilor fundamentale' (APA Ilfov's privacy notice, a public repository); the other words without diacritics (si, in: also Italian, Spanish, English words) left out; EUR-Lex's Romanian texts write the diacritics (această, prevăzut)", "hint_endings (-ție)": "Romanian nouns end -ție (definite -ția, genitive -ției, plural -ții, -țiile, -țiilor), no other language's words in ț: 'privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu caracter personal' (the title of Regulation (EU) 2016/679, EUR-Lex 32016R0679, Romanian), 'raportat la dispoziţiile art. 37 – 39 din Regulamentul General privind Protecţia Datelor' (primdata.ro, with the cedilla's ţ, as Romanian web texts write it; pages corpus): a word so ended tells Romanian where the hint words tie ('Dispoziții – Directiva 2003/88/CE' was Spanish, the first of those that write the directive alike)", "hint_words (CJUE)": "the Court of Justice (Curtea de Justiție a Uniunii Europene) as Romanian legal writing abbreviates it before a case number: 'art. 82 GDPR, direct în instanță (material + moral; nu simpla încălcare — CJUE C-300/21)' (a note in a public repository; find_string 'CJUE C-'); the judgments on EUR-Lex write 'Hotărârea Curții'; French writes CJUE too (both records: it tells neither alone)", "pinpoints.links (al, ale)": "the genitive's article linking a part to the act declined after it, as Romanian writes it beside din: 'Art. 249 al Tratatului CE' (a Romanian course on EU institutional law, ro.scribd.com; pages corpus), 'Anexa II a Regulamentului (CEE) nr. 1293/79' (students' notes on the judgment in 138/79 Roquette Frères, ro.scribd.com; pages corpus; the feminine a left out, see the record); a recital so linked, 'considerentul 26 al Regulamentului (UE) 2016/679', as an earlier audit for the project reported it, and the plural ale, UNCONFIRMED in a text read for this change", "pinpoints.annexes (anexa), pinpoints.annex_links (la), pinpoints.recitals (considerentul)": f"an annex and a numbered recital as the Style Guide refers to them in the text ({_ISG}, 2.7, publications.europa.eu/code/ro/ro-120700.htm: 'în anexa I, II (sau anexa A, B) la Regulamentul/Directiva/Decizia', 'în considerentul 1'), the annex linked by la, a recital by din as an article is (3.2.3); the genitive before la in an OJ title: 'de modificare a anexei la Decizia de punere în aplicare 2014/709/UE' (Commission Implementing Decision (EU) 2019/793, the contents of OJ L 129 of May 2019 in Romanian as docplayer.ro reproduces them; pages corpus); the other cases and plurals from Romanian grammar, UNCONFIRMED in a text read", "oj.series_words (seria)": "Romanian legislation spells out the series and writes the number marker before the issue: 'publicat în Jurnalul Oficial al Uniunii Europene, seria L, nr. 119 din 4 mai 2016' (Law 190/2018 implementing Regulation (EU) 2016/679 (EUR-Lex 32016R0679), Article 1, as avocatura.com and greeno.ro reproduce it; pages corpus); without the commas and after the abbreviations JO, JOUE UNCONFIRMED in a text read", "oj.journals (JOUE)": "Romanian national legislation names the journal JOUE, in brackets after its full name: 'publicat în Jurnalul Oficial al Uniunii Europene (JOUE) nr. L353 din 31 decembrie 2008' (Government decision 398/2010, legislatie.just.ro; pages corpus); EUR-Lex writes JO; JOUE alone before the series UNCONFIRMED in a text read (French writes it too: the context tells)", "type_adjectives": "EUR-Lex writes the domain, no adjective ('Regulamentul (UE) 2016/679'); national writing and notices: 'În 25 mai 2018 devine aplicabil Regulamentul European 2016/679 privind protectia persoanelor fizice' (a privacy page in a public repository); the feminine and plural forms (Directiva europeană), also without diacritics, and comunitar by Romanian grammar, UNCONFIRMED in a text read", 'oj.edition_*': "the Court's 'JO L 225, p. 16, Editie specială, 05/vol. 5, p. 95' after a comma (judgment C-12/08, Mono Car Styling, as costelgilca.wordpress.com reproduces it, its t with comma lost; pages corpus); Ediție and Ediţie, the word with the letter's two encodings in Romanian texts: UNCONFIRMED in a text read", 'national_author_words (local councils)': "the local and county councils' decisions (Hotărârea Consiliului Local, Consiliul Județean) and the Competition Council (Consiliul Concurenței) by their names in Romanian law, written in small letters too, where EUR-Lex titles write the EU's Council alone or with the Union's name ('a Consiliului', 'Consiliului Uniunii Europene'); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        'national_names': "the state's name after a national body's: 'Președintele Consiliului de administrație al Băncii Naționale a României' signing its regulations ('Regulamentul Băncii Naţionale a României nr. 7/2012'; bnro.ro; pages corpus), whose board shares the Council's word (Consiliului); the EU's is 'al Consiliului' (EUR-Lex); the author after the number UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('avizului 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", "ecb_prefixes": ECB_NUMBERS["ro"],
        "eu_decisions_need_domain": "Romanian national acts are numbered number first with the marker of its EU acts ('Legea nr. 221/2009', 'Regulamentului ASF nr. 3/2014', asfromania.ro), and its courts' and authorities' decisions too, headed and cited by the number alone: 'ICCJ. Decizia nr. 2112/2012. Civil [...] ÎNALTA CURTE DE CASAŢIE ŞI JUSTIŢIE [...] Decizia nr. 2112/2012 Dosar nr. 1074/115/2010' (the High Court of Cassation and Justice's decision as legeaz.net publishes it), 'prin decizia nr. 3226/2008 emisă în baza Legii nr. 10/2001, Rectorul Universităţii Tehnice' (legeaz.net, decision 604/2013), 'Decizie nr. 19/2019 din 03/06/2019 Dosar nr. 490/1/2019' (iccj.ro), 'Decizia nr. 67/2017 Dosar nr. 1166/1/2017' (scj.ro), 'Instanta supremă, prin Decizia nr. 2/2014, pronunţată în cadrul mecanismului de unificare al recursului în interesul legii' (jurisprudenta.com; pages corpus): each was an EU decision; EUR-Lex titles number the EU's with their domain or legislator ('Decizia nr. 1082/2013/UE a Parlamentului European și a Consiliului'). Decisions alone: the Court's Romanian texts cite regulations of before 2015 without their domain ('Articolul 5 al Regulamentului Nr. 1775/2005, coroborat cu Anexa la regulamentul respectiv', E.ON Földgáz Trade as the ACTIONES handbook quotes it, muhaz.org; tests/grammar/test_treaty_articles_ro_genitive), whose CELEX the number gives",
        "eu_union_words": "Romanian regulators number their regulations as the EU numbered its until 2014 and cite them by the number alone: 'Regulamentul nr. 15/2004 privind autorizarea şi funcţionarea societăţilor de administrare a investiţiilor [...] Acte modificatoare : M1 Regulamentul nr. 2/2009 privind regulile de procedură' (the Romanian Securities Commission's (CNVM) regulation, consolidated, as dokumen.tips copies it), 'pentru aprobarea Regulamentului nr. 3/2003 privind autorizarea si functionarea societatilor de administrare a investitiilor [...] ACT EMIS DE: COMISIA NATIONALA A VALORILOR MOBILIARE' (CNVM Order 23/2003, legex.ro; pages corpus): each was an EU regulation (32004R0015, 32009R0002, 32003R0003). The Court's Romanian texts and those that quote them cite the EU's without domain among the Union's words ('în care CJUE a afirmat faptul că „Articolul 5 al Regulamentului Nr. 1775/2005 [...] și Articolul 47 al Cartei Drepturilor Fundamentale a Uniunii Europene', the ACTIONES handbook quoting the Court's judgment in E.ON Földgáz Trade, muhaz.org): such a bare number is an EU regulation only with one of these words within 300 characters (its Court, Union, Community, Treaties, Charter as Romanian writes them, with the cedilla's ţ and without diacritics too), an EU author after it, or the same number cited as an EU act's before; the words' list from the record's own sources and Romanian usage, UNCONFIRMED each in a text read",
        "eu_author_words (Înalta Autoritate, Înaltul Reprezentant)": "the ECSC's High Authority and the High Representative by their two words, not 'Înalt' alone, which also starts the High Court of Cassation and Justice's name after its decisions' number ('Decizia nr. 2/2014 a Înaltei Curţi de Casaţie şi Justiţie', the form of the court's decisions cited in Romanian judgments, UNCONFIRMED with the name after the number): an EU author's word after the number keeps a bare number an EU act's (grammar/national_numbers: 'Regulamentul nr. 1163/2014 al BCE')",
        "national_author_links, eu_author_words": "the links of the author phrases and the EU authors of official texts on EUR-Lex ('Regulamentul (UE) nr. 1163/2014 al Băncii Centrale Europene'); national authors after the number: 'Regulamentului nr. 5/2013 al Autorității de Supraveghere Financiară' (reported by a helper from the search corpus, UNCONFIRMED in a text read for this change) and the National Bank's 'Regulament nr. 5 din 20 decembrie 2013', issuer Banca Națională a României (cdep.ro, legis ida=121564)",
        "treaties (TFEU: a national name)": "the names a Romanian court gives the treaties in its questions referred: '1.Articolul 110 din Tratatul de Funcţionare a Uniunii Europene ( ex-art. 90 din Tratatul privind Înfiinţarea Comunităţii Europene) primul paragraf, în temeiul căruia niciun stat membru nu aplică' (the Tribunalul Suceava's orders of 8 November 2010 in C-29/11 Sfichi and C-30/11 Ilaş, as a note on the Court's judgment in C-402/09 Tatu quotes them, ro.scribd.com; pages corpus); EUR-Lex writes 'Tratatul privind funcționarea Uniunii Europene'; the genitive 'Tratatului de Funcționare ...' UNCONFIRMED in a text read, left out; the EC Treaty's 'Tratatul privind Înființarea Comunității Europene' left out: no longer name of Euratom's in that wording stops it where Euratom's would go on ('... Comunității Europene a Energiei Atomice' would be read as the EC Treaty)",
        "treaty_prepositions (al)": "the genitive's article between an article and the treaty declined after it, as national writing links a part to an act (pinpoints.links): 'Art. 249 al Tratatului CE' (a Romanian course on EU institutional law, ro.scribd.com; pages corpus), 'Art. 47 al CDFUE' (see treaties (CFR)); EUR-Lex writes din",
        "treaties (EAEC, ECSC)": EAEC_ECSC["ro"], "article_plural": ARTICLE_PLURALS["ro"], "treaties (EC, former numbers)": EX_ARTICLES["ro"],
        "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'Articolul 8 alineatul (1) din Carta drepturilor fundamentale a Uniunii Europene' (GDPR recital 1, Romanian, EUR-Lex 32016R0679 as reproduced), 'art. 8 alin. (1) din Carta drepturilor fundamentale a Uniunii Europene', 'articolului 48 din Carta Drepturilor Fundamentale a Uniunii Europene' (capitalised); the short name after a citation in full (short_names, grammar/named_again) in its indefinite form after 'din', as the Court writes it: 'articolul 47 din cartă, care constituie o reafirmare a principiului protecției jurisdicționale efective' (the Court's judgment in C-72/15 Rosneft, paragraphs 73 and 74, as citate.juridice.ro quotes it; pages corpus), 'consacrat la articolul 47 din Cartă' (europarl.europa.eu, ro, 'Accesul la justiție'); never before 'socială', 'europeană', 'a', 'ONU', 'Organizației Națiunilor' (Carta socială europeană, Carta ONU); the genitive after 'al' and the abbreviation CDFUE of Romanian national writing: 'Dreptul la căile de atac eficiente este definit în mod explicit în Art. 47 al CDFUE', '„Articolul 5 al Regulamentului Nr. 1775/2005, coroborat cu Anexa la regulamentul respectiv, și Articolul 47 al Cartei Drepturilor Fundamentale a Uniunii Europene trebuie să se interpreteze' (the ACTIONES handbook on judicial interaction, Romanian, quoting the Court's judgment in E.ON Földgáz Trade, muhaz.org; pages corpus), 'CDFUE – Carta drepturilor fundamentale a Uniunii Europene' (a presentation on the Romanian courts' use of the Charter, Iași 2017, slidetodoc.com; pages corpus); the genitive after din, the plural ale and 'Carta DFUE' (written so in Spanish notes in public repositories: '(Arts. 7-8 Carta DFUE)') UNCONFIRMED in a Romanian text read, left out; the short name alone as a whole keyword of the Court's keyword lines (keyword_short_names), with no citation in full before: '„ Trimitere preliminară – Articolul 267 al treilea paragraf TFUE – [...] – Articolul 47 din cartă – Dreptul la un proces echitabil – Motivare ”' (the Opinion of Advocate General Emiliou in C-144/23 KUBERA, EUR-Lex 62023CC0144, Romanian; pages corpus). No abbreviation: the normal form is the short name with its preposition (articolul 47 din Carta drepturilor fundamentale)",
        "act_types, subtypes_after, treaties (without diacritics)": "Romanian typed without its diacritics (ă, â, î, ș, ț), as national pages and texts write EU citations: 'Regulamentul de punere in aplicare (UE) 2024/2690', 'Regulamentul de punere in aplicare (UE) 2025/1960', 'Deciziei de punere in aplicare (UE) 2021/914' (three public repositories, find_string), 'art. 16 alin. (1) din Tratatul privind functionarea Uniunii Europene' (APA Ilfov's privacy notice, a public repository), 'articolul 148 alineatul (2) din tratatul de instituire a Comunitatii Europene', 'Tratatul privind Uniunea Europeana (1992)', 'actiunea comuna', 'adoptarea actiunii comune', 'pozitiile comune' (the Maastricht Treaty as euroavocatura.ro reproduces it; pages corpus); the acts' forms before a number (Actiunea comuna 98/733/JAI, Pozitia comuna) and the genitives of the names UNCONFIRMED in a text read; the normal forms keep the diacritics, as EUR-Lex writes them",
        "cases.court_reports": COURT_REPORTS["ro"],
        "cases.label_nouns": LABEL_NOUNS["ro"],
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["ro"],
        "pinpoints.links": ACT_PINPOINTS["ro"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["ro"],
        "definitions": DEFINITIONS["ro"],
        "back_references": 'anaphors: această directivă (4 times), acestei directive, directiva menționată (determiner after the type word) in the development texts tests/data/corpus-ro R01, R02 (judgment C-282/10); acest/acestui for the masculine regulament; respectivă; acestei directive (R01: anumite dispoziții ale acestei directive), whose directive is also a plural (after_determiner); Respectiva directivă at the start of a sentence (issue 8 review)',
        "act_types (definite and genitive forms), subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Trimiteri la acte; official texts on EUR-Lex; {_DEV}",
        "oj.journals, oj.pages, date_words, months": f"{_ISG}, 3.1 Trimiteri la Jurnalul Oficial; {_DEV}",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Referiri, 3.2.3 Trimiteri la subdiviziunile unui act; {_DEV}",
        "article_conjunctions (si)": "și typed without its diacritic, as Romanian pages without diacritics write it between article numbers: 'trebuie considerata abuziva in sensul articolelor 3 si 4 din Directiva 93/13' (a ruling of the Court on a penalty in a consumer credit contract under Directives 93/13/EEC and 87/102/EEC, as a Iași law firm's page reproduces it, iasiavocati.ro; pages corpus), where EUR-Lex writes 'articolelor 3 și 4'; between points' letters ('lit. a) si b)') UNCONFIRMED in a text read",
        "pinpoints.words (pct.)": f"{_ISG}, 3.2.3 (punctul); pct., its abbreviation in Romanian legal and data-protection writing: 'Operator în sensul art. 4 pct. 7 GDPR', 'conform Art. 4 pct. 7 din GDPR', 'prevederile art. 4 pct. 2 și 11 și art. 6 alin. (1) lit. a) din Regulamentul (UE) 2016/679' (privacy notices and forms in public repositories); the forms without a blank after an abbreviation's dot (grammar/act_pinpoints: 'CF art.20 alin.(1) lit.b)', 'OMFP 1802/2014 pct.69', 'Art.6 alin.(1) lit.c)' in public repositories); alin and pct without their dots, as Romanian national writing also has them (lit too, not added: it would weaken the German 'lit' in the language evidence): 'Livrari de bunuri scutite cu drept de deducere cf Art. 294 alin (1) lit a) si b) din Codul Fiscal' (ANAF's VAT codes as copied in public repositories), 'Penalitate ... Cod Fiscal Art. 219 alin (1) lit. d', 'Consimțământul - Preambul (32), (42), (43); Art. 6 alin (1) lit. (a)' (a privacy page in a public repository), 'vezi pct 2 din mail' (a note in a public repository); 'art. 4 pct 7 GDPR' named as a miss in the session's brief, before an EU act UNCONFIRMED in a text read",
        "cases.words": f"judgments of the Court of Justice in Romanian; {_DEV}",
        "act_types (Reg.)": "the abbreviation of Regulamentul in Romanian notes outside the OJ: 'Documentul va fi semnat electronic conform Reg. (UE) nr. 910/2014 (eIDAS)' (a contract generator's PDF template), 'Păstrează-l; are valoare juridică conform Reg. (UE) 910/2014 (eIDAS).' (a rental agency's signed-contract e-mail), 'Populare tabel allergens cu cei 14 alergeni standard EU conform Reg. (UE) 1169/2011' (a restaurant database's seed; public repositories, find_string 'conform Reg. (UE)'): the Italian, Portuguese and Spanish records wrote it with the domain UE, and each regulation in a Romanian sentence was Italian ('regolamento (UE) 910/2014', lang it); EUR-Lex writes 'Regulamentul'",
        "article_words (articol)": "the indefinite form after an adjective before the noun, as in a former number: 'Articolul 267 (fostul articol 234 din Tratatul CE): Curtea de Justiție a Uniunii Europene este competentă' (competitionrules.eu, glossary 'Decizie preliminară (art. 267 TFUE)'; pages corpus), where EUR-Lex's headings write 'ex-articolul'; the plural articole UNCONFIRMED in a text read",
        "author_phrases (the bare genitive before the number), author_in_span": "real texts: 'anexa I la Directiva Consiliului 79/409/CEE' (labels of the Natura 2000 standard data form in Romanian, a public repository found with the search tool), 'Directiva Consiliului 89/391/CEE' (a Romanian training provider's page, same search), where EUR-Lex titles write the author after the number ('Directiva 93/13/CEE a Consiliului'); 'Regulamentul Consiliului (CEE) nr. 1408/71' UNCONFIRMED in a text read",
        "hint_words (Comisia, Consiliul, Parlamentul)": "the institutions in the nominative as EUR-Lex texts write them ('COMISIA COMUNITĂȚILOR EUROPENE,', 'CONSILIUL COMUNITĂȚILOR EUROPENE,': the enacting formulas of 32006R1848 and 31972R0574); before a COM number UNCONFIRMED in a text read ('Comisia a prezentat propunerea COM(2020) 842 final.', the sentence of an issue)",
    }),
    act_types={
        "regulation": ("Regulamentul", "Regulamentului", "Regulamentele", "Regulamentelor", "Regulament",
                       "Reg."),  # (Reg.: see sources)
        "directive": ("Directiva", "Directivei", "Directivele", "Directivelor", "Directivă"),
        "decision": ("Decizia", "Deciziei", "Deciziile", "Deciziilor", "Decizie"),
        "framework_decision": ("Decizia-cadru", "Deciziei-cadru", "Deciziile-cadru", "Deciziilor-cadru"),
        "recommendation": ("Recomandarea", "Recomandării", "Recomandările", "Recomandărilor"),
        "joint_action": ("Acțiunea comună", "Acțiunii comune", "Acțiunile comune",
                         "Actiunea comuna", "Actiunii comune", "Actiunile comune"),
        "common_position": ("Poziția comună", "Poziției comune", "Pozițiile comune",
                            "Pozitia comuna", "Pozitiei comune", "Pozitiile comune"),
    },
    # after the number with their link (``Regulamentul (CE) nr. 1/2003 al Consiliului``);
    # between the type word and the number without it, in the genitive the articled type
    # word takes (``Regulamentul Consiliului (CEE) nr. 1408/71``, ``Directiva Consiliului
    # 79/409/CEE``), and then part of the span (author_in_span)
    author_phrases=("al Parlamentului European și al Consiliului", "a Parlamentului European și a Consiliului",
                    "al Consiliului", "a Consiliului", "al Comisiei", "a Comisiei",
                    "al Băncii Centrale Europene", "a Băncii Centrale Europene",
                    "Parlamentului European și al Consiliului", "Parlamentului European și a Consiliului",
                    "Consiliului", "Comisiei", "Băncii Centrale Europene"),
    type_adjectives=("european", "europeană", "europeana", "europene", "comunitar", "comunitară", "comunitara", "comunitare"),
    author_in_span=True,
    national_author_links=("al", "a", "ai", "ale"),
    # (the High Authority, the High Representative: not the High Court, see sources)
    eu_author_words=("Europ", "Comunit", "Înalta Autorit", "Înaltei Autorit", "Înaltul Reprezentant",
                     "Înaltului Reprezentant", "Uniun", "BCE"),
    national_names=("României",),
    eu_decisions_need_domain=True,  # ``Decizia nr. 2112/2012``: a court's (see sources)
    # regulations too, unless the Union's writing is near (``CJUE``, see sources)
    eu_union_words=("CJUE", "CJCE", "TFUE", "TUE", "TCE", "CDFUE", "Curtea de Justiție", "Curtea de Justiţie",
                    "Curtea de Justitie", "Curții de Justiție", "Curţii de Justiţie", "Curtii de Justitie",
                    "Uniunii Europene", "Uniunea Europeană", "Uniunea Europeana", "Comunității Europene",
                    "Comunităţii Europene", "Comunitatii Europene", "Comunităților Europene",
                    "Comunităţilor Europene", "Comunitatilor Europene", "dreptul Uniunii", "dreptul comunitar",
                    "Carta drepturilor fundamentale", "Cartei drepturilor fundamentale"),
    # the local and county councils, also in small letters: the EU's Council is
    # ``al Consiliului`` alone or with the Union's name
    national_author_words=("Consiliului local", "Consiliului județean", "Consiliului judetean",
                           "Consiliului general", "Consiliului Concurenței", "Consiliului Concurentei"),
    legislator_forms=(
        "al Parlamentului European și al Consiliului",
        "a Parlamentului European și a Consiliului",
    ),
    subtypes_after=frozen({"delegat": "delegated", "delegate": "delegated", "delegată": "delegated",
                           "de punere în aplicare": "implementing",
                           "de punere in aplicare": "implementing"}),
    subtype_forms=frozen({"delegated": "{word} delegat", "delegated:directive": "{word} delegată",
                          "delegated:decision": "{word} delegată",
                          "implementing": "{word} de punere în aplicare"}),
    number_markers=("nr.",),
    number_marker="nr.",
    list_conjunctions=("și", "sau", "precum și"),
    domains=frozen({"UE": "UE", "CE": "CE", "CEE": "CEE", "CECO": "CECO", "PESC": "PESC",
                    "JAI": "JAI", "CEEA": "CEEA"}),
    jha_domains=("JAI",),
    ecsc_domains=("CECO",),
    domain_eras=frozen({"UE": "EU", "CE": "EC", "CEE": "EEC", "CECO": "ECSC", "PESC": "CFSP", "JAI": "JHA", "CEEA": "Euratom"}),
    # nouns in -ție, their article and cases, with ț or the cedilla's ţ (see sources)
    hint_endings=("ție", "ția", "ției", "ții", "țiile", "țiilor", "ţie", "ţia", "ţiei", "ţii", "ţiile",
                  "ţiilor"),
    # mostly distinctive words (``la``, ``a`` are Spanish, Italian, French too); ``de`` is
    # counted as well, or a Romanian reference right after ``de`` reads as Spanish or French
    # (ties still go to the languages listed first)
    hint_words=("CJUE", "de", "și", "în", "din", "privind", "care", "este", "sunt", "pentru", "prin", "unei",
                "unui", "această", "acestei", "acestui", "menționat", "menționată", "prezentul",
                "prezenta", "conform", "temeiul", "al", "ale", "cu", "între", "asupra", "sau",
                # frequent in legal prose and written only in Romanian (development text)
                "anumite", "anumitor", "articolul", "articolului", "dreptul", "dreptului",
                "prevăzut", "prevăzută", "prevăzute", "decât", "Consiliului", "Parlamentului",
                # the same, read in the Court's recommendations to national courts (2012/C
                # 338/01, Romanian): '... cu privire la efectuarea trimiterilor preliminare de
                # către instanțele naționale (JO C 160, ...)' (with cedilla letters as well)
                "către", "privire", "naționale", "națională", "naţionale", "naţională",
                # the institutions in the nominative, the subject of a sentence before a
                # reference (``Comisia a prezentat propunerea COM(2020) 842 final``)
                "Comisia", "Consiliul", "Parlamentul",
                # the verbs of a national act before the directive it transposes, and two
                # words above typed without their diacritics (see sources)
                "transpune", "abrogă", "aceasta", "prevazut"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]al?[ ])(?P<body>(?i:(?:Consiliului|Comitetului)[ ](?:de[ ]Mini[șş]tri(?=[ ]?[A-Z]{2,5}[-–])|Ambasadorilor|de[ ]asociere|de[ ]cooperare|de[ ]stabilizare[ ][șş]i[ ](?:de[ ])?asociere|de[ ]parteneriat)|Comitetului[ ]mixt(?:[ ]al[ ]SEE)?|Consiliului[ ]SEE)(?:[ ]?[A-Z]{2,5}[-–][A-ZȚŞȘ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: a committee (``Comitetului``); the EU's institutions are Consiliului, Comisiei.
        any_after=r"(?i:[ ]al?[ ])(?P<body>(?i:subcomitetului|comitetului)(?:[ ][A-Z]{2,6}(?:(?:[-–]|[ ][-–][ ])[A-ZÁ-ŽĂÂÎȘȚ]\w{1,20}){1,2})?)(?![\w-])",
    ),
    date_words=("din",),
    months=(("ianuarie",), ("februarie",), ("martie",), ("aprilie",), ("mai",), ("iunie",),
            ("iulie",), ("august",), ("septembrie",), ("octombrie",), ("noiembrie",), ("decembrie",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position"),
    oj=OjWords(
        journals=("JO", "JOUE"),  # (JOUE: national legislation, see sources)
        series_words=("seria",),  # ``seria L, nr. 119``: national legislation, see sources
        journal_names=("Jurnalul Oficial al Uniunii Europene", "Jurnalul Oficial al Comunităților Europene"),
        pages=("p.",),
        edition_citations=("Ediție specială, {chapter:02}/vol. {volume}, p. {page}", "Ediţie specială, {chapter:02}/vol. {volume}, p. {page}", "Editie specială, {chapter:02}/vol. {volume}, p. {page}"),
    ),
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE",), ("Tratatul privind funcționarea Uniunii Europene",
                                          "Tratatului privind funcționarea Uniunii Europene",
                                          "Tratatul privind functionarea Uniunii Europene",
                                          "Tratatului privind functionarea Uniunii Europene",
                                          "Tratatul de Funcționare a Uniunii Europene")),
        "TEU": Treaty("TUE", ("TUE",), ("Tratatul privind Uniunea Europeană",
                                        "Tratatului privind Uniunea Europeană", "Tratatul UE", "Tratatului UE",
                                        "Tratatul privind Uniunea Europeana", "Tratatului privind Uniunea Europeana")),
        "EC": Treaty("CE", ("CE", "TCE", "Tratatul CE", "Tratatului CE"),
                     ("Tratatul CE", "Tratatului CE", "TCE", "Tratatul de instituire a Comunității Europene",
                      "Tratatului de instituire a Comunității Europene",
                      "Tratatul de instituire a Comunitatii Europene", "Tratatului de instituire a Comunitatii Europene")),
        "EEC": Treaty("CEE", ("CEE", "Tratatul CEE"),
                      ("Tratatul CEE", "Tratatul de instituire a Comunității Economice Europene")),
        "EAEC": Treaty("din Tratatul de instituire a Comunității Europene a Energiei Atomice", ("Tratatul de instituire a Comunității Europene a Energiei Atomice",), ("Tratatul de instituire a Comunității Europene a Energiei Atomice", "Tratatului de instituire a Comunității Europene a Energiei Atomice")),
        "ECSC": Treaty("din Tratatul de instituire a Comunității Europene a Cărbunelui și Oțelului", ("Tratatul de instituire a Comunității Europene a Cărbunelui și Oțelului",), ("Tratatul de instituire a Comunității Europene a Cărbunelui și Oțelului", "Tratatului de instituire a Comunității Europene a Cărbunelui și Oțelului")),
        # (the genitive Cartei and the abbreviation CDFUE after ``al``: national writing, see sources)
        "CFR": Treaty("din Carta drepturilor fundamentale", ("Carta drepturilor fundamentale", "CDFUE"), ("Carta drepturilor fundamentale a Uniunii Europene", "Carta Drepturilor Fundamentale a Uniunii Europene", "Carta drepturilor fundamentale", "Cartei drepturilor fundamentale a Uniunii Europene"),
                      short_names=("cartă", "Cartă"), keyword_short_names=("cartă",), short_name_stops=("socială", "Socială", "europeană", "Europeană", "a", "ONU", "Organizației", "Națiunilor")),
    },
    # (al: the genitive's article, the treaty declined after it, ``Art. 249 al Tratatului CE``)
    treaty_prepositions=("din", "al"),
    article_words=frozen({"articolul": "articolul", "articolului": "articolul", "articolele": "articolele",
                          "articolelor": "articolele", "Articolul": "articolul", "Articolele": "articolele",
                          "ARTICOLUL": "articolul", "art.": "articolul", "articol": "articolul"}),
    # (``si``: și typed without its diacritic, ``articolelor 3 si 4 din Directiva 93/13``)
    article_plural=("articolul", "articolele"),
    article_conjunctions=("și", "si", "sau"),
    pinpoints=PinpointWords(
        enacting_intros=("având în vedere",),
        # (al, ale: the genitive's article before the act declined, ``considerentul 26 al
        # Regulamentului (UE) 2016/679``, ``considerentele 1 și 2 ale``; not the feminine a, which
        # no point's letter could then be)
        links=("din", "al", "ale"),
        # the phrase before an act cited as amending the one before it (see sources)
        amended_by=("astfel cum a fost modificată prin", "astfel cum a fost modificat prin"),
        # ``anexa I la Regulamentul (UE) 2016/679``: an annex linked by its own word; a recital by
        # din (``considerentul 26 din Regulamentul (UE) 2016/679``)
        annexes=("anexa", "anexele", "anexei", "anexelor"),
        annex_links=("la",),
        recitals=("considerentul", "considerentele", "considerentului",
                  "considerentelor"),
        # (``alin``, ``pct`` without their dots, as national writing also has them; not ``lit``,
        # which would weaken what German ``lit`` tells in the language evidence: ``Art 6 lit f
        # GDPR`` is read as German)
        words=("alineatul", "alineatele", "alin.", "alin", "litera", "literele", "lit.",
               "punctul", "punctele", "pct.", "pct", "paragraful", "teza", "liniuța",
               # ``articolul 13 secțiunea B litera (b)``: a part of an article (see sources)
               "secțiunea"),
        words_after_comma=False,
        # ``articolul 288 al treilea paragraf TFUE``, ``alineatul (3) primul paragraf``: the ordinal
        # before the noun, no comma (ISG 3.2.3; development text)
        ordinals=("primul", "prima", "ultimul", "ultima", "al doilea", "al treilea", "al patrulea", "al cincilea",
                  "al șaselea", "a doua", "a treia", "a patra", "a cincea", "a șasea"),
        # ``primul și al treilea paragraf``, also with the plural noun
        ordinal_nouns=("paragraf", "teză", "alineat", "liniuță", "subparagraf", "paragrafe", "teze", "alineate",
                       "liniuțe", "subparagrafe"),
    ),
    enacting_intros=("având în vedere",),
    enacting_leads=(r"în[ ]special",),
    cases=CaseWords(
        words=("cauza", "cauzele", "Cauza", "Cauzele"),
        court_reports=("Rep.",),
        pinpoint_words=("punctul", "punctele"),
        joined_words=("conexate",),
        opinion_words=("avizul", "avizului"),
        label_nouns=(
            "tabelul", "tabel", "figura", "graficul",
            # the plurals, which open a list of labels
            "tabelele", "tabele", "figurile", "graficele",
        ),
        keyword_instruments=("convenți", "convenţi", "protocol", "statut", "regulamentul de procedură", "cod", "tratat", "carta", "cartă", "actul de aderare"),
    ),
    com=ComWords(
        final_words=("final",),
        proposal_words=(r"\bpropuner",),
        communication_words=(r"\bcomunicar", r"\braport", r"\bcartea (?:albă|verde)",
                             r"\bplanul de acțiune", r"\bstrategi"),
    ),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("sau",),
        anaphor_determiners_after=("menționată", "menționate", "menționat", "menționatului",
                                   "respectivă", "respective", "respectiv", "respectivului"),
        # "denumit în continuare" in tests/data/corpus-ro R01 (C-282/10)
        definition_intros=("denumit în continuare", "denumită în continuare",
                           "denumite în continuare", "denumiți în continuare",
                           "numit în continuare", "numită în continuare", "în continuare"),
        declined=(("directiva", "directivei"), ("regulamentul", "regulamentului"),
                  ("decizia", "deciziei")),
        # the genitive of "această directivă" is "acestei directive" (R01, C-282/10: "anumite
        # dispoziții ale acestei directive"), also a plural ("alte directive")
        after_determiner=(("directiva", "directive"), ("decizia", "decizii")),
        title_starts=("privind", "de modificare", "de stabilire", "de abrogare", "referitoare",
                      "referitor", "cu privire la", "în ceea ce privește", "de instituire",
                      "pentru"),
        in_title_before=("modificare a", "abrogare a", "și", "sau"),
        title_dates=(r"din \d{1,2} \w+ \d{4}",),
        self_words=("prezenta", "prezentei", "prezentul", "prezentului"),
        anaphor_determiners=("respectivul", "respectiva", "Respectivul", "Respectiva",
                             "menționat", "menționată", "această",
                             "Această", "acestei", "acest", "Acest", "acestui"),
        # acts call themselves "prezenta directivă", but "această" is kept out of them too
        self_determiners=("această", "Această", "acestei", "acest", "Acest", "acestui"),
        legislative_markers=(
            "ADOPTĂ PREZENT", "ADOPTĂ URMĂTO", "întrucât:", "obligatoriu în toate elementele sale",
            "\nArticolul 1\n", "\nArticolul 2\n",
        ),
    ),
    examples=(
        ("Regulamentul (CE) nr. 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Regulamentul (CE) nr. 1049/2001"}),
        ("Directivei 2001/29/CE", {"kind": "legal_act", "celex": "32001L0029", "normalized": "Directiva 2001/29/CE"}),
        ("Regulamentul delegat (UE) 2019/980", {"kind": "legal_act", "subtype": "delegated", "celex": "32019R0980"}),
        ("Decizia-cadru 2002/584/JAI", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("JO L 119, 4.5.2016, p. 1", {"kind": "oj", "issue": "119", "page": 1, "_before": "publicat în "}),
        ("articolul 267 TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "articolul 267 TFUE"}),
        ("articolul 101 alineatul (1) TFUE", {"kind": "treaty_article", "articles": ["101"]}),
        ("cauza C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("articolul 6 alineatul (1) litera (a) din Regulamentul (UE) 2016/679", {"kind": "legal_act", "_span": "Regulamentul (UE) 2016/679", "pinpoint": "articolul 6 alineatul (1) litera (a)"}),
    ),
)  # fmt: skip
