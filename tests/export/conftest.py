"""Documents to export: real Cellar notices plus hand-built ones for the other item types."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eurefs.cellar.notices import parse_notice
from eurefs.models.document import Concept, Document, DocumentUrls, OjPublication

CELLAR = Path(__file__).resolve().parents[1] / "data" / "cellar"
CSL_STYLE = Path(__file__).resolve().parents[1] / "data" / "csl" / "harvard-cite-them-right.csl"

GDPR = Document(
    celex="32016R0679",
    eli="http://data.europa.eu/eli/reg/2016/679/oj",
    title="Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April "
    "2016 on the protection of natural persons with regard to the processing of personal data",
    title_lang="en",
    date=dt.date(2016, 4, 27),
    authors=[Concept(code="EP", label="European Parliament"), Concept(code="CONSIL")],
    resource_type=Concept(code="REG", label="Regulation"),
    oj=OjPublication(series="L", issue="119", year=2016, date=dt.date(2016, 5, 4), page=1),
)
# Cellar's English title of the judgment: its parts (court and date, parties, referring
# court, subject matter, case number) joined with '#', as Cellar gives every judgment's.
GOOGLE_SPAIN_TITLE = (
    "Judgment of the Court (Grand Chamber), 13 May 2014.#Google Spain SL and Google Inc. v "
    "Agencia Española de Protección de Datos (AEPD) and Mario Costeja González.#Request for "
    "a preliminary ruling from the Audiencia Nacional.#Personal data — Protection of "
    "individuals with regard to the processing of such data — Directive 95/46/EC.#"
    "Case C-131/12."
)
GOOGLE_SPAIN = Document(
    celex="62012CJ0131",
    ecli="ECLI:EU:C:2014:317",
    title=GOOGLE_SPAIN_TITLE,
    title_lang="en",
    date=dt.date(2014, 5, 13),
    resource_type=Concept(code="JUDG", label="Judgment"),
)
# The GDPR's corrigendum (OJ L 127, 23.5.2018, p. 2): a CELEX number with parentheses.
GDPR_CORRIGENDUM = Document(
    celex="32016R0679R(02)",
    title="Corrigendum to Regulation (EU) 2016/679 of the European Parliament and of the "
    "Council of 27 April 2016 on the protection of natural persons with regard to the "
    "processing of personal data",
    title_lang="en",
    date=dt.date(2018, 5, 23),
    oj=OjPublication(series="L", issue="127", year=2018, date=dt.date(2018, 5, 23), page=2),
)
# Every character the formats give a meaning to, and a line break.
HOSTILE = Document(
    celex="52020DC0066",
    title='A {European} strategy for data & 100% of "AI_x" #1 $5 ~^ \\end\nER  - TY  - GEN',
    date=dt.date(2020, 2, 19),
    authors=[Concept(code="COM")],
    urls=DocumentUrls(eurlex="https://example.org/a b{c}"),
)


# A parliamentary question (CELEX sector 9): neither an act, a case nor a Commission document.
QUESTION = Document(
    celex="92019E000123",
    title="Question for written answer E-000123/2019 to the Commission",
    date=dt.date(2019, 1, 10),
    authors=[Concept(code="EP", label="European Parliament")],
)


def notice_documents() -> list[Document]:
    """Documents parsed from the real (and derived) notices in tests/data/cellar."""
    names = (
        "notice-object-32014R0001.xml",
        "notice-branch-52018PC0340.xml",
        "derived-notice-branch-52021JC0032.xml",
    )
    return [parse_notice((CELLAR / n).read_bytes()) for n in names]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """One document of each export type (legislation, bill, legal_case, report, document)."""
    return [*notice_documents(), GDPR, GOOGLE_SPAIN, HOSTILE, QUESTION]
