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
    if code in DEFINITIONS:
        out["definitions"] = DEFINITIONS[code]
    if code in DATED_FORMS:
        out["dated_forms_before"] = DATED_FORMS[code]
    return out
