"""Benchmark: pages per second of the text path (read -> clean -> repair -> extract -> record).

The reference documents are repeated to at least --pages pages (a page = 2,500 characters)
and run on one core. Target: >= 200 pages/s.

    python benchmarks/bench_text.py [--pages 1000] [--no-repair]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

PAGE_CHARS = 2500
ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--no-repair", action="store_true")
    args = ap.parse_args()

    from docparse.pipeline import process

    docs = [(p, p.read_bytes()) for p in sorted(args.samples.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no .txt documents in {args.samples}")
    # Warm up: load models and compile patterns outside the timing.
    for p, data in docs:
        process(str(p), data=data, repair=not args.no_repair)
    chars = 0
    runs = 0
    t0 = time.perf_counter()
    while chars < args.pages * PAGE_CHARS:
        p, data = docs[runs % len(docs)]
        record = process(str(p), data=data, repair=not args.no_repair)
        chars += len(record["text"])
        runs += 1
    elapsed = time.perf_counter() - t0
    pages = chars / PAGE_CHARS
    print(f"documents: {runs}  pages: {pages:.0f}  seconds: {elapsed:.2f}  pages/s: {pages / elapsed:.0f}  (target >= 200)")


if __name__ == "__main__":
    main()
