"""The provisions an entry of the Polish administrative courts' database lists before an act
(CBOSA, orzeczenia.nsa.gov.pl, "Powołane przepisy"): each entry is the act's Official Journal
citation, the provisions the judgment applies, then the act's title, on the next line or
(in a page's flat copy) on the same one::

    Dz.U.UE.L 1977 nr 145 poz 1 art. 2 pkt 1, art. 4 ust. 1 i 2, ..., art. 22 ust. 3
    Szósta Dyrektywa Rady z dnia 17 maja 1977 r. Nr 77/388/EWG w sprawie ...

All of them are the act's pinpoint, where the grammar reads a list of articles only as far as
a list word joins them (``art. 18 ust. 1 lit. a) oraz art. 22 ust. 3``) or, across the line
break, none (a heading's line: ``pinpoint_headings``).  The provisions are what stands between
the journal citation and the act: from an article word, in small letters only (a title or
another entry's law has capitals), at most one word (the act's ordinal, ``Szósta``) before
the act on its own line.  The scanner asks here once the references have their spans in the
text as written.
"""

from __future__ import annotations

import re

from eurefs.grammar.act_pinpoints import written
from eurefs.models.light import BaseReference, LegalActRef

#: The database's citation of the Official Journal (``Dz.U.UE.L 2006 nr 347 poz 1``) and the
#: provisions after it, up to the act: on its line, perhaps after one word on the next
_ENTRY = re.compile(
    r"(?:^|(?<=[\s|]))Dz\.U(?:rz)?\.UE\.[LC][ ][12][0-9]{3}[ ]nr[ ][0-9]{1,4}[ ]poz[ ][0-9]{1,5}[ ]"
    r"(?P<pin>art\.[ ]?[0-9][^\nA-ZĄĆĘŁŃÓŚŹŻ|/]{0,300}?)"
    r"(?:[ \t]*\n[ \t]*(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]{2,20}[ ])?|[ ])\Z",
    re.MULTILINE,
)
#: How far before an act its entry's journal citation may start.
_REACH = 400


def apply(refs: list[BaseReference], text: str) -> None:
    """Give the Polish acts listed in such an entry the provisions before them as their
    pinpoint (in place; the references are new)."""
    if ".UE." not in text:  # (most texts: no database entry)
        return
    for ref in refs:
        if isinstance(ref, LegalActRef) and ref.lang == "pl":
            pin = provisions(text, ref.start)
            if pin is not None:
                vars(ref)["pinpoint"] = pin


def provisions(text: str, start: int) -> str | None:
    """The provisions the entry whose act starts at ``start`` lists before it, if any."""
    lo = max(0, start - _REACH)
    cite = text.rfind("Dz.U", lo, start)
    if cite < 0:
        return None
    # (``\Z`` at ``start``, the end of the search: no copy of the text before it, which
    # cost a database of many entries time quadratic in its length)
    m = _ENTRY.match(text, cite, start)
    if m is None:
        return None
    return written(m.group("pin"), "pl")
