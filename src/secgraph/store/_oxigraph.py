"""Oxigraph, embedded and on disk: :class:`OxigraphStore` and fast N-Quads loading."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.term import Identifier

from ..errors import QueryError, StoreError
from ._bind import with_constants
from ._memory import _new_dataset, _rdflib_serialize
from ._oxterms import from_oxigraph_result, quads, stale_tmp_drops, to_nquads
from ._protocol import _ALIASES, _WRITE_PREFIXES, FORMATS, TMP_GRAPH_PREFIX, QueryResult, Triple
from ._segments import bulk_load_segments
from ._terms import QUERY_PREFIXES, _one_line, to_oxigraph, to_rdflib

__all__ = ["OxigraphStore", "to_nquads"]


class OxigraphStore:
    """Embedded Oxigraph (RocksDB) at ``path``.

    ``path`` is a symbolic link to a generation directory beside it (``store.gen-<hex>``): a
    full rebuild loads a new generation and swaps the link with one atomic rename. A small
    change is staged in temporary graphs (one transaction) and moved into place by one SPARQL
    Update (another), so readers see the old graphs or the new ones, never half.
    """

    joins_subselects = True  # see Store.joins_subselects

    def __init__(
        self,
        path: str | Path,
        *,
        create: bool = False,
        read_only: bool = False,
        lazy: bool = False,
    ) -> None:
        """Open the store at ``path``; ``create`` makes an empty one when there is none.

        ``lazy`` opens nothing: the store is for :meth:`load_nquads`, which replaces it
        whole, so a load that fails has written nothing at all (RocksDB rewrites files even
        when a store is only opened for writing).
        """
        self.path = Path(path)
        self.read_only = read_only
        self._store: ox.Store | None = None
        if self.path.exists() and not self.path.is_dir():  # `--store oxigraph:notes.txt`
            raise StoreError(
                f"{self.path}: a file, not a store; give a folder (or a new name) to oxigraph:"
            )
        if lazy:
            return
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no built store; run 'secgraph build' first")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._swap(self._new_generation())
        self._store = _open_oxigraph(self.path, read_only=read_only)

    @classmethod
    def in_memory(cls) -> OxigraphStore:
        """An empty store in memory (for scratch work such as validating a few graphs)."""
        store = cls(Path(":memory:"), lazy=True)
        store._store = ox.Store()
        return store

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._store

    def query(
        self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult:
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self.store.query(
                sparql,
                use_default_graph_as_union=True,
                prefixes=QUERY_PREFIXES,
                substitutions=subs or None,
            )
        except SyntaxError as err:
            raise QueryError(None, f"bad SPARQL: {_one_line(str(err))}") from err
        except RuntimeError as err:
            if not subs or "projection" not in str(err):
                raise StoreError(f"{self.path}: query failed: {_one_line(str(err))}") from err
            # Substitution needs the variable in the SELECT clause (SEP-0007); else the
            # terms are written in as constants, sub-selects too (VALUES around a sub-select
            # binds nothing inside it: the dyad queries aggregated every pair, 7 s not 0.1 s).
            result = self.store.query(
                with_constants(sparql, bindings or {}),
                use_default_graph_as_union=True,
                prefixes=QUERY_PREFIXES,
            )
        return from_oxigraph_result(result)

    def graph_names(self) -> list[URIRef]:
        names = sorted(  # sort the strings: sorting 100,000 URIRefs takes seconds
            g.value
            for g in self.store.named_graphs()
            if isinstance(g, ox.NamedNode) and not g.value.startswith(TMP_GRAPH_PREFIX)
        )
        return [URIRef(n) for n in names]

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Iterable[Triple]],
        *,
        remove: Sequence[URIRef] = (),
        clear: bool = False,
    ) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot change it")
        if clear:
            self._replace_all(graphs)
            return
        token = uuid.uuid4().hex
        tmp = {name: URIRef(f"{TMP_GRAPH_PREFIX}{token}/{n}") for n, name in enumerate(graphs)}
        store = self.store
        # A process killed between staging and moving leaves temporary graphs: the marker
        # beside the store says so, and only then are all graph names listed to drop them
        # (listing 100,000 graphs takes a second).
        marker = None
        if self.path != Path(":memory:"):
            marker = self.path.with_name(self.path.name + ".staging")
        sweep = marker is None or marker.exists()
        if marker is not None:
            marker.touch()
        try:
            store.extend(quads((tmp[name], triples) for name, triples in graphs.items()))
            ops = [f"DROP SILENT GRAPH <{name}>" for name in remove if name not in graphs]
            ops += [f"MOVE SILENT GRAPH <{tmp[name]}> TO GRAPH <{name}>" for name in graphs]
            if sweep:
                ops += stale_tmp_drops(self.store.named_graphs(), keep=tmp.values())
            if ops:
                store.update(" ;\n".join(ops))
        except OSError as err:
            raise StoreError(
                f"{self.path}: cannot write the store ({err}); nothing changed"
            ) from err
        finally:
            for name in tmp.values():  # leftovers only when the update failed
                if store.contains_named_graph(ox.NamedNode(str(name))):
                    store.remove_graph(ox.NamedNode(str(name)))
        if marker is not None:
            marker.unlink(missing_ok=True)

    def _replace_all(self, graphs: Mapping[URIRef, Iterable[Triple]]) -> None:
        # N-Quads text parsed by Oxigraph's bulk loader: about 3x faster than building
        # pyoxigraph Quad objects in Python (measured at 5,000 articles).
        self.load_nquads([to_nquads(graphs.items())])

    def load_text(self, data: bytes | str, fmt: ox.RdfFormat) -> None:
        """Add statements written in ``fmt`` (our own minted text: Oxigraph's lenient mode
        skips re-checking every IRI) to the open store."""
        self.store.load(data, format=fmt, lenient=True)

    def remove_graphs(self, names: Iterable[URIRef]) -> None:
        """Remove these named graphs from the open store."""
        for name in names:
            self.store.remove_graph(ox.NamedNode(str(name)))

    def subjects_in(self, graph: URIRef) -> set[str]:
        """The IRIs ``graph`` describes (its subjects that are IRIs)."""
        return {
            q.subject.value
            for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
            if isinstance(q.subject, ox.NamedNode)
        }

    def load_nquads(
        self, chunks: Iterable[bytes], *, before_swap: Callable[[], None] | None = None
    ) -> None:
        """Replace the whole store with these N-Quads chunks, atomically (see :meth:`load`)."""
        self.load(chunks, ox.RdfFormat.N_QUADS, before_swap=before_swap)

    def load_trig(
        self, chunks: Iterable[bytes], *, before_swap: Callable[[], None] | None = None
    ) -> None:
        """Replace the whole store with one TriG document in chunks, atomically (see
        :meth:`load`); the first chunk declares the prefixes."""
        self.load(chunks, ox.RdfFormat.TRIG, before_swap=before_swap)

    def load(
        self,
        chunks: Iterable[bytes],
        fmt: ox.RdfFormat,
        *,
        before_swap: Callable[[], None] | None = None,
    ) -> None:
        """Replace the whole store with these chunks of one document in ``fmt``, atomically:
        :meth:`stage` them, then :meth:`swap_in` (``before_swap`` runs just before the swap).
        An error while producing or loading a chunk (a bad fact file read by a worker, a
        full disk) removes the new generation and leaves the store as it was."""
        staged = self.stage(chunks, fmt)
        self.swap_in(staged, before_swap=before_swap)

    def stage(self, chunks: Iterable[bytes], fmt: ox.RdfFormat) -> OxigraphStore:
        """Bulk-load these chunks of one document in ``fmt`` into a new store generation
        beside this one, not yet visible to readers: query it (validate it), then
        :meth:`swap_in` or :meth:`discard` it.

        The chunks are loaded as they come (one stream). They are our own N-Quads or TriG
        (IRIs minted and checked by secgraph), so Oxigraph's lenient mode skips re-validating
        every IRI (about 15% faster).
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot change it")
        made_dir = not self.path.parent.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        generation = self._new_generation()
        try:
            fresh = _open_oxigraph(generation)
            # bulk loads of bounded size: one over the whole stream peaks at about 2 GB
            error = bulk_load_segments(fresh, chunks, fmt)
            if error is not None:
                raise error
            fresh.flush()
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            if made_dir:
                shutil.rmtree(self.path.parent, ignore_errors=True)
            raise
        staged = OxigraphStore(generation, lazy=True)
        staged._store = fresh
        return staged

    def discard(self, staged: OxigraphStore) -> None:
        """Remove a generation made by :meth:`stage` that will not be swapped in."""
        staged.close()
        if staged.path.parent == self.path.parent and staged.path != self.path:
            shutil.rmtree(staged.path, ignore_errors=True)

    def swap_in(
        self, staged: OxigraphStore, *, before_swap: Callable[[], None] | None = None
    ) -> None:
        """Make a generation from :meth:`stage` this store's, with one atomic rename of the
        link; the old generation is removed. ``before_swap`` runs just before."""
        staged.close()
        gc.collect()
        generation = staged.path
        try:
            if before_swap is not None:
                before_swap()
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        self.close()
        try:
            old = self._swap(generation)
        except OSError as err:
            shutil.rmtree(generation, ignore_errors=True)
            raise StoreError(
                f"{self.path}: cannot swap in the new store ({err}); nothing changed"
            ) from err
        finally:
            self._store = _open_oxigraph(self.path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def _new_generation(self) -> Path:
        return Path(
            tempfile.mkdtemp(prefix=f"{self.path.name}.gen-", dir=self.path.parent or Path("."))
        )

    def remove_stale(self) -> list[Path]:
        """Remove what killed builds left beside the store: generations the link does not
        point at (``store.gen-*``, a full build's load, 100 MB and more), stores moved aside
        (``store.old-*``) and half-made links. Only a build holding the build lock may call
        this: another build's generation in progress would look stale too. Returns what was
        removed."""
        link = self.path
        parent = link.parent
        if not parent.is_dir():
            return []
        current = os.readlink(link) if link.is_symlink() else None
        removed = []
        for entry in parent.iterdir():
            name = entry.name
            stale_generation = name.startswith((f"{link.name}.gen-", f"{link.name}.old-"))
            stale_link = name.startswith(f".{link.name}.") and name.endswith(".link")
            if (stale_generation and name != current) or stale_link:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed.append(entry)
        return removed

    def _swap(self, generation: Path) -> Path | None:
        """Point ``path`` at ``generation`` atomically; return the old generation to delete."""
        link = self.path
        old: Path | None = None
        if link.is_symlink():
            old = link.parent / os.readlink(link)
        elif link.exists():  # a plain directory (a store made by hand): move it aside once
            old = link.with_name(f"{link.name}.old-{uuid.uuid4().hex[:8]}")
            os.rename(link, old)
        tmp_link = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}.link")
        os.symlink(generation.name, tmp_link)
        os.replace(tmp_link, link)
        return old

    def to_dataset(self, graphs: Sequence[URIRef] | None = None) -> Dataset:
        out = _new_dataset()
        names: Iterable[Any]
        if graphs is None:
            names = [ox.NamedNode(str(g)) for g in self.graph_names()]
        else:
            names = [ox.NamedNode(str(g)) for g in graphs]
        for name in names:
            target = out.graph(URIRef(name.value))
            for q in self.store.quads_for_pattern(None, None, None, name):
                target.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return out

    def serialize(self, fmt: str, *, graph: URIRef | None = None, union: bool = False) -> bytes:
        name = _ALIASES.get(fmt, fmt)
        if name not in FORMATS:
            return _rdflib_serialize(self.to_dataset(), name, graph=graph, union=union)
        oxfmt, quads = FORMATS[name]
        store = self.store
        data: bytes | None
        if graph is not None:
            g = ox.NamedNode(str(graph))
            if quads:
                found = store.quads_for_pattern(None, None, None, g)
                data = ox.serialize(found, format=oxfmt, prefixes=_WRITE_PREFIXES)
            else:
                data = store.dump(format=oxfmt, from_graph=g, prefixes=_WRITE_PREFIXES)
        elif union or not quads:
            # Oxigraph's union default graph gives each triple once (tested): no DISTINCT,
            # which cost a third of the time at 100,000 articles (77 s against 49 s)
            triples = store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            assert isinstance(triples, ox.QueryTriples)
            data = ox.serialize(triples, format=oxfmt, prefixes=_WRITE_PREFIXES)
        else:
            data = store.dump(format=oxfmt, prefixes=_WRITE_PREFIXES)
        return data or b""

    def close(self) -> None:
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None
            if self.path != Path(":memory:"):
                gc.collect()  # RocksDB lets go of its lock when the last reference goes


def _open_oxigraph(path: Path, *, read_only: bool = False) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        full = "no space left" in str(err).lower()  # RocksDB writes files even to open
        hint = "free some space and run it again"
        if not full:
            hint = "is another secgraph process using it?"
        raise StoreError(
            f"{path}: cannot open the Oxigraph store ({_one_line(str(err))}); {hint}"
        ) from err
    except RuntimeError as err:  # RocksDB's "Corruption: ...": a damaged or foreign folder
        raise StoreError(
            f"{path}: the Oxigraph store is damaged ({_one_line(str(err))[:120]}); rebuild it "
            "with 'secgraph build --full'"
        ) from err
