"""``secgraph extract`` (article text -> draft fact file) and ``secgraph eval`` (drafts vs gold)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import click

from secgraph.errors import InputError
from secgraph.resources import reference_layers

from ._common import ONTOLOGY_OPTION, cli, data_paths, handle_errors, not_a_file

__all__ = ["eval_command", "extract"]

DATA_OPTION = click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Data folder whose reference/ names the known officials, places, dialogues "
    "[default: ./data].",
)
_SUFFIXES = (".txt", ".html", ".htm", ".md", ".text")


def _inputs(paths: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in _SUFFIXES)
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(raw, "no such file or folder; give article text files or folders")
    return out


def _one(
    args: tuple[str, str, tuple[str, ...], str | None, dt.date | None],
) -> tuple[str, str | None, str]:
    """Extract one file (in a worker): (file, error or None, what the draft lacks)."""
    import secgraph.extract as ex

    path, out_path, ref_dir, onto_dir, published = args
    try:
        lexicon = ex.read_lexicon(ref_dir, onto_dir or "")
        text = ex.read_text(Path(path).read_bytes(), path)
        draft = ex.extract(text, lexicon, article_id=Path(out_path).stem, published=published)
        ex.write_draft(draft, out_path, with_text=True, force=True)
    except InputError as err:
        return path, str(err), ""
    return path, None, "; ".join(d.split(":")[0] for d in draft.lacks) or "nothing"


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--id", "article_id", default=None, help="Article id (default: from the title).")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (YYYY-MM-DD): the year of 'on March 6'.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the draft here (and its text beside it) instead of standard output.",
)
@click.option(
    "--out-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Extract many files at once into this folder (ID.yaml and ID.txt each).",
)
@click.option("--force", is_flag=True, help="Overwrite drafts that already exist.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for --out-dir [default: 2].",
)
@DATA_OPTION
@ONTOLOGY_OPTION
@handle_errors
def extract(
    inputs: tuple[str, ...],
    article_id: str | None,
    published: dt.datetime | None,
    output: Path | None,
    out_dir: Path | None,
    force: bool,
    workers: int | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
) -> None:
    """Propose the fact file of an article (plain text or HTML; '-' reads standard input).

    The draft builds as it stands; lines that need a person's look end in '# review: why',
    and its top lists what the text did not give. With --out-dir, extract files and folders
    of articles in parallel and print what each draft lacks.
    """
    import secgraph.extract as ex

    if article_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", article_id):
        raise InputError(
            None,
            f"--id '{article_id[:40]}' is not an article id; use lower-case letters, "
            "digits and '-'",
        )
    if output is not None and (not output.name or output.is_dir()):
        raise InputError(str(output), "a folder, not a file name; give -o DIR/ID.yaml")
    data, onto = data_paths(data_dir, ontology_dir)
    day = published.date() if published else None
    if out_dir is not None:
        _many(inputs, out_dir, force, workers, reference_layers(data / "reference"), onto, day)
        return
    if len(inputs) > 1:
        raise InputError(None, "several inputs need --out-dir DIR")
    source = inputs[0]
    name = "<stdin>" if source == "-" else source
    raw = sys.stdin.buffer.read() if source == "-" else _read(source)
    text = ex.read_text(raw, name)
    lexicon = ex.read_lexicon(reference_layers(data / "reference"), onto)
    if output is not None and article_id is None:
        article_id = output.stem
    draft = ex.extract(text, lexicon, article_id=article_id, published=day)
    if output is None:
        click.echo(ex.to_yaml(draft), nl=False)
    else:
        ex.write_draft(draft, output, with_text=True, force=force)
        click.echo(f"wrote {output} and {output.with_suffix('.txt').name}", err=True)
    if draft.lacks:
        click.echo(f"{name}: lacks {'; '.join(draft.lacks)}", err=True)


def _read(path: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise InputError(path, f"{not_a_file(p)}; give an article's text file or '-'")
    return p.read_bytes()


def _many(
    inputs: tuple[str, ...],
    out_dir: Path,
    force: bool,
    workers: int | None,
    ref_dir: tuple[Path, ...],
    onto: Path,
    day: dt.date | None,
) -> None:
    import secgraph.extract as ex

    files = _inputs(inputs)
    if not files:
        raise InputError(None, "no article files (.txt, .html, .md) in the inputs")
    ex.read_lexicon(ref_dir, onto)  # bad reference data stops here, before any folder or worker
    jobs = []
    seen: set[str] = set()
    for f in files:
        stem = ex.slug(f.stem)
        if stem in seen:
            raise InputError(str(f), f"two inputs give the id '{stem}'; rename one")
        seen.add(stem)
        target = out_dir / f"{stem}.yaml"
        for t in (target, target.with_suffix(".txt")):
            if t.exists() and not force:
                raise InputError(str(t), "already exists; give --force to overwrite it")
        jobs.append((str(f), str(target), tuple(map(str, ref_dir)), str(onto), day))
    out_dir.mkdir(parents=True, exist_ok=True)
    n = workers or min(2, os.cpu_count() or 1)
    results = []
    show = sys.stderr.isatty()
    with ProcessPoolExecutor(max_workers=n) as pool:
        stream = pool.map(_one, jobs, chunksize=max(1, len(jobs) // (n * 8)))
        if show:
            with click.progressbar(
                stream, length=len(jobs), label="extracting", file=sys.stderr
            ) as bar:
                results = list(bar)
        else:
            results = list(stream)
    failed = 0
    for path, error, lacks in results:
        if error:
            failed += 1
            click.echo(f"secgraph: {error}", err=True)
        else:
            click.echo(f"{path}: lacks {lacks}", err=True)
    click.echo(f"{len(results) - failed} drafts in {out_dir}, {failed} inputs refused", err=True)
    if failed:
        sys.exit(2)


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument("pred_dir", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@DATA_OPTION
@handle_errors
def eval_command(gold_dir: Path, pred_dir: Path, fmt: str, data_dir: Path | None) -> None:
    """Precision, recall and F1 per field of the drafts in PRED_DIR against GOLD_DIR's fact
    files (paired by file name), and the mismatches file by file."""
    import secgraph.extract as ex
    from secgraph.facts import read_reference

    data, _ = data_paths(data_dir, None)
    result = ex.evaluate(gold_dir, pred_dir, read_reference(reference_layers(data / "reference")))
    if fmt == "json":
        click.echo(json.dumps(_as_json(result), indent=2))
        return
    click.echo(f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name, s in result.fields.items():
        scores = f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        click.echo(f"{name:<12} {scores} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    n = result.articles
    click.echo(f"place right in {result.place_right}/{n} articles, date in {result.date_right}/{n}")
    for f in result.files:
        if not (f.missing or f.extra or f.note):
            continue
        click.echo(f"\n{f.name}" + (f" ({f.note})" if f.note else ""))
        for key, values in f.missing.items():
            click.echo(f"  missing {key}: {', '.join(values)}")
        for key, values in f.extra.items():
            click.echo(f"  extra   {key}: {', '.join(values)}")


def _as_json(result: object) -> dict[str, object]:
    from secgraph.extract import Evaluation

    assert isinstance(result, Evaluation)
    return {
        "articles": result.articles,
        "place_right": result.place_right,
        "date_right": result.date_right,
        "fields": {
            k: {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for k, s in result.fields.items()
        },
        "files": [
            {"file": f.name, "missing": f.missing, "extra": f.extra, "note": f.note}
            for f in result.files
        ],
    }
