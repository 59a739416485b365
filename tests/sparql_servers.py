"""Private SPARQL servers for tests and benchmarks: Oxigraph and OpenLink Virtuoso.

Each runs on 127.0.0.1 at free ports, with its data (and for Virtuoso its own ini file) in
a folder the caller gives, and is stopped by :meth:`Server.stop`. Virtuoso is Debian's
``virtuoso-opensource`` (``/usr/bin/virtuoso-t`` and ``isql-vt``).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ISQL",
    "OXIGRAPH",
    "VIRTUOSO",
    "Server",
    "free_port",
    "isql",
    "start_oxigraph",
    "start_virtuoso",
    "virtuoso_bulk_load",
]

OXIGRAPH = shutil.which("oxigraph")
VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {root}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
MaxQueryMem = {query_mem}
TransactionAfterImageLimit = {after_image}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {root}
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = {max_seconds}
MaxQueryCostEstimationTime = 0
"""


@dataclass
class Server:
    """A running server: ``store`` is its ``--store`` spec; :meth:`stop` ends it."""

    name: str
    url: str
    store: str
    process: subprocess.Popen[bytes]
    sql_port: int | None = None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(proc: subprocess.Popen[bytes], probe: str, what: str, log: Path | None) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(probe, timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError) as err:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
                raise RuntimeError(f"{what} did not start: {tail}") from err
            time.sleep(0.2)


def start_oxigraph(location: Path, *, port: int | None = None) -> Server:
    """``oxigraph serve --union-default-graph`` over ``location`` (on ``port``, or a free one)."""
    assert OXIGRAPH is not None
    port = port or free_port()
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
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    _wait(proc, f"{url}/query?query=ASK%7B%7D", "oxigraph serve", None)
    return Server(name="oxigraph", url=url, store=url, process=proc)


def start_virtuoso(
    root: Path,
    *,
    max_rows: int = 1_000_000,
    max_seconds: int = 600,
    buffers: int = 20_000,
    after_image: int = 2_000_000_000,
    query_mem: str = "1G",
) -> Server:
    """A private Virtuoso in ``root`` (its ini file, database, and files to bulk-load):
    ``ResultSetMaxRows``, ``MaxQueryExecutionTime`` (0: none), ``NumberOfBuffers`` (8 kB
    each; ``MaxDirtyBuffers`` three quarters of it), ``TransactionAfterImageLimit`` (bytes;
    at most 2,147,483,647: Virtuoso reads it as a 32-bit number) and ``MaxQueryMem``.

    ``GRANT SPARQL_UPDATE TO "SPARQL"`` makes ``/sparql`` and ``/sparql-graph-crud``
    writable without credentials, by anyone who can reach the port: here 127.0.0.1 only.
    """
    assert VIRTUOSO is not None and ISQL is not None
    root = root.resolve()
    db = root / "db"
    db.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = root / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(
            db=db,
            root=root,
            sql_port=sql_port,
            http_port=http_port,
            max_rows=max_rows,
            max_seconds=max_seconds,
            buffers=buffers,
            dirty=buffers * 3 // 4,
            after_image=after_image,
            query_mem=query_mem,
        ),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [VIRTUOSO, "+foreground", "+configfile", str(ini)],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}"
    server = Server(
        name="virtuoso",
        url=url,
        store=f"query={url}/sparql,update={url}/sparql,gsp={url}/sparql-graph-crud",
        process=proc,
        sql_port=sql_port,
    )
    try:
        _wait(proc, f"{url}/sparql?query=ASK%7B%7D", "virtuoso-t", db / "virtuoso.log")
        isql(server, 'GRANT SPARQL_UPDATE TO "SPARQL";')
    except (RuntimeError, subprocess.CalledProcessError):
        server.stop()
        raise
    return server


def isql(server: Server, sql: str) -> str:
    """Run SQL on the server's SQL port as ``dba`` (the private instance's default)."""
    assert ISQL is not None and server.sql_port is not None
    done = subprocess.run(
        [ISQL, f"127.0.0.1:{server.sql_port}", "dba", "dba", f"exec={sql}"],
        capture_output=True,
        check=True,
        timeout=3600,
    )
    out = done.stdout.decode("utf-8", "replace")
    if "*** Error" in out:
        raise subprocess.CalledProcessError(1, "isql", output=out)
    return out


def virtuoso_bulk_load(server: Server, nquads: Path) -> None:
    """Load an N-Quads file with Virtuoso's bulk loader (every named graph kept)."""
    folder, name = nquads.resolve().parent, nquads.name
    isql(server, f"ld_dir('{folder}', '{name}', 'urn:x-secgraph:unused');")
    isql(server, "rdf_loader_run();")
    isql(server, "checkpoint;")
    state = isql(server, "SELECT ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
    if "0 Rows" not in state:
        raise RuntimeError(f"virtuoso bulk load of {nquads} failed: {state}")
