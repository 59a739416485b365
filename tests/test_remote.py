"""A remote SPARQL 1.1 endpoint: a real Oxigraph server on a loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ONTOLOGY, SEED_ID

import secgraph as sg
from secgraph.cli import cli
from secgraph.store import RemoteStore

OXIGRAPH = shutil.which("oxigraph")
QUERY = "SELECT ?a WHERE { ?a a sg:Article } ORDER BY ?a"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve --union-default-graph`` on 127.0.0.1:<free port>; yields its URL."""
    if OXIGRAPH is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph binary is missing on CI: pip install oxigraph")
        pytest.skip("no 'oxigraph' binary (pip install oxigraph) to run a SPARQL server")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [
            OXIGRAPH,
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except (urllib.error.URLError, ConnectionError) as err:
                if proc.poll() is not None or time.monotonic() > deadline:
                    why = proc.stderr.read() if proc.stderr else b""
                    raise RuntimeError(f"oxigraph serve did not start: {why!r}") from err
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr is not None:  # else a ResourceWarning, an error under filterwarnings
            proc.stderr.close()


def test_build_query_and_export_against_a_server(server: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "build"
    args = ["build", str(DATA), "--out", str(out), "--ontology", str(ONTOLOGY), "--store", server]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.stdout and "validation: conforms" in result.stdout

    remote = sg.open_store(server, build_dir=out)
    rows = remote.query(QUERY).rows
    assert [str(r[0]) for r in rows] == [f"https://w3id.org/secgraph/id/article/{SEED_ID}"]
    assert remote.query("ASK { ?m sg:host ?c }", bindings={"c": sg.country_iri("PAK")}).boolean
    # ontology, reference, the article and the PAK-USA relation it derives
    assert len(remote.graph_names()) == 4
    turtle = remote.serialize("turtle", union=True)
    assert b"@prefix sg:" in turtle

    again = runner.invoke(cli, args)
    assert "(up to date: store not touched)" in again.stdout


def test_refused_connection_exits_2_with_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(
        cli,
        [
            "build",
            str(DATA),
            "--out",
            str(tmp_path / "b"),
            "--ontology",
            str(ONTOLOGY),
            "--store",
            url,
        ],
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"secgraph: {url}/query: connection refused; is the SPARQL server running? check --store\n"
    )


def test_timeout_is_a_store_error(tmp_path: Path) -> None:
    with socket.socket() as listener:  # accepts, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        store = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=0.5)
        with pytest.raises(sg.StoreError, match=r"no answer within 0.5 s"):
            store.query("ASK {}")
