"""The plan stage: what a build changes, from the sources on disk, the manifest and the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..sources import FileState, kind_of
from ..store import Store, StoreSpec, server_generation
from ..vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH, relation_graph_iri
from . import _manifest as mf
from ._context import BuildContext
from ._manifest import Head

__all__ = ["BuildPlan", "plan_build", "plan_stage", "store_generation"]

#: Any non-empty generation for stores that have none (remote, memory): their graph names
#: are compared with the manifest instead.
NO_GENERATION = "-"


@dataclass(frozen=True)
class BuildPlan:
    """What a build changes; ``full`` (with its ``reason``) rebuilds every graph."""

    full: bool
    reason: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def up_to_date(self) -> bool:
        return not (self.full or self.added or self.changed or self.removed)


def store_generation(spec: str | StoreSpec, build: Path) -> str | None:
    """The generation a local store links to (a full build makes a new one); a server's
    generation marker (see :mod:`secgraph.store._commit`); :data:`NO_GENERATION` for the
    memory store and a server without a marker; None when there is no local store."""
    parsed = StoreSpec.parse(spec)
    if parsed.kind == "remote":
        return server_generation(parsed) or NO_GENERATION
    return parsed.generation(build)


def plan_build(
    head: Head | None,
    known: Mapping[str, FileState],
    paths: Mapping[str, str],
    *,
    store: str,
    ontology: str,
    reference: str,
    full: bool,
    generation: str | None,
    existing: Store | None,
    relations: Iterable[str] = (),
    extra_graphs: Iterable[str] = (),
) -> BuildPlan:
    """Compare the fact files with the manifest (``known``) and the manifest with the store.

    A local Oxigraph store is the manifest's when it is the generation the manifest names (a
    build that stopped while changing the store leaves none); other stores when they hold
    exactly the manifest's graphs.
    """
    added = tuple(i for i in paths if i not in known)
    removed = tuple(sorted(i for i in known if i not in paths))
    changed: list[str] = []
    unchanged: list[str] = []
    for key, path in paths.items():
        state = known.get(key)
        if state is not None:
            (unchanged if kind_of(key).unchanged(state, path) else changed).append(key)
    reason = ""
    if full:
        reason = "--full"
    elif head is None:
        reason = "no manifest"
    elif head.store != store:
        reason = "another store"
    elif head.ontology != ontology:
        reason = "ontology changed"
    elif head.reference != reference:
        reason = "reference data changed"
    elif generation is None or (generation == NO_GENERATION and existing is None):
        reason = "no store"
    elif head.generation != generation:
        reason = "store and manifest disagree"
    elif generation == NO_GENERATION:
        assert existing is not None
        expected = {str(kind_of(k).graph_iri(k)) for k in known}
        expected |= {str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)}
        expected |= {str(relation_graph_iri(k)) for k in relations}
        expected |= set(extra_graphs)  # event files' graphs (secgraph.events)
        if {str(g) for g in existing.graph_names()} != expected:
            reason = "store and manifest disagree"
    return BuildPlan(
        full=bool(reason),
        reason=reason,
        added=added,
        changed=tuple(changed),
        removed=removed,
        unchanged=tuple(unchanged),
    )


def plan_stage(ctx: BuildContext, *, full: bool, extra_graphs: Iterable[str] = ()) -> BuildPlan:
    """The plan stage: what this build changes, from the sources, the manifest and the store."""
    conn = ctx.conn
    return plan_build(
        ctx.head,
        mf.read_file_states(conn) if conn is not None else {},
        ctx.paths,
        store=ctx.spec.identity,
        ontology=ctx.inputs.ontology_sha256,
        reference=ctx.inputs.reference.sha256,
        full=full,
        generation=store_generation(ctx.spec, ctx.build),
        existing=ctx.target,
        relations=mf.read_relation_keys(conn) if conn is not None and ctx.local is None else (),
        extra_graphs=extra_graphs,
    )
