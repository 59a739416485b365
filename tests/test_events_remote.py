"""Event files into a SPARQL server (a real Oxigraph server, as in test_remote)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from conftest import DATA, ONTOLOGY
from test_remote import server  # noqa: F401 (the fixture)

from secgraph.cli import cli
from secgraph.store import RemoteStore

EVENTS = Path(__file__).resolve().parent / "data" / "events"
COUNT = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a sg:CodedEvent }"


def test_import_streams_events_into_a_server(server: str, tmp_path: Path) -> None:  # noqa: F811
    data = tmp_path / "data"
    shutil.copytree(DATA / "reference", data / "reference")
    shutil.copytree(DATA / "articles", data / "articles")
    out = tmp_path / "build"
    runner = CliRunner()
    base = ["--data", str(data), "--build", str(out), "--ontology", str(ONTOLOGY)]
    result = runner.invoke(cli, ["import", "icews", str(EVENTS / "icews-2018-sample.tab"),
                                 *base, "--store", server])  # fmt: skip
    assert result.exit_code == 0, result.output
    store = RemoteStore(f"{server}/query", f"{server}/update", f"{server}/store")
    assert int(store.query(COUNT).rows[0][0]) == 200  # type: ignore[arg-type]
    result = runner.invoke(cli, ["import", "gdelt", str(EVENTS / "gdelt2-20150218-sample.export.tsv"),
                                 *base, "--store", server, "--countries", "USA"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert int(store.query(COUNT).rows[0][0]) == 200 + 8  # type: ignore[arg-type]
    names = {str(g) for g in store.graph_names()}
    assert "https://w3id.org/secgraph/graph/events/icews-2018-sample.tab" in names
    assert not any("tmp" in n for n in names)
    result = runner.invoke(cli, ["build", str(data), "--out", str(out), "--ontology",
                                 str(ONTOLOGY), "--store", server])  # fmt: skip
    assert result.exit_code == 0 and "(0 loaded, 0 removed, 2 unchanged)" in result.stdout
