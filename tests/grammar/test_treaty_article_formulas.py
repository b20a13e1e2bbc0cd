"""The enacting formula's lead belongs to the last citation before it
(``eurefs/grammar/treaty_articles.py``): a bare article after an act's citation is the
act's, never the treaty's cited a line above."""

from __future__ import annotations

import pytest

import eurefs


def _treaty_articles(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (r.text, r.treaty, r.articles)
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "treaty_article"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Commission Implementing Decision (EU) 2018/42, preamble (Spanish, OJ L 15, 19.1.2018)
        "LA COMISIÓN EUROPEA, Visto el Tratado de Funcionamiento de la Unión Europea, Vista la "
        "Directiva 92/43/CEE del Consejo, de 21 de mayo de 1992, relativa a la conservación de "
        "los hábitats naturales y de la fauna y flora silvestres ( 1 ), y en particular su "
        "artículo 4, apartado 2, párrafo tercero, Considerando lo siguiente:",
        # the same formula in the languages writing a lead without a pronoun
        "med beaktande av fördraget om Europeiska unionens funktionssätt,\n\nmed beaktande av "
        "rådets förordning (EG) nr 1/2005 av den 22 december 2004 om skydd av djur under "
        "transport och därmed sammanhängande förfaranden (1), särskilt artikel 32,",
        "under henvisning til traktaten om Den Europæiske Unions funktionsmåde,\n\nunder "
        "henvisning til Rådets forordning (EF) nr. 1/2005 af 22. december 2004 om beskyttelse "
        "af dyr under transport og dermed forbundne aktiviteter (1), særlig artikel 32,",
        "vu le traité sur le fonctionnement de l’Union européenne,\n\nvu le règlement (CE) no "
        "1/2005 du Conseil du 22 décembre 2004 relatif à la protection des animaux pendant le "
        "transport et les opérations annexes (1), et notamment son article 32,",
        "ob upoštevanju Pogodbe o ustanovitvi Evropske skupnosti, ob upoštevanju Uredbe Sveta "
        "(ES) št. 1234/2007 z dne 22. oktobra 2007 o vzpostavitvi skupne ureditve kmetijskih "
        "trgov, in zlasti člena 43 v povezavi s členom 4 Uredbe,",
        "като взе предвид Договора за създаване на Европейската общност, като взе предвид "
        "Регламент (ЕО) № 1234/2007 на Съвета от 22 октомври 2007 г. за установяване на обща "
        "организация на селскостопанските пазари, и по-специално член 43 във връзка с член 4 "
        "от него,",
        "având în vedere Tratatul de instituire a Comunității Europene, având în vedere "
        "Regulamentul (CE) nr. 1234/2007 al Consiliului din 22 octombrie 2007 de instituire a "
        "unei organizări comune a piețelor agricole, în special articolul 43 coroborat cu "
        "articolul 4,",
        "Tendo em conta o Tratado que institui a Comunidade Europeia, Tendo em conta o "
        "Regulamento (CE) n.º 1234/2007 do Conselho, de 22 de Outubro de 2007, que estabelece "
        "uma organização comum dos mercados agrícolas, nomeadamente o artigo 43.º,",
    ],
)
def test_an_article_after_an_acts_citation_is_no_treaty_article(text: str) -> None:
    """Before, the formula's lead looked back up to 160 characters for a treaty's name
    and found the one of the line above: Decision (EU) 2018/42's ``artículo 4, apartado
    2, párrafo tercero`` (of Directive 92/43/EEC) was Article 4 TFEU."""
    assert _treaty_articles(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "vu le traité instituant la Communauté européenne, et notamment son article 37, "
            "vu le règlement (CE) no 1234/2007 du Conseil, et notamment son article 43,",
            [("article 37", "EC", ["37"])],
        ),
        (
            "med beaktande av fördraget om Europeiska unionens funktionssätt, särskilt "
            "artikel 16,\n\nmed beaktande av Europeiska kommissionens förslag,",
            [("artikel 16", "TFEU", ["16"])],
        ),
        (
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 322 thereof, Having regard to the Treaty establishing the "
            "European Atomic Energy Community, and in particular Article 106a thereof,",
            [("Article 322", "TFEU", ["322"]), ("Article 106a", "EAEC", ["106a"])],
        ),
    ],
)
def test_the_treatys_own_lead_keeps_its_article(
    text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert _treaty_articles(text) == expected
