"""Progress of long work on stderr, drawn only when stderr is a terminal (quiet in pipes,
logs and CI)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

__all__ = ["stderr_progress"]


def stderr_progress() -> Callable[[str, int, int], None] | None:
    """A ``(stage, done, total)`` callback drawing one bar per stage with tqdm, or None when
    stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def tell(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            for other in bars.values():
                other.close()
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="", leave=False)
        bar.total = total
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return tell
