"""Numbers of articles inserted later: French, Italian and Spanish write a word apart
after the number (``article 106 bis``), Portuguese a letter after the ordinal sign
(``artigo 106.º-A``), others a letter glued to it (``Article 106a``), French and German
writing also a letter apart (``article 100 A``, ``Art. 100 a EGV``).

The words come from the records (``article_number_suffixes``); the treaty-article
families read them as part of the number.  A word after a number that is another
language's only (Dutch ``ter`` is a preposition) makes no article, and neither does a
letter glued after a bare number in an enacting formula (Croatian ``106.a``): never the
article without it.
"""

from __future__ import annotations

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

_SUFFIXES = sorted({s for lg in LANGUAGES for s in lg.article_number_suffixes})
# (not a range's word: ``5 bis 7``, ``5 bis Art. 7``)
_NOT_A_RANGE = r"(?![\w])(?![ ]?[0-9]|[ ](?i:art))"
#: Pattern fragment after the digits of an article number: its word, if any (``106 bis``)
SUFFIX = (r"(?:[ ]" + words(*_SUFFIXES) + _NOT_A_RANGE + r")?") if _SUFFIXES else ""
_SUFFIX_IN = lazy_compile(r"(?<=[0-9])[ ](" + words(*_SUFFIXES) + r")" + _NOT_A_RANGE)
# (a paragraph's bracket set apart after the word: ``106 bis (1)``, closed up as after a
# number, ``common.close_brackets``)
_BRACKET_AFTER_SUFFIX = lazy_compile(
    r"(?<=[0-9])([ ]" + words(*_SUFFIXES) + r")[ ](?=\([0-9a-z]{1,4}\))" if _SUFFIXES else "(?!)"
)


def close_suffix_brackets(text: str) -> str:
    """``text`` with a paragraph's bracket closed up to an inserted article's word, as normal
    forms write it after a number (``106 bis (1)`` -> ``106 bis(1)``)."""
    return _BRACKET_AFTER_SUFFIX.sub(r"\1", text) if " (" in text else text


#: Pattern fragment after the digits of an article number: the capital letter apart of an
#: article inserted in the EEC and EC Treaties before Amsterdam, as French, Italian, Spanish
#: and Dutch texts wrote it (``article 100 A``, ``article 189 B du traité``, ``articoli 100 A e
#: 130 S``; English ``Article 100a``).  Not a roman paragraph after German models (``Art. 101
#: I AEUV``), nor a number's next (``1 E 3``), nor the first letter of a sentence (``Article 5
#: A Member State``), nor an abbreviation (``N.º``, German ``S. 2``: sentence 2); a
#: conjunction's letter (Portuguese ``E``, Spanish ``Y``, Czech ``A``) before a word in
#: capitals either, as a text set in capitals joins its list (``ČLÁNKY 5 A ČLÁNEK 6``).
#: Yet a vowel may stand before the abbreviation of the treaty that inserted it (``artikel 100
#: A EG-Verdrag``, ``artikel 8 A EG``): the EC, EEC, Euratom and ECSC Treaties' abbreviations
#: in capitals in the languages that write the letter so (the record's
#: ``article_capitals_apart``; not Czech ``ES``, nor Spanish ``Y ES``: "and it is", in
#: capitals).
_TREATIES = sorted({
    a
    for lg in LANGUAGES
    if lg.article_capitals_apart
    for key in ("EC", "EEC", "EAEC", "ECSC")
    if (treaty := lg.treaties.get(key)) is not None
    for a in treaty.abbreviations
    if a.isascii() and a.isalpha() and a.isupper() and len(a) <= 5
})  # fmt: skip
SPACED_LETTER = (
    r"[ ](?:[AEOUY](?![\w.])(?![ ](?:[0-9]|(?!" + words(*_TREATIES) + r"(?![\w]))[^\W\d_a-z]))"
    r"|(?![EIOUVXY])[B-Z](?![\w.])(?![ ](?:[0-9]|[A-Z][a-z])))"
)


def _follow_words(lg: Language) -> set[str]:
    """The words of ``lg`` a small letter apart may stand before in a treaty article: its
    pinpoint words, treaty abbreviations, treaty prepositions and joins (``Abs.``, ``EGV``)."""
    after = {*lg.pinpoints.words, *lg.treaty_prepositions, *lg.article_joins}
    return after | {a for t in lg.treaties.values() for a in t.abbreviations}


def _after_letter(lg: Language) -> str:
    """What may follow a small letter apart in ``lg``'s treaty articles: :func:`_follow_words`
    no other language writes too (Danish ``artikel 8 i EU's charter``: ``i`` is "in", and
    ``EU`` every language's; Dutch ``EG``, French ``des``)."""
    others = {
        w.casefold()
        for o in LANGUAGES
        if o is not lg
        for w in (*_follow_words(o), *o.article_conjunctions, *o.pinpoints.links, *o.article_words)
    }
    return words(*(w for w in _follow_words(lg) if w.casefold() not in others)) + r"(?![\w-])"


_APART = [lg for lg in LANGUAGES if lg.article_letters_apart]
#: Pattern fragment after the digits of an article number: the small letter apart of an
#: inserted article in the languages that write it so (``Art. 100 a EGV``, ``Art 5 a Abs
#: 3``: the record's ``article_letters_apart``), before one of their words that no other
#: language writes only (never a conjunction, Czech ``článku 5 a směrnice``, a preposition,
#: Danish ``artikel 8 i EU's charter``, nor a sentence's ``a``).
SMALL_LETTER = (
    r"[ ](?:"
    + "|".join(
        r"[" + lg.article_letters_apart + r"](?![\w.)])(?=[ ]" + _after_letter(lg) + r")"
        for lg in _APART
    )
    + r")"
    if _APART
    else "(?!)"
)
#: A letter glued after a number by a dot or hyphen (``106.a``), the number read without it
GLUED_LETTER = lazy_compile(r"[.-][^\W\d_](?![\w])")


#: An inserted article's letter after the ordinal dot (Croatian ``106.a``; not the ordinal
#: sign as the view writes it, Portuguese ``31.º``: ``31.o``)
_DOT_LETTER = lazy_compile(r"[0-9]\.[A-NP-Za-np-z]")


def foreign_suffix(record: Language, text: str, nums: str = "") -> bool:
    """Whether a word after an article number in ``text`` is an inserted article's in
    another language only (Dutch ``ter`` is a preposition), or a letter after an ordinal
    dot in the numbers ``nums`` in a language that writes no such dot (``Article 5.a``, as
    Croatian writes ``članak 106.a``: the record's ``pinpoints.ordinal_dot``): no article
    then."""
    if not record.pinpoints.ordinal_dot and _DOT_LETTER.search(nums):
        return True
    return any(s.group(1) not in record.article_number_suffixes for s in _SUFFIX_IN.finditer(text))
