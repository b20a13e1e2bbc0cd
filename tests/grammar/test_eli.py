"""ELI URIs (``eurefs/grammar/eli.py``)."""

from __future__ import annotations

import eurefs


def test_long_typedocs_are_read() -> None:
    text = "ELI: http://data.europa.eu/eli/agree_interinstit/2016/512/oj (in force)"
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "eli"]
    assert [(r.text, r.celex) for r in refs] == [
        ("http://data.europa.eu/eli/agree_interinstit/2016/512/oj", None)
    ]
