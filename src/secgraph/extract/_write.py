"""Write a :class:`Draft` as a fact file that ``secgraph build`` accepts as it stands.

The YAML is written by hand (not dumped) so that each line a person should check carries
``# review: why`` and the top of the file lists what the text did not give.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from ..errors import InputError
from ._model import Draft

__all__ = ["to_yaml", "write_draft"]

_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._/()'-]*")
_RESERVED = frozenset(["yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"])


def _scalar(value: str) -> str:
    if (
        _PLAIN.fullmatch(value)
        and value.lower() not in _RESERVED
        and not value.endswith(" ")
        and not re.fullmatch(r"[\d.-]+", value)
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def _folded(key: str, value: str, indent: str, comment: str = "") -> list[str]:
    """``key: >-`` with the words wrapped at 96 columns (whitespace is one space in YAML)."""
    words = value.split()
    lines = [f"{indent}{key}: >-{comment}"]
    inner = indent + "  "
    current = inner
    for word in words:
        if len(current) + len(word) + 1 > 96 and current.strip():
            lines.append(current.rstrip())
            current = inner
        current += word + " "
    lines.append(current.rstrip())
    return lines


def _text(key: str, value: str, indent: str, comment: str = "") -> list[str]:
    line = f"{indent}{key}: {_scalar(value)}"
    if len(line) <= 96 or "\n" in value:
        return [line + comment]
    return _folded(key, value, indent, comment)


def _list_of_texts(key: str, values: tuple[str, ...], indent: str) -> list[str]:
    if not values:
        return []
    out = [f"{indent}{key}:"]
    for v in values:
        item = _folded("x", v, indent + "  ")
        out.append(f"{indent}  - >-")
        out.extend(item[1:])
    return out


def _flow(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(_scalar(v) for v in values) + "]"


def _comment(why: str | None) -> str:
    return f"  # review: {why}" if why else ""


def to_yaml(draft: Draft, *, text_file: str | None = None) -> str:
    """The draft as fact-file YAML; ``text_file`` names the article text written beside it."""
    out = [
        f"# Draft facts for '{draft.article_id}', proposed by secgraph extract: review, then build."
    ]
    if draft.lacks:
        out.append("# The text did not give:")
        out.extend(f"#   - {why}" for why in draft.lacks)
    out.append("article:")
    out += _text("title", draft.title, "  ")
    if draft.published:
        out.append(f"  published: {draft.published.isoformat()}")
    out.append(f"  language: {draft.language}")
    if text_file:
        out.append(f"  text: {_scalar(text_file)}")
    if draft.meetings:
        out += ["", "meetings:"]
    for m in draft.meetings:
        why = dict(m.review)
        out.append(f"  - id: {m.id}")
        if m.date:
            out.append(f"    date: {m.date.isoformat()}{_comment(why.get('date'))}")
        if m.end_date:
            out.append(f"    end_date: {m.end_date.isoformat()}")
        if m.place:
            out.append(f"    place: {m.place}{_comment(why.get('place'))}")
        if m.host:
            out.append(f"    host: {m.host}")
        if m.dialogue:
            out.append(f"    dialogue: {m.dialogue}{_comment(why.get('dialogue'))}")
        if m.round:
            out.append(f"    round: {m.round}")
        if m.summary:
            out += _text("summary", m.summary, "    ")
        out.append("    delegations:")
        for d in m.delegations:
            out.append(f"      - country: {d.country}")
            if d.leader:
                out.append(f"        leader: {d.leader}{_comment(d.review)}")
            if d.members:
                out.append(f"        members: {_flow(d.members)}")
            out += _list_of_texts("evidence", d.evidence, "        ")
        for key, values in (("areas", m.areas), ("threats", m.threats), ("discussed", m.discussed)):
            if values:
                note = (
                    "  # review: countries only talked about, not parties"
                    if key == "discussed"
                    else ""
                )
                out.append(f"    {key}: {_flow(values)}{note}")
        out += _list_of_texts("evidence", m.evidence, "    ")
    if draft.commitments:
        out += ["", "commitments:"]
    for c in draft.commitments:
        out.append(f"  - id: {c.id}")
        if c.meeting:
            out.append(f"    meeting: {c.meeting}")
        out.append(f"    parties: {_flow(c.parties)}")
        out += _folded("description", c.description, "    ", "  # review: the sentence as written")
        if c.areas:
            out.append(f"    areas: {_flow(c.areas)}")
        out += _list_of_texts("evidence", c.evidence, "    ")
    if draft.officials:
        out += ["", "officials:"]
    for o in draft.officials:
        out.append(f"  - id: {o.id}{_comment(o.review)}")
        out += _text("name", o.name, "    ")
        if o.honorific:
            out += _text("honorific", o.honorific, "    ")
        out.append(f"    country: {o.country}")
        if o.post:
            out.append(f"    posts: [{o.post}]")
        elif o.title:
            out.append(f"    # title: {o.title}")
    if draft.organisations:
        out += ["", "organisations:"]
    for g in draft.organisations:
        out.append(f"  - id: {g.id}{_comment(g.review)}")
        out += _text("name", g.name, "    ")
        out.append(f"    country: {g.country}")
        out.append(f"    type: {g.type}")
        if g.posts:
            out.append("    posts:")
            for p in g.posts:
                out.append(f"      - id: {p.id}")
                out += _text("title", p.title, "        ")
    if draft.places:
        out += ["", "places:"]
    for pl in draft.places:
        out.append(f"  - id: {pl.id}")
        out += _text("name", pl.name, "    ")
        out.append(f"    country: {pl.country}")
        out.append("    type: city")
    if draft.dialogues:
        out += ["", "dialogues:"]
    for dg in draft.dialogues:
        out.append(f"  - id: {dg.id}")  # the round is the meeting's ('round:')
        out += _text("name", dg.name, "    ")
        out.append(f"    parties: {_flow(dg.parties)}")
    return "\n".join(out) + "\n"


def write_draft(
    draft: Draft, path: str | Path, *, with_text: bool = False, force: bool = False
) -> Path:
    """Write the draft to ``path`` (atomically); ``with_text`` also writes the article text
    beside it as ``<stem>.txt`` and names it under ``text:``, so evidence gets its spans."""
    path = Path(path)
    text_path = path.with_suffix(".txt")
    targets = [path, text_path] if with_text else [path]
    for target in targets:
        if target.exists() and not force:
            raise InputError(str(target), "already exists; give --force to overwrite it")
    if not path.parent.is_dir():
        raise InputError(str(path.parent), "no such folder; create it first")
    if with_text:
        _atomic(text_path, draft.text)
    _atomic(path, to_yaml(draft, text_file=text_path.name if with_text else None))
    return path


def _atomic(path: Path, content: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
