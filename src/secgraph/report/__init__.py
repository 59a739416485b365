"""One self-contained, offline HTML page about a built graph: the page a newcomer opens first.

:func:`build_report` gathers, from any :class:`~secgraph.store.Store`: counts (articles,
meetings, countries, officials...), the validation verdict with its warnings (the caller
validates and passes the :class:`~secgraph.validation.Report`), the country-official network
(the same interactive page as ``secgraph viz``, in a sandboxed ``<iframe srcdoc>``), the top
centralities, the timelines of the busiest country pairs and the results of every saved
query. Every value reaches the page through :func:`html.escape`; a Content-Security-Policy
forbids every request and allows only the network page's own scripts, by hash.

A saved query with a required parameter that has no default is run with the busiest country
(most meetings) when the parameter is a country, and skipped, with the reason shown,
otherwise.

:func:`write_build_report` does it all for a build folder: it opens the store, takes the
build's validation (or validates the store when the build's manifest cannot vouch for it) and
writes the page.

Private submodules: ``_build`` (the report of a build folder), ``_counts`` (the
:class:`Counts` query), ``_sections`` (overview, validation, network, centrality and timelines
as HTML), ``_saved`` (saved queries run and their results as HTML) and ``_page`` (the page, its
stylesheet and Content-Security-Policy).
"""

from __future__ import annotations

from ._build import WrittenReport, write_build_report
from ._counts import Counts, read_counts
from ._page import build_report, write_report

__all__ = [
    "Counts",
    "WrittenReport",
    "build_report",
    "read_counts",
    "write_build_report",
    "write_report",
]
