"""``secgraph report``: the page's content, and the page in a real browser (offline, no XSS).

The browser tests need the ``playwright`` package and Debian's ``/usr/bin/chromium``; without
them they are skipped, unless ``CI`` is true: then they fail. They reuse
``open_page_checked`` from ``test_browser.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ONTOLOGY, TESTS

import secgraph as sg
from secgraph import report
from secgraph.cli import cli
from secgraph.queries import read_queries

CORPUS = TESTS / "data" / "corpus"
QUERIES = TESTS.parent / "queries"
ARTIFACTS = TESTS / "artifacts"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_TITLE = "Talks </script><script>window.__xss=2</script>"
CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
NO_BROWSER = not IN_CI and not CHROMIUM.exists()

HOSTILE = f"""
article:
  title: '{XSS_TITLE}'
officials:
  - id: evil
    name: '{XSS_IMG}'
    country: PAK
meetings:
  - id: talks
    date: 2022-02-02
    delegations:
      - country: PAK
        leader: evil
      - country: USA
        leader: elizabeth-horst
    areas: [border-security]
"""


@pytest.fixture(scope="module")
def corpus_store() -> sg.MemoryStore:
    ontology = sg.read_ontology(ONTOLOGY)
    return sg.MemoryStore(sg.build_dataset(sg.read_facts(CORPUS), ontology=ontology))


def test_counts(corpus_store: sg.MemoryStore) -> None:
    assert report.read_counts(corpus_store) == report.Counts(
        articles=6,
        meetings=7,
        dated=5,
        countries=5,
        officials=10,
        organisations=5,
        delegations=14,
        commitments=5,
        dialogues=3,
        evidence=28,
    )


def test_report_holds_every_section(corpus_store: sg.MemoryStore) -> None:
    ontology = sg.read_ontology(ONTOLOGY)
    validation = sg.validate(corpus_store.to_dataset(), ontology.shapes)
    queries = read_queries(QUERIES) if QUERIES.is_dir() else {}
    page = report.build_report(corpus_store, validation=validation, queries=queries)
    for section in ("overview", "validation", "network", "centrality", "timelines", "queries"):
        assert f'<section id="{section}">' in page
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;' in page
    )
    assert "<iframe" in page and 'sandbox="allow-scripts"' in page
    assert "conforms</span> 0 violation(s)" in page
    assert "Pakistan \u2013 United States: 3 meeting(s)" in page
    for name in queries:
        assert f"<code>{name}</code></h3>" in page


def test_report_runs_every_saved_query_with_values_from_the_graph(
    corpus_store: sg.MemoryStore,
) -> None:
    """Regression: pair queries ran with country=PAK, other=PAK (no rows), and the three that
    need an article or a fact were skipped."""
    queries = read_queries(QUERIES)
    page = report.build_report(corpus_store, queries=queries)
    assert "skipped" not in page and "could not run" not in page
    section = page[page.index('<section id="queries">') :]
    pairs = [q for q in queries.values() if {"country", "other"} <= {p.name for p in q.params}]
    pairs = [q for q in pairs if all(p.required for p in q.params if p.name == "other")]
    # pair-areas, pair-timeline and the four dyad queries: each gets the busiest pair
    assert section.count("Parameters: <code>country=PAK, other=") == len(pairs) == 6
    assert "other=PAK" not in section
    article, meeting = report.latest_article(corpus_store)
    assert article is not None and meeting is not None and article in meeting
    assert f"Parameters: <code>article={article}</code>" in section
    assert f"Parameters: <code>fact={meeting}</code>" in section


def test_report_command_defaults_to_build_report_html(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "build"
    built = runner.invoke(
        cli, ["build", str(CORPUS), "--out", str(out), "--ontology", str(ONTOLOGY)]
    )
    assert built.exit_code == 0, built.output
    result = runner.invoke(cli, ["report", "--build", str(out), "--ontology", str(ONTOLOGY)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{out / 'report.html'}\n"
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p.name for p in out.iterdir() if p.name.startswith(".report.html")]  # no temp


def test_report_validates_the_store_when_the_manifest_cannot_vouch(
    make_data_dir,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    # a planted problem: a meeting with one delegation
    data = make_data_dir(
        bad="article:\n  title: One side\nmeetings:\n  - id: m\n    delegations:\n"
        "      - country: PAK\n"
    )
    out = tmp_path / "build"
    runner = CliRunner()
    args = ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY)]
    args.append("--allow-violations")  # loaded although it violates (else held back)
    assert runner.invoke(cli, args).exit_code == 1  # built, but does not conform
    (out / "manifest.sqlite").unlink()
    result = runner.invoke(cli, ["report", "--build", str(out), "--ontology", str(ONTOLOGY)])
    assert result.exit_code == 0, result.output
    assert "does not conform" in result.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "articles/bad.yaml" in page


def test_report_without_a_build_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "--build", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"secgraph: {tmp_path / 'nowhere'}")
    assert line.endswith("run 'secgraph build' first")


def test_hostile_labels_are_escaped_in_the_html(make_data_dir, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _hostile_report(make_data_dir, tmp_path).read_text(encoding="utf-8")
    outside = re.sub(r'srcdoc="[^"]*"', "", page)
    assert XSS_IMG not in outside and "<script>window.__xss" not in outside
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in outside
    assert "<script" not in outside  # the report itself runs no script; the network is framed


def _hostile_report(make_data_dir, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    data = make_data_dir(with_seed=True, hostile=HOSTILE)
    out = tmp_path / "build"
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(data), "--out", str(out), "--ontology", str(ONTOLOGY)])
    assert built.exit_code in (0, 1), built.output
    target = tmp_path / "report.html"
    result = runner.invoke(
        cli, ["report", "--build", str(out), "--ontology", str(ONTOLOGY), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    return target


# --------------------------------------------------------------------------- in the browser

#: How many pixels of the network's canvas are not transparent (vis-network draws on a
#: transparent canvas: a blank one has none).
CANVAS_PIXELS = """() => {
  const c = document.querySelector('#network canvas');
  if (!c) return 0;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}"""


def _drawn_pixels(png: bytes, *, left: int) -> int:
    """Pixels of a screenshot, right of ``left`` (the network, not the side panel), that are
    not the page's white or near-white background."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    width, height = image.size
    region = image.crop((min(left, width - 1), 4, width - 4, height - 4))
    return sum(count for value, count in enumerate(region.histogram()) if value < 235)


@pytest.mark.skipif(NO_BROWSER, reason=f"no browser at {CHROMIUM}; with CI=true this fails")
def test_report_in_the_browser(make_data_dir, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not IN_CI:
        pytest.importorskip("playwright", reason="pip install playwright")
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM_ARGS, open_page_checked, wait_until

    path = _hostile_report(make_data_dir, tmp_path)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            checked = open_page_checked(browser, path)
            page = checked.page
            wait_until(page, "document.querySelector('iframe') !== null")
            frame = page.frames[1]
            deadline_ok = False
            for _ in range(600):
                if frame.evaluate("window.secgraphReady === true"):
                    deadline_ok = True
                    break
                page.wait_for_timeout(100)
            assert deadline_ok, "the network never finished drawing"
            counts = frame.evaluate("window.secgraphCounts")
            assert counts == {"nodes": 5, "edges": 5}  # PAK, USA, Horst, Khan, evil
            assert page.evaluate("window.__xss") is None
            assert frame.evaluate("window.__xss") is None
            assert XSS_IMG in page.inner_text("#centrality")  # shown as text
            assert page.locator("#centrality img").count() == 0
            assert checked.problems == []
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
            # what a person sees: the frame in view, its network drawn (Chromium paints a
            # sandboxed frame only once it is on screen, so poll the screenshot)
            iframe = page.locator("iframe")
            iframe.scroll_into_view_if_needed()
            drawn = 0
            for _ in range(300):  # (a loaded machine took more than 10 s to paint it once)
                drawn = _drawn_pixels(iframe.screenshot(), left=330)
                if drawn > 2_000:
                    break
                page.wait_for_timeout(100)
            assert drawn > 2_000, f"the network frame shows {drawn} drawn pixels: blank"
            canvas = frame.evaluate(CANVAS_PIXELS)
            assert canvas > 2_000, f"the network canvas holds {canvas} drawn pixels"
            page.screenshot(path=str(ARTIFACTS / "report-network.png"))
            checked.page.context.close()
        finally:
            browser.close()


#: Boxes that stick out: the page wider than the window, a section wider than itself, or a
#: table wider than its cell (where it does not scroll) or overlapping the next cell.
OVERFLOWS = """() => {
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) out.push(`page ${doc.scrollWidth}px`);
  for (const s of document.querySelectorAll('section')) {
    if (s.scrollWidth > s.clientWidth + 1) out.push(`section ${s.id} ${s.scrollWidth}px`);
  }
  for (const t of document.querySelectorAll('table')) {
    const box = t.parentElement;
    const scrolls = getComputedStyle(box).overflowX === 'auto';
    const cell = box.getBoundingClientRect();
    const section = t.closest('section').getBoundingClientRect();
    if (!scrolls && t.getBoundingClientRect().right > cell.right + 1) out.push('table sticks out');
    if (cell.right > section.right + 1) out.push(`table box beyond section ${t.closest('section').id}`);
  }
  const cells = [...document.querySelectorAll('.grid2 > div')].map((d) => d.getBoundingClientRect());
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1], b = cells[i];
    if (a.top < b.bottom && b.top < a.bottom && a.right > b.left + 1) out.push('cells overlap');
  }
  return out;
}"""


@pytest.mark.skipif(NO_BROWSER, reason=f"no browser at {CHROMIUM}; with CI=true this fails")
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)], ids=["1280px", "phone"])
def test_report_tables_fit(make_data_dir, tmp_path: Path, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Regression: at 1,280 px the two "Who is central" tables overflowed into each other."""
    if not IN_CI:
        pytest.importorskip("playwright", reason="pip install playwright")
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM_ARGS

    path = _hostile_report(make_data_dir, tmp_path)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            page.goto(path.resolve().as_uri())
            assert page.evaluate(OVERFLOWS) == []
            ARTIFACTS.mkdir(exist_ok=True)
            page.locator("#centrality").scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / f"report-centrality-{width}.png"))
            context.close()
        finally:
            browser.close()
