"""Where the words of the agreement-body guards of the language records come from
(re-exported by ``_sources``).  Kept apart: the notes of 24 languages are long."""

from __future__ import annotations

_TITLE_FORM = (
    "the name of the body as in the EUR-Lex titles of its decisions; not yet seen in a text "
    "read for this project (UNCONFIRMED)"
)

#: Where the words of ``agreement_bodies.before``/``agreement_bodies.after`` (bodies set up by
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
    "2001), 'des Assoziationsratsbeschlusses' (linda.lindeverlag.at): agreement_bodies.words",
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
    "tanácsi határozat' (agreement_bodies.between): " + _TITLE_FORM,
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


#: The ACP-EC Council of Ministers and other bodies on no list (``agreement_bodies.any_after``
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
#: why the Council of Ministers is read only with its parties after it (``ACP-CE``)
_WITH_PARTIES = (
    "; the Council of Ministers only with its parties after it: governments and other unions "
    "are named so ('Règlement n° 01/2008/CM/UEMOA' of 'LE CONSEIL DES MINISTRES DE L'UNION "
    "ECONOMIQUE ET MONETAIRE OUEST AFRICAINE', juriafrica.com; Portugal's 'Resolução do "
    "Conselho de Ministros n.º 131/2021'; Poland's Rada Ministrów, rcl.gov.pl; pages corpus and "
    "find_string): 'décision n° 06/2010 du Conseil des Ministres de l'UEMOA' was an agreement "
    "body's decision (tests/grammar/test_agreement_decisions_ministers)"
)
for _code in ("fr", "it", "pt", "ro", "pl", "cs", "sk", "sl"):
    _MORE_BODIES[_code] += _WITH_PARTIES
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
