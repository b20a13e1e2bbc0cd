"""The treaty named after the list of a treaty article (``grammar/treaty_articles``):
its abbreviation (``TFEU``, ``din TFUE``, Maltese ``tat-TFUE``), its long name after a
preposition (``of the Treaty on the Functioning of the European Union``), its short name
once cited in full (``of the Charter``), or a word referring back to the enacting
formula's treaty (``thereof``).  The words come from the language records, through the
tables of ``grammar/enacting_formula``.
"""

from __future__ import annotations

import re

from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import SEP, first_two_chars, lazy_compile, words
from eurefs.grammar.enacting_formula import ABBR, NAMES, SHORT
from eurefs.languages import LANGUAGES

# (and in capitals, as a headnote has them: ``ARTIGO 267.º DO TFUE``; ``grammar/capitals``)
_PREPS = with_capitals(p for lg in LANGUAGES for p in lg.treaty_prepositions)
_PREP = words(*(p for p in _PREPS if not p.endswith("-")))
# Maltese joins the preposition with a hyphen: ``tat-TFUE``
_HPREPS = [p for p in _PREPS if p.endswith("-")]
_HPREP = ("|" + words(*_HPREPS)) if _HPREPS else ""
_GLUED = ("(?:" + words(*_HPREPS) + ")?") if _HPREPS else ""
_AFTER_WORDS = [w for lg in LANGUAGES for w in lg.enacting_after]
_ONE_LETTER = [p for lg in LANGUAGES for p in lg.treaty_prepositions if len(p) == 1]
#: No one-letter preposition before the treaty next (Danish ``artikel 19, stk. 3, i TEU``: ``i``
#: is *in*, no point (i)), where a list's further member may stand.
NOT_PREP = r"(?!" + words(*_ONE_LETTER) + r"[ ])" if _ONE_LETTER else ""

# A treaty's short name (``of the Charter``), read after a citation in full
# (``grammar/named_again``); not before a preposition: ``the Charter of the United Nations``
_SHORT_NAME = r"|(?P<short>" + words(*SHORT) + r")" if SHORT else r"|(?P<short>(?!))"
_SHORT_LANGS = {c for langs in SHORT.values() for c in langs}
_SHORT_PREPS = [p for lg in LANGUAGES if lg.code in _SHORT_LANGS for p in lg.treaty_prepositions]
# ... nor before the words of another instrument's name (``Charte sociale européenne``)
_SHORT_PREPS += [w for lg in LANGUAGES for t in lg.treaties.values() for w in t.short_name_stops]
#: What, right after a short name, makes it no name of the treaty.
BEFORE_PREP = lazy_compile(
    r"[ ]" + words(*_SHORT_PREPS) + r"(?:(?<=['’])|(?![\w]))" if _SHORT_PREPS else "(?!)"
)

# (the group is there, never matching, when no loaded language has such a word)
# (after a comma too: ``Article 212(1), in conjunction with Article 218(9), thereof``)
_AFTER = (
    r"|(?=,?[ ](?P<after>" + words(*_AFTER_WORDS) + r")\b)" if _AFTER_WORDS else r"|(?P<after>(?!))"
)

#: An abbreviation after a list, perhaps after a preposition (group ``abbr``), and a
#: footnote call glued to it (group ``call``).  Not one before an act's number: German
#: norm chains (juris) write an EU regulation ``EUV`` and an EC one ``EGV`` before it
#: (``Art 15 Abs 1 EUV 2016/679``: Regulation (EU) 2016/679, not the TEU).  (One that
#: leads the next article instead is told once the language is known: ``leads_next``.)
ABBREVIATION = (
    r",?[ ](?:" + _PREP + r"[ ]" + _HPREP + r")?(?P<abbr>" + words(*ABBR) + r")"
    r"(?P<call>[1-9][0-9]{0,2})?(?![\w-]|[ ][0-9]{1,4}/[0-9])"
)

#: The treaty after a list: an abbreviation, a long name, or a word referring back to it
#: (a long name first: ``van het Handvest van de grondrechten`` holds the abbreviation
#: ``Handvest``).
TREATY = (
    # (after a comma that ends a pinpoint: ``article 16, paragraphe 1, du traité sur ...``)
    # in any case (French acts write ``la charte des droits fondamentaux``, EUR-Lex
    # 32021D2243; a title ``TRAITÉ SUR ...``): the pattern of the enacting formula's names
    # (Maltese glues the preposition: ``tat-Trattat dwar``; look-ahead: ``first_two_chars``)
    r"(?:,?" + SEP + _PREP + SEP + r"|" + SEP + _GLUED + r")(?:(?P<long>(?i:"
    + first_two_chars(*NAMES) + words(*NAMES) + r"))" + _SHORT_NAME + r")(?![\w-])"
    r"(?:[ ]\((?P<paren>" + words(*ABBR) + r")\))?"
    r"|" + ABBREVIATION
    + _AFTER
)  # fmt: skip

# Leads of several words join a further article read with the one before it (``in
# conjunction with``, Maltese ``flimkien mal-``), the record's ``article_word_leads``
_JOINT = [w for lg in LANGUAGES for w in lg.article_word_leads if " " in w.strip()]
_JOINT_AT = lazy_compile(words(*_JOINT) if _JOINT else "(?!)")


def joint_named(chain: re.Match[str]) -> bool:
    """Whether further articles (a match of ``grammar/treaty_articles._CHAIN``) joined by
    such a lead end in a treaty named there (``Article 101, in conjunction with Article
    4(3) TEU``): the first article may be another instrument's, so they are no list."""
    named = chain.group("abbr") or chain.group("long") or chain.group("short")
    return bool(named) and _JOINT_AT.search(chain.group("chain")) is not None
