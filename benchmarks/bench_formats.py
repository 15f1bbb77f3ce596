"""Benchmark: the readers of the structured formats, pages per second on one core.

The invented decision of tests/formatmaker.py is repeated to at least --pages pages (a page =
2,500 characters, as bench_text.py counts), written as DOCX by python-docx and converted by
LibreOffice (when installed) to ODT, RTF, DOC and PDF; HTML is written directly. Each file is
read (docparse.read.read: the reader alone) and run through the whole pipeline (process), best
of --repeat. Target (issue 10): DOCX >= 200 pages/s through the pipeline.

With --pdf FILE ... it also measures those PDFs (e.g. the LibreOffice PDFs of Riksdag text that
benchmarks/eval_text_layers.py leaves in /tmp/docparse-textlayers), counting their own pages.
The reader's figure is the text layer with its layout (pdflayout) and the text-layer judge.

With --cpu the clock is the process's CPU time, for a figure on one core of a loaded machine.

    python benchmarks/bench_formats.py [--pages 50] [--repeat 3] [--cpu] [--pdf a.pdf b.pdf]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

PAGE_CHARS = 2500


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pdf", nargs="*", default=[], help="PDFs to measure too")
    ap.add_argument("--cpu", action="store_true",
                    help="time by the process's CPU time (one core's work, whatever else loads the machine)")
    args = ap.parse_args()
    global _clock
    _clock = time.process_time if args.cpu else time.perf_counter

    import formatmaker as fm
    from docparse.pipeline import process
    from docparse.read import read

    one = len(fm.as_text())
    copies = max(1, args.pages * PAGE_CHARS // one + 1)
    blocks = [b for i in range(copies) for b in fm.DECISION + [("p", f"Bilaga {i + 1}")]]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {"txt": folder / "b.txt", "html": folder / "b.html"}
        files["txt"].write_text(fm.as_text(blocks), encoding="utf-8")
        files["html"].write_text(fm.as_html(blocks), encoding="utf-8")
        files["docx"] = fm.write_docx(folder / "b.docx", blocks)
        if fm.soffice():
            for target in ("odt", "rtf", "doc", "pdf"):
                files[target] = fm.convert(files["docx"], target, folder)
        process(str(files["txt"]))  # models loaded before timing
        print(f"{'format':6} {'pages':>6} {'read p/s':>10} {'pipeline p/s':>13}")
        for kind, path in files.items():
            doc = read(str(path))
            # a PDF's pages are its own (LibreOffice's); the other formats' are counted in characters
            pages = len(doc.pages) if kind == "pdf" else len(doc.text) / PAGE_CHARS
            best_read = min(_time(lambda: read(str(path))) for _ in range(args.repeat))
            best_all = min(_time(lambda: process(str(path))) for _ in range(args.repeat))
            print(f"{kind:6} {pages:6.1f} {pages / best_read:10.0f} {pages / best_all:13.0f}")
    if args.pdf:
        total_pages = total_read = total_all = 0.0
        for path in args.pdf:
            pages = len(read(str(path)).pages)
            total_pages += pages
            total_read += min(_time(lambda: read(str(path))) for _ in range(args.repeat))
            total_all += min(_time(lambda: process(str(path))) for _ in range(args.repeat))
        print(f"{len(args.pdf)} PDFs given: {total_pages:.0f} pages, reader {total_pages / total_read:.0f} pages/s, "
              f"pipeline {total_pages / total_all:.0f} pages/s")


_clock = time.perf_counter


def _time(fn) -> float:
    start = _clock()
    fn()
    return _clock() - start


if __name__ == "__main__":
    main()
