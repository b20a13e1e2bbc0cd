"""The provisions an entry of a case-law database lists before an act (the records'
``pinpoints.database_entries``: the Polish administrative courts' CBOSA,
orzeczenia.nsa.gov.pl, "Powołane przepisy"): each entry is the act's Official Journal
citation, the provisions the judgment applies, then the act's title, on the next line or
(in a page's flat copy) on the same one::

    Dz.U.UE.L 1977 nr 145 poz 1 art. 2 pkt 1, art. 4 ust. 1 i 2, ..., art. 22 ust. 3
    Szósta Dyrektywa Rady z dnia 17 maja 1977 r. Nr 77/388/EWG w sprawie ...

All of them are the act's pinpoint, where the grammar reads a list of articles only as far as
a list word joins them (``art. 18 ust. 1 lit. a) oraz art. 22 ust. 3``) or, across the line
break, none (a heading's line: ``pinpoint_headings``).  The provisions are what stands between
the journal citation and the act, as the record's pattern reads them.  The scanner asks here
once the references have their spans in the text as written.
"""

from __future__ import annotations

import re

from eurefs.grammar.act_pinpoints import written
from eurefs.languages import LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef

#: Language -> the literals its database entries start with and their patterns, read line
#: by line.
_ENTRIES = {
    lg.code: [(lead, re.compile(pattern, re.MULTILINE)) for lead, pattern in entries]
    for lg in LANGUAGES
    if (entries := lg.pinpoints.database_entries)
}
#: How far before an act its entry's journal citation may start.
_REACH = 400


def apply(refs: list[BaseReference], text: str) -> None:
    """Give the acts listed in such an entry the provisions before them as their pinpoint
    (in place; the references are new)."""
    if not any(lead in text for entries in _ENTRIES.values() for lead, _ in entries):
        return  # (most texts: no database entry)
    for ref in refs:
        if isinstance(ref, LegalActRef) and ref.lang in _ENTRIES:
            pin = provisions(text, ref.start, ref.lang)
            if pin is not None:
                vars(ref)["pinpoint"] = pin


def provisions(text: str, start: int, lang: str) -> str | None:
    """The provisions the entry whose act (of ``lang``) starts at ``start`` lists before it,
    if any."""
    lo = max(0, start - _REACH)
    for lead, entry in _ENTRIES.get(lang, ()):
        cite = text.rfind(lead, lo, start)
        if cite < 0:
            continue
        # (``\Z`` at ``start``, the end of the search: no copy of the text before it, which
        # cost a database of many entries time quadratic in its length)
        m = entry.match(text, cite, start)
        if m is not None:
            return written(m.group("pin"), lang)
    return None
