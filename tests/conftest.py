"""Shared fixtures: the ontology, the seed data directory and temporary data directories.

Tests build from fixtures under ``tests/data/`` (``DATA`` is ``tests/data/seed``, a copy of
the seed article and the reference tables), never from the repository's ``data/``: a user's
own fact files there must not change what a test sees.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic

import secgraph as sg

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data" / "seed"
ONTOLOGY = ROOT / "ontology"
SEED_ID = "pk-us-border-security-islamabad"


def built_dataset(out: Path, store: str = "oxigraph") -> Dataset:
    """Everything the store built into ``out`` holds, as an rdflib Dataset."""
    opened = sg.open_store(store, build_dir=out)
    try:
        return opened.to_dataset()
    finally:
        opened.close()


def assert_same_graphs(a: Dataset, b: Dataset) -> None:
    """The same non-empty named graphs, each isomorphic to its counterpart."""
    names = {g.identifier for g in a.graphs() if len(g)}
    assert names == {g.identifier for g in b.graphs() if len(g)}
    for name in names:
        assert isomorphic(a.graph(name), b.graph(name)), name


def oxigraph_copy(path: Path, dataset: Dataset) -> sg.OxigraphStore:
    """A new Oxigraph store at ``path`` holding ``dataset``'s non-empty named graphs."""
    store = sg.OxigraphStore(path, create=True)
    graphs = {
        g.identifier: g for g in dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)
    }
    store.replace_graphs(graphs, clear=True)
    return store


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current results instead of comparing.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def ontology() -> sg.Ontology:
    return sg.read_ontology(ONTOLOGY)


@pytest.fixture(scope="session")
def seed_corpus() -> sg.Corpus:
    return sg.read_facts(DATA)


@pytest.fixture(scope="session")
def seed_dataset(seed_corpus: sg.Corpus, ontology: sg.Ontology) -> Dataset:
    return sg.build_dataset(seed_corpus, ontology=ontology)


@pytest.fixture
def make_data_dir(tmp_path: Path) -> Callable[..., Path]:
    """A data directory with the seed reference data and the given article files.

    Call it with ``name=text`` pairs (article YAML) or ``Path`` objects to copy.
    """

    def make(*files: Path, with_seed: bool = False, **articles: str) -> Path:
        root = tmp_path / "data"
        shutil.copytree(DATA / "reference", root / "reference")
        (root / "articles").mkdir()
        if with_seed:
            for p in (DATA / "articles").glob(f"{SEED_ID}.*"):
                shutil.copy(p, root / "articles" / p.name)
        for f in files:
            shutil.copy(f, root / "articles" / f.name)
        for name, text in articles.items():
            (root / "articles" / f"{name}.yaml").write_text(text, encoding="utf-8")
        return root

    return make
