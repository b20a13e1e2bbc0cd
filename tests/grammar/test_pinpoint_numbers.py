"""The numbers of a pinpoint and of a treaty article written apart from their brackets
(``Article 85 (3)``, ``Article 4 (1) (a)``: older EUR-Lex texts and many writers), with
a point after dots (French ``article 6.1.f``), the Italian ``ed`` before a vowel, and the
lists of letters alone."""

from __future__ import annotations

import pytest

import eurefs


def _one(text: str, kind: str) -> eurefs.Reference:
    refs = [r for r in eurefs.extract(text) if r.kind == kind]
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Article 4 (1) (a) of Regulation (EEC) No 1408/71: the Court's older English texts
        (
            "Article 4 (1) (a) of Council Regulation (EEC) No 1408/71 of 14 June 1971",
            "Council Regulation (EEC) No 1408/71",
            "Article 4 (1) (a)",
        ),
        (
            "under Article 6 (1) (f) of Regulation (EU) 2016/679.",
            "Regulation (EU) 2016/679",
            "Article 6 (1) (f)",
        ),
        # the known miss of the session's brief: German-model English with a space
        ("The processing is lawful under Art. 6 (1) lit. f GDPR.", "GDPR", "Art. 6 (1) lit. f"),
        # French privacy notices (public repositories): ``(article 6.1.f du RGPD)``
        ("Intérêt légitime (article 6.1.f du RGPD).", "RGPD", "article 6.1.f"),
        ("mesures précontractuelles (article 6.1.b du RGPD).", "RGPD", "article 6.1.b"),
        (
            "conforme à l’article 6.1.f du règlement (UE) 2016/679.",
            "règlement (UE) 2016/679",
            "article 6.1.f",
        ),
        # the point in brackets after a dotted paragraph: privacy notices in public
        # repositories (``our legitimate interests (Article 6.1(f) GDPR)``, ``Article 6.1(f)
        # GDPR: This means that``) and the form the session's brief reported in French
        ("and our legitimate interests (Article 6.1(f) GDPR), such as", "GDPR", "Article 6.1(f)"),
        ("la sanction prévue à l'art. 83.2(b) RGPD.", "RGPD", "art. 83.2(b)"),
        ("conforme al artículo 6.1 (f) del RGPD.", "RGPD", "artículo 6.1 (f)"),
        (
            "under Article 6.1(f)(ii) of Regulation (EU) 2016/679.",
            "Regulation (EU) 2016/679",
            "Article 6.1(f)(ii)",
        ),
        # Italian ``ed`` before a vowel (a public repository's quiz on the GDPR; the
        # Italian transposition notes of Directive 2011/93/EU)
        (
            "Ai sensi dell’art. 6, par. 1, lett. c) ed e) del GDPR e dell’art. 2-ter del Codice.",
            "GDPR",
            "art. 6, par. 1, lett. c) ed e)",
        ),
        (
            "ai sensi dell’art. 2 lett. c) ed e) della direttiva 2011/93/UE.",
            "direttiva 2011/93/UE",
            "art. 2 lett. c) ed e)",
        ),
        # a point numbered by its section, with dots, as annexes number theirs (was no
        # pinpoint): the BVerwG's reference in Natumi (3 C 1.18, rechtsportal.de), a control
        # body's notes on the organic regulation (pruefgesellschaft.bio; pages corpus), the
        # Court's English subject-matter line in C-815/19 (EUR-Lex 62019CJ0815)
        (
            "Es bedarf der Auslegung von Anhang IX Nr. 1.3 der VO (EG) 889/2008.",
            "VO (EG) 889/2008",
            "Anhang IX Nr. 1.3",
        ),
        (
            "(Anhang II Teil IV Nr. 2.2.2b der Verordnung (EU) 2018/848)",
            "Verordnung (EU) 2018/848",
            "Anhang II Teil IV Nr. 2.2.2b",
        ),
        (
            "Annex IX, point 1.3, to Regulation (EC) No 889/2008",
            "Regulation (EC) No 889/2008",
            "Annex IX, point 1.3",
        ),
    ],
)
def test_pinpoints(text: str, span: str, pinpoint: str) -> None:
    kind = "legal_act" if any(c.isdigit() for c in span) else "short_form"
    ref = _one(text, kind)
    assert (ref.text, ref.pinpoint) == (span, pinpoint)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # ``Article 85 (1)`` in the Court's summary of ACF Chemiefarma v Commission (41/69)
        (
            "Articles 85 (1) and 86 of the EEC Treaty",
            "Articles 85 (1) and 86 of the EEC Treaty",
            "Articles 85(1) and 86 EEC",
            ["85(1)", "86"],
        ),
        (
            "on the application of Article 85 (3) of the EEC Treaty to certain categories",
            "Article 85 (3) of the EEC Treaty",
            "Article 85(3) EEC",
            ["85(3)"],
        ),
        (
            "under Article 101 (1) (b) TFEU.",
            "Article 101 (1) (b) TFEU",
            "Article 101(1)(b) TFEU",
            ["101(1)(b)"],
        ),
    ],
)
def test_treaty_article_brackets_apart(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    ref = _one(text, "treaty_article")
    assert (ref.text, ref.normalized, list(ref.articles)) == (span, normalized, articles)


@pytest.mark.parametrize(
    "text",
    [
        # a year or a word in brackets is no paragraph
        "in Article 5 (1998) of Directive 95/46/EC",
        "in Article 5 (former) of Directive 95/46/EC",
        # a version number is no pinpoint, nor a letter after a dot without an article
        "la version 6.1.f du logiciel et le RGPD",
        # a date after a point's word is no point numbered with dots
        "Art. 5 Nr. 1.3.2004 der Verordnung (EU) 2018/848",
    ],
)
def test_no_pinpoint(text: str) -> None:
    assert all(getattr(r, "pinpoint", None) is None for r in eurefs.extract(text))


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the Bulgarian data-protection commission's decisions (cpdp.bg, decisions
        # ППН-01-202/2018 and ППН-01-169/2022; pages corpus): '§' for the paragraph, 'б.' for
        # the letter, in quotation marks, no blanks after the dots; was no pinpoint
        ("на основание чл.10, ал.1 от Закона за защита на личните данни (ЗЗЛД) във вр. с"
         " чл.57, §1, б.„е“ от Регламент (ЕС) 2016/679, разгледа", "чл.57, §1, б.„е“"),
        ("чл.10, ал.1 от Закона за защита на личните данни, чл.57, §1, б.„е” от Регламент"
         " 2016/679 и чл.40", "чл.57, §1, б.„е”"),
        # 'т.' (точка) and 'пар.' (параграф) as the same writing abbreviates them
        # (UNCONFIRMED before an EU act in a text read)
        ("чл. 4, т. 7 от Регламент (ЕС) 2016/679", "чл. 4, т. 7"),
        ("чл. 6, пар. 1, б. е) от Регламент (ЕС) 2016/679", "чл. 6, пар. 1, б. е)"),
    ],
)  # fmt: skip
def test_bulgarian_abbreviations_and_a_letter_in_quotation_marks(text: str, pinpoint: str) -> None:
    ref = _one(text, "legal_act")
    assert (ref.celex, ref.pinpoint) == ("32016R0679", pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Law 4412/2016 (e-dimos.gr; pages corpus): the subparagraph's letter with the keraia
        # typed as an apostrophe; was no pinpoint
        ("Άρθρο 2: Ορισμοί (άρθρο 2 και άρθρο 33 παρ. 1 εδάφιο β’ της Οδηγίας 2014/24/ΕΕ και",
         "Οδηγίας 2014/24/ΕΕ", "άρθρο 2 και άρθρο 33 παρ. 1 εδάφιο β’"),
        # the keraia as the tonos and as the numeral sign, 'στ΄' for six (UNCONFIRMED before
        # an EU act in a text read)
        ("σύμφωνα με το άρθρο 6 παρ. 1 στοιχ. α΄ του Κανονισμού (ΕΕ) 2016/679",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρο 6 παρ. 1 στοιχ. α΄"),
        ("σύμφωνα με το άρθρο 6 παρ. 1 στοιχ. στʹ του Κανονισμού (ΕΕ) 2016/679",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρο 6 παρ. 1 στοιχ. στʹ"),
    ],
)  # fmt: skip
def test_a_greek_letter_numeral_with_its_keraia(text: str, span: str, pinpoint: str) -> None:
    ref = _one(text, "legal_act")
    assert (ref.text, ref.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "span", "pinpoint"),
    [
        # the keraia typed as an apostrophe, as Greek privacy notices in public repositories
        # write it (find_string: 'βάσει έννομου συμφέροντος (Άρθρο 6 παρ. 1 στ' GDPR)',
        # 'έννομο συμφέρον (άρθρο 6 παρ. 1 στοιχ. στ').', '1 στοιχ. γ').'); was none
        ("για σκοπούς επικοινωνίας βάσει έννομου συμφέροντος (Άρθρο 6 παρ. 1 στ' GDPR).",
         "short_form", "GDPR", "Άρθρο 6 παρ. 1 στ'"),
        ("κατά το άρθρο 6 παρ. 1 στοιχ. γ' του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρο 6 παρ. 1 στοιχ. γ'"),
        ("το άρθρο 6 παρ. 1 στοιχ. α' και β' του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρο 6 παρ. 1 στοιχ. α' και β'"),
        # ... and as the numeral sign itself, U+0374, which NFC makes U+02B9 ('του άρθρου 7,
        # στοιχείο στʹ της οδηγίας 95/46/ΕΚ', lawspot.gr on the judgment in C-708/18; pages
        # corpus, its code point as the index keeps it); was none
        ("κατά το άρθρο 6 παρ. 1 στοιχ. στ\u0374 του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρο 6 παρ. 1 στοιχ. στ\u0374"),
        ("(άρθρο 6 παρ. 1 στ\u0374 ΓΚΠΔ)", "short_form", "ΓΚΠΔ", "άρθρο 6 παρ. 1 στ\u0374"),
        # a letter in quotation marks, a quotation closed after a letter, an elided word: none
        ("το άρθρο 6 παρ. 1 'στ' του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", None),
        ("το άρθρο 6 παρ. 1 'στ' ΓΚΠΔ", "short_form", "ΓΚΠΔ", None),
        ("η φράση 'άρθρο 6 παρ. 1 α' του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", None),
        ("το άρθρο 6 παρ. 1 κατ' εξαίρεση του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", None),
        # a Latin letter before an apostrophe is no letter numeral
        ("Article 6(1) point a' of Regulation (EU) 2016/679", "legal_act",
         "Regulation (EU) 2016/679", None),
    ],
)  # fmt: skip
def test_a_greek_keraia_typed_as_an_apostrophe_or_the_numeral_sign(
    text: str, kind: str, span: str, pinpoint: str | None
) -> None:
    ref = _one(text, kind)
    assert (ref.text, ref.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "span", "pinpoint"),
    [
        # the point's letter numeral right after the paragraph's number, no word before it,
        # as Greek privacy notices write it (websites' sources in public repositories; before:
        # 'άρθρο 6 παρ. 1' before 'του GDPR', none before 'ΓΚΠΔ' and the act)
        ("Νομική βάση: έννομο συμφέρον (άρθρο 6 παρ. 1 στ΄ ΓΚΠΔ).", "short_form", "ΓΚΠΔ",
         "άρθρο 6 παρ. 1 στ΄"),
        ("Νομική βάση είναι το έννομο συμφέρον μας βάσει του άρθρου 6 παρ. 1 στ΄ του GDPR.",
         "short_form", "GDPR", "άρθρου 6 παρ. 1 στ΄"),
        ("κατά παράβαση του άρθρου 6 παρ. 1 στ΄ του Κανονισμού (ΕΕ) 2016/679.", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρου 6 παρ. 1 στ΄"),
        ("βάσει του άρθρου 9 παρ. 2 α’ του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", "άρθρου 9 παρ. 2 α’"),
        # an elided word of three letters is no letter numeral: the pinpoint stops before it
        ("το άρθρο 6 παρ. 1 κατ’ εξαίρεση του Κανονισμού (ΕΕ) 2016/679", "legal_act",
         "Κανονισμού (ΕΕ) 2016/679", None),
    ],
)  # fmt: skip
def test_a_greek_letter_numeral_without_its_word(
    text: str, kind: str, span: str, pinpoint: str | None
) -> None:
    ref = _one(text, kind)
    assert (ref.text, ref.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # a sub-point's doubled letter, as the Court's Greek numbers the Sixth VAT Directive's
        # points: the judgment in C-45/95 Commission v Italy (taxlawapp.eu, EL; pages corpus);
        # was no pinpoint
        ("Παραβιάζει τις υποχρεώσεις που υπέχει από το άρθρο 13, B, στοιχείο γγ, της έκτης "
         "οδηγίας 77/388, περί εναρμονίσεως των νομοθεσιών", "οδηγίας 77/388",
         "άρθρο 13, B, στοιχείο γγ"),
    ],
)  # fmt: skip
def test_a_greek_doubled_letter(text: str, span: str, pinpoint: str) -> None:
    ref = _one(text, "legal_act")
    assert (ref.text, ref.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


def test_two_greek_letters_of_a_word_are_no_point() -> None:
    # (only a letter doubled numbers a sub-point: 'το' is a word)
    ref = _one("το άρθρο 2, στοιχείο το της οδηγίας 77/388/ΕΟΚ", "legal_act")
    assert ref.pinpoint is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # a Belgian asylum lawyers' bulletin (public repository), on Regulation (EU) 2024/1348:
        # the paragraph sign's first number '1er' (before: no pinpoint)
        ("Il n'entraîne qu'un examen accéléré (article 42, § 1er, e), du règlement (UE) "
         "2024/1348).", "règlement (UE) 2024/1348", "article 42, § 1er, e)"),
        # as before: a number other than the first
        ("(article 61, § 5, c), du règlement (UE) 2024/1348)", "règlement (UE) 2024/1348",
         "article 61, § 5, c)"),
        # the point's bare letter after the paragraph, no comma (before: no pinpoint):
        # a Belgian family-law tool and a privacy page (public repositories)
        ("la loi de la première résidence habituelle commune des époux s'applique (art. 26 § 1 "
         "a) du Règl. UE 2016/1103 ; à vérifier par avocat belge).", "Règl. UE 2016/1103",
         "art. 26 § 1 a)"),
        ("La base juridique est l’art. 6 § 1 a) du RGPD (consentement par l’utilisation "
         "active).", "RGPD", "art. 6 § 1 a)"),
        ("exécution d'une mission d'intérêt public (article 6 § 1 e) du règlement (UE) "
         "2016/679)", "règlement (UE) 2016/679", "article 6 § 1 e)"),
    ],
)  # fmt: skip
def test_a_belgian_paragraph_sign_and_a_bare_point(text: str, span: str, pinpoint: str) -> None:
    ref = next(r for r in eurefs.extract(text) if r.text == span)
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]
    assert ref.celex in {"32024R1348", "32016R1103", "32016R0679"}  # type: ignore[union-attr]


def test_a_bare_letter_is_no_pinpoint_before_another_word() -> None:
    # the letter belongs to the pinpoint only as a point, with its bracket: ``a`` alone,
    # or a bracket closing an aside, is left out as before
    ref = _one("article 6 § 1 (voir a) du règlement (UE) 2016/679", "legal_act")
    assert ref.pinpoint is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # a letter alone after a paragraph's number, the act after it: the conjunction 'e'
        # (in capitals in a headnote), not a point, which Portuguese writes 'alínea e)';
        # was the pinpoint 'artigo 7.º, n.º 1, E'
        "nos termos do artigo 7.º, n.º 1, E do Regulamento (UE) 2016/679",
        "nos termos do artigo 7.º, n.º 1, e do Regulamento (UE) 2016/679",
        "ARTIGO 7.º, N.º 1, E DO REGULAMENTO (UE) 2016/679",
    ],
)
def test_a_bare_letter_after_a_number_is_no_member_of_its_list(text: str) -> None:
    ref = _one(text, "legal_act")
    assert (ref.celex, ref.pinpoint) == ("32016R0679", None)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # letters alone listed with letters alone, a point's letter with its bracket after a
        # number, the conjunction in capitals between numbers
        ("Art. 6 Abs. 1 lit. a, b und c der Verordnung (EU) 2016/679",
         "Art. 6 Abs. 1 lit. a, b und c"),
        ("art. 6 ust. 1 lit. a i b rozporządzenia (UE) 2016/679", "art. 6 ust. 1 lit. a i b"),
        ("artigo 7.º, n.º 1, alínea e), do Regulamento (UE) 2016/679",
         "artigo 7.º, n.º 1, alínea e)"),
        ("ARTIGOS 7.º, N.º 1, E 9.º DO REGULAMENTO (UE) 2016/679", "ARTIGOS 7.º, N.º 1, E 9.º"),
        ("artigo 7.º, n.ºs 1 e 3, do Regulamento (UE) 2016/679", "artigo 7.º, n.ºs 1 e 3"),
        # an article's part is a capital after its number (the Sixth VAT Directive's
        # 'article 13, B, sous b)')
        ("l'article 13, B, sous b), du règlement (UE) 2016/679", "article 13, B, sous b)"),
        ("artikelen 5, lid 3, en 13, B, sub b, van Verordening (EU) 2016/679",
         "artikelen 5, lid 3, en 13, B, sub b"),
    ],
)  # fmt: skip
def test_letters_and_numbers_listed_alike(text: str, pinpoint: str) -> None:
    ref = _one(text, "legal_act")
    assert (ref.celex, ref.pinpoint) == ("32016R0679", pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # Lattenmayer, ecolex 2003/9, on the Connect judgment (doczz.net; pages corpus): an
        # inserted article's small letter apart, as Austrian writing has it; was no pinpoint
        ("Auslegung des Art 5 a Abs 3 RL 90/387/EWG zur Vorabentscheidung", "31990L0387",
         "Art 5 a Abs 3"),
        ("Art 5 a Abs 3 RL 90/387/EWG5) forderte eine Überprüfung", "31990L0387",
         "Art 5 a Abs 3"),
        ("nach Art 5 a der Richtlinie 90/387/EWG", "31990L0387", "Art 5 a"),
        # ... never a point's letter with its bracket, a list's, 'f' (the one following), nor
        # a letter after a paragraph: no pinpoint, as before
        ("Art. 5 a) der Richtlinie 90/387/EWG", "31990L0387", None),
        ("Art. 5 a und b der Richtlinie 90/387/EWG", "31990L0387", None),
        ("Art. 5 f der Richtlinie 90/387/EWG", "31990L0387", None),
        # ... nor in a language that writes no such letter (Slovak 'a' is "and")
        ("podľa bodu 5 a smernice 2006/112/ES", "32006L0112", None),
    ],
)  # fmt: skip
def test_an_inserted_articles_small_letter_apart(
    text: str, celex: str, pinpoint: str | None
) -> None:
    ref = _one(text, "legal_act")
    assert (ref.celex, ref.pinpoint) == (celex, pinpoint)  # type: ignore[union-attr]
