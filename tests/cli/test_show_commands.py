"""``eurefs annotate`` (and the other show commands) through ``eurefs.cli.main``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eurefs.cli import main
from tests.support.spies import spy

PAGES = Path(__file__).resolve().parents[1] / "data" / "documents" / "html"


def test_annotate_text_file_as_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "letter.txt"
    doc.write_text("See Directive 95/46/EC and Article 8 TEU.\n", encoding="utf-8")
    assert main(["annotate", "--format", "markdown", "--link", "eli", str(doc)]) == 0
    out = capsys.readouterr().out
    assert out == (
        "See [Directive 95/46/EC](<http://data.europa.eu/eli/dir/1995/46/oj>) and Article 8 TEU.\n"
    )


def test_annotate_links_to_pages_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "lettre.txt"  # Article 94(1) of the GDPR in French
    doc.write_text("La directive 95/46/CE est abrogée avec effet au 25 mai 2018.\n", "utf-8")
    page = "https://eur-lex.europa.eu/legal-content/{}/TXT/?uri=CELEX:31995L0046"
    assert main(["annotate", "--format", "text", str(doc)]) == 0
    assert page.format("FR") in capsys.readouterr().out
    assert main(["annotate", "--format", "text", "--lang", "de", str(doc)]) == 0
    assert page.format("DE") in capsys.readouterr().out


def test_annotate_links_a_german_page_to_german_pages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the AI Act proposal in German: its annexes' heading names SWD(2021) 84 final and
    # SWD(2021) 85 final, which the grammar tells Italian and Irish by themselves
    assert main(["annotate", str(PAGES / "de-eurlex-com-2021-206-ai-act-proposal.html")]) == 0
    pages = re.findall(
        r'href="https://eur-lex\.europa\.eu/legal-content/(\w\w)/', capsys.readouterr().out
    )
    assert len(pages) > 200 and set(pages) == {"DE"}


def test_annotate_html_page_keeps_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGES / "en-eurlex-com-2025-43-proposal.html"
    assert main(["annotate", "--link", "https://example.org/{celex}", str(page)]) == 0
    out = capsys.readouterr().out
    source = page.read_text(encoding="utf-8")
    assert out.startswith(source[: source.index("<body")])
    assert 'href="https://example.org/3' in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["annotate", "--link", "https://x.org/{nope}", "-"], "unknown field {nope}"),
        (["annotate", "--link", "file:///{celex}", "-"], "http(s) URL"),
        (["annotate", "/no/such/file.txt"], "no such file"),
        (["annotate", "/"], "/: is a directory, expected a document"),
        (["annotate", "--format", "pdf", "-"], "invalid choice"),
        (["annotate", "--lang", "xx", "-"], "unknown language 'xx' for EUR-Lex pages"),
    ],
)
def test_annotate_usage_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if "--format" in args:  # argparse's own usage error
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 2
    else:
        assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_annotate_undecodable_bytes_are_an_error_or_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "latin1.txt"
    doc.write_bytes("Règlement (UE) 2016/679".encode("latin-1"))
    status = main(["annotate", str(doc)])
    out, err = capsys.readouterr()
    # plain UTF-8 reading refuses the file; a reader that detects the encoding decodes it
    if status == 2:
        assert "UTF-8" in err and out == ""
    else:
        assert status == 0 and "Règlement" in out


def test_graph_over_files_with_an_unreadable_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import networkx as nx

    (tmp_path / "a.txt").write_text("Directive 95/46/EC and Directive 95/46/EC.", encoding="utf-8")
    out = tmp_path / "g.graphml"
    args = ["graph", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]
    status = main([*args, "--format", "graphml", "-o", str(out)])
    assert status == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    g = nx.read_graphml(out)
    assert g.edges[f"doc:{tmp_path / 'a.txt'}", "work:31995L0046"]["mentions"] == 2
    assert "no such file" in g.nodes[f"doc:{tmp_path / 'missing.txt'}"]["error"]


@pytest.mark.parametrize("fmt", ["csv", "graphml", "json"])
def test_graph_with_no_readable_input_writes_nothing(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed the CSV header (or a graph of one error node) and exited 2."""
    missing = str(tmp_path / "missing.txt")
    assert main(["graph", "--format", fmt, missing]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "missing.txt: no such file" in err and "no graph written" in err
    target = tmp_path / "g.out"
    assert main(["graph", "--format", fmt, "-o", str(target), missing]) == 2
    assert not target.exists()


def test_annotate_reads_an_html_page_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import eurefs.annotation.htmltext as htmltext

    page = tmp_path / "page.html"
    page.write_text("<p>Directive&nbsp;95/46/EC" + "&nbsp;" * 5_000 + "</p>", encoding="utf-8")
    reads = spy(monkeypatch, htmltext, "html_text")
    monkeypatch.setattr("eurefs.cli.show_inputs.html_text", reads)
    monkeypatch.setattr("eurefs.annotation.html_text", reads)
    assert main(["annotate", str(page)]) == 0
    assert reads.count == 1  # the text to search and the page to link in are one reading
    assert '<a class="eurefs-ref" data-kind="legal_act"' in capsys.readouterr().out


def _unlinked(out: bytes) -> bytes:
    """The output with the links eurefs added taken out again (as bytes)."""
    out = re.sub(rb'<a class="eurefs-ref"[^>]*>', b"", out)
    return re.sub(rb"(?<=679)</a>", b"", out)


@pytest.mark.parametrize(
    ("page", "warning"),
    [
        # a windows-1252 page, as declared: written back in windows-1252
        ('<meta charset="windows-1252"><p>“See” Règlement (UE) 2016/679</p>'.encode("cp1252"), ""),
        # a UTF-8 page with one stray Latin-1 byte: U+FFFD there, as the warning says
        (
            '<meta charset="utf-8"><p>Règlement (UE) 2016/679, café</p>'.encode().replace(
                "é".encode(), b"\xe9"
            ),
            "1 byte(s) are not UTF-8",
        ),
        # declares iso-8859-1 but is UTF-8: read (and written) as UTF-8
        ('<meta charset="iso-8859-1"><p>Règlement (UE) 2016/679</p>'.encode(), "bytes are UTF-8"),
    ],
)
def test_annotate_links_inside_a_page_in_any_charset_and_keeps_its_bytes(
    page: bytes, warning: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page)
    assert main(["annotate", str(path)]) == 0
    # (a French citation: its EUR-Lex page is the French one)
    out, err = capsysbinary.readouterr()
    assert b'href="https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679"' in out
    assert _unlinked(out) == page.replace(b"\xe9", "\ufffd".encode())
    assert (warning in err.decode()) if warning else err == b""


@pytest.mark.parametrize(
    "command",
    [["annotate", "--format", "text"], ["annotate"], ["graph"], ["report", "-o", "out.html"]],
)
def test_input_format_reads_a_text_that_starts_like_html_as_text(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a text that starts with an element is sniffed as an HTML page: its first line is
    # then markup, dropped; extract and text had --input-format to say otherwise, the
    # commands that read documents for a page, a graph or a report had not
    monkeypatch.chdir(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("<p> marks a paragraph: Directive 95/46/EC.\n", encoding="utf-8")
    assert main([*command, "--input-format", "text", str(note)]) == 0
    out = capsys.readouterr().out
    if command[0] == "report":
        out = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "31995L0046" in out
    if command[0] == "annotate":  # the element is text, kept (escaped in HTML)
        assert "<p> marks" in out or "&lt;p&gt; marks" in out
