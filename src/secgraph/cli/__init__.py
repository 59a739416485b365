"""The ``secgraph`` command line: a thin click layer over the library.

The only package that imports click, prints, exits, or knows the repository's default paths.
Exit codes: 0 success, 1 ran and found problems (violations), 2 could not run.
Each sub-module registers its commands on :data:`cli`.
"""

from __future__ import annotations

from . import (  # noqa: F401
    _analyze,
    _build,
    _dyad,
    _export,
    _extract,
    _import,
    _init,
    _list,
    _query,
    _report,
    _viz,
)
from ._common import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Entry point of the ``secgraph`` console script."""
    cli()
