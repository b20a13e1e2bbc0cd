# ruff: noqa: E501
"""Source notes for the journal's full name in the cases running text puts it in (the
languages' ``oj.journal_names`` beside the nominative), and for the Official Journal's
date words (``months``, ``year_suffixes``) where a record's own notes do not cover them."""

from __future__ import annotations

_ISG = "Interinstitutional Style Guide, {code} version, 3.1 (publications.europa.eu/code/{code}/{code}-130100.htm)"
_FORMULA = (
    "in the long form's examples (the call published in the journal, the entry-into-force formula)"
)
_AFTER = (
    "; a series, issue, date and page after the declined name as after the nominative "
    "(the Style Guide's abbreviated forms), UNCONFIRMED in a text read for this project"
)

#: Language code -> where the declined full names of the journal come from.
OJ_NAME_CASES: dict[str, str] = {
    "cs": "the locative 'v Úředním věstníku Evropské unie' "
    + _FORMULA
    + ", "
    + _ISG.format(code="cs")
    + "; the Communities' the same way"
    + _AFTER,
    "sk": "the locative 'v Úradnom vestníku Európskej únie' "
    + _FORMULA
    + ", "
    + _ISG.format(code="sk")
    + "; the Communities' the same way"
    + _AFTER,
    "sl": "the locative 'v Uradnem listu Evropske unije' "
    + _FORMULA
    + ", "
    + _ISG.format(code="sl")
    + "; the Communities' the same way"
    + _AFTER,
    "hr": "the locative 'u Službenom listu Europske unije' "
    + _FORMULA
    + ", "
    + _ISG.format(code="hr")
    + "; the Communities' the same way"
    + _AFTER,
    "lt": "the locative 'Europos Sąjungos oficialiajame leidinyje' "
    + _FORMULA
    + ", "
    + _ISG.format(code="lt")
    + " and Article 99 of the GDPR in Lithuanian (gdprinfo.eu); the Communities' the same way"
    + _AFTER,
    "lv": "the locative 'Eiropas Savienības Oficiālajā Vēstnesī' "
    + _FORMULA
    + ", "
    + _ISG.format(code="lv")
    + "; the Communities' the same way"
    + _AFTER,
    "fi": "the inessive 'Euroopan unionin virallisessa lehdessä' "
    + _FORMULA
    + ", "
    + _ISG.format(code="fi")
    + "; the Communities' the same way"
    + _AFTER,
    "et": "the inessive 'Euroopa Liidu Teatajas' "
    + _FORMULA
    + ", "
    + _ISG.format(code="et")
    + "; the Communities' the same way"
    + _AFTER,
    "hu": "the inessive 'az Európai Unió Hivatalos Lapjában' in the entry-into-force formula "
    "(Article 99 of the GDPR, EUR-Lex 32016R0679, in Hungarian as gdprinfo.eu reproduces it); the Communities' the same way"
    + _AFTER,
    "pl": "the locative 'w Dzienniku Urzędowym Unii Europejskiej' in the entry-into-force "
    "formula (Article 99 of the GDPR, EUR-Lex 32016R0679, in Polish as gdprinfo.eu reproduces it; Implementing Regulation (EU) "
    "2019/1131, Article 9, sip.lex.pl); the Communities' the same way" + _AFTER,
}

#: Greek month names in the nominative, as the Publications Office's lists of issues date
#: an issue.
EL_NOMINATIVE_MONTHS = (
    "the nominative in the Publications Office's lists of issues: 'Επίσημη Εφημερίδα των "
    "Ευρωπαϊκών Κοινοτήτων, L 144, 15 Μάιος 1998' (op.europa.eu, publication "
    "6072c35d-8c09-4be8-a530-5c255e79d487), beside the genitive of EUR-Lex's dates; the other months' nominatives from Greek "
    "grammar, UNCONFIRMED in a text read for this project"
)

#: The Bulgarian year suffix glued to the year, with or without its dot.
BG_GLUED_YEAR = (
    "the suffix glued to the year, without its dot, in the Publications Office's lists of "
    "issues: 'Официален вестник на Европейския съюз, C 254, 26 октомври 2007г' "
    "(op.europa.eu, publication 05c5d514-cee3-4f69-bda3-6c47dd3e92c4), beside the Style Guide's '4.5.2016 г.' (3.1); glued with its dot "
    "in national writing: 'Решение № 342/29.03.2018г.' (exlege.bg); both after an OJ date "
    "in figures UNCONFIRMED in a text read for this project"
)

#: Where the Economic Community's qualifier between the journal and its series comes from, in
#: the languages whose records have it by analogy with German and French (``ABl. EWG Nr. L``,
#: ``JO CEE L``, which the session's brief reported from national law).
OJ_EEC_QUALIFIER = (
    "the journal qualified by the Economic Community's abbreviation, as national texts cite "
    "the directives of before 1993 ('{example}'), the abbreviation the act's own number "
    "carries on EUR-Lex ('{number}', 31985L0374 in this language), beside the Communities' "
    "qualifier the record had; German 'ABl. EWG Nr. L' and French 'JO CEE L' as the session's "
    "brief reported them from national law; in this language UNCONFIRMED in a text read"
)
