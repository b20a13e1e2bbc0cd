"""The scanner: finds every reference in a text, the full ones (``eurefs.family_scan``:
the grammar's families) and the short forms that point back to them
(``eurefs.short_forms``), with exact spans on the text as written (``eurefs.normal_form``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from eurefs import latin1
from eurefs.arguments import checked_flag
from eurefs.collector import collector_paused
from eurefs.errors import ConfigurationError, WrongArgumentType
from eurefs.family_scan import extract_kinds
from eurefs.grammar import years
from eurefs.grammar.named_again import NamedTreaties
from eurefs.grammar.whole_text import WholeText
from eurefs.kinds import ALL_KINDS, SHORT_FORM
from eurefs.normal_form import NormalForm
from eurefs.text import DocumentText

if TYPE_CHECKING:
    from eurefs.models import light
    from eurefs.models.references import Reference


def _wanted(kinds: object) -> set[str] | None:
    """The kinds asked for (None: every kind); one kind as a string is that kind, not its
    letters.

    Raises:
        WrongArgumentType: ``kinds`` is not a str nor an iterable of them.
        ConfigurationError: no kind, or an unknown one.
    """
    if kinds is None:
        return None
    try:
        wanted = {kinds} if isinstance(kinds, str) else set(kinds)  # type: ignore[call-overload]
    except TypeError:  # (not iterable, or unhashable items)
        wanted = {None}
    if not all(isinstance(kind, str) for kind in wanted):
        raise WrongArgumentType(
            f"kinds must be a kind or an iterable of kinds (str), not {kinds!r}: "
            f"choose from {', '.join(ALL_KINDS)}"
        )
    if not wanted:
        raise ConfigurationError(f"no reference kind given: choose from {', '.join(ALL_KINDS)}")
    unknown = sorted(wanted - set(ALL_KINDS))
    if unknown:  # ('' named nothing: "unknown reference kind(s): ", and no kind to choose)
        listed = [kind.strip() for name in unknown for kind in name.split(",") if kind.strip()]
        hint = f" (several kinds are a list: kinds={listed!r})" if "," in "".join(unknown) else ""
        raise ConfigurationError(
            f"unknown reference kind(s) {', '.join(map(repr, unknown))}{hint}: "
            f"choose from {', '.join(ALL_KINDS)}"
        )
    return wanted


def extract(
    text: str | DocumentText,
    *,
    kinds: str | Iterable[str] | None = None,
    short_forms: bool = True,
) -> list[Reference]:
    """Find every EU reference in ``text``.

    Args:
        text: Any text (plain text, markdown, text extracted from PDF or HTML), or a
            document read by :func:`eurefs.read_document`; references from a paged
            document carry ``doc_page``, and spans index ``document.text``.
        kinds: Only these reference kinds (see ``eurefs.ALL_KINDS``): one kind
            (``"oj"``) or several (``["oj", "celex"]``); all when None.
        short_forms: Also return back-references (kind ``short_form``: defined
            terms, anaphors, popular names; see ``eurefs.short_forms``).

    Returns:
        References sorted by ``start``, never overlapping, with
        ``text[ref.start:ref.end] == ref.text``.

    Raises:
        WrongArgumentType: (a TypeError) when ``text`` is not a ``str`` or
            :class:`DocumentText`, ``kinds`` not a str or an iterable of them, or
            ``short_forms`` no bool.
        ConfigurationError: (a ValueError) for an unknown kind, or an empty
            collection of kinds.
    """
    from eurefs.models.public import to_models

    with collector_paused():  # (one pause: the models too stay alive)
        return to_models(extract_light(text, kinds=kinds, short_forms=short_forms))


def extract_light(
    text: str | DocumentText,
    *,
    kinds: str | Iterable[str] | None = None,
    short_forms: bool = True,
) -> list[light.Reference]:
    """:func:`extract`'s references as the engine makes them: light references
    (``eurefs.models.light``), which the command line writes without pydantic."""
    if isinstance(text, DocumentText):
        refs = extract_light(text.text, kinds=kinds, short_forms=short_forms)
        if not text.page_starts:
            return refs
        return [r.model_copy(update={"doc_page": text.page_at(r.start)}) for r in refs]
    if not isinstance(text, str):
        raise WrongArgumentType(f"extract() needs a str or DocumentText, not {type(text).__name__}")
    checked_flag("short_forms", short_forms)
    wanted = _wanted(kinds)
    with_short = short_forms and (wanted is None or SHORT_FORM in wanted)
    # Short forms need the full references they point back to, whatever is wanted.
    # Extraction allocates many small objects that all stay alive until it returns:
    # the cyclic collector would rescan them again and again (time superlinear in
    # the number of references) and can free none of them, so it pauses meanwhile.
    # (one Latin-1 copy of the text for the core's view and the short forms' name scan)
    # (one day for the whole extraction: ``years.day_fixed``)
    with collector_paused(), latin1.shared(text), years.day_fixed():
        # (line ends as ``\n``, accents composed: ``eurefs.normal_form``)
        form = NormalForm.of(text)
        if form is not None:
            return form.mapped(extract_light(form.text, kinds=kinds, short_forms=short_forms))
        whole = WholeText(text)
        with whole.under_way():  # (the text's reads kept for this extraction only)
            refs = extract_kinds(text, None if with_short else wanted, NamedTreaties(), whole=whole)
            if not with_short:
                return refs
            from eurefs.short_forms import with_short_forms

            return with_short_forms(text, refs, wanted, whole.unseen)  # type: ignore[return-value]
