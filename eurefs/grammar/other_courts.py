"""Another court's name right before the case word: its case, no EU case
(``ECtHR, Case 8225/78``, an application to the European Court of Human Rights).

The Court of Justice numbered its cases N/YY without a court letter before 1989; the
European Court and Commission of Human Rights numbered applications the same way, and
texts citing both write the case word after either court's name.  A number without a
court letter after such a name (``other_courts`` of the case word's language), a comma or
a blank, and the case word is read by ``cases`` as no case; a lettered number
(``C-131/12``) is the Court of Justice's whatever comes before it.

The applications' numbers tell them apart with no court named: the Commission of Human
Rights numbered its applications in one run from 1955, past a thousand in 1961
(``Application no. 1474/62``, ``no. 8225/78``, Ashingdane v. the United Kingdom), past
ten thousand in 1982; the Court of Justice, which numbers its cases anew each year,
reached a thousand in one year only, 1979, its staff cases on the weighting
(``Case 1253/79 Battaglia v Commission``).  A number of four figures without a court
letter (``Case 8225/78 Ashingdane``) is no case of the Court's (:func:`beyond_the_count`);
five figures are read as none anyway.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES

#: The year the Court of Justice took more than a thousand cases, and how far its
#: numbers went (1,324 cases that year: the Commission of Human Rights' applications
#: were numbered above eight thousand by then)
_THOUSANDS_YEAR, _THOUSANDS_BELOW = 1979, 2000


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str] | None:
    """Every language's other courts' names, then a comma or a blank, at the end."""
    names = {n for lg in LANGUAGES for n in lg.cases.other_courts}
    if not names:
        return None
    return re.compile(r"(?<![\w])(?:" + words(*names) + r"),?[ ]$")


def named_before(before: str, at: int) -> bool:
    """Whether another court's name ends right before ``at`` in ``before`` (where the
    case word starts)."""
    names = _names()
    return names is not None and names.search(before, max(0, at - 60), at) is not None


def beyond_the_count(number: str, year: int) -> bool:
    """Whether ``number``, of a case without a court letter of ``year``, is beyond any the
    Court of Justice gave that year: an application's to the Strasbourg bodies."""
    if len(number) < 4:
        return False
    return year != _THOUSANDS_YEAR or int(number) >= _THOUSANDS_BELOW
