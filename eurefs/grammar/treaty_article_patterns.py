"""The pattern of a treaty article's list, read by ``grammar/treaty_articles``: the article
word, its numbers (``101``, ``6(1)(a)``, ``K.3``, ``267.º``, ``107.3 c``), further items and
pinpoints (``101(1) and (3)``, ``Art. 191 Abs. 1 und 2``, ``43, paragraphe 2, et 114``), the
treaty after them (``grammar/treaty_after_articles``), further articles each with its own
article word (``CHAIN``: ``Article 42, Article 43(2) and Article 349 thereof``) or with the
treaty again (``SAME_TREATY``: ``Articles 263 TFEU and 268 TFEU``).

Every word comes from the language records, in capitals too (``grammar/capitals``).
"""

from __future__ import annotations

from eurefs.grammar import ordinal_parts
from eurefs.grammar import treaty_after_articles as _after
from eurefs.grammar.article_anchors import word_start
from eurefs.grammar.article_lists import SEPARATOR_OR_JOIN
from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import RANGE, lazy_compile, words
from eurefs.grammar.inserted_articles import SMALL_LETTER, SPACED_LETTER, SUFFIX
from eurefs.grammar.pinpoint_numbers import KERAIAS, POINT, glued_after_dot
from eurefs.grammar.treaty_article_words import COMMA_PINS, DOT_PINS, SPACE_PINS
from eurefs.grammar.treaty_article_words import WORD_LANGS as _WORD_LANGS
from eurefs.languages import LANGUAGES

# Article numbers (``101``, ``6(1)(a)``, ``K.3``, ``1er``), a further item may be a
# paragraph of the same article (``101(1) and (3)``).  Numbers and separators use
# disjoint characters, so the bounded repeats stay linear.
_NUM = (
    r"(?:[A-S]\.[ ]?[0-9]{1,2}"
    # ``1er``, ``5a``, Portuguese ``267.º``, Croatian ``267.`` (an ordinal dot before a
    # space, or before a comma in a list: ``članke 1., 2. i 19.``), Swedish ``4.3`` and
    # ``107.3 c`` (a paragraph after a dot, a point after a space; ``i`` is the preposition,
    # a letter before a number a conjunction: Spanish ``artículos 101.1 y 102``)
    # (an inserted article after the sign, Portuguese ``106.º-A``; the sign glued, typed as a
    # degree sign: ``267°``, read in the languages of ``Language.pinpoints.ordinal_sign`` alone)
    r"|[0-9]{1,3}(?:er|[a-z]|°(?![\w])|\.[ ]?[o°](?:-[A-Z])?(?![\w])|\.(?=[ ]|,[ ]?[0-9])"
    r"|\.[0-9]{1,2}(?:[ ](?!i[ ])[a-z](?=,|[ ](?![0-9])))?|" + SPACED_LETTER + r"|" + SMALL_LETTER
    # (an inserted article's letter after the ordinal dot, as the OJ's Croatian writes it:
    # ``članak 106.a``; kept in the languages of ``Language.pinpoints.ordinal_dot`` alone,
    # ``treaty_articles.build``; not before a bracket, Spanish ``6.a)`` is a point; no ``o``, the
    # view's ordinal sign, Portuguese ``31.º``)
    + r"|\.[A-NP-Za-np-z](?![\w.)])"
    + r")?"
    + SUFFIX  # an inserted article's word (``106 bis``)
    # (the letter apart is the article's, never left after it: ``article 100 A``, ``Art. 100
    # a EGV`` are no Article 100)
    + r"(?:[ ]?\([0-9]{1,3}[a-z]?\)){0,3}(?:[ ]?\(" + POINT + r"\)){0,3})(?![\w]|" + SPACED_LETTER
    + r"|" + SMALL_LETTER + r")"
)  # fmt: skip
_CONJ_WORDS = words(*with_capitals(c for lg in LANGUAGES for c in lg.article_conjunctions))
# (and a range: ``101-106``, ``1–3``)
_CONJ = r"(?:" + RANGE + r"|[ ]?,[ ]?(?:" + _CONJ_WORDS + r"[ ])?|[ ]" + _CONJ_WORDS + r"[ ])"
# (a conjunction before an item only: ``106 bis et 107``, not `` bis ``; ``i.V.m.`` too;
# a slash between two articles' numbers, as German writing joins them: ``Art. 101/102 AEUV``)
CONJ_SPLIT = lazy_compile(r"(?:" + SEPARATOR_OR_JOIN + r"|/)(?=[0-9(]|[A-S]\.)")
_OR_SLASH_ITEM = r"(?:" + _CONJ + r"|/(?=[1-9][0-9]{0,2}(?![0-9/])))"
# A further item: an article (no numbered ordinal: ``267, 3° comma``), or a paragraph or
# point of the article before it after an item that ends in one (``101(1) and (3)``): after
# a bare number, ``(1)`` is something else (``jego art. 100,`` then a recital ``(1)``).
_ITEM = (
    r"(?:" + _OR_SLASH_ITEM + ordinal_parts.numbered_ahead(LANGUAGES) + _NUM
    + r"|(?<=\))" + _CONJ + r"\((?:[0-9]{1,3}[a-z]?|" + POINT + r")\)(?:\(" + POINT + r"\)){0,3})"
)  # fmt: skip
# (a letter of any script before a bracket: Bulgarian ``буква а)``, Greek ``στοιχείο α)``;
# a Greek letter numeral with its keraia, as the Court's Greek numbers a treaty's points:
# ``Άρθρο 107, παράγραφος 3, στοιχείο γʹ, ΣΛΕΕ``, ``pinpoint_numbers.KERAIAS``)
# (an ordinal sign after a number: Portuguese ``parágrafo 3.º``, ``§ 3º``, ``comma 3°``; ``§ 1er``)
_SIGNED_PIN = r"[0-9]{1,3}(?:er|[a-z])?\.?[o°](?![\w])"
_PIN = (
    r"(?:[0-9]{1,3}(?:er|(?!o(?![\w]))[a-z])?(?![0-9]|\.?[ ]?[o°](?![\w]))"
    r"|[^\W\d_]\)|[a-z](?![\w])|\((?:[0-9]{1,3}|[^\W\d_])\)"
    r"|[α-ω]{1,2}[" + KERAIAS + r"](?![\w]))"
)
# after a comma pinpoint a comma and a conjunction start an article (``43, paragraphe 2, et 114``)
_COMMA_JOIN = r"(?:" + RANGE + r"|[ ]?,[ ]?(?!" + _CONJ_WORDS + r"[ ])|[ ]" + _CONJ_WORDS + r"[ ])"
#: A number no paragraph of a treaty article has (Article 294 TFEU has the most, 15): after
#: a list of paragraphs and a conjunction it is the next article, as German and Polish lists
#: write it without its article word (``Art. 288 Abs. 2 und 291 AEUV``), where a number a
#: paragraph may have stays one (``Art. 4 Abs. 1 und 2 EUV``, ``Art. 4 Abs. 3 und 13 EUV``)
ARTICLE_ONLY = r"(?:1[6-9]|[2-9][0-9]|[1-9][0-9]{2})(?![0-9])"
_PARAGRAPH = r"(?!" + ARTICLE_ONLY + r")"
# The numbers of a list are written alike, all with the ordinal sign or all without (``n.ºs 1
# e 3``): after those without, one with it is the next article (``4.º, n.ºs 1 e 3, 5.º e 19.º``)
# (a further one is no one-letter preposition before the treaty: Danish ``artikel 19, stk. 3,
# i TEU`` is paragraph 3 *in* the TEU, not point (i))
_PIN_LIST, _COMMA_PIN_LIST = (
    r"(?:"
    + "|".join(
        p + r"(?:" + j + _after.NOT_PREP + _PARAGRAPH + p + r"){0,5}" for p in (_SIGNED_PIN, _PIN)
    )
    + ")"
    for j in (_CONJ, _COMMA_JOIN)
)
_PIN_DOT = r"(?:[0-9]{1,3}\.(?=[ ])|" + _PIN + r")"
_PIN_DOT_LIST = _PIN_DOT + r"(?:" + _CONJ + _PARAGRAPH + _PIN_DOT + r"){0,5}"
_ORDINALS = ordinal_parts.of_languages(LANGUAGES)
# Pinpoint words and their lists of numbers and letters
_PIN_LISTS = [
    # (Greek writes them with or without the comma: ``άρθρο 107 παράγραφος 3 ΣΛΕΕ``)
    # (after a word's dot, no blank before the number: ``Abs.1``, ``par.1``)
    *([r",?[ ]" + glued_after_dot(COMMA_PINS) + _COMMA_PIN_LIST] if COMMA_PINS else []),
    *([r"[ ]" + words(*DOT_PINS) + r"[ ]" + _PIN_DOT_LIST] if DOT_PINS else []),
    *([r"[ ]" + glued_after_dot(SPACE_PINS) + _PIN_LIST] if SPACE_PINS else []),
]
#: Where a list of paragraphs ends a text (a further article's number after it, without its
#: article word, would be read as one of its paragraphs: ``Art. 4 Abs. 3 und 13``)
PIN_LIST_END = lazy_compile(r"(?:" + "|".join(_PIN_LISTS or ["(?!)"]) + r")\Z")
# (each once: French and Dutch both read a point's bare letter, ``a)``)
_PIN_PATTERNS = list(dict.fromkeys(p for lg in LANGUAGES for p in lg.pinpoints.patterns))
_AFTER_BLANK = [
    # ``, fourth paragraph``, ``, first and third subparagraphs``, ``, párrafo primero``;
    # no comma in some languages (`` první pododstavec``, `` första och tredje styckena``)
    *([_ORDINALS] if _ORDINALS else []),
    *([r"(?:" + "|".join("(?:" + p + ")" for p in _PIN_PATTERNS) + r")(?![\w])"]
      if _PIN_PATTERNS else []),
]  # fmt: skip
# The comma and blank written once before the ordinals and the records' patterns, which
# share one look-ahead after them: ``,?[ ]`` matches in one way only, and where the
# look-ahead turns a pattern's match away the next way of it and then the next pattern
# are tried, so every alternative is tried in the same order as when each repeated both:
# the same matches, without entering ``,?[ ]`` again for each (at the 1,270 article words
# of 1 MB of the benchmark text, where most lists end in `` of ...``: the pattern's 38.0M
# instructions -> 35.9M; tested against the alternation as it was)
_PINPOINT = "|".join(
    [*_PIN_LISTS, *([r",?[ ](?:" + "|".join(_AFTER_BLANK) + r")"] if _AFTER_BLANK else [])]
)

# (``hAirteagal``; in capitals too, as a heading in capitals writes the glued letter:
# ``LE HAIRTEAGAIL 258, 259 AGUS 260 DEN CFAE``, taken only before a word in capitals)
GLUED_FRONT = sorted(
    {v for lg in LANGUAGES for p in lg.article_word_prefixes for v in (p, p.upper())}
)

# Further articles, each with its own article word (and a word before it: ``e o artigo``,
# ``agus d’Airteagal``), as one list with the first: ``Article 42, Article 43(2) and
# Article 349 thereof``, ``artigo 42.º e o artigo 43.º, n.º 2`` (one list, one span).
_LEADS_SPACED = [w for lg in LANGUAGES for w in lg.article_word_leads if w[-1].isalnum()]
_LEADS_GLUED = [w for lg in LANGUAGES for w in lg.article_word_leads if not w[-1].isalnum()]
_LEAD = (
    r"(?:"
    + "|".join(
        [*([words(*_LEADS_SPACED) + r"[ ]"] if _LEADS_SPACED else []),
         *([words(*_LEADS_GLUED)] if _LEADS_GLUED else [])] or ["(?!)"]
    )
    + r")?"
)  # fmt: skip
# After an article word a space; after an abbreviation's dot none may come before a digit, as
# web pages and lecture notes write it (``Art.267 AEUV``, ``art.101 TFUE``, ``Art.234 EC``)
# (and none after German ``Art`` without its dot, as the Austrian RIS lists norms: ``AEUV
# Art267``, ``B-VG Art140 Abs1``; read only where the treaty is named: ``grammar/treaty_names``)
_WORD_END = r"(?:[ ]|(?<=\.)(?=[0-9])|(?<=(?<![\w])Art)(?=[1-9]))"
# A further article with its own article word, then its pinpoints (``_REPEATED``)
_ARTICLE_AGAIN = SEPARATOR_OR_JOIN + _LEAD + r"(?:" + words(*_WORD_LANGS) + r")" + _WORD_END + _NUM
# (a further plural article word with its own list: ``Article 294(2) and Articles 16 and 114
# of the Treaty on the Functioning of the European Union``, the European Parliament's
# legislative resolutions)
_REPEATED = r"(?:" + _ARTICLE_AGAIN + _ITEM + r"{0,20}+(?:" + _PINPOINT + r"){0,4})"
CHAIN = lazy_compile(r"(?P<chain>(?:" + _REPEATED + r"){1,10})(?:" + _after.TREATY + r")?")

# (each word only where its range's last word follows the first number: ``no``, Latvian
# ``no 5 līdz 7``, is no lead in ``Article no 5``)
_RANGE_PAIRS = sorted({pair for lg in LANGUAGES for pair in lg.article_ranges})
_RANGE_LEAD = (
    r"(?:"
    + "|".join(
        words(first) + r"[ ](?=[0-9][^ ]{0,8}[ ]" + words(last) + r"[ ][0-9])"
        for first, last in _RANGE_PAIRS
    )
    + r")?"
    if _RANGE_PAIRS
    else ""
)
PATTERN = lazy_compile(
    # (a comma right before: a treaty may open the bracket, ``(EEC Treaty, Art. 177)``; or a
    # dash: the treaty may be the keyword before, ``Charter of ... – Articles 7, 8 and 47 –``)
    word_start(GLUED_FRONT) + r"(?:(?<=[,-][ ])(?P<comma>))?(?P<word>" + words(*_WORD_LANGS) + r")"
    # (items, pinpoints possessive: all after may match nothing, so a greedy one gave none back)
    # (a range's word before its first number, Italian ``articoli da 258 a 260``: the
    # record's ``article_ranges``, the range read in ``article_lists.designations``)
    + _WORD_END + r"(?P<list>" + _RANGE_LEAD + r"(?P<nums>" + _NUM + _ITEM + r"{0,20}+)"
    r"(?:(?:" + _PINPOINT + r"){1,4}+"  # (then articles: ``43, paragraphe 2, et 114``)
    r"(?P<then>(?:" + _CONJ + _NUM + r"(?:" + _PINPOINT + r"){0,4}){0,5}))?)"
    # with no treaty after the list, whether a further article follows it (``CHAIN``
    # matches there): an empty group, a look-ahead in the same call (most lists end in
    # neither: ``Article 6 of the GDPR``), where a second call cost more; its article
    # without the pinpoints after it, which may match nothing: the same answer, without
    # trying the pinpoints at every further article (1 MB of the benchmark text: the
    # pattern at its 1,270 article words 35.60M -> 33.81M instructions)
    r"(?:" + _after.TREATY + r"|(?P<more>(?=" + _ARTICLE_AGAIN + r")))?"
)  # fmt: skip
# Further articles, each followed by the same treaty again: ``Articles 263 TFEU and 268
# TFEU``, ``Artikel 263 AEUV und 268 AEUV`` (one list, one span; the normal form names the
# treaty once).  Only the abbreviation as first written joins: another treaty or another
# word after a number (``Article 7 TEU, 27 EU Member States``) ends the list.
# ... or the same article in another treaty's numbering after a slash, as German writing
# gives the old and the new number side by side (``Art. 249 EG/288 AEUV``: a reference of
# its own to the TFEU, ``treaty_articles._other_treaty``), or a dash, as Italian course
# notes do (``(art. 230 CE - 263 TFUE: con modifiche)``, ``art. 88.3 CE – 108.3 TFUE``:
# a lecture's slides on the action for annulment, it.scribd.com; pages corpus); only before
# a treaty's abbreviation, and after a dash only another treaty's (``DASHED``)
_OR_SLASH = r"(?:" + _CONJ + r"|/(?=[0-9])|[ ][-–][ ](?=[0-9]))"
# (the treaty's pinpoint may follow it, as the Court's Spanish summaries write it: ``[Arts. 101
# TFUE, ap. 1, y 263 TFUE; ...]``: group ``post``)
_POST = r"(?P<post>(?:" + _PINPOINT + r"){1,2})?"
SAME_TREATY = lazy_compile(
    r"(?P<item>" + _POST + _OR_SLASH + _NUM + r"(?:" + _PINPOINT + r"){0,4})" + _after.ABBREVIATION
)
REPEATED_WORD = lazy_compile(r"(?<=[ ])" + _LEAD + r"(?:" + words(*_WORD_LANGS) + r")" + _WORD_END)
PINPOINTS = lazy_compile(r"(?:" + _PINPOINT + r")")
#: The pinpoints after the treaty (``artículo 4 TUE, apartado 3``; records'
#: ``pinpoints.after_treaty``), from the comma after its abbreviation
AFTER_TREATY = lazy_compile(r",(?=[ ])(?:" + _PINPOINT + r"){1,4}+")
CONJ_LEAD = lazy_compile(_OR_SLASH)
#: A further article after a dash (``_OR_SLASH``), from its item's start
DASHED = lazy_compile(r"[ ][-–][ ]")
NUMBER = lazy_compile(_NUM)
