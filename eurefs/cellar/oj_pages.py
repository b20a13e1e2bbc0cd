"""Classic OJ pages (``OJ L 312, 22.11.2008, p. 3``): the works published from a page.

A work published from a classic page carries an ``oj`` alias made of the page: plain
(``JOL_2016_119_R_0001``, the GDPR), numbered in two digits (``JOL_2014_001_R_0001_01``,
32014R0001) or in three (``JOL_1991_135_R_0040_045``, 31991L0271; ``..._0010_010``,
``..._0003_002``: links of the real branch notice of 52018PC0340).  The number cannot be
told from the citation and need not start at one, so the page is asked about twice in
one query:

* under each alias form it may take, plain and ``_01`` to ``_09``, and its ``uriserv``
  expression (:func:`eurefs.identifiers.oj_page_values`), which finds works whatever
  else the store holds about them;
* through its issue: the works ``cdm:resource_legal_published_in_official-journal``
  the issue whose alias is the page's (``oj/JOL_2014_001_R``, the object notice of
  32014R0001), that have an ``oj`` alias beginning with the page's
  (``JOL_1991_135_R_0040``): every number, none guessed.

Only aliases Cellar holds count, and two acts from one page stay an ambiguity.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.cellar import cdm
from eurefs.cellar.sparql import build_sameas_query
from eurefs.cellar.sparql_ids import iri, literal, resource_uri
from eurefs.identifiers import oj_issue_alias, oj_page_values

__all__ = ["build_oj_page_query"]


def _issue_branch(stems: list[str]) -> str:
    """The UNION branch that finds each page's works through its issue (input: the
    page's plain ``oj:`` form)."""
    rows = "\n".join(
        f"      ({literal('oj:' + stem)} {iri(resource_uri('oj', oj_issue_alias(stem)))} "
        f"{literal(resource_uri('oj', stem))})"
        for stem in stems
    )
    return (
        f"    VALUES (?input ?issue ?page) {{\n{rows}\n    }}\n"
        "    ?issueWork owl:sameAs ?issue .\n"
        f"    ?work <{cdm.CDM}{cdm.PUBLISHED_IN_OJ}> ?issueWork .\n"
        "    ?work owl:sameAs ?alias .\n"
        "    FILTER(STRSTARTS(STR(?alias), STR(?page)))\n"
        '    BIND("self" AS ?via)\n'
    )


def build_oj_page_query(stems: Iterable[str]) -> str:
    """Step 1 for classic OJ pages given by their alias stem (``JOL_2008_312_R_0003``).

    Rows ``?input ?work ?via ?celex``, ``?input`` one of the page's
    :func:`~eurefs.identifiers.oj_page_values` (its plain ``oj:`` form for the works
    found through the issue).

    Raises:
        ParseError: for a stem that is no page alias without a number.
        ValueError: for an empty batch.
    """
    pages = list(dict.fromkeys(stems))
    forms = [v for stem in pages for v in oj_page_values(stem)]
    return build_sameas_query(forms, more=[_issue_branch(pages)] if pages else ())
