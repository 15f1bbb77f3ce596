"""Benchmark of docparse batch: throughput, peak memory as the batch grows, cost of a resume, a scanned batch.

Usage (from the repository root):
    python benchmarks/bench_batch.py                 # 1,000 text documents, then a 50-page scanned batch
    python benchmarks/bench_batch.py --docs 200 --skip-scans --jobs 2

Inputs are made in a temporary folder: copies of samples/*.txt with a line that makes each distinct and a
varying length; scans are those texts typeset (fpdf2, DejaVu) and rasterised (pypdfium2) into image-only PDFs.
Each batch runs in a fresh `python` process, so times include start-up and memory is that of the batch alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def make_text_corpus(dest: Path, n: int, seeds: list[Path]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    for i in range(n):
        text = texts[i % len(texts)]
        folder = dest / f"{i // 250:02d}"  # a tree, as archives are
        folder.mkdir(parents=True, exist_ok=True)
        cut = len(text) - (i * 37) % max(1, len(text) // 4)
        (folder / f"ärende {i:05d}.txt").write_text(f"Kopia {i}\n\n{text[:cut]}", encoding="utf-8")


def make_scans(dest: Path, pages: int, seeds: list[Path], per_doc: int = 5, dpi: int = 200) -> None:
    """Image-only PDFs of typeset seed text: what a scanner gives (no text layer)."""
    import pypdfium2
    from fpdf import FPDF

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    dest.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    made = 0
    doc = 0
    while made < pages:
        n = min(per_doc, pages - made)
        pdf = FPDF(format="A4")
        pdf.add_font("DejaVu", fname=font)
        pdf.set_font("DejaVu", size=11)
        lines = [line.replace("\t", " ") for line in texts[doc % len(texts)].splitlines() if line.strip()]
        for p in range(n):
            pdf.add_page()
            chunk = "\n".join(lines[p * 40:(p + 1) * 40]) or "Tom sida."
            pdf.multi_cell(0, 5.5, chunk)
        text_pdf = pypdfium2.PdfDocument(bytes(pdf.output()))
        images = [text_pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(n)]
        out = dest / f"skanning {doc:03d}.pdf"
        images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
        made += n
        doc += 1


def _status_kb(pid, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith(field))
    except (OSError, StopIteration):
        return 0


def child(args) -> None:
    """One batch in this process; prints a JSON line with its figures."""
    import multiprocessing

    from docparse.batch import run_batch

    samples = {}
    marks = set(args.marks)

    def rss_kb(pid) -> int:
        return _status_kb(pid, "VmRSS:")

    def peak_kb(pid) -> int:
        return _status_kb(pid, "VmHWM:")

    done = 0

    def on_outcome(entry):
        nonlocal done
        done += 1
        if done in marks:
            workers = [rss_kb(p.pid) for p in multiprocessing.active_children()]
            samples[done] = {"main_mb": rss_kb(os.getpid()) / 1024, "workers_mb": round(sum(workers) / 1024, 1),
                             "max_worker_mb": round(max(workers or [0]) / 1024, 1)}

    start = time.perf_counter()
    summary = run_batch([args.input], args.out, jobs=args.jobs, force=args.force, on_outcome=on_outcome)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "done": summary.done, "unchanged": summary.unchanged, "failed": len(summary.failed), "pages": summary.pages,
        "seconds": seconds,
        # VmHWM, not ru_maxrss: on Linux ru_maxrss keeps the forking parent's size across exec.
        "peak_main_mb": peak_kb("self") / 1024,
        "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "samples": samples,
    }))


def run(inp: Path, out: Path, jobs: int, marks=(), force=False) -> dict:
    cmd = [sys.executable, __file__, "--child", str(inp), str(out), "--jobs", str(jobs),
           "--marks", *map(str, marks or [0])]
    if force:
        cmd.append("--force")
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"batch failed: {r.stderr[-2000:]}")
    figures = json.loads(r.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def text_benchmark(tmp: Path, n: int, jobs: int, seeds: list[Path]) -> None:
    inp = tmp / "text"
    make_text_corpus(inp, n, seeds)
    print(f"text batch: {n} documents, jobs={jobs}")
    print(f"{'docs':>6} {'wall s':>7} {'docs/s':>7} {'peak main MB':>13} {'peak worker MB':>15}")
    sizes = sorted({s for s in (n // 4, n // 2, n) if s > 0})
    full = None
    for size in sizes:
        sub = tmp / f"text-{size}"
        sub.mkdir()
        for p in sorted(inp.rglob("*.txt"))[:size]:
            target = sub / p.relative_to(inp)
            target.parent.mkdir(exist_ok=True)
            os.link(p, target)
        marks = [size // 4 * k for k in (1, 2, 3)] + [size]
        f = run(sub, tmp / f"out-{size}", jobs, marks)
        assert f["done"] == size, f
        print(f"{size:>6} {f['wall']:>7.2f} {size / f['wall']:>7.1f} {f['peak_main_mb']:>13.1f} "
              f"{f['peak_worker_mb']:>15.1f}")
        full = (sub, size, f)
    sub, size, f = full
    print(f"memory during the {size}-document run (resident, MB):")
    for mark, s in sorted(f["samples"].items(), key=lambda kv: int(kv[0])):
        print(f"  after {int(mark):>5} docs: main {s['main_mb']:.1f}, workers together {s['workers_mb']:.1f} "
              f"(largest {s['max_worker_mb']:.1f})")
    resumed = run(sub, tmp / f"out-{size}", jobs)
    assert resumed["unchanged"] == size and resumed["done"] == 0, resumed
    print(f"resume with nothing to do: {resumed['wall']:.2f} s = {100 * resumed['wall'] / f['wall']:.1f}% "
          f"of the full run ({f['wall']:.2f} s); in-process {resumed['seconds']:.2f} s")


def scan_benchmark(tmp: Path, pages: int, jobs: int, seeds: list[Path]) -> None:
    inp = tmp / "scans"
    t = time.perf_counter()
    make_scans(inp, pages, seeds)
    print(f"scanned batch: {pages} pages in {len(list(inp.iterdir()))} image-only PDFs "
          f"(made in {time.perf_counter() - t:.1f} s), jobs={jobs}")
    f = run(inp, tmp / "out-scans", jobs, marks=[1, len(list(inp.iterdir()))])
    print(f"  {f['done']} done, {f['failed']} failed, {f['pages']} pages in {f['wall']:.1f} s: "
          f"{f['pages'] / f['wall']:.2f} pages/s; peak main {f['peak_main_mb']:.0f} MB, "
          f"largest worker {f['peak_worker_mb']:.0f} MB")
    resumed = run(inp, tmp / "out-scans", jobs)
    print(f"  resume with nothing to do: {resumed['wall']:.2f} s = {100 * resumed['wall'] / f['wall']:.1f}% of the run")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--scan-pages", type=int, default=50)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--skip-text", action="store_true")
    ap.add_argument("--skip-scans", action="store_true")
    ap.add_argument("--seeds", type=Path, default=REPO / "samples")
    ap.add_argument("--child", nargs=2, metavar=("INPUT", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--marks", type=int, nargs="*", default=[], help=argparse.SUPPRESS)
    ap.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        args.input, args.out = args.child
        child(args)
        return
    seeds = sorted(args.seeds.glob("*.txt"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        if not args.skip_text:
            text_benchmark(tmp, args.docs, args.jobs, seeds)
        if not args.skip_scans:
            scan_benchmark(tmp, args.scan_pages, args.jobs, seeds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
