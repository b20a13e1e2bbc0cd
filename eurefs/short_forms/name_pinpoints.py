"""The pinpoint written right after a popular name, in languages that otherwise write it
before: ``legitimate interest under GDPR Article 6(1)(f) for debt collection``, ``Formal
demand ... under EU261 Article 7(1)(c)``, Dutch ``toestemming (AVG artikel 6, lid 1, onder
a)``, as privacy notices, claim letters and guides write it.

The name must be followed, on its line, by one of the record's ``name_pinpoint_words``
(``Article``; Dutch ``artikel``), and the pinpoint (one of the language's pinpoints before
acts, ``grammar/act_pinpoints``) must end the citation: at the text's end, before a
punctuation mark, a dash or a bracket, or before a word in small letters that links it to
nothing else.  A link word after it makes the article another act's (``GDPR Article 8 of
the Charter``), a capital a name's or a treaty's (``the GDPR Article 29 Working Party``,
``Article 8 ECHR``): no pinpoint then.

In every language, the Court's keyword lines write the pinpoint after a popular name and a
dash as after an act (:func:`keyword_pinpoint`: ``Sixth VAT Directive – Article 13(B)(d) –``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from eurefs.grammar import act_pinpoints, dash_pinpoints
from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import words
from eurefs.short_forms.genitive_pinpoints import unbracketed
from eurefs.textview import CLEAN_TABLE

#: What may end such a pinpoint right after its last character (``*``: Markdown's bold).
_CLOSING = ".,;:)]*\"'\u201d\u2019"
#: What may follow it after a blank: a bracket or a dash of a gloss.
_GLOSSES = ("(", "\u2013", "\u2014", "- ")


#: A keyword's dash after a name, as the text writes it (a hyphen in EUR-Lex's older titles).
_KEYWORD_DASHES = (" \u2013 ", " \u2014 ", " - ")
#: The view's dashes and blanks, one character for another (``textview.CLEAN_TABLE``):
#: the line after the name as ``grammar/dash_pinpoints`` reads an act's.
_KEYWORD_VIEW = {k: v for k, v in CLEAN_TABLE.items() if v in ("-", " ")} | {9: " "}
#: How much of the line after the name is read.
_KEYWORD_REACH = 300


def keyword_pinpoint(text: str, end: int, lang: str) -> str | None:
    """The pinpoint of a Court keyword line written after a popular name and a dash, as
    after an act (``grammar/dash_pinpoints``): ``Sexta Directiva IVA - Artigos 6.º, n.º 2,
    ... - Utilização``, ``Sesta direttiva IVA – Art. 33, n. 1 – Divieto``.  The line
    after ``text[end]`` is read as the grammar's view writes it."""
    if not text.startswith(_KEYWORD_DASHES, end):
        return None
    stop = text.find("\n", end, end + _KEYWORD_REACH)
    line = text[end : stop if stop != -1 else end + _KEYWORD_REACH]
    if stop == -1 and end + _KEYWORD_REACH < len(text):
        line += "\x00"  # (cut short: no keyword's end where the reach ends)
    return dash_pinpoints.find(line.translate(_KEYWORD_VIEW), 0, lang)


@lru_cache(maxsize=8)
def name_pinpoint_finder(lang: str) -> Callable[[str, int, int], str | None] | None:
    """``find(text, start, end)``: the pinpoint right after a popular name at
    ``text[start:end]`` (without the ``)`` of a bracket the name stands in:
    ``(AVG artikel 6, lid 1, onder a)``);
    None where the language has no ``name_pinpoint_words`` (or no pinpoints before acts)."""
    record = BY_CODE[lang]
    heads = words(lang).name_pinpoint_words
    body = act_pinpoints.pinpoint_body(record)
    if not heads or body is None:
        return None
    match = compile_pattern(r"[ \t]+" + act_pinpoints.spaced(body) + r"(?![\w])").match
    links = frozenset(
        (*record.pinpoints.links, *record.pinpoints.annex_links, *words(lang).pinpoint_links)
    )

    def find(text: str, start: int, end: int) -> str | None:
        if not (text.startswith((" ", "\t"), end) and text.startswith(heads, end + 1)):
            return None
        found = match(text, end, end + act_pinpoints.REACH)
        if found is None or "\n" in found.group("pin"):
            return None
        if not _ends_citation(text, found.end("pin"), links):
            return None
        return unbracketed(text, start, " ".join(found.group("pin").split()))

    return find


def _ends_citation(text: str, at: int, links: frozenset[str]) -> bool:
    """Whether the pinpoint ending at ``at`` ends the citation (see the module)."""
    if at >= len(text) or text[at] in _CLOSING or text[at] == "\n":
        return True
    if text[at] not in " \t":
        return False
    rest = text[at : at + 40].lstrip(" \t")  # (a bounded copy: linear over a text)
    if not rest or rest.startswith(("\n", *_GLOSSES)):
        return True
    word = rest.split(None, 1)[0].rstrip(_CLOSING)
    return word.isalpha() and word.islower() and word not in links
