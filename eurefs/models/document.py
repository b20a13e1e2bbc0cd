"""The resolved document: what the Publications Office knows about a work.

Both resolution paths (XML notice and SPARQL) build this same model; fields the
source does not give stay empty (None or []), never invented.
"""

from __future__ import annotations

import datetime as dt

from pydantic import ConfigDict, Field

from eurefs.models.frozen import FrozenModel
from eurefs.models.references import Reference


class Concept(FrozenModel):
    """A value from a Publications Office authority table (NAL) or EuroVoc.

    Attributes:
        code: The authority code (``COM``, ``REG_DEL``, ``4385``).
        label: Preferred label in the requested language, when known.
        uri: The concept URI.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    label: str | None = None
    uri: str | None = None


class OjPublication(FrozenModel):
    """Where the work was published in the Official Journal.

    A field Cellar gives several values of is None; a work linked to two issues has one
    of these for each (``Document.oj_publications``), and ``Document.oj`` holds only
    what they agree on.

    Attributes:
        series: ``L`` or ``C`` (``OJ-L`` collection -> ``L``).
        issue: Issue number as a string (``119``), None for act-by-act publication.
        year: Year of the issue.
        date: Date of publication.
        page: First page, when Cellar states it.
        uri: The Cellar OJ identifier (``oj:JOL_2016_119_R_0001``).
    """

    model_config = ConfigDict(frozen=True)

    series: str | None = None
    issue: str | None = None
    year: int | None = None
    date: dt.date | None = None
    page: int | None = None
    uri: str | None = None


class Relations(FrozenModel):
    """Links from this work to others, each given as a CELEX number (or Cellar URI when no CELEX).

    Attributes:
        based_on: Legal basis acts.
        amends: Acts this work amends.
        amended_by: Acts that amend this work.
        repeals: Acts this work repeals.
        repealed_by: Acts that repeal this work.
        adopted_act: For a proposal: the act adopted from it.
        proposal: For an act: the proposal it was adopted from.
        consolidated_versions: Consolidated texts of this act (``02016R0679-20160504``);
            not those of an act it amends that Cellar also links it to.
    """

    model_config = ConfigDict(frozen=True)

    based_on: list[str] = Field(default_factory=list)
    amends: list[str] = Field(default_factory=list)
    amended_by: list[str] = Field(default_factory=list)
    repeals: list[str] = Field(default_factory=list)
    repealed_by: list[str] = Field(default_factory=list)
    adopted_act: list[str] = Field(default_factory=list)
    proposal: list[str] = Field(default_factory=list)
    consolidated_versions: list[str] = Field(default_factory=list)


class DocumentUrls(FrozenModel):
    """Links for people and programs.

    Attributes:
        eurlex: The EUR-Lex page of the document (display link).
        cellar: The Cellar resource URI of the work.
        pdf: PDF link per language (ISO 639-1 code -> URL).
        html: HTML link per language (ISO 639-1 code -> URL).
    """

    model_config = ConfigDict(frozen=True)

    eurlex: str | None = None
    cellar: str | None = None
    pdf: dict[str, str] = Field(default_factory=dict)
    html: dict[str, str] = Field(default_factory=dict)


class Document(FrozenModel):
    """A work of the Publications Office, as resolved from a reference.

    Attributes:
        celex: CELEX number of the work.
        cellar_uri: Cellar URI (``http://publications.europa.eu/resource/cellar/<uuid>``).
        eli: ELI URI, when the work has one.
        ecli: ECLI, for case-law.
        identifiers: Other identifiers of the work (``comnat:COM_2018_0340_FIN``, ``oj:...``).
        title: Title in the requested language (or the fallback language).
        title_lang: ISO 639-1 code of the language ``title`` is in.
        title_is_fallback: True when the requested language was missing and
            another language (English first) was used.
        date: Date of the document.
        authors: Authoring bodies.
        resource_type: The resource type (``REG``, ``PROP_DIR``, ``JUDG``...).
        in_force: Whether the act is in force (None when Cellar does not say, or says
            both ``true`` and ``false``).
        entry_into_force: Date of entry into force (the date Cellar types ``EV``; not
            a date of application; None when Cellar lists several and types none).
        end_of_validity: Date of end of validity (None for open-ended ``9999-12-31``).
        oj: Official Journal publication (for a work linked to several issues, only
            what all of them say: see ``oj_publications``).
        oj_publications: Every Official Journal issue Cellar links the work to, each
            with its own facts (one entry when there is one issue).
        procedure: Interinstitutional procedure number (``2018/0172(COD)``).
        eurovoc: EuroVoc descriptors.
        subject_matter: Subject-matter codes.
        relations: Links to other works.
        languages: ISO 639-1 codes of the languages the work is available in.
        urls: Links.
        other_documents: For a case: the other documents of the case (CELEX).
        reference: The reference this document was resolved from.
        fetched_at: When the data was fetched from the service (UTC).
    """

    model_config = ConfigDict(frozen=True)

    celex: str | None = None
    cellar_uri: str | None = None
    eli: str | None = None
    ecli: str | None = None
    identifiers: list[str] = Field(default_factory=list)
    title: str | None = None
    title_lang: str | None = None
    title_is_fallback: bool = False
    date: dt.date | None = None
    authors: list[Concept] = Field(default_factory=list)
    resource_type: Concept | None = None
    in_force: bool | None = None
    entry_into_force: dt.date | None = None
    end_of_validity: dt.date | None = None
    oj: OjPublication | None = None
    oj_publications: list[OjPublication] = Field(default_factory=list)
    procedure: str | None = None
    eurovoc: list[Concept] = Field(default_factory=list)
    subject_matter: list[Concept] = Field(default_factory=list)
    relations: Relations = Field(default_factory=Relations)
    languages: list[str] = Field(default_factory=list)
    urls: DocumentUrls = Field(default_factory=DocumentUrls)
    other_documents: list[str] = Field(default_factory=list)
    reference: Reference | None = None
    fetched_at: dt.datetime | None = None
