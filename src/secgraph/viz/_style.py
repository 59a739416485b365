"""Colours, shapes, labels, sizes and the country legend shared by every drawing."""

from __future__ import annotations

import colorsys
import hashlib
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

import networkx as nx

__all__ = [
    "_MARKERS",
    "_SHAPES",
    "_SYMBOLS",
    "_country_names",
    "_label",
    "_legend",
    "_scaled_sizes",
    "_strings",
    "country_color",
]

_NO_COUNTRY = "#8c96a0"
_PALETTE_SALT = 1605
_SHAPES = {"country": "hexagon", "official": "dot", "organisation": "diamond"}
_SYMBOLS = {"hexagon": "\u2b22", "dot": "\u25cf", "diamond": "\u25c6"}
_MARKERS = {"country": "h", "official": "o", "organisation": "D"}


def country_color(code: str | None) -> str:
    """Return a stable colour for an ISO country code (grey for None).

    Hue, one of three lightness bands and saturation come from a SHA-256 hash of the salted
    code, so a country has the same colour in every graph; the salt was picked so that the
    twelve countries most present in the corpus (PAK, IND, USA, CHN, RUS, AFG, IRN, GBR, FRA,
    SAU, TUR, ARE) get clearly different colours.

    >>> country_color("PAK") == country_color("pak"), country_color(None)
    (True, '#8c96a0')
    """
    if not code:
        return _NO_COUNTRY
    digest = hashlib.sha256(f"{_PALETTE_SALT}:{code.upper()}".encode()).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    lightness = (0.34, 0.47, 0.60)[digest[2] % 3]
    saturation = 0.55 + digest[3] / 255 * 0.30
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def _label(G: nx.Graph, node: Any) -> str:
    label = G.nodes[node].get("label")
    return str(label) if label else re.split(r"[/#]", str(node).rstrip("/#"))[-1]


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]


def _scaled_sizes(
    G: nx.Graph, sizes: Mapping[Any, float] | None, low: float, high: float
) -> dict[Any, float]:
    """Map ``sizes`` (default: degree) linearly onto ``[low, high]``."""
    raw = {node: float(sizes.get(node, 0.0) if sizes else G.degree(node)) for node in G}
    if not raw:
        return {}
    smallest, largest = min(raw.values()), max(raw.values())
    if largest == smallest:
        return dict.fromkeys(raw, (low + high) / 2)
    return {
        node: low + (value - smallest) / (largest - smallest) * (high - low)
        for node, value in raw.items()
    }


def _country_names(G: nx.Graph) -> dict[str, str]:
    """ISO code -> country label, from the country nodes of ``G``."""
    names: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        code = data.get("country")
        if data.get("kind") == "country" and code:
            names.setdefault(str(code), _label(G, node))
    return names


def _legend(G: nx.Graph) -> list[tuple[str, str]]:
    """(colour, text) per country code present in G, by code; then "no country"."""
    names = _country_names(G)
    codes = Counter(str(data["country"]) for _, data in G.nodes(data=True) if data.get("country"))
    entries = [
        (country_color(code), f"{code} \u2014 {names[code]}" if code in names else code)
        for code in sorted(codes)
    ]
    if any(not data.get("country") for _, data in G.nodes(data=True)):
        entries.append((_NO_COUNTRY, "no country"))
    return entries
