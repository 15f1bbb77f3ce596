"""One sense per discourse: twins the bigram context leaves open, decided by the document.

A word read without its marks whose readings with different marks are both words ("lanet":
"lånet"/"länet") is decided in context by the bigram model; where that context is weak (the twins score within CACHE_SPAN of each other), a text
that speaks of "studielån" and "lånet" many times is about loans, not counties. A cache
model in the manner of Kuhn and De Mori (1990): each twin's stem (the twin less an inflection
ending) is counted among the text's other words as now decided, alone or as a compound's end,
and the twin whose stem the text uses clearly more often wins.
"""

from __future__ import annotations

import math

from docparse.repair.memo import bounded_put, per_lexicon
from docparse.repair.neighbours import neighbour_form
from docparse.sv.lexicon import SWEDISH_LETTERS, fold

ENDINGS = ("", "s", "n", "en", "et", "ens", "ets", "na", "nas", "ar", "er", "or", "arna", "erna", "orna", "a", "e")
MIN_STEM = 3
MIN_USES = 3  # uses of the winning stem in the text, at least
MIN_RATIO = 3.0  # and this many times the other twin's
MAX_TWINS = 50_000
_TWINS = "discourse twins"  # per lexicon: {reading: its twins}
_STEMS: dict[str, set[str]] = {}  # word -> its stems (not to be mutated)
CACHE_SPAN = 1.0  # log10: the bigram context decides where the twins differ by more


def _stems(word: str) -> set[str]:
    stems = _STEMS.get(word)  # (a pure function of the word, asked of the same words per text)
    if stems is None:
        stems = bounded_put(_STEMS, word, {word[: len(word) - len(e)] for e in ENDINGS
                                           if word.endswith(e) and len(word) - len(e) >= MIN_STEM
                                           and SWEDISH_LETTERS.intersection(word[: len(word) - len(e)])}, MAX_TWINS)
    return stems


def _uses(stem: str, marked: dict[str, int]) -> int:
    """Words of the text (``marked``: word -> count) that are ``stem`` with an inflection
    ending, alone or as a compound's end."""
    forms = tuple(stem + e for e in ENDINGS)
    return sum(c for w, c in marked.items() if stem in w and w.endswith(forms))  # (in: one quick test)


def discourse_pass(text: str, tokens, lexicon, lm) -> None:
    """Hook of the engine, after the context pass: active tokens read without marks whose
    current reading has them and has a twin with other marks, re-decided by the document's
    use of the twins' stems."""
    found = []
    # Words recur, within a text and across texts: each reading's twins, which depend on the
    # lexicon alone, kept with it for the process (bounded).
    twins_of = per_lexicon(_TWINS, lexicon, MAX_TWINS)
    for i, t in enumerate(tokens):
        if t.choice is None or not t.damaged or t.protected:  # (t.active inlined: every token)
            continue  # (a token kept as read has no marks to choose between)
        cur = t.choice[0]
        if SWEDISH_LETTERS.isdisjoint(cur) or len(cur) != len(t.text) or not SWEDISH_LETTERS.isdisjoint(t.low):
            continue  # only a choice between marks (län/lån): the text's unmarked words are ambiguous
        twins = twins_of.get(cur)
        if twins is None:
            twins = twins_of[cur] = [w for w in lexicon.by_key(fold(cur)) if w != cur and SWEDISH_LETTERS.intersection(w)]
        if twins:
            found.append((i, t, cur, twins))
    if not found:
        return  # most texts: no word to decide, nothing counted
    marked: dict[str, int] = {}
    # The words in question are no evidence for either twin: their readings are what is
    # being decided (two "lanet" read "länet" by the bigram model would outvote the text).
    asked = {id(t) for _i, t, _c, _w in found}
    for t in tokens:
        if t.damaged and not t.protected and id(t) not in asked:  # (t.active and t.current() inlined: every token)
            if t.choice is not None:
                w = t.choice[0]
            elif t.text.isascii():
                continue  # no marks as read, nor lower-cased
            else:
                w = t.text.lower()
            if not SWEDISH_LETTERS.isdisjoint(w):
                marked[w] = marked.get(w, 0) + 1
    uses: dict[str, int] = {}

    def stem_uses(word: str) -> int:
        best = 0
        for stem in _stems(word):
            if stem not in uses:
                uses[stem] = _uses(stem, marked)
            best = max(best, uses[stem])
        return best

    n = len(tokens)
    for i, t, cur, twins in found:
        best, best_uses = None, 0
        for w in twins:
            u = stem_uses(w)
            if u > best_uses:
                best, best_uses = w, u
        if best is None or best_uses < MIN_USES:
            continue  # (most: no twin used enough, whatever the reading's own uses)
        cur_uses = stem_uses(cur)
        if best_uses < MIN_RATIO * max(cur_uses, 1):
            continue
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i else 0, t.start)
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < n else len(text))
        ctx = (lm.logp(best, prev) + lm.logp(nxt, best)) - (lm.logp(cur, prev) + lm.logp(nxt, cur))
        # The cache's evidence, log10 of the uses' ratio, is weighed against the context's.
        if ctx > -CACHE_SPAN - math.log10(best_uses / max(cur_uses, 1)):
            t.choice = (best, 1.0, "discourse")
