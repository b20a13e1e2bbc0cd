"""Shared source notes for the language records."""

from __future__ import annotations

from eurefs.languages._body_sources import AGREEMENT_BODIES as AGREEMENT_BODIES
from eurefs.languages._case_sources import COURT_REPORTS as COURT_REPORTS
from eurefs.languages._case_sources import JUDGMENT_PINPOINTS as JUDGMENT_PINPOINTS
from eurefs.languages._case_sources import KEYWORD_INSTRUMENTS as KEYWORD_INSTRUMENTS
from eurefs.languages._case_sources import LABEL_NOUNS as LABEL_NOUNS
from eurefs.languages._oj_sources import OJ_NAME_CASES

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

#: Where each language's pinpoints before an act (``pinpoints.links``, and the words of
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
    # written after the act: the stems of pinpoints.after
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


_GRAMMAR_CASES = " (UNCONFIRMED in a text read for the project)"
_AIR_BERLIN = (
    "judgment C-573/13 Air Berlin (ECLI:EU:C:2015:11), its subject heading as CURIA publishes "
    "it in this language: "
)

#: Where the words of lower subdivisions a pinpoint before an act holds (sentences, points
#: after a comma, ranges: ``pinpoints.ordinals``, ``pinpoints.ordinal_nouns``, ``pinpoints.words``,
#: ``article_ranges``) come from, beyond ``ACT_PINPOINTS``.
SUBDIVISION_WORDS: dict[str, str] = {
    "en": "'Article 23(1), points (b) to (d), of Regulation (EC) No 1008/2008': the plural "
    "point word after a comma, in an English summary of CJEU case-law the project brief "
    "quotes; the Style Guide writes the singular after a comma ('Annex I, point 2')",
    "fr": "'sous a)': judgment C-22/21 SRS (ECLI:EU:C:2022:683), its subject heading "
    "'Article 3, paragraphe 2, premier alinéa, sous a)' (CURIA, fr); Interinstitutional Style "
    "Guide, fr version, 3.2.3 (style-guide.europa.eu): 'l'article 2, l'article 5, paragraphes "
    "2 et 3, et les articles 6 à 9 du règlement', 'son article 1er, paragraphe 1, point b), et "
    "paragraphe 3, point c)'",
    "de": "'S.' for Satz after a number: judgment of the OLG Dresden of 15 October 2024, 4 U "
    "940/24, as RDV 1/2025 prints it ('ErwG 146 S. 6'); the NWB database's norm chain of the "
    "BGH's reference in C-573/13 ('Art 23 Abs 1 S 2 EGV 1008/2008'). Only after an article "
    "and its number: 'S.' alone is a page ('ABl. L 293, S. 3'). 'Teil' (a part, lettered): "
    "'Artikel 11 Teil A Absatz 1 Buchstabe a der Sechsten Richtlinie' (CJEU judgment against "
    "Sweden on VAT and dried fodder aid, as the NWB database prints it)",
    "it": _AIR_BERLIN + "'Articolo 23, paragrafo 1, secondo periodo' (periodo: sentence); "
    "Interinstitutional Style Guide, it version, 3.2.3 (publications.europa.eu/code/it/"
    "it-130203.htm): 'l'articolo 1, paragrafo 1, seconda frase,' (a feminine ordinal), "
    "'articoli da 2 a 4', 'gli articoli da 6 a 9 del regolamento' (a range), 'l'articolo 1, "
    "paragrafo 1, lettera b), e paragrafo 3, lettera c)'",
    "es": _AIR_BERLIN + "'Artículo 23, apartado 1, segunda frase' (a feminine ordinal)",
    "el": _AIR_BERLIN + "'Άρθρο 23, παράγραφος 1, δεύτερη περίοδος' (a feminine ordinal); "
    "the other feminine ordinals from Greek grammar (UNCONFIRMED in a text read for the "
    "project)",
    "nl": "Interinstitutional Style Guide, nl version, 3.2.3 (publications.europa.eu/code/nl/"
    "nl-130203.htm): 'de artikelen 2 tot en met 4', 'artikel 1, lid 1, onder b), en lid 3, "
    "onder c)'",
    "sk": _AIR_BERLIN + "'Článok 23 ods. 1 druhá veta' (veta: sentence, a feminine ordinal); "
    "the other cases from Slovak grammar (UNCONFIRMED in a text read for the project)",
    "hr": _AIR_BERLIN + "'Članak 23. stavak 1. druga rečenica' (rečenica: sentence, a "
    "feminine ordinal); the other cases from Croatian grammar (UNCONFIRMED in a text read "
    "for the project)",
    # written after the act: ordinals (``pinpoints.ordinals``) and sentence stems
    # (``pinpoints.after``)
    "fi": _AIR_BERLIN + "'23 artiklan 1 kohdan toinen virke'; 'direktiivin 95/46/EY 28 "
    "artiklan 1 kohdan toisesta alakohdasta' (Opinion in C-518/07, Finnish, CURIA); the other "
    "cases from Finnish grammar" + _GRAMMAR_CASES,
    "et": _AIR_BERLIN + "'Artikli 23 lõike 1 teine lause'; the other cases from Estonian "
    "grammar" + _GRAMMAR_CASES,
    "hu": _AIR_BERLIN + "'23. cikk (1) bekezdés, második mondat' (the judgment as jogkodex.hu "
    "reproduces EUR-Lex 62013CJ0573); the other ordinals" + _GRAMMAR_CASES,
    "lv": _AIR_BERLIN + "'23. panta 1. punkta otrais teikums'; the summary 'Regulas Nr. "
    "1008/2008 ... 23. panta 1. punkta otrais teikums ir jāinterpretē' (CURIA); the other "
    "genders and cases from Latvian grammar" + _GRAMMAR_CASES,
    "lt": _AIR_BERLIN + "'23 straipsnio 1 dalies antras sakinys' (EUR-Lex 62013CJ0573, OJ C "
    "73, 2.3.2015); the definite forms (antrasis), the other genders and cases from "
    "Lithuanian grammar" + _GRAMMAR_CASES,
}

#: Where the journal's full names (``oj.journal_names``) come from.
OJ_NAMES = (
    "the journal's title on its own issues and in EUR-Lex's and the Publications Office's "
    "lists of issues ('Official Journal of the European Communities, L 103, 23 April 1991', "
    "'De Europæiske Fællesskabers Tidende, L 29, 1. februar 1985', 'Jornal Oficial das "
    "Comunidades Europeias, C 276, 23 de outubro de 1991', 'Επίσημη Εφημερίδα των Ευρωπαϊκών "
    "Κοινοτήτων, L 144, 15 Μάιος 1998', 'Официален вестник на Европейския съюз, C 254', "
    "'Gazzetta ufficiale dell’Unione europea, L 265, 16 ottobre 2003', 'Az Európai Unió "
    "Hivatalos Lapja, L 236'; eur-lex.europa.eu, op.europa.eu, pages corpus); the "
    "Interinstitutional Style Guide, 3.1 (the long form of the Union's name, the Communities' "
    "for texts published up to 31 January 2003: 'Iris Oifigiúil an Aontais Eorpaigh', 'Iris "
    "Oifigiúil na gComhphobal Eorpach', publications.europa.eu/code/ga/ga-130100.htm); "
    "EUR-Lex's former header of the acts before 2004: 'Europeiska gemenskapernas officiella "
    "tidning nr L 387 , 31/12/1992 s. 0001'"
)


def sources(code: str, dev: str | None = None) -> dict[str, str]:
    """The usual source notes of a record (``dev``: its development text, if any)."""
    out = {
        "act_types, authors, subtypes, number_markers, domains": f"{style_guide(code)}; "
        f"{INSPIRE_TITLES}",
        "oj.journals, oj.pages, months, date_words": style_guide(code),
        "oj.journal_names": OJ_NAMES,
        "treaties, article_words, pinpoints, cases.words, Commission document words": (
            f"{style_guide(code)}; judgments of the Court of Justice (CURIA) in this language"
        ),
    }
    if dev:
        out["checked on"] = dev
    if code in OJ_NAME_CASES:
        out["oj.journal_names (declined)"] = OJ_NAME_CASES[code]
    if code in COURT_REPORTS:
        out["cases.court_reports"] = COURT_REPORTS[code]
    if code in DEFINITIONS:
        out["definitions"] = DEFINITIONS[code]
    if code in ANAPHORS:
        out["back_references (anaphors)"] = ANAPHORS[code]
    if code in DATED_FORMS:
        out["dated_forms_before"] = DATED_FORMS[code]
    if code in AGREEMENT_BODIES:
        out["agreement_bodies.before, agreement_bodies.after"] = AGREEMENT_BODIES[code]
    if code in ACT_PINPOINTS:
        out["pinpoints.links"] = ACT_PINPOINTS[code]
    if code in SUBDIVISION_WORDS:
        out["subdivision words (sentences, ranges)"] = SUBDIVISION_WORDS[code]
    if code in JUDGMENT_PINPOINTS:
        out["cases.pinpoint_words"] = JUDGMENT_PINPOINTS[code]
    out["cases.keyword_instruments"] = KEYWORD_INSTRUMENTS
    if code in LABEL_NOUNS:
        out["cases.label_nouns"] = LABEL_NOUNS[code]
    return out
