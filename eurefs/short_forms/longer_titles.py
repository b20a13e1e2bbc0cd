"""A popular name that is only the tail of a longer title: ``Services Directive`` in the
``Audiovisual Media Services Directive``, ``Data Act`` in Canada's ``Artificial
Intelligence and Data Act`` (Bill C-27's AIDA), whose words before the name are joined to
it by a conjunction.  Read by ``popular_names``."""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import words

# The capitalised word right before a match, on the same line: ``Media`` in ``Audiovisual
# Media Services Directive``, ``Market`` in ``Single Market Transparency Directive``.
_WORD_BEFORE = compile_pattern(r"([A-ZÀ-Ý][\w’'-]*)[ \t]$")
_SENTENCE_START = compile_pattern(r"(?:^|[.:;!?]\s+|\n\s*)$")
_ARTICLES = frozenset(
    {"The", "A", "An", "Le", "La", "Les", "L", "Die", "Der", "Das", "Den", "Dem", "Des"}
)


@lru_cache(maxsize=8)
def _joined_before(lang: str) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """A capitalised word and a conjunction of one word of the language's lists right
    before a match (``Intelligence and`` before ``Data Act``), where only names' words are
    capitalised; and the conjunctions between blanks, which ``str.endswith`` tells first
    (most names follow none)."""
    lg = BY_CODE[lang]
    joins = sorted(w for w in lg.list_conjunctions if w.isalpha())
    if not joins or lg.capitalised_nouns:
        return None  # (German: ``Datenschutz und Datenschutz-Grundverordnung``, two things)
    ends = tuple(f"{b}{w}{a}" for w in joins for b in " \t" for a in " \t")
    return ends, re.compile(rf"([A-ZÀ-Ý][\w’'-]*)[ \t](?:{'|'.join(joins)})[ \t]$")


@lru_cache(maxsize=8)
def _name_ends(lang: str) -> frozenset[str]:
    """The words that end the names of acts in the language: its type words and the last
    words of other legislatures' statutes (``Regulation``, ``Act``).  Before the
    conjunction such a word ends another name (``the Data Governance Act and Data Act``)."""
    lg = BY_CODE[lang]
    forms = (f for fs in lg.act_types.values() for f in fs)
    return frozenset((*(f.rsplit(" ", 1)[-1] for f in forms), *lg.back_references.foreign_act_ends))


def inside_longer_name(text: str, start: int, name: str, lang: str) -> bool:
    """Whether a name that starts with an ordinary capitalised word (``Services
    Directive``) is only the tail of a longer title: another capitalised word stands
    right before it, or before a conjunction right before it (``Artificial Intelligence
    and Data Act``, not after another name's last word: ``the AI Act and Data Act``), and
    that word neither opens the sentence nor is an article, a possessive (``the
    Commission's Farm to Fork Strategy`` is a mention) or the language's mark of the
    Union's own act (Dutch ``de Europese AI-verordening``)."""
    first = name.split(" ", 1)[0]
    if first.isupper() or not first[:1].isupper():
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    joined = _joined_before(lang) if m is None else None
    if joined is not None and text.endswith(joined[0], max(0, start - 8), start):
        m = joined[1].search(text, max(0, start - 40), start)
        if m is not None and m.group(1) in _name_ends(lang):
            return False
    if m is None or m.group(1).isupper() or m.group(1) in _ARTICLES:
        return False
    if m.group(1) in words(lang).union_name_marks:
        return False
    if m.group(1).endswith(("'s", "’s")):
        return False
    return not _SENTENCE_START.search(text, max(0, m.start() - 10), m.start())
