#!/usr/bin/env python3
"""Build models/ocr_confusions.tsv: OCR confusion counts learned by rendering and OCR'ing Swedish text.

Default run (no corpus text is used):
  1. generate Swedish text from wordfreq's Swedish word list, weighted towards words with
     å/ä/ö, plus document shapes (numbered items, dates, amounts, organisation numbers);
  2. render it to 300 dpi greyscale A4 page images in several fonts, lightly degraded and
     saved as JPEG like a scan, keeping the truth line by line;
  3. OCR every page with real Tesseract, English (eng) and Swedish (swe) models;
  4. align each OCR line with its truth line (docparse.repair.align) and count
     (truth unit, OCR unit) pairs, identity included;
  5. write a TSV with a '#' header naming every source.

Retrain on your own material instead (skips 1-3):
  python models/build_confusions.py --truth-dir DIR --ocr-dir DIR --out my_confusions.tsv
where DIR holds NAME.truth.txt and NAME.ENGINE.txt (e.g. NAME.eng.txt; plain NAME.txt
counts as engine --engine).

Compare two tables (top confusions per character):
  python models/build_confusions.py --compare models/ocr_confusions.tsv other.tsv
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a plain script from a checkout: use this checkout's docparse, not an installed one.
sys.path.insert(0, str(ROOT))

from docparse.repair.align import confusion_units, pair_lines  # noqa: E402

DEFAULT_OUT = ROOT / "models" / "ocr_confusions.tsv"
ENGINES = ("eng", "swe")
REPORT_CHARS = ("å", "ä", "ö", "Å", "Ä", "Ö", "i", "l")
DPI = 300
A4_PX = (2480, 3508)  # A4 at 300 dpi, the size of a typical office scan

# Body fonts: (regular, bold) files; several families so no one glyph design dominates.
FONT_FILES = [
    ("truetype/dejavu/DejaVuSans.ttf", "truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("truetype/dejavu/DejaVuSerif.ttf", "truetype/dejavu/DejaVuSerif-Bold.ttf"),
    ("truetype/liberation/LiberationSerif-Regular.ttf", "truetype/liberation/LiberationSerif-Bold.ttf"),
    ("truetype/liberation/LiberationSans-Regular.ttf", "truetype/liberation/LiberationSans-Bold.ttf"),
    ("truetype/liberation/LiberationSansNarrow-Regular.ttf", "truetype/liberation/LiberationSansNarrow-Bold.ttf"),
    ("opentype/urw-base35/NimbusRoman-Regular.otf", "opentype/urw-base35/NimbusRoman-Bold.otf"),
    ("opentype/urw-base35/NimbusSans-Regular.otf", "opentype/urw-base35/NimbusSans-Bold.otf"),
    ("opentype/urw-base35/C059-Roman.otf", "opentype/urw-base35/C059-Bold.otf"),
    ("opentype/urw-base35/P052-Roman.otf", "opentype/urw-base35/P052-Bold.otf"),
    ("opentype/urw-base35/URWBookman-Light.otf", "opentype/urw-base35/URWBookman-Demi.otf"),
]
FONT_DIR = Path("/usr/share/fonts")
# Named faces for --fonts (the default draws from FONT_FILES): typewriter faces among them, which
# FONT_FILES lacks.
NAMED_FONTS = {
    "nimbusmono": ("opentype/urw-base35/NimbusMonoPS-Regular.otf", "opentype/urw-base35/NimbusMonoPS-Bold.otf"),
    "liberationmono": ("truetype/liberation/LiberationMono-Regular.ttf",
                       "truetype/liberation/LiberationMono-Bold.ttf"),
    "c059": ("opentype/urw-base35/C059-Roman.otf", "opentype/urw-base35/C059-Bold.otf"),
    "liberationserif": ("truetype/liberation/LiberationSerif-Regular.ttf",
                        "truetype/liberation/LiberationSerif-Bold.ttf"),
    "bookman": ("opentype/urw-base35/URWBookman-Light.otf", "opentype/urw-base35/URWBookman-Demi.otf"),
    "dejavuserif": ("truetype/dejavu/DejaVuSerif.ttf", "truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "dejavusans": ("truetype/dejavu/DejaVuSans.ttf", "truetype/dejavu/DejaVuSans-Bold.ttf"),
    "liberationsans": ("truetype/liberation/LiberationSans-Regular.ttf",
                       "truetype/liberation/LiberationSans-Bold.ttf"),
    "nimbussans": ("opentype/urw-base35/NimbusSans-Regular.otf", "opentype/urw-base35/NimbusSans-Bold.otf"),
    "nimbusroman": ("opentype/urw-base35/NimbusRoman-Regular.otf", "opentype/urw-base35/NimbusRoman-Bold.otf"),
}

MONTHS = ("januari februari mars april maj juni juli augusti september oktober "
          "november december").split()
WORD_RE = re.compile(r"[a-zåäöé]+(?:-[a-zåäöé]+)?")
SWEDISH_RE = re.compile(r"[åäö]")


# ---------------------------------------------------------------- text generation

@dataclass
class TextSource:
    """Weighted Swedish words from wordfreq, biased towards å/ä/ö."""

    words: list[str]
    cum_weights: list[float]
    rng: random.Random

    @classmethod
    def from_wordfreq(cls, rng: random.Random, n_words: int = 60000, swedish_boost: float = 3.0):
        import wordfreq

        words, weights, total = [], [], 0.0
        for word in wordfreq.top_n_list("sv", n_words):
            if not WORD_RE.fullmatch(word):
                continue
            # Square root flattens Zipf so that rarer content words (long compounds,
            # inflections) show up, not only "och", "att", "i".
            w = wordfreq.word_frequency(word, "sv") ** 0.5
            if SWEDISH_RE.search(word):
                w *= swedish_boost
            total += w
            words.append(word)
            weights.append(total)
        return cls(words, weights, rng)

    def word(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.cum_weights)[0]


def _orgnr(rng: random.Random) -> str:
    from stdnum import luhn

    # Third digit >= 2 marks a juridisk person; the tenth is the Luhn check digit.
    digits = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(2, 9)}{rng.randint(0, 999999):06d}"
    return f"{digits[:6]}-{digits[6:]}{luhn.calc_check_digit(digits)}"


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _number_phrase(rng: random.Random) -> str:
    kind = rng.randrange(11)
    year = rng.randint(1990, 2030)
    if kind == 0:
        return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    if kind == 1:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == 2:
        return f"{_grouped(rng.randint(1000, 99_999_999))} {rng.choice(['kronor', 'kr', 'tkr', 'SEK'])}"
    if kind == 3:
        return _orgnr(rng)
    if kind == 4:
        return f"{rng.randint(1, 99)} procent" if rng.random() < 0.5 else f"{rng.randint(1, 99)},{rng.randint(0, 9)} %"
    if kind == 5:
        return f"kl. {rng.randint(7, 20)}.{rng.choice(['00', '15', '30', '45'])}"
    if kind == 6:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}-{rng.randint(1, 999)}/{year}"
    if kind == 7:
        return f"{rng.choice(['bilaga', 'punkt', 'sida', 'kapitel', 'avsnitt'])} {rng.randint(1, 12)}"
    if kind == 8:
        return f"{rng.randint(1, 31)}/{rng.randint(1, 12)}"
    if kind == 9:
        return f"{year}–{year + rng.randint(1, 3)}"
    return str(rng.choice([1, 1, 1, 2, 3, 10, 11, 100, year]))


def sentence(src: TextSource, rng: random.Random, min_words: int = 4, max_words: int = 16) -> str:
    out = []
    for k in range(rng.randint(min_words, max_words)):
        r = rng.random()
        if r < 0.07:
            out.append(_number_phrase(rng))
        elif r < 0.10:
            # "i" and "1" side by side is where eng confuses them most.
            out.append(rng.choice(["i", "i", "1"]))
        else:
            w = src.word()
            # Proper nouns, titles, sentence starts elsewhere: capitals, with extra
            # weight on Å/Ä/Ö initials, which are rare in running text but common in names.
            if rng.random() < (0.3 if w[0] in "åäö" else 0.06):
                w = w.capitalize()
            elif rng.random() < 0.01:
                w = w.upper()
            out.append(w)
        if k and rng.random() < 0.07:
            out[-1] += ","
    out[0] = out[0][:1].upper() + out[0][1:]
    if rng.random() < 0.05:
        out.insert(rng.randrange(len(out)), "(" + src.word() + ")")
    return " ".join(out) + rng.choice([".", ".", ".", ".", ":", "?", "!"])


@dataclass
class Block:
    text: str
    kind: str  # "para", "heading", "item"
    prefix: str = ""


def page_blocks(src: TextSource, rng: random.Random, n: int = 30) -> list[Block]:
    blocks: list[Block] = []
    while len(blocks) < n:
        r = rng.random()
        if r < 0.15:
            words = [src.word() for _ in range(rng.randint(1, 5))]
            text = " ".join(words)
            text = text.upper() if rng.random() < 0.2 else text[:1].upper() + text[1:]
            blocks.append(Block(text, "heading"))
        elif r < 0.35:
            start = rng.choice([1, 1, 2, 5])
            marker = rng.choice(["{}.", "{})", "-", "•"])
            for k in range(rng.randint(2, 5)):
                blocks.append(Block(sentence(src, rng, 3, 14), "item", marker.format(start + k)))
        else:
            blocks.append(Block(" ".join(sentence(src, rng) for _ in range(rng.randint(1, 4))), "para"))
    return blocks


INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
LETTER = re.compile(r"[A-Za-zÅÄÖåäöÉé]")
SV_FUNCTION = frozenset("och att i som för på av med till den det är en ett de om har inte kan ska skall".split())
EN_FUNCTION = frozenset("the of and to in is that for be shall with by on are this which".split())


def prose_paragraphs(text: str) -> list[str]:
    """Running-text Swedish paragraphs of a document: lines joined; tables, headings, English left out.

    Long blank-line blocks (documents that seldom leave a blank line) are cut where a line ends a
    sentence. benchmarks/eval_repair_riksdag.py takes its pages with this filter too.
    """
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        if len(block.split()) <= 330:
            blocks.append(block)
            continue
        cur: list[str] = []
        for piece in re.split(r"(?<=[.!?:])[ \t]*\n", block):
            cur.append(piece)
            if sum(len(c.split()) for c in cur) >= 60:
                blocks.append("\n".join(cur))
                cur = []
        if cur:
            blocks.append("\n".join(cur))
    out = []
    for block in blocks:
        para = " ".join(INVISIBLE.sub("", block).split())
        if not 12 <= len(para.split()) <= 330:
            continue
        if len(LETTER.findall(para)) < 0.75 * len(para.replace(" ", "")) or not re.search(r"[.!?:;]$", para):
            continue
        tokens = para.lower().split()
        sv = sum(t in SV_FUNCTION for t in tokens)
        if sv > 2 and sv > 2 * sum(t in EN_FUNCTION for t in tokens):
            out.append(para)
    return out


class RiksdagSource:
    """Real paragraphs of the Riksdag TRAINING documents (models/riksdag_split.py); never held-out ones."""

    def __init__(self, rng: random.Random):
        sys.path.insert(0, str(ROOT / "models"))
        import riksdag_split

        held = set(riksdag_split.heldout_ids()) | set(riksdag_split.EXCLUDED)
        self.docs: dict[str, list[str]] = {}
        for doc in riksdag_split.training_ids():
            if doc in held:  # training_ids() already excludes them; checked again on purpose
                continue
            try:
                text = (riksdag_split.RIKSDAG_DIR / f"{doc}.txt").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                print(f"warning: {doc}.txt: cannot read ({exc.__class__.__name__}); left out", file=sys.stderr)
                continue
            paras = prose_paragraphs(text)
            if paras:
                self.docs[doc] = paras
        if not self.docs:
            raise SystemExit(f"error: no Riksdag training paragraphs found in {riksdag_split.RIKSDAG_DIR}")
        self.names = sorted(self.docs)
        self.rng = rng
        self.used: Counter = Counter()

    def page_blocks(self, n_words: int = 650) -> list[Block]:
        """Consecutive paragraphs of one document from a random start, about a page's worth."""
        doc = self.rng.choice(self.names)
        paras = self.docs[doc]
        k = self.rng.randrange(len(paras))
        blocks, total = [], 0
        while total < n_words and k < len(paras):
            blocks.append(Block(paras[k], "para"))
            total += len(paras[k].split())
            k += 1
        self.used[doc] += 1
        return blocks


# ---------------------------------------------------------------- rendering

@dataclass
class Page:
    name: str
    image: Path
    truth: list[str]
    font: str


def _wrap(draw, text: str, font, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        cand = f"{cur} {word}" if cur else word
        if cur and draw.textlength(cand, font=font) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def render_page(blocks: list[Block], rng: random.Random, path: Path,
                font: tuple[str, str] | None = None, damage=None) -> tuple[list[str], str]:
    """Render blocks to a lightly degraded greyscale JPEG; returns truth lines and font.

    ``font``: (regular, bold) files under FONT_DIR (default: one of FONT_FILES at random);
    ``damage``: a function (image, rng) -> image (default: degrade).
    """
    from PIL import Image, ImageDraw, ImageFont

    if font is None:
        font = rng.choice([f for f in FONT_FILES if (FONT_DIR / f[0]).exists()])
    regular, bold = font
    size = round(rng.uniform(10, 12) * DPI / 72)
    body = ImageFont.truetype(str(FONT_DIR / regular), size)
    head = ImageFont.truetype(str(FONT_DIR / bold), round(size * rng.uniform(1.0, 1.3)))
    img = Image.new("L", A4_PX, 255)
    draw = ImageDraw.Draw(img)
    margin = rng.randint(200, 300)
    width = A4_PX[0] - 2 * margin
    leading = rng.uniform(1.2, 1.5)
    y = rng.randint(200, 300)
    truth: list[str] = []
    for block in blocks:
        font = head if block.kind == "heading" else body
        indent = round(size * 1.8) if block.kind == "item" else 0
        lines = _wrap(draw, block.text, font, width - indent)
        step = font.size * leading
        if y + step * (len(lines) + 1) > A4_PX[1] - 200:
            break
        for k, line in enumerate(lines):
            if block.kind == "item" and k == 0:
                draw.text((margin, y), block.prefix, font=font, fill=0)
                # The marker and the text share one printed line, so one truth line.
                truth.append(f"{block.prefix} {line}")
            else:
                truth.append(line)
            draw.text((margin + indent, y), line, font=font, fill=0)
            y += step
        y += step * rng.uniform(0.3, 1.0)
    img = (damage or degrade)(img, rng)
    img.save(path, "JPEG", quality=rng.randint(60, 90), dpi=(DPI, DPI))
    return truth, Path(regular).stem


def degrade(img, rng: random.Random):
    """Scanner-like damage: specks, skew, lower optical resolution, blur, bilevel or grey noise."""
    from PIL import Image, ImageDraw, ImageFilter

    if rng.random() < 0.7:
        # Dust and toner specks: on letters they become accents and dots (a -> ä, . -> :).
        draw = ImageDraw.Draw(img)
        for _ in range(rng.randint(200, 3000)):
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            r = rng.choice((1, 1, 1, 1, 2))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(0, 150))
    if rng.random() < 0.6:
        img = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.BILINEAR, fillcolor=255)
    if rng.random() < 0.3:
        # A cheaper scanner: sample at 150-220 dpi, stored at 300.
        scale = rng.uniform(0.5, 0.73)
        small = img.resize((round(img.width * scale), round(img.height * scale)), Image.BILINEAR)
        img = small.resize(img.size, Image.BILINEAR)
    if rng.random() < 0.7:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.3)))
    if rng.random() < 0.25:
        # Bilevel scan: the threshold thickens or thins strokes, merging and breaking glyphs.
        threshold = rng.randint(100, 190)
        img = img.point(lambda v: 0 if v < threshold else 255)
    elif rng.random() < 0.6:
        noise = Image.effect_noise(img.size, rng.uniform(10, 30))
        img = Image.blend(img, noise, rng.uniform(0.04, 0.12))
    return img


def ocr_page(image: Path, lang: str, psm: int) -> str | None:
    """Tesseract's text for one page image; None (with a warning) when it fails."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.run(
            ["tesseract", str(image), "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(DPI)],
            capture_output=True, text=True, env=env, timeout=300,
        )
    except subprocess.TimeoutExpired:
        print(f"warning: tesseract timed out on {image.name} ({lang}); page skipped", file=sys.stderr)
        return None
    if proc.returncode != 0:
        print(f"warning: tesseract failed on {image.name} ({lang}), page skipped: "
              f"{proc.stderr.strip()[:300]}", file=sys.stderr)
        return None
    return proc.stdout


def tesseract_info(engines) -> str:
    out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    version = (out.stdout or out.stderr).splitlines()[0].strip()
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    m = re.search(r'"([^"]+)"', langs)
    models = []
    for lang in engines:
        p = Path(m.group(1)) / f"{lang}.traineddata" if m else None
        if p and p.exists():
            digest = hashlib.sha256(p.read_bytes()).hexdigest()[:12]
            models.append(f"{lang}.traineddata ({p.stat().st_size} bytes, sha256 {digest}…)")
        else:
            models.append(f"{lang}.traineddata")
    return f"{version}; models " + ", ".join(models)


# ---------------------------------------------------------------- counting

@dataclass
class Counts:
    pairs: Counter = field(default_factory=Counter)  # (truth, ocr, engine) -> n
    # Per engine: truth lines with a mask of which chars were read right, to count
    # identity for multi-char units afterwards.
    matched: dict = field(default_factory=lambda: defaultdict(list))
    chars: Counter = field(default_factory=Counter)  # engine -> truth chars aligned
    lines: Counter = field(default_factory=Counter)  # engine -> aligned line pairs
    truth_lines: Counter = field(default_factory=Counter)

    def add_text(self, truth: str, ocr: str, engine: str) -> None:
        # NFC so that a decomposed "ä" (a + U+0308) counts as "ä"; tabs become spaces so
        # that no unit can contain the table's separator.
        truth, ocr = unicodedata.normalize("NFC", truth), unicodedata.normalize("NFC", ocr)
        t_lines = [ln.replace("\t", " ").strip() for ln in truth.splitlines() if ln.strip()]
        o_lines = [ln.replace("\t", " ").strip() for ln in ocr.splitlines() if ln.strip()]
        self.truth_lines[engine] += len(t_lines)
        for i, j in pair_lines(t_lines, o_lines):
            self.add_line(t_lines[i], o_lines[j], engine)

    def add_line(self, truth: str, ocr: str, engine: str) -> None:
        mask = []
        for t, o in confusion_units(truth, ocr):
            self.pairs[(t, o, engine)] += 1
            if t:
                mask.extend([t == o] * len(t))
        self.matched[engine].append((truth, mask))
        self.chars[engine] += len(truth)
        self.lines[engine] += 1

    def table(self, min_count: int = 2) -> list[tuple[str, str, int, str]]:
        rows = {}
        for (t, o, e), n in self.pairs.items():
            if t.startswith("#"):
                continue  # would read as a comment line
            if t == o and len(t) == 1:
                rows[(t, o, e)] = n  # identity of single chars: always kept
            elif t != o and n >= min_count:
                rows[(t, o, e)] = n
        # Multi-char truth units: add how often each occurred and was read right, so
        # P(ocr | truth) can be estimated for them too.
        for e, lines in self.matched.items():
            units = {t for (t, o, ee) in rows if ee == e and len(t) > 1}
            if not units:
                continue
            right = Counter()
            for truth, mask in lines:
                for u in units:
                    start = truth.find(u)
                    while start >= 0:
                        if all(mask[start:start + len(u)]):
                            right[u] += 1
                        start = truth.find(u, start + 1)
            for u, n in right.items():
                rows[(u, u, e)] = n
        return sorted(((t, o, n, e) for (t, o, e), n in rows.items()),
                      key=lambda r: (r[3], r[0], -r[2], r[1]))


def write_tsv(path: Path, rows, header: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for line in header:
            fh.write(f"# {line}\n" if line else "#\n")
        for t, o, n, e in rows:
            fh.write(f"{t}\t{o}\t{n}\t{e}\n")


def read_tsv(path: Path) -> Counter:
    counts: Counter = Counter()
    try:
        with open(path, encoding="utf-8") as fh:
            for k, line in enumerate(fh, 1):
                if line.startswith("#") or not line.strip("\n"):
                    continue
                # Split on tabs only: units may be a space, and "" marks insertion/deletion.
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 4 or not parts[2].isdigit():
                    raise SystemExit(f"error: {path}:{k}: expected truth<TAB>ocr<TAB>count<TAB>engine")
                t, o, n, e = parts
                counts[(t, o, e)] += int(n)
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"error: {path}: cannot read the table ({exc.__class__.__name__})") from None
    return counts


# ---------------------------------------------------------------- reports

def top_confusions(counts: Counter, char: str, engine: str, k: int = 6) -> list[tuple[str, int, float]]:
    total = sum(n for (t, o, e), n in counts.items() if t == char and e == engine)
    wrong = [(o, n) for (t, o, e), n in counts.items() if t == char and e == engine and o != char]
    wrong.sort(key=lambda x: -x[1])
    return [(o, n, n / total if total else 0.0) for o, n in wrong[:k]]


def summary(counts: Counter, out=sys.stdout) -> None:
    engines = sorted({e for (_, _, e) in counts})
    for e in engines:
        print(f"== engine {e}: top confusions (ocr unit, count, share of that truth char)", file=out)
        for c in REPORT_CHARS:
            total = sum(n for (t, o, ee), n in counts.items() if t == c and ee == e)
            right = counts.get((c, c, e), 0)
            tops = ", ".join(f"{o or '∅'!r}:{n} ({p:.0%})" for o, n, p in top_confusions(counts, c, e))
            print(f"  {c!r}: n={total} right={right / total if total else 0:.0%}  {tops}", file=out)


def sanity(counts: Counter) -> list[str]:
    """Confusions the English model is known to make; returns those not found."""
    expect = [("ä", "a"), ("ä", "i|d"), ("ö", "o|6"), ("å", "a|é")]
    missing = []
    for char, alts in expect:
        seen = {o for (t, o, e) in counts if t == char and e == "eng"}
        # Count a multi-char unit starting with the look-alike too ("ö" -> "6d").
        if not any(o[:1] in alts.split("|") or o in alts.split("|") for o in seen):
            missing.append(f"{char}->{alts}")
    return missing


def _distance(a: Counter, b: Counter, char: str, engine: str) -> str:
    """Total variation distance between the two tables' P(ocr | char), 0 = same, 1 = disjoint."""
    pa = {o: n for (t, o, e), n in a.items() if t == char and e == engine}
    pb = {o: n for (t, o, e), n in b.items() if t == char and e == engine}
    na, nb = sum(pa.values()), sum(pb.values())
    if not na or not nb:
        return "n/a"
    return f"{0.5 * sum(abs(pa.get(o, 0) / na - pb.get(o, 0) / nb) for o in set(pa) | set(pb)):.2f}"


def compare(a: Counter, b: Counter, k: int = 5, out=sys.stdout) -> None:
    """Overlap of top-k confusions per report char, and of overall confusion mass."""
    engines = sorted({e for (_, _, e) in a} & {e for (_, _, e) in b})
    for e in engines:
        print(f"== engine {e}: top-{k} confusions, A vs B (overlap)", file=out)
        for c in REPORT_CHARS:
            ta = [o for o, _, _ in top_confusions(a, c, e, k)]
            tb = [o for o, _, _ in top_confusions(b, c, e, k)]
            both = [o for o in tb if o in ta]
            print(f"  {c!r}: A={ta} B={tb} overlap={len(both)}/{len(tb)}; "
                  f"distance of P(ocr|{c}) A vs B: {_distance(a, b, c, e)}", file=out)
        conf_b = {(t, o): n for (t, o, ee), n in b.items() if ee == e and t != o}
        known_a = {(t, o) for (t, o, ee) in a if ee == e and t != o}
        mass = sum(conf_b.values())
        covered = sum(n for key, n in conf_b.items() if key in known_a)
        top_b = sorted(conf_b, key=lambda key: -conf_b[key])[:30]
        hit = sum(1 for key in top_b if key in known_a)
        print(f"  B's confusions (count mass) also in A: {covered}/{mass} = {covered / max(mass, 1):.1%}; "
              f"B's top-30 pairs in A: {hit}/30", file=out)
        missing = [f"{t!r}->{o!r}:{conf_b[(t, o)]}" for t, o in top_b if (t, o) not in known_a]
        if missing:
            print(f"  B's top pairs missing from A: {', '.join(missing[:15])}", file=out)


# ---------------------------------------------------------------- driver

def build_rendered(args, counts: Counts) -> list[str]:
    rng = random.Random(args.seed)
    src = TextSource.from_wordfreq(rng)
    riksdag = RiksdagSource(random.Random(f"{args.seed}:riksdag")) if args.riksdag_share > 0 else None
    faces = [NAMED_FONTS[f] for f in args.fonts] if args.fonts else None
    fonts = Counter()
    kinds = Counter()
    with tempfile.TemporaryDirectory(prefix="confusions-") as tmp:
        pages: list[Page] = []
        for k in range(args.pages):
            path = Path(tmp) / f"s{args.seed}-page{k:03d}.jpg"
            face = rng.choice(faces) if faces else None
            if riksdag is not None and rng.random() < args.riksdag_share:
                blocks, kind = riksdag.page_blocks(), "riksdag"
                path = path.with_name(f"s{args.seed}-rd{k:03d}.jpg")
            else:
                blocks, kind = page_blocks(src, rng, args.blocks), "wordfreq"
            truth, font = render_page(blocks, rng, path, font=face)
            pages.append(Page(path.stem, path, truth, font))
            fonts[font] += 1
            kinds[kind] += 1
        args.kinds = kinds
        args.riksdag_docs = len(riksdag.used) if riksdag else 0
        jobs = [(p, e) for p in pages for e in args.engines]
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as pool:
            results = pool.map(lambda job: (job, ocr_page(job[0].image, job[1], args.psm)), jobs)
            for n, ((page, engine), text) in enumerate(results, 1):
                if text is None:
                    continue
                counts.add_text("\n".join(page.truth), text, engine)
                if args.keep:
                    save_page(args.keep, page, engine, text)
                if args.verbose:
                    print(f"  [{n}/{len(jobs)}] {page.name} {engine} {page.font} "
                          f"{time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
    return [f"{f} x{n}" for f, n in sorted(fonts.items())]


def save_page(directory: Path, page: Page, engine: str, text: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    truth = directory / f"{page.name}.truth.txt"
    if not truth.exists():
        truth.write_text("\n".join(page.truth) + "\n", encoding="utf-8")
        shutil.copy(page.image, directory / page.image.name)
    (directory / f"{page.name}.{engine}.txt").write_text(text, encoding="utf-8")


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"warning: {path}: cannot read as UTF-8 text ({exc.__class__.__name__}); skipped", file=sys.stderr)
        return None


def build_from_dirs(args, counts: Counts) -> list[str]:
    names = []
    truth_dir, ocr_dir = Path(args.truth_dir), Path(args.ocr_dir)
    for truth_path in sorted(truth_dir.glob("*.truth.txt")):
        stem = truth_path.name[: -len(".truth.txt")]
        truth = _read_text(truth_path)
        if truth is None:
            continue
        found = False
        for ocr_path in sorted(ocr_dir.glob(f"{stem}.*txt")):
            rest = ocr_path.name[len(stem):]
            if rest == ".truth.txt":
                continue
            m = re.fullmatch(r"(?:\.([A-Za-z0-9_+-]+))?\.txt", rest)
            if not m:
                continue
            engine = m.group(1) or args.engine
            ocr = _read_text(ocr_path)
            if ocr is None:
                continue
            counts.add_text(truth, ocr, engine)
            names.append(f"{ocr_path.name} ({engine})")
            found = True
        if not found:
            print(f"warning: no OCR text for {truth_path.name} in {ocr_dir}", file=sys.stderr)
    if not names:
        raise SystemExit(f"error: no pairs NAME.truth.txt / NAME[.ENGINE].txt found in {truth_dir} and {ocr_dir}")
    return names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--pages", type=int, default=60, help="pages to render per engine (default 60)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--engines", default="eng,swe", help="Tesseract models, comma-separated")
    ap.add_argument("--psm", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=2, help="parallel tesseract processes (at most 2)")
    ap.add_argument("--blocks", type=int, default=30, help="text blocks generated per page")
    ap.add_argument("--keep", type=Path, help="also save pages as DIR/NAME.jpg, NAME.truth.txt, NAME.ENGINE.txt "
                    "(the layout --truth-dir/--ocr-dir read)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--truth-dir", help="use NAME.truth.txt files here instead of rendering")
    ap.add_argument("--ocr-dir", help="OCR texts NAME.ENGINE.txt / NAME.txt matching --truth-dir")
    ap.add_argument("--engine", default="user", help="engine label for plain NAME.txt OCR files")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A_TSV", "B_TSV"),
                    help="print overlap of top confusions of two tables and exit")
    ap.add_argument("--riksdag-share", type=float, default=0.0,
                    help="share of pages printed from real paragraphs of the Riksdag training documents "
                         "(models/riksdag_split.py; held-out ones never) instead of generated text (default 0)")
    ap.add_argument("--fonts", help="comma-separated faces from NAMED_FONTS, one drawn per page "
                    f"({', '.join(NAMED_FONTS)}; default: FONT_FILES)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="multiply this run's counts by SCALE before --add tables are added (default 1): "
                    "the new source's weight beside them")
    ap.add_argument("--add", nargs=2, action="append", default=[], metavar=("TSV", "WEIGHT"),
                    help="also add an existing table's counts times WEIGHT (e.g. the wordfreq-only table); "
                    "repeatable")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    if args.compare:
        compare(read_tsv(args.compare[0]), read_tsv(args.compare[1]))
        return 0
    if bool(args.truth_dir) != bool(args.ocr_dir):
        ap.error("--truth-dir and --ocr-dir go together")
    if not args.truth_dir and shutil.which("tesseract") is None:
        ap.error("the tesseract binary is not on PATH (Debian: apt-get install tesseract-ocr "
                 "tesseract-ocr-eng tesseract-ocr-swe)")
    args.engines = [e for e in args.engines.split(",") if e]
    if args.fonts:
        args.fonts = [f for f in args.fonts.split(",") if f]
        unknown = [f for f in args.fonts if f not in NAMED_FONTS]
        if unknown:
            ap.error(f"unknown --fonts {', '.join(unknown)}; known: {', '.join(NAMED_FONTS)}")
    if not 0.0 <= args.riksdag_share <= 1.0:
        ap.error("--riksdag-share is a share between 0 and 1")

    started = time.monotonic()
    counts = Counts()
    today = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    # The command that rebuilds this table; options that do not change it are left out.
    shown, skip = [], False
    for a in (argv if argv is not None else sys.argv[1:]):
        if skip or a in ("-v", "--verbose", "--keep") or a.startswith("--keep="):
            skip = a == "--keep"
            continue
        shown.append(a)
    cmd = "python models/build_confusions.py " + " ".join(shown)
    header = [
        "docparse OCR confusion model: how often Tesseract read a truth unit as an OCR unit.",
        "Format: truth<TAB>ocr<TAB>count<TAB>engine, UTF-8 (NFC). Split on TAB only, never strip: a unit",
        "may be a space. An empty truth field is an insertion, an empty ocr field a deletion. Units are",
        "1-3 chars a side (docparse/repair/align.py: Levenshtein alignment, each insertion/deletion joined",
        "to the substitution before it, letters inserted just before one to that one). Rows with truth == ocr",
        "count how often a unit was read right",
        "(all single chars; multi-char units that occur in a confusion). Confusions kept when count >=",
        f"{args.min_count}. Units never contain TAB or newline; truth units starting with '#' are left out.",
        "Sorted by engine, truth, descending count.",
        "",
        f"Built {today} by: {cmd.strip()}",
    ]
    if args.truth_dir:
        names = build_from_dirs(args, counts)
        header += [f"Source: truth/OCR pairs from {args.truth_dir} and {args.ocr_dir}: " + ", ".join(names)]
    else:
        import importlib.metadata as md

        fonts = build_rendered(args, counts)
        if args.kinds["wordfreq"]:
            header += [
                f"Source text: {args.kinds['wordfreq']} pages of generated sentences from wordfreq "
                f"{md.version('wordfreq')} Swedish list",
                "  (top_n_list('sv', 60000), weight sqrt(freq), words with å/ä/ö x3) plus dates, amounts,",
                "  Luhn-valid organisation numbers, diarienummer, numbered items and 'i'/'1' contexts; no corpus text.",
            ]
        if args.riksdag_share > 0:
            header += [
                f"Source text: {args.kinds['riksdag']} pages (share {args.riksdag_share}) of real paragraphs from "
                f"{args.riksdag_docs} Riksdag TRAINING documents",
                "  (models/riksdag_split.py training_ids(); held-out documents and G40310 never), Swedish running",
                "  text only, consecutive paragraphs from a random start; the texts are not stored here.",
            ]
        header += [
            f"Rendering: Pillow {md.version('pillow')}, A4 greyscale at {DPI} dpi, 10-12 pt; random specks, skew,",
            "  resampling, blur, bilevel threshold or grey noise; JPEG;",
            "  fonts (/usr/share/fonts): " + ", ".join(fonts),
            f"OCR: {tesseract_info(args.engines)}; --psm {args.psm}, OMP_THREAD_LIMIT=1",
            f"Pages: {args.pages} per engine, seed {args.seed}"
            + (f"; faces drawn from --fonts {','.join(args.fonts)}." if args.fonts else "."),
        ]
    for e in sorted(counts.chars):
        header.append(f"Engine {e}: {counts.lines[e]} of {counts.truth_lines[e]} truth lines aligned, "
                      f"{counts.chars[e]} truth chars.")
    header += [
        "Rebuild: python models/build_confusions.py  (default: 60 pages, seed 1, eng+swe; ~6 min on one core)",
        "Own data: python models/build_confusions.py --truth-dir DIR --ocr-dir DIR --out FILE.tsv",
    ]
    rows = counts.table(args.min_count)
    if args.add or args.scale != 1.0:
        merged: Counter = Counter({(t, o, e): n * args.scale for t, o, n, e in rows})
        if args.scale != 1.0:
            header.insert(-2, f"Scaled: this run's counts x{args.scale} (--scale), before any --add table.")
        for path, weight in args.add:
            w = float(weight)
            added = read_tsv(Path(path))
            for key, n in added.items():
                merged[key] += n * w
            built = [ln[2:].strip() for ln in Path(path).read_text(encoding="utf-8").splitlines()
                     if ln.startswith("# Built ")]
            header.insert(-2, f"Added: {path} x{weight} ({sum(added.values())} counts; "
                          + (built[0] if built else "no 'Built' line") + ")")
        rows = sorted(((t, o, round(n), e) for (t, o, e), n in merged.items() if round(n) > 0),
                      key=lambda r: (r[3], r[0], -r[2], r[1]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out, rows, header)
    # Summary and sanity check on all counts, before the min-count cut.
    table = counts.pairs
    summary(table)
    if "eng" in args.engines and not args.truth_dir:
        missing = sanity(table)
        print("sanity (eng): " + ("ok: ä->a, ä->i/d, ö->o/6, å->a/é all present" if not missing
                                 else "MISSING " + ", ".join(missing)))
    print(f"wrote {args.out}: {len(rows)} rows, {args.out.stat().st_size} bytes, "
          f"{time.monotonic() - started:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
