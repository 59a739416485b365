"""``secgraph build`` and ``secgraph validate``."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

import secgraph as sg

from ._common import DATA_ARGUMENT, ONTOLOGY_OPTION, OUT_OPTION, cli, data_paths, handle_errors

__all__ = ["build", "validate"]


@cli.command()
@DATA_ARGUMENT
@OUT_OPTION
@ONTOLOGY_OPTION
@handle_errors
def build(data_dir: Path | None, out_dir: Path, ontology_dir: Path | None) -> None:
    """Build the graph from DATA_DIR (default ./data) into OUT (TriG, Turtle), then validate."""
    data, onto = data_paths(data_dir, ontology_dir)
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
@handle_errors
def validate(data_dir: Path | None, ontology_dir: Path | None, fmt: str, severity: str) -> None:
    """Validate the facts in DATA_DIR against the SHACL shapes.

    Exit 0 when the data conforms (warnings allowed), 1 on violations, 2 when it cannot run.
    """
    data, onto = data_paths(data_dir, ontology_dir)
    ontology = sg.read_ontology(onto)
    dataset = sg.build_dataset(sg.read_facts(data), ontology=ontology)
    report = sg.validate(dataset, ontology.shapes)
    keep = sg.SEVERITIES[: sg.SEVERITIES.index(severity.capitalize()) + 1]
    shown = sg.Report(tuple(r for r in report.results if r.severity in keep))
    click.echo(sg.format_report(shown, fmt))
    sys.exit(0 if report.conforms else 1)
