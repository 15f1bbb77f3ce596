"""Print what repair makes of a few texts (each as written and as an English OCR model reads it,
without å/ä/ö): the repaired text and edit log, as JSON lines. scripts/test_wheel.sh runs it
with the installed wheel (compiled where a C compiler was) and with the checkout's pure Python
sources, and requires the two outputs to be the same byte for byte.

Run: python scripts/repair_fingerprint.py FILE...
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from docparse.repair import repair

FOLD_MARKS = str.maketrans("åäöÅÄÖ", "aaoAAO")  # what Tesseract's English model does to them


def main(paths: list[str]) -> int:
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        for variant in (text, text.translate(FOLD_MARKS)):
            result = repair(variant)
            print(json.dumps([Path(path).name, result.text, [asdict(e) for e in result.edits]], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
