"""The Charter named again by its short name (``Article 51(2) of the Charter``) once the
text has named it in full: ``eurefs/grammar/named_again.py``."""

from __future__ import annotations

import pytest

import eurefs
from eurefs import family_scan
from eurefs.grammar import treaty_articles
from eurefs.textview import TextView
from tests.support.extracted import extracted

# klucka.org, 'Charter of Fundamental Rights of the European Union' (pages corpus)
KLUCKA = (
    "Although a young instrument, the Charter of Fundamental Rights of the European Union"
    " („the Charter “) forms a segment of a lasting system of protection of fundamental"
    " rights in the European legal order. [...] the Charter does not broaden the scope of EU"
    " legislation beyond its powers or establish any new powers or tasks for the Union"
    " (Article 51(2) of the Charter)."
)
# ipwiki.de, 'Recht auf einen wirksamen Rechtsbehelf und ein unparteiisches Gericht',
# quoting the Court in Joined Cases C-439/14 and C-488/14 (pages corpus)
IPWIKI = (
    "Artikel 47 der Charta der Grundrechte der Europäischen Union (GRCh) garantiert das Recht"
    " auf einen wirksamen Rechtsbehelf und ein unparteiisches Gericht [...] „eine"
    " Einschränkung des Rechts auf einen wirksamen Rechtsbehelf vor einem Gericht im Sinne"
    " von Artikel 47 der Charta, die gemäß Artikel 52(1) der Charta gesetzlich vorgesehen"
    " sein muss“"
)


def _articles(text: str) -> list[tuple[str, str, str]]:
    return extracted(text, "text", "normalized", "treaty", kinds="treaty_article")


def test_after_the_charter_named_in_full() -> None:
    assert _articles(KLUCKA) == [("Article 51(2) of the Charter", "Article 51(2) CFR", "CFR")]
    assert _articles(IPWIKI) == [
        (
            "Artikel 47 der Charta der Grundrechte der Europäischen Union (GRCh)",
            "Artikel 47 GRCh",
            "CFR",
        ),
        ("Artikel 47 der Charta", "Artikel 47 GRCh", "CFR"),
        ("Artikel 52(1) der Charta", "Artikel 52(1) GRCh", "CFR"),
    ]
    again = eurefs.parse("Article 51(2) CFR")
    assert (again.normalized, again.treaty) == ("Article 51(2) CFR", "CFR")  # type: ignore[union-attr]


def test_not_before_it_nor_another_charter() -> None:
    # realaw.blog, 2023/02/08: the Charter never named in full in the sentence
    assert (
        _articles("Article 47 of the Charter shapes the way in which the EU administers justice.")
        == []
    )
    # named by the short name first, in full after: only what comes after counts
    text = "Article 8 of the Charter applies. " + KLUCKA
    assert [a for a, _, _ in _articles(text)] == ["Article 51(2) of the Charter"]
    # another charter, named after the preposition the short name never stands before
    un = KLUCKA + " Article 51 of the Charter of the United Nations is another matter."
    assert [a for a, _, _ in _articles(un)] == ["Article 51(2) of the Charter"]
    assert (
        _articles(
            IPWIKI.replace("Artikel 47 der Charta der Grundrechte", "Artikel 47 GRCh").split(
                "[...]"
            )[1]
        )
        == []
    )


def test_a_text_read_in_chunks_reads_the_same() -> None:
    """The Charter named in full in an earlier chunk counts in a later one."""
    text = KLUCKA.replace(" [...]", " x" * 60_000 + ".")
    whole = [(r.start, r.text) for r in eurefs.extract(text)]
    assert whole[-1][1] == "Article 51(2) of the Charter"
    assert [(r.start, r.text) for r in eurefs.iter_extract(text, chunk_size=20_000)] == whole


def _built(text: str, named_before: bool = False) -> list[str]:
    """The treaty articles the family builds in ``text`` (before any is dropped)."""
    view = TextView(text).view
    refs = family_scan._scan(treaty_articles.FAMILY, view, {}, lambda: named_before)
    return [view[r.start : r.end] for r in refs]


def test_not_built_where_nothing_before_names_the_charter() -> None:
    """An article by the short name is not even built where no form of the treaty's names
    stands before it (``"Article 1 of the Charter " * 40000`` cost twice as much)."""
    assert _built("Article 1 of the Charter. " * 3) == []
    # a name after it counts for what follows only
    later = "Article 1 of the Charter. The EU Charter of Fundamental Rights. Article 2 of the"
    later += " Charter."
    assert _built(later) == ["Article 2 of the Charter"]
    # any form of its names, in any case, any blank between words; the abbreviation too
    for named in ("CHARTER OF FUNDAMENTAL\n\nRIGHTS", "Article 47 CFR", "Grundrechtecharta"):
        assert _built(named + ". Article 1 of the Charter.")[-1] == "Article 1 of the Charter"
    # a chunk whose text before it may have named the Charter (eurefs.iter_extract)
    assert _built("Article 1 of the Charter.", named_before=True) == ["Article 1 of the Charter"]


@pytest.mark.parametrize(
    "first",
    [
        "The Charter of Fundamental Rights of the European Union applies.",
        "Article 47 CFR applies.",
        "Article 8 of the Charter applies.",  # nothing named in full: nothing after either
    ],
)
def test_chunks_read_what_earlier_chunks_named(first: str) -> None:
    text = first + " x" * 30_000 + " Article 51(2) of the Charter." + " y" * 30_000 + " " + first
    whole = [(r.start, r.text) for r in eurefs.extract(text)]
    assert ("Article 51(2) of the Charter" in [t for _, t in whole]) == ("8" not in first)
    for size in (5_000, 20_000):
        assert [(r.start, r.text) for r in eurefs.iter_extract(text, chunk_size=size)] == whole


# COM(2019) 257 final, French (dokumen.tips, pages corpus): the Charter named in full;
# wordscope.be: an EU text's French version citing its Article 47 by the short name
COM_2019_257_FR = (
    "Chaque année, la Commission européenne établit un rapport sur l’application de la Charte"
    " des droits fondamentaux de l’Union européenne (ci-après la «Charte») dans l’Union et ses"
    " États membres. [...] Toutefois, le respect de l’article 47 de la Charte s’impose aux"
    " États membres et, par conséquent, à leurs juridictions"
)
# europeanrights.eu, on the Court's judgment in C-583/11 P, Inuit Tapiriit Kanatami
INUIT_IT = (
    "La Corte ha respinto l’impugnazione dei ricorrenti affermando che l’articolo 47 della Carta"
    " dei diritti fondamentali dell’UE non ha per oggetto la modifica del sistema di controllo"
    " giurisdizionale previsto dai Trattati [...] La Corte ha poi affermato che la tutela"
    " conferita dall’articolo 47 della Carta non esige che un singolo possa proporre in modo"
    " incondizionato un ricorso di annullamento"
)
# repositorio.pucp.edu.pe/index/handle/123456789/173927, an article's abstract
PUCP_ES = (
    "Con la entrada en vigor del Tratado de Lisboa y de la Carta de Derechos Fundamentales de la"
    " Unión Europea es cada vez más frecuente la fundamentación directa de la jurisprudencia en"
    " el artículo 47 de la Carta, detectándose progresos"
)

# portal.oa.pt (the Portuguese Bar, 'Conheça a Carta dos Direitos Fundamentais da União
# Europeia') names it in full; e-justice.europa.eu, the Commission's pages on the Charter
# (Portuguese, parts III and II), cite its articles by the short name
EJUSTICE_PT = (
    "Conheça a Carta dos Direitos Fundamentais da União Europeia. [...] Conforme previsto na"
    " secção 2, Parte II, segundo o artigo 51.°, n.° 1 da Carta, esta oferece proteção contra"
    " violações decorrentes de medidas nacionais [...] tal como definido no artigo 18.° do"
    " TFUE e agora também no artigo 21.°, n.° 2 da Carta."
)


def test_french_italian_spanish_portuguese_short_names() -> None:
    assert _articles(COM_2019_257_FR) == [("article 47 de la Charte", "article 47 CDFUE", "CFR")]
    assert _articles(INUIT_IT) == [
        ("articolo 47 della Carta dei diritti fondamentali", "articolo 47 CDFUE", "CFR"),
        ("articolo 47 della Carta", "articolo 47 CDFUE", "CFR"),
    ]
    assert _articles(PUCP_ES) == [("artículo 47 de la Carta", "artículo 47 CDFUE", "CFR")]
    # EU French writes the charter in lower case too: '(article 51, paragraphe 1, de la
    # charte)' (an EU text's French version, wordscope.be; pages corpus)
    lower = COM_2019_257_FR + " (article 51, paragraphe 1, de la charte)."
    assert _articles(lower)[-1] == (
        "article 51, paragraphe 1, de la charte",
        "article 51, paragraphe 1 CDFUE",
        "CFR",
    )
    assert [(t, c) for t, _, c in _articles(EJUSTICE_PT) if c == "CFR"] == [
        ("artigo 51.°, n.° 1 da Carta", "CFR"),
        ("artigo 21.°, n.° 2 da Carta", "CFR"),
    ]
    # never where the text has not named it in full
    assert _articles(COM_2019_257_FR.split("[...]")[1]) == []
    assert _articles(INUIT_IT.split("[...]")[1]) == []
    assert [c for _, _, c in _articles(EJUSTICE_PT.split("[...]", 1)[1])] == ["TFEU"]


@pytest.mark.parametrize(
    ("named", "other"),
    [
        (COM_2019_257_FR, "L'article 24 de la Charte sociale européenne"),
        (COM_2019_257_FR, "L'article 1 de la Charte des Nations unies"),
        (COM_2019_257_FR, "L'article 7 de la Charte de l'environnement"),
        (COM_2019_257_FR, "L'article 3 de la Charte communautaire des droits sociaux"),
        (COM_2019_257_FR, "L'article 5 de la charte sociale européenne"),
        (INUIT_IT, "l'articolo 1 della Carta delle Nazioni Unite"),
        (INUIT_IT, "l'articolo 24 della Carta sociale europea"),
        (PUCP_ES, "el artículo 1 de la Carta de las Naciones Unidas"),
        (PUCP_ES, "el artículo 24 de la Carta Social Europea"),
        (EJUSTICE_PT, "o artigo 1.º da Carta das Nações Unidas"),
        (EJUSTICE_PT, "o artigo 24.º da Carta Social Europeia"),
    ],
)
def test_not_another_charter_by_the_short_name(named: str, other: str) -> None:
    """Another instrument whose name starts with the short name is not the Charter."""
    before = _articles(named)
    assert _articles(named + ". " + other + ".") == before


def test_an_abbreviation_that_ends_in_the_short_name_names_the_charter_in_full() -> None:
    # 'GR-Charta', the abbreviation of German courts ('GR-Charta Art. 18', BVerwG 1 C 3.14,
    # jusmeum.de; pages corpus), ends in the short name 'Charta': it was dropped, as if the
    # short name cited a charter the text had not named; after the article UNCONFIRMED in a
    # text read
    assert _articles("Die Klage ist nach Art. 47 GR-Charta begründet.") == [
        ("Art. 47 GR-Charta", "Artikel 47 GRCh", "CFR")
    ]
    # the short name alone still needs the charter named before
    assert _articles("Die Klage ist nach Art. 47 der Charta begründet.") == []
