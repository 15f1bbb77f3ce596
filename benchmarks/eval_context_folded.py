"""How the context rules decide on correct Swedish text read as an English model would: å/ä/ö folded to a/a/o.

Run: python benchmarks/eval_context_folded.py [FILE ...]
Without files it uses the clean seeds ../shared/corpus/seeds/001-004. Any Swedish text works
(one paragraph a line is fine): each file is cut into pieces of 40 lines, folded, repaired and
compared with the original. Prints the WER, and per context rule how many of its edits gave the
original word and how many did not; with --no-grammar, the same without the grammar rules
(docparse.repair.context.GRAMMAR), to see what they add.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
PIECE_LINES = 40


def main(argv: list[str]) -> int:
    from docparse.evaluate.wer import word_error_rate
    from docparse.repair import context, repair

    if "--no-grammar" in argv:
        context.GRAMMAR = ()
        argv = [a for a in argv if a != "--no-grammar"]
    files = [Path(a) for a in argv] or sorted(
        p for p in (ROOT.parent / "shared/corpus/seeds").glob("*.txt") if not p.name.startswith("000")
    )
    if not files:
        print("no input files; pass some Swedish text files", file=sys.stderr)
        return 2
    words = errors = 0
    right: Counter = Counter()
    wrong: Counter = Counter()
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as err:
            print(f"{path}: cannot read ({err})", file=sys.stderr)
            return 2
        for k in range(0, len(lines), PIECE_LINES):
            truth = "\n".join(lines[k : k + PIECE_LINES])
            result = repair(truth.translate(FOLD))
            wer = word_error_rate(truth, result.text)
            words += wer.truth_words
            errors += wer.substitutions + wer.deletions + wer.insertions
            for e in result.edits:
                if e.reason.startswith("context"):
                    same = truth[e.orig_start : e.orig_end].lower() == e.replacement.lower()
                    (right if same else wrong)[e.reason] += 1
    print(f"{len(files)} file(s), {words} words: WER {errors / max(words, 1):.2%} ({errors} errors)")
    for reason in sorted(right.keys() | wrong.keys()):
        print(f"  {reason:24} right {right[reason]:6}   wrong {wrong[reason]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
