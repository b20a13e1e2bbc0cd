"""A pinpoint written after an act and a comma: ``Council Directive 93/13, Arts 4(2) and 8``.

The Court's summaries of its judgments list, in brackets under each keyword, the
provisions it rests on: each act, perhaps its author after the number, a comma and its
articles, several acts apart by semicolons (``(EEC Treaty, Arts 48 and 51; Council
Regulation No 1408/71, Art. 73)``, ``(Directive du Conseil 93/13, art. 4, § 2, et 8)``,
``(Richtlijn 93/13 van de Raad, art. 5 en 7, lid 2)``); digests and notes write an act
and its article so in running text too (``Regulation No 1408/71, Article 13(2).``).

The pinpoint is the language's pinpoint before an act (``act_pinpoints.pinpoint_body``:
its article words, numbers and lower subdivisions), read after the act's end, an author
phrase of the record (``of the Council``, ``van de Raad``) and a comma.  It is taken only
where it ends the citation: a closing bracket, a semicolon, a full stop or the text's
end follows it.  Anything else may make the article another act's or a treaty's
(``Directive 93/13, Article 3 of the Law``, ``Directive 93/13, Article 169 TFEU``) or
start a sentence about the act (``Under Directive 93/13, Article 3 requires``): no
pinpoint.  Languages that write a pinpoint after the act (Finnish, Hungarian, Estonian,
Latvian, Lithuanian) write it so after the comma too (``(EÜ artikli 88 lõige 2; nõukogu
määrus nr 659/1999, artikli 6 lõige 1 ja artikkel 7)``, the General Court's Estonian summary
of T-394/08): their pattern after an act (``act_pinpoints.after_match``), with the same end.
"""

from __future__ import annotations

import re
from functools import partial

from eurefs.grammar.act_pinpoints import after_match, has_body, pinpoint_body, written
from eurefs.grammar.common import lazy_built, lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

REACH = 300  # how far after an act its pinpoint may end

# What ends the citation after the pinpoint: a closing bracket (round, or square as the Czech
# summaries write it around a point's bracket: ``[Směrnice Rady 77/388, čl. 13 část A odst. 1
# písm. e)]``) or a semicolon (perhaps
# after a blank, as old EUR-Lex summaries set them: ``Art . 73 )``), a full stop that ends
# a sentence, or the text's end.
_END = r"(?=[ ]?[);\]]|\.(?![\w])|$)"
# ... or, in a norm chain, a semicolon, a bracket, a paragraph break or the text's end (a
# line break is a blank in the view, and a full stop may be a roman number's: ``g I. Die``)
_LINE_END = r"(?=[ ]?[);]|[ ]?$|[ ]{2}"


def _line_end(lg: Language) -> str:
    """What ends a norm chain's item in ``lg``: :data:`_LINE_END`, or the next item's act
    after the blank a line break is in the view, or after a comma, its word
    (``pinpoints.unlinked_words``, ``act_abbreviations``) before a bracketed domain or a
    number (``VO (EG) Nr. 834/2007 Art. 23`` over ``VO (EG) Nr. 889/2008 Art. 22``, ``RL
    2004/38/EG Art. 24 Abs. 2, VO 883/2004 Art. 4``: the article is the first act's,
    ``unlinked_pinpoints`` never the next one's), or a national law's abbreviation before
    its paragraph sign, a book's roman number, the version's mark (``pinpoints.version_marks``:
    ``a.F.``, ``n.F.``) or a colon between (``VO 883/2004 Art. 4, SGB II § 7``, ``UWG: §§ 1, 9``,
    ``Richtlinie 2001/83/EG Art. 1 Nr. 2`` over ``BranntwMonG a.F. § 132``)."""
    heads = (*lg.pinpoints.unlinked_words, *lg.act_abbreviations)
    if not heads:
        return _LINE_END + ")"
    # (a version's mark, its blank after a dot optional: ``a. F.``, ``a.F.``)
    marks = "".join(
        "|" + r"[ ]?".join(map(re.escape, m.split(" "))) for m in lg.pinpoints.version_marks
    )
    national = r",?[ ][A-ZÄÖÜ][\w-]{1,20}(?:[ ](?:[IVX]{1,4}" + marks + r"))?:?[ ]§"
    return _LINE_END + r"|,?[ ]" + words(*heads) + r"[ ][(0-9]|" + national + ")"


def _source(lg: Language) -> str | None:
    """The pattern of a pinpoint after a comma after an act in ``lg``, matched at the act's
    end (None: the language has no pinpoint before an act to read, no ``has_body``)."""
    body = pinpoint_body(lg)
    if body is None:
        return None
    authors = r"(?:[ ]" + words(*lg.author_phrases) + r")?" if lg.author_phrases else ""
    if lg.pinpoints.after_blank:  # (a norm chain: ``Richtlinie 77/388/EWG Art. 13``)
        # after a blank, or a colon as Austrian journals head a note (``VO (EG) 874/2004 :
        # Art 21 Abs 1, Abs 3; Art 22``); the item's articles apart by semicolons, each
        # with its word, are one pinpoint (a later item's act has none: ``Art. 11; VO EG``)
        heads = words(*_blank_heads(lg))
        part = "(?:" + body.removeprefix("(?P<pin>")
        items = r"(?P<pin>" + part + r"(?:;[ ]" + part + r"){0,7})"
        lead = r"(?:,[ ]|[ ]?:[ ](?=" + heads + r"[ ])|[ ](?=" + heads + r"[ ]))"
        return authors + lead + items + _line_end(lg)
    return authors + r",[ ]" + body + _END


def _blank_heads(lg: Language) -> tuple[str, ...]:
    """The words a pinpoint after a blank after an act starts with: the article words
    (``Art.``) and the other pinpoint words (``Anhang``: ``VO (EG) 889/2008 Anhang IX Nr.
    1.3``), as written with a capital."""
    heads = (*lg.article_words, *lg.back_references.pinpoint_words, *lg.pinpoints.annexes)
    return tuple(dict.fromkeys(w for w in heads if w[:1].isupper()))


_PATTERNS = {lg.code: lazy_built(partial(_source, lg)) for lg in LANGUAGES if has_body(lg)}
#: The languages that write a pinpoint after the act, and what ends it after a comma
_AFTER = frozenset(lg.code for lg in LANGUAGES if lg.pinpoints.after and lg.code not in _PATTERNS)
_AFTER_END = lazy_compile(_END)
#: What the text after the act starts with where a pinpoint may follow, by language: a
#: comma, or an author phrase (tested before the pattern is run: most acts are followed
#: by neither), and their first characters (``LEADS``: the caller tests the character
#: after the act before it calls :func:`find`; in English a comma only).
STARTS = {
    lg.code: (", ", *(f" {a}, " for a in lg.author_phrases), *(
        f"{c} {w} " for w in _blank_heads(lg) if lg.pinpoints.after_blank
        for c in ("", " :", ":")))
    for lg in LANGUAGES if lg.code in _PATTERNS
} | {code: (", ",) for code in _AFTER}  # fmt: skip
LEADS = {code: "".join(sorted({s[0] for s in starts})) for code, starts in STARTS.items()}


def find(region: str, end: int, lang: str) -> str | None:
    """The pinpoint written after a comma after the act that ends at ``region[end]``, if
    any (``Council Directive 93/13, Arts 4(2) and 8`` -> ``Arts 4(2) and 8``)."""
    starts = STARTS.get(lang)
    if starts is None or not region.startswith(starts, end):
        return None
    if lang in _AFTER:  # (the comma's blank: the pattern after an act starts with one)
        m = after_match(region, end + 1, lang)
        if m is None or _AFTER_END.match(region, m.end()) is None:
            return None
        return written(m.group("pin"), lang)
    m = _PATTERNS[lang].match(region, end, end + REACH)
    return written(m.group("pin"), lang) if m is not None else None
