"""The normal form of a popular name: that of the work's citation in the text, in the text's
language, where the text cites the work in full before it (as a defined term's is its
antecedent's); the data file's cite, written in the text's language, where it does not."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "name", "normalized"),
    [
        # the full citation before the name, in the text's language: its normal form (was the
        # data file's English 'Regulation (EU) 2016/679' beside a French or German antecedent)
        ("Le règlement (UE) 2016/679 s'applique depuis le 25 mai 2018. Selon le RGPD, les "
         "données doivent être protégées.", "RGPD", "règlement (UE) 2016/679"),
        ("Die Verordnung (EU) 2016/679 gilt seit dem 25. Mai 2018. Nach der DSGVO müssen die "
         "Daten geschützt werden.", "DSGVO", "Verordnung (EU) 2016/679"),
        ("Il regolamento (UE) 2016/679 si applica dal 25 maggio 2018. Ai sensi del GDPR, i "
         "dati devono essere protetti.", "GDPR", "regolamento (UE) 2016/679"),
        # (what must stay: English beside an English citation); no citation in the text: the
        # data file's cite in the text's language (short_forms/name_normal_forms; it was the
        # English cite whatever the language)
        ("Regulation (EU) 2016/679 applies from 25 May 2018. Under the GDPR, data must be "
         "protected.", "GDPR", "Regulation (EU) 2016/679"),
        ("Selon le RGPD, les données doivent être protégées.", "RGPD",
         "règlement (UE) 2016/679"),
    ],
)  # fmt: skip
def test_a_popular_name_takes_the_normal_form_of_the_citation_before_it(
    text: str, name: str, normalized: str
) -> None:
    for refs in (eurefs.extract(text), list(eurefs.iter_extract(text))):
        (short,) = [r for r in refs if r.kind == "short_form"]
        assert (short.text, short.normalized, short.celex) == (name, normalized, "32016R0679")
        if short.antecedent is not None:
            assert refs[short.antecedent].normalized == normalized
