"""Derive the two DERIVED branch-notice fixtures from the real 52018PC0340 branch notice.

No real notice of JOIN(2021) 32 final or COM(2021) 752 final is at hand, so they
are built from ``tests/data/cellar/notice-branch-52018PC0340.xml`` by keeping the
real structure and changing only identifying values:

* kept: ``WORK`` (cut down to its head and the identifying/dated elements),
  the English ``EXPRESSION``; the ``INVERSE`` block keeps only the procedure link;
* changed: cellar uuid (a deterministic uuid5 of the CELEX), CELEX, comnat/immc
  ids, the English title and subtitle, document date, procedure;
* dropped: everything subject-specific that cannot be set truthfully
  (EuroVoc, directory codes, subject matter, citations, related documents, the
  DG author, the adopted-act relation and its end-of-validity date, the other
  language expressions, manifestations).

Run from the repository root: ``python tests/support/derive_fixtures.py``.
The output is deterministic; rerunning rewrites identical files.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

DATA = Path(__file__).resolve().parents[1] / "data" / "cellar"
SOURCE = DATA / "notice-branch-52018PC0340.xml"
RES = "http://publications.europa.eu/resource"

# Direct WORK children kept (others are subject-specific and dropped).
KEEP_WORK = {
    "URI", "SAMEAS", "WORK_HAS_EXPRESSION", "CREATED_BY", "WORK_CREATED_BY_AGENT",
    "WORK_ID_DOCUMENT", "IDENTIFIER", "DATE_DOCUMENT", "WORK_DATE_DOCUMENT", "DATE",
    "DATE_CREATION_LEGACY", "RESOURCE_LEGAL_ID_CELEX", "ID_CELEX", "ID_SECTOR",
    "RESOURCE_LEGAL_NUMBER_NATURAL_CELEX", "RESOURCE_LEGAL_TYPE", "RESOURCE_LEGAL_YEAR",
    "YEAR", "VERSION", "WORK_PART_OF_DOSSIER", "WORK_PART_OF_COLLECTION_DOCUMENT",
    "WORK_HAS_RESOURCE-TYPE", "TYPE",
}  # fmt: skip


@dataclass(frozen=True)
class Target:
    """One derived notice."""

    celex: str
    doc_type: str  # COM / JOIN
    year: int
    number: int
    descriptor: str  # PC / JC
    title: str
    date: str
    procedure: str | None  # "2021/0401/NLE"
    resource_type: str | None  # NAL resource-type code, None = drop the element
    resource_type_label: str | None

    @property
    def uuid(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"eurefs:derived:{self.celex}"))

    @property
    def comnat(self) -> str:
        return f"{self.doc_type}_{self.year}_{self.number:04d}_FIN"

    @property
    def immc(self) -> str:
        return f"{self.doc_type}({self.year}){self.number} final"

    @property
    def subtitle(self) -> str:
        head = f"{self.doc_type}/{self.year}/{self.number} final"
        if self.procedure is None:
            return head
        ref, kind = self.procedure.rsplit("/", 1)
        return f"{head} - {ref} ({kind})"


TARGETS = (
    Target(
        celex="52021JC0032",
        doc_type="JOIN",
        year=2021,
        number=32,
        descriptor="JC",
        title=(
            "Responding to state-sponsored instrumentalisation of migrants at the EU "
            "external border"
        ),
        date="2021-11-23",
        procedure=None,
        resource_type=None,
        resource_type_label=None,
    ),
    Target(
        celex="52021PC0752",
        doc_type="COM",
        year=2021,
        number=752,
        descriptor="PC",
        title=(
            "Proposal for a COUNCIL DECISION on provisional emergency measures for the "
            "benefit of Latvia, Lithuania and Poland"
        ),
        date="2021-12-01",
        procedure="2021/0401/NLE",
        resource_type="PROP_DEC",
        resource_type_label="Proposal for a decision",
    ),
)

OLD = {
    "uuid": "fc5c74e0-6255-11e8-ab9c-01aa75ed71a1",
    "celex": "52018PC0340",
    "comnat": "COM_2018_0340_FIN",
    "immc": "COM(2018)340 final",
    "immc_uri": "COM%282018%29340%20final",
}


def _set_text(el: etree._Element | None, text: str) -> None:
    if el is not None:
        el.text = text


def _replace_ids(root: etree._Element, t: Target) -> None:
    from urllib.parse import quote

    pairs = [
        (OLD["uuid"], t.uuid),
        (OLD["immc_uri"], quote(t.immc, safe="")),
        (OLD["immc"], t.immc),
        (OLD["comnat"], t.comnat),
        (OLD["celex"], t.celex),
    ]
    for el in root.iter():
        if isinstance(el.tag, str) and el.text:
            for old, new in pairs:
                el.text = el.text.replace(old, new)


def _set_date(el: etree._Element, date: str) -> None:
    y, m, d = date.split("-")
    _set_text(el.find("VALUE"), date)
    _set_text(el.find("YEAR"), y)
    _set_text(el.find("MONTH"), m)
    _set_text(el.find("DAY"), d)


def _fix_dossier(work: etree._Element, t: Target) -> None:
    for link in work.findall("WORK_PART_OF_DOSSIER"):
        is_proc = (
            link.find("SAMEAS/URI/TYPE") is not None
            and link.findtext("SAMEAS/URI/TYPE") == "procedure"
        )
        if not is_proc or t.procedure is None:
            work.remove(link)
            continue
        year, num, _kind = t.procedure.split("/")
        dossier_uuid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"eurefs:derived:{t.procedure}"))
        _set_text(link.find("URI/VALUE"), f"{RES}/cellar/{dossier_uuid}")
        _set_text(link.find("URI/IDENTIFIER"), dossier_uuid)
        short = f"{year}_{int(num)}"
        _set_text(link.find("SAMEAS/URI/VALUE"), f"{RES}/procedure/{short}")
        _set_text(link.find("SAMEAS/URI/IDENTIFIER"), short)
        dossier = link.find("EMBEDDED_NOTICE/DOSSIER")
        assert dossier is not None
        for el in list(dossier):
            tag = el.tag
            if tag == "PROCEDURE_CODE_INTERINSTITUTIONAL_REFERENCE_PROCEDURE":
                _set_text(el.find("VALUE"), t.procedure)
            elif tag == "PROCEDURE_CODE_INTERINSTITUTIONAL_NUMBER_PROCEDURE":
                _set_text(el.find("VALUE"), num)
            elif tag == "PROCEDURE_CODE_INTERINSTITUTIONAL_YEAR_PROCEDURE":
                _set_text(el.find("VALUE"), year)
            elif tag != "TYPE":
                dossier.remove(el)  # the OLP procedure-type concept does not fit NLE
        emb = link.find("EMBEDDED_NOTICE")
        assert emb is not None
        for ev in emb.findall("EVENT"):
            emb.remove(ev)


def derive(t: Target) -> bytes:
    """Return the derived notice for ``t`` as bytes."""
    src = etree.parse(str(SOURCE), etree.XMLParser(resolve_entities=False, no_network=True))
    root = src.getroot()
    work = root.find("WORK")
    assert work is not None
    inverse = work.getnext()
    for child in list(root):
        if child.tag not in ("WORK", "EXPRESSION") and child is not inverse:
            root.remove(child)
    for child in list(work):
        if child.tag not in KEEP_WORK:
            work.remove(child)
    for agent in work.findall("WORK_CREATED_BY_AGENT") + work.findall("CREATED_BY"):
        if agent.findtext("OP-CODE") != "COM":
            work.remove(agent)
    for expr_link in work.findall("WORK_HAS_EXPRESSION"):
        work.remove(expr_link)
    for rt in work.findall("WORK_HAS_RESOURCE-TYPE"):
        if t.resource_type is None:
            work.remove(rt)
        else:
            uri = f"{RES}/authority/resource-type/{t.resource_type}"
            _set_text(rt.find("URI/VALUE"), uri)
            _set_text(rt.find("URI/IDENTIFIER"), t.resource_type)
            _set_text(rt.find("OP-CODE"), t.resource_type)
            _set_text(rt.find("IDENTIFIER"), t.resource_type)
            _set_text(rt.find("PREFLABEL"), t.resource_type_label or "")
    for tag in ("WORK_DATE_DOCUMENT", "DATE_DOCUMENT", "DATE_CREATION_LEGACY", "DATE"):
        for el in work.findall(tag):
            _set_date(el, t.date)
    for tag, value in (
        ("RESOURCE_LEGAL_NUMBER_NATURAL_CELEX", str(t.number)),
        ("RESOURCE_LEGAL_TYPE", t.descriptor),
        ("RESOURCE_LEGAL_YEAR", str(t.year)),
        ("YEAR", str(t.year)),
    ):
        for el in work.findall(tag):
            _set_text(el.find("VALUE"), value)
    for el in work.findall("TYPE"):
        if el.text == "PC":
            el.text = t.descriptor
    _fix_dossier(work, t)
    if inverse is not None and inverse.tag == "INVERSE":
        for el in list(inverse):
            if el.tag != "WORK_PART_OF_DOSSIER":
                inverse.remove(el)
        fake = etree.SubElement(root, "TMP")
        fake.extend(copy.deepcopy(list(inverse)))
        _fix_dossier(fake, t)
        for el in list(inverse):
            inverse.remove(el)
        inverse.extend(list(fake))
        root.remove(fake)
    expr = root.find("EXPRESSION")
    assert expr is not None
    for el in expr.findall("EXPRESSION_MANIFESTED_BY_MANIFESTATION"):
        expr.remove(el)
    for tag in ("EXPRESSION_TITLE", "TITLE"):
        for el in expr.findall(tag):
            _set_text(el.find("VALUE"), t.title)
    for el in expr.findall("EXPRESSION_SUBTITLE"):
        _set_text(el.find("VALUE"), t.subtitle)
    _replace_ids(root, t)
    comment = etree.Comment(
        f" DERIVED fixture for {t.celex}: built by tests/support/derive_fixtures.py from the "
        "real branch notice of 52018PC0340 (identifying values changed). Not a Cellar response. "
    )
    root.addprevious(comment)
    etree.indent(root, space="   ")
    return etree.tostring(src, xml_declaration=True, encoding="UTF-8") + b"\n"


def main() -> None:
    """Write ``derived-notice-branch-<CELEX>.xml`` for each target."""
    for t in TARGETS:
        out = DATA / f"derived-notice-branch-{t.celex}.xml"
        out.write_bytes(derive(t))
        print(f"wrote {out.relative_to(DATA.parents[1])}")


if __name__ == "__main__":
    main()
