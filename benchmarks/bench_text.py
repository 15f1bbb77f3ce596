"""Benchmark: pages per second of the text path (read -> clean -> repair -> extract -> record).

The reference documents are repeated to at least --pages pages (a page = 2,500 characters)
and run on one core. Target: >= 200 pages/s.

    python benchmarks/bench_text.py [--pages 1000] [--no-repair]

Cold: each document of a folder once, in a fresh process, so no document has been seen before and
no word decision is cached. The one-time start-up (imports; models loaded and patterns compiled on
first use, paid here by a short invented text) is reported apart, and the rate with it too. The
median of --runs fresh processes is printed:

    python benchmarks/bench_text.py --cold ../shared/corpus/dev [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGE_CHARS = 2500
ROOT = Path(__file__).resolve().parents[1]


_COLD_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from docparse.pipeline import process
t1 = time.perf_counter()
# Start-up: models load and patterns compile on first use; a short text of other words pays it.
process("-", data="Tjänsteskrivelse\\nDatum 2001-01-01\\nTill Exempelnämnden\\n\\nRubrik\\n".encode(), repair=sys.argv[1] == "1")
t2 = time.perf_counter()
chars = 0
for path in sys.argv[2:]:
    chars += len(process(path, repair=sys.argv[1] == "1")["text"])
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "startup": t2 - t1, "process": t3 - t2, "chars": chars}))
"""


def cold(folder: Path, runs: int, repair: bool) -> None:
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt documents in {folder}")
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COLD_CHILD, "1" if repair else "0", *paths],
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    pages = results[0]["chars"] / PAGE_CHARS
    process_s = statistics.median(r["process"] for r in results)
    startup_s = statistics.median(r["startup"] for r in results)
    import_s = statistics.median(r["import"] for r in results)
    print(f"cold, {len(paths)} documents once in a fresh process ({runs} runs, median): pages: {pages:.1f}  "
          f"seconds: {process_s:.3f}  pages/s: {pages / process_s:.0f}  (target >= 200)\n"
          f"  one-time start-up apart: imports {import_s:.3f} s, models and patterns on first use {startup_s:.3f} s; "
          f"pages/s with them: {pages / (process_s + startup_s + import_s):.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--no-repair", action="store_true")
    ap.add_argument("--cold", type=Path, metavar="DIR", help="each document of DIR once, in fresh processes")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if args.cold:
        cold(args.cold, args.runs, not args.no_repair)
        return

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
