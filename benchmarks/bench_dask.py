"""Benchmark of docparse batch on Dask against the local batch: the same inputs, the same two cores.

Usage (from the repository root; needs docparse[dask]):
    python benchmarks/bench_dask.py                       # 1,000 text documents, then 20 scanned pages (10 PDFs)
    python benchmarks/bench_dask.py --rounds 3            # each batch 3 times, local and dask alternately
    python benchmarks/bench_dask.py --docs 200 --scan-pages 8

Each batch is `docparse batch IN -o OUT --jobs 2`, with `--executor local` and with `--executor dask`
(a LocalCluster of two single-threaded worker processes, started and closed by the batch), run in a
fresh process; the wall time includes start-up (and for Dask the cluster's), cold, as a user sees it.
Inputs are made as in bench_batch.py: copies of samples/*.txt made distinct, and image-only PDFs of
that text typeset and rasterised. Prints docs/s (pages/s for scans) per run and the ratio dask/local
of the median rates. On a busy machine the runs vary more than the executors do: use --rounds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import make_scans, make_text_corpus  # noqa: E402


def batch(inp: Path, out: Path, jobs: int, executor: str) -> tuple[float, str]:
    """Wall seconds of one batch in a fresh process, and its summary line."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    cmd = [sys.executable, "-m", "docparse", "batch", str(inp), "-o", str(out), "--jobs", str(jobs),
           "--executor", executor]
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"batch failed ({r.returncode}): {r.stderr[-2000:]}")
    return wall, r.stderr.splitlines()[0]


def compare(name: str, inp: Path, tmp: Path, jobs: int, docs: int, pages: int, rounds: int) -> None:
    """``rounds`` rounds of local then dask, each printed; the ratio of the median rates."""
    print(f"{name}: {docs} documents, {pages} pages, --jobs {jobs}, {rounds} round(s)")
    rates: dict[str, list[float]] = {"local": [], "dask": []}
    for r in range(rounds):
        for executor in ("local", "dask"):
            wall, summary = batch(inp, tmp / f"out-{name}-{executor}-{r}", jobs, executor)
            rates[executor].append(docs / wall)
            print(f"  {executor:>5}: {wall:7.2f} s  {docs / wall:7.2f} docs/s  {pages / wall:7.2f} pages/s   ({summary})")
    local, dask = statistics.median(rates["local"]), statistics.median(rates["dask"])
    print(f"  median docs/s: local {local:.2f}, dask {dask:.2f}; ratio dask/local: {dask / local:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--scan-pages", type=int, default=20)
    ap.add_argument("--pages-per-scan", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1, help="local and dask alternately, this many times each")
    ap.add_argument("--skip-text", action="store_true")
    ap.add_argument("--skip-scans", action="store_true")
    ap.add_argument("--seeds", type=Path, default=REPO / "samples")
    args = ap.parse_args()
    seeds = sorted(args.seeds.glob("*.txt"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    try:
        if not args.skip_text:
            make_text_corpus(tmp / "text", args.docs, seeds)
            compare("text", tmp / "text", tmp, args.jobs, args.docs, args.docs, args.rounds)
        if not args.skip_scans:
            make_scans(tmp / "scans", args.scan_pages, seeds, per_doc=args.pages_per_scan)
            n = len(list((tmp / "scans").iterdir()))
            compare("scans", tmp / "scans", tmp, args.jobs, n, args.scan_pages, args.rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
