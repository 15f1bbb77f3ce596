"""Repair measured on held-out Riksdag text: printed in three typefaces, scan-damaged, read by Tesseract.

Run: python benchmarks/eval_repair_riksdag.py [--speed] [--ceiling] [--show N] [--cache DIR] [--export DIR] [--fonts ...]
     python benchmarks/eval_repair_riksdag.py --reader docparse   # read by docparse's OCR stage, clean-up included
     PYTHONPATH=/other/checkout python benchmarks/eval_repair_riksdag.py   # score another branch's repair
     /some/venv/bin/python benchmarks/eval_repair_riksdag.py --speed --installed   # an installed (compiled) wheel
     python models/build_lm.py --tuning DIR && DOCPARSE_MODELS=DIR python benchmarks/eval_repair_riksdag.py --documents tuning
         # the tuning fold of the training documents, repaired with a model built without it: tune here

The documents are those models/riksdag_split.py holds out of every model (never trained on).
From each, pages of real paragraphs (~250-350 words, a fixed seed; at most --pages-per-doc a
document, so the big ones do not dominate) are rendered with models/build_confusions.py
(render_page, degrade: specks, skew, low resolution, blur, bilevel or grey noise; JPEG) in each
typeface, and read by Tesseract's English (eng, no å/ä/ö) and Swedish (swe) models: bare Tesseract
(--reader tesseract, the default: repair alone is measured) or docparse's OCR stage, which takes
specks off the page image first (--reader docparse: what a user of docparse gets). The OCR text is
cached on disk keyed by (page text, typeface, damage and its seed, engine, Tesseract version, reader), so a
rerun only re-runs repair. Printed per file (typeface x document) and as the mean over files:
WER before/after repair (docparse.evaluate.wer) and the share of å/ä/ö words right, for eng and swe;
the share of words repair changes on clean text (the held-out truth pages, the seeds, the dev
corpus); with --speed, the cold repair speed on this unseen text in a fresh process, and the model
load time apart.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The docparse under test comes from PYTHONPATH when set (another checkout's repair); the
# rendering machinery and the split always come from this checkout's models/.
if not os.environ.get("PYTHONPATH") and "--installed" not in sys.argv:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

# build_confusions and riksdag_split are imported in main(): the fresh process that times repair
# imports docparse itself, and build_confusions would put this checkout first on sys.path.
bc = riksdag_split = None

CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_CACHE = Path.home() / ".cache" / "docparse-bench"
ENGINES = ("eng", "swe")
PSM = 4
# Name -> (regular, bold) under /usr/share/fonts: a typewriter face, an older serif, a common one.
FONTS = {
    "nimbusmono": ("opentype/urw-base35/NimbusMonoPS-Regular.otf", "opentype/urw-base35/NimbusMonoPS-Bold.otf"),
    "c059": ("opentype/urw-base35/C059-Roman.otf", "opentype/urw-base35/C059-Bold.otf"),
    "liberationserif": ("truetype/liberation/LiberationSerif-Regular.ttf",
                        "truetype/liberation/LiberationSerif-Bold.ttf"),
    "bookman": ("opentype/urw-base35/URWBookman-Light.otf", "opentype/urw-base35/URWBookman-Demi.otf"),
    "liberationmono": ("truetype/liberation/LiberationMono-Regular.ttf",
                       "truetype/liberation/LiberationMono-Bold.ttf"),
    "dejavusans": ("truetype/dejavu/DejaVuSans.ttf", "truetype/dejavu/DejaVuSans-Bold.ttf"),
}
DEFAULT_FONTS = ("nimbusmono", "c059", "liberationserif")
FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
_MARKS = set("åäö")


@dataclass
class TextPage:
    """A page of a held-out document: its paragraphs, as they stand in the source."""

    doc: str
    number: int
    paragraphs: list[str]

    @property
    def name(self) -> str:
        return f"{self.doc}_{self.number:02d}"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Reading:
    """One page printed in one typeface, its printed lines and each engine's OCR text."""

    page: TextPage
    font: str
    truth: str  # the printed lines
    ocr: dict[str, str]


# ---------------------------------------------------------------- pages of text

def paragraphs(text: str) -> list[str]:
    """Running-text Swedish paragraphs: the confusion builder's filter, so training reads like the test."""
    return bc.prose_paragraphs(text)


def document_pages(doc: str, text: str, per_doc: int, rng: random.Random,
                   target: int = 300, most: int = 350) -> list[TextPage]:
    """Cut the document's paragraphs into consecutive pages of about ``target`` words, and pick
    ``per_doc`` of them at random (all when fewer)."""
    cut: list[list[str]] = []
    cur: list[str] = []
    n = 0
    for para in paragraphs(text):
        k = len(para.split())
        if cur and n + k > most:
            cut.append(cur)
            cur, n = [], 0
        cur.append(para)
        n += k
        if n >= target:
            cut.append(cur)
            cur, n = [], 0
    if cur and (n >= 100 or not cut):
        cut.append(cur)
    chosen = sorted(rng.sample(range(len(cut)), min(per_doc, len(cut))))
    return [TextPage(doc, k + 1, cut[i]) for k, i in enumerate(chosen)]


def heldout_pages(per_doc: int, seed: int, documents: str = "heldout") -> list[TextPage]:
    index = riksdag_split.RIKSDAG_DIR / "INDEX.tsv"
    if not index.is_file():
        raise SystemExit(f"error: {index}: the Riksdag documents' index is missing (see ../shared/external/README.md)")
    pages = []
    for doc in riksdag_split.heldout_ids() if documents == "heldout" else riksdag_split.tuning_ids():
        path = riksdag_split.RIKSDAG_DIR / f"{doc}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SystemExit(f"error: {path}: cannot read the held-out document ({exc.__class__.__name__})")
        # One generator per document: adding a document does not move the others' pages.
        found = document_pages(doc, text, per_doc, random.Random(f"{seed}:{doc}"))
        if not found:
            print(f"warning: {path.name}: no running-text paragraphs; left out", file=sys.stderr)
        pages.extend(found)
    return pages


# ---------------------------------------------------------------- printing and reading

def tesseract_version() -> str:
    out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).splitlines()[0].strip()


def damage_seed(page: TextPage, font: str, seed: int) -> str:
    return f"{seed}:{page.name}:{font}"


def reader_tag(reader: str) -> str:
    """What the OCR text depends on beyond Tesseract: nothing for bare Tesseract (the cache key of
    earlier runs), docparse's page clean-up and page mode for docparse's OCR stage."""
    if reader == "tesseract":
        return ""
    from docparse.read import ocr

    stage = Path(ocr.__file__)
    clean_up = stage.with_name("despeckle.py")  # the page clean-up (in ocr.py before it had a module)
    source = stage.read_bytes() + (clean_up.read_bytes() if clean_up.exists() else b"")
    return "docparse:" + hashlib.sha256(source).hexdigest()[:16]


def cache_path(cache: Path, page: TextPage, font: str, damage: str, seed: str, engine: str,
               version: str, reader: str = "") -> Path:
    key = [page.text, FONTS[font], damage, seed, engine, version, PSM] + ([reader] if reader else [])
    key = json.dumps(key, ensure_ascii=False)
    return cache / "riksdag" / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def read_pages(pages: list[TextPage], fonts: list[str], args) -> list[Reading]:
    """Every page in every typeface read by both engines, from the cache where it has them."""
    try:  # before any OCR: a cache that cannot be written is known now, not after an hour's reading
        (args.cache / "riksdag").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SystemExit(f"error: {args.cache}: cannot make the OCR cache ({exc.strerror}); "
                         "choose another folder with --cache DIR") from None
    version = tesseract_version()
    tag = reader_tag(args.reader)
    damage_fn = bc.degrade if args.damage == "scan" else _mild_damage
    readings: list[Reading] = []
    todo = []  # (reading, engine, image, cache file)
    with tempfile.TemporaryDirectory(prefix="riksdag-") as tmp:
        for font in fonts:
            for page in pages:
                seed = damage_seed(page, font, args.seed)
                files = {e: cache_path(args.cache, page, font, args.damage, seed, e, version, tag) for e in ENGINES}
                cached = {e: json.loads(f.read_text(encoding="utf-8")) for e, f in files.items() if f.exists()}
                if len(cached) == len(ENGINES):
                    truth = cached["eng"]["truth"]
                    readings.append(Reading(page, font, truth, {e: c["ocr"] for e, c in cached.items()}))
                    continue
                image = Path(tmp) / f"{font}-{page.name}.jpg"
                blocks = [bc.Block(p, "para") for p in page.paragraphs]
                lines, _ = bc.render_page(blocks, random.Random(seed), image, font=FONTS[font], damage=damage_fn)
                if " ".join(lines).split() != page.text.split():
                    print(f"warning: {page.name} does not fit a page in {font}; the printed part is measured",
                          file=sys.stderr)
                reading = Reading(page, font, "\n".join(lines), {e: c["ocr"] for e, c in cached.items()})
                readings.append(reading)
                todo += [(reading, e, image, files[e]) for e in ENGINES if e not in cached]
        if todo:
            print(f"OCR: {len(todo)} page readings to make ({version}, {args.jobs} tesseract processes)",
                  file=sys.stderr)
            started = time.monotonic()

            def run(job):
                reading, engine, image, _ = job
                if args.reader == "tesseract":
                    return bc.ocr_page(image, engine, PSM)
                # docparse's OCR stage as a user gets it: its page clean-up, then Tesseract.
                from PIL import Image

                from docparse.read.ocr import ocr_image
                with Image.open(image) as img:
                    page = ocr_image(img, languages=engine, dpi=bc.DPI)
                return None if page.failed else page.text

            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                for n, (job, text) in enumerate(zip(todo, pool.map(run, todo)), 1):
                    reading, engine, _, file = job
                    if text is None:
                        text = ""  # ocr_page warned; an empty reading counts as all words lost
                    else:
                        entry = {"truth": reading.truth, "ocr": text, "engine": engine, "font": reading.font,
                                 "page": reading.page.name, "tesseract": version}
                        try:
                            file.parent.mkdir(parents=True, exist_ok=True)
                            file.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
                        except OSError as exc:
                            raise SystemExit(f"error: {file}: cannot write the OCR cache ({exc.strerror}); "
                                             "choose another folder with --cache DIR") from None
                    reading.ocr[engine] = text
                    if n % 10 == 0 or n == len(todo):
                        print(f"  {n}/{len(todo)} read, {time.monotonic() - started:.0f}s", file=sys.stderr)
    return readings


def _mild_damage(img, rng: random.Random):
    """An office scan of a clean print: a slight skew and a little blur."""
    from PIL import Image, ImageFilter

    img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BILINEAR, fillcolor=255)
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def export(readings: list[Reading], directory: Path, documents: str = "heldout") -> None:
    """The OCR pairs as plain files: FONT/ENGINE/NAME.txt, FONT/truth/NAME.txt (the printed lines,
    line for line with the OCR) and truth/NAME.txt (the page's paragraphs); then READY."""
    counts: dict[tuple[str, str], int] = {}
    for r in readings:
        (directory / "truth").mkdir(parents=True, exist_ok=True)
        (directory / "truth" / f"{r.page.name}.txt").write_text(r.page.text + "\n", encoding="utf-8")
        (directory / r.font / "truth").mkdir(parents=True, exist_ok=True)
        (directory / r.font / "truth" / f"{r.page.name}.txt").write_text(r.truth + "\n", encoding="utf-8")
        for engine, text in r.ocr.items():
            (directory / r.font / engine).mkdir(parents=True, exist_ok=True)
            (directory / r.font / engine / f"{r.page.name}.txt").write_text(text, encoding="utf-8")
            counts[(r.font, engine)] = counts.get((r.font, engine), 0) + 1
    docs = sorted({r.page.doc for r in readings})
    lines = [f"{font}/{engine} {n} pages" for (font, engine), n in sorted(counts.items())]
    ids = riksdag_split.heldout_ids() if documents == "heldout" else riksdag_split.tuning_ids()
    lines += [
        f"# documents (models/riksdag_split.py {documents}_ids()): {' '.join(docs)}",
        "# HELD OUT: for measuring only; never train a model or a confusion table on these pages."
        if documents == "heldout" else
        "# TUNING FOLD: training documents; tune on them only with a model built without them (build_lm.py --tuning).",
        "# Layout: FONT/ENGINE/NAME.txt OCR text; FONT/truth/NAME.txt printed lines; truth/NAME.txt paragraphs.",
        f"# Made by: python benchmarks/eval_repair_riksdag.py --export {directory} "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
    ]
    left_out = [d for d in ids if d not in docs]
    if left_out:
        lines.append(f"# {'held out' if documents == 'heldout' else 'in the fold'} but not measured (no Swedish running text): {' '.join(left_out)}")
    for r in readings:
        if r.truth.split() != r.page.text.split():
            lines.append(f"# {r.font}/{r.page.name}: the page did not fit; {r.font}/truth/{r.page.name}.txt "
                         "holds what was printed (measure against it)")
    (directory / "READY").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"exported {len(readings)} printed pages to {directory}", file=sys.stderr)


# ---------------------------------------------------------------- measuring

@dataclass
class Tally:
    """Summed WER counts of several pages."""

    truth_words: int = 0
    edits: int = 0
    swedish_words: int = 0
    swedish_right: int = 0

    def add(self, res) -> None:
        self.truth_words += res.truth_words
        self.edits += res.substitutions + res.deletions + res.insertions
        self.swedish_words += res.swedish_words
        self.swedish_right += res.swedish_right

    @property
    def wer(self) -> float:
        return self.edits / self.truth_words if self.truth_words else 0.0

    @property
    def swedish(self) -> float:
        return self.swedish_right / self.swedish_words if self.swedish_words else 1.0


def changed_share(texts: list[str], repair, words) -> tuple[int, int]:
    """Words repair changes in clean text, and the words there are."""
    changed = total = 0
    for text in texts:
        changed += len(repair(text).edits)
        total += len(words(text))
    return changed, total


def measure(readings: list[Reading], fonts: list[str], args) -> None:
    from docparse.evaluate.wer import word_error_rate, words
    from docparse.repair import repair

    keys = ("eng", "eng+r", "swe", "swe+r", "fold")
    files: dict[tuple[str, str], dict[str, Tally]] = {}
    left: dict[str, Counter] = {e: Counter() for e in ENGINES}  # remaining (truth, read) errors
    for r in readings:
        tallies = files.setdefault((r.font, r.page.doc), {k: Tally() for k in keys})
        for engine in ENGINES:
            raw = r.ocr[engine]
            tallies[engine].add(word_error_rate(r.truth, raw))
            after = word_error_rate(r.truth, repair(raw).text)
            tallies[engine + "+r"].add(after)
            left[engine].update(after.errors)
        # The English reading's errors other than lost marks: what restoring å/ä/ö cannot mend.
        tallies["fold"].add(word_error_rate(r.truth.translate(FOLD), r.ocr["eng"].translate(FOLD)))
    print(f"{len(readings)} printed pages ({len({r.page.name for r in readings})} text pages x "
          f"{len(fonts)} typefaces), damage '{args.damage}', seed {args.seed}; repair of "
          f"{Path(sys.modules['docparse'].__file__).parents[1]}")
    print(f"{'typeface':16} {'document':13} {'words':>6}  {'eng WER':>7} -> {'repaired':<8} "
          f"{'åäö right':>9} -> {'repaired':<8}  {'swe WER':>7} -> {'repaired':<8} {'åäö right':>9} -> repaired")
    for (font, doc), t in sorted(files.items()):
        print(f"{font:16} {doc:13} {t['eng'].truth_words:6d}  "
              f"{t['eng'].wer:7.2%} -> {t['eng+r'].wer:<8.2%} {t['eng'].swedish:9.2%} -> {t['eng+r'].swedish:<8.2%}  "
              f"{t['swe'].wer:7.2%} -> {t['swe+r'].wer:<8.2%} {t['swe'].swedish:9.2%} -> {t['swe+r'].swedish:.2%}")
    n = len(files)

    def mean(key: str, attr: str) -> float:
        return sum(getattr(t[key], attr) for t in files.values()) / n

    print(f"{'mean of ' + str(n) + ' files':30} {'':6}  "
          f"{mean('eng', 'wer'):7.2%} -> {mean('eng+r', 'wer'):<8.2%} "
          f"{mean('eng', 'swedish'):9.2%} -> {mean('eng+r', 'swedish'):<8.2%}  "
          f"{mean('swe', 'wer'):7.2%} -> {mean('swe+r', 'wer'):<8.2%} "
          f"{mean('swe', 'swedish'):9.2%} -> {mean('swe+r', 'swedish'):.2%}")
    for font in fonts:
        sub = [t for (f, _), t in files.items() if f == font]
        pooled = {k: Tally() for k in keys}
        for t in sub:
            for k in keys:
                for a in ("truth_words", "edits", "swedish_words", "swedish_right"):
                    setattr(pooled[k], a, getattr(pooled[k], a) + getattr(t[k], a))
        print(f"  {font:14} pooled: eng {pooled['eng'].wer:.2%} -> {pooled['eng+r'].wer:.2%} "
              f"(åäö {pooled['eng'].swedish:.2%} -> {pooled['eng+r'].swedish:.2%}); "
              f"swe {pooled['swe'].wer:.2%} -> {pooled['swe+r'].wer:.2%} "
              f"(åäö {pooled['swe'].swedish:.2%} -> {pooled['swe+r'].swedish:.2%})")
    worst = max(t["eng+r"].wer for t in files.values())
    lower = sum(t["swe+r"].edits < t["swe"].edits for t in files.values())
    worse = [f"{font}/{doc}" for (font, doc), t in sorted(files.items()) if t["swe+r"].edits > t["swe"].edits]
    print(f"eng repaired: worst file {worst:.2%}, files at most 1.5 %: "
          f"{sum(t['eng+r'].wer <= 0.015 for t in files.values())} of {n}")
    print(f"swe repaired: WER lower on {lower} of {n} files, the same on {n - lower - len(worse)}, higher on "
          f"{len(worse)}" + (f" ({', '.join(worse)})" if worse else ""))
    print(f"eng reading, å/ä/ö folded on both sides (its errors besides the lost marks, 6 for ö included): "
          f"mean {mean('fold', 'wer'):.2%}")
    for engine in ENGINES if args.show else ():
        print(f"commonest errors left in the repaired {engine} text (truth -> text, count):")
        print("    " + "; ".join(f"{t or '∅'} -> {h or '∅'} {k}" for (t, h), k in left[engine].most_common(args.show)))

    # Clean text: every edit is a word changed that was right.
    truth_pages = sorted({r.page.name: r.page.text for r in readings}.items())
    sets = [("held-out truth pages", [t for _, t in truth_pages])]
    seeds = sorted((CORPUS / "seeds").glob("00[1-9]_*.txt"))
    dev = sorted((CORPUS / "dev").glob("*.txt"))
    sets += [("seeds 001-", [p.read_text(encoding="utf-8") for p in seeds]),
             ("dev corpus", [p.read_text(encoding="utf-8") for p in dev])]
    for label, texts in sets:
        if not texts:
            print(f"clean text, {label}: none found")
            continue
        changed, total = changed_share(texts, repair, words)
        print(f"clean text, {label} ({len(texts)} texts): {changed} of {total} words changed "
              f"({changed / max(total, 1):.3%})")


def ceiling(readings: list[Reading], reaches: tuple[int, ...] = (2, 3, 4)) -> None:
    """What no repair of the text can mend: the English reading's WER if an oracle mended every
    substitution within K letter edits of its truth (å/ä/ö folded on both sides), every split or
    joined word whose letters are within K edits, and every inserted token. Left: words read
    farther from their truth than K edits (blur and specks that OCR turned into other letters) and
    words OCR lost. A file above the target here cannot reach it by repair alone."""
    from rapidfuzz.distance import Levenshtein

    from docparse.evaluate.wer import words

    for k in reaches:
        files: dict[tuple[str, str], list[int]] = {}
        for r in readings:
            acc = files.setdefault((r.font, r.page.doc), [0, 0, 0, 0])  # truth words, left; å/ä/ö words, left
            truth, read = words(r.truth), words(r.ocr["eng"])
            acc[0] += len(truth)
            acc[2] += sum(1 for w in truth if _MARKS & set(w))
            for op in Levenshtein.opcodes(truth, read):
                tt, hh = truth[op.src_start:op.src_end], read[op.dest_start:op.dest_end]
                if op.tag == "delete":
                    lost = tt
                elif op.tag == "replace" and len(tt) == len(hh):
                    lost = [a for a, b in zip(tt, hh) if Levenshtein.distance(a.translate(FOLD), b.translate(FOLD)) > k]
                elif op.tag == "replace" and Levenshtein.distance("".join(tt).translate(FOLD), "".join(hh).translate(FOLD)) > k:
                    lost = tt + [""] * max(0, len(hh) - len(tt))
                else:
                    continue
                acc[1] += len(lost)
                acc[3] += sum(1 for w in lost if _MARKS & set(w))
        rates = sorted(((left / n, font, doc) for (font, doc), (n, left, _s, _l) in files.items()), reverse=True)
        marks = sum(1 - lost / max(s, 1) for _n, _left, s, lost in files.values()) / len(files)
        print(f"ceiling of text repair (oracle within {k} letter edits): å/ä/ö words right {marks:.2%}, "
              f"mean WER {sum(r for r, *_ in rates) / len(rates):.2%}, "
              f"files above 1.5 %: {sum(r > 0.015 for r, *_ in rates)} of {len(rates)} "
              f"({', '.join(f'{f}/{d} {r:.2%}' for r, f, d in rates if r > 0.015) or 'none'})")


def speed(readings: list[Reading], installed: bool = False) -> None:
    """Cold repair speed on all the held-out OCR text of each engine, each in a fresh process
    (nothing of this text decided before); the model load timed apart."""
    for engine in ENGINES:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump([r.ocr[engine] for r in readings], fh, ensure_ascii=False)
        try:
            env = dict(os.environ)
            if not env.get("PYTHONPATH") and not installed:
                env["PYTHONPATH"] = str(ROOT)
            child = [sys.executable, __file__, "--speed-child", fh.name] + (["--installed"] if installed else [])
            out = subprocess.run(child, env=env,
                                 capture_output=True, text=True)
        finally:
            os.unlink(fh.name)
        if out.returncode != 0:
            print(f"speed run failed: {out.stderr.strip()[-500:]}", file=sys.stderr)
            return
        print(f"cold repair of the {engine} OCR text: {out.stdout.strip()}")


def speed_child(path: str) -> int:
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    # Wall clock for the import (it reads files), CPU time for loading and repair.
    t0 = time.perf_counter()
    import docparse.repair as dr
    from docparse.repair import compiled

    imported = time.perf_counter() - t0
    from bench_repair import measure_texts  # (this script's folder: it runs as a script)

    timed = measure_texts(texts, warm_rounds=0)
    n, cpu, loaded = timed["words"], timed["cold"], timed["load"]
    print(f"{n} words in {cpu:.2f} s CPU = {n / cpu:,.0f} words/s (fresh process, {Path(dr.__file__).parents[2]}, "
          f"{compiled.build()}); "
          f"import {imported:.2f} s, model load {loaded:.2f} s")
    return 0


def check_tuning_model() -> None:
    """The tuning fold is measured only with a language model that never saw it."""
    from docparse.models import models_dir
    from docparse.sv.lm import LM_META

    meta = models_dir() / LM_META
    try:
        trained = set(json.loads(meta.read_text(encoding="utf-8"))["sources"]["riksdag"])
    except (OSError, ValueError, KeyError) as exc:
        raise SystemExit(f"error: {meta}: cannot read the language model's sources ({exc.__class__.__name__})")
    seen = sorted(trained & set(riksdag_split.tuning_ids()))
    if seen:
        raise SystemExit(f"error: {meta}: the language model was trained on the tuning documents ({', '.join(seen)}); "
                         "build one without them (python models/build_lm.py --tuning DIR) and set DOCPARSE_MODELS=DIR")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--fonts", default=",".join(DEFAULT_FONTS),
                    help=f"typefaces, comma-separated, of: {', '.join(FONTS)} (default: %(default)s)")
    ap.add_argument("--pages-per-doc", type=int, default=4, help="text pages a document at most (default 4)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--damage", choices=("scan", "mild"), default="scan",
                    help="scan: build_confusions.degrade (specks, skew, low resolution, blur, bilevel or grey "
                         "noise; default); mild: a slight skew and blur")
    ap.add_argument("--documents", choices=("heldout", "tuning"), default="heldout",
                    help="heldout: the documents held out of every model (default; the figures to report); "
                         "tuning: the tuning fold of the training documents, for tuning repair's decisions "
                         "with a model built without it (models/build_lm.py --tuning DIR, DOCPARSE_MODELS=DIR)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="OCR cache folder (default %(default)s)")
    ap.add_argument("--reader", choices=("tesseract", "docparse"), default="tesseract",
                    help="tesseract: bare Tesseract on the page image (default; repair alone is measured); "
                         "docparse: docparse's OCR stage (its page clean-up, then Tesseract), what a user gets")
    ap.add_argument("--jobs", type=int, default=2, help="parallel tesseract processes (default 2)")
    ap.add_argument("--export", type=Path, metavar="DIR", help="also write the OCR pairs as plain files here")
    ap.add_argument("--ocr-only", action="store_true", help="read (and export) the pages, measure nothing")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print the N commonest errors left after repair")
    ap.add_argument("--speed", action="store_true", help="also time repair cold in a fresh process")
    ap.add_argument("--installed", action="store_true",
                    help="repair with the docparse installed in this Python (a compiled wheel), not this checkout's")
    ap.add_argument("--ceiling", action="store_true",
                    help="also print what no text repair can mend: the eng WER left by an oracle within 2, 3, 4 letter edits")
    ap.add_argument("--speed-child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.speed_child:
        return speed_child(args.speed_child)
    global bc, riksdag_split
    import docparse  # noqa: F401  (first: the checkout on PYTHONPATH, before build_confusions' own)
    import build_confusions as bc
    import riksdag_split

    if args.reader == "docparse":
        os.environ["OMP_THREAD_LIMIT"] = "1"  # pages run side by side (--jobs), each single-threaded
    fonts = [f for f in args.fonts.split(",") if f]
    unknown = [f for f in fonts if f not in FONTS]
    if unknown:
        ap.error(f"unknown typeface {', '.join(unknown)}; choose from {', '.join(FONTS)}")
    missing = [f for f in fonts if not (bc.FONT_DIR / FONTS[f][0]).exists()]
    if missing:
        ap.error(f"font files missing for {', '.join(missing)} (Debian: apt-get install fonts-urw-base35 "
                 "fonts-liberation fonts-dejavu-core)")
    if args.documents == "tuning":
        check_tuning_model()
    pages = heldout_pages(args.pages_per_doc, args.seed, args.documents)
    per_doc: dict[str, int] = {}
    for p in pages:
        per_doc[p.doc] = per_doc.get(p.doc, 0) + len(p.text.split())
    label = "held-out" if args.documents == "heldout" else "tuning-fold (training documents the tuning model left out)"
    print(f"{label} text pages: " + ", ".join(f"{d} {sum(p.doc == d for p in pages)} ({w} words)"
                                              for d, w in per_doc.items()))
    readings = read_pages(pages, fonts, args)
    if args.export:
        try:
            export(readings, args.export, args.documents)
        except OSError as exc:
            raise SystemExit(f"error: {exc.filename}: cannot write the export ({exc.strerror})") from None
    if args.ocr_only:
        return 0
    measure(readings, fonts, args)
    if args.ceiling:
        ceiling(readings)
    if args.speed:
        speed(readings, args.installed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
