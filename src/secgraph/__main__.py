"""``python -m secgraph``: the same as the ``secgraph`` command."""

from secgraph.cli import main

main()
