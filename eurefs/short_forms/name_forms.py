"""The case forms of a popular name, where its language declines it.

A language whose record lists the singular cases of its type words (``declined``)
writes a name ending in a type word in those cases too: Hungarian ``általános
adatvédelmi rendelet`` -> ``az általános adatvédelmi rendeletet``, ``rendeletben`` ...
A language whose record lists case endings joined to an alias by a hyphen
(``alias_suffixes``) writes them after an acronym too: ``a GDPR-t``, ``a GDPR-ben``.
The span of such a mention is the name as declined (``általános adatvédelmi
rendeletet``), or the acronym without its ending (``GDPR``), as for a defined alias.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.alias_forms import compound_forms, declined_forms
from eurefs.short_forms.common import act_ordinals, dotted_part_number, numbered_ordinal, words
from eurefs.textview import CLEAN_TABLE

#: The characters a name's hyphen is also written as: the non-breaking hyphen of EUR-Lex and
#: German journals (``Art. 82 DS\u2011GVO``, RDV 3/2024; ``Datenschutz\u2011Grundverordnung``
#: in many public repositories), the en dash of text extracted from PDF
#: (``Datenschutz\u2013Grundverordnung``, an Austrian Court of Audit report) and Unicode's
#: own hyphen.  A name is read with any of them where its data file has ``-``.
DASHES = "\u2010\u2011\u2013"
#: What matches a hyphen of a name in a pattern.
HYPHEN = "[-" + DASHES + "]"
#: what ends a name: no letter, digit or hyphen after it
PLAIN_END = r"(?![\w" + DASHES + "-])"


def shared_name(name: str) -> bool:
    """Whether a name of one language is read in every language: an acronym in Latin
    letters (``RODO``, ``BDAR``).  One in another script (Greek ``ΓΚΠΔ``) is read only in
    its own language: no Latin text writes it, and a capital beyond Latin-1 in the pattern
    of names would make the scan of every text dearer (its set of first characters is
    no longer a 256-bit map)."""
    return name.isupper() and all(ch < "\u0250" for ch in name)


def unify_dashes(written: str) -> str:
    """``written`` with each of :data:`DASHES` made ``-`` (as the data file writes names)."""
    if written.isascii():
        return written
    for dash in DASHES:
        if dash in written:
            written = written.replace(dash, "-")
    return written


def dashes_in(text: str) -> str:
    """The characters of :data:`DASHES` that ``text`` holds (none in ASCII text: a literal
    test of each, only where a name to be found with ``str.find`` holds a hyphen)."""
    return "" if text.isascii() else "".join(d for d in DASHES if d in text)


# The records' articles joined to the next word by a hyphen (Maltese ``il-``, ``tal-``),
# also without their ``i`` after a vowel (``jinkludi r-Regolament``): a name may follow one
_JOINED = sorted(
    {
        form
        for lg in LANGUAGES
        for a in lg.back_references.articles
        if a.endswith("-") and " " not in a
        for form in (a, a[1:] if len(a) == 3 and a.startswith("i") else a)
    },
    # longest first; then in order, so the pattern is the same text in every run (the
    # pattern store keeps it by its text)
    key=lambda form: (-len(form), form),
)
_JOINED_BEFORE = (
    compile_pattern(r"(?<![\w-])(?:" + "|".join(map(re.escape, _JOINED)) + r")\Z", re.IGNORECASE)
    if _JOINED
    else None
)


def after_joined_article(text: str, start: int) -> bool:
    """Whether an article joined by a hyphen ends right before ``text[start]`` (Maltese
    ``il-GDPR``, ``r-Regolament Ġenerali dwar il-Protezzjoni tad-Data``)."""
    return (
        _JOINED_BEFORE is not None
        and text[start - 1 : start] == "-"
        and _JOINED_BEFORE.search(text, max(0, start - 8), start) is not None
    )


#: The letters a text may write for a name's, older encodings of them (Romanian s and t
#: with a cedilla, ``ş``, ``ţ``, for ``ș``, ``ț``): the view of the grammar reads them alike
#: (``textview.CLEAN_TABLE``), but names are searched in the text as written.
_OLDER_LETTERS = tuple(
    (new, chr(old))
    for old, new in CLEAN_TABLE.items()
    if isinstance(new, str) and chr(old).isalpha() and new.isalpha() and not new.isascii()
)


def spelling_variants(name: str) -> set[str]:
    """The name, and capitalised when it starts in lower case (at a sentence start); each
    also with the older letters of :data:`_OLDER_LETTERS` (``Regulamentul General privind
    Protecţia Datelor``, primdata.ro).

    Capitalised names are not lowered: the pattern then only tries positions with
    a capital letter, which keeps the scan of a long text cheap.
    """
    if not name:
        return set()
    found = {name, name[0].upper() + name[1:]}
    for spelling in tuple(found):
        older = spelling
        for letter, old in _OLDER_LETTERS:
            older = older.replace(letter, old)
        found.add(older)
    return found


@lru_cache(maxsize=8)
def _annex_numerals(lang: str) -> re.Pattern[str] | None:
    """The annexes' numerals that end right before a name: an annex word of the record
    (``pinpoints.annexes``) and its Roman numerals, a list of them too (Polish
    ``załącznikach II i IV dyrektywy siedliskowej``: the Habitats Directive's annexes, not a
    fourth directive)."""
    lg = BY_CODE.get(lang)
    if lg is None or not lg.pinpoints.annexes:
        return None
    conjunctions = sorted(lg.article_conjunctions, key=len, reverse=True)
    joins = "".join("|[ ]" + re.escape(c) + "[ ]" for c in conjunctions)
    return re.compile(
        rf"(?<![\w])(?i:{'|'.join(map(re.escape, lg.pinpoints.annexes))})[ ]"
        rf"[IVX]{{1,4}}(?:(?:,[ ]{joins})[IVX]{{1,4}}){{0,5}}[ \t]$"
    )


@lru_cache(maxsize=8)
def _ordinal_before(
    lang: str,
) -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's act type words (in lower case), a pattern for an ordinal (a word of
    the record's ``pinpoints.ordinals`` or a number written as an ordinal:
    ``common.numbered_ordinal``) that ends right before a name, and
    one for a name led by its type word, which also takes a Roman numeral (Polish ``VI
    dyrektywy VAT``) and the words that make a type word another act's
    (``other_determiners``: Polish ``szóstej dyrektywy VAT``, the Sixth Directive)."""
    lg = BY_CODE.get(lang)
    if lg is None:
        return (), None, None
    types = tuple({form.lower() for forms in lg.act_types.values() for form in forms})
    numbered = numbered_ordinal(lang)

    def before(ordinals: tuple[str, ...], roman: str = "") -> re.Pattern[str]:
        alts = "".join(a + "|" for a in sorted(map(re.escape, ordinals), key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{alts}{numbered}{roman})[ \t]$", re.IGNORECASE)

    # (a Roman numeral before a name ending in its type word is an annex's: ``Anhang I
    # FFH-RL``; before one led by it, after the record's annex word, ``_annex_numerals``)
    ordinals = act_ordinals(lang)
    led = (*ordinals, *words(lang).other_determiners)
    return types, before(ordinals), before(led, r"|(?-i:[IVX]{1,4})")


def after_ordinal(text: str, start: int, name: str, lang: str) -> bool:
    """Whether a name with a type word follows an ordinal: ``sjätte
    mervärdesskattedirektivet``, ``Zesde btw-richtlijn``, ``6. momsdirektiv``, ``6e
    btw-richtlijn``, ``6:e mervärdesskattedirektivet``, ``VI
    dyrektywy VAT`` name the Sixth Directive (77/388/EEC), not the directive that replaced it
    and bears the name (2006/112/EC)."""
    types, ordinal, led = _ordinal_before(lang)
    low = name.lower()
    if low.endswith(types):
        found = ordinal
    elif low.split(" ", 1)[0] in types:
        found = led
    else:
        return False
    if found is None or found.search(text, max(0, start - 24), start) is None:
        return False
    if dotted_part_number(text, start, lang):
        return False  # (Croatian ``članka 7. Direktive ...``: the article's number)
    roman = found is led and start > 1 and text[start - 2] in "IVX"
    annexes = _annex_numerals(lang) if roman else None
    return annexes is None or annexes.search(text, max(0, start - 80), start) is None


@lru_cache(maxsize=8)
def _initialisms(lang: str) -> tuple[tuple[str, str], ...]:
    """(type word, its initialism) of a language whose type words are capitalised nouns
    (German ``Verordnung``: ``VO``, ``Richtlinie``: ``RL``; ``act_types``)."""
    lg = BY_CODE.get(lang)
    if lg is None or not lg.capitalised_nouns:
        return ()
    return tuple(
        (forms[0], form)
        for forms in lg.act_types.values()
        for form in forms[1:]
        if form.isupper() and len(form) <= 3
    )


#: The shortest word left before a type word joined to it that takes the initialism
#: (``Wasserrahmen-RL``; not ``Daten-VO`` of ``Datenverordnung``, ``Grund-VO`` of
#: ``Datenschutz-Grundverordnung``, which legal writing does not abbreviate so).
_STEM = 6


def initialism_names(name: str, lang: str) -> tuple[str, ...]:
    """``name`` with its closing type word as its initialism after a hyphen, as German
    legal writing abbreviates the names of acts: ``REACH-Verordnung`` -> ``REACH-VO``,
    ``FFH-Richtlinie`` -> ``FFH-RL``, ``Wasserrahmenrichtlinie`` -> ``Wasserrahmen-RL``."""
    found = []
    for word, initialism in _initialisms(lang):
        if name.endswith("-" + word):
            found.append(name[: -len(word)] + initialism)
        elif name.endswith(word.lower()):
            stem = name[: -len(word)]
            if len(stem.rpartition("-")[2]) >= _STEM and " " not in stem:
                found.append(f"{stem}-{initialism}")
    return tuple(found)


def declined_names(name: str, lang: str) -> tuple[str, ...]:
    """``name`` with its last word in each singular case the record lists for it, or in
    the forms of the type word a compound last word ends in (Danish, Swedish: see
    ``alias_forms.compound_forms``); none when it is neither."""
    head, _, last = name.rpartition(" ")
    forms = declined_forms(lang).get(last) if head else None
    if forms is None:  # (or a compound ending in one: ``momsdirektivet``, ``momsdirektivets``)
        forms = compound_forms(last, lang)
    lead = f"{head} " if head else ""
    return tuple(f"{lead}{form}" for form in forms if form != last)


@lru_cache(maxsize=8)
def name_end(lang: str) -> str:
    """What may follow a name in ``lang``: nothing that continues the word, or one of the
    record's case endings joined by a hyphen (``-t`` in ``GDPR-t``), left out of the span."""
    endings = sorted(
        (e[1:] for e in words(lang).alias_suffixes if e.startswith("-")), key=len, reverse=True
    )
    if not endings:
        return PLAIN_END
    joined = "|".join(map(re.escape, endings))
    return rf"(?:{PLAIN_END}|(?={HYPHEN}(?:{joined}){PLAIN_END}))"
