"""Another court's name right before the case word: its case, no EU case
(``ECtHR, Case 8225/78``, an application to the European Court of Human Rights).

The Court of Justice numbered its cases N/YY without a court letter before 1989; the
European Court and Commission of Human Rights numbered applications the same way, and
texts citing both write the case word after either court's name.  A number without a
court letter after such a name (``other_courts`` of the case word's language), a comma or
a blank, and the case word is read by ``cases`` as no case; a lettered number
(``C-131/12``) is the Court of Justice's whatever comes before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES


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
