"""An anaphor after a citation whose national copy the text then named (``Regulation
(EU) 2016/679 as it forms part of domestic law ("the UK GDPR"). Under that
Regulation``) speaks of the copy, which has no EU act: it gives nothing
(``eurefs/short_forms/national_copies.copied``); so does one after a citation the phrase
follows in its sentence with no alias (``national_copies.retained``).  A plain citation
keeps its anaphors."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.short_forms import anaphors
from eurefs.short_forms.incremental import ShortFormStream
from tests.support.extracted import extracted
from tests.support.spies import spy

_TITLE = (
    "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April "
    "2016 on the protection of natural persons with regard to the processing of personal "
    "data and on the free movement of such data"
)


def _shorts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


def _fed(text: str) -> list[tuple[str, str | None]]:
    refs = eurefs.extract(text, short_forms=False)
    stream = ShortFormStream(text, "en")
    out = [*stream.feed(list(refs), len(text)), *stream.finish()]  # type: ignore[arg-type]
    return [(r.text, r.celex) for r in out if r.kind == "short_form"]


@pytest.mark.parametrize(
    "text",
    [
        # the phrase, then an alias that is no site (were 'that Regulation' -> 32016R0679)
        'Regulation (EU) 2016/679 as it forms part of domestic law ("the UK GDPR"). '
        "Under that Regulation the controller must act.",
        # the Data Protection Act 2018's definition (s. 3(10)), then the anaphor
        f"{_TITLE}, as it forms part of the law of England and Wales, Scotland and "
        "Northern Ireland by virtue of section 3 of the European Union (Withdrawal) Act "
        "2018 ('the UK GDPR'). Article 5 of that Regulation applies.",
        # an alias defined for the copy with a national mark alone
        'Regulation (EU) 2016/679 (the "UK General Data Protection Regulation"). '
        "Under that Regulation the controller must act.",
        # an alias site after the phrase
        'Regulation (EU) No 648/2012, as it forms part of domestic law ("EMIR"). Under '
        "that Regulation, firms report.",
        # 'thereof' as well
        'Regulation (EU) 2016/679 as it forms part of domestic law ("the UK GDPR"), and in '
        "particular Article 5 thereof",
        # no alias: the phrase in the citation's sentence (were 32016R0679)
        "Regulation (EU) 2016/679 as retained in UK law by the European Union (Withdrawal) "
        "Act 2018. Under that Regulation, controllers must keep records.",
        "Regulation (EU) 2016/679 as it forms part of domestic law by virtue of section 3 "
        "of the European Union (Withdrawal) Act 2018. Under that Regulation the controller "
        "must act.",
        f"{_TITLE}, as it forms part of the law of England and Wales. Article 5 of that "
        "Regulation applies.",
        "Regulation (EU) 2016/679 as retained in UK law, and in particular Article 5 thereof",
    ],
)
def test_an_anaphor_after_a_national_copy_gives_nothing(text: str) -> None:
    assert _shorts(text) == []
    assert _fed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Regulation (EU) 2016/679 applies. Under that Regulation the controller must act.",
        'Regulation (EU) 2016/679 ("the GDPR"). Under that Regulation the controller acts.',
        "Regulation (EU) 2016/679, and in particular Article 5 thereof",
        # the EU act cited again after the copy: the anaphor is the EU act's
        'Regulation (EU) 2016/679 as it forms part of domestic law ("the UK GDPR"). '
        "Regulation (EU) 2016/679 applies in the Union. Under that Regulation the "
        "controller must act.",
        # the phrase in the next sentence, not the citation's
        "Regulation (EU) 2016/679 applies. Retained EU law differs. Under that Regulation "
        "the controller must act.",
        # 'U.K.' ends no sentence: no phrase there either
        "Regulation (EU) 2016/679 applies in U.K. law too. Under that Regulation the "
        "controller must act.",
        # the phrase in another place than right after the citation
        "Regulation (EU) 2016/679 applies. "
        + "It protects personal data. " * 12
        + "Retained EU law differs. Under that Regulation the controller must act.",
    ],
)
def test_an_anaphor_after_the_eu_act_keeps_its_target(text: str) -> None:
    assert [c for _, c in _shorts(text)][-1:] == ["32016R0679"]
    assert _fed(text) == _shorts(text)


def test_the_phrases_are_read_only_where_one_of_their_words_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most gaps between a mention and its anaphor hold no word of any phrase: the log
    tells so with ``in`` and asks ``copy_phrase_end`` only where one is."""
    calls = spy(monkeypatch, anaphors, "copy_phrase_end").calls
    plain = "Regulation (EU) 2016/679 applies. Under that Regulation the controller must act."
    assert _shorts(plain) == [("that Regulation", "32016R0679")]
    assert calls == []
    assert (
        _shorts(
            "Regulation (EU) 2016/679 as retained in UK law by the European Union (Withdrawal) "
            "Act 2018. Under that Regulation, controllers must keep records."
        )
        == []
    )
    assert len(calls) == 1
