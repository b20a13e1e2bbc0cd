"""Type words joined to another word before an act's number (``momsdirektivet 2006/112/EF``):
``eurefs.grammar.legal_act_compounds``, read by ``legal_act_words`` only with a domain."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "lang", "normalized", "celex"),
    [
        ("enligt mervärdesskattedirektivet 77/388/EG gäller", "mervärdesskattedirektivet 77/388/EG",
         "sv", "direktiv 77/388/EG", "31977L0388"),
        # Swedish terms in public repositories
        ("Parterna behandlar personuppgifter enligt dataskyddsförordningen (EU) 2016/679.",
         "dataskyddsförordningen (EU) 2016/679", "sv", "förordning (EU) 2016/679", "32016R0679"),
        ("artikel 194 i momsdirektivet 2006/112/EG", "momsdirektivet 2006/112/EG", "sv",
         "direktiv 2006/112/EG", "32006L0112"),
        ("de btw-richtlijn 2006/112/EG is", "btw-richtlijn 2006/112/EG", "nl",
         "Richtlijn 2006/112/EG", "32006L0112"),
        ("(Art. 138 EU BTW-richtlijn 2006/112/EG). 0% BTW.", "BTW-richtlijn 2006/112/EG", "nl",
         "Richtlijn 2006/112/EG", "32006L0112"),
        # a commentary's foreword (360.lexisnexis.at)
        ("Die Mehrwertsteuersystemrichtlinie 2006/112/EG regelt die Mehrwertsteuer",
         "Mehrwertsteuersystemrichtlinie 2006/112/EG", "de", "Richtlinie 2006/112/EG",
         "32006L0112"),
        ("die Datenschutz-Grundverordnung (EU) 2016/679 gilt",
         "Datenschutz-Grundverordnung (EU) 2016/679", "de", "Verordnung (EU) 2016/679",
         "32016R0679"),
        ("der Angemessenheitsbeschluss (EU) 2023/1795 gilt",
         "Angemessenheitsbeschluss (EU) 2023/1795", "de", "Beschluss (EU) 2023/1795",
         "32023D1795"),
        ("efter momsdirektivet 2006/112/EF er", "momsdirektivet 2006/112/EF", "da",
         "direktiv 2006/112/EF", "32006L0112"),
        ("overholder databeskyttelsesforordningen (EU) 2016/679 (\"forordningen\")",
         "databeskyttelsesforordningen (EU) 2016/679", "da", "forordning (EU) 2016/679",
         "32016R0679"),
        ("Käännetty verovelvollisuus arvonlisäverodirektiivin 2006/112/EY artiklan 194 mukaisesti",
         "arvonlisäverodirektiivin 2006/112/EY", "fi", "direktiivi 2006/112/EY", "32006L0112"),
        # Estonian: a report's list of sources and an invoice note (public repositories)
        ("Avaliku teabe seadus; isikuandmete kaitse üldmäärus (EL) 2016/679",
         "üldmäärus (EL) 2016/679", "et", "määrus (EL) 2016/679", "32016R0679"),
        ("tasub saaja (EL käibemaksudirektiivi 2006/112/EÜ art. 196).",
         "käibemaksudirektiivi 2006/112/EÜ", "et", "direktiiv 2006/112/EÜ", "32006L0112"),
    ],
)  # fmt: skip
def test_a_compound_before_a_number_is_the_act(
    text: str, span: str, lang: str, normalized: str, celex: str
) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, text[ref.start : ref.end], ref.lang) == (span, span, lang)
    assert (ref.normalized, ref.celex, ref.subtype) == (normalized, celex, None)
    assert eurefs.parse(ref.normalized).celex == celex


def test_a_compound_ending_in_a_compound_prefix_keeps_its_subtype() -> None:
    text = "die Kommissionsdurchführungsverordnung (EU) 2019/947"
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, ref.normalized, ref.subtype, ref.celex) == (
        "Kommissionsdurchführungsverordnung (EU) 2019/947",
        "Durchführungsverordnung (EU) 2019/947",
        "implementing",
        "32019R0947",
    )


def test_compounds_beside_other_citations_in_a_region() -> None:
    text = "Verordnung 1/2003, Datenschutz-Grundverordnung (EU) 2016/679 und Richtlinie 95/46/EG"
    refs = eurefs.extract(text, kinds="legal_act")
    assert [r.text for r in refs] == [
        "Verordnung 1/2003",
        "Datenschutz-Grundverordnung (EU) 2016/679",
        "Richtlinie 95/46/EG",
    ]


def test_a_list_after_a_compound_keeps_its_type() -> None:
    refs = eurefs.extract("momsdirektivet 2006/112/EF og 2008/8/EF", kinds="legal_act")
    assert [(r.text, r.celex) for r in refs] == [
        ("momsdirektivet 2006/112/EF", "32006L0112"),
        ("2008/8/EF", "32008L0008"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no domain: a national act's compound
        "die Landesverordnung 12/2010",
        "die Landesverordnung Nr. 12/2010",
        "nach der Verwaltungsrichtlinie 3/2012 des Ministeriums",
        "enligt skatteverksförordningen 12/2010",
        # the compound does not end in a type word
        "die Richtlinienkompetenz 12/2010",
        "die Verordnungsermächtigung 12/2010",
        "die Verordnungsermächtigung (EU) 2016/679",
        # an initialism in a word is no compound (``DVO`` has its own prefix)
        "die XVO (EU) 2019/947",
        # a language that does not compound so
        "the superdirective (EU) 2019/1937",
        "la superdirective (UE) 2019/1937",
    ],
)
def test_what_is_no_compound_citation(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []
