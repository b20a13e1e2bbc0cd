"""How a language writes the Commission's documents: a part of its record (``Language.com``)."""

from __future__ import annotations

from collections.abc import Mapping

from eurefs.languages.immutable import frozen
from eurefs.records import field, record


@record
class ComWords:
    """The words of Commission document numbers (``COM(2021) 752 final``, ``com_documents``).

    Attributes:
        type_aliases: Document type as written -> canonical (``KOM`` -> ``COM``).
        final_words: The language's word for "final" after the number (``final``, ``endgültig``).
        proposal_words / communication_words: Regular expressions (matched
            case-insensitively) before the number that make the document a proposal / a
            communication.
    """

    type_aliases: Mapping[str, str] = field(default_factory=frozen)
    final_words: tuple[str, ...] = ()
    proposal_words: tuple[str, ...] = ()
    communication_words: tuple[str, ...] = ()
