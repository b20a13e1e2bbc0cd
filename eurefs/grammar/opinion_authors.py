"""Opinions of bodies other than the Court: no Opinion procedure of the Court.

The Court's Opinions on agreements are numbered ``N/YY`` (``Opinion 1/15``, ``Avis
1/09``, ``Gutachten 2/13``), and so were the opinions of the data-protection Working
Party set up by Article 29 of Directive 95/46/EC (``Opinion 4/07 on the concept of
personal data``, WP 136), which the European Data Protection Board and Supervisor after
it number the same way (``EDPB Opinion 1/18``, ``EDPS Opinion 7/15``).  Such an opinion
names its author right before the Opinion word (``WP29 Opinion 4/07``, ``the Working
Party's Opinion 4/07``) or after the number (``Opinion 4/07 of the Article 29 Working
Party``, ``avis 4/07 du groupe de travail « article 29 »``, ``parere 4/07 del Gruppo di
lavoro articolo 29``): it is no case of the Court.  The Court's own (``Opinion 2/13 of
the Court``, ``Opinion 2/13 (Accession to the ECHR)``) name none of these bodies.
"""

from __future__ import annotations

from eurefs.pattern_store import compile_pattern

#: The bodies' abbreviations and the ends of their names before the Opinion word, in
#: the languages' forms (EDSA, EDSB: German; CEPD: French, Spanish, Italian, Portuguese;
#: G29: French for the Working Party; EWSA, CESE, AdR, CdR: the Economic and Social
#: Committee and the Committee of the Regions; the Bank's, whose opinions are numbered
#: ``CON/2014/1``) and ``Joint`` (``EDPB-EDPS Joint Opinion``): the Court gives no joint
#: opinions.
_BEFORE = compile_pattern(
    r"(?<![\w-])(?:WP[ ]?29|G[ ]?29|EDPB|EDPS|EDSA|EDSB|CEPD|EESC|EWSA|CESE|CoR|AdR|CdR"
    r"|ECB|EZB|BCE|EBA|ESMA|EIOPA|ESRB|(?i:joint|party['’]s|board['’]s|supervisor['’]s"
    r"|committee['’]s|working[ ]party))[ ]+[^\W\d_]+[ ]$"
)
#: The bodies after the number, after at most three short words (the link: ``of the``,
#: ``du``, ``del``, ``der``, ``van de``), as the texts of the bodies and of those citing
#: them write them.
_AFTER = compile_pattern(
    r"[ ,]*(?:[^\W\d_]{1,5}['’]?[ ]?){0,3}(?i:working[ ]party|article[ -]29|art\.[ ]?29"
    r"|artikel[ -]29|articolo[ ]29|art[ií]culo[ ]29|artigo[ ]29|WP[ ]?29|G[ ]?29"
    r"|groupe[ ]de[ ]travail|datenschutzgruppe|gruppo[ ]di[ ]lavoro|grupo[ ]de[ ]trabajo"
    r"|grupo[ ]de[ ]trabalho|werkgroep|EDPB|EDPS|EDSA|EDSB|CEPD|data[ ]protection"
    r"|protection[ ]des[ ]donn[ée]es|datenschutz|protezione[ ]dei[ ]dati"
    r"|protecci[óo]n[ ]de[ ]datos|prote[çc][ãa]o[ ]de[ ]dados|gegevensbescherming"
    r"|economic[ ]and[ ]social|committee[ ]of[ ]the[ ]regions|central[ ]bank"
    r"|banque[ ]centrale|zentralbank)"
)


def other_body(text: str, start: int, end: int) -> bool:
    """Whether the Opinion numbered ``text[start:end]`` (its word right before ``start``)
    is a body's other than the Court: one named right before the Opinion word or right
    after the number."""
    if _BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return _AFTER.match(text, end, end + 60) is not None
