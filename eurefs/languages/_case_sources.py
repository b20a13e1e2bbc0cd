"""Where the case words of the language records come from (``Language.cases``: the Court
Reports' abbreviations, a judgment's paragraph words, the instruments of its keyword lines;
re-exported by ``_sources``)."""

from __future__ import annotations

_REPORTS_UNSEEN = (
    "judgments of the Court of Justice in this language cite the Reports so; the formula not "
    "yet seen in a text read for this project (UNCONFIRMED)"
)
#: Where each language's abbreviation of the European Court Reports (``cases.court_reports``)
#: was seen after a case number.
COURT_REPORTS: dict[str, str] = {
    "bg": "tests/data/corpus-bg B01 (C-282/10): 'Сборник, стр. I-365'; the French name for "
    "the volumes before the accession: 'BECTU, C-173/99, Recueil, стр. I-4881, точка 43'",
    "cs": _REPORTS_UNSEEN,
    "da": "tests/data/corpus-da D01 (C-282/10): 'BECTU, Sml. I, s. 4881'",
    "de": "tests/data/corpus-de D01 (C-282/10): 'Slg. 2010, I-365'",
    "el": "tests/data/corpus-el G01 (C-282/10): 'Συλλογή 2010, σ. I-365'",
    "en": _REPORTS_UNSEEN,
    "es": "tests/data/corpus-es E01 (C-282/10): 'Marshall, 152/84, Rec. p. 723'",
    "et": "tests/data/corpus-et E01 (C-282/10): 'kohtuasjas C-173/99: BECTU, EKL 2001, lk "
    "I-4881, punkt 43'",
    "fi": "tests/data/corpus-fi F01 (C-282/10): 'tuomio 26.6.2001, Kok., s. I-4881'",
    "fr": _REPORTS_UNSEEN + "; Recueil, the name spelt out, as the EUR-Lex headers write "
    "it ('Recueil de jurisprudence 2001 page I-06193', 61999J0184 as eu.vlex.com prints it; "
    "pages corpus) and as bg, lv, sl texts cite the volumes before their accession; RecFP, the "
    "staff cases' Reports ('RecFP p. I-A-1-123 et II-A-1-456'), UNCONFIRMED in a text read",
    "hu": "tests/data/corpus-hu H01 (C-282/10): 'BECTU-ügyben 2001. június 26-án hozott "
    "ítélet [EBHT 2001., I-4881. o.] 43. pontját'",
    "it": "tests/data/corpus-it I01 (C-302/10, C-282/10): 'Racc. pag. I-179'",
    "lt": "tests/data/corpus-lt T01 (C-282/10): 'Rink. p. I-179'",
    "lv": "tests/data/corpus-lv L01 (C-282/10): 'Schultz-Hoff u.c., Krājums, I-179. lpp.', "
    "and the French name for the volumes before the accession: 'BECTU, Recueil, I-4881. lpp.'",
    "mt": "tests/data/corpus-mt M01 (C-282/10): 'Ġabra p. I-365'",
    "nl": "tests/data/corpus-nl N01 (C-282/10): 'Marshall, 152/84, Jurispr. blz. 723'",
    "pl": (
        "tests/data/corpus-pl P02 (C-282/10): 'w sprawie 152/84 Marshall, Rec. s. 723'; "
        "P01: 'C-350/06 i C-520/06 Schultz-Hoff i in., Zb. Orz. s. I-179, pkt 22'; "
        "Zb.Orz. without the blank UNCONFIRMED"
    ),
    "pt": _REPORTS_UNSEEN,
    "ro": "tests/data/corpus-ro R02 (C-282/10): 'Rep., p. I-179'",
    "sk": "tests/data/corpus-sk K01 (C-282/10): 'Zb. s. I-365'",
    "sl": "tests/data/corpus-sl S01 (C-282/10): 'ZOdl., str. I-365'; the French name for the "
    "volumes before the accession: 'BECTU, C-173/99, Recueil, str. I-4881, točka 43'",
    "sv": "tests/data/corpus-sv S01 (C-282/10): 'REG 2008, s. I-2483', 'REU 2010, s. I-365'",
}


_PIN_SEEN = (
    "the development text tests/data/corpus-{code} (judgment C-282/10 Dominguez), the "
    "paragraph word after a case's report page (the word later judgments write after the "
    "case number or ECLI): "
)

#: Where each language's words of a judgment's paragraph (``cases.pinpoint_words``) come from.
JUDGMENT_PINPOINTS: dict[str, str] = {
    "bg": "the development text tests/data/corpus-bg (judgment C-282/10 Dominguez): "
    "'Решение от 22 ноември 2011 г. по дело KHS, C-214/10, точка 23'; the plural точки",
    "cs": "bod, body as in Slovak (tests/data/corpus-sk); the Czech judgments' word, "
    "UNCONFIRMED in a text read for the project",
    "da": _PIN_SEEN.format(code="da") + "'Sml. I, s. 4881, præmis 43'; the plural "
    "præmisserne UNCONFIRMED in a text read",
    "de": _PIN_SEEN.format(code="de") + "'Slg. 2009, I-3071, Randnrn. 197 und 198'",
    "el": _PIN_SEEN.format(code="el") + "'I-4881, σκέψη 43', 'I-3071, σκέψεις 197 και 198'",
    "es": _PIN_SEEN.format(code="es") + "'I-1281, apartado 15', the plural apartados",
    "et": _PIN_SEEN.format(code="et") + "'I-179, punkt 22', the plural punktid",
    "fi": _PIN_SEEN.format(code="fi") + "the number first: 'I-179, 22 kohta', 'I-3071, 197 ja "
    "198 kohta'",
    "ga": "mír, míreanna: the paragraph word of the Court's Irish judgments, UNCONFIRMED in a "
    "text read for the project",
    "hr": "t. (točka), točka, točke: the Court's Croatian judgments, UNCONFIRMED in a text "
    "read for the project",
    "hu": _PIN_SEEN.format(code="hu") + "the number first, the possessive: 'I-4881. o.] 43. "
    "pontját', 'ítélet 52. pontja'; the bare 'pont' of the later citations (C-311/18, "
    "EU:C:2020:559, 45. pont) UNCONFIRMED in a text read",
    "it": _PIN_SEEN.format(code="it") + "'I-179, punto 22'; the plural punti",
    "lt": _PIN_SEEN.format(code="lt") + "the number first: 'I-4881, 43 punktą', 'I-3071, 197 ir "
    "198 punktus', 'Sprendimo BECTU 52 punktas'",
    "lv": _PIN_SEEN.format(code="lv") + "the number first: 'I-179. lpp., 22. punkts', "
    "'I-3071. lpp., 197. un 198. punkts'",
    "mt": _PIN_SEEN.format(code="mt") + "'I-179, punt 22', the plural punti",
    "nl": _PIN_SEEN.format(code="nl") + "'I-1281, punt 15', the plural punten",
    "pl": _PIN_SEEN.format(code="pl") + "'Zb. Orz. s. I-8835, pkt 114'",
    "pt": "n.º, n.os: the sign of CURIA's Portuguese texts ('artigo 22.°, n.° 2', Opinion in "
    "C-268/13, curia.europa.eu); before a judgment's paragraph UNCONFIRMED in a text read",
    "ro": _PIN_SEEN.format(code="ro") + "'I-2483, punctul 100', the plural punctele",
    "sk": _PIN_SEEN.format(code="sk") + "'I-179, bod 22', the plural body",
    "sl": _PIN_SEEN.format(code="sl") + "'I-4881, točka 43', the dual 'točki 197 in 198'",
    "sv": _PIN_SEEN.format(code="sv") + "'I-179, punkt 22', the plural punkterna",
}


_LABELS_PLAIN = (
    "the language's words for a table and a figure as captions write them, plainly naming a "
    "part of a document (no judgment of the Court names a case by them), and their plurals, "
    "which open a list of labels (each number of the list is one: grammar/case_lists."
    "label_listed); a lettered label after them UNCONFIRMED in a text read"
)
#: Where each language's label nouns (``cases.label_nouns``: a court letter's number right
#: after one is a label, no case) come from.  Languages that write the number before the
#: noun (Hungarian ``1. táblázat``, Latvian ``1. tabula``, Lithuanian ``1 lentelė``) have none.
LABEL_NOUNS: dict[str, str] = {
    "en": "labels lettered by an appendix in real texts: 'Table C-15, Appendix C-8 of Book "
    "I' (the official Super Nintendo development manual as a public repository cites it), "
    "'Figure C-1 shows a pair of binomial distributions' (a statistics text in a public "
    "repository), 'Annex C-1: An updated/revised copy' and 'Annex C-5' (public repositories; "
    "all found with find_string): an annex's or appendix's letter, then its part; no judgment "
    "of the Court names a case by these words, and no text read writes a case's number right "
    "after one. fig., chart, graph, diagram, box (a report's text box), exhibit (the "
    "claimant's exhibits of arbitration, 'Exhibit C-1'): the same labels, UNCONFIRMED before a "
    "lettered one in a text read. Not map (Dutch map is a folder, which a case may name). The "
    "plurals, which open a list of labels (each number of the list is one, grammar/case_lists."
    "label_listed): 'Figures C-1 and C-2 show examples of RDM messages' (a CCSDS standard's "
    "annex), 'FGR 15 Tables C-1-C-3', 'Tables C-9/C-11' (an SPE monograph as cited), 'Exhibits "
    "C-1 and C-2 (original TI schedules)', 'Appendices C-D', 'Annexes C-L' (public "
    "repositories, found with find_string; none a case); figs., charts, graphs, diagrams, "
    "boxes, appendixes by the same use, UNCONFIRMED before a lettered label in a text read",
    "fr": "'CNB 2020, Annexe C, Tableau C-2 : charges de neige', 'décision PO 18/07/2026, "
    "Annexe C-7' (public repositories, found with find_string); fig., graphique, encadré, "
    "schéma, diagramme, appendice by the same use, UNCONFIRMED before a lettered label in a "
    "text read; no judgment of the Court names a case by them; not carte (a card as well as a "
    "map). The plurals, which open a list of labels: 'Colonnes E et F des annexes C-1 a C-3', "
    "'enregistrée plat par plat dans la caisse (annexes C-1 à C-3)' (a public repository, "
    "found with find_string); tableaux, figures, graphiques, encadrés, schémas, diagrammes, "
    "appendices by the same use, UNCONFIRMED before a lettered label in a text read",
    "de": "'Tabelle C-1: Begriffe der Deep16' (Anhang C of a manual), 'Anlage C-02.1 "
    "„Leistungsverzeichnis“' (a tender's annexes), 'Tabelle C-1991' (a software manual's "
    "index; public repositories, found with find_string); Abb., Abbildung, Grafik, Schaubild, "
    "Diagramm, Anhang by the same use, UNCONFIRMED before a lettered label in a text read; no "
    "judgment of the Court names a case by them. Not Übersicht (an overview, which may be a "
    "case's: 'Übersicht C-311/18'), nor Karte. The plurals, which open a list of labels: "
    "'Gerätehandbuch 09/2021, ..., Kapitel 5.4.13 sowie Tabellen C-3 und C-4' (a public "
    "repository citing a Siemens manual, found with find_string); Abbildungen, Grafiken, "
    "Schaubilder, Diagramme, Anlagen, Anhänge by the same use, UNCONFIRMED before a lettered "
    "label in a text read",
    "es": "'La tabla C-1 describe algunos de estos argumentos', 'el Apéndice C (Tabla C-1, "
    "EMT)' (public repositories, found with find_string); cuadro, recuadro, gráfico, figura: "
    + _LABELS_PLAIN
    + "; the plurals, which open a list of labels: 'las tablas C-2 y C-4 no tienen ni curva "
    "ni ficha', 'figuras C-1 a C-7 del prototipo (pp. 106-109)' (public repositories, found "
    "with find_string); cuadros, recuadros, gráficos by the same use, UNCONFIRMED",
    "it": "'il fattore di influenza delle tensioni della tabella C-7', 'tabella C-A-7.1 del "
    "commentario AISC' (public repositories, found with find_string); figura, grafico, "
    "riquadro: " + _LABELS_PLAIN,
    "pt": "'A tabela C-1 descreve os argumentos mais comuns', 'EOW Type 7 (Tabela C-9-1)' "
    "(public repositories, found with find_string); quadro, figura, gráfico: " + _LABELS_PLAIN,
    "nl": _LABELS_PLAIN + "; not kader (a framework: 'in het kader van')",
    "da": _LABELS_PLAIN,
    "sv": _LABELS_PLAIN,
    "fi": _LABELS_PLAIN + "; with the inessive of 'taulukossa', 'kuviossa' (plural "
    "'taulukoissa', 'kuvioissa')",
    "et": _LABELS_PLAIN + "; with the inessive and adessive of 'tabelis', 'joonisel' (plural "
    "'tabelites', 'joonistel')",
    "pl": _LABELS_PLAIN + "; with the locative of 'w tabeli', 'na rysunku', 'na wykresie' "
    "(plural 'w tabelach', 'na rysunkach', 'na wykresach')",
    "cs": _LABELS_PLAIN + "; with the locative of 'v tabulce', 'na obrázku' (plural 'v "
    "tabulkách', 'na obrázcích'); not graf (Graf is a party's name: C-190/98 Volker Graf)",
    "sk": _LABELS_PLAIN + "; with the locative of 'v tabuľke', 'na obrázku' (plural 'v "
    "tabuľkách', 'na obrázkoch'); not graf (see cs)",
    "sl": _LABELS_PLAIN + "; with the locative of 'v tabeli', 'v preglednici', 'na sliki' "
    "(plural 'v tabelah', 'v preglednicah', 'na slikah'); not graf (see cs)",
    "hr": _LABELS_PLAIN + "; with the locative of 'u tablici', 'na slici' (plural 'u "
    "tablicama', 'na slikama', 'na grafikonima')",
    "ro": _LABELS_PLAIN + "; with the article, as captions write them ('Tabelul 1', "
    "'Figura 1', 'Graficul 1'; plural 'tabelele', 'figurile', 'graficele')",
    "bg": _LABELS_PLAIN,
    "el": _LABELS_PLAIN + "; with the accusative of 'στον πίνακα' (plural 'στους πίνακες')",
    "mt": _LABELS_PLAIN,
    "ga": _LABELS_PLAIN + "; not fíor (figure, but also 'true')",
}


#: Where every language's first words of the instruments in the Court's keyword lines
#: (``cases.keyword_instruments``) come from.
KEYWORD_INSTRUMENTS = (
    "the nouns of the titles as EUR-Lex publishes them in each language (the Convention for "
    "the Protection of Human Rights and Fundamental Freedoms as the Charter's explanations "
    "cite it, OJ C 303, 14.12.2007; the Statute and the Rules of Procedure of the Court of "
    "Justice; the Staff Regulations; the Customs Code; the Acts of Accession; the agreements "
    "and protocols), from the language's own words for them, UNCONFIRMED one by one in a "
    "keyword line read for this change"
)
