"""Build models/sv_chars.tsv: letter-trigram counts of Swedish administrative text, for judging
whether a PDF's text layer is Swedish or the nonsense a broken font map gives ("protokojjet",
"bgsluagr").

Source: the Riksdag's open data in /work/shared/external/riksdag/*.txt (betänkanden, motioner,
propositioner, protocols, SFS; public documents, from the test assets of
spraakbanken/swegov-opendata-rs and -py, MIT). G40310 is left out: it is itself OCR'd print with
OCR errors. Only counts are written, never the texts.

Method: every word (a run of letters, lower case, at least 2 letters) is padded with ^ and $ and
its letter trigrams counted; trigrams seen fewer than MIN_COUNT times are dropped.

Held out: the documents models/riksdag_split.py holds out of every model (the repair benchmarks
measure on them) are never counted. On the held-out
documents the script reports the share of words, and of 300-word stretches ("pages"), the model
finds implausible (docparse.sv.chars), against the same stretches with their text damaged the way a
broken font map damages it (one letter mapped to another throughout, or dropped).

Run: python models/build_charmodel.py   (a few seconds; writes models/sv_chars.tsv)
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import riksdag_split  # noqa: E402  (the one rule of which Riksdag documents are held out)

SOURCE = riksdag_split.RIKSDAG_DIR
OUT = HERE / "sv_chars.tsv"
SKIP = riksdag_split.EXCLUDED  # OCR'd print with real OCR errors: damage, not training text
MIN_COUNT = 2
WORD = re.compile(r"[^\W\d_]+")
PAGE_WORDS = 300


def documents() -> list[tuple[str, str]]:
    docs = []
    for path in sorted(SOURCE.glob("*.txt")):
        if path.stem not in SKIP:
            docs.append((path.stem, path.read_text(encoding="utf-8")))
    return docs


def split(docs):
    """(training, held-out) documents, as models/riksdag_split.py divides them."""
    train_ids, held_ids = set(riksdag_split.training_ids()), set(riksdag_split.heldout_ids())
    train = [d for d in docs if d[0] in train_ids]
    held = [d for d in docs if d[0] in held_ids]
    return train, held


def count(texts) -> tuple[Counter, int]:
    counts: Counter = Counter()
    words = 0
    for text in texts:
        for m in WORD.finditer(text):
            w = m.group(0).lower()
            if len(w) < 2:
                continue
            words += 1
            padded = f"^{w}$"
            for i in range(len(padded) - 2):
                counts[padded[i : i + 3]] += 1
    return counts, words


def damage(text: str, rng: random.Random) -> str:
    """The text as a broken font map gives it: two letters each mapped to another letter or dropped."""
    letters = "aeilnorstdgkmpuvä"
    table = {}
    for src in rng.sample(letters, 2):
        table[src] = rng.choice(["", rng.choice("jgvnr")])
    return text.translate(str.maketrans({k: v for k, v in table.items()}))


def main() -> None:
    from docparse.sv.chars import CharModel

    train, held = split(documents())
    counts, words = count(t for _, t in train)
    kept = {k: v for k, v in counts.items() if v >= MIN_COUNT}
    lines = [f"# letter trigrams of {len(train)} Riksdag documents ({words} words), {SOURCE}; "
             "held out: models/riksdag_split.py heldout_ids(); built by models/build_charmodel.py"]
    lines += [f"{k}\t{v}" for k, v in sorted(kept.items(), key=lambda kv: (-kv[1], kv[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(kept)} trigrams from {words} words of {len(train)} documents")

    model = CharModel(kept)
    rng = random.Random(7)
    clean_pages, damaged_pages = [], []
    bad_words = all_words = 0
    for name, text in held:
        toks = [m.group(0) for m in WORD.finditer(text)]
        for i in range(0, len(toks) - PAGE_WORDS + 1, PAGE_WORDS):
            page = " ".join(toks[i : i + PAGE_WORDS])
            share, n = model.implausible_share(page)
            clean_pages.append(share)
            bad_words += round(share * n)
            all_words += n
            damaged_pages.append(model.implausible_share(damage(page, rng))[0])
    print(f"held out: {len(held)} documents, {all_words} words judged: {bad_words / all_words:.2%} "
          "of clean words implausible")
    for cut in (0.04, 0.06, 0.08, 0.10):
        fp = sum(s >= cut for s in clean_pages) / len(clean_pages)
        tp = sum(s >= cut for s in damaged_pages) / len(damaged_pages)
        print(f"  pages of {PAGE_WORDS} words, implausible share >= {cut:.2f}: clean {fp:.1%} "
              f"({len(clean_pages)} pages), damaged {tp:.1%}")
    clean_pages.sort()
    print(f"  clean pages: median {clean_pages[len(clean_pages) // 2]:.3f}, "
          f"99th percentile {clean_pages[int(len(clean_pages) * 0.99)]:.3f}, max {clean_pages[-1]:.3f}")


if __name__ == "__main__":
    main()
