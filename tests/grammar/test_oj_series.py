"""The series of the Official Journal spelt out before its letter, the issue after a number
marker, as Romanian legislation cites the journal (``eurefs/grammar/oj_series.py``, the
records' ``oj.series_words``).  The real form is Article 1 of Law 190/2018 implementing the
GDPR ('publicat în Jurnalul Oficial al Uniunii Europene, seria L, nr. 119 din 4 mai 2016',
as avocatura.com and greeno.ro reproduce it; pages corpus); the others, without the commas
and after the abbreviations, UNCONFIRMED in a text read."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.models.references import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Regulamentul (UE) 2016/679 ..., publicat în Jurnalul Oficial al Uniunii Europene, "
         "seria L, nr. 119 din 4 mai 2016, denumit în continuare Regulamentul general",
         "Jurnalul Oficial al Uniunii Europene, seria L, nr. 119 din 4 mai 2016"),
        ("publicat în Jurnalul Oficial al Uniunii Europene seria L nr. 119 din 4 mai 2016.",
         "Jurnalul Oficial al Uniunii Europene seria L nr. 119 din 4 mai 2016"),
        ("publicat în JO seria L nr. 119 din 4 mai 2016.", "JO seria L nr. 119 din 4 mai 2016"),
        ("publicat în JOUE seria L, nr. 119 din 4.5.2016, p. 1.",
         "JOUE seria L, nr. 119 din 4.5.2016, p. 1"),
        # the word, then the series and issue as usual
        ("publicat în JO seria L 119 din 4 mai 2016.", "JO seria L 119 din 4 mai 2016"),
    ],
)  # fmt: skip
def test_the_series_in_words(text: str, span: str) -> None:
    """Before, nothing was found: no word stood between the journal and the series, and a
    number marker only before the series."""
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date) == (
        span, "ro", "L", "119", dt.date(2016, 5, 4),
    )  # fmt: skip
    assert ref.normalized == span
    again = eurefs.parse(ref.normalized)
    assert (again.series, again.issue, again.date) == ("L", "119", dt.date(2016, 5, 4))


def test_the_word_for_the_series_says_the_language() -> None:
    """``JO`` is French and Romanian; a date in figures says neither, ``seria`` does."""
    (ref,) = _oj("JO seria L nr. 119, 4.5.2016")
    assert ref.lang == "ro"


@pytest.mark.parametrize(
    "text",
    [
        # the issue alone, neither date nor page, as after ``JO L 119``
        "publicat în JO seria L nr. 119.",
        "Jurnalul Oficial al Uniunii Europene, seria L, nr. 119.",
        # a number marker between the series and the issue only after the word for the series
        "publicat în JO L nr. 119 din 4 mai 2016.",
        # the word, then no series letter
        "publicat în Jurnalul Oficial al Uniunii Europene, seria nr. 119 din 4 mai 2016.",
        "Monitorul Oficial al României, Partea I, nr. 651 din 26 iulie 2018",
    ],
)
def test_no_citation(text: str) -> None:
    assert _oj(text) == []
