"""Pinpoints after a case number or ECLI: ``C-131/12, paragraph 71``, ``point 45``, ``Rn. 12``,
``pkt 45``, ``σκέψη 45``; the number first in Latvian, Finnish, Hungarian and Lithuanian
(``45. punkts``, ``45 kohta``, ``45. pont``, ``45 punktas``).

The pinpoint stays outside the span (the reference is the judgment) and is kept
in the reference's ``pinpoint``; ``parse`` accepts it after a reference given
alone.  The words are the languages' ``judgment_pinpoint_words``, after the
number for those whose ``judgment_pinpoint_number_first`` is set.
"""

from __future__ import annotations

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES

_WORDS = words(*(
    w for lg in LANGUAGES if not lg.judgment_pinpoint_number_first
    for w in lg.judgment_pinpoint_words
))  # fmt: skip
# the languages that write the number first (``45. punkts``, ``45 kohta``) keep their words
# apart: ``punkts 45`` is none of theirs, nor ``punkt 45.`` an Estonian one
_WORDS_AFTER = words(*(
    w for lg in LANGUAGES if lg.judgment_pinpoint_number_first
    for w in lg.judgment_pinpoint_words
))  # fmt: skip
_JOINS = words(*(w for lg in LANGUAGES for w in lg.article_conjunctions))
_NUMBER = r"[0-9]{1,4}(?![0-9])"
_ORDINAL = _NUMBER + r"\.?"  # Latvian and Hungarian write the ordinal's dot: ``45. punkts``
#: ``, paragraph 71``, ``, paragraphs 71 to 73``, ``, Rn. 12-14``, ``, 45.-47. punkts``,
#: ``, 45 ja 46 kohta`` right after a reference.
PINPOINT = lazy_compile(
    r"[ ]?,[ ](?P<pin>" + _WORDS + r"[ ]?" + _NUMBER
    + r"(?:(?:[ ]?-[ ]?|[ ]" + _JOINS + r"[ ])" + _NUMBER + r")?"
    + r"|" + _ORDINAL + r"(?:(?:[ ]?-[ ]?|[ ]" + _JOINS + r"[ ])" + _ORDINAL + r")?"
    + r"[ ]" + _WORDS_AFTER + r")(?![\w])"
)  # fmt: skip


def after(text: str, pos: int) -> str | None:
    """The pinpoint written at ``text[pos:]``, if any (``paragraph 71``)."""
    m = PINPOINT.match(text, pos, pos + 60)
    if not m:
        return None
    pin = m.group("pin")
    # the view reads Portuguese ``n.º`` as ``n.o``: give the sign back (not to ``n.os``)
    return "n.º" + pin[3:] if pin.startswith("n.o") and not pin.startswith("n.os") else pin


def is_tail(tail: str) -> bool:
    """True when ``tail`` (what follows a reference given alone) is just a pinpoint."""
    return PINPOINT.fullmatch(tail) is not None
