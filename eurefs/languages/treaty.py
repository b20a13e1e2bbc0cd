"""How a language writes one of the Treaties: a part of its record (``Language.treaties``)."""

from __future__ import annotations

from eurefs.records import record


@record
class Treaty:
    """How a language writes one of the Treaties.

    Attributes:
        code: The abbreviation used in normalised forms (``TFUE``, ``AEUV``); where none
            is in use, a short name, with its preposition where the language needs one
            (``din Carta drepturilor fundamentale``): it must read back as a reference.
        abbreviations: Forms written right after an article number (``TFUE``, ``EG-Vertrag``).
        names: Long names, written after a preposition (``traité sur le fonctionnement ...``),
            or, where the record writes the treaty first, declined before the number.
        short_names: The name the treaty goes by once a text has cited it in full, written
            after a preposition (the Charter: ``Article 47 of the Charter``), as written
            (case-sensitive); read only after such a citation, and never before a
            preposition (``Charter of the United Nations``): see ``grammar/named_again``.
        short_name_stops: Words that, right after a short name, make it another
            instrument's name (``Charte sociale européenne``, ``Carta delle Nazioni
            Unite``): the short name is not read before them, nor before a preposition.
            Where the language writes the treaty first (``Chartijos 51 straipsnio``), the
            words right before it (``az Európai Szociális Charta``, ``ENSZ Charta``).
        keyword_short_names: Those of ``short_names`` that the Court's keyword lines write as a
            whole keyword, with no citation in full before (Romanian ``– Articolul 47 din
            cartă –``): read there alone, a dash before the article and after the name
            (``grammar/named_again``).
        short_name_leads: Forms of a short name written before the article word, as a
            genitive (Danish ``chartrets artikel 47``): read as the short names are, only
            after a citation in full (``grammar/treaty_names``, ``grammar/named_again``).
        name_leads: Forms of a name written before the article word, as a genitive
            (Danish ``EU-traktatens artikel 1``): read wherever they stand, as the
            abbreviations the record writes there (``treaty_abbreviation_leads``).
        short_name_letter: Where the language writes the treaty first, a letter that
            every text in the language holds and few others do (Estonian ``õ``): a text
            without it is not searched for the short names (``grammar/
            treaty_articles_abbr_first``).  One whose code point's low byte is rare in
            texts (``õ`` U+00F5, not ``ų`` U+0173, ``s``): ``in`` finds it at
            ``memchr`` speed.  Empty: the string every short name holds.
        closed_abbreviations: Those of ``abbreviations`` that are also a word of prose (the
            pre-Lisbon EU Treaty's ``EU``, ``UE``: ``Article 6 EU law``, ``the 27 EU Member
            States``): read as the treaty only where the citation ends right after them (the
            text's end, a punctuation mark, a closing bracket, a spaced dash, or a
            conjunction or join before the next article: ``Articles 6(2) EU and 34(2)(b)
            EU``), never before a word (``grammar/treaty_after_articles``); never written
            before the article word (``treaty_abbreviation_leads``) nor opening a bracket,
            and no evidence of the language (``languages/evidence``).
        national_abbreviations: Those of ``abbreviations`` that the language's own legal
            writing also gives a national instrument (Spanish ``CE``, the Constitución
            Española: ``artículo 24 CE``): not read as the treaty where one of
            ``national_marks`` stands within 3,000 characters of the citation
            (``grammar/treaty_after_articles``).
        national_marks: The words that name that national instrument or its court
            (``Constitución Española``, ``Tribunal Constitucional``), as written.
        national_mark_stops: Words that, right after a mark, make it another instrument's
            (``la Constitución`` of ``la Constitución italiana``, ``para Europa``).
        union_marks: The words of the Union's own writing (its Court, its Member States),
            as written, one of which must stand within the reach of ``national_marks``
            for one of ``national_abbreviations`` to be read as the treaty in the
            language: with neither near, nothing tells the treaty from the national
            instrument, and no treaty is read.  Empty: read wherever no national mark is.
    """

    code: str
    abbreviations: tuple[str, ...]
    names: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    short_name_stops: tuple[str, ...] = ()
    keyword_short_names: tuple[str, ...] = ()
    short_name_leads: tuple[str, ...] = ()
    name_leads: tuple[str, ...] = ()
    short_name_letter: str = ""
    closed_abbreviations: tuple[str, ...] = ()
    national_abbreviations: tuple[str, ...] = ()
    national_marks: tuple[str, ...] = ()
    national_mark_stops: tuple[str, ...] = ()
    union_marks: tuple[str, ...] = ()
