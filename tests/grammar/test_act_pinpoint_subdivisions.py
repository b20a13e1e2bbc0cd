"""The lower subdivisions a pinpoint before an act holds between its article and the act,
in the order each language writes them (``eurefs.grammar.act_pinpoints``,
``eurefs.grammar.pinpoint_numbers``): sentences (``third sentence``, ``terzo periodo``,
``tercera frase``, ``tretej vety``), points after a comma (``points (b) to (d)``, ``sous
a)``), ranges (``lettere da b) a d)``, ``tot en met``), a further paragraph after a list word
(``lettera b), e paragrafo 3, lettera c)``); the words come from the language records."""

from __future__ import annotations

import pytest

import eurefs

_CELEX = "32008R1008"

# (text, the act's span, its pinpoint); the act's CELEX is always 32008R1008
CASES = [
    # English: points after a comma, a range; a sentence (C-573/13's subject)
    ("Under Article 23(1), points (b) to (d), of Regulation (EC) No 1008/2008 the price",
     "Regulation (EC) No 1008/2008", "Article 23(1), points (b) to (d)"),
    ("Article 23(1), third sentence, of Regulation (EC) No 1008/2008",
     "Regulation (EC) No 1008/2008", "Article 23(1), third sentence"),
    ("Article 4(1), second subparagraph, point (a), of Regulation (EC) No 1008/2008",
     "Regulation (EC) No 1008/2008", "Article 4(1), second subparagraph, point (a)"),
    # French: a part of an article, lettered, after a word of its own (the Opinion in
    # C-587/10, taxlawapp.eu: was 'titre A, sous a)', a title of the act)
    ("l’exonération prévue à l’article 28 quater, titre A, sous a), du règlement (CE) no "
     "1008/2008", "règlement (CE) no 1008/2008", "article 28 quater, titre A, sous a)"),
    # the part's letter right after the number (the Opinion in C-63/92, taxlawapp.eu: 'de
    # l' exonération [...] prescrite par l' article 13 B, sous b), de la sixième directive'):
    # was no pinpoint
    ("prescrite par l' article 13 B, sous b), du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", "article 13 B, sous b)"),
    ("l'article 13 A, paragraphe 1, sous b), du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", "article 13 A, paragraphe 1, sous b)"),
    # (a title itself still starts a pinpoint)
    ("le titre II, chapitre 2, du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", "titre II, chapitre 2"),
    # French: 'sous a)' (C-22/21), a sentence, a range
    ("l’article 3, paragraphe 2, premier alinéa, sous a), du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", "article 3, paragraphe 2, premier alinéa, sous a)"),
    ("l'article 23, paragraphe 1, troisième phrase, du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", "article 23, paragraphe 1, troisième phrase"),
    ("l'article 23, paragraphe 1, points b) à d), du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", "article 23, paragraphe 1, points b) à d)"),
    # ... a list of articles each with its own article, a further paragraph (Style Guide 3.2.3)
    ("l'article 2, l'article 5, paragraphes 2 et 3, et les articles 6 à 9 du règlement (CE) "
     "no 1008/2008", "règlement (CE) no 1008/2008",
     "article 2, l'article 5, paragraphes 2 et 3, et les articles 6 à 9"),
    ("et notamment son article 1er, paragraphe 1, point b), et paragraphe 3, point c), du "
     "règlement (CE) no 1008/2008", "règlement (CE) no 1008/2008",
     "article 1er, paragraphe 1, point b), et paragraphe 3, point c)"),
    # German: 'S.' for Satz, after the article's number only
    ("Nach Art. 23 Abs. 1 S. 3 der Verordnung (EG) Nr. 1008/2008 ist",
     "Verordnung (EG) Nr. 1008/2008", "Art. 23 Abs. 1 S. 3"),
    ("Art. 23 Abs. 1 Buchst. b bis d der Verordnung (EG) Nr. 1008/2008",
     "Verordnung (EG) Nr. 1008/2008", "Art. 23 Abs. 1 Buchst. b bis d"),
    # ... a roman paragraph and its sentence ('Art. 3 II 1 Kartellverfahrens-VO', recht-vertieft.de)
    ("nach Art. 3 II 1 der Verordnung (EG) Nr. 1008/2008 gilt", "Verordnung (EG) Nr. 1008/2008",
     "Art. 3 II 1"),
    ("Art. 6 I 1 lit. f der Verordnung (EG) Nr. 1008/2008", "Verordnung (EG) Nr. 1008/2008",
     "Art. 6 I 1 lit. f"),
    ("Art. 6 Abs. 1 UAbs. 1 Buchst. f der Verordnung (EG) Nr. 1008/2008",
     "Verordnung (EG) Nr. 1008/2008", "Art. 6 Abs. 1 UAbs. 1 Buchst. f"),
    # ... a lettered part (the Sixth VAT Directive's 'Artikel 11 Teil A Absatz 1')
    ("Art. 13 Teil B Buchst. d Nr. 3 der Verordnung (EG) Nr. 1008/2008",
     "Verordnung (EG) Nr. 1008/2008", "Art. 13 Teil B Buchst. d Nr. 3"),
    # Italian: 'periodo' (sentence), feminine ordinals, ranges 'da ... a', a further paragraph
    ("L'art. 23, par. 1, terzo periodo, del regolamento (CE) n. 1008/2008 prevede",
     "regolamento (CE) n. 1008/2008", "art. 23, par. 1, terzo periodo"),
    ("l'articolo 1, paragrafo 1, seconda frase, del regolamento (CE) n. 1008/2008",
     "regolamento (CE) n. 1008/2008", "articolo 1, paragrafo 1, seconda frase"),
    ("all'articolo 23, paragrafo 1, terzo periodo, lettere da b) a d), del regolamento (CE) "
     "n. 1008/2008", "regolamento (CE) n. 1008/2008",
     "articolo 23, paragrafo 1, terzo periodo, lettere da b) a d)"),
    ("gli articoli da 6 a 9 del regolamento (CE) n. 1008/2008", "regolamento (CE) n. 1008/2008",
     "articoli da 6 a 9"),
    ("in particolare l'articolo 1, paragrafo 1, lettera b), e paragrafo 3, lettera c), del "
     "regolamento (CE) n. 1008/2008", "regolamento (CE) n. 1008/2008",
     "articolo 1, paragrafo 1, lettera b), e paragrafo 3, lettera c)"),
    # Spanish: feminine ordinals (C-573/13 'segunda frase'), a range
    ("el artículo 23, apartado 1, tercera frase, del Reglamento (CE) n.º 1008/2008 prevé",
     "Reglamento (CE) n.º 1008/2008", "artículo 23, apartado 1, tercera frase"),
    ("el artículo 23, apartado 1, letras b) a d), del Reglamento (CE) n.º 1008/2008",
     "Reglamento (CE) n.º 1008/2008", "artículo 23, apartado 1, letras b) a d)"),
    # Portuguese (as before)
    ("o artigo 23.º, n.º 1, terceiro período, do Regulamento (CE) n.º 1008/2008",
     "Regulamento (CE) n.º 1008/2008", "artigo 23.º, n.º 1, terceiro período"),
    # ... a point's subdivision, 'subalínea i)' (the legal bases of Portugal's procurement
    # portal: 'Artigo 24.º, n.º 1, alínea e), subalínea ii) do Código'), a list of them, and
    # written first ('subalínea i) da alínea b) do n.º 2 do artigo 5.º'); was none, and the
    # article alone
    ("nos termos do artigo 3.º, n.º 1, alínea a), subalínea i), do Regulamento (CE) n.º "
     "1008/2008, os", "Regulamento (CE) n.º 1008/2008",
     "artigo 3.º, n.º 1, alínea a), subalínea i)"),
    ("o artigo 3.º, n.º 1, alínea e), subalíneas ii) e iii) do Regulamento (CE) n.º 1008/2008",
     "Regulamento (CE) n.º 1008/2008", "artigo 3.º, n.º 1, alínea e), subalíneas ii) e iii)"),
    ("nos termos da subalínea i) da alínea a) do n.º 1 do artigo 6.º do Regulamento (CE) n.º "
     "1008/2008", "Regulamento (CE) n.º 1008/2008",
     "subalínea i) da alínea a) do n.º 1 do artigo 6.º"),
    # ... but no article, no pinpoint
    ("a alínea a), subalínea i), do Regulamento (CE) n.º 1008/2008", "Regulamento (CE) n.º "
     "1008/2008", None),
    ("a subalínea i) do Regulamento (CE) n.º 1008/2008", "Regulamento (CE) n.º 1008/2008", None),
    # Polish: a point's subdivision, 'ppkt' (podpunkt: 'lit. b ppkt (ii)'); was none; no article,
    # no pinpoint
    ("zgodnie z art. 3 ust. 1 lit. a) ppkt i) rozporządzenia (WE) nr 1008/2008 państwa",
     "rozporządzenia (WE) nr 1008/2008", "art. 3 ust. 1 lit. a) ppkt i)"),
    ("art. 3 ust. 1 lit. b ppkt (ii) rozporządzenia (WE) nr 1008/2008",
     "rozporządzenia (WE) nr 1008/2008", "art. 3 ust. 1 lit. b ppkt (ii)"),
    ("w ppkt i) rozporządzenia (WE) nr 1008/2008", "rozporządzenia (WE) nr 1008/2008", None),
    # Dutch: 'tot en met', a further paragraph after 'en' (Style Guide 3.2.3)
    ("de artikelen 6 tot en met 9 van verordening (EG) nr. 1008/2008",
     "verordening (EG) nr. 1008/2008", "artikelen 6 tot en met 9"),
    ("artikel 23, lid 1, onder b) tot en met d), van verordening (EG) nr. 1008/2008",
     "verordening (EG) nr. 1008/2008", "artikel 23, lid 1, onder b) tot en met d)"),
    ("en met name artikel 1, lid 1, onder b), en lid 3, onder c), van verordening (EG) nr. "
     "1008/2008", "verordening (EG) nr. 1008/2008",
     "artikel 1, lid 1, onder b), en lid 3, onder c)"),
    # Romanian, Polish, Czech (as before)
    ("conform articolului 23 alineatul (1) a treia teză din Regulamentul (CE) nr. 1008/2008",
     "Regulamentul (CE) nr. 1008/2008", "articolului 23 alineatul (1) a treia teză"),
    ("zgodnie z art. 23 ust. 1 zdanie trzecie rozporządzenia (WE) nr 1008/2008 jest",
     "rozporządzenia (WE) nr 1008/2008", "art. 23 ust. 1 zdanie trzecie"),
    ("podle čl. 23 odst. 1 třetí věty nařízení (ES) č. 1008/2008 se",
     "nařízení (ES) č. 1008/2008", "čl. 23 odst. 1 třetí věty"),
    # Slovak, Croatian: a sentence, feminine, declined (C-573/13 'druhá veta', 'druga rečenica')
    ("Článok 23 ods. 1 druhá veta nariadenia (ES) č. 1008/2008 sa má vykladať",
     "nariadenia (ES) č. 1008/2008", "Článok 23 ods. 1 druhá veta"),
    ("podľa článku 23 ods. 1 tretej vety nariadenia (ES) č. 1008/2008 sa",
     "nariadenia (ES) č. 1008/2008", "článku 23 ods. 1 tretej vety"),
    ("Članak 23. stavak 1. druga rečenica Uredbe (EZ) br. 1008/2008 treba",
     "Uredbe (EZ) br. 1008/2008", "Članak 23. stavak 1. druga rečenica"),
    ("tumačenje članka 23. stavka 1. druge rečenice Uredbe (EZ) br. 1008/2008",
     "Uredbe (EZ) br. 1008/2008", "članka 23. stavka 1. druge rečenice"),
    # Bulgarian, Greek, Danish, Swedish; a range with a dash (the view makes it ASCII), the
    # feminine ordinal of a Greek sentence (C-573/13 'δεύτερη περίοδος')
    ("член 23, параграф 1, трето изречение от Регламент (ЕО) № 1008/2008",
     "Регламент (ЕО) № 1008/2008", "член 23, параграф 1, трето изречение"),
    ("съгласно член 23, параграф 1, букви б)—г) от Регламент (ЕО) № 1008/2008 се",
     "Регламент (ЕО) № 1008/2008", "член 23, параграф 1, букви б)-г)"),
    ("κατά το άρθρο 23, παράγραφος 1, δεύτερη περίοδος, του κανονισμού (ΕΚ) 1008/2008 η",
     "κανονισμού (ΕΚ) 1008/2008", "άρθρο 23, παράγραφος 1, δεύτερη περίοδος"),
    ("efter artikel 23, stk. 1, litra b)-d), i forordning (EF) nr. 1008/2008 skal",
     "forordning (EF) nr. 1008/2008", "artikel 23, stk. 1, litra b)-d)"),
    ("conform articolului 23 alineatul (1) literele (b)-(d) din Regulamentul (CE) nr. "
     "1008/2008", "Regulamentul (CE) nr. 1008/2008",
     "articolului 23 alineatul (1) literele (b)-(d)"),
    ("zgodnie z art. 23 ust. 1-2 rozporządzenia (WE) nr 1008/2008 jest",
     "rozporządzenia (WE) nr 1008/2008", "art. 23 ust. 1-2"),
    ("το άρθρο 4, παράγραφος 1, δεύτερο εδάφιο, στοιχείο α), του κανονισμού (ΕΚ) 1008/2008",
     "κανονισμού (ΕΚ) 1008/2008", "άρθρο 4, παράγραφος 1, δεύτερο εδάφιο, στοιχείο α)"),
    ("artikel 23, stk. 1, andet punktum, i forordning (EF) nr. 1008/2008",
     "forordning (EF) nr. 1008/2008", "artikel 23, stk. 1, andet punktum"),
    ("artikel 23.1 tredje meningen i förordning (EG) nr 1008/2008",
     "förordning (EG) nr 1008/2008", "artikel 23.1 tredje meningen"),
    # Dutch national texts: an ordinal before ``lid`` (was no pinpoint)
    ("artikel 23, eerste lid, onder b, van verordening (EG) nr. 1008/2008",
     "verordening (EG) nr. 1008/2008", "artikel 23, eerste lid, onder b"),
    # written after the act: an ordinal before a subdivision word, declined (C-573/13)
    ("asetuksen (EY) N:o 1008/2008 23 artiklan 1 kohdan toinen virke on tulkittava",
     "asetuksen (EY) N:o 1008/2008", "23 artiklan 1 kohdan toinen virke"),
    ("määruse (EÜ) nr 1008/2008 artikli 23 lõike 1 teist lauset tuleb tõlgendada",
     "määruse (EÜ) nr 1008/2008", "artikli 23 lõike 1 teist lauset"),
    ("az 1008/2008/EK rendelet 23. cikke (1) bekezdésének második mondatát úgy kell",
     "1008/2008/EK rendelet", "23. cikke (1) bekezdésének második mondatát"),
    ("Regulas (EK) Nr. 1008/2008 23. panta 1. punkta otrais teikums ir jāinterpretē",
     "Regulas (EK) Nr. 1008/2008", "23. panta 1. punkta otrais teikums"),
    ("Reglamento (EB) Nr. 1008/2008 23 straipsnio 1 dalies antras sakinys turi būti",
     "Reglamento (EB) Nr. 1008/2008", "23 straipsnio 1 dalies antras sakinys"),
    # ... but an ordinal does not start one, nor follow no subdivision word
    ("asetuksen (EY) N:o 1008/2008 toinen virke", "asetuksen (EY) N:o 1008/2008", None),
    ("asetuksen (EY) N:o 1008/2008 23 artiklan toisaalta", "asetuksen (EY) N:o 1008/2008",
     "23 artiklan"),
    # no pinpoint: 'S.' is a page without an article before it; a range, an ordinal, a
    # point or a paragraph with no article word; a list word alone before an English point
    ("siehe S. 3 der Verordnung (EG) Nr. 1008/2008", "Verordnung (EG) Nr. 1008/2008", None),
    ("da 6 a 9 del regolamento (CE) n. 1008/2008", "regolamento (CE) n. 1008/2008", None),
    ("nel terzo periodo del regolamento (CE) n. 1008/2008", "regolamento (CE) n. 1008/2008",
     None),
    ("the second sentence of Regulation (EC) No 1008/2008", "Regulation (EC) No 1008/2008", None),
    ("in tretej vety nariadenia (ES) č. 1008/2008", "nariadenia (ES) č. 1008/2008", None),
    ("Under Article 5, and point (a) of Regulation (EC) No 1008/2008",
     "Regulation (EC) No 1008/2008", None),
    ("tot en met 9 van verordening (EG) nr. 1008/2008", "verordening (EG) nr. 1008/2008", None),
    # a dash with blanks around it is no range: the pinpoint stops before it
    ("selon l'article 23, paragraphe 1 - point b), du règlement (CE) no 1008/2008",
     "règlement (CE) no 1008/2008", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "pinpoint"), CASES, ids=[c[0][:45] for c in CASES])
def test_subdivisions_of_a_pinpoint_before_an_act(
    text: str, span: str, pinpoint: str | None
) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [r.text for r in acts] == [span]
    assert acts[0].pinpoint == pinpoint
    assert acts[0].celex == _CELEX
    assert text[acts[0].start : acts[0].end] == span


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a pinpoint goes to the act it is written before, never past another act
        ("Article 23(1) of Regulation (EC) No 1008/2008, points (b) to (d), of Regulation (EU) "
         "2016/679", "Article 23(1)", None),
        ("l'articolo 5 del regolamento (CE) n. 1008/2008, lettere da b) a d), del regolamento "
         "(UE) 2016/679", "articolo 5", None),
        ("artikel 5 van verordening (EG) nr. 1008/2008 tot en met 9 van verordening (EU) "
         "2016/679", "artikel 5", None),
    ],
)  # fmt: skip
def test_a_pinpoint_is_never_carried_to_the_next_act(
    text: str, first: str, second: str | None
) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert [(a.celex, a.pinpoint) for a in acts] == [("32008R1008", first), ("32016R0679", second)]


_FULL = {
    "it": "Il regolamento (CE) n. 1008/2008 si applica. ",
    "en": "Regulation (EC) No 1008/2008 applies. ",
    "es": "El Reglamento (CE) n.º 1008/2008 se aplica. ",
    "de": "Die Verordnung (EG) Nr. 1008/2008 gilt. ",
    "sk": "Nariadenie (ES) č. 1008/2008 sa uplatňuje. ",
    "fi": "Asetusta (EY) N:o 1008/2008 sovelletaan. ",
}


@pytest.mark.parametrize(
    ("lang", "text", "short_form", "pinpoint"),
    [
        ("it", "Conformemente all'articolo 23, paragrafo 1, terzo periodo, lettere da b) a d), "
         "di detto regolamento, il prezzo.", "detto regolamento",
         "articolo 23, paragrafo 1, terzo periodo, lettere da b) a d)"),
        ("it", "Ai sensi dell'articolo 23, paragrafo 1, terzo periodo, di tale regolamento, il "
         "prezzo.", "tale regolamento", "articolo 23, paragrafo 1, terzo periodo"),
        # the determiner after the noun
        ("it", "Conformemente all'articolo 23, paragrafo 1, terzo periodo, lettera a), del "
         "regolamento stesso, il prezzo.", "regolamento stesso",
         "articolo 23, paragrafo 1, terzo periodo, lettera a)"),
        ("en", "Under Article 23(1), points (b) to (d), of that regulation, the price.",
         "that regulation", "Article 23(1), points (b) to (d)"),
        ("en", "Under Article 23(1), third sentence, of that regulation, the price.",
         "that regulation", "Article 23(1), third sentence"),
        ("es", "Según el artículo 23, apartado 1, tercera frase, de dicho Reglamento, el precio.",
         "dicho Reglamento", "artículo 23, apartado 1, tercera frase"),
        ("de", "Nach Art. 23 Abs. 1 S. 3 dieser Verordnung ist der Preis.", "dieser Verordnung",
         "Art. 23 Abs. 1 S. 3"),
        ("sk", "Podľa článku 23 ods. 1 tretej vety tohto nariadenia je cena.", "tohto nariadenia",
         "článku 23 ods. 1 tretej vety"),
        ("fi", "Kyseisen asetuksen 23 artiklan 1 kohdan toinen virke koskee hintaa.",
         "Kyseisen asetuksen", "23 artiklan 1 kohdan toinen virke"),
        # an ordinal subdivision alone before a back-reference is no pinpoint
        ("it", "Nel terzo periodo di tale regolamento, il prezzo.", "tale regolamento", None),
    ],
)  # fmt: skip
def test_subdivisions_before_a_back_reference(
    lang: str, text: str, short_form: str, pinpoint: str | None
) -> None:
    full = _FULL[lang] + text
    (ref,) = [r for r in eurefs.extract(full) if r.kind == "short_form"]
    assert ref.text == short_form
    assert full[ref.start : ref.end] == short_form
    assert ref.pinpoint == pinpoint
    assert ref.celex == _CELEX


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the records' words are those of treaty-article pinpoints too (each was nothing)
        ("l'article 107, paragraphe 3, sous c), TFUE prévoit",
         "article 107, paragraphe 3, sous c), TFUE"),
        ("Art. 101 Abs. 1 S. 2 AEUV bestimmt", "Art. 101 Abs. 1 S. 2 AEUV"),
        ("articolo 101, paragrafo 1, secondo periodo, TFUE",
         "articolo 101, paragrafo 1, secondo periodo, TFUE"),
        ("článok 108 ods. 2 druhá veta ZFEÚ", "článok 108 ods. 2 druhá veta ZFEÚ"),
        ("de artikelen 101 tot en met 106 VWEU", "artikelen 101 tot en met 106 VWEU"),
    ],
)  # fmt: skip
def test_the_same_words_in_treaty_articles(text: str, span: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.text) == ("treaty_article", span)


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        # the title of the Council implementing decision proposed in COM(2021) 626 final,
        # Hungarian (EUR-Lex 52021PC0626; pages corpus): was the first item alone
        ("Észtországnak a közös hozzáadottértékadó-rendszerről szóló 2006/112/EK irányelv 26."
         " cikke (1) bekezdésének a) pontjától, valamint 168. és 168a. cikkétől eltérő"
         " intézkedés alkalmazására", "2006/112/EK irányelv",
         "26. cikke (1) bekezdésének a) pontjától, valamint 168. és 168a. cikkétől"),
        # the other languages that write the pinpoint after the act, their own 'as well as'
        # (Finnish sekä, Latvian kā arī, Lithuanian bei, Estonian ning: the records' list
        # words, UNCONFIRMED in a text read)
        ("asetuksen (EU) 2016/679 6 artiklan sekä 9 artiklan nojalla", "asetuksen (EU) 2016/679",
         "6 artiklan sekä 9 artiklan"),
        ("Direktīvas 2003/87/EK 3. panta h) punktu, kā arī 10.a pantu", "Direktīvas 2003/87/EK",
         "3. panta h) punktu, kā arī 10.a pantu"),
        # ... never another act's pinpoint after the list word
        ("a 2016/679/EU rendelet 6. cikke, valamint a 2002/58/EK irányelv 5. cikke",
         "2016/679/EU rendelet", "6. cikke"),
    ],
)  # fmt: skip
def test_items_after_a_list_word_each_with_its_word(text: str, act: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.text == act]
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "celex", "pinpoint"),
    [
        # Finnish writes an inserted article's letter apart from its number: the Court's
        # judgment in C-416/10 Križan (ELITR/elitr-testset, test.elitr.fi, as CURIA prints
        # it); the pinpoint was nothing
        ("Direktiivin 96/61 15 a artiklassa, jonka otsikko on ”Muutoksenhaku- ja "
         "vireillepano-oikeus”, säädetään seuraavaa:", "Direktiivin 96/61", "31996L0061",
         "15 a artiklassa"),
        # (constructed: a paragraph after it)
        ("asetuksen (EY) N:o 1083/2006 55 a artiklan 2 kohdan mukaan",
         "asetuksen (EY) N:o 1083/2006", "32006R1083", "55 a artiklan 2 kohdan"),
        # unchanged: a point's letter after its paragraph's word
        ("direktiivin 2003/88/EY 7 artiklan 1 kohdan a alakohta", "direktiivin 2003/88/EY",
         "32003L0088", "7 artiklan 1 kohdan a alakohta"),
    ],
)  # fmt: skip
def test_an_inserted_article_with_its_letter_apart(
    text: str, span: str, celex: str, pinpoint: str
) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.celex, act.pinpoint) == (span, celex, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the Court's judgment in Accept, C-81/12, point 1, in Dutch (inview.nl; pages
        # corpus): a further article of the list after a point's bare letter; was no pinpoint
        ("Het verzoek om een prejudiciële beslissing betreft de uitlegging van de artikelen 2, "
         "lid 2, sub a, 10, lid 1, en 17 van richtlijn 2000/78/EG van de Raad van 27 november "
         "2000", "richtlijn 2000/78/EG", "artikelen 2, lid 2, sub a, 10, lid 1, en 17"),
        ("van de artikelen 6, lid 1, onder f, en 7 van richtlijn 95/46/EG", "richtlijn 95/46/EG",
         "artikelen 6, lid 1, onder f, en 7"),
        ("les articles 2, paragraphe 2, sous a, et 17 de la directive 2000/78/CE",
         "directive 2000/78/CE", "articles 2, paragraphe 2, sous a, et 17"),
        # (unchanged: the point's bracket before, and a further article with its word)
        ("van de artikelen 6, lid 1, onder f), en 7 van richtlijn 95/46/EG", "richtlijn 95/46/EG",
         "artikelen 6, lid 1, onder f), en 7"),
    ],
)  # fmt: skip
def test_a_further_article_after_a_points_letter(text: str, span: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.text == span]
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # a number after a point's letter that no link and act follow is no article's
        "artikel 6, lid 1, onder f, 10 dagen na de kennisgeving van richtlijn 95/46/EG",
        "artikel 6, lid 1, onder f, en 2016 van richtlijn 95/46/EG",
    ],
)
def test_no_further_article_where_the_pinpoint_does_not_reach_the_act(text: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert ref.pinpoint is None  # type: ignore[union-attr]
