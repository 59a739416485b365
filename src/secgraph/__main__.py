"""``python -m secgraph`` and the ``secgraph`` command: :func:`run`.

The command's entry point is here rather than in :mod:`secgraph.cli` so that a Ctrl-C while
the libraries load (rdflib, pyoxigraph, click: most of a second) is one line, as it is later.
"""

from __future__ import annotations

import sys

__all__ = ["run"]


def run() -> None:
    """Load the CLI and run it; exit 130 with one line when interrupted while loading."""
    try:
        from secgraph.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("secgraph: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
