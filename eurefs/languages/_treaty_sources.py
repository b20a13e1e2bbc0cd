# ruff: noqa: E501
"""Where each record's names of the Euratom Treaty (``EAEC``) and of the ECSC Treaty
(``ECSC``) come from.

Their long names start with the EC Treaty's in most languages (``traité instituant la
Communauté européenne`` + ``de l'énergie atomique``): the grammar reads the longest name
written, and never takes the EC Treaty's name when a longer name of the record goes on
after it (see ``grammar/treaty_names``).  Where no abbreviation was found in a text, the
name written after an article is also the record's abbreviation, as for the Charter,
and the normal form is that name (with its preposition where the language writes one).
"""

from __future__ import annotations

_OTHERS = (
    "the Treaties' titles in this language (EUR-Lex 12016A, 11951K) UNCONFIRMED in a text "
    "read for this project, declined as the record's EC Treaty; no abbreviation in use "
    "found: the normal form is the long name (with its preposition where the language "
    "writes one)"
)

#: language -> where its ``EAEC`` and ``ECSC`` treaty names come from
EAEC_ECSC: dict[str, str] = {
    "en": "after an article, 'Article 37 Euratom' (an EU text on Article 37 as wordscope.be quotes it, with its French 'l'article 37 du traité Euratom'); titles: 'Treaty establishing the European Atomic Energy Community' (its consolidated versions, OJ C 84, 30.3.2010 and C 327, 26.10.2012, as reproduced), 'Treaty establishing the European Coal and Steel Community' (Opinion of AG Roemer in Case 6/54, EUR-Lex 61954CC0006); after an article: 'Article 150 EA' (the Court's judgment in Joined Cases C-123/04 and C-124/04), 'Articles 31 and 32 of the EURATOM Treaty' (a European Parliament committee text), 'Article 37 of the ECSC Treaty' (EUR-Lex 61960CJ0002). No abbreviation of the ECSC Treaty after an article number found (the Court's 'CS' UNCONFIRMED, left out): its normal form is the short name with its preposition",
    "fr": "titles: 'Traité instituant la Communauté européenne de l'énergie atomique' (the Treaty on fr.wikisource, from CVCE), 'traité de la Communauté européenne du charbon et de l'acier' (the Court's Opinion 1/61, 61961V0001, as juricaf.org reproduces it); after an article: 'article 103, alinéa 3, du traité CEEA' (the Court's Ruling 1/78, EUR-Lex 61978CX0001), 'les articles 31 et 32 du traité EURATOM' (a European Parliament committee text), 'l'article 65 ... du traité C.E.C.A.' (judgment 18/60 Worms, as reproduced); the ECSC title with 'instituant' UNCONFIRMED; the bare CEEA and CECA after an article left out (UNCONFIRMED): the normal forms are 'du traité CEEA', 'du traité CECA'",
    "de": "'Vertrag zur Gründung der Europäischen Atomgemeinschaft (nachfolgend „Euratom-Vertrag“)' (a European Parliament text; the consolidated version, ABl. C 203, 7.6.2016, as reproduced), 'ARTIKEL 195 EAG-VERTRAG' (the Court's Ruling 1/78, key words, EUR-Lex 61978CX0001), 'EAG-Vertrag' (AG Jacobs in C-29/99), 'In Artikel 106a EAG' (the Federal Environment Ministry, bmuv.de); 'Vertrag über die Gründung der Europäischen Gemeinschaft für Kohle und Stahl' (the Treaty of 18 April 1951), 'ARTIKEL 95 ... DES EGKS-VERTRAGES' (the Court's Opinion 1/60 of 4 March 1960, as judicialis.de reproduces it); the ECSC forms with 'zur Gründung' UNCONFIRMED, kept so that the EC Treaty's name followed by 'für Kohle und Stahl' is never the EC Treaty",
    "nl": "'artikel 203 van het Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie (hierna \"het Euratom-verdrag\")' (a European Parliament text); 'Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal' UNCONFIRMED in a text read for this project; the Treaties' titles as EUR-Lex gives them in this language (12016A, 11951K) not read for this project",
    "it": "'Trattato che istituisce la Comunità europea dell'energia atomica (EURATOM)' (Gazzetta Ufficiale, 23.12.1957); 'trattato che istituisce la Comunità europea del carbone e dell'acciaio' UNCONFIRMED in a text read for this project (the community's name from it.wikipedia); no short form found: the normal form is the long name with its preposition; the Treaties' titles as EUR-Lex gives them in this language (12016A, 11951K) not read for this project; after an article, 'trattato CECA': 'L' ART . 37 DEL TRATTATO CECA' (the Court's judgment in Joined Cases 2/60 and 3/60, EUR-Lex 61960CJ0002, Italian), 'degli articoli 78 del trattato CECA, 272 del trattato CE e 177 del trattato CEEA' (a European Parliament rule as a public model card quotes it, find_string id 12330208251), with 'trattato CEEA' for Euratom; 'del Trattato istitutivo della Comunità europea del carbone e dell'acciaio' (the Corte costituzionale's judgment n. 98 of 1965, giurcost.org; pages corpus)",
    "es": "'Tratado Euratom' as the Treaty's short name (es.wikipedia: 'Tratado constitutivo de la Comunidad Europea de la Energía Atómica (Tratado Euratom)'); 'Tratado constitutivo de la Comunidad Europea de la Energía Atómica' (its consolidated version, as vLex reproduces it); the ECSC Treaty's title UNCONFIRMED in a text read for this project (the community's name, Comunidad Europea del Carbón y del Acero, from es.wikipedia); the normal form is the long name with its preposition; the Treaties' titles as EUR-Lex gives them in this language (12016A, 11951K) not read for this project; 'Tratado CECA' after an article and as the Court names it: '(Tratado CECA, arts. 33, 34 y 40)' (summary of Joined Cases 42/59 and 49/59 SNUPAT, EUR-Lex 61959CJ0042, Spanish), 'Tratado constitutivo de la Comunidad Europea del Carbón y del Acero (en lo sucesivo, «Tratado CECA»)' (Opinion of AG Fennelly in C-390/98 Banks, EUR-Lex 61998CC0390; pages corpus)",
    "pt": "'Tratado que institui a Comunidade Europeia da Energia Atómica (Euratom)' and 'o objetivo do Tratado Euratom' (EUR-Lex summary LEGISSUM 4301853); the ECSC Treaty's title UNCONFIRMED in a text read for this project (Comunidade Europeia do Carvão e do Aço, pt.wikipedia); 'Tratado CECA' after an article: 'nos termos do artigo 41. do Tratado CECA' (the Court's judgment in C-221/88 Busseni, as docplayer.com.br reproduces the Portuguese Reports; pages corpus)",
    "ro": "'Tratatul de instituire a Comunității Europene a Energiei Atomice' and 'Comunității Europene a Cărbunelui și Oțelului' (ro.wikipedia only): UNCONFIRMED in an EU text read for this project; the genitive (Tratatului) as for the EC Treaty; the Treaties' titles as EUR-Lex gives them in this language (12016A, 11951K) not read for this project",
    "pl": "'Traktatem Euratom' as the Treaty's short name (pl article on the Treaty, encyklopedia.net), in the genitive after an article; 'Traktat ustanawiający Europejską Wspólnotę Energii Atomowej' (Dz.U. 2004.90.864/3, as lexlege.pl reproduces it); the ECSC Treaty's title UNCONFIRMED in a text read for this project (Europejskiej Wspólnoty Węgla i Stali, pl.wikipedia); the genitive as for the EC Treaty; the Treaties' titles as EUR-Lex gives them in this language (12016A, 11951K) not read for this project",
    "cs": "'Smlouva o založení Evropského společenství pro atomovou energii' and 'Evropského společenství uhlí a oceli' (cs.wikipedia only): UNCONFIRMED in an EU text read for this project; the cases as for the EU Treaties; the Treaties' titles as EUR-Lex gives them in this language (12016A, 11951K) not read for this project",
    "da": "'Euratom-traktaten' as the Treaty's short name (da article on the Treaty, da.frwiki.wiki); 'TRAKTAT OM OPRETTELSE AF DET EUROPÆISKE ATOMENERGIFÆLLESSKAB' (EUR-Lex 11957A031); 'Det Europæiske Kul- og Stålfællesskab' (da.wikipedia) in the ECSC Treaty's title UNCONFIRMED",
    "sv": "'Euratomfördraget' (the European Parliament's page on the Treaty, europarl.europa.eu, sv), 'Euratom-fördraget' (ekonomifakta.se) as the Treaty's short name; 'Europeiska kol- och stålgemenskapens höga myndighet' (EUR-Lex 61957CJ0002, Swedish title of the case); the Treaties' titles (fördraget om upprättandet av Europeiska atomenergigemenskapen, ... kol- och stålgemenskapen) UNCONFIRMED in a text read for this project, built as the EC Treaty's",
    "bg": "'като взе предвид Договора за създаване на Европейската общност за атомна енергия, и по-специално членове 41-44 от него', '... предвидени в член 41 от Договора за създаване на Европейската общност за атомна енергия', 'целите на Договора за Евратом' (Commission Regulation (Euratom) No 1352/2003, EUR-Lex 32003R1352, Bulgarian, as the mteb/eurlex-multilingual set reproduces it); the ECSC Treaty's title (Договора за създаване на Европейската общност за въглища и стомана) UNCONFIRMED in a text read for this project",
    **{
        code: _OTHERS for code in ("el", "et", "fi", "ga", "hr", "hu", "lt", "lv", "mt", "sk", "sl")
    },
}

#: Where the words of inserted articles written apart after the number come from
INSERTED_ARTICLES = (
    "the numbering of inserted articles in EU drafting (Article 106a in English, '106 bis' "
    "in French, Italian and Spanish: the consolidated Euratom Treaty, EUR-Lex 12016A, "
    "numbers its Article 106a so, cited in the enacting formula of acts under it, 'et "
    "notamment son article 106 bis'), UNCONFIRMED in a text read for this project"
)

#: language -> where its inserted articles' capitals written apart come from
#: (``article_capitals_apart``)
CAPITALS_APART: dict[str, str] = {
    "en": "the capital apart ('under Article 8 A of the EC Treaty', a form tests/grammar/test_inserted_articles reads) UNCONFIRMED in a text read: English writes the letter glued ('Article 7A EC (previously Article 8A EEC)', Josephine Shaw, The Internal Market Project, link.springer.com; pages corpus; EUR-Lex files the EEC Treaty's Article 100a as CELEX 11957E100A); one of the languages that write it so since the rule was made (1cacdbfe)",
    "fr": "'et notamment son article 57 paragraphe 2 ... et ses articles 66 et 100 A' (Directive 94/22/EC, EUR-Lex 31994L0022, French, as admi.net reproduces it), 'art. 100 A et 130 S Traité CEE' (the Swiss federal administration, JAAC 55.5, vpb.admin.ch)",
    "it": "the capital apart as French writes it ('articoli 100 A e 130 S del trattato CE', a form tests/grammar/test_inserted_articles reads; the EEC Treaty's Article 100 A is EUR-Lex's CELEX 11957E100A) UNCONFIRMED in a text read; one of the languages that write it so since the rule was made (1cacdbfe)",
    "es": "'(Cfr. art. 14 [a. art. 7 A] T.C.E.)' (enciclopedia-juridica.com, 'Mercado interior', beside the judgment in 15/81 Gaston Schul it cites as 'S.T.J.C.E. 5/5/82, C-15/81'; pages corpus): the capital apart, the treaty's abbreviation after it",
    "nl": "'Rechtsgrondslag - Artikel 100 A EG-Verdrag (thans, na wijziging, artikel 95 EG)' (the heading of the Opinion of AG Fennelly in C-376/98, EUR-Lex 61998CC0376, Dutch), 'die is vastgesteld op grondslag van artikel 100 A EG' (a Dutch factsheet on EU data protection law, 5dok.net), 'een op basis van artikel 100 A van het Verdrag vastgestelde handeling' (wordscope.be); pages corpus",
}

#: language -> where the EC Treaty's abbreviation in the consolidated Treaties' headings
#: comes from: each article of the TFEU names its former number, ``(ex Article 234 TEC)``
EX_ARTICLES: dict[str, str] = {
    "fr": "the headings of the consolidated TFEU: 'Article 258 (ex-article 226 TCE)' (EUR-Lex 12008E258, fr), 'Article 335 (ex-article 282 TCE)' (reglementation-polmer.chez-alice.fr, the TFEU); also after a preposition, 'article 234 du TCE'. Articles of the Constitutional Treaty (also TCE in French) are numbered by part ('article I-6'), never read as the EC Treaty's",
    "it": "the headings of the consolidated TFEU: 'Articolo 329 (ex articoli da 27 A a 27 E, da 40 a 40 B e da 43 a 45 del TUE ed ex articoli 11 e 11 A del TCE)' (OJ C 83, 30.3.2010, p. 189, the consolidated TFEU, EUR-Lex 12010E, as slownews.it reproduces it); '(ex articolo 234 del TCE)' as a public code comment on the TFUE's headings quotes it (find_string ids 70074538598, 69152837319)",
    "es": "the headings of the consolidated TFEU: 'Artículo 335. (antiguo artículo 282 TCE)' (the consolidated TFUE, EUR-Lex 12016E, as noticias.juridicas.com reproduces it)",
    "pt": "the headings of the consolidated TFEU: 'Artigo 26.o (ex-artigo 14.o TCE)' (EUR-Lex 12016E026, pt)",
    "mt": "the headings of the consolidated TFEU: 'Artikolu 310 (ex Artikolu 268 TKE)' (the consolidated TFEU, EUR-Lex 12008E, as the Publications Office's catalogue op.europa.eu titles its article in Maltese)",
    "fi": "the headings of the consolidated TFEU: '258 artikla (aiempi EY-sopimuksen 226 artikla)' (EUR-Lex 12008E258, fi), '148 artikla (aiempi EY-sopimuksen 128 artikla)' (op.europa.eu, fi)",
    "sv": "FEG, the headings of the consolidated TFEU: 'Artikel 266 (f.d. artikel 233 FEG)' (EUR-Lex 12016E266, sv), 'Artikel 267 (f.d. artikel 234 FEG)' (EUR-Lex 12008E267 and 12016E267, sv)",
    "ro": "TCE, the headings of the consolidated TFEU: 'Articolul 101 (ex-articolul 81 TCE)' (EUR-Lex 12016E101, ro; sintact.ro, the TFUE: 'Art. 101: (ex-articolul 81 TCE)')",
    "sk": "ZES, the headings of the consolidated TFEU: 'Článok 101 (bývalý článok 81 ZES)' (EUR-Lex 12008E101, sk), 'Článok 101 (pôvodný článok 81 ZES)' (EUR-Lex 12012E101 and 12016E101, sk)",
    "ga": "CCE, the headings of the consolidated TFEU: 'Airteagal 101 (sean-Airteagal 81 CCE)' (EUR-Lex 12016E101, ga)",
    "lt": "EB sutarties (the abbreviation with the word for treaty, in the genitive) and ex (treaty_former_words) before the number, the headings of the consolidated TFEU: '267 straipsnis (EB sutarties ex 234 straipsnis)' (EUR-Lex 12008E267, lt)",
    "hu": "EKSz. (with its dot) and korábbi (former, treaty_former_words) before the number, the headings of the consolidated TFEU: '101. cikk (az EKSz. korábbi 81. cikke)' (EUR-Lex 12016E101, hu)",
    "et": "EÜ asutamislepingu (the abbreviation with the word for treaty, in the genitive, before the article), the headings of the consolidated TFEU: 'Artikkel 101 (endine EÜ asutamislepingu artikkel 81)' (EUR-Lex 12016E101, et), 'Artikkel 267 (endine EÜ asutamislepingu artikkel 234)' (EUR-Lex 12012E267, et)",
}

_R1 = "the title of Council Regulation (EC) No 1/2003 on the rules 'laid down in Articles 81 and 82 of the Treaty' (EUR-Lex 32003R0001)"
_GRAMMAR = "the plural of the record's article words (article_words), as a list of articles takes it in the language's EU texts; the title of Regulation (EC) No 1/2003 in this language (EUR-Lex 32003R0001) UNCONFIRMED in a text read for this change"

#: language -> where its ``article_plural`` (the article word of a list's normal form) comes from
ARTICLE_PLURALS: dict[str, str] = {
    "en": f"{_R1}, as eurlexa.com and parlementairemonitor.nl print it; the Interinstitutional Style Guide, 3.2.3 (pages corpus)",
    "fr": f"{_R1} in French, 'relatif à la mise en œuvre des règles de concurrence prévues aux articles 81 et 82 du traité' (its consolidated text 02003R0001-20090701 as eu.vlex.com prints it; pages corpus)",
    "es": f"{_R1} in Spanish, 'previstas en los artículos 81 y 82 del Tratado' (economia.jcyl.es; pages corpus)",
    "nl": "'betreffende de uitvoering van de mededingingsregels van de artikelen 101 en 102 van het Verdrag' (a Commission text on Regulation (EC) No 1/2003, EUR-Lex 32003R0001, as wordscope.be quotes it; pages corpus)",
    "cs": f"{_R1} in Czech, 'stanovených v článcích 81 a 82 Smlouvy', its recital 1 'musí být články 81 a 82 Smlouvy' (its consolidated text as esipa.cz and novyepis.cz print it; pages corpus)",
    "sl": "the record's plural, its article words mapping the dual and the plural to it (členoma, členov: členi), as the normal form of a list had it before this table ('člena 42 in člena 43(2)' in an enacting formula: 'členi 42 in 43(2) PDEU'); the Slovenian title of Regulation (EC) No 1/2003 (EUR-Lex 32003R0001) UNCONFIRMED in a text read for this change",
    **{code: _GRAMMAR for code in ("it", "pt", "ro", "sv", "el", "bg", "sk", "hr", "mt")},
}

_EU_WHY = (
    " The Treaty on European Union as numbered from Amsterdam (1999) to Lisbon (2009), as "
    "the Court abbreviated it beside its 'EC' for the EC Treaty: a treaty of its own "
    "(code EU), not the TEU, whose numbering differs (Article 35 has no Lisbon equivalent, "
    "Article 47 is now Article 40 TEU). Read only where the citation ends after the "
    "abbreviation (Treaty.closed_abbreviations): it is also a word of prose"
)

#: language -> where its ``EU`` treaty (the Amsterdam and Nice numbering) comes from
FORMER_TEU: dict[str, str] = {
    "en": "the Court's judgment in C-303/05 Advocaten voor de Wereld (ECLI:EU:C:2007:261): '(Police and judicial cooperation in criminal matters – Articles 6(2) EU and 34(2)(b) EU – Framework Decision 2002/584/JHA', '(Arts 34(2)(b) EU and 35(1) EU)', '(Art. 34(2) EU; Council Framework Decision 2002/584, Art. 31(1))', 'Under Article 35(1) EU, the Court has jurisdiction' (as dipublico.org and app.lexploria.com reproduce it; pages corpus)."
    + _EU_WHY,
    "fr": "the Court's judgment in C-105/03 Pupino (ECLI:EU:C:2005:386): '«Coopération policière et judiciaire en matière pénale — Articles 34 UE et 35 UE — Décision-cadre 2001/220/JAI', '(Art. 35 UE)', '(Art. 234 CE; art. 35 UE et 46, b), UE)' (as eu.vlex.com reproduces it); 'ne mentionne pas l'article 35 UE, mais se réfère à l'article 234 CE' (summary of C-467/05 Dell'Orto, EUR-Lex 62005CJ0467_SUM, French); 'des articles 31 UE et 34, paragraphe 2, sous c), UE' (Opinion of AG Kokott in C-105/03, curia.europa.eu; pages corpus)."
    + _EU_WHY,
    "de": "the Court's judgment in C-303/05 Advocaten voor de Wereld, its summary in German: '(Art. 34 Abs. 2 Buchst. b EU und 35 Abs. 1 EU)', '(Art. 34 Abs. 2 EU, Rahmenbeschluss 2002/584 des Rates, Art. 31 Abs. 1)', 'Nach Art. 35 Abs. 1 EU entscheidet der Gerichtshof' (EUR-Lex 62005CJ0303_SUM, German; pages corpus)."
    + _EU_WHY,
    "nl": "the Court's judgment in C-303/05 Advocaten voor de Wereld in Dutch: '„Politiële en justitiële samenwerking in strafzaken – Artikelen 6, lid 2, EU en 34, lid 2, sub b, EU – Kaderbesluit 2002/584/JBZ', '(Art. 34, lid 2, sub b, EU en 35, lid 1, EU)', 'Overeenkomstig artikel 35, lid 1, EU is het Hof' (EUR-Lex 62005CJ0303, Dutch); 'art. 34 lid 2 sub b, EU' (a Dutch case note on Pupino, AB 2006, 108, as the session's brief reports it; pages corpus)."
    + _EU_WHY,
    "da": "the Court's judgment in C-303/05 Advocaten voor de Wereld in Danish: 'Politisamarbejde og retligt samarbejde i kriminalsager – artikel 6, stk. 2, EU og artikel 34, stk. 2, litra b), EU – rammeafgørelse 2002/584/RIA', '[Art. 34, stk. 2, litra b), EU og art. 35, stk. 1, EU]', '(Art. 34, stk. 2, EU; Rådets rammeafgørelse 2002/584, art. 31, stk. 1)' (EUR-Lex 62005CJ0303, Danish; pages corpus)."
    + _EU_WHY,
    "it": "the Opinion of AG Kokott in C-404/07 Katz: 'alle condizioni previste dall'art. 35, nn. 2 e 3, UE, che recita come segue' (EUR-Lex 62007CC0404, Italian; pages corpus); the bare 'articolo 35 UE' UNCONFIRMED in a text read."
    + _EU_WHY,
    "es": "the Court's judgment in C-105/03 Pupino in Spanish: '«Cooperación policial y judicial en materia penal – Artículos 34 UE y 35 UE – Decisión marco 2001/220/JAI', 'con arreglo al artículo 35 UE, por el Juez de Instrucción' (curia.europa.eu), '(Art. 35 UE)', '[Art. 234 CE; arts. 35 UE y 46 UE, letra b)]', '[Art. 249 CE, párr. 3; art. 34 UE, ap. 2, letra b)]' (its summary, EUR-Lex 62003CJ0105, Spanish); 'en el artículo 35 UE, apartados 2 y 3' (Opinion of AG Kokott in C-404/07, curia.europa.eu; pages corpus): the subdivision after the abbreviation, as the Spanish texts write 'artículo 234 CE, párrafo tercero', left out of the span."
    + _EU_WHY,
    "pt": "the Court's judgment in C-303/05 Advocaten voor de Wereld in Portuguese: '«Cooperação policial e judiciária em matéria penal – Artigos 6.°, n.° 2, e 34.°, n.° 2, alínea b), UE', '(Artigo 34.°, n.° 2, UE; Decisão‑quadro 2002/584 do Conselho, artigo 31.°, n.° 1)', 'Nos termos do artigo 35.°, n.° 1, UE, o Tribunal de Justiça' (EUR-Lex 62005CJ0303, Portuguese; pages corpus)."
    + _EU_WHY,
    "mt": "the summary of the Court's judgment in C-28/08 P Bavarian Lager, under its first keyword: '(Artikolu 6 UE, Regolamenti tal-Parlament Ewropew u tal-Kunsill Nru 45/2001 u Nru 1049/2001, Artikolu 4(1)(b))' (EUR-Lex 62008CJ0028, Maltese; pages corpus); the abbreviation after a point's bracket or in a list UNCONFIRMED in a text read."
    + _EU_WHY,
    "cs": "the Opinion of AG Kokott in C-105/03 Pupino in Czech: 'na základě článku 31 EU a čl. 34 odst. 2 písm. b) EU vyložit rámcové rozhodnutí', 'Normativní účinky rámcových rozhodnutí vyplývají z článku 34 odst. 2 písm. b) EU:', 'vyplývá z článku 35 EU. Itálie učinila' (curia.europa.eu, ECLI:EU:C:2004:712, CS); '(Článek 34 EU; listina základních práv Evropské unie, čl. 47; rámcové rozhodnutí Rady 2001/220, čl. 2, 3 a 8)' (the summary of C-507/10, EUR-Lex 62010CJ0507_SUM, Czech); 'na základě článku 35 EU, podaná rozhodnutím' (the judgment in C-404/07 Katz, EUR-Lex 62007CJ0404, Czech; pages corpus)."
    + _EU_WHY,
    "sk": "the Opinion of AG Kokott in C-105/03 Pupino in Slovak: 'na základe článku 31 EÚ a článku 34 ods. 2 písm. b) EÚ uskutočnil výklad', 'vyplývajú z článku 34 ods. 2 písm. b) EÚ:', 'vyplýva z článku 35 EÚ. Taliansko' (EUR-Lex 62003CC0105, ECLI:EU:C:2004:712, as curia.europa.eu prints it, SK; pages corpus)."
    + _EU_WHY,
    "pl": "the Opinion of AG Kokott in C-105/03 Pupino in Polish: 'wykładni decyzji ramowej na podstawie art. 31 i art. 34 ust. 2 lit. b) UE, mianowicie decyzji ramowej Rady 2001/220/WSiSW', 'określa art. 34 ust. 2 lit. b) UE: [...]', 'Z art. 35 UE wynika zastosowanie trybu prejudycjalnego' (EUR-Lex 62003CC0105, Polish, as docplayer.pl copies it; pages corpus)."
    + _EU_WHY,
    "sv": "the Opinion of AG Kokott in C-105/03 Pupino in Swedish: 'tolka ett rambeslut på grundval av artikel 31 och artikel 34.2 b EU. Det rör sig', 'I artikel 34.2 b EU föreskrivs följande', 'Av artikel 35 EU framgår att förfarandet' (EUR-Lex 62003CC0105, ECLI:EU:C:2004:712, as curia.europa.eu prints it, SV; pages corpus): the list was read as Danish, the one record with 'artikel' and the treaty."
    + _EU_WHY,
    "fi": "the summary of the Court's judgment in C-303/05 Advocaten voor de Wereld in Finnish, the abbreviation before the article as Finnish writes 'EY 234 artikla': '(EU 34 artiklan 2 kohdan b alakohta ja EU 35 artiklan 1 kohta)', '(EU 34 artiklan 2 kohta; neuvoston puitepäätöksen 2002/584 31 artiklan 1 kohta)', 'EU 35 artiklan 1 kohdan perusteella yhteisöjen tuomioistuimella on toimivalta' (EUR-Lex 62005CJ0303_SUM, Finnish; pages corpus); before the article the abbreviation is read whatever follows, as the other abbreviations are (grammar/treaty_articles_abbr_first): 'EU 27 jäsenvaltiota', 'EU:n 6 artikla' have no article word right after a number and stay nothing."
    + _EU_WHY,
    "hu": "the Opinion of AG Kokott in C-404/07 Katz in Hungarian, the abbreviation before the article as Hungarian writes 'EK 234. cikk': 'előzetes döntéshozatali hatáskörét az EU 35. cikk (2) és (3) bekezdése szabályozza' (EUR-Lex 62007CC0404, ECLI:EU:C:2008:403, as curia.europa.eu prints it, HU; pages corpus); the Treaty's name 'EU-Szerződés' of the same time (a European Parliament resolution of 2007, see the record's sources) stays the TEU's, as every record's long names do."
    + _EU_WHY,
    "el": "the Court's judgment in C-303/05 Advocaten voor de Wereld in Greek: 'Αστυνομική και δικαστική συνεργασία σε ποινικές υποθέσεις — Άρθρα 6, παράγραφος 2, και 34, παράγραφος 2, στοιχείο β΄, ΕΕ — Απόφαση-πλαίσιο 2002/584/ΔΕΥ' (EUR-Lex 62005CJ0303, Greek; pages corpus); a single article ('άρθρο 35 ΕΕ') UNCONFIRMED in a text read."
    + _EU_WHY,
}
