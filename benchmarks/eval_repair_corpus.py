"""The repair figures on the reference corpus: WER per scan, changes to clean seeds, seed 000.

Run: python benchmarks/eval_repair_corpus.py [CORPUS_DIR]   (default ../shared/corpus)
- scans/*.eng.txt repaired, against *.truth.txt: WER before and after, å/ä/ö words right, and
  the bounds that truth words absent from the OCR text set (WER floor, å/ä/ö ceiling);
- seeds/001-004 (clean text): share of words repair changes;
- seed 000 (English-model OCR): each gold decision point found in the repaired text
  (best-matching stretch, rapidfuzz partial_ratio, at `docparse eval`'s threshold).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SWEDISH_LETTERS = set("åäö")


def main(argv: list[str]) -> int:
    from rapidfuzz import fuzz

    from docparse.evaluate.gold import THRESHOLD
    from docparse.evaluate.wer import word_error_rate, words
    from docparse.repair import repair

    corpus = Path(argv[0]) if argv else ROOT.parent / "shared" / "corpus"
    print("scan  WER before -> after   (sub/del/ins)   å/ä/ö words right   [missing from the input: "
          "WER floor, å/ä/ö ceiling]")
    for eng in sorted((corpus / "scans").glob("*.eng.txt")):
        truth = eng.with_name(eng.name.replace(".eng.txt", ".truth.txt")).read_text(encoding="utf-8")
        raw = eng.read_text(encoding="utf-8")
        before, after = word_error_rate(truth, raw), word_error_rate(truth, repair(raw).text)
        # Deleted truth words are words the OCR text does not have at all (lines not on the
        # scan images): no repair brings them back, so they bound what repair can reach.
        lost = [w for t, h in after.errors if not h for w in t.split()]
        lost_sw = sum(1 for w in lost if SWEDISH_LETTERS & set(w))
        print(f"{eng.name[:3]}   {before.wer:6.2%} -> {after.wer:5.2%}   "
              f"({after.substitutions}/{after.deletions}/{after.insertions})   "
              f"{after.swedish_accuracy:.2%} ({after.swedish_right}/{after.swedish_words})   "
              f"[{len(lost) / after.truth_words:.2%}, "
              f"{(after.swedish_words - lost_sw) / max(1, after.swedish_words):.2%}]")
    for seed in sorted((corpus / "seeds").glob("00[1-4]_*.txt")):
        text = seed.read_text(encoding="utf-8")
        res = repair(text)
        n = len(words(text))
        print(f"clean seed {seed.name[:3]}: {len(res.edits)} of {n} words changed ({len(res.edits) / n:.3%})"
              + "".join(f"\n    {e.original!r} -> {e.replacement!r}" for e in res.edits))
    seed0 = next((corpus / "seeds").glob("000_*.txt"), None)
    gold0 = next((corpus / "gold").glob("000_*.json"), None)
    if seed0 and gold0:
        out = " ".join(words(repair(seed0.read_text(encoding="utf-8")).text))
        points = json.loads(gold0.read_text(encoding="utf-8"))["decision_points"]
        good = 0
        for dp in points:
            sim = fuzz.partial_ratio(" ".join(words(dp["text"])), out) / 100
            good += sim >= THRESHOLD
            print(f"seed 000 decision point {dp['number']}: similarity {sim:.3f}")
        print(f"seed 000: {good}/{len(points)} decision points at >= {THRESHOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
