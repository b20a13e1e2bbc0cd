"""A regulation's short name joined to German ``VO`` by a hyphen before its number
(``Fluggäste-VO 261/2004``, ``Kosmetik-VO (EG) Nr. 1223/2009``), and a compound type word
with the Union's domain joined before the name (``EU-Öko-Verordnung 2018/848``): read as
``VO`` and the word are (``eurefs.grammar.legal_act_words``, ``legal_act_compounds``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.legal_acts import assert_one_act_reads


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "pinpoint"),
    [
        # before a bare number, as VO alone (was nothing): Zak 2015/18 (360.lexisnexis.at),
        # a control body's notes (pruefgesellschaft.bio), a public repository's checklist
        ("Ausgleichsanspruch nach der Fluggäste-VO 261/2004 .", "Fluggäste-VO 261/2004",
         "Verordnung 261/2004", "32004R0261", None),
        ("(Anhang II Teil IV Nr. 2.2.2b der Öko-VO 2018/848)", "Öko-VO 2018/848",
         "Verordnung 2018/848", "32018R0848", "Anhang II Teil IV Nr. 2.2.2b"),
        ("Normen: EU-Fluggastrechte-VO 261/2004 Art. 5", "EU-Fluggastrechte-VO 261/2004",
         "Verordnung 261/2004", "32004R0261", "Art. 5"),
        # with the domain (public repositories; was nothing)
        ("Vertragliche Ansprüche: Rom-I-VO (EG) Nr. 593/2008 – Rechtswahl",
         "Rom-I-VO (EG) Nr. 593/2008", "Verordnung (EG) Nr. 593/2008", "32008R0593", None),
        ("nach Kosmetik-VO (EG) Nr. 1223/2009 inkl.", "Kosmetik-VO (EG) Nr. 1223/2009",
         "Verordnung (EG) Nr. 1223/2009", "32009R1223", None),
        ("Gase nach CLP-VO (EG) Nr. 1272/2008", "CLP-VO (EG) Nr. 1272/2008",
         "Verordnung (EG) Nr. 1272/2008", "32008R1272", None),
        # the full word, the Union's domain joined before the name (was nothing):
        # pruefgesellschaft.bio, bwagrar.de
        ("Rechtsvorschriften für den ökologischen Landbau EU-Öko-Verordnung 2018/848",
         "EU-Öko-Verordnung 2018/848", "Verordnung 2018/848", "32018R0848", None),
        ("die neue EU-Öko-Basisverordnung 2018/848 nebst 17 Durchführungsverordnungen",
         "EU-Öko-Basisverordnung 2018/848", "Verordnung 2018/848", "32018R0848", None),
    ],
)  # fmt: skip
def test_a_name_joined_to_the_type_word(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    ref = assert_one_act_reads(text, span, normalized, celex, "de")
    assert ref.pinpoint == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # the full word with a name and no domain may be a national act's, as before
        "die Fluggastrechteverordnung 261/2004",
        "die Landesverordnung 12/2010",
        # a national maker's name (national_prefixes), with or without a domain
        "die Landes-VO 12/2010 des Landes",
        "die Bundes-VO 2018/848",
        # RL, as alone, only with a domain; an initialism in small letters is none
        "die Öko-RL 2018/848",
        "die öko-vo 2018/848",
        # as VO alone: not in another language's words, nor a number of the wrong era
        "The Öko-VO 2018/848 shows",
        "die Corona-VO 2/2020 des Landes",
        # the name glued to the initialism: its own abbreviation (``DVO``), or none
        "die ÖkoVO 2018/848",
    ],
)
def test_no_act_where_the_compound_says_no_eu_act(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []
