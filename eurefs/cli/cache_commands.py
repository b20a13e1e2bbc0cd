"""``eurefs cache`` and ``eurefs schema``: look after the cache, describe the output."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eurefs.cli.errors import EXIT_OK, UsageError, say
from eurefs.cli.options import add_cache_dir_option

CACHE_EPILOG = """examples:
  eurefs cache info                      # where the cache is, how big, how old
  eurefs cache info --cache-dir ./cache  # a project's own cache
  eurefs cache clear                     # forget every stored answer
  EUREFS_CACHE_DIR=/tmp/eurefs eurefs cache info
'cache info' creates nothing: with no cache yet it says so.
exit status: 0 done, 2 the cache directory is a file or the cache cannot be changed."""

SCHEMA_EPILOG = """examples:
  eurefs schema > document.schema.json
  eurefs schema | python -m json.tool | less
The schema describes each JSON record 'eurefs resolve' writes for a resolved
reference (with 'input' added; failed inputs have 'input', 'reference', 'error').
exit status: 0 done, 2 the output cannot be written."""


def run_cache(args: argparse.Namespace) -> int:
    """Show or clear the cache, never creating one that does not exist."""
    import json

    from eurefs.cache import Cache, cache_file

    path = cache_file(args.cache_dir)
    if path.parent.exists() and not path.parent.is_dir():
        raise UsageError(f"cache directory {str(path.parent)!r} is a file")
    if not path.exists():
        if args.action == "clear":
            say(f"no cache yet at {path}: nothing to clear")
        else:
            json.dump({"path": str(path), "exists": False}, sys.stdout, indent=2)
            sys.stdout.write("\n")
            say(f"no cache yet at {path}")
        return EXIT_OK
    cache = Cache(args.cache_dir)
    try:
        if cache.path is None:
            raise UsageError(f"cannot open the cache at {path}")
        if args.action == "clear":
            try:
                cache.clear()
            except PermissionError as exc:
                raise UsageError(str(exc)) from None
            say(f"cache cleared: {cache.path}")
        else:
            json.dump({**cache.info(), "exists": True}, sys.stdout, indent=2, default=str)
            sys.stdout.write("\n")
    finally:
        cache.close()
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON schema of the Document model."""
    import json

    from eurefs.models.document import Document

    json.dump(Document.model_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register ``cache`` and ``schema``."""
    c = sub.add_parser(
        "cache",
        help="show or clear the cache",
        description="Show (info) or clear the cache of resolved documents.",
        epilog=CACHE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument(
        "action",
        choices=("info", "clear"),
        help="info: where the cache is, how big, how old (JSON); clear: forget every stored answer",
    )
    add_cache_dir_option(c)
    c.set_defaults(func=run_cache)

    s = sub.add_parser(
        "schema",
        help="print the JSON schema of resolved documents",
        description="Print the JSON schema of the Document model.",
        epilog=SCHEMA_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.set_defaults(func=run_schema)
