"""Where repair's time goes: CPU time of each of the engine's passes, cold and warm.

Run: python benchmarks/bench_repair_passes.py FILE... [--known FILE...]
     python benchmarks/eval_repair_riksdag.py --export DIR && python benchmarks/bench_repair_passes.py DIR/*/eng/*.txt

In one fresh process, FILE... are repaired once (cold: every form new to the process's memos)
and again (warm: every form seen; what remains is the cost per token, per pair of words and per
text). With --known, the texts named there are repaired first, as written and with å/ä/ö folded
as an English OCR model prints them, and the cold pass follows: what a record of every correct
word form and its folded reading, known before the text (a precomputed per-form model), could
save at most, and what it could not (the forms an OCR engine garbles in its own ways).

Each pass is timed by wrapping the function the engine calls (docparse.repair.engine's names),
so a pass's own memos and lookups are counted where they are made. "(rest)" is the engine's
own work between the passes. Times are process CPU time (time.process_time).

With --searches, the searches and lookups the passes share are timed besides, whichever pass
asks (SEARCHES: the word model's decision and its searches of a token's readings, the language
model's scores, the general channel's readings): the time inside each (its outermost call; the
rows overlap where one calls another, as the decision calls the searches) and its calls.
"""

from __future__ import annotations

import argparse
import sys
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
# (module, class or None for a module's function, name): see --searches above
SEARCHES = (
    ("docparse.repair.words", "WordRepairer", "_best"),
    ("docparse.repair.words", "WordRepairer", "score_candidates"),
    ("docparse.repair.words", "WordRepairer", "compound"),
    ("docparse.repair.words", "WordRepairer", "_variants"),
    ("docparse.repair.words", "WordRepairer", "has_listed_reading"),
    ("docparse.sv.lm", "LanguageModel", "logp"),
    ("docparse.sv.lm", "LanguageModel", "window_logps"),
    ("docparse.repair.noisy", None, "readings"),
    ("docparse.sv.deletions", "DeletionIndex", "near"),
)


def _timed(acc: Counter, name: str, fn):
    def timed(*args, **kwargs):
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] += time.process_time() - t0
    return timed


def _timed_outermost(acc: Counter, calls: Counter, name: str, fn):
    """``fn`` timed into ``acc[name]`` at its outermost call only (a recursive search is not
    counted twice), its calls counted."""
    depth = [0]

    def timed(*args, **kwargs):
        calls[name] += 1
        if depth[0]:
            return fn(*args, **kwargs)
        depth[0] += 1
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] += time.process_time() - t0
            depth[0] -= 1
    return timed


def _time_searches(acc: Counter, calls: Counter) -> None:
    """Wrap SEARCHES where they are defined (a module's function is wrapped where the passes
    look it up: its own module)."""
    import importlib

    for module, owner_name, attr in SEARCHES:
        mod = importlib.import_module(module)
        owner = getattr(mod, owner_name) if owner_name else mod
        label = f"{owner_name or module.rsplit('.', 1)[1]}.{attr}"
        setattr(owner, attr, _timed_outermost(acc, calls, label, getattr(owner, attr)))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--known", nargs="*", default=[], help="texts repaired first (their forms known before)")
    ap.add_argument("--searches", action="store_true", help="also time the searches and lookups the passes share")
    args = ap.parse_args(argv)
    from docparse.evaluate.wer import words
    from docparse.repair import engine, model, repair

    texts = [Path(f).read_text(encoding="utf-8") for f in args.files]
    n_words = sum(len(words(t)) for t in texts)
    acc: Counter = Counter()
    # The functions _repair calls by name (its passes; the names its code refers to), each
    # timed whole: what a pass calls within counts to it (the helpers called per token are left
    # out: their timing would cost more than they do). (Pure Python only: a compiled
    # engine's _repair has no code object to read them from.)
    names = [name for name in engine._repair.__code__.co_names
             if isinstance(getattr(engine, name, None), types.FunctionType) and name not in ("_repairer", "store_memo", "_recase", "_marks")]
    for name in names:
        setattr(engine, name, _timed(acc, name, getattr(engine, name)))
    inner: Counter = Counter()
    inner_calls: Counter = Counter()
    if args.searches:
        _time_searches(inner, inner_calls)
    t0 = time.process_time()
    model.load()
    load = time.process_time() - t0
    for path in args.known:
        known = Path(path).read_text(encoding="utf-8")
        repair(known)
        repair(known.translate(FOLD))
    figures = {}
    searched = {}
    for run in ("cold", "warm"):
        acc.clear()
        inner.clear()
        inner_calls.clear()
        t0 = time.process_time()
        for t in texts:
            repair(t)
        total = time.process_time() - t0
        figures[run] = (total, dict(acc))
        searched[run] = (dict(inner), dict(inner_calls))
    cold, warm = figures["cold"], figures["warm"]
    print(f"{len(texts)} texts, {n_words} words; model load {load:.2f} s"
          + (f"; {len(args.known)} texts known before" if args.known else ""))
    print(f"cold {cold[0]:.3f} s = {n_words / cold[0]:,.0f} words/s; warm {warm[0]:.3f} s = {n_words / warm[0]:,.0f} words/s")
    print(f"{'pass':28s} {'cold ms':>8s} {'warm ms':>8s}")
    for name in sorted(cold[1], key=lambda k: -cold[1][k]):
        print(f"{name:28s} {cold[1][name] * 1000:8.1f} {warm[1].get(name, 0.0) * 1000:8.1f}")
    print(f"{'(rest)':28s} {(cold[0] - sum(cold[1].values())) * 1000:8.1f} {(warm[0] - sum(warm[1].values())) * 1000:8.1f}")
    if args.searches:
        (c_ms, c_calls), (w_ms, w_calls) = searched["cold"], searched["warm"]
        print(f"\n{'inside (all passes)':34s} {'cold ms':>8s} {'calls':>8s} {'warm ms':>8s} {'calls':>8s}")
        for name in sorted(c_calls, key=lambda k: -c_ms.get(k, 0.0)):
            print(f"{name:34s} {c_ms.get(name, 0.0) * 1000:8.1f} {c_calls[name]:8d} "
                  f"{w_ms.get(name, 0.0) * 1000:8.1f} {w_calls.get(name, 0):8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
