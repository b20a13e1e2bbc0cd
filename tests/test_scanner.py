"""``eurefs.scanner``: the arguments of ``extract`` (parse/extract agreement is in
``tests/test_parse_agreement.py``)."""

from __future__ import annotations

import pytest

import eurefs


def test_extract_accepts_one_kind_as_a_string() -> None:
    text = "OJ L 119, 4.5.2016, p. 1 and 32016R0679"
    assert [r.kind for r in eurefs.extract(text, kinds="oj")] == ["oj"]
    assert [r.kind for r in eurefs.extract(text, kinds=("oj", "celex"))] == ["oj", "celex"]
    with pytest.raises(ValueError, match="no reference kind"):
        eurefs.extract(text, kinds=[])
    with pytest.raises(ValueError, match="unknown reference kind"):
        eurefs.extract(text, kinds="ojj")
