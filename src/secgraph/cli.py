"""The ``secgraph`` command line: a thin click layer over the library.

The only module that imports click, prints, exits, or knows the repository's default paths.
Exit codes: 0 success, 1 ran and found problems (violations), 2 could not run.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

import secgraph as sg

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])

_CHECKOUT = Path(__file__).resolve().parents[2]


def _default_dir(name: str) -> str:
    """``./NAME`` when it exists, else the source checkout's (for an editable install)."""
    here = Path(name)
    if here.exists() or not (_CHECKOUT / name).exists():
        return name
    return str(_CHECKOUT / name)


DATA_ARGUMENT = click.argument("data_dir", required=False, type=click.Path(path_type=Path))
ONTOLOGY_OPTION = click.option(
    "--ontology",
    "ontology_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder with secgraph.ttl, the SKOS schemes and shapes.ttl [default: ./ontology].",
)
OUT_OPTION = click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Build folder.",
)


def _fail_on_error(func: F) -> F:
    """The one bridge from SecgraphError to a one-line message and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except sg.SecgraphError as err:
            click.echo(f"secgraph: {err}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _paths(data_dir: Path | None, ontology_dir: Path | None) -> tuple[Path, Path]:
    data = data_dir if data_dir is not None else Path(_default_dir("data"))
    ontology = ontology_dir if ontology_dir is not None else Path(_default_dir("ontology"))
    return data, ontology


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(sg.__version__, prog_name="secgraph")
def cli() -> None:
    """secgraph: a knowledge graph of bilateral security relations between states."""


@cli.command()
@DATA_ARGUMENT
@OUT_OPTION
@ONTOLOGY_OPTION
@_fail_on_error
def build(data_dir: Path | None, out_dir: Path, ontology_dir: Path | None) -> None:
    """Build the graph from DATA_DIR (default ./data) into OUT (TriG, Turtle), then validate."""
    data, onto = _paths(data_dir, ontology_dir)
    ontology = sg.read_ontology(onto)
    corpus = sg.read_facts(data, workers=os.cpu_count() or 1)
    dataset = sg.build_dataset(corpus, ontology=ontology)
    report = sg.validate(dataset, ontology.shapes)
    files = sg.write_dataset_files(dataset, out_dir)
    click.echo(_summary(corpus, dataset, report))
    click.echo(f"wrote {files.trig} and {files.turtle}", err=True)
    if not report.conforms:
        click.echo(sg.format_report(sg.Report(report.violations)), err=True)
        sys.exit(1)


def _summary(corpus: sg.Corpus, dataset: Any, report: sg.Report) -> str:
    union = sg.to_union_graph(dataset)
    classes = Counter(
        str(o).rsplit("#", 1)[-1]
        for _s, o in union.subject_objects(sg.RDF.type)
        if str(o).startswith(str(sg.SG._NS))
    )
    lines = [f"articles: {len(corpus.articles)}", "entities:"]
    lines += [f"  {name}: {n}" for name, n in sorted(classes.items())]
    lines.append(f"triples: {len(union)} ({len(list(dataset.contexts()))} named graphs)")
    verdict = "conforms" if report.conforms else "does not conform"
    lines.append(
        f"validation: {verdict} ({report.count('Violation')} violations, "
        f"{report.count('Warning')} warnings, {report.count('Info')} info)"
    )
    return "\n".join(lines)


@cli.command()
@DATA_ARGUMENT
@ONTOLOGY_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "turtle"]),
    default="text",
    show_default=True,
)
@click.option(
    "--severity",
    type=click.Choice(["violation", "warning", "info"]),
    default="info",
    show_default=True,
    help="Show results of this severity and above.",
)
@_fail_on_error
def validate(data_dir: Path | None, ontology_dir: Path | None, fmt: str, severity: str) -> None:
    """Validate the facts in DATA_DIR against the SHACL shapes.

    Exit 0 when the data conforms (warnings allowed), 1 on violations, 2 when it cannot run.
    """
    data, onto = _paths(data_dir, ontology_dir)
    ontology = sg.read_ontology(onto)
    dataset = sg.build_dataset(sg.read_facts(data), ontology=ontology)
    report = sg.validate(dataset, ontology.shapes)
    keep = sg.SEVERITIES[: sg.SEVERITIES.index(severity.capitalize()) + 1]
    shown = sg.Report(tuple(r for r in report.results if r.severity in keep))
    click.echo(sg.format_report(shown, fmt))
    sys.exit(0 if report.conforms else 1)


def main() -> None:
    """Entry point of the ``secgraph`` console script."""
    cli()
