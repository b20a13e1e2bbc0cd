"""An OJ citation in brackets after the act it gives the publication of (``publishes``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.models.references import OjRef

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"

# Footnote 5 of Regulation (EU) 2016/679 (OJ L 119, 4.5.2016), tests/data/documents/pdf.
GDPR_FOOTNOTE = (
    "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on "
    "the protection of individuals with regard to the processing of personal data and on the "
    "free movement of such data (OJ L 281, 23.11.1995, p. 31)."
)
# Footnotes 15 and 6 a) of COM(2021) 206 final in German (tests/data/documents/html).
DE_FOOTNOTE = (
    "(15) Richtlinie 2000/31/EG des Europäischen Parlaments und des Rates vom 8.\u00a0Juni "
    "2000 über bestimmte rechtliche Aspekte der Dienste der Informationsgesellschaft, "
    "insbesondere des elektronischen Geschäftsverkehrs, im Binnenmarkt („Richtlinie über den "
    "elektronischen Geschäftsverkehr“) (ABl. L\u00a0178 vom 17.7.2000, S.\u00a01)."
)
DE_AMENDING = (
    "a)Verordnung (EU)\u00a02019/816 des Europäischen Parlaments und des Rates vom 17.\u00a0April "
    "2019 zur Einrichtung eines zentralisierten Systems für die Ermittlung der Mitgliedstaaten, "
    "in denen Informationen zu Verurteilungen von Drittstaatsangehörigen und Staatenlosen "
    "(ECRIS-TCN) vorliegen, zur Ergänzung des Europäischen Strafregisterinformationssystems "
    "und zur Änderung der Verordnung (EU)\u00a02018/1726 "
    "(ABl. L\u00a0135 vom 22.5.2019, S.\u00a01)."
)


def _oj(text: str, **kwargs: object) -> OjRef:
    (oj,) = [r for r in eurefs.extract(text, **kwargs) if isinstance(r, OjRef)]  # type: ignore[arg-type]
    return oj


@pytest.mark.parametrize(
    ("text", "celex"), [(GDPR_FOOTNOTE, "31995L0046"), (DE_FOOTNOTE, "32000L0031")]
)
def test_the_oj_citation_after_a_title_publishes_the_act(text: str, celex: str) -> None:
    assert _oj(text).publishes == celex
    # the same with only OJ citations asked for, and with the stream of chunks
    assert _oj(text, kinds="oj").publishes == celex
    assert [r.publishes for r in eurefs.iter_extract(text) if isinstance(r, OjRef)] == [celex]


def test_a_grouped_act_counts_its_oj_citation() -> None:
    (work,) = eurefs.group(eurefs.extract(GDPR_FOOTNOTE))
    assert (work.key, work.mentions) == ("31995L0046", 2)


@pytest.mark.parametrize(
    "text",
    [
        # the act right before is named in the title of the act the journal is of
        DE_AMENDING,
        # a list: which act the pages are is not said
        "Directives 2004/17/EC and 2004/18/EC (OJ L 134, 30.4.2004, p. 1)",
        # not the act's year or the next
        "Directive 95/46/EC (OJ L 284, 31.10.2003, p. 1)",
        # the C series publishes no act
        "Regulation (EU) No 1308/2013 (OJ C 229, 31.7.2013, p. 90)",
        # a sentence ends between them
        "Directive 95/46/EC applies. The Commission reported on it (OJ L 281, 23.11.1995, p. 31).",
        # not in brackets
        "Directive 95/46/EC, published in OJ L 281, 23.11.1995, p. 31.",
        # another act's number in the act-by-act form
        "Regulation (EU) 2024/1689 of 13 June 2024 (OJ L, 2024/1690, 12.7.2024)",
    ],
)
def test_no_link_where_the_text_does_not_say(text: str) -> None:
    assert all(r.publishes is None for r in eurefs.extract(text) if isinstance(r, OjRef))


def test_the_act_by_act_form_with_the_act_s_own_number() -> None:
    text = (
        "Regulation (EU) 2024/1689 of 13 June 2024 laying down rules (OJ L, 2024/1689, 12.7.2024)"
    )
    assert _oj(text).publishes == "32024R1689"


def test_the_acts_of_the_interoperable_europe_act_with_their_journals() -> None:
    """Every link in Regulation (EU) 2024/903 as EUR-Lex publishes it, each checked by hand
    against the act's own OJ reference."""
    document = DOCUMENTS / "html" / "en-eurlex-regulation-2024-903-interoperable-europe-act.html"
    refs = eurefs.extract(eurefs.read_document(document))
    links = {
        (r.publishes, " ".join(r.text.split()))
        for r in refs
        if isinstance(r, OjRef) and r.publishes
    }
    assert links == {
        ("32008L0114", "OJ L 345, 23.12.2008, p. 75"),
        ("32016L2102", "OJ L 327, 2.12.2016, p. 1"),
        ("32019L0882", "OJ L 151, 7.6.2019, p. 70"),
        ("32022D2481", "OJ L 323, 19.12.2022, p. 4"),
        ("32002L0058", "OJ L 201, 31.7.2002, p. 37"),
        ("32011R0182", "OJ L 55, 28.2.2011, p. 13"),
        ("32019L1024", "OJ L 172, 26.6.2019, p. 56"),
    }
