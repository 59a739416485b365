"""``secgraph init DIR``: a project of one's own."""

from __future__ import annotations

from pathlib import Path

import click

from secgraph.project import init_project

from ._common import cli, handle_errors

__all__ = ["init"]


@cli.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@handle_errors
def init(directory: Path) -> None:
    """Create a secgraph project in DIRECTORY (made if missing).

    \b
    DIRECTORY/secgraph.toml     the project's folders (commands find it from any subfolder)
    DIRECTORY/data/articles/    your fact files, one YAML file per article
    DIRECTORY/data/reference/   your own officials, organisations, dialogues and places,
                                added to the shipped ones (the same id replaces one)
    DIRECTORY/queries/          your own saved queries (*.rq), beside the shipped ones
    """
    project = init_project(directory)
    click.echo(f"created {project.config}", err=True)
    click.echo(
        f"next: cd {directory}, put fact files in data/articles/ (see the README's "
        "'The fact format'), then: secgraph build && secgraph report",
        err=True,
    )
