"""A C-series notice's number in the Official Journal (``eurefs/grammar/oj_notices.py``).

Sources (pages corpus): the contents of OJ C 192 of 7 June 2019 (EUR-Lex
OJ:C:2019:192:FULL: ``2019/C 192/03 Communication from the Commission amending
Communication 2012/C 72/07 — Guidelines ...``); the French Communication on the notion
of State aid (EUR-Lex 52016XC0719(05): its bracket under the title); the Portuguese EESC
opinion of EUR-Lex 52020AE3598 (``(2021/C 123/01)``); news.pwc.be on the notice on the
notion of State aid (``(98/C 384/03)``).
"""

from __future__ import annotations

import pytest

from eurefs.models.references import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


@pytest.mark.parametrize(
    ("text", "written", "issue", "year", "item", "lang"),
    [
        ("Communication from the Commission amending Communication 2012/C 72/07 — Guidelines "
         "for the deduction of quotas", "2012/C 72/07", "72", 2012, 7, "en"),
        ("Communication de la Commission relative à la notion d'«aide d'État» visée à "
         "l'article 107, paragraphe 1, du traité sur le fonctionnement de l'Union européenne "
         "(2016/C 262/01)", "2016/C 262/01", "262", 2016, 1, "fr"),
        ("Parecer do Comité Económico e Social Europeu «Relatório da Comissão ao Parlamento "
         "Europeu, ao Conselho, ao Comité Económico e Social Europeu e ao Comité das Regiões — "
         "Relatório sobre a Política de Concorrência 2019» [COM(2020) 302 final] "
         "(2021/C 123/01) Relator:",
         "2021/C 123/01", "123", 2021, 1, "pt"),
        ("The Notice updates the EC's Notice on the application of the State aid rules to "
         "various measures including those relating to direct business taxation "
         "(98/C 384/03), which", "98/C 384/03", "384", 1998, 3, "en"),
        # a special issue's letter after the issue
        ("Comunicazione della Commissione (2020/C 91 I/01)", "2020/C 91 I/01", "91 I", 2020, 1,
         "it"),
        # the issue in three figures, as EUR-Lex's Finnish contents of OJ C 81 of 20 March
        # 2013 write it (EUR-Lex OJ:C:2013:081:FULL; pages corpus): was nothing
        ("Euroopan komissio\n\n2013/C 081/01\n\nKomission tiedonanto toukokuun 2013 "
         "osakaudella tietyissä Euroopan unionin riisialan tuotteille avaamissa kiintiöissä",
         "2013/C 081/01", "81", 2013, 1, "fi"),
    ],
)  # fmt: skip
def test_notice_numbers(
    text: str, written: str, issue: str, year: int, item: int, lang: str
) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.normalized, ref.series, ref.issue, ref.year, ref.item) == (
        written, written, "C", issue, year, item,
    )  # fmt: skip
    assert ref.lang == lang
    assert (ref.celex, ref.cellar_ids, ref.page, ref.date) == (None, [], None, None)


@pytest.mark.parametrize(
    "text",
    [
        "(2024/C 12/01)",  # the C series act by act since October 2023: no such numbers
        "(65/C 12/01)",  # no C series before 1968
        "(2019/C 323/00)",
        "12/2019/C 323/04",
        "2019/C 323/04/05",
    ],
)
def test_no_notice_numbers(text: str) -> None:
    assert _oj(text) == []


def test_beside_the_journal_citation() -> None:
    """The journal's citation and the notice's number are two references."""
    refs = _oj("Guidelines (OJ C 323, 27.9.2019, p. 4) (2019/C 323/04)")
    assert [(r.text, r.page, r.item) for r in refs] == [
        ("OJ C 323, 27.9.2019, p. 4", 4, None),
        ("2019/C 323/04", None, 4),
    ]


def test_the_journal_abbreviation_in_brackets_after_its_name() -> None:
    """Romanian legislation: 'publicat în Jurnalul Oficial al Uniunii Europene (JOUE) nr.
    L353 din 31 decembrie 2008' (Government decision 398/2010, legislatie.just.ro)."""
    text = (
        "Regulamentul (CE) nr. 1.272/2008, publicat în Jurnalul Oficial al Uniunii Europene "
        "(JOUE) nr. L353 din 31 decembrie 2008, cu modificările şi completările ulterioare"
    )
    (oj,) = _oj(text)
    assert oj.text == "Jurnalul Oficial al Uniunii Europene (JOUE) nr. L353 din 31 decembrie 2008"
    assert (oj.lang, oj.series, oj.issue, str(oj.date)) == ("ro", "L", "353", "2008-12-31")
    (alone,) = _oj("publicat în JOUE nr. L353 din 31 decembrie 2008, cu modificările")
    assert (alone.lang, alone.series, alone.issue) == ("ro", "L", "353")
