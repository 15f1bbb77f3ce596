"""Benchmark: peak memory of the main process of `docparse batch` on one large input.

The main process walks, hashes and schedules; it must not hold whole input files (the workers read
them). A large image-only PDF (noise pages, which do not compress) is made once, then a batch runs on
it in this process with --ocr never, and the peak RSS of this process alone (not its workers) is printed.

    python benchmarks/bench_batch_memory.py [--mb 200] [--keep /tmp/big.pdf] [--root OTHER_CHECKOUT]

The batch runs in a fresh process (with --root, another checkout's docparse: before/after).
"""

from __future__ import annotations

import argparse
import os
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def make_big_pdf(path: Path, mb: int) -> None:
    """An image-only PDF of about ``mb`` MB: pages of random noise, JPEG, which barely compresses."""
    import random

    from PIL import Image

    rng = random.Random(1)
    pages = []
    size = 0
    while size < mb * 1024 * 1024:
        img = Image.frombytes("RGB", (1240, 1754), rng.randbytes(1240 * 1754 * 3))
        pages.append(img)
        size += 1240 * 1754 * 3 // 2  # about what a noise JPEG of quality 95 keeps
    pages[0].save(path, format="PDF", resolution=150, save_all=True, append_images=pages[1:], quality=95)


_CHILD = """
import json, os, resource, sys, time
from docparse.batch import run_batch
start = time.perf_counter()
summary = run_batch([sys.argv[1]], sys.argv[2], jobs=1, ocr="never", force=True)
print(json.dumps({"seconds": time.perf_counter() - start, "done": summary.done, "failed": summary.failed,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--keep", type=Path, help="Make (or reuse) the PDF here instead of a temporary folder.")
    ap.add_argument("--root", type=Path, default=REPO, help="The checkout whose docparse runs the batch.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = args.keep or Path(tmp) / "big.pdf"
        if not pdf.exists():
            make_big_pdf(pdf, args.mb)
        env = dict(os.environ, PYTHONPATH=str(args.root.resolve()))
        out = subprocess.run([sys.executable, "-c", _CHILD, str(pdf), os.path.join(tmp, "out")], env=env,
                             capture_output=True, text=True, check=True, cwd=tmp)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{args.root}: input {pdf.stat().st_size / 2**20:.0f} MB: {result['done']} done, "
              f"{len(result['failed'])} failed in {result['seconds']:.1f} s; "
              f"main process peak RSS {result['peak_kb'] / 1024:.0f} MB")


if __name__ == "__main__":
    main()
