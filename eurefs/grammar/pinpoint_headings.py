"""Pinpoints that are headings: a pinpoint found next to an act but alone on a line of
its own (``Artykuł 2`` over ``Rozporządzenie (UE) 2016/679 stosuje się``) heads the
citing text's own article; it is not the act's.  Nor is one that ends the line before
the act after another law's citation, as German decisions list the norms they apply,
each law with its articles after it (``VO (EG) Nr. 715/2007 Art. 5 Abs. 2`` over ``RL
(EG) 2007/46 Art. 3 Nr. 36``: ``pinpoint_search.after_a_citation``), where lists that
write the article first keep it on the act's line (``Art 315 EGRL 112/2006``).  The
grammar runs on the folded view, which has no line breaks, so the scanner asks here
once the references have their spans in the text as written."""

from __future__ import annotations

from eurefs.grammar.act_pinpoints import written
from eurefs.grammar.pinpoint_search import after_a_citation
from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference, LegalActRef


def drop(refs: list[BaseReference], text: str) -> None:
    """Take from acts the pinpoints that are headings on lines of their own (in place;
    the references are new): the view the grammar ran on has no line breaks."""
    for ref in refs:
        # the type first: ``getattr`` of a field a model lacks costs pydantic an exception
        if isinstance(ref, LegalActRef) and (pin := ref.pinpoint) is not None:
            if heading(text, ref.start, ref.end, pin, ref.lang):
                vars(ref)["pinpoint"] = None


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
