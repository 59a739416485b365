"""Apache Jena as an independent engine for the tests: parse, SPARQL and SHACL from its jars.

Debian's ``libapache-jena-java`` (4.5) puts Jena and its dependencies in ``/usr/share/java``
but no command scripts; :func:`jena` runs a Jena command class (``riotcmd.riot``,
``tdb2.tdbloader``, ``tdb2.tdbquery``, ``shacl.shacl``) with ``java -cp``. That package
relocates Jena's copy of Xerces to the package ``xerces`` but leaves its message files under
``org/apache/jena/ext/xerces``, and Xerces then fails to start ("internal error");
:func:`classpath` puts a copy of those files where the classes look for them first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

__all__ = ["JARS", "JAVA", "available", "classpath", "jena", "require"]

JAVA = shutil.which("java")
JARS = Path(os.environ.get("SECGRAPH_JENA_JARS", "/usr/share/java"))

#: Jena's runtime dependencies, by the names Debian gives their jars (a glob where the name
#: carries a version). ``slf4j-nop`` keeps Jena's logging quiet.
_DEPENDENCIES = (
    "jena-*.jar",
    "commons-cli.jar",
    "commons-codec.jar",
    "commons-compress.jar",
    "commons-csv.jar",
    "commons-io.jar",
    "commons-lang3.jar",
    "dexx.collection-*.jar",
    "gson.jar",
    "guava.jar",
    "httpclient.jar",
    "httpclient-cache.jar",
    "httpcore.jar",
    "jackson-annotations.jar",
    "jackson-core.jar",
    "jackson-databind.jar",
    "jakarta.json-api.jar",
    "jakarta.json.jar",
    "jsonld-java.jar",
    "protobuf-[0-9]*.jar",
    "thrift-[0-9]*.jar",
    "titanium-json-ld.jar",
    "slf4j-api.jar",
    "slf4j-nop.jar",
)


def available() -> bool:
    return JAVA is not None and (JARS / "jena-cmds.jar").is_file()


def require() -> None:
    """Skip without Java and Jena's jars, except on CI (``CI=true``), where that fails."""
    if available():
        return
    message = "no Apache Jena (apt-get install default-jre-headless libapache-jena-java)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} on CI")
    pytest.skip(message)


def classpath(work: Path) -> str:
    """The jars Jena needs, after a folder holding Xerces's message files (made in ``work``)."""
    shim = work / "jena-xerces-messages"
    if not shim.exists():
        prefix = "org/apache/jena/ext/xerces/"
        with zipfile.ZipFile(JARS / "jena-core.jar") as jar:
            for name in jar.namelist():
                if name.startswith(prefix) and name.endswith(".properties"):
                    target = shim / "xerces" / name[len(prefix) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(jar.read(name))
    jars = sorted({str(p) for pattern in _DEPENDENCIES for p in JARS.glob(pattern)})
    return os.pathsep.join([str(shim), *jars])


def jena(work: Path, command: str, *args: str | Path, check: bool = True) -> str:
    """Run the Jena command class ``command`` with ``args``; its standard output.

    ``check`` fails the test on a non-zero exit, with Jena's standard error in the message.
    """
    assert JAVA is not None
    done = subprocess.run(
        [JAVA, "-Xmx1g", "-cp", classpath(work), command, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and done.returncode != 0:
        pytest.fail(f"{command} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return done.stdout + (done.stderr if not check else "")
