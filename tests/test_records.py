"""Records behave as the frozen dataclasses they replace (eurefs.records)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pytest

from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language
from eurefs.records import field, field_names, record, replace


@record
class Point:
    """A record with a required field, a default, and a default factory."""

    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    label: str = field(default="p")


@dataclasses.dataclass(frozen=True)
class DataPoint:
    """The same fields as a frozen dataclass, to compare with."""

    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)
    label: str = dataclasses.field(default="p")


def test_constructor_takes_positions_keywords_and_defaults() -> None:
    p = Point(1, y=2)
    assert (p.x, p.y, p.tags, p.label) == (1, 2, [], "p")
    assert Point(1, 2, ["a"], "q").tags == ["a"]
    assert Point(x=3).y == 0


def test_a_default_factory_is_called_for_each_instance() -> None:
    a, b = Point(1), Point(1)
    assert a.tags == b.tags == [] and a.tags is not b.tags


def test_a_field_default_is_the_class_attribute_and_a_factory_field_is_none() -> None:
    assert Point.label == "p" and Point.y == 0
    assert "tags" not in vars(Point) and "x" not in vars(Point)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing argument 'x'"),
        ((1,), {"z": 2}, "unexpected argument 'z'"),
        ((1,), {"x": 2}, "two values for 'x'"),
        ((1, 2, [], "p", 5), {}, "takes 4 arguments"),
    ],
)
def test_bad_arguments_are_type_errors(
    args: tuple[object, ...], kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)  # type: ignore[arg-type]


def test_instances_are_frozen() -> None:
    p = Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.x
    assert p.x == 1


def test_equality_hash_and_repr_are_those_of_the_dataclass() -> None:
    p, d = Point(1, 2, label="q"), DataPoint(1, 2, label="q")
    assert p == Point(1, 2, label="q") and p != Point(1, 3, label="q")
    assert p != d  # type: ignore[comparison-overlap]  # another class: unequal
    assert repr(p) == repr(d).replace("DataPoint", "Point")
    assert hash(Point(1, 2, ("a",), "q")) == hash(DataPoint(1, 2, ("a",), "q"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        hash(p)  # a list field: unhashable, as in a frozen dataclass


def test_fields_are_listed_in_order_and_matched() -> None:
    assert field_names(Point) == ("x", "y", "tags", "label")
    assert list(vars(Point(1, label="q", tags=[]))) == list(field_names(Point))
    match Point(4, 5):
        case Point(x, y):
            assert (x, y) == (4, 5)
        case _:  # pragma: no cover
            pytest.fail("no match")


def test_a_record_cannot_extend_a_record_nor_put_a_default_first() -> None:
    with pytest.raises(TypeError, match="cannot extend"):

        @record
        class Sub(Point):
            z: int = 0

    with pytest.raises(TypeError, match="non-default field 'b'"):

        @record
        class Bad:
            a: int = 0
            b: int  # type: ignore[misc]


def test_the_language_records_keep_their_fields_and_defaults() -> None:
    en = next(lg for lg in LANGUAGES if lg.code == "en")
    names = field_names(Language)
    assert names[:2] == ("code", "name") and len(names) == len(set(names))
    assert all(hasattr(en, n) for n in names)
    bare = Language(code="xx", name="Test")
    assert isinstance(bare.sources, Mapping) and dict(bare.sources) == {}
    assert bare.act_types == {} and bare.act_types is not Language(code="yy", name="T").act_types
    assert en == next(lg for lg in LANGUAGES if lg.code == "en") and en != bare


def test_replace_copies_with_changes_as_dataclasses_replace() -> None:
    p = Point(1, 2, ["a"], "q")
    moved = replace(p, y=5)
    assert moved == Point(1, 5, ["a"], "q") and p.y == 2
    with pytest.raises(TypeError, match="unexpected argument 'z'"):
        replace(p, z=1)


def test_a_field_takes_a_default_or_a_factory_not_both() -> None:
    with pytest.raises(ValueError, match="not both"):
        field(default=1, default_factory=list)


def test_the_extract_command_starts_without_importing_dataclasses() -> None:
    # importing dataclasses (with inspect, ast, dis) was a twelfth of a start-up
    # (issue 10); checked in a fresh process through a whole extraction with short
    # forms, whose imports -X importtime lists on stderr
    import subprocess
    import sys
    from pathlib import Path

    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "eurefs", "extract", "-"],
        input="See Regulation (EU) 2016/679 (the GDPR). That Regulation applies.",
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1],
    )  # fmt: skip
    assert "32016R0679" in run.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "eurefs.short_forms.anaphors" in imported  # the test saw the whole path
    assert not imported & {"dataclasses", "inspect"}


def test_a_records_own_post_init_is_called_after_its_fields_are_set() -> None:
    """As a dataclass's: a record checks what its caller built there (DocumentText)."""

    @record
    class Positive:
        n: int

        def __post_init__(self) -> None:
            if self.n <= 0:
                raise ValueError(f"not positive: {self.n}")

    assert Positive(3).n == 3
    with pytest.raises(ValueError, match="not positive: 0"):
        Positive(0)
