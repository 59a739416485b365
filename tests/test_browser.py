"""Open the HTML of secgraph.viz in a real (headless) Chromium and check what it does.

Needs the Python ``playwright`` package and Debian's ``/usr/bin/chromium`` (not a browser
downloaded by ``playwright install``). Without them the module is skipped, unless the
environment variable ``CI`` is true: then it fails, so CI cannot pass by skipping.

:func:`open_page_checked` is the reusable part: it opens a local HTML file, blocks and records
every request that is not the file itself or a ``data:`` URL, and records console errors and
page errors, so a test can assert that ``problems`` stays empty.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from secgraph import viz

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}

if not IN_CI and not CHROMIUM.exists():
    pytest.skip(
        f"no browser at {CHROMIUM} (apt-get install chromium); with CI=true this fails instead",
        allow_module_level=True,
    )
if IN_CI:
    from playwright.sync_api import Browser, Page, Route, sync_playwright
else:
    pytest.importorskip("playwright", reason="pip install playwright (no 'playwright install')")
    from playwright.sync_api import Browser, Page, Route, sync_playwright

XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "</script><script>window.__xss=2</script>"
EX = "https://example.org/secgraph/"


# --------------------------------------------------------------------------- reusable helper


@dataclass
class CheckedPage:
    """A page opened by :func:`open_page_checked`; ``problems`` fills up while it runs."""

    page: Page
    problems: list[str] = field(default_factory=list)


def open_page_checked(browser: Browser, path: Path, *, ready: str | None = None) -> CheckedPage:
    """Open the local file ``path`` and record everything that should not happen.

    Any request other than the file itself or a ``data:`` URL is aborted and recorded, as are
    console errors (a Content-Security-Policy violation is one) and uncaught page errors.
    ``ready`` is a JavaScript expression to wait for after loading (e.g.
    ``"window.secgraphReady === true"``). Close the page's context when done:
    ``checked.page.context.close()``.
    """
    url = path.resolve().as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    checked = CheckedPage(page)

    def route(route: Route) -> None:
        request_url = route.request.url
        if request_url == url or request_url.startswith("data:"):
            route.continue_()
        else:
            checked.problems.append(f"request: {request_url}")
            route.abort()

    context.route("**/*", route)
    page.on(
        "request",
        lambda request: (
            None
            if request.url == url or request.url.startswith("data:")
            else checked.problems.append(f"request: {request.url}")
        ),
    )
    page.on(
        "console",
        lambda message: (
            checked.problems.append(f"console {message.type}: {message.text}")
            if message.type in ("error", "assert")
            else None
        ),
    )
    page.on("pageerror", lambda error: checked.problems.append(f"page error: {error}"))
    page.goto(url)
    if ready is not None:
        wait_until(page, ready)
    return checked


def wait_until(page: Page, expression: str, arg: Any = None, *, timeout: float = 60.0) -> None:
    """Poll ``expression`` (a JS expression or function of ``arg``) until it is truthy.

    ``page.wait_for_function`` evaluates its predicate with ``eval`` inside the page, which
    the page's Content-Security-Policy (rightly) forbids; ``page.evaluate`` is not subject
    to it.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {expression}")
        page.wait_for_timeout(50)


# --------------------------------------------------------------------------- fixtures


def _node(G: nx.Graph, tail: str, label: str, kind: str, country: str | None, **attrs: Any) -> str:
    iri = EX + tail
    G.add_node(
        iri, label=label, kind=kind, country=country, **({"sources": [], "dates": []} | attrs)
    )
    return iri


def _edge(G: nx.Graph, u: str, v: str, weight: int, **attrs: Any) -> None:
    G.add_edge(
        u,
        v,
        weight=weight,
        meetings=[f"{EX}meeting/{i}" for i in range(weight)],
        sources=[EX + "article/a1"],
        areas=attrs.pop("areas", ["Counter-terrorism"]),
        first=attrs.pop("first", "2019-02-14"),
        last=attrs.pop("last", "2021-06-01"),
        **attrs,
    )


def hostile_graph() -> nx.Graph:
    """Three countries, three officials (one named like an XSS payload), two organisations."""
    G = nx.Graph(projection="country-official")
    pak = _node(G, "country/PAK", "Pakistan", "country", "PAK")
    ind = _node(G, "country/IND", "India", "country", "IND")
    usa = _node(G, "country/USA", "United States", "country", "USA")
    khan = _node(
        G,
        "official/imran-khan",
        "Imran Khan",
        "official",
        "PAK",
        post="Prime Minister",
        sources=[EX + "article/a1"],
        articles=["Leaders meet in Islamabad"],
        dates=["2019-02-14", "2021-06-01"],
    )
    other = _node(G, "official/a-khan", "Abdul Khan", "official", "IND", post="NSA")
    evil = _node(G, "official/evil", XSS_IMG, "official", "USA", post=XSS_IMG)
    org = _node(G, "org/script", XSS_SCRIPT, "organisation", None, organisation=XSS_SCRIPT)
    un = _node(G, "org/un", "United Nations", "organisation", None)
    _edge(G, khan, pak, 1, relation="represents")
    _edge(G, other, ind, 1, relation="represents")
    _edge(G, evil, usa, 1, relation="represents")
    _edge(G, khan, other, 4, relation="counterpart", areas=["Counter-terrorism", "Nuclear"])
    _edge(G, khan, evil, 2, relation="counterpart", first=None, last=None)
    _edge(G, evil, org, 1, relation="member-of")
    _edge(G, other, un, 1, relation="member-of")
    return G


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "viz.html"
    viz.write_html(hostile_graph(), path, title="Test <b>graph</b> & co")
    return path


@pytest.fixture
def checked(browser: Browser, page_file: Path) -> Iterator[CheckedPage]:
    result = open_page_checked(browser, page_file, ready="window.secgraphReady === true")
    yield result
    result.page.context.close()


# --------------------------------------------------------------------------- tests


def test_page_draws_every_node_and_edge_offline(checked: CheckedPage) -> None:
    G = hostile_graph()
    counts = checked.page.evaluate("window.secgraphCounts")
    assert counts == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    assert checked.page.title() == "Test <b>graph</b> & co"
    assert checked.problems == []


def test_hostile_labels_are_text_and_run_nothing(checked: CheckedPage) -> None:
    page = checked.page
    page.fill("#search", "onerror")
    wait_until(page, "window.secgraphFilter.query === 'onerror'")
    assert page.locator("#matches li").all_inner_texts() == [XSS_IMG]
    assert page.get_by_text(XSS_IMG, exact=True).count() >= 1
    assert page.locator("img").count() == 0
    assert page.locator("script:not([type])").count() == 2  # vis-network and the page's own
    page.fill("#search", "</script>")
    wait_until(page, "window.secgraphFilter.query === '</script>'")
    assert page.locator("#matches li").all_inner_texts() == [XSS_SCRIPT]
    assert page.evaluate("window.__xss") is None
    assert checked.problems == []


def test_tooltip_shows_hostile_label_as_text(checked: CheckedPage) -> None:
    page = checked.page
    box = page.locator("#network").bounding_box()
    assert box is not None
    point = page.evaluate(
        """(id) => {
            const net = window.secgraph.network;
            return net.canvasToDOM(net.getPositions([id])[id]);
        }""",
        EX + "official/evil",
    )
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert XSS_IMG in text
    assert "Post:" in text
    assert tooltip.locator("img").count() == 0
    assert page.evaluate("window.__xss") is None
    assert checked.problems == []


@pytest.mark.parametrize(
    ("query", "hide", "expected"),
    [
        ("khan", False, ["official/a-khan", "official/imran-khan"]),
        ("KHAN", True, ["official/a-khan", "official/imran-khan"]),
        ("united", False, ["country/USA", "org/un"]),
        ("no such name", False, []),
    ],
)
def test_search_filters_nodes_by_label(
    checked: CheckedPage, query: str, hide: bool, expected: list[str]
) -> None:
    page = checked.page
    if hide:
        page.check("#hide-others")
    page.fill("#search", query)
    wait_until(page, "(q) => window.secgraphFilter.query === q", query.strip().lower())
    matches = page.evaluate("window.secgraphFilter.matches")
    assert sorted(matches) == [EX + tail for tail in expected]
    total = hostile_graph().number_of_nodes()
    assert page.locator("#match-count").inner_text() == f"{len(expected)} of {total} nodes match"
    hidden = page.evaluate("window.secgraph.nodes.get({filter: (n) => n.hidden}).length")
    assert hidden == (total - len(expected) if hide else 0)
    page.fill("#search", "")
    wait_until(page, "window.secgraphFilter.query === ''")
    assert page.evaluate("window.secgraph.nodes.get({filter: (n) => n.hidden}).length") == 0
    assert checked.problems == []


def test_legend_lists_countries_with_names(checked: CheckedPage) -> None:
    legend = checked.page.locator("#legend li").all_inner_texts()
    assert legend == [
        "IND \u2014 India",
        "PAK \u2014 Pakistan",
        "USA \u2014 United States",
        "no country",
    ]


@pytest.mark.parametrize(
    ("graph", "precomputed"),
    [
        (nx.random_regular_graph(3, 1200, seed=1), True),  # above 1,000 nodes
        (nx.empty_graph(3), True),  # no edges
        (nx.Graph(), True),  # nothing at all
    ],
    ids=["1200-nodes", "no-edges", "empty"],
)
def test_other_graphs_become_ready(
    browser: Browser, tmp_path: Path, graph: nx.Graph, precomputed: bool
) -> None:
    G = nx.relabel_nodes(graph, lambda n: f"{EX}n/{n}")
    path = viz.write_html(G, tmp_path / "graph.html", title="graph")
    checked = open_page_checked(browser, path, ready="window.secgraphReady === true")
    try:
        counts = checked.page.evaluate("window.secgraphCounts")
        assert counts == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
        xs = checked.page.evaluate("window.secgraph.nodes.get().map((n) => n.x)")
        assert all((x is not None) is precomputed for x in xs)
        assert checked.problems == []
    finally:
        checked.page.context.close()


def test_screenshot(checked: CheckedPage) -> None:
    """Not an assertion of looks: saves tests/artifacts/viz.png for a human to look at."""
    page = checked.page
    page.fill("#search", "khan")
    wait_until(page, "window.secgraphFilter.query === 'khan'")
    page.locator("#matches li button").first.click()
    page.wait_for_timeout(600)  # let the focus animation finish before the picture
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz.png"))
    assert (ARTIFACTS / "viz.png").stat().st_size > 0
    assert checked.problems == []
