"""Build hook: copy the shipped data into the package when a wheel is built.

The ontology, the saved queries and the reference tables have one copy, in the repository's
top-level ``ontology/``, ``queries/`` and ``data/reference/`` (see ``secgraph.resources``).
``build_py`` copies them to ``secgraph/_shipped/`` in the build tree, so the wheel carries
them as package data; an editable install reads the top-level folders in place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: package folder -> (repository folder, file patterns)
SHIPPED = {
    "ontology": ("ontology", ("*.ttl", "*.jsonld")),
    "queries": ("queries", ("*.rq",)),
    "reference": ("data/reference", ("*.csv", "*.yaml")),
}


class BuildWithShippedData(build_py):
    """``build_py`` that also copies the shipped data into ``secgraph/_shipped``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name, (source, patterns) in SHIPPED.items():
            target = Path(self.build_lib) / "secgraph" / "_shipped" / name
            target.mkdir(parents=True, exist_ok=True)
            for pattern in patterns:
                for path in sorted((ROOT / source).glob(pattern)):
                    shutil.copy2(path, target / path.name)


setup(cmdclass={"build_py": BuildWithShippedData})
