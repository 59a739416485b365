"""``secgraph import gdelt|icews|plover FILE...``: put event files among the build's sources."""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

import secgraph as sg
from secgraph.events import (
    EVENT_KINDS,
    ON_ERROR,
    Codes,
    EventFilter,
    ReadStats,
    SourceSettings,
    mint_nquads,
    read_codes,
    read_events,
    read_settings,
    sniff_kind,
    write_settings,
)
from secgraph.resources import reference_layers

from ._build import SHOWN_FILES, _event_notes, _summary
from ._common import (
    BUILD_DIR_OPTION,
    ONTOLOGY_OPTION,
    STORE_OPTION,
    build_path,
    cli,
    data_paths,
    handle_errors,
    not_a_file,
)

__all__ = ["import_events"]

_NAMES = {"gdelt": "GDELT", "icews": "ICEWS", "plover": "PLOVER"}


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split(",") if p.strip())


@cli.command("import")
@click.argument("kind", type=click.Choice(EVENT_KINDS))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Data folder; files are copied into DATA/events [default: ./data].",
)
@BUILD_DIR_OPTION
@STORE_OPTION
@ONTOLOGY_OPTION
@click.option(
    "--countries",
    help="Keep events whose source or target country is one of "
    "these (ISO alpha-3, comma-separated: PAK,USA).",
)
@click.option(
    "--dyad-only", is_flag=True, help="Keep events whose both sides are states or their agents."
)
@click.option("--quad", help="QuadClasses to keep, comma-separated (1,2).")
@click.option("--root", help="CAMEO root codes to keep, comma-separated (03,04,05,06).")
@click.option("--since", help="Keep events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Keep events on or before this date (YYYY-MM-DD).")
@click.option(
    "--on-error",
    type=click.Choice(ON_ERROR),
    default="skip",
    show_default=True,
    help="skip: count bad rows and go on; fail: stop at the first one.",
)
@click.option(
    "--emit",
    nargs=2,
    type=(click.Choice(["nquads"]), click.Path(path_type=Path)),
    default=None,
    help="Write the modelled events as N-Quads to FILE (for a "
    "server's own bulk loader) instead of building.",
)
@handle_errors
def import_events(
    kind: str,
    files: tuple[Path, ...],
    data_dir: Path | None,
    build_dir: Path | None,
    store_spec: sg.StoreSpec,
    ontology_dir: Path | None,
    countries: str | None,
    dyad_only: bool,
    quad: str | None,
    root: str | None,
    since: str | None,
    until: str | None,
    on_error: str,
    emit: tuple[str, Path] | None,
) -> None:
    """Check event FILES, put them among the event sources (DATA/events) and build.

    The filter is part of a file's identity: importing it again with another filter
    replaces its events. Bad rows are counted per kind, with file and line.
    """
    for option, value in (("--since", since), ("--until", until)):
        if value is not None and not _is_date(value):
            raise sg.InputError(None, f"{option} '{value[:40]}' is not a date; write YYYY-MM-DD")
    if since is not None and until is not None and since > until:
        raise sg.InputError(
            None, f"--since {since} is after --until {until}; no event could be kept"
        )
    try:
        quads = tuple(int(q) for q in _split(quad))
    except ValueError as err:
        raise sg.InputError(None, f"bad --quad '{quad}'; use numbers 1 to 4 (1,2)") from err
    event_filter = EventFilter(
        countries=_split(countries),
        dyad_only=dyad_only,
        quad=quads,
        root=_split(root),
        since=since,
        until=until,
    )
    data, onto = data_paths(data_dir, ontology_dir)
    if not (data / "articles").is_dir():  # checked before DATA/events is made
        raise sg.InputError(
            str(data), "no data folder with articles/ here; give --data, or run it in a project"
        )
    codes = read_codes(str(reference_layers(data / "reference")[0]), str(onto))
    for code in event_filter.countries:
        if code not in codes.iso3:
            raise sg.InputError(None, f"unknown country '{code}' in --countries; use ISO alpha-3")
    named: dict[str, Path] = {}
    for path in files:
        if not path.is_file():
            raise sg.InputError(str(path), f"{not_a_file(path)}; give the path of an event file")
        other = named.setdefault(path.name, path)
        if other.resolve() != path.resolve():  # both would be DATA/events/NAME: one lost
            raise sg.InputError(
                str(path), f"two files named '{path.name}' ({other} too); rename one"
            )
        found = sniff_kind(path)
        if found != kind:
            raise sg.InputError(
                str(path),
                f"not {'an' if kind == 'icews' else 'a'} {_NAMES[kind]} file (it looks like "
                f"{_NAMES[found]}); "
                f"run 'secgraph import {found} {path}'",
                1,
            )
    if emit is not None:
        _emit(files, kind, codes, event_filter, on_error, emit[1])
        return
    # The lock first: a build running meanwhile would otherwise see the files placed here,
    # and keep them in its store after this import fails on the lock and takes them back.
    from secgraph.pipeline import build_lock

    with build_lock(build_path(build_dir)):
        folder = data / "events"
        made = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        _sweep(folder)
        before = read_settings(folder)
        settings = dict(before)
        undo: list[tuple[Path, Path | None]] = []  # (placed file, its previous version)
        try:
            for path in files:
                target = folder / path.name
                settings[path.name] = SourceSettings(kind, event_filter, on_error)
                if target.resolve() == path.resolve():
                    continue
                # The copy first, then the swap: killed at any moment, DATA/events holds the
                # old version or the new one, never neither (the old one used to be moved
                # aside first, so a kill -9 there made the next build drop its events).
                tmp = _temp_name(folder, ".new-")
                shutil.copyfile(path, tmp)
                backup = _keep(target) if target.exists() else None
                undo.append((target, backup))
                os.replace(tmp, target)
            write_settings(folder, settings)
            result = sg.build_store(
                data,
                ontology_dir=onto,
                build_dir=build_path(build_dir),
                store=store_spec,
                workers=min(2, os.cpu_count() or 1),
            )
        except BaseException:
            for target, backup in undo:  # the data folder as it was: nothing half-imported
                target.unlink(missing_ok=True)
                if backup is not None:
                    os.replace(backup, target)
            if before:
                write_settings(folder, before)
            else:
                (folder / "sources.json").unlink(missing_ok=True)
            if made:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        for _target, backup in undo:
            if backup is not None:
                backup.unlink(missing_ok=True)
    click.echo(_summary(result, data / "articles", SHOWN_FILES))
    _event_notes(result, always=True)
    if not result.report.conforms:
        click.echo(sg.format_report(sg.Report(result.report.violations)), err=True)
        sys.exit(1)


def _keep(target: Path) -> Path:
    """A second name for ``target``'s current version (a hard link, else a copy)."""
    backup = _temp_name(target.parent, ".old-")
    try:
        backup.unlink()
        os.link(target, backup)
    except OSError:  # no hard links here
        shutil.copyfile(target, backup)
    return backup


def _temp_name(folder: Path, prefix: str) -> Path:
    """A new empty file's name in ``folder`` (its descriptor closed: one was leaked per file)."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix)
    os.close(fd)
    return Path(name)


def _sweep(folder: Path) -> None:
    """Remove what an import killed half-way left (``.new-*``, ``.old-*``): under the lock,
    so no running import owns them."""
    for leftover in (*folder.glob(".new-*"), *folder.glob(".old-*")):
        leftover.unlink(missing_ok=True)


def _is_date(text: str) -> bool:
    """Whether ``text`` is a real ``YYYY-MM-DD`` day (``2024-02-30`` is not).

    >>> _is_date("2024-02-29"), _is_date("2023-02-29"), _is_date("2024-W05-3")
    (True, False, False)
    """
    import datetime as dt

    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _emit(
    files: tuple[Path, ...],
    kind: str,
    codes: Codes,
    event_filter: EventFilter,
    on_error: str,
    out: Path,
) -> None:
    """Stream the files' events as N-Quads into ``out`` (atomically)."""
    seen: set[str] = set()
    all_stats: list[ReadStats] = []

    def chunks() -> Iterator[bytes]:
        for path in files:
            stats = ReadStats(str(path))
            all_stats.append(stats)
            events = read_events(
                path,
                kind,
                codes,
                event_filter=event_filter,
                on_error=on_error,
                stats=stats,
                seen=seen,
            )
            yield from mint_nquads(events, f"events/{path.name}", kind, event_filter.key())

    def write(handle: IO[bytes]) -> None:
        for chunk in chunks():
            handle.write(chunk)

    sg.atomic_write(out, write)
    for stats in all_stats:
        click.echo(stats.summary(), err=True)
    click.echo(str(out))
