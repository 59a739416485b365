"""A build's inputs besides the fact files: the ontology and the reference data, with caches
of what is derived from them in the build folder.

An incremental build at 100,000 articles should take a few seconds, and parsing the ontology's
Turtle (0.4 s), compiling the shapes and serialising the reference graph (about a second at
3,000 officials) were a large part of that. While the files' hashes are unchanged, the
concept resolver and the compiled shapes come from ``ontology.pickle`` and the N-Quads of the
ontology and reference graphs from ``base.nq``; each cache starts with the hashes it was made
from and is written only after a successful build.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from ..batch_validate import base_nquads
from ..facts import Reference, read_reference, write_reference_cache
from ..mint import ConceptResolver, build_reference
from ..ontology import ONTOLOGY_FILES, SHAPES_FILE, Ontology, read_ontology
from ..shacl_sparql import CompiledShapes, compile_shapes
from ..store import atomic_write

__all__ = ["BASE_CACHE", "ONTOLOGY_CACHE", "Inputs", "ontology_sha256"]

BASE_CACHE = "base.nq"
ONTOLOGY_CACHE = "ontology.pickle"


def ontology_sha256(directory: str | Path) -> str:
    """One hash over the ontology, SKOS scheme and shapes files (names and contents)."""
    digest = hashlib.sha256()
    for name in (*ONTOLOGY_FILES, SHAPES_FILE):
        path = Path(directory) / name
        digest.update(name.encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Inputs:
    """The ontology and reference data of one build, read (or taken from the caches) once."""

    def __init__(
        self, ontology_dir: str | Path, reference_dir: str | Path, build: Path | None
    ) -> None:
        self.ontology_dir = Path(ontology_dir)
        self.build = build
        self.ontology_sha256 = ontology_sha256(ontology_dir)
        self.reference: Reference = read_reference(reference_dir, cache_dir=build)
        self._ontology: Ontology | None = None
        self._base: bytes | None = None
        self._tag = f"# secgraph base {self.ontology_sha256} {self.reference.sha256}\n".encode()
        self._derived = self._cached_derived()
        self._derived_cached = self._derived is not None
        self._base_cached = False
        if self._derived is None:
            self._derived = self._derive()  # reads the ontology: its errors come first

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
        """The ontology and reference graphs as N-Quads (a ``#`` line of hashes first)."""
        if self._base is None:
            self._base = self._cached_base()
            self._base_cached = self._base is not None
        if self._base is None:
            body = base_nquads(self.ontology.graph, build_reference(self.reference))
            self._base = self._tag + body
        return self._base

    def save(self) -> None:
        """Write the caches that do not hold these inputs yet (after a successful build)."""
        if self.build is None:
            return
        write_reference_cache(self.reference, self.build)
        base = self.base
        if not self._base_cached:
            atomic_write(self.build / BASE_CACHE, lambda h: h.write(base))
            self._base_cached = True
        if not self._derived_cached:
            data = self.ontology_sha256.encode() + pickle.dumps(self._derived)
            atomic_write(self.build / ONTOLOGY_CACHE, lambda h: h.write(data))
            self._derived_cached = True

    def _derive(self) -> tuple[ConceptResolver, CompiledShapes]:
        graph = self.ontology.graph
        return ConceptResolver.from_graph(graph), compile_shapes(self.ontology.shapes)

    def _cached_base(self) -> bytes | None:
        if self.build is None:
            return None
        try:
            with open(self.build / BASE_CACHE, "rb") as handle:
                if handle.readline() == self._tag:
                    return self._tag + handle.read()
        except OSError:
            pass
        return None

    def _cached_derived(self) -> tuple[ConceptResolver, CompiledShapes] | None:
        if self.build is None:
            return None
        try:
            data = (self.build / ONTOLOGY_CACHE).read_bytes()
            if data[:64] != self.ontology_sha256.encode():
                return None
            resolver, shapes = pickle.loads(data[64:])
        except Exception:  # missing, or from another version: derive again
            return None
        if isinstance(resolver, ConceptResolver) and isinstance(shapes, CompiledShapes):
            return resolver, shapes
        return None
