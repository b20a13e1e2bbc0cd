"""eurefs.dask on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import eurefs
import eurefs.dask
from eurefs.works import work_key

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).parent / "data" / "corpus" / "docs"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def _docs() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


def test_same_references_as_serial_extraction_in_order(client: Client) -> None:
    docs = _docs()
    frame = eurefs.dask.extract(db.from_sequence(docs, npartitions=3)).compute()
    expected = [
        (doc, r.kind, r.start, r.end, r.text, r.celex, work_key(r))
        for doc, text in docs
        for r in eurefs.extract(text)
    ]
    got = list(
        zip(frame["doc"], frame["kind"], frame["start"], frame["end"], frame["text"],
            frame["celex"].astype(object).where(frame["celex"].notna(), None), frame["work"],
            strict=True)
    )  # fmt: skip
    assert got == expected
    assert frame["error"].isna().all()


def test_paths_and_unreadable_files_give_error_rows(client: Client, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("See COM(2021) 752 final and Case C-131/12.", encoding="utf-8")
    bag = db.from_sequence([str(good), str(tmp_path / "missing.txt")], npartitions=2)
    frame = eurefs.dask.extract(bag, kinds=["case", "com_document"]).compute()
    assert list(frame["kind"].dropna()) == ["com_document", "case"]
    [error] = list(frame["error"].dropna())
    assert error.startswith("ReadError: ") and error.endswith("missing.txt: no such file")


def test_resolves_each_distinct_work_once_through_a_shared_cache(
    client: Client, oxigraph_sparql_url: str, tmp_path: Path
) -> None:
    text = "COM(2018) 340 final; Case C-131/12; Article 267 TFEU; 32014R0001. " * 50
    bag = db.from_sequence([(f"d{i}", text) for i in range(6)], npartitions=3)
    refs = eurefs.dask.extract(bag)
    resolved = eurefs.dask.resolve(
        refs, partitions=2, sparql_endpoint=oxigraph_sparql_url, cache_dir=str(tmp_path / "cache")
    ).compute()
    assert sorted(resolved["normalized"]) == sorted(set(refs["normalized"].compute()))
    by_key = {n: row for n, row in zip(resolved["normalized"], resolved.itertuples(), strict=True)}
    assert by_key["COM(2018) 340 final"].work_celex == "52018PC0340"
    assert by_key["32014R0001"].work_celex == "32014R0001"
    assert by_key["Article 267 TFEU"].error.startswith("ResolveError")
    assert by_key["Article 267 TFEU"].work_celex is pd.NA
    # a second run on the same cache answers offline: every work came from the cache
    again = eurefs.dask.resolve(refs, partitions=2, offline=True, cache_dir=str(tmp_path / "cache"))
    again_frame = again.compute()
    ok = again_frame[again_frame["work_celex"].notna()]
    assert set(ok["work_celex"]) == {"52018PC0340", "32014R0001"}


# Real texts whose context refuses the CELEX their normal form gives alone: the Danish
# report on the GDPR (tests/grammar/test_later_dates.py) and a JHA decision in capitals
# without accents (tests/grammar/test_type_word_spellings.py).
_EEA = "Ifølge EØS -Kommiteens beslutning 83/99 af 25. juni 1999 er EØSlandene forpligtet"
_JHA = (
    "DECISION 2005/214/JAI DU CONSEIL du 24 fevrier 2005 concernant l'application du "
    "principe de reconnaissance mutuelle aux sanctions pecuniaires"
)


def test_a_normal_form_its_text_refused_a_celex_is_no_work(
    client: Client, oxigraph_sparql_url: str, tmp_path: Path
) -> None:
    """``resolve`` read each distinct normal form alone: ``beslutning 83/99`` became
    31983D0099 and ``décision 2005/214/JAI`` 32005D0214, merged back into the rows whose
    texts had refused them (no CELEX there).  A popular name's CELEX chosen among the
    candidates of its normal form (52019DC0640 for ``COM(2019) 640 final``) still agrees."""
    docs = [
        ("eea", _EEA),
        ("jha", _JHA),
        ("gd", "The European Green Deal and COM(2019) 640 final."),
    ]
    refs = eurefs.dask.extract(db.from_sequence(docs, npartitions=2))
    rows = refs.compute()
    assert set(rows["celex"].dropna()) == {"52019DC0640"}  # the texts gave the acts none
    resolved = eurefs.dask.resolve(
        refs, partitions=2, sparql_endpoint=oxigraph_sparql_url, cache_dir=str(tmp_path)
    ).compute()
    by_key = {n: row for n, row in zip(resolved["normalized"], resolved.itertuples(), strict=True)}
    for normalized, alone in (("beslutning 83/99", "31983D0099"),
                              ("décision 2005/214/JAI", "32005D0214")):  # fmt: skip
        row = by_key[normalized]
        assert row.work_celex is pd.NA
        assert (
            row.error == f"ResolveError: read alone it gives {alone}, its texts no CELEX: "
            "resolve it in its text, or merge on the 'work' column's CELEX numbers"
        )
    assert not str(by_key["COM(2019) 640 final"].error).startswith("ResolveError: read alone")


def test_a_file_over_the_limit_given_gives_an_error_row(client: Client) -> None:
    # The German EUR-Lex page of COM(2021) 206, the AI Act proposal (0.68 MiB; provenance in
    # tests/data/documents/PROVENANCE.md), and the English Formex of Regulation (EU) 2024/903.
    docs = Path(__file__).parent / "data" / "documents"
    page = docs / "html" / "de-eurlex-com-2021-206-ai-act-proposal.html"
    act = docs / "formex" / "en-fmx4-regulation-2024-903-interoperable-europe-act.fmx.xml"
    bag = db.from_sequence([str(page), str(act)], npartitions=2)
    frame = eurefs.dask.extract(bag, kinds=["legal_act"], max_bytes=500_000).compute()
    [error] = list(frame["error"].dropna())
    assert error.startswith(f"DocumentTooLarge: {page}: over the limit of 500,000 bytes")
    assert "Regulation (EU) 2024/903" in set(frame["text"].dropna())
    with pytest.raises(ValueError, match="max_bytes must be a whole number over 0"):
        eurefs.dask.extract(bag, max_bytes=0)


def test_the_limit_of_the_environment_is_the_workers(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # $EUREFS_MAX_INPUT_MB is read where a worker reads a file (a bad one gives each file
    # a ConfigurationError row there), not checked in the client as extract_files checks
    # it: this client's 'x' is not the workers' environment (started before it was set).
    # The English Formex of Regulation (EU) 2024/903 (tests/data/documents/PROVENANCE.md).
    act = Path(__file__).parent / "data/documents/formex"
    act /= "en-fmx4-regulation-2024-903-interoperable-europe-act.fmx.xml"
    monkeypatch.setenv("EUREFS_MAX_INPUT_MB", "x")
    bag = db.from_sequence([str(act)], npartitions=1)
    frame = eurefs.dask.extract(bag, kinds=["legal_act"]).compute()
    assert "Regulation (EU) 2024/903" in set(frame["text"].dropna())
    assert frame["error"].isna().all()


@pytest.mark.parametrize(
    "options", [{"timeout": 1e308}, {"lang": "xx"}, {"batch_size": 0}, {"retries": -1}]
)
def test_resolver_options_out_of_range_are_refused_when_the_frame_is_made(
    options: dict[str, object], tmp_path: Path
) -> None:
    # (before: a lazy frame, and a ConfigurationError from every worker at compute())
    frame = dd.from_pandas(pd.DataFrame({"normalized": ["32016R0679"], "celex": [None]}), 1)
    with pytest.raises(eurefs.ConfigurationError):
        eurefs.dask.resolve(frame, cache_dir=str(tmp_path), **options)
    assert list(tmp_path.iterdir()) == []  # (the check made no cache)


CHARSET_SAID = "declares iso-8859-1 but its bytes are UTF-8; read as UTF-8"
OCR_SAID = "OCR them (e.g. ocrmypdf) to read them"


def test_what_a_reader_says_of_a_document_is_a_row(client: Client, tmp_path: Path) -> None:
    # a page read as UTF-8 against its declared charset, a PDF page without text: both
    # were dropped without a word
    from tests.support.pdf_writer import write_pages_pdf

    page = tmp_path / "page.html"
    page.write_bytes(
        '<html><head><meta charset="iso-8859-1"></head>'
        "<body><p>Regulation (EU) 2016/679 applies, caf\u00e9.</p></body></html>".encode()
    )
    scanned = write_pages_pdf(tmp_path / "scanned.pdf", ["Directive 95/46/EC.", None])
    bag = db.from_sequence([str(page), str(scanned)], npartitions=2)
    frame = eurefs.dask.extract(bag).compute()
    rows = [
        (doc, None if pd.isna(kind) else kind, None if pd.isna(said) else said)
        for doc, kind, said in zip(
            frame["doc"], frame["kind"], frame["warning"].fillna(frame["note"]), strict=True
        )
    ]
    assert rows == [
        (
            str(page),
            None,
            "CharsetWarning: declares iso-8859-1 but its bytes are UTF-8; read as UTF-8",
        ),
        (str(page), "legal_act", None),
        (
            str(scanned),
            None,
            "no text on page(s) 2 (scanned?): OCR them (e.g. ocrmypdf) to read them",
        ),
        (str(scanned), "legal_act", None),
    ]
