"""Defined terms, anaphors and popular names on small texts (``eurefs.extract``)."""

from __future__ import annotations

import itertools
import random

import pytest

import eurefs
from eurefs.models.references import ShortFormHow, ShortFormRef, references_from_json
from eurefs.scanner import extract_light


def shorts(text: str) -> list[ShortFormRef]:
    return [r for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]


def triples(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.how, s.celex) for s in shorts(text)]


# --- defined terms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alias", "celex"),
    [
        (
            "Regulation (EU) No 1308/2013 ('the CMO Regulation') applies. Under the CMO "
            "Regulation, hemp is a crop.",
            "CMO Regulation",
            "32013R1308",
        ),
        (
            "Directive 2000/60/EC of the European Parliament and of the Council of 23 October "
            "2000 establishing a framework for Community action in the field of water policy "
            "(OJ L 327, 22.12.2000, p. 1) (hereinafter 'the Directive'). Member States shall "
            "apply the Directive.",
            "Directive",
            "32000L0060",
        ),
        (
            'Regulation (EU) 2023/2854 (the "Data Act") applies. The Data Act sets rules.',
            "Data Act",
            "32023R2854",
        ),
        (
            "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April "
            "2016 on the protection of natural persons with regard to the processing of personal "
            "data and on the free movement of such data, and repealing Directive 95/46/EC "
            "(General Data Protection Regulation) (OJ 2016 L 119, p. 1; ‘the GDPR’). "
            "Article 82 of the GDPR is at issue.",
            "GDPR",
            "32016R0679",
        ),
    ],
)
def test_defined_term_and_its_later_use(text: str, alias: str, celex: str) -> None:
    found = shorts(text)
    assert [(s.text, s.how, s.celex) for s in found] == [(alias, "defined_term", celex)]
    use = found[0]
    ante = eurefs.extract(text)[use.antecedent]  # type: ignore[index]
    assert ante.kind == "legal_act" and ante.celex == celex
    assert (use.antecedent_start, use.antecedent_end) == (ante.start, ante.end)


def test_french_and_german_definitions() -> None:
    fr = (
        "Le règlement (UE) 2016/679 du Parlement européen et du Conseil (ci-après le "
        "« règlement ») s'applique. L'article 4 du règlement définit les termes."
    )
    assert [(s.text, s.celex, s.lang) for s in shorts(fr)] == [("règlement", "32016R0679", "fr")]
    de = (
        "Die Verordnung (EU) 2016/679 des Europäischen Parlaments und des Rates "
        "(im Folgenden „Verordnung“) gilt. Nach der Verordnung ist das zulässig."
    )
    assert [(s.text, s.celex, s.lang) for s in shorts(de)] == [("Verordnung", "32016R0679", "de")]


@pytest.mark.parametrize(
    ("text", "alias", "celex"),
    [
        # the type word leads the alias: it must be the antecedent's type
        ("dyrektywy Komisji 91/155/EWG i 2000/21/WE 1 („rozporządzenie REACH”). Zgodnie z "
         "rozporządzeniem REACH to jest dozwolone.", None, None),
        ("rozporządzenie (WE) nr 1907/2006 1 („rozporządzenie REACH”). Zgodnie z "
         "rozporządzeniem REACH to jest dozwolone.", "rozporządzeniem REACH", "32006R1907"),
        ("la directive 2000/21/CE (ci-après le « règlement REACH »). Selon le règlement "
         "REACH, cela est permis.", None, None),
        ("le règlement (CE) no 1907/2006 (ci-après le « règlement REACH »). Selon le "
         "règlement REACH, cela est permis.", "règlement REACH", "32006R1907"),
    ],
)  # fmt: skip
def test_an_alias_led_by_a_type_word_binds_only_an_act_of_that_type(
    text: str, alias: str | None, celex: str | None
) -> None:
    found = [(s.text, s.celex) for s in shorts(text) if s.how == "defined_term"]
    assert found == ([(alias, celex)] if alias else [])


def test_definition_inside_a_title_belongs_to_the_act_not_to_the_one_it_amends() -> None:
    text = (
        "Directive 2005/29/EC of the European Parliament and of the Council of 11 May 2005 "
        "concerning unfair business-to-consumer commercial practices and amending Council "
        "Directive 84/450/EEC, Directives 97/7/EC and 2002/65/EC (‘Unfair Commercial "
        "Practices Directive’) (OJ L 149, 11.6.2005, p. 22). The Unfair Commercial Practices "
        "Directive is relevant."
    )
    assert triples(text) == [
        ("Unfair Commercial Practices Directive", "defined_term", "32005L0029")
    ]


def test_aliases_that_name_no_act_are_ignored() -> None:
    text = "Regulation (EU) 2016/679 applies to the employer (‘the D group’). The D group appealed."
    assert shorts(text) == []


def test_an_alias_is_not_used_before_it_is_defined() -> None:
    text = "The CMO Regulation matters. Regulation (EU) No 1308/2013 ('the CMO Regulation')."
    assert shorts(text) == []


# --- anaphors -------------------------------------------------------------------------------


def test_anaphor_with_pinpoint() -> None:
    text = "Directive 2000/60/EC sets objectives. Article 4 of that Directive lists them."
    (s,) = shorts(text)
    assert (s.text, s.how, s.celex, s.pinpoint) == (
        "that Directive",
        "anaphor",
        "32000L0060",
        "Article 4",
    )


def test_thereof_attaches_the_pinpoint_to_the_act_just_cited() -> None:
    text = "Having regard to Regulation (EU) No 1308/2013, and in particular Article 5 thereof,"
    (s,) = shorts(text)
    assert (s.text, s.celex, s.pinpoint) == ("thereof", "32013R1308", "Article 5")


@pytest.mark.parametrize(
    "text",
    [
        # the acts of the title are not the act whose article is cited
        "Having regard to Regulation (EC) No 1907/2006 of the European Parliament and of the "
        "Council of 18 December 2006 concerning REACH, amending Directive 1999/45/EC and "
        "repealing Council Directive 76/769/EEC and Commission Directives 91/155/EEC and "
        "2000/21/EC, and in particular Article 64(8) thereof,",
        "Having regard to Directive 2000/60/EC and Regulation (EU) No 1308/2013, and in "
        "particular Article 5 thereof,",
    ],
)
def test_thereof_after_several_works_in_the_sentence_is_left_alone(text: str) -> None:
    assert [s for s in shorts(text) if s.text == "thereof"] == []


def test_thereof_after_a_work_cited_twice_in_the_sentence_resolves() -> None:
    text = (
        "Having regard to Regulation (EU) No 1308/2013, as amended by Regulation (EU) No "
        "1308/2013, and in particular Article 5 thereof,"
    )
    (s,) = shorts(text)
    assert (s.text, s.celex, s.pinpoint) == ("thereof", "32013R1308", "Article 5")


def test_ambiguous_anaphor_is_not_emitted() -> None:
    text = (
        "Regulation (EC) No 715/2007 and Regulation (EC) No 595/2009 lay down type-approval "
        "rules. Article 5 of that Regulation is at issue."
    )
    assert shorts(text) == []


def test_stray_type_word_between_makes_it_ambiguous() -> None:
    text = (
        "Decision 2009/77/EC establishes the Committee. The referring court's decision of "
        "5 August 2022 was appealed. That decision was annulled."
    )
    assert shorts(text) == []


def test_an_unresolved_anaphor_blocks_the_following_ones() -> None:
    text = (
        "Regulation (EC) No 715/2007 and Regulation (EC) No 595/2009 apply. Under that "
        "Regulation, vehicles are approved. That Regulation also applies to engines."
    )
    assert shorts(text) == []


def test_anaphor_needs_an_act_of_its_type() -> None:
    assert shorts("Regulation (EU) 2016/679 applies. That directive does not.") == []
    assert shorts("That regulation applies.") == []


def test_this_regulation_is_the_text_itself() -> None:
    text = "Regulation (EU) 2016/679 is amended. This Regulation shall enter into force."
    assert shorts(text) == []


def test_anaphors_chain_through_defined_terms() -> None:
    text = (
        "Regulation (EU) 2016/679 (‘the GDPR’) applies. Article 82 of the GDPR gives a right. "
        "Article 83 of that regulation sets fines."
    )
    assert [(s.text, s.how, s.celex) for s in shorts(text)] == [
        ("GDPR", "defined_term", "32016R0679"),
        ("that regulation", "anaphor", "32016R0679"),
    ]


def test_french_anaphors() -> None:
    text = (
        "La directive 2001/29/CE harmonise le droit d'auteur. "
        "L'article 5 de ladite directive prévoit des exceptions."
    )
    assert triples(text) == [("ladite directive", "anaphor", "32001L0029")]


def test_german_dieser_is_an_anaphor_in_a_judgment_but_not_in_an_act() -> None:
    judgment = (
        "Das Vorabentscheidungsersuchen betrifft die Auslegung der Verordnung (EU) 2016/679. "
        "Nach Art. 82 dieser Verordnung hat jede Person Anspruch auf Schadenersatz."
    )
    assert triples(judgment) == [("dieser Verordnung", "anaphor", "32016R0679")]
    act = (
        "Verordnung (EG) Nr. 810/2009 des Europäischen Parlaments und des Rates\n"
        "Artikel 1\nMit dieser Verordnung werden die Verfahren festgelegt.\n"
        "Artikel 2\nIm Sinne dieser Verordnung bezeichnet der Ausdruck ..."
    )
    assert shorts(act) == []


# --- popular names --------------------------------------------------------------------------


def test_popular_names_without_full_reference() -> None:
    text = "The GDPR and the European Green Deal shape EU policy."
    assert triples(text) == [
        ("GDPR", "popular_name", "32016R0679"),
        ("European Green Deal", "popular_name", "52019DC0640"),
    ]
    gdpr = shorts(text)[0]
    assert gdpr.antecedent is None and gdpr.normalized == "Regulation (EU) 2016/679"


def test_popular_name_after_full_citation_points_to_it() -> None:
    text = "Regulation (EU) 2016/679 applies. The GDPR protects data."
    (s,) = shorts(text)
    assert s.antecedent == 0 and s.how == "popular_name"


def test_ambiguous_words_are_never_popular_names() -> None:
    assert shorts("The Regulation and the Directive apply; the Decision too.") == []


# --- extract options ------------------------------------------------------------------------


TEXT = "Directive 2000/60/EC (‘the WFD’) applies. Article 4 of the WFD sets objectives."


def test_short_forms_can_be_turned_off_and_filtered() -> None:
    assert [r.kind for r in eurefs.extract(TEXT)] == ["legal_act", "short_form"]
    assert [r.kind for r in eurefs.extract(TEXT, short_forms=False)] == ["legal_act"]
    only = eurefs.extract(TEXT, kinds="short_form")
    assert [r.kind for r in only] == ["short_form"]
    assert only[0].antecedent is None and only[0].antecedent_start == 0  # type: ignore[union-attr]
    assert [r.kind for r in eurefs.extract(TEXT, kinds=["legal_act"])] == ["legal_act"]


@pytest.mark.parametrize("kinds", [None, ["legal_act", "short_form"], ["oj", "short_form"]])
def test_antecedent_indexes_point_into_the_list_returned(kinds: list[str] | None) -> None:
    text = (
        "Regulation (EU) 2016/679 (OJ L 119, 4.5.2016, p. 1) (‘the GDPR’) and "
        "Directive 2000/60/EC (OJ L 327, 22.12.2000, p. 1) apply. Article 4 of that "
        "Directive and Article 6 of the GDPR (see OJ L 119, 4.5.2016, p. 2) apply."
    )
    refs = eurefs.extract(text, kinds=kinds)
    shorts = [r for r in refs if isinstance(r, ShortFormRef)]
    assert len(shorts) == 2
    for s in shorts:
        if s.antecedent is None:
            assert kinds is not None and "legal_act" not in kinds
        else:
            assert refs[s.antecedent].start == s.antecedent_start
            assert refs[s.antecedent].kind == "legal_act"


def test_spans_are_exact_and_disjoint() -> None:
    refs = eurefs.extract(TEXT)
    assert all(TEXT[r.start : r.end] == r.text for r in refs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(refs))


def test_short_form_round_trips_through_json() -> None:
    (s,) = shorts(TEXT)
    back = references_from_json([s.model_dump(mode="json")])
    assert back == [s]


def test_fast_construction_equals_the_validated_model() -> None:
    """Short forms are built without validation; they must be what validation gives."""
    text = "Regulation (EU) 2016/679 (‘the GDPR’). Article 5 of the GDPR and that regulation."
    for s in shorts(text):
        validated = ShortFormRef(**s.model_dump())
        assert s == validated
        assert s.model_dump() == validated.model_dump()
        assert s.model_fields_set == validated.model_fields_set | set(s.model_dump())


def test_a_copy_of_a_short_form_changes_no_other_short_forms_fields_set() -> None:
    """The short forms of a text share one fields set (every field is given): each
    copy, pydantic's or the light reference's, must make a set of its own."""
    text = "Regulation (EU) 2016/679 (‘the GDPR’). Article 5 of the GDPR and that regulation."
    first, second = shorts(text)
    every_field = set(ShortFormRef.model_fields)
    copied = first.model_copy(update={"pinpoint": "Article 6"})
    copied.model_fields_set.add("added after the copy")
    light = extract_light(text)
    light_first, light_second = (r for r in light if r.kind == "short_form")
    light_first.model_copy(update={"pinpoint": "Article 6"}).fields_set.add("added")
    assert first.model_fields_set == second.model_fields_set == every_field
    assert light_first.fields_set == light_second.fields_set == every_field


def test_an_anaphor_far_from_its_act_is_left_alone() -> None:
    filler = "The parties exchanged observations on the facts of the dispute. " * 30
    text = f"Commission Decision 2009/77/EC applies. {filler}That decision was annulled."
    assert shorts(text) == []
    assert triples("Commission Decision 2009/77/EC applies. That decision was annulled.") == [
        ("That decision", "anaphor", "32009D0077")
    ]


@pytest.mark.parametrize(
    ("text", "short_form", "pinpoint"),
    [
        (
            "Le règlement (UE) 2016/679 (ci-après le « RGPD ») s'applique. "
            "L'article 6, paragraphe 1, point a), du RGPD prévoit que",
            "RGPD",
            "article 6, paragraphe 1, point a)",
        ),
        (
            "Die Verordnung (EU) 2016/679 gilt. Nach Artikel 6 Absatz 1 Buchstabe a\n"
            "dieser Verordnung ist",
            "dieser Verordnung",
            "Artikel 6 Absatz 1 Buchstabe a",
        ),
        (
            "Regulation (EU) 2016/679 (the GDPR) applies. The second sentence of\n"
            "Article 83(2) of the GDPR and Article 9(1) and (2) of that regulation",
            "that regulation",
            "Article 9(1) and (2)",
        ),
        (  # CJEU C-178/16 (the points of one paragraph in a list)
            "Directive 2004/18 applies. That Directive 2004/18, in particular Article 45(2)(c),\n"
            "(d) and (g) of that directive, and the principles",
            "that directive",
            "Article 45(2)(c), (d) and (g)",
        ),
        (
            "Regulation (EU) 2016/679 (the GDPR) applies. Under the second sentence of\n"
            "Article 83(2) of the GDPR",
            "GDPR",
            "the second sentence of Article 83(2)",
        ),
        (
            "La direttiva 2001/29/CE si applica. L'articolo 5, paragrafo 1, della suddetta "
            "direttiva prevede",
            "suddetta direttiva",
            "articolo 5, paragrafo 1",
        ),
        (
            "La Directiva 2003/88/CE se aplica. El artículo 15 de la citada Directiva",
            "la citada Directiva",
            "artículo 15",
        ),
        ("La direttiva 2001/29/CE si applica. Gli scopi di tale direttiva", "tale direttiva", None),
        # records without back-reference pinpoint words: the links of pinpoints before acts
        (
            "Richtlijn 2003/88/EG is van toepassing. In artikel 15 van deze richtlijn",
            "deze richtlijn",
            "artikel 15",
        ),
        (
            "Regulamentul (UE) 2016/679 se aplică. Articolul 7 alineatul (1) din acest regulament",
            "acest regulament",
            "Articolul 7 alineatul (1)",
        ),
        # ... or none, where the act is declined right after the pinpoint
        (
            "Dyrektywa 2003/88/WE ma zastosowanie. Warunki przewidziane w art. 5 ust. 1 tej "
            "dyrektywy",
            "tej dyrektywy",
            "art. 5 ust. 1",
        ),
        ("Dyrektywa 2003/88/WE ma zastosowanie. Przepisy tej dyrektywy", "tej dyrektywy", None),
        (
            "A Diretiva 2003/88/CE aplica-se. O artigo 7.°, n.° 1, da referida diretiva",
            "referida diretiva",
            "artigo 7.°, n.° 1",
        ),
        # an annex and a recital (``back_references.pinpoint_words``): were none
        (
            "A Diretiva 2003/88/CE aplica-se. O anexo I da referida diretiva",
            "referida diretiva",
            "anexo I",
        ),
        (
            "A Diretiva 2003/88/CE aplica-se. Ver o considerando 5 dessa diretiva",
            "dessa diretiva",
            "considerando 5",
        ),
        # an annex linked by its own word, a recital by the article's link
        # (``pinpoints.annexes``, ``pinpoints.recitals``): were none
        (
            "Direktiv 2003/88/EF finder anvendelse. Se bilag II til nævnte direktiv",
            "nævnte direktiv",
            "bilag II",
        ),
        (
            "Direktiv 2003/88/EF finder anvendelse. Se betragtning 5 i nævnte direktiv",
            "nævnte direktiv",
            "betragtning 5",
        ),
        (
            "Richtlijn 2003/88/EG is van toepassing. Zie bijlage II bij die richtlijn",
            "die richtlijn",
            "bijlage II",
        ),
        (
            "Richtlijn 2003/88/EG is van toepassing. Zie overweging 5 van deze richtlijn",
            "deze richtlijn",
            "overweging 5",
        ),
        (
            "Instanța a aplicat Directiva 2003/88/CE a Parlamentului European. Potrivit "
            "anexei II la directiva menționată, statele membre",
            "directiva menționată",
            "anexei II",
        ),
        (
            "Instanța a aplicat Directiva 2003/88/CE a Parlamentului European. Potrivit "
            "considerentului 5 din directiva menționată, statele membre",
            "directiva menționată",
            "considerentului 5",
        ),
        (
            "Direktiv 2003/88/EG gäller. Se skäl 5 i nämnda direktiv",
            "nämnda direktiv",
            "skäl 5",
        ),
        # the same act again (the questions referred in C-817/19, curia SV: was nothing)
        (
            "Ska artikel 23 i Europaparlamentets och rådets förordning (EU) 2016/679 av den 27 "
            "april 2016 om skydd för fysiska personer med avseende på behandling av "
            "personuppgifter och om det fria flödet av sådana uppgifter och om upphävande av "
            "direktiv 95/46/EG (allmän dataskyddsförordning), jämförd med artikel 2.2 d i samma "
            "förordning, tolkas så, att den är tillämplig",
            "samma förordning",
            "artikel 2.2 d",
        ),
        # the link word ends a line, as PDFs wrap it
        (
            "Directive 2003/88 applies. See Article 5 of\nthat directive",
            "that directive",
            "Article 5",
        ),
        (
            "Richtlijn 2003/88/EG is van toepassing. In artikel 15 van\ndeze richtlijn",
            "deze richtlijn",
            "artikel 15",
        ),
        # a pinpoint of several parts (was cut to its last)
        (
            "Regulation (EU) 2016/679 (the GDPR) applies. Section 3 of Chapter II of the GDPR",
            "GDPR",
            "Section 3 of Chapter II",
        ),
        (
            "Directive 2006/48/EC applies. Title V, Chapter 2, Section 1 of that Directive",
            "that Directive",
            "Title V, Chapter 2, Section 1",
        ),
        (
            "Directive 2014/65/EU applies. Article 5 and Annex II to that Directive",
            "that Directive",
            "Article 5 and Annex II",
        ),
        (
            "Directive 2014/65/EU applies. Annex I, point 2, to that Directive",
            "that Directive",
            "Annex I, point 2",
        ),
        # 'to' links an annex, never an article: the references are made in the citing act
        (
            "Directive 95/46/EC applies. References in Article 94 to that Directive",
            "that Directive",
            None,
        ),
        (
            "Directive 95/46/EC applies. Subject to Article 5 of that Directive",
            "that Directive",
            "Article 5",
        ),
        ("Directive 95/46/EC applies. Article 3 in that Directive", "that Directive", "Article 3"),
        (
            "Regulation (EU) 2016/679 (the GDPR) applies. Article 16 TFEU and Annex II of the GDPR",
            "GDPR",
            "Annex II",
        ),
        # (EUR-Lex, CRR: 'points 1, 2, 4 and 5 of Section A of Annex I to that Directive')
        (
            "Directive 2004/39/EC applies. The services in points 1, 2, 4 and 5 of Section A of "
            "Annex I to that Directive",
            "that Directive",
            "points 1, 2, 4 and 5 of Section A of Annex I",
        ),
        (
            "La directive 2014/65/UE s'applique. La section A de l'annexe I de ladite directive",
            "ladite directive",
            "section A de l'annexe I",
        ),
        # no pinpoint: an article's heading on its own line
        ("Regulation (EU) 2016/679 (the GDPR) applies.\nArticle 17\nGDPR rights are", "GDPR", None),
        ("Dyrektywa 2003/88/WE ma zastosowanie.\nArtykuł 2\ntej dyrektywy", "tej dyrektywy", None),
        (
            "Az (EU) 2016/679 rendelet (GDPR) alkalmazandó. Alkalmazni kell a GDPR\n"
            "2. cikk\nHatály",
            "GDPR",
            None,
        ),
        ("Az (EU) 2016/679 rendelet (GDPR) alkalmazandó. A GDPR 99 cikkből áll.", "GDPR", None),
        (
            "Regulation (EU) 2016/679 (the GDPR) applies. Under Article 17\nGDPR rights are",
            "GDPR",
            "Article 17",
        ),
        # no pinpoint: a treaty article before the link, a plain word
        ("Regulation (EU) 2016/679 (the GDPR) applies. Article 16 TFEU and the GDPR", "GDPR", None),
        ("Regulation (EU) 2016/679 (the GDPR) applies. The purposes of the GDPR", "GDPR", None),
    ],
)
def test_pinpoint_before_a_back_reference_has_the_words_of_act_pinpoints(
    text: str, short_form: str, pinpoint: str | None
) -> None:
    found = [r for r in eurefs.extract(text) if isinstance(r, ShortFormRef)]
    assert [r.text for r in found][-1:] == [short_form]
    assert found[-1].pinpoint == pinpoint


def test_candidates_are_sorted_by_start_then_rank_then_length() -> None:
    from eurefs.short_forms import _candidate_order, _sort_candidates
    from eurefs.short_forms.common import Candidate

    rng = random.Random(3)
    hows: list[ShortFormHow] = ["defined_term", "popular_name", "anaphor"]
    for ties in (False, True):
        for _ in range(200):
            starts = [rng.randrange(8) for _ in range(12)] if ties else rng.sample(range(60), 12)
            found = [Candidate(s, s + rng.randint(1, 9), rng.choice(hows)) for s in starts]
            expected = sorted(found, key=_candidate_order)
            _sort_candidates(found)
            assert found == expected


_GDPR_EN = "Regulation (EU) 2016/679 (General Data Protection Regulation) applies to this case. "


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # a name right after its pinpoint, no link word: how practitioners cite
        (_GDPR_EN + "Under Article 17 GDPR the data subject may ask.", "Article 17"),
        (_GDPR_EN + "Article 6(1)(f) GDPR allows it.", "Article 6(1)(f)"),
        (_GDPR_EN + "So do Articles 15 and 16 GDPR.", "Articles 15 and 16"),
        (_GDPR_EN + "See recital 47 GDPR.", "recital 47"),
        (_GDPR_EN + "It was adopted in 2016 GDPR or not.", None),  # a year, no article word
        (_GDPR_EN + "Article 5 of the GDPR.", "Article 5"),
        (
            "Le règlement (UE) 2016/679 s'applique à la présente affaire. Selon l'article 17 "
            "RGPD, la personne concernée peut demander l'effacement des données.",
            "article 17",
        ),
    ],
)
def test_a_pinpoint_right_before_a_name_without_a_link_word(
    text: str, pinpoint: str | None
) -> None:
    names = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert names and names[-1].text in ("GDPR", "RGPD")
    assert names[-1].pinpoint == pinpoint


def test_an_anaphor_takes_no_pinpoint_without_its_link_word() -> None:
    text = "Directive 2000/60/EC applies. It is in Article 4 that Directive sets out."
    (anaphor,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert anaphor.text == "that Directive" and anaphor.pinpoint is None
