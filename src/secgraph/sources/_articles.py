"""Article fact files as a kind of source: ``articles/<id>.yaml`` -> ``graph:article/<id>``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import URIRef

from ..facts import ArticleFacts, article_paths, file_sha256, read_article, unreadable
from ..mint import build_article, relation_parts
from ..validation import article_candidates, own_prefixes
from ..vocab import RDF, SG, article_graph_iri
from ._protocol import Built, FileState, MintContext, SourceEntry, Triple

__all__ = ["OWNED_CLASSES", "ArticleFiles", "article_entry"]

#: Typed entities an article's graph mints in its own namespace, counted per class.
OWNED_CLASSES = ("Article", "Meeting", "Delegation", "Commitment", "Evidence")


class ArticleFiles:
    """Fact files (``articles/<id>.yaml``), keyed by article id."""

    name = "article"
    folder = "articles"

    def discover(self, data_dir: Path) -> dict[str, str]:
        return article_paths(data_dir)

    def graph_iri(self, key: str) -> URIRef:
        return article_graph_iri(key)

    def unchanged(self, state: FileState, path: str) -> bool:
        sha256, text, text_sha256, mtime_ns, size = state
        stat = os.stat(path)
        if (mtime_ns != stat.st_mtime_ns or size != stat.st_size) and file_sha256(path) != sha256:
            return False
        if text is None:
            return True
        text_path = os.path.join(os.path.dirname(path), text)
        return os.path.isfile(text_path) and file_sha256(text_path) == text_sha256

    def build(self, path: str, context: MintContext) -> Built:
        try:  # before reading: a later edit then shows as a changed mtime
            stat = os.stat(path)
        except OSError as err:
            raise unreadable(path, "fact file", err) from err
        article = read_article(path, context.reference)
        name = article_graph_iri(article.id)
        triples = list(
            build_article(article, resolver=context.resolver, data_dir=str(context.root))
        )
        return Built(
            key=article.id,
            graph=name,
            triples=triples,
            entry=article_entry(article, stat, triples),
            candidates=article_candidates(str(name), triples),
            parts=relation_parts(article, context.resolver),
        )


def article_entry(
    article: ArticleFacts, stat: os.stat_result, triples: Iterable[Triple]
) -> SourceEntry:
    text = Path(article.text_path) if article.text_path is not None else None
    triples = list(triples)
    return SourceEntry(
        triples=len(triples),
        owned=_owned_classes(article_graph_iri(article.id), triples),
        sha256=article.sha256,
        text=text.name if text is not None else None,
        text_sha256=file_sha256(text) if text is not None else None,
        mtime_ns=stat.st_mtime_ns,
        size=stat.st_size,
    )


_OWNED_IRIS = {str(SG[c]): c for c in OWNED_CLASSES}
_RDF_TYPE = str(RDF.type)


def _owned_classes(graph_iri: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> dict[str, int]:
    """Typed entities an article's graph owns (minted in its own namespace), per class."""
    own = own_prefixes(str(graph_iri))
    seen: dict[str, set[str]] = {}
    for s, p, o in triples:
        # plain str comparisons: rdflib's term __eq__ and __hash__ cost ten times more
        if (
            str.__eq__(p, _RDF_TYPE)
            and (kind := _OWNED_IRIS.get(str(o))) is not None
            and str.startswith(s, own)
        ):
            seen.setdefault(kind, set()).add(str(s))
    return {k: len(v) for k, v in seen.items()}
