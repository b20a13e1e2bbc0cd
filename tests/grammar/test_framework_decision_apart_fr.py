"""French ``décision cadre``: the framework decision with its two words apart, as French
writing also has it for ``décision-cadre``.

The question of Francis Saint-Léger to the State Secretary for European affairs and its
answer (Assemblée nationale, XIIIe législature, question n° 5622, as nosdeputes.fr prints
it; pages corpus): 'la décision cadre 2006/960/JAI du Conseil du 18 décembre 2006' was
nothing, and 'Cette décision-cadre' went back to Framework Decision 2005/667/JAI cited
before it.  An anaphor written apart, 'Cette décision cadre', was a decision's anaphor
('Cette décision'), which after a decision was that decision: the wrong act.
"""

from __future__ import annotations

import eurefs
from eurefs.short_forms.type_words import scan_type_words

ANSWER = (
    "Deux décisions-cadres, instruments du troisième pilier prévus à l'article 34 du TUE, "
    "sont en cours de transposition en France : la décision-cadre 2005/667/JAI du Conseil "
    "du 12 juillet 2005 visant à renforcer le cadre pénal pour la répression de la "
    "pollution causée par les navires, dont les travaux de transposition avaient été "
    "suspendus dans l'attente du résultat du recours introduit en décembre 2005 par la "
    "Commission devant la CJCE. La décision-cadre ayant finalement été annulée le 23 "
    "octobre dernier par la CJCE, elle n'a plus à être transposée ; la décision cadre "
    "2006/960/JAI du Conseil du 18 décembre 2006. Cette décision-cadre, relative à la "
    "simplification de l'échange d'informations entre les services répressifs des États "
    "membres de l'Union européenne, doit être transposée d'ici au 18 décembre 2008."
)


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r.text, r.celex, r.kind)  # type: ignore[attr-defined]
        for r in eurefs.extract(text)
        if r.kind in ("legal_act", "short_form")
    ]


def test_the_framework_decision_written_apart() -> None:
    assert _acts(ANSWER) == [
        ("décision-cadre 2005/667/JAI", "32005F0667", "legal_act"),
        ("décision cadre 2006/960/JAI", "32006F0960", "legal_act"),
        ("Cette décision-cadre", "32006F0960", "short_form"),
    ]
    (act,) = [r for r in eurefs.extract(ANSWER) if r.text.startswith("décision cadre")]
    assert act.normalized == "décision-cadre 2006/960/JAI"  # type: ignore[attr-defined]


def test_its_anaphor_written_apart_is_the_framework_decisions() -> None:
    text = ANSWER.replace("Cette décision-cadre", "Cette décision cadre")
    assert _acts(text)[-1] == ("Cette décision cadre", "32006F0960", "short_form")
    # after a decision, no decision's anaphor 'Cette décision'
    decision = "la décision 2006/960/JAI du Conseil. Cette décision cadre, relative à"
    assert _acts(decision) == [("décision 2006/960/JAI", "32006D0960", "legal_act")]


def test_the_type_word_scan_reads_the_words_apart_and_never_cadre_alone() -> None:
    def scanned(text: str) -> list[tuple[str, str]]:
        return [(text[w.start : w.end], w.act_type) for w in scan_type_words(text, "fr")]

    assert scanned("dans le cadre de la décision cadre et") == [
        ("décision cadre", "framework_decision")
    ]
    # (the plural as its hyphenated form is read)
    assert scanned("des décisions cadres") == [("décisions cadre", "framework_decision")]
    assert scanned("des décisions-cadres") == [("décisions-cadre", "framework_decision")]
