"""Reading fact files: the seed, and one bad file per error with its exact message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA, ONTOLOGY, SEED_ID, TESTS

import secgraph as sg

BAD = TESTS / "data" / "bad"

BAD_CASES = [
    (
        "malformed-yaml.yaml",
        5,
        "malformed YAML: mapping values are not allowed in this context; check indentation, colons and quotes",
    ),
    ("unknown-key.yaml", 5, "unknown key 'dat' in a meeting; did you mean 'date'?"),
    (
        "unknown-official.yaml",
        7,
        "unknown official 'elizabeth-horts'; did you mean 'elizabeth-horst'?",
    ),
    ("unknown-country.yaml", 7, "unknown country 'PAKI' (use an ISO 3166 code such as PAK or USA)"),
    ("wrong-type.yaml", 8, "'areas' must be a list, not a mapping; write [a, b]"),
    (
        "bad-date.yaml",
        5,
        "'date' is not a date: '2024-13-45'; write YYYY-MM-DD, or leave it "
        "out when the article does not say",
    ),
    ("unknown-meeting.yaml", 10, "unknown meeting 'talk'; did you mean 'talks'?"),
    (
        "evidence-not-in-text.yaml",
        9,
        "evidence quote not found in evidence-not-in-text.txt: "
        "'The two sides signed a treaty on the ...'; copy the words exactly from the article",
    ),
    ("duplicate-meeting.yaml", 8, "meeting id 'talks' is used twice; rename one"),
    ("not-a-mapping.yaml", 1, "a fact file must be a mapping of 'key: value' lines, not a list"),
]


@pytest.mark.parametrize(("name", "line", "message"), BAD_CASES)
def test_bad_fact_file(name: str, line: int, message: str) -> None:
    reference = sg.read_reference(DATA / "reference")
    with pytest.raises(sg.FactError) as info:
        sg.read_article(BAD / name, reference)
    assert info.value.line == line
    assert info.value.message == message
    assert str(info.value) == f"{BAD / name}:{line}: {message}"


def test_seed_article_is_read_faithfully(seed_corpus: sg.Corpus) -> None:
    (article,) = [a for a in seed_corpus.articles if a.id == SEED_ID]
    assert article.published is None  # the article gives no date
    assert article.publisher is None
    (meeting,) = article.meetings
    assert meeting.date is None
    assert meeting.place == "islamabad"
    assert {d.country: d.leader for d in meeting.delegations} == {
        "USA": "elizabeth-horst",
        "PAK": "farid-ud-din-khan",
    }
    assert meeting.discussed == ("AFG",)
    assert set(meeting.threats) == {"terrorism", "illicit-trafficking"}
    assert {c.id for c in article.commitments} == {
        "enhance-border-security-cooperation",
        "follow-up-technical-discussions",
    }


def test_evidence_is_located_in_the_article_text(seed_corpus: sg.Corpus) -> None:
    article = seed_corpus.articles[0]
    text = Path(article.text_path or "").read_text(encoding="utf-8")
    for evidence in article.meetings[0].evidence:
        assert evidence.start is not None and evidence.end is not None
        located = " ".join(text[evidence.start : evidence.end].split())
        assert located == " ".join(evidence.quote.split())


def test_country_accepts_codes_names_and_aliases(seed_corpus: sg.Corpus) -> None:
    ref = seed_corpus.reference
    assert [ref.country_code(t) for t in ("PAK", "pk", "Pakistan", "United States")] == [
        "PAK",
        "PAK",
        "PAK",
        "USA",
    ]
    assert ref.country_code("Atlantis") is None


def test_article_may_not_redefine_a_reference_official(make_data_dir) -> None:
    root = make_data_dir(
        clash="""
article:
  title: Redefines a known official
officials:
  - id: elizabeth-horst
    name: E. Horst
"""
    )
    with pytest.raises(sg.FactError, match=r"already defined in .*officials\.yaml:4; refer to it"):
        sg.read_facts(root)


def test_missing_data_directory(tmp_path: Path) -> None:
    with pytest.raises(sg.FactError) as info:
        sg.read_facts(tmp_path / "nowhere")
    assert str(info.value) == (
        f"{tmp_path / 'nowhere'}: no such data directory; give the folder that holds articles/"
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("id: a\ntitle: T\ntitle: U\n", 3, "duplicate key 'title'; keep one of them"),
        ("id: a\n3: x\n", 2, "keys must be text, not 3"),
        ("id: a\ntitle: !!python/name:os.system x\n", 2, "unsupported YAML tag"),
        ("id: a\ncount: !!int abc\n", 2, "'abc' is not a number; drop the '!!' tag"),
        ("id: a\nlist: &l [1, *l]\n", 2, "an alias refers to its own value"),
    ],
)
def test_yaml_errors_name_their_line(text: str, line: int, message: str) -> None:
    from secgraph.facts._yaml import load_yaml

    with pytest.raises(sg.FactError) as info:
        load_yaml(Path("f.yaml"), text)
    assert info.value.line == line
    assert info.value.message.startswith(message)


def test_yaml_values_keep_their_types_and_lines() -> None:
    from secgraph.facts._yaml import load_yaml

    value = load_yaml(
        Path("f.yaml"), "id: a\ndate: 2024-01-02\nn: 1_000\nx: 1.5\nok: true\nnone: ~\nl: [a, 2]\n"
    )
    assert value == {
        "id": "a",
        "date": "2024-01-02",
        "n": 1000,
        "x": 1.5,
        "ok": True,
        "none": None,
        "l": ["a", 2],
    }
    assert value.line == 1
    assert value.lines["l"] == 7


def test_reference_cache_is_used_only_while_the_files_are_unchanged(tmp_path: Path) -> None:
    from secgraph.pipeline._inputs import Inputs

    ref_dir = tmp_path / "reference"
    shutil.copytree(DATA / "reference", ref_dir)
    cache = tmp_path / "build"
    cache.mkdir()
    parsed = Inputs(ONTOLOGY, ref_dir, cache).reference
    assert not (cache / "reference.pickle").exists()  # reading never writes
    Inputs(ONTOLOGY, ref_dir, cache).save()
    assert (cache / "reference.pickle").is_file()
    seen: list[str] = []

    def lookup(sha256: str) -> sg.Reference | None:
        seen.append(sha256)
        return None

    again = sg.read_reference(ref_dir, cached=lookup)
    assert seen == [parsed.sha256] and again == parsed  # the hook is asked by the file hash
    officials = ref_dir / "officials.yaml"
    officials.write_text(officials.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = Inputs(ONTOLOGY, ref_dir, cache).reference  # the old cache is not used
    assert changed.sha256 != parsed.sha256
    Inputs(ONTOLOGY, ref_dir, cache).save()
    body = (cache / "reference.pickle").read_bytes()
    (cache / "reference.pickle").write_bytes(body.split(b"\n", 1)[0] + b"\nnot a pickle")
    assert Inputs(ONTOLOGY, ref_dir, cache).reference.sha256 == changed.sha256  # parsed over
