"""Extraction measured on scans of the same documents: each text printed on page images, scan-damaged,
read back by docparse's OCR stage (Tesseract, Swedish model) and scored against the text's gold.

Run: python benchmarks/eval_scanned.py [--set dev|invented] [--font mono|serif|sans ...] [--show-worst N] [--export DIR]
     python benchmarks/eval_scanned.py --docs 'some/dir/*.txt' --gold some/dir/gold
     PYTHONPATH=/other/checkout python benchmarks/eval_scanned.py   # another checkout's stages on the same scans

What an archivist gets from a scanned ärende: the dev corpus's real layouts (the text rules were
checked against their text, never against their scans) or the invented set's .txt documents. Each document's lines are printed as they
stand (a paragraph's line wider than a page's measure wrapped at a space, as a printer would; a form
feed starts a page; 60 lines a page; a document flattened into lines of a page or more is left out:
no one printed it so), a -layout text's columns kept where its spaces put them (in a proportional face
each cell starts where it starts in the text), then lightly damaged (skew, specks, blur: a fixed seed
per document) and put in an image-only PDF, which `docparse run` would OCR: docparse.read.read then
docparse.pipeline.process_source, as the command does. Printed: micro-F1 and F1 per field for the
text (the baseline) and for each face's scan, and with --show-worst the documents losing most.

The OCR result (the read SourceDocument) is cached on disk keyed by the page images, Tesseract's
version and docparse's reader code, so a rerun after an extraction change only re-runs the stages
after reading. Faces (Debian's fonts-urw-base35, fonts-liberation, fonts-dejavu): mono = Nimbus Mono PS
(a typewriter's), serif = C059 (an older serif), sans = Liberation Sans (an office document's).
"""

from __future__ import annotations

import argparse
import functools
import glob
import hashlib
import io
import json
import os
import pickle
import random
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The docparse under test comes from PYTHONPATH when set (another checkout's extraction, on the same scans).
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
SETS = {
    "dev": (str(CORPUS / "dev" / "*.txt"), CORPUS / "dev" / "gold"),
    "invented": (str(ROOT / "tests" / "fixtures" / "invented" / "*.txt"), ROOT / "tests" / "fixtures" / "invented" / "gold"),
}
FONT_DIR = Path("/usr/share/fonts")
FACES = {
    "mono": "opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "serif": "opentype/urw-base35/C059-Roman.otf",
    "sans": "truetype/liberation/LiberationSans-Regular.ttf",
}
DEFAULT_CACHE = Path.home() / ".cache" / "docparse-bench" / "scanned"
DPI = 300
FONT_PX = 40  # about 9.6 pt at 300 dpi
LINE_PX = 62  # leading
MARGIN_PX = 150
MEASURE = 110  # characters of a printed line; a longer one wraps
PAGE_LINES = 60
FLATTENED = 900  # characters of a line: a whole page run into one line (a web export), no page anyone printed


def page_texts(text: str) -> list[list[str]]:
    """The document's printed pages: its lines, a long one wrapped; a form feed or 60 lines end a page."""
    pages: list[list[str]] = []
    for chunk in text.replace("\r\n", "\n").split("\f"):
        lines: list[str] = []
        for line in chunk.split("\n"):
            line = line.replace("\t", "    ").rstrip()
            if len(line) <= MEASURE:
                lines.append(line)
            else:
                lines.extend(textwrap.wrap(line, MEASURE, break_long_words=True, break_on_hyphens=False))
        while lines and not lines[-1].strip():
            lines.pop()
        for start in range(0, len(lines), PAGE_LINES):
            pages.append(lines[start:start + PAGE_LINES])
    return [p for p in pages if any(line.strip() for line in p)] or [["(tom)"]]


@functools.lru_cache(maxsize=None)
def _font(face: str):
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT_DIR / FACES[face]), FONT_PX)


def render(lines: list[str], face: str, rng: random.Random):
    """One page image: each run of text placed at its column in a monospaced grid (so a -layout text's
    columns stand where they stand), drawn in ``face``; then skew, specks and blur."""
    from PIL import Image, ImageDraw, ImageFilter

    font, grid = _font(face), _font("mono").getlength("n")
    width = max(2480, int(2 * MARGIN_PX + grid * (max((len(x) for x in lines), default=1) + 2)))
    height = max(3508, 2 * MARGIN_PX + LINE_PX * len(lines))
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    for row, line in enumerate(lines):
        y = MARGIN_PX + row * LINE_PX
        for m in re.finditer(r"\S+(?: \S+)*", line):  # a cell: words one space apart
            draw.text((MARGIN_PX + m.start() * grid, y), m.group(0), fill=0, font=font)
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(int(width * height * 0.0004)):  # dust
        px[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    img.info["dpi"] = (DPI, DPI)
    return img


def image_pdf(images) -> bytes:
    buf = io.BytesIO()
    images[0].convert("L").save(buf, "PDF", resolution=DPI, save_all=True, append_images=[i.convert("L") for i in images[1:]])
    return buf.getvalue()


def _reader_version() -> str:
    """Tesseract's version and the hash of docparse's reading code: a cached OCR result is stale when either changes."""
    out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[:1]
    digest = hashlib.sha256()
    for path in sorted((ROOT / "docparse" / "read").glob("*.py")):
        digest.update(path.read_bytes())
    return "|".join([*out, digest.hexdigest()[:16]])


def read_scanned(path: Path, face: str, cache: Path, version: str):
    """The document's scan as docparse reads it (cached), or None when reading fails."""
    from docparse.errors import DocparseError
    from docparse.read import read

    text = path.read_text(encoding="utf-8")
    rng = random.Random(f"{path.name}|{face}")
    images = [render(lines, face, rng) for lines in page_texts(text)]
    digest = hashlib.sha256(version.encode())
    for image in images:  # (the pages' pixels: a PDF's bytes hold the time it was written)
        digest.update(image.tobytes())
    cached = cache / f"{digest.hexdigest()[:24]}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    pdf = image_pdf(images)
    target = cache / f"{path.stem}.{os.getpid()}.pdf"  # (runs side by side may OCR the same document)
    target.write_bytes(pdf)
    try:
        source = read(str(target), ocr="auto", jobs=1)
    except DocparseError as err:
        print(f"  {path.name} ({face}): {err}", file=sys.stderr)
        return None
    finally:
        target.unlink()
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(pickle.dumps(source))
    partial.replace(cached)  # (whole or not at all, for a run reading it at the same time)
    return source


def run_set(paths: list[Path], gold_dir: Path, face: str | None, cache: Path, version: str, export: Path | None = None):
    """Process (the text itself, or its scan in ``face``) and score: a docparse.evaluate.gold.Evaluation."""
    from docparse.evaluate.gold import load_gold, score_records
    from docparse.pipeline import process, process_source

    names = {p.name for p in paths}
    golds = [g for g in load_gold(gold_dir)[0] if g.file in names or f"{g.stem}.txt" in names]
    records: list[tuple[str, dict]] = []
    for path in paths:
        if face is None:
            record = process(str(path), ocr="never")
        else:
            source = read_scanned(path, face, cache, version)
            if source is None:
                continue
            record = process_source(source)
            record["source"] = dict(record.get("source") or {}, path=str(path))  # matched to the text's gold
            if export is not None:
                (export / face).mkdir(parents=True, exist_ok=True)
                (export / face / f"{path.name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        records.append((str(path), record))
    return score_records(golds, records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="dev")
    ap.add_argument("--docs", help="A glob of .txt documents instead of --set (with --gold).")
    ap.add_argument("--gold", type=Path, help="Their gold folder.")
    ap.add_argument("--font", choices=sorted(FACES), action="append", help="Faces (repeatable; default all three).")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--show-worst", type=int, default=0, metavar="N")
    ap.add_argument("--export", type=Path, metavar="DIR", help="Also write each face's records to DIR/FACE/ (for docparse eval).")
    args = ap.parse_args()
    from docparse.evaluate.gold import FIELDS

    pattern, gold_dir = (args.docs, args.gold) if args.docs else SETS[args.set]
    paths = [Path(p) for p in sorted(glob.glob(pattern))]
    flat = [p for p in paths if max(map(len, p.read_text(encoding="utf-8").splitlines() or [""])) > FLATTENED]
    paths = [p for p in paths if p not in flat]
    args.cache.mkdir(parents=True, exist_ok=True)
    version = _reader_version()
    print(f"{len(paths)} documents ({len(flat)} flattened ones left out); {version.split('|')[0]}")
    print(f"{'reading':<10}{'micro-F1':>9}{'change':>8}  " + " ".join(f"{f.split('.')[-1][:9]:>9}" for f in FIELDS))
    base_f1, base_docs = None, {}
    for face in [None] + (args.font or sorted(FACES)):
        ev = run_set(paths, Path(gold_dir), face, args.cache, version, args.export)
        f1 = ev.micro().f1 or 0.0
        per_doc = {d.file: d.total().f1 or 0.0 for d in ev.documents}
        if base_f1 is None:
            base_f1, base_docs = f1, per_doc
        cells = " ".join("        -" if (v := ev.field_counts(f).f1) is None else f"{v:9.3f}" for f in FIELDS)
        print(f"{face or 'text':<10}{f1:9.3f}{f1 - base_f1:+8.3f}  {cells}", flush=True)
        if args.show_worst and face:
            for d in sorted(per_doc, key=lambda d: per_doc[d] - base_docs.get(d, 0.0))[:args.show_worst]:
                if per_doc[d] < base_docs.get(d, 0.0):
                    print(f"    {d}: {base_docs[d]:.3f} -> {per_doc[d]:.3f}")


if __name__ == "__main__":
    main()
