"""A build's inputs besides its sources: the ontology and the reference data, with the caches
of what is derived from them. This module owns every such cache, and they share one rule.

An incremental build at 100,000 articles should take a few seconds, and parsing the ontology's
Turtle (0.4 s), compiling the shapes, parsing the reference data (about a second at 3,000
officials) and serialising the reference graph (about a second) were a large part of that.
So the build folder keeps:

* ``reference.pickle``: the parsed reference data;
* ``ontology.pickle``: the concept resolver and the compiled shapes;
* ``base.nq``: the N-Quads of the ontology and reference graphs.

**The rule**: each cache file starts with one line naming the hashes of the input files it
was made from, and is used only while that line equals the hashes of the files now (anything
else, a missing, damaged or foreign file included, means "derive again"). Caches are written
atomically, and only after a successful build. (The export cache is another thing: a copy of
the store's contents, kept in the manifest and vouched for by the store's generation.)
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

from ..facts import Reference, read_reference
from ..mint import ConceptResolver, build_reference
from ..ontology import ONTOLOGY_FILES, SHAPES_FILE, Ontology, read_ontology
from ..store import atomic_write
from ..validation import CompiledShapes, base_nquads, compile_shapes

__all__ = [
    "BASE_CACHE",
    "ONTOLOGY_CACHE",
    "REFERENCE_CACHE",
    "Inputs",
    "ontology_sha256",
]

BASE_CACHE = "base.nq"
ONTOLOGY_CACHE = "ontology.pickle"
REFERENCE_CACHE = "reference.pickle"


def ontology_sha256(directory: str | Path) -> str:
    """One hash over the ontology, SKOS scheme and shapes files (names and contents)."""
    digest = hashlib.sha256()
    for name in (*ONTOLOGY_FILES, SHAPES_FILE):
        path = Path(directory) / name
        digest.update(name.encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _tag(*hashes: str) -> bytes:
    return f"# secgraph cache {' '.join(hashes)}\n".encode()


def read_cache(folder: Path | None, name: str, *hashes: str) -> bytes | None:
    """The body of the cache ``name`` in ``folder`` when it was made from ``hashes``."""
    if folder is None:
        return None
    tag = _tag(*hashes)
    try:
        with open(folder / name, "rb") as handle:
            if handle.readline() == tag:
                return handle.read()
    except OSError:
        pass
    return None


def write_cache(folder: Path, name: str, body: bytes, *hashes: str) -> None:
    """Keep ``body`` as the cache ``name``, made from ``hashes`` (atomically)."""
    tag = _tag(*hashes)
    atomic_write(folder / name, lambda h: (h.write(tag), h.write(body)))


def _unpickle(body: bytes | None, kind: type | tuple[type, ...]) -> Any:
    if body is None:
        return None
    try:
        value = pickle.loads(body)
    except Exception:  # damaged, or from another version: derive again
        return None
    return value if isinstance(value, kind) else None


class Inputs:
    """The ontology and reference data of one build, read (or taken from the caches) once."""

    def __init__(
        self, ontology_dir: str | Path, reference_dir: str | Path, build: Path | None
    ) -> None:
        self.ontology_dir = Path(ontology_dir)
        self.build = build
        self.ontology_sha256 = ontology_sha256(ontology_dir)
        self._written: set[str] = set()

        def cached(sha256: str) -> Reference | None:
            found = _unpickle(read_cache(build, REFERENCE_CACHE, sha256), Reference)
            if found is not None:
                self._written.add(REFERENCE_CACHE)
            return found

        self.reference: Reference = read_reference(reference_dir, cached=cached)
        self._ontology: Ontology | None = None
        self._base: bytes | None = None
        self._derived: tuple[ConceptResolver, CompiledShapes] | None = None
        derived = _unpickle(read_cache(build, ONTOLOGY_CACHE, self.ontology_sha256), tuple)
        if (
            derived is not None
            and len(derived) == 2
            and isinstance(derived[0], ConceptResolver)
            and isinstance(derived[1], CompiledShapes)
        ):
            self._derived = derived
            self._written.add(ONTOLOGY_CACHE)
        else:  # reads the ontology: its errors come first
            graph = self.ontology.graph
            self._derived = ConceptResolver.from_graph(graph), compile_shapes(self.ontology.shapes)

    @property
    def ontology(self) -> Ontology:
        if self._ontology is None:
            self._ontology = read_ontology(self.ontology_dir)
        return self._ontology

    @property
    def resolver(self) -> ConceptResolver:
        assert self._derived is not None
        return self._derived[0]

    @property
    def shapes(self) -> CompiledShapes:
        assert self._derived is not None
        return self._derived[1]

    @property
    def base(self) -> bytes:
        """The ontology and reference graphs as N-Quads."""
        if self._base is None:
            hashes = (self.ontology_sha256, self.reference.sha256)
            self._base = read_cache(self.build, BASE_CACHE, *hashes)
            if self._base is not None:
                self._written.add(BASE_CACHE)
            else:
                self._base = base_nquads(self.ontology.graph, build_reference(self.reference))
        return self._base

    def save(self) -> None:
        """Write the caches that do not hold these inputs yet (after a successful build)."""
        if self.build is None:
            return
        made: dict[str, tuple[bytes, tuple[str, ...]]] = {}
        if REFERENCE_CACHE not in self._written:
            made[REFERENCE_CACHE] = pickle.dumps(self.reference, 5), (self.reference.sha256,)
        if ONTOLOGY_CACHE not in self._written:
            made[ONTOLOGY_CACHE] = pickle.dumps(self._derived, 5), (self.ontology_sha256,)
        if BASE_CACHE not in self._written:
            made[BASE_CACHE] = self.base, (self.ontology_sha256, self.reference.sha256)
        for name, (body, hashes) in made.items():
            write_cache(self.build, name, body, *hashes)
            self._written.add(name)
