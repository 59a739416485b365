"""Event files in the build (``data/events/``, :class:`secgraph.sources.EventFiles`).

Each event file is one named graph that depends only on the file, its import settings and
the code tables (the reference data and the ontology: their change rebuilds everything). The
event stage plans them beside the articles (:func:`event_stage`); a streamed full build loads
their TriG into the staged generation after the articles; any other build changes
their graphs in the same step as the articles' (one ``replace_graphs``, on a server one swap:
see :mod:`._commit`); a build where only event files changed commits them alone
(:func:`apply_events_only`). Their manifest rows are their own table
(:mod:`secgraph.events._build`), written after the articles' rows.
"""

from __future__ import annotations

from ..events import EventImport, plan_events, read_codes
from ..resources import reference_layers
from ..store import BuildFiles, write_store_files
from ._context import BuildContext
from ._plan import BuildPlan, store_generation

__all__ = ["apply_events_only", "event_stage"]


def event_stage(ctx: BuildContext, plan: BuildPlan) -> EventImport:
    """What the build does with the event files: all of them for a full build, else the
    added, changed and removed ones (and the later files their keys overlap)."""
    # the first reference layer holds countries.csv (a project's own folder, or the shipped one)
    codes = read_codes(
        str(reference_layers(ctx.root / "reference")[0]), str(ctx.inputs.ontology_dir)
    )
    return EventImport(plan_events(ctx.root, ctx.conn, full=plan.full, codes=codes), codes)


def apply_events_only(
    ctx: BuildContext, imported: EventImport, *, write_files: bool
) -> BuildFiles | None:
    """Apply an event-only change: the manifest stops vouching for the store (its generation
    and statistics are set aside), the event graphs change in one SPARQL Update, then the
    manifest vouches again and records the event files. A failure in between leaves no
    generation: the next build is full, as after any interrupted build. ``write_files``
    writes the build's TriG and Turtle again (the memory store's files are its store)."""
    conn = ctx.conn
    assert conn is not None
    kept = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('generation', 'stats')"))
    target = ctx.writable()
    ctx.forget()
    imported.apply(target)
    if "generation" in kept:  # a server's swap sets a new generation marker
        kept["generation"] = store_generation(ctx.spec, ctx.build)
    files = write_store_files(target, ctx.build) if write_files else None
    with conn:
        conn.executemany(
            "UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in kept.items()]
        )
    imported.record(conn, fresh_stats=False)
    return files
