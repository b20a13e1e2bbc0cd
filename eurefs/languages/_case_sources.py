"""Where the case words of the language records come from (``Language.cases``: the Court
Reports' abbreviations, a judgment's paragraph words; re-exported by ``_sources``)."""

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
