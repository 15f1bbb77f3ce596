"""Repair measured on Swedish text docparse has never seen: real sentences, printed, OCR'd.

Run: python benchmarks/eval_repair_heldout.py [--words N] [--seed S] [--source DIR ...]

The reference corpus is small and was looked at while building repair, so this checks that the
figures carry over. Source: the Swedish translations that Debian packages install
(/usr/share/locale/sv/LC_MESSAGES/*.mo: messages of apt, coreutils, bash, ...), full sentences
only. They are rendered to degraded page images (models/build_confusions.py: fonts, specks, blur,
skew), read by Tesseract's English model (no å/ä/ö) and by its Swedish model, and the English
reading is repaired. Printed: WER against the printed text (docparse.evaluate.wer) before and
after repair, the Swedish model's WER on the same pages, å/ä/ö words right, and the cold repair
speed on this unseen vocabulary. The messages are UI text, not council decisions: a test of
generality, not of the domain.
"""

from __future__ import annotations

import argparse
import random
import re
import struct
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

LOCALE_DIR = Path("/usr/share/locale/sv/LC_MESSAGES")
PLACEHOLDER = re.compile(r"%[-+ #0-9.*]*[a-zA-Z]|\{[^}]*\}|\$\w+|<[^>]+>|\\[nt]|&\w+;|[_&](?=\w)")
SENTENCE = re.compile(r"[A-ZÅÄÖ][^.!?\n]{30,200}[.!?]")


def mo_strings(path: Path) -> list[str]:
    """The translated strings of a GNU .mo catalogue."""
    data = path.read_bytes()
    if len(data) < 20:
        return []
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _rev, n, _orig, trans = struct.unpack(order + "4I", data[4:20])
    out = []
    for i in range(n):
        length, offset = struct.unpack(order + "2I", data[trans + 8 * i : trans + 8 * i + 8])
        for part in data[offset : offset + length].decode("utf-8", "ignore").split("\0"):
            if part and not part.startswith("Project-Id-Version"):
                out.append(part)
    return out


def sentences(dirs: list[Path]) -> list[str]:
    """Distinct full sentences, placeholders removed, mostly letters."""
    seen: set[str] = set()
    for d in dirs:
        for mo in sorted(d.glob("*.mo")):
            for s in mo_strings(mo):
                s = " ".join(PLACEHOLDER.sub("", s).split())
                for m in SENTENCE.finditer(s):
                    sent = m.group()
                    letters = sum(c.isalpha() for c in sent)
                    if letters / len(sent) > 0.75 and len(sent.split()) >= 6:
                        seen.add(sent)
    return sorted(seen)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=4000, help="words of text to print and read")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--source", type=Path, nargs="*", default=[LOCALE_DIR], help="folders of .mo files")
    ap.add_argument("--show", type=int, default=0, help="print this many remaining errors")
    ap.add_argument("--damage", choices=("mild", "heavy"), default="mild",
                    help="mild: an office scan (slight blur and skew); heavy: build_confusions' "
                         "specks, bilevel thresholds, low resolution")
    ap.add_argument("--keep", type=Path, help="write truth.txt, eng.txt, swe.txt and repaired.txt here")
    args = ap.parse_args(argv)

    import build_confusions as bc

    if args.damage == "mild":
        bc.degrade = mild_damage

    from docparse.evaluate.wer import word_error_rate, words
    from docparse.repair import model, repair

    pool = sentences(args.source)
    if not pool:
        print(f"no Swedish .mo catalogues found in {', '.join(map(str, args.source))}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    chosen, n = [], 0
    for s in pool:
        if n >= args.words:
            break
        chosen.append(s)
        n += len(s.split())
    print(f"{len(pool)} sentences available, {len(chosen)} printed ({n} words)")

    # Paragraphs of 2-4 sentences, about 25 blocks a page.
    blocks, i = [], 0
    while i < len(chosen):
        k = rng.randint(2, 4)
        blocks.append(bc.Block(" ".join(chosen[i : i + k]), "para"))
        i += k
    truth_lines: list[str] = []
    reads: dict[str, list[str]] = {"eng": [], "swe": []}
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        pages, start = [], 0
        while start < len(blocks):
            path = Path(tmp) / f"page{len(pages):03d}.jpg"
            # render_page stops when the page is full; the rest goes on the next page.
            chunk = blocks[start : start + 25]
            truth, _font = bc.render_page(chunk, rng, path)
            drawn = _blocks_drawn(chunk, truth)
            if drawn == 0:
                break
            truth_lines.extend(truth)
            pages.append(path)
            start += drawn
        jobs = [(p, lang) for p in pages for lang in ("eng", "swe")]
        with ThreadPoolExecutor(max_workers=2) as ex:
            for (p, lang), text in zip(jobs, ex.map(lambda j: bc.ocr_page(j[0], j[1], 4), jobs)):
                reads[lang].append(text or "")
    truth = "\n".join(truth_lines)
    eng, swe = "\n".join(reads["eng"]), "\n".join(reads["swe"])
    print(f"{len(pages)} pages, {len(words(truth))} truth words")

    model.load()
    t0 = time.process_time()
    repaired = repair(eng).text
    cold = time.process_time() - t0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for name, text in (("truth", truth), ("eng", eng), ("swe", swe), ("repaired", repaired)):
            (args.keep / f"{name}.txt").write_text(text, encoding="utf-8")
    before, after, swedish = word_error_rate(truth, eng), word_error_rate(truth, repaired), word_error_rate(truth, swe)
    print(f"English model, as read:   WER {before.wer:6.2%}   å/ä/ö words right {before.swedish_accuracy:6.2%}")
    print(f"English model, repaired:  WER {after.wer:6.2%}   å/ä/ö words right {after.swedish_accuracy:6.2%}"
          f"   ({after.substitutions} sub, {after.deletions} del, {after.insertions} ins)")
    print(f"Swedish model, as read:   WER {swedish.wer:6.2%}   å/ä/ö words right {swedish.swedish_accuracy:6.2%}")
    print(f"repair, cold, this text:  {len(words(eng)) / cold:,.0f} words/s")
    for t, h in after.errors[: args.show]:
        print(f"    {t!r} -> {h!r}")
    return 0


def mild_damage(img, rng: random.Random):
    """An office scan of a clean print: a slight skew and a little blur."""
    from PIL import Image, ImageFilter

    img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BILINEAR, fillcolor=255)
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _blocks_drawn(chunk, truth: list[str]) -> int:
    """How many of the chunk's blocks render_page fitted on the page (it stops at the first
    block that does not fit): count blocks whose words all appear, in order, in the lines."""
    text = " ".join(truth).split()
    pos, drawn = 0, 0
    for block in chunk:
        w = block.text.split()
        if text[pos : pos + len(w)] != w:
            break
        pos += len(w)
        drawn += 1
    return drawn


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
