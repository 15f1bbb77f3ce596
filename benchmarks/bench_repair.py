"""Benchmark the repair stage: model load time, and words per second on one core.

Run: python benchmarks/bench_repair.py [--runs N] [--heldout] [FILE ...]
Without files it uses the English-model OCR texts in ../shared/corpus/scans/ (damaged text,
the slow case) and the clean seeds. Their words are in the precomputed decisions
(models/repair_cache_eng.*): for the speed on text repair has never seen, --heldout times the
held-out Riksdag documents (models/riksdag_split.py), once with å/ä/ö folded to a/a/o as an
English OCR model prints them (damaged) and once as written (clean). It prints the load time, the cold speed (first pass in a
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
    return measure_texts([Path(f).read_text(encoding="utf-8") for f in files], warm_rounds)


def measure_texts(texts: list[str], warm_rounds: int) -> dict:
    """Load, cold and warm CPU times of repairing ``texts`` in this process (fresh: cold)."""
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


def heldout(runs: int) -> int:
    """Cold speed on the held-out Riksdag documents, folded (damaged) and as written (clean)."""
    import tempfile

    sys.path.insert(0, str(ROOT / "models"))
    import riksdag_split

    fold = str.maketrans("åäöÅÄÖ", "aaoAAO")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("damaged", "clean"):
            files = []
            for doc in riksdag_split.heldout_ids():
                text = (riksdag_split.RIKSDAG_DIR / f"{doc}.txt").read_text(encoding="utf-8")
                path = Path(tmp) / f"{doc}.{kind}.txt"
                path.write_text(text.translate(fold) if kind == "damaged" else text, encoding="utf-8")
                files.append(str(path))
            print(f"held-out Riksdag text, {kind}:")
            report(files, runs)
    return 0


def report(files: list[str], runs_n: int) -> None:
    runs = []
    for _ in range(runs_n):
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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes for the cold figure")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, as JSON
    ap.add_argument("--heldout", action="store_true", help="time unseen text: the held-out Riksdag documents")
    args = ap.parse_args(argv)
    if args.heldout:
        return heldout(args.runs)
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
    report(files, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
