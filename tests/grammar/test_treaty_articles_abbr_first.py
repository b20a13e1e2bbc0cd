"""Treaty articles written treaty first (fi, hu, et, lv, lt): by abbreviation or by
the treaty's long name, declined before the number."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        ("Euroopan unionin toiminnasta tehdyn sopimuksen 267 artikla",
         "Euroopan unionin toiminnasta tehdyn sopimuksen 267 artikla", "SEUT 267 artikla",
         "TFEU", ["267"]),
        # the Hungarian article ``az`` stays out of the span, as before ``az EUMSZ``
        ("az Európai Unió működéséről szóló szerződés 267. cikke szerint",
         "Európai Unió működéséről szóló szerződés 267. cikke", "EUMSZ 267. cikk",
         "TFEU", ["267"]),
        ("Az Európai Unió működéséről szóló szerződés (EUMSZ) 267. cikkének",
         "Európai Unió működéséről szóló szerződés (EUMSZ) 267. cikkének", "EUMSZ 267. cikk",
         "TFEU", ["267"]),
        ("Euroopa Liidu toimimise lepingu artikkel 267",
         "Euroopa Liidu toimimise lepingu artikkel 267", "ELTL artikkel 267", "TFEU", ["267"]),
        ("Euroopa Liidu toimimise lepingu artiklis 101 ja 102",
         "Euroopa Liidu toimimise lepingu artiklis 101 ja 102", "ELTL artiklis 101 ja 102",
         "TFEU", ["101", "102"]),
        ("Līguma par Eiropas Savienības darbību 267. pants",
         "Līguma par Eiropas Savienības darbību 267. pants", "LESD 267. pants", "TFEU",
         ["267"]),
        ("Sutarties dėl Europos Sąjungos veikimo 267 straipsnis",
         "Sutarties dėl Europos Sąjungos veikimo 267 straipsnis", "SESV 267 straipsnis",
         "TFEU", ["267"]),
        ("Europos Sąjungos sutarties 6 straipsnio", "Europos Sąjungos sutarties 6 straipsnio",
         "ES sutartis 6 straipsnio", "TEU", ["6"]),
        # the pinpoint after the article in the span and the normal form, as after the
        # abbreviation (``SEU 6 artiklan 3 kohta``; was ``SEU 6 artiklan``)
        ("Euroopan unionista tehdyn sopimuksen 6 artiklan 3 kohta",
         "Euroopan unionista tehdyn sopimuksen 6 artiklan 3 kohta", "SEU 6 artiklan 3 kohta",
         "TEU", ["6"]),
        ("Euroopan unionin toiminnasta tehdyn sopimuksen (jäljempänä SEUT) 16 artiklan",
         "Euroopan unionin toiminnasta tehdyn sopimuksen (jäljempänä SEUT) 16 artiklan",
         "SEUT 16 artiklan", "TFEU", ["16"]),
        ("Euroopan yhteisön perustamissopimuksen 234 artiklan",
         "Euroopan yhteisön perustamissopimuksen 234 artiklan", "EY 234 artiklan", "EC",
         ["234"]),
        # the Lithuanian EC Treaty as national writing named it, 'Bendrijos' capitalised and
        # without 'steigimo' (lituanistika.lt/content/9818; was nothing)
        ("Prejudiciniu sprendimu, priimamu remiantis Europos Bendrijos sutarties 234"
         " straipsniu, siekiama", "Europos Bendrijos sutarties 234 straipsniu",
         "EB 234 straipsniu", "EC", ["234"]),
        # (the same capital with 'steigimo': UNCONFIRMED in a text read)
        ("Europos Bendrijos steigimo sutarties 230 straipsnio 4 dalyje",
         "Europos Bendrijos steigimo sutarties 230 straipsnio 4 dalyje",
         "EB 230 straipsnio 4 dalyje", "EC", ["230"]),
    ],
)  # fmt: skip
def test_a_treaty_named_in_full_before_its_article(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    ref = assert_one_treaty_article(text, span, normalized, treaty)
    assert (ref.articles, ref.celex) == (articles, None)


@pytest.mark.parametrize(
    "text",
    [
        "Euroopan unionin toiminnasta tehdyn sopimuksen määräykset",  # no article
        "Līguma par Eiropas Savienības darbību noteikumi",
        "Europos Bendrijos sutartis buvo pakeista Lisabonos sutartimi",
        # another Community's treaty: the ECSC's, not the EC Treaty
        "Europos anglių ir plieno Bendrijos sutarties 65 straipsnis",
        # the abbreviation in brackets must be that of the named treaty
        "Euroopan unionin toiminnasta tehdyn sopimuksen (SEU) 267 artikla",
    ],
)
def test_a_treaty_name_without_its_article_is_no_treaty_article(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("Euroopan unionin perusoikeuskirjan 47 artikla",
         "Euroopan unionin perusoikeuskirjan 47 artikla", "EU:n perusoikeuskirjan 47 artikla"),
        ("EU:n perusoikeuskirjan 47 artiklan mukaan", "EU:n perusoikeuskirjan 47 artiklan",
         "EU:n perusoikeuskirjan 47 artiklan"),
        ("Euroopa Liidu põhiõiguste harta artikkel 47",
         "Euroopa Liidu põhiõiguste harta artikkel 47",
         "Euroopa Liidu põhiõiguste harta artikkel 47"),
        ("Eiropas Savienības Pamattiesību hartas 47. pants",
         "Eiropas Savienības Pamattiesību hartas 47. pants", "ES Pamattiesību hartas 47. pants"),
        ("Europos Sąjungos pagrindinių teisių chartijos 47 straipsnis",
         "Europos Sąjungos pagrindinių teisių chartijos 47 straipsnis",
         "Europos Sąjungos pagrindinių teisių chartijos 47 straipsnis"),
        ("az Európai Unió Alapjogi Chartájának 47. cikke",
         "Európai Unió Alapjogi Chartájának 47. cikke", "Alapjogi Charta 47. cikk"),
        ("az Alapjogi Charta 47. cikke", "Alapjogi Charta 47. cikke", "Alapjogi Charta 47. cikk"),
        # a short name defined between the name and the number, as acts do (the intros
        # of the records' back_references)
        # (the paragraph's bracket after the article read as in 'GDPR 6. cikk (1) a)')
        ("Az Európai Unió Alapjogi Chartája (a továbbiakban: a Charta) 8. cikkének (1)",
         "Európai Unió Alapjogi Chartája (a továbbiakban: a Charta) 8. cikkének (1)",
         "Alapjogi Charta 8. cikk (1)"),
        ("Euroopan unionin perusoikeuskirjan, jäljempänä 'perusoikeuskirja', 8 artiklan 1",
         "Euroopan unionin perusoikeuskirjan, jäljempänä 'perusoikeuskirja', 8 artiklan",
         "EU:n perusoikeuskirjan 8 artiklan"),
        ("Eiropas Savienības Pamattiesību hartas (“Harta”) 8. panta 1. punktā",
         "Eiropas Savienības Pamattiesību hartas (“Harta”) 8. panta 1. punktā",
         "ES Pamattiesību hartas 8. panta 1. punktā"),
        ("Europos Sąjungos pagrindinių teisių chartijos (toliau – Chartija) 8 straipsnio",
         "Europos Sąjungos pagrindinių teisių chartijos (toliau – Chartija) 8 straipsnio",
         "Europos Sąjungos pagrindinių teisių chartijos 8 straipsnio"),
        ("Euroopa Liidu põhiõiguste harta („harta“) artikli 8 lõikes 1",
         "Euroopa Liidu põhiõiguste harta („harta“) artikli 8 lõikes 1",
         "Euroopa Liidu põhiõiguste harta artikli 8 lõikes 1"),
    ],
)  # fmt: skip
def test_articles_of_the_charter_named_first(text: str, span: str, normalized: str) -> None:
    assert assert_one_treaty_article(text, span, normalized, "CFR").celex is None


@pytest.mark.parametrize(
    "text",
    [
        # Canada's charter is also a perusoikeuskirja: the bare name is no EU charter
        "perusoikeuskirjan 7 artikla",
        "Euroopa sotsiaalharta artikkel 24",  # the European Social Charter
        "Eiropas Sociālās hartas 24. pants",
        "Europos socialinės chartijos 24 straipsnis",
        "az Európai Szociális Karta 24. cikke",
        "a Charta 47. cikke",  # the charter alone
        "Euroopan unionin perusoikeuskirjan mukaisesti",  # the name without an article
        # a bracket that is no definition of the name: the article must follow it
        "Euroopan unionin perusoikeuskirjan (2000) mukaan 8 kohta",
    ],
)
def test_another_charter_named_first_is_no_charter_article(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


@pytest.mark.parametrize(
    "lang", [lg for lg in LANGUAGES if lg.treaty_abbreviation_first], ids=lambda lg: lg.code
)
def test_every_long_name_of_a_treaty_first_record(lang: Language) -> None:
    bad = []
    for code, treaty in lang.treaties.items():
        for name in treaty.names:
            for word in lang.article_words:
                # (Estonian writes the number after the word: ``ELTL artikkel 267``)
                words = (word, "267") if lang.pinpoints.numbers_after_words else ("267", word)
                text = f"{name} {' '.join(words)}"
                refs = eurefs.extract(text, short_forms=False)
                got = [(r.kind, r.text, getattr(r, "treaty", None)) for r in refs]
                if got != [("treaty_article", text, code)]:
                    bad.append((text, got))
    assert not bad, bad[:5]


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # the ordinal dot after each number of a list (a judgment summary in Hungarian,
        # jogkodex.hu 62010CJ0434: '(EUMSZ 20. és EUMSZ 21. cikk; ...)')
        ("EUMSZ 20. és 21. cikk", "EUMSZ 20. és 21. cikk"),
        ("EUMSZ 20. és EUMSZ 21. cikk", "EUMSZ 20. és 21. cikk"),
        ("LESD 20. un 21. pants", "LESD 20. un 21. pants"),
        ("SEUT 20 ja 21 artikla", "SEUT 20 ja 21 artikla"),
    ],
)
def test_lists_with_ordinal_dots_or_the_treaty_repeated(text: str, normalized: str) -> None:
    (ref,) = eurefs.extract(f"({text};")
    assert (ref.text, ref.normalized, ref.articles) == (text, normalized, ["20", "21"])
    assert eurefs.parse(ref.normalized).articles == ["20", "21"]


def test_another_treaty_after_the_conjunction_is_not_the_same_list() -> None:
    refs = eurefs.extract("EUMSZ 20. és EUSZ 21. cikk")
    assert [(r.treaty, r.articles) for r in refs] == [("TEU", ["21"])]


@pytest.mark.parametrize(
    "lang", [lg for lg in LANGUAGES if lg.treaty_abbreviation_first], ids=lambda lg: lg.code
)
def test_every_conjunction_of_a_treaty_first_record_joins_a_list(lang: Language) -> None:
    """The conjunctions are the record's (``article_conjunctions``): ``SEUT 20 tai 21
    artikla``, ``EUMSZ 20. vagy 21. cikk`` were nothing when the family had its own list;
    a range word makes one range of the two (Latvian ``LESD 20. līdz 21. pants``)."""
    treaty = lang.treaties["TFEU"]
    dot = "." if lang.pinpoints.after_dot else ""
    word = next(w for w, n in lang.article_words.items() if w == n)
    bad = []
    for conj in lang.article_conjunctions:
        listing = f"20{dot} {conj} 21{dot}"
        # (Estonian writes the numbers after the word: ``ELTL artiklid 20 ja 21``)
        written = f"{word} {listing}" if lang.pinpoints.numbers_after_words else f"{listing} {word}"
        text = f"{treaty.abbreviations[0]} {written}"
        got = [(r.text, r.treaty, r.articles) for r in eurefs.extract(text, short_forms=False)]
        listed = ["20-21"] if conj in lang.article_range_words else ["20", "21"]
        if got != [(text, "TFEU", listed)]:
            bad.append((text, got))
    assert not bad, bad


@pytest.mark.parametrize(
    ("text", "span", "articles"),
    [
        # the Hungarian article after the conjunction is no article number
        # (was articles ['20', 'a 21'])
        ("EUMSZ 20. és a 21. cikk", "EUMSZ 20. és a 21. cikk", ["20", "21"]),
        ("EUMSZ 20. és az 5. cikk", "EUMSZ 20. és az 5. cikk", ["20", "5"]),
        # the European Parliament's fact sheet on competition policy (europarl.europa.eu,
        # hu): 'az EUMSZ 37., 106. és 345. cikke a közvállalkozásokra vonatkozóan'
        ("az EUMSZ 37., 106. és 345. cikke a", "EUMSZ 37., 106. és 345. cikke",
         ["37", "106", "345"]),
    ],
)  # fmt: skip
def test_hungarian_lists_with_the_article_after_the_conjunction(
    text: str, span: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.text, ref.articles) == (span, articles)
    assert eurefs.parse(ref.normalized).articles == articles


def test_an_article_alone_between_numbers_is_no_range() -> None:
    """Hungarian ``a`` is the article, not the Spanish range word (was articles
    ['20-21'])."""
    assert eurefs.extract("EUMSZ 20. a 21. cikk", short_forms=False) == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # the Court's Hungarian (C-465/00, Österreichischer Rundfunk, 20 May 2003)
        ("az EK 234. cikk értelmében benyújtott", "EK 234. cikk", "EKSZ 234. cikk", ["234"]),
        # Európai Jog 2007/5 (szakcikkadatbazis.hu/doc/1835356)
        ("az EK-Szerződés 234. cikke szerinti", "EK-Szerződés 234. cikke", "EKSZ 234. cikk",
         ["234"]),
        ("az EK 81. és 82. cikk", "EK 81. és 82. cikk", "EKSZ 81. és 82. cikk", ["81", "82"]),
    ],
)  # fmt: skip
def test_hungarian_ec_treaty_abbreviations(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty) == (
        "treaty_article", span, normalized, "EC",
    )  # fmt: skip
    assert (ref.articles, ref.lang) == (articles, "hu")


def test_no_treaty_after_the_slash_of_an_act_number() -> None:
    # ``EK`` is also the domain of a number: ``2000/78/EK 2. cikk`` cites no EC Treaty
    refs = eurefs.extract("a 2000/78/EK 2. cikk szerint", short_forms=False)
    assert [r.kind for r in refs if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the enacting formula: a bare article after the treaty's name and the record's lead
        # (each was nothing).  Lithuanian, the amendments to the General Court's Rules of
        # Procedure (EUR-Lex 32023Q0214(01)): the TFEU in the accusative, then Euratom's
        ("atsižvelgdamas į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 254 straipsnio "
         "penktą pastraipą,", "254 straipsnio penktą pastraipą",
         "SESV 254 straipsnio penktą pastraipą", "TFEU"),
        ("atsižvelgdamas į Europos atominės energijos bendrijos steigimo sutartį, ypač į jos "
         "106a straipsnio 1 dalį,", "106a straipsnio 1 dalį",
         "Europos atominės energijos bendrijos steigimo sutarties 106a straipsnio 1 dalį",
         "EAEC"),
        ("atsižvelgdama į Europos bendrijos steigimo sutartį, ypač į jos 95 straipsnį,",
         "95 straipsnį", "EB 95 straipsnį", "EC"),
        # Latvian, Regulation (EU) 2023/657 (EUR-Lex 32023R0657): a list, each article with
        # its subdivision (was the first article alone: '43. panta', 'LESD 43. panta')
        ("ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 43. panta 2. punktu, "
         "91. panta 1. punktu,", "43. panta 2. punktu, 91. panta", "LESD 43. un 91. panta",
         "TFEU"),
        ("ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 114. pantu,",
         "114. pantu", "LESD 114. pantu", "TFEU"),
        # Estonian, Regulation (EU) 2020/2222 (EUR-Lex 32020R2222): the article word first
        ("võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artikli 91 lõiget 1,",
         "artikli 91 lõiget 1", "ELTL artikli 91 lõiget 1", "TFEU"),
        ("võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artiklit 114,",
         "artiklit 114", "ELTL artiklit 114", "TFEU"),
        # Finnish names the treaty in the genitive, as before an article
        ("ottavat huomioon Euroopan unionin toiminnasta tehdyn sopimuksen ja erityisesti sen "
         "207 artiklan 2 kohdan,", "207 artiklan 2 kohdan", "SEUT 207 artiklan 2 kohdan",
         "TFEU"),
        ("ottavat huomioon Euroopan unionin perusoikeuskirjan ja erityisesti sen 47 artiklan,",
         "47 artiklan", "EU:n perusoikeuskirjan 47 artiklan", "CFR"),
    ],
)  # fmt: skip
def test_the_enacting_formula_names_the_treaty_of_a_bare_article(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty) == (
        "treaty_article",
        span,
        normalized,
        treaty,
    )
    assert text[ref.start : ref.end] == span and ref.celex is None
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty) == (normalized, treaty)


@pytest.mark.parametrize(
    "text",
    [
        # another agreement's name before the lead (Decision of the EEA Joint Committee
        # No 326/2023, EUR-Lex 22024D1464, Latvian)
        "ņemot vērā Līgumu par Eiropas Ekonomikas zonu (“EEZ līgums”) un jo īpaši tā 98. pantu,",
        # an act's article after the lead (Commission Decision (EU) 2021/1439, Estonian;
        # the Finnish formula of an implementing act)
        "võttes arvesse nõukogu määrust (EL) nr 1024/2013, eelkõige selle artikli 4 lõike 1,",
        "ottaa huomioon neuvoston asetuksen (EY) N:o 1/2003 ja erityisesti sen 23 artiklan,",
        # the lead without a treaty's name, the name without the lead
        "ja erityisesti sen 23 artiklan",
        "ottaa huomioon Euroopan unionin toiminnasta tehdyn sopimuksen, ottaa huomioon 5 artiklan",
        "ņemot vērā Līgumu par Eiropas Savienības darbību un komisijas 5. pantu",
    ],
)
def test_no_treaty_article_where_the_formula_names_no_treaty(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # the paragraph in brackets after a declined article word (before: dropped,
        # ``ELL artikliga 4``): katripaasmohando.com, on C-542/14
        ("ELL artikliga 4(3) ette nähtud", "ELL artikliga 4(3)", "ELL artikliga 4(3)",
         ["4(3)"]),
        ("vastavalt ELTL artiklile 101(1)", "ELTL artiklile 101(1)", "ELTL artiklile 101(1)",
         ["101(1)"]),
        ("ELTL artikli 107(3)(c) alusel", "ELTL artikli 107(3)(c)", "ELTL artikli 107(3)(c)",
         ["107(3)(c)"]),
        # Finnish national writing joins the word by a hyphen (before: nothing)
        ("Tuen myöntäminen SEUT 107(3)(b) -artiklan nojalla", "SEUT 107(3)(b) -artiklan",
         "SEUT 107(3)(b) artiklan", ["107(3)(b)"]),
        ("SEUT 107(2) -artikla sisältää", "SEUT 107(2) -artikla", "SEUT 107(2) artikla",
         ["107(2)"]),
        ("SEUT 107(3) artiklan mukaan", "SEUT 107(3) artiklan", "SEUT 107(3) artiklan",
         ["107(3)"]),
        # a paragraph written with its own word: in the span and the normal form as
        # written, out of the article's designation (as Polish ``art. 107 ust. 3 TFUE``)
        ("ELL artikli 4 lõige 3", "ELL artikli 4 lõige 3", "ELL artikli 4 lõige 3", ["4"]),
        ("LESD 107. panta 3. punkts", "LESD 107. panta 3. punkts", "LESD 107. panta 3. punkts",
         ["107"]),
        ("EUMSZ 107. cikk (3) bekezdése", "EUMSZ 107. cikk (3) bekezdése",
         "EUMSZ 107. cikk (3) bekezdése", ["107"]),
    ],
)  # fmt: skip
def test_a_paragraph_in_brackets_after_an_article_number(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.articles) == (
        "treaty_article", span, normalized, articles)  # fmt: skip
    assert eurefs.parse(span).normalized == normalized
    assert eurefs.parse(normalized).articles == articles


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("SEUT 107 -artikla", []),  # a hyphen only after a bracket
        ("ELL artikliga 4 (3)", ["ELL artikliga 4"]),  # a bracket set apart is something else
    ],
)
def test_no_hyphen_or_bracket_elsewhere(text: str, spans: list[str]) -> None:
    assert [r.text for r in eurefs.extract(text, short_forms=False)] == spans


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the Hungarian enacting formula: the treaty and the article in the sublative (was
        # nothing)
        ("tekintettel az Európai Unió működéséről szóló szerződésre és különösen annak 114. "
         "cikkére,", "114. cikkére", "EUMSZ 114. cikk", "TFEU"),
        ("tekintettel az Európai Unióról szóló szerződésre és különösen annak 24. cikkére,",
         "24. cikkére", "EUSZ 24. cikk", "TEU"),
    ],
)  # fmt: skip
def test_the_hungarian_enacting_formula(text: str, span: str, normalized: str, treaty: str) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty, ref.lang) == (
        "treaty_article", span, normalized, treaty, "hu")  # fmt: skip
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # the articles of a list in the formula, each with its subdivisions (each was the
        # first article alone): Articles 42, first paragraph, and 43(2) TFEU
        ("ottavat huomioon Euroopan unionin toiminnasta tehdyn sopimuksen ja erityisesti sen 42 "
         "artiklan ensimmäisen kohdan ja 43 artiklan 2 kohdan,",
         "42 artiklan ensimmäisen kohdan ja 43 artiklan", "SEUT 42 ja 43 artiklan",
         ["42", "43"]),
        ("võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artikli 42 esimest lõiku "
         "ja artikli 43 lõiget 2,", "artikli 42 esimest lõiku ja artikli 43",
         "ELTL artikli 42 ja 43", ["42", "43"]),
        ("ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 42. panta pirmo daļu "
         "un 43. panta 2. punktu,", "42. panta pirmo daļu un 43. panta", "LESD 42. un 43. panta",
         ["42", "43"]),
        ("atsižvelgdami į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 42 straipsnio pirmą "
         "pastraipą ir 43 straipsnio 2 dalį,", "42 straipsnio pirmą pastraipą ir 43 straipsnio",
         "SESV 42 ir 43 straipsnio", ["42", "43"]),
        ("tekintettel az Európai Unió működéséről szóló szerződésre és különösen annak 42. cikke "
         "első bekezdésére és 43. cikke (2) bekezdésére,",
         "42. cikke első bekezdésére és 43. cikke", "EUMSZ 42. és 43. cikk", ["42", "43"]),
    ],
)  # fmt: skip
def test_lists_in_the_enacting_formula(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty, ref.articles) == (
        "treaty_article", span, normalized, "TFEU", articles)  # fmt: skip
    assert text[ref.start : ref.end] == span
    again = eurefs.parse(normalized)
    assert (again.normalized, again.articles) == (normalized, articles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subdivisions after the article word, in the span and the normal form as
        # written (each was the article alone).  Hungarian: a news commentary
        # (mandiner.hu, 2025-12-18; pages corpus), the possessed paragraph in the accusative
        ("Az Európai Tanács múlt pénteken az EUMSZ 122. cikkének (1) bekezdését valamiért",
         [("EUMSZ 122. cikkének (1) bekezdését", "EUMSZ 122. cikk (1) bekezdését")]),
        # the summary of the General Court's judgment in T-16/04 Arcelor (curia.europa.eu,
        # Hungarian; pages corpus): a comma before the subdivision, each article its own
        ("(EK 174. cikk, EK 175. cikk, (1) bekezdés és EK 230. cikk, negyedik bekezdés; "
         "2003/87 európai parlamenti és tanácsi irányelv, I. melléklet)",
         [("EK 174. cikk", "EKSZ 174. cikk"),
          ("EK 175. cikk, (1) bekezdés", "EKSZ 175. cikk, (1) bekezdés"),
          ("EK 230. cikk, negyedik bekezdés", "EKSZ 230. cikk, negyedik bekezdés")]),
        # the Dominguez judgment (C-282/10) in the development corpora: the sentence the
        # other languages write 'Article 288, third paragraph, TFEU'
        ("tämä ei ole SEUT 288 artiklan kolmatta kohtaa vastaan",
         [("SEUT 288 artiklan kolmatta kohtaa", "SEUT 288 artiklan kolmatta kohtaa")]),
        ("täita ELTL artikli 288 kolmanda lõigu nõudeid",
         [("ELTL artikli 288 kolmanda lõigu", "ELTL artikli 288 kolmanda lõigu")]),
        ("atbilstoši LESD 288. panta trešajai daļai",
         [("LESD 288. panta trešajai daļai", "LESD 288. panta trešajai daļai")]),
        ("pagal SESV 288 straipsnio trečios pastraipos reikalavimus",
         [("SESV 288 straipsnio trečios pastraipos",
           "SESV 288 straipsnio trečios pastraipos")]),
        # the span stops where the subdivision words stop: another act, a conjunction
        ("SEUT 101 artiklan 1 kohdan ja direktiivin 2003/88/EY 7 artiklan",
         [("SEUT 101 artiklan 1 kohdan", "SEUT 101 artiklan 1 kohdan")]),
        ("SEUT 101 artikla ja 1 kohta", [("SEUT 101 artikla", "SEUT 101 artikla")]),
        ("EUMSZ 101. cikk 2012. évi", [("EUMSZ 101. cikk", "EUMSZ 101. cikk")]),
    ],
)  # fmt: skip
def test_the_subdivisions_after_the_article(text: str, expected: list[tuple[str, str]]) -> None:
    refs = eurefs.extract(text, kinds="treaty_article", short_forms=False)
    assert [(r.text, r.normalized) for r in refs] == expected
    assert all(len(r.articles) == 1 for r in refs)  # type: ignore[union-attr]
