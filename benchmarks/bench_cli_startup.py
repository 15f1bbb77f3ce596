"""Benchmark: wall time of `docparse --help` (target < 0.3 s): the CLI imports no heavy library.

    python benchmarks/bench_cli_startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "docparse", "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    print(f"docparse --help: median {statistics.median(times):.3f} s, max {max(times):.3f} s over {args.runs} runs (target < 0.3 s)")


if __name__ == "__main__":
    main()
