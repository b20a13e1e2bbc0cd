"""An alias defined for a national copy of an act (``Regulation (EU) 2016/679 as it forms
part of domestic law ... ('the UK GDPR')``) is bound to nothing: its uses give no CELEX,
the full citation stays.  The phrases are those of UK texts (Data Protection Act 2018,
s. 3(10); SI 2019/419; SI 2023/1424; see ``national_copy_phrases`` in ``languages/en``)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms.incremental import ShortFormStream
from eurefs.short_forms.national_copies import national_definition
from tests.support.extracted import extracted

_TITLE = (
    "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April "
    "2016 on the protection of natural persons with regard to the processing of personal "
    "data and on the free movement of such data"
)
_EMIR = (
    "Regulation (EU) No 648/2012 of the European Parliament and of the Council of 4 July "
    "2012 on OTC derivatives, central counterparties and trade repositories"
)


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "kind", "text", "celex")


def _fed(text: str) -> list[tuple[str, str, str | None]]:
    refs = eurefs.extract(text, short_forms=False)
    stream = ShortFormStream(text, "en")
    out = stream.feed(list(refs), len(text))  # type: ignore[arg-type]
    return [(r.kind, r.text, r.celex) for r in [*out, *stream.finish()]]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (  # the Data Protection Act 2018's own definition
            f"{_TITLE}, as it forms part of the law of England and Wales, Scotland and "
            "Northern Ireland by virtue of section 3 of the European Union (Withdrawal) "
            "Act 2018 ('the UK GDPR'). Controllers must comply with the UK GDPR.",
            "Regulation (EU) 2016/679",
        ),
        (
            f'{_EMIR}, as it forms part of domestic law ("EMIR"). Under EMIR, firms report.',
            "Regulation (EU) No 648/2012",
        ),
        (
            f'{_EMIR} as retained in UK law ("the Regulation"). Under the Regulation, '
            "firms report.",
            "Regulation (EU) No 648/2012",
        ),
        (
            'Regulation (EU) No 596/2014 as retained ("the Market Abuse Regulation") '
            "applies. Under the Market Abuse Regulation, issuers disclose.",
            "Regulation (EU) No 596/2014",
        ),
        (
            "Regulation (EU) No 600/2014 as amended by the Markets in Financial Instruments "
            '(Amendment) (EU Exit) Regulations 2019 ("MiFIR") applies. Under MiFIR, firms '
            "report.",
            "Regulation (EU) No 600/2014",
        ),
        (
            'Regulation (EU) No 596/2014, which is assimilated law ("the Regulation"), '
            "applies. Under the Regulation, issuers disclose.",
            "Regulation (EU) No 596/2014",
        ),
        (  # the retained title's own short name (SI 2019/419, Sch. 1 para. 2)
            f"{_TITLE} (United Kingdom General Data Protection Regulation) applies. The "
            "United Kingdom General Data Protection Regulation protects data.",
            "Regulation (EU) 2016/679",
        ),
        (
            f'{_TITLE} (the "UK General Data Protection Regulation"). Controllers comply '
            "with the UK General Data Protection Regulation.",
            "Regulation (EU) 2016/679",
        ),
    ],
)
def test_an_alias_of_a_national_copy_gives_nothing(text: str, cited: str) -> None:
    celex = eurefs.extract(text)[0].celex
    assert _found(text) == [("legal_act", cited, celex)]
    assert _fed(text) == _found(text)


def test_the_eu_acts_alias_is_kept() -> None:
    text = "Regulation (EU) 2016/679 ('the GDPR') applies. Controllers comply with the GDPR."
    assert _found(text)[1:] == [("short_form", "GDPR", "32016R0679")]
    text = 'Regulation (EU) 2016/679 ("the EU GDPR") applies. Under the EU GDPR, firms report.'
    assert [c for k, _, c in _found(text) if k == "short_form"] == ["32016R0679"] * 2


def test_the_eu_alias_stays_next_to_the_national_one() -> None:
    text = (
        f"{_TITLE} ('the GDPR'). {_TITLE}, as it forms part of domestic law ('the UK "
        "GDPR'). The UK GDPR follows the GDPR."
    )
    shorts = [(t, c) for k, t, c in _found(text) if k == "short_form"]
    assert shorts == [("GDPR", "32016R0679")]
    assert _fed(text) == _found(text)


def test_a_phrase_in_another_paragraph_or_sentence_changes_nothing() -> None:
    text = (
        "Regulation (EU) No 596/2014 applies.\n\nRetained EU law differs "
        '("the Market Abuse Regulation"). The Market Abuse Regulation applies.'
    )
    assert _found(text)[-1] == ("short_form", "Market Abuse Regulation", "32014R0596")
    text = (
        f'{_EMIR} ("EMIR"). EMIR as it forms part of domestic law is UK EMIR. '
        "Under EMIR, firms report."
    )
    shorts = [c for k, _, c in _found(text) if k == "short_form"]
    assert shorts == ["32012R0648", "32012R0648"]


@pytest.mark.parametrize(
    ("gap", "alias", "expected"),
    [
        (" as it forms part of domestic law ", "the Regulation", True),
        (" as Retained ", "the Regulation", True),  # ignoring case
        (" (EU Exit) ", "MiFIR", True),
        (" ", "UK GDPR", True),
        (" ", "U.K. GDPR", True),
        (" ", "United Kingdom General Data Protection Regulation", True),
        (" ", "GDPR", False),
        (" ", "UKCA Regulation", False),  # no mark of its own
        (" on retainers ", "the Regulation", False),  # not the word
        (" as transposed ", "the Directive", False),
    ],
)
def test_national_definition(gap: str, alias: str, expected: bool) -> None:
    text = f"Regulation (EU) 2016/679{gap}('{alias}')"
    cited = len("Regulation (EU) 2016/679")
    assert national_definition(text, "en", cited, text.rindex("("), alias) is expected
