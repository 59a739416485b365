"""Per-article, batched validation gives exactly the results of whole-graph pySHACL."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

import secgraph as sg
from secgraph.mint import ONTOLOGY_GRAPH
from secgraph.validation import validate_corpus


def _article(n: int, rng: random.Random) -> str:
    """One fact file; about a third carry a planted problem."""
    pair = rng.choice([("PAK", "USA"), ("IND", "USA"), ("PAK", "CHN"), ("AFG", "PAK")])
    plant = n % 9
    date = "" if plant == 1 else f"    date: {2005 + n % 18}-0{1 + n % 9}-1{n % 10}\n"
    delegations = [f"      - country: {pair[0]}\n", f"      - country: {pair[1]}\n"]
    if plant == 2:  # a meeting with one country
        delegations = delegations[:1]
    if plant == 3:  # a leader from the other side
        delegations[0] = f"      - country: {pair[0]}\n        leader: elizabeth-horst\n"
        delegations[1] = f"      - country: {pair[1]}\n"
        if pair[0] == "USA":
            delegations[0] = f"      - country: {pair[0]}\n        leader: farid-ud-din-khan\n"
    areas = ["border-security", "intelligence sharing", "CT"]
    if plant == 4:  # an area outside the scheme
        areas.append("space-piracy")
    officials = ""
    if plant == 5:  # the same local official defined by two articles with different names
        officials = (
            f"officials:\n  - id: shared-envoy\n    name: Envoy {n % 2}\n    country: {pair[0]}\n"
        )
    if plant == 6:  # a local official holding a reference post of another country, leading
        officials = (
            "officials:\n  - id: local-" + str(n) + "\n    name: Local Official\n"
            f"    country: {pair[0]}\n    posts: [pk-interior-additional-secretary]\n"
        )
        # of their own country, but none of their posts is: only the post half of the check
        delegations[0] = f"      - country: {pair[0]}\n        leader: local-{n}\n"
    return (
        f"article:\n  title: Generated article {n}\n"
        f"{officials}"
        "meetings:\n  - id: talks\n"
        f"{date}"
        "    delegations:\n" + "".join(delegations) + f"    areas: [{', '.join(areas)}]\n"
        "    threats: [terrorism]\n"
        "commitments:\n  - id: cooperate\n    meeting: talks\n"
        f"    parties: [{pair[0]}, {pair[1]}]\n    description: Work together.\n"
        f"    areas: [{'border-security' if plant != 7 else 'moon-mining'}]\n"
    )


@pytest.fixture
def planted(make_data_dir) -> Path:
    rng = random.Random(3)
    return make_data_dir(with_seed=True, **{f"gen-{n:04d}": _article(n, rng) for n in range(200)})


def _split(dataset: Dataset) -> tuple[dict[URIRef, Graph], Graph, Graph]:
    articles: dict[URIRef, Graph] = {}
    for g in dataset.graphs():
        name = g.identifier
        if isinstance(name, URIRef) and "/graph/article/" in str(name):
            copy = Graph()
            for t in g:
                copy.add(t)
            articles[name] = copy
    reference = dataset.graph(sg.REFERENCE_GRAPH)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    return articles, reference, ontology


@pytest.mark.parametrize("workers", [1, 2])
def test_batched_validation_equals_whole_graph(
    planted: Path, ontology: sg.Ontology, workers: int
) -> None:
    dataset = sg.build_dataset(sg.read_facts(planted), ontology=ontology)
    whole = sg.validate(dataset, ontology.shapes)
    assert whole.count("Violation") > 50  # the planted problems are found at all
    articles, reference, onto = _split(dataset)
    batched = validate_corpus(
        articles,
        reference=reference,
        ontology=onto,
        shapes=ontology.shapes,
        batch_size=40,
        workers=workers,
    )
    assert batched.report.results == whole.results


def test_incremental_validation_equals_whole_graph(planted: Path, ontology: sg.Ontology) -> None:
    dataset = sg.build_dataset(sg.read_facts(planted), ontology=ontology)
    articles, reference, onto = _split(dataset)
    previous = validate_corpus(
        articles, reference=reference, ontology=onto, shapes=ontology.shapes
    ).state

    # change one article (fix its planted problem), add one, delete one
    rng = random.Random(5)
    (planted / "articles" / "gen-0002.yaml").write_text(_article(0, rng), encoding="utf-8")
    (planted / "articles" / "gen-new.yaml").write_text(_article(5, rng), encoding="utf-8")
    (planted / "articles" / "gen-0003.yaml").unlink()
    dataset2 = sg.build_dataset(sg.read_facts(planted), ontology=ontology)
    articles2, reference2, onto2 = _split(dataset2)
    changed = {name: g for name, g in articles2.items() if name.endswith(("/gen-0002", "/gen-new"))}
    removed = [name for name in articles if name not in articles2]
    again = validate_corpus(
        changed,
        reference=reference2,
        ontology=onto2,
        shapes=ontology.shapes,
        removed=removed,
        previous=previous,
        load_graph=articles2.__getitem__,
    )
    assert again.report.results == sg.validate(dataset2, ontology.shapes).results


def test_a_split_whole_report_equals_the_batched_state(
    planted: Path, ontology: sg.Ontology
) -> None:
    """A full build validates the whole store, then splits the report as the manifest keeps
    it: per article, the reference pass and the shared subjects' results."""
    from secgraph.pipeline._validation import split_report
    from secgraph.validation import article_candidates
    from secgraph.vocab import article_graph_iri

    dataset = sg.build_dataset(sg.read_facts(planted), ontology=ontology)
    articles, reference, onto = _split(dataset)
    batched = validate_corpus(articles, reference=reference, ontology=onto, shapes=ontology.shapes)
    whole = sg.validate(dataset, ontology.shapes)
    candidates = {
        str(n).rsplit("/", 1)[-1]: article_candidates(str(n), g) for n, g in articles.items()
    }
    split = split_report(whole, candidates, {str(t[0]) for t in reference})
    assert {str(article_graph_iri(i)): r for i, r in split.per_article.items()} == dict(
        batched.state.articles
    )
    assert split.excluded == batched.state.base_excluded
    assert split.base == batched.state.base
    kept = {r for found in split.per_article.values() for r in found} | set(split.base or ())
    assert split.cross == tuple(r for r in whole.results if r not in kept)
    assert split.cross  # the planted shared officials are checked across articles


@pytest.mark.parametrize(("processes", "cross_max"), [(True, 2000), (False, 2000), (True, 0)])
def test_a_full_build_validated_by_its_workers_equals_whole_graph(
    planted: Path,
    ontology: sg.Ontology,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    processes: bool,
    cross_max: int,
) -> None:
    """A full build validates each chunk in the worker that builds it; shared officials
    span chunks, so the cross-article pass must redo them. With ``cross_max`` 0 the build
    validates the store whole instead. Either way: pySHACL's results, split as the manifest
    keeps them."""
    from conftest import ONTOLOGY

    import secgraph.pipeline._read as articles_module
    import secgraph.pipeline._validation as validation_module
    from secgraph.pipeline import MANIFEST_NAME, build_store, read_manifest
    from secgraph.pipeline._verdict import refine_report

    monkeypatch.setattr(articles_module, "CHUNK_SOURCES", 7)  # shared officials: one a chunk
    monkeypatch.setattr(articles_module, "PARALLEL_MIN", 1 if processes else 10**9)
    monkeypatch.setattr(validation_module, "CROSS_MAX", cross_max)
    monkeypatch.setattr(articles_module, "VALIDATE_IN_WORKERS", True)
    dataset = sg.build_dataset(sg.read_facts(planted), ontology=ontology)
    whole = refine_report(sg.validate(dataset, ontology.shapes), planted)  # lines at the keys
    out = tmp_path / "build"
    built = build_store(
        planted, ontology_dir=ONTOLOGY, build_dir=out, workers=2, allow_violations=True
    )
    assert built.plan.full
    assert built.report.results == whole.results
    manifest = read_manifest(out / MANIFEST_NAME)
    assert manifest is not None and manifest.report == whole.results
