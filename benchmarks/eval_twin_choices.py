"""The context pass's choices between å/ä/ö twins, measured on running text: every word of the
tuning fold's documents (models/riksdag_split.py tuning_ids) with an å/ä/ö twin that is a word
is folded as Tesseract's English model prints it ("år" and "är" both "ar") and chosen again among
its twins from its true neighbours, as repair's context pass chooses (docparse/repair/engine.py:
the English channel, the corpus's prior, the margin; no OCR damage around it). Prints the wrong
choices, and the commonest.

Run: python models/build_lm.py --tuning DIR && DOCPARSE_MODELS=DIR python benchmarks/eval_twin_choices.py [--bigrams] [--contexts]
     (--bigrams: the bigram model's scores alone, as before the trigrams; --contexts: each wrong
     choice in its words, to diff against another branch's run)
Only with a language model built without the tuning fold (its training documents are checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import riksdag_split  # noqa: E402
from build_lm import riksdag_streams  # noqa: E402

from docparse.models import models_dir, store_for  # noqa: E402
from docparse.repair import context  # noqa: E402
from docparse.repair.engine import (  # noqa: E402
    MAX_RARER_LM, UNATTESTED_MARGIN, _prior, bigram_scores, damaged_margin, open_choice, trigram_scores, unattested)
from docparse.sv.lexicon import fold  # noqa: E402
from docparse.sv.lm import LM_META, SENT  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bigrams", action="store_true", help="score by the bigram model alone")
    ap.add_argument("--show", type=int, default=15, help="the commonest wrong choices to print")
    ap.add_argument("--contexts", action="store_true",
                    help="also print each wrong choice with the three words each side (diff two runs to see what a change moved)")
    args = ap.parse_args(argv)
    tuning = riksdag_split.tuning_ids()
    meta = models_dir() / LM_META
    trained = set(json.loads(meta.read_text(encoding="utf-8"))["sources"]["riksdag"])
    if trained & set(tuning):
        raise SystemExit(f"error: {meta}: trained on the tuning fold; build one with models/build_lm.py --tuning DIR "
                         "and set DOCPARSE_MODELS=DIR")
    models = store_for()
    lm, lexicon, channel = models.lm, models.lexicon, models.channels["eng"]
    cases, wrong = 0, Counter()
    for sent in riksdag_streams(tuning):
        seq = [SENT] + sent + [SENT]
        for i in range(1, len(seq) - 1):
            truth = seq[i]
            read = fold(truth)
            listed = lexicon.by_key(read)
            if not truth.isalpha() or len(listed) < 2:
                continue
            # the word model's reading: the commonest twin by channel and frequency
            costs = {w: sum(channel.cost(a, b) for a, b in zip(w, read)) for w in listed}
            cur = max(listed, key=lambda w: costs[w] + (lexicon.logf(w) or -99))
            twins = context.real_twins(cur, lexicon, MAX_RARER_LM, keep=cur)
            if len(twins) < 2 or truth not in twins:
                continue
            cands = tuple((w, costs[w]) for w in twins)
            prev2 = seq[i - 2] if i >= 2 else None
            nxt2 = seq[i + 2] if i + 2 < len(seq) else None
            scores = bigram_scores(lm, cands, seq[i - 1], seq[i + 1], fair=True)  # (a damaged page)
            if not args.bigrams and open_choice(scores):
                scores = trigram_scores(lm, cands, prev2, seq[i - 1], seq[i + 1], nxt2, fair=True)
            ref = _prior(cands, lm, cur)
            by = dict(zip(twins, scores))
            common = max(twins, key=lambda w: lm.stats(w)[0])
            best = max(twins, key=by.__getitem__)
            margin = damaged_margin(lm, cands, seq[i - 1], seq[i + 1])
            if unattested(lm, best, common, seq[i - 1], seq[i + 1]):
                margin, ref = max(margin, UNATTESTED_MARGIN), cur
            choice = best if best == ref or by[best] - by[ref] > margin else cur
            cases += 1
            if choice != truth:
                wrong[(truth, choice)] += 1
                if args.contexts:
                    print(" ".join(seq[max(0, i - 3):i]), f"[{truth} -> {choice}]", " ".join(seq[i + 1:i + 4]))
    n = sum(wrong.values())
    print(f"{len(tuning)} tuning-fold documents: {cases} words with an å/ä/ö twin; wrong choices {n} "
          f"({n / cases:.2%}){' (bigrams alone)' if args.bigrams else ''}")
    print("  " + "; ".join(f"{t} -> {c} {k}" for (t, c), k in wrong.most_common(args.show)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
