"""``python -m eurefs`` runs the command line."""

from eurefs.cli import _entry

_entry()
