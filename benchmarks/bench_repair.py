"""Benchmark the repair stage: model load time, and words per second on one core.

Run: python benchmarks/bench_repair.py [--runs N] [FILE ...]
Without files it uses the English-model OCR texts in ../shared/corpus/scans/ (damaged text,
the slow case) and the clean seeds. It prints the load time, the cold speed (first pass in a
fresh process, every word type new to the caches) and the warm speed (the same text again: an
archive's words repeat). Cold runs each start a new process; the median of --runs is reported.
Times are CPU time of the process (time.process_time), so other jobs on the machine distort less.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def measure(files: list[str], warm_rounds: int) -> dict:
    """Load, cold and warm times in this process."""
    texts = [Path(f).read_text(encoding="utf-8") for f in files]

    from docparse.evaluate.wer import words
    from docparse.repair import model, repair

    t0 = time.process_time()
    model.load()
    load_s = time.process_time() - t0
    n_words = sum(len(words(t)) for t in texts)

    t0 = time.process_time()
    for t in texts:
        repair(t)
    cold = time.process_time() - t0

    t0 = time.process_time()
    for _ in range(warm_rounds):
        for t in texts:
            repair(t)
    warm = (time.process_time() - t0) / max(1, warm_rounds)
    return {"words": n_words, "load": load_s, "cold": cold, "warm": warm}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes for the cold figure")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, as JSON
    args = ap.parse_args(argv)
    files = args.files or sorted(
        glob.glob(str(ROOT.parent / "shared/corpus/scans/*.eng.txt"))
        + glob.glob(str(ROOT.parent / "shared/corpus/seeds/*.txt"))
    )
    if not files:
        print("no input files; pass some text files", file=sys.stderr)
        return 2
    if args.one:
        print(json.dumps(measure(files, warm_rounds=5)))
        return 0
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, __file__, "--one", *files], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    n = runs[0]["words"]
    cold = statistics.median(r["cold"] for r in runs)
    warm = statistics.median(r["warm"] for r in runs)
    print(f"files: {len(files)}, words: {n}, cpu affinity: {len(os.sched_getaffinity(0))} core(s), runs: {len(runs)}")
    print(f"model load: {statistics.median(r['load'] for r in runs):.3f} s")
    each = ", ".join(f"{n / r['cold']:,.0f}" for r in runs)
    print(f"cold: {n / cold:,.0f} words/s ({cold:.2f} s; runs: {each})")
    print(f"warm: {n / warm:,.0f} words/s ({warm:.3f} s per pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
