"""Shared source notes for the language records."""

from __future__ import annotations

INSPIRE_TITLES = (
    "official titles of Commission Regulations (EU) No 1089/2010 and (EC) No 976/2009 in all "
    "24 languages (EUR-Lex), as collected in INSPIRE-MIF/daobs "
    "harvesters/harvester-common/src/main/resources/xslt/metadata-inspire-constant.xsl "
    "(commit f9c7dbec4461ffb80ef15e5eba08d7bf2109c321)"
)


def style_guide(code: str) -> str:
    """Where a language's part of the Interinstitutional Style Guide is published."""
    return (
        f"Interinstitutional Style Guide, {code} version (https://style-guide.europa.eu/{code}), "
        "Part One: 3.1 references to the Official Journal, 3.2 references to acts"
    )


_PART_ONE = "Interinstitutional Style Guide, {code} version (https://style-guide.europa.eu/{code})"
_UNCONFIRMED = "; the formula not yet seen in a text read for this project (UNCONFIRMED)"

#: Where each language's words of defined terms (``back_references``: intro, quotation
#: marks, declined forms of a defined type word) come from.
DEFINITIONS: dict[str, str] = {
    "bg": "(наричана по-нататък „директивата“): " + _PART_ONE.format(code="bg") + _UNCONFIRMED,
    "cs": '(dále jen "základní nařízení") after Regulation (EC) No 384/96 in JRC-Acquis '
    "(tests/data/corpus-cs C01, line 61); (dále jen „směrnice“) and its uses směrnice, "
    "směrnici in COM(2009) 626 final (EUR-Lex 52009DC0626, Czech)",
    "da": "(herefter »direktivet«), (i det følgende benævnt »...«); Danish quotation marks »...«: "
    + _PART_ONE.format(code="da")
    + _UNCONFIRMED,
    "el": "(«η οδηγία για την περιβαλλοντική ευθύνη» ή «η οδηγία» ή «ΟΠΕ») after Directive "
    "2004/35/EC and its title, and the use 'της οδηγίας', in COM(2016) 204 final (EUR-Lex "
    "52016DC0204, Greek); the intro (στο εξής: οδηγία): "
    + _PART_ONE.format(code="el")
    + _UNCONFIRMED,
    "et": "(„MiFID”), („MiFIR”) after Directive 2014/65/EU and Regulation (EU) No 600/2014 in "
    "COM(2016) 56 final (EUR-Lex 52016PC0056, Estonian), used there as MiFIRi, MiFIDi (the "
    "case endings of alias_suffixes); intro edaspidi: "
    + _PART_ONE.format(code="et")
    + _UNCONFIRMED,
    "fi": '(jäljempänä `Eurocontrol`), (jäljempänä "Guadalajaran yleissopimus") in JRC-Acquis '
    "(Sethjsa/LLM-Dom-Ad JRC-Acquis/JRC-Acquis.en-fi.test.fi, commit c91d137c); unquoted "
    "'jäljempänä perusoikeuskirja' in Directive (EU) 2018/958, recital 1 "
    "(EUR-Lex 32018L0958, Finnish); acronym endings after a colon (GDPR:n) from Finnish "
    "spelling rules (UNCONFIRMED in a text read for the project)",
    "ga": "(dá ngairtear 'an Treoir' anseo feasta), ('...' anseo feasta): "
    + _PART_ONE.format(code="ga")
    + _UNCONFIRMED,
    "hr": "(dalje u tekstu: Direktiva): " + _PART_ONE.format(code="hr") + _UNCONFIRMED,
    "hu": "(a továbbiakban: irányelv) after Directive 98/8/EC and its uses 'az irányelv' in "
    "COM(2008) 618 final (EUR-Lex 52008PC0618, Hungarian); (a továbbiakban: földgázirányelv) "
    "in COM(2017) 660 final (Hungarian); the case endings of alias_suffixes (földgázirányelvben, "
    "MiFID-et) from Hungarian grammar (UNCONFIRMED in a text read for the project)",
    "lt": "(toliau — Protokolas), unquoted after a dash, in JRC-Acquis (acts from EUR-Lex; "
    "Sethjsa/LLM-Dom-Ad JRC-Acquis/JRC-Acquis.en-lt.test.lt, commit c91d137c)",
    "lv": "(“Direktīva”) after Directive 2003/59/EC and its declined uses (Direktīvas, Direktīvā) "
    "in COM(2017) 47 final (EUR-Lex 52017PC0047, Latvian); intro turpmāk: "
    + _PART_ONE.format(code="lv")
    + _UNCONFIRMED,
    "mt": '(minn hawn \'il quddiem "id-Direttiva"): ' + _PART_ONE.format(code="mt") + _UNCONFIRMED,
    "nl": "(hierna: „CICOA”) in the development text tests/data/corpus-nl N01 (C-282/10); "
    '("de richtlijn") after Directive 96/71/EC and a footnote call in COM(2016) 128 '
    "(explanatory memorandum, Dutch); (hierna „de richtlijn” genoemd) in acts: "
    + _PART_ONE.format(code="nl")
    + _UNCONFIRMED,
    "pl": "(zwanym dalej „CICOA”) in tests/data/corpus-pl P01 (C-282/10); unquoted "
    "(zwanej dalej dyrektywą) in COM(2008) 618 final (EUR-Lex 52008PC0618, Polish); declined "
    "forms from the record's act types",
    "pt": "(«Directiva Facturação»), («Directiva IVA») after Directives 2001/115/EC and "
    "2006/112/EC and their uses in COM(2009) 21 final (EUR-Lex 52009PC0021, Portuguese); the "
    "intro (a seguir designada «...»): " + _PART_ONE.format(code="pt") + _UNCONFIRMED,
    "ro": "(denumit în continuare „CICOA”) in tests/data/corpus-ro R01 (C-282/10)",
    "sk": "(„nariadenie o komitológii“) after Regulation (EU) No 182/2011 and its title in "
    "COM(2014) 572 final (EUR-Lex 52014DC0572, Slovak); the intro (ďalej len „smernica“): "
    + _PART_ONE.format(code="sk")
    + _UNCONFIRMED,
    "sl": "(v nadaljnjem besedilu: Direktiva): " + _PART_ONE.format(code="sl") + _UNCONFIRMED,
    "sv": "(nedan kallat direktivet), unquoted: " + _PART_ONE.format(code="sv") + _UNCONFIRMED,
}


#: Where the anaphor words (``back_references``: determiners before or after a type word)
#: come from, for the languages whose record does not say it itself.
ANAPHORS: dict[str, str] = {
    "ga": "'ba cheart an Rialachán sin a chódú' after Council Regulation (EC) No 153/2002 in "
    "Regulation (EU) 2015/941, recital 1 (EUR-Lex 32015R0941, Irish); the other singular cases "
    "(na Treorach sin, an Rialacháin sin) from Irish grammar (UNCONFIRMED in a text read for "
    "the project); 'seo' (this) is the text itself",
    "hr": "'za primjenu te Uredbe' after Regulation (EC) No 1234/2007 in Regulation (EU) No "
    "479/2010, recital 1 (EUR-Lex 32010R0479, Croatian); 'navedenu Direktivu treba "
    "kodificirati' after Directive 84/450/EEC in Directive 2006/114/EC, recital 1 (EUR-Lex "
    "32006L0114, Croatian); 'spomenutu Uredbu treba kodificirati' in Implementing Regulation "
    "(EU) No 1225/2011, recital 1 (EUR-Lex 32011R1225, Croatian); the other cases of ta, "
    "navedena and spomenuta from Croatian grammar (UNCONFIRMED in a text read for the project)",
    "lv": "'šajā direktīvā' (Directive 2003/88) and 'ar šo direktīvu' (after two directives: "
    "doubtful) in the development text tests/data/corpus-lv L01 (judgment C-282/10 "
    "Dominguez); 'Kopš minētā direktīva stājās spēkā' after Directive 83/417/EEC in Directive "
    "(EU) 2015/2203, recital 1 (EUR-Lex 32015L2203, Latvian); 'Šī direktīva attiecas uz' (the "
    "act itself) in Directive (EU) 2022/1999, Article 1 (EUR-Lex 02022L1999); the other "
    "cases of minētā and šī, and the masculine minētais, šis, šā, šim (for lēmums), from Latvian "
    "grammar (UNCONFIRMED in a text read for the project)",
}


#: Where the dates of an act cited by date alone written as templates
#: (``dated_forms_before``, ``dated_forms_after``) come from: the development judgment
#: C-282/10 writes each language's date so around the acts it cites by number.
DATED_FORMS: dict[str, str] = {
    "et": "'nõukogu 23. novembri 1993. aasta direktiivis' in tests/data/corpus-et E01",
    "fi": "'23.11.1993 annetussa neuvoston direktiivissä' in tests/data/corpus-fi F01; "
    "'{day} päivänä {month} {year}' as in the titles of Finnish acts on EUR-Lex "
    "('annettu 9 päivänä syyskuuta 2015', Directive (EU) 2015/1535)",
    "hu": "'1993. november 23-i 93/104/EK tanácsi irányelvben' in tests/data/corpus-hu H01",
    "lt": "'1993 m. lapkričio 23 d. Europos Parlamento ir Tarybos direktyvoje' in "
    "tests/data/corpus-lt T01",
    "lv": "'Padomes 1993. gada 23. novembra Direktīvā' in tests/data/corpus-lv L01",
    "mt": "'Direttiva tal-Kunsill 93/104/KE, tat-23 ta’ Novembru 1993' and 'tas-26 ta’ Ġunju "
    "2001' in tests/data/corpus-mt M01 (the date after the act, the article joined to the day)",
}


_TITLE_FORM = (
    "the name of the body as in the EUR-Lex titles of its decisions; not yet seen in a text "
    "read for this project (UNCONFIRMED)"
)

#: Where the words of ``agreement_body_before``/``agreement_body_after`` (bodies set up by
#: international agreements: EEA Joint Committee, association and cooperation councils)
#: come from.  Found with the ``search`` tool; the other bodies of a pattern are inferred.
AGREEMENT_BODIES: dict[str, str] = {
    "bg": "на Съвета за асоцииране, на Съвместния комитет на ЕИП after the number: " + _TITLE_FORM,
    "cs": "'Rozhodnutí č. 1/80 Rady přidružení EHS-Turecko' in EUR-Lex 62002CJ0275 (Czech "
    "summary); Smíšeného výboru EHP, Rady pro spolupráci: " + _TITLE_FORM,
    "da": "'Det Blandede EØS-Udvalgs afgørelse nr. 96/2010' (op.europa.eu title) and DET "
    "BLANDEDE EØS-UDVALGS AFGØRELSE (EUR-Lex 22013D0208); Associeringsrådets, truffet af: "
    + _TITLE_FORM,
    "de": "'Beschluss Nr. 1/80 des Assoziationsrats EWG-Türkei' (EUR-Lex sentence pair on "
    "wordscope.be), 'des Beschlusses Nr. 1/77 des Assoziationsrats EWG-Türkei' (EUR-Lex "
    "31980R3540), 'Beschluss Nr. 65/2000 des Gemeinsamen EWR-Ausschusses' (Liechtensteinisches "
    "Landesgesetzblatt 2000 Nr. 78); Kooperationsrat, Partnerschaftsrat, Stabilitäts- und "
    "Assoziationsrat: " + _TITLE_FORM + "; 'Art 10 Abs 1 ARB 1/80' (360.lexisnexis.at, ARD "
    "2001), 'des Assoziationsratsbeschlusses' (linda.lindeverlag.at): agreement_body_words",
    "el": "'Απόφαση 1/80 του Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας' in EUR-Lex 62001CJ0171_SUM "
    "(Greek); της Μεικτής Επιτροπής του ΕΟΧ: " + _TITLE_FORM,
    "es": "'Decisión nº1/80 del Consejo de Asociación' (judgment C-300/09 summary), 'Decisiones "
    "del Consejo de Asociación CEE-Turquía' (EUR-Lex 61989CC0192); Comité Mixto del EEE: "
    + _TITLE_FORM,
    "en": "'EEA Joint Committee Decision', 'Decision No 1/80 of the Association Council' "
    "(EUR-Lex consolidated EEA Agreement 01994A0103(01), Decision No 1/80 itself); "
    "'Decision No 1/80 of the EEC-Finland Joint Committee' (Council Regulation (EEC) No 2515/80); "
    "'DECISION OF THE EEA COUNCIL No 1/95' (01994A0103(01)); 'Decision No 6/2005 of the "
    "ACP-EC Council of Ministers' (EUR-Lex 22006D0111), 'Decision No 3/2019 of the ACP-EU "
    "Committee of Ambassadors' (EUR-Lex 22023D1474), 'Decision No 1/2014 of the Trade "
    "Committee' (COM(2021)173), 'Decision No 2/2003 of the Joint Veterinary Committee', 'of "
    "the joint veterinary committee' (EUR-Lex 22004D0078, 22005D0022); Joint Council, "
    "Cooperation Committee, Specialised Committee (EU-UK agreements): " + _TITLE_FORM,
    "et": "assotsiatsiooninõukogu, EMP Ühiskomitee before the type word: " + _TITLE_FORM,
    "fi": "'ETY-Turkki-assosiaationeuvoston päätöksen N:o 1/80' (EUR-Lex 62001CJ0171_SUM), "
    "'assosiaationeuvoston tekemän päätöksen N:o 1/80' (EUR-Lex 61998CJ0065_SUM), "
    "'EY–Norja-sekakomitean päätös' (op.europa.eu title), 'EY-Turkki-assosiointineuvoston päätös "
    "N:o 1/95' (EUR-Lex 21996D0213(01)), 'assosiaationeuvoston päätös 1/80' (pro gradu thesis, "
    "University of Eastern Finland 2021); ETA:n sekakomitean, ministerineuvoston, "
    "suurlähettiläskomitean, kauppakomitean, yhteistyökomitean, erityiskomitean and the "
    "double-n assosiaationneuvoston: " + _TITLE_FORM,
    "fr": "'décision no 1/80 du conseil d'association' (CURIA C-171/01), 'décision n 3/80 du "
    "conseil d' association CEE-Turquie' (EUR-Lex 61994CJ0277), 'Décision du Comité mixte de "
    "l'EEE no 115/2004' (OJ L 64, 10.3.2005, contents); other councils: " + _TITLE_FORM,
    "ga": "ón gComhairle Comhlachais, Comhchoiste LEE: " + _TITLE_FORM,
    "hr": "Vijeća za pridruživanje, Zajedničkog odbora EGP-a after the number: " + _TITLE_FORM,
    "hu": "'Az EGK‑Törökország Társulási Tanács 1/80 határozata' (EUR-Lex 62009CJ0300_SUM, "
    "CURIA C-294/06 opinion); EGT-Vegyesbizottság, and the adjective 'az 1/80 társulási "
    "tanácsi határozat' (agreement_body_between): " + _TITLE_FORM,
    "it": "'Decisione n. 1/80 del Consiglio d'associazione CEE-Turchia' (EUR-Lex "
    "62009CJ0300_SUM), 'decisione n. 1/77 del Consiglio di associazione CEE-Turchia' (EUR-Lex "
    "31991D0163); Comitato misto SEE: " + _TITLE_FORM,
    "lt": "Asociacijos tarybos, EEE jungtinio komiteto, Bendradarbiavimo tarybos before the "
    "type word: " + _TITLE_FORM,
    "lv": "Asociācijas padomes, EEZ Apvienotās komitejas before the type word: " + _TITLE_FORM,
    "mt": "tal-Kunsill ta' Assoċjazzjoni, tal-Kumitat Konġunt taż-ŻEE: " + _TITLE_FORM,
    "nl": "'Besluit nr. 1/80 van de Associatieraad EEG-Turkije' (EUR-Lex sentence pair on "
    "wordscope.be), 'Besluit nr. 2/76 van de Associatieraad' (Decision 1/80 in Dutch, "
    "opmaat.sdu.nl BWBS0000901), 'het Gemengd Comité van de EER' (wordscope.be); other "
    "councils: " + _TITLE_FORM,
    "pl": "'decyzją Wspólnego Komitetu EOG nr 158/2002' (prawo.pl, OJ L 94 2003); Rady "
    "Stowarzyszenia after the number: " + _TITLE_FORM,
    "pt": "'Decisão n.º 1/80 do Conselho de Associação CEE‑Turquia' (EUR-Lex 62009CJ0300_SUM, "
    "62007CJ0484_SUM); Comité Misto do EEE: " + _TITLE_FORM,
    "ro": "'Decizia nr. 1/80 a Consiliului de asociere' (CURIA C-325/05); Comitetului mixt al "
    "SEE: " + _TITLE_FORM,
    "sk": "'Rozhodnutie asociačnej rady č. 1/80' (CURIA C-373/03); after the number, Spoločného "
    "výboru EHP: " + _TITLE_FORM,
    "sl": "Pridružitvenega sveta, Skupnega odbora EGP after the number: " + _TITLE_FORM,
    "sv": "'associeringsrådets beslut', 'beslut nr 2/76 och 1/80 av det genom "
    "associeringsavtalet mellan EEG och Turkiet inrättade associeringsrådet' (EUR-Lex "
    "61989CJ0192, Swedish); Gemensamma EES-kommitténs: " + _TITLE_FORM,
}


_REPORTS_UNSEEN = (
    "judgments of the Court of Justice in this language cite the Reports so" + _UNCONFIRMED
)
#: Where each language's abbreviation of the European Court Reports (``court_reports``)
#: was seen after a case number.
COURT_REPORTS: dict[str, str] = {
    "bg": "tests/data/corpus-bg B01 (C-282/10): 'Сборник, стр. I-365'",
    "cs": _REPORTS_UNSEEN,
    "da": "tests/data/corpus-da D01 (C-282/10): 'BECTU, Sml. I, s. 4881'",
    "de": "tests/data/corpus-de D01 (C-282/10): 'Slg. 2010, I-365'",
    "el": "tests/data/corpus-el G01 (C-282/10): 'Συλλογή 2010, σ. I-365'",
    "en": _REPORTS_UNSEEN,
    "es": "tests/data/corpus-es E01 (C-282/10): 'Marshall, 152/84, Rec. p. 723'",
    "et": _REPORTS_UNSEEN,
    "fi": "tests/data/corpus-fi F01 (C-282/10): 'tuomio 26.6.2001, Kok., s. I-4881'",
    "fr": _REPORTS_UNSEEN,
    "hu": _REPORTS_UNSEEN,
    "it": "tests/data/corpus-it I01 (C-302/10, C-282/10): 'Racc. pag. I-179'",
    "lt": "tests/data/corpus-lt T01 (C-282/10): 'Rink. p. I-179'",
    "lv": _REPORTS_UNSEEN,
    "mt": "tests/data/corpus-mt M01 (C-282/10): 'Ġabra p. I-365'",
    "nl": "tests/data/corpus-nl N01 (C-282/10): 'Marshall, 152/84, Jurispr. blz. 723'",
    "pl": (
        "tests/data/corpus-pl P02 (C-282/10): 'w sprawie 152/84 Marshall, Rec. s. 723'; "
        "Zb.Orz. UNCONFIRMED"
    ),
    "pt": _REPORTS_UNSEEN,
    "ro": "tests/data/corpus-ro R02 (C-282/10): 'Rep., p. I-179'",
    "sk": "tests/data/corpus-sk K01 (C-282/10): 'Zb. s. I-365'",
    "sl": "tests/data/corpus-sl S01 (C-282/10): 'ZOdl., str. I-365'",
    "sv": "tests/data/corpus-sv S01 (C-282/10): 'REG 2008, s. I-2483', 'REU 2010, s. I-365'",
}


_SUBDIVISIONS = (
    "Interinstitutional Style Guide, {code} version, 3.2.3 references to subdivisions "
    "(publications.europa.eu/code/{code}/{code}-130203.htm): "
)
_JUDGMENT = "the development text tests/data/corpus-{code} (judgment C-282/10 Dominguez): "
_GRAMMAR = (
    "; the other forms of the link from {lang} grammar (UNCONFIRMED in a text read for the project)"
)

_AFTER_UNSEEN = (
    " (UNCONFIRMED in a text read for the project: the Style Guide's table of subdivisions, 2.7)"
)

#: Where each language's pinpoints before an act (``act_pinpoint_links``, and the words of
#: the pinpoint, see ``grammar/act_pinpoints``) come from.
ACT_PINPOINTS: dict[str, str] = {
    "en": _SUBDIVISIONS.format(code="en")
    + "'Article 1(2)(a) of Regulation ...'; Part Four 10.8(e) 'The third indent of the "
    "second subparagraph of Article 2(1) of Regulation No ...'",
    "fr": _SUBDIVISIONS.format(code="fr")
    + "'l'article 1er, paragraphe 2, point a), du règlement'; tests/data/corpus-fr-de F01 "
    "'l'article 18, paragraphe 1, points a), b) ou c), de la "
    "directive 2006/73/CE'" + _GRAMMAR.format(lang="French"),
    "de": _SUBDIVISIONS.format(code="de")
    + "'Artikel 1 Absatz 2 Buchstabe a der Verordnung'; "
    + _JUDGMENT.format(code="de")
    + "'Art. 7 Abs. 1 der Richtlinie 2003/88'",
    "it": _SUBDIVISIONS.format(code="it") + "'l'articolo 1, paragrafo 2, lettera a), del "
    "regolamento'; tests/data/corpus-it 'l'articolo 5, paragrafo 1, della direttiva 2001/29'; "
    "the abbreviations par., lett." + _GRAMMAR.format(lang="Italian"),
    "es": _JUDGMENT.format(code="es")
    + "'el artículo 7, apartado 1, de la Directiva 2003/88'"
    + _GRAMMAR.format(lang="Spanish"),
    "pt": "Interinstitutional Style Guide, pt version, 2.7 (publications.europa.eu/code/pt/"
    "pt-120700.htm): '(no) artigo 1.º, n.º 1, primeiro parágrafo, alínea a)'; the links do, da"
    + _GRAMMAR.format(lang="Portuguese"),
    "nl": _SUBDIVISIONS.format(code="nl")
    + "'artikel 1, lid 2, onder a), van Verordening'; "
    + _JUDGMENT.format(code="nl")
    + "'artikel 7, lid 1, van richtlijn 2003/88'; van de, van het"
    + " (UNCONFIRMED in a text read for the project)",
    "pl": _JUDGMENT.format(code="pl") + "'art. 7 ust. 1 dyrektywy 2003/88' (no link word)",
    "cs": _SUBDIVISIONS.format(code="cs") + "'čl. 1 odst. 2 písm. a) nařízení'; "
    "tests/data/corpus-cs C01 'čl. 4 odst. 2 a 3 nařízení (ES) č. 3605/93' (no link word)",
    "sk": _JUDGMENT.format(code="sk") + "'článok 7 ods. 1 smernice 2003/88' (no link word)",
    "sl": _JUDGMENT.format(code="sl") + "'člen 7(1) Direktive 2003/88' (no link word)",
    "bg": _SUBDIVISIONS.format(code="bg")
    + "'член 1, параграф 2, буква а) от Регламент'; "
    + _JUDGMENT.format(code="bg")
    + "'член 7, параграф 1 от Директива 2003/88'",
    "ro": _SUBDIVISIONS.format(code="ro") + "'articolul 1 alineatul (2) litera (a) din "
    "Regulamentul'; " + _JUDGMENT.format(code="ro") + "'articolului 7 din Directiva 2003/88'",
    "el": _JUDGMENT.format(code="el") + "'το άρθρο 7, παράγραφος 1, της οδηγίας 2003/88'; του, "
    "των for the masculine and plural" + _GRAMMAR.format(lang="Greek"),
    "da": _JUDGMENT.format(code="da") + "'artikel 7, stk. 1, i direktiv 2003/88'",
    "sv": _JUDGMENT.format(code="sv") + "'artikel 7.1 i direktiv 2003/88'",
    "mt": _JUDGMENT.format(code="mt") + "'l-Artikolu 7(1) tad-Direttiva 2003/88' (the link "
    "glued to the act); tar-, tal-, tat-" + _GRAMMAR.format(lang="Maltese"),
    "ga": _SUBDIVISIONS.format(code="ga")
    + "'Airteagal 1(2), pointe (a), de Rialachán'; den"
    + _GRAMMAR.format(lang="Irish"),
    "hr": _SUBDIVISIONS.format(code="hr")
    + "'članak 1. stavak 2. točka (a) podtočka ii. Uredbe' (ordinals with a dot, no link word)",
    # written after the act: the stems of act_pinpoint_after
    "fi": _JUDGMENT.format(code="fi") + "'direktiivin 2003/88 7 artiklan 1 kohtaa'; alakohta, "
    "liite" + _AFTER_UNSEEN,
    "hu": _JUDGMENT.format(code="hu") + "'2003/88 irányelv 7. cikkének (1) bekezdését'; pont, "
    "albekezdés, melléklet" + _AFTER_UNSEEN,
    "et": _JUDGMENT.format(code="et") + "'direktiivi 2003/88 artikli 7 lõiget 1'; punkt, "
    "alapunkt, lisa" + _AFTER_UNSEEN,
    "lv": _JUDGMENT.format(code="lv") + "'Direktīvas 2003/88 7. panta 1. punkts'; apakšpunkts, "
    "daļa, pielikums" + _AFTER_UNSEEN,
    "lt": _SUBDIVISIONS.format(code="lt")
    + "'Reglamento <…> 1 straipsnio 2 dalies a punktas'; "
    + _JUDGMENT.format(code="lt")
    + "'Direktyvos 2003/88 7 straipsnio 1 dalį'; papunktis, "
    "priedas" + _AFTER_UNSEEN,
}


#: The ACP-EC Council of Ministers and other bodies on no list (``agreement_body_any_after``
#: where the record has it; else added to the lists).
_MORE_BODIES = {
    "fr": "'Décision n o 7/2005 du Conseil des ministres ACP-CE' (EUR-Lex 22006D0112), 'DÉCISION "
    "N o 1/2006 DU CONSEIL DES MINISTRES ACP-CE' (22006D0608); comité « commerce », Conseil "
    "conjoint: UNCONFIRMED",
    "de": "'Beschluss Nr. 7/2005 des AKP-EG-Ministerrates' (EUR-Lex 22006D0112), 'Der "
    "AKP-EG-Botschafterausschuss hat mit dem Beschluss Nr. 1/2001' (EUR-Lex 22005D0297); "
    "Gemischter Rat, -ausschuss compounds: UNCONFIRMED",
    "es": "'Decisión nº 2/2003 del Comité mixto veterinario' (EUR-Lex 22004D0078, vlex.com); "
    "Consejo Conjunto, Consejo de Ministros: UNCONFIRMED",
    "pt": "'DECISÃO N.o 1/2019 DO CONSELHO DE MINISTROS ACP-UE' (EUR-Lex 22019D0920)",
    "el": "'Απόφαση αριθ. 1/2007 του Συμβουλίου Υπουργών ΑΚΕ-ΕΚ' (EUR-Lex 22007D0460); Επιτροπής "
    "Πρέσβεων: UNCONFIRMED",
    "pl": "'Decyzja nr 1/2006 Rady Ministrów AKP–WE' (e-prawnik.pl, OJ L 247 2006), 'Komitetowi "
    "Ambasadorów AKP-UE' (prawo.pl, OJ L 142 2019)",
    "cs": "'ROZHODNUTÍ č. 1/2006 RADY MINISTRŮ AKT–ES' (EUR-Lex 22006D0608); výboru velvyslanců: "
    "UNCONFIRMED",
    "sk": "'ROZHODNUTIE RADY MINISTROV AKT – ES č. 1/2006' (EUR-Lex 22006D0608); Výboru "
    "veľvyslancov: UNCONFIRMED",
    "et": "'AKV–EÜ ministrite nõukogu otsus nr 7/2005' (EUR-Lex 22006D0112); suursaadikute "
    "komitee, -komitee compounds before the type word (kaubanduskomitee): UNCONFIRMED",
    "sl": "'Sklep Sveta ministrov AKP–ES št. 6/2005' (EUR-Lex 22006D0111); Odbora veleposlanikov: "
    "UNCONFIRMED",
    "it": "Consiglio dei ministri ACP-CE, Comitato degli ambasciatori: UNCONFIRMED",
    "nl": "ACS-EG-Raad van ministers, Handelscomité, Gezamenlijke Raad: UNCONFIRMED",
    "ro": "Consiliului de Miniștri ACP-UE, Comitetului Ambasadorilor: UNCONFIRMED",
    "da": "'Afgørelse nr. 5/2002 truffet af Det Fælles Råd EF-Mexico' (op.europa.eu title); "
    "-udvalgets/-rådets compounds (AVS-EF-Ministerrådets): UNCONFIRMED",
    "sv": "-kommitténs/-rådets compounds (AVS–EG-ministerrådets, handelskommitténs): UNCONFIRMED",
    "hr": "any odbora after the number (Zajedničkog veterinarskog odbora), Vijeća ministara "
    "with its parties: UNCONFIRMED",
    "bg": "any Комитета after the number, на Съвета на министрите: UNCONFIRMED",
    "mt": "any tal-Kumitat after the number: UNCONFIRMED",
    "lv": "'ĀKK–EK Ministru padomes Lēmums Nr. 6/2005' (EUR-Lex 22006D0111); vēstnieku "
    "komitejas: UNCONFIRMED",
    "lt": "ministrų tarybos, ambasadorių komiteto with their parties (AKR–EB): UNCONFIRMED",
    "hu": "Miniszterek Tanácsa, Nagykövetek Bizottsága with their parties (AKCS–EK): UNCONFIRMED",
}
#: Real texts the general rules (``agreement_body_any_*``) of el, ga, lt, lv, hu, en rest on.
_GENERAL_RULES = {
    "el": "any adjective + Επιτροπής/Συμβουλίου, or the noun + a genitive name: 'της απόφασης "
    "αριθ. 3/2019 της Επιτροπής των Πρέσβεων ΑΚΕ-ΕΕ' (COM(2020) 432, EUR-Lex 52020PC0432)",
    "ga": "any Coiste after the number: 'Cinneadh Uimh. 1/2023 ó Choiste Ambasadóirí ACC-AE' "
    "(EUR-Lex 22023D1474); ón gCoiste, Comhairle Airí, Chomhpháirteach: UNCONFIRMED",
    "lt": "any -komiteto before the type word: 'AKR IR ES AMBASADORIŲ KOMITETO SPRENDIMAS Nr. "
    "3/2019' (EUR-Lex 02020D0002); a council with parties joined by ir: 'AKR ir EB Ministrų "
    "Tarybos sprendimas Nr. 1/2006' (EUR-Lex 22006D0608)",
    "lv": "any -komitejas: 'ĀKK un ES Vēstnieku komitejas Lēmums Nr. 3/2019' (02020D0002)",
    "hu": "a possessive body before the number: '... regionális egyezmény vegyes bizottságának "
    "1/2014 határozata' (op.europa.eu, 2014/503/EU); a named Bizottság: UNCONFIRMED",
    "en": "'the Association Committee in Trade configuration', 'meeting in Trade configuration' "
    "(EUR-Lex 32018D1838); a bare Committee/subcommittee, a name in lower case: UNCONFIRMED",
}
for _code, _note in _GENERAL_RULES.items():
    AGREEMENT_BODIES[_code] += "; " + _note
for _code in ("cs", "sk", "sl", "pl", "ro"):
    AGREEMENT_BODIES[_code] += "; any committee after the number: UNCONFIRMED"
for _code, _note in _MORE_BODIES.items():
    AGREEMENT_BODIES[_code] += "; " + _note


def sources(code: str, dev: str | None = None) -> dict[str, str]:
    """The usual source notes of a record (``dev``: its development text, if any)."""
    out = {
        "act_types, authors, subtypes, number_markers, domains": f"{style_guide(code)}; "
        f"{INSPIRE_TITLES}",
        "oj_journals, oj_pages, months, date_words": style_guide(code),
        "treaties, article_words, pinpoints, case_words, Commission document words": (
            f"{style_guide(code)}; judgments of the Court of Justice (CURIA) in this language"
        ),
    }
    if dev:
        out["checked on"] = dev
    if code in COURT_REPORTS:
        out["court_reports"] = COURT_REPORTS[code]
    if code in DEFINITIONS:
        out["definitions"] = DEFINITIONS[code]
    if code in ANAPHORS:
        out["back_references (anaphors)"] = ANAPHORS[code]
    if code in DATED_FORMS:
        out["dated_forms_before"] = DATED_FORMS[code]
    if code in AGREEMENT_BODIES:
        out["agreement_body_before, agreement_body_after"] = AGREEMENT_BODIES[code]
    if code in ACT_PINPOINTS:
        out["act_pinpoint_links"] = ACT_PINPOINTS[code]
    return out
