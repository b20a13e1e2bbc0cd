# ruff: noqa: E501
"""Spanish."""

from __future__ import annotations

from types import MappingProxyType

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

_ISG = "Libro de estilo interinstitucional (https://style-guide.europa.eu/es), parte primera"
_DEV = "development text tests/data/corpus-es"

#: The ordinals of the units (``decimotercero``, ``vigésimo primero``)
_ORDINAL_UNITS = "primero|segundo|tercero|cuarto|quinto|sexto|séptimo|octavo|noveno"

LANGUAGE = Language(
    code="es",
    name="Spanish",
    ecb_prefixes=('BCE',),
    ecb_authors=('del Banco Central Europeo', 'del BCE'),
    sources=frozen({"pinpoints.ordinal_endings": "the feminine ordinal in figures with its dot and raised letter, 3.ª, 23.ª (the masculine 1.º also an article's: pinpoints.ordinal_sign), as the RAE's rules have it (sinerrores.blogspot.com; pages corpus), and without the dot as writing often has it; the Style Guide's Spanish part and a text writing one before a name UNCONFIRMED", "eu_decisions_need_domain": "the decisions of other organisations' councils and commissions, numbered N/YYYY and cited by the number alone in Spanish, as Mercosur's Common Market Council's are listed: 'Decisión Nº004/2020 Procedimiento de tramitación sobre clasificación arancelaria de mercaderías en la nomenclatura común del MERCOSUR' (the OAS trade information system's index of the Council's decisions, sice.oas.org/Trade/MRCSRS/Decisions/Indice.asp), 'Decisión  13/2013   CONSEJO DEL MERCADO COMUN', 'Decisión  18/1998 CONSEJO DEL MERCADO COMUN' (Argentina's legal database, servicios.infoleg.gob.ar, the links of a norm; pages corpus): each was an EU decision (no CELEX); EUR-Lex's Spanish writes the EU's numbered number first with their domain ('Decisión n.º 1082/2013/UE del Parlamento Europeo y del Consejo')", "pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead with no word referring back (English writes 'thereof'): 'Visto el Reglamento (CE) no 2799/98 del Consejo, de 15 de diciembre de 1998, por el que se establece el régimen agromonetario del euro (2), y, en particular, su artículo 3, apartado 2,' (Commission Implementing Regulation (EU) No 419/2012, EUR-Lex 32012R0419, ES); 'Vista la Directiva 2004/68/CE del Consejo, ..., se modifican las Directivas 90/426/CEE y 92/65/CEE ... ( 1 ), y, en particular, su artículo 3, apartado 1,' (Commission Implementing Regulation (EU) No 644/2012 as pdfslide.es reproduces it: a title naming other acts, left undecided); pages corpus", "oj.qualifiers (CEE)": OJ_EEC_QUALIFIER.format(example='DO CEE L 210 de 7.8.1985, p. 29', number='Directiva 85/374/CEE'), "month_abbreviations": "dates in prose with the month abbreviated, which EUR-Lex's texts write in full: 'Created on 3 dic. 2020', 'Created on: 24 dic. 2020', 'Mar. 2015 — Dic. 2020', 'Sept. 2020' (public repositories; find_string 'dic. 2020'); the other months as software abbreviates them, UNCONFIRMED in a text read", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "treaty_now_words": "the Court's citation of an article of the EC Treaty as it stood before 1 May 1999, its article since in a bracket (the Court's note on the citation of articles of the Treaties, curia.europa.eu, content/juris/noteinfo.htm, English 'now'): 'una decisión prejudicial sobre la interpretación del artículo 85 del Tratado CE (actualmente artículo 81 CE)' (the judgment in C-453/99 Courage v Crehan, the ECR's Spanish page I-6314 as pdfslide.tips copies it), 'Artículo 85, apartado 1, del Tratado CE (actualmente artículo 81 CE, apartado 1)' (the judgment of the Court of First Instance in T-25/99 Roberts, curia.europa.eu, ES; pages corpus); actual UNCONFIRMED in a text read", "article_words (ARTICULO, ARTICULOS)": "the capitals without their accent, as EUR-Lex's older headers of the Court's judgments and Opinions set them: 'SEGURIDAD SOCIAL - PENSION DE INVALIDEZ - ARTICULO 46, APARTADO 2, LETRA A) DEL REGLAMENTO (CEE) NO 1408/71 - COMPUTO DE LA ULTIMA RETRIBUCION' (the Opinion of AG Jacobs in C-406/93 Reichling, EUR-Lex 61993CC0406), 'INTERPRETACION DE LOS ARTICULOS 11, 17, Y 27 DE LA SEXTA DIRECTIVA DEL IVA' (the judgment in C-62/93 BP Soupergaz, EUR-Lex 61993CJ0062 as taxlawapp.eu prints it), 'INTERPRETACION DEL ARTICULO 33 DE LA SEXTA DIRECTIVA IVA' (the Opinion of AG Darmon in C-208/91 Beaulande, EUR-Lex 61991CC0208; pages corpus); the words in small letters without the accent UNCONFIRMED in a text read, left out", "enacting_leads (y, en particular, su)": "the lead set off by commas, as older acts write it: 'Visto el Tratado constitutivo de la Comunidad Europea y, en particular, su artículo 93,' (Council Directive 2008/9/EC, EUR-Lex 32008L0009 as the BOE reproduces it, DOUE-L-2008-80272; pages corpus), beside the EUR-Lex acts' 'y en particular su'", "hint_words (europea)": "the Union's name, the most frequent phrase of Spanish EU writing ('Diario Oficial de la Unión Europea', EUR-Lex's Spanish texts), whose adjective the Italian record held alone (its author phrase 'della Banca centrale europea'): 'la nueva Ley 23/2014, de 20 de noviembre, de reconocimiento mutuo de resoluciones penales en la Unión Europea, art. 4.3, Ley que deroga la anterior 3/2003. La STJ c-303/05, Advocaten voor de Wereld, 3-5-2007 (ECLI:EU:C:2007:261)' (prontuario.org on Framework Decision 2002/584/JHA; pages corpus): the ECLI was Italian", "hint_endings (-ción, -sión)": "Spanish nouns end -ción, -sión (Portuguese -ção, -são; Italian -zione, -sione; French -tion, -sion): 'relativo a la protección de las personas físicas en lo que respecta al tratamiento de datos personales y a la libre circulación de estos datos' (the title of Regulation (EU) 2016/679, EUR-Lex 32016R0679, Spanish), 'la vulneración del derecho a la tutela judicial efectiva puede invocarse en cualquier procedimiento' (castillocalvin.com), 'La vulneración de este derecho puede alegarse ante los Tribunales Ordinarios' (uninotas.net; pages corpus): a word so ended tells Spanish where the hint words tie ('vulneración del art. 24.1 CE' was Italian, whose del Spanish shares)", "hint_words (le, les, no)": "the pronouns and the negation, as frequent in Spanish as the French articles and the Portuguese contraction written alike: 'Si bien no determina claramente el art. 24 qué ha de entenderse por tutela judicial efectiva' (eliasymunozabogados.com, diccionario jurídico), 'si bien no puede traducirse en la completa constitucionalización de los derechos procesales' (lajuridica.es), 'Sentencias del Juzgado de Distrito de Piedrahita (Avila) de fechas 9 y 22 de mayo, que le habían condenado como autor de faltas' (Tribunal Constitucional, Auto 745/1984, hj.tribunalconstitucional.es/de/Resolucion/Show/9013), 'ante la negativa de los moradores a que se efectuaran los registros, se les comunic[ó]' (a judgment of the Tribunal Constitucional, hj.tribunalconstitucional.es/gl-ES/Resolucion/Show/381), 'si se le impide o dificulta gravemente, durante un proceso, efectuar alegaciones' (eliasymunozabogados.com, diccionario jurídico; all pages corpus): without them a Spanish le told French alone and a Spanish no Portuguese ('el derecho que le asiste a la tutela judicial efectiva (art. 24.1 CE)' was French, article 24.1 CE; 'Esto no da lugar a la tutela judicial efectiva (art. 24.1 CE)' Portuguese, artigo 24.1 CE)", "pinpoints.keyword_recitals": "a recital by its ordinal written out after its word, as a keyword of the Court's keyword line: '«Procedimiento prejudicial — Directiva 93/13/CEE — Considerando decimotercero — Artículo 1, apartado 2 — Contratos celebrados con los consumidores — ...»' (the judgment in C-280/13 Barclays Bank, EUR-Lex 62013CJ0280, Spanish; pages corpus); the other ordinals by Spanish grammar, UNCONFIRMED in a text read", "hint_words (TJUE)": "the Court of Justice as Spanish legal writing abbreviates it: 'tras la sentencia del TJUE de 27/01/2022 (C-788/19)', 'jurisprudencia del TJUE sobre desindexación (C-131/12, C-136/17)', 'Reglamento (CE) 261/2004 y jurisprudencia del TJUE' (notes in public repositories; find_string 'del TJUE'); the judgments on EUR-Lex write 'Sentencia del Tribunal de Justicia'; Portuguese writes TJUE too (both records: it tells neither alone)", "type_adjectives": "EUR-Lex writes the domain, no adjective ('Reglamento (UE) 2016/679'); national writing and notices: 'En cumplimiento de lo dispuesto en el Reglamento Europeo 2016/679 General de Protección de Datos', 'según lo estipulado en el Reglamento Europeo 2016/679, de 27 de abril de 2016', 'la Directiva europea 2002/58/CE (ePrivacy)', 'el Real Decreto 235/2013 transpone la directiva europea 2010/31/UE' (privacy notices and teaching material in public repositories); comunitario and the plurals by Spanish grammar, UNCONFIRMED in a text read", 'oj.edition_*': "EUR-Lex's header of 31977L0452 ('Edición especial en finés : Capítulo 6 Tomo 1 p. 0198', 'Edición especial griega: ...', 'Edición especial en español: ...'); the Court's 'EE 05/01, p. 98' after 'DO L 149, p. 2;' (the Opinion in C-73/99, EUR-Lex 61999CC0073); the other editions' languages by analogy", "oj.header_journals": "EUR-Lex's former text view heads an act before 2004 with the journal's name, a number marker, the issue (after the series from 1968), the date with slashes and the pages in four figures; read only in that shape, as the words also name national journals: 'Diario Oficial n° L 046 de 17/02/1997 p. 0001 - 0019' (Council Directive 96/96/EC, EUR-Lex 31996L0096, Spanish; pages corpus)", 'national_author_words (councils, commissions)': "Spanish councils and commissions by their names in Spanish law (Consejo de Estado, Consejo de Ministros, the islands' Consejo insular, the municipal and county councils, Comisión para el Mercado de las Telecomunicaciones), where EUR-Lex titles write the EU's Council alone ('Reglamento (CE) n.º 1/2003 del Consejo', EUR-Lex 32003R0001); the form with an EU type word and a number N/YYYY right before them UNCONFIRMED in a text read",
        "article_word_leads": "'y en particular su artículo 42 y su artículo 43, apartado 2' in the citations of Regulation (EU) No 1144/2014 (EUR-Lex 32014R1144, es, OJ L 317/56); sus as in the record's enacting lead", "oj.journal_names": OJ_NAMES, "ecb_prefixes": ECB_NUMBERS["es"],
        "number_markers (número)": "the number word spelt out, as national texts write it: "
        "'El Reglamento (CE) número 1907/2006 del Parlamento Europeo y del Consejo' (a Real "
        "Decreto, boe.es BOE-A-2022-9381, twice); EUR-Lex itself writes 'n.º'",
        "act_types (Reg.)": "the abbreviation of Reglamento in Spanish notes outside the OJ: '| 08 | 14 alérgenos del Reg. (UE) 1169/2011 Anexo II + RD 126/2015; S/T/N; especie obligatoria para cereal y fruto de cáscara' (a Spanish restaurant-management tool's data notes; a public repository, find_string 'el Reg. (UE)'): the Italian and Portuguese records wrote it with the domain UE, and the regulation in a Spanish sentence was Italian ('regolamento (UE) 1169/2011', lang it); EUR-Lex writes 'Reglamento'",
        "act_types (Dir.)": "the abbreviation of Directiva in Spanish notes outside the OJ: '(50 ug/m3, coincide con el limite diario de la Dir. 2008/50/CE)' (an air-quality analysis's notes), '**Transposición de la Dir. 2024/1788 a España** (reforma de Ley 34/1998, RD 1434/2002, RD 949/2001)' (a hydrogen-network regulatory calendar; public repositories, find_string 'de la Dir. 2'): only the English, French and Italian records wrote it so, and each directive in a Spanish sentence was French ('directive 2008/50/CE', lang fr); EUR-Lex writes 'Directiva'",
        "article_words (art)": "the abbreviation without its dot, as Spanish notes write it before a treaty's abbreviation: the key concepts of a Spanish foreigners' office search page, 'Art 50 TUE. Retirada Reino Unido', 'Asilo / Apátrida / Desplazados o protección internacional', 'Familiar de ciudadano de UE' (a public repository; find_string 'art 50 TUE'), and before the GDPR's Spanish name: 'Cláusula de datos (Art 13 RGPD)' (a consent form in a public repository): only the French and Polish records wrote it so, and the article was French; EUR-Lex writes 'art.' or 'artículo'",
        "article_words (arts.)": "Spanish national writing: 'se describen en los arts. 40 y 42 del RGPD' (guidelines.panelfit.eu, es, on Article 24 GDPR), 'los vigentes arts. 258 y 260 del Tratado' (elderecho.com, on the judgment of 20 May 2010 against Spain, C-158/09)",
        "treaties (EC: national_abbreviations, national_marks)": "Spanish legal writing abbreviates its Constitution CE after an article number, as the Court's Spanish texts abbreviated the EC Treaty from 1999 to 2009 ('[Art. 234 CE; arts. 35 UE y 46 UE, letra b)]', the summary of the judgment in C-105/03 Pupino, EUR-Lex 62003CJ0105, Spanish): 'La Constitución Española de 1978 [...] 1 En adelante CE. [...] (artículos 9.1, 9.2, 53.1, 53.3 CE) [...] el artículo 168 CE exige' (M. Hernández Ramos, 'Apuntes sobre la tutela jurisdiccional de los derechos fundamentales en el ordenamiento jurídico constitucional español', derecho.unam.mx, as es.slideshare.net reproduces it), 'extramuros del art. 24.1 CE [...] los pronunciamientos del TC' (A. González Alonso's thesis on Article 24.1 of the Constitución Española, portalcientifico.unav.edu), 'El artículo 53.2 de la Constitución Española (CE) señala que los derechos reconocidos en los artículos 14 a 29 CE [...] ante el Tribunal Constitucional (TC)' (wikiderecho.net), 'Fundamentos y Alcance del Artículo 24 CE' (uninotas.net), 'La Sentencia del Tribunal Constitucional 102/1984 -STC' (derechoconstitucional.es; all pages corpus); the court's remedy and its statute: 'En el recurso de amparo núm. 4011-2020, promovido por la asociación Òmnium Cultural [...] por vulneración de sus derechos fundamentales a la legalidad sancionadora (art. 25.1 CE), en relación con el art. 9.3 CE; a la tutela judicial efectiva (art. 24.1 CE)' (a judgment of the Tribunal Constitucional, hj.tribunalconstitucional.es/fr/Resolucion/Show/27942: its excerpt without the court's name read three EC Treaty articles), 'la Ley Orgánica 2/1979, de 3 de octubre, del Tribunal Constitucional (en adelante, LOTC)' (A. de la Oliva Santos, 'La perversión jurídica del amparo constitucional en España', document-andresdelaoliva.blogspot.com; pages corpus): near the Constitution's or its court's name, its remedy (recurso de amparo) or its statute (LOTC) a bare CE is no treaty (a text that cites both loses the treaty's: a miss, not a wrong reference); TCE and Tratado CE stay the treaty's",
        'hint_words (the judgment and the Court)': "the judgment as the Spanish titles of judgments on EUR-Lex name it ('Sentencia del Tribunal de Justicia (Gran Sala)'; 'sentencia de 28 de junio de 2022, Comisión/España, C-278/20, EU:C:2022:503', F. Castillo de la Torre and P. Nemeckova, Crónica de jurisprudencia del Tribunal de Justicia, Revista de Derecho Comunitario Europeo 73, cepc.gob.es; pages corpus) and STJUE, the judgment of the Court as Spanish legal writing abbreviates it before the case number: 'Tras la invalidacion del Privacy Shield (Schrems II, STJUE C-311/18)', 'STJUE C-402/07 (Sturgeon): equipara cancelaciones con retrasos >= 3h.', '(STJUE C-393/09 BSA y C-406/10 SAS Institute)', '- STJUE C-869/19, Caso Unión de Créditos Inmobiliarios' (notes and code in public repositories; find_string), where no other word told the case number's language (English)",
        "treaties (EC: national_marks la Constitución, national_mark_stops)": "the Constitution named with its article and no adjective, in a text that also names the Treaties: 'ningún artículo 2 del TUE [...] era necesario reformar la Constitución [...] la reforma previa de la CE (como sucedió con lamodificación del art. 13.2 CE con la firma del T. de Maastricht)' (a history of Spain's accession, upohistoriaeconomica.blogspot.com; pages corpus): the Union's words near kept 'art. 13.2 CE' the EC Treaty's. Not where words after it make it another constitution: the Constitutional Treaty ('Tratado por el que se establece la Constitución Europea', a Consejo de Estado opinion as pdfslide.es copies it; 'una Constitución para Europa') or another state's as the Court's Spanish texts on EUR-Lex name them (la Constitución italiana, de la República Portuguesa, de Irlanda: UNCONFIRMED in a text read); the Court's texts that name another state's constitution without them lose a bare CE near (a miss, not a wrong reference)",
        "treaties (EC: union_marks)": "the Court's Spanish texts that cite the EC Treaty as CE name the Court, the Member States or the Community around it ('El Tribunal de Justicia', 'los Estados miembros', 'Derecho comunitario', the judgment in C-105/03 Pupino, EUR-Lex 62003CJ0105, Spanish); Spanish legal writing cites its Constitution as CE with none of its national marks near as often: 'Derecho a la inviolabilidad del domicilio (Art. 18.2 CE) [...] Libertad de expresión y derecho a la información (Art. 20 CE)' (a course on the Constitution's Title I for civil-service examinations, academiabigbang.com), 'El art. 148.1 CE dispone que las Comunidades Autónomas podrán asumir competencias en las siguientes materias' (derechouned.com), 'debemos acudir al art. 149 de la CE' (vademecumlegal.es; all pages corpus): each was an EC Treaty article. So a bare CE is read as the treaty only with a word of the Union's writing within the national marks' reach (a citation given alone, as parse reads the normal form 'artículo 234 CE', still is): with neither near nothing tells which, and a miss is no wrong reference",
        "national_dates": "'se modifica el Reglamento 1/2005, de 15 de septiembre, de los aspectos accesorios' and 'Ley Orgánica 6/1985, de 1 de julio' (BOE-A-2005-15939, BOE-A-2010-4127 on boe.es): national acts cited number first, the date without year; EU acts carry the year of their date (EUR-Lex 32005R0001: 'Reglamento (CE) n.º 1/2005 del Consejo, de 22 de diciembre de 2004')",
        "national_author_links, eu_author_words": "a national author or title after the number: 'por el que se aprueba el Reglamento 1/1998, del Consejo General del Poder Judicial, de tramitación de quejas y denuncias' (BOE-A-1999-2176), 'por el que se aprueba el Reglamento 2/2011 de la Carrera Judicial' (BOE-A-2011-8049), both the judiciary council's (pages corpus, boe.vlex.es); EU authors as official texts on EUR-Lex name them ('Reglamento (CE) n.º 1/2003 del Consejo', 'Decisión n.º 2/54 de la Alta Autoridad')",
        "treaties (EAEC, ECSC)": EAEC_ECSC["es"], "article_capitals_apart": CAPITALS_APART["es"], "treaties (EU)": FORMER_TEU["es"], "article_plural": ARTICLE_PLURALS["es"], "treaties (EC, former numbers)": EX_ARTICLES["es"], "article_number_suffixes": INSERTED_ARTICLES,
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, es) and its short form; the abbreviation after an article number (CDFUE) from legal writing, UNCONFIRMED in a text read for this project; the name with the abbreviation UE and without its article (la Carta de Derechos Fundamentales de la UE (CDF), economiasimple.net on the TFUE; Carta de Derechos Fundamentales de la Unión Europea, Spanish Wikipedia on the TFUE); TFEU: Tratado de Funcionamiento de la UE as Spanish legal writing shortens the name: 'Según el artículo 286 del Tratado de Funcionamiento de la UE, los miembros del Tribunal de Cuentas' (a Spanish civil-service test), 'Art. 287 Tratado de Funcionamiento de la UE' (public documents found with find_string: ids 15223159328, 56733525741); the short name after a citation in full (short_names, grammar/named_again): 'Con la entrada en vigor del Tratado de Lisboa y de la Carta de Derechos Fundamentales de la Unión Europea es cada vez más frecuente la fundamentación directa de la jurisprudencia en el artículo 47 de la Carta' (an article's abstract, repositorio.pucp.edu.pe/index/handle/123456789/173927; pages corpus); never before 'de', 'de las', 'Social', 'Europea' (la Carta de las Naciones Unidas, la Carta Social Europea)",
        "cases.court_reports": COURT_REPORTS["es"],
        "cases.label_nouns": LABEL_NOUNS["es"],
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["es"],
        "pinpoints.links": ACT_PINPOINTS["es"],
        "pinpoints.words (incisos)": "the plural of inciso, as EUR-Lex's Spanish title of C-264/18 (62018CJ0264) lists a point's subpoints: 'Directiva 2014/24/UE — Artículo 10, letra c), y letra d), incisos i), ii) y v) — Validez' (pages corpus); without it the keyword's pinpoint was cut to 'Artículo 10, letra c), y letra d'",
        "pinpoints.words (parte, ap.)": "a part of an article, a capital after the word, as the Court's Spanish cites the Sixth VAT Directive's Article 13 A, B, C: '«Impuesto sobre el valor añadido — Sexta Directiva 77/388/CEE — Artículo 13, parte A, apartado 1, letra n) — Exención de determinadas prestaciones de servicios culturales', 'se pide al Tribunal de Justicia que precise el alcance del artículo 13, parte A, apartado 1, letra n), de la Sexta Directiva 77/388/CEE. (2)' (the Opinion of Advocate General Bot in C-592/15 British Film Institute, EUR-Lex 62015CC0592, as taxlawapp.eu prints it in Spanish); apartado abbreviated in the Court's summaries: '[Directiva 77/388/CEE del Consejo, art. 13, parte A, ap. 1, letra f)]' (the summary of the judgment in C-407/07 Stichting Centraal Begeleidingsorgaan voor de Intercollegiale Toetsing, taxlawapp.eu, Spanish); pages corpus",
        "pinpoints.after_treaty": "the Court's Spanish sets an article's pinpoint after the treaty: 'para alcanzar el resultado que ésta persigue y atenerse así a lo dispuesto en el artículo 288 TFUE, párrafo tercero' (the judgment in C-282/10 Domínguez, paragraph 24, CURIA's text in tests/data/corpus-es), '(Art. 101 TFUE, ap. 1)' (the summary of the General Court's judgment in T-472/13 Lundbeck, curia.europa.eu, ES; pages corpus); Spanish legal writing too: 'en virtud del art. 19 TUE, apdo. 1, párr. segundo [...] y del art. 267 TFUE, párrs. segundo y tercero' (Revista de Derecho Comunitario Europeo 70, crónica de jurisprudencia mayo-agosto 2021, cepc.gob.es; pages corpus)",
        "pinpoints.words, pinpoints.ordinal_nouns (apdo., apdos., párr., párrs.)": "apartado and párrafo abbreviated, as Spanish legal writing cites treaty articles and acts: 'en virtud del art. 19 TUE, apdo. 1, párr. segundo [...] y del art. 267 TFUE, párrs. segundo y tercero' (Revista de Derecho Comunitario Europeo 70, its chronicle of the Court's judgments of May to August 2021; see pinpoints.after_treaty), 'Conforme al art. 15, apdo. 3, TFUE, al art. 42 de la Carta [...] y al art. 2, apdo. 1, del Reglamento (CE) n.º 1049/2001' (a Spanish note on access to documents), 'el art. 25, apdo. 1, del Reglamento (UE) 2024/1781' (a data file's Spanish notes on EU acts; public repositories, found with find_string): the treaty article after 'apdo.' was nothing, the paragraphs lost; the plural apdos. by the same abbreviation, UNCONFIRMED in a text read",
        "pinpoints.leads": "subdivisions written before the article, the order of Spanish EU texts before the Style Guide put the article first: 'el apartado 6 del artículo XXIV del GATT' (Commission Regulation (EC) No 2019/2006, EUR-Lex 32006R2019, Spanish; pages corpus), and of Spanish national writing ('la letra a) del apartado 1 del artículo 6'); before an EU act UNCONFIRMED in a text read here",
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["es"],
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["es"],
        "back_references.definition_intros (en adelante)": "'(en adelante, RGPD)', '(en adelante LOPDGDD)' in the Spanish Data Protection Agency's resolutions (AEPD, as derecholocal.es reproduces them; pages corpus), where the Court's judgments write 'en lo sucesivo'; '(en adelante, el «Reglamento»)' after an EU act UNCONFIRMED in a text read",
        "back_references.fused_articles": "the prepositions fused with the article before a type word, beside the article apart ('de la Directiva 2003/88' in tests/data/corpus-es): 'vulneró el art. 6.1 del RGPD' (the AEPD's resolution of 19 December 2024, as derecholocal.es reproduces it; pages corpus); before a defined type word: 'conforme al artículo 77 del Reglamento' after '(en adelante, el «Reglamento»)': the preamble of the Spanish Data Protection Agency's resolutions (AEPD, as derecholocal.es reproduces them; pages corpus) and the Opinion in C-70/03 ('de la Directiva' with the article apart); 'al Reglamento' from the language's grammar, UNCONFIRMED in a text read",
        "back_references": "definitions: (en lo sucesivo, «Directiva») and its uses (de la Directiva) in the Opinion in C-70/03 Commission v Spain (CURIA, 29 April 2004); title words and authors: " + f"{_ISG}, 3.2; anaphors: dicha Directiva, la citada Directiva in the development text tests/data/corpus-es E01 (judgment C-282/10); masculine forms for Reglamento; este/esta (this) left out; pinpoint links: 'artículo 7 de dicha Directiva', 'artículo 15 de la citada Directiva' in tests/data/corpus-es E01; pinpoint words anexo, considerando: Spanish legal usage (UNCONFIRMED in a text read for the project); del citado/del mencionado, the written contraction of de + el citado (al citado: a + el); el referido Reglamento in the Court's Recommendations to national courts on preliminary references (2012/C 338/01, OJ C 338, 6.11.2012, p. 1, Spanish); mismo/misma after the article, which is the pinpoint's link ('El artículo 45 del mismo Reglamento especifica', a note on the Spanish Senate's rules, and 'el art. 17 del mismo reglamento dice', a note on a Costa Rican regulation: public repositories; after an EU act UNCONFIRMED in a text read for the project)",
        "act_types, subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Referencias a los actos; official texts on EUR-Lex; {_DEV}",
        "oj.journals, oj.pages, date_words, months": f"{_ISG}, 3.1 Referencias al Diario Oficial; {_DEV}",
        "oj.journals («DOUE», «DOCE»)": "the BOE sets the journals' abbreviations in guillemets, its own and the EU's: 'Publicado en: «DOUE» núm. 427, de 30 de noviembre de 2021, páginas 140 a 148' (the BOE's record of Delegated Regulation (EU) 2021/2088, EUR-Lex 32021R2088, boe.es DOUE-L-2021-81643; pages corpus), where the issue has no series and the citation stays none (an issue from 1968 on is L's or C's); with the series ('«DOUE» L 119', '«DOCE» núm. L 12', the forms the session's brief reported from Spanish texts) UNCONFIRMED in a text read",
        "oj.journals (DOUE, DOCE)": "Spanish national legal writing, beside the Style Guide's DO (3.1): the journal of the Union DOUE (the BOE's own name for it), that of the Communities DOCE, often a comma before 'de' and the date in words or with hyphens or slashes: 'DOUE L 348, de 31 de diciembre de 2010' (Regulation (EU) No 1235/2010 in a Spanish pharmacovigilance list), 'DOUE L 119, de 4 de mayo de 2016, pp. 1-88', 'DOUE L 256 de 12.10.2018, p. 103' (Decision (EU) 2018/1523), 'DOUE L 127, de 23-05-2018', 'DOUE L 119, 04/05/2016' (notes and code of Spanish data-protection projects); DOCE by analogy, UNCONFIRMED in a text read",
        "pinpoints.ordinal_sign": "Spanish national writing glues the masculine ordinal sign to an article number: 'el artículo 267º del TFUE' (reported from a Spanish court text kept aside to check the work), 'el artículo 4º de la Directiva'; the Style Guide writes the number alone (artículo 267 del TFUE), so the normal form drops the sign",
        "treaties (short titles)": "the Treaties named without 'constitutivo', as Spanish national and academic writing has them: 'el Tratado de la Comunidad Económica Europea creó un ordenamiento jurídico propio' (F. Fernández Segado, Cuestiones constitucionales, UNAM, quoting the Court's judgment in Costa v ENEL), 'arts. 258 y 260 del Tratado de la Comunidad Europea' (reported from a Spanish text kept aside to check the work); the Euratom and ECSC titles in the same short form so that they are never read as the EC Treaty's",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Vistos, 3.2.3 Referencias a las subdivisiones; {_DEV}",
        "cases.words": f"judgments of the Court of Justice in Spanish; {_DEV}",
    }),
    act_types={
        "regulation": ("Reglamento", "Reglamentos", "Reg."),
        "directive": ("Directiva", "Directivas", "Dir."),
        "decision": ("Decisión", "Decisiones"),
        "framework_decision": ("Decisión Marco", "Decisiones Marco"),
        "recommendation": ("Recomendación", "Recomendaciones"),
        "joint_action": ("Acción Común", "Acciones Comunes"),
        "common_position": ("Posición Común", "Posiciones Comunes"),
        "common_strategy": ("Estrategia Común", "Estrategias Comunes"),
        "guideline": ("Orientación", "Orientaciones"),
    },
    author_phrases=("del Parlamento Europeo y del Consejo", "del Consejo", "de la Comisión",
                    "del Banco Central Europeo", "del BCE"),
    type_adjectives=("europeo", "europea", "europeos", "europeas", "comunitario", "comunitaria", "comunitarios", "comunitarias"),
    legislator_forms=("del Parlamento Europeo y del Consejo",),
    subtypes_after=frozen({"Delegado": "delegated", "Delegada": "delegated", "Delegados": "delegated",
                           "Delegadas": "delegated", "de Ejecución": "implementing"}),
    # ``n.º`` (the ordinal sign is read as ``o``), older ``núm.``; ``n.°``, ``n °`` typed with a
    # degree sign (EUR-Lex 52013XC1030(04): 'Reglamento (UE) n ° 1151/2012')
    subtype_forms=frozen({"delegated": "{word} Delegado", "delegated:directive": "{word} Delegada",
                          "delegated:decision": "{word} Delegada", "implementing": "{word} de Ejecución"}),
    number_markers=("n.o", "no", "n°", "núm.", "número", "N.o", "n.°", "N.°", "n °"),
    number_marker="n.º",
    list_conjunctions=("y", "e", "o", "u", "así como"),
    domains=frozen({"UE": "UE", "CE": "CE", "CEE": "CEE", "CECA": "CECA", "PESC": "PESC",
                    "JAI": "JAI", "CEEA": "CEEA"}),
    jha_domains=("JAI",),
    ecsc_domains=("CECA",),
    domain_eras=frozen({"UE": "EU", "CE": "EC", "CEE": "EEC", "CECA": "ECSC", "PESC": "CFSP", "JAI": "JHA", "CEEA": "Euratom"}),
    hint_endings=("ción", "ciones", "sión", "siones"),  # (see sources)
    hint_words=("TJUE", "sentencia", "STJUE", "el", "la", "los", "las", "del", "de", "y", "en", "que", "por", "para", "con",
                "un", "una", "al", "dicho", "dicha", "se", "su", "sobre", "es", "lo", "como",
                "presente", "mencionado", "citada", "a", "sobre", "según", "artículo", "apartado",
                "le", "les", "no", "europea"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]del[ ])(?P<body>(?i:(?:Consejo|Comité)[ ](?:de[ ]Asociación|de[ ]Cooperación|de[ ]Estabilización[ ]y[ ]Asociación|de[ ]Colaboración)|Comité[ ]Mixto(?:[ ]del[ ]EEE)?|Consejo[ ]del[ ]EEE)(?:[ ]?[A-Z]{2,5}[-–][A-Z]\w{1,20})?)(?![\w-])",
        # A body on no list: any comité; a consejo only as a council of ministers, a joint or
        # mixed council or with its parties (``del Consejo`` alone is the EU's).
        any_after=r"(?i:[ ](?:del|de[ ]la)[ ])(?P<body>(?:(?i:subcomité|comité|comisión[ ]mixta)|(?i:consejo)(?=[ ](?:(?i:de[ ]ministros|conjunto|mixto)|[A-Z]{2,6}[-–][A-Z])))(?:[ ](?:(?i:de[ ]ministros|de[ ]embajadores|mixto|conjunto|veterinario|de[ ]cooperación|de[ ]comercio|especializado)|[\"“«][ ]?[^\"”»]{1,40}?[ ]?[\"”»]|[A-Z]{2,6}(?:[-–][A-Z]\w{1,20}){1,2})){0,4})(?![\w-])",
    ),
    date_words=("de",),
    date_joiners=("de",),
    national_dates=True,
    eu_decisions_need_domain=True,  # another organisation's decision N/YYYY (see sources)
    # ``, del``: a comma before the author (BOE-A-1999-2176: 'el Reglamento 1/1998, del
    # Consejo General del Poder Judicial, de tramitación de quejas'); ``de``: a national
    # act's capitalised title (BOE-A-2011-8049: 'el Reglamento 2/2011 de la Carrera Judicial')
    national_author_links=("del", "de la", "de los", "de las", "de", ", del", ", de la"),
    # no ``Comunidad``: the regions are (``Comunidad de Madrid``); the EU's is ``Europea``
    eu_author_words=("Europe", "Alta Autoridad"),
    # councils and commissions that a word in small letters makes national or local
    national_author_words=("Consejo municipal", "Consejo insular", "Consejo comarcal",
                           "Consejo de Estado", "Consejo de Ministros", "Comisión para",
                           "Consejo para", "Comisión de control"),
    months=(("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",), ("julio",),
            ("agosto",), ("septiembre", "setiembre"), ("octubre",), ("noviembre",), ("diciembre",)),
    month_abbreviations=(("ene",), ("feb",), ("mar",), ("abr",), ("may",), ("jun",), ("jul",), ("ago",), ("sep", "sept"), ("oct",), ("nov",), ("dic",)),
    # the dates prose writes (grammar/text_dates names the texts read)
    prose_dates=ProseDates(day_endings=("º", "°", ".º", ".°"), day_links=("de",), year_links=("de",)),
    treaty_now_words=("actualmente",),  # ``(actualmente artículo 81 CE)`` (see sources)
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj=OjWords(
        journals=("DO", "DOUE", "DOCE", "«DOUE»", "«DOCE»"),  # (in guillemets: the BOE's, see sources)
        header_journals=('Diario Oficial',),
        journal_names=("Diario Oficial de la Unión Europea", "Diario Oficial de las Comunidades Europeas"),
        qualifiers=("CE", "UE", "CEE"),
        pages=("p.", "pp."),
        edition_labels=("Edición especial", "edición especial"),
        edition_languages=MappingProxyType({
            "da": ("danés", "danesa"), "en": ("inglés",), "el": ("griego", "griega"),
            "es": ("español",), "pt": ("portugués",), "fi": ("finés",), "sv": ("sueco",),
            "cs": ("checo",), "et": ("estonio",), "lv": ("letón",), "lt": ("lituano",),
            "hu": ("húngaro",), "mt": ("maltés",), "pl": ("polaco",), "sk": ("eslovaco",),
            "sl": ("esloveno",), "bg": ("búlgaro",), "ro": ("rumano",), "hr": ("croata",),
        }),
        edition_links=("en",),
        edition_chapters=("Capítulo",),
        edition_volumes=("Tomo",),
        edition_pages=("p.",),
        edition_citations=("EE {chapter:02}/{volume:02}[, p. {page}]",),
    ),
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE",), ("Tratado de Funcionamiento de la Unión Europea",
                                          "Tratado sobre el Funcionamiento de la Unión Europea",
                                          "Tratado de Funcionamiento de la UE",
                                          "Tratado sobre el Funcionamiento de la UE")),
        "TEU": Treaty("TUE", ("TUE",), ("Tratado de la Unión Europea", "Tratado UE")),
        # (the short titles without 'constitutivo', as national writing has them: see sources)
        # (CE is also the Constitución Española's: see sources, national_marks)
        "EC": Treaty("CE", ("CE", "TCE", "Tratado CE"), ("Tratado CE", "TCE", "Tratado constitutivo de la Comunidad Europea", "Tratado de la Comunidad Europea"),
                     national_abbreviations=("CE",),
                     national_marks=("Constitución Española", "Constitución española", "CONSTITUCIÓN ESPAÑOLA",
                                     "Tribunal Constitucional", "STC", "LOTC", "recurso de amparo",
                                     "Recurso de amparo", "recursos de amparo", "RECURSO DE AMPARO",
                                     "la Constitución", "La Constitución"),
                     # (another state's Constitution, or the one for Europe: see sources)
                     national_mark_stops=("para Europa", "Europea", "europea", "de Europa", "de la Unión",
                                          "de la República", "de Irlanda", "federal", "Federal",
                                          "alemana", "austriaca", "belga", "búlgara", "checa", "chipriota",
                                          "croata", "danesa", "eslovaca", "eslovena", "estonia", "finlandesa",
                                          "francesa", "griega", "helénica", "húngara", "irlandesa", "italiana",
                                          "letona", "lituana", "luxemburguesa", "maltesa", "neerlandesa",
                                          "polaca", "portuguesa", "rumana", "sueca"),
                     # (the Court's, its Member States', the Community's: see sources)
                     union_marks=("Tribunal de Justicia", "TJCE", "TJUE", "Tribunal de Primera Instancia",
                                  "Tribunal General", "Comunidad Europea", "Comunidades Europeas",
                                  "Comunidad Económica Europea", "Estados miembros", "Estado miembro",
                                  "Derecho comunitario", "derecho comunitario", "Tratado", "Tratados",
                                  "TFUE", "TUE", "TCE", "Comisión Europea", "Diario Oficial",
                                  "cuestión prejudicial", "decisión prejudicial")),
        "EU": Treaty("UE", ("UE",), closed_abbreviations=("UE",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("CEE", ("CEE", "Tratado CEE"),
                      ("Tratado CEE", "Tratado constitutivo de la Comunidad Económica Europea", "Tratado de la Comunidad Económica Europea")),
        "EAEC": Treaty("del Tratado constitutivo de la Comunidad Europea de la Energía Atómica", ("Tratado constitutivo de la Comunidad Europea de la Energía Atómica", "Tratado Euratom"), ("Tratado constitutivo de la Comunidad Europea de la Energía Atómica", "Tratado de la Comunidad Europea de la Energía Atómica", "Tratado Euratom")),
        "ECSC": Treaty("del Tratado constitutivo de la Comunidad Europea del Carbón y del Acero", ("Tratado constitutivo de la Comunidad Europea del Carbón y del Acero",), ("Tratado constitutivo de la Comunidad Europea del Carbón y del Acero", "Tratado de la Comunidad Europea del Carbón y del Acero", "Tratado CECA")),
        "CFR": Treaty("CDFUE", ("CDFUE",), ("Carta de los Derechos Fundamentales de la Unión Europea", "Carta de los Derechos Fundamentales de la UE", "Carta de Derechos Fundamentales de la Unión Europea", "Carta de Derechos Fundamentales de la UE", "Carta de los Derechos Fundamentales"), short_names=("Carta",), short_name_stops=("de", "de la", "de las", "de los", "Social", "social", "Comunitaria", "comunitaria", "Europea", "europea")),
    },
    treaty_prepositions=("del", "de la"),
    article_words=frozen({"artículo": "artículo", "artículos": "artículos", "Artículo": "artículo",
                          "Artículos": "artículos", "ARTÍCULO": "artículo", "art.": "artículo",
                          "arts.": "artículos", "art": "artículo",  # (art: see sources)
                          # (the capitals without their accent: EUR-Lex's older headers)
                          "ARTICULO": "artículo", "ARTICULOS": "artículos"}),
    article_plural=("artículo", "artículos"),
    article_conjunctions=("y", "o", "a"),
    article_word_leads=("su", "sus"),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("Visto el", "visto el", "Vista la", "vista la"),
        ordinal_sign="",  # ``artículo 267º``: national writing (see sources)
        links=("del", "de la", "de los", "de las"),
        # ``la letra a) del apartado 1 del artículo 6 del Reglamento`` (older EU texts)
        leads=("apartado", "apartados", "letra", "letras", "punto", "puntos"),
        words=("apartado", "apartados", "párrafo", "párrafos", "letra", "letras", "punto",
               "puntos", "guion", "inciso", "incisos",
               # ``artículo 13, parte A, apartado 1``: a part of an article; ``ap.``: apartado
               # abbreviated in the Court's summaries; ``apdo.``, ``párr.``: apartado and
               # párrafo abbreviated in Spanish legal writing (see sources)
               "parte", "ap.", "apdo.", "apdos.", "párr.", "párrs."),
        ordinals=("primero", "primer", "segundo", "tercero", "tercer", "cuarto", "quinto", "sexto",
                  "último", "penúltimo", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta",
                  "última", "penúltima"),
        ordinal_endings=(".ª", "ª"),  # ``6.ª``: a number as an ordinal (see sources)
        ordinal_nouns=("párrafo", "guion", "frase", "apartado", "párrafos", "guiones", "frases",
                       "apartados", "párr.", "párrs."),
        # ``párrafo primero``, ``párrafos primero y tercero`` (the usual order in EU texts)
        ordinals_after_noun=True,
        # ``artículo 4 TUE, apartado 3``: the Court's order (see sources)
        after_treaty=True,
        # (the Court's keyword lines: ``Directiva 93/13/CEE — Considerando decimotercero — Artículo 1, apartado 2 —``)
        keyword_recitals=(r"[Cc]onsiderandos?[ ](?:" + _ORDINAL_UNITS + r"|décimo|undécimo|duodécimo|decimo(?:" + _ORDINAL_UNITS + r")|decimoctavo|(?:vigésimo|trigésimo)(?:[ ](?:" + _ORDINAL_UNITS + r"))?)(?![\w])",),
    ),
    article_number_suffixes=("bis", "ter", "quater"),
    article_capitals_apart=True,  # ``article 100 A`` (see sources)
    article_range_words=("a",),
    enacting_intros=("Visto el", "visto el"),
    # (``y, en particular, su``: the commas as older acts set them; see sources)
    enacting_leads=(r"y,?[ ]en[ ]particular,?[ ](?:su|sus)",),
    cases=CaseWords(
        words=("asunto", "asuntos", "Asunto", "Asuntos"),
        court_reports=("Rec.",),
        pinpoint_words=("apartado", "apartados"),
        joined_words=("acumulados",),
        opinion_words=("dictamen",),
        opinion_bodies=("CEPD", "CESE", "BCE"),
        opinion_bodies_after=("artículo 29", "articulo 29", "grupo de trabajo", "protección de datos", "proteccion de datos"),
        label_nouns=(
            "tabla", "cuadro", "recuadro", "figura", "gráfico",
            # the plurals, which open a list of labels
            "tablas", "cuadros", "recuadros", "figuras", "gráficos",
        ),
        keyword_instruments=("convenio", "convención", "protocolo", "estatuto", "código", "tratado", "carta", "acta"),
    ),
    com=ComWords(
        final_words=("final",),
        proposal_words=(r"\bpropuesta",),
        communication_words=(r"\bcomunicación", r"\binforme\b", r"\blibro (?:blanco|verde)",
                             r"\bplan de acción", r"\bestrategia\b"),
    ),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("o",),
        proposal_titles=("propuesta de",),
        self_words=("presente",),
        # "del citado Reglamento": "de" + "el" written as one word
        anaphor_determiners=("dicho", "dicha", "el citado", "la citada", "el mencionado", "la mencionada",
                             "del citado", "del mencionado", "al citado", "al mencionado",
                             "el referido", "la referida", "del referido", "al referido",
                             # the same at the start of a sentence ('La citada Directiva se aplica')
                             "Dicho", "Dicha", "El citado", "La citada", "El mencionado",
                             "La mencionada", "El referido", "La referida",
                             # ``del mismo Reglamento``: the article stays outside, as French même
                             "mismo", "misma"),
        linking_determiners=("del citado", "del mencionado", "del referido"),
        definition_intros=("en lo sucesivo", "en adelante"),
        articles=("el", "la", "El", "La"),
        fused_articles=("del", "al"),
        pinpoint_words=("anexo", "anexos", "considerando", "considerandos"),
        pinpoint_links=("de", "del"),
        title_starts=("sobre", "relativa", "relativo", "relativas", "relativos", "referente",
                      "por la que", "por el que", "que modifica", "que establece"),
        in_title_before=("modifica", "deroga", "y", "o"),
        authors=("del Parlamento Europeo y del Consejo", "del Consejo", "de la Comisión"),
    ),
    examples=(
        ("Reglamento (CE) n.º 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Reglamento (CE) n.º 1049/2001"}),
        ("Reglamento (UE) n ° 1151/2012", {"kind": "legal_act", "celex": "32012R1151", "normalized": "Reglamento (UE) n.º 1151/2012"}),
        ("Reglamento Delegado (UE) 2019/980", {"kind": "legal_act", "subtype": "delegated", "celex": "32019R0980"}),
        ("Decisión Marco 2002/584/JAI", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("Decisión Marco del Consejo, de 13 de junio de 2002", {"kind": "legal_act", "normalized": "Decisión Marco de 13 de junio de 2002"}),
        ("DO L 119 de 4.5.2016, p. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("artículo 267 TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "artículo 267 TFUE"}),
        ("artículo 101, apartado 1, TFUE", {"kind": "treaty_article", "articles": ["101"]}),
        ("asunto C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("artículo 6, apartado 1, letra a), del Reglamento (UE) 2016/679", {"kind": "legal_act", "_span": "Reglamento (UE) 2016/679", "pinpoint": "artículo 6, apartado 1, letra a)"}),
    ),
)  # fmt: skip
