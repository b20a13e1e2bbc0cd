"""How a language writes pinpoints: a part of its record (``Language.pinpoints``)."""

from __future__ import annotations

from eurefs.records import record


@record
class PinpointWords:
    """The words of pinpoints: an article's subdivisions after its number, in treaty articles
    and acts (``, paragraphe 1``, ``Abs. 1``; ``grammar/treaty_article_words``,
    ``grammar/pinpoint_numbers``), and the pinpoints written before or after an act (``Article
    6(1)(a) of Regulation ...``, ``grammar/act_pinpoints``).  The article words themselves are
    the record's (``Language.article_words``), shared with the treaty articles.

    Attributes:
        words: Words before a paragraph number of an article (``paragraphe``, ``Abs.``).
        words_after_comma: Pinpoint words follow a comma (``, paragraphe 1``), not a blank.
        ordinals / ordinal_nouns: ``troisième`` + ``alinéa`` (``, third paragraph,``);
            the nouns with their plurals, for a list (``premier et troisième alinéas``).
        title_ordinals: An act's ordinal between a pinpoint and the act, where it is not one
            of ``ordinals`` (Polish, the ordinal declined with the act: ``art. 17 ust. 2 lit. a)
            szóstej dyrektywy Rady 77/388/EWG``); else ``ordinals`` serve, after a link word
            (``Article 17(2) of the Sixth Council Directive``); see ``grammar/title_ordinals``.
        ordinal_endings: What the language writes after a number to make it an ordinal,
            besides the dot every record takes (``6.``): Dutch ``6e``, Swedish ``6:e``,
            French ``6e``, Spanish ``6.ª``.  Such a number right before a popular name or an
            alias ending in its type word makes it another act (``6e btw-richtlijn``: the
            Sixth VAT Directive, not the VAT Directive; ``short_forms/name_forms``).
        ordinals_after_noun: The ordinal may follow its noun (Spanish ``párrafo
            primero``, ``párrafos primero y tercero``); see ``grammar/ordinal_parts``.
        patterns: Further pinpoints after an article number, as regular
            expressions (Polish ``akapit trzeci``: the ordinal after the noun).
        ordinal_dot: Numbers of articles and their subdivisions are ordinals written
            with a dot (Croatian ``članak 6. stavak 1. točka (a)``).
        lettered_parts: An article's part is a capital letter after its number, then perhaps a
            paragraph and a point, a bare letter, as after an ordinal subparagraph or after an
            article without paragraphs (Swedish ``13 B b``, ``17.5 tredje stycket d``, ``7 f``).
        ordinal_sign: National texts glue the ordinal sign (or a degree sign, ``6°``) to an
            article number without a dot (Portuguese ``artigo 267º``, Spanish ``artículo
            4°``), the view's letter ``o``: what the normal form writes for it (``.º``, or
            nothing); None where a letter after a number is an inserted article's
            (English ``Article 130o``) and a degree sign is none.

    Pinpoints written before the act they are in:

        links: Words between a pinpoint and the act it is in (``of``,
            ``du``, ``der``, ``della``, ``van``; Maltese ``tad-`` is glued to the act):
            ``Article 6(1)(a) of Regulation ...``.  None in languages that decline the
            act instead (Polish ``art. 6 ust. 1 rozporządzenia``).  The pinpoint's other
            words are the article words, the back-reference pinpoint words and the
            treaty-article pinpoint words; see ``grammar/act_pinpoints``.
        list_links: Words a list's later item repeats from the phrase that governs the
            pinpoint, where that is no link (Danish ``fortolkningen af artikel 2, litra a), og
            af artikel 7, litra f), i direktiv 95/46/EF``: ``af`` after ``og``); a list's item
            may repeat ``links`` too (``and of Article 7(f) of``).
        unlinked_words: Words an act may start with (type words, their
            initialisms, a subtype before them) right before which legal writing also
            writes a pinpoint with no link word (German ``Art 6 Abs 1 RL 93/13/EWG``,
            ``Art. 16 Abs. 1 Verordnung (EU) 2022/2554``); see ``grammar/unlinked_pinpoints``.
            ``unlinked_comma``: also with a comma before the act (Italian
            ``dall’art. 4, Reg. UE 1215/2012``; German ``nach Art. 5, VO ...`` is none).
        leads: Words of lower subdivisions written *before* the article, joined to it
            by a link word (English ``point (a) of Article 6(1)``), or by a blank alone in a
            language with no link words, the lead declined (Slovenian ``točke (f) člena 6(1)``,
            and numbered before an article written number first: ``1. točko prvega odstavka
            6. člena``); the language's ordinals and ordinal nouns are then written there too
            (``the first subparagraph of``).  ``ordinal_leads``: those ordinal subdivisions
            are written there, declined, in a language with no lead words of a number (Czech
            ``ve čtvrtém pododstavci článku 263 SFEU``).
        comma_lists: A list of articles, each with its word, is written with commas alone, the
            act named once after the last (German norm chains: ``im Sinne von Art. 3 Abs. 1,
            Art. 2 Buchst. c der Richtlinie 95/46/EG``, ``Art. 1, Art. 2 Abs. 1, Art. 34 GG``):
            every article of it is the act's.  Not where a comma may end a phrase before a
            clause that starts with an article (English ``Under Article 5, Article 6 of
            ...``): there a list word must end the list (``Article 5, Article 6 and Article 9
            of``).
        divisions: Words of the divisions written after a comma under a
            higher one, in one pinpoint (English ``Title V, Chapter 2, Section 1``).
        annexes / annex_links: Words of an act's annexes, and the
            words linking a pinpoint ending in one to the act, besides ``links``
            (English ``Annex I to Directive 2014/65/EU``).
        recitals: Words of an act's recitals a pinpoint before it starts with,
            where the back-reference pinpoint words do not give them (Polish ``Motyw 23
            dyrektywy 96/61``); after the act, the preamble's word before a recital's number
            (Latvian ``Direktīvas 96/61 preambulas 23. apsvērumā``).  ``recitals_after_number``:
            the words after a recital's number written first, an ordinal (Danish ``33.
            betragtning til``) or between a recital's two words (Czech ``bodu 12 odůvodnění``
            beside ``bodu odůvodnění 12``); see ``grammar/numbered_recitals``.
            ``recital_ordinals``: ordinals written out before those words, in place of the
            number and its dot, as regular expressions (English ``the first and eleventh
            recitals in the preamble to``), perhaps after the record's articles.
            ``keyword_recitals``: a recital cited by its ordinal written out, as a keyword
            of the Court's keyword lines (after the act and a dash: ``grammar/dash_pinpoints``),
            as regular expressions (English ``Thirteenth recital in the preamble``, Spanish
            ``Considerando decimotercero``).

    Pinpoints written after the act they are in:

        after: The language writes a pinpoint *after* the act it is in (Finnish
            ``asetuksen (EU) 2016/679 6 artiklan 1 kohdan a alakohta``, Estonian ``määruse
            (EL) 2016/679 artikli 6 lõike 1 punkt a``): the stems of its subdivision words,
            article first, each taking any case ending (up to eight letters); each word stands
            next to its number, on either side.  No pinpoint is looked for before such an act.
        after_dot: The numbers of a pinpoint after an act are ordinals with a
            dot (Hungarian ``6. cikke``, Latvian ``7. panta 1. punkts``): a number without one
            before a subdivision word is a count (``99 cikkből áll``).
        after_cases: Type words' forms (the genitive, Lithuanian ``reglamento``) an
            act takes before a pinpoint after it; in another case none (``Direktyva 95/46/EB``).
        journal_title_cases: Type words' forms (the genitive, Estonian ``direktiivi``) an
            act takes before a pinpoint after it that follows the act's title up to the Official
            Journal's citation in brackets (``direktiivi 2008/115/EÜ ühiste nõuete ja korra kohta
            ... (ELT 2008, L 348, lk 98) artikli 15 lõike 1``), where no word starts the title
            (``after_cases`` and ``back_references.title_starts`` read one that does).
        after_blank: Norm chains write a pinpoint right after the act and a
            blank, as the end of a line or of a list item (German ``Richtlinie 77/388/EWG
            Art. 13 Teil A Abs. 1 Buchst. g``): read as after a comma (``comma_pinpoints``).
        version_marks: In such a chain, the marks after a national law's abbreviation that
            name its version (German ``a. F.``, ``n. F.``: old, new version; a blank after a
            dot optional: ``BranntwMonG a.F. § 132``), before its paragraph sign: the next
            item, where the act's pinpoint ends (``comma_pinpoints``).
        amended_by: Words before an act cited as amending the one before it (``as amended
            by``): a pinpoint after a comma after that act is the amended act's, as the
            Court's summaries write it (``(Richtlijn 85/337 van de Raad, zoals gewijzigd bij
            richtlijn 2003/35, art. 1, lid 5)``), not the amending act's: none is given.
        enacting_intros: The words an enacting formula cites an act with, right before the
            act's span, where the formula's lead (``Language.enacting_leads``) and the act's
            pinpoint follow its title with no word referring back (Dutch ``Gezien Verordening
            (EG) nr. 882/2004 van ... (2), en met name artikel 32, lid 7,``; English writes
            ``thereof``, a back-reference); see ``grammar/enacting_pinpoints``.
        enacting_tails: The words that name the act again right after the formula's
            pinpoint (Czech ``a zejména na čl. 42 uvedeného nařízení``, Slovene ``in zlasti
            člena 1(3) Uredbe``), as regular expressions: they end the citation, outside the
            pinpoint.
        after_treaty: Whether a treaty article's pinpoint may follow the treaty's
            abbreviation after a comma, as the Court's Spanish writes it (``artículo 4 TUE,
            apartado 3``): the span goes on over it (``grammar/treaty_articles``).
        glued_leads: Subdivisions written before a treaty article and joined to it by a
            link glued to the article word, as regular expressions ending in the link
            (Maltese ``ir-raba’ paragrafu tal-Artikolu 263 TFUE``), where the links are all
            glued and ``leads`` cannot join them (``grammar/treaty_leads``).
        database_entries: The entries of a case-law database that list the provisions a
            judgment applies between an act's Official Journal citation and the act, each as
            the literal it starts with and a regular expression from there, its group ``pin``
            the provisions, ending (``\\Z``) where the act starts (Polish ``Dz.U.UE.L 1977 nr
            145 poz 1 art. 2 pkt 1, art. 4 ust. 1 i 2`` then ``Szósta Dyrektywa Rady ...``);
            read line by line (``grammar/provision_lines``).
        numbers_after_words: Every numbered part is written word first, the number after it
            (Estonian ``artikkel 267``, ``artikli 6 lõike 1``), where the other languages that
            write a treaty before its article write the number first (Finnish ``SEUT 267
            artikla``): a number between a treaty's name and the article word is a footnote
            call's (``lepingu 1 artikkel 169``; ``grammar/treaty_articles_abbr_first``).
    """

    words: tuple[str, ...] = ()
    words_after_comma: bool = True
    ordinals: tuple[str, ...] = ()
    ordinal_nouns: tuple[str, ...] = ()
    ordinal_endings: tuple[str, ...] = ()
    ordinals_after_noun: bool = False
    title_ordinals: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    ordinal_dot: bool = False
    lettered_parts: bool = False
    ordinal_sign: str | None = None
    links: tuple[str, ...] = ()
    list_links: tuple[str, ...] = ()
    unlinked_words: tuple[str, ...] = ()
    unlinked_comma: bool = False
    leads: tuple[str, ...] = ()
    ordinal_leads: bool = False
    comma_lists: bool = False
    divisions: tuple[str, ...] = ()
    annexes: tuple[str, ...] = ()
    annex_links: tuple[str, ...] = ()
    recitals: tuple[str, ...] = ()
    recitals_after_number: tuple[str, ...] = ()
    recital_ordinals: tuple[str, ...] = ()
    keyword_recitals: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    after_dot: bool = False
    after_cases: tuple[str, ...] = ()
    journal_title_cases: tuple[str, ...] = ()
    after_blank: bool = False
    version_marks: tuple[str, ...] = ()
    amended_by: tuple[str, ...] = ()
    enacting_intros: tuple[str, ...] = ()
    enacting_tails: tuple[str, ...] = ()
    after_treaty: bool = False
    glued_leads: tuple[str, ...] = ()
    database_entries: tuple[tuple[str, str], ...] = ()
    numbers_after_words: bool = False
