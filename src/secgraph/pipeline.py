"""Incremental, atomic builds: fact files -> named graphs in a store, changing only what changed.

A manifest (``BUILD/manifest.json``) records, per article, the sha256 of its fact file and of
its text file, plus the hashes of the reference data and the ontology files, the store it was
built into, the last validation report and the store's statistics. A build:

1. reads the ontology and reference data and hashes every article file (cheap);
2. compares with the manifest: added, changed, removed, unchanged articles. A change to the
   reference data or the ontology, a different store, a store that lost graphs, or
   ``full=True`` rebuilds everything (simple and correct: every article graph depends on the
   reference data and the SKOS schemes);
3. reads and builds the added and changed articles **in memory**, then validates;
4. only then applies the change to the store in one atomic step
   (:meth:`secgraph.store.Store.replace_graphs`), writes ``secgraph.trig`` / ``secgraph.ttl``
   (optional) and the manifest.

A failure before step 4 (a bad fact file, a validation crash) leaves the store untouched; a
failure inside step 4 leaves the previous graphs (each store's ``replace_graphs`` is atomic).
Before applying, the manifest is rewritten without the entries about to change, so a crash
between the store and the manifest is repaired by the next build.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from .batch_validate import (
    ValidationOutcome,
    read_validation_state,
    state_from_report,
    validate_corpus,
    write_validation_state,
)
from .build import ONTOLOGY_GRAPH, ConceptResolver, build_article, build_reference
from .errors import FactError
from .facts import ArticleFacts, Reference, read_article, read_reference
from .ontology import ONTOLOGY_FILES, SHAPES_FILE, Ontology, read_ontology
from .shacl_sparql import compile_shapes, validate_store
from .store import BuildFiles, OxigraphStore, Store, atomic_write, open_store, write_store_files
from .validate import Report, ValidationResult
from .vocab import REFERENCE_GRAPH, SG, article_graph_iri

__all__ = [
    "MANIFEST_NAME",
    "ArticleEntry",
    "BuildPlan",
    "BuildResult",
    "Manifest",
    "StoreStats",
    "build_store",
    "read_articles",
    "read_manifest",
    "store_stats",
    "write_manifest",
]

Triple = tuple[Node, Node, Node]
MANIFEST_NAME = "manifest.json"
VALIDATION_STATE_NAME = "validation.json"
MANIFEST_VERSION = 1
#: Below this many files to parse, one process is faster than starting a pool.
PARALLEL_MIN = 2000


@dataclass(frozen=True)
class ArticleEntry:
    """What the manifest knows about one article: its file hashes."""

    sha256: str
    text: str | None = None
    text_sha256: str | None = None


@dataclass(frozen=True)
class StoreStats:
    """Counts of the union graph: typed entities per ``sg:`` class, triples, named graphs."""

    classes: Mapping[str, int]
    triples: int
    graphs: int


@dataclass(frozen=True)
class Manifest:
    store: str
    ontology: str
    reference: str
    articles: Mapping[str, ArticleEntry]
    report: tuple[ValidationResult, ...] = ()
    stats: StoreStats | None = None


@dataclass(frozen=True)
class BuildPlan:
    """What a build changes; ``full`` (with its ``reason``) rebuilds every graph."""

    full: bool
    reason: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def up_to_date(self) -> bool:
        return not (self.full or self.added or self.changed or self.removed)


@dataclass(frozen=True)
class BuildResult:
    plan: BuildPlan
    report: Report
    articles: int
    stats: StoreStats
    files: BuildFiles | None = None
    manifest: Path | None = None
    notes: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# Manifest
# ---------------------------------------------------------------------------------------------


def read_manifest(path: str | Path) -> Manifest | None:
    """The manifest at ``path``, or None when missing, unreadable or of another version."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        if doc.get("version") != MANIFEST_VERSION:
            return None
        stats = doc.get("stats")
        return Manifest(
            store=doc["store"],
            ontology=doc["ontology"],
            reference=doc["reference"],
            articles={k: ArticleEntry(**v) for k, v in doc["articles"].items()},
            report=tuple(ValidationResult(**r) for r in doc.get("report", ())),
            stats=StoreStats(**stats) if stats else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(path: str | Path, manifest: Manifest) -> Path:
    """Write the manifest atomically (temporary file, then rename)."""
    doc = {
        "version": MANIFEST_VERSION,
        "store": manifest.store,
        "ontology": manifest.ontology,
        "reference": manifest.reference,
        "articles": {k: asdict(v) for k, v in sorted(manifest.articles.items())},
        "report": [asdict(r) for r in manifest.report],
        "stats": asdict(manifest.stats) if manifest.stats else None,
    }
    data = json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8")
    return atomic_write(path, lambda h: h.write(data))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ontology_sha256(directory: str | Path) -> str:
    """One hash over the ontology, SKOS scheme and shapes files (names and contents)."""
    digest = hashlib.sha256()
    for name in (*ONTOLOGY_FILES, SHAPES_FILE):
        path = Path(directory) / name
        digest.update(name.encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# The build
# ---------------------------------------------------------------------------------------------


def build_store(
    data_dir: str | Path,
    *,
    ontology_dir: str | Path,
    build_dir: str | Path,
    store: str = "oxigraph",
    full: bool = False,
    write_files: bool = True,
    workers: int = 2,
) -> BuildResult:
    """Build ``data_dir`` into the store ``store`` (an :func:`open_store` spec) under ``build_dir``.

    Only added and changed articles are read and rebuilt (see the module docstring);
    ``write_files`` also writes ``secgraph.trig`` and ``secgraph.ttl`` (always for ``memory``,
    whose store they are). Raises a SecgraphError, with the store unchanged, when it cannot run.
    """
    root, build = Path(data_dir), Path(build_dir)
    ontology = read_ontology(ontology_dir)
    onto_hash = ontology_sha256(ontology_dir)
    articles_dir = _articles_dir(root)
    reference = read_reference(root / "reference")
    paths = {p.stem: p for p in sorted(articles_dir.glob("*.yaml"))}
    manifest_path = build / MANIFEST_NAME
    old = read_manifest(manifest_path)
    write_files = write_files or store == "memory"

    target = _open_existing(store, build)
    plan = _plan(
        old,
        paths,
        store=store,
        ontology=onto_hash,
        reference=reference.sha256,
        full=full,
        existing=target,
    )
    try:
        if plan.up_to_date and old is not None and old.stats is not None:
            files = None
            if write_files and not (build / "secgraph.trig").is_file():
                assert target is not None
                files = write_store_files(target, build)
            return BuildResult(
                plan=plan,
                report=Report(old.report),
                articles=len(paths),
                stats=old.stats,
                files=files,
                manifest=manifest_path,
            )

        to_read = (
            [paths[i] for i in (*plan.added, *plan.changed)]
            if not plan.full
            else list(paths.values())
        )
        facts = read_articles(to_read, reference, workers=workers)
        graphs = _build_graphs(facts, reference, ontology, root, full=plan.full)
        state_path = build / VALIDATION_STATE_NAME
        # A full build into Oxigraph validates with SHACL compiled to SPARQL, over the new
        # store (seconds, not minutes); otherwise pySHACL validates the changed articles.
        in_store = plan.full and store.startswith("oxigraph")
        outcome = (
            None
            if in_store
            else _validate(target, graphs, plan, ontology, reference, state_path, workers=workers)
        )

        entries = dict(old.articles) if old is not None and not plan.full else {}
        for article_id in (*plan.changed, *plan.removed):
            entries.pop(article_id, None)
        if old is not None:  # mark what is about to change as unknown first
            write_manifest(
                manifest_path,
                Manifest(
                    store=store if not plan.full else "",
                    ontology=onto_hash,
                    reference=reference.sha256,
                    articles=entries,
                ),
            )
        if target is None or getattr(target, "read_only", False):
            if target is not None:
                target.close()
            target = open_store(store, build_dir=build, create=True)
        removed = [article_graph_iri(i) for i in plan.removed]
        target.replace_graphs(graphs, remove=removed, clear=plan.full)
        if outcome is None:
            report = validate_store(target, compile_shapes(ontology.shapes))
            articles = {
                n: g for n, g in graphs.items() if n not in (REFERENCE_GRAPH, ONTOLOGY_GRAPH)
            }
            state = state_from_report(report, articles, reference=graphs[REFERENCE_GRAPH])
        else:
            report, state = outcome.report, outcome.state

        files = write_store_files(target, build) if write_files else None
        write_validation_state(state, state_path)
        for article in facts:
            entries[article.id] = _entry(article)
        stats = store_stats(target)
        write_manifest(
            manifest_path,
            Manifest(
                store=store,
                ontology=onto_hash,
                reference=reference.sha256,
                articles=entries,
                report=report.results,
                stats=stats,
            ),
        )
        return BuildResult(
            plan=plan,
            report=report,
            articles=len(paths),
            stats=stats,
            files=files,
            manifest=manifest_path,
        )
    finally:
        if target is not None:
            target.close()


def _articles_dir(root: Path) -> Path:
    if not root.is_dir():
        raise FactError(str(root), "no such data directory; give the folder that holds articles/")
    articles = root / "articles"
    if not articles.is_dir():
        raise FactError(str(articles), "no articles folder; create it with one .yaml per article")
    return articles


def _open_existing(spec: str, build: Path) -> Store | None:
    """The store as it is, or None when a local one does not exist yet (nothing is created)."""
    if spec == "memory" and not (build / "secgraph.trig").is_file():
        return None
    if spec == "oxigraph" and not (build / "store").exists():
        return None
    if spec.startswith("oxigraph:") and not Path(spec.partition(":")[2]).exists():
        return None
    return open_store(spec, build_dir=build, read_only=True)


def _plan(
    old: Manifest | None,
    paths: Mapping[str, Path],
    *,
    store: str,
    ontology: str,
    reference: str,
    full: bool,
    existing: Store | None,
) -> BuildPlan:
    known = dict(old.articles) if old is not None else {}
    added = tuple(i for i in paths if i not in known)
    removed = tuple(sorted(i for i in known if i not in paths))
    changed: list[str] = []
    unchanged: list[str] = []
    for article_id, path in paths.items():
        entry = known.get(article_id)
        if entry is None:
            continue
        (unchanged if _same(entry, path) else changed).append(article_id)
    reason = ""
    if full:
        reason = "--full"
    elif old is None:
        reason = "no manifest"
    elif old.store != store:
        reason = "another store"
    elif old.ontology != ontology:
        reason = "ontology changed"
    elif old.reference != reference:
        reason = "reference data changed"
    elif existing is None:
        reason = "no store"
    else:
        expected = {article_graph_iri(i) for i in known} | {REFERENCE_GRAPH, ONTOLOGY_GRAPH}
        if set(existing.graph_names()) != expected:
            reason = "store and manifest disagree"
    return BuildPlan(
        full=bool(reason),
        reason=reason,
        added=added,
        changed=tuple(changed),
        removed=removed,
        unchanged=tuple(unchanged),
    )


def _same(entry: ArticleEntry, path: Path) -> bool:
    if _sha256(path) != entry.sha256:
        return False
    if entry.text is None:
        return True
    text = path.parent / entry.text
    return text.is_file() and _sha256(text) == entry.text_sha256


def _entry(article: ArticleFacts) -> ArticleEntry:
    if article.text_path is None:
        return ArticleEntry(sha256=article.sha256)
    text = Path(article.text_path)
    return ArticleEntry(sha256=article.sha256, text=text.name, text_sha256=_sha256(text))


def validate_data(data_dir: str | Path, *, ontology_dir: str | Path, workers: int = 2) -> Report:
    """Validate a data directory without building it: facts are loaded into a temporary
    Oxigraph store and checked with SHACL compiled to SPARQL (same results as pySHACL)."""
    root = Path(data_dir)
    ontology = read_ontology(ontology_dir)
    reference = read_reference(_articles_dir(root).parent / "reference")
    facts = read_articles(sorted(_articles_dir(root).glob("*.yaml")), reference, workers=workers)
    graphs = _build_graphs(facts, reference, ontology, root, full=True)
    with tempfile.TemporaryDirectory(prefix="secgraph-validate-") as tmp:
        store = OxigraphStore(Path(tmp) / "store", create=True)
        try:
            store.replace_graphs(graphs, clear=True)
            return validate_store(store, compile_shapes(ontology.shapes))
        finally:
            store.close()


def read_articles(
    paths: Sequence[Path], reference: Reference, *, workers: int = 2
) -> list[ArticleFacts]:
    """Read these fact files, in ``workers`` processes when there are enough to pay for it."""
    if workers <= 1 or len(paths) < PARALLEL_MIN:
        return [read_article(p, reference) for p in paths]
    chunk = max(1, len(paths) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_read_one, [(p, reference) for p in paths], chunksize=chunk))


def _read_one(args: tuple[Path, Reference]) -> ArticleFacts:
    return read_article(*args)


def _build_graphs(
    facts: Sequence[ArticleFacts],
    reference: Reference,
    ontology: Ontology,
    root: Path,
    *,
    full: bool,
) -> dict[URIRef, Sequence[Triple]]:
    """Each named graph as a plain list of triples (rdflib Graphs cost 5x more to fill)."""
    resolver = ConceptResolver.from_graph(ontology.graph)
    graphs: dict[URIRef, Sequence[Triple]] = {}
    if full:
        graphs[ONTOLOGY_GRAPH] = list(ontology.graph)
        graphs[REFERENCE_GRAPH] = list(build_reference(reference))
    for article in facts:
        graphs[article_graph_iri(article.id)] = list(
            build_article(article, resolver=resolver, data_dir=str(root))
        )
    return graphs


def _validate(
    previous: Store | None,
    graphs: Mapping[URIRef, Sequence[Triple]],
    plan: BuildPlan,
    ontology: Ontology,
    reference: Reference,
    state_path: Path,
    *,
    workers: int,
) -> ValidationOutcome:
    """Validate the dataset as it will be after this build, article by article.

    Only the added and changed articles' graphs are validated (with the reference and
    ontology graphs); results for unchanged articles come from the validation state kept
    beside the manifest. Without a usable state (first build, ``--full``, a state from
    another run) every article is validated.
    """
    articles: dict[URIRef, Iterable[Triple]] = {
        n: g for n, g in graphs.items() if n not in (REFERENCE_GRAPH, ONTOLOGY_GRAPH)
    }
    ref_graph = graphs.get(REFERENCE_GRAPH)
    if ref_graph is None:
        ref_graph = list(build_reference(reference))
    state = None if plan.full else read_validation_state(state_path)
    expected = set(plan.unchanged)
    if (
        state is not None
        and {_article_id(n) for n in state.articles} - set(plan.removed) - set(plan.changed)
        != expected
    ):
        state = None  # the state does not describe the store: validate everything again
    if state is None and not plan.full and previous is not None and plan.unchanged:
        unchanged = [article_graph_iri(i) for i in plan.unchanged]
        for g in previous.to_dataset(unchanged).graphs():
            if isinstance(g.identifier, URIRef) and len(g) and g.identifier not in articles:
                articles[g.identifier] = list(g)

    def load_graph(name: URIRef) -> Graph:
        assert previous is not None
        copy = Graph()
        for g in previous.to_dataset([name]).graphs():
            if g.identifier == name:
                for triple in g:
                    copy.add(triple)
        return copy

    return validate_corpus(
        articles,
        reference=ref_graph,
        ontology=ontology.graph,
        shapes=ontology.shapes,
        removed=[article_graph_iri(i) for i in plan.removed],
        previous=state,
        load_graph=load_graph if previous is not None else None,
        workers=workers,
    )


def _article_id(graph_name: str) -> str:
    return graph_name.rsplit("/", 1)[-1]


_STATS_CLASSES = f"""
SELECT ?class (COUNT(*) AS ?n) WHERE {{
  {{ SELECT DISTINCT ?s ?class WHERE {{ ?s a ?class FILTER(STRSTARTS(STR(?class), "{SG._NS}")) }} }}
}} GROUP BY ?class
"""
_STATS_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def store_stats(store: Store) -> StoreStats:
    """Entities per ``sg:`` class, distinct triples of the union and named graphs of ``store``."""
    classes = {
        str(row[0]).rsplit("#", 1)[-1]: int(row[1])  # type: ignore[arg-type]
        for row in store.query(_STATS_CLASSES).rows
    }
    triples = int(store.query(_STATS_TRIPLES).rows[0][0])  # type: ignore[arg-type]
    return StoreStats(
        classes=dict(sorted(classes.items())), triples=triples, graphs=len(store.graph_names())
    )
