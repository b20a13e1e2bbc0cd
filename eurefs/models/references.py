"""Typed models of the references eurefs recognises, one per family.

All references share the fields of :class:`BaseReference` (span, normalised
form, derived identifiers); each family adds its structured parts.  The
families form a discriminated union on ``kind`` (:data:`Reference`), so a JSON
record can be read back with :data:`REFERENCE_ADAPTER`.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, TypeAdapter

# The kinds live in a module of their own, light enough for the command line.
from eurefs.kinds import ALL_KINDS as ALL_KINDS
from eurefs.kinds import KINDS as KINDS
from eurefs.kinds import SHORT_FORM as SHORT_FORM
from eurefs.kinds import ReferenceKind as ReferenceKind
from eurefs.models.frozen import FrozenModel


def _no_strings() -> list[str]:
    """A new empty list: the default of the list fields.

    A function rather than ``list``: pydantic reads a default factory's signature when it
    builds a model, and reading that of a built-in type parses its text signature with
    ``tokenize``, whose patterns then compile (some 3 ms of a command's start-up)."""
    return []


class BaseReference(FrozenModel):
    """Fields every reference carries.

    Attributes:
        kind: The reference family (discriminator).
        text: The exact substring of the input (``input[start:end] == text``).
        start: Offset of the first character (Python string index).
        end: Offset after the last character (exclusive).
        normalized: Canonical written form, e.g. ``COM(2021) 752 final``.
        celex: The CELEX number when it follows with certainty from the text.
        celex_candidates: Every CELEX number the text allows (one item when
            ``celex`` is set; several when the text alone cannot decide, e.g.
            ``PC``/``DC`` for a COM number; empty when none can be derived).
        eli: The ELI URI, when it follows from the reference.
        cellar_ids: Publications Office identifiers (``scheme:id``) that name
            the work, e.g. ``comnat:COM_2021_0752_FIN`` or ``celex:32016R0679``.
        eurlex_url: A EUR-Lex page for the reference (a display link).
        lang: Language of the written form (``en``, ``fr``, ``de``).
        doc_page: The 1-based page of the document where the reference starts,
            for paged documents (PDF, or text with form feeds); else None.
            (Not ``page``: an OJ citation's ``page`` is the page it cites.)
    """

    # the validators are built when a kind is first made, not when eurefs is imported:
    # a command that meets two kinds pays for two (start-up, issue 10)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    kind: ReferenceKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    normalized: str
    celex: str | None = None
    celex_candidates: list[str] = Field(default_factory=_no_strings)
    eli: str | None = None
    cellar_ids: list[str] = Field(default_factory=_no_strings)
    eurlex_url: str | None = None
    lang: str = "en"
    doc_page: int | None = Field(default=None, ge=1)

    def identity(self) -> tuple[object, ...]:
        """Everything but the span: two references to the same thing compare equal here."""
        where = ("text", "start", "end", "doc_page")
        return tuple((k, v) for k, v in self.model_dump().items() if k not in where)


ComDocType = Literal["COM", "JOIN", "SEC", "SWD", "C"]


class ComDocumentRef(BaseReference):
    """A Commission document: ``COM(2021) 752 final``, ``JOIN(2021) 32 final``, ``C(2021) 1234``.

    Attributes:
        doc_type: ``COM``, ``JOIN``, ``SEC``, ``SWD`` or ``C``.
        year: Four-digit year (two-digit years before 1998 are expanded).
        number: The document number.
        version: Revision number of a corrected version (``final/2`` -> 2), else None.
        nature: ``proposal`` or ``communication`` when the sentence says which
            (this decides ``PC`` vs ``DC``), else None.
    """

    kind: Literal["com_document"] = "com_document"
    doc_type: ComDocType
    year: int
    number: int
    version: int | None = None
    nature: Literal["proposal", "communication"] | None = None


ActType = Literal[
    "regulation",
    "directive",
    "decision",
    "framework_decision",
    "recommendation",
    "joint_action",
    "common_position",
    "common_strategy",
    "opinion",
    "guideline",
]


class LegalActRef(BaseReference):
    """A numbered EU legal act: ``Regulation (EU) 2016/679``, ``Directive 95/46/EC``.

    Attributes:
        act_type: The act type (``regulation``, ``directive``, ...).
        subtype: ``delegated`` or ``implementing`` when written.
        author: Author institution written before the type (``Commission``,
            ``Council``, ``European Central Bank``), or the body of an agreement
            whose decision this is (``EC-Turkey Association Council`` in
            ``Decision No 1/95 of the EC-Turkey Association Council``: such a
            decision has no CELEX), else None.
        domain: Domain as written (``EU``, ``EC``, ``EEC``, ``Euratom``,
            ``CFSP``, ``JHA``, ``EU, Euratom``; French/German forms kept).
        year: Four-digit year (None for acts cited by date only).
        number: Sequential number as a string (None for acts cited by date only).
        number_first: True when the number precedes the year (``No 1049/2001``).
        date: Date of the act, when it is cited by date.
        pinpoint: A pinpoint into the act as written, outside the span: before
            it (``Article 6(1)(a)``, ``Title V, Chapter 2, Section 1``) or, in the
            languages that write it there, after it (Finnish ``6 artiklan 1
            kohdan a alakohta``); several, joined by ``"; "``, where the Court's
            keyword line writes the act's articles as keywords after it (``Article
            2(a); Article 12(a) and (b)``); else None.
    """

    kind: Literal["legal_act"] = "legal_act"
    act_type: ActType
    subtype: Literal["delegated", "implementing"] | None = None
    author: str | None = None
    domain: str | None = None
    year: int | None = None
    number: str | None = None
    number_first: bool = False
    date: dt.date | None = None
    pinpoint: str | None = None


class OjRef(BaseReference):
    """An Official Journal citation: ``OJ L 119, 4.5.2016, p. 1``, ``OJ L, 2024/1689, 12.7.2024``.

    Attributes:
        series: ``L``, ``C``, ``S`` or None for the pre-1968 single series.
        issue: Issue number as written, with any letter suffix (``48 A``, ``11 I``);
            None for the act-by-act form.
        year: Year of publication.
        date: Date of publication, when written.
        page: First page, when written.
        last_page: Last page of a page range, when written.
        act_number: ``2024/1689`` in the act-by-act form (from October 2023).
        item: A C-series notice's number in its issue, as the journal numbers each item
            (``4`` of ``(2019/C 323/04)``, the bracket under a notice's title); the
            number alone names no page (no Cellar id).
        edition: For a special edition, the code of its language (``en`` for
            ``OJ, English Special Edition 1968 (I), p. 475``, ``cs`` for ``Zvl. vyd. 05/01``);
            None for the journal itself.  Series and issue are then None.
        edition_period: The years of a Danish or English special edition's volume
            (``1959-1962``, ``1968``).
        edition_chapter: The chapter of the later special editions (``5`` of ``Chapter 05``).
        edition_volume: Their volume (``1`` of ``Volume 001``), or the Danish and English
            editions' part of a year (``II`` of ``1968 (II)``, ``31 December``).
        publishes: The CELEX number of the act this citation gives the publication of:
            the act cited right before it, in brackets after its title
            (``Directive 95/46/EC ... (OJ L 281, 23.11.1995, p. 31)``); None where the
            text does not say (see ``eurefs.grammar.publications``).  Grouping counts
            the citation as a mention of that act.
    """

    kind: Literal["oj"] = "oj"
    series: str | None = None
    issue: str | None = None
    year: int | None = None
    date: dt.date | None = None
    page: int | None = None
    last_page: int | None = None
    act_number: str | None = None
    item: int | None = None
    edition: str | None = None
    edition_period: str | None = None
    edition_chapter: int | None = None
    edition_volume: str | None = None
    publishes: str | None = None


class CelexRef(BaseReference):
    """A CELEX number written out: ``32016R0679``, ``52021PC0752``, ``62012CJ0131``.

    Attributes:
        sector: The sector character (``1``-``9``, ``0``, ``C``, ``E``).
        year: Four-digit year.
        descriptor: One or two letters (``R``, ``PC``, ``CJ``).
        number: The number part as written (may carry a suffix like ``(01)``).
    """

    kind: Literal["celex"] = "celex"
    sector: str
    year: int
    descriptor: str
    number: str


class EliRef(BaseReference):
    """An ELI URI of the Publications Office: ``http://data.europa.eu/eli/reg/2016/679/oj``.

    Attributes:
        typedoc: ELI document type (``reg``, ``dir_del``, ...).
        year: Year.
        number: Natural number as a string.
        version: ``oj`` for the original, or a consolidation date as written
            (``2016-05-04``).
    """

    kind: Literal["eli"] = "eli"
    typedoc: str
    year: int
    number: str
    version: str | None = None


class EcliRef(BaseReference):
    """A European Case Law Identifier: ``ECLI:EU:C:2014:317`` (or ``EU:C:2014:317``).

    Attributes:
        country: ``EU`` or a Member State code.
        court: Court code (``C``, ``T``, ``F``).
        year: Year of the decision.
        ordinal: The ordinal part.
        pinpoint: A pinpoint written right after it (``paragraph 71`` in
            ``ECLI:EU:C:2014:317, paragraph 71``), outside the span.
    """

    kind: Literal["ecli"] = "ecli"
    country: str
    court: str
    year: int
    ordinal: str
    pinpoint: str | None = None


class CaseRef(BaseReference):
    """A case number of the EU courts: ``C-131/12``, ``T-604/18``, ``C-107/23 P``.

    Attributes:
        court: ``C`` (Court of Justice), ``T`` (General Court), ``F`` (Civil
            Service Tribunal), or None for pre-1989 numbers (``26/62``, a case
            only after a case word or before the Court's ECLI or the European
            Court Reports: ``Marshall, 152/84, EU:C:1986:84``).
        number: Sequential number in that court and year.
        year: Four-digit year of lodging.
        suffix: ``P`` (appeal) when written in the span, else None.
        joined: True when the number is part of a ``Joined Cases`` list.
        range_end: On the first number of a range (``C-250/99 P to C-252/99 P``), the
            number of its last case (252): the cases between (C-251/99 P) are cited too,
            with the same court, year and suffix, though the text writes no number for
            them.  None elsewhere.
        opinion: True for an Opinion procedure number (``Opinion 1/15``).
        pinpoint: A pinpoint written right after it (``paragraph 71`` in
            ``C-131/12, paragraph 71``), or past its ECLI, name or European Court
            Reports (``C-184/99, Slg. 2001, I-6193, Randnr. 43``), outside the span; the
            numbers of a list share the list's.
    """

    kind: Literal["case"] = "case"
    court: Literal["C", "T", "F"] | None = None
    number: int
    year: int
    suffix: str | None = None
    joined: bool = False
    range_end: int | None = None
    opinion: bool = False
    pinpoint: str | None = None


class ProcedureRef(BaseReference):
    """An interinstitutional procedure number: ``2021/0401(NLE)``.

    Attributes:
        year: Four-digit year.
        number: Four-digit number as a string, with a split letter if any (``0400A``).
        procedure_type: ``COD``, ``NLE``, ``CNS``, ...; empty for a procedure given by
            Cellar's id alone (``procedure:2018_172``), whose type Cellar's answer says.
    """

    kind: Literal["procedure"] = "procedure"
    year: int
    number: str
    procedure_type: str


class TreatyArticleRef(BaseReference):
    """An article of the Treaties: ``Article 78(3) TFEU``, ``Article 114`` after a treaty.

    Attributes:
        treaty: ``TFEU``, ``TEU``, ``EC``, ``EEC``, ``EU`` (the EU Treaty before Lisbon:
            as numbered from Amsterdam, ``Article 35 EU``, or with Maastricht's letters,
            ``Article K.3 TEU``), ``EAEC`` (the Euratom Treaty),
            ``ECSC`` (the ECSC Treaty) or ``CFR`` (the Charter of Fundamental Rights);
            French/German texts keep their abbreviation in ``normalized`` but use these
            codes here.
        articles: The article designations as written (``78(3)``, ``114``); a range
            is one designation, its ends joined by ``-`` (``Articles 101 to 106`` ->
            ``101-106``); a subdivision listed after its article has the article's
            number (``Article 101(1) and (3)`` -> ``101(1)``, ``101(3)``).
    """

    kind: Literal["treaty_article"] = "treaty_article"
    treaty: str
    articles: list[str]


ShortFormHow = Literal["defined_term", "anaphor", "popular_name"]


class ShortFormRef(BaseReference):
    """A back-reference to a work cited in full elsewhere or known by name.

    ``the GDPR`` after ``Regulation (EU) 2016/679 (‘the GDPR’)``, ``that
    Directive``, ``the Water Framework Directive``.  ``normalized``, ``celex``
    and ``celex_candidates`` are those of the target.

    Attributes:
        how: ``defined_term`` (an alias the document defines next to a full
            reference), ``anaphor`` (``that Regulation``, ``cette directive``,
            ``Article 5 thereof``) or ``popular_name`` (a name from the
            package's list of popular names).
        target_kind: Kind of the target (``legal_act``, ``com_document``).
        act_type: The target's act type, when it is a legal act.
        antecedent: Index, in the list ``extract`` returned, of the full
            reference this one resolves to (None when there is none in the
            text, or when it was filtered out by ``kinds``).
        antecedent_start: Start offset of that full reference.
        antecedent_end: End offset of that full reference.
        name: The alias or popular name as defined (``GDPR``), else None.
        pinpoint: A pinpoint into the target, when written: before the short form
            (``Article 4`` in ``Article 4 of that Directive``, ``Article 17`` in
            ``Article 17 GDPR``) or, in the languages that write it there, after it
            (``7 artiklan 1 kohdassa`` in ``kyseisen direktiivin 7 artiklan 1
            kohdassa``).
    """

    kind: Literal["short_form"] = "short_form"
    how: ShortFormHow
    target_kind: ReferenceKind = "legal_act"
    act_type: ActType | None = None
    antecedent: int | None = None
    antecedent_start: int | None = None
    antecedent_end: int | None = None
    name: str | None = None
    pinpoint: str | None = None


Reference = Annotated[
    ComDocumentRef
    | LegalActRef
    | OjRef
    | CelexRef
    | EliRef
    | EcliRef
    | CaseRef
    | ProcedureRef
    | TreatyArticleRef
    | ShortFormRef,
    Field(discriminator="kind"),
]
"""Any reference, discriminated on ``kind``."""

#: Reads a reference back from a dict or JSON: ``REFERENCE_ADAPTER.validate_python(d)``.
REFERENCE_ADAPTER: TypeAdapter[Reference] = TypeAdapter(
    Reference, config=ConfigDict(defer_build=True)
)


def references_from_json(records: Sequence[dict[str, object]]) -> list[Reference]:
    """Read references back from their JSON records (the output of ``model_dump``)."""
    return [REFERENCE_ADAPTER.validate_python(r) for r in records]
