"""Build models/repair_cache_eng.marisa: the word model's decisions for common damaged forms.

Repair decides each distinct token once per process (cached); a new document's first pass is
the slow part. This precomputes those decisions for the forms an English OCR model makes of
common Swedish words, so a cold start reads them instead of searching.

Sources: wordfreq (PyPI ``wordfreq``) Swedish top list for the words; models/ocr_confusions.tsv
(+ the prior) for how each å/ä/ö is misread; the repair code itself for the decisions. The cache
records a fingerprint of the lexicon and confusion files: after a change to either it is
ignored until rebuilt.

Run: python models/build_repair_cache.py   (a few minutes on one core)
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TOP_WORDS = 400_000  # wordfreq's most common Swedish words to take forms of (its whole list)
FORMS_PER_WORD = 6  # most likely damaged forms per word
PLAIN_WORDS = 400_000  # words without å/ä/ö, cached as read (mostly "no change")


def damaged_forms(word: str, readings: dict[str, list[tuple[str, float]]], k: int) -> list[str]:
    """The k most likely English-model readings of ``word``."""
    slots = [readings.get(c, [(c, 0.0)]) for c in word]
    if all(len(s) == 1 for s in slots):
        return [word]
    # Beam over characters, keeping the k best partial readings.
    beam = [("", 0.0)]
    for s in slots:
        beam = sorted(((b + o, lp + l) for (b, lp), (o, l) in itertools.product(beam, s)), key=lambda x: -x[1])[:k]
    return [b for b, _ in beam]


def main() -> None:
    from wordfreq import top_n_list

    from docparse.repair import model
    from docparse.repair.words import DAMAGED, WordRepairer

    models = model.load()
    ch = models.channels["eng"]
    repairer = WordRepairer(models.lexicon, ch, DAMAGED, models.letter_pairs)
    readings: dict[str, list[tuple[str, float]]] = {}
    for t in "åäö":
        opts = sorted(((o, lp) for (tt, o), lp in ch.logp.items() if tt == t and o and len(o) <= 2), key=lambda x: -x[1])
        readings[t] = opts[:4]
    words = top_n_list("sv", TOP_WORDS)
    forms: set[str] = set()
    plain = 0
    for w in words:
        if not w.isalpha():
            continue
        if any(c in "åäö" for c in w):
            forms.update(f for f in damaged_forms(w, readings, FORMS_PER_WORD) if f != w)
        elif plain < PLAIN_WORDS:
            forms.add(w)
            plain += 1
    print(f"{len(forms)} forms to decide", file=sys.stderr)
    entries = {}
    for n, f in enumerate(sorted(forms)):
        c = repairer.best(f)
        entries[f] = b"" if c is None else f"{c.word}\t{c.score}\t{c.reason}\t{c.gap}".encode()
        if n % 20000 == 0:
            print(f"  {n}", file=sys.stderr)
    import marisa_trie

    out = HERE / "repair_cache_eng.marisa"
    marisa_trie.BytesTrie(entries.items()).save(str(out))
    meta = {"fingerprint": model.fingerprint(), "entries": len(entries),
            "sources": ["wordfreq sv top_n_list", "models/ocr_confusions.tsv", "models/ocr_confusions_prior.tsv"]}
    (HERE / "repair_cache_eng.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.name}: {len(entries)} decisions, {out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
