"""Popular names read in real English and Dutch texts (the sources in
eurefs/data/popular_names.json): the NIS Directive (Directive (EU) 2016/1148), Dutch Rome I,
Rome II and Brussel I-bis."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # dataguidance.com, 'EU: An overview of the NIS Directive' (January 2023; pages corpus):
        # the name and its uses were nothing
        ("This Guidance Note provides an overview of Directive on Security Network and "
         "Information Systems (Directive (EU) 2016/1148) ('the NIS Directive'), which was "
         "adopted by the European Parliament and the Council of the European Union ('the "
         "Council') on 6 July 2016. However, please note that the Directive on Measures for a "
         "High Common Level of Cybersecurity across the Union (Directive (EU) 2022/2555) ('NIS 2 "
         "Directive') will repeal the NIS Directive as of 18 October 2024 (Article 44 of the NIS "
         "2 Directive). The NIS Directive imposed an obligation on EU Member States to transpose "
         "the NIS Directive into national law by 9 May 2018 (Article 25 of the NIS Directive).",
         [("NIS Directive", "32016L1148", None), ("NIS 2 Directive", "32022L2555", "Article 44"),
          ("NIS Directive", "32016L1148", None), ("NIS Directive", "32016L1148", None),
          ("NIS Directive", "32016L1148", "Article 25")]),
        # europeansources.info, on Directive (EU) 2016/1148 (pages corpus)
        ("Directive (EU) 2016/1148 - adopted by the co-legislators on 6 July 2016 - setting out "
         "a number of measures. It is also known as NIS Directive.",
         [("NIS Directive", "32016L1148", None)]),
        # lawyrup.nl, EEX-Verordening (pages corpus): Brussel I-bis was nothing
        ("Deze verordening is in 2012 (i.w.tr. 2015) herzien, en gaat nu door het leven als "
         "EEX-Vo (herschikt), of ook wel \u201cBrussel I-bis\u201d (Verordening (EU) nr. "
         "1215/2012).", [("Brussel I-bis", "32012R1215", None)]),
        # rechtenadvies.blogspot.com, January 2018 (pages corpus)
        ("Het gerecht van de plaats waar het schadebrengende feit zich heeft voorgedaan, is "
         "bevoegd (art. 7 sub 2 Brussel I-Bis).",
         [("Brussel I-Bis", "32012R1215", "art. 7 sub 2")]),
        # Gerechtshof Arnhem-Leeuwarden, ECLI:NL:GHARL:2023:8700, as lexboost.com summarises it
        ("Het hof heeft geoordeeld dat de Nederlandse rechter niet bevoegd is, omdat de vordering "
         "niet voldoet aan de voorwaarden van de Verordening Brussel I-bis.",
         [("Verordening Brussel I-bis", "32012R1215", None)]),
        # internationaalprivaatrecht.de/5.html (pages corpus): Rome I and II were nothing
        ("Deze verordening wordt ook de Rome I Verordening genoemd. De Rome I Verordening is de "
         "navolger van het EVO. Buitencontractuele verbintenissen, bijvoorbeeld een onrechtmatige "
         "daad, worden beheerst door de Rome II Verordening.",
         [("Rome I Verordening", "32008R0593", None), ("Rome I Verordening", "32008R0593", None),
          ("Rome II Verordening", "32007R0864", None)]),
        # C.G. van der Plas, NTER (studylibnl.com/doc/1000517; pages corpus)
        ("Met ingang van 17 december 2009 is de Rome I-Verordening van toepassing op "
         "overeenkomsten van na die datum.", [("Rome I-Verordening", "32008R0593", None)]),
        # a summary of the Hoge Raad's ECLI:NL:HR:2020:1443 (explore.law; pages corpus)
        ("Op grond van art. 7 lid 1 EVO (en het vergelijkbare art. 9 Rome I) moet een rechter",
         [("Rome I", "32008R0593", "art. 9")]),
    ],
)  # fmt: skip
def test_names(text: str, names: list[tuple[str, str, str | None]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # the NIS 2 Directive is another act (its own names); the shekel
        ("the NIS2 Directive and the NIS 2 Directive apply", "32016L1148"),
        ("a fine of NIS 2 million", "32016L1148"),
        # Brussel I is Regulation (EC) No 44/2001 (lawyrup.nl: 'ook wel \u201cBrussel I\u201d
        # (Verordening (EG) nr. 44/2001)'), Brussel II-bis another act again
        ("In de wandelgangen genaamd EEX-Vo of ook wel: Brussel I.", "32012R1215"),
        ("De Verordening Brussel II-bis geldt voor huwelijkszaken.", "32012R1215"),
        # the city, the Rome Convention
        ("Het Verdrag van Rome van 1980 (EVO) en de reis naar Rome in 2008.", "32008R0593"),
        ("Het Verdrag van Rome van 1980 (EVO) en de reis naar Rome in 2008.", "32007R0864"),
    ],
)
def test_no_name(text: str, celex: str) -> None:
    assert [name for name in _names(text) if name[1] == celex] == []
