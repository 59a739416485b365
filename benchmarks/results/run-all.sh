#!/bin/sh
# Run the benchmarks one size after another (never in parallel: they share 2 cores).
cd "$(dirname "$0")/../.." || exit 2
for n in "$@"; do
  python benchmarks/run.py --articles "$n" --data "/tmp/secgraph-bench-data-$n" \
    --keep "/tmp/secgraph-bench-work-$n" --json "benchmarks/results/$n.json" \
    > "benchmarks/results/$n.md" 2> "benchmarks/results/$n.log"
done
