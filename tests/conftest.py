"""Shared fixtures: the ontology, the seed data directory and temporary data directories.

Tests build from fixtures under ``tests/data/`` (``DATA`` is ``tests/data/seed``, a copy of
the seed article and the reference tables), never from the repository's ``data/``: a user's
own fact files there must not change what a test sees.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic
from sparql_servers import ISQL, OXIGRAPH, VIRTUOSO, Server, start_oxigraph, start_virtuoso

import secgraph as sg

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data" / "seed"
ONTOLOGY = ROOT / "ontology"
SEED_ID = "pk-us-border-security-islamabad"


def generated_corpus(articles: int, out: Path, *, seed: int = 7) -> Path:
    """A corpus from ``benchmarks/generate.py`` (seeded, deterministic) in ``out``."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get("generate") or importlib.util.module_from_spec(spec)
    if "generate" not in sys.modules:
        sys.modules["generate"] = module  # its dataclasses look themselves up there
        spec.loader.exec_module(module)
    return Path(module.generate(articles, out, seed=seed))


@pytest.fixture(scope="module")
def lexicon() -> sg.Lexicon:
    """The extraction lexicon of the seed's reference data and the ontology (one a module)."""
    return sg.read_lexicon(DATA / "reference", ONTOLOGY)


def draft_sides(draft: sg.Draft, meeting: int = 0) -> dict[str, list[str]]:
    """Per side of a draft's meeting, its leader's name first, then its members' names."""
    names = {o.id: o.name for o in draft.officials}
    out = {}
    for d in draft.meetings[meeting].delegations:
        people = ([d.leader] if d.leader else []) + list(d.members)
        out[d.country] = [names.get(p, p) for p in people]
    return out


def seed_project(root: Path) -> Path:
    """A project of one's own at ``root`` (``secgraph init``) with the seed article, built."""
    from click.testing import CliRunner

    from secgraph.cli import cli

    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(root)]).exit_code == 0
    for p in (DATA / "articles").glob(f"{SEED_ID}.*"):
        shutil.copy(p, root / "data" / "articles" / p.name)
    result = runner.invoke(cli, ["--project", str(root), "build"])
    assert result.exit_code == 0, result.output
    return root


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


def add_event_graphs(dataset: Dataset, data_dir: Path) -> None:
    """Add the event files of ``data_dir/events`` to ``dataset``, one graph each, as a build
    would (for tests that build datasets in memory)."""
    from secgraph.events import event_sources, mint_nquads, read_codes, read_events

    codes = read_codes(str(data_dir / "reference"), str(ROOT / "ontology"))
    for source in event_sources(data_dir):
        kind = source.settings.kind
        events = read_events(source.path, kind, codes, name=source.name)
        body = b"".join(mint_nquads(events, source.name, kind))
        dataset.parse(data=body.decode("utf-8"), format="nquads")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A private Virtuoso (Debian's ``virtuoso-opensource``) on 127.0.0.1, stopped after.

    Skipped when the binary is absent, except on CI (``CI=true``), where that fails.
    """
    if VIRTUOSO is None or ISQL is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "virtuoso-t or isql-vt is missing on CI: apt-get install virtuoso-opensource"
            )
        pytest.skip("no 'virtuoso-t' (apt-get install virtuoso-opensource) to run Virtuoso")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve --union-default-graph`` on 127.0.0.1:<free port>, one per test
    module; yields its URL. On CI a missing binary fails instead of skipping."""
    if OXIGRAPH is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph binary is missing on CI: pip install oxigraph")
        pytest.skip("no 'oxigraph' binary (pip install oxigraph) to run a SPARQL server")
    running = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield running.url
    finally:
        running.stop()
