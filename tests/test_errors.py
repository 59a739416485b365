"""The error tree: every error survives pickling, so worker processes can report it."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import DATA

import secgraph as sg
from secgraph import errors

ERRORS = [
    errors.InputError("data/a.yaml", "unknown country 'PAKI'; use PAK", line=14),
    errors.InputError(None, "no such query 'x'"),
    errors.FactError("data/a.yaml", "bad date", 3),
    errors.OntologyError("ontology/secgraph.ttl", "broken Turtle", 7),
    errors.QueryError("<inline>", "syntax error", 1),
    errors.UnknownEntityError(None, "unknown article 'x'"),
    errors.StoreError("build/store: cannot open it"),
    errors.SecgraphError("anything"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_pickles_to_an_equal_one(error: sg.SecgraphError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    for attribute in ("path", "message", "line"):
        assert getattr(again, attribute, None) == getattr(error, attribute, None)


def test_every_error_class_is_covered() -> None:
    classes = {
        c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, sg.SecgraphError)
    }
    assert classes == {type(e) for e in ERRORS}


def _read_in_worker(path: str) -> object:
    reference = sg.read_reference(DATA / "reference")
    return sg.read_article(path, reference)


def test_a_fact_error_in_a_worker_reaches_the_parent_whole(tmp_path: Path) -> None:
    # before: InputError could not be unpickled, and the pool died with BrokenProcessPool
    bad = tmp_path / "bad.yaml"
    bad.write_text("article:\n  title: T\nmeetings:\n  - id: x\n    date: 2024-13-45\n")
    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(sg.FactError) as info:
        pool.submit(_read_in_worker, str(bad)).result()
    assert info.value.line == 5
    assert str(info.value).startswith(f"{bad}:5: 'date' is not a date: '2024-13-45'")
