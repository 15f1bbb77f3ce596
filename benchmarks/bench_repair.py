"""Benchmark the repair stage: model load time, and words per second on one core.

Run: python benchmarks/bench_repair.py [FILE ...]
Without files it uses the English-model OCR texts in ../shared/corpus/scans/ (damaged text,
the slow case) and the clean seeds. It prints the load time, the cold speed (first pass, every
word type new to the caches) and the warm speed (the same text again: an archive's words repeat).
Times are CPU time of this process (time.process_time), so other jobs on the machine distort less.
"""

from __future__ import annotations

import glob
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    files = argv or sorted(
        glob.glob(str(ROOT.parent / "shared/corpus/scans/*.eng.txt"))
        + glob.glob(str(ROOT.parent / "shared/corpus/seeds/*.txt"))
    )
    if not files:
        print("no input files; pass some text files", file=sys.stderr)
        return 2
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

    rounds = 5
    t0 = time.process_time()
    for _ in range(rounds):
        for t in texts:
            repair(t)
    warm = (time.process_time() - t0) / rounds

    print(f"files: {len(files)}, words: {n_words}, cpu affinity: {len(os.sched_getaffinity(0))} core(s)")
    print(f"model load: {load_s:.3f} s")
    print(f"cold: {n_words / cold:,.0f} words/s ({cold:.2f} s)")
    print(f"warm: {n_words / warm:,.0f} words/s ({warm:.3f} s per pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
