"""Which store a command uses, parsed once: :class:`StoreSpec`.

A spec is written as text on the command line, in ``SECGRAPH_STORE`` and in the build's
manifest (``oxigraph``, ``oxigraph:PATH``, ``memory``, an http(s):// URL (an Oxigraph
server's layout) ``[,timeout=S][,stage=auto|load|post]``,
``query=URL,update=URL,gsp=URL[,timeout=S][,stage=auto|load|post]`` or ``remote``). The CLI
parses it once, at the edge; the library takes the parsed value (or the text, which it
parses the same way).

>>> StoreSpec.parse("oxigraph").kind
'oxigraph'
>>> StoreSpec.parse("query=http://h/q,update=http://h/u").endpoints
('http://h/q', 'http://h/u', None)
>>> StoreSpec.parse("http://127.0.0.1:7878,timeout=60,stage=post").timeout
60.0
>>> StoreSpec.parse("http://127.0.0.1:7878").stage
'auto'
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit, urlunsplit

from ..errors import StoreError

__all__ = ["STORE_SPECS", "StoreSpec", "split_credentials"]

STORE_SPECS = (
    "'oxigraph', 'oxigraph:PATH', 'memory', an http(s):// URL[,timeout=S][,stage=auto|load|post], "
    "'query=URL,update=URL,gsp=URL' or 'remote'"
)


@dataclass(frozen=True)
class StoreSpec:
    """A parsed store spec: its ``kind``, the ``text`` it was parsed from (what the manifest
    records), the path of an ``oxigraph:PATH`` store, and a server's endpoints and timeout
    (query, update, graph store; a base URL gives the Oxigraph server's layout)."""

    kind: Literal["oxigraph", "memory", "remote"]
    text: str
    path: Path | None = None
    base: str | None = None
    endpoints: tuple[str, str | None, str | None] | None = None
    timeout: float = 30
    #: how a build's new graphs reach a server (:mod:`secgraph.store._commit`): ``auto``
    #: (the default: carried in the swap request when the engine takes it, else ``post``;
    #: :mod:`secgraph.store._staging`), ``load`` (carried, or fetched by the server inside
    #: the swap) or ``post`` (uploaded before the swap)
    stage: Literal["auto", "load", "post"] = "auto"

    @classmethod
    def parse(cls, text: str | StoreSpec) -> StoreSpec:
        """The spec ``text`` names (a StoreError naming the forms when it names none)."""
        if isinstance(text, StoreSpec):
            return text
        if text == "oxigraph":
            return cls("oxigraph", text)
        if text.startswith("oxigraph:") and text != "oxigraph:":
            return cls("oxigraph", text, path=Path(text.partition(":")[2]))
        if text == "memory":
            return cls("memory", text)
        if text.startswith(("http://", "https://")):
            base, _, rest = text.partition(",")
            _check_url("--store", base)
            options = _options(rest, ("timeout", "stage")) if rest else {}
            return cls(
                "remote",
                text,
                base=base,
                timeout=float(options.get("timeout", 30)),
                stage=_stage(options.get("stage", "auto")),
            )
        if text == "remote":
            env = {
                k: os.environ.get(f"SECGRAPH_{k.upper()}_URL") for k in ("query", "update", "gsp")
            }
            if not env["query"]:
                raise StoreError(
                    "--store remote needs SECGRAPH_QUERY_URL (and _UPDATE_URL, _GSP_URL)"
                )
            return cls("remote", text, endpoints=(env["query"], env["update"], env["gsp"]))
        if text.startswith("query="):
            parts = _options(text, ("query", "update", "gsp", "timeout", "stage"))
            endpoints = (parts["query"], parts.get("update") or None, parts.get("gsp") or None)
            for key, url in zip(("query", "update", "gsp"), endpoints, strict=True):
                if url is not None and not url.startswith(("http://", "https://")):
                    raise StoreError(
                        f"--store {key}={url!r} is not an http:// or https:// URL; give the "
                        "endpoint's URL"
                    )
                if url is not None:
                    _check_url(f"--store {key}", url)
            return cls(
                "remote",
                text,
                endpoints=endpoints,
                timeout=float(parts["timeout"]),
                stage=_stage(parts["stage"]),
            )
        raise StoreError(f"unknown store '{text}'; use {STORE_SPECS}")

    @property
    def identity(self) -> str:
        """Which store this is, as the build's manifest records it: the ``text`` less what
        does not change the store's content (``timeout=``, ``stage=``, a
        ``user:password@``), with ``remote`` resolved to its endpoints. A build whose
        store's identity differs from the last one's is a full build.

        >>> StoreSpec.parse("http://ann:pw@h:7878,timeout=60").identity
        'http://h:7878'
        >>> StoreSpec.parse("oxigraph").identity
        'oxigraph'
        """
        if self.kind != "remote":
            return self.text
        if self.base is not None:
            return split_credentials(self.base)[0]
        assert self.endpoints is not None
        keys = ("query", "update", "gsp")
        return ",".join(
            f"{k}={split_credentials(url)[0]}"
            for k, url in zip(keys, self.endpoints, strict=True)
            if url
        )

    def local_path(self, build_dir: str | Path) -> Path | None:
        """Where an embedded Oxigraph store lives (None for other kinds)."""
        if self.kind != "oxigraph":
            return None
        return self.path if self.path is not None else Path(build_dir) / "store"

    def generation(self, build_dir: str | Path) -> str | None:
        """The generation directory a local store links to (a full build makes a new one);
        ``"-"`` for other stores (their graph names are compared with the manifest
        instead); None when there is no local store."""
        local = self.local_path(build_dir)
        if local is None:
            return "-"
        try:
            return os.readlink(local)
        except OSError:
            return None

    def exists(self, build_dir: str | Path) -> bool:
        """Whether there is something to open without creating it (servers always are)."""
        local = self.local_path(build_dir)
        if local is not None:
            return local.exists()
        if self.kind == "memory":
            return (Path(build_dir) / "secgraph.trig").is_file()
        return True

    def __str__(self) -> str:
        return self.text


def split_credentials(url: str) -> tuple[str, str | None]:
    """``url`` without its ``user:password@``, and the HTTP Basic ``Authorization`` value
    they give (None when the URL has none; urllib sends none from a URL by itself).

    >>> split_credentials("http://ann:s%40cret@h:7878/query")
    ('http://h:7878/query', 'Basic YW5uOnNAY3JldA==')
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    token = f"{unquote(user)}:{unquote(password)}".encode()
    bare = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return bare, "Basic " + base64.b64encode(token).decode("ascii")


#: The longest ``timeout=`` (a year): the socket layer overflows far above it.
_MAX_TIMEOUT = 365 * 24 * 3600.0


def _check_url(where: str, url: str) -> None:
    """Refuse a URL ``urllib`` cannot split (``http://[::1``: a traceback at the first
    request) with one line."""
    try:
        urlsplit(url).port  # noqa: B018  (the port is checked when read)
    except ValueError as err:
        raise StoreError(f"{where}={url[:60]!r} is not a valid URL ({err}); check it") from err


def _stage(value: str) -> Literal["auto", "load", "post"]:
    """A checked ``stage=`` value (see :func:`_options`), typed."""
    return "load" if value == "load" else "post" if value == "post" else "auto"


def _options(text: str, keys: tuple[str, ...]) -> dict[str, str]:
    """``key=value`` parts of a server spec, comma-separated, checked: only ``keys``, a
    positive finite ``timeout`` (30 when not given), ``stage`` auto, load or post (auto when
    not given).

    >>> _options("timeout=5,stage=post", ("timeout", "stage"))
    {'timeout': '5', 'stage': 'post'}
    """
    parts = dict(p.strip().partition("=")[::2] for p in text.split(","))
    unknown = sorted(set(parts) - set(keys))
    if unknown:
        allowed = ", ".join(f"{k}=" for k in keys)
        raise StoreError(f"unknown key '{unknown[0]}' in --store; use {allowed}")
    parts["stage"] = parts.get("stage") or "auto"
    if parts["stage"] not in ("auto", "load", "post"):
        raise StoreError(
            f"--store stage={parts['stage']!r}: use stage=auto, stage=load or stage=post"
        )
    given = parts.get("timeout") or "30"
    try:
        timeout = float(given)
    except ValueError as err:
        raise StoreError(f"--store timeout={given!r} is not a number of seconds") from err
    if not timeout > 0 or timeout == float("inf"):  # nan, 0, -1, inf
        raise StoreError(f"--store timeout={given!r} must be a positive number of seconds")
    if timeout > _MAX_TIMEOUT:  # 1e20 overflowed the socket's time_t: a traceback
        raise StoreError(
            f"--store timeout={given[:40]!r} is too long; give at most {_MAX_TIMEOUT:.0f} seconds"
        )
    parts["timeout"] = given
    return parts
