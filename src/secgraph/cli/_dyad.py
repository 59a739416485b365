"""``secgraph analyze dyad A B``: coded events between two countries, period by period."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

import secgraph as sg

from ._analyze import _country_code, analyze
from ._common import BUILD_DIR_OPTION, STORE_OPTION, handle_errors, lazy_import, open_store
from ._projection import FORMAT_OPTION, _emit

if TYPE_CHECKING:
    from secgraph.events import _dyad, _plot
else:
    _dyad = lazy_import("secgraph.events._dyad")
    _plot = lazy_import("secgraph.events._plot")

__all__ = ["dyad"]

BY_OPTION = click.option(
    "--by",
    type=click.Choice(["month", "quarter", "year"]),
    default="month",
    show_default=True,
    help="Period to count events in.",
)


@analyze.command()
@click.argument("first")
@click.argument("second")
@BY_OPTION
@click.option(
    "--top", type=click.IntRange(min=1), default=3, show_default=True, help="Top codes per period."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Also draw the series: .svg, .png or .html (a self-contained page with a table).",
)
@FORMAT_OPTION
@BUILD_DIR_OPTION
@STORE_OPTION
@handle_errors
def dyad(
    first: str,
    second: str,
    by: str,
    top: int,
    output: Path | None,
    fmt: str,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
) -> None:
    """Coded events between FIRST and SECOND (either direction) per period: per QuadClass,
    mean Goldstein score (ICEWS intensity where there is none), top codes, and the curated
    meetings of the period."""
    if output is not None:  # before any work: the table was printed, then -o refused
        suffix = output.suffix.lower().lstrip(".")
        ending = "give a file name ending .svg, .png or .html"
        if output.is_dir():
            raise sg.InputError(str(output), f"a folder; {ending}")
        if suffix not in _plot.PLOT_FORMATS:
            what = f"'.{suffix}'" if suffix else "a name without a type"
            raise sg.InputError(str(output), f"cannot draw {what}; {ending}")
    store = open_store(store_spec, build_dir)
    try:
        a, b = (_country_code(store, c) for c in (first, second))
        if a == b:
            raise sg.InputError(
                None, f"{first} and {second} are one country ({a}); give two countries"
            )
        series = _dyad.dyad_series(store, a, b, by=by, top=top)
    finally:
        store.close()
    rows = [
        {
            "period": p.period,
            "events": p.events,
            "verbal_coop": p.by_quad[0],
            "material_coop": p.by_quad[1],
            "verbal_conflict": p.by_quad[2],
            "material_conflict": p.by_quad[3],
            "goldstein": None if p.mean_goldstein is None else round(p.mean_goldstein, 2),
            "top_codes": [f"{c.code} ({c.events})" for c in p.top_codes],
            "meetings": [m.date for m in p.meetings],
        }
        for p in series.periods
    ]
    columns = list(rows[0]) if rows else ["period", "events"]
    note = None
    if not rows:  # an undated meeting has no period: the timeline lists it
        note = (
            f"no coded events or dated meetings between {a} and {b}; "
            f"'secgraph analyze timeline {a} {b}' also lists undated meetings"
        )
    _emit(rows, columns, fmt, extra={"countries": [a, b], "by": by}, note=note)
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        data = _plot.plot_dyad(series, suffix)
        sg.atomic_write(output, lambda handle: handle.write(data))
        click.echo(f"wrote {output}", err=True)
