"""The store of compiled patterns and built texts (``eurefs.pattern_store``)."""

from __future__ import annotations

import _sre
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from eurefs import pattern_code, pattern_store
from eurefs.grammar.common import _trie_regex, words
from eurefs.pattern_store import PatternStore, store_off
from eurefs.pattern_store_file import MAGIC, StoreFile

SOURCES = [
    (r"(?P<type>Regulation|Directive)[ ](?:\(EU\)[ ])?(?P<num>[0-9]{4}/[0-9]{1,4})", 0),
    (r"(?<![\w-])(?:Article|Art\.)[ ](?P<n>[0-9]{1,3})(?=[ ,.])", 0),
    (r"^(?:com|join)\((?P<y>[0-9]{4})\)$", re.IGNORECASE | re.MULTILINE),
    (r"[^\W\d_]+(?:-[^\W\d_]+){0,3}", 0),
    (r"(a)(b)?(?(2)c|d)", re.VERBOSE),
]
TEXT = "See Regulation (EU) 2016/679, Article 5, COM(2021) 752 and Ab-cd abd; Directive 95/46"

# CPython only: elsewhere the store compiles every time (and these tests check that).
needs_engine = pytest.mark.skipif(
    sys.implementation.name != "cpython", reason="the store keeps code on CPython only"
)


def _made(source: str, flags: int = 0) -> re.Pattern[str]:
    """What the store makes of a pattern: ``re.compile``'s, optional groups as branches."""
    code, parsed = pattern_code.code(source, int(flags))
    names = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        names[i] = name
    made: re.Pattern[str] = _sre.compile(
        source, int(flags) | parsed.state.flags, code, parsed.state.groups - 1,
        dict(parsed.state.groupdict), tuple(names),
    )  # fmt: skip
    return made


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    """``a`` is what the store makes of ``b``, a pattern ``re.compile`` made."""

    def parts(p: re.Pattern[str]) -> tuple[object, ...]:
        return p.pattern, p.flags, p.groups, p.groupindex

    assert parts(a) == parts(b)
    assert a == _made(b.pattern, b.flags)  # compiled patterns compare their code
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]
    assert [m.groupdict() for m in a.finditer(TEXT)] == [m.groupdict() for m in b.finditer(TEXT)]


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every compilation from source fail: only stored code can be used."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled from source")

    monkeypatch.setattr(re, "compile", refuse)
    monkeypatch.setattr(pattern_store, "pattern_code", None)  # the store's own compiling


@needs_engine
def test_a_saved_pattern_is_rebuilt_from_its_code_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = PatternStore(tmp_path / "cache" / "patterns.bin")
    made = [first.compile(s, f) for s, f in SOURCES]
    expected = [re.compile(s, f) for s, f in SOURCES]
    for p, e in zip(made, expected, strict=True):
        _same(p, e)
    first.save()
    assert (tmp_path / "cache" / "patterns.bin").is_file()
    second = PatternStore(tmp_path / "cache" / "patterns.bin")
    _refuse_compiling(monkeypatch)
    for (s, f), p, e in zip(SOURCES, made, expected, strict=True):
        again = second.compile(s, f)
        assert again == p
        _same(again, e)


def _stored(path: Path) -> set[tuple[str, object]]:
    """The patterns (text, flags) the store file at ``path`` holds intact."""
    engine = pattern_store._engine()
    assert engine is not None
    found = StoreFile.read(path, engine.stamp)
    assert found is not None
    return {(k[1], k[2]) for k in found.all() if k[0] == PatternStore(path).code_kind()}


def _filled(path: Path) -> bytes:
    store = PatternStore(path)
    for s, f in SOURCES:
        store.compile(s, f)
    store.save()
    return path.read_bytes()


@needs_engine
@pytest.mark.parametrize("damage", ["truncate", "index", "garbage", "stamp"])
def test_a_damaged_or_foreign_store_is_ignored(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.bin"
    blob = _filled(path)
    if damage == "truncate":
        path.write_bytes(blob[:40])
    elif damage == "index":  # one byte of the index changed: it fails its checksum
        i = len(MAGIC) + 12
        path.write_bytes(blob[:i] + bytes([blob[i] ^ 0x01]) + blob[i + 1 :])
    elif damage == "garbage":
        path.write_bytes(b"not a store at all")
    else:  # another interpreter's file under this name
        other = PatternStore(path)
        assert other._engine is not None
        other._engine.stamp = (*other._engine.stamp[:1], "another Python")
        other.compile("x[0-9]")
        other.save()
    again = PatternStore(path)
    for s, f in SOURCES:  # compiled from source, the same
        _same(again.compile(s, f), re.compile(s, f))
    assert again._file is None
    again.save()  # and the store is written afresh
    assert _stored(path) == {(s, int(f)) for s, f in SOURCES}


@needs_engine
def test_a_damaged_entry_is_compiled_again_and_the_others_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    blob = _filled(path)
    i = len(blob) - 40  # a byte of the last entry: it fails its own checksum
    path.write_bytes(blob[:i] + bytes([blob[i] ^ 0x01]) + blob[i + 1 :])
    assert len(_stored(path)) == len(SOURCES) - 1
    again = PatternStore(path)
    made = {(s, f): again.compile(s, f) for s, f in SOURCES}
    for (s, f), p in made.items():
        _same(p, re.compile(s, f))
    assert len(again._new) == 1  # only the damaged one was compiled from source
    again.save()
    assert _stored(path) == {(s, int(f)) for s, f in SOURCES}


@needs_engine
def test_an_entry_the_engine_refuses_falls_back_to_compiling(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "patterns.bin")
    source, flags = SOURCES[0]
    store.compile(source, flags)
    key = (store.code_kind(), source, flags)
    entry = store._new[key]
    assert isinstance(entry, tuple)
    store._new[key] = (entry[0], b"\xff\xff\xff\xff" * 3, *entry[2:])  # not SRE code
    _same(store.compile(source, flags), re.compile(source, flags))


@needs_engine
def test_a_python_whose_compiler_parts_differ_falls_back_to_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``eurefs.pattern_code`` reads ``re``'s private parts: a Python where they are
    not what it expects compiles as ``re.compile`` does, and keeps nothing."""
    monkeypatch.setattr(pattern_code, "compiler", object())  # no `_code`
    store = PatternStore(tmp_path / "patterns.bin")
    for source, flags in SOURCES:
        assert store.compile(source, flags) == re.compile(source, flags)
    assert not store._new
    with pytest.raises(re.error):
        store.compile("(unbalanced")


def test_a_read_only_directory_keeps_nothing_and_fails_nothing(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only directories")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        store = PatternStore(locked / "sub" / "patterns.bin")
        for s, f in SOURCES:
            _same(store.compile(s, f), re.compile(s, f))
        assert store.text("k", lambda: "built", _trie_regex) == "built"
        store.save()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(stat.S_IRWXU)


def test_a_directory_that_cannot_be_made_keeps_nothing_and_fails_nothing(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    store = PatternStore(tmp_path / "a-file" / "sub" / "patterns.bin")
    for s, f in SOURCES:
        _same(store.compile(s, f), re.compile(s, f))
    assert store.text("k", lambda: "built", _trie_regex) == "built"
    store.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_store_whose_file_cannot_be_written_still_compiles(tmp_path: Path) -> None:
    # A directory where the file should be: the save fails quietly, nothing is left over.
    path = tmp_path / "patterns.bin"
    path.mkdir()
    store = PatternStore(path)
    for s, f in SOURCES:
        _same(store.compile(s, f), re.compile(s, f))
    store.save()
    assert path.is_dir() and list(tmp_path.iterdir()) == [path]


@needs_engine
def test_saves_of_two_processes_merge(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    one, two = PatternStore(path), PatternStore(path)
    one.compile(*SOURCES[0])
    two.compile(*SOURCES[1])
    one.save()
    two.save()
    assert _stored(path) == {(s, int(f)) for s, f in SOURCES[:2]}


@needs_engine
def test_a_full_store_keeps_what_the_saving_process_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    old = PatternStore(path)
    for i in range(6):
        old.compile(f"old{i}[0-9]")
    old.save()
    monkeypatch.setattr(pattern_store, "MAX_ENTRIES", 6)
    new = PatternStore(path)
    new.compile("old0[0-9]")  # from the file, used
    new.compile("new[a-z]")
    new.save()
    assert _stored(path) == {("old0[0-9]", 0), ("new[a-z]", 0)}


@needs_engine
def test_built_texts_are_kept_per_source_of_their_builder(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    store = PatternStore(path)
    calls: list[str] = []

    def build() -> str:
        calls.append("built")
        return "(?:a|b)"

    assert store.text("words\0a\0b", build, _trie_regex) == "(?:a|b)"
    store.save()
    again = PatternStore(path)
    assert again.text("words\0a\0b", build, _trie_regex) == "(?:a|b)"
    assert calls == ["built"]
    # another builder module (another source): its own entry, built again
    assert again.text("words\0a\0b", build, test_built_texts_are_kept_per_source_of_their_builder)
    assert calls == ["built", "built"]


def test_words_are_the_trie_whether_stored_or_built() -> None:
    items = ("Decision", "Decisions", "Directive", "Dir.", "Règlement", "(EU)")
    built = "(?:" + _trie_regex(sorted(set(items))) + ")"
    assert words(*items) == built
    pattern = re.compile(built)
    assert [pattern.fullmatch(w) is not None for w in items] == [True] * len(items)
    assert pattern.fullmatch("Decisio") is None


@needs_engine
def test_a_command_uses_the_store_of_the_cache_directory(tmp_path: Path) -> None:
    """The first run fills the store; a second run compiles no grammar pattern from source,
    though its strings hash differently (a pattern written from a set in hash order
    would miss the store)."""
    env = {**os.environ, "EUREFS_CACHE_DIR": str(tmp_path)}
    script = (
        "import re, sys\n"
        "import eurefs.pattern_code as pc\n"
        "big = []\n"
        "real = pc.parser.parse\n"  # what re.compile and the store compile from source with
        "def spy(p, f=0, *rest):\n"
        "    big.append(p) if isinstance(p, str) and len(p) > 2000 else None\n"
        "    return real(p, f, *rest)\n"
        "pc.parser.parse = spy\n"
        "import eurefs\n"
        "refs = eurefs.extract('Directive 95/46/EC, Article 5 thereof; Regulation (EU) 2016/679')\n"
        "print(len(refs), len(big))\n"
    )

    def run(seed: str) -> tuple[int, int]:
        out = subprocess.run(
            [sys.executable, "-c", script],
            env={**env, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        found, compiled = out.stdout.split()
        return int(found), int(compiled)

    first = run("1")
    store = tmp_path / f"patterns-{sys.implementation.cache_tag}.bin"
    saved = store.read_bytes()
    second = run("2")
    assert first[0] == second[0] >= 3
    assert first[1] > 0 and second[1] == 0
    # nor any smaller one: a run that found every pattern adds no entry, and saves
    # nothing (the Maltese articles' pattern, ordered by length only, was written
    # another way in each run, and each run saved it again)
    assert store.read_bytes() == saved


@pytest.mark.parametrize("value", ["off", "0", "no", "False"])
def test_the_store_turned_off_reads_and_writes_nothing(tmp_path: Path, value: str) -> None:
    """A process that must not write to the user's cache directory turns the store off;
    it finds the same references."""
    env = {**os.environ, "EUREFS_CACHE_DIR": str(tmp_path), "EUREFS_PATTERN_STORE": value}
    script = (
        "import eurefs\n"
        "print(len(eurefs.extract('Directive 95/46/EC; Regulation (EU) 2016/679')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "2"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("value", "off"), [("", False), (" On ", False), ("1", False), ("NO", True)]
)
def test_the_store_is_turned_on_or_off_by_the_words_of_a_flag(value: str, off: bool) -> None:
    assert store_off(value) is off


@pytest.mark.parametrize("value", ["disable", "none", "2"])
def test_a_value_neither_on_nor_off_is_one_error_line_and_exit_2(
    tmp_path: Path, value: str
) -> None:
    """'disable' or 'none' kept the store on without a word: it was written to the cache
    directory of a process that meant it not to be."""
    env = {**os.environ, "EUREFS_CACHE_DIR": str(tmp_path), "EUREFS_PATTERN_STORE": value}
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", "extract", "-"],
        input="Directive 95/46/EC",
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr == (
        f"eurefs: error: EUREFS_PATTERN_STORE must be off (0, off, no, false) or on "
        f"(1, on, yes, true), not {value!r}\n"
    )
    assert list(tmp_path.iterdir()) == []


@needs_engine
def test_entries_of_another_code_are_kept_and_not_used(tmp_path: Path) -> None:
    """An older eurefs sharing the directory stored ``re.compile``'s code under the kind
    ``pattern``: this one neither uses those entries nor drops them from the file."""
    path = tmp_path / "patterns.bin"
    engine = pattern_store._engine()
    assert engine is not None
    source, flags = SOURCES[0]
    old = ("pattern", source, flags)
    refused = (flags, b"\xff\xff\xff\xff" * 3, 0, {}, ())  # would fail if it were used
    path.write_bytes(StoreFile.dump(engine.stamp, {old: refused}))
    store = PatternStore(path)
    _same(store.compile(source, flags), re.compile(source, flags))
    store.save()
    found = StoreFile.read(path, engine.stamp)
    assert found is not None
    assert found.get(old) == refused
    assert found.get((store.code_kind(), source, flags)) is not None


@needs_engine
def test_code_made_by_another_rewriting_of_the_patterns_is_not_used(tmp_path: Path) -> None:
    """An edited ``eurefs.pattern_code`` (another eurefs sharing the directory, a
    development checkout) retires the code its older self made: the key's kind holds a
    digest of its source."""
    path = tmp_path / "patterns.bin"
    store = PatternStore(path)
    source, flags = SOURCES[0]
    store.compile(source, flags)
    store.save()
    kind = store.code_kind()
    assert kind.startswith(pattern_store.CODE + ":eurefs.pattern_code:")
    edited = PatternStore(path)
    edited._digests["eurefs.pattern_code"] = "eurefs.pattern_code:edited"
    assert edited.code_kind() != kind
    _same(edited.compile(source, flags), re.compile(source, flags))
    assert (edited.code_kind(), source, flags) in edited._new  # made again, not read
    unedited = PatternStore(path)
    unedited.compile(source, flags)
    assert not unedited._new  # read from the file


@needs_engine
def test_the_store_holds_several_versions_entries(tmp_path: Path) -> None:
    """Environments of different versions share the cache directory: a version's
    patterns (all the development texts read, short forms and all) fit twice, so the
    save of one version does not drop the other's."""
    env = {**os.environ, "EUREFS_CACHE_DIR": str(tmp_path)}
    env.pop("EUREFS_PATTERN_STORE", None)
    script = (
        "import pathlib, eurefs\n"
        f"root = pathlib.Path({str(Path(__file__).parent / 'data')!r})\n"
        "for p in sorted(root.glob('corpus*/docs/*.txt')):\n"
        "    eurefs.extract(p.read_text(encoding='utf-8'))\n"
        "for s in ('COM(2021) 752 final', '32016R0679', 'C-131/12', 'OJ L 119, 4.5.2016, p. 1'):\n"
        "    eurefs.parse(s)\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
    (store,) = tmp_path.glob("patterns-*.bin")
    engine = pattern_store._engine()
    assert engine is not None
    found = StoreFile.read(store, engine.stamp)
    assert found is not None
    used = len(found.all())  # compiled patterns and built texts: what the cap counts
    assert used > 100
    assert 2 * used <= pattern_store.MAX_ENTRIES
