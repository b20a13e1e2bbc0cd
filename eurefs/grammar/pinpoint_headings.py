"""Pinpoints that are headings: a pinpoint found next to an act but alone on a line of
its own (``Artykuł 2`` over ``Rozporządzenie (UE) 2016/679 stosuje się``) heads the
citing text's own article; it is not the act's.  Nor is one that ends the line before
the act after another law's citation, as German decisions list the norms they apply,
each law with its articles after it (``VO (EG) Nr. 715/2007 Art. 5 Abs. 2`` over ``RL
(EG) 2007/46 Art. 3 Nr. 36``: ``pinpoint_edges.after_a_citation``), where lists that
write the article first keep it on the act's line (``Art 315 EGRL 112/2006``).  The
grammar runs on the folded view, which has no line breaks, so the scanner asks here
once the references have their spans in the text as written.

The same lists end an act's item at the line's end, where the next line starts another
law or a field of the record (``Richtlinie 2011/95/EU Art. 2 Buchst. d und g, Art. 18,
Art. 20`` / ``Abs. 1 und 2, Art. 29, 33`` / ``Titelzeile:``, the BVerwG's ``Rechtsquelle/n``;
``RL 93/13/EWG : Art 6 Abs 1, Art 7 Abs 1 und 2`` / ``Tenor (des Gerichts)``, the Austrian
journals' notes): in the view the line break is a blank and the next line's first word
follows the pinpoint, which ``comma_pinpoints`` then does not take.  Here the pinpoint
written after the act on its line is read up to a line's end (:func:`line_pinpoint`)."""

from __future__ import annotations

import re

from eurefs.grammar import comma_pinpoints
from eurefs.grammar.act_pinpoints import written
from eurefs.grammar.pinpoint_edges import after_a_citation
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference, LegalActRef


def drop(refs: list[BaseReference], text: str) -> None:
    """Take from acts the pinpoints that are headings on lines of their own (in place;
    the references are new): the view the grammar ran on has no line breaks."""
    for ref in refs:
        # the type first: ``getattr`` of a field a model lacks costs pydantic an exception
        if isinstance(ref, LegalActRef):
            pin = ref.pinpoint
            if pin is not None and heading(text, ref.start, ref.end, pin, ref.lang):
                vars(ref)["pinpoint"] = pin = None
            # (an act with none, or whose pinpoint before it was the line before's)
            if pin is None and text.startswith(_LINE_LANGS.get(ref.lang, "\0"), ref.end):
                vars(ref)["pinpoint"] = line_pinpoint(text, ref.start, ref.end, ref.lang)


#: The languages whose norm chains write a pinpoint after a blank after the act
#: (``pinpoints.after_blank``), and what the text after the act starts with there
#: (``comma_pinpoints.STARTS``).
_LINE_LANGS = {
    lg.code: comma_pinpoints.STARTS[lg.code]
    for lg in BY_CODE.values()
    if lg.pinpoints.after_blank and lg.code in comma_pinpoints.STARTS
}
#: What may stand before the act on its line: nothing, or a list's comma or semicolon, or
#: a label's colon (``Schlagworte: ..., Richtlinie 93/13/EWG Art. 3``).
_LINE_START = re.compile(r"(?:^|\n|[,;:])[ \t]*\Z")
_BLANKS = re.compile(r"\s+")


def line_pinpoint(text: str, start: int, end: int, lang: str) -> str | None:
    """The pinpoint written after the act at ``text[start:end]``, first on its line or
    after a list's comma or a label's colon, that ends at a line's end (the longest: the
    item may go on over lines, ``Art. 20`` / ``Abs. 1 und 2``), as
    :func:`comma_pinpoints.find` reads it; None where there is none."""
    if not _LINE_START.search(text[max(0, start - 80) : start]):
        return None
    stop = min(len(text), end + comma_pinpoints.REACH)
    for cut in reversed([m.start() for m in _NEWLINE.finditer(text, end, stop)]):
        pin = comma_pinpoints.find(_BLANKS.sub(" ", text[end:cut]), 0, lang)
        if pin is not None:
            return pin
    return None


_NEWLINE = re.compile("\n")


def heading(text: str, start: int, end: int, pinpoint: str, lang: str) -> bool:
    """Whether ``pinpoint``, found next to the act at ``text[start:end]`` (the text as
    written), is a heading rather than the act's pinpoint: alone on its line, a line
    break between it and the act (``Artykuł 2`` over ``Rozporządzenie (UE) 2016/679
    stosuje się``; ``2 artikla`` under a line ending in an act).  The view the pinpoint
    was found in has a space for that line break; a pinpoint wrapped in running text
    shares its line with other words."""
    if BY_CODE[lang].pinpoints.after:  # written after the act
        i = end
        while i < len(text) and text[i] in " \t\u00a0\n\r":
            i += 1
        if "\n" not in text[end:i]:
            return False
        line_end = text.find("\n", i)
        line = text[i : len(text) if line_end < 0 else line_end]
    else:
        i = start
        while i and text[i - 1] in " \t\u00a0\n\r":
            i -= 1
        if "\n" not in text[i:start]:
            return False
        line = text[text.rfind("\n", 0, i) + 1 : i]
        if _ends_a_norm(line, pinpoint, lang):
            return True
    return written(line.strip(), lang) == pinpoint


def _ends_a_norm(line: str, pinpoint: str, lang: str) -> bool:
    """Whether the line before an act ends in its pinpoint after another law's citation
    (``VO (EG) Nr. 715/2007 Art. 5 Abs. 2``): that law's pinpoint, written after it.
    Only the line's end is read: the pinpoint and the word before it."""
    line = written(" ".join(line[-2 * len(pinpoint) - 64 :].split()), lang)
    return line.endswith(pinpoint) and after_a_citation(line, len(line) - len(pinpoint))
