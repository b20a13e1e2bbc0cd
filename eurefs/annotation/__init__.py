"""Link every reference in a text or an HTML page (the counterpart of eyecite's ``annotate``).

    import eurefs
    html = eurefs.annotate(text)                                  # plain text -> HTML
    md = eurefs.annotate(text, format="markdown", link="eli")
    page = eurefs.annotate_html(source, link="https://example.org/{celex}")

References without a link target (a treaty article, a COM number whose CELEX
the text does not decide under ``{celex}``) stay plain text; in HTML they get
a ``title`` saying why.  A short form (``the GDPR``, ``that Regulation``)
links where the full reference it stands for links.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Literal

from eurefs.annotation.htmltext import HtmlText, html_text, wrap
from eurefs.annotation.links import (
    SCHEMES,
    Link,
    Linker,
    LinkTemplateError,
    linker,
    text_language,
    why_unlinked,
    with_antecedents,
)
from eurefs.annotation.markdown import before_link, markdown_link, outside_markdown
from eurefs.arguments import checked_references, checked_str
from eurefs.errors import ConfigurationError, WrongArgumentType
from eurefs.models.references import BaseReference

Format = Literal["html", "markdown", "text"]
FORMATS: tuple[Format, ...] = ("html", "markdown", "text")

__all__ = [
    "FORMATS",
    "SCHEMES",
    "Format",
    "HtmlText",
    "Link",
    "LinkTemplateError",
    "Linker",
    "annotate",
    "annotate_html",
    "html_text",
    "linker",
    "non_overlapping",
    "text_language",
    "why_unlinked",
]


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def non_overlapping(refs: Iterable[BaseReference], length: int) -> list[BaseReference]:
    """References in text order, dropping any that overlap an earlier one or leave the text."""
    kept: list[BaseReference] = []
    end = 0
    for ref in sorted(refs, key=lambda r: (r.start, -r.end)):
        if ref.start >= end and ref.end <= length and ref.start < ref.end:
            kept.append(ref)
            end = ref.end
    return kept


def html_markup(ref: BaseReference, link: Link) -> tuple[str, str]:
    """Opening and closing markup for one reference (escaped; ``title`` on unlinked ones)."""
    kind = _attr(ref.kind)
    if link.href is None:
        reason = _attr(link.reason or "Not linked.")
        return f'<span class="eurefs-ref eurefs-unlinked" data-kind="{kind}" title="{reason}">', (
            "</span>"
        )
    return (
        f'<a class="eurefs-ref" data-kind="{kind}" href="{_attr(link.href)}" '
        f'title="{_attr(ref.normalized)}">',
        "</a>",
    )


def _default_refs(
    caller: str, text: str, references: Sequence[BaseReference] | None
) -> list[BaseReference]:
    if references is not None:
        return checked_references(caller, references)
    from eurefs.scanner import extract

    return list(extract(text))


def annotate(
    text: str,
    references: Sequence[BaseReference] | None = None,
    *,
    link: str | Linker = "eurlex",
    format: Format = "html",
    lang: str | None = None,
) -> str:
    """Return ``text`` with each reference linked.

    Args:
        text: Plain text (for an HTML page use :func:`annotate_html`).
        references: References found in ``text`` (their offsets index it);
            by default :func:`eurefs.extract` is run on it.
        link: ``eurlex``, ``eli``, ``cellar``, a URL template such as
            ``https://example.org/{celex}``, or a function of a reference to a :class:`Link`.
        format: ``html`` (escaped text in a ``<div>`` keeping line breaks, links as
            ``<a>``), ``markdown`` (``[text](<url>)``; references inside the
            text's own Markdown links, autolinks, code spans and fenced code blocks
            are left alone) or ``text`` (``text <url>``).
        lang: The language of EUR-Lex pages (``fr``); by default the text's (``text_language``).

    Raises:
        LinkTemplateError: for an unknown link target or an invalid template.
        ConfigurationError: (a ValueError) for an unknown format or language.
        WrongArgumentType: (a TypeError) ``text`` or ``format`` no str, ``link`` no
            str nor function, ``references`` no iterable of references.
    """
    if not isinstance(text, str):
        raise WrongArgumentType(f"annotate() needs a str, not {type(text).__name__}")
    checked_str("format", format)
    if format not in FORMATS:
        raise ConfigurationError(f"unknown format {format!r}: use {', '.join(FORMATS)}")
    given = _default_refs("annotate", text, references)
    to_link = with_antecedents(linker(link, lang or text_language(given)), given)
    refs = non_overlapping(given, len(text))
    if format == "markdown":
        refs = outside_markdown(text, refs)
    out: list[str] = []
    pos = 0
    plain = (lambda s: html.escape(s, quote=False)) if format == "html" else (lambda s: s)
    for ref in refs:
        out.append(plain(text[pos : ref.start]))
        piece = text[ref.start : ref.end]
        target = to_link(ref)
        if format == "html":
            open_tag, close_tag = html_markup(ref, target)
            out.append(open_tag + plain(piece) + close_tag)
        elif target.href is None:
            out.append(piece)
        elif format == "markdown":
            out[-1] = before_link(out[-1])
            out.append(markdown_link(piece, target.href))
        else:
            out.append(f"{piece} <{target.href}>")
        pos = ref.end
    out.append(plain(text[pos:]))
    body = "".join(out)
    html_div = '<div class="eurefs-text" style="white-space: pre-wrap">{}</div>\n'
    return html_div.format(body) if format == "html" else body


def annotate_html(
    source: str | HtmlText,
    references: Sequence[BaseReference] | None = None,
    *,
    link: str | Linker = "eurlex",
    lang: str | None = None,
) -> str:
    """Return the HTML page ``source`` with each reference in its text linked.

    Only links are added: the page's text content, its other markup, existing
    links (references inside them are left alone), ``<script>`` and ``<style>``
    stay as they were.  A reference that crosses tags gets one link per piece.

    Args:
        source: The HTML source, or the :class:`HtmlText` that :func:`html_text`
            made of it (read once when the caller needs its text too).
        references: References whose offsets index ``html_text(source).text``;
            by default :func:`eurefs.extract` is run on that text.
        link: As for :func:`annotate`.
        lang: As for :func:`annotate`.

    Raises:
        ConfigurationError: (a ValueError) for an unknown language.
        WrongArgumentType: (a TypeError) when ``source`` is neither a str nor an
            :class:`HtmlText`, ``link`` neither a str nor a function, or
            ``references`` no iterable of references.
    """
    if not isinstance(source, str | HtmlText):
        raise WrongArgumentType(
            f"annotate_html() needs a str or HtmlText, not {type(source).__name__}"
        )
    doc = source if isinstance(source, HtmlText) else html_text(source)
    given = _default_refs("annotate_html", doc.text, references)
    to_link = with_antecedents(linker(link, lang or text_language(given)), given)
    refs = non_overlapping(given, len(doc.text))
    spans = [(r.start, r.end, *html_markup(r, to_link(r))) for r in refs]
    return wrap(doc, spans)
