#!/usr/bin/env python3
"""Build models/sv_dotless.tsv: abbreviations with inner full stops that an OCR engine reads
without them ("bl.a." read "bla.", "t.ex." read "tex."), each with the form to restore.

An abbreviation of models/sv_abbreviations.txt with an inner full stop is listed where, in the
TRAINING Riksdag documents (models/riksdag_split.py training_ids(); held-out documents never),
its dotted form is common (at least MIN_DOTTED times), its letters without the inner stops and
with a full stop never stand before a lower-case word (so "bla. ett" is a misreading, never a
spelling of the text), and those letters are rare as a word of their own (at most
MAX_WORD_SHARE of the dotted count: "tom", an adjective, is no "t.o.m."). Only counts are read;
no text is stored.

    python models/build_dotless.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from models import riksdag_split  # noqa: E402

ABBREVIATIONS = HERE / "sv_abbreviations.txt"
OUT = HERE / "sv_dotless.tsv"
MIN_DOTTED = 20
MAX_WORD_SHARE = 0.1
MIN_LETTERS = 3  # two letters without their stops ("sk", "mm") are words or units too


def main() -> None:
    abbrs = [w.strip() for w in ABBREVIATIONS.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    listed = set(abbrs)
    ids = riksdag_split.training_ids()
    text = "\n".join((riksdag_split.RIKSDAG_DIR / f"{i}.txt").read_text(encoding="utf-8") for i in ids).lower()
    rows = []
    for abbr in abbrs:
        inner = abbr[:-1]
        if "." not in inner:
            continue
        key = inner.replace(".", "")
        if len(key) < MIN_LETTERS or not key.isalpha() or key + "." in listed:
            continue
        dotted = len(re.findall(r"(?<![\w.])" + re.escape(abbr), text))
        dotless = len(re.findall(r"(?<![\w.])" + re.escape(key) + r"\. [a-zåäö]", text))
        word = len(re.findall(r"(?<![\w.])" + re.escape(key) + r"(?![\w.])", text))
        print(f"{abbr:10} dotted {dotted:5d}  dotless before lower case {dotless:3d}  as a word {word:4d}")
        if dotted >= MIN_DOTTED and dotless == 0 and word <= MAX_WORD_SHARE * dotted:
            rows.append(f"{key}\t{inner}")
    header = ("# Abbreviations read without their inner full stops: letters<TAB>the form to restore (the\n"
              "# final stop stays as read). Built by models/build_dotless.py from models/sv_abbreviations.txt\n"
              f"# and counts in {len(ids)} TRAINING Riksdag documents (models/riksdag_split.py training_ids()).\n")
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} abbreviations -> {OUT}")


if __name__ == "__main__":
    main()
