"""The commit stage: the store first, then the manifest (see the atomicity protocol in the
:mod:`secgraph.pipeline` docstring)."""

from __future__ import annotations

import sqlite3

from ..sources import kind_of
from ..store import OxigraphStore, Store
from ..vocab import relation_graph_iri
from . import _manifest as mf
from ._context import BuildContext
from ._plan import BuildPlan, store_generation
from ._read import Minted
from ._validation import Validated, shared_counts

__all__ = ["OLD_FILES", "commit_manifest", "commit_store"]

#: Files earlier versions kept beside the store, removed by a full build.
OLD_FILES = ("manifest.json", "manifest.pending", "validation.json")


def commit_store(
    ctx: BuildContext, plan: BuildPlan, minted: Minted, *, staged: OxigraphStore | None
) -> Store:
    """Make the store hold what was minted, in one atomic step: swap in the ``staged``
    generation (a streamed full build), or replace the changed graphs and remove the removed
    sources' and emptied relations' graphs. The manifest stops vouching for the store first,
    so a crash in between is followed by a full rebuild. Returns the store, open."""
    if staged is not None:
        target = ctx.target
        assert isinstance(target, OxigraphStore)
        target.swap_in(staged, before_swap=ctx.forget)
        return target
    assert minted.graphs is not None
    target = ctx.writable()
    ctx.forget()
    removed = [kind_of(k).graph_iri(k) for k in plan.removed]
    removed += [relation_graph_iri(k) for k, n in minted.relations.items() if n is None]
    target.replace_graphs(minted.graphs, remove=removed, clear=plan.full)
    return target


def commit_manifest(
    ctx: BuildContext, plan: BuildPlan, minted: Minted, validated: Validated, *, store: Store
) -> sqlite3.Connection:
    """Record the build in the manifest, in one transaction (a full build writes a new
    manifest and renames it into place). Returns the manifest's connection."""
    head = mf.Head(
        store=ctx.spec,
        ontology=ctx.inputs.ontology_sha256,
        reference=ctx.inputs.reference.sha256,
        generation=store_generation(ctx.spec, ctx.build),
        stats=None,
        base_excluded=validated.excluded,
        turtle="1" if ctx.local is not None else None,
    )
    sharing = {k for k, c in minted.candidates.items() if c}
    conn = ctx.conn
    if plan.full or conn is None:
        if conn is not None:
            conn.close()
            ctx.conn = None
        mf.create_manifest(
            ctx.manifest_path,
            head=head,
            entries=minted.entries,
            results=validated.per_article,
            candidates=minted.candidates,
            base=validated.base or (),
            cross=validated.cross,
            shared=shared_counts(store, sharing),
            turtle=minted.turtle,
            parts=minted.parts,
            relations=minted.relations,
        )
        for name in OLD_FILES:
            (ctx.build / name).unlink(missing_ok=True)
        ctx.conn = conn = mf.open_manifest(ctx.manifest_path)
        assert conn is not None
        return conn
    mf.record_changes(
        conn,
        head=head,
        entries=minted.entries,
        removed=plan.removed,
        results=validated.per_article,
        candidates=minted.candidates,
        base=validated.base,
        cross=validated.cross,
        shared=shared_counts(store, sharing | set(ctx.kept)),
        turtle=minted.turtle,
        parts=minted.parts,
        relations=minted.relations,
    )
    return conn
