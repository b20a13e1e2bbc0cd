"""An act's pinpoint after its title in the French, German, Italian, Slovak, Portuguese and
Polish enacting formulas that cite it (``eurefs.grammar.enacting_pinpoints``, the records'
``pinpoints.enacting_intros``), as in Dutch (``test_enacting_pinpoints``): each was None.
Texts: Commission acts as public repositories copy them from EUR-Lex (find_string, the
formula's lead after a footnote call: '(1), et notamment son article' ...)."""

from __future__ import annotations

import pytest

import eurefs


def _pinpoints(text: str) -> dict[str | None, str | None]:
    return {r.celex: r.pinpoint for r in eurefs.extract(text) if isinstance(r, eurefs.LegalActRef)}


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # the Commission's regulation on Prekmurska gibanica, French, German and Slovak
        ("LA COMMISSION EUROPÉENNE,\nvu le traité sur le fonctionnement de l'Union européenne,\n"
         "vu le règlement (UE) no 1151/2012 du Parlement européen et du Conseil du 21 novembre"
         " 2012 relatif aux systèmes de qualité applicables aux produits agricoles et aux"
         " denrées alimentaires (1), et notamment son article 52, paragraphe 2,\nconsidérant ce"
         " qui suit:", "32012R1151", "article 52, paragraphe 2"),
        ("DIE EUROPÄISCHE KOMMISSION -\ngestützt auf den Vertrag über die Arbeitsweise der"
         " Europäischen Union,\ngestützt auf die Verordnung (EU) Nr. 1151/2012 des Europäischen"
         " Parlaments und des Rates vom 21. November 2012 über Qualitätsregelungen für"
         " Agrarerzeugnisse und Lebensmittel (1), insbesondere auf Artikel 52 Absatz 2,\nin"
         " Erwägung nachstehender Gründe:", "32012R1151", "Artikel 52 Absatz 2"),
        ("EURÓPSKA KOMISIA,\nso zreteľom na Zmluvu o fungovaní Európskej únie,\nso zreteľom na"
         " nariadenie Európskeho parlamentu a Rady (EÚ) č. 1151/2012 z 21. novembra 2012 o"
         " systémoch kvality pre poľnohospodárske výrobky a potraviny (1), a najmä na jeho"
         " článok 52 ods. 2,\nkeďže:", "32012R1151", "článok 52 ods. 2"),
        # Commission Regulation (EC) No 925/2003, French (a model card quoting it)
        ("LA COMMISSION DES COMMUNAUTÉS EUROPÉENNES,\nvu le traité instituant la Communauté"
         " européenne,\nvu la décision 2003/298/CE du Conseil du 14 avril 2003 relative à la"
         " conclusion d'un protocole d'adaptation des aspects commerciaux de l'accord européen"
         " établissant une association entre les Communautés européennes et leurs États"
         " membres, d'une part, et la République tchèque, d'autre part, pour tenir compte des"
         " résultats des négociations entre les parties concernant l'établissement de nouvelles"
         " concessions agricoles réciproques(1), et notamment son article 3, paragraphe 2,\n"
         "considérant ce qui suit:", "32003D0298", "article 3, paragraphe 2"),
        # Commission Decision 2006/213/EC, German
        ("DIE KOMMISSION DER EUROPÄISCHEN GEMEINSCHAFTEN -\ngestützt auf den Vertrag zur"
         " Gründung der Europäischen Gemeinschaft,\ngestützt auf die Richtlinie 89/106/EWG des"
         " Rates vom 21. Dezember 1988 zur Angleichung der Rechts- und Verwaltungsvorschriften"
         " der Mitgliedstaaten über Bauprodukte (1), insbesondere auf Artikel 20 Absatz 2,\nin"
         " Erwägung nachstehender Gründe:", "31989L0106", "Artikel 20 Absatz 2"),
        # the Commission's regulation on Kalakukko, Italian (from JRC-Acquis): the lead's
        # elided article joined to the article
        ("LA COMMISSIONE DELLE COMUNITÀ EUROPEE, visto il trattato che istituisce la Comunità"
         " europea, visto il regolamento (CEE) n. 2082/92 del Consiglio, del 14 luglio 1992,"
         " relativo alle attestazioni di specificità dei prodotti agricoli ed"
         " alimentari(1), in particolare l'articolo 9, paragrafo 1, considerando quanto segue:",
         "31992R2082", "articolo 9, paragrafo 1"),
    ],
)  # fmt: skip
def test_the_formula_gives_the_act_its_pinpoint(text: str, celex: str, pinpoint: str) -> None:
    assert _pinpoints(text) == {celex: pinpoint}


def test_a_title_naming_another_act_leaves_it_undecided() -> None:
    # Commission Implementing Regulation (EU) 2025/846, Slovak (EUR-Lex; pages corpus): the
    # title repeals Directive 1999/93/EC, so the article may be either's (English 'thereof'
    # after such a title likewise)
    text = (
        "so zreteľom na nariadenie Európskeho parlamentu a Rady (EÚ) č. 910/2014 z 23. júla"
        " 2014 o elektronickej identifikácii a dôveryhodných službách pre elektronické"
        " transakcie na vnútornom trhu a o zrušení smernice 1999/93/ES (1), a najmä na jeho"
        " článok 11a ods. 3,"
    )
    assert _pinpoints(text) == {"32014R0910": None, "31999L0093": None}


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # Commission Implementing Regulation (EU) 2019/1374, Portuguese (EUR-Lex 32019R1374;
        # pages corpus): an intro longer than the 12 characters once looked at before the act
        ("Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o"
         " artigo 266.o,\nTendo em conta o Regulamento (UE) 2016/1036 do Parlamento Europeu e do"
         " Conselho, de 8 de junho de 2016, relativo à defesa contra as importações objeto de"
         " dumping dos países não membros da União Europeia (1), nomeadamente o artigo 14.o,\n"
         "Considerando o seguinte:", "32016R1036", "artigo 14.º"),
        # Commission Implementing Decision (EU) 2015/1918, Polish (EUR-Lex 32015D1918 as
        # docplayer.pl reproduces it; pages corpus): the footnote call with blanks inside
        ("KOMISJA EUROPEJSKA, uwzględniając Traktat o funkcjonowaniu Unii Europejskiej,"
         " uwzględniając rozporządzenie (WE) nr 882/2004 Parlamentu Europejskiego i Rady z dnia"
         " 29 kwietnia 2004 r. w sprawie kontroli urzędowych przeprowadzanych w celu sprawdzenia"
         " zgodności z prawem paszowym i żywnościowym oraz regułami dotyczącymi zdrowia zwierząt"
         " i dobrostanu zwierząt ( 1 ), w szczególności jego art. 63 ust. 1 akapit drugi,"
         " a także mając na uwadze, co następuje:", "32004R0882", "art. 63 ust. 1 akapit drugi"),
    ],
)  # fmt: skip
def test_portuguese_and_polish_formulas(text: str, celex: str, pinpoint: str) -> None:
    assert _pinpoints(text) == {celex: pinpoint}
