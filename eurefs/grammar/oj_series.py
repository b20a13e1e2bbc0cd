"""The series of the Official Journal in a citation (``grammar/official_journal``): the
letter (``L``, ``C``, ``S``) and what follows it, the number marker before the issue
(``ABl. L Nr. 119``, ``JOUE n° L 309``), the issue, and the series spelt out before its letter, as
Romanian legislation cites the journal, the issue then after a number marker (the
records' ``oj.series_words``: ``Jurnalul Oficial al Uniunii Europene, seria L, nr. 119 din
4 mai 2016``, Law 190/2018, Article 1); and the years that a citation without its series
may be of.
"""

from __future__ import annotations

from eurefs.grammar import oj_dates
from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES, index

#: The year the journal split into the L and C series: a citation without its series is of
#: the single series before (``OJ 13, 21.2.1962, p. 204``), none after (``DOUE núm. 427, de
#: 30 de noviembre de 2021`` is L's or C's: the text does not say which).
SINCE = 1968

#: The issue after the series, its group named ``g`` in a format template (Hungarian writes
#: it as an ordinal before the comma: ``HL L 307., 18. o.``).
ISSUE = r"(?P<{g}>[0-9]{{1,4}}(?:[ ]?[AEIP](?![\w]))?)(?:\.(?=,))?"

#: The number markers of every language, without their dot (``Nr``, ``n°``, ``nr``).
MARKERS = words(*{m.rstrip(".") for lg in LANGUAGES for m in lg.number_markers})

#: The journal's abbreviations of every language (``OJ``, ``ABl.``, ``Dz. Urz.``).
JOURNALS = words(*{j for lg in LANGUAGES for j in lg.oj.journals})

#: What a language writes between the journal and its series (``ABl. EG L``, ``JO UE L``).
QUALIFIERS = words(*{q for lg in LANGUAGES for q in lg.oj.qualifiers})


def opening_bracket(then: str) -> str:
    """The journal's abbreviation opening a bracket right after a citation, with the
    qualifier and the number marker the family reads, then ``then`` (a series and an
    issue, or an issue alone): ``(OJ L 210``, ``(ABl. EG Nr. L 210``, ``(JO UE L 210``."""
    return (
        r"[ ]?\((?:" + JOURNALS + r")[ ,]?[ ]?(?:" + QUALIFIERS + r"[ ])?"
        r"(?:" + MARKERS + r"(?:[ ]?\.)?[ ]?)?" + then
    )


#: Word for the series -> the languages that write it (Romanian ``seria``).
WORD_LANGS = index(lambda lg: lg.oj.series_words)
_WORDS = words(*WORD_LANGS) if WORD_LANGS else ""  # (an empty trie would match nothing)

#: The word for the series before its letter, optional (group ``sw``): ``seria L``.
WORD = r"(?:(?P<sw>" + _WORDS + r")[ ](?=[LCS],?[ ]))?" if _WORDS else ""

#: The number markers some languages write between the series letter and the issue
#: (the records' ``oj.series_markers``: Slovenian ``UL L št. 193``), without their dot.
_SERIES_MARKERS = words(*{m.rstrip(".") for lg in LANGUAGES for m in lg.oj.series_markers})
_AFTER_LETTER = r"(?:[ ]" + _SERIES_MARKERS + r"(?:[ ]?\.)?)?" if _SERIES_MARKERS else ""

#: After the letter: after a series so named, any number marker before the issue (``seria
#: L, nr. 119``, ``seria L nr. 119``); else one of :data:`_SERIES_MARKERS` (``L št. 193``).
MARKER = (
    r"(?(sw)(?:,?[ ]" + MARKERS + r"(?:[ ]?\.)?)?|" + _AFTER_LETTER + ")"
    if _WORDS
    else _AFTER_LETTER
)

#: What follows a full name of the journal: the series, the issue or the word for the series.
AFTER_NAME = r"(?=[0-9LCS]" + (r"|" + _WORDS + r"[ ]" if _WORDS else "") + r")"

#: The characters the word for the series adds to the window before the letter.
WORD_CHARS = max((len(w) + 1 for w in WORD_LANGS), default=0)

#: After the letter (the anchor's look-ahead): the issue (after a dot before an issue/page:
#: ``L. 221/1``), the Polish databases' dot, a year
#: after its preposition (Polish ``Dz. Urz. UE L z 2016 r. Nr 119``), or a number marker,
#: which the pattern reads after a word for the series (``seria L nr. 119``), or one the
#: language writes after the letter (``L št. 193``).
AHEAD = (
    r"(?=\s{0,8}[0-9,]|\.(?:19|20)[0-9]|\.[ ]?[0-9]{1,4}[ ]?/|[ ]"
    + oj_dates.YEAR_PREPS
    + r"[ ](?:19|20)[0-9]"
    + (r"|[ ]" + MARKERS + r"(?:[ ]?\.)?[ ]?[0-9]" if _WORDS else "")
    + (r"|[ ]" + _SERIES_MARKERS + r"(?:[ ]?\.)?[ ]?[0-9]" if _SERIES_MARKERS else "")
    + r")"
)
