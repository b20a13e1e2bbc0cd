"""The numbers of a pinpoint before an act (``eurefs.grammar.act_pinpoints``) and their
lists: an article's number (``6``, ``1er``, ``6(1)(a)``, ``6.º``, ``6 bis``, ``II``), a lower
subdivision's (``a)``, ``(a)``, ``1``, ``iii``), several joined by commas, conjunctions and
dashes (``5 et 6``, ``a), b) ou c)``, ``(b) to (d)``, ``1-3``) or written as a range with a
word before its first number (Italian ``da 6 a 9``, ``lettere da b) a d)``: the record's
``article_ranges``).  Bounded repeats over disjoint characters: linear.
"""

from __future__ import annotations

import re

from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import RANGE, words
from eurefs.languages.base import Language

#: A range whose dash has a blank before or after it, as national writing types it (``art.
#: 37 – 39 din``, ``artt. 15 - 22 del``): a range only between two bare numbers, the larger
#: ending it (:func:`eurefs.grammar.pinpoint_search.descends`: ``Article 5 – 2 of`` is
#: punctuation, no pinpoint).  (No look-behind: the memo of ``pinpoint_search`` needs none.)
SPACED_RANGE = r"(?:[ ]" + RANGE + r"[ ]?|" + RANGE + r"[ ])(?=[0-9])"

#: The Latin words of an article inserted after another, written apart after its number
#: (``article 15 bis``, ``articolo 2 ter``).
NUMBER_SUFFIXES = ("bis", "ter", "quater", "quinquies", "sexies")
# The number of an article or of a division: ``6``, ``6a``, ``1er``, ``6(1)(a)``, ``6.º``
# (the view folds ``º`` to ``o``; a PDF may set it apart), ``6 bis``, Swedish ``7.1 a``, Spanish
# ``6.1 f)``, ``6.1.f)``, French ``6.1.f`` (privacy notices: ``article 6.1.f du RGPD``), the
# point in brackets after the dotted paragraph (``art. 83.2(b) RGPD``, ``Article 6.1(f) GDPR``), an
# annex ``II``, a section ``B``; Croatian ordinals ``6.`` (``{dot}``); the brackets perhaps
# set apart by a blank (``6 (1) (f)``: older EUR-Lex texts, writers after German models);
# the ordinal sign glued where the language writes it so (``{sign}``: Spanish ``6º``, ``6°``);
# the Sixth VAT Directive's articles inserted with a capital (``Article 13A(1)(n)``,
# ``L-Artikoli 11Ċ(1) u 27(1)``: Maltese writes no C; the judgment in C-489/09, taxlawapp.eu);
# a blank between the ordinal sign and a comma, as EUR-Lex's older Portuguese texts set it
# (``nos termos do artigo 13.° , B), alínea b), da Sexta Directiva IVA``, ``O artigo 11.° ,
# A), n.° 1, alínea c), da Directiva 77/388/CEE``: the Opinion of AG Jacobs in C-269/00,
# taxlawapp.eu, PT);
# a point's letter in capitals (:data:`POINT`);
# the letter of an inserted article in the language's own script (Bulgarian ``член 10а от
# Директива 2003/87/ЕО``: the Opinion in C-572/16; Greek ``άρθρο 10α``); an annex's capital
# letter after its roman number, set apart or glued, as the WEEE Directive 2002/96/EC numbers
# its first annexes (``Annexes I A and I B``: the keyword line of the judgment in C-369/14
# Sommer, EUR-Lex 62014CJ0369; ``Annex IA``).
_NUMBER = (
    r"(?:[0-9]{{1,3}}(?:er|[a-zа-яα-ω]{sign}|[A-ZĊ])?(?![\w]){dot}"
    r"(?:\.[ ]?[oº°](?![\w])(?:[ ](?=,))?)?"
    r"(?:[ ](?:" + "|".join(NUMBER_SUFFIXES) + r")(?![\w]))?{parts}"
    r"(?:\([A-Z]\)(?=\([0-9]))?"  # (an article's part before its paragraph: see below)
    r"(?:[ ]?\([0-9]{{1,3}}[a-z]?[ ]?\)){{0,3}}"
    r"(?:[ ]?\((?:[a-zċġħż]{{1,4}}|[ ]?[A-Z][ ]?)\)){{0,3}}"
    r"(?:(?:\.[0-9]{{1,3}}){{1,2}}(?:[ .]?[a-z]\)|\.[a-z](?![\w])|[ ][a-z](?![\w]){letters}"
    r"|[ ]?\([a-z]{{1,4}}\)(?:\([ivx]{{1,5}}\))?(?![\w]))?)?"
    r"|[IVXLC]{{1,6}}(?:[ ]?[A-D])?(?![\w]){dot}|[A-Z](?![\w]))"
)
# (Above: an article's part, a capital letter in brackets before its paragraph's, as the Slovenian
# texts cite the Sixth VAT Directive: ``člena 11(A)(1)(b) Direktive 77/388/EGS``, a proposal
# for a Council decision, op.europa.eu; ``člena 13(A)(1)(n) Šeste direktive 77/388/EGS``,
# Opinion of AG Bot in C-592/15, taxlawapp.eu, SL.)
# An article's part, a capital letter, then perhaps its paragraph and point (Swedish
# ``13 B b``, ``11 A 1 c``, ``13 B.b``; the record's ``pinpoints.lettered_parts``), or the point's
# letter right after the number of an article without paragraphs (``artikel 7 f i direktiv
# 95/46/EG``; never the word linking the act, ``artikel 7 i``).
_PARTS = (
    r"(?:[ ][A-Z](?:[ .][0-9]{{1,2}})?(?:[ .][a-z])?(?![\w])"
    r"|[ ](?!{link}(?![\w]))[a-z](?![\w]){letters})?"
)
# An article's part after an ordinal's dot, a capital, read only before a subdivision's word
# (a capital alone may start the next sentence: ``članka 13. A Sud je ...``), as the Court's
# Croatian cites the Sixth VAT Directive: ``doseg članka 13. A stavka 1. točke (n) Šeste
# direktive 77/388/EEZ`` and the keyword ``Šesta direktiva 77/388/EEZ – Članak 13. A stavak 1.
# točka (n) –`` (Opinion of AG Bot in C-592/15, taxlawapp.eu, HR).
_DOTTED_PART = r"(?:[ ][A-Z](?=[ ](?:{subdivision})(?![\w])))?"
# Further points of a Swedish ``6.1 a``, each a letter alone: ``6.1 a och b``, ``6.1 a, b
# och c`` (``{conj}``: the record's conjunctions; never the word linking the act, ``i``).
_LETTERS = r"(?:(?:,[ ]|[ ]{conj}[ ])(?!{link}(?![\w]))[a-z](?![\w])){{0,5}}"
# The number after a lower subdivision's word: ``1``, ``1er`` (Belgian ``§ 1er``), ``a)``,
# ``(a)``, ``(1)``, ``a``, ``iii`` (letters of any script: Greek ``α)``, Bulgarian ``а)``), a
# letter in quotation marks (Bulgarian ``б.„е“``, ``б. „е”``: the decisions of the
# data-protection commission, cpdp.bg), a point numbered by its section, with dots, as
# annexes number theirs (``Anhang IX Nr. 1.3``, ``Annex IX, point 1.3``: the Court's
# subject-matter line in C-815/19; ``Anhang II Teil IV Nr. 2.2.2b``; never a date's
# ``1.3.2004``), a part's roman number (``Anhang II Teil IV Nr. 2.2.2b``),
# a Greek letter numeral with its keraia (``στοιχ. α΄``, ``εδάφιο β’``, ``στ΄``: Greek
# statutes; :data:`KERAIAS`), a Greek sub-point's doubled letter (``άρθρο 13, B, στοιχείο γγ,
# της έκτης οδηγίας 77/388``: the judgment in C-45/95, EL, taxlawapp.eu), a numbered point with the
# bracket the acts number it with (``point 1)``, Danish ``nr. 5)``: ``l’article 2, paragraphe 1,
# point 1), du règlement (UE) no 909/2014``, Directive 2014/91/EU, recital 21, French;
# ``artikel 226, nr. 5), i Rådets direktiv 2006/112/EF``, AG Wahl in C-374/16, Danish), the
# text going on after the bracket (else it closes an aside: ``(Directive 93/13, art. 4, § 2,
# et 8)``).
_SUB_NUMBER = (
    r"(?:[0-9]{{1,3}}(?:\.[0-9]{{1,3}}){{1,3}}[a-z]?(?![\w])(?!\.[0-9])"
    r"|[0-9]{{1,3}}(?:er|[a-z]{sign})?(?:\.[ ]?[oº°](?![\w]))?(?:\([0-9]{{1,3}}\))?(?![\w])"
    r"(?:\)(?=,|[ ]\w))?{dot}"
    r"|\(?[^\W\d_]{{1,4}}\)|\([0-9]{{1,3}}[a-z]?\)|[^\W\d_](?![\w])|[ivx]{{2,5}}(?![\w]){dot}"
    r"|[IVX]{{2,5}}(?![\w])"
    r"|[„\"“][^\W\d_][“”\"]|[α-ω]{{1,2}}[{keraias}](?![\w])"
    r"|(?:αα|ββ|γγ|δδ|εε|ζζ|ηη|θθ)(?![\w]))"
)
#: The keraia a Greek letter numeral takes (``στ΄``), as texts type it: the tonos (U+0384),
#: the numeral sign (U+0374) or the modifier prime NFC makes of it (U+02B9), a right
#: quotation mark or an apostrophe (``άρθρο 6 παρ. 1 στ' GDPR``; after one or two Greek small
#: letters only, never a letter in quotation marks: ``παρ. 1 'στ'`` is none).
KERAIAS = "\u0384\u0374\u02b9\u2019'"
# A Croatian ordinal's dot (``record.pinpoints.ordinal_dot``), before a blank, a list's comma or a
# closing bracket (``članci 2., 12. i 13.``, ``stavci 1., 3. i 6.``, ``čl. 28. st. 1., 3., 4. i
# 6.)``: the key words and the summary of C-230/14, Croatian; without the comma the list
# stopped at its first number, ``čl. 28. st. 1``).
_DOT = r"(?:\.(?=[ ,)]))?"
# An article's ordinal dot, or an inserted article's letter after it, as the Court's Croatian
# numbers the articles inserted later (``tumačenja članka 10.a Direktive 2003/87/EZ``: the
# Opinion in C-572/16).
_DOT_LETTER = r"(?:\.(?=[ ,)])|\.[a-z](?=[ ,]))?"
# An ordinal sign glued to a number, as the text as written has it (the view folds ``º`` to
# ``o``, a letter ``[a-z]`` takes) or typed as a degree sign (``6°``; never before a letter or
# a digit: ``20°C``): in the languages whose record has a ``pinpoints.ordinal_sign``.
_GLUED_SIGN = r"|[º°](?![\w])"
#: The blank between a pinpoint's word and its number, which Romanian (and German) writing
#: leaves out after an abbreviation's dot: ``art.6 alin.(1) lit.f)``, ``pct.7``, ``Art.6
#: Abs.1`` (a look-ahead: a body with a look-behind is not remembered, ``memo_searcher``).
BLANK = r"(?:[ ]|(?=[0-9(]))"
#: A point's letters in brackets: in lower case (Maltese numbers its points with its own letters
#: too: ``l-Artikolu 2(a), (b) u (ċ) tad-Direttiva 95/46/KE``), or one in capitals, perhaps set
#: apart, as a citation in capitals writes it (``ARTICLE 6(1)(A)``, ``9(1)(A )``:
#: ``grammar/capitals``).
POINT = r"(?:[a-zċġħż]{1,4}|[ ]?[A-Z][ ]?)"
# A further paragraph or point of the same article in a list: ``Article 9(1) and (2)``,
# ``Article 45(2)(c), (d) and (g)``.
PARAGRAPH = r"\([0-9]{1,3}[a-z]?[ ]?\)(?:\(" + POINT + r"\)){0,3}|\(" + POINT + r"\)"


def _links(lg: Language) -> str:
    """The words linking a pinpoint to its act in ``lg`` (``i``), which no letter may be."""
    return words(*lg.pinpoints.links) if lg.pinpoints.links else "(?!)"


def number(lg: Language) -> str:
    """The number of an article or a division in ``lg`` (with its ordinal dot, Croatian;
    with further letters after a Swedish ``6.1 a``)."""
    letters = ""
    if lg.article_conjunctions:
        letters = _LETTERS.format(conj=words(*lg.article_conjunctions), link=_links(lg))
    sign = _GLUED_SIGN if lg.pinpoints.ordinal_sign is not None else ""
    parts = _PARTS.format(link=_links(lg), letters=letters) if lg.pinpoints.lettered_parts else ""
    if lg.article_letters_apart:  # an inserted article's small letter apart (``Art 5 a Abs 3``)
        parts += r"(?:[ ][" + lg.article_letters_apart + r"](?![\w.)])(?=[ ]))?"
    if lg.pinpoints.ordinal_dot and lg.pinpoints.words:
        # an article's part, a capital after the ordinal's dot, then a subdivision's word
        # (Croatian ``članka 13. A stavka 1. točke (n)``: see _DOTTED_PART)
        # (a plain alternation: a few words, no built text kept in the pattern store)
        subdivisions = "|".join(re.escape(w) for w in lg.pinpoints.words)
        parts += _DOTTED_PART.format(subdivision=subdivisions)
    return _NUMBER.format(
        dot=_DOT_LETTER if lg.pinpoints.ordinal_dot else "", letters=letters, sign=sign, parts=parts
    )


def after_ordinal(lg: Language) -> str:
    """What may follow an ordinal subdivision (``första stycket``) in a pinpoint before an
    act in ``lg``: a point's bare letter, perhaps a list of them, where the language writes
    its points so (``pinpoints.lettered_parts``: Swedish ``artikel 6.2 första stycket b``; never the
    word linking the act, ``första stycket i``), then a further article of the list, its
    number first (``Artiklarna 6.2 första stycket a och 13 B b i sjätte direktivet``)."""
    conjs = words(*lg.article_conjunctions) if lg.article_conjunctions else "(?!)"
    links = _links(lg)
    letter = (
        r"(?:[ ](?!" + links + r"(?![\w]))[a-z](?![\w])"
        + _LETTERS.format(conj=conjs, link=links) + r")?"
        if lg.pinpoints.lettered_parts else ""
    )  # fmt: skip
    return letter + r"(?:(?:,[ ]|,?[ ]" + conjs + r"[ ])(?=[0-9])" + number(lg) + r")?"


def sub_number(lg: Language) -> str:
    """The number after a lower subdivision's word in ``lg``."""
    sign = _GLUED_SIGN if lg.pinpoints.ordinal_sign is not None else ""
    return _SUB_NUMBER.format(
        dot=_DOT if lg.pinpoints.ordinal_dot else "", sign=sign, keraias=KERAIAS
    )


#: A letter alone, no bracket, quotation mark or numeral sign after it (``lit. a``): in a
#: subdivision's list, a list of such letters, or none of them in a list of numbers.
_BARE_LETTER = r"[^\W\d_](?![\w)" + KERAIAS + r"“”\"])"
#: ... but an article's part after the article's number, a capital, its subdivision after
#: a comma (the Sixth VAT Directive's ``artikelen 5, lid 3, en 13, B, sub b``).
_PART = r"(?:(?=[A-Z],)|(?!" + _BARE_LETTER + r"))"


def list_of(num: str, lg: Language, more: str = "", letters_apart: bool = False) -> str:
    """Numbers ``num`` joined by a comma, a conjunction of ``lg`` or a dash (``5 et 6``, ``a), b)
    ou c)``, ``1-3``; with a blank by it: :data:`SPACED_RANGE`), each perhaps a range written
    with its own words (``da 6 a 9``); ``more``: what a further member may also be (``9(1) and
    (2)``, ``6(1)-(3)``). ``letters_apart`` (a subdivision's numbers): letters alone are listed
    with letters alone (``lit. a, b und c``), after a number one is a word (Portuguese ``artigo
    7.º, n.º 1, e do``, ``N.º 1, E DO``: the conjunction; a point is written with its bracket
    there); an article's part, a capital, may follow its number, its subdivision after a comma
    (``en 13, B, sub b``)."""
    conjs = with_capitals(lg.article_conjunctions)  # (``5.º E 19.º``: ``grammar/capitals``)
    conj = words(*conjs) + r"[ ]" if conjs else ""
    join = (
        r"(?:" + RANGE + r"|" + SPACED_RANGE + r"|,[ ]"
        + (r"(?:" + conj + r")?|[ ]" + conj if conj else "") + ")"
    )  # fmt: skip
    first, member = num, r"(?:" + num + r"|" + more + r")" if more else num
    if lg.article_ranges:
        ranges = "|".join(
            re_word(start) + r"[ ]" + num + r"[ ]" + re_word(end) + r"[ ]" + num
            for start, end in lg.article_ranges
        )
        first, member = (
            r"(?:" + ranges + r"|" + first + r")",
            r"(?:" + ranges + r"|" + member + r")",
        )
    if not letters_apart:
        return first + r"(?:" + join + member + r"){0,9}"
    letters, others = r"(?=" + _BARE_LETTER + r")", r"(?!" + _BARE_LETTER + r")"
    return (
        r"(?:" + letters + first + r"(?:" + join + letters + member + r"){0,5}"
        + r"|" + others + first + r"(?:" + join + _PART + member + r"){0,5})"
    )  # fmt: skip


def re_word(word: str) -> str:
    """A literal word, whole (``da`` not the end of ``Randa``)."""
    return r"(?<![\w])" + words(word) + r"(?![\w])"


def glued_after_dot(items: list[str]) -> str:
    """Lower subdivision words and the blank before their number (:data:`BLANK`), which after
    a word's dot may also be left out before a letter (``lit.f)``).  (Not where a pinpoint
    starts: one alternation of words there lets ``re`` skip ahead to their first letters.)
    The words without a dot first: they hold the longer forms a dotted one starts (Portuguese
    ``n. o 2``, the ordinal sign set apart, is no Italian ``n.`` with the letter ``o``)."""
    dotted, plain = [w for w in items if w.endswith(".")], [w for w in items if w[-1:] != "."]
    alts = [words(*ws) + blank for ws, blank in ((plain, BLANK), (dotted, r"[ ]?")) if ws]
    return alts[0] if len(alts) == 1 else r"(?:" + "|".join(alts) + r")"


def bare_end(lg: Language) -> str:
    """A paragraph's number and points' letters without their words ending a pinpoint after
    an act: ``(GDPR 6. cikk (1) a) és f))`` (Hungarian privacy notices, find_string), where
    ordinals number the articles (``pinpoints.after_dot``; Estonian ``artikliga 4 (3)``)."""
    conj = lg.article_conjunctions
    join = r"(?:,[ ]|,?[ ]" + words(*conj) + r"[ ])" if conj else r",[ ]"
    letters = r"[a-z]\)(?:" + join + r"[a-z]\)){0,5}"
    return r"[ ]\([0-9]{1,3}[a-z]?\)(?:[ ]" + letters + r")?(?![\w])"
