"""Language-neutral words of the grammar (identifier codes written the same in every language).

Everything language-specific (act types, authors, number markers, OJ words,
months, treaties, case words, Commission document words ...) lives in the
language registry, ``eurefs.languages`` (one record per language); the Commission's
document types are the ``comnat`` scheme's, ``eurefs.identifiers.COM_TYPES``.
"""

from __future__ import annotations

#: Interinstitutional procedure types (European Parliament Legislative Observatory).
PROCEDURE_TYPES: tuple[str, ...] = (
    "COD", "CNS", "APP", "NLE", "INI", "INL", "BUD", "DEC", "RSP", "SYN", "AVC",
    "ACI", "DCE", "IMM", "REG", "RPS", "BUI", "COS", "RSO", "INS", "ITS", "DEA",
)  # fmt: skip
