"""Articles of the Treaties: ``Article 78(3) TFEU``, ``Articles 101 and 102 TFEU``,
``Article 43(3) of the Treaty on the Functioning of the European Union`` and the
enacting formula ``... the Treaty on the Functioning of the European Union, and in
particular Article 114 thereof`` (span ``Article 114``, normalised ``Article 114 TFEU``).

Articles of the Charter and of secondary acts are not treaty articles (the act
is the reference there, see ``legal_acts``).  No CELEX: which consolidated
version a citation means cannot be told from the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import SEP, collapse_spaces, words
from eurefs.grammar.vocabulary import (
    ARTICLE_WORDS,
    ORDINALS_FR,
    PINPOINT_WORDS,
    TREATIES,
    TREATIES_BY_LANG,
)
from eurefs.models.references import BaseReference, TreatyArticleRef

_ABBR = {a: code for code, (abbrs, _) in TREATIES.items() for a in abbrs}
_LONG = {n.lower(): code for code, (_, names) in TREATIES.items() for n in names}
_ARTNUM = r"[0-9]{1,3}[a-z]?(?:\([0-9]{1,3}[a-z]?\)){0,3}(?:\([a-z]{1,4}\)){0,3}"
# Separators and numbers use disjoint characters, so the bounded repeat is linear.
# a further item may be a paragraph of the same article: ``101(1) and (3)``
_ITEM = r"(?:" + _ARTNUM + r"|\([0-9]{1,3}[a-z]?\)(?:\([a-z]{1,4}\)){0,3})"
_LIST = _ARTNUM + r"(?:(?:[ ]?,[ ]?(?:and[ ]|or[ ])?|[ ](?:and|or|to)[ ])" + _ITEM + r"){0,20}"
# ``Article 263, fourth paragraph, TFEU``
_EN_PINPOINT = (
    r"(?:,[ ](?P<enpin>(?:first|second|third|fourth|fifth|sixth|seventh|last)[ ]"
    r"(?:paragraph|subparagraph|sentence|indent)),?)?"
)

# French/German: ``article 288, troisième alinéa, TFUE``, ``Art. 191 Abs. 1 und 2 AEUV``,
# ``Artikel K.3 des Vertrags über die Europäische Union``.  Article numbers, then the
# pinpoints of the last one; numbers and separators use disjoint characters.
_FD_ABBR = {a: (code, lang) for lang, t in TREATIES_BY_LANG.items()
            for code, (_, abbrs, _) in t.items() for a in abbrs}  # fmt: skip
_FD_LONG = {n.lower(): (code, lang) for lang, t in TREATIES_BY_LANG.items()
            for code, (_, _, names) in t.items() for n in names}  # fmt: skip
_FD_NAMES = words(*(n for t in TREATIES_BY_LANG.values() for _, _, ns in t.values() for n in ns))
_FD_NUM = r"(?:[A-S]\.[ ]?[0-9]{1,2}|[0-9]{1,3}(?:er|[a-z])?)(?![\w])"
_FD_CONJ = r"(?:[ ]?,[ ]|[ ](?:et|ou|und|oder|à|bis)[ ])"
_PIN = r"(?:[0-9]{1,3}[a-z]?|[a-z]\)|[a-z](?![\w]))"
_PIN_LIST = _PIN + r"(?:" + _FD_CONJ + _PIN + r"){0,5}"
_FD_PINPOINT = (
    r"(?:,[ ](?:" + words(*PINPOINT_WORDS["fr"]) + r")[ ]" + _PIN_LIST
    + r"|,[ ](?:" + words(*ORDINALS_FR) + r")[ ](?:alinéa|paragraphe|phrase|tiret)"
    + r"|[ ](?:" + words(*PINPOINT_WORDS["de"]) + r")[ ]" + _PIN_LIST + r")"
)  # fmt: skip
_FD_LIST = _FD_NUM + r"(?:" + _FD_CONJ + _FD_NUM + r"){0,10}(?:" + _FD_PINPOINT + r"){0,4}"
_FD_BRANCH = (
    r"|(?P<fword>" + words(*(w for ws in ARTICLE_WORDS.values() for w in ws)) + r")[ ]"
    r"(?P<flist>" + _FD_LIST + r")"
    r"(?:,?[ ](?P<fabbr>" + words(*_FD_ABBR) + r")(?![\w-])"
    r"|[ ](?:du|de[ ]la|des|de[ ]l['’])" + SEP + r"(?P<flong>" + _FD_NAMES + r")"
    r"(?:[ ]\((?P<fparen>TFUE|TUE|AEUV|EUV)\))?"
    r")?"
)
# The enacting formula before a bare article: ``vu le traité ..., et notamment son``,
# ``gestützt auf den Vertrag ..., insbesondere auf (die)``.
_FORMULA = re.compile(
    r"(?:vu[ ]le|gestützt[ ]auf[ ]den)[ ](?P<name>" + words(*_FD_LONG) + r")"
    r"[^;]{0,160}?,?[ ](?:et[ ]notamment[ ](?:son|ses|l['’])|insbesondere[ ]auf(?:[ ]die)?)[ ]?$",
    re.IGNORECASE,
)

PATTERN = re.compile(
    r"(?<![\w])(?P<word>Articles?|ARTICLES?|Art\.|Arts\.)[ ](?P<list>" + _LIST + r")"
    r"(?:"
    + _EN_PINPOINT
    + r"[ ](?:of[ ]the[ ])?(?P<abbr>"
    + words(*_ABBR)
    + r")(?![\w])"
    r"|"
    + SEP
    + r"of"
    + SEP
    + r"(?:the"
    + SEP
    + r")?(?P<long>"
    + words(*(n for _, names in TREATIES.values() for n in names))
    + r")"
    r"(?:[ ]\((?P<paren>TFEU|TEU)\))?"
    r"|(?=[ ]thereof\b)"
    r")" + _FD_BRANCH
)

_THEREOF_TREATY = re.compile(
    r"(?:Having regard to|having regard to)[ ](?:the[ ])?(?P<name>"
    + words(*(n for _, names in TREATIES.values() for n in names))
    + r")[^;]{0,160}$"
)


def _build_fr_de(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """A French or German citation; a bare article needs the enacting formula just before."""
    text_end = m.end()
    if m.group("fabbr"):
        code, lang = _FD_ABBR[m.group("fabbr")]
    elif m.group("flong"):
        code, lang = _FD_LONG[m.group("flong").lower()]
        if m.group("fparen"):
            text_end = m.end("fparen") + 1
    else:
        # A bare article is a treaty article only right after the enacting
        # formula; check its last words cheaply before running the formula regex.
        tail = ctx.before(m.start(), 32).lower()
        if "notamment" not in tail and "insbesondere" not in tail:
            return ()
        f = _FORMULA.search(ctx.before(m.start(), 260))
        if f is None:
            return ()
        code, lang = _FD_LONG[f.group("name").lower()]
        text_end = m.end("flist")
    word = m.group("fword")
    wrong_word = word in ARTICLE_WORDS["de"] if lang == "fr" else word.lower() == "article"
    if wrong_word:
        return ()
    list_text = collapse_spaces(m.group("flist"))
    if lang == "de":
        word_n = "Artikel"
    else:
        word_n = "articles" if word.lower().startswith("articles") else "article"
    articles = re.split(_FD_CONJ, re.split(r",[ ]|[ ](?=[A-Z])", list_text)[0])
    return (
        TreatyArticleRef(
            text=m.string[m.start() : text_end],
            start=m.start(),
            end=text_end,
            normalized=f"{word_n} {list_text} {TREATIES_BY_LANG[lang][code][0]}",
            lang=lang,
            treaty=code,
            articles=articles,
        ),
    )


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`TreatyArticleRef`; ``thereof`` needs a treaty just before."""
    if m.group("fword"):
        return _build_fr_de(m, ctx)
    word = m.group("word")
    plural = word.lower().startswith(("articles", "arts"))
    text_end = m.end()
    if m.group("abbr"):
        treaty = _ABBR[m.group("abbr")]
        suffix = m.group("abbr")
    elif m.group("long"):
        treaty = _LONG[m.group("long").lower()]
        suffix = treaty
        if m.group("paren"):
            text_end = m.end("paren") + 1
    else:
        # ``Article 114 thereof``: the treaty named in the same "Having regard" clause.
        before = ctx.before(m.start(), 220)
        if "aving regard to" not in before:
            return ()
        t = _THEREOF_TREATY.search(before)
        if t is None:
            return ()
        treaty = _LONG[t.group("name").lower()]
        suffix = treaty
        text_end = m.end("list")
    list_text = collapse_spaces(m.group("list"))
    articles = [a for a in re.split(r"[ ]?,[ ]?(?:and[ ]|or[ ])?|[ ](?:and|or|to)[ ]", list_text)]
    pinpoint = f", {m.group('enpin')}" if m.group("enpin") else ""
    normalized = f"{'Articles' if plural else 'Article'} {list_text}{pinpoint} {suffix}"
    return (
        TreatyArticleRef(
            text=m.string[m.start() : text_end],
            start=m.start(),
            end=text_end,
            normalized=normalized,
            treaty=treaty,
            articles=articles,
        ),
    )


FAMILY = Family(
    kind="treaty_article",
    pattern=PATTERN,
    build=build,
    anchors=(
        Anchor(re.compile(r"Art|ART"), before=1, after=170, at_start=True),
        Anchor(re.compile(r"article"), before=1, after=170, at_start=True),
    ),
    priority=3,
    # Every treaty article names its treaty somewhere (an abbreviation, "Treaty",
    # "traité", "Vertrag"): a text without any has none, however many "Article"s.
    requires=re.compile(
        words(*_ABBR, *_FD_ABBR, "Treaty", "treaty", "TREATY", "traité", "Vertrag", "Verträge")
    ),
)
