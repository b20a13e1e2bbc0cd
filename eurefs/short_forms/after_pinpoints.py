"""The pinpoint written right after a back-reference: in a language that writes pinpoints
after acts (Finnish ``kyseisen direktiivin 7 artiklan 1 kohdassa``;
``grammar/after_pinpoint_patterns``), and in the lists of norms German and Austrian
decisions write, one a line (``DSGVO Art16``).  Those written before it:
``short_forms/pinpoints``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from eurefs.grammar import act_pinpoints, pinpoint_edges
from eurefs.grammar.after_pinpoint_patterns import after_source
from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import words

_GLUED_CALL = compile_pattern(r"\[[1-9][0-9]{0,2}\]|\([1-9][0-9]{0,2}\)")


@lru_cache(maxsize=8)
def after_pinpoint_finder(lang: str) -> Callable[[str, int], str | None] | None:
    """``find(text, end)``: the pinpoint written right after a back-reference ending at
    ``end`` (``kyseisen direktiivin 7 artiklan 1 kohdassa`` -> ``7 artiklan 1 kohdassa``),
    in a language that writes pinpoints after acts (None: one that writes them before).
    The pattern is that of pinpoints after acts (``grammar/act_pinpoints``); a literal
    test on what follows the short form runs first."""
    record = BY_CODE[lang]
    source = after_source(record)
    if source is None:
        return None
    match = compile_pattern(act_pinpoints.spaced(source)).match
    # a blank, then a number, a bracket or a subdivision word (the act pinpoint's cue)
    firsts = tuple({c[1:] for c in act_pinpoints.cue(record)})
    # a case ending glued to a name after a colon or hyphen (Finnish ``GDPR:n 6 artiklan``)
    glued = sorted(
        (e for e in words(lang).alias_suffixes if not e[:1].isalnum()), key=len, reverse=True
    )
    glued_any = tuple(glued)

    def find(text: str, end: int) -> str | None:
        if glued_any and text.startswith(glued_any, end):
            end += next(len(e) for e in glued if text.startswith(e, end))
        # (a footnote call glued to the name: ``a GDPR[1] 6. és 9. cikkét``; the pattern
        # reads it, the cheap test looks past it)
        probe = end
        if text.startswith(("[", "("), end) and (call := _GLUED_CALL.match(text, end)):
            probe = call.end()
        if not (text.startswith(firsts, probe + 1) and text[probe : probe + 1].isspace()):
            return None
        found = match(text, end, end + act_pinpoints.REACH)
        if found is None or pinpoint_edges.apart(text, *found.span("pin"), end, found.start("pin")):
            return None
        return " ".join(found.group("pin").split())

    return find


@lru_cache(maxsize=8)
def norm_line_finder(lang: str) -> Callable[[str, int, int], str | None] | None:
    """``find(text, start, end)``: the pinpoint written right after a short form at
    ``text[start:end]`` where the two are one norm of a list, one a line, as German and
    Austrian decisions list the norms they apply (``pinpoints.after_blank``): the short form
    starts its line (or follows a label's colon or a semicolon) and the pinpoint ends it (or
    a semicolon does): ``DSGVO Art16``, ``DSGVO Art6 Abs1 litf`` (the RIS's ``Norm``),
    ``Fluggastrechte-VO Art. 5 Abs. 1 lit. c, Abs. 3, Art. 7 Abs. 1`` (a ``Normenkette``),
    ``DSGVO: Art 82`` (a note's head in an Austrian journal).
    Its articles apart by commas or semicolons, each with its word, are one pinpoint
    (``FluggastrechteVO Art. 2 Buchst. b, g, h; Art. 3 Abs. 1``; another law after a
    semicolon starts with its own name: ``Dublin III-VO Art. 49 Abs. 2; EMRK Art. 6``).
    The pattern is that of pinpoints before acts, read on the text as written with plain
    blanks only: a line break ends it.  None: the language writes no such lists."""
    record = BY_CODE[lang]
    body = act_pinpoints.pinpoint_body(record) if record.pinpoints.after_blank else None
    if body is None:
        return None
    part = "(?:" + body.removeprefix("(?P<pin>")
    match = compile_pattern(
        r"(?:[ ]?:)?[ ](?P<pin>" + part + r"(?:[,;][ ]" + part + r"){0,7})[ \t]*(?=\n|\r|;|$)"
    ).match
    # (or after a colon, as the Austrian journals head a note: ``DSGVO: Art 82``)
    firsts = tuple(
        f"{sep}{w}" for w in record.article_words if w[:1].isupper() for sep in (" ", ": ", " : ")
    )

    def find(text: str, start: int, end: int) -> str | None:
        if not text.startswith(firsts, end):
            return None
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start].rstrip(" \t")
        if before and not before.endswith((":", ";")):
            return None
        found = match(text, end, end + act_pinpoints.REACH)
        return None if found is None else found.group("pin")

    return find
