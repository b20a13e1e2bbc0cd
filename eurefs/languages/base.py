"""The shape of a language record: every word a reference family needs, as data.

One :class:`Language` per official EU language lives in ``eurefs/languages/<code>.py``; the
families in ``eurefs.grammar`` build their patterns from the records, no family names a language.
Every table has a default (empty): a record states what its language has, ``sources`` whence.
Topics with records in modules of their own: ``oj_words``, ``agreement_bodies``, ``treaty``,
``back_references``, ``case_words``, ``com_words``, ``pinpoint_words``, ``prose_dates``;
read-only tables: ``immutable.frozen``.
"""

from __future__ import annotations

from collections.abc import Mapping

# (the records import these from here, with the record)
from eurefs.languages.agreement_bodies import AgreementBodyWords as AgreementBodyWords
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.case_words import CaseWords as CaseWords
from eurefs.languages.com_words import ComWords as ComWords
from eurefs.languages.immutable import frozen as frozen
from eurefs.languages.oj_words import OjWords as OjWords
from eurefs.languages.pinpoint_words import PinpointWords as PinpointWords
from eurefs.languages.prose_dates import ProseDates as ProseDates
from eurefs.languages.treaty import Treaty as Treaty
from eurefs.records import field, record


@record
class Language:
    """Everything language-specific the grammar knows about one EU language.

    Written forms are matched case-insensitively for acts (titles are often in
    capitals) and case-sensitively elsewhere, unless a field says otherwise.

    Attributes:
        code: ISO 639-1 code (``en``, ``fr`` ...), stored in ``Reference.lang``.
        name: English name of the language.
        sources: Table name -> where its forms come from (Style Guide part, official texts).
        act_types: act_type -> written forms (singular, plural, declined forms,
            abbreviations); the first form is the dictionary form used in normalised forms.
        type_word_overrides: Written form (lower case) -> its own dictionary form
            (German ``Entscheidung`` is an older word for decision and keeps its name).
        plural_endings: Endings that make a written type form plural (English ``Regulations``);
            a singular form ending so is listed in ``back_references.declined`` (Finnish
            ``asetus``).  German has no plural ``s`` (``Beschluss``) but ``-ungen``, ``-üsse``
            ...; Finnish also ``-ien`` (``direktiivien``).  Back-references take singulars only.
        capitalised_nouns: Type words are nouns always written with a capital
            (German ``Verordnung``): back-references take them only as written, not in lower case.
        type_word_joins: Act type of a type word -> (a word joined to it by a
            hyphen, the act type of the whole): French ``décision`` + ``-cadre`` is a
            framework decision (its dictionary form the singular); also written apart
            (``décision cadre``), a form ``act_types`` may list, found by its first word.
        authors: Institutions written *before* the type word (``Commission Regulation``).
        author_phrases: Institutions written *after* the type word (``du Conseil``):
            outside a numbered act's span, inside a dated act's span.
        ecb_prefixes, ecb_authors: The European Central Bank's abbreviations in its acts'
            own numbers (``ECB/2011/14``, German ``EZB/2011/14``) and the forms of its
            ``authors`` and ``author_phrases`` that name it (see ``grammar/ecb_numbers``).
        legislator_forms: The European Parliament and the Council as authors, in every place the
            language writes them (before the type word, between it and the number, after the
            number).  Before 2015 only the decisions they adopted together were numbered number
            first (``Decision No 1082/2013/EU of the European Parliament and of the Council``); such
            a number without a domain gets a CELEX only with one of these forms beside it (see
            ``grammar/legislator``).  Matched case-insensitively, spaces as separators.
        national_dates: The language's national acts are cited number first with a
            date after the number that has no year (Spanish ``Ley 19/2003, de 23 de
            diciembre``; ``national_roman_dates``: the month in Roman numerals, Hungarian
            ``66/2011. (IV. 15.)``, read in any language's text): a number without
            domain so followed is national.
        national_bare_numbers: The language's national acts are cited by their bare
            statute-book number after the type word (Finnish ``asetuksessa 234/2009``),
            where its EU acts numbered number first have a marker or a domain
            (``asetus (EY) N:o 1175/2008``): such a number with neither, nor an author
            before the type word, is national and gives no CELEX (``grammar/national_acts``).
        national_author_links: The links (genitive articles, prepositions) that join an
            author to an act's number right after it (Italian ``del``, ``dell'``): an act
            number without domain so followed by a capitalised author that is no EU author
            (no ``author_phrases`` form, ``eu_author_words`` or domain among its words) is
            national and gives no CELEX (Italian ``Regolamento n. 20/2008 dell'ISVAP``;
            see ``grammar/national_acts``).  An author phrase's institution counts only
            where no capitalised word carries on its name (Spanish ``del Consejo General
            del Poder Judicial`` is national).  A link that starts with a comma (Spanish
            ``, del``) follows the number directly.  ``oj.journals`` there keep it EU.
        national_author_words / national_qualifiers: Words (whole, any case) naming a
            national author after such a link (Czech ``č. 1/2010 hlavního města Prahy``,
            ``Rady kraje``), or in its name (``Komise pro``: no EU institution's) / starts
            of words before the type word that make the act national (Slovak ``všeobecne
            záväzné nariadenie``); ``national_authors_before``: ends of words naming a
            national author before the type word, unless ``eu_author_words`` come before
            (Finnish ``-ministeriön``); ``national_names``: the state's (``της Ελλάδος``),
            ending after a capitalised word a body's name, whatever its first word.
        eu_numbers_need_domain: The language's national acts are numbered number first
            with the same marker as its EU acts (Portuguese ``Regulamento n.º 468/2012``
            of a regulator), whose EU acts are so numbered only with their domain
            (``Regulamento (CE) n.º 1/2003``): such a number without domain, author or EU
            author after it gives an EU act only after the text has cited the same number
            as an EU act's (see ``grammar/national_numbers``).  ``eu_decisions_need_domain``:
            the same for decisions alone (``Decizia nr. 2112/2012``, a court's);
            ``eu_union_words``: and regulations, unless one of these words is near (``CJUE``).
        eu_author_words: Starts of words (any case) making an author after such a link an
            EU one (``Consiglio``, ``europe``: Council, Commission, High Authority, Community).
        number_before_type: Acts are cited number first (Hungarian ``1089/2010/EU
            rendelete``); see ``grammar/legal_acts_number_first``.
        bare_act_numbers: Act numbers are also written without their own type word, typed by the act
            named just before (``the Habitats Directive (92/43/EEC)``, ``Regulation (EU) 2018/841 as
            regards ..., and (EU) 2018/1999``; the named form not where nouns are capitalised); see
            ``grammar/bare_act_numbers``.
        dated_numbers: Act numbers also follow the type, author and date (Italian ``direttiva
            del Consiglio 29 giugno 2000, 2000/43/CE``); see ``grammar/dated_act_numbers``.
        author_in_span: An author phrase between the type word and the number is
            part of the span (Polish ``rozporządzenia Parlamentu Europejskiego i Rady
            (UE) 2016/679``), not cut off as in French.
        type_adjectives: Adjectives written between the type word and the number that
            say the act is the Union's (French ``règlement européen 2016/679``, ``directive
            communautaire 95/46/CE``, Italian ``regolamento comunitario n. 44/2001``): in the
            span, out of the normal form.
        subtypes_before: Qualifier before the type word -> subtype (``Delegated``).
        subtype_verbs: Those also written as a verb before a type word, in lower case
            (``Directive 2006/73/EC ... implementing Directive 2004/39/EC``): then none.
        subtypes_after: Qualifier after the type word -> subtype (``délégué``).
        compound_prefixes: First half of a compound type word -> subtype
            (``Durchführungs`` in ``Durchführungsverordnung``; ``""``: none, ``EU-Richtlinie``).
        compound_type_words: Any word may be joined to a type word (``momsdirektivet``).
        subtype_forms: How normal forms write a subtype with a type word: key ``subtype`` or
            ``subtype:act_type`` (for agreement), value a template with ``{word}`` (the dictionary
            form) or ``{lower}`` (it in lower case): ``{word} déléguée``, ``Durchführungs{lower}``.
            The subtype decides the ELI, so normal forms keep it.
        bare_initialisms: Initialisms among ``act_types`` also standing before a number with
            no domain (German ``VO 1/2003``, English ``Reg 2016/679``, in any case; only where
            ``legal_act_words`` finds the year in four figures or a pinpoint before it, in
            the language's words); ``register_words``: ends of
            words naming papers whose number such an initialism starts (``Vorlage VO 12/2013``);
            ``national_prefixes``: first parts of a compound that name a national
            instrument's maker (``Landes``, ``Bundes``): such a name joined to such an
            initialism before a bare number is no EU act's (``Landes-VO 12/2010``).
        bare_needs_words: Forms among ``act_types`` that stand before a number with no
            domain only as ``bare_initialisms`` do, where the words around tell the language
            most (French ``reglement``, typed without its accent, also a German and Dutch
            word: ``Das Reglement 2016/3 der Gemeinde`` is none).
        number_markers, number_marker: Written forms of "number" before an act number
            (``No``, ``n°``, ``Nr.``); the one of normalised forms.
        act_abbreviations: One word for an act's type and domain before its number -> (act
            type, domain as ``domains`` writes it): German norm chains (juris) ``EUV 2016/679``,
            ``EURL 7/2011`` (a directive written number first; ``grammar/abbreviated_acts``).
        national_series: Words right after an act's number that make it a national act
            (Czech ``Sb.``, the Collection of Laws: ``nařízení č. 351/2013 Sb.`` is a
            government regulation, not Regulation No 351/2013).
        list_conjunctions: Words joining the members of a list (``and``, ``et``).
        domains: Domain written in brackets or after the number -> its normalised
            form (``EC`` -> ``EC``, ``EURATOM`` -> ``Euratom``).  Domains written
            the same in several languages (``Euratom``) do not decide the language.
        hyphen_domains: Domains that end an act's number written with hyphens for its
            slashes (French ``directive 93-13-CEE``), read after a type word only.
        jha_domains: Justice and home affairs domains (joint actions, common positions: ``F``).
        ecsc_domains: The domain of the European Coal and Steel Community (a decision
            numbered number first with it is a general decision, CELEX descriptor ``S``).
        early_headings: EUR-Lex's heading of the titles of the regulations of 1958-1962,
            the Community and perhaps the author, before a colon, in the language's words:
            domain -> author (``EEC Council: Regulation No 17``; see ``grammar/early_regulations``).
        domain_eras: Each normalised domain -> the English domain it is (``EWG`` ->
            ``EEC``), whose years say which half of a number is the year when ``No``
            leaves it open (see ``grammar/domain_eras``).
        title_numbers: Acts repeat their number in their title (``(98/699/JI)``): a reference.
        hint_words: Frequent short words (articles, prepositions) telling languages apart.
        hint_endings: Endings of words of this language alone (Spanish ``-ción``, Portuguese
            ``-ção``, Italian ``-zione``): a word that is no hint word and ends so is a hint
            of the language (``vulneración del art. 24.1 CE`` is Spanish, not Italian).
        dated_statutes: Abbreviations of the language's national statutes, cited with
            their year (German ``EEG 2012``, the Renewable Energy Sources Act): before a year
            such a word tells the language at half a word (a name, quoted in texts of other
            languages too), not the language another record writes the letters for (Dutch
            ``EEG``, the EEC); see ``languages/evidence.tell``.
        interface_labels: The labels the Union's portals (EUR-Lex, CURIA) set, in the language of
            their interface, on lines of their own around a document's header, whatever the
            document's language (``Language of document :`` before a Czech opinion's ECLI): such a
            line tells no language of a reference near it (``languages/interface_labels``).
        pinpoints: How the language writes pinpoints: an article's subdivisions (``paragraphe``,
            ``Abs.``, ordinals, ``troisième alinéa``), the link to the act (``of``, ``der``),
            annexes and recitals, pinpoints after the act (Finnish ``6 artiklan``), see
            :class:`~eurefs.languages.pinpoint_words.PinpointWords`.
        number_year_links: Words between a regulation's number and its year written out
            (Italian ``Reg. CE n. 44 del 2001``); see ``grammar/legal_acts_year_after``.
        agreement_bodies: The bodies of international agreements whose numbered decisions are
            not EU acts (no CELEX), listed or read by their form (``AgreementBodyWords``).
        date_words: Prepositions before the date of an act or OJ issue (``of``, ``du``).
        months: Month names, January first; each entry holds the written forms.
        month_abbreviations: The months as prose abbreviates them in a date (``15 Dec 2020``,
            ``20 déc. 2020``), January first, each without its dot (read with or without);
            read only in the dates a text gives itself or its sentences
            (``grammar/text_dates``), never in a citation's; so are ``prose_dates``
            (:class:`~eurefs.languages.prose_dates.ProseDates`: ``June 26th, 2023``).
        day_suffixes, year_suffixes: After the day (German ``.``, ``1er``) / year (Polish ``r.``).
        date_joiners: Words between day and month and month and year (``13 de junio de 2002``).
        dated_act_types: Act types cited by date only in this language (all but the
            Union's own, ``legal_act_words.UNION_ONLY_TYPES``, only with an EU
            institution: a bare "decision of 4 May" is a procedural step, a bare
            ``Verordnung vom 12. Mai 2016`` as likely a national act).
        procedure_footnote_leads: What opens the footnote of an act that lists the steps of
            its adoption (``Opinion of the European Parliament``): a decision cited by date
            after it in the same sentence is the Council's step, no act (``... and Council
            Decision of 22 June 2009``); see ``grammar/legal_acts_dated``.
        dated_forms_before: How the language writes the date of an act cited by date alone *before*
            its type word (Latvian ``Komisijas 2003. gada 6. maija Ieteikums``): templates with
            ``{day}``, ``{month}`` (a name from ``months``), ``{mnum}`` (the month's number) and
            ``{year}``; see ``grammar/legal_acts_dated_forms``.
        dated_forms_after: Templates of a date written after the type word and its institution where
            ``date_words``, day, month and year do not fit it (Maltese ``{article}{day} ta’ {month}
            {year}``: ``tas-6 ta’ Mejju 2003``, ``{article}`` the article joined to the day).
        dated_form_links, dated_form_act_types: Words that stand between such a date and the type
            word (Finnish ``6.5.2003 annettu komission suositus``; when given, one of them must
            be there); the act types cited by one of these dated forms.
        oj: How the language cites the Official Journal (``OJ``, ``JO``, ``ABl.``; its page
            and date words, its full names), see :class:`~eurefs.languages.oj_words.OjWords`.
        treaties: Canonical code (``TFEU``, ``TEU``, ``EC``, ``EEC``, ``EU`` (pre-Lisbon), ``EAEC``,
            ``ECSC``, ``CFR``) -> :class:`Treaty`.  A long name that starts another
            treaty's longer one (the EC Treaty's, Euratom's) is never taken for its own
            treaty where the text goes on as the longer one (``grammar/treaty_names``).
        treaty_prepositions: Words between an article and a treaty (``of the``, ``du``).
        article_words: Written article word -> its normalised form
            (``Art.`` -> ``Article``; German ``Artikels`` -> ``Artikel``).
        article_plural: The normal form's article word in the singular and the plural, where
            a list takes the plural whatever its word (``Art. 101 and 102``: ``Articles``).
        article_conjunctions: Words joining article numbers (``and``, ``to``, ``bis``).
        article_joins: Words joining two articles (before an act also paragraphs) of one act or
            treaty, each with its word, the act named once after the last (German ``i.V.m.``:
            ``Art. 6 Abs. 1 lit. a i.V.m. Art. 7 DSGVO``): a list's conjunction, no bare number.
        article_range_words: Those of ``article_conjunctions`` that make a range of the
            numbers they join (``to``, ``bis``): ``Articles 101 to 106`` is the one
            designation ``101-106`` in ``TreatyArticleRef.articles``, not 101 and 106.
            Read only in the language's own references (Czech ``a`` is "and").
        article_ranges: Ranges written with a word before their first number, as pairs of
            that word and the one before the last (Italian ``da``, ``a``: ``articoli da 6 a
            9``, ``lettere da b) a d)``); ranges with one word between (``5 to 7``) are
            ``article_conjunctions``.  Read in pinpoints before acts.
        article_number_suffixes: Words written apart after an article number for an
            article inserted later (French ``article 106 bis``, English ``Article
            106a``): the number with its word is one article.  Not before a number or
            another article word (German ``Artikel 5 bis 7`` is a range).
        article_letters_apart: The small letters written apart after an article number
            as an inserted article's (Austrian and older German writing: ``Art 5 a Abs 3 RL
            90/387/EWG``, ``Art. 100 a EGV``, as French keeps its capital apart, ``article
            100 A``): read before the language's pinpoint words, links, treaty
            abbreviations and unlinked act words alone, the letter kept as written.
        article_capitals_apart: The language writes an inserted article's capital apart
            after its number (French ``article 100 A``, Dutch ``Artikel 100 A EG-Verdrag``):
            a vowel so written may stand before the EC, EEC, Euratom or ECSC Treaty's
            abbreviation in capitals (``grammar/inserted_articles``), where another
            language's is a conjunction's (Czech ``ČLÁNKY 5 A ČLÁNEK 6``).
        article_word_prefixes: Letters the language glues to the front of an article word
            after some words (Irish ``h`` after le and go: ``i gcomhréir le hAirteagal 114
            CFAE``): a treaty article is read from its article word after them, the letter
            left out of the span as an elided preposition is (``Airteagal 114 CFAE``).
        article_word_leads: Words before a repeated article word in a list (``e o artigo``,
            ``agus d’Airteagal``), left in the span; of several words, an article read with
            the one before (``in conjunction with``): no list if a treaty follows the last.
        treaty_abbreviation_first: Treaty articles are written abbreviation first (Finnish
            ``SEUT 267 artikla``); ``treaty_abbreviation_leads``: also (Danish ``TEUF artikel 1``).
        treaty_former_words: Words giving an article's number in another numbering: between
            a treaty written first and the number (Lithuanian ``EB sutarties ex 234 straipsnis``:
            in the span, out of the normal form), or in a bracket after an article (``(ex 85 EC)``).
            ``treaty_former_articles``: also with the article word, in a bracket between an
            article and its treaty (German ``Artikel 30 (nun Artikel 28) des EG-Vertrags``:
            both the treaty's; ``grammar/renumbered_articles``).
        treaty_now_words: Words opening a bracket right after an article of the EC Treaty
            that give its number as the Treaty of Amsterdam renumbered it, as the Court
            cites an article before 1 May 1999 (``Article 85 of the EC Treaty (now Article
            81 EC)``, ``Artikel 30 (nun Artikel 28) des EG-Vertrags``): the article before
            the bracket is then the Treaty's before Amsterdam, ``EEC`` (``grammar/treaty_eras``).
        article_ordinal_first: Articles are also written number first, as an ordinal
            (Slovenian national texts: ``47. člen Listine``, ``tretji odstavek 267. člena
            PDEU``); see ``grammar/treaty_articles_ordinal_first``.
        enacting_intros: The start of an enacting formula (``Having regard to``, ``vu le``).
        enacting_leads: Regular expressions for what stands between the treaty
            name and a bare article in the formula (``et notamment son``).
        enacting_after: A word after a bare article that refers back to the formula's treaty.
        enacting_articles: Articles the formula may write between its intro and the treaty's
            name when neither holds them (English ``the``: ``Having regard to the Treaty``).
        cases: The words around case numbers (``Case``, ``ECR``, ``paragraph``), see
            :class:`~eurefs.languages.case_words.CaseWords`.
        com: The words of Commission document numbers (``KOM``, ``final``), see
            :class:`~eurefs.languages.com_words.ComWords`.
        back_references: The words of defined terms and anaphors (``hereinafter``,
            ``that Regulation``, ``cette directive``, ``dieser Verordnung``), see
            :class:`~eurefs.languages.back_references.BackReferenceWords`.
        examples: Real-world written forms with the fields ``extract`` must give
            for each (the text alone is the single reference found): the record's
            documentation and its test (``tests/languages``).
    """

    code: str
    name: str
    sources: Mapping[str, str] = field(default_factory=frozen)
    act_types: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    type_word_overrides: Mapping[str, str] = field(default_factory=frozen)
    plural_endings: tuple[str, ...] = ("s",)
    capitalised_nouns: bool = False
    type_word_joins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    authors: tuple[str, ...] = ()
    author_phrases: tuple[str, ...] = ()
    author_in_span: bool = False
    type_adjectives: tuple[str, ...] = ()
    ecb_prefixes: tuple[str, ...] = ()
    ecb_authors: tuple[str, ...] = ()
    legislator_forms: tuple[str, ...] = ()
    national_dates: bool = False
    national_roman_dates: bool = False
    national_bare_numbers: bool = False
    national_author_links: tuple[str, ...] = ()
    national_author_words: tuple[str, ...] = ()
    national_qualifiers: tuple[str, ...] = ()
    national_authors_before: tuple[str, ...] = ()
    national_names: tuple[str, ...] = ()
    eu_author_words: tuple[str, ...] = ()
    eu_numbers_need_domain: bool = False
    eu_decisions_need_domain: bool = False
    eu_union_words: tuple[str, ...] = ()
    number_before_type: bool = False
    bare_act_numbers: bool = False
    dated_numbers: bool = False
    subtypes_before: Mapping[str, str] = field(default_factory=frozen)
    subtype_verbs: tuple[str, ...] = ()
    subtypes_after: Mapping[str, str] = field(default_factory=frozen)
    compound_prefixes: Mapping[str, str] = field(default_factory=frozen)
    compound_type_words: bool = False
    subtype_forms: Mapping[str, str] = field(default_factory=frozen)
    bare_initialisms: tuple[str, ...] = ()
    bare_needs_words: tuple[str, ...] = ()
    register_words: tuple[str, ...] = ()
    national_prefixes: tuple[str, ...] = ()
    number_markers: tuple[str, ...] = ()
    number_marker: str = ""
    act_abbreviations: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    national_series: tuple[str, ...] = ()
    list_conjunctions: tuple[str, ...] = ()
    domains: Mapping[str, str] = field(default_factory=frozen)
    hyphen_domains: tuple[str, ...] = ()
    jha_domains: tuple[str, ...] = ()
    ecsc_domains: tuple[str, ...] = ()
    early_headings: Mapping[str, str] = field(default_factory=frozen)
    domain_eras: Mapping[str, str] = field(default_factory=frozen)
    title_numbers: bool = False
    hint_words: tuple[str, ...] = ()
    hint_endings: tuple[str, ...] = ()
    dated_statutes: tuple[str, ...] = ()
    interface_labels: tuple[str, ...] = ()
    pinpoints: PinpointWords = field(default_factory=PinpointWords)
    number_year_links: tuple[str, ...] = ()
    agreement_bodies: AgreementBodyWords = field(default_factory=AgreementBodyWords)
    date_words: tuple[str, ...] = ()
    months: tuple[tuple[str, ...], ...] = ()
    month_abbreviations: tuple[tuple[str, ...], ...] = ()
    prose_dates: ProseDates = field(default_factory=ProseDates)
    day_suffixes: tuple[str, ...] = ()
    year_suffixes: tuple[str, ...] = ()
    date_joiners: tuple[str, ...] = ()
    dated_act_types: tuple[str, ...] = ()
    procedure_footnote_leads: tuple[str, ...] = ()
    dated_forms_before: tuple[str, ...] = ()
    dated_forms_after: tuple[str, ...] = ()
    dated_form_links: tuple[str, ...] = ()
    dated_form_act_types: tuple[str, ...] = ()
    oj: OjWords = field(default_factory=OjWords)
    treaties: Mapping[str, Treaty] = field(default_factory=dict)
    treaty_prepositions: tuple[str, ...] = ()
    article_words: Mapping[str, str] = field(default_factory=frozen)
    article_plural: tuple[str, str] | tuple[()] = ()
    article_conjunctions: tuple[str, ...] = ()
    article_joins: tuple[str, ...] = ()
    article_range_words: tuple[str, ...] = ()
    article_ranges: tuple[tuple[str, str], ...] = ()
    article_number_suffixes: tuple[str, ...] = ()
    article_letters_apart: str = ""
    article_capitals_apart: bool = False
    article_word_leads: tuple[str, ...] = ()
    article_word_prefixes: tuple[str, ...] = ()
    treaty_abbreviation_first: bool = False
    treaty_abbreviation_leads: bool = False
    treaty_former_words: tuple[str, ...] = ()
    treaty_former_articles: bool = False
    treaty_now_words: tuple[str, ...] = ()
    article_ordinal_first: bool = False
    enacting_intros: tuple[str, ...] = ()
    enacting_leads: tuple[str, ...] = ()
    enacting_after: tuple[str, ...] = ()
    enacting_articles: tuple[str, ...] = ()
    cases: CaseWords = field(default_factory=CaseWords)
    com: ComWords = field(default_factory=ComWords)
    back_references: BackReferenceWords = field(default_factory=BackReferenceWords)
    examples: tuple[tuple[str, Mapping[str, object]], ...] = ()

    def with_subtype(self, word: str, act_type: str, subtype: str | None) -> str:
        """The type word with its subtype, as normal forms write it (``Delegated Regulation``)."""
        if subtype is None:
            return word
        template = self.subtype_forms.get(f"{subtype}:{act_type}", self.subtype_forms.get(subtype))
        return template.format(word=word, lower=word.lower()) if template else word

    def type_word(self, act_type: str, written: str) -> str:
        """Dictionary form of a written type word (``Beschlusses`` -> ``Beschluss``)."""
        return self.type_word_overrides.get(written.lower(), self.act_types[act_type][0])
