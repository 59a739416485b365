"""``python -m secgraph``: the same as the ``secgraph`` command."""

import sys

try:
    from secgraph.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: one line, as later
    sys.stderr.write("secgraph: interrupted\n")
    sys.exit(130)

main()
