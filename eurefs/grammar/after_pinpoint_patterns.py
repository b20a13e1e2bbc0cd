"""The pattern of a pinpoint written *after* the act it is in: Finnish, Hungarian, Estonian,
Latvian and Lithuanian write each subdivision word declined next to its number (``asetuksen
(EU) 2016/679 6 artiklan 1 kohdan a alakohta``, ``az (EU) 2016/679 rendelet 6. cikke (1)
bekezdésének a) pontja``, ``määruse (EL) 2016/679 artikli 6 lõike 1 punkt a``).  The record
gives the stems of those words (``pinpoints.after``), each taking any case ending; the
pattern is matched at the act's end (``grammar/act_pinpoints``; whose the pinpoint is:
``grammar/after_pinpoints``).  Its items also serve the pinpoints after a dash
(``grammar/dash_pinpoints``) and the treaty articles written abbreviation first
(``grammar/treaty_articles_abbr_first``).
"""

from __future__ import annotations

from eurefs.grammar import pinpoint_numbers
from eurefs.grammar.capitals import both_cases
from eurefs.grammar.common import RANGE, words
from eurefs.languages.base import Language

# (a dot before the bracket, as the Kúria writes a point: ``14.cikk (5) bekezdés c.) pontját``;
# quoted in Latvian drafting: ``punkta "c" apakšpunktu``)
_LETTER = r"[a-z](?:\.?\))?|[\"“„][a-z][\"”“]"
# A number by a declined subdivision word after the act: ``6``, ``6.``, ``(1)``, ``a)``; after
# the word no dot (it ends a sentence: ``lõike 1.``); ordinals (``6. cikke``, not ``99 cikk``)
# (an annex's Roman number: ``Direktīvas 2003/87 I pielikums``, ``I. melléklet``; with its
# capital letter, glued or set apart, as the WEEE Directive 2002/96/EC numbers its first annexes,
# the keyword lines of the judgment in C-369/14 Sommer: Latvian ``I A un I B pielikums``,
# Lithuanian ``IA ir IB priedai``, Finnish ``liitteet I A ja I B``; EUR-Lex 62014CJ0369)
_ROMAN = r"[IVX]{1,4}(?:[ ]?[A-D](?![\w]))?"
_AFTER_NUMBER = r"(?:[0-9]{1,3}[a-z]?\.?|\([0-9]{1,3}[a-z]?\)|" + _ROMAN + "|" + _LETTER + ")"
_AFTER_WORD_NUMBER = r"(?:[0-9]{1,3}[a-z]?|\([0-9]{1,3}[a-z]?\)|[a-z]\)?|" + _ROMAN + ")"
# (an inserted article's letter after the ordinal's dot: Latvian ``10.a pantu``)
_AFTER_ORDINAL = (
    r"(?:[0-9]{1,3}(?:[a-z]?\.|\.[a-z](?=[ ]))|\([0-9]{1,3}[a-z]?\)|"
    + _ROMAN
    + r"\.?|"
    + _LETTER
    + ")"
)
# The first number of a range by a dash, no blank around it, perhaps without the ordinal's
# dot the last has (the Court's subject-matter lines, C-132/21: Latvian ``Regula (ES)
# 2016/679 – 77.–79. pants –``, Hungarian ``(EU) 2016/679 rendelet – 77–79. cikk –``,
# Lithuanian ``77–79 straipsniai``, Finnish ``77–79 artikla``); a range by a word: the
# record's ``article_conjunctions`` (Latvian ``77. līdz 79. pants``); a range of points, each
# letter with its bracket (Hungarian ``a GDPR 6. cikke (1) bekezdésének a)-f) pontjában``:
# dmp.hu, on the EDPB's guidelines on legitimate interest)
_RANGE_FIRST = r"(?:[0-9]{1,3}[a-z]?\.?" + RANGE + r"(?=[0-9])|[a-z]\)" + RANGE + r"(?=[a-z]\)))?"
# ... after the word, as Estonian writes it (C-132/21's subject-matter line: ``Määrus (EL)
# 2016/679 – Artiklid 77–79 –``; curia.europa.eu, ET): the range's end, no day of a date;
# a range of points, a bare letter to a letter (C-252/21's: ``Määruse 2016/679 artikli 6
# lõike 1 esimese lõigu punktid a–f –``; curia.europa.eu, ET)
_WORD_RANGE_END = (
    r"(?:" + RANGE + r"[0-9]{1,3}[a-z]?(?![\w]|\.[ ]?[0-9a-zäöüõšž])"
    r"|(?<=\b[a-z])" + RANGE + r"[a-z](?![\w]))?"
)
# A footnote call between an act and its pinpoint: in brackets, glued or after a blank
# (``95/46/EY(3) 28 artiklan``), spaced inside them as EUR-Lex's HTML prints it (Latvian
# ``... datu brīvu apriti ( 2 ) 6. un 12. panta interpretāciju``: AG Ruiz-Jarabo Colomer in
# C-553/07, EUR-Lex 62007CC0553, LV), in square ones as web pages print it (``a GDPR[1] 6.
# és 9. cikkét``: ado.hu, 'A GDPR jogalapjairól – 1. rész'); before the brackets of an alias or
# after them (Finnish ``direktiivin 95/46/EY (jäljempänä direktiivi)(2) 7 artiklan f
# alakohdassa``: AG Bobek in C-13/16, curia.europa.eu, FI)
CALL = r"(?:[ ]?\((?:[1-9][0-9]{0,2}|[ ][1-9][0-9]{0,2}[ ])\)|[ ]?\[[1-9][0-9]{0,2}\])(?=[ ])"
# Up to two brackets between an act and its pinpoint written after it: the act's short
# title, the Court's OJ citation (``(EU) 2016/679 európai parlamenti és tanácsi rendelet
# (általános adatvédelmi rendelet) (HL 2016. L 119., 1. o.) 77. cikke``; kuria-birosag.hu,
# the Court's judgment in C-132/21 as the Kúria publishes it); no bracket inside; a footnote
# call after each (the Court's Finnish ``asetuksen (EU) 2016/679 (yleinen tietosuoja-asetus)(2)
# (jäljempänä yleinen tietosuoja-asetus) 15 artiklan 3 kohdassa``: AG Pitruzzella in C-487/21,
# curia.europa.eu, FI)
# (never a bare number in brackets, which is a footnote call or the pinpoint's own first number:
# ``GDPR (26) preambulumbekezdése a rendelet ...`` was the recital's word and the article ``a``)
_ASIDES = r"(?:[ ]\((?![0-9]{1,3}[a-z]?\))[^()]{2,160}\)(?:" + CALL + r")??){0,2}"


def after_source(lg: Language) -> str | None:
    """The pattern of a pinpoint right after an act in ``lg``, matched at its end, perhaps after
    a footnote call (``95/46/EY(3) 28 artiklan``) or brackets (``_ASIDES``); None: before."""
    body = after_body(lg)
    if body is None:
        return None
    call = r"(?:" + CALL + r")??"
    return call + _ASIDES + call + r"[ ]" + body


def after_body(lg: Language) -> str | None:
    """The pinpoint of :func:`after_source` alone (group ``pin``), its words declined after
    its numbers (``6 artiklan 1 kohdan``); None: the language writes its pinpoints before."""
    if not lg.pinpoints.after:
        return None
    item, more = after_parts(lg, lg.pinpoints.after)
    end = r"(?:" + pinpoint_numbers.bare_end(lg) + r")?" if lg.pinpoints.after_dot else ""
    # (the preamble's word before a recital: Latvian ``preambulas 23. apsvērumā``)
    lead = r"(?:" + words(*lg.pinpoints.recitals) + r"[ ])?" if lg.pinpoints.recitals else ""
    # (up to a dozen further items: the Court's Latvian keyword lines list five articles with
    # their points, ``2. panta 7.–11. punkts, ... 19. panta 1. un 5. punkts un 20. panta 2. un
    # 4. punkts``, cut inside the fourth at six)
    pin = lead + item + r"(?![\w])" + more + r"{0,12}" + end
    return r"(?P<pin>" + pin + r")"


def after_parts(lg: Language, stems: tuple[str, ...]) -> tuple[str, str]:
    """One item of a pinpoint written after an act (its number and subdivision word, one of
    ``stems``) and a further one after it (once: the caller repeats it)."""
    word = words(*both_cases(stems)) + r"\w{0,8}"
    number = _AFTER_ORDINAL if lg.pinpoints.after_dot else _AFTER_NUMBER
    # several numbers by one word, joined by a comma or a conjunction (``6 ja 7 artiklan``,
    # ``artiklid 6 ja 7``, ``6. un 7. pantu``, ``6. és 7. cikke``; an article after: ``és a``)
    conj = lg.article_conjunctions
    articles = [a for a in lg.back_references.articles if a.islower()]
    article = r"(?:[ ]" + words(*articles) + r")?" if articles else ""
    join = r"(?:,?[ ]" + words(*conj) + article + r"[ ]|,[ ])" if conj else ",[ ]"
    numbers = _RANGE_FIRST + number + r"(?:" + join + _RANGE_FIRST + number + r"){0,5}"
    # (a further number is no day of a date: ``artikli 6 ja 7. mail``)
    further = _AFTER_WORD_NUMBER + r"(?![\w]|\.[ ]?[0-9a-zäöüõšž])" + _WORD_RANGE_END
    # (a word's number is no article of the language: Hungarian ``preambulumbekezdése a
    # rendelet``, the article ``a`` before a noun, where a point's letter takes its bracket)
    no_article = r"(?!" + words(*articles) + r"[ ])" if articles else ""
    # (nor the first: a number and a dot before a word in small letters are that word's
    # ordinal, Latvian ``pielikuma 1. punkta e) apakšpunktu``, point 1 of the annex: the
    # pinpoint was ``pielikuma 1``, an annex 1)
    word_numbers = (
        no_article + _AFTER_WORD_NUMBER + r"(?!\.[ ]?[0-9a-zäöüõšž])" + _WORD_RANGE_END
        + r"(?:" + join + further + r"){0,5}"
    )  # fmt: skip
    # (the word glued to an ordinal's dot, as national writing has it: ``6.panta 1.punkta``,
    # ``14.cikk``)
    # (an inserted article's or paragraph's letter set apart, as Finnish writes it: ``15 a
    # artiklassa``)
    # (no ordinal's dot before a paragraph's bracket, no count: ``GDPR 6 cikk (1) bekezdés``)
    if lg.pinpoints.after_dot:
        numbers += r"|[0-9]{1,3}(?=[ ]" + word + r"[ ]\([0-9]{1,3}[a-z]?\))"
    numbers = r"(?:[0-9]{1,3}[ ][a-z](?=[ ]" + word + r")|" + numbers + r")"
    item = r"(?:" + numbers + r"(?:[ ]|(?<=\.))" + word + r"|" + word + r"[ ]" + word_numbers
    # (ordinals: ``toinen virke``, ``második mondata``, ``otrais teikums``)
    item += (
        r"|" + words(*lg.pinpoints.ordinals) + r"[ ]" + word if lg.pinpoints.ordinals else ""
    ) + r")"
    # (a paragraph may go without its word between two: ``6. cikk (1) b) pontja``; a further
    # article after a conjunction: ``6 artiklan 1 kohdan ja 7 artiklan``)
    bare = r"(?:[ ]\([0-9]{1,3}[a-z]?\)(?![ ]" + word + r"))?"
    # (or after a comma: ``43. panta 2. punktu, 91. panta 1. punktu``; or after a list word,
    # each item with its word: ``26. cikke (1) bekezdésének a) pontjától, valamint 168. és
    # 168a. cikkétől``)
    ands = (*conj, *(w for w in lg.list_conjunctions if w not in conj))
    joined = r"(?:,?[ ]" + words(*ands) + article + r"|," + article + r")?" if ands else r",?"
    return item, r"(?:" + bare + joined + r"[ ]" + item + r"(?![\w]))"
