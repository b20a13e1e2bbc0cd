"""An Official Journal citation in brackets after the act it gives the publication of.

An act cited in full is followed by its title and, in brackets, where the Official
Journal published it: ``Directive 95/46/EC of the European Parliament and of the
Council of 24 October 1995 on the protection of individuals ... (OJ L 281, 23.11.1995,
p. 31)``, ``Richtlinie 95/46/EG ... (ABl. L 281 vom 23.11.1995, S. 31)`` (the
Interinstitutional Style Guide's first citation of an act).  Both citations name one
work: :func:`link` gives such an OJ citation the act's CELEX as ``publishes``, and
grouping (``eurefs.works``) counts it as a mention of the act, not as a work of its own.

The link is made only where the text cannot mean another act (a miss is better than a
wrong link):

* the act is the reference right before the OJ citation, a legal act with a CELEX of the
  legislation sector (``3``);
* the OJ citation opens a bracket (only blanks between the ``(`` and it), and the text
  from the act to that bracket reads as a title: at most :data:`MAX_GAP` characters, no
  paragraph break, no sentence end, brackets only in balanced pairs;
* no other legal act stands in that stretch before the act: the act may be one of a
  list (``Directives 2004/17/EC and 2004/18/EC (OJ L 134, ...)``) or named in the title
  of the act the citation is of (``Verordnung (EU) 2019/816 ... zur Änderung der
  Verordnung (EU) 2018/1726 (ABl. L 135 vom 22.5.2019, S. 1)``: the journal of 2019/816);
* the citation is of the journal itself (not a special edition), in the L series or the
  single series before 1968, in the act's year or the next (an act is published weeks
  after its adoption); in the act-by-act form (``OJ L, 2024/1689, 12.7.2024``) its
  number is the act's.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import attrgetter

from eurefs.identifiers.celex import CELEX_RE
from eurefs.models.light import BaseReference, OjRef
from eurefs.pattern_store import compile_pattern

#: The longest title read between an act and the bracket of its OJ citation.
MAX_GAP = 600
#: A title, as read between an act and the bracket of its OJ citation: no paragraph
#: break, no semicolon, no sentence end (a stop after a letter, then blanks and a letter:
#: ``... data. The``; the stop of a date's ordinal, ``vom 24. Oktober``, follows a
#: digit), brackets in pairs (one level: ``(„Richtlinie über ...“)``).  Matched whole,
#: its runs of plain characters taken at once (possessive: no backtracking).
_TITLE = compile_pattern(
    r"(?:[^;().!?\n]++|\n(?!\n)|(?<![^\W\d_])[.!?]|[.!?](?![\s\u00a0]+[^\W\d_])"
    r"|\((?:[^;()\n]++|\n(?!\n))*+\))*+"
)


def link(refs: Sequence[BaseReference], text: str) -> None:
    """Give each OJ citation of ``refs`` (one text's references, in text order, spans in
    ``text``) that gives the publication of the act cited right before it that act's
    CELEX as ``publishes`` (in place: the references are new)."""
    kinds = list(map(_KIND, refs))  # (read once, in C: a text holds few OJ citations)
    for i in compress(range(len(kinds)), map("oj".__eq__, kinds)):
        if not i or kinds[i - 1] != "legal_act":
            continue
        ref, act = refs[i], refs[i - 1]
        celex = act.celex
        if not celex or celex[0] != "3" or not _published(ref, celex):  # type: ignore[arg-type]
            continue
        bracket = text.rfind("(", act.end, ref.start)
        if bracket < 0 or text[bracket + 1 : ref.start].strip(_BLANKS):
            continue
        if not _title(text, act.end, bracket):
            continue
        if i > 1 and kinds[i - 2] == "legal_act" and _title(text, refs[i - 2].end, bracket):
            continue  # another act in the stretch: a list, or a title naming other acts
        vars(ref)["publishes"] = celex
        ref.fields_set.add("publishes")


_KIND = attrgetter("kind")
_BLANKS = " \t\n\u00a0"


def _published(oj: OjRef, celex: str) -> bool:
    """Whether ``oj`` may be where the act ``celex`` was published: the journal itself,
    series L (or the single series before 1968), the act's year or the next; the act's
    own number in the act-by-act form."""
    parts = CELEX_RE.fullmatch(celex)
    if oj.edition is not None or parts is None:
        return False
    year = int(parts["year"])
    if oj.act_number is not None:
        number = parts["number"]
        return oj.series == "L" and number.isdigit() and oj.act_number == f"{year}/{int(number)}"
    if oj.year is None or not year <= oj.year <= year + 1:
        return False
    return oj.series == "L" or (oj.series is None and oj.year < 1968)


def _title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be (part of) a title: at most :data:`MAX_GAP`
    characters of :data:`_TITLE`."""
    return end - start <= MAX_GAP and _TITLE.fullmatch(text, start, end) is not None
