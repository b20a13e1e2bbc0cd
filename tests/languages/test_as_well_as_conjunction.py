"""Swedish 'samt' ('as well as') between article numbers (the sv record's
``article_conjunctions``): a pinpoint before an act goes on across it."""

from __future__ import annotations

import eurefs


def test_a_list_of_articles_across_samt() -> None:
    # the judgment in C-97/90 Lennartz, its Swedish summary on taxlawapp.eu (pages corpus):
    # the pinpoint was None
    (act,) = eurefs.extract(
        "(artiklarna 4, 17, 20.2 samt 27.1 och 27.5 i rådets direktiv 77/388)", kinds="legal_act"
    )
    assert (act.text, act.celex) == ("rådets direktiv 77/388", "31977L0388")
    assert act.pinpoint == "artiklarna 4, 17, 20.2 samt 27.1 och 27.5"  # type: ignore[attr-defined]


def test_samt_after_the_act_joins_nothing() -> None:
    (act,) = eurefs.extract("artikel 5 i förordning (EU) 2016/679 samt 7 kap.", kinds="legal_act")
    assert act.pinpoint == "artikel 5"  # type: ignore[attr-defined]
