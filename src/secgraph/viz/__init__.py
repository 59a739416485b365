"""Draw and export the networkx projections: an offline HTML page, SVG / PNG, GraphML, GEXF.

This module sees networkx graphs only, never rdflib (see :mod:`secgraph.network` for the node
and edge attributes). :func:`to_html` makes one self-contained page: vis-network is inlined
(vendored in ``_static/``), a Content-Security-Policy forbids every request, and every label
reaches the page as text, never as markup. Every ``write_*`` function writes a temporary file
beside the target and renames it, so a failure never leaves half a file.

Private submodules: ``_style`` (colours, shapes, labels, sizes, legend), ``_layout`` (node
positions, Graphviz), ``_html`` (the page), ``_image`` (DOT, SVG / PNG via Graphviz or
matplotlib), ``_export`` (GraphML, GEXF, Cytoscape JSON) and ``_files`` (atomic writes).
"""

from __future__ import annotations

from ._export import NETWORK_FORMATS, write_network
from ._export import NetworkFormat as NetworkFormat
from ._html import CSP, to_html, write_html
from ._image import Engine as Engine
from ._image import ImageFormat as ImageFormat
from ._image import to_dot, to_image, write_image
from ._style import country_color

__all__ = [
    "CSP",
    "NETWORK_FORMATS",
    "country_color",
    "to_dot",
    "to_html",
    "to_image",
    "write_html",
    "write_image",
    "write_network",
]
