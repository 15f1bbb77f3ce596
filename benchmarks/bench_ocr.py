"""OCR benchmarks: accuracy (WER) on the reference scans, throughput against bare tesseract and OCRmyPDF,
scaling with jobs, and peak memory per worker on a long scan. Not a test: prints figures and ratios.

    python benchmarks/bench_ocr.py wer [--lang swe+eng] [--record]   # WER and s/page on corpus/scans
    python benchmarks/bench_ocr.py langs                              # swe vs swe+eng: time and WER
    python benchmarks/bench_ocr.py pytesseract [--pages 4]           # pytesseract vs piping PGM to tesseract
    python benchmarks/bench_ocr.py tesseract [--pages 4]             # docparse vs bare `tesseract` CLI
    python benchmarks/bench_ocr.py jobs [--pages 4]                  # 2 jobs vs 1
    python benchmarks/bench_ocr.py ocrmypdf [--pages 4]              # docparse vs `ocrmypdf --sidecar`
    python benchmarks/bench_ocr.py rss [--pages 300]                 # peak RSS per worker, long scan
    python benchmarks/bench_ocr.py all                                # everything, default sizes

Run on a quiet machine: every ratio is a ratio of wall-clock times.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCANS = Path(os.environ.get("DOCPARSE_SCANS", ROOT.parent / "shared" / "corpus" / "scans"))


# --- WER: the project's own measure (docparse.evaluate.wer), as `docparse eval-text` reports it ---


def scan_pdfs() -> list[Path]:
    found = sorted(SCANS.glob("*.pdf"))
    if not found:
        sys.exit(f"no scans in {SCANS} (set DOCPARSE_SCANS)")
    return found


def bench_wer(lang: str | None, record: bool, jobs: int | None, save: str | None = None) -> dict:
    from docparse.read import read

    import docparse.read.ocr as ocr_mod

    if lang:
        ocr_mod.LANGUAGES = lang
    print(f"WER on {SCANS} (lang {ocr_mod.LANGUAGES}, jobs {jobs or os.cpu_count()})")
    from docparse.evaluate.wer import word_error_rate

    tot_err = tot_words = tot_pages = 0
    tot_time = 0.0
    for pdf in scan_pdfs():
        truth = pdf.with_suffix(".truth.txt").read_text(encoding="utf-8")
        t0 = time.perf_counter()
        src = read(str(pdf), jobs=jobs)
        dt = time.perf_counter() - t0
        text = src.text
        if record:
            from docparse.pipeline import process_source

            text = process_source(src)["text"]
        if save:
            Path(save).mkdir(parents=True, exist_ok=True)
            (Path(save) / f"{pdf.stem}.ocr.txt").write_text(text, encoding="utf-8")
        res = word_error_rate(truth, text)
        err = res.substitutions + res.deletions + res.insertions
        methods = {p.method for p in src.pages}
        print(f"  {pdf.name}: {len(src.pages)} pages {sorted(methods)}, WER {100 * res.wer:.2f}% "
              f"({res.substitutions} sub, {res.deletions} del, {res.insertions} ins / {res.truth_words}), "
              f"{dt:.1f} s, {dt / len(src.pages):.2f} s/page")
        tot_err += err
        tot_words += res.truth_words
        tot_pages += len(src.pages)
        tot_time += dt
    print(f"  ALL: WER {100 * tot_err / tot_words:.2f}% ({tot_err}/{tot_words}), "
          f"{tot_time / tot_pages:.2f} s/page wall ({tot_pages} pages)")
    return {"wer": tot_err / tot_words, "s_per_page": tot_time / tot_pages}


# --- page images and timings ----------------------------------------------------------------

def page_images(n: int, outdir: Path, fmt: str = "png") -> list[Path]:
    """The first n pages of the reference scans rendered at 300 dpi (greyscale), as image files."""
    from docparse.read.pdf import PdfPages

    paths = []
    for pdf in scan_pdfs():
        src = PdfPages(pdf.read_bytes())
        import pypdfium2 as pdfium

        count = len(pdfium.PdfDocument(src.data))
        for i in range(count):
            if len(paths) >= n:
                return paths
            p = outdir / f"{pdf.stem}_{i + 1:03d}.{fmt}"
            src.image(i).save(p, dpi=(300, 300))
            paths.append(p)
    return paths


def first_pages_pdf(n: int, out: Path) -> Path:
    """A PDF of the first n pages of the reference scans (image-only)."""
    import pypdfium2 as pdfium

    dest = pdfium.PdfDocument.new()
    for pdf in scan_pdfs():
        if len(dest) >= n:
            break
        srcdoc = pdfium.PdfDocument(str(pdf))
        take = min(len(srcdoc), n - len(dest))
        dest.import_pages(srcdoc, list(range(take)))
    dest.save(str(out))
    return out


CPU = {"cpu": 0.0}  # CPU seconds (this process and its waited-for children) of the last timed() call


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn) -> float:
    """Wall-clock seconds of fn(); its CPU seconds are left in CPU["cpu"]. On a busy machine the
    CPU figure is the steadier one: other helpers' work slows the wall clock, not our CPU use."""
    c0, t0 = _cpu(), time.perf_counter()
    fn()
    CPU["cpu"] = _cpu() - c0
    return time.perf_counter() - t0


def bare_tesseract(images: list[Path], lang: str, jobs: int = 1) -> float:
    """Wall time of the bare CLI, one single-threaded tesseract per page, ``jobs`` at a time."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def run():
        procs: list[subprocess.Popen] = []
        for img in images:
            while len(procs) >= jobs:
                procs.pop(0).wait()
            procs.append(subprocess.Popen(["tesseract", str(img), "stdout", "-l", lang, "tsv"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        for p in procs:
            p.wait()

    return timed(run)


def docparse_images(images: list[Path], jobs: int) -> float:
    """Wall time of docparse reading the same page images, as one multi-page TIFF (pages in parallel)."""
    from PIL import Image

    from docparse.read.image import read_image

    frames = [Image.open(p) for p in images]
    buf = tempfile.SpooledTemporaryFile()
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw", dpi=(300, 300))
    buf.seek(0)
    data = buf.read()
    return timed(lambda: read_image("bench.tif", data, "x", jobs=jobs))


def docparse_single_images(images: list[Path], jobs: int) -> float:
    """Wall time of docparse reading each page image file in turn (what `docparse run *.png` does)."""
    from docparse.read import read

    return timed(lambda: [read(str(p), jobs=jobs) for p in images])


def bench_tesseract(n: int) -> None:
    from docparse.read.ocr import LANGUAGES

    with tempfile.TemporaryDirectory() as tmp:
        images = page_images(n, Path(tmp))
        bare = bare_tesseract(images, LANGUAGES, jobs=1)
        bare_cpu = CPU["cpu"]
        mine = docparse_single_images(images, jobs=1)
        mine_cpu = CPU["cpu"]
        bare2 = bare_tesseract(images, LANGUAGES, jobs=2)
        bare2_cpu = CPU["cpu"]
        mine2 = docparse_images(images, jobs=2)
        mine2_cpu = CPU["cpu"]
    print(f"docparse vs bare tesseract (OMP_THREAD_LIMIT=1), {len(images)} PNG pages at 300 dpi, -l {LANGUAGES}, TSV out:")
    print(f"  1 job : bare {bare:.1f} s, docparse {mine:.1f} s -> throughput ratio {bare / mine:.2f}x (target >= 0.95)"
          f"   [CPU: bare {bare_cpu:.1f} s, docparse {mine_cpu:.1f} s -> {bare_cpu / mine_cpu:.2f}x]")
    print(f"  2 jobs: bare {bare2:.1f} s, docparse {mine2:.1f} s -> throughput ratio {bare2 / mine2:.2f}x"
          f"   [CPU: bare {bare2_cpu:.1f} s, docparse {mine2_cpu:.1f} s -> {bare2_cpu / mine2_cpu:.2f}x]")


def bench_jobs(n: int) -> None:
    from docparse.read.pdf import read_pdf

    with tempfile.TemporaryDirectory() as tmp:
        pdf = first_pages_pdf(n, Path(tmp) / "bench.pdf")
        data = pdf.read_bytes()
        one = timed(lambda: read_pdf("bench.pdf", data, "x", ocr="always", jobs=1))
        one_cpu = CPU["cpu"]
        two = timed(lambda: read_pdf("bench.pdf", data, "x", ocr="always", jobs=2))
        two_cpu = CPU["cpu"]
    print(f"jobs scaling, {n}-page image-only PDF, cores {os.cpu_count()}, load before {os.getloadavg()[0]:.1f}:")
    print(f"  1 job {one:.1f} s, 2 jobs {two:.1f} s -> speed-up {one / two:.2f}x (target >= 1.8 on 2 idle cores)")
    print(f"  CPU: 1 job {one_cpu:.1f} s, 2 jobs {two_cpu:.1f} s -> parallel overhead {100 * (two_cpu / one_cpu - 1):+.0f} %;"
          f" on idle cores the speed-up would be about {2 * one_cpu / two_cpu:.2f}x (pages permitting)")


def bench_ocrmypdf(n: int) -> None:
    from docparse.read.ocr import LANGUAGES
    from docparse.read.pdf import read_pdf

    if not shutil.which("ocrmypdf"):
        print("ocrmypdf not installed: skipped")
        return
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        pdf = first_pages_pdf(n, Path(tmp) / "bench.pdf")
        data = pdf.read_bytes()
        mine = timed(lambda: read_pdf("bench.pdf", data, "x", ocr="always", jobs=jobs))
        mine_cpu = CPU["cpu"]
        cmd = ["ocrmypdf", "-q", "-l", LANGUAGES, "--jobs", str(jobs), "--force-ocr", "--output-type", "pdf",
               "--optimize", "0", "--sidecar", str(Path(tmp) / "side.txt"), str(pdf), str(Path(tmp) / "out.pdf")]
        theirs = timed(lambda: subprocess.run(cmd, check=True))
        theirs_cpu = CPU["cpu"]
        cmd_plain = cmd[:1] + ["-q", "-l", LANGUAGES, "--jobs", str(jobs), "--force-ocr", "--output-type", "none",
                               "--sidecar", str(Path(tmp) / "side2.txt"), str(pdf), "-"]
        try:
            plain = timed(lambda: subprocess.run(cmd_plain, check=True, stdout=subprocess.DEVNULL))
            plain_cpu = CPU["cpu"]
        except subprocess.CalledProcessError:
            plain = None
    print(f"docparse vs OCRmyPDF --sidecar, {n}-page image-only PDF, -l {LANGUAGES}, {jobs} jobs:")
    print(f"  ocrmypdf (pdf out) {theirs:.1f} s, docparse {mine:.1f} s -> docparse {theirs / mine:.2f}x as fast"
          f"   [CPU: {theirs_cpu:.1f} s vs {mine_cpu:.1f} s -> {theirs_cpu / mine_cpu:.2f}x]")
    if plain:
        print(f"  ocrmypdf --output-type none {plain:.1f} s -> docparse {plain / mine:.2f}x as fast"
              f"   [CPU: {plain_cpu:.1f} s -> {plain_cpu / mine_cpu:.2f}x]")


def bench_pytesseract(n: int) -> None:
    """pytesseract's default hand-over (a PNG temp file) against the BMP docparse uses, and the bare CLI."""
    import pytesseract
    from PIL import Image

    from docparse.read.ocr import LANGUAGES, check_engine, run_tesseract

    exe, _ = check_engine(LANGUAGES)
    with tempfile.TemporaryDirectory() as tmp:
        paths = page_images(n, Path(tmp))
        images = [Image.open(p).convert("L") for p in paths]
        os.environ["OMP_THREAD_LIMIT"] = "1"
        png = timed(lambda: [pytesseract.image_to_data(im.copy(), lang=LANGUAGES, config="--psm 3") for im in images])
        png_cpu = CPU["cpu"]
        bmp = timed(lambda: [run_tesseract(exe, im, "--psm 3", lang=LANGUAGES) for im in images])
        bmp_cpu = CPU["cpu"]
    print(f"pytesseract hand-over, {n} pages: PNG (its default) {png:.1f} s, BMP (docparse) {bmp:.1f} s "
          f"-> BMP {png / bmp:.2f}x as fast   [CPU {png_cpu:.1f} s vs {bmp_cpu:.1f} s]")


def bench_langs(n: int) -> None:
    """swe vs swe+eng: time for bare tesseract on n pages, and WER over all scans."""
    with tempfile.TemporaryDirectory() as tmp:
        images = page_images(n, Path(tmp))
        t_swe = bare_tesseract(images, "swe")
        t_both = bare_tesseract(images, "swe+eng")
    print(f"language cost on {len(images)} pages (1 job): swe {t_swe:.1f} s, swe+eng {t_both:.1f} s "
          f"-> swe+eng takes {t_both / t_swe:.2f}x")


def _long_scan(pages: int, out: Path) -> Path:
    """A long image-only PDF made by repeating the reference scans' pages."""
    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(str(p)) for p in scan_pdfs()]
    dest = pdfium.PdfDocument.new()
    k = 0
    while len(dest) < pages:
        src = sources[k % len(sources)]
        dest.import_pages(src, list(range(min(len(src), pages - len(dest)))))
        k += 1
    dest.save(str(out))
    return out


RSS_CHILD = r"""
import os, re, resource, sys, threading, time
sys.path.insert(0, sys.argv[3])
from docparse.read.pdf import read_pdf

# Peak RSS per process from /proc (VmHWM), sampled: ru_maxrss of a child counts the
# parent's memory at fork time, so it cannot tell a worker's own peak.
peaks = {"worker": 0, "tesseract": 0}
stop = threading.Event()

def descendants(root):
    kids = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(pid))
    out, stack = [], [root]
    while stack:
        for c in kids.get(stack.pop(), []):
            out.append(c)
            stack.append(c)
    return out

def sample():
    while not stop.is_set():
        for pid in descendants(os.getpid()):
            try:
                with open(f"/proc/{pid}/status") as f:
                    status = f.read()
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read()
            except OSError:
                continue
            m = re.search(r"VmHWM:\s+(\d+)", status)
            if not m:
                continue
            kind = "tesseract" if cmd.startswith(b"tesseract") or b"/tesseract" in cmd.split(b"\0")[0] else (
                "worker" if b"ocr_worker" in cmd else None)
            if kind:
                peaks[kind] = max(peaks[kind], int(m.group(1)))
        stop.wait(0.1)

threading.Thread(target=sample, daemon=True).start()
data = open(sys.argv[1], "rb").read()
t = time.perf_counter()
doc = read_pdf("long.pdf", data, "x", ocr="always", jobs=int(sys.argv[2]))
dt = time.perf_counter() - t
stop.set()
failed = sum(p.method == "failed" for p in doc.pages)
print(len(doc.pages), failed, dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, peaks["worker"], peaks["tesseract"])
"""


def bench_rss(pages: int, jobs: int) -> None:
    """Peak RSS of the main process, of each OCR worker and of each tesseract run on a long scan."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = _long_scan(pages, Path(tmp) / "long.pdf")
        size = pdf.stat().st_size
        out = subprocess.run([sys.executable, "-c", RSS_CHILD, str(pdf), str(jobs), str(ROOT)],
                             capture_output=True, text=True, check=True)
    n, failed, dt, main_kb, worker_kb, tess_kb = out.stdout.split()
    print(f"long scan: {n} pages ({size / 1e6:.0f} MB PDF), {jobs} jobs, {float(dt):.0f} s "
          f"({float(dt) / int(n):.2f} s/page), {failed} failed pages")
    print(f"  peak RSS: main process {int(main_kb) / 1024:.0f} MB (holds the input), worker process "
          f"{int(worker_kb) / 1024:.0f} MB, tesseract {int(tess_kb) / 1024:.0f} MB "
          f"-> per worker {(int(worker_kb) + int(tess_kb)) / 1024:.0f} MB (target <= 400 MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["wer", "langs", "pytesseract", "tesseract", "jobs", "ocrmypdf", "rss", "all"])
    ap.add_argument("--pages", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--lang", default=None)
    ap.add_argument("--record", action="store_true", help="WER of the record's (cleaned, repaired) text")
    ap.add_argument("--save", help="write each scan's text to this directory")
    a = ap.parse_args()
    if a.what in ("wer", "all"):
        bench_wer(a.lang, a.record, a.jobs, a.save)
    if a.what in ("langs", "all"):
        bench_langs(a.pages or 4)
    if a.what in ("pytesseract", "all"):
        bench_pytesseract(a.pages or 4)
    if a.what in ("tesseract", "all"):
        bench_tesseract(a.pages or 4)
    if a.what in ("jobs", "all"):
        bench_jobs(a.pages or 4)
    if a.what in ("ocrmypdf", "all"):
        bench_ocrmypdf(a.pages or 4)
    if a.what in ("rss", "all"):
        bench_rss(a.pages or 300, a.jobs or os.cpu_count() or 1)


if __name__ == "__main__":
    main()
