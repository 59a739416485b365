"""The data secgraph ships: the ontology, the saved queries and the reference tables.

One copy lives in the repository's top-level ``ontology/``, ``queries/`` and
``data/reference/`` folders (the source of truth, edited and reviewed there). Building a wheel
copies them into the package as ``secgraph/_shipped/{ontology,queries,reference}`` (see
``setup.py``), and an installed secgraph reads them with :mod:`importlib.resources`. A source
checkout (an editable install, or ``PYTHONPATH=src``) has no copy: there the top-level
folders are the package's data.

>>> shipped_dir("queries").name
'queries'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import SecgraphError

__all__ = ["SHIPPED", "reference_layers", "shipped_dir"]

#: What the package ships -> the folder it comes from in the repository.
SHIPPED = {"ontology": "ontology", "queries": "queries", "reference": "data/reference"}
_CHECKOUT = Path(__file__).resolve().parents[2]


def shipped_dir(kind: str) -> Path:
    """The folder of shipped ``kind`` (``ontology``, ``queries`` or ``reference``)."""
    if kind not in SHIPPED:
        raise ValueError(f"unknown shipped data {kind!r}; use one of {', '.join(SHIPPED)}")
    packaged = resources.files("secgraph") / "_shipped" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    source = _CHECKOUT / SHIPPED[kind]
    if (_CHECKOUT / "pyproject.toml").is_file() and source.is_dir():
        return source
    raise SecgraphError(
        f"this installation of secgraph has no shipped {kind} (secgraph/_shipped/{kind}); "
        "reinstall it from a wheel or a source checkout"
    )


def reference_layers(reference_dir: str | Path) -> tuple[Path, ...]:
    """The reference folders a data folder's ``reference/`` stands for, the last one winning.

    A folder with its own ``countries.csv`` is complete and stands alone (the repository's
    ``data/reference``, or a test's). Otherwise it extends the shipped reference tables: its
    entries (officials, organisations, dialogues, places) are added to the shipped ones and
    replace those with the same id. A missing folder means the shipped tables alone.
    """
    own = Path(reference_dir)
    if (own / "countries.csv").is_file():
        return (own,)
    shipped = shipped_dir("reference")
    if not own.is_dir() or own.resolve() == shipped.resolve():
        return (shipped,)
    return (shipped, own)
