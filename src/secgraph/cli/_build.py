"""``secgraph build`` and ``secgraph validate``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

import secgraph as sg

from ._common import (
    BUILD_DIR_OPTION,
    DATA_ARGUMENT,
    ONTOLOGY_OPTION,
    STORE_OPTION,
    build_path,
    cli,
    data_paths,
    format_option,
    handle_errors,
)
from ._progress import stderr_progress

__all__ = ["build", "validate"]

#: Changed fact files the summary names without -v.
SHOWN_FILES = 5


@cli.command()
@DATA_ARGUMENT
@BUILD_DIR_OPTION
# --out: the old name of --build on this command, hidden, kept so that scripts keep working
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None, hidden=True)
@ONTOLOGY_OPTION
@STORE_OPTION
@click.option("--full", is_flag=True, help="Rebuild every graph, not only the changed articles.")
@click.option(
    "--write-files/--no-write-files",
    default=False,
    show_default=True,
    help="Also write secgraph.trig and secgraph.ttl into BUILD (always for --store memory; "
    "'secgraph export' writes them from the store at any time).",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help=f"Name every added, changed and removed fact file (else the first {SHOWN_FILES}).",
)
@click.option(
    "--allow-violations",
    is_flag=True,
    help="Load articles with SHACL violations too (by default they are held back, listed, "
    "and the rest is built; exit status 1 either way).",
)
@handle_errors
def build(
    data_dir: Path | None,
    build_dir: Path | None,
    out_dir: Path | None,
    ontology_dir: Path | None,
    store_spec: sg.StoreSpec,
    full: bool,
    write_files: bool,
    verbose: bool,
    allow_violations: bool,
) -> None:
    """Build the graph from DATA_DIR (default: the project's data) into the store, then validate.

    Only added, changed and removed articles are rebuilt (see BUILD/manifest.sqlite); a change
    to the reference data or the ontology rebuilds everything. A build that fails leaves the
    previous store and files as they were. Articles with violations are held back (an added
    one is not added, a changed one keeps its previous version) and listed; the rest is
    built, and the exit status is 1.
    """
    data, onto = data_paths(data_dir, ontology_dir)
    out = build_path(out_dir if out_dir is not None else build_dir)
    result = sg.build_store(
        data,
        ontology_dir=onto,
        build_dir=out,
        store=store_spec,
        full=full,
        write_files=write_files,
        workers=min(2, os.cpu_count() or 1),
        allow_violations=allow_violations,
        progress=stderr_progress(),
    )
    click.echo(_summary(result, data / "articles", None if verbose else SHOWN_FILES))
    for note in result.notes:  # a server build: which staging, and why
        click.echo(note, err=True)
    _event_notes(result)
    if result.files is not None:
        click.echo(f"wrote {result.files.trig} and {result.files.turtle}", err=True)
    if not result.report.conforms:
        # the violations, one line each; the counts are the summary's (one verdict)
        lines = sg.format_report(sg.Report(result.report.violations)).splitlines()[:-1]
        click.echo("\n".join(lines), err=True)
        sys.exit(1)


def _event_notes(result: sg.BuildResult, *, always: bool = False) -> None:
    """The event files' read summaries (counts, bad rows by kind, the first few) on stderr:
    of the files just loaded that had bad rows or duplicates (``always``: of all of them)."""
    events = result.events
    if events is None:
        return
    for stats in events.loaded:
        if always or stats.bad_total or stats.duplicates:
            click.echo(stats.summary(), err=True)


def _files(what: str, ids: tuple[str, ...], folder: Path, limit: int | None) -> list[str]:
    """'  added: a.yaml, b.yaml and 3 more (-v names all)' for a kind of change, if any."""
    if not ids:
        return []
    shown = ids if limit is None else ids[:limit]
    names = ", ".join(_shown(folder / f"{i}.yaml") for i in shown)
    more = f" and {len(ids) - len(shown):,} more (-v names all)" if len(shown) < len(ids) else ""
    return [f"  {what}: {names}{more}"]


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _summary(result: sg.BuildResult, folder: Path, limit: int | None) -> str:
    plan, stats, report = result.plan, result.stats, result.report
    lines = [f"articles: {result.articles}", "entities:"]
    lines += [f"  {name}: {n}" for name, n in sorted(stats.classes.items())]
    lines.append(f"triples: {stats.triples} ({stats.graphs} named graphs)")
    changes = (
        f"changes: {len(plan.added)} added, {len(plan.changed)} changed, "
        f"{len(plan.removed)} removed, {len(plan.unchanged)} unchanged"
    )
    if plan.full:
        changes += f" (full rebuild: {plan.reason})"
    elif plan.up_to_date:
        changes += " (up to date: store not touched)"
    lines.append(changes)
    lines += _files("added", plan.added, folder, limit)
    lines += _files("changed", plan.changed, folder, limit)
    lines += _files("removed", plan.removed, folder, limit)
    if result.events is not None and (result.events.files or result.events.removed):
        ev = result.events
        lines.append(
            f"events: {ev.events} in {ev.files} event files ({len(ev.loaded)} loaded, "
            f"{len(ev.removed)} removed, {len(ev.unchanged)} unchanged)"
        )
    verdict = "conforms" if report.conforms else "does not conform"
    lines.append(
        f"validation: {verdict} ({report.count('Violation')} violations, "
        f"{report.count('Warning')} warnings, {report.count('Info')} info)"
    )
    if result.held_back:
        lines.append(
            f"held back: {len(result.held_back)} article(s) with violations, not in the store "
            f"({', '.join(result.held_back)}); fix them, or build with --allow-violations"
        )
    return "\n".join(lines)


@cli.command()
@DATA_ARGUMENT
@ONTOLOGY_OPTION
@format_option(["text", "json", "turtle"], default="text")
@click.option(
    "--severity",
    type=click.Choice(["violation", "warning", "info"]),
    default="info",
    show_default=True,
    help="Show results of this severity and above.",
)
@handle_errors
def validate(data_dir: Path | None, ontology_dir: Path | None, fmt: str, severity: str) -> None:
    """Validate the facts in DATA_DIR against the SHACL shapes.

    Exit 0 when the data conforms (warnings allowed), 1 on violations, 2 when it cannot run.
    """
    data, onto = data_paths(data_dir, ontology_dir)
    from secgraph.pipeline import validate_data

    report = validate_data(
        data, ontology_dir=onto, workers=os.cpu_count() or 1, progress=stderr_progress()
    )
    keep = sg.SEVERITIES[: sg.SEVERITIES.index(severity.capitalize()) + 1]
    shown = sg.Report(tuple(r for r in report.results if r.severity in keep))
    click.echo(sg.format_report(shown, fmt))
    sys.exit(0 if report.conforms else 1)
