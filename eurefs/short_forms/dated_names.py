"""Popular names used before their act existed: a text cannot cite an act adopted after it.

A popular name is often the name of a plan or a proposal years before an act bears it:
the European Parliament's ``resolution of 20 October 2020 with recommendations to the
Commission on the Digital Services Act`` (P9_TA(2020)0272) asks for an act that
Regulation (EU) 2022/2065 became two years later; the Committee of the Regions' ``Opinion
... on the Digital Services Act and the Digital Markets Act`` (OJ C 440, 29.10.2021) is on
the proposals.  A name there is no mention of the act adopted later: a wrong CELEX is worse
than none.

A name is left out when the year of its work (the CELEX's) is after a date the text gives
as its own or as that of the sentence the name is in:

* the text's own date: the first date written in its first ``HEAD`` characters on a short
  line (a heading: ``29.10.2021 | EN | Official Journal of the European Union``,
  ``Brussels, 15.12.2020``, ``JUDGMENT OF THE COURT ... 6 October 2015``, ``European
  Parliament resolution of 20 October 2020 ...``), for the names off that line (on it, the
  date may be that of a judgment the line cites: the sentence's rule reads them), unless
  the text cites a number given after that date (``grammar/text_dates.cites_later``: the
  date is then another document's);
* the sentence's: a date before the name in its sentence, with no act's or case's number
  between (``resolution of 20 October 2020 with recommendations to the Commission on the
  Digital Services Act``, ``on 20 October 2020 the EP adopted recommendations for what the
  new Digital Services Act (DSA) should include``; not ``judgment of 13 May 2014, Google
  Spain (C-131/12, EU:C:2014:317), ... Article 17 GDPR``).

A date right after an act's number or an Official Journal's page is that act's or that
page's (``Directive 2000/31/EC of 8 June 2000 ..., amended by the Digital Services Act``,
``(OJ L 178, 17.7.2000, p. 1)``), not the text's: not read.  Only the years are compared
(the CELEX gives no more): a name in a text of its act's own year stays a mention.
"""

from __future__ import annotations

from eurefs.grammar import oj_dates
from eurefs.grammar.text_dates import HEAD, cited, cites_later, head_date
from eurefs.pattern_store import compile_pattern

#: How far before a name the date of its sentence may be
REACH = 200
# a date ending where the search ends (the year found first: a date ends with its year)
_DATE_ENDING = compile_pattern("(?:" + oj_dates.pattern("t") + ")$")
_YEAR = compile_pattern(r"(?<![0-9/.])(?:19|20)[0-9]{2}(?![0-9/])")
# between a date and the name, a number of an act, a case or an ECLI: the date is that
# citation's (``judgment of 13 May 2014, Google Spain (C-131/12, EU:C:2014:317)``)
_NUMBERED = compile_pattern(r"[0-9]/[0-9]|\b[CTF]-[0-9]|:[0-9]{4}:")
# a sentence's end (a full stop, a semicolon or a paragraph break)
_SENTENCE_END = compile_pattern(r"[.;!?][ \t\n]+(?=[^\W\d_])|\n[ \t]*\n")


def _sentence_year_before(text: str, start: int, year: int) -> bool:
    """Whether a date of a year before ``year`` stands before ``start`` in its sentence."""
    lo = max(0, start - REACH)
    for y in _YEAR.finditer(text, lo, start):
        if int(y.group()) >= year:
            continue
        d = _DATE_ENDING.search(text, max(lo, y.start() - 40), y.end())
        if d is None or cited(text, d.start(), lo):
            continue
        if (
            _SENTENCE_END.search(text, d.end(), start) is None
            and _NUMBERED.search(text, d.end(), start) is None
        ):
            return True
    return False


def before_its_act(text: str, start: int, celex: str) -> bool:
    """Whether the name at ``start`` of the work ``celex`` stands in a text, or a sentence,
    dated before the work's year (it then names a plan or a proposal, not the work)."""
    written = celex[1:5]
    if not written.isdigit():
        return False
    year = int(written)
    own = head_date(text[:HEAD])
    # (a name on the date's own line is read as in a sentence: the date may be that of
    # a judgment it cites, ``In its judgment of 13 May 2014, Google Spain ... the GDPR``)
    if (
        own is not None
        and own[0] < year
        and not own[1] <= start < own[2]
        and not cites_later(text, own[0])
    ):
        return True
    return _sentence_year_before(text, start, year)
