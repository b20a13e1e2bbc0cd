"""Whether words before a type word end the citation before them.

An author or an agreement body written after an act's number (``Decision No 1/80 of
the Association Council``) may stand right before the next citation's type word, a
list one citation a line flattened into one line by the text view: ``... of the
Association Council Decision No 3/80 of the Association Council``.  The words after
``of the`` belong to the first decision; read as the author or body before the
second's type word, they take its span (and the body its name), and the selection of
overlaps drops one of the two.  The links are the first words of each language's
author phrases after a number (``of the``, ``du``, ``des``, ``del``).
"""

from __future__ import annotations

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES


def _links() -> list[str]:
    out = set()
    for lg in LANGUAGES:
        for phrase in lg.back_references.authors:
            lead = []
            for w in phrase.split():
                if not w.islower():
                    break
                lead.append(w)
            if lead:
                out.add(" ".join(lead))
    return sorted(out)


_LINKS = _links()
# an act number (with its domain: ``2008/98/EC``, ``1/80``), a link, then at most six
# words of the author or body name (no sentence ends among them), up to the end of the
# text looked at
_TAIL = lazy_compile(
    r"[0-9]/[0-9]{1,4}(?:/[^\W\d_]{1,9}(?:,[ ]?[^\W\d_]{1,9})?)?\)?[ ]"
    + words(*_LINKS)
    + r"[ ](?:[^\s.;:!?]+[ ]){0,6}\Z"
    if _LINKS
    else r"(?!)"
)
#: How far back the number may stand.
REACH = 100


def ends_a_citation(text: str, at: int) -> bool:
    """Whether the words right before ``text[at]`` end a citation: an act number, a
    link of an author or body after it, and its name up to ``at``."""
    return _TAIL.search(text, max(0, at - REACH), at) is not None


__all__ = ["REACH", "ends_a_citation"]
