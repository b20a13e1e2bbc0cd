"""Where a reference links to: EUR-Lex, ELI, Cellar, or a user's URL template.

A :class:`Linker` turns a reference into a :class:`Link`: an ``href``, or no
``href`` and the reason why (shown as a tooltip in HTML), so a reference that
names no single document is never linked to a guess.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from eurefs.errors import ConfigurationError, EurefsError, ResolveError, WrongArgumentType
from eurefs.identifiers import cellar_resource_uri, eurlex_celex_url, eurlex_url_in
from eurefs.kinds import KIND_FACTS, ReferenceKind
from eurefs.languages.codes import LANGUAGES
from eurefs.lookup import lookup_for
from eurefs.models.references import BaseReference

#: Built-in link targets (``--link`` values).
SCHEMES = ("eurlex", "eli", "cellar")

#: Fields a URL template may use, and what each is taken from.
TEMPLATE_FIELDS: dict[str, Callable[[BaseReference], str | None]] = {
    "celex": lambda r: r.celex,
    "eli": lambda r: r.eli,
    "ecli": lambda r: r.normalized if r.kind == "ecli" else None,
    "normalized": lambda r: r.normalized,
    "kind": lambda r: r.kind,
    "text": lambda r: r.text,
}


class LinkTemplateError(EurefsError, ValueError):
    """A ``--link`` value that is neither a known target nor a valid URL template."""


@dataclass(frozen=True)
class Link:
    """Where one reference points: ``href``, or None with the ``reason`` it has none."""

    href: str | None
    reason: str | None = None


# Why a reference of each kind names no single document, whatever the target (the kinds'
# rows, ``kinds.KIND_FACTS``; ``tests/test_kinds`` checks that a kind no lookup takes has its
# reason).
NO_SINGLE_DOCUMENT: dict[ReferenceKind, str] = {
    kind: facts.no_single_document
    for kind, facts in KIND_FACTS.items()
    if facts.no_single_document is not None
}


def why_unlinked(ref: BaseReference, missing: str) -> str:
    """A sentence for people saying why ``ref`` has no link (``missing`` names what is missing)."""
    if ref.kind in NO_SINGLE_DOCUMENT and not ref.celex:
        return f"Not linked: {NO_SINGLE_DOCUMENT[ref.kind]}."
    if ref.kind == "com_document" and ref.normalized.startswith("C("):
        return "Not linked: C(...) documents are not published under their C number."
    if missing == "CELEX number" and len(ref.celex_candidates) > 1:
        options = " or ".join(ref.celex_candidates)
        return f"Not linked: the text alone does not decide the CELEX number ({options})."
    if ref.kind == "legal_act" and not ref.celex and missing == "CELEX number":
        return "Not linked: an act cited without its number has no CELEX number in the text."
    if missing == "ELI" and ref.kind == "legal_act":
        return (
            "Not linked: no ELI follows from the citation alone "
            "(a regulation or decision may be delegated or implementing)."
        )
    return f"Not linked: no {missing} follows from this reference."


def checked_page_language(lang: str | None) -> str | None:
    """``lang`` as EUR-Lex's pages are chosen by (``fr``), or None for none given.

    Raises:
        ConfigurationError: for a ``lang`` that is not an official EU language.
        WrongArgumentType: for a ``lang`` that is not a str.
    """
    if lang is not None and not isinstance(lang, str):
        raise WrongArgumentType(f"lang must be a language code such as 'fr', not {lang!r}")
    if lang is None or lang.lower() in LANGUAGES:
        return None if lang is None else lang.lower()
    known = " ".join(LANGUAGES)
    raise ConfigurationError(f"unknown language {lang!r} for EUR-Lex pages: use one of {known}")


def text_language(references: Iterable[BaseReference]) -> str:
    """The language most of a text's references are written in (the first met of those
    most often met; ``en`` when none is in an EU language): the language of the EUR-Lex
    pages its links go to, whatever a reference's own (a German proposal's ``SWD(2021)
    84 final`` among its annexes' headings, told Italian, still links to a German page)."""
    counts = Counter(ref.lang for ref in references if ref.lang in LANGUAGES)
    return counts.most_common(1)[0][0] if counts else "en"


def eurlex_page_url(ref: BaseReference, lang: str | None = None) -> str | None:
    """The EUR-Lex page of a reference, in ``lang`` (checked, :func:`checked_page_language`)
    when given, else in the reference's own language (a French text's references link to
    French pages); None when the reference has none."""
    url = ref.eurlex_url
    if not url and ref.celex:  # a short form has its target's CELEX, no address
        url = eurlex_celex_url(ref.celex)
    if not url:
        return None
    return eurlex_url_in(url, lang or (ref.lang if ref.lang in LANGUAGES else "en"))


def _eurlex_in(lang: str | None) -> Linker:
    def link(ref: BaseReference) -> Link:
        url = eurlex_page_url(ref, lang)
        return Link(url) if url else Link(None, why_unlinked(ref, "EUR-Lex address"))

    return link


def _eli(ref: BaseReference) -> Link:
    if ref.eli:
        return Link(ref.eli)
    return Link(None, why_unlinked(ref, "ELI"))


def _cellar(ref: BaseReference) -> Link:
    try:
        notice = lookup_for(ref).notice
    except ResolveError:
        notice = None
    if notice is None:
        return Link(None, why_unlinked(ref, "Cellar resource"))
    return Link(cellar_resource_uri(*notice))


_FIELD_NAMES = {"celex": "CELEX number", "eli": "ELI", "ecli": "ECLI"}


def _check_template(template: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise LinkTemplateError(f"bad link template {template!r}: {exc}") from None
    fields: list[str] = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in TEMPLATE_FIELDS:
            allowed = ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS)
            raise LinkTemplateError(
                f"bad link template {template!r}: unknown field {{{name}}}; use {allowed}"
            )
        if spec or conversion:
            raise LinkTemplateError(
                f"bad link template {template!r}: {{{name}}} takes no format or conversion"
            )
        fields.append(name)
    if not fields:
        raise LinkTemplateError(
            f"bad link template {template!r}: it has no field such as {{celex}}; "
            f"or use one of: {', '.join(SCHEMES)}"
        )
    parts = urlsplit(template.replace("{", "").replace("}", ""))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LinkTemplateError(
            f"bad link template {template!r}: it must be an http(s) URL, "
            "e.g. https://example.org/{celex}"
        )
    return fields


def _template(template: str) -> Callable[[BaseReference], Link]:
    fields = _check_template(template)

    def link(ref: BaseReference) -> Link:
        values: dict[str, str] = {}
        for name in fields:
            value = TEMPLATE_FIELDS[name](ref)
            if not value:
                return Link(None, why_unlinked(ref, _FIELD_NAMES.get(name, name)))
            # Percent-encoded: a value can never add a query, fragment or scheme.
            values[name] = quote(value, safe="/:()")
        return Link(template.format(**values))

    return link


Linker = Callable[[BaseReference], Link]


def with_antecedents(to_link: Linker, references: Sequence[BaseReference]) -> Linker:
    """``to_link``, except that a short form links where its antecedent links.

    ``the GDPR`` or ``that Regulation`` then gets exactly the link of the full
    ``Regulation (EU) 2016/679`` it stands for, whatever the target or template.
    """
    by_span = {(r.start, r.end): r for r in references if r.kind != "short_form"}

    def link(ref: BaseReference) -> Link:
        start = getattr(ref, "antecedent_start", None)
        end = getattr(ref, "antecedent_end", None)
        antecedent = by_span.get((start, end)) if start is not None and end is not None else None
        return to_link(antecedent if antecedent is not None else ref)

    return link


def linker(link: str | Linker, lang: str | None = None) -> Linker:
    """The link function for ``eurlex``, ``eli``, ``cellar``, a URL template, or a callable.

    ``lang`` is the language of the EUR-Lex pages linked (``fr``); by default each
    reference's own (:func:`eurlex_page_url`; :func:`~eurefs.annotation.annotate` gives
    the text's, :func:`text_language`).

    Raises:
        LinkTemplateError: for an unknown target or an invalid template.
        ConfigurationError: for a ``lang`` that is not an official EU language.
        WrongArgumentType: for a ``link`` that is neither a str nor a function.
    """
    chosen = checked_page_language(lang)
    if callable(link):
        return link
    if not isinstance(link, str):
        raise WrongArgumentType(
            f"link must be {', '.join(SCHEMES)}, a URL template or a function, not {link!r}"
        )
    if link == "eurlex":
        return _eurlex_in(chosen)
    builtin = {"eli": _eli, "cellar": _cellar}.get(link)
    if builtin is not None:
        return builtin
    if "{" not in link:
        raise LinkTemplateError(
            f"unknown link target {link!r}: use {', '.join(SCHEMES)} "
            "or a URL template such as https://example.org/{celex}"
        )
    return _template(link)
