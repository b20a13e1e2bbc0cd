"""The neutral citation record: item types for law, numbers, authorities."""

from __future__ import annotations

from eurefs.export import citation_item, citation_items, item_kind
from eurefs.models.document import Concept, Document
from tests.export.conftest import GDPR, GOOGLE_SPAIN, notice_documents


def test_item_kinds_follow_the_kind_of_work() -> None:
    reg, proposal, join = notice_documents()
    assert item_kind(reg) == "legislation"
    assert item_kind(proposal) == "bill"
    assert item_kind(join) == "report"
    assert item_kind(GOOGLE_SPAIN) == "legal_case"
    assert item_kind(Document(resource_type=Concept(code="PROP_REG"))) == "bill"
    assert item_kind(Document(celex="C2020/123/01")) == "document"


def test_numbers_as_people_write_them() -> None:
    reg, proposal, join = notice_documents()
    assert citation_item(reg).number == "2014/1"
    assert citation_item(proposal).number == "COM(2018) 340 final"
    assert citation_item(join).number == "JOIN(2021) 32 final"
    assert citation_item(GOOGLE_SPAIN).number == "C-131/12"


def test_authority_names_and_oj_citation() -> None:
    item = citation_item(GDPR)
    # a code without a label is named from the table; no DG appears as an authority
    assert item.authority == ("European Parliament", "Council of the European Union")
    assert item.oj_citation == "OJ L 119, 4.5.2016, p. 1"
    assert citation_item(notice_documents()[1]).authority == ("European Commission",)
    assert citation_item(GOOGLE_SPAIN).authority == ("Court of Justice",)


def test_missing_title_is_built_not_left_empty() -> None:
    reg = notice_documents()[0]
    assert reg.title is None
    assert citation_item(reg).title == "Delegated regulation 2014/1"


def test_one_item_per_work() -> None:
    items = citation_items([GDPR, GOOGLE_SPAIN, GDPR])
    assert [i.key for i in items] == ["32016R0679", "62012CJ0131"]
