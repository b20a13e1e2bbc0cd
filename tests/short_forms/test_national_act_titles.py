"""short_forms/definitions: an alias after a title that runs on into a national act is
not the EU act's (the record's national_act_words)."""

from __future__ import annotations

from tests.support.extracted import extracted


def _aliases(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


def test_a_national_act_after_the_title_takes_the_alias() -> None:
    # the Slovenian Supreme Court (VSRS IV Ips 2/2021, sodnapraksa.si) and its English
    sl = (
        "Na podlagi Direktive 2003/88/ES o delovnem času, Zakon o delovnih razmerjih "
        "(v nadaljnjem besedilu: ZDR-1) določa. 5. člen ZDR-1 pravi."
    )
    en = (
        "Under Directive 2003/88/EC on working time and the Employment Relationships Act "
        "(hereinafter 'ZDR-1'), workers may rest. Article 5 of ZDR-1 provides otherwise."
    )
    assert _aliases(sl) == []
    assert _aliases(en) == []


def test_the_act_own_title_and_short_title_still_define() -> None:
    text = (
        "Directive 2003/88/EC concerning certain aspects of the organisation of working "
        "time ('the Working Time Directive') applies. The Working Time Directive says so. "
        "Regulation (EU) No 952/2013 laying down the Union Customs Code ('the Code'). "
        "Article 5 of the Code applies."
    )
    assert _aliases(text) == [("Working Time Directive", "32003L0088"), ("Code", "32013R0952")]
