"""Checks the treaty-article tests share: one reference, as expected, that parses back."""

from __future__ import annotations

import eurefs


def assert_one_treaty_article(
    text: str, span: str, normalized: str, treaty: str
) -> eurefs.Reference:
    """``text`` holds one reference, a treaty article spanning ``span`` with the normal
    form ``normalized`` of ``treaty``; parsing the normal form gives it back.  Returns the
    reference (for what else a test asks of it)."""
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty) == (
        "treaty_article", span, normalized, treaty,
    )  # fmt: skip
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty) == (normalized, treaty)
    return ref


def assert_treaty_article_reads(
    text: str, span: str, normalized: str, articles: list[str]
) -> eurefs.Reference:
    """The one treaty article of ``text`` spans ``span`` with the normal form ``normalized``
    and these articles; parsing the normal form gives them back (and the treaty)."""
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, list(ref.articles)) == (span, normalized, articles)
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty, again.articles) == (
        normalized, ref.treaty, ref.articles,
    )  # fmt: skip
    return ref
