"""How a language cites the Official Journal: a part of its record (``Language.oj``)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from eurefs.records import field, record


@record
class OjWords:
    """The words of the language's citations of the Official Journal (``grammar/official_journal``).

    Attributes:
        journals: Abbreviations of the Official Journal (``OJ``, ``JO``, ``ABl.``).
        header_journals: Its name in EUR-Lex's former header only (``Amtsblatt Nr.``).
        unpaged_header_journals: Those of ``header_journals`` also read in the header's
            shape without its page, the series written, as a database heading an act copies
            it (Portuguese ``Jornal Oficial nº L 012 de 16/01/2001``).
        qualifiers: Written between the journal and the series (``ABl. EG L``).
        pages, pages_after: Page words before the number (``p.``) or after (``1. lpp.``).
        journal_names: Full names of the journal (``Official Journal of the European Union``).
        date_words: Prepositions before an issue date besides the record's ``date_words``
            (Polish ``z``).
        year_words: Words before a year written alone before the issue or the series (Polish
            ``z``, ``rok``: ``Dz. Urz. UE L z 2016 r. Nr 119``, ``L rok 2005 nr 44 str. 1``).
        series_words: The word for the series, written before its letter, a number marker
            before the issue then allowed (Romanian ``seria``: ``Jurnalul Oficial al Uniunii
            Europene, seria L, nr. 119 din 4 mai 2016``).
        series_markers: Number markers written between the series letter and the issue
            (Slovenian national writing's ``št.``: ``UL L št. 193 z dne 30. 7. 2018, str.
            1``).

    The special editions (the acts adopted before a Member State joined, republished in its
    language; see ``grammar/oj_special_editions``), as EUR-Lex's header lists them under the
    journal's line in this language (``Griechische Sonderausgabe: Kapitel 03 Band 19 S. 0053``):

        edition_labels: The words for a special edition (``Sonderausgabe``, ``Special edition``).
        edition_languages: Code of an edition's language -> its names in the labels, before or
            after the label word (``el`` -> ``Griechische``; Spanish ``griego``, ``griega``).
        edition_links: Words between the label word and a name after it (``in``: ``Special
            edition in Czech``; Portuguese ``em língua``).
        edition_series: The words before the years of a volume of the first editions
            (English ``Series I Volume``: ``Series I Volume 1971(II) P. 416``).
        edition_chapters, edition_volumes, edition_pages: The words before the chapter, the
            volume and the page (``Kapitel``, ``Band``, ``S.``).

        edition_citations: How judgments and acts in this language cite its own edition,
            as templates: ``{chapter}``, ``{volume}`` (``{chapter:02}``, ``{volume:02}``: in
            two figures or more, ``05/002``), ``{page}`` (or a page range), a part in square
            brackets optional (Spanish ``EE {chapter:02}/{volume:02}[, p. {page}]``: ``EE
            05/01, p. 98``).  Read after a citation of the journal (``DO L 149, p. 2; EE
            05/01, p. 98``); one that starts with the language's journal (Maltese ``ĠU
            Edizzjoni Speċjali bil-Malti, ...``) also alone, where it holds a letter ``in``
            finds at memchr speed (``ċ``; see ``grammar/oj_special_editions``).
        edition_periods: How judgments in this language cite its own first edition, by the
            years of a volume, after the journal (``journals``, also in capitals, as EUR-Lex
            prints older judgments): the words before the years (English ``OJ, English
            Special Edition 1968 (I), p. 475``, ``OFFICIAL JOURNAL , ENGLISH SPECIAL EDITION
            1971 ( II ), P . 416``).
        edition_gaps: Notes written between the journal's citation and an edition's, after a
            comma (Polish ``z późn. zm.``: ``str. 33, z późn. zm.; Dz. Urz. UE Polskie wydanie
            specjalne, ...``).
    """

    journals: tuple[str, ...] = ()
    header_journals: tuple[str, ...] = ()
    unpaged_header_journals: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    date_words: tuple[str, ...] = ()
    year_words: tuple[str, ...] = ()
    series_words: tuple[str, ...] = ()
    series_markers: tuple[str, ...] = ()
    pages_after: tuple[str, ...] = ()
    journal_names: tuple[str, ...] = ()
    edition_labels: tuple[str, ...] = ()
    edition_languages: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    edition_links: tuple[str, ...] = ()
    edition_series: tuple[str, ...] = ()
    edition_chapters: tuple[str, ...] = ()
    edition_volumes: tuple[str, ...] = ()
    edition_pages: tuple[str, ...] = ()
    edition_citations: tuple[str, ...] = ()
    edition_gaps: tuple[str, ...] = ()
    edition_periods: tuple[str, ...] = ()
