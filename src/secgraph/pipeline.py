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
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.term import Node

from .batch_validate import (
    ValidationOutcome,
    ValidationState,
    article_candidates,
    own_prefixes,
    read_validation_state,
    state_from_report,
    validate_corpus,
    write_validation_state,
)
from .build import ONTOLOGY_GRAPH, ConceptResolver, build_article, build_reference
from .errors import FactError
from .facts import ArticleFacts, Reference, read_article, read_reference, write_reference_cache
from .ontology import ONTOLOGY_FILES, SHAPES_FILE, Ontology, read_ontology
from .shacl_sparql import compile_shapes, validate_store
from .store import (
    BuildFiles,
    OxigraphStore,
    Store,
    atomic_write,
    open_store,
    oxigraph_path,
    to_nquads,
    write_store_files,
)
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
MANIFEST_VERSION = 2
#: Beside the manifest while a partial build changes the store: the ids it no longer vouches for.
PENDING_NAME = "manifest.pending"
#: Below this many files to parse, one process is faster than starting a pool.
PARALLEL_MIN = 2000
#: Articles per task in a full build's worker pool (one N-Quads chunk each).
CHUNK_ARTICLES = 1000


@dataclass(frozen=True)
class ArticleEntry:
    """What the manifest knows about one article: its file hashes, and the fact file's
    modification time and size when it was read (as git does, an unchanged ``stat`` means an
    unchanged file; otherwise the hash decides)."""

    sha256: str
    text: str | None = None
    text_sha256: str | None = None
    mtime_ns: int | None = None
    size: int | None = None
    triples: int | None = None
    owned: Mapping[str, int] | None = None


@dataclass(frozen=True)
class StoreStats:
    """Typed entities per ``sg:`` class, statements over all named graphs, named graphs."""

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


_ENTRY_FIELDS = ("sha256", "text", "text_sha256", "mtime_ns", "size", "triples", "owned")
_RESULT_FIELDS = tuple(ValidationResult.__dataclass_fields__)


def read_manifest(path: str | Path) -> Manifest | None:
    """The manifest at ``path``, or None when missing, unreadable or of another version."""
    try:
        doc = json.loads(Path(path).read_bytes())
        if doc.get("version") != MANIFEST_VERSION:
            return None
        stats = doc.get("stats")
        articles = {k: ArticleEntry(*v) for k, v in doc["articles"].items()}
        report = tuple(ValidationResult(*r) for r in doc.get("report", ()))
        pending = Path(path).with_name(PENDING_NAME)
        if pending.exists():  # a build stopped while changing the store
            for article_id in json.loads(pending.read_bytes()):
                articles.pop(article_id, None)
            stats, report = None, ()
        return Manifest(
            store=doc["store"],
            ontology=doc["ontology"],
            reference=doc["reference"],
            articles=articles,
            report=report,
            stats=StoreStats(**stats) if stats else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(path: str | Path, manifest: Manifest) -> Path:
    """Write the manifest atomically (temporary file, then rename).

    Compact JSON: one row per article (``sha256, text, text_sha256, mtime_ns, size, triples,
    owned``) and per
    validation result (the fields of :class:`ValidationResult`, in order), so that a corpus of
    100,000 articles reads back in well under a second.
    """
    doc = {
        "version": MANIFEST_VERSION,
        "store": manifest.store,
        "ontology": manifest.ontology,
        "reference": manifest.reference,
        "stats": asdict(manifest.stats) if manifest.stats else None,
        "articles": {
            k: [getattr(v, f) for f in _ENTRY_FIELDS] for k, v in sorted(manifest.articles.items())
        },
        "report": [[getattr(r, f) for f in _RESULT_FIELDS] for r in manifest.report],
    }
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
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
    write_files: bool = False,
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
    reference = read_reference(root / "reference", cache_dir=build)
    paths = article_paths(articles_dir)
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

        def forget_changes() -> None:
            """Before the store changes, the manifest stops vouching for what will change.

            A partial build lists the changed and removed ids beside the manifest (rewriting
            a 100,000-article manifest took seconds); a full build empties the manifest."""
            if old is None:
                return
            if not plan.full:
                ids = json.dumps([*plan.changed, *plan.removed]).encode()
                atomic_write(manifest_path.with_name(PENDING_NAME), lambda h: h.write(ids))
                return
            write_manifest(
                manifest_path,
                Manifest(store="", ontology=onto_hash, reference=reference.sha256, articles={}),
            )
            manifest_path.with_name(PENDING_NAME).unlink(missing_ok=True)

        local = oxigraph_path(store, build)
        if plan.full and local is not None:
            # Full build into Oxigraph: workers read, build and write N-Quads, chunks are
            # bulk-loaded as they come into a new generation (nothing is written before the
            # last chunk is in), then SHACL compiled to SPARQL validates the store.
            if target is not None:
                target.close()
            target = OxigraphStore(local, create=True, lazy=True)
            entries, report, state = _full_oxigraph_build(
                target,
                list(paths.values()),
                reference,
                ontology,
                root,
                workers=workers,
                before_swap=forget_changes,
            )
        else:
            facts, graphs, outcome = _read_and_validate(
                target,
                paths,
                plan,
                reference,
                ontology,
                root,
                build / VALIDATION_STATE_NAME,
                workers=workers,
            )
            if target is None or getattr(target, "read_only", False):
                if target is not None:
                    target.close()
                target = open_store(store, build_dir=build, create=True)
            forget_changes()
            entries = dict(old.articles) if old is not None and not plan.full else {}
            for article_id in (*plan.changed, *plan.removed):
                entries.pop(article_id, None)
            removed = [article_graph_iri(i) for i in plan.removed]
            target.replace_graphs(graphs, remove=removed, clear=plan.full)
            for article, stat in facts:
                name = article_graph_iri(article.id)
                entries[article.id] = _entry(article, stat, graphs[name])
            report, state = outcome.report, outcome.state

        files = write_store_files(target, build) if write_files else None
        write_validation_state(state, build / VALIDATION_STATE_NAME)
        stats = store_stats(target, entries)
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
        manifest_path.with_name(PENDING_NAME).unlink(missing_ok=True)
        write_reference_cache(reference, build)
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


def article_paths(articles_dir: Path) -> dict[str, Path]:
    """Article id -> fact file, sorted by id (``os.scandir``: a directory of 100,000 files
    lists in a fraction of a second, where sorting Path objects alone took seconds)."""
    with os.scandir(articles_dir) as it:
        names = sorted(e.name for e in it if e.name.endswith(".yaml") and e.is_file())
    return {name[: -len(".yaml")]: articles_dir / name for name in names}


def _full_oxigraph_build(
    target: OxigraphStore,
    paths: Sequence[Path],
    reference: Reference,
    ontology: Ontology,
    root: Path,
    *,
    workers: int,
    before_swap: Callable[[], None] | None = None,
) -> tuple[dict[str, ArticleEntry], Report, ValidationState]:
    """Every article into a new store generation, then validated over the store.

    Fact files are read, built into triples and written as N-Quads in ``workers`` processes,
    :data:`CHUNK_ARTICLES` per task; the parent only bulk-loads the chunks. Neither rdflib
    terms nor facts of the whole corpus are ever held in one process.
    """
    resolver = ConceptResolver.from_graph(ontology.graph)
    entries: dict[str, ArticleEntry] = {}
    candidates: dict[str, tuple[str, ...]] = {}
    reference_triples = list(build_reference(reference))
    reference_subjects = {str(t[0]) for t in reference_triples}

    def chunks() -> Iterator[bytes]:
        yield to_nquads(
            [(ONTOLOGY_GRAPH, list(ontology.graph)), (REFERENCE_GRAPH, reference_triples)]
        )
        tasks = [paths[i : i + CHUNK_ARTICLES] for i in range(0, len(paths), CHUNK_ARTICLES)]
        for chunk in _map_chunks(tasks, reference, resolver, root, workers=workers):
            entries.update(chunk.entries)
            candidates.update(chunk.candidates)
            yield chunk.nquads

    target.load_nquads(chunks(), before_swap=before_swap)
    report = validate_store(target, compile_shapes(ontology.shapes))
    state = state_from_report(report, candidates, reference_subjects=reference_subjects)
    return entries, report, state


@dataclass(frozen=True)
class _Chunk:
    entries: dict[str, ArticleEntry]
    candidates: dict[str, tuple[str, ...]]
    nquads: bytes


_WORKER: dict[str, Any] = {}


def _init_chunk_worker(reference: Reference, resolver: ConceptResolver, root: Path) -> None:
    _WORKER.update(reference=reference, resolver=resolver, root=root)


def _chunk_in_worker(paths: Sequence[Path]) -> _Chunk:
    return _build_chunk(paths, _WORKER["reference"], _WORKER["resolver"], _WORKER["root"])


def _build_chunk(
    paths: Sequence[Path], reference: Reference, resolver: ConceptResolver, root: Path
) -> _Chunk:
    entries: dict[str, ArticleEntry] = {}
    candidates: dict[str, tuple[str, ...]] = {}
    graphs: list[tuple[URIRef, list[Triple]]] = []
    for path in paths:
        stat = os.stat(path)  # before reading: a later edit then shows as a changed mtime
        article = read_article(path, reference)
        name = article_graph_iri(article.id)
        triples = list(build_article(article, resolver=resolver, data_dir=str(root)))
        graphs.append((name, triples))
        candidates[str(name)] = article_candidates(str(name), triples)
        entries[article.id] = _entry(article, stat, triples)
    return _Chunk(entries=entries, candidates=candidates, nquads=to_nquads(graphs))


def _map_chunks(
    tasks: Sequence[Sequence[Path]],
    reference: Reference,
    resolver: ConceptResolver,
    root: Path,
    *,
    workers: int,
) -> Iterator[_Chunk]:
    """Chunks in order; in ``workers`` processes when the corpus is big enough to pay."""
    if workers <= 1 or sum(len(t) for t in tasks) < PARALLEL_MIN:
        for task in tasks:
            yield _build_chunk(task, reference, resolver, root)
        return
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_chunk_worker,
        initargs=(reference, resolver, root),
    ) as pool:
        yield from pool.map(_chunk_in_worker, tasks)


def _read_and_validate(
    previous: Store | None,
    paths: Mapping[str, Path],
    plan: BuildPlan,
    reference: Reference,
    ontology: Ontology,
    root: Path,
    state_path: Path,
    *,
    workers: int,
) -> tuple[
    list[tuple[ArticleFacts, os.stat_result]], dict[URIRef, Sequence[Triple]], ValidationOutcome
]:
    """Read and build the added and changed articles in memory and validate them with pySHACL
    (per article, see :mod:`secgraph.batch_validate`); the store is only read."""
    to_read = (
        [paths[i] for i in (*plan.added, *plan.changed)] if not plan.full else list(paths.values())
    )
    stats = {p: os.stat(p) for p in to_read}  # before reading, as in _build_chunk
    facts = read_articles(to_read, reference, workers=workers)
    graphs = _build_graphs(facts, reference, ontology, root, full=plan.full)
    previous = None if plan.full else previous
    outcome = _validate(previous, graphs, plan, ontology, reference, state_path, workers=workers)
    return [(a, stats[Path(a.path)]) for a in facts], graphs, outcome


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
        expected = {str(article_graph_iri(i)) for i in known}
        expected |= {str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)}
        if {str(g) for g in existing.graph_names()} != expected:
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
    stat = os.stat(path)
    touched = entry.mtime_ns != stat.st_mtime_ns or entry.size != stat.st_size
    if touched and _sha256(path) != entry.sha256:
        return False
    if entry.text is None:
        return True
    text = path.parent / entry.text
    return text.is_file() and _sha256(text) == entry.text_sha256


def _entry(article: ArticleFacts, stat: os.stat_result, triples: Sequence[Triple]) -> ArticleEntry:
    text = Path(article.text_path) if article.text_path is not None else None
    return ArticleEntry(
        triples=len(triples),
        owned=_owned_classes(article_graph_iri(article.id), triples),
        sha256=article.sha256,
        text=text.name if text is not None else None,
        text_sha256=_sha256(text) if text is not None else None,
        mtime_ns=stat.st_mtime_ns,
        size=stat.st_size,
    )


def validate_data(data_dir: str | Path, *, ontology_dir: str | Path, workers: int = 2) -> Report:
    """Validate a data directory without building it: the facts stream into a temporary
    Oxigraph store, as a full build does, and are checked with SHACL compiled to SPARQL (same
    results as pySHACL). Memory stays flat whatever the corpus size."""
    root = Path(data_dir)
    ontology = read_ontology(ontology_dir)
    reference = read_reference(_articles_dir(root).parent / "reference")
    paths = list(article_paths(_articles_dir(root)).values())
    with tempfile.TemporaryDirectory(prefix="secgraph-validate-") as tmp:
        store = OxigraphStore(Path(tmp) / "store", create=True, lazy=True)
        try:
            _, report, _ = _full_oxigraph_build(
                store, paths, reference, ontology, root, workers=workers
            )
            return report
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


_OWNED_CLASSES = ("Article", "Meeting", "Delegation", "Commitment", "Evidence")
_OWNED_IRIS = {str(SG[c]): c for c in _OWNED_CLASSES}
_RDF_TYPE = str(RDF.type)


def _owned_classes(graph_iri: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> dict[str, int]:
    """Typed entities an article's graph owns (minted in its own namespace), per class."""
    own = own_prefixes(str(graph_iri))
    seen: dict[str, set[str]] = {}
    for s, p, o in triples:
        # plain str comparisons: rdflib's term __eq__ and __hash__ cost ten times more
        if (
            str.__eq__(p, _RDF_TYPE)
            and (kind := _OWNED_IRIS.get(str(o))) is not None
            and str.startswith(s, own)
        ):
            seen.setdefault(kind, set()).add(str(s))
    return {k: len(v) for k, v in seen.items()}


_STATS_SHARED = f"""
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s a ?class FILTER(STRSTARTS(STR(?class), "{SG._NS}") && ?class NOT IN (
    {", ".join(f"<{SG[c]}>" for c in _OWNED_CLASSES)}))
}} GROUP BY ?class
"""
_STATS_GRAPH_SIZE = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { %s } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
)


def store_stats(store: Store, articles: Mapping[str, ArticleEntry]) -> StoreStats:
    """Entities per ``sg:`` class, statements and named graphs of ``store``.

    Meetings, delegations, commitments, evidence and articles are minted inside one article's
    namespace, so their counts are summed from the manifest; every other class (countries,
    officials, posts...; a few thousand entities, possibly described by several graphs) is
    counted distinct over the store. ``triples`` counts statements over all named graphs:
    the article graphs' sizes from the manifest plus the ontology and reference graphs.
    Seconds at 100,000 articles instead of a scan of the whole store.
    """
    classes: dict[str, int] = {}
    triples = 0
    for entry in articles.values():
        triples += entry.triples or 0
        for name, n in (entry.owned or {}).items():
            classes[name] = classes.get(name, 0) + n
    for row in store.query(_STATS_SHARED).rows:
        classes[str(row[0]).rsplit("#", 1)[-1]] = int(row[1])  # type: ignore[arg-type]
    fixed = f"<{ONTOLOGY_GRAPH}> <{REFERENCE_GRAPH}>"
    for row in store.query(_STATS_GRAPH_SIZE % fixed).rows:
        triples += int(row[1])  # type: ignore[arg-type]
    return StoreStats(
        classes=dict(sorted(classes.items())), triples=triples, graphs=len(articles) + 2
    )
