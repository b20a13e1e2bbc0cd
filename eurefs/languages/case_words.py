"""How a language cites the Court's cases: a part of its record (``Language.cases``)."""

from __future__ import annotations

from eurefs.records import record


@record
class CaseWords:
    """The words around case numbers of the Court of Justice (``grammar/cases``).

    Attributes:
        words: Words before a case number (``Case``, ``affaire``); the first one is
            the normal form's.
        court_reports: The European Court Reports as the language cites them after a
            case number (``ECR``, ``Rec.``, ``Slg.``): with an ECLI of the Court, they
            make a bare pre-1989 number a case (``Marshall, 152/84, Rec. p. 723``).
        pinpoint_words: Words of a pinpoint after a case number or ECLI (``C-131/12,
            paragraph 71``), after the number if ``pinpoint_number_first`` (``45 kohta``);
            ``pinpoint_leads``: what stands between a case word and such a pinpoint
            (Hungarian ``hozott ítélet``; see ``grammar/judgment_pinpoints``);
            ``pinpoint_after_blank``: those also written after a blank alone, no comma
            (German ``EuGH C-311/18 Rn. 134``, as German courts cite their own judgments);
            ``closed_pinpoint_words``: those read only where the pinpoint ends the
            citation (a full stop, a semicolon, a closing bracket, the line's end): a word
            of prose in other languages before a number and its noun (English ``para``
            without its dot, Spanish and Portuguese *for*: ``C-131/12, para 71)``, not
            ``para 10 utilizadores``).
        shared_words: Those of ``words`` that other writing uses for something else
            (German ``Rs.``, also the rupee's sign in English): before a number without
            a court letter they make it a case only where the words around it do not
            tell most for another language (``languages.evidence.word_scores``).
        joined_words / opinion_words: Words that make cases joined (``Joined``, ``jointes``) /
            before an Opinion procedure number (``Opinion``, ``avis``; the first one is
            the normal form's).
        opinion_bodies, opinion_body_words, opinion_bodies_after: The bodies other than the
            Court whose opinions are numbered as the Court's Opinions are (``Opinion 4/07``
            of the Article 29 Working Party, ``EDPB Opinion 1/18``; ``grammar/opinion_authors``):
            their abbreviations right before the Opinion word, as written (``WP29``, ``CEPD``,
            ``EZB``), the ends of their names there, in any case (``Working Party``,
            ``Board's``; ``joint``: the Court gives no joint opinions), and their abbreviations
            and names after the number, in any case (``of the Article 29 Working Party``,
            ``du groupe de travail``, ``der Datenschutzgruppe``).
        label_nouns: Nouns naming a part of a document (``table``, ``figure``, German
            ``Tabelle``) and their plurals (``tables``, ``Tabellen``), listed as a sentence
            writes them (with a capital at the start of a sentence and in capitals too): a
            court letter's number right after one, a blank between, is its label, no case
            (``See Table C-2/19 for details``; ``grammar/cases``), and so are the later
            numbers of the list it opens (``Tables C-2/19 and C-3/19``;
            ``grammar/case_lists.label_listed``).  Only words that never name a judgment
            or a case.
        keyword_instruments: The first words (stems) of the names of the instruments other
            than EU acts and the Treaties that hold articles (French ``Convention de
            sauvegarde des droits de l'homme``, ``Statut des fonctionnaires``): where the
            Court's keyword lines name one as a keyword of its own, a bare article after it is
            its own, not the act's before it, and the walk along the line stops there
            (``grammar/keyword_lines``; besides the record's type words and treaties' names,
            and a capital after a keyword's first letter where the language writes nouns in
            small letters).  Matched case-insensitively at the start of a word (after a
            blank, a hyphen or a glued article: Maltese ``il-Konvenzjoni``); a stem that
            starts with ``-`` anywhere in a word, in the languages that write compounds
            (German ``Zollkodex``, Swedish ``tullkodexen``).  Each is a stop: a word too many
            costs a miss, a word missing may let a line give an act another instrument's
            article.
        other_courts: The names of courts other than the EU's, national ones and those
            whose cases a text cites with the same case word and an unlettered number (the
            European Court of Human Rights' applications: ``ECtHR, Case 8225/78``), as
            written: such a number right after one of them, a comma or a blank, and the case
            word is no EU case (``grammar/other_courts``), nor is a plain decision without
            domain or author after one in its sentence (``grammar/national_authorities``:
            ``The Constitutional Court has pronounced two decisions on the matter - Decision
            no. 683/2012 and ...``).
    """

    words: tuple[str, ...] = ()
    court_reports: tuple[str, ...] = ()
    pinpoint_words: tuple[str, ...] = ()
    pinpoint_number_first: bool = False
    pinpoint_leads: tuple[str, ...] = ()
    pinpoint_after_blank: tuple[str, ...] = ()
    closed_pinpoint_words: tuple[str, ...] = ()
    shared_words: tuple[str, ...] = ()
    joined_words: tuple[str, ...] = ()
    opinion_words: tuple[str, ...] = ()
    opinion_bodies: tuple[str, ...] = ()
    opinion_body_words: tuple[str, ...] = ()
    opinion_bodies_after: tuple[str, ...] = ()
    label_nouns: tuple[str, ...] = ()
    keyword_instruments: tuple[str, ...] = ()
    other_courts: tuple[str, ...] = ()
