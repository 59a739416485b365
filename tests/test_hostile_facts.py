"""Hostile fact files, one kind per row: each is one line naming file and line, exit 2.

The rows are what a hostile tester tried against ``secgraph validate`` and ``secgraph
build`` (tabs, duplicate keys, wrong types, impossible dates, tags, encodings, unknown ids,
bad ids...); each file is made from a small valid article with one thing spoiled, so the
table shows what was spoiled. A row that once passed in silence is named after it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, SEED_ID

from secgraph.cli import cli

ARTICLE = """article:
  title: A minimal article
  language: en
meetings:
  - id: m1
    host: PAK
    delegations:
      - country: USA
      - country: PAK
"""


def _with(old: str, new: str) -> str:
    assert old in ARTICLE, old
    return ARTICLE.replace(old, new)


#: (case, fact file text or bytes, line, what the message says after "path:line: ").
CASES: list[tuple[str, str | bytes, int, str]] = [
    ("huge-number", _with("title: A minimal article", "title: 1" + "0" * 5000), 2, "a number of 5001 digits is too long; quote it if it is text"),
    ("long-unknown-country", _with("country: USA", "country: " + "Q" * 5000), 8, "unknown country 'QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ...' (use"),
    ("tab-indent", ARTICLE.replace("  title", "\ttitle"), 2, "malformed YAML: found character"),
    ("duplicate-key", _with("  language: en", "  language: en\n  language: fr"), 4, "duplicate key 'language'"),
    ("duplicate-top-key", ARTICLE + "article:\n  title: x\n", 10, "duplicate key 'article'"),
    ("list-for-text", _with("title: A minimal article", "title: [a, b]"), 2, "'title' must be text, not a list"),
    ("map-for-list", _with("    host: PAK", "    host: PAK\n    areas: {a: 1}"), 7, "'areas' must be a list, not a mapping"),
    ("empty-title", _with("title: A minimal article", "title:"), 2, "'article' has no 'title'"),
    ("impossible-date", _with("    host: PAK", "    host: PAK\n    date: 2023-02-29"), 7, "'date' is not a date: '2023-02-29'"),
    ("date-in-words", _with("    host: PAK", "    host: PAK\n    date: yesterday"), 7, "'date' is not a date: 'yesterday'"),
    ("only-comments", "# nothing\n# here\n", 1, "the fact file is empty"),
    ("only-a-null", "~\n", 1, "the fact file is empty"),
    ("utf-16", ARTICLE.encode("utf-16"), 1, "not UTF-8 text (byte 0xFF)"),
    ("two-documents", ARTICLE + "---\n" + ARTICLE, 10, "malformed YAML: but found another document"),
    ("text-at-top", "just a string\n", 1, "a fact file must be a mapping of 'key: value' lines, not text"),
    ("list-at-top", "- a\n- b\n", 1, "a fact file must be a mapping of 'key: value' lines, not a list"),
    ("custom-tag", _with("title: A minimal article", "title: !foo bar"), 2, "unsupported YAML tag '!foo'"),
    ("binary-tag", _with("title: A minimal article", "title: !!binary aGVsbG8="), 2, "unsupported YAML tag"),
    ("merge-key", ARTICLE.replace("    host: PAK", "    <<: {host: PAK}"), 6, "unknown key '<<' in a meeting"),
    ("unknown-country", _with("country: USA", "country: XYZ"), 8, "unknown country 'XYZ'"),
    ("number-for-country", _with("country: USA", "country: 840"), 8, "unknown country '840'"),
    ("unknown-host", _with("host: PAK", "host: QQQ"), 6, "unknown country 'QQQ'"),
    ("unknown-official", _with("country: USA", "country: USA\n        leader: nobody-here"), 9, "unknown official 'nobody-here'"),
    ("unknown-place", _with("    host: PAK", "    host: PAK\n    place: atlantis"), 7, "unknown place 'atlantis'"),
    ("unknown-dialogue", _with("    host: PAK", "    host: PAK\n    dialogue: nonexistent"), 7, "unknown dialogue 'nonexistent'"),
    ("cameo-not-digits", _with("    host: PAK", "    host: PAK\n    cameo: '999999'"), 7, "bad CAMEO code '999999'"),
    ("cameo-infinite", _with("    host: PAK", "    host: PAK\n    cameo: 1e999"), 7, "bad CAMEO code '1e999'"),
    ("duplicate-meeting", ARTICLE + "  - id: m1\n    host: PAK\n    delegations:\n      - country: USA\n      - country: PAK\n", 10, "meeting id 'm1' is used twice"),
    ("same-country-twice", _with("country: USA", "country: PAK"), 8, "two delegations for PAK"),
    ("id-with-space", _with("id: m1", "id: m 1"), 5, "'id' id 'm 1' is not a valid id"),
    ("id-climbing-out", _with("id: m1", "id: ../../x"), 5, "'id' id '../../x' is not a valid id"),
    ("text-missing", _with("  language: en", "  language: en\n  text: nothere.txt"), 4, "article text 'nothere.txt' not found"),
    ("commitment-to-nothing", ARTICLE + "commitments:\n  - id: c1\n    meeting: nope\n    parties: [PAK, USA]\n    description: d\n", 12, "unknown meeting 'nope'"),
    ("escaped-bell", _with("title: A minimal article", 'title: "a\\a b"'), 2, "control character U+0007"),
    ("escaped-c1", _with("title: A minimal article", 'title: "a\\x85 b"'), 2, "control character U+0085"),
    ("lone-surrogate", _with("title: A minimal article", 'title: "a\\ud800 b"'), 2, "malformed YAML"),
    ("unclosed-flow-list", _with("    host: PAK", "    host: PAK\n    areas: [a, b"), 8, "malformed YAML: did not find expected ',' or ']'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_hostile_fact_file(
    make_data_dir: Callable[..., Path], text: str | bytes, line: int, expected: str
) -> None:
    data = make_data_dir()
    path = data / "articles" / "zz.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stdout == ""
    assert result.stderr.startswith(f"secgraph: {path}:{line}: {expected}"), result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "cameo",
            "43",
            'meeting CAMEO code must be one code of ontology/event-codes.ttl, e.g. "043"',
        ),
        ("plover", "NOPE", "meeting PLOVER type must be one type of ontology/event-codes.ttl"),
    ],
)
def test_meeting_code_outside_the_tables_is_held_back(
    tmp_path: Path, key: str, value: str, message: str
) -> None:
    """A meeting's ``cameo: 43`` or ``plover: NOPE`` was stored as a code no table knows;
    the event shapes checked codes, the meeting shape did not."""
    runner = CliRunner()
    root = tmp_path / "proj"
    assert runner.invoke(cli, ["init", str(root)]).exit_code == 0
    for p in (DATA / "articles").glob(f"{SEED_ID}.*"):
        shutil.copy(p, root / "data" / "articles" / p.name)
    bad = _with("    host: PAK", f"    host: PAK\n    {key}: {value}")
    (root / "data" / "articles" / "zz.yaml").write_text(bad, encoding="utf-8")
    result = runner.invoke(cli, ["--project", str(root), "build"])
    assert result.exit_code == 1, result.output
    assert f"articles/zz.yaml:7: violation: id:meeting/zz/m1 [{key}:{value}]: {message}" in (
        result.stderr
    )
    assert "held back: 1 article(s) with violations, not in the store (zz)" in result.output
    count = "SELECT (COUNT(?m) AS ?n) WHERE { ?m a sg:Meeting }"
    meetings = runner.invoke(cli, ["--project", str(root), "query", "run", "-e", count])
    assert meetings.stdout.split()[-3:] == ["1", "(1", "row)"]  # the seed's meeting only
    again = runner.invoke(cli, ["--project", str(root), "build"])
    assert again.exit_code == 1  # held back again, checked again
