"""Latin letters that national texts type for Cyrillic capitals of the same shape.

Bulgarian texts keyed on a mixed keyboard write a domain's ``Е`` or ``О`` with the Latin
letter (``Директива 1999/37/EO``, ``Регламент (ЕC) № 913/2010``: exlege.bg's index of EU
acts); a record lists those spellings beside its own (:func:`spellings`).  The other way round,
the same texts type a Latin word's capitals in Cyrillic (``СОМ(2020) 66``, with the
Cyrillic С, О and М): :func:`cyrillic_spellings`.
"""

from __future__ import annotations

from itertools import product

#: Cyrillic capital -> the Latin capital of the same shape.
CYRILLIC_LATIN = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X",
}  # fmt: skip


def spellings(word: str, twins: dict[str, str] = CYRILLIC_LATIN) -> list[str]:
    """``word`` with each of its Cyrillic capitals (or those of ``twins``: Greek,
    :data:`GREEK_TWINS`) written Latin or not (every mix but ``word`` itself); none for a
    word with a lower-case letter (``Евратом``)."""
    if not word.isupper():
        return []
    choices = [(c, twins[c]) if c in twins else (c,) for c in word]
    return [s for s in ("".join(p) for p in product(*choices)) if s != word]


#: Latin capital -> the Cyrillic capital of the same shape.
LATIN_CYRILLIC = {lat: cyr for cyr, lat in CYRILLIC_LATIN.items()}


def cyrillic_spellings(word: str) -> list[str]:
    """``word`` (Latin capitals) with each of its letters that has a Cyrillic twin written
    Cyrillic or not (every mix but ``word`` itself): ``COM`` -> ``СОМ``, ``CОM`` ..."""
    choices = [(c, LATIN_CYRILLIC[c]) if c in LATIN_CYRILLIC else (c,) for c in word]
    return [s for s in ("".join(p) for p in product(*choices)) if s != word]


#: Greek capital -> the Latin capital of the same shape: Greek texts keyed on a mixed
#: keyboard type the journal's ``ΕΕ`` with Latin capitals (``(EE ειδ. έκδ. 05/002, σ. 70)``:
#: ``grammar/oj_special_editions``), and the domains (``el.py``).
GREEK_TWINS = {
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
#: :data:`GREEK_TWINS` as a table for ``str.translate``.
GREEK_LATIN = str.maketrans(GREEK_TWINS)
