"""A text dated in its head as ISO 8601 writes dates (``2012-02-27``): its popular names of
acts adopted later name the proposal, not the act (``short_forms/dated_names``,
``grammar/text_dates.ISO``).

The Swedish Government's fact memorandum 2011/12:FPM117 on the Commission's proposal for a
general data protection regulation (riksdagen.se, 'Allmän dataskyddsförordning'; pages
corpus) is dated ``2012-02-27`` on a line under its ministry.  The date was not read, so the
memo's title and its 'ny allmän dataskyddsförordning' (the regulation to come) were
Regulation (EU) 2016/679, adopted four years after the memo.
"""

from __future__ import annotations

import eurefs
from eurefs.chunked import iter_extract
from eurefs.grammar.text_dates import HEAD, head_date
from tests.support.extracted import extracted

GDPR, DIRECTIVE = "32016R0679", "31995L0046"

# riksdagen.se, Fakta-PM om EU-förslag 2011/12:FPM117 (its first lines)
MEMO = (
    "Allmän dataskyddsförordning\n\nFakta-PM om EU-förslag 2011/12:FPM117 KOM (2012) 11 slutlig"
    "\n\nKOM (2012) 11 slutlig\nFPM_201112__117\n\nRegeringskansliet\n\nFaktapromemoria "
    "2011/12:FPM117\n\nAllmän dataskyddsförordning\n\nJustitiedepartementet\n\n2012-02-27\n\n"
    "Dokumentbeteckning\n\nKOM (2012) 11 slutlig\n\nFörslag till Europaparlamentets och rådets "
    "förordning om skydd för enskilda personer med avseende på behandling av personuppgifter "
    "och om det fria flödet av sådana uppgifter (allmän uppgiftsskyddsförordning)\n\n"
    "Sammanfattning\n\nDen 25 januari 2012 presenterade Europeiska kommissionen ett förslag "
    "till en genomgripande reform av EU:s regler om skydd för personuppgifter. Förslaget "
    "innebär bl.a. att Europaparlamentets och rådets direktiv 95/46/EG av den 24 oktober 1995 "
    "om skydd för enskilda personer med avseende på behandling av personuppgifter och om det "
    "fria flödet av sådana uppgifter (dataskyddsdirektivet) ska ersättas av en ny allmän "
    "dataskyddsförordning. Dataskyddsdirektivet har i Sverige genomförts genom "
    "personuppgiftslagen (1998:204).\n"
)


def test_the_memo_dates_itself_in_iso_form() -> None:
    own = head_date(MEMO[:HEAD])
    assert own is not None
    assert (own.year, str(own.date)) == (2012, "2012-02-27")
    assert MEMO[own.line_start : own.line_end] == "2012-02-27"


def test_a_memo_dated_2012_names_no_regulation_of_2016() -> None:
    celexes = extracted(MEMO, "celex")
    assert GDPR not in celexes
    # the directive it cites, by number and by its name, stays
    assert celexes.count(DIRECTIVE) == 2
    assert list(iter_extract(MEMO, chunk_size=80)) == eurefs.extract(MEMO)


def test_only_a_whole_iso_date_is_read() -> None:
    # a year and a month only, a month 13, figures glued before or after: no date
    for head in ("2012-02\n", "2012-13-27\n", "12012-02-27\n", "2012-02-271\n", "2012-02-27-1\n"):
        own = head_date(head)
        assert own is None or own.year != 2012, head
    # a day no calendar has: the year alone
    own = head_date("Justitiedepartementet\n2012-02-30\n")
    assert own is not None
    assert (own.year, own.date) == (2012, None)
