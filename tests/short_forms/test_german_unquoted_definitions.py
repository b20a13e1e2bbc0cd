"""German definitions without quotation marks, as the Court's German judgments write them
(``(ABl. L 145, S. 1, im Folgenden: Sechste Richtlinie)``), and their uses with the
adjective declined (``der Sechsten Richtlinie``): ``unquoted_aliases`` and
``adjective_endings`` of ``eurefs.languages.de``; a colon before a word in small letters
inside the act's title (``Mehrwertsteuersystem: einheitliche ...``) is no sentence end."""

from __future__ import annotations

import pytest

import eurefs

# The Court's judgment in C-401/06, Commission v Germany (mein.kiehl.de, Dokument 282389),
# paragraphs 1 and 2, as published there (the date filled in)
_KIEHL = (
    "1 Mit ihrer Klageschrift beantragt die Kommission der Europäischen Gemeinschaften, "
    "festzustellen, dass die Bundesrepublik Deutschland dadurch gegen ihre Verpflichtungen aus "
    "Art. 9 Abs. 2 Buchst. e der Sechsten Richtlinie 77/388/EWG des Rates vom 17. Mai 1977 zur "
    "Harmonisierung der Rechtsvorschriften der Mitgliedstaaten über die Umsatzsteuern - "
    "Gemeinsames Mehrwertsteuersystem: einheitliche steuerpflichtige Bemessungsgrundlage (ABl. "
    "L 145, S. 1, im Folgenden: Sechste Richtlinie) verstoßen hat, dass sich nach deutschem "
    "Recht der Ort der Dienstleistungen eines Testamentsvollstreckers nicht nach dieser "
    "Vorschrift bestimmt.\n2 Nach Art. 2 Abs. 1 der Sechsten Richtlinie unterliegen "
    "Dienstleistungen der Mehrwertsteuer."
)


def _defined(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.celex, r.pinpoint)
        for r in eurefs.extract(text, kinds="short_form")
        if r.how == "defined_term"
    ]


def test_sixth_directive_defined_without_quotes() -> None:
    # was nothing: no quotation marks, and the title's colon read as a sentence's end
    assert _defined(_KIEHL) == [("Sechsten Richtlinie", "31977L0388", "Art. 2 Abs. 1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English title of the same directive, with its colon (was nothing)
        ("Sixth Council Directive 77/388/EEC of 17 May 1977 on the harmonisation of the laws "
         "of the Member States relating to turnover taxes — Common system of value added tax: "
         "uniform basis of assessment (OJ 1977 L 145, p. 1) ('the Sixth Directive') applies. "
         "Article 13 of the Sixth Directive says so.",
         [("Sixth Directive", "31977L0388", "Article 13")]),
        # a bare type word after ``nachstehend:``, used with its article
        ("Die Richtlinie 95/46/EG (nachstehend: Richtlinie) gilt. Art. 3 der Richtlinie gilt.",
         [("Richtlinie", "31995L0046", "Art. 3")]),
    ],
)  # fmt: skip
def test_defined(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _defined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # brackets that define no act: a party, a judgment
        "Die Verordnung (EU) 2016/679 (im Folgenden: Klägerin) gilt. Die Klägerin klagt.",
        "Das Urteil vom 5. Mai 2019 (im Folgenden: angefochtenes Urteil) zur Richtlinie 95/46/EG.",
        # a sentence ends with a colon before a capital: the alias is no title's
        "Die Richtlinie 95/46/EG gilt: Die Kommission (im Folgenden: Richtlinie) klagt.",
        # the abbreviated citation as its own alias: the full reference, no short form
        "Richtlinie 2004/38/EG des Europäischen Parlaments und des Rates vom 29. April 2004 "
        "(ABl. L 158, S. 77, im Folgenden: Richtlinie 2004/38) gilt.",
    ],
)  # fmt: skip
def test_no_definition(text: str) -> None:
    assert _defined(text) == []
