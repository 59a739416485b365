"""Reading fact files: the seed, and one bad file per error with its exact message."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, SEED_ID, TESTS

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
