"""The Official Journal's English names, one home for the three places that read them.

* the English record's full names of the journal in citations (``languages/en``:
  ``oj.journal_names``, ``Official Journal of the European Union L 119, 4.5.2016``);
* the PDF reader, which takes the OJ's running head out of the lines it sits in where
  it repeats across pages (``readers/layout``: ``17.5.2013 EN Official Journal of the
  European Union L 135/1`` in re-processed copies that lost their layout);
* the text view, which folds a running head that text others extracted left inside a
  sentence into the white space around it (``textview``: ``L 119/2 EN Official
  Journal of the European Union 4.5.2016``).

The readers may not import the language records (``tests/test_import_direction``: the
readers make a text, what is found in it is none of theirs), so the names live here,
below all three.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The journal's English names: the Union's (since the Treaty of Nice, 1 February 2003)
#: and the Communities' (before it).
JOURNAL_NAMES: tuple[str, ...] = (
    "Official Journal of the European Union",
    "Official Journal of the European Communities",
)

#: The name the running heads of the journal's pages print since 2003.
UNION_JOURNAL_NAME = JOURNAL_NAMES[0]


def names_source(names: Sequence[str], blank: str) -> str:
    """The source of a pattern for any of ``names``, each blank between their words read
    as ``blank``, the words all of them share from the start written once
    (``Official`` ... ``European`` then ``(?:Union|Communities)``)."""
    words = [name.split() for name in names]
    shared = 0
    while all(len(w) > shared + 1 and w[shared] == words[0][shared] for w in words):
        shared += 1
    tails = [blank.join(map(re.escape, w[shared:])) for w in words]
    tail = tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"
    return blank.join([*map(re.escape, words[0][:shared]), tail])
