"""``Dir.`` for the directive in Spanish and Portuguese notes, ``Reg.`` for the regulation
in Spanish and Romanian ones (the records' ``act_types``): only the English, French and
Italian records wrote ``Dir.``, the Italian and Portuguese ``Reg.`` with the domain UE, and
an act so cited in a Spanish, Portuguese or Romanian sentence took one of their languages
(the records' sources)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "normalized", "lang", "pinpoint"),
    [
        # an air-quality analysis's notes (a public repository; find_string 'de la Dir. 2'):
        # was 'directive 2008/50/CE', lang fr
        (
            "edance_analysis.py define exactamente TRES\n"
            "                   umbrales: p75, p90 y abs_50 (50 ug/m3, coincide con el\n"
            "                   limite diario de la Dir. 2008/50/CE). La metrica\n",
            "Directiva 2008/50/CE",
            "es",
            None,
        ),
        # a hydrogen-network regulatory calendar (the same search): was French
        (
            "| **ago-2026** | **Transposición de la Dir. 2024/1788 a España** (reforma de Ley "
            "34/1998, RD 1434/2002, RD 949/2001) | Aparecerá el marco **nacional** de red de H₂",
            "Directiva 2024/1788",
            "es",
            None,
        ),
        # a Portuguese consumer-credit data note (find_string 'da Dir. 2'): was French
        (
            "| «Não foi encontrada transposição da Dir. 2023/2225 para Portugal» "
            "(`cartoes.json`) | Afirmação negativa; exige repetir a varredura",
            "Diretiva 2023/2225",
            "pt",
            None,
        ),
        # a Portuguese web shop's product-compliance notes (the same search): was Italian
        # ('direttiva 2009/48/CE'), the annex before it left out
        (
            "O produto **não é brinquedo** (Anexo I, ponto 17 da Dir. 2009/48/CE exclui as "
            "luminárias\napelativas a crianças) — e por isso o site nunca pode escrever",
            "Diretiva 2009/48/CE",
            "pt",
            "Anexo I, ponto 17",
        ),
    ],
)
def test_spanish_and_portuguese_notes_abbreviate_the_directive(
    text: str, normalized: str, lang: str, pinpoint: str | None
) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.normalized, act.lang, act.pinpoint) == (normalized, lang, pinpoint)


def test_spanish_notes_abbreviate_the_regulation() -> None:
    # a Spanish restaurant-management tool's data notes (a public repository; find_string
    # 'el Reg. (UE)'): was 'regolamento (UE) 1169/2011', lang it
    text = (
        "| 07 | **Nº ROESB**, nº de biocida «ES/BIO-…», bromadiolona/cipermetrina, plazo de "
        "seguridad en horas (DV 0-168), empresa DDD |\n"
        "| 08 | 14 alérgenos del Reg. (UE) 1169/2011 Anexo II + RD 126/2015; S/T/N; especie "
        "obligatoria para cereal y fruto de cáscara (fórmula S6:S205); categorías de carta ES "
        "(Primeros/Segundos…); 8 platos de ejemplo españoles |\n"
    )
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.normalized, act.celex, act.lang) == (
        "Reglamento (UE) 1169/2011",
        "32011R1169",
        "es",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a contract generator's PDF template (a public repository; find_string 'conform
        # Reg. (UE)'): was 'regolamento (UE) n. 910/2014', lang it
        "Documentul va fi semnat electronic conform Reg. (UE) nr. 910/2014\n            (eIDAS)",
        # a rental agency's signed-contract e-mail (the same search): was Italian
        "Documentul include semnăturile tuturor părților și confirmarea electronică (dată, oră, "
        "IP, amprentă SHA-256).\n      Păstrează-l; are valoare juridică conform Reg. (UE) "
        "910/2014 (eIDAS).",
    ],
)
def test_romanian_notes_abbreviate_the_regulation(text: str) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.celex, act.lang, act.normalized.split(" (")[0]) == (
        "32014R0910",
        "ro",
        "Regulamentul",
    )
