"""Forms national lawyers and courts write (not the EU's own drafting style), read from
real texts in the languages' records (``eurefs/languages/<code>.py``, their ``sources``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Greek: παρ. (paragraph) and στοιχ. (point) abbreviated, with or without commas
        # (ces-duth.blogspot.com, case-law bulletins on C-710/19 and C-220/18 PPU)
        ("την ερμηνεία του άρθρου 14 παρ. 4 στοιχ. β της Οδηγίας 2004/38/ΕΚ σχετικά με",
         "Οδηγίας 2004/38/ΕΚ", "άρθρου 14 παρ. 4 στοιχ. β"),
        ("του άρθρου 6, παρ. 1, της Αποφάσεως-Πλαισίου 2002/584/ΔΕΥ του Συμβουλίου",
         "Αποφάσεως-Πλαισίου 2002/584/ΔΕΥ", "άρθρου 6, παρ. 1"),
        # Portuguese: the ordinal sign glued to the number restored (was 'artigo 4o'; the
        # form as the Supremo Tribunal Administrativo writes it, vlex.pt 01075/13)
        ("nos termos do artigo 4º da Diretiva 2003/88/CE, o", "Diretiva 2003/88/CE",
         "artigo 4º"),
        ("nos termos do art. 4º, n.º 1 do Regulamento (UE) 2016/679",
         "Regulamento (UE) 2016/679", "art. 4º, n.º 1"),
        # Spanish: the same sign, dropped from no pinpoint (was 'artículo 4o', 'art. 4o.1')
        ("conforme al artículo 4º de la Directiva 2003/88/CE, el", "Directiva 2003/88/CE",
         "artículo 4º"),
        ("según el art. 4º.1 de la Directiva 2003/88/CE", "Directiva 2003/88/CE", "art. 4º.1"),
        ("ai sensi dell'articolo 6º del regolamento (UE) 2016/679", "regolamento (UE) 2016/679",
         "articolo 6º"),
        # English after German models: 'para.', 'lit.' (was no pinpoint; the forms of
        # paytechlaw.com/en, the record's source)
        ("Article 6 para. 1 lit. f of Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
         "Article 6 para. 1 lit. f"),
        ("under Art. 6 para. 1 sentence 1 lit. b) of Regulation (EU) 2016/679",
         "Regulation (EU) 2016/679", "Art. 6 para. 1 sentence 1 lit. b)"),
        # ... never without the article's word, nor across a national act
        ("see para. 1 lit. f of Regulation (EU) 2016/679", "Regulation (EU) 2016/679", None),
        ("Article 6 para. 1 of the Act and Regulation (EU) 2016/679", "Regulation (EU) 2016/679",
         None),
        # Romanian: 'alin', 'pct' without their dots, as national writing has them ('Cod
        # Fiscal Art. 219 alin (1) lit. d', 'Art. 6 alin (1) lit. (a)'; was no pinpoint)
        ("art. 6 alin (1) lit. a) din Regulamentul (UE) 2016/679", "Regulamentul (UE) 2016/679",
         "art. 6 alin (1) lit. a)"),
        ("conform art. 4 pct 7 din Regulamentul (UE) 2016/679", "Regulamentul (UE) 2016/679",
         "art. 4 pct 7"),
        # ... a point of the citing text is not the act's
        ("vezi pct 2 din Regulamentul (UE) 2016/679", "Regulamentul (UE) 2016/679", None),
        # the national decree's pinpoint is not the act's (immigration.gr)
        ("του άρθρου 25 παρ.5 του π.δ.113/2013 παραβιάζει το άρθρο 39 της Οδηγίας "
         "2005/85/ΕΚ περί", "Οδηγίας 2005/85/ΕΚ", "άρθρο 39"),
    ],
)  # fmt: skip
def test_pinpoints_before_an_act(text: str, span: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # Greek: the Charter's abbreviation after the article (a lawyers' paper on Tele2
        # Sverige, C-203/15, docplayer.gr; ces-duth.blogspot.com defines it)
        ("σύμφωνα με τα άρθρα 7, 8, 11, 52 ΧΘΔΕΕ, η", "άρθρα 7, 8, 11, 52 ΧΘΔΕΕ",
         "άρθρα 7, 8, 11, 52 του Χάρτη των Θεμελιωδών Δικαιωμάτων", "CFR"),
        ("κατά το άρθρο 52 παρ. 1 ΧΘΔΕΕ, κάθε", "άρθρο 52 παρ. 1 ΧΘΔΕΕ",
         "άρθρο 52 παρ. 1 του Χάρτη των Θεμελιωδών Δικαιωμάτων", "CFR"),
        # Portuguese: the ordinal sign glued to the number is no inserted article's letter
        # (was 'artigo 267o TFUE', article '267o'; STA judgment 01075/13, vlex.pt)
        ("(i) Violação da obrigação de reenvio prejudicial prevista no artigo 267º do Tratado "
         "sobre o Funcionamento da União Europeia (TFUE), ou",
         "artigo 267º do Tratado sobre o Funcionamento da União Europeia (TFUE)",
         "artigo 267.º TFUE", "TFEU"),
        # Portuguese: 'arts.', and the TFEU named 'de Funcionamento' (STA 0456/15, vlex.pt;
        # was nothing)
        ("dos princípios da transparência, dos arts. 49.º e 54.º do Tratado de Funcionamento "
         "da União Europeia («TFUE»), 03.º, n.º 4, do Código das Sociedades Comerciais",
         "arts. 49.º e 54.º do Tratado de Funcionamento da União Europeia",
         "artigos 49.º e 54.º TFUE", "TFEU"),
        # Spanish and Italian national writing glues the sign too; the normal form writes
        # the number alone, as the Style Guide does (was 'artículo 267o TFUE', article
        # '267o'; the forms reported from texts kept aside to check the work)
        ("la cuestión prejudicial prevista en el artículo 267º del TFUE, el órgano",
         "artículo 267º del TFUE", "artículo 267 TFUE", "TFEU"),
        ("vulneran los artículos 49º y 56º del Tratado de Funcionamiento de la Unión Europea",
         "artículos 49º y 56º del Tratado de Funcionamiento de la Unión Europea",
         "artículos 49 y 56 TFUE", "TFEU"),
        ("ha sollevato questione pregiudiziale ai sensi dell'articolo 267º TFUE, la Corte",
         "articolo 267º TFUE", "articolo 267 TFUE", "TFEU"),
        # Spanish: the Treaties' short titles, without 'constitutivo' (was nothing; the
        # first reported from a Spanish text kept aside, the second from F. Fernández
        # Segado in Cuestiones constitucionales, UNAM, on Costa v ENEL)
        ("las acciones de los arts. 258 y 260 del Tratado de la Comunidad Europea y",
         "arts. 258 y 260 del Tratado de la Comunidad Europea", "artículos 258 y 260 CE", "EC"),
        ("conforme al artículo 177 del Tratado de la Comunidad Económica Europea, el",
         "artículo 177 del Tratado de la Comunidad Económica Europea", "artículo 177 CEE",
         "EEC"),
        # ... and the Euratom and ECSC Treaties' titles, which the EC Treaty's starts, are
        # never read as the EC Treaty's
        ("el artículo 5 del Tratado de la Comunidad Europea de la Energía Atómica",
         "artículo 5 del Tratado de la Comunidad Europea de la Energía Atómica",
         "artículo 5 del Tratado constitutivo de la Comunidad Europea de la Energía Atómica",
         "EAEC"),
        ("el artículo 65 del Tratado de la Comunidad Europea del Carbón y del Acero",
         "artículo 65 del Tratado de la Comunidad Europea del Carbón y del Acero",
         "artículo 65 del Tratado constitutivo de la Comunidad Europea del Carbón y del Acero",
         "ECSC"),
        # ... where a letter after the number is an inserted article's, it stays one
        ("under Article 130o of the EEC Treaty", "Article 130o of the EEC Treaty",
         "Article 130o EEC", "EEC"),
        # Italian: the abbreviations written with dots (forms reported to the project; was
        # nothing), the span from the article word ('ex' is outside)
        ("ai sensi dell'ex art. 267 T.F.U.E. la Corte", "art. 267 T.F.U.E.",
         "articolo 267 TFUE", "TFEU"),
        ("in violazione dell'art. 81 T.C.E. da parte dell'impresa", "art. 81 T.C.E.",
         "articolo 81 CE", "EC"),
        ("ai sensi dell'ex articolo 81 CE la Commissione", "articolo 81 CE", "articolo 81 CE",
         "EC"),
        # English after German models: 'para.' before the treaty (was nothing)
        ("under Article 101 para. 1 TFEU the", "Article 101 para. 1 TFEU",
         "Article 101 para. 1 TFEU", "TFEU"),
        # Swedish: 'art' without its dot (a Linköping University thesis, docplayer.se; was
        # nothing)
        ("enligt art 102 FEUF är det förbjudet", "art 102 FEUF", "artikel 102 EUF-fördraget",
         "TFEU"),
        ("enligt art 101.1 FEUF är avtal förbjudna", "art 101.1 FEUF",
         "artikel 101.1 EUF-fördraget", "TFEU"),
        # Dutch: the TFEU's short name (ecer.minbuza.nl, het kartelverbod; was nothing)
        ("De verboden van de artikelen 101 en 102 EU-Werkingsverdrag strekken ertoe",
         "artikelen 101 en 102 EU-Werkingsverdrag", "artikelen 101 en 102 VWEU", "TFEU"),
        ("Voor de toepasselijkheid van artikel 101, EU-Werkingsverdrag zijn vier elementen",
         "artikel 101, EU-Werkingsverdrag", "artikel 101 VWEU", "TFEU"),
    ],
)  # fmt: skip
def test_treaty_articles(text: str, span: str, normalized: str, treaty: str) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Italian: the former numbers in the EEC Treaty's abbreviation TCEE, the language
        # told by the words before them (D. P. Domenicucci, ERA seminar, 2012; the first was
        # Polish, the third French, the second nothing)
        ("il rinvio pregiudiziale, disciplinato dall'art. 267 TFUE (già art. 177 TCEE nonché "
         "art. 234 TCE), rappresenta",
         [("art. 267 TFUE", "it", "articolo 267 TFUE"), ("art. 177 TCEE", "it", "articolo 177 CEE"),
          ("art. 234 TCE", "it", "articolo 234 CE")]),
        # Swedish: 'tidigare' (former) tells Swedish (Opinion of AG Mazák in C-52/09,
        # EUR-Lex 62009CC0052; the second was Dutch)
        ("Konkurrens – Artikel 102 FEUF (tidigare artikel 82 EG) – Marginalpress",
         [("Artikel 102 FEUF", "sv", "artikel 102 EUF-fördraget"),
          ("artikel 82 EG", "sv", "artikel 82 EG-fördraget")]),
        # what stays unread: the national Testo unico dell'edilizia (T.U.E.), a Swedish
        # 'art' (species) with no treaty after it
        ("il permesso in sanatoria ai sensi dell'art. 36 T.U.E. per le opere", []),
        ("denna art 12 gånger vanligare än den andra", []),
    ],
)  # fmt: skip
def test_treaty_articles_and_their_language(text: str, found: list[tuple[str, str, str]]) -> None:
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.text, r.lang, r.normalized) for r in refs] == found


@pytest.mark.parametrize(
    "text",
    [
        # a national directive's and a national law's articles are no EU act's (a Peruvian
        # budget certificate in a public repository; Spanish national writing)
        "La presente certificacion se otorga al amparo del articulo 13º de la Directiva "
        "Nº005-2010-EF/76.01 y solo confirma",
        "conforme al artículo 3º de la Ley 30/1992, de 26 de noviembre",
        "el artículo 24º de la Constitución Española",
    ],
)
def test_a_glued_sign_before_a_national_act(text: str) -> None:
    assert eurefs.extract(text) == []


def test_the_article_numbers_without_the_sign() -> None:
    (ref,) = eurefs.extract("los artículos 49º y 56º del TFUE")
    assert ref.kind == "treaty_article" and ref.articles == ["49", "56"]


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # the plural abbreviations 'arts.' (es, pt) and 'artt.' (it) before a short name
        # (guidelines.panelfit.eu, es and it, on Article 24 GDPR; the pinpoint was None)
        ("Los códigos de conducta y la certificación se describen en los arts. 40 y 42 del "
         "RGPD, respectivamente.", "RGPD", "arts. 40 y 42"),
        ("I codici di condotta e la certificazione sono descritti negli artt. 40 e 42 GDPR, "
         "rispettivamente.", "GDPR", "artt. 40 e 42"),
        # English after German models (paytechlaw.com/en, glossary 'Consent'; the
        # pinpoint was None)
        ("Consent pursuant to Art. 6 para. 1 sentence 1 lit. a) GDPR is one of the grounds",
         "GDPR", "Art. 6 para. 1 sentence 1 lit. a)"),
        ("if it is unambiguous (Art. 4 no. 11 GDPR) and", "GDPR", "Art. 4 no. 11"),
        ("but this does not affect (Art. 7 para. 3 sentences 1 and 2 GDPR).", "GDPR",
         "Art. 7 para. 3 sentences 1 and 2"),
        ("Article 6 para. 1 lit. f GDPR", "GDPR", "Article 6 para. 1 lit. f"),
        ("Article 6(1) lit. f GDPR", "GDPR", "Article 6(1) lit. f"),
        # Romanian 'pct' without its dot (was None), also glued to the article's number
        ("Operatorul, în sensul art. 4 pct 7 GDPR, este", "GDPR", "art. 4 pct 7"),
        ("în calitate de operator (art.4 pct 7 GDPR)", "GDPR", "art.4 pct 7"),
        # ... and German 'lit' without its dot still tells German, as before
        ("Art 6 lit f GDPR", "GDPR", "Art 6 lit f"),
        # ... the words alone, with no article before them, are none
        ("as stated in para. 1 lit. f GDPR", "GDPR", None),
        # a national code's articles are no EU act's (giuricivile.it)
        ("le clausole vessatorie devono essere approvate per iscritto ex artt. 1341 e 1342 "
         "c.c.", None, None),
    ],
)  # fmt: skip
def test_pinpoints_before_a_short_name(text: str, name: str | None, pinpoint: str | None) -> None:
    refs = eurefs.extract(text)
    assert [(r.text, r.pinpoint) for r in refs] == ([(name, pinpoint)] if name else [])


def test_the_dutch_national_abbreviation_of_the_journal() -> None:
    # the A-G's conclusion before HR CPG 12/00512 (inview.nl): was no OJ reference
    text = (
        "Voluit: Verordening (EG) Nr. 261/2004 van het Europees Parlement en de Raad van 11 "
        "februari 2004 tot intrekking van Verordening (EEG) nr. 295/91, PbEU 2004, L 46/1."
    )
    (oj,) = eurefs.extract(text, kinds="oj")
    assert (oj.text, oj.lang, oj.series, oj.issue, oj.year, oj.page) == (
        "PbEU 2004, L 46/1", "nl", "L", "46", 2004, 1,
    )  # fmt: skip


def test_the_dutch_abbreviation_of_the_communities_journal() -> None:
    # Dutch legislative papers abbreviate the EC's journal PbEG as the EU's PbEU (advice
    # of the Raad van State, Kamerstuk 24 689, B: '(PbEG L 164)'; the year before the
    # series as in the PbEU form above): was no OJ reference
    text = "Richtlijn 77/388/EEG (PbEG 1977, L 145, blz. 1) en de Zesde richtlijn."
    (oj,) = eurefs.extract(text, kinds="oj")
    assert (oj.text, oj.lang, oj.series, oj.issue, oj.year, oj.page) == (
        "PbEG 1977, L 145, blz. 1", "nl", "L", "145", 1977, 1,
    )  # fmt: skip
    assert oj.cellar_ids == ["uriserv:OJ.L_.1977.145.01.0001.01"]


def test_the_dutch_abbreviation_of_the_journal_with_its_dot() -> None:
    # Mr. J.G. Knot on the recast of Brussels I, docplayer.nl (pages corpus): 'Pb. EU', the
    # qualifier set apart: was no OJ reference
    text = (
        "Verordening (EU) nr. 1215/2012 van het Europees Parlement en de Raad betreffende de "
        "rechterlijke bevoegdheid (herschikking), Pb. EU 2012, L 351/1 (Verordening "
        "2012/1215/EU)."
    )
    (oj,) = eurefs.extract(text, kinds="oj")
    assert (oj.text, oj.lang, oj.series, oj.issue, oj.year, oj.page) == (
        "Pb. EU 2012, L 351/1", "nl", "L", "351", 2012, 1,
    )  # fmt: skip
    # lead is no journal
    assert eurefs.extract("het gehalte aan lood (Pb. 12 mg) in de lucht", kinds="oj") == []


_DIRECTIVE_NL = (
    "Richtlijn 2003/88/EG van het Europees Parlement en de Raad van 4 november 2003 "
    "betreffende een aantal aspecten van de organisatie van de arbeidstijd. "
)


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Belgian Dutch: 'voormelde' (aforementioned) and a point's letter without 'onder'
        # (reported from a Belgian judgment kept aside; was nothing)
        ("Artikel 6, b), van de voormelde richtlijn bepaalt", "voormelde richtlijn",
         "Artikel 6, b)"),
        ("artikel 6, b), van Richtlijn 2003/88/EG", "Richtlijn 2003/88/EG", "artikel 6, b)"),
        # a national act after the same words is none
        ("artikel 6, b), van de voormelde wet", None, None),
    ],
)  # fmt: skip
def test_belgian_dutch(text: str, span: str | None, pinpoint: str | None) -> None:
    refs = eurefs.extract(_DIRECTIVE_NL + text)[1:]
    assert [(r.text, r.pinpoint, r.celex) for r in refs] == (
        [(span, pinpoint, "32003L0088")] if span else []
    )


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # the opening words ('aanhef') of Dutch national drafting before a point: the
        # Netherlands government's EU-law centre ('Artikel 78, lid 2, aanhef en onder a,
        # EU-Werkingsverdrag bepaalt', ecer.minbuza.nl, Kwalificatierichtlijn; pages corpus);
        # each was nothing
        ("Artikel 78, lid 2, aanhef en onder a, EU-Werkingsverdrag bepaalt dat",
         "Artikel 78, lid 2, aanhef en onder a, EU-Werkingsverdrag",
         "artikel 78, lid 2, aanhef en onder a VWEU"),
        ("op grond van artikel 107, lid 3, aanhef en onder c, VWEU mag dat",
         "artikel 107, lid 3, aanhef en onder c, VWEU",
         "artikel 107, lid 3, aanhef en onder c VWEU"),
        # 'letter' for the point, as the Hoge Raad writes it ('art. 132, lid 1, aanhef en
        # letter e', 'letters a en b'; HR 10/04806, ndfr.nl; pages corpus); after the article
        # alone UNCONFIRMED in a text read
        ("op grond van art. 107, lid 3, aanhef en letter c, VWEU", "art. 107, lid 3, aanhef en "
         "letter c, VWEU", "artikel 107, lid 3, aanhef en letter c VWEU"),
        ("op grond van art. 107, lid 3, letter c, VWEU", "art. 107, lid 3, letter c, VWEU",
         "artikel 107, lid 3, letter c VWEU"),
        # the opening words alone (UNCONFIRMED in a text read)
        ("artikel 4, lid 3, aanhef, VEU luidt", "artikel 4, lid 3, aanhef, VEU",
         "artikel 4, lid 3, aanhef VEU"),
    ],
)  # fmt: skip
def test_dutch_opening_words_before_a_point(text: str, span: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.text, ref.normalized, ref.lang) == (span, normalized, "nl")
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # before an act (the form of the Hoge Raad and Raad van State; was no pinpoint)
        ("op grond van artikel 12, lid 1, aanhef en onder b, van Richtlijn 2004/38/EG mag",
         "artikel 12, lid 1, aanhef en onder b"),
        ("art. 6, lid 1, aanhef en onder f, van Verordening (EU) 2016/679 geldt",
         "art. 6, lid 1, aanhef en onder f"),
        # 'aanhef en' before no point word: the opening words alone end the pinpoint
        ("artikel 12, lid 1, aanhef en toelichting 3 van Richtlijn 2004/38/EG", None),
        # ... a recital after them is a further part (``pinpoints.recitals``)
        ("artikel 12, lid 1, aanhef en overweging 3 van Richtlijn 2004/38/EG",
         "artikel 12, lid 1, aanhef en overweging 3"),
    ],
)  # fmt: skip
def test_dutch_opening_words_before_an_act(text: str, pinpoint: str | None) -> None:
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert [r.pinpoint for r in refs] == [pinpoint]


@pytest.mark.parametrize(
    ("text", "spans", "celexes"),
    [
        # Greek: the framework decision as two words, the title of Law 4295/2014 (ΦΕΚ Α';
        # docplayer.gr/51766, pages corpus): was nothing
        ("Ενσωμάτωση στο ελληνικό δίκαιο α) της Απόφασης Πλαίσιο 2008/909/ΔΕΥ του Συμβουλίου"
         " της 27ης Νοεμβρίου 2008, όπως τροποποιήθηκε με την Απόφαση Πλαίσιο 2009/299/ΔΕΥ του"
         " Συμβουλίου", ["Απόφασης Πλαίσιο 2008/909/ΔΕΥ", "Απόφαση Πλαίσιο 2009/299/ΔΕΥ"],
         ["32008F0909", "32009F0299"]),
        # (the genitive with both halves declined: UNCONFIRMED without the hyphen)
        ("της απόφασης πλαισίου 2002/584/ΔΕΥ", ["απόφασης πλαισίου 2002/584/ΔΕΥ"],
         ["32002F0584"]),
    ],
)  # fmt: skip
def test_greek_framework_decision_without_the_hyphen(
    text: str, spans: list[str], celexes: list[str]
) -> None:
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.kind, r.text, r.celex) for r in refs] == [  # type: ignore[union-attr]
        ("legal_act", s, c) for s, c in zip(spans, celexes, strict=True)
    ]
    # the normal form with the hyphen, as EUR-Lex writes it
    assert all(r.normalized.startswith("απόφαση-πλαίσιο ") for r in refs)


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Czech: the point's genitive 'bodu' after the article (privacy notices in public
        # repositories, found with find_string): was the article alone
        ("Správcem osobních údajů ve smyslu čl. 4 bodu 7 nařízení Evropského parlamentu a Rady"
         " (EU) 2016/679 (GDPR) je", "nařízení Evropského parlamentu a Rady (EU) 2016/679",
         "čl. 4 bodu 7"),
        ("souhlas by byl podle čl. 4 bodu 11 GDPR neplatný", "GDPR", "čl. 4 bodu 11"),
        ("je správcem ve smyslu čl. 4 bodu 7 GDPR.", "GDPR", "čl. 4 bodu 7"),
    ],
)  # fmt: skip
def test_czech_point_in_the_genitive(text: str, span: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind in ("legal_act", "short_form")]
    assert (ref.text, ref.celex, ref.pinpoint) == (span, "32016R0679", pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Lithuanian: str., d., p. after the act (privacy notices in public repositories, found
        # with find_string): was no pinpoint
        ("Teisinis pagrindas: Sutarties vykdymas (BDAR 6 str. 1 d. b p.)", "BDAR",
         "6 str. 1 d. b p."),
        ("Įmonės turi teisėtą interesą (BDAR 6 str. 1 d. f punktas) saugoti savo turtą", "BDAR",
         "6 str. 1 d. f punktas"),
        ("Sutikimų žurnalas | BDAR 7 str. 1 d. — įrodyti, kad sutikimas gautas", "BDAR",
         "7 str. 1 d."),
        # (after an act's number: UNCONFIRMED in a text read)
        ("pagal Reglamento (ES) 2016/679 6 str. 1 dalies f punktą", "Reglamento (ES) 2016/679",
         "6 str. 1 dalies f punktą"),
    ],
)  # fmt: skip
def test_lithuanian_abbreviations_after_the_act(text: str, span: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind in ("legal_act", "short_form")]
    assert (ref.text, ref.celex, ref.pinpoint) == (span, "32016R0679", pinpoint)  # type: ignore[union-attr]


def test_a_lithuanian_date_after_an_act_is_no_pinpoint() -> None:
    text = "Direktyva 2003/88/EB 2003 m. lapkričio 4 d. priimta"
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert ref.pinpoint is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Hungarian: 'bek.' for bekezdés after the act (privacy notices in public repositories,
        # found with find_string): was '6. cikk' alone
        ("Jogos érdek (GDPR 6. cikk (1) bek. f) pont): A weboldal biztonságos üzemeltetése",
         "6. cikk (1) bek. f) pont"),
        ("A szerződés teljesítése (GDPR 6. cikk (1) bek. b) pont), valamint",
         "6. cikk (1) bek. b) pont"),
        ("<li>GDPR 6. cikk (1) bek. a), b) és f) pontjai</li>",
         "6. cikk (1) bek. a), b) és f) pontjai"),
        # the paragraph and the point without their words (the same, tens of hits): was
        # '6. cikk' alone
        ("basis: 'hozzájárulás (GDPR 6. cikk (1) a)), amely bármikor visszavonható',",
         "6. cikk (1) a)"),
        ("(b) Jogos érdek (GDPR 6. cikk (1) f): visszaélések megelőzése, rate limiting",
         "6. cikk (1) f)"),
        ("az érintett hozzájárulása, illetve jogos érdek (GDPR 6. cikk (1) a) és f)).",
         "6. cikk (1) a) és f)"),
        ("hozzájárulás, GDPR 6. cikk (1) a) és a 506/2004. törvény 4. cikk (5).",
         "6. cikk (1) a)"),
        # the article's ordinal dot left out before the paragraph's bracket (ssi-schaefer.com/hu-hu,
        # 'A feldolgozás jogalapja'; pages corpus): was nothing
        ("Ebben a kivételes esetben a feldolgozás alapja a GDPR 6 cikk (1) bekezdés d) pontja.",
         "6 cikk (1) bekezdés d) pontja"),
    ],
)  # fmt: skip
def test_hungarian_paragraph_abbreviated_after_the_act(text: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.celex, ref.pinpoint) == ("GDPR", "32016R0679", pinpoint)  # type: ignore[union-attr]


def test_a_hungarian_count_of_articles_is_no_pinpoint() -> None:
    # (no bracket after the word: a count, not an article written without its dot)
    (ref,) = eurefs.extract("az (EU) 2016/679 rendelet 99 cikket tartalmaz", kinds="legal_act")
    assert ref.pinpoint is None  # type: ignore[union-attr]


def test_hungarian_treaty_article_with_paragraph_and_point_unworded() -> None:
    # (as the GDPR's pinpoint above: 'GDPR 6. cikk (1) a)'; after a treaty UNCONFIRMED in a
    # text read)
    (ref,) = eurefs.extract("az EUMSZ 101. cikk (1) a) szerint")
    assert ref.text == "EUMSZ 101. cikk (1) a)"


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Croatian: the acronym's genitive after a hyphen (public repositories, found with
        # find_string): was nothing
        ("zaštita pravnih zahtjeva, na temelju legitimnog interesa iz članka 6. stavka 1. točke"
         " (f) GDPR-a; mjerenje posjećenosti", "članka 6. stavka 1. točke (f)"),
        # (a paragraph's ordinal dot before a capital may end a sentence, but the acronym's
        # genitive starts none: the pinpoint, read since short_forms/pinpoints._oblique_name;
        # was None)
        ("To proizlazi iz kumulativnog tumačenja članka 4. stavka 1. GDPR-a, presuda CJEU-a u"
         " predmetima Breyer", "članka 4. stavka 1."),
        # the locative (UNCONFIRMED in a text read)
        ("Prava ispitanika propisana su u GDPR-u i drugim propisima Republike Hrvatske koji se"
         " primjenjuju.", None),
    ],
)  # fmt: skip
def test_croatian_acronym_cases(text: str, pinpoint: str | None) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert [(r.text, r.celex, r.pinpoint) for r in refs] == [  # type: ignore[union-attr]
        ("GDPR", "32016R0679", pinpoint)
    ]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Estonian: 'art' and 'lg' after the act (privacy notices in public repositories,
        # found with find_string): was no pinpoint; the point's 'p' is left out
        ("Töötleme neid andmeid oma õigustatud huvi alusel (GDPR art 6 lg 1 p f) pakkuda oma"
         " klientidele asjakohast turundust.", "GDPR", "art 6 lg 1"),
        # the Estonian acronym of the GDPR (a public repository, find_string): was nothing
        ("Ettevõtte kliendi puhul on aluseks lepingu täitmine või tema taotlusel lepingueelsed"
         " toimingud (IKÜM art 6 lg 1 p b).", "IKÜM", "art 6 lg 1"),
        # (after the act's number, the name: UNCONFIRMED in a text read)
        ("Töötlemine toimub määruse (EL) 2016/679 art 6 lg 1 alusel.", "määruse (EL) 2016/679",
         "art 6 lg 1"),
        ("Töötlemine toimub isikuandmete kaitse üldmääruse art 6 lg 1 alusel.",
         "isikuandmete kaitse üldmääruse", "art 6 lg 1"),
    ],
)  # fmt: skip
def test_estonian_abbreviations_after_the_act(text: str, span: str, pinpoint: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind in ("legal_act", "short_form")]
    assert (ref.text, ref.celex, ref.pinpoint) == (span, "32016R0679", pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "celex", "pinpoint"),
    [
        # Estonian 'art.' with its dot after the act (an invoice note in a public repository,
        # found with find_string): was no pinpoint
        ("Pöördmaksustamine — käibemaksu arvestab ja tasub saaja (EL käibemaksudirektiivi"
         " 2006/112/EÜ art. 196).", "käibemaksudirektiivi 2006/112/EÜ", "32006L0112", "art. 196"),
        # (the dotted 'lg.' after it: UNCONFIRMED in a text read)
        ("Töötlemine toimub määruse (EL) 2016/679 art. 6 lg. 1 alusel.", "määruse (EL) 2016/679",
         "32016R0679", "art. 6 lg. 1"),
    ],
)  # fmt: skip
def test_estonian_dotted_abbreviations_after_the_act(
    text: str, span: str, celex: str, pinpoint: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.celex, ref.pinpoint) == (span, celex, pinpoint)  # type: ignore[union-attr]
