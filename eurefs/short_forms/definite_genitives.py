"""Anaphors with no determiner: a type word in its definite genitive before an article's
pinpoint, as Danish and Swedish judgments write "that directive's Article 2": ``Direktivets
artikel 2, litra a)``, ``forordningens artikel 18, stk. 1``, ``direktivets artikel 33.2 d``
(the record's ``definite_genitives``; the pinpoint after it is read as after any genitive,
``short_forms/genitive_pinpoints``).

The Court writes them right after citing the act, with no alias defined for it (its order
in Infopaq II, C-302/10, in Danish: "Artikel 1, stk. 1, i direktiv 2001/29 bestemmer: ...
Direktivets artikel 2, litra a), har følgende ordlyd"). A bare definite noun is also how a
text names the act it speaks of throughout, cited pages before or named by a compound
(``Dublinforordningen ... forordningens artikel 18``), so such an anaphor is held tighter
than one with a determiner (``nævnte forordnings artikel 12``):

* never in a text that is itself an act (as ``denne forordning`` there is the act itself);
* never after a determiner or an article in the two words before (Swedish ``den nya
  förordningens``: an act told by its adjective), nor inside a compound (``DSM-direktivets``,
  ``NIS2-direktivets``: a popular name or another act);
* only within 1 500 characters of its antecedent, and not past a compound ending in the type
  word (``Dublinforordningen``, ``ansvarsförordningen``): another act of the type named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import Candidate, alternation, singular_type_forms, words
from eurefs.short_forms.type_words import TypeWord

#: How far back the antecedent of such an anaphor may end (1 500 characters: a judgment's
#: paragraph or two; ``_MAX_DISTANCE`` of ``short_forms/anaphors`` for the others).
MAX_DISTANCE = 1500


@lru_cache(maxsize=8)
def _forms(lang: str) -> frozenset[str]:
    """The record's definite genitives, in small letters (``direktivets``)."""
    return frozenset(g.lower() for g in words(lang).definite_genitives)


@lru_cache(maxsize=8)
def _article_after(lang: str) -> re.Pattern[str]:
    """A blank, an article word of the language and a number (`` artikel 5``)."""
    heads = alternation(sorted({a.lower() for a in BY_CODE[lang].article_words}))
    return compile_pattern(rf"[ \t\u00a0]+(?i:{heads})[ \t\u00a0]+[0-9]")


@lru_cache(maxsize=8)
def _words_before(lang: str) -> frozenset[str]:
    """Words that may not stand in the two before such a genitive: the language's
    determiners and self words, in small letters."""
    w = words(lang)
    found = (*w.anaphor_determiners, *w.self_determiners, *w.self_words, *w.articles)
    return frozenset(d.split()[-1].lower() for d in found)


def find_definite_genitives(text: str, lang: str, type_words: list[TypeWord]) -> list[Candidate]:
    """Every anaphor in a definite genitive of ``text`` (unresolved), in text order: the
    type words among ``type_words`` written in one of the record's definite genitives,
    as a word of their own, no determiner before, an article's pinpoint after."""
    forms = _forms(lang)
    if not forms:
        return []
    article_after = _article_after(lang).match
    before = _words_before(lang)
    found: list[Candidate] = []
    for start, end, act_type, singular in type_words:
        if singular is None or text[start:end].lower() not in forms:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        if article_after(text, end) is None:
            continue
        head = text[max(0, start - 40) : start].split()[-2:]
        if any(w.lower().strip(",;:()") in before for w in head):
            continue
        found.append(Candidate(start, end, "anaphor", None, act_type, None, None))
    return found


@lru_cache(maxsize=8)
def definite_doubt(lang: str) -> Callable[[str, int, int, int, str], bool] | None:
    """``doubtful(text, start, end, antecedent_end, act_type)``: whether the anaphor at
    ``text[start:end]`` is in a definite genitive and its antecedent, ending at
    ``antecedent_end``, too far or past a compound of its type; None where the language
    has no definite genitives (no anaphor is one)."""
    forms = _forms(lang)
    if not forms:
        return None
    compounds = _compounds(lang)

    def doubtful(text: str, start: int, end: int, antecedent_end: int, act_type: str) -> bool:
        if text[start:end].lower() not in forms:
            return False
        if start - antecedent_end > MAX_DISTANCE:
            return True
        compound = compounds.get(act_type)
        return compound is not None and compound.search(text, antecedent_end, start) is not None

    return doubtful


@lru_cache(maxsize=8)
def _compounds(lang: str) -> dict[str, re.Pattern[str]]:
    """Act type -> a word ending in one of its singular forms after other letters, in any
    case (``Dublinforordningen``, ``ansvarsförordningen``, ``DSM-direktivet``)."""
    by_type: dict[str, list[str]] = {}
    for form, act_type in singular_type_forms(lang).items():
        if " " not in form:
            by_type.setdefault(act_type, []).append(form.lower())
    return {
        act_type: compile_pattern(rf"[^\W\d_]-?(?i:{alternation(sorted(forms))})(?![\w-])")
        for act_type, forms in by_type.items()
    }
