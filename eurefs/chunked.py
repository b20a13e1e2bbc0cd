"""References of a large text, yielded as they are found: :func:`iter_extract`.

The text is cut into chunks, at paragraph breaks where it can be.  Each chunk is
scanned inside a window reaching ``MARGIN`` characters either side of it, so the
recogniser's look-behind (a few hundred characters of context, white space folded
across blank lines) and a reference running past the chunk's end both see what
they would see in the whole text.  A chunk keeps the references that *start*
inside it; one starting in the margin belongs to a neighbour.  The result is the
list :func:`eurefs.extract` returns, reference for reference.

Short forms (``the GDPR``, ``that Directive``) stream too.  The text's language
is read from its first ``LANGUAGE_SAMPLE`` characters (half a million, within the
first chunk; see ``eurefs.short_forms.common.detect_language``), so the chunks
holding them are scanned first; then each chunk's full references are fed to an
``eurefs.short_forms.incremental.ShortFormStream``, which carries definitions,
mentions and the latest citation of each work from chunk to chunk and gives a
record once the references ``LAG`` characters past it are known.  The result is
still :func:`eurefs.extract`'s, record for record.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from eurefs.arguments import checked_callback, checked_flag
from eurefs.collector import collector_paused
from eurefs.errors import ConfigurationError, WrongArgumentType
from eurefs.family_scan import extract_kinds
from eurefs.grammar import years
from eurefs.grammar.agreement_bodies import BodyDecisions
from eurefs.grammar.named_again import NamedTreaties
from eurefs.grammar.national_numbers import NationalNumbers
from eurefs.grammar.whole_text import WholeText
from eurefs.kinds import SHORT_FORM
from eurefs.models.light import BaseReference, Reference
from eurefs.normal_form import NormalForm
from eurefs.pattern_store import compile_pattern
from eurefs.scanner import _wanted
from eurefs.text import DocumentText

if TYPE_CHECKING:
    from eurefs.models import references

__all__ = ["CHUNK_SIZE", "MARGIN", "iter_extract"]

#: Characters per chunk by default (about 1 MB of text: a second of scanning).
CHUNK_SIZE = 1_000_000
#: Context scanned either side of a chunk: well over the longest reference and the
#: recogniser's look-behind (~600 characters), generous because it costs little.
MARGIN = 4_000
# At most this much further a margin is stretched over white space (which folds
# to one character and so gives the recogniser no context): bounded, so a text
# of blanks stays linear.
_MAX_STRETCH = 16 * MARGIN

_INK = compile_pattern(r"\S")


def _short_forms_wanted(short_forms: bool, kinds: str | Iterable[str] | None) -> bool:
    wanted = _wanted(kinds)
    return short_forms and (wanted is None or SHORT_FORM in wanted)


def _cut(text: str, start: int, size: int) -> int:
    """The end of the chunk beginning at ``start``: after the last paragraph break
    (else line end, else space) in the second half of ``size`` characters."""
    end = start + size
    if end >= len(text):
        return len(text)
    low = start + size // 2
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, low, end)
        if at >= 0:
            return at + len(sep)
    return end


def _ink_before(text: str, pos: int, wanted: int) -> int:
    """A start at least ``MARGIN`` characters before ``pos``, moved further back
    (by at most ``_MAX_STRETCH``) until ``wanted`` non-blank characters lie between."""
    start = max(0, pos - MARGIN)
    floor = max(0, pos - MARGIN - _MAX_STRETCH)
    ink = len(_INK.findall(text, start, pos))
    while start > floor and ink < wanted:
        step = max(floor, start - MARGIN)
        ink += len(_INK.findall(text, step, start))
        start = step
    return start


def _ink_after(text: str, pos: int, wanted: int) -> int:
    end = min(len(text), pos + MARGIN)
    ceiling = min(len(text), pos + MARGIN + _MAX_STRETCH)
    ink = len(_INK.findall(text, pos, end))
    while end < ceiling and ink < wanted:
        step = min(ceiling, end + MARGIN)
        ink += len(_INK.findall(text, end, step))
        end = step
    return end


def _scan_chunk(
    text: str,
    kinds: str | Iterable[str] | None,
    named_before: Callable[[], bool],
    whole: WholeText,
) -> list[Reference]:
    """What ``extract(text, kinds=kinds, short_forms=False)`` gives, but with the articles
    of treaties named again by a short name kept where ``named_before()`` (the text before
    the chunk may have named the treaty in full) or the chunk may name it before them:
    :func:`_chunk_refs` reads them by what the earlier chunks named (``grammar/named_again``);
    ``whole`` is what the whole text tells (``grammar.whole_text``)."""
    with collector_paused(), years.day_fixed(), whole.under_way():
        return extract_kinds(text, _wanted(kinds), None, named_before, whole)


def _chunk_refs(
    text: str,
    start: int,
    end: int,
    kinds: str | Iterable[str] | None,
    bodies: BodyDecisions,
    named: NamedTreaties,
    numbers: NationalNumbers,
    whole: WholeText,
) -> list[Reference]:
    """The references of ``text`` starting in ``[start, end)``, scanned with margins.

    ``bodies`` carries the decisions of agreement bodies of the chunks before, ``named``
    the treaties they cited in full and ``numbers`` the act numbers they cited as EU
    acts', so a decision cited again, the Charter named by its short name or a national
    act's bare number in a later chunk reads as it does in the whole text.
    """
    lo = _ink_before(text, start, MARGIN // 2)
    hi = _ink_after(text, end, MARGIN // 2)
    named_before = functools.partial(named.named_before, text, lo)
    refs = _scan_chunk(text[lo:hi], kinds, named_before, whole)
    kept = [r for r in refs if start <= r.start + lo < end]
    if lo:
        for ref in kept:  # new objects nobody else holds: shift in place, as the scanner does
            fields = vars(ref)
            fields["start"] += lo
            fields["end"] += lo
    return numbers.apply(named.apply(bodies.apply(kept), text), text)  # type: ignore[arg-type]


def iter_extract(
    text: str | DocumentText,
    *,
    kinds: str | Iterable[str] | None = None,
    short_forms: bool = True,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[references.Reference]:
    """Yield the references of ``text`` in order, chunk by chunk.

    Gives exactly what :func:`eurefs.extract` returns (same spans, same fields),
    but a chunk's references are yielded as soon as it is scanned, so the first
    ones of a 20 MB text come after a fraction of a second and memory holds one
    chunk's references at a time.

    Args:
        text: As for :func:`eurefs.extract`.
        kinds: As for :func:`eurefs.extract`.
        short_forms: As for :func:`eurefs.extract`.  With short forms the chunks
            holding the text's first half million characters (where its language
            is read) are scanned before the first reference is yielded: one chunk
            of the default size.
        chunk_size: Characters per chunk (cut at a paragraph break where possible).
        progress: Called as ``progress(done, total)`` in characters after each chunk.

    Raises:
        WrongArgumentType: (a TypeError) when ``text`` is not a ``str`` or
            :class:`DocumentText`, ``kinds`` not a str or an iterable of them,
            ``chunk_size`` not an int, ``short_forms`` no bool, or ``progress`` no
            function.
        ConfigurationError: (a ValueError) for an unknown kind, an empty collection
            of kinds, or a ``chunk_size`` below 1.
    """
    from eurefs.models.public import iter_models

    light = iter_extract_light(
        text, kinds=kinds, short_forms=short_forms, chunk_size=chunk_size, progress=progress
    )
    return iter_models(light)


def iter_extract_light(
    text: str | DocumentText,
    *,
    kinds: str | Iterable[str] | None = None,
    short_forms: bool = True,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Reference]:
    """:func:`iter_extract`'s references as the engine makes them: light references
    (``eurefs.models.light``), which the command line writes without pydantic."""
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool):
        raise WrongArgumentType(f"chunk_size must be a whole number, not {chunk_size!r}")
    if chunk_size < 1:
        raise ConfigurationError(f"chunk_size must be at least 1, not {chunk_size}")
    checked_flag("short_forms", short_forms)
    checked_callback("progress", progress)
    if isinstance(text, DocumentText):
        for ref in iter_extract_light(
            text.text, kinds=kinds, short_forms=short_forms, chunk_size=chunk_size,
            progress=progress,
        ):  # fmt: skip
            if text.page_starts:
                ref = ref.model_copy(update={"doc_page": text.page_at(ref.start)})
            yield ref
        return
    if not isinstance(text, str):
        raise WrongArgumentType(
            f"iter_extract() needs a str or DocumentText, not {type(text).__name__}"
        )
    form = NormalForm.of(text)  # (line ends as ``\n``, accents composed: ``eurefs.normal_form``)
    if form is not None:
        yield from _in_normal_form(form, kinds, short_forms, chunk_size, progress)
        return
    if _short_forms_wanted(short_forms, kinds):
        yield from _with_short_forms(text, _wanted(kinds), chunk_size, progress)
        return
    start, n = 0, len(text)
    bodies, named, numbers = BodyDecisions(), NamedTreaties(), NationalNumbers()
    whole = WholeText(text)
    while start < n:
        end = _cut(text, start, chunk_size)
        yield from _chunk_refs(text, start, end, kinds, bodies, named, numbers, whole)
        if progress is not None:
            progress(end, n)
        start = end


def _in_normal_form(
    form: NormalForm,
    kinds: str | Iterable[str] | None,
    short_forms: bool,
    chunk_size: int,
    progress: Callable[[int, int], None] | None,
) -> Iterator[Reference]:
    """:func:`iter_extract_light` of the text's normal form, each record (and the
    progress told) in the text's offsets."""
    told = None
    if progress is not None:

        def told(done: int, total: int) -> None:
            progress(form.original_offset(done), len(form.original))

    for ref in iter_extract_light(
        form.text, kinds=kinds, short_forms=short_forms, chunk_size=chunk_size, progress=told
    ):
        yield form.mapped_one(ref)


def _chunks(text: str, chunk_size: int, whole: WholeText) -> Iterator[tuple[list[Reference], int]]:
    """The full references of every kind starting in each chunk, and the chunk's end
    (``whole``: the text's :class:`WholeText`)."""
    start = 0
    bodies, named, numbers = BodyDecisions(), NamedTreaties(), NationalNumbers()
    while True:
        end = _cut(text, start, chunk_size)
        yield _chunk_refs(text, start, end, None, bodies, named, numbers, whole), end
        if end >= len(text):
            return
        start = end


def _with_short_forms(
    text: str,
    wanted: set[str] | None,
    chunk_size: int,
    progress: Callable[[int, int], None] | None,
) -> Iterator[Reference]:
    """Full references chunk by chunk, fed to a :class:`ShortFormStream` once the
    chunks holding the text's language sample are scanned."""
    from eurefs.short_forms.common import LANGUAGE_SAMPLE, detect_language
    from eurefs.short_forms.incremental import ShortFormStream
    from eurefs.short_forms.unseen import Unseen, holds_unseen

    whole = WholeText(text)  # (its reads kept while each chunk's short forms are read)
    chunks = _chunks(text, chunk_size, whole)
    head: list[tuple[list[Reference], int]] = []
    for refs, end in chunks:
        head.append((refs, end))
        if end >= LANGUAGE_SAMPLE:
            break
    lang = detect_language(text, [r for c in head for r in c[0]])
    # (names with a soft hyphen or a hyphenated line break in them: read on a copy without)
    layer = Unseen.of(text) if holds_unseen(text) else None
    if layer is None:
        stream = ShortFormStream(text, lang, wanted)
        for refs, end in itertools.chain(head, chunks):
            with whole.under_way():
                records = stream.feed(refs, end)
            yield from records  # type: ignore[misc]
            if progress is not None:
                progress(end, len(text))
        return
    stream, back = ShortFormStream(layer.text, lang, wanted), dict[int, BaseReference]()
    for refs, end in itertools.chain(head, chunks):
        with whole.under_way():
            records = stream.feed(layer.shifted(refs, back), layer.copy_start(end))
        yield from layer.mapped(records, back)  # type: ignore[misc]
        if progress is not None:
            progress(end, len(text))
