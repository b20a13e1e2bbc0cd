"""Parsing one reference given alone: ``parse("COM(2021) 752 final")``.

A string parses to the one reference :func:`~eurefs.scanner.extract` reads as all of
it, perhaps after the allowances a reference given alone may take (white space and a
final ``.``, a leading case word, a URL around an identifier, lower case: see
``grammar/standalone``); else :class:`~eurefs.errors.ParseError` says why not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eurefs.errors import ParseError, WrongArgumentType
from eurefs.grammar import identifier_input, oj_special_editions, standalone
from eurefs.scanner import extract_light
from eurefs.work_keys import work_kind

if TYPE_CHECKING:
    from eurefs.models import light
    from eurefs.models.references import Reference


def _alone(text: str) -> tuple[light.Reference | None, list[light.Reference]]:
    """The one reference ``text`` is (None when it is not), and what ``extract`` found."""
    full = extract_light(text, short_forms=False)  # one covering all: no room for a short form
    if not full and (edition := oj_special_editions.alone(text)) is not None:
        return edition, [edition]  # (read only after the journal's citation in a text)
    if len(full) == 1 and (full[0].start, full[0].end) == (0, len(text)):
        return full[0], full
    refs = extract_light(text)
    if len(refs) != 1:
        return None, refs
    ref = refs[0]
    head, tail = text[: ref.start], text[ref.end :]
    if (head == tail == "") or standalone.introduces_case(head, tail, ref.kind):
        return ref, refs
    alone = (
        standalone.wraps(head, tail, ref.kind)
        or (ref.kind in ("ecli", "case") and standalone.pinpoint_tail(head, tail, ref.kind))
        or standalone.article_before_name(head, tail, ref.kind)
        or standalone.written_pinpoint(head, tail, getattr(ref, "pinpoint", None))
    )
    return (ref if alone else None), refs


def parse(string: str) -> Reference:
    """Parse one reference given alone (``"COM(2021) 752 final"``, ``"32016R0679"``...).

    Every string that ``extract`` reads as exactly one reference covering all of it
    parses to that reference.  Also accepted: surrounding white space and a final
    ``.``/``,``/``;``, a leading ``Case``/``Joined Cases``/``Opinion`` (in any
    supported language) before a case number, the ``CELEX:`` prefix, EUR-Lex and
    Cellar URLs around an identifier, and identifiers typed in lower case
    (``c-131/12``, ``32016r0679``).  A popular name alone (``GDPR``, ``the European
    Green Deal``) parses to a ``short_form`` reference to its work.

    Args:
        string: The reference.

    Returns:
        The reference, with its span relative to ``string``.

    Raises:
        ParseError: when the string is not exactly one EU reference.
        WrongArgumentType: (a TypeError) when ``string`` is no str (a wrong type is
            no failed parse).
    """
    from eurefs.models.public import to_model

    if not isinstance(string, str):
        raise WrongArgumentType(f"parse() needs a str, not {type(string).__name__}")
    return to_model(parse_light(string))


def _work_key(text: str) -> light.Reference | None:
    """The reference a work key eurefs prints names (``oj:OJ C 229, 31.7.2012, p. 90``):
    its normal form read alone, of the key's kind; None for anything else.

    A ``{kind}:{normal form}`` key is printed only for a work its text gave no CELEX
    number (a work with one is keyed by it), so a normal form that gives one read alone
    was refused it by its text (``beslutning 83/99`` of 25 June 1999 is no decision of
    1983; ``décision 2005/214/JAI`` in capitals without accents may be the framework
    decision): that CELEX is never used.

    Raises:
        ParseError: for such a key.
    """
    key = identifier_input.work_key_form(text)
    if key is None:
        return None
    kind, written = key
    ref, _ = _alone(written)
    if ref is None or work_kind(ref) != kind:
        return None
    if ref.celex:
        raise ParseError(
            f"{text!r} is the key of a work its text gave no CELEX number, but {written!r} "
            f"read alone gives {ref.celex}, which the text ruled out: give the reference "
            "in its text (--from-text) or the CELEX number meant",
            text,
        )
    return ref


def _untyped_procedure(text: str) -> light.Reference | None:
    """A procedure given without its type (``procedure:2018_172``): its normal form is
    ``2018/0172`` and its type empty until Cellar's answer says it."""
    found = identifier_input.untyped_procedure(text)
    if found is None:
        return None
    from eurefs import identifiers as ids
    from eurefs.models.light import ProcedureRef
    from eurefs.models.prototypes import reference

    year, number = found
    return reference(
        ProcedureRef, text, 0, len(text), normalized=f"{year}/{number}", lang="en",
        cellar_ids=(f"procedure:{ids.procedure_id(year, number)}",),
        year=year, number=number, procedure_type="",
    )  # fmt: skip


def _identifier(string: str, text: str, lead: int) -> light.Reference | None:
    """The reference an identifier eurefs prints names (``comnat:COM_2021_0752_FIN``,
    a Cellar resource URI, a work key), spanning all of it; None when ``text`` is none."""
    update: dict[str, object] = {"start": lead, "end": lead + len(text), "text": text}
    try:
        form = identifier_input.written_form(text)
    except ParseError:
        if (ref := _work_key(text)) is None:
            raise
        return ref.model_copy(update=update)
    if form is None:
        ref = _untyped_procedure(text) or _work_key(text)
        return None if ref is None else ref.model_copy(update=update)
    written, kept = form
    ref, _ = _alone(written)
    if ref is None:
        raise ParseError(f"{text!r} names no reference eurefs reads", string)
    if kept is not None:
        update["cellar_ids"] = [kept]
    return ref.model_copy(update=update)


def parse_light(string: str) -> light.Reference:
    """:func:`parse`'s reference as the engine makes it (see
    :func:`~eurefs.scanner.extract_light`)."""
    if not isinstance(string, str):
        raise ParseError(f"parse() needs a str, not {type(string).__name__}", repr(string))
    text = string.strip()
    if not text.rstrip(".,;"):
        raise ParseError("empty input: expected one EU reference ('COM(2021) 752 final')", string)
    if text.startswith("{") and text.endswith("}"):
        raise ParseError(
            "a JSON object, not a reference: give one reference a line ('eurefs resolve -' "
            "reads a record of 'eurefs extract' as the work it names, its 'work')",
            string[:80],
        )
    if len(text) > 500:
        raise ParseError("input too long for a single reference (over 500 characters)", string[:80])
    lead = len(string) - len(string.lstrip())
    found: list[light.Reference] = []
    # as written, then without a final full stop or comma, then in upper case
    trimmed = text.rstrip(".,;").rstrip()
    for candidate in dict.fromkeys((text, trimmed, standalone.upper_case_form(trimmed))):
        if candidate is None:
            continue
        ref, refs = _alone(candidate)
        if ref is not None:
            span = {"start": ref.start + lead, "end": ref.end + lead}
            return ref.model_copy(update={**span, "text": string[span["start"] : span["end"]]})
        found = found or refs
    printed = _identifier(string, text, lead)
    if printed is not None:
        return printed
    inner = standalone.unquoted(trimmed)
    if inner is not None:  # a reference in quotation marks: a CSV cell, a copied quote
        try:
            ref = parse_light(inner)
        except ParseError:
            ref = None
        if ref is not None:
            span = {"start": ref.start + lead + 1, "end": ref.end + lead + 1}
            return ref.model_copy(update={**span, "text": string[span["start"] : span["end"]]})
    if len(found) > 1:
        listing = ", ".join(repr(r.text) for r in found[:5])
        raise ParseError(
            f"expected exactly one reference in {text!r}, found {len(found)}: {listing}", string
        )
    raise ParseError(
        f"not an EU reference: {text!r}. Expected one of: a Commission document "
        "('COM(2021) 752 final'), a legal act ('Regulation (EU) 2016/679'), an OJ citation "
        "('OJ L 119, 4.5.2016, p. 1'), a CELEX number ('32016R0679'), an ELI, an ECLI, "
        "a case number ('C-131/12'), a procedure number ('2021/0401(NLE)') or a treaty "
        "article ('Article 267 TFEU')",
        string,
    )
