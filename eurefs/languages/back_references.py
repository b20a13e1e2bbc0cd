"""The words back-references are made of in one language: part of its record.

Type words come from the record's ``act_types``; this adds what only
back-references (``eurefs.short_forms``) need.
"""

from __future__ import annotations

from eurefs.records import record


@record
class BackReferenceWords:
    """The words of back-references in one language (``Language.back_references``).

    Attributes:
        anaphor_determiners: Words before a type word that point back to an
            act cited earlier (``that``, ``cette``, ``der genannten``).
        determiner_types: Determiners of ``anaphor_determiners`` that agree with some
            type words only, as pairs (determiner, act type or a type word's form in small
            letters): Lithuanian masculine ``šio`` goes with ``reglamento`` and points back
            as no ``šio sprendimo``, which in a judgment is the judgment itself; Swedish
            ``den`` points back before the definite ``förordningen`` (``i den
            förordningen``), not before ``förordning`` (``den förordning som avses``, "the
            regulation referred to").  A determiner not listed goes with any.
        anaphor_determiners_after: Determiners written after a type word in one of
            its ``declined`` singular forms (Greek ``της οδηγίας αυτής``, Romanian
            ``directiva menționată``).
        plural_heads: Article and type word written like a singular case but plural
            (Irish ``na Rialacháin`` "the Regulations", where ``an Rialacháin`` is "of
            the Regulation"): no anaphor with a determiner after them.
        self_determiners: Determiners that, in a legislative text, point to the
            text itself: an anaphor with one of them is dropped there
            (German ``dieser Verordnung``).  English ``this`` and French
            ``présent`` are simply not anaphor determiners.
        self_words: Words right before a type word that always make it the text
            itself (``this``, ``présente``, ``prezenta``, ``niniejszej``): the type
            word after them is no stray mention of another act.
        legislative_markers: Strings that show a text is itself an act.
        definition_intros: Phrases before the quoted alias inside the
            parenthesis (``hereinafter``, ``ci-après``, ``im Folgenden``).
        definition_closings: Words after the alias, before the closing
            bracket (Dutch ``(hierna „de richtlijn” genoemd)``).
        quotes: Quotation marks of the language as opening + closing pairs
            (``„“``, Danish ``»«``), besides the usual ones.
        unquoted_aliases: An alias may follow the intro without quotation
            marks (Hungarian ``(a továbbiakban: irányelv)``).
        bracketed_acronyms: An acronym alone in brackets right after an act's number, no
            quotation marks, no intro, is the act's alias (German ``Verordnung (EU) Nr.
            1215/2012 (EuGVVO)``, then ``Art. 7 EuGVVO``; see ``short_forms/definition_words``).
        adjective_endings: Endings of an adjective written before the type word of an
            alias, one tuple per declension: a word before the alias's last word ending in
            one of them is used later with any (German ``(im Folgenden: Sechste
            Richtlinie)`` ... ``Art. 2 der Sechsten Richtlinie``); before a ``declined`` type
            word, a declension of as many endings as its cases, in their order, agrees with it
            (Slovenian ``(v nadaljevanju Splošna uredba)`` ... ``Splošne uredbe``).
        genitive_endings: Endings of a back-reference in the genitive, which takes the
            pinpoint written right after it (Danish and Swedish
            ``databeskyttelsesforordningens artikel 6, stk. 1, litra f``): ending its
            span after a letter in small case (``s``), or glued after it (``:s`` of
            ``GDPR:s artikel 5.1 f``).
        name_pinpoint_words: Article words that may follow a popular name on its line,
            starting a pinpoint of it written after it where pinpoints otherwise come first
            (``GDPR Article 6(1)(f)``, Dutch ``AVG artikel 6, lid 1, onder a``:
            ``short_forms/name_pinpoints``).
        definite_genitives: Type words in their definite genitive that point back with no
            determiner before an article's pinpoint, outside acts (Danish ``direktivets
            artikel 5``, "that directive's Article 5": ``short_forms/definite_genitives``).
        declined: The singular forms of a type word (one tuple per word, the
            dictionary form first): a type word defined as an alias is used later
            in any of them (Polish ``„dyrektywą”`` ... ``dyrektywy``,
            ``dyrektywie``).  A word not listed is used as defined.
        after_determiner: Forms of a type word that name one act only after an anaphor
            determiner, grouped as ``declined`` is (the dictionary form first): alone they
            are plurals too (Romanian ``acestei directive`` "of that directive", but ``alte
            directive`` "other directives"), so an anaphor may end in them but no alias is
            used in them.
        other_determiners: Further words before a type word that make it no
            use of an alias defined as that word (Czech ``této směrnice``).
        alias_suffixes: Case endings an alias other than a type word takes in its uses
            (Estonian ``„MiFIR”`` ... ``MiFIRi``, Finnish ``GDPR:n``, Hungarian
            ``földgázirányelvben``, ``MiFID-et``).
        title_ends: Words that end a title written after a citation (Estonian
            ``... aspektide kohta``).
        title_dates: Regular expressions for the date of an act as written
            after its citation when the generic forms do not cover it (Polish
            ``z dnia 4 listopada 2003 r.``).
        articles: Articles that may precede an alias (left out of the span).
        fused_articles: Articles written as one word with the preposition before them
            (Spanish ``del``, Italian ``della``), which may precede a bare type-word
            alias's use (``ai sensi dell'art. 77 del Regolamento``) but are no articles
            elsewhere (a pinpoint's link is its own word: ``del`` in ``artículo 5 del``).
        title_starts: Words a title may start with after a full citation
            (``on``, ``amending``, ``relatif``, ``über``).
        title_restatements: Words after a comma that restate the act just cited
            (Greek ``δηλαδή``, 'that is'): the title has ended there, and a popular name
            after one is a mention of its own (``short_forms/walk.in_own_title``).
        in_title_before: Words right before a citation that make it part of
            another act's title (``amending Directive 95/46/EC``).
        national_act_words: Capitalised nouns of a national act (``Act``, ``Zakon``):
            a title that runs on, after a comma or a conjunction, into one of them
            names a national act too, and an alias after it is not the EU act's
            (``Directive 2003/88/EC on working time and the Employment Relationships
            Act (hereinafter 'ZDR-1')``).
        authors: Author phrases written after the number.
        alias_separators: The word "or" between several aliases of one act in one
            bracket (``(«η οδηγία για την περιβαλλοντική ευθύνη» ή «η οδηγία»)``).
        alias_conjunctions: The word "and" between several aliases in one bracket:
            of one act when the bracket follows that act alone (``(hereinafter "the
            Regulation" and "the GDPR")``), else of several, bound to none.
        short_title_words: Words a short title in an act's own title ends in, written
            in brackets without quotation marks (``(Data Governance Act)``).
        alias_adjectives: Words in small letters an alias in brackets without quotation
            marks may start with, after its article (English ``(the basic Regulation)``,
            ``(the provisional Regulation)``, as anti-dumping regulations define the acts
            they cite); other short titles are in capitals (``(Data Governance Act)``).
        alias_type_words: Words whose presence in an alias makes it a name of
            an act (besides the act-type words): ``Act``, ``Code``.
        pinpoint_words: Words that start a pinpoint before a back-reference.
        pinpoint_links: What joins a pinpoint to the back-reference (``of``).
        linking_determiners: Anaphor determiners that hold that link themselves, so the
            pinpoint stands right before them (Portuguese ``dessa`` = ``de`` + ``essa``:
            ``artigo 7.º dessa diretiva``).
        pinpoint_conjunctions: Words joining the numbers of such a pinpoint
            (``Articles 5 and 6``, ``articles 5 à 7``, ``Artikel 5 bis 7``).
        sub_pinpoint_words: Words of a lower subdivision inside such a pinpoint
            (``Article 4 point 5``, ``Artikel 5 Abs. 2``).
        same_act_articles: Articles before a stray type word that still make it the
            act just cited (``referred to by the regulation``) ...
        act_qualifiers: ... unless one of these words follows it (``the decision of``,
            ``the decision adopted``): then it is another act (a number after it too).
        other_meanings: Phrases in which a type word means no act, lower case (French
            ``système de règlement``, ``règlement des opérations``: settlement): such a
            word is never a stray type word between an anaphor and its act.
        thereof: Words that stand for the act just cited after a pinpoint.
        thereof_pinpoint_words: Words of the pinpoint before ``thereof`` (``Article 5
            thereof``, ``Annex II thereof``); the first may be repeated inside a list
            (``Article 3 and Article 4 thereof``), joined by ``pinpoint_conjunctions``.
        compound_short_titles: A short title may be one word that holds a
            ``short_title_words`` ending, in brackets after the citation (Swedish
            ``(tjänstedirektivet)``).
        national_name_marks: Words right before a popular name that make it a national
            law's own copy of the act, not the act (``UK GDPR``, the GDPR as retained in
            United Kingdom law after its withdrawal: no EU CELEX); an alias that starts
            with one (``('the UK General Data Protection Regulation')``) names it too.
        union_name_marks: Words between the article and a name that mark it as the
            Union's own act, against a national copy (``the EU GDPR``, where ``the UK
            GDPR`` is the United Kingdom's): a pinpoint linked to the name stands before
            the article (``Article 6 of the EU GDPR``).
        foreign_act_marks: Words right before a popular name ending in one of
            ``foreign_act_ends`` that make it another country's or state's statute of the
            same name, no EU act (``the US Chips Act``, ``the Colorado AI Act``,
            ``Colorado's AI Act``: also with a possessive ending); read before the names of
            every language, as the national marks.
        foreign_act_ends: The last words of the popular names that other legislatures give
            their statutes too (English ``Act``): only such a name takes a foreign mark
            (``US GDPR compliance`` is the EU act's); such a name followed by a year that is
            not its act's, right after it or after one of ``foreign_act_year_links``, is
            another statute too (``the Cybersecurity Act of 2015``, ``Cybersecurity Act
            2018``: the EU's is Regulation (EU) 2019/881).
        foreign_act_year_links: Words between such a name and its year (English ``of``;
            matched ignoring case).
        national_copy_phrases: Phrases between a citation and the alias defined after
            it that take the act into another legal order (``Regulation (EU) 2016/679 as
            it forms part of domestic law ... ('the UK GDPR')``, ``as retained``): the
            alias names that order's copy, not the EU act (matched ignoring case).
        proposal_titles: How a Commission proposal's title opens (``Proposal for a``,
            ``Vorschlag für eine``, ``proposition de``): a popular name glossed in brackets
            at the end of such a title is the proposal's, not the adopted act's
            (``short_forms/proposal_names``).  Phrases of small letters, matched ignoring
            case; a word may be alternatives joined by ``/`` (``proposal/proposals``).
        proposal_leads: The words right before a name that make it the proposal's
            (``proposal for a``, ``the proposed``, ``Entwurf eines``, ``projet de``), as
            ``proposal_titles`` are written.
        title_links: The small words a longer title links its capitalised words with, a
            popular name running on into it up to the citation that glosses that title
            (``Data Protection Directive with Respect to Law Enforcement (Directive (EU)
            2016/680)``: ``with``, ``to``; ``short_forms/glossed_names``).
    """

    anaphor_determiners: tuple[str, ...] = ()
    determiner_types: tuple[tuple[str, str], ...] = ()
    anaphor_determiners_after: tuple[str, ...] = ()
    plural_heads: tuple[str, ...] = ()
    self_determiners: tuple[str, ...] = ()
    self_words: tuple[str, ...] = ()
    legislative_markers: tuple[str, ...] = ()
    definition_intros: tuple[str, ...] = ()
    definition_closings: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    unquoted_aliases: bool = False
    bracketed_acronyms: bool = False
    adjective_endings: tuple[tuple[str, ...], ...] = ()
    genitive_endings: tuple[str, ...] = ()
    name_pinpoint_words: tuple[str, ...] = ()
    definite_genitives: tuple[str, ...] = ()
    declined: tuple[tuple[str, ...], ...] = ()
    after_determiner: tuple[tuple[str, ...], ...] = ()
    other_determiners: tuple[str, ...] = ()
    title_ends: tuple[str, ...] = ()
    alias_suffixes: tuple[str, ...] = ()
    title_dates: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    fused_articles: tuple[str, ...] = ()
    title_starts: tuple[str, ...] = ()
    title_restatements: tuple[str, ...] = ()
    in_title_before: tuple[str, ...] = ()
    national_act_words: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    alias_separators: tuple[str, ...] = ()
    alias_conjunctions: tuple[str, ...] = ()
    short_title_words: tuple[str, ...] = ()
    alias_type_words: tuple[str, ...] = ()
    alias_adjectives: tuple[str, ...] = ()
    pinpoint_words: tuple[str, ...] = ()
    pinpoint_links: tuple[str, ...] = ()
    linking_determiners: tuple[str, ...] = ()
    thereof: tuple[str, ...] = ()
    thereof_pinpoint_words: tuple[str, ...] = ()
    pinpoint_conjunctions: tuple[str, ...] = ()
    sub_pinpoint_words: tuple[str, ...] = ()
    same_act_articles: tuple[str, ...] = ()
    act_qualifiers: tuple[str, ...] = ()
    other_meanings: tuple[str, ...] = ()
    national_name_marks: tuple[str, ...] = ()
    union_name_marks: tuple[str, ...] = ()
    foreign_act_marks: tuple[str, ...] = ()
    foreign_act_ends: tuple[str, ...] = ()
    foreign_act_year_links: tuple[str, ...] = ()
    national_copy_phrases: tuple[str, ...] = ()
    compound_short_titles: bool = False
    title_links: tuple[str, ...] = ()
    proposal_titles: tuple[str, ...] = ()
    proposal_leads: tuple[str, ...] = ()
