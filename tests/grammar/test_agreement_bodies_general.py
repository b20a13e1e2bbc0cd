"""The general rules for bodies on no list in Greek, Irish, Lithuanian, Latvian and
Hungarian (body before the number), and English committees with no name before them:
no CELEX for the body's decision; the EU institutions of each language keep theirs.

Each sentence is quoted from a real text (source in the comment) unless marked
UNCONFIRMED (a title form or the wording of the issue).
"""

from __future__ import annotations

import pytest

from tests.grammar.body_decisions import acts as _acts
from tests.grammar.body_decisions import assert_body_decision

#: (sentence, language, the decision's text as cited, the body as written)
BODY_DECISIONS = [
    # COM(2020) 432 final, EUR-Lex 52020PC0432 (Greek title of the proposal)
    (
        "όσον αφορά την τροποποίηση της απόφασης αριθ. 3/2019 της Επιτροπής των Πρέσβεων "
        "ΑΚΕ-ΕΕ, της 17ης Δεκεμβρίου 2019, για τη θέσπιση μεταβατικών μέτρων",
        "el",
        "απόφασης αριθ. 3/2019 της Επιτροπής των Πρέσβεων ΑΚΕ-ΕΕ",
        "Επιτροπής των Πρέσβεων ΑΚΕ-ΕΕ",
    ),
    # title forms (UNCONFIRMED)
    (
        "Απόφαση αριθ. 1/2014 της Επιτροπής Εμπορίου της 5ης Μαΐου",
        "el",
        "Απόφαση αριθ. 1/2014 της Επιτροπής Εμπορίου",
        "Επιτροπής Εμπορίου",
    ),
    (
        "Απόφαση αριθ. 2/2003 της Μικτής Κτηνιατρικής Επιτροπής",
        "el",
        "Απόφαση αριθ. 2/2003 της Μικτής Κτηνιατρικής Επιτροπής",
        "Μικτής Κτηνιατρικής Επιτροπής",
    ),
    (
        "ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ",
        "el",
        "ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ",
        "ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ",
    ),
    # headings in capitals, without accents: EUR-Lex 01994A0103(01) (the Greek consolidated
    # EEA Agreement) lists 'ΑΠΟΦΑΣΗ ΤΗΣ ΜΕΙΚΤΗ ΕΠΙΤΡΟΠΗΣ ΤΟΥ ΕΟΧ αριϑ. 2/94' (two misprints,
    # read as nothing: see below); the heading as printed without them
    (
        "ΑΠΟΦΑΣΗ ΤΗΣ ΜΕΙΚΤΗΣ ΕΠΙΤΡΟΠΗΣ ΤΟΥ ΕΟΧ αριθ. 2/94 της 8ης Φεβρουαρίου 1994",
        "el",
        "ΑΠΟΦΑΣΗ ΤΗΣ ΜΕΙΚΤΗΣ ΕΠΙΤΡΟΠΗΣ ΤΟΥ ΕΟΧ αριθ. 2/94",
        "ΜΕΙΚΤΗΣ ΕΠΙΤΡΟΠΗΣ ΤΟΥ ΕΟΧ",
    ),
    (
        "ΑΠΟΦΑΣΗ αριθ. 1/95 ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ ΣΥΝΔΕΣΗΣ ΕΚ-ΤΟΥΡΚΙΑΣ",
        "el",
        "ΑΠΟΦΑΣΗ αριθ. 1/95 ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ ΣΥΝΔΕΣΗΣ ΕΚ-ΤΟΥΡΚΙΑΣ",
        "ΣΥΜΒΟΥΛΙΟΥ ΣΥΝΔΕΣΗΣ ΕΚ-ΤΟΥΡΚΙΑΣ",
    ),
    # EUR-Lex 22023D1474 (Irish title and heading)
    (
        "Cinneadh Uimh. 1/2023 ó Choiste Ambasadóirí ACC-AE an 30 Meitheamh 2023",
        "ga",
        "Cinneadh Uimh. 1/2023 ó Choiste Ambasadóirí ACC-AE",
        "Choiste Ambasadóirí ACC-AE",
    ),
    (
        "CINNEADH Uimh. 1/2023 Ó CHOISTE AMBASADÓIRÍ ACC-AE\nan 30 Meitheamh 2023",
        "ga",
        "CINNEADH Uimh. 1/2023 Ó CHOISTE AMBASADÓIRÍ ACC-AE",
        "CHOISTE AMBASADÓIRÍ ACC-AE",
    ),
    # title forms (UNCONFIRMED): a council of ministers, a joint council with its parties
    (
        "Cinneadh Uimh. 1/2019 ó Chomhairle Airí ACC-AE an 23 Bealtaine 2019",
        "ga",
        "Cinneadh Uimh. 1/2019 ó Chomhairle Airí ACC-AE",
        "Chomhairle Airí ACC-AE",
    ),
    (
        "Cinneadh Uimh. 2/2000 ón gComhairle Chomhpháirteach AE-Meicsiceo",
        "ga",
        "Cinneadh Uimh. 2/2000 ón gComhairle Chomhpháirteach AE-Meicsiceo",
        "gComhairle Chomhpháirteach AE-Meicsiceo",
    ),
    (
        "Cinneadh Uimh. 1/2014 ón gCoiste Trádála",
        "ga",
        "Cinneadh Uimh. 1/2014 ón gCoiste Trádála",
        "gCoiste Trádála",
    ),
    # EUR-Lex 02020D0002 (Latvian consolidated text, title and heading)
    (
        "ĀKK un ES Vēstnieku komitejas Lēmums Nr. 3/2019 (2019. gada 17. decembris) pieņemt "
        "pārejas posma pasākumus",
        "lv",
        "ĀKK un ES Vēstnieku komitejas Lēmums Nr. 3/2019",
        "ĀKK un ES Vēstnieku komitejas",
    ),
    (
        "ĀKK UN ES VĒSTNIEKU KOMITEJAS LĒMUMS Nr. 3/2019\n(2019. gada 17. decembris)",
        "lv",
        "ĀKK UN ES VĒSTNIEKU KOMITEJAS LĒMUMS Nr. 3/2019",
        "ĀKK UN ES VĒSTNIEKU KOMITEJAS",
    ),
    # UNCONFIRMED: the parties joined by 'un' before a listed body are part of it
    (
        "ES un Meksikas Apvienotās padomes Lēmums Nr. 2/2000",
        "lv",
        "ES un Meksikas Apvienotās padomes Lēmums Nr. 2/2000",
        "ES un Meksikas Apvienotās padomes",
    ),
    # UNCONFIRMED: a name in lower case; a bare committee
    (
        "saskaņā ar apvienotās veterinārās komitejas Lēmumu Nr. 2/2003",
        "lv",
        "apvienotās veterinārās komitejas Lēmumu Nr. 2/2003",
        "apvienotās veterinārās komitejas",
    ),
    (
        "pagal jungtinio veterinarijos komiteto sprendimą Nr. 2/2003",
        "lt",
        "jungtinio veterinarijos komiteto sprendimą Nr. 2/2003",
        "jungtinio veterinarijos komiteto",
    ),
    (
        "tai priklauso nuo komiteto sprendimo Nr. 1/2014",
        "lt",
        "komiteto sprendimo Nr. 1/2014",
        "komiteto",
    ),
    # UNCONFIRMED: a word before the body is no part of it
    (
        "Saskaņā ar Tirdzniecības komitejas Lēmumu Nr. 1/2014",
        "lv",
        "Tirdzniecības komitejas Lēmumu Nr. 1/2014",
        "Tirdzniecības komitejas",
    ),
    # EUR-Lex 02020D0002 (Lithuanian consolidated text, heading)
    (
        "AKR IR ES AMBASADORIŲ KOMITETO SPRENDIMAS Nr. 3/2019\n2019 m. gruodžio 17 d.",
        "lt",
        "AKR IR ES AMBASADORIŲ KOMITETO SPRENDIMAS Nr. 3/2019",
        "AKR IR ES AMBASADORIŲ KOMITETO",
    ),
    # EUR-Lex 22006D0608 (Lithuanian title and heading): a council with its parties joined
    # by 'ir' (was 32006D0001, the author the EU's Tarybos)
    (
        "2006 m. birželio 2 d. AKR ir EB Ministrų Tarybos sprendimas Nr. 1/2006, patikslinantis",
        "lt",
        "AKR ir EB Ministrų Tarybos sprendimas Nr. 1/2006",
        "AKR ir EB Ministrų Tarybos",
    ),
    (
        "AKR IR EB MINISTRŲ TARYBOS SPRENDIMAS Nr. 1/2006",
        "lt",
        "AKR IR EB MINISTRŲ TARYBOS SPRENDIMAS Nr. 1/2006",
        "AKR IR EB MINISTRŲ TARYBOS",
    ),
    # title forms (UNCONFIRMED)
    (
        "ES ir Meksikos jungtinės tarybos sprendimas Nr. 2/2000",
        "lt",
        "ES ir Meksikos jungtinės tarybos sprendimas Nr. 2/2000",
        "ES ir Meksikos jungtinės tarybos",
    ),
    (
        "Pagal Prekybos komiteto sprendimą Nr. 1/2014",
        "lt",
        "Prekybos komiteto sprendimą Nr. 1/2014",
        "Prekybos komiteto",
    ),
    (
        "Jungtinio veterinarijos komiteto sprendimas Nr. 2/2003",
        "lt",
        "Jungtinio veterinarijos komiteto sprendimas Nr. 2/2003",
        "Jungtinio veterinarijos komiteto",
    ),
    # op.europa.eu, 2014/503/EU (Hungarian title): the body in the possessive
    (
        "A pán-euromediterrán preferenciális származási szabályokról szóló regionális egyezmény "
        "vegyes bizottságának 1/2014 határozata ( 2014. május 21. )",
        "hu",
        "vegyes bizottságának 1/2014 határozata",
        "vegyes bizottságának",
    ),
    # title forms (UNCONFIRMED): a named committee (Bizottság is also the Commission)
    (
        "a Kereskedelmi Bizottság 1/2014 határozata",
        "hu",
        "Kereskedelmi Bizottság 1/2014 határozata",
        "Kereskedelmi Bizottság",
    ),
    (
        "az EU–Korea Kereskedelmi Bizottság 3/2016 határozata",
        "hu",
        "EU–Korea Kereskedelmi Bizottság 3/2016 határozata",
        "EU-Korea Kereskedelmi Bizottság",
    ),
    (
        "a Vegyes Tanács 2/2000 határozata",
        "hu",
        "Vegyes Tanács 2/2000 határozata",
        "Vegyes Tanács",
    ),
    # English committees with no name before them, in any case; 'in Trade configuration'
    # (the brief's wordings, UNCONFIRMED)
    (
        "Decision No 1/2019 of the Committee on Trade and Sustainable Development of 5 May",
        "en",
        "Decision No 1/2019 of the Committee on Trade and Sustainable Development",
        "Committee on Trade and Sustainable Development",
    ),
    (
        "Decision No 1/2013 of the subcommittee on customs",
        "en",
        "Decision No 1/2013 of the subcommittee on customs",
        "subcommittee on customs",
    ),
    (
        "Decision No 1/2019 of the customs cooperation committee of 5 May",
        "en",
        "Decision No 1/2019 of the customs cooperation committee",
        "customs cooperation committee",
    ),
    (
        "Decision No 1/2019 of the sanitary and phytosanitary committee",
        "en",
        "Decision No 1/2019 of the sanitary and phytosanitary committee",
        "sanitary and phytosanitary committee",
    ),
    (
        "Decision No 1/2012 of the Committee established under the Agreement",
        "en",
        "Decision No 1/2012 of the Committee",
        "Committee",
    ),
    (
        "Decision No 1/2016 of the EU-Ukraine Association Committee in Trade configuration of",
        "en",
        "Decision No 1/2016 of the EU-Ukraine Association Committee in Trade configuration",
        "EU-Ukraine Association Committee in Trade configuration",
    ),
    # the body's name as EUR-Lex 32018D1838 writes it ('the Association Committee meeting in
    # Trade configuration'), with a decision number (UNCONFIRMED)
    (
        "Decision No 1/2019 of the Association Committee meeting in Trade configuration of",
        "en",
        "Decision No 1/2019 of the Association Committee meeting in Trade configuration",
        "Association Committee meeting in Trade configuration",
    ),
    (
        "under the Association Council's Decision No 1/80 of 19 September 1980",
        "en",
        "Association Council's Decision No 1/80",
        "Association Council",
    ),
    (
        "Trade Committee Decision No 1/2014 of 5 May 2014",
        "en",
        "Trade Committee Decision No 1/2014",
        "Trade Committee",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "cited", "body"),
    BODY_DECISIONS,
    ids=[f"{c[1]}-{c[2][:30]}" for c in BODY_DECISIONS],
)
def test_a_body_decision_has_the_body_in_span_and_no_celex(
    text: str, lang: str, cited: str, body: str
) -> None:
    assert_body_decision(text, lang, cited, body)


#: Decisions of the EU's institutions numbered without a domain, beside the words the
#: rules read: each keeps its CELEX.
EU_DECISIONS = [
    ("απόφαση 2010/427 του Συμβουλίου της 26ης Ιουλίου 2010", "el"),
    ("απόφαση 2010/427 της Επιτροπής της 26ης Ιουλίου 2010", "el"),
    ("απόφαση 2010/427 της Επιτροπής σχετικά με", "el"),
    ("απόφαση 2010/427 της Επιτροπής των Ευρωπαϊκών Κοινοτήτων", "el"),
    ("απόφαση 2010/427 της Ευρωπαϊκής Επιτροπής", "el"),
    ("απόφαση 2010/427 του Ευρωπαϊκού Συμβουλίου", "el"),
    ("ΑΠΟΦΑΣΗ 2010/427 ΤΗΣ ΕΠΙΤΡΟΠΗΣ", "el"),
    ("Cinneadh 2010/427 ón gComhairle an 26 Iúil 2010", "ga"),
    ("Cinneadh 2010/427 ón gCoimisiún", "ga"),
    ("Cinneadh 2010/427 ón gComhairle Eorpach", "ga"),
    ("CINNEADH 2010/427 ÓN gCOMHAIRLE AN 26 IÚIL 2010", "ga"),
    ("Tarybos sprendimas 2010/427", "lt"),
    ("Pagal Tarybos sprendimą 2010/427", "lt"),
    ("pagal Komisijos sprendimą 2010/427", "lt"),
    ("saskaņā ar Komisijas Lēmumu 2010/427", "lv"),
    ("Europos Parlamento ir Tarybos sprendimas 2010/427", "lt"),
    ("Padomes Lēmums 2010/427", "lv"),
    ("Saskaņā ar Padomes Lēmumu 2010/427", "lv"),
    ("Eiropas Parlamenta un Padomes Lēmums 2010/427", "lv"),
    ("EIROPAS PARLAMENTA UN PADOMES LĒMUMS 2010/427", "lv"),
    ("ES Padomes Lēmums 2010/427", "lv"),
    ("EUROPOS PARLAMENTO IR TARYBOS SPRENDIMAS 2010/427", "lt"),
    ("A Bizottság 2010/427 határozata", "hu"),
    ("Az Európai Bizottság 2010/427 határozata", "hu"),
    ("az Európai Unió Tanácsának 2010/427 határozata", "hu"),
    ("az Európai Parlament és a Tanács 2010/427 határozata", "hu"),
    ("AZ EURÓPAI PARLAMENT ÉS A TANÁCS 2010/427 HATÁROZATA", "hu"),
    ("a Tanács 2010/426 és 2010/427 határozata", "hu"),
    ("a Bizottság 2010/426, 2010/425 és 2010/427 határozata", "hu"),
    ("Decision 2010/427 of the Commission of 26 July 2010", "en"),
    ("Decision 2010/427 of the European Parliament and of the Council", "en"),
    ("Council Decision 2010/427", "en"),
    ("the Council's Decision 2010/427", "en"),
    ("Decision 2010/427 of the council of the european union", "en"),
    ("Decision 2010/427 of the european parliament and of the council", "en"),
    ("Decision 2010/427 of the member states meeting within the council", "en"),
    ("Decision 2010/427 of the Council to the Political and Security Committee", "en"),
]


@pytest.mark.parametrize(("text", "lang"), EU_DECISIONS)
def test_an_eu_decision_without_its_domain_keeps_its_celex(text: str, lang: str) -> None:
    acts = _acts(text)
    assert acts and acts[0].lang == lang
    assert acts[0].celex == "32010D0427" and acts[0].author != acts[0].text


def test_a_misprinted_body_decision_gets_no_celex() -> None:
    # EUR-Lex 01994A0103(01), Greek, as printed ('ΜΕΙΚΤΗ', the number sign with a curly theta)
    text = "ΑΠΟΦΑΣΗ ΤΗΣ ΜΕΙΚΤΗ ΕΠΙΤΡΟΠΗΣ ΤΟΥ ΕΟΧ αριϑ. 2/94 της 8ης Φεϐρουαρίου 1994"
    assert all(a.celex is None for a in _acts(text))
