"""Tesseract OCR of page images (text, word boxes, confidences, orientation) and the parallel page runner.

Tesseract is run through pytesseract, one page per call, single-threaded, reading TSV
back, which gives both the text and every word's box and confidence. Pages run in
worker processes; each worker renders (or decodes) its own page, so no more than one
page image per worker is ever in memory.
"""

from __future__ import annotations

import os
import pickle
import queue
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from docparse.document import OcrWord
from docparse.read.despeckle import despeckle
from docparse.errors import MissingDependencyError

# Swedish alone. On the reference scans `swe+eng` took 1.10x as long for the same accuracy
# (WER 2.38 % vs 2.44 %; 1.83 % vs 1.76 % without markup), and without despeckling it lost
# å/ä/ö where the English model won ("for", "ar", "pa"); `swe` reads the Latin letters of
# English fragments well enough. DOCPARSE_OCR_LANG=swe+eng adds English.
# Measured with benchmarks/bench_ocr.py (wer --lang, langs).
LANGUAGES = os.environ.get("DOCPARSE_OCR_LANG", "swe")
DPI = 300
# A page that takes longer than this is given up (OCRmyPDF's default is 180 s).
PAGE_TIMEOUT = float(os.environ.get("DOCPARSE_OCR_TIMEOUT", "180"))
# Below this mean word confidence a page may be upside down or sideways, and orientation
# detection (OSD) is run: upright pages never pay for it.
ROTATION_SUSPECT_CONF = 65.0
MIN_OSD_CONFIDENCE = 1.0
# A page image whose darkest pixel is lighter than this has no ink: a blank page.
BLANK_THRESHOLD = 160
INSTALL_HINT = "install Tesseract and its Swedish data: apt-get install tesseract-ocr tesseract-ocr-swe, or run scripts/setup.sh"


class OcrEngineError(RuntimeError):
    """Tesseract ran but failed on a page."""


@dataclass
class PageOcr:
    """The OCR result of one page (picklable: it travels back from a worker)."""

    text: str
    words: list[OcrWord]
    width: int
    height: int
    warnings: list[str] = field(default_factory=list)
    failed: bool = False


class PageSource:
    """A page image source over the input's bytes (a PDF renderer, a TIFF decoder); workers get
    a temporary file's path instead, so a worker's memory does not grow with the document (pdfium
    and PIL read files lazily). It is pickled once to each worker."""

    def __init__(self, data: bytes | None = None, *, path: str | None = None):
        self.data, self.path = data, path
        self._handle = None

    def __getstate__(self):
        return {"data": self.data, "path": self.path}

    def __setstate__(self, state):
        self.data, self.path, self._handle = state["data"], state["path"], None

    def image(self, index: int):  # -> PIL.Image.Image, one page at a time
        raise NotImplementedError

    def dpi(self, index: int) -> int | None:
        raise NotImplementedError

    @contextmanager
    def for_workers(self):
        if self.path is not None:
            yield self
            return
        fd, path = tempfile.mkstemp(prefix="docparse-ocr-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(self.data)
            yield type(self)(path=path)
        finally:
            os.unlink(path)


@lru_cache(maxsize=8)
def check_engine(languages: str = LANGUAGES) -> tuple[str, bool]:
    """Path of the tesseract binary and whether OSD data is there; raises if Tesseract or a language is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependencyError("Tesseract OCR is not installed (no `tesseract` on PATH)", hint=INSTALL_HINT)
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as err:
        raise MissingDependencyError(f"Tesseract OCR cannot be run: {err}", hint=INSTALL_HINT) from None
    installed = {ln.strip() for ln in (out.stdout + out.stderr).splitlines()[1:] if ln.strip()}
    missing = [lang for lang in languages.split("+") if lang not in installed]
    if missing:
        raise MissingDependencyError(
            f"Tesseract language data missing: {', '.join(missing)} (installed: {', '.join(sorted(installed)) or 'none'})",
            hint=INSTALL_HINT,
        )
    return exe, "osd" in installed


def _grey(image):
    """The image as 8-bit greyscale on white: what Tesseract binarises best from, and cheap to pipe."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image)
    if image.mode != "L":
        image = image.convert("L")
    return image


@contextmanager
def _one_thread():
    """OMP_THREAD_LIMIT=1 for the tesseract started inside: pages run in parallel, and several
    multi-threaded Tesseracts on one machine run many times slower than single-threaded ones."""
    old = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if old is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = old


def run_tesseract(exe: str, image, config: str, *, lang: str | None = None, osd: bool = False,
                  timeout: float = PAGE_TIMEOUT) -> str:
    """Tesseract's TSV (or, with ``osd``, its orientation report) for an 'L' image.

    Raises subprocess.TimeoutExpired on timeout, OcrEngineError when Tesseract fails.
    """
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = exe
    # pytesseract hands the page over as a temporary file in image.format: BMP is written
    # in ~5 ms, PNG (its default) in ~300 ms, a tenth of the page's OCR time.
    image.format = "BMP"
    try:
        with _one_thread():
            if osd:
                return pytesseract.image_to_osd(image, config=config, timeout=timeout)
            return pytesseract.image_to_data(image, lang=lang, config=config, timeout=timeout)
    except pytesseract.TesseractError as err:
        lines = str(err.message).strip().splitlines()
        raise OcrEngineError(f"tesseract failed: {lines[-1] if lines else f'exit status {err.status}'}") from None
    except RuntimeError as err:
        if "timeout" in str(err).lower():
            raise subprocess.TimeoutExpired("tesseract", timeout) from None
        raise OcrEngineError(str(err)) from None


# A space between two words of a line wider than this many times the line's tallest word is a
# gap between columns or table cells, written as a tab (as the PDF layout reader writes one):
# label rows ("Datum      Diarienummer") and signature columns keep their cells.
CELL_GAP = 1.2


def parse_tsv(tsv: str) -> tuple[str, list[OcrWord]]:
    """Page text and words from Tesseract's TSV: words joined by spaces (a tab across a wide
    gap), lines by newlines, paragraphs by a blank line (as Tesseract's own text output does)."""
    from docparse.read.text import normalise

    rows: list[tuple[tuple[str, str], tuple[str, str, str], str, tuple[int, int, int, int], float]] = []
    tallest: dict[tuple[str, str, str], int] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = normalise(cols[11]).strip()
        if not text:
            continue
        line = (cols[2], cols[3], cols[4])
        box = (int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9]))
        rows.append(((cols[2], cols[3]), line, text, box, max(0.0, float(cols[10]))))
        tallest[line] = max(tallest.get(line, 0), box[3])
    parts: list[str] = []
    words: list[OcrWord] = []
    pos = 0
    last_line = last_par = last_right = None
    for par, line, text, box, conf in rows:
        if last_line is None:
            sep = ""
        elif par != last_par:
            sep = "\n\n"
        elif line != last_line:
            sep = "\n"
        else:
            sep = "\t" if box[0] - last_right > CELL_GAP * tallest[line] > 0 else " "
        parts.append(sep)
        pos += len(sep)
        words.append(OcrWord(text=text, start=pos, end=pos + len(text), conf=conf, box=box))
        parts.append(text)
        pos += len(text)
        last_line, last_par, last_right = line, par, box[0] + box[2]
    return "".join(parts), words


# A table whose columns Tesseract's page layout (--psm 3) takes for separate text blocks comes
# back a column at a time (an agenda's numbers, then its titles, then its dnrs), its narrow
# columns often misread ("1 2 3 4" as "WONH"). Such a page is read again as one column of lines
# (--psm 4), and where even that keeps the columns apart (a gap as wide as a dnr column's at the
# margin), as one block of text (--psm 6): each row's cells on its line, as a PDF's layout text
# has them. Seen as SPLIT_ROWS or more lines each with a line of another block to its left, on
# the same baseline (a letterhead's two columns are two rows or so).
SPLIT_ROWS = 3
REREAD_MODES = ("--psm 4", "--psm 6")


def split_table(tsv: str) -> bool:
    """Whether Tesseract's blocks stand side by side in rows: a table (or two-column page) read column by column."""
    extents: dict[tuple[str, str, str], list[int]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        box = extents.setdefault((cols[2], cols[3], cols[4]), [left, top, left + width, top + height])
        box[0], box[1], box[2], box[3] = min(box[0], left), min(box[1], top), max(box[2], left + width), max(box[3], top + height)
    lines = [(key[0], box) for key, box in extents.items()]
    rows = 0
    for block, (left, top, right, bottom) in lines:
        for other, (left2, top2, right2, bottom2) in lines:
            overlap = min(bottom, bottom2) - max(top, top2)
            if other != block and right2 < left and 2 * overlap > min(bottom - top, bottom2 - top2):
                rows += 1  # (a column read as one tall line, "WONH", stands left of each of its rows)
                break
    return rows >= SPLIT_ROWS


def read_page(exe: str, image, config: str, *, lang: str, timeout: float) -> tuple[str, list[OcrWord]]:
    """The page's text and words; a table read column by column (split_table) is read again by lines."""
    tsv = run_tesseract(exe, image, config, lang=lang, timeout=timeout)
    for mode in REREAD_MODES:
        if not split_table(tsv):
            break
        tsv = run_tesseract(exe, image, config.replace("--psm 3", mode), lang=lang, timeout=timeout)
    return parse_tsv(tsv)


def osd_rotation(exe: str, image, *, timeout: float = PAGE_TIMEOUT) -> tuple[int, float] | None:
    """(degrees to turn the image clockwise to make it upright, confidence), or None when OSD cannot tell."""
    try:
        out = run_tesseract(exe, image, "--psm 0", osd=True, timeout=timeout)
    except OcrEngineError:  # "Too few characters" on sparse pages
        return None
    info = {}
    for ln in out.splitlines():
        if ":" in ln:
            k, v = ln.split(":", 1)
            info[k.strip()] = v.strip()
    try:
        return int(info["Rotate"]) % 360, float(info["Orientation confidence"])
    except (KeyError, ValueError):
        return None


def _mean_conf(words: list[OcrWord]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def _suspect_orientation(words: list[OcrWord]) -> bool:
    # Sideways or upside-down text reads as low-confidence garbage (mean ~35 against ~90).
    return len(words) < 3 or _mean_conf(words) < ROTATION_SUSPECT_CONF


def _unrotate_box(box, rotation: int, width: int, height: int):
    """A box found on the image turned ``rotation`` degrees clockwise, in the original image's pixels."""
    left, top, w, h = box
    if rotation == 90:  # turned clockwise: new (x, y) = (H-1-y, x)
        return (top, height - left - w, h, w)
    if rotation == 270:  # turned anticlockwise: new (x, y) = (y, W-1-x)
        return (width - top - h, left, h, w)
    if rotation == 180:
        return (width - left - w, height - top - h, w, h)
    return box


def ocr_image(image, *, languages: str = LANGUAGES, dpi: int | None = None, timeout: float = PAGE_TIMEOUT) -> PageOcr:
    """OCR one page image: text, words with boxes (in this image's pixels) and confidences.

    Orientation is checked only when the first reading looks wrong, and the page is
    reread turned upright when OSD finds it at 90, 180 or 270 degrees.
    """
    from PIL import Image

    exe, has_osd = check_engine(languages)
    image = _grey(image)
    width, height = image.size
    if image.getextrema()[0] >= BLANK_THRESHOLD:
        return PageOcr("", [], width, height, ["blank page (no ink)"])
    config = "--psm 3" + (f" --dpi {dpi}" if dpi else "")
    cleaned = despeckle(image, dpi)
    text, words = read_page(exe, cleaned, config, lang=languages, timeout=timeout)
    warnings: list[str] = []
    rotation = 0
    if has_osd and _suspect_orientation(words):
        found = osd_rotation(exe, cleaned, timeout=timeout)
        if found and found[0] in (90, 180, 270) and found[1] >= MIN_OSD_CONFIDENCE:
            turn = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
            # Cleaned again upright: which blots are dots over letters depends on which way is up.
            upright = despeckle(image.transpose(turn[found[0]]), dpi)
            text2, words2 = read_page(exe, upright, config, lang=languages, timeout=timeout)
            del upright
            if _mean_conf(words2) > _mean_conf(words) and len(words2) >= len(words) // 2:
                rotation = found[0]
                text = text2
                words = [
                    OcrWord(w.text, w.start, w.end, w.conf, _unrotate_box(w.box, rotation, width, height))
                    for w in words2
                ]
                warnings.append(f"page was rotated {rotation}° and has been read upright")
    if not words:
        warnings.append("no text found (blank page?)")
    return PageOcr(text, words, width, height, warnings)


# --- the parallel runner -----------------------------------------------------------------
# Workers are plain `python -m docparse.read.ocr_worker` processes fed pickled page numbers
# over a pipe, not a multiprocessing pool: a spawn pool re-imports the caller's __main__
# (a script without an `if __name__ == "__main__"` guard would start workers forever, a
# pool started from stdin hangs), and a fork pool copies a parent that may hold spaCy.


def _ocr_one(pages: PageSource, index: int, options: dict) -> PageOcr:
    """Render or decode page ``index`` and OCR it; every failure becomes a failed page with a warning."""
    try:
        image = pages.image(index)
    except Exception as err:  # a page that cannot be rendered must not lose the document
        return PageOcr("", [], 0, 0, [f"page could not be rendered: {err}"], failed=True)
    width, height = image.size
    try:
        return ocr_image(image, dpi=pages.dpi(index), **options)
    except subprocess.TimeoutExpired:
        return PageOcr("", [], width, height, [f"OCR timed out after {options.get('timeout', PAGE_TIMEOUT):.0f} s"], failed=True)
    except (OcrEngineError, OSError) as err:
        return PageOcr("", [], width, height, [f"OCR failed: {err}"], failed=True)
    finally:
        del image


def send(stream, obj) -> None:
    blob = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(blob)))
    stream.write(blob)
    stream.flush()


def receive(stream):
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("pipe closed")
    (size,) = struct.unpack("<Q", head)
    blob = stream.read(size)
    if len(blob) < size:
        raise EOFError("pipe closed")
    return pickle.loads(blob)


class _Worker:
    """One worker process: gets the page source once, then page numbers; answers PageOcr results."""

    def __init__(self, pages: PageSource, options: dict):
        import docparse

        root = os.path.dirname(os.path.dirname(os.path.abspath(docparse.__file__)))
        env = dict(os.environ)  # (run_tesseract itself keeps each Tesseract to one thread)
        # The workers import this same docparse, wherever the caller found it.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "docparse.read.ocr_worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )
        send(self.proc.stdin, (pages, options))

    def ocr(self, index: int) -> PageOcr:
        send(self.proc.stdin, index)
        return receive(self.proc.stdout)

    def close(self) -> None:
        try:
            send(self.proc.stdin, None)
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def default_jobs() -> int:
    return os.cpu_count() or 1


# Called after each page is OCR'd: a document worker (docparse.batch.workers) restarts the
# document's clock there, so its timeout counts per page while a scan is read.
on_page_done: Callable[[], None] | None = None


def ocr_pages(pages: PageSource, indices: list[int], *, jobs: int | None = None) -> Iterator[tuple[int, PageOcr]]:
    """OCR the given pages, ``jobs`` at a time, yielding (index, result) in page order.

    With one job (or one page) the pages run in this process; otherwise in worker
    processes, each rendering and reading one page at a time.
    """
    for index, result in _ocr_pages(pages, indices, jobs=jobs):
        if on_page_done is not None:
            on_page_done()
        yield index, result


def _ocr_pages(pages: PageSource, indices: list[int], *, jobs: int | None = None) -> Iterator[tuple[int, PageOcr]]:
    check_engine(LANGUAGES)  # fail once, clearly, before any work
    options = {"languages": LANGUAGES, "timeout": PAGE_TIMEOUT}
    n = max(1, min(jobs or default_jobs(), len(indices)))
    if n == 1:
        for i in indices:
            yield i, _ocr_one(pages, i, options)
        return

    with pages.for_workers() as shared:
        yield from _run_workers(shared, indices, n, options)


def _run_workers(pages: PageSource, indices: list[int], n: int, options: dict) -> Iterator[tuple[int, PageOcr]]:
    todo: queue.Queue[int] = queue.Queue()
    for i in indices:
        todo.put(i)
    results: dict[int, PageOcr] = {}
    done = threading.Condition()
    running = [n]

    def drive() -> None:
        worker = None
        try:
            worker = _Worker(pages, options)
            while True:
                try:
                    i = todo.get_nowait()
                except queue.Empty:
                    break
                dead = False
                try:
                    result = worker.ocr(i)
                except (EOFError, OSError, pickle.UnpicklingError):
                    result = PageOcr("", [], 0, 0, ["OCR worker died (out of memory?)"], failed=True)
                    dead = True
                with done:
                    results[i] = result
                    done.notify_all()
                if dead:
                    break  # this worker is gone; the others take the remaining pages
        except OSError:
            pass  # the worker could not start: the others take the pages, or they are reported lost
        finally:
            if worker is not None:
                worker.close()
            with done:
                running[0] -= 1
                done.notify_all()

    threads = [threading.Thread(target=drive, daemon=True) for _ in range(n)]
    for t in threads:
        t.start()
    for i in indices:
        with done:
            while i not in results and running[0] > 0:
                done.wait()
            result = results.pop(i, None)
        if result is None:  # every worker died before reaching this page
            result = PageOcr("", [], 0, 0, ["OCR worker died (out of memory?)"], failed=True)
        yield i, result
    for t in threads:
        t.join()
