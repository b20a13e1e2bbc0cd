"""The examples in README.md and docs/*.md show what the code does.

Two kinds of example are run and their shown output compared with what happens:

- console blocks: a ``$ eurefs extract|parse|text|graph|annotate ...`` line (or ``echo ... |``
  into one) followed by its output, when every file it names is in the repository (examples
  about the reader's own ``letter.txt`` cannot run) and it writes no file;
- Python blocks whose ``print`` calls are followed by the printed lines as ``# `` comments.

White space runs are compared as one space (the docs align table columns by hand).

Besides, examples the docs give in their prose (``PROSE``: the example must still be on
its page and give what the page says), the record fields the docs name (they exist) and
the fields of each kind in docs/api.md (exactly each model's) are checked.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
OFFLINE_COMMANDS = {"extract", "parse", "text", "graph", "annotate"}
_BLOCK = re.compile(r"```(console|python)\n(.*?)```", re.S)


def _blocks(kind: str) -> list[tuple[str, str]]:
    return [
        (f"{page.relative_to(ROOT)}#{n}", m.group(2))
        for page in PAGES
        for n, m in enumerate(_BLOCK.finditer(page.read_text(encoding="utf-8")))
        if m.group(1) == kind
    ]


def _runnable(command: str) -> bool:
    """An offline eurefs command whose every file argument exists, writing no file."""
    if ">" in command or "eurefs" not in command:
        return False
    segments = [shlex.split(part) for part in command.split("#")[0].split("|")]
    words = next((w for w in segments if w and w[0] == "eurefs"), [])
    if len(words) < 2 or words[0] != "eurefs" or words[1] not in OFFLINE_COMMANDS:
        return False
    files = [w for w in words[2:] if not w.startswith("-") and re.search(r"\.\w+$", w)]
    return all((ROOT / f).is_file() for f in files)


def _console_examples() -> list[tuple[str, str, list[str]]]:
    examples = []
    for where, body in _blocks("console"):
        lines = body.splitlines()
        for i, line in enumerate(lines):
            if not line.startswith("$ "):
                continue
            shown = []
            for out in lines[i + 1 :]:
                if out.startswith("$ "):
                    break
                shown.append(out)
            while shown and not shown[-1].strip():
                shown.pop()
            if shown and _runnable(line[2:]):
                examples.append((where, line[2:], shown))
    return examples


def _folded(lines: list[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines]


CONSOLE = _console_examples()


def test_some_console_examples_are_checked() -> None:
    assert len(CONSOLE) >= 3, CONSOLE  # the selection itself must not silently empty


@pytest.mark.parametrize(("where", "command", "shown"), CONSOLE, ids=[c[0] for c in CONSOLE])
def test_console_example_prints_what_the_docs_show(
    where: str, command: str, shown: list[str]
) -> None:
    bindir = str(Path(sys.executable).parent)
    # PYTHONPATH: the `eurefs` script runs this checkout, not the one pip installed
    env = {
        **os.environ,
        "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert _folded(done.stdout.rstrip("\n").splitlines()) == _folded(shown), command


def _python_examples() -> list[tuple[str, str, list[str]]]:
    """Blocks with prints followed by ``# `` lines: (where, code, the lines shown)."""
    examples = []
    for where, body in _blocks("python"):
        lines = body.splitlines()
        shown = []
        for i, line in enumerate(lines[1:], 1):
            if line.startswith("# ") and (shown or "print(" in "\n".join(lines[:i])):
                shown.append(line[2:])
        if "print(" in body and shown:
            examples.append((where, body, shown))
    return examples


PYTHON = _python_examples()


def test_some_python_examples_are_checked() -> None:
    assert PYTHON, "no Python example with its output shown"


@pytest.mark.parametrize(("where", "code", "shown"), PYTHON, ids=[p[0] for p in PYTHON])
def test_python_example_prints_what_the_docs_show(where: str, code: str, shown: list[str]) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, where, "exec"), {})
    assert _folded(out.getvalue().splitlines()) == _folded(shown)


def _table_rows(page: str, heading: str) -> list[list[str]]:
    """The cells of the Markdown table under ``heading`` in ``docs/<page>``."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    rows = [line.strip().strip("|").split(" | ") for line in section.splitlines()]
    return [r for r in rows if len(r) > 1 and not set(r[0]) <= {"-", " "}][1:]


def test_record_fields_named_in_the_docs_exist() -> None:
    """The table of language record fields names fields the records have."""
    from eurefs.languages.agreement_bodies import AgreementBodyWords
    from eurefs.languages.back_references import BackReferenceWords
    from eurefs.languages.base import Language
    from eurefs.languages.case_words import CaseWords
    from eurefs.languages.com_words import ComWords
    from eurefs.languages.oj_words import OjWords
    from eurefs.languages.pinpoint_words import PinpointWords
    from eurefs.records import field_names

    have = set(field_names(Language))
    have |= {f"back_references.{name}" for name in field_names(BackReferenceWords)}
    have |= {f"oj.{name}" for name in field_names(OjWords)}
    have |= {f"agreement_bodies.{name}" for name in field_names(AgreementBodyWords)}
    have |= {f"cases.{name}" for name in field_names(CaseWords)}
    have |= {f"com.{name}" for name in field_names(ComWords)}
    have |= {f"pinpoints.{name}" for name in field_names(PinpointWords)}
    rows = _table_rows("recognition.md", "### Where a language's words live")
    named = [n for row in rows for n in re.findall(r"`([\w.]+)`", row[0])]
    # a second name in a cell of back-reference fields is a field of the same record
    named = [
        f"back_references.{n}" if n not in have and f"back_references.{n}" in have else n
        for n in named
    ]
    assert len(named) >= 20, named
    assert [n for n in named if n not in have] == []


def test_the_fields_of_each_kind_are_all_listed() -> None:
    """docs/api.md lists, per kind, exactly the fields its model adds."""
    from eurefs.models import references

    rows = _table_rows("api.md", "## Fields of each kind")
    assert len(rows) == len(references.ALL_KINDS)
    base = set(references.BaseReference.model_fields)
    for row in rows:
        kind, model = re.findall(r"`(\w+)`", row[0])
        cls = getattr(references, model)
        assert cls.model_fields["kind"].default == kind
        listed = re.findall(r"`(\w+)`", row[1])
        assert listed == [f for f in cls.model_fields if f not in base], (
            f"docs/api.md, {model}: list its fields in the model's order"
        )


# Examples the docs give in their prose (``written form`` -> what it gives), each run as
# the docs say: (page, the example as the page writes it, a text holding it, the kind of
# reference asked about, the field, the value the page shows).
PROSE = [
    ("recognition.md", "art. 6, par. 1, lett. a), del regolamento …",
     "art. 6, par. 1, lett. a), del regolamento (UE) 2016/679", "legal_act", "pinpoint",
     "art. 6, par. 1, lett. a)"),
    ("recognition.md", "член 6, параграф 1, буква а) от Регламент …",
     "член 6, параграф 1, буква а) от Регламент (ЕС) 2016/679", "legal_act", "pinpoint",
     "член 6, параграф 1, буква а)"),
    ("recognition.md", "Регламент(ЕС) 2016/679", "от Регламент(ЕС) 2016/679", "legal_act",
     "normalized", "Регламент (ЕС) 2016/679"),
    ("recognition.md", "točke (f) člena 6(1) Uredbe …",
     "točke (f) člena 6(1) Uredbe (EU) 2016/679", "legal_act", "pinpoint",
     "točke (f) člena 6(1)"),
    ("recognition.md", "1. točko prvega odstavka 6. člena",
     "s 1. točko prvega odstavka 6. člena Uredbe (EU) 2016/679", "legal_act", "pinpoint",
     "1. točko prvega odstavka 6. člena"),
    ("recognition.md", "Regulas (ES) 2016/679 6.panta 1.punkta c) apakšpunktu",
     "Regulas (ES) 2016/679 6.panta 1.punkta c) apakšpunktu", "legal_act", "pinpoint",
     "6.panta 1.punkta c) apakšpunktu"),
    ("recognition.md", "art. 6 ust. 1 lit. f rozporządzenia …",
     "art. 6 ust. 1 lit. f rozporządzenia (UE) 2016/679", "legal_act", "pinpoint",
     "art. 6 ust. 1 lit. f"),
    ("recognition.md", "artikel 7.1 i direktiv …", "artikel 7.1 i direktiv 2003/88/EG",
     "legal_act", "pinpoint", "artikel 7.1"),
    ("recognition.md", "n.º 3, alínea g), do artigo 54.º da",
     "n.º 3, alínea g), do artigo 54.º da Diretiva 2006/123/CE", "legal_act", "pinpoint",
     "n.º 3, alínea g), do artigo 54.º"),
    ("recognition.md", "primeiro parágrafo do artigo 6.º do",
     "primeiro parágrafo do artigo 6.º do Regulamento (UE) 2016/679", "legal_act", "pinpoint",
     "primeiro parágrafo do artigo 6.º"),
    ("recognition.md", "art. 6 ust. 1 lit. a) rozporządzenia …",
     "art. 6 ust. 1 lit. a) rozporządzenia (UE) 2016/679", "legal_act", "pinpoint",
     "art. 6 ust. 1 lit. a)"),
    ("recognition.md", "članak 1. stavak 2. točka (a) Uredbe …",
     "članak 1. stavak 2. točka (a) Uredbe (EU) 2016/679", "legal_act", "pinpoint",
     "članak 1. stavak 2. točka (a)"),
    ("recognition.md", "v skladu s 6. in 7. členom Direktive …",
     "v skladu s 6. in 7. členom Direktive 2003/88/ES", "legal_act", "pinpoint",
     "6. in 7. členom"),
    ("recognition.md", "Section 3 of Chapter II of",
     "Section 3 of Chapter II of Directive 2006/48/EC", "legal_act", "pinpoint",
     "Section 3 of Chapter II"),
    ("recognition.md", "Article 5, Article 6(1) and Article 9(1) and (2), of",
     "Article 5, Article 6(1) and Article 9(1) and (2), of Regulation (EU) 2016/679",
     "legal_act", "pinpoint", "Article 5, Article 6(1) and Article 9(1) and (2)"),
    ("recognition.md", "Anhang I Abschnitt C Nummer 6 der",
     "Anhang I Abschnitt C Nummer 6 der Richtlinie 2014/65/EU", "legal_act", "pinpoint",
     "Anhang I Abschnitt C Nummer 6"),
    ("recognition.md", "article 5 et l’annexe II du",
     "l’article 5 et l’annexe II du règlement (UE) 2016/679", "legal_act", "pinpoint",
     "article 5 et l’annexe II"),
    ("recognition.md", "Annex I, point 2, to", "Annex I, point 2, to Directive 2014/65/EU",
     "legal_act", "pinpoint", "Annex I, point 2"),
    ("recognition.md", "Article 5 TFEU and Annex II of Regulation …",
     "Article 5 TFEU and Annex II of Regulation (EU) 2016/679", "legal_act", "pinpoint",
     "Annex II"),
    ("recognition.md", "määruse (EL) 2016/679 artikli 6 lõike 1 punkt a",
     "määruse (EL) 2016/679 artikli 6 lõike 1 punkt a", "legal_act", "pinpoint",
     "artikli 6 lõike 1 punkt a"),
    ("recognition.md", "Regulas (ES) 2016/679 6. panta 1. punkta",
     "Regulas (ES) 2016/679 6. panta 1. punkta", "legal_act", "pinpoint", "6. panta 1. punkta"),
    ("recognition.md", "Reglamento (ES) 2016/679 6 straipsnio 1 dalies",
     "Reglamento (ES) 2016/679 6 straipsnio 1 dalies", "legal_act", "pinpoint",
     "6 straipsnio 1 dalies"),
    ("recognition.md", "Gemensamma EES-kommitténs beslut nr 123/2019",
     "Gemensamma EES-kommitténs beslut nr 123/2019", "legal_act", "celex", None),
    ("recognition.md", "a Társulási Tanács 1/80 határozata", "a Társulási Tanács 1/80 határozata",
     "legal_act", "author", "Társulási Tanács"),
    ("recognition.md", "EU-Korea Trade Committee Decision No 3/2016",
     "EU-Korea Trade Committee Decision No 3/2016", "legal_act", "celex", None),
    ("recognition.md", "Der AKP-EG-Botschafterausschuss hat mit dem Beschluss Nr. 1/2001",
     "Der AKP-EG-Botschafterausschuss hat mit dem Beschluss Nr. 1/2001", "legal_act",
     "author", "AKP-EG-Botschafterausschuss"),
    ("recognition.md", "az 1/80 társulási tanácsi határozat", "az 1/80 társulási tanácsi határozat",
     "legal_act", "celex", None),
    ("recognition.md", "Jurispr.", "arrest Marshall, 152/84, Jurispr. blz. 723", "case",
     "normalized", "zaak 152/84"),
    ("recognition.md", "artikel 42 i Europeiska unionens stadga om de grundläggande rättigheterna",
     "artikel 42 i Europeiska unionens stadga om de grundläggande rättigheterna",
     "treaty_article", "treaty", "CFR"),
    ("recognition.md", "articolul 47 din Carta drepturilor fundamentale",
     "articolul 47 din Carta drepturilor fundamentale a Uniunii Europene", "treaty_article",
     "normalized", "articolul 47 din Carta drepturilor fundamentale"),
    ("recognition.md", "Alapjogi Charta 47. cikk", "az Európai Unió Alapjogi Chartájának 47. cikke",
     "treaty_article", "normalized", "Alapjogi Charta 47. cikk"),
    ("recognition.md", "člen 267, tretji odstavek PDEU", "tretji odstavek 267. člena PDEU",
     "treaty_article", "normalized", "člen 267, tretji odstavek PDEU"),
    ("recognition.md", "artikel 107.3 c i EUF-fördraget", "artikel 107.3 c i EUF-fördraget",
     "treaty_article", "articles", ["107.3 c"]),
    ("back-references.md", "articolo 7 della stessa direttiva",
     "La direttiva 2003/88/CE si applica. L'articolo 7 della stessa direttiva prevede",
     "short_form", "pinpoint", "articolo 7"),
    ("back-references.md", "artículo 15 de la citada Directiva",
     "La Directiva 2003/88/CE se aplica. El artículo 15 de la citada Directiva prevé",
     "short_form", "pinpoint", "artículo 15"),
    ("back-references.md", "artikel 15 van deze richtlijn",
     "Richtlijn 2003/88/EG is van toepassing. Zie artikel 15 van deze richtlijn.",
     "short_form", "pinpoint", "artikel 15"),
    ("back-references.md", "art. 5 ust. 1 tej dyrektywy",
     "Dyrektywa 2003/88/WE ma zastosowanie. Zgodnie z art. 5 ust. 1 tej dyrektywy",
     "short_form", "pinpoint", "art. 5 ust. 1"),
    ("back-references.md", "Artikel 6 Absatz 1 Buchstabe a dieser Verordnung",
     "Die Verordnung (EU) 2016/679 gilt. Nach Artikel 6 Absatz 1 Buchstabe a dieser Verordnung",
     "short_form", "pinpoint", "Artikel 6 Absatz 1 Buchstabe a"),
    ("back-references.md", "article 17 RGPD",
     "Le règlement (UE) 2016/679 s'applique. L'article 17 RGPD donne un droit.",
     "short_form", "pinpoint", "article 17"),
    ("back-references.md", "Article 4 that Directive",
     "Directive 2000/60/EC applies. Article 4 that Directive sets goals.", "short_form",
     "pinpoint", None),
    ("back-references.md", "kõnealuse direktiivi artikli 7 lõike 1",
     "Direktiiv 2003/88/EÜ kehtib. Kõnealuse direktiivi artikli 7 lõike 1 kohaselt",
     "short_form", "pinpoint", "artikli 7 lõike 1"),
    ("back-references.md", "minėtos direktyvos 7 straipsnio 1 dalyje",
     "Direktyva 2003/88/EB taikoma. Minėtos direktyvos 7 straipsnio 1 dalyje nustatyta",
     "short_form", "pinpoint", "7 straipsnio 1 dalyje"),
    ("back-references.md", "članak 7 stavak 1 te direktive",
     "Direktiva 2003/88/EZ primjenjuje se. Vidjeti članak 7 stavak 1 te direktive.",
     "short_form", "pinpoint", "članak 7 stavak 1"),
    ("back-references.md", "članak 7. te direktive",
     "Direktiva 2003/88/EZ primjenjuje se. Vidjeti članak 7. te direktive.",
     "short_form", "pinpoint", "članak 7."),
    ("back-references.md", "το άρθρο 7 της εν λόγω",
     "Η οδηγία 2003/88/ΕΚ εφαρμόζεται. Το άρθρο 7 της εν λόγω οδηγίας ρυθμίζει την άδεια.",
     "short_form", "pinpoint", "άρθρο 7"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("page", "example", "text", "kind", "field", "shown"),
    PROSE,
    ids=[f"{p[0]}:{p[1][:40]}" for p in PROSE],
)
def test_prose_example_gives_what_the_docs_say(
    page: str, example: str, text: str, kind: str, field: str, shown: object
) -> None:
    import eurefs

    folded = " ".join((ROOT / "docs" / page).read_text(encoding="utf-8").split())
    assert f"`{example}`" in folded or f"`{example}" in folded, "the page no longer shows it"
    refs = [r for r in eurefs.extract(text) if r.kind == kind]
    assert refs, f"no {kind} in {text!r}"
    assert getattr(refs[-1], field) == shown


@pytest.mark.parametrize(
    "example",
    [
        "Decision No 1/80 of the EEC-Turkey Association Council",
        "Article 47 of the Charter of Fundamental Rights of the European Union",
    ],
)
def test_references_resolving_md_says_name_no_cellar_work(example: str) -> None:
    """docs/resolving.md: these give ``ResolveError`` before anything is sent."""
    import eurefs
    from eurefs.lookup import lookup_for

    folded = " ".join((ROOT / "docs" / "resolving.md").read_text(encoding="utf-8").split())
    assert f"`{example}`" in folded or example.startswith("Article 47")
    with pytest.raises(eurefs.ResolveError):
        lookup_for(eurefs.parse(example))


def test_charter_articles_in_two_languages_are_one_work_as_graph_md_says() -> None:
    import eurefs

    text = (
        "Article 47 of the Charter of Fundamental Rights of the European Union and "
        "artikel 47 Handvest"
    )
    works = eurefs.group(eurefs.extract(text))
    assert [(w.key, w.mentions) for w in works] == [("treaty:CFR", 2)]
