"""The ordinal sign after a number or word (Portuguese ``6.º``, ``n.º``, ``art.º``, national
``267º``) as texts write it: the folded view reads ``º`` as ``o``; a PDF may set the sign
apart (``n. o``), a typist type a degree sign for it (``n.°``, ``267°``).  The forms of a
record's word that ends in the sign, for the patterns run on the view (treaty articles,
pinpoints before acts) and on the text as written (back-references)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from eurefs.pattern_store import compile_pattern

_SIGN_AT_END = compile_pattern(r"\.o(?=s?$)")  # ``n.o``, ``n.os``, ``art.o``
#: the sign set apart or typed as a degree sign, as the view has them
VIEW_SIGNS = (". o", ".°")
#: ... and as the text as written has them (``º`` unfolded)
WRITTEN_SIGNS = (". o", ".º", ".°")
#: a degree sign glued to a number, typed for the ordinal sign (``267°``): read only in the
#: languages whose record has a ``pinpoints.ordinal_sign`` (a temperature elsewhere)
GLUED_DEGREE = compile_pattern(r"(?<=[0-9])°")


def set_apart(items: Iterable[str], signs: tuple[str, ...] = WRITTEN_SIGNS) -> list[str]:
    """``items``, and for those ending in the sign (``n.o``, ``art.o``) its other forms."""
    out: list[str] = []
    for w in items:
        if w.endswith((".o", ".os")):  # where ``_SIGN_AT_END`` matches
            out.extend({w, *(_SIGN_AT_END.sub(sign, w) for sign in signs)})
        else:
            out.append(w)
    return out


_NUMERO = compile_pattern(r"(?<![\w.])n\.o(?=s?(?![\w]))")  # ``n.o``, ``n.os`` in the view


def restore(normal: str, sign: str | None) -> str:
    """``normal`` with the sign of ``n.º`` (``n.ºs``) restored where the language writes its
    ordinal sign after a dot (``sign``: Portuguese ``.º``), as pinpoints before acts have
    it: ``artigo 267.º, n.º 3``."""
    if sign and sign.startswith(".") and "n.o" in normal:
        return _NUMERO.sub("n.º", normal)
    return normal


#: a number's dot with no sign after it, in a citation that names its treaty after it
#: (``artigo 267. TFUE``, ``artigos 101.-109.``): not a decimal's (``6.1``), a word's or the
#: sign's (the view's ``267.o``)
_SIGN_LOST = compile_pattern(r"(?<=[0-9])\.(?![\w°])")


def lost(written: str, sign: str | None) -> str:
    """``written`` with the ordinal sign a number's dot has lost restored, in a language
    that writes it after a dot (``sign``: Portuguese ``.º``): a superscript dropped with
    the markup or in a PDF's extraction (``Artigo 101. (ex-artigo 81. TCE)``: the EUR-Lex
    title of the TFEU's Article 101, 12012E101, in Portuguese) -> ``artigo 81.º``."""
    if sign and sign.startswith(".") and "." in written:
        return _SIGN_LOST.sub(sign, written)
    return written


def close_up(m: re.Match[str]) -> str:
    """A matched word with its ordinal sign set apart or typed as a degree sign, written as
    the view writes it glued (``n. o``, ``n.°`` -> ``n.o``)."""
    return m.group(0).replace(". o", ".o").replace(".°", ".o")
