"""Speed of ``secgraph extract``: articles a second on generated 500-1,000-word articles.

Usage: ``python benchmarks/extract.py [N] [--workers W]`` (default 400 articles, 2 workers).
Each article is a dev-set text padded with generated paragraphs of the genre to 500-1,000
words; the figure counts reading, extracting and writing the YAML, not the process start.
"""

from __future__ import annotations

import argparse
import random
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import secgraph.extract as ex

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "extract" / "articles"
FILLER = [
    "Officials said the talks took place in a cordial atmosphere and covered a wide range of "
    "issues of mutual interest, including border management and the exchange of information.",
    "Analysts noted that the relationship has had its ups and downs over the past decade, but "
    "that both governments see value in regular contact between their security agencies.",
    "The statement added that both sides underlined the importance of capacity building, "
    "training programmes and technical assistance for law enforcement institutions.",
    "Observers in the region will watch closely whether the commitments made this week are "
    "followed by concrete projects on the ground in the coming months.",
]


def _articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    out = []
    for i in range(n):
        text = bases[i % len(bases)]
        target = rng.randint(500, 1000)
        paras = [text]
        while sum(len(p.split()) for p in paras) < target:
            paras.append(" ".join(rng.sample(FILLER, 3)))
        out.append("\n\n".join(paras))
    return out


def _work(texts: list[str]) -> int:
    lexicon = ex.read_lexicon(ROOT / "data" / "reference", ROOT / "ontology")
    for text in texts:
        ex.to_yaml(ex.extract(ex.read_text(text.encode(), "bench"), lexicon))
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=400)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    texts = _articles(args.n)
    words = sum(len(t.split()) for t in texts) / len(texts)
    _work(texts[:5])  # lexicon and city table loaded once per process, as in a batch
    start, cpu = time.perf_counter(), time.process_time()
    _work(texts)
    one, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{args.n} articles, {words:.0f} words on average")
    print(
        f"1 process: {one:.2f} s, {args.n / one:.0f} articles/s ({args.n / cpu:.0f} per CPU second)"
    )
    chunks = [texts[i :: args.workers] for i in range(args.workers)]
    with ProcessPoolExecutor(args.workers) as pool:
        list(pool.map(_work, [c[:3] for c in chunks]))  # warm the workers
        start = time.perf_counter()
        done = sum(pool.map(_work, chunks))
        many = time.perf_counter() - start
    print(f"{args.workers} processes: {many:.2f} s, {done / many:.0f} articles/s")


if __name__ == "__main__":
    main()
