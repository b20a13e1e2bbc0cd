"""A pinpoint right after a defined term written as a name (``short_forms._named``), as
after a popular name (``short_forms/name_pinpoints``): ``Regulation (EU) 2016/679 (the
"GDPR") ... (GDPR Art. 9)``.  The definition made the name a defined term, which lost the
pinpoint the popular name alone kept."""

from __future__ import annotations

import eurefs

# a data processing agreement's page in a public repository (find_string '(the "GDPR")'),
# the markup as written
SEENTRIX = """      <h2>1. Definitions</h2>
      <p>
        Terms such as "personal data", "processing", "controller",
        "processor", and "sub-processor" have the meanings given to them
        in Regulation (EU) 2016/679 (the "GDPR").
      </p>

      <h2>8. Controller obligations</h2>
      <p>
        The Controller warrants that it has a valid legal basis for every
        data-subject's data uploaded to the Service, and will not upload
        special-category data (GDPR Art. 9) unless a specific data-class
        addendum has been signed.
      </p>
"""


def _short_forms(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (r.text, r.celex, r.pinpoint, r.how)
        for r in eurefs.extract(text)
        if isinstance(r, eurefs.ShortFormRef)
    ]


def test_pinpoint_after_a_defined_acronym() -> None:
    assert _short_forms(SEENTRIX) == [("GDPR", "32016R0679", "Art. 9", "defined_term")]


def test_no_pinpoint_of_something_else_after_it() -> None:
    # the ICO guide's 'the GDPR Article 29 Working Party' (tests/short_forms/
    # test_name_pinpoints) after the same definition
    text = SEENTRIX + "It includes links to the GDPR Article 29 Working Party guidance."
    assert [p for _, _, p, _ in _short_forms(text)] == ["Art. 9", None]
