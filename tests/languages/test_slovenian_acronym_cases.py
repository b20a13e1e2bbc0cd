"""The GDPR's acronym declined after a hyphen as Slovenian writes it, with a ``j`` after the
consonant (``z GDPR-jem``): the Slovenian record's ``back_references.alias_suffixes``, as
Croatian's ``GDPR-a`` (tests/languages/test_national_writing)."""

from __future__ import annotations

import eurefs

# squalomail.com/sl, 'Vse kar morate vedeti o GDPR v 8 točkah' (pages corpus), its first
# paragraph
_SQUALOMAIL = (
    "V tem članku vas bomo seznanili z osnovami GDPR, ki vam bodo pomagale pri lažjem"
    " razumevanju in implementaciji zakona v vašem podjetju oziroma organizaciji. Članek je"
    " napisan iz stališča skladnosti z GDPR-jem za email marketing."
)


def test_instrumental_after_a_hyphen() -> None:
    """Before, the second was nothing: a hyphen after a name ends no name (``GDPR-compliant``)
    but for the record's case endings."""
    refs = [r for r in eurefs.extract(_SQUALOMAIL) if r.kind == "short_form"]
    assert [(r.text, r.celex, r.lang) for r in refs] == [
        ("GDPR", "32016R0679", "sl"),
        ("GDPR", "32016R0679", "sl"),
    ]
