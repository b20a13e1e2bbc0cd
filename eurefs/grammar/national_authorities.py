"""A decision cited after a national authority's abbreviation or a national court's name
in its sentence: the authority's or the court's own, no EU act.

National supervisory authorities number their decisions as the EU numbers its, and texts
about them cite a decision by that number alone after naming the authority: the
Portuguese data protection authority's ``Deliberação 2019/494`` (the CNPD's deliberation
of 3 September 2019 that set aside provisions of Law 58/2019), in a German summary
``Die CNPD hat diese beiden Absätze nicht für unanwendbar erklärt: Von der Vorschrift hat
sie nur Nr. 3 Buchst. a nicht angewandt (Beschluss 2019/494).``, was the EU's Decision
2019/494.  A plain decision (no delegated or implementing one: the authorities' are
neither) written without domain or author, with no EU author after its number and an
authority's abbreviation (:data:`ABBREVIATIONS`) before it in its sentence, is no EU
act.  An EU decision a text cites bare in a sentence that names such an authority
(``Die CNIL stützt sich auf den Beschluss 2010/87``) is lost with it: a miss, not a
wrong reference; its domain (``2010/87/EU``, ``(EU) 2021/914``) keeps it.

National courts number their decisions the same way and texts cite them after naming the
court: ``The Constitutional Court has pronounced two decisions on the matter - Decision
no. 683/2012 and Decision no. 784/2012`` (Romania's), ``Italian Constitutional Court,
order no. 24/2017 and decision no. 115/2018``.  So do the texts citing the European
Commission of Human Rights' decisions.  The courts' names are the records'
(``cases.other_courts``), read in the language of the decision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar.common import words
from eurefs.languages import BY_CODE
from eurefs.models.light import LegalActRef

#: The abbreviations of the member states' data protection authorities, as written in any
#: language: Portugal's and Luxembourg's CNPD (Comissão Nacional de Proteção de Dados,
#: Commission nationale pour la protection des données; the CNPD's Deliberação 2019/494
#: in German, Dutch and Danish summaries: public repositories, find_string 'Beschluss
#: 2019/494'); the others by their authorities' own names, UNCONFIRMED in a text read:
#: France's CNIL, Spain's AEPD, Hungary's NAIH, Poland's UODO, Sweden's IMY, Romania's
#: ANSPDCP, Croatia's AZOP, Czechia's and Slovakia's ÚOOÚ, Italy's GPDP, Lithuania's
#: VDAI, Malta's IDPC, Bulgaria's КЗЛД and CPDP, Greece's ΑΠΔΠΧ and HDPA, Ireland's DPC,
#: Belgium's GBA, the German federal and Länder commissioners' BfDI, BayLDA, HmbBfDI,
#: BlnBDI and LfDI.  Short or common letters (Belgium's APD, the Netherlands' AP,
#: Austria's DSB, Slovenia's IP) are left out: they abbreviate other things too.
ABBREVIATIONS = (
    "CNPD", "CNIL", "AEPD", "NAIH", "UODO", "IMY", "ANSPDCP", "AZOP", "ÚOOÚ", "GPDP",
    "VDAI", "IDPC", "КЗЛД", "CPDP", "ΑΠΔΠΧ", "HDPA", "DPC", "GBA", "BfDI", "BayLDA",
    "HmbBfDI", "BlnBDI", "LfDI",
)  # fmt: skip


@lru_cache(maxsize=32)
def _authorities(lang: str) -> re.Pattern[str]:
    """The authorities' abbreviations and the language's courts' names, as whole words."""
    lg = BY_CODE[lang]
    names = words(*ABBREVIATIONS, *lg.cases.other_courts)
    return re.compile(r"(?<![\w])(?:" + names + r")(?![\w])")


#: A sentence's end: a full stop, question or exclamation mark before a capital (an
#: abbreviation's point is followed by a figure or a small letter: ``Nr. 3 Buchst. a``),
#: or a paragraph's.
_SENTENCE_END = re.compile(r"[.!?][\s\"'”»)]*\s(?=[^\W\d_])|\n\s*\n")
#: How far before the decision the authority may be named
_REACH = 300


def decided(ref: LegalActRef, text: str) -> bool:
    """Whether ``ref`` (its span in ``text``), a plain decision without domain or author,
    follows a national authority's abbreviation or a court's name in its sentence; the
    caller checks that no EU author follows its number."""
    if ref.act_type != "decision" or ref.domain or ref.author is not None or ref.subtype:
        return False
    last = None
    for last in _authorities(ref.lang).finditer(text, max(0, ref.start - _REACH), ref.start):  # noqa: B007
        pass
    if last is None:
        return False
    for end in _SENTENCE_END.finditer(text, last.end(), ref.start):
        if end.group().startswith("\n") or text[end.end()].isupper():
            return False
    return True


__all__ = ["ABBREVIATIONS", "decided"]
