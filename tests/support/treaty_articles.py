"""A check the treaty-article tests share: one reference, as expected, that parses back."""

from __future__ import annotations

import eurefs


def assert_one_treaty_article(text: str, span: str, normalized: str, treaty: str) -> None:
    """``text`` holds one reference, a treaty article spanning ``span`` with the normal
    form ``normalized`` of ``treaty``; parsing the normal form gives it back."""
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty) == (
        "treaty_article", span, normalized, treaty,
    )  # fmt: skip
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty) == (normalized, treaty)
