"""Act numbers written without their own type word, typed by the act named just before.

Two forms real documents use, in the languages whose record says so
(``Language.bare_act_numbers``: English, German):

* a named act with its number in brackets: ``the Water Framework Directive
  (2000/60/EC)``, ``the Habitats Directive (92/43/EEC)`` -- the type word stands right
  before the bracket; the span is the number (not where every noun has a capital);
* a list taken up again after words in between: ``amending Regulation (EU) 2018/841
  as regards the scope ..., and (EU) 2018/1999`` -- a number with its bracketed
  domain after ``and``/``or``/a comma, in the sentence of an act of that type; the
  span is the number with its domain, as for other list members.

The number must start with its bracketed domain in the second form (a bare
``2018/1999`` after ``and`` may be anything), and the act type comes from the
nearest type word before it in the same sentence.  Everything else (year, CELEX,
footnote calls) is read as for a numbered act (``eurefs.grammar.legal_acts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.legal_act_numbers import GROUPS, make, number_pattern
from eurefs.grammar.legal_act_words import Act
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

#: The languages whose texts write these forms (``Language.bare_act_numbers``).
_RECORDS = tuple(lang for lang in LANGUAGES if lang.bare_act_numbers)
# Capitalised type words -> (act type, language); abbreviations end with a dot and stay out.
_TYPES: dict[str, tuple[str, str]] = {}
for _lang in _RECORDS:
    for _act_type, _forms in _lang.act_types.items():
        for _form in _forms:
            if _form[0].isupper() and not _form.endswith("."):
                _TYPES.setdefault(_form, (_act_type, _lang.code))
_CONJUNCTIONS = tuple(dict.fromkeys(c for lang in _RECORDS for c in lang.list_conjunctions))
# (the named form not where every noun has a capital: German ``die Entscheidung (12/2017)
# der Kammer`` is a court's)
_NAMING = sorted((f for f, (_, code) in _TYPES.items() if not BY_CODE[code].capitalised_nouns),
                 key=len, reverse=True)  # fmt: skip
_NAMED = "|".join(rf"(?<={re.escape(f)}[ ]\()" for f in _NAMING) or "(?!)"
_LIST_BEFORE_BRACKET = "".join(rf"(?<=[ ]{re.escape(c)}[ ]\()|" for c in _CONJUNCTIONS) + (
    r"(?<=,[ ]\()"
)
_LIST = "".join(rf"(?<=[ ]{re.escape(c)}[ ])|" for c in _CONJUNCTIONS) + r"(?<=,[ ])"

# (what follows first, then the look-behinds: most brackets fail at the first)
PATTERN = lazy_compile(
    r"(?:(?=[0-9(])(?P<named>"
    + _NAMED
    + r")|(?=\()(?P<listed>"
    + _LIST
    + r"))"
    + number_pattern("")
    + r"(?(named)(?=\)))"
)
_TYPE_WORDS = words(*_TYPES) if _TYPES else "(?!)"
_TYPE_BEFORE = compile_pattern(r"(?<![\w-])(?P<type>" + _TYPE_WORDS + r")(?![\w-])")
_NAMED_TYPE = compile_pattern(r"(?<![\w-])(?P<type>" + _TYPE_WORDS + r")[ ]\($")
# Where the sentence of the list ends: a full stop or semicolon, or a paragraph break; not
# the dot of a number's marker (German ``Verordnungen (EU) Nr. 1308/2013 über ..., (EU) Nr.
# 1151/2012``)
_MARKERS = sorted({m[:-1] for lang in _RECORDS for m in lang.number_markers if m.endswith(".")})
# (the stop first, then what stands behind it: a scan skips to the stop)
_SENTENCE_END = compile_pattern(
    "[.;]" + "".join(rf"(?<!\b{re.escape(m)}\.)" for m in _MARKERS) + r"[ ]|[ ]{2}"
)
_REACH = 600  # (an EU title lists its acts with their titles between)
# What a list member that follows its list directly has before it: ``2016/679 (6) and ``.
_RIGHT_AFTER_NUMBER = compile_pattern(
    r"/[0-9]{1,4}(?:/[A-Za-z]{2,8})?(?:[ ]?\([0-9]{1,3}\))?(?:[ ]?,)?[ ](?:"
    + "|".join(re.escape(c) for c in _CONJUNCTIONS)
    + r")?[ ]?$"
)


def _type_before(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """The act type the number belongs to and its language (see the module docstring)."""
    if m.group("named") is not None:
        named = _NAMED_TYPE.search(ctx.before(m.start(), 32))
        return _TYPES[named.group("type")] if named else None
    before = ctx.before(m.start(), _REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    clause = before[ends[-1] :] if ends else before
    types = _TYPE_BEFORE.findall(clause)
    return _TYPES[types[-1]] if types else None


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """A :class:`~eurefs.models.light.LegalActRef` for the bare number, typed from before."""
    named, dom = m.group("named") is not None, m.group("dom") is not None
    # a listed number must have its bracketed domain; a named act's number has none, unless
    # in brackets of its own (``the eIDAS Regulation ((EU) No 910/2014)``)
    if (not named and not dom) or (named and dom and m.group("op") is None):
        return ()
    if m.group("listed") is not None and _RIGHT_AFTER_NUMBER.search(ctx.before(m.start(), 32)):
        return ()  # a plain list member: legal_acts reads it with the list
    found = _type_before(m, ctx)
    if found is None:
        return ()
    act_type, lang = found
    act = Act(act_type, lang, BY_CODE[lang].act_types[act_type][0], None, None)
    ref = make(m, m.start("num"), act, m.group(*GROUPS))
    return (ref,) if ref is not None else ()


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``PATTERN.finditer(text, pos, endpos)`` gives, tried only where one can
    start: at a bracket (a listed number's domain) or right after it (a named act's
    number).  ``PATTERN`` opens with look-behinds, which ``re`` would try at every
    position of the window."""
    end = pos  # no match starts before it (the window's start, then the last match's end)
    bracket = text.find("(", max(0, pos - 1), endpos)  # (one just before may lead a number)
    while bracket >= 0:
        for start in (bracket, bracket + 1):
            if start >= end:
                found = PATTERN.match(text, start, endpos)
                if found is not None:
                    end = found.end()
                    yield found
        bracket = text.find("(", max(bracket + 1, end - 1), endpos)


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    finder=find_matches,
    # the bracket before the number or its domain: ``(2000/60/EC)``, ``(EU) 2018/1999``
    anchors=(
        Anchor(compile_pattern(r"\((?<=[a-z][ ]\()(?=[0-9]{2,4}/[0-9])"), 1, 40),
        # (its domain in brackets of its own: ``Regulation ((EU) No 910/2014)``)
        Anchor(compile_pattern(r"\((?=\([A-Za-z]{2,7}\)[ ])(?<=[a-z][ ]\()"), 1, 40),
        Anchor(
            compile_pattern(r"\((?=[A-Za-z]{2,7}\)[ ])(?:" + _LIST_BEFORE_BRACKET + r")"), 1, 40
        ),
    ),
    # lower than every other family: a list member that legal_acts finds wins
    priority=1,
)
