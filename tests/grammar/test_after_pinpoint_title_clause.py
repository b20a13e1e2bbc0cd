"""Whether an Estonian act stands in another act's title (``after_pinpoints._in_title``:
an act's number in the clause before it, since the last bracket) was read by a search of
``[^()]*$`` over the 300 characters before the act: ``re`` tried each place before the
last bracket and read on to the bracket from each, quadratic in the stretch (~0.1 ms a
call; the Estonian development text, the Court's judgment in C-282/10 Dominguez, cost
~1.5 times the Finnish one a character).  The clause is the text after the last bracket."""

from __future__ import annotations

import random
import re
from pathlib import Path

from eurefs.grammar import after_pinpoints
from eurefs.grammar.after_pinpoints import TITLE, _in_title

DATA = Path(__file__).resolve().parents[1] / "data"
DOMINGUEZ_ET = (DATA / "corpus-et/docs/E01-et-cjeu-c-282-10-dominguez.txt").read_text("utf-8")
# the GDPR's title naming the directive it repeals (tests/languages/test_estonian_journal_titles)
GDPR_TITLE = (
    "Eelotsusetaotlus puudutab määruse (EL) 2016/679 füüsiliste isikute kaitse kohta "
    "isikuandmete töötlemisel ja direktiivi 95/46/EÜ kehtetuks tunnistamise kohta "
    "(ELT 2016, L 119, lk 1) artikli 6 tõlgendamist."
)


def _in_title_by_search(region: str, start: int) -> bool:
    before = after_pinpoints._DOMAIN.sub("", region[max(0, start - TITLE) : start])
    clause = re.search(r"[^()]*$", before)
    text = clause.group() if clause else before
    text = text[text.rfind(". ") + 1 :]
    return after_pinpoints._ACT_NUMBER.search(text) is not None


def test_the_clause_is_the_searched_one() -> None:
    rng = random.Random(44)
    pieces = ["(", ")", "(EL) ", "(ELT 2016, L 119, lk 1)", "2016/679 ", ". ", ".", "\n", " ",
              "direktiivi 95/46/EÜ ", "kohta ", "x"]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(800)]
    for text in [DOMINGUEZ_ET, GDPR_TITLE, *made]:
        for start in range(0, len(text) + 1, 1 if len(text) < 400 else 3):
            assert _in_title(text, start) == _in_title_by_search(text, start), (text, start)
    assert _in_title(GDPR_TITLE, GDPR_TITLE.index("direktiivi"))


def test_no_search_reads_on_to_the_end_from_each_place() -> None:
    # a pattern ending in a repeated class and ``$`` (``[^()]*$``) is tried at each place of
    # the stretch and reads on to the end from each: quadratic, as ``_in_title``'s was
    # (a structural check, not a timing: timed tests flake on a loaded machine)
    patterns = [v for v in vars(after_pinpoints).values() if isinstance(v, re.Pattern)]
    assert patterns
    assert not [p.pattern for p in patterns if re.search(r"[]*+}]\$$", p.pattern)]
