"""Treaty articles written treaty first (lv, lt, hu, fi, et) listed each with its own
article word (``LESD 101. pantu un 102. pantu``): one reference from the treaty to the
last article's word, as English ``Article 47 and Article 52 of the Charter`` gives one
(``grammar/treaty_articles_abbr_first``)."""

from __future__ import annotations

import pytest

import eurefs

_CHARTER_LV = "Eiropas Savienības Pamattiesību harta (turpmāk – Harta) ir saistoša. "


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        ("Eiropas Savienības Pamattiesību hartas 47. pantu un 52. pantu interpretē",
         "Eiropas Savienības Pamattiesību hartas 47. pantu un 52. pantu",
         "ES Pamattiesību hartas 47. un 52. pantu", "CFR", ["47", "52"]),
        # the short name once the Charter is named in full (``grammar/named_again``)
        (_CHARTER_LV + "Saskaņā ar Hartas 47. pantu un 52. pantu tiesa lemj",
         "Hartas 47. pantu un 52. pantu", "ES Pamattiesību hartas 47. un 52. pantu", "CFR",
         ["47", "52"]),
        # the European Economic and Social Committee's opinion, EUR-Lex 52011AE0815 (was
        # only 'Līguma par Eiropas Savienības darbību 42. pantu')
        ("saskaņā ar Līguma par Eiropas Savienības darbību 42. pantu, 43. panta 2. punktu un "
         "304. pantu nolēma",
         "Līguma par Eiropas Savienības darbību 42. pantu, 43. panta 2. punktu un 304. pantu",
         "LESD 42., 43. un 304. pantu", "TFEU", ["42", "43", "304"]),
        ("LESD 101. pantu un 102. pantu", "LESD 101. pantu un 102. pantu",
         "LESD 101. un 102. pantu", "TFEU", ["101", "102"]),
        ("LESD 101. pants vai 102. pants.", "LESD 101. pants vai 102. pants",
         "LESD 101. vai 102. pants", "TFEU", ["101", "102"]),
        ("LESD 101. pantu, 102. pantu un 106. pantu", "LESD 101. pantu, 102. pantu un 106. pantu",
         "LESD 101., 102. un 106. pantu", "TFEU", ["101", "102", "106"]),
        # the subdivisions between them in the span, out of the normal form (the national
        # shape: 'Satversmes 110. panta pirmajam teikumam un 91. panta pirmajam teikumam',
        # a dissenting opinion of the Satversmes tiesa, likumi.lv 284384)
        ("LES 4. panta 3. punktu un 19. pantu", "LES 4. panta 3. punktu un 19. pantu",
         "LES 4. un 19. panta", "TEU", ["4", "19"]),
        ("Līguma par Eiropas Savienību 4. panta 2. punktam un 19. panta 1. punktam",
         "Līguma par Eiropas Savienību 4. panta 2. punktam un 19. panta",
         "LES 4. un 19. panta", "TEU", ["4", "19"]),
        # a point letter in quotation marks, as Latvian national drafting writes it
        ('LESD 107. panta 3. punkta "c" apakšpunktu un 108. pantu',
         'LESD 107. panta 3. punkta "c" apakšpunktu un 108. pantu', "LESD 107. un 108. panta",
         "TFEU", ["107", "108"]),
        ("Europos Sąjungos pagrindinių teisių chartijos 47 straipsnį ir 52 straipsnį",
         "Europos Sąjungos pagrindinių teisių chartijos 47 straipsnį ir 52 straipsnį",
         "Europos Sąjungos pagrindinių teisių chartijos 47 ir 52 straipsnį", "CFR", ["47", "52"]),
        ("SESV 101 straipsnį ir 102 straipsnį", "SESV 101 straipsnį ir 102 straipsnį",
         "SESV 101 ir 102 straipsnį", "TFEU", ["101", "102"]),
        ("az Európai Unió Alapjogi Chartája 47. cikk és 52. cikk",
         "Európai Unió Alapjogi Chartája 47. cikk és 52. cikk", "Alapjogi Charta 47. és 52. cikk",
         "CFR", ["47", "52"]),
        ("EUMSZ 101. cikkének és 102. cikkének", "EUMSZ 101. cikkének és 102. cikkének",
         "EUMSZ 101. és 102. cikk", "TFEU", ["101", "102"]),
        ("Euroopan unionin perusoikeuskirjan 47 artikla ja 52 artikla",
         "Euroopan unionin perusoikeuskirjan 47 artikla ja 52 artikla",
         "EU:n perusoikeuskirjan 47 ja 52 artikla", "CFR", ["47", "52"]),
        ("SEUT 101 artiklan 1 kohdan ja 102 artiklan mukaisesti",
         "SEUT 101 artiklan 1 kohdan ja 102 artiklan", "SEUT 101 ja 102 artiklan", "TFEU",
         ["101", "102"]),
        # the word first (Estonian)
        ("ELTL artikli 101 ja artikli 102 alusel", "ELTL artikli 101 ja artikli 102",
         "ELTL artikli 101 ja 102", "TFEU", ["101", "102"]),
        ("Euroopa Liidu põhiõiguste harta artikli 47 ja artikli 52",
         "Euroopa Liidu põhiõiguste harta artikli 47 ja artikli 52",
         "Euroopa Liidu põhiõiguste harta artikli 47 ja 52", "CFR", ["47", "52"]),
    ],
)  # fmt: skip
def test_articles_each_with_their_word_are_one_list(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert (ref.text, text[ref.start : ref.end], ref.normalized) == (span, span, normalized)
    assert (ref.treaty, ref.articles, ref.celex) == (treaty, articles, None)
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty, again.articles) == (normalized, treaty, articles)


@pytest.mark.parametrize(
    ("text", "span", "articles"),
    [
        # another instrument named after the conjunction ends the list: the Latvian
        # Competition Law (likumi.lv 54890, section 1, point 12): 'lai piemērotu Līguma par
        # Eiropas Savienības darbību 101. pantu vai šā likuma 11. pantu'
        ("lai piemērotu Līguma par Eiropas Savienības darbību 101. pantu vai šā likuma 11. "
         "pantu, saskaņā", "Līguma par Eiropas Savienības darbību 101. pantu", ["101"]),
        ("LESD 267. pantu un Direktīvas 2000/78/EK 6. pantu",  "LESD 267. pantu", ["267"]),
        # a comma alone may start a clause: a list that no conjunction ends is none
        ("LESD 101. pantu, 6. pantā minētās tiesības", "LESD 101. pantu", ["101"]),
        # a paragraph, a date or an annex after the conjunction is no further article
        ("LESD 101. pantu un 3. punktu", "LESD 101. pantu", ["101"]),
        ("LESD 101. pantu un 2019. gada 1. janvārī", "LESD 101. pantu", ["101"]),
        ("SESV 101 straipsnį ir 3 priedą", "SESV 101 straipsnį", ["101"]),
    ],
)  # fmt: skip
def test_a_list_ends_where_no_further_article_of_the_treaty_follows(
    text: str, span: str, articles: list[str]
) -> None:
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert [(r.text, r.articles) for r in refs] == [(span, articles)]


def test_another_treaty_after_the_conjunction_is_a_reference_of_its_own() -> None:
    refs = eurefs.extract("SEUT 101 artiklan ja EY 81 artiklan", short_forms=False)
    assert [(r.text, r.treaty, r.articles) for r in refs] == [
        ("SEUT 101 artiklan", "TFEU", ["101"]), ("EY 81 artiklan", "EC", ["81"])]  # fmt: skip


def test_another_charter_lists_no_article() -> None:
    # the European Charter of Local Self-Government (Satversmes tiesa, likumi.lv 340112)
    text = "Eiropas vietējo pašvaldību hartas 4. panta ceturtajai daļai un 8. pantam"
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


def test_the_act_keeps_its_own_list_as_its_pinpoint() -> None:
    """An act's list is the act's pinpoint (``grammar/act_pinpoints``), no treaty article."""
    (ref,) = eurefs.extract("saskaņā ar Regulas (ES) 2016/679 6. pantu un 7. pantu")
    assert (ref.kind, ref.text, ref.celex) == ("legal_act", "Regulas (ES) 2016/679", "32016R0679")
    assert ref.pinpoint == "6. pantu un 7. pantu"


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        # M. Borkoveca, Jurista Vārds 18/19 (2024), juristavards.lv 285219 (was nothing)
        ("piemērojot Līgumā par Eiropas Savienības darbību (turpmāk – LESD) 267. pantā "
         "paredzēto procedūru",
         "Līgumā par Eiropas Savienības darbību (turpmāk – LESD) 267. pantā", "LESD 267. pantā",
         "TFEU", ["267"]),
        ("Līgumā par Eiropas Savienību 4. panta 2. punktā un 19. pantā",
         "Līgumā par Eiropas Savienību 4. panta 2. punktā un 19. pantā", "LES 4. un 19. panta",
         "TEU", ["4", "19"]),
    ],
)  # fmt: skip
def test_a_latvian_treaty_named_in_the_locative(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized) == ("treaty_article", span, normalized)
    assert (ref.treaty, ref.articles, ref.celex) == (treaty, articles, None)


@pytest.mark.parametrize(
    "text",
    [
        "tas ir noteikts Līgumā par Eiropas Savienības darbību.",  # no article
        "Līgumā par Eiropas Savienības darbību 2009. gadā tika ieviests",
        # the abbreviation in brackets must be the named treaty's
        "Līgumā par Eiropas Savienības darbību (LES) 6. pantā",
    ],
)
def test_the_locative_without_an_article_of_its_treaty_is_none(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # Hungarian writes its article after the conjunction (was the first article alone)
        ("EUMSZ 101. cikk és a 102. cikk alapján", "EUMSZ 101. cikk és a 102. cikk",
         "EUMSZ 101. és 102. cikk", ["101", "102"]),
        ("az EUMSZ 101. cikkének (1) bekezdése és a 102. cikke",
         "EUMSZ 101. cikkének (1) bekezdése és a 102. cikke", "EUMSZ 101. és 102. cikk",
         ["101", "102"]),
        ("az EUMSZ 101. cikke vagy a 102. cikke", "EUMSZ 101. cikke vagy a 102. cikke",
         "EUMSZ 101. vagy 102. cikk", ["101", "102"]),
        ("az EUMSZ 101. cikke, a 102. cikke és az 106. cikke",
         "EUMSZ 101. cikke, a 102. cikke és az 106. cikke", "EUMSZ 101., 102. és 106. cikk",
         ["101", "102", "106"]),
        # 'illetve' after a comma, as Hungarian writes it (the comma kept in the normal form)
        ("az EUMSZ 101. cikke, illetve a 102. cikke", "EUMSZ 101. cikke, illetve a 102. cikke",
         "EUMSZ 101., illetve 102. cikk", ["101", "102"]),
    ],
)  # fmt: skip
def test_an_article_after_the_conjunction_continues_the_list(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized) == ("treaty_article", span, normalized)
    assert (ref.treaty, ref.articles) == ("TFEU", articles)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # another instrument after the conjunction and its article ends the list
        ("az EUMSZ 101. cikke és a Charta 47. cikke", "EUMSZ 101. cikke"),
        ("az EUMSZ 101. cikke és az 1/2003 rendelet 7. cikke", "EUMSZ 101. cikke"),
        ("az EUMSZ 101. cikk, illetve a Charta 47. cikke", "EUMSZ 101. cikk"),
        # an article after a comma alone, no conjunction ending the list
        ("az EUMSZ 101. cikke, a 102. cikk szerint", "EUMSZ 101. cikke"),
    ],
)
def test_the_article_after_a_conjunction_needs_an_article_of_the_treaty(
    text: str, first: str
) -> None:
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert [(r.text, r.articles) for r in refs] == [(first, [first.split()[1].rstrip(".")])]


# The Finnish summary of the judgment in C-393/08 Sbarigia, EUR-Lex 62008CJ0393 (FI; pages
# corpus): the treaty again after a comma as after the conjunction (was 'EY 81 ja EY 82
# artikla', Article 10 lost)
_SBARIGIA_FI = (
    "3. Kilpailu – Yhteisön oikeussäännöt – Jäsenvaltioiden velvollisuudet\n"
    "(EY 10, EY 81 ja EY 82 artikla)\n"
    "1. Yksinomaan kansallisen tuomioistuimen, jossa asia on vireillä"
)


def test_the_treaty_again_after_a_comma_continues_the_list() -> None:
    (ref,) = eurefs.extract(_SBARIGIA_FI, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized) == (
        "treaty_article", "EY 10, EY 81 ja EY 82 artikla", "EY 10, 81 ja 82 artikla")  # fmt: skip
    assert (ref.treaty, ref.articles, ref.lang) == ("EC", ["10", "81", "82"], "fi")
    assert eurefs.parse(ref.normalized).articles == ["10", "81", "82"]
