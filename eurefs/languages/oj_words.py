"""How a language cites the Official Journal: a part of its record (``Language.oj``)."""

from __future__ import annotations

from eurefs.records import record


@record
class OjWords:
    """The words of the language's citations of the Official Journal (``grammar/official_journal``).

    Attributes:
        journals: Abbreviations of the Official Journal (``OJ``, ``JO``, ``ABl.``).
        header_journals: Its name in EUR-Lex's former header only (``Amtsblatt Nr.``).
        qualifiers: Written between the journal and the series (``ABl. EG L``).
        pages, pages_after: Page words before the number (``p.``) or after (``1. lpp.``).
        journal_names: Full names of the journal (``Official Journal of the European Union``).
        date_words: Prepositions before an issue date besides the record's ``date_words``
            (Polish ``z``).
    """

    journals: tuple[str, ...] = ()
    header_journals: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    date_words: tuple[str, ...] = ()
    pages_after: tuple[str, ...] = ()
    journal_names: tuple[str, ...] = ()
