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
from eurefs.grammar.vocabulary import TREATIES
from eurefs.models.references import BaseReference, TreatyArticleRef

_ABBR = {a: code for code, (abbrs, _) in TREATIES.items() for a in abbrs}
_LONG = {n.lower(): code for code, (_, names) in TREATIES.items() for n in names}
_ARTNUM = r"\d{1,3}[a-z]?(?:\(\d{1,3}[a-z]?\)){0,3}(?:\([a-z]{1,4}\)){0,3}"
# Separators and numbers use disjoint characters, so the bounded repeat is linear.
_LIST = _ARTNUM + r"(?:(?:[ ]?,[ ]?(?:and[ ]|or[ ])?|[ ](?:and|or|to)[ ])" + _ARTNUM + r"){0,20}"

PATTERN = re.compile(
    r"(?<![\w])(?P<word>Articles?|ARTICLES?|Art\.|Arts\.)[ ](?P<list>" + _LIST + r")"
    r"(?:"
    r"[ ](?P<abbr>" + words(*_ABBR) + r")(?![\w])"
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
    r")"
)

_THEREOF_TREATY = re.compile(
    r"(?:Having regard to|having regard to)[ ](?:the[ ])?(?P<name>"
    + words(*(n for _, names in TREATIES.values() for n in names))
    + r")[^;]{0,160}$"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`TreatyArticleRef`; ``thereof`` needs a treaty just before."""
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
        t = _THEREOF_TREATY.search(ctx.before(m.start(), 220))
        if t is None:
            return ()
        treaty = _LONG[t.group("name").lower()]
        suffix = treaty
        text_end = m.end("list")
    list_text = collapse_spaces(m.group("list"))
    articles = [a for a in re.split(r"[ ]?,[ ]?(?:and[ ]|or[ ])?|[ ](?:and|or|to)[ ]", list_text)]
    normalized = f"{'Articles' if plural else 'Article'} {list_text} {suffix}"
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
    anchors=(Anchor(re.compile(r"Art|ART"), before=1, after=260),),
    priority=3,
)
