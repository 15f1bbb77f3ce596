"""Precision and recall of docparse.sv.names on SUC 3.0's PER tags (entity level, exact span).

The held-out part (sentences whose index modulo 10 is 0-2, never read by models/build_names.py)
is the figure that counts; the training part is printed beside it for comparison.

Run: PYTHONPATH=$PWD python benchmarks/eval_names_suc.py [--suc PATH] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_names import SUC, is_held_out, per_spans, read_suc  # noqa: E402

from docparse.sv.names import find_names  # noqa: E402


def sentence_text(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens joined by single spaces, with each token's character offsets."""
    offsets, pos = [], 0
    for t in tokens:
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    return " ".join(tokens), offsets


def score(path: Path, held_out: bool, show_errors: int = 0) -> tuple[float, float, int]:
    tp = fp = fn = 0
    shown = 0
    for i, tokens, tags in read_suc(path):
        if is_held_out(i) != held_out:
            continue
        text, offsets = sentence_text(tokens)
        gold = {(offsets[s][0], offsets[e - 1][1]) for s, e in per_spans(tags)}
        found = {(m.start, m.end) for m in find_names(text, singles=True)}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
        if show_errors and shown < show_errors and gold != found:
            shown += 1
            print("  gold:", [text[s:e] for s, e in sorted(gold)], " found:", [text[s:e] for s, e in sorted(found)])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, tp + fn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suc", type=Path, default=SUC)
    ap.add_argument("--errors", type=int, default=0, help="print N held-out sentences with errors")
    args = ap.parse_args()
    for label, held in (("held-out (30 %)", True), ("training (70 %)", False)):
        p, r, n = score(args.suc, held, args.errors if held else 0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:16} PER entities {n:5}  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
