"""Evidence quotes are the article's own words, also where the splitter marked a list."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from conftest import DATA

import secgraph as sg
from secgraph.cli import cli
from secgraph.extract._quotes import as_written
from secgraph.extract._text import split_sentences

# Written for this test: a joint statement whose delegation lists stand one entry a line,
# with no stop of their own, and a list of related items at the foot.
TEXT = """Joint Statement on the second meeting of the Pakistan-Uzbekistan Joint Working Group

1. The second meeting of the Pakistan-Uzbekistan Joint Working Group on Counter-Terrorism was
held in Islamabad on 3 March 2026.

The delegation of Pakistan comprised:
Mr Imran Qadir - Additional Secretary, Ministry of Interior
Brigadier Saad Rafiq - Director, Counter-Terrorism Wing

The delegation of Uzbekistan comprised:
Mr Bakhtiyor Nodirov - Deputy Secretary of the Security Council
Colonel Jasur Karimov - Head of Department, State Security Service

2. The two sides agreed to exchange information on terrorist financing.

Related items:
02.03.2026 Pakistan and Kazakhstan discuss border trade
01.03.2026 Seminar on cyber threats held in Tashkent
"""


def test_a_marked_list_keeps_its_spans_on_the_text() -> None:
    for s in split_sentences(TEXT):
        assert " ".join(TEXT[s.start : s.end].split()) == as_written(s.text, TEXT)


def test_a_marked_quote_is_written_as_the_article_writes_it() -> None:
    quote = "Related items: 02.03.2026 Pakistan and Kazakhstan discuss border trade;"
    assert as_written(quote, TEXT) == (
        "Related items: 02.03.2026 Pakistan and Kazakhstan discuss border trade"
    )
    assert as_written("not in the text;", TEXT) == "not in the text;"


def test_every_quote_of_the_draft_is_in_the_text(lexicon: sg.Lexicon) -> None:
    draft = sg.extract(TEXT, lexicon, article_id="pk-uz-jwg")
    flat = " ".join(TEXT.split())
    quotes = [q for m in draft.meetings for q in m.evidence]
    quotes += [q for m in draft.meetings for d in m.delegations for q in d.evidence]
    quotes += [q for c in draft.commitments for q in c.evidence]
    assert quotes
    assert [q for q in quotes if q not in flat] == []


def test_the_draft_of_a_listed_statement_builds(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    article = tmp_path / "pk-uz-jwg.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = data / "articles" / "pk-uz-jwg.yaml"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(article), "-o", str(out), "--data", str(data)])
    assert result.exit_code == 0, result.output
    sg.read_article(out, sg.read_reference(data / "reference"))
