"""Articles of the Treaties: ``Article 78(3) TFEU``, ``Articles 101 and 102 TFEU``,
``Article 43(3) of the Treaty on the Functioning of the European Union``, ``article 288,
troisième alinéa, TFUE``, ``Art. 191 Abs. 1 und 2 AEUV``, ``Artikel K.3 des Vertrags über
die Europäische Union`` and the enacting formula ``... the Treaty on the Functioning of the
European Union, and in particular Article 114 thereof`` / ``vu le traité ..., et notamment
son article 53`` (span the article, normalised with the treaty: ``Article 114 TFEU``; the
formula is read by ``enacting_formula``).  A list whose items name different treaties
(``Articles 6 TEU and 263 TFEU``) gives a reference for each treaty, the later ones
spanning from their number.

Every word comes from the language records (article words, conjunctions, pinpoint
words, treaty names and abbreviations, the enacting formula; in capitals too, as
``grammar/capitals`` reads them).  Articles of the Charter and of secondary acts are
not treaty articles (the act is the reference there, see ``legal_acts``).  No CELEX:
which consolidated version a citation means cannot be told from the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar import ordinal_parts, ordinal_signs, renumbered_articles, treaty_names
from eurefs.grammar import treaty_after_articles as _after
from eurefs.grammar import treaty_leads as _leads
from eurefs.grammar.article_anchors import anchor_heads, head_anchors
from eurefs.grammar.article_lists import (
    designations,
    ends_in_join,
    joins_as_commas,
    may_go_on,
    number_word,
)
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.capitals import as_records_write, lower_points, point_astray
from eurefs.grammar.common import close_brackets, collapse_spaces, lazy_compile, words
from eurefs.grammar.enacting_formula import ABBR as _ABBR
from eurefs.grammar.enacting_formula import LONG as _LONG
from eurefs.grammar.enacting_formula import NAMES as _NAMES
from eurefs.grammar.enacting_formula import SHORT as _SHORT
from eurefs.grammar.enacting_formula import formula as _formula
from eurefs.grammar.enacting_formula import lead_may_end
from eurefs.grammar.inserted_articles import GLUED_LETTER, close_suffix_brackets, foreign_suffix
from eurefs.grammar.named_again import may_name_again
from eurefs.grammar.ordinal_signs import VIEW_SIGNS
from eurefs.grammar.treaty_article_patterns import (
    AFTER_TREATY,
    CHAIN,
    CONJ_LEAD,
    CONJ_SPLIT,
    DASHED,
    GLUED_FRONT,
    NUMBER,
    PATTERN,
    PIN_LIST_END,
    PINPOINTS,
    REPEATED_WORD,
    SAME_TREATY,
)
from eurefs.grammar.treaty_article_words import COMMA_PINS, SPACE_PINS
from eurefs.grammar.treaty_article_words import FORMS as _FORMS
from eurefs.grammar.treaty_article_words import WORD_LANGS as _WORD_LANGS
from eurefs.grammar.treaty_article_words import language as _language
from eurefs.grammar.treaty_drops_told import dropped_unread
from eurefs.grammar.treaty_names import LEADING_WORDS, goes_on, leads_next
from eurefs.grammar.treaty_names import names_unnamed_list as _led_list
from eurefs.grammar.treaty_names import other_treaty_before as other_before
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, TreatyArticleRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# First words of the long names, as written and capitalised (``Treaty``, ``traité``, ``Vertrags``)
_NAME_HEADS = {
    v for n in _NAMES for w in [n.split()[0]] for v in (w, w.capitalize(), w.lower(), w.upper())
}

# The ordinal sign after an article number, as the view has it (``º`` is folded to ``o``;
# a PDF may set it apart, ``325. o``, or type a degree sign): written ``.º`` in normal forms.
_ORDINAL = compile_pattern(r"(?<=[0-9])\.[ ]?[o°](?![\w])")
# ``267º``, ``267°``: the record's ``pinpoints.ordinal_sign``
_GLUED_SIGN = compile_pattern(r"(?<=[0-9])[o°](?![\w])")
# a pinpoint word's dot glued to its number or letter (``Abs.1``, ``lit.a``), set apart in
# normal forms (not a one-letter article's: ``K.3``)
_GLUED_AFTER_WORD = compile_pattern(r"(?<=[^\W\d_]{2}\.)(?=[0-9a-z(])")
# a pinpoint word with its ordinal sign set apart (``n. o 2``) or a degree sign (``n.° 2``),
# written as the record has it
_APART = [w for w in (*COMMA_PINS, *SPACE_PINS) if any(s in w for s in VIEW_SIGNS)]
_PIN_SIGN_APART = lazy_compile(r"(?<![\w.])" + words(*_APART) + r"(?![\w])" if _APART else "(?!)")


def _same_treaty(string: str, pos: int, abbr: str) -> tuple[str, re.Match[str] | None]:
    """The further articles after ``pos`` each followed by ``abbr`` again (`` and 268
    TFEU``), as written (empty when none), and the next one when another treaty follows
    it (`` and 263 TFEU`` after ``TEU``)."""
    end = pos
    for _ in range(10):
        s = SAME_TREATY.match(string, end)
        if s is None:
            break
        if s.group("abbr") != abbr:  # (not after the treaty's pinpoint: none of its own)
            return string[pos:end], None if s.group("post") else s
        if DASHED.match(string, s.start("item")):  # (the same treaty's: a range, or a line)
            break
        if s.group("call") and _after.spells_name(abbr, s.group("call")):
            break  # ``and 7 EU261``: the popular name's article, no member of the list
        if s.group("call"):  # a footnote call glued to the last abbreviation
            return string[pos : s.start("call")], None
        end = s.end()
    return string[pos:end], None


def _text_end(
    t: re.Match[str], abbr: str | None, call: str | None
) -> tuple[int, str, re.Match[str] | None]:
    """Where the citation of ``t`` ends (before a footnote call, after the same treaty's
    further articles: ``_same_treaty``), those articles, and the next of another treaty."""
    text_end = t.start("call") if call else t.end()
    same, other = _same_treaty(t.string, text_end, abbr) if abbr and not call else ("", None)
    return text_end + len(same), same, other


# A repeated article word the normal form keeps (``_kept``), no cased character: the list's
# capitals are read (``as_records_write``) before ``_ref`` writes the word there
_KEPT = "\x00"


def _further(m: re.Match[str], list_end: int, same: str) -> tuple[str, str]:
    """The further articles after the list, each written with its article word
    (``Article 42, Article 43(2) and Article 349 thereof``) or its treaty (``Articles 263
    TFEU and 268 TFEU``), as one list: the repeated treaty left out, the words too where the
    list reads the same without them (``_kept``); and their numbers."""
    more = nums = ""
    if list_end > m.end("list"):
        # the view has single spaces (two at a paragraph break); keep the leading one
        chain = m.string[m.end("list") : list_end].replace("  ", " ")
        listed = m.group("list")
        more = REPEATED_WORD.sub(lambda w: _kept(w, listed), chain)
        nums = PINPOINTS.sub("", joins_as_commas(REPEATED_WORD.sub("", chain)))
    if same:  # the treaty written once
        items = SAME_TREATY.sub(r"\g<item>", same.replace("  ", " "))
        more, nums = more + items, nums + PINPOINTS.sub("", items)
    return more, nums


def _kept(w: re.Match[str], listed: str) -> str:
    """The repeated article word ``w`` (after ``listed``) as the normal form writes it: left
    out, but after a join, where no list reads a bare number (``Artikel 288 Abs. 2 i.V.m.
    Artikel 291 AEUV``), and after a list of paragraphs that would read its number as theirs
    (``Artikel 4 Abs. 3 und Artikel 13 EUV``; not ``Artikel 101 Abs. 1 und 102 AEUV``): there
    ``_KEPT``, which ``_ref`` writes as the article word in the singular."""
    before = listed + w.string[: w.start()]
    if ends_in_join(before):
        return _KEPT
    number = NUMBER.match(w.string, w.end())
    if number and PIN_LIST_END.search(before + number.group(), max(0, len(before) - 80)):
        return _KEPT
    return ""


_GROUPS = ("abbr", "long", "short", "after", "call", "more", "word", "comma")  # one call


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`TreatyArticleRef`; a bare article needs the enacting formula."""
    if m.string.startswith(" (", m.end()) and (renumbered := _renumbered(m)):
        return renumbered  # ``Artikel 30 (nun Artikel 28) des EG-Vertrags``
    if _unled(m, ctx) or point_astray(m.string, m.start(), m.end()):  # (most: told first)
        return ()  # (a point's capital letter in a citation not in capitals: ``grammar/capitals``)
    abbr, long, short, after, call, ahead, word, comma = m.group(*_GROUPS)
    t, list_end = m, m.end("list")
    if abbr and not call and dropped_unread(m, abbr, word, list_end, ctx):
        return ()  # (dense citations: no word of a language keeping it where it is read)
    if not (abbr or long or short or after):  # the treaty may follow further articles
        # (``more``: they do, unless the window searched ended early, cutting the look-ahead)
        cut = ahead is None and m.endpos < len(m.string) and may_go_on(m.string, list_end)
        chain = CHAIN.match(m.string, list_end) if ahead is not None or cut else None
        joins = chain is not None and not _after.joint_named(chain)
        # (an abbreviation before the first article names the chain's: ``TFEU art 101 and art 102``)
        led_chain = chain if chain and joins and _led_list(chain, m.start(), word) else None
        if chain and joins and not led_chain and other_before(m.string, m.start(), _ABBR, chain):
            # ``TFEU art 101 and art 6 TEU``: the first alone, where its treaty leads it
            return _led(m, word, ctx) if word in LEADING_WORDS else ()
        if chain and joins and led_chain is None:
            t, list_end = chain, chain.end("chain")
            abbr, long, short, after, call = chain.group("abbr", "long", "short", "after", "call")
        elif (word in LEADING_WORDS or comma is not None) and (
            led := _led(m, word, ctx, led_chain)  # ``TEUF art 1``, ``(EEC Treaty, Art. 1)``
        ):
            return led
        elif not lead_may_end(ctx, m.start()):  # nor an enacting formula name it: most
            return ()
    text_end, same, other = _text_end(t, abbr, call)
    if abbr:
        treaties = _ABBR[abbr]
    elif long:
        if goes_on(long, t.string, t.end("long")):  # not the EC Treaty: Euratom's, ECSC's
            return ()
        treaties = _LONG[long.lower()]
        text_end = t.end("paren") + 1 if t.group("paren") else text_end
    elif short:
        if not _short_read(ctx, t, m.start()):
            return ()
        treaties = _SHORT[short]
    else:
        found = _formula(m, ctx, after)
        # a letter glued after the number is an inserted article's the list missed
        # (Croatian ``106.a``): not the article without it
        if found is None or GLUED_LETTER.match(m.string, list_end):
            return ()
        treaties, text_end = found, list_end
    named_at = t.start("abbr") if abbr else t.start("long") if long else list_end
    if abbr and _after.unread_no_treaty(t, text_end, word, m.start()):
        return ()  # (a national mark near, no word of the Union's where all ask, prose in all)
    lang = _language(m, ctx, set(treaties), after, (list_end, named_at), text_end)
    if lang is None or (abbr and _after.names_no_treaty(t, text_end, lang, word, m.start())):
        return ()  # (or a word of prose, an act's domain: ``Article 6 EU law``)
    if abbr and leads_next(t.string, t.end("call" if call else "abbr"), abbr, lang, m.start()):
        # the next article's treaty (a norm chain): this one's is before it, if anywhere
        return _led(m, word, ctx) if word in LEADING_WORDS else ()
    if foreign_suffix(BY_CODE[lang], m.string[m.start() : list_end], m.group("nums")):
        return ()
    return _articles(m, (list_end, text_end), lang, treaties[lang], same, other)


def _renumbered(m: re.Match[str]) -> Sequence[BaseReference]:
    """The list of ``m`` and the article in the bracket after it, in another numbering, of
    the treaty named after the bracket (``renumbered_articles.before``)."""
    if m.end() != m.end("list"):  # (the treaty named right after the list: ``after`` reads it)
        return ()
    listed = collapse_spaces(m.group("list"))
    first = (m.start(), m.end(), m.group("word"), listed, _numbers(m))
    return renumbered_articles.before(m.string, first, _ref, _FORMS)


def _short_read(ctx: Context, t: re.Match[str], start: int) -> bool:
    """Whether the treaty's short name in ``t`` (its article from ``start``) is read: not
    where nothing before names the treaty in full (decided once per text; a keyword line
    may, ``grammar/named_again``), nor before a preposition (``the Charter of the United
    Nations``)."""
    if not may_name_again(ctx, t.end("short"), start):
        return False
    return _after.BEFORE_PREP.match(t.string, t.end()) is None


def _unled(m: re.Match[str], ctx: Context) -> bool:
    """Whether nothing names the treaty of the list of ``m``, as for most (``Article 5 of
    Regulation ...``): nothing after it (its group closed last, and no window's end cut the
    look-ahead ``more``), no abbreviation (``_led``), bracket or enacting formula before it."""
    if m.lastgroup != "list" or m.endpos < len(m.string) or m.start("comma") >= 0:
        return False
    return m.group("word") not in LEADING_WORDS and not lead_may_end(ctx, m.start())


def _articles(
    m: re.Match[str],
    ends: tuple[int, int],
    lang: str,
    code: str,
    same: str,
    other: re.Match[str] | None,
) -> Sequence[BaseReference]:
    """The reference of the list of ``m`` (its further articles after it, up to
    ``ends``: where the list and the text end) in ``lang`` to the treaty ``code``, and
    the one of a further article to ``other`` treaty."""
    (list_end, text_end), word = ends, m.group("word")
    if not (same or other) and (post := _after_treaty(m.string, text_end, lang)):
        same, text_end = post, text_end + len(post)  # (``_further`` keeps it as written)
    list_text, nums, word_n = collapse_spaces(m.group("list")), _numbers(m), _FORMS[lang][word]
    more, more_nums = _further(m, list_end, same)
    list_text, nums = list_text + more, nums + more_nums
    lead_at = _leads.start(m.string, m.start(), lang)  # ``the fourth paragraph of``
    return (
        _ref(m.string, (m.start(), text_end), (word_n, list_text), nums, lang, code, lead_at),
        *(_other_treaty(other, text_end, lang, word_n) if other else ()),
        *renumbered_articles.after(m.string, text_end, lang, word_n, _ref),  # ``(ex 85 EC)``
    )


def _after_treaty(string: str, pos: int, lang: str) -> str:
    """The pinpoints at ``pos``, after the treaty, of an article of ``lang`` where it writes
    them there (``artículo 4 TUE, apartado 3``: the record's ``pinpoints.after_treaty``; the
    normal form ``artículo 4, apartado 3 TUE``), or an empty string."""
    if not BY_CODE[lang].pinpoints.after_treaty:
        return ""
    post = AFTER_TREATY.match(string, pos)
    return post.group() if post else ""


def _numbers(m: re.Match[str]) -> str:  # (those after a pinpoint too: ``then``)
    return collapse_spaces(m.group("nums") + PINPOINTS.sub("", m.group("then") or ""))


def _led(
    m: re.Match[str], word: str, ctx: Context, chain: re.Match[str] | None = None
) -> Sequence[BaseReference]:
    """An article after its treaty's abbreviation (``TEUF artikel 101``: ``artikel 101 TEUF``),
    or a short name's genitive once the treaty is named in full (``chartrets artikel 47``);
    with the further articles of ``chain``, each with its article word and no treaty
    (``TFEU art 101(1) and art 102``: ``Articles 101(1) and 102 TFEU``), where the citation
    ends after them (not ``TFEU art 101 and art 5 of the Directive``, ``Art. 5 BGB``)."""
    chain_end = chain.end("chain") if chain is not None else -1
    if (before := treaty_names.named_before(m, word, _WORD_LANGS[word], ctx, chain_end)) is None:
        return ()
    (start, lang, code), end = before, m.end("list")
    if m.string.startswith(treaty_names.SHORT_LEADS, start) and not may_name_again(ctx, m.start()):
        return ()
    listed, nums, word_n = collapse_spaces(m.group("list")), _numbers(m), _FORMS[lang][word]
    if chain is not None and (  # (the citation ends there, or the keyword: keyword_lead)
        _CITATION_END.match(m.string, chain_end - 1)
        or treaty_names.ends_keyword(m.string, chain_end)
    ):
        more, more_nums = _further(m, chain.end("chain"), "")
        listed, nums, end = listed + more, nums + more_nums, chain.end("chain")
    if listed.endswith(".") and not BY_CODE[lang].pinpoints.ordinal_dot:  # a sentence's end
        listed, nums, end = listed[:-1], nums.removesuffix("."), end - 1
    return (_ref(m.string, (start, end), (word_n, listed), nums, lang, code),)


# The end of a citation after its last article's last character (where the match starts): a
# sentence's dot (perhaps the list's own), a semicolon, a closing bracket, a paragraph's or
# the text's end (footnotes: ``TFEU art 101(1) and art 102.``; not a comma: ``and art 5,
# Directive 2004/38`` may be the directive's)
_CITATION_END = compile_pattern(r"(?:\.|.(?:[ ]?[.;)\]]|[ ]{2}|[ ]*$))")


def _ref(
    string: str,
    span: tuple[int, int],
    written: tuple[str, str],
    nums: str,
    lang: str,
    code: str,
    lead_at: int = -1,
) -> BaseReference:
    """The reference of ``string[start:end]`` (``span``), its article word and list
    ``written`` and its numbers ``nums`` as the normal form has them; from ``lead_at`` where
    subdivisions are written before the article (``grammar/treaty_leads``)."""
    (start, end), nums = span, lower_points(close_suffix_brackets(close_brackets(nums)))
    lead = written[1].split(" ", 1)[0]  # (a range's word before it: ``da 258 a 260``)
    articles = [_ORDINAL.sub(".º", a) for a in designations(nums, CONJ_SPLIT, lang, lead)]
    listed = as_records_write(written[1], string[start:end], lang)  # (``N.oS``: ``n.os``)
    listed = listed.replace(_KEPT, number_word(lang, written[0], []) + " ")
    listed = f"{number_word(lang, written[0], articles)} {listed}"
    normal = _ORDINAL.sub(".º", _PIN_SIGN_APART.sub(ordinal_signs.close_up, listed))
    normal = close_brackets(_GLUED_AFTER_WORD.sub(" ", normal))  # ``Abs.1``: ``Abs. 1``
    normal = close_suffix_brackets(normal)  # (``106 bis (1)``: ``106 bis(1)``)
    if (sign := BY_CODE[lang].pinpoints.ordinal_sign) is not None:  # ``267º``, the view's ``267o``
        normal = ordinal_parts.signed(normal, sign)  # (``3º comma``)
        normal = ordinal_signs.restore(_GLUED_SIGN.sub(sign, normal), sign)  # (``n.º 3``)
        normal = ordinal_signs.lost(normal, sign)  # (``267.``: the sign lost)
        articles = [ordinal_signs.lost(_GLUED_SIGN.sub(sign, a), sign) for a in articles]
    if 0 <= lead_at < start and len(articles) == 1:  # (of a list, the first article's alone)
        normal, start = _leads.written(string, lead_at, start) + normal, lead_at
    return reference(
        TreatyArticleRef,
        string[start:end],
        start,
        end,
        normalized=f"{normal} {BY_CODE[lang].treaties[code].code}",
        lang=lang,
        treaty=code,
        articles=tuple(articles),
    )


def _other_treaty(s: re.Match[str], pos: int, lang: str, word_n: str) -> Sequence[BaseReference]:
    """A further article ``s`` at ``pos`` followed by another treaty of ``lang``
    (``Articles 6 TEU and 263 TFEU``): a reference of its own, from its number, with the
    singular article word in the normal form (``Article 263 TFEU``)."""
    string = s.string
    if s.group("call") or lang not in _ABBR[s.group("abbr")]:
        return ()
    if string[s.end() : s.end() + 2].istitle():  # a count (`` and 12 EC Member States``)
        return ()
    start = pos + len(CONJ_LEAD.match(string, pos).group(0))  # type: ignore[union-attr]
    item = collapse_spaces(string[start : s.end("item")])
    code = _ABBR[s.group("abbr")][lang]
    return (_ref(string, (start, s.end()), (word_n, item), PINPOINTS.sub("", item), lang, code),)


def _anchors() -> tuple[Anchor, ...]:
    # (only the heads of the languages that glue a letter in front look behind it)
    glued = anchor_heads(w for lg in LANGUAGES if lg.article_word_prefixes for w in _FORMS[lg.code])
    heads = anchor_heads(_WORD_LANGS)
    return tuple(head_anchors(heads, 1, 170, True, GLUED_FRONT, set(glued)))


FAMILY = Family(
    kind="treaty_article",
    pattern=PATTERN,
    build=build,
    anchors=_anchors(),
    priority=3,
    # Every treaty article names its treaty somewhere (an abbreviation or a long
    # name): a text without any has none, however many "Article"s.
    requires=(lazy_compile(words(*_ABBR, *_NAME_HEADS, *_SHORT)),),
)
