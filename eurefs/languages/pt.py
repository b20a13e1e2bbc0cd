# ruff: noqa: E501
"""Portuguese."""

from __future__ import annotations

from types import MappingProxyType

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._oj_sources import OJ_EEC_QUALIFIER
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    DEFINITIONS,
    JUDGMENT_PINPOINTS,
    KEYWORD_INSTRUMENTS,
    LABEL_NOUNS,
    OJ_NAMES,
)
from eurefs.languages._treaty_sources import ARTICLE_PLURALS, EAEC_ECSC, EX_ARTICLES, FORMER_TEU
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import AgreementBodyWords, Language, OjWords, Treaty, frozen
from eurefs.languages.case_words import CaseWords
from eurefs.languages.com_words import ComWords
from eurefs.languages.pinpoint_words import PinpointWords
from eurefs.languages.prose_dates import ProseDates

_ISG = "Código de Redação Interinstitucional (https://style-guide.europa.eu/pt), parte um"
_DEV = "development text tests/data/corpus-pt"

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    ecb_prefixes=('BCE',),
    ecb_authors=('do Banco Central Europeu', 'do BCE'),
    sources=frozen({"pinpoints.ordinal_endings": "the feminine ordinal in figures with its dot and raised letter, .ª, as with diretiva, and without the dot (the masculine .º is an article's, 'artigo 28.º', as EUR-Lex writes it: pinpoints.ordinal_sign); the Style Guide's Portuguese part and a text writing one before a name UNCONFIRMED", "oj.qualifiers (CEE)": OJ_EEC_QUALIFIER.format(example='JO CEE L 210 de 7.8.1985, p. 29', number='Diretiva 85/374/CEE'), "pinpoints.enacting_intros": "the enacting formula of a Commission act citing an act, its pinpoint after the act's title and the formula's lead ('nomeadamente o'), no word referring back after it: 'Tendo em conta o Regulamento (UE) 2016/1036 do Parlamento Europeu e do Conselho, de 8 de junho de 2016, relativo à defesa contra as importações objeto de dumping dos países não membros da União Europeia (1), nomeadamente o artigo 14.o,' (Commission Implementing Regulation (EU) 2019/1374, EUR-Lex 32019R1374, PT; pages corpus); 'Tendo em conta a' before a directive or decision by the same formula, UNCONFIRMED in a text read", "month_abbreviations": "dates in prose with the month abbreviated, which EUR-Lex's texts write in full, the joiner de kept: 'Created on : 2 de dez. de 2020, 04:38:52', '@since 1 de dez. de 2020', 'Created on: 25 de dez. de 2020' (public repositories; find_string 'de dez. de 2020'); the other months as software abbreviates them, UNCONFIRMED in a text read", "cases.keyword_instruments": KEYWORD_INSTRUMENTS, "treaty_now_words": "the Court's citation of an article of the EC Treaty as it stood before 1 May 1999, its article since in a bracket (the Court's note on the citation of articles of the Treaties, curia.europa.eu, content/juris/noteinfo.htm, English 'now'): 'Artigo 85.º do Tratado CE (actual artigo 81.º CE) - Contrato de compra exclusiva de cerveja' (the judgment in C-453/99 Courage v Crehan, EUR-Lex 61999CJ0453, Portuguese), 'Artigo 85.°, n.° 1, do Tratado CE (actual artigo 81.°, n.° 1, CE)' (the judgment of the Court of First Instance in T-25/99 Roberts, curia.europa.eu, PT; pages corpus); atual, the spelling since 2009, UNCONFIRMED in a text read", "oj.edition_citations": "the Court's Portuguese citation of the Portuguese special edition after the journal's, its chapter in two figures and its volume after F (fascículo): 'interpretação dos artigos 5.°, n.° 3, alínea c), e 13.°, B, alínea d), ponto 5, da Sexta Diretiva 77/388/CEE do Conselho, de 17 de maio de 1977 (JO L 145, p. 1; EE 09 F1 p. 54; a seguir «Sexta Diretiva»)' (the judgment in C-259/11 DTZ Zadelhoff, curia.europa.eu, PT), 'Directiva 79/7/CEE do Conselho, de 19 de Dezembro de 1978 (JO 1979, L 6, p. 24; EE 05 F2 p. 174)' (the judgment in C-137/94 Richardson as docplayer.com.br copies it; pages corpus)", "pinpoints.patterns (A))": "an article's part, a capital written with the bracket of a point, as the Court's Portuguese cites the Sixth VAT Directive: 'esclarecer o alcance do artigo 13.°, A), n.° 1, alínea n), da Sexta Diretiva 77/388/CEE' (the Opinion of AG Bot in C-592/15 British Film Institute, point 1, EUR-Lex 62015CC0592 as taxlawapp.eu prints it, PT; its keyword line writes 'Artigo 13.°, A, n.° 1, alínea n)'), 'nos termos do artigo 13.° , B), alínea b), da Sexta Directiva IVA', 'O artigo 11.° , A), n.° 1, alínea c)' (the Opinion of AG Jacobs in C-269/00 Seeling, taxlawapp.eu, PT; pages corpus)", "hint_endings (-ção, -são)": "Portuguese nouns end -ção, -são (Spanish -ción, -sión; Italian -zione, -sione): 'relativo à proteção das pessoas singulares no que diz respeito ao tratamento de dados pessoais e à livre circulação desses dados' (the title of Regulation (EU) 2016/679, EUR-Lex 32016R0679, Portuguese), 'impõe-se o reenvio prejudicial para o TJUE, e determinar a suspensão da instância' (STA 01824/13, dgsi.pt; pages corpus)", "hint_words (TJUE)": "the Court of Justice as Portuguese legal writing abbreviates it: 'impõe-se o reenvio prejudicial para o TJUE' (the Supremo Tribunal Administrativo, judgment of 2 July 2014 in case 01824/13, dgsi.pt), 'Resumo do Acórdão do TJUE' (M. R. Anjos, a comment on the judgment in C-377/13 Ascendi, docplayer.com.br; pages corpus); the judgments on EUR-Lex write 'Acórdão do Tribunal de Justiça'; Spanish writes TJUE too (both records: it tells neither alone)", "back_references.pinpoint_words (anexo, considerando, título)": "an annex or a recital before the act it belongs to, linked as an article is: 'que altera os anexos II e III do Regulamento (CE) n.o 396/2005' (the title of Regulation (EU) 2020/856, OJ L 195 of 19.6.2020, index, EUR-Lex in Portuguese; pages corpus); the singulars and considerando as the Spanish record has them (the same words in Spanish), UNCONFIRMED in a Portuguese text read; a title, as French titre: 'O facto gerador e a exigibilidade do imposto encontram-se regulados no título VII da Sexta Directiva' (the Opinion of AG Stix-Hackl in C-152/02 Terra Baubedarf-Handel, point 3, taxlawapp.eu; pages corpus), the plural títulos UNCONFIRMED in a text read", "back_references (citado, aludido, mencionado)": "'na forma do Parágrafo 2º do Artigo 15º do citado Regulamento' (a Brazilian board's minutes in a public repository, of its own rules), 'indicados na forma do citado Regulamento' (an arbitration clause, same search): the participle before the type word, as referido already is (EUR-Lex judgments: 'o referido regulamento'); aludido, mencionado by Portuguese usage (the session's brief named 'aludido regulamento'), UNCONFIRMED in a text read", "pinpoints.words, pinpoints.leads (al.)": "alínea abbreviated, as Portuguese legal writing has it where EUR-Lex writes alínea: 'com fundamento no art. 6.º, n.º 1, al. f), do RGPD', 'A base legal é o art. 6.º, n.º 1, al. f), do RGPD' (an assessment note and a privacy page in public repositories), 'Artigo 256.º, n.º 1 TFUE e artigo 51.º, al. a) do Estatuto' (a Porto law faculty's practice book on EU law, pt.scribd.com; pages corpus); written first ('al. f) do n.º 1 do art. 6.º') by analogy with alínea, UNCONFIRMED in a text read", "type_adjectives": "EUR-Lex writes the domain, no adjective ('Regulamento (UE) 2016/679'); national writing and notices: 'GDPR (Regulamento Europeu 2016/679)', 'Ao abrigo do Decreto-Lei n.º 24/2014 e da Diretiva Europeia 2011/83/UE', 'A diretiva europeia 2009/136/CE' (notes and terms in public repositories); européia in the Brazilian spelling before 2009, comunitário and the plurals by Portuguese grammar, UNCONFIRMED in a text read", 'oj.edition_*': "EUR-Lex's header of 31989R1553 ('Edição especial finlandesa: Capítulo 1 Fascículo 2 p. 0107', 'edição especial em língua checa: Capítulo 01 Fascículo 01 p. 197 - 201'); the other editions' languages by analogy", "oj.header_journals": "EUR-Lex's former text view heads an act before 2004 with the journal's name, a number marker, the issue (after the series from 1968), the date with slashes and the pages in four figures; read only in that shape, as the words also name national journals: 'Jornal Oficial nº L 135 de 30/05/1991 p. 0040 - 0052' (Council Directive 91/271/EEC, EUR-Lex 31991L0271 as dre.pt reproduces it), 'Jornal Oficial nº L 046 de 17/02/1997 p. 0001 - 0019' (EUR-Lex 31996L0096, Portuguese); pages corpus", "oj.unpaged_header_journals": "EUR-Lex's former header without its pages, as the Lisbon district prosecutors' database of legislation heads Regulation (EC) No 44/2001: 'Jornal Oficial nº L 012 de 16/01/2001' on a line of its own above 'REGULAMENTO (CE) N.º 44/2001 DO CONSELHO' (pgdlisboa.pt, both versions; pages corpus); read only with the series, as the regional journals of the Azores and Madeira are also named Jornal Oficial ('JORNAL OFICIAL ... REGIÃO AUTÓNOMA DA MADEIRA ... Série. Número 58') and the Diário da República is never the Union's; the other languages' header words without the page UNCONFIRMED in a text read", "oj.journal_names": OJ_NAMES, "oj.journals (JOUE)": "Portuguese national writing names the Official Journal of the Union JOUE, as French does: 'Publicado no JOUE de 24 de julho de 2026' (a note on the AI Act's amendment in a public repository), 'em regra, anúncio publicado no JOUE e mais do que uma proposta' (a guide to the Código dos Contratos Públicos in a public repository; find_string 'publicado no JOUE'); JOUE before the series and issue ('JOUE L 119 de 4.5.2016') UNCONFIRMED in a text read: the date's 'de' tells it from the French 'du' (JOUE was read as French alone before); EUR-Lex writes JO", 'hint_words (the judgment and the Court)': "the judgment as the Portuguese titles of judgments on EUR-Lex name it ('Acórdão do Tribunal de Justiça (Grande Secção)')", "ecb_prefixes": ECB_NUMBERS["pt"],
        "treaties (EC: national_abbreviations, national_marks)": "Portuguese legal writing abbreviates the Código da Estrada (the road traffic code) CE, as the Court's Portuguese texts abbreviated the EC Treaty from 1999 to 2009 ('nos termos do artigo 177. do Tratado CE (actual artigo 234. CE)', the judgment in C-365/98 Brinkmann, as docplayer.com.br reproduces it; pages corpus): 'a contraordenação p. e p. pelo artigo 24.º do Código da Estrada (CE) [...] nos termos do artigo 162.º, n.º 1 do CE [...] uma infração ao disposto no artigo 24.º do CE [...] o artigo 170.º, n.º 1 do CE determina' (a template of an appeal against a speeding fine in a public repository; find_string): near the code's name a bare CE is no treaty (a text that cites both loses the treaty's: a miss, not a wrong reference); TCE and Tratado CE stay the treaty's The Código das Expropriações (the expropriation code) is abbreviated CE too: 'foi proferida decisão arbitral que [...] determinou que a sua avaliação se faria com aplicação do disposto no n.º 12 do artigo 26º do Código das Expropriações [...] é o art. 26.º/12, do CE [...] no art. 26/12, do CE [...] previsto no art. 26.º/4, do CE' (the Tribunal Constitucional's judgment in case 556/10 quoting a district court, pgdlisboa.pt; 'Abreviaturas CC – Código Civil CE – Código das Expropriações', a master's thesis on expropriation, livrozilla.com; pages corpus): each was an EC Treaty article ('artigos 26.º/12 CE')",
        "national_dates": "'Decreto-Lei n.º 31/2022, de 6 de maio', 'Regulamento da CMVM 2/2023, de 28 de Julho', 'Lei 73/2025, de 23 de dezembro' (dre.tretas.org copies of the Diário da República): national acts cited number first, the date without year; EU acts carry the year of their date (EUR-Lex titles: 'Regulamento (UE) 2022/2554 do Parlamento Europeu e do Conselho, de 14 de dezembro de 2022')",
        "eu_numbers_need_domain": "the Diário da República's second series numbers the regulations of municipalities, institutes and regulators number first: 'Regulamento 1091/2023' (Município de Leiria), 'Regulamento 552/2020, publicado no Diário da República, 2.ª série' (Instituto Politécnico de Leiria; dre.tretas.org copies, pages corpus), as EU regulations were until 2014; EU texts write the domain ('Regulamento (CE) n.º 1/2003 do Conselho', EUR-Lex 32003R0001), though the Commission's report COM(2009) 206 writes the bare 'Regulamento n.º 1/2003' after its footnote (EUR-Lex 52009DC0206, Portuguese)",
        "treaties (EAEC, ECSC)": EAEC_ECSC["pt"], "treaties (EU)": FORMER_TEU["pt"], "article_plural": ARTICLE_PLURALS["pt"], "treaties (EC, former numbers)": EX_ARTICLES["pt"],
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, pt) and its short form; the abbreviation after an article number (CDFUE) from legal writing, UNCONFIRMED in a text read for this project; the short name after a citation in full (short_names, grammar/named_again): 'segundo o artigo 51.°, n.° 1 da Carta, esta oferece proteção', 'no artigo 18.° do TFUE e agora também no artigo 21.°, n.° 2 da Carta' (e-justice.europa.eu, the Commission's pages on the Charter, Portuguese, parts II and III; pages corpus); never before 'das', 'de', 'Social', 'Europeia' (a Carta das Nações Unidas, a Carta Social Europeia; also the Charter's own 'Carta Europeia dos Direitos Fundamentais', left unread)",
        "cases.court_reports": COURT_REPORTS["pt"],
        "cases.label_nouns": LABEL_NOUNS["pt"],
        "cases.pinpoint_words": JUDGMENT_PINPOINTS["pt"],
        "pinpoints.links": ACT_PINPOINTS["pt"],
        "pinpoints.leads": "subdivisions written before the article: the development text tests/data/corpus-pt ('baseada no n.º 3, alínea g), do artigo 54.º do Tratado', the Seventh Directive's title as the recitals of Directive 2009/138 cite it); 'alínea a) do n.º 1 do artigo 6.º' is the same order, the Portuguese national style, UNCONFIRMED before an EU act in a text read here",
        "pinpoints.words, pinpoints.leads (subalínea)": "a point's subdivision, numbered i), ii), after the alínea: 'Artigo 24.º, n.º 1, alínea e), subalínea ii) do Código dos Contratos Públicos' (the legal bases of direct awards, as Portugal's public procurement portal lists them, in public repositories; find_string), 'Atenção ao art. 3.º, alínea i), subalínea i)' (a Portuguese note on consumer law in a public repository); written first, 'subalínea i) da alínea b) do n.º 2 do artigo 5.º' (the cross-references a Portuguese drafting tool reads, in a public repository); before an EU act, as EUR-Lex would write it ('artigo 3.º, n.º 1, alínea a), subalínea i), do Regulamento'), UNCONFIRMED in a text read here",
        "agreement_bodies.before, agreement_bodies.after": AGREEMENT_BODIES["pt"],
        "definitions": DEFINITIONS["pt"],
        "back_references": 'anaphors: essa/esse and their contractions as CJEU judgments use them (dessa disposição, Opinion in C-432/05 Unibet, EUR-Lex 62005CC0432; nesse órgão jurisdicional, judgment C-221/88 Busseni), referida; aquele/aquela and their contractions as Portuguese courts write them ("nos termos previstos no artigo 8.º n.º 1 daquela Directiva" after "Diretiva 98/34/CE", judgment of the Tribunal Central Administrativo Norte of 23 January 2024, proc. 00579/18.0BEPRT, dgsi.pt); mesmo/mesma after the article, which is the link of the pinpoint ("o art. 16(m) da mesma Diretiva permite que o fornecedor exija consentimento expresso" after Directive 2011/83/EU, a Portuguese page on consumer rights in a public repository); este/esta/presente (this) left out',
        "act_types, subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Referências aos atos; official texts on EUR-Lex (pre-2009 spelling Directiva/Acção kept); {_DEV}",
        "oj.journals, oj.pages, date_words, months": f"{_ISG}, 3.1 Referências ao Jornal Oficial; {_DEV}",
        "article_words (arts.), treaties (TFEU: Tratado de Funcionamento ...)": "Portuguese national writing: 'dos arts. 49.º e 54.º do Tratado de Funcionamento da União Europeia («TFUE»)' (Supremo Tribunal Administrativo, judgment 0456/15 of 20 June 2017, sta.vlex.pt)",
        "article_words (art.º, artº), pinpoints.words (§)": "the abbreviation with the ordinal sign, with or without its dot, and the paragraph sign for parágrafo, in Portuguese national writing: 'cumprindo, pois, o disposto no artº 267º, § 3º, do TFUE' (judgment of the Supremo Tribunal Administrativo 0275/22.4BECTB, 2 August 2024, dgsi.pt), 'O art.º 267.º do TFUE confere aos tribunais nacionais', 'como resulta do parágrafo 3.º do art.º 267.º do TFUE' (processotributario.pt, 2013; both pages corpus); written as the view has them (art.o as n.o, arto), read with the sign as typed (art.º, art.°, artº)",
        "pinpoints.title_ordinals": "an act's ordinal between the pinpoint and the act, feminine with the directive: 'diz respeito aos critérios de aplicação do artigo 28.° da sexta directiva 77/388 do Conselho, de 17 de Maio de 1977' (the Opinion of Advocate General Darmon in 415/85 Commission v Ireland, EUR-Lex 61985CC0415, Portuguese; pages corpus), 'Primeira Directiva 73/239/CEE do Conselho' (tests/data/corpus-pt P01); the masculine as pinpoints.ordinals has them; the other feminine forms by Portuguese grammar, UNCONFIRMED in a text read",
        "pinpoints.ordinal_sign": "Portuguese national writing glues the sign to the number without a dot: 'prevista no artigo 267º do Tratado sobre o Funcionamento da União Europeia (TFUE)' (judgment 01075/13 of the Supremo Tribunal Administrativo, 25 February 2015, vlex.pt), 'nos termos do art. 121º do CPTA' (STA judgment 02739/17.2BEBRG-A, dgsi.pt); the normal form writes it as the Style Guide does (artigo 267.º TFUE)",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Citações, 3.2.3 Referências às subdivisões; {_DEV}",
        "article_word_leads": f"'o artigo 42. o e o artigo 43. o, n. o 2' in the citations of Regulation (EU) No 1144/2014 (OJ L 317/56); {_DEV} P03",
        "cases.words": f"judgments of the Court of Justice in Portuguese; {_DEV}; proc. (processo), as Portuguese legal writing abbreviates it: 'os 40 € são devidos por cada fatura vencida, mesmo reclamadas em conjunto (TJUE, acórdão de 20/10/2022, proc. C-585/20)' (a Portuguese note on late payment in a public repository, found with find_string; three hits), read as Italian before, the only other language with proc.",
        "act_types (Dir.)": "the abbreviation of Diretiva in Portuguese notes outside the OJ: 'O produto não é brinquedo (Anexo I, ponto 17 da Dir. 2009/48/CE exclui as luminárias apelativas a crianças)', 'isto é o Anexo I, n.º 23-B da Dir. 2005/29/CE — proibido em qualquer circunstância' (product-compliance notes of Portuguese web shops), '«Não foi encontrada transposição da Dir. 2023/2225 para Portugal»' (a consumer-credit data note; public repositories, find_string 'da Dir. 2'): only the English, French and Italian records wrote it so, and each directive in a Portuguese sentence was Italian or French ('direttiva 2009/48/CE', lang it; 'directive 2023/2225', lang fr), the annex before it left out; EUR-Lex writes 'Diretiva'",
        "act_types (Reg.)": "the abbreviation of Portuguese court writing outside the OJ: 'deve ser convocado o Reg. (UE) 1215/2012, que prevalece sobre o ordenamento jurídico interno português' (Tribunal da Relação de Guimarães, judgment 6029/17.2T8GMR.G1 of 4 October 2018, dgsi.pt; pages corpus), which read as Italian ('regolamento (UE) 1215/2012'), the only other language with Reg. and the domain UE; the plural Regs. UNCONFIRMED, left out",
    }),
    act_types={
        "regulation": ("Regulamento", "Regulamentos", "Reg."),
        "directive": ("Diretiva", "Diretivas", "Directiva", "Directivas", "Dir."),
        "decision": ("Decisão", "Decisões"),
        "framework_decision": ("Decisão-Quadro", "Decisões-Quadro"),
        "recommendation": ("Recomendação", "Recomendações"),
        "joint_action": ("Ação Comum", "Ações Comuns", "Acção Comum", "Acções Comuns"),
        "common_position": ("Posição Comum", "Posições Comuns"),
        "common_strategy": ("Estratégia Comum", "Estratégias Comuns"),
        "guideline": ("Orientação", "Orientações"),
    },
    type_word_overrides=frozen({"directiva": "Directiva", "directivas": "Directiva"}),
    author_phrases=("do Parlamento Europeu e do Conselho", "do Conselho", "da Comissão",
                    "do Banco Central Europeu", "do BCE"),
    type_adjectives=("europeu", "europeia", "européia", "europeus", "europeias", "comunitário", "comunitária", "comunitários", "comunitárias"),
    legislator_forms=("do Parlamento Europeu e do Conselho",),
    subtypes_after=frozen({"Delegado": "delegated", "Delegada": "delegated", "Delegados": "delegated",
                           "Delegadas": "delegated", "de Execução": "implementing"}),
    subtype_forms=frozen({"delegated": "{word} Delegado", "delegated:directive": "{word} Delegada",
                          "delegated:decision": "{word} Delegada", "implementing": "{word} de Execução"}),
    # ``n. o``: the superscript o set apart, as text taken from the OJ PDFs has it;
    # ``n.°``, ``n °``: typed with a degree sign (EUR-Lex 62007CJ0484_SUM 'n.° 1'); ``n. °``
    # set apart, glued to the number in EUR-Lex's title of 32014R0608 ('n. °608/2014')
    number_markers=("n.o", "no", "n°", "N.o", "n. o", "N. o", "n.°", "N.°", "n °", "n. °"),
    number_marker="n.º",
    list_conjunctions=("e", "ou", "bem como"),
    domains=frozen({"UE": "UE", "CE": "CE", "CEE": "CEE", "CECA": "CECA", "PESC": "PESC",
                    "JAI": "JAI", "CEEA": "CEEA"}),
    jha_domains=("JAI",),
    ecsc_domains=("CECA",),
    domain_eras=frozen({"UE": "EU", "CE": "EC", "CEE": "EEC", "CECA": "ECSC", "PESC": "CFSP", "JAI": "JHA", "CEEA": "Euratom"}),
    hint_endings=("ção", "ções", "são", "sões"),  # (see sources)
    hint_words=("TJUE", "acórdão", "acórdãos", "o", "a", "os", "as", "do", "da", "dos", "das", "de", "e", "em", "no", "na",
                "nos", "nas", "que", "por", "para", "com", "um", "uma", "ao", "à", "pelo", "pela",
                "referido", "referida", "presente"),
    agreement_bodies=AgreementBodyWords(
        # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
        after=r"(?i:[ ]do[ ])(?P<body>(?i:(?:Conselho|Comité|Comitê)[ ](?:de[ ]Associação|de[ ]Cooperação|de[ ]Estabilização[ ]e[ ](?:de[ ])?Associação|de[ ]Parceria)|Comité[ ]Misto(?:[ ]do[ ]EEE)?|Conselho[ ]do[ ]EEE)(?:[ ]?[A-Z]{2,5}[-–][A-Z]\w{1,20})?)(?![\w-])",
        # A body on no list: any comité; a conselho only as a council of ministers, a joint or
        # mixed council or with its parties (``do Conselho`` alone is the EU's).
        any_after=r"(?i:[ ](?:do|da)[ ])(?P<body>(?:(?i:subcomité|comité|comitê|comissão[ ]mista)|(?i:conselho)(?=[ ](?:(?i:de[ ]ministros)[ ][A-Z]{2,6}[-–][A-Z]|(?i:conjunto|misto)|[A-Z]{2,6}[-–][A-Z])))(?:[ ](?:(?i:de[ ]ministros|de[ ]embaixadores|misto|conjunto|veterinário|de[ ]cooperação|de[ ]comércio|especializado)|[\"“«][ ]?[^\"”»]{1,40}?[ ]?[\"”»]|[A-Z]{2,6}(?:[-–][A-Z]\w{1,20}){1,2})){0,4})(?![\w-])",
    ),
    date_words=("de",),
    date_joiners=("de",),
    national_dates=True,
    eu_numbers_need_domain=True,
    months=(("janeiro", "Janeiro"), ("fevereiro", "Fevereiro"), ("março", "Março"), ("abril", "Abril"),
            ("maio", "Maio"), ("junho", "Junho"), ("julho", "Julho"), ("agosto", "Agosto"),
            ("setembro", "Setembro"), ("outubro", "Outubro"), ("novembro", "Novembro"),
            ("dezembro", "Dezembro")),
    month_abbreviations=(("jan",), ("fev",), ("mar",), ("abr",), ("mai",), ("jun",), ("jul",), ("ago",), ("set",), ("out",), ("nov",), ("dez",)),
    # the dates prose writes (grammar/text_dates names the texts read)
    prose_dates=ProseDates(day_endings=("º", "°", ".º", ".°"), day_links=("de",), year_links=("de",)),
    treaty_now_words=("actual",),  # ``(actual artigo 81.° CE)`` (see sources)
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj=OjWords(
        journals=("JO", "JOUE"),  # (JOUE: national writing, see sources)
        header_journals=('Jornal Oficial',),
        unpaged_header_journals=('Jornal Oficial',),
        journal_names=("Jornal Oficial da União Europeia", "Jornal Oficial das Comunidades Europeias"),
        qualifiers=("CE", "UE", "CEE"),
        pages=("p.", "pp."),
        edition_labels=("Edição especial", "edição especial"),
        edition_languages=MappingProxyType({
            "da": ("dinamarquesa",), "en": ("inglesa",), "el": ("grega",), "es": ("espanhola",),
            "pt": ("portuguesa",), "fi": ("finlandesa",), "sv": ("sueca",), "cs": ("checa",),
            "et": ("estónia",), "lv": ("letã",), "lt": ("lituana",), "hu": ("húngara",),
            "mt": ("maltesa",), "pl": ("polaca",), "sk": ("eslovaca",), "sl": ("eslovena",),
            "bg": ("búlgara",), "ro": ("romena",), "hr": ("croata",),
        }),
        edition_links=("em língua",),
        edition_chapters=("Capítulo",),
        edition_volumes=("Fascículo",),
        edition_pages=("p.",),
        # ``JO L 145, p. 1; EE 09 F1 p. 54``: the Court's citation of the Portuguese edition
        # (see sources)
        edition_citations=("EE {chapter:02} F{volume} p. {page}",),
    ),
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE",), ("Tratado sobre o Funcionamento da União Europeia", "Tratado de Funcionamento da União Europeia")),
        "TEU": Treaty("TUE", ("TUE",), ("Tratado da União Europeia", "Tratado UE")),
        # (CE is also the Código da Estrada's and the Código das Expropriações': see sources)
        "EC": Treaty("CE", ("CE", "TCE", "Tratado CE"), ("Tratado CE", "TCE", "Tratado que institui a Comunidade Europeia"),
                     national_abbreviations=("CE",), national_marks=("Código da Estrada", "CÓDIGO DA ESTRADA",
                                                                      "Código das Expropriações",
                                                                      "CÓDIGO DAS EXPROPRIAÇÕES")),
        "EU": Treaty("UE", ("UE",), closed_abbreviations=("UE",)),  # (pre-Lisbon; sources)
        "EEC": Treaty("CEE", ("CEE", "Tratado CEE"),
                      ("Tratado CEE", "Tratado que institui a Comunidade Económica Europeia")),
        "EAEC": Treaty("do Tratado Euratom", ("Tratado Euratom",), ("Tratado Euratom", "Tratado que institui a Comunidade Europeia da Energia Atómica")),
        "ECSC": Treaty("do Tratado que institui a Comunidade Europeia do Carvão e do Aço", ("Tratado que institui a Comunidade Europeia do Carvão e do Aço",), ("Tratado que institui a Comunidade Europeia do Carvão e do Aço", "Tratado CECA")),
        "CFR": Treaty("CDFUE", ("CDFUE",), ("Carta dos Direitos Fundamentais da União Europeia", "Carta dos Direitos Fundamentais"), short_names=("Carta",), short_name_stops=("das", "dos", "de", "do", "Social", "social", "Europeia", "europeia", "Comunitária", "comunitária")),
    },
    treaty_prepositions=("do", "da"),
    article_words=frozen({"artigo": "artigo", "artigos": "artigos", "Artigo": "artigo",
                          "Artigos": "artigos", "ARTIGO": "artigo", "art.": "artigo",
                          "arts.": "artigos", "art.o": "artigo",
                          # ``artº 267º``: the view's ``arto``, the text's ``artº``
                          "arto": "artigo", "artº": "artigo"}),
    article_plural=("artigo", "artigos"),
    article_conjunctions=("e", "ou", "a"),
    pinpoints=PinpointWords(
        # the enacting formula's act and its pinpoint after the title (see sources)
        enacting_intros=("Tendo em conta o", "tendo em conta o", "Tendo em conta a",
                         "tendo em conta a"),
        ordinal_sign=".º",  # ``artigo 267º do TFUE``: national writing (see sources)
        links=("do", "da", "dos", "das"),
        # ``alínea a) do n.º 1 do artigo 6.º do Regulamento``, ``n.º 3, alínea g), do artigo 54.º``
        leads=("subalínea", "subalíneas", "alínea", "alíneas", "al.", "n.o", "n.os"),
        # (``al.``: alínea abbreviated, national writing; see sources)
        words=("n.o", "n.os", "alínea", "alíneas", "al.", "subalínea", "subalíneas", "parágrafo",
               "parágrafos", "ponto", "pontos", "travessão", "período", "§"),
        # ``artigo 13.°, A), n.° 1, alínea n), da Sexta Diretiva``: an article's part, a capital
        # with the point's bracket (see sources)
        patterns=(r"[A-Z]\)",),
        ordinals=("primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "último"),
        ordinal_endings=(".ª", "ª"),  # ``6.ª``: a number as an ordinal (see sources)
        # ``artigo 28.° da sexta directiva 77/388``: an act's ordinal, feminine with the
        # directive (grammar/title_ordinals; see sources)
        title_ordinals=("primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto",
                        "primeira", "segunda", "terceira", "quarta", "quinta", "sexta"),
        ordinal_nouns=("parágrafo", "travessão", "período", "alínea", "parágrafos", "travessões",
                       "períodos", "alíneas"),
    ),
    article_range_words=("a",),
    # ``nomeadamente o artigo 42.º e o artigo 43.º, n.º 2`` (Regulation (EU) No 1144/2014, P03)
    article_word_leads=("o", "os"),
    enacting_intros=("Tendo em conta o", "tendo em conta o"),
    enacting_leads=(r"nomeadamente[ ](?:o|os)",),
    cases=CaseWords(
        words=("processo", "processos", "Processo", "Processos", "proc."),
        court_reports=("Colect.",),
        pinpoint_words=("n.o", "n.os", "n.°"),
        joined_words=("apensos",),
        opinion_words=("parecer",),
        opinion_bodies=("CEPD", "CESE", "BCE"),
        opinion_bodies_after=("artigo 29", "grupo de trabalho", "proteção de dados", "protecão de dados", "proteçao de dados", "protecao de dados"),
        label_nouns=(
            "tabela", "quadro", "figura", "gráfico",
            # the plurals, which open a list of labels
            "tabelas", "quadros", "figuras", "gráficos",
        ),
        keyword_instruments=("convenção", "protocolo", "estatuto", "código", "tratado", "carta", "ato de adesão", "acto de adesão"),
    ),
    com=ComWords(
        final_words=("final",),
        proposal_words=(r"\bproposta",),
        communication_words=(r"\bcomunicação", r"\brelatório", r"\blivro (?:branco|verde)",
                             r"\bplano de ação", r"\bestratégia\b"),
    ),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("ou",),
        proposal_titles=("proposta de",),
        definition_intros=("a seguir designada", "a seguir designado", "a seguir designadas",
                           "a seguir designados", "a seguir denominada", "a seguir denominado",
                           "a seguir", "doravante designada", "doravante designado",
                           "doravante"),
        articles=("a", "o", "A", "O", "da", "do", "na", "no", "à", "ao", "pela", "pelo"),
        title_starts=("relativa", "relativo", "relativas", "relativos", "que altera",
                      "que estabelece", "que revoga", "que cria", "que define", "sobre",
                      "respeitante", "no que respeita", "que institui", "que fixa"),
        in_title_before=("altera", "revoga", "e", "ou"),
        self_words=("presente",),
        anaphor_determiners=("esse", "essa", "dessa", "desse", "nessa", "nesse", "referido", "referida",
                             "aquele", "aquela", "daquele", "daquela", "naquele", "naquela",
                             # ``da mesma Diretiva``: the article stays outside, as French même
                             "mesmo", "mesma",
                             # ``do citado regulamento``, ``o aludido regulamento`` (see sources)
                             "citado", "citada", "aludido", "aludida", "mencionado", "mencionada"),
        # ``artigo 7.º dessa diretiva``, ``artigo 8.º n.º 1 daquela Directiva``: de + essa,
        # de + aquela, the pinpoint's link in the determiner
        linking_determiners=("dessa", "desse", "daquela", "daquele"),
        # (``no título VII da Sexta Directiva``: see sources)
        pinpoint_words=("anexo", "anexos", "considerando", "considerandos", "título", "títulos"),
        pinpoint_links=("do", "da", "dos", "das"),  # (those of ``pinpoints.links``)
    ),
    examples=(
        ("Regulamento (CE) n.º 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Regulamento (CE) n.º 1049/2001"}),
        ("Regulamento (CE) n.° 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Regulamento (CE) n.º 1049/2001"}),
        ("Diretiva 2001/29/CE", {"kind": "legal_act", "celex": "32001L0029"}),
        ("Decisão-Quadro 2002/584/JAI", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("Regulamento de Execução (UE) 2019/1234", {"kind": "legal_act", "subtype": "implementing", "celex": "32019R1234"}),
        ("JO L 119 de 4.5.2016, p. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("artigo 267.° TFUE", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("artigo 101.º, n.º 1, do TFUE", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("processo C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("artigo 6.º, n.º 1, alínea a), do Regulamento (UE) 2016/679", {"kind": "legal_act", "_span": "Regulamento (UE) 2016/679", "pinpoint": "artigo 6.º, n.º 1, alínea a)"}),
    ),
)  # fmt: skip
