# ruff: noqa: E501
"""Greek."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._lookalikes import GREEK_TWINS, spellings
from eurefs.languages._oj_sources import EL_NOMINATIVE_MONTHS
from eurefs.languages._sources import sources
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords

_DOMAINS = {
    "ΕΕ": "ΕΕ",
    "ΕΚ": "ΕΚ",
    "ΕΟΚ": "ΕΟΚ",
    "ΕΚΑΧ": "ΕΚΑΧ",
    "ΚΕΠΠΑ": "ΚΕΠΠΑ",
    "ΔΕΥ": "ΔΕΥ",
    "Ευρατόμ": "Ευρατόμ",
}

LANGUAGE = Language(
    code="el",
    name="Greek",
    ecb_prefixes=('ΕΚΤ', 'EKT'),
    ecb_authors=('της Ευρωπαϊκής Κεντρικής Τράπεζας',),
    sources=frozen({"pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'), the intro's article in the act's gender (τον κανονισμό, την οδηγία, τη): 'Έχοντας υπόψη την οδηγία 2000/29/ΕΚ του Συμβουλίου, της 8ης Μαΐου 2000, περί μέτρων κατά της εισαγωγής στην Κοινότητα οργανισμών επιβλαβών ... (1), και ιδίως το άρθρο 14 δεύτερο εδάφιο στοιχεία γ) και δ),' (Commission Implementing Directive (EU) 2017/1279, EUR-Lex 32017L1279, EL); 'Έχοντας υπόψη τον κανονισμό (ΕΕ) αριθ. 1308/2013 ... και την κατάργηση των κανονισμών (ΕΟΚ) αριθ. 922/72, ... ( 1 ), και ιδίως το άρθρο 53,' (Commission Delegated Regulation (EU) 2016/1149 as docplayer.gr reproduces it: a title naming other acts, left undecided); pages corpus", 'month_abbreviations': "dates with the month abbreviated, which EUR-Lex's texts write in full ('της 27ης Απριλίου 2016', EUR-Lex 32016R0679, Greek): '-- Χρόνος δημιουργίας: 07 Δεκ 2020 στις 14:12:54', '-- Χρόνος δημιουργίας: 19 Δεκ 2020 στις 19:43:39' (phpMyAdmin dumps' heads in public repositories, ids 49557336604, 24192491779; find_string 'Δεκ 2020'), '    Created on : 27 Δεκ 2020, 12:07:54 μμ' (a JSP page's head, id 6421072624); the other months as software abbreviates them, UNCONFIRMED in a text read", "domains (Latin lookalikes)": "the domains with Latin letters for Greek capitals of the same shape, as Greek texts keyed on a mixed keyboard type them: 'Η αποστολή της καθορίζεται στο άρθρο 30 της οδηγίας 95/46/ΕΚ και στο άρθρο 14 της οδηγίας 97/66/EΚ' (the Latin E; the Article 29 Working Party's Opinion 5/2000, WP 33, in Greek, as docplayer.gr 775256 copies it; pages corpus), the journal's 'EE' in Latin capitals in the same habit (oj.edition_citations); the other mixes UNCONFIRMED in a text read; EUR-Lex's Greek texts write the Greek capitals, as normal forms do", "author_phrases (in capitals)": "the author between the type word and the number in capitals, which drop the accents: 'ΟΔΗΓΙΑ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ 89/391/ΕΟΚ της 12ης Ιουνίου 1989' (the directive's heading on taxheaven.gr, circular 15692; pages corpus), as the Official Journal's headings in capitals write the author after the number ('ΚΑΝΟΝΙΣΜΟΣ (ΕΚ) αριθ. 1782/2003 ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ', the OJ's Greek text of EUR-Lex 32003R1782 as docplayer.gr 126746 copies it); the Commission's and the legislators' by the same rule, UNCONFIRMED in a text read", "pinpoints.title_ordinals": "an act's ordinal between the pinpoint's link and the act, in the genitive feminine of the directive, as the Court's Greek names the Sixth VAT Directive: 'η έκδοση προδικαστικής αποφάσεως ως προς την ερμηνεία του άρθρου 11 της έκτης οδηγίας 77/388/ΕΟΚ του Συμβουλίου, της 17ης Μαΐου 1977' (the judgment in C-317/94 Elida Gibbs, docplayer.gr/74227964), 'Παραβιάζει τις υποχρεώσεις που υπέχει από το άρθρο 13, B, στοιχείο γγ, της έκτης οδηγίας 77/388' (the judgment in C-45/95 Commission v Italy, taxlawapp.eu, EL; pages corpus); the ordinals other than 'έκτης' (and their older forms, 'δευτέρας') from the language, UNCONFIRMED in a text read", "pinpoints.annexes (παράρτημα)": "an annex before the act, linked by the genitive article as an article is, as the Court's Greek writes it: 'Το παράρτημα I της οδηγίας 96/61, το οποίο επιγράφεται «Κατηγορίες βιομηχανικών δραστηριοτήτων»', 'Το παράρτημα V της ίδιας οδηγίας' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.el); the other cases from Greek grammar, UNCONFIRMED in a text read", "pinpoints.recitals (αιτιολογική σκέψη)": "a recital before the act or an anaphor of it, as the Court's Greek writes it: 'Η διάταξη αυτή πρέπει να ερμηνευθεί υπό το πρίσμα της αιτιολογικής σκέψεως 23 της εν λόγω οδηγίας' (the judgment in C-416/10 Križan as CURIA prints it; ELITR/elitr-testset test.elitr.el); the other cases from Greek grammar, UNCONFIRMED in a text read; σκέψη alone is the Court's paragraph, never a recital", "treaties (EC, EEC, EAEC, ECSC: περί ιδρύσεως)": "the Treaties' older official Greek names, as EUR-Lex titles them: 'Συνθήκη περί ιδρύσεως της Ευρωπαϊκής Οικονομικής Κοινότητος, ( Συνθήκη ΕΟΚ )' (11957E), 'Συνθήκη περί ιδρύσεως της Ευρωπαϊκής Κοινότητας' (11992E/TXT), the enacting formula 'Έχοντας υπόψη: τη συνθήκη περί ιδρύσεως της Ευρωπαϊκής Οικονομικής Κοινότητος, και ιδίως το άρθρο 113' (Council Regulation (EEC) No 900/75, EUR-Lex 31975R0900), and Cypriot statutes: 'Για σκοπούς εφαρμογής των Άρθρων 87 και 88 της Συνθήκης περί Ιδρύσεως της Ευρωπαϊκής Κοινότητας' (the law amending the state-aid control laws 2001 to 2003, Ε.Ε. Παρ. Ι(Ι), Αρ. 3851, 30/4/2004, docplayer.gr; pages corpus); the EEC's name with 'για την ίδρυση' and each with the ending -ας or -ος as the EC's are written; the Euratom and ECSC names so written UNCONFIRMED in a text read, listed so that the EC's name is not read where theirs goes on (grammar/treaty_names.goes_on)", "article_words (Αρθρο, Αρθρου, Αρθρα, Αρθρων)": "the article word with a capital without its accent, as EUR-Lex heads the EEC Treaty's articles ('Αρθρο 227.', 11957E227) and Cypriot statutes cite them: 'για την εφαρμογή των Αρθρων 92 και 93 της Συνθήκης ΕΚ', 'λεπτομερών κανόνων εφαρμογής του Αρθρου 93 της Συνθήκης ΕΚ' (Ε.Ε. Παρ. Ι(Ι), Αρ. 3851, 30/4/2004, docplayer.gr; pages corpus)", "enacting_intros (Έχοντας υπόψη:)": "the colon of older acts before the list of what they have regard to: 'Έχοντας υπόψη: τη συνθήκη περί ιδρύσεως της Ευρωπαϊκής Οικονομικής Κοινότητος, και ιδίως το άρθρο 113, τη σύσταση της Επιτροπής' (EUR-Lex 31975R0900; pages corpus)", "treaties (EEC: ΣΕΟΚ)": "the EEC Treaty abbreviated as Greek legal writing has it beside ΣΕΚ: 'Η αναφορά του αρχικού άρθρου 119 ΣΕΟΚ[1] (σημερινό 157 ΣΛΕΕ) στην ισότητα των αμοιβών' (the General Secretariat for Gender Equality's review of the Court of Justice's judgments on equal treatment, nomothesia.isotita.gr; pages corpus; EUR-Lex writes 'άρθρο 119 της Συνθήκης ΕΟΚ'); read only after an article and its number, as every treaty abbreviation is", 'oj.edition_*': "EUR-Lex's former header: 'Επίσημη Εφημερίδα αριθ. L 260 της 22/10/1968 σ. 0012 - 0016' then 'Φινλανδική ειδική έκδοση: Κεφάλαιο 6 τόμος 1 σ. 0076', 'Δανική ειδική έκδοση: Σειρά I Κεφάλαιο 1968(II) σ. 0500', 'Αγγλική ...', 'Ελληνική ειδική έκδοση: Κεφάλαιο 06 τόμος 1 σ. 0100', 'Ισπανική ...', 'Πορτογαλική ειδική έκδοση : Κεφάλαιο 06 τόμος 1 σ. 0097' (31968L0366; 'Σουηδική ειδική έκδοση' in 31993L0083; pages corpus)", "oj.edition_citations": "the Court's citation of the Greek special edition, alone in brackets after the act, chapter and volume in two and three figures: 'η έκδοση προδικαστικής αποφάσεως ως προς την ερμηνεία του άρθρου 2, παράγραφοι 1 και 4, της οδηγίας 76/207/ΕΟΚ του Συμβουλίου, της 9ης Φεβρουαρίου 1976, ... (EE ειδ. έκδ. 05/002, σ. 70)' (the judgment in C-476/99 Lommers as nomothesia.isotita.gr reproduces it, the journal typed with Latin capitals; pages corpus; EUR-Lex lists the act's 'Greek special edition: Chapter 05 Volume 002 P. 70 - 72', 31976L0207); with the Greek capitals of the record's journal UNCONFIRMED in a text read", "oj.header_journals": "EUR-Lex's former text view heads an act before 2004 with the journal's name, a number marker, the issue (after the series from 1968), the date with slashes and the pages in four figures; read only in that shape, as the words also name national journals: 'Επίσημη Εφημερίδα αριθ. L 282 της 01/11/1996 σ. 0064 - 0067' (Directive 96/69/EC, EUR-Lex 31996L0069, Greek; pages corpus)", 'national_qualifiers (Υπουργική)': "a ministerial decision as Greek law cites it: 'η κοινή υπουργική απόφαση A9/OIK/16954/1248/6.6.2000 των Υπουργών' (Law 4441/2016, ΦΕΚ Α' 227, elib.aade.gr; pages corpus), with its number N/YYYY right after the type word UNCONFIRMED in a text read; EU decisions have the Commission or the Council and an EU domain (EUR-Lex)",
        "back_references.title_restatements (δηλαδή)": "'that is' after a comma, restating the act just cited by a popular name: 'Ο Κανονισμός (ΕΕ) 2016/679 του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου, της 27ης Απριλίου 2016, για την προστασία των φυσικών προσώπων ... και για την ελεύθερη κυκλοφορία των δεδομένων αυτών, δηλαδή ο νέος Γενικός Κανονισμός για την Προστασία Δεδομένων (ΓΚΠΔ) της Ευρωπαϊκής Ένωσης' (consul.gr, 'Τι είναι ο ΓΚΠΔ (GDPR)', quoting the regulation's title as EUR-Lex 32016R0679 gives it in Greek; pages corpus): the name was read as part of the regulation's title; the abbreviation 'δηλ.' UNCONFIRMED in a text read and left out",
        "back_references (του ίδιου, της ίδιας)": "'the same', with the genitive article that is the pinpoint's link, as for 'του εν λόγω' (tests/data/corpus-el G01): 'στο παράρτημα 1 του ίδιου κανονισμού' (a Greek building energy study citing the national regulation KENAK, a public repository); της ίδιας for the feminine (οδηγίας, απόφασης) from Greek grammar, UNCONFIRMED in a text read for the project",
        "article_conjunctions, article_range_words (έως)": "the range word between two case numbers in the Greek Dominguez judgment (tests/data/corpus-el G01, C-282/10: 'C-397/01 έως C-403/01, Pfeiffer κ.λπ., Συλλογή 2004, σ. I-8835'); between article numbers ('άρθρα 3 έως 5') UNCONFIRMED in an act read for the project", "months (nominative)": EL_NOMINATIVE_MONTHS, "article_word_leads": "'και ιδίως το άρθρο 42 και το άρθρο 43 παράγραφος 2' in the citations of Regulation (EU) No 1144/2014 (EUR-Lex 32014R1144, el, OJ L 317/56); τα as in the record's enacting lead", 'national_names': "the state's name after a national body's: 'Η ΕΚΤΕΛΕΣΤΙΚΗ ΕΠΙΤΡΟΠΗ ΤΗΣ ΤΡΑΠΕΖΑΣ ΤΗΣ ΕΛΛΑΔΟΣ' issuing 'Αριθμ. πράξης 131/23-01-2018' (taxsolution.gr, e-forologia.gr; pages corpus), whose board and committees share the EU's words (Συμβουλίου, Επιτροπής); the Central Bank of Cyprus, the Hellenic and Cypriot Republics from Greek usage; the EU's own bodies are the EU's ('της Ευρωπαϊκής Κεντρικής Τράπεζας', EUR-Lex); 'απόφαση αριθ. 12/2010 του Διοικητικού Συμβουλίου της Τράπεζας της Ελλάδος' itself UNCONFIRMED in a text read", 'cases.opinion_words (the cases)': "the Opinion word's cases a citation puts it in ('γνωμοδότησης 2/13', in the Opinion of the Court's own case), beside the nominative of the Opinions' headings on EUR-Lex; from the language's grammar, UNCONFIRMED in a text read for this change", 'act_types (framework_decision without the hyphen)': "Greek statutes write the framework decision as two words: 'Ενσωμάτωση στο ελληνικό δίκαιο α) της Απόφασης Πλαίσιο 2008/909/ΔΕΥ του Συμβουλίου της 27ης Νοεμβρίου 2008, όπως τροποποιήθηκε με την Απόφαση Πλαίσιο 2009/299/ΔΕΥ του Συμβουλίου' (the title of Law 4295/2014, ΦΕΚ Α' 2014, as docplayer.gr/51766 copies it; pages corpus); the genitive with both halves declined ('απόφασης πλαισίου', 'αποφάσεως πλαισίου') by the hyphenated forms, UNCONFIRMED without the hyphen in a text read; EUR-Lex writes 'απόφαση-πλαίσιο', the normal form", 'pinpoints.unlinked_words, pinpoint numbers with the keraia': "Greek statutes cite a provision of a directive with the directive in the genitive and no article: 'Άρθρο 11 – Συμβάσεις υπηρεσιών που ανατίθενται βάσει αποκλειστικού δικαιώματος (άρθρο 11 Οδηγίας 2014/24/ΕΕ)' (the draft of Law 4412/2016 on opengov.gr/ypoian; pages corpus), and number points and subparagraphs by letters with the keraia: 'Ορισμοί (άρθρο 2 και άρθρο 33 παρ. 1 εδάφιο β’ της Οδηγίας 2014/24/ΕΕ ...)' (Law 4412/2016, e-dimos.gr; pages corpus); the regulation's and decision's genitives (Κανονισμού, Απόφασης, Εκτελεστικού, Εκτελεστικής) right after a pinpoint and 'στοιχ. α΄' with the tonos as keraia by the same usage, UNCONFIRMED in a text read; EUR-Lex writes the article before the link ('το άρθρο 11 της οδηγίας 2014/24/ΕΕ')", 'act_types (καν.)': "the abbreviation of κανονισμός in Greek legal writing outside the OJ: 'Κανόνες εφαρμογής του καν.(ΕΚ) 510/2006' (a Greek olive-oil producers' page reproducing Commission Regulation (EC) No 1898/2006, EUR-Lex 32006R1898, elies-ladikalamatiano.gr); with a space after it UNCONFIRMED in a text read", "ecb_prefixes": ECB_NUMBERS["el"],"eu_decisions_need_domain": "Greek courts number their judgments N/YYYY and head or cite them by the number alone: 'ΑΠ 1362/2018 [...] Απόφαση 1362 / 2018    (Β2, ΠΟΛΙΤΙΚΕΣ)' (the Court of Cassation's judgment as taxsolution.gr publishes it), 'ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΠΙΚΡΑΤΕΙΑΣ [...] ΑΠΟΦΑΣΗ 434/2019' (nomotelia.gr; pages corpus): each was an EU decision (no CELEX); EUR-Lex titles number the EU's with their domain or the body ('απόφαση αριθ. 1082/2013/ΕΕ', 'ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ'), and the Court's Greek cites the association's decisions with two figures ('της αποφάσεως 1/80')", "national_author_words": "national authors after the number whose words the EU's share: the Hellenic Competition Commission, which numbers its decisions N/YYYY ('ΑΠΟΦΑΣΗ ΑΡΙΘ. 593/2014 Η ΕΠΙΤΡΟΠΗ ΑΝΤΑΓΩΝΙΣΜΟΥ', docplayer.gr; pages corpus), the municipal councils ('της υπ’ αρ.784/2015 απόφασης του Δημοτικού Συμβουλίου', serres.gr; pages corpus), the regional and prefectural councils, the Cabinet and national authorities (Εθνικής, Υπουργικού) from Greek usage; EU authors from EUR-Lex's wording ('του Συμβουλίου', 'της Επιτροπής'); the form after the number ('απόφαση αριθ. 520/2011 της Επιτροπής Ανταγωνισμού') UNCONFIRMED in a text read", "national_author_links, eu_author_words": "the links of the author phrases and the EU authors of official texts on EUR-Lex ('κανονισμός αριθ. 1/2003 του Συμβουλίου', 'της Ευρωπαϊκής Κοινότητας', 'της Ανωτάτης Αρχής'); national authors capitalised after the link: ministers and their ministries ('απόφασης των Υπουργών Οικονομίας και Οικονομικών', 'έγγραφο του Υπουργού Παιδείας', 'Ο ΔΙΟΙΚΗΤΗΣ ΤΗΣ ΑΝΕΞΑΡΤΗΤΗΣ ΑΡΧΗΣ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ'; Government Gazette pages, docplayer.gr, anaconda.gr; pages corpus); 'Απόφαση αριθ. 123/2010 του Υπουργού Οικονομικών' itself UNCONFIRMED in a text read", "com.type_aliases": "Ε (Greek capital epsilon): Commission Decision 2008/788/EC (EUR-Lex 32008D0788), its title in this language as op.europa.eu publishes it (publication a8b3dcb9-67c6-485e-9cdf-b92233aeb11a: 'Ε(2008) 5533'); COM as in English", "treaties (EC)": "the EC Treaty's name also in the accusative, as the enacting formula writes the Treaties' names (Έχοντας υπόψη τη συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας, και ιδίως το άρθρο 95), as the record's EAEC and ECSC names already are; the form in a Greek act UNCONFIRMED in a text read for this project (the EUR-Lex title of 11992E is the older Συνθήκη περί ιδρύσεως της Ευρωπαϊκής Κοινότητας)", "treaties (EAEC, ECSC)": EAEC_ECSC["el"], "treaties (EU)": FORMER_TEU["el"], "article_plural": ARTICLE_PLURALS["el"], "treaties (CFR)": "the Charter's title (EUR-Lex 12016P/TXT) as real texts write it, declined; real texts: 'στον Χάρτη των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης (άρθρο 15)', 'Τον Χάρτη των Θεμελιωδών Δικαιωμάτων' (the name in the accusative, whose form the genitive after άρθρο shares), 'συμπεριλαμβανομένου του Χάρτη Θεμελιωδών Δικαιωμάτων' (the genitive without των, a Greek public-administration form), 'Ο Χάρτης των Θεμελιωδών Δικαιωμάτων της ΕΕ'; 'άρθρο 47 του Χάρτη ...' itself UNCONFIRMED in a text read for this project (the order and του as for the Treaties). No abbreviation: the normal form is the short name with its article (άρθρο 47 του Χάρτη των Θεμελιωδών Δικαιωμάτων)", **sources("el"), "number_markers (αριθμ.)": "the longer abbreviation of αριθμός in Greek national writing, also before an EU act's number: 'την εφαρμογή του εκτελεστικού κανονισμού (ΕΕ) αριθμ. 543/2011 της Επιτροπής' (the Minister of Rural Development's decision 9475/136897, ΦΕΚ Β' 4728/22.10.2018, as odigostoupoliti.eu reprints it; pages corpus); the OJ writes αριθ. (EUR-Lex), which normal forms keep", "pinpoints.patterns (a letter numeral with its keraia)": "Greek privacy notices write a point's letter numeral right after the paragraph's number, without στοιχ.: 'Νομική βάση: έννομο συμφέρον (άρθρο 6 παρ. 1 στ΄ ΓΚΠΔ)', 'κατά το άρθρο 6 παρ. 1 στ΄ ΓΚΠΔ', 'βάσει του άρθρου 6 παρ. 1 στ΄ του GDPR' (three websites' sources in public repositories, find_string); EUR-Lex writes the point with its word ('άρθρο 6 παράγραφος 1 στοιχείο στ)', Regulation (EU) 2016/679, Article 13(1)(d), Greek); the keraia typed as an apostrophe: 'βάσει έννομου συμφέροντος (Άρθρο 6 παρ. 1 στ' GDPR)', '(άρθρο 6 παρ. 1 στοιχ. στ')' (privacy notices in public repositories, find_string), as the numeral sign: 'του άρθρου 7, στοιχείο στʹ της οδηγίας 95/46/ΕΚ' (lawspot.gr on the judgment in C-708/18; pages corpus)", "pinpoints.words (abbreviations παρ., στοιχ., εδ.)": "Greek national legal writing: 'την ερμηνεία του άρθρου 14 παρ. 4 στοιχ. β της Οδηγίας 2004/38/ΕΚ', 'του άρθρου 6, παρ. 1, της Αποφάσεως-Πλαισίου 2002/584/ΔΕΥ' (the case-law bulletins of CES-DUTH, ces-duth.blogspot.com, summarising the judgments in C-710/19 and C-220/18 PPU); 'του άρθρου 25 παρ.5 του π.δ.113/2013' (immigration.gr, on a decision of the Athens Administrative Court of Appeal); εδ. (εδάφιο) by the same convention, UNCONFIRMED before an EU act in a text read for this project", "treaties (CFR: the nominative, short_names)": "the nominative as the Court's keyword lines open with it, the article the next keyword, then the articles by the short name: '«Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης — Άρθρο 27 — ... — Άρθρο 51, παράγραφος 1, του Χάρτη — Άρθρο 52, παράγραφος 5, του Χάρτη —' (the Opinion of AG Cruz Villalón in C-176/12 Association de médiation sociale, EUR-Lex 62012CC0176, Greek; pages corpus); short_name_stops: the United Nations' Charter (του Χάρτη των Ηνωμένων Εθνών, του Χάρτη του ΟΗΕ), by Greek usage, UNCONFIRMED in a text read", "treaties (CFR abbreviation ΧΘΔΕΕ)": "Greek national legal writing: 'των άρθρων 41 και 47 του Χάρτη των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης (ΧΘΔΕΕ)' (ces-duth.blogspot.com, bulletin on C-710/19); after article numbers 'άρθρα 7, 8, 11, 52 ΧΘΔΕΕ', '52 παρ. 1 ΧΘΔΕΕ' (a Greek lawyers' paper on the judgment in Tele2 Sverige, C-203/15, docplayer.gr)", "pinpoints.words (plurals)": "Interinstitutional Style Guide, el version, 3.2.3 Παραπομπές σε υποδιαιρέσεις πράξεων: subdivisions of one level are named once, in the plural ('τα κεφάλαια Ι και II', 'τα άρθρα 1, 4 και 9'); the plurals στοιχεία (points), παράγραφοι/παραγράφους/παραγράφων (paragraphs) by Greek grammar, UNCONFIRMED in a text read for this project", "back_references": "anaphors: της οδηγίας αυτής (after the type word), της επίμαχης οδηγίας in the development text tests/data/corpus-el G01 (judgment C-282/10); η εν λόγω (the said); legislative markers: the enacting formula (ΕΞΕΔΩΣΑΝ ΤΗΝ ΠΑΡΟΥΣΑ), Εκτιμώντας τα ακόλουθα, article headings; της εν λόγω/του εν λόγω hold the genitive link of a pinpoint before them (το άρθρο 7 της εν λόγω οδηγίας)"}),
    act_types={
        "regulation": ("κανονισμός", "κανονισμού", "κανονισμό", "κανονισμοί", "κανονισμών", "κανονισμούς", "καν.",
                       # titles in capitals drop the accents (``ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2016/679``)
                       "ΚΑΝΟΝΙΣΜΟΣ", "ΚΑΝΟΝΙΣΜΟΥ"),
        "directive": ("οδηγία", "οδηγίας", "οδηγίες", "οδηγιών", "ΟΔΗΓΙΑ", "ΟΔΗΓΙΑΣ"),
        "decision": ("απόφαση", "απόφασης", "αποφάσεως", "αποφάσεις", "αποφάσεων", "ΑΠΟΦΑΣΗ", "ΑΠΟΦΑΣΗΣ"),
        # the genitive declines both halves: ``της απόφασης-πλαισίου του Συμβουλίου`` (COM(2020)
        # 270 final, EUR-Lex 52020DC0270), ``της αποφάσεως-πλαισίου`` (the Court's style)
        "framework_decision": ("απόφαση-πλαίσιο", "απόφασης-πλαισίου", "αποφάσεως-πλαισίου",
                               "απόφασης-πλαίσιο", "αποφάσεως-πλαίσιο", "ΑΠΟΦΑΣΗ-ΠΛΑΙΣΙΟ",
                               # without the hyphen, as Greek statutes write it (see sources)
                               "απόφαση πλαίσιο", "απόφασης πλαίσιο", "απόφασης πλαισίου",
                               "αποφάσεως πλαισίου"),
        "recommendation": ("σύσταση", "σύστασης", "συστάσεως", "συστάσεις", "ΣΥΣΤΑΣΗ", "ΣΥΣΤΑΣΗΣ"),
        "joint_action": ("κοινή δράση", "κοινής δράσης", "κοινής δράσεως"),
        "common_position": ("κοινή θέση", "κοινής θέσης", "κοινής θέσεως"),
    },
    author_phrases=("του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου", "του Συμβουλίου", "της Επιτροπής", "της Ευρωπαϊκής Κεντρικής Τράπεζας",
                    # in capitals, which drop the accents, as headings write them (see sources)
                    "ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ ΚΑΙ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ", "ΤΟΥ ΕΥΡΩΠΑΙΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ ΚΑΙ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ", "ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ", "ΤΗΣ ΕΠΙΤΡΟΠΗΣ"),
    legislator_forms=("του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου",),
    subtypes_before=frozen({"κατ' εξουσιοδότηση": "delegated", "κατ’ εξουσιοδότηση": "delegated", "εκτελεστικός": "implementing",
                            "εκτελεστικού": "implementing", "εκτελεστική": "implementing", "εκτελεστικής": "implementing",
                            "ΚΑΤ' ΕΞΟΥΣΙΟΔΟΤΗΣΗ": "delegated", "ΚΑΤ’ ΕΞΟΥΣΙΟΔΟΤΗΣΗ": "delegated", "ΕΚΤΕΛΕΣΤΙΚΟΣ": "implementing", "ΕΚΤΕΛΕΣΤΙΚΗ": "implementing"}),
    subtype_forms=frozen({"delegated": "κατ' εξουσιοδότηση {word}", "implementing": "εκτελεστικός {word}", "implementing:directive": "εκτελεστική {word}", "implementing:decision": "εκτελεστική {word}"}),
    number_markers=("αριθ.", "αριθμ."),
    number_marker="αριθ.",
    national_author_links=("του", "της", "των"),
    eu_decisions_need_domain=True,  # ``Απόφαση 1362 / 2018``: a court's (see sources)
    # a minister's or ministers' decision (``Υπουργική Απόφαση``, ``κοινή υπουργική απόφαση``)
    national_qualifiers=("Υπουργικ",),
    national_author_words=("Δημοτικού", "Δημοτικής", "Περιφερειακού", "Περιφερειακής", "Νομαρχιακού", "Νομαρχιακής", "Εθνικού", "Εθνικής", "Υπουργικού", "Επιτροπής Ανταγωνισμού", "Επιτροπής Κεφαλαιαγοράς"),
    eu_author_words=("Ευρωπ", "Κοινότητ", "Κοινοτήτ", "Κοινοτητ", "Ένωσ", "Ενωσ", "Ανωτάτ", "Ανωτατ", "ΕΚΤ"),
    national_names=("Ελλάδος", "Ελλάδας", "ΕΛΛΑΔΟΣ", "ΕΛΛΑΔΑΣ", "Κύπρου", "ΚΥΠΡΟΥ", "Ελληνικής Δημοκρατίας", "Κυπριακής Δημοκρατίας"),
    list_conjunctions=("και", "ή", "καθώς και"),
    # (and with Latin letters for the Greek capitals of the same shape: see sources)
    domains=frozen({**_DOMAINS, **{v: d for d in _DOMAINS for v in spellings(d, GREEK_TWINS)}}),
    jha_domains=("ΔΕΥ", *spellings("ΔΕΥ", GREEK_TWINS)),
    ecsc_domains=("ΕΚΑΧ", *spellings("ΕΚΑΧ", GREEK_TWINS)),
    domain_eras=frozen({"ΕΕ": "EU", "ΕΚ": "EC", "ΕΟΚ": "EEC", "ΕΚΑΧ": "ECSC", "ΚΕΠΠΑ": "CFSP", "ΔΕΥ": "JHA", "Ευρατόμ": "Euratom"}),
    hint_words=("και", "της", "του", "των", "το", "τη", "την", "να", "για", "με", "σε", "που", "από", "είναι", "στο", "στην", "ως", "οι", "η", "ο"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ](?:του|της)[ ])(?P<body>(?i:Συμβουλ[ίι]ου[ ](?:Υπουργ[ώω]ν|Σ[ύυ]νδεσης|Συνδ[έε]σεως|Συνεργασ[ίι]ας|Σταθεροπο[ίι]ησης[ ]και[ ]Σ[ύυ]νδεσης|Εταιρικ[ήη]ς[ ]Σχ[έε]σης|του[ ]ΕΟΧ)|Επιτροπ[ήη]ς[ ](?:Σ[ύυ]νδεσης|Πρ[έε]σβεων)|(?:Μεικτ[ήη]ς|Μικτ[ήη]ς|Κοιν[ήη]ς)[ ]Επιτροπ[ήη]ς(?:[ ]του[ ]ΕΟΧ)?)(?:[ ][Α-Ω]{2,5}[-–][Α-ΩΆ-Ώ]\w{1,20})?)(?![\w-])",
        # A body on no list after the number: an adjective or two then Επιτροπής (committee),
        # Υποεπιτροπής or Συμβουλίου, or the noun then its name in the genitive (Επιτροπής
        # Εμπορίου, Επιτροπής των Πρέσβεων ΑΚΕ-ΕΕ). Επιτροπή is also the Commission: bare
        # της Επιτροπής, της Ευρωπαϊκής Επιτροπής and a date or article after it stay the EU's.
        any_after=r"(?i:[ ](?:του|της)[ ])(?!(?i:Ευρωπαϊκ|Οικονομικ))(?P<body>(?i:(?:(?!(?:του|της|των|και)[ ])[^\W\d_]{2,25}(?:ής|ης|ας|άς|ού|ου)[ ]){1,3}(?:Υποεπιτροπ[ήη]ς|Επιτροπ[ήη]ς|Συμβουλ[ίι]ου)(?:[ ](?:των[ ])?(?!(?:της|του|των|τον|την|και|όπως|αυτής|αυτού|αυτών|Ευρωπαϊκ\w*|Κοινοτήτων|Ένωσης)(?!\w))[^\W\d_]{3,25}(?:ου|ού|ης|ής|ας|άς|ων|ών|εως)(?:[ ](?:Σχέσης|Συνεργασίας))?)?|(?:Υποεπιτροπ[ήη]ς|Επιτροπ[ήη]ς|Συμβουλ[ίι]ου)[ ](?:των[ ])?(?!(?:της|του|των|τον|την|και|όπως|αυτής|αυτού|αυτών|Ευρωπαϊκ\w*|Κοινοτήτων|Ένωσης)(?!\w))[^\W\d_]{3,25}(?:ου|ού|ης|ής|ας|άς|ων|ών|εως)(?:[ ](?:Σχέσης|Συνεργασίας))?)(?:[ ][Α-Ω]{2,5}[-–][Α-ΩΆ-Ώ]\w{1,20})?)(?![\w-])",
    ),
    date_words=("της",),
    # (the genitive of dates, then the nominative of the lists of issues: see sources)
    months=(("Ιανουαρίου", "Ιανουάριος"), ("Φεβρουαρίου", "Φεβρουάριος"), ("Μαρτίου", "Μάρτιος"), ("Απριλίου", "Απρίλιος"), ("Μαΐου", "Μάιος"), ("Ιουνίου", "Ιούνιος"), ("Ιουλίου", "Ιούλιος"), ("Αυγούστου", "Αύγουστος"), ("Σεπτεμβρίου", "Σεπτέμβριος"), ("Οκτωβρίου", "Οκτώβριος"), ("Νοεμβρίου", "Νοέμβριος"), ("Δεκεμβρίου", "Δεκέμβριος")),
    month_abbreviations=(("Ιαν",), ("Φεβ",), ("Μαρ",), ("Απρ",), ("Μαΐ",), ("Ιουν",), ("Ιουλ",), ("Αυγ",), ("Σεπ",), ("Οκτ",), ("Νοε",), ("Δεκ",)),
    day_suffixes=("ης", "η"),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation", "joint_action", "common_position"),
    oj=OjWords(
        journals=("ΕΕ",),
        header_journals=('Επίσημη Εφημερίδα',),
        journal_names=("Επίσημη Εφημερίδα της Ευρωπαϊκής Ένωσης", "Επίσημη Εφημερίδα των Ευρωπαϊκών Κοινοτήτων"),
        pages=("σ.",),
        edition_labels=("ειδική έκδοση",),
        edition_languages=MappingProxyType({
            "da": ("Δανική",), "en": ("Αγγλική",), "el": ("Ελληνική",), "es": ("Ισπανική",),
            "pt": ("Πορτογαλική",), "fi": ("Φινλανδική",), "sv": ("Σουηδική",),
        }),
        edition_series=("Σειρά I Κεφάλαιο",),
        edition_chapters=("Κεφάλαιο",),
        edition_volumes=("τόμος",),
        edition_pages=("σ.",),
        # the Court's citation of the Greek edition alone, in brackets after the act (see
        # sources); the journal also typed with Latin capitals
        edition_citations=("ΕΕ ειδ. έκδ. {chapter:02}/{volume:02}[, σ. {page}]",
                           "EE ειδ. έκδ. {chapter:02}/{volume:02}[, σ. {page}]"),
    ),
    treaties={
        "TFEU": Treaty("ΣΛΕΕ", ("ΣΛΕΕ",), ("Συνθήκης για τη λειτουργία της Ευρωπαϊκής Ένωσης", "Συνθήκη για τη λειτουργία της Ευρωπαϊκής Ένωσης")),
        "TEU": Treaty("ΣΕΕ", ("ΣΕΕ",), ("Συνθήκης για την Ευρωπαϊκή Ένωση", "Συνθήκη για την Ευρωπαϊκή Ένωση")),
        "EC": Treaty("ΕΚ", ("ΕΚ", "ΣΕΚ"), ("Συνθήκης ΕΚ", "Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας", "Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας", "Συνθήκης περί ιδρύσεως της Ευρωπαϊκής Κοινότητας", "Συνθήκη περί ιδρύσεως της Ευρωπαϊκής Κοινότητας")),
        "EU": Treaty("ΕΕ", ("ΕΕ",), closed_abbreviations=("ΕΕ",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("ΕΟΚ", ("ΕΟΚ", "ΣΕΟΚ"), ("Συνθήκης ΕΟΚ", *(f"{w} {p} της Ευρωπαϊκής Οικονομικής {c}" for w in ("Συνθήκης", "Συνθήκη") for p in ("περί ιδρύσεως", "για την ίδρυση") for c in ("Κοινότητος", "Κοινότητας")))),  # (sources)
        "EAEC": Treaty("της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας", ("Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας",), ("Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας", "Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας", *(f"{w} περί ιδρύσεως της Ευρωπαϊκής {c} Ατομικής Ενέργειας" for w in ("Συνθήκης", "Συνθήκη") for c in ("Κοινότητος", "Κοινότητας")))),
        "ECSC": Treaty("της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα και Χάλυβα", ("Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα και Χάλυβα",), ("Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα και Χάλυβα", "Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα και Χάλυβα", *(f"{w} περί ιδρύσεως της Ευρωπαϊκής {c} Άνθρακα και Χάλυβα" for w in ("Συνθήκης", "Συνθήκη") for c in ("Κοινότητος", "Κοινότητας")))),
        "CFR": Treaty("του Χάρτη των Θεμελιωδών Δικαιωμάτων", ("Χάρτη των Θεμελιωδών Δικαιωμάτων", "ΧΘΔΕΕ"), ("Χάρτη των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης", "Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης", "Χάρτη Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης", "Χάρτη των Θεμελιωδών Δικαιωμάτων της ΕΕ", "Χάρτη Θεμελιωδών Δικαιωμάτων της ΕΕ", "Χάρτη των Θεμελιωδών Δικαιωμάτων", "Χάρτη Θεμελιωδών Δικαιωμάτων"),
                      short_names=("Χάρτη",), short_name_stops=("των", "του", "ΟΗΕ", "Ηνωμένων")),
    },
    treaty_prepositions=("της", "του"),
    article_words=frozen({"άρθρο": "άρθρο", "άρθρου": "άρθρο", "άρθρα": "άρθρα", "άρθρων": "άρθρα", "Άρθρο": "άρθρο",
                        # (a capital without its accent: see sources)
                        "Αρθρο": "άρθρο", "Αρθρου": "άρθρο", "Αρθρα": "άρθρα", "Αρθρων": "άρθρα"}),
    article_plural=("άρθρο", "άρθρα"),
    article_conjunctions=("και", "ή", "έως"),
    article_range_words=("έως",),
    article_word_leads=("το", "τα"),
    pinpoints=PinpointWords(
        enacting_intros=("Έχοντας υπόψη τον", "έχοντας υπόψη τον", "Έχοντας υπόψη την",
                         "έχοντας υπόψη την", "Έχοντας υπόψη τη", "έχοντας υπόψη τη"),
        links=("του", "της", "των"),
        annexes=("παράρτημα", "παραρτήματος", "παραρτήματα", "παραρτημάτων"),
        recitals=("αιτιολογική σκέψη", "αιτιολογικής σκέψης", "αιτιολογικής σκέψεως",
                  "αιτιολογικές σκέψεις", "αιτιολογικών σκέψεων"),
        # the genitive right after the pinpoint, no article (Greek statutes' headings: see sources)
        unlinked_words=("Οδηγίας", "οδηγίας", "Κανονισμού", "κανονισμού", "Απόφασης",
                        "απόφασης", "Εκτελεστικού", "εκτελεστικού", "Εκτελεστικής",
                        "εκτελεστικής"),
        words=("παράγραφος", "παράγραφο", "παραγράφου", "στοιχείο", "στοιχείου", "εδάφιο", "σημείο",
               "παράγραφοι", "παραγράφους", "παραγράφων", "στοιχεία", "στοιχείων", "παρ.", "στοιχ.", "εδ."),
        # the feminine with περίοδος, περίπτωση (``δεύτερη περίοδος``)
        # a point's letter numeral with its keraia right after a paragraph's number, no word
        # before it (``άρθρο 6 παρ. 1 στ΄ ΓΚΠΔ``)
        # (the keraia as grammar/pinpoint_numbers.KERAIAS reads it: ``στ΄``, ``στʹ``, ``στ'``)
        patterns=(r"[α-ω]{1,2}[\u0384\u0374\u02b9\u2019']",),
        ordinals=("πρώτο", "δεύτερο", "τρίτο", "τέταρτο", "πέμπτο", "έκτο", "τελευταίο",
                  "πρώτη", "δεύτερη", "τρίτη", "τέταρτη", "πέμπτη", "έκτη", "τελευταία"),
        ordinal_nouns=("εδάφιο", "περίοδος", "περίπτωση", "εδάφια", "περίοδοι", "περιπτώσεις"),
        # an act's ordinal between the pinpoint's link and the act, in the genitive feminine of
        # οδηγία (``του άρθρου 11 της έκτης οδηγίας 77/388/ΕΟΚ``; see sources)
        title_ordinals=("πρώτης", "δεύτερης", "δευτέρας", "τρίτης", "τέταρτης", "τετάρτης",
                        "πέμπτης", "έκτης", "έβδομης", "εβδόμης", "όγδοης", "ογδόης", "ένατης",
                        "ενάτης", "δέκατης", "δεκάτης", "ενδέκατης", "δωδέκατης",
                        "δέκατης τρίτης", "δεκάτης τρίτης"),
    ),
    # (older acts put a colon before the list: ``Έχοντας υπόψη: τη συνθήκη περί ιδρύσεως ...``)
    enacting_intros=("Έχοντας υπόψη τη", "έχοντας υπόψη τη", "Έχοντας υπόψη: τη", "έχοντας υπόψη: τη"),
    enacting_leads=(r"και[ ]ιδίως[ ](?:το|τα)",),
    cases=CaseWords(
        words=("υπόθεση", "υποθέσεις", "υπόθεσης"),
        court_reports=("Συλλογή", "Συλλ."),
        pinpoint_words=("σκέψη", "σκέψεις"),
        joined_words=("συνεκδικαζόμενες",),
        opinion_words=("γνωμοδότηση", "γνωμοδότησης", "γνωμοδοτήσεως"),
        label_nouns=(
            "πίνακας", "πίνακα", "σχήμα", "διάγραμμα",
            # the plurals, which open a list of labels
            "πίνακες", "σχήματα", "διαγράμματα",
        ),
        keyword_instruments=("σύμβασ", "συμβάσ", "πρωτόκολλ", "οργανισμ", "κώδικ", "συνθήκ", "χάρτ", "ευρωπαϊκή σύμβαση"),
    ),
    com=ComWords(
        type_aliases=frozen({"Ε": "C"}),
        final_words=("τελικό", "final"),
        proposal_words=(r"πρόταση", r"προτάσεως"),
        communication_words=(r"ανακοίνωση", r"έκθεση", r"λευκή βίβλος", r"πράσινη βίβλος", r"σχέδιο δράσης", r"στρατηγική"),
    ),
    back_references=BackReferenceWords(
        alias_separators=("ή",),
        anaphor_determiners=("η εν λόγω", "Η εν λόγω", "της εν λόγω", "την εν λόγω", "ο εν λόγω",
                             "Ο εν λόγω", "του εν λόγω", "τον εν λόγω", "το εν λόγω",
                             "η επίμαχη", "της επίμαχης", "την επίμαχη", "ο επίμαχος",
                             "του επίμαχου", "τον επίμαχο",
                             # "the same": "στο παράρτημα 1 του ίδιου κανονισμού"
                             "του ίδιου", "της ίδιας"),
        anaphor_determiners_after=("αυτή", "αυτής", "αυτήν", "αυτό", "αυτού", "αυτόν"),
        # the genitive article is the link of a pinpoint: "το άρθρο 7 της εν λόγω οδηγίας"
        linking_determiners=("της εν λόγω", "του εν λόγω", "της επίμαχης", "του επίμαχου",
                             "του ίδιου", "της ίδιας"),
        legislative_markers=("ΕΞΕΔΩΣΑΝ ΤΗΝ ΠΑΡΟΥΣΑ", "ΕΞΕΔΩΣΕ ΤΗΝ ΠΑΡΟΥΣΑ",
                             "ΕΞΕΔΩΣΑΝ ΤΟΝ ΠΑΡΟΝΤΑ", "ΕΞΕΔΩΣΕ ΤΟΝ ΠΑΡΟΝΤΑ",
                             "Εκτιμώντας τα ακόλουθα", "\nΆρθρο 1\n", "\nΆρθρο 2\n"),
        definition_intros=("εφεξής", "στο εξής", "καλούμενη στο εξής", "καλούμενος στο εξής",
                           "καλούμενο στο εξής", "καλούμενη εφεξής", "καλούμενος εφεξής",
                           "καλούμενο εφεξής"),
        unquoted_aliases=True,
        articles=("η", "ο", "το", "της", "του", "την", "τη", "τον", "Η", "Ο", "Το"),
        declined=(("οδηγία", "οδηγίας"), ("κανονισμός", "κανονισμού", "κανονισμό"),
                  ("απόφαση", "απόφασης", "αποφάσεως")),
        title_starts=("σχετικά με", "σχετικά", "για την", "για τον", "για το", "για τη",
                      "για", "περί", "όσον αφορά", "που αφορά", "με την οποία", "με τον οποίο"),
        # ``..., δηλαδή ο νέος Γενικός Κανονισμός ...`` after a regulation's title (sources)
        title_restatements=("δηλαδή",),
        in_title_before=("τροποποίηση", "κατάργηση", "και", "ή"),
        title_dates=(r"της \d{1,2}ης \w+ \d{4}",),
    ),
    examples=(
        ("Κανονισμός (ΕΕ) αριθ. 1089/2010", {"kind": "legal_act", "celex": "32010R1089", "normalized": "κανονισμός (ΕΕ) αριθ. 1089/2010"}),
        ("οδηγίας 2007/2/ΕΚ", {"kind": "legal_act", "celex": "32007L0002", "normalized": "οδηγία 2007/2/ΕΚ"}),
        # a framework decision in the genitive, both halves declined
        ("της απόφασης-πλαισίου 2002/584/ΔΕΥ του Συμβουλίου", {"kind": "legal_act", "_span": "απόφασης-πλαισίου 2002/584/ΔΕΥ", "celex": "32002F0584", "normalized": "απόφαση-πλαίσιο 2002/584/ΔΕΥ"}),
        ("της αποφάσεως-πλαισίου 2008/909/ΔΕΥ", {"kind": "legal_act", "_span": "αποφάσεως-πλαισίου 2008/909/ΔΕΥ", "celex": "32008F0909", "normalized": "απόφαση-πλαίσιο 2008/909/ΔΕΥ"}),
        # the title of an act in the OJ, in capitals without accents
        ("ΕΚΤΕΛΕΣΤΙΚΟΣ ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2019/947", {"kind": "legal_act", "celex": "32019R0947", "normalized": "εκτελεστικός κανονισμός (ΕΕ) 2019/947"}),
        ("ΕΕ L 119 της 4.5.2016, σ. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("άρθρο 267 ΣΛΕΕ", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "άρθρο 267 ΣΛΕΕ"}),
        ("υπόθεση C-302/10", {"kind": "case", "_span": "C-302/10"}),
        ("άρθρο 6, παράγραφος 1, στοιχείο α), του κανονισμού (ΕΕ) 2016/679", {"kind": "legal_act", "_span": "κανονισμού (ΕΕ) 2016/679", "pinpoint": "άρθρο 6, παράγραφος 1, στοιχείο α)"}),
    ),
)  # fmt: skip
