"""The commit stage: the store first, then the manifest (see the atomicity protocol in the
:mod:`secgraph.pipeline` docstring)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from .._faults import fault_point
from ..sources import kind_of
from ..store import OxigraphStore, Store, Triple
from ..vocab import relation_graph_iri
from . import _manifest as mf
from ._context import BuildContext
from ._plan import BuildPlan, store_generation
from ._read import Minted
from ._validation import Validated, shared_counts

if TYPE_CHECKING:
    from ..events import EventImport

__all__ = ["OLD_FILES", "commit"]

#: Files earlier versions kept beside the store, removed by a full build.
OLD_FILES = ("manifest.json", "manifest.pending", "validation.json")


def commit(
    ctx: BuildContext,
    plan: BuildPlan,
    minted: Minted,
    validated: Validated,
    *,
    staged: OxigraphStore | None,
    events: EventImport | None = None,
) -> tuple[Store, sqlite3.Connection]:
    """The commit stage: the store, then the manifest, with the manifest's rows written
    before the store changes, so that a full disk while writing them leaves the store as
    it was:

    - a streamed full build writes its new manifest beside the old one (naming the staged
      generation), then swaps the generation in, then renames the manifest into place;
    - any other build writes its rows in a transaction, changes the store inside it, then
      sets the head and commits.

    The event files' graphs (``events``; a streamed build loaded them into the staged
    generation already) change in the same step as the articles': one
    :meth:`~secgraph.store.Store.replace_graphs`, so that a reader never sees new articles
    with old events (on a server: one swap, one generation marker).

    Either way the manifest stops vouching for the store before the store changes
    (:meth:`BuildContext.forget`): a build that stops between the store and the manifest's
    last step (killed, or a disk that fills just then) is followed by a full rebuild.
    Returns the store, open, and the manifest's connection."""
    if staged is not None:
        staging = ctx.staging
        assert staging is not None
        head = _head(ctx, validated, generation=staged.path.name)
        sharing = {k for k, c in minted.candidates.items() if c}
        new = _create(ctx, head, minted, validated, shared_counts(staged, sharing))
        try:
            fault_point("store")
            ctx.store_touched = True
            staging.swap_in(staged, before_swap=ctx.forget)
            ctx.store_changed = True
            fault_point("swapped")
        except BaseException:
            new.unlink(missing_ok=True)
            raise
        if ctx.conn is not None:
            ctx.conn.close()
            ctx.conn = None
        os.replace(new, ctx.manifest_path)
        _drop_old_files(ctx)
        ctx.conn = conn = mf.open_manifest(ctx.manifest_path)
        assert conn is not None
        return staging, conn
    assert minted.graphs is not None
    target = ctx.writable()
    graphs: dict[URIRef, Iterable[Triple]] = dict(minted.graphs)
    removed = [kind_of(k).graph_iri(k) for k in plan.removed]
    removed += [relation_graph_iri(k) for k, n in minted.relations.items() if n is None]
    if events is not None and not events.plan.up_to_date:
        event_graphs, event_removed = events.graphs()
        graphs = {**graphs, **event_graphs}
        removed += event_removed

    def change_store() -> tuple[dict[str, int], int]:
        fault_point("store")
        ctx.store_touched = True
        target.replace_graphs(graphs, remove=removed, clear=plan.full)
        ctx.store_changed = True
        fault_point("swapped")
        sharing = {k for k, c in minted.candidates.items() if c}
        return shared_counts(target, sharing | (set() if plan.full else set(ctx.kept)))

    if plan.full or ctx.conn is None:  # a new manifest, after the store (not streamed)
        ctx.forget()
        shared = change_store()
        if ctx.conn is not None:
            ctx.conn.close()
            ctx.conn = None
        head = _head(ctx, validated, generation=store_generation(ctx.spec, ctx.build))
        os.replace(_create(ctx, head, minted, validated, shared), ctx.manifest_path)
        _drop_old_files(ctx)
        ctx.conn = conn = mf.open_manifest(ctx.manifest_path)
        assert conn is not None
        return target, conn
    conn = ctx.conn
    ctx.forget()
    mf.record_changes(
        conn,
        head=_head(ctx, validated, generation=store_generation(ctx.spec, ctx.build)),
        entries=minted.entries,
        removed=plan.removed,
        results=validated.per_article,
        candidates=minted.candidates,
        base=validated.base,
        cross=validated.cross,
        shared=change_store,
        generation=lambda: store_generation(ctx.spec, ctx.build),
        turtle=minted.turtle,
        parts=minted.parts,
        relations=minted.relations,
    )
    return target, conn


def _head(ctx: BuildContext, validated: Validated, *, generation: str | None) -> mf.Head:
    return mf.Head(
        store=ctx.spec.identity,
        ontology=ctx.inputs.ontology_sha256,
        reference=ctx.inputs.reference.sha256,
        generation=generation,
        stats=None,
        base_excluded=validated.excluded,
        turtle="1" if ctx.local is not None else None,
    )


def _create(
    ctx: BuildContext,
    head: mf.Head,
    minted: Minted,
    validated: Validated,
    shared: tuple[dict[str, int], int],
) -> Path:
    """A new manifest beside the old one, not yet in place: its path."""
    return mf.create_manifest(
        ctx.manifest_path,
        head=head,
        entries=minted.entries,
        results=validated.per_article,
        candidates=minted.candidates,
        base=validated.base or (),
        cross=validated.cross,
        shared=shared,
        turtle=minted.turtle,
        parts=minted.parts,
        relations=minted.relations,
        publish=False,
    )


def _drop_old_files(ctx: BuildContext) -> None:
    for name in OLD_FILES:
        (ctx.build / name).unlink(missing_ok=True)
