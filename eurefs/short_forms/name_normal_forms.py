"""A popular name's normal form in the language of the text it is in.

A name cited before (or without) the act's full citation has the normal form of the
entry's ``cite``, which the data file writes in English (``Regulation (EU) 2016/679``); once
the text has cited the act in full, the name takes that citation's normal form, in the
text's language (``règlement (UE) 2016/679``).  So that one work has one normal form in one
text, the first is written in the text's language too: the type word, the domain and the
number marker of the language's record around the cite's numbers (``RGPD`` in a French
text: ``règlement (UE) 2016/679``; ``Datenschutz-Grundverordnung``: ``Verordnung (EU)
2016/679``; Hungarian, which writes the number first: ``(EU) 2016/679 rendelet``).  The
form is kept only when ``eurefs.parse`` reads it back as the same CELEX; otherwise (a
Commission document's number, a form the language's grammar does not read) the cite's
normal form stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs import latin1
from eurefs.data import CITE_LANGUAGE
from eurefs.family_scan import extract_kinds
from eurefs.grammar.common import words
from eurefs.grammar.named_again import NamedTreaties
from eurefs.languages import BY_CODE, load
from eurefs.pattern_store import compile_pattern

# the record of the language the file's cites are in, loaded or not (``EUREFS_LANGUAGES``)
(_CITED_IN,) = load((CITE_LANGUAGE,))
#: The act type of each type word the cites write (``Regulation`` -> ``regulation``).
_CITE_TYPES = {_CITED_IN.act_types[t][0]: t for t in ("regulation", "directive", "decision")}
# the entries' cites: ``[Council ]Regulation (EU) [No ]2016/679``, ``Directive 2000/60/EC``
_CITE = compile_pattern(
    r"(?:" + words(*_CITED_IN.authors) + r" )?(?P<type>" + words(*_CITE_TYPES) + r") "
    r"(?:\((?P<dom>[A-Z]+)\) (?P<no>" + re.escape(_CITED_IN.number_marker) + r" )?"
    r"(?P<a>[0-9]+)/(?P<b>[0-9]+)|(?P<sa>[0-9]+)/(?P<sb>[0-9]+)/(?P<suf>[A-Z]+))$"
)


@lru_cache(maxsize=256)
def localized(cite: str, celex: str, lang: str) -> str | None:
    """The normal form of the act cited ``cite`` (CELEX ``celex``) in ``lang`` (None: the
    cite's own stays)."""
    record = BY_CODE.get(lang)
    m = _CITE.match(cite)
    if record is None or m is None:
        return None
    types = record.act_types.get(_CITE_TYPES[m.group("type")])
    if not types or types[0] == m.group("type"):  # (the cite is written so already)
        return None
    domains: dict[str, str] = {}
    for written, code in record.domain_eras.items():
        domains.setdefault(code, written)
    if m.group("dom"):
        marker = record.number_marker + " " if m.group("no") else ""
        number = f"({domains.get(m.group('dom'), m.group('dom'))}) {marker}{m['a']}/{m['b']}"
    else:
        number = f"{m['sa']}/{m['sb']}/{domains.get(m.group('suf'), m.group('suf'))}"
    written = f"{number} {types[0]}" if record.number_before_type else f"{types[0]} {number}"
    with latin1.shared(written):
        read = extract_kinds(written, None, NamedTreaties())
    if len(read) != 1 or (read[0].start, read[0].end) != (0, len(written)):
        return None
    return read[0].normalized if read[0].celex == celex else None
