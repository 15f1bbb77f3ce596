"""Unknown words read without their marks, given them back by the letter-trigram model.

An English OCR model prints "a" for å and ä and "o" for ö. A word the lexicon lists gets its
marks from the word model; a word it lacks (a surname, an unlisted compound) keeps none, and
the text reads "Fjardholm" for "Fjärdholm" on every line. Swedish letter sequences tell many
such words: "fja" is rare in Swedish words where "fjä" is common. Here a token no other pass
changed, that no listed word is, and whose letter trigrams Swedish words do not use (the
trigram model of docparse.sv.chars, models/build_charmodel.py, finds it implausible), is
read with up to MAX_MARKS of its a/o marked (å/ä, ö) where one such reading is plausible and
scores clearly better under the trigram model than the token as read and than any other. Two
listed words written together ("kameraenheter") are a compound whose seam is odd, not a word
that lost its marks, and a mark put back must sit among common trigrams.
"""

from __future__ import annotations

import itertools
import math

from docparse.repair.memo import bounded_put, store_memo

MARKED = {"a": "åä", "o": "ö"}  # an English model's reading -> the letters it stands for
MAX_MARKS = 2  # letters marked per token: more is a guess at a word, not at its marks
MIN_LETTERS = 5  # shorter tokens: too few trigrams to tell
MIN_PART = 3  # letters of each part of a compound read as written
MAX_PLACES = 8  # a token with more a/o than this is left alone (variants multiply)
COMMON = 20  # a trigram holding a mark put back is seen this often at least (not a seam's chance)
MARGIN = 2.0  # log10: how much likelier the marked reading than the token as read
GAP = 1.0  # log10: and than the next best marked reading
ADD = 0.1  # add-k smoothing of the trigram counts
LETTERS = 40  # the alphabet the smoothing spreads over (a-z, å/ä/ö, é, ^, $ and a few more)
MAX_MEMO = 50_000


def _contexts(models) -> dict[str, int]:
    """Letter-pair -> the count of the trigrams it opens, from the store's trigram counts."""
    out: dict[str, int] = {}
    for tri, c in models.char_model.counts.items():
        out[tri[:2]] = out.get(tri[:2], 0) + c
    return out


def logp(word: str, counts: dict[str, int], contexts: dict[str, int]) -> float:
    """log10 P(word) under the letter-trigram model: each letter given the two before it (the
    word padded with ^ and $), counts smoothed by ADD."""
    padded = f"^{word}$"
    total = 0.0
    for i in range(len(padded) - 2):
        tri = padded[i:i + 3]
        total += math.log10((counts.get(tri, 0) + ADD) / (contexts.get(tri[:2], 0) + ADD * LETTERS))
    return total


def as_compound(low: str, lexicon) -> bool:
    """Is ``low`` two listed words as read ("kamera|enheter")? Its odd trigrams are a seam."""
    logf = lexicon.logf
    return any(logf(low[:i]) is not None and logf(low[i:]) is not None for i in range(MIN_PART, len(low) - MIN_PART + 1))


def marked_reading(low: str, chars, contexts: dict[str, int]) -> str | None:
    """The reading of lower-case, unmarked, implausible ``low`` with marks put back, or None."""
    places = [i for i, c in enumerate(low) if c in MARKED]
    if not places or len(places) > MAX_PLACES:
        return None
    counts = chars.counts
    base = logp(low, counts, contexts)
    scored = []
    for n in range(1, MAX_MARKS + 1):
        for at in itertools.combinations(places, n):
            for letters in itertools.product(*(MARKED[low[i]] for i in at)):
                spelt = list(low)
                for i, c in zip(at, letters):
                    spelt[i] = c
                w = "".join(spelt)
                scored.append((logp(w, counts, contexts), w, at))
    scored.sort(reverse=True)
    best, word, at = scored[0]
    if best - base <= MARGIN or (len(scored) > 1 and best - scored[1][0] <= GAP) or not chars.plausible(word):
        return None
    padded = f"^{word}$"  # (the mark at i is in the trigrams starting at padded i - 1 .. i + 1)
    if any(counts.get(padded[j:j + 3], 0) < COMMON for i in at for j in range(i - 1, i + 2) if j >= 0):
        return None  # a mark at an odd spot in the word: a compound's seam, not a lost mark
    return word


def mark_tokens(tokens, models) -> None:
    """Hook of the engine: tokens on damaged pages no pass changed, no listed word, plain
    letters without marks, in lower case or capitalised, implausible as Swedish; given the
    marks the trigram model is sure of (a capitalised one: unless the name model lists it so)."""
    chars = models.char_model
    if chars is None:
        return
    lexicon = models.lexicon
    contexts = models.derived(_contexts, _contexts)
    memo = store_memo(models, "marked readings")
    names = None
    for t in tokens:
        if t.choice is not None or not t.examined or not t.active:
            continue
        tok = t.text
        if len(tok) < MIN_LETTERS or not tok.isascii() or not tok.isalpha() or not tok[1:].islower():
            continue
        low = tok.lower()
        if lexicon.logf(low) is not None:
            continue
        new = memo.get(low, False)
        if new is False:
            new = None if chars.plausible(low) or as_compound(low, lexicon) else marked_reading(low, chars, contexts)
            bounded_put(memo, low, new, MAX_MEMO)
        if new is None:
            continue
        if tok[0].isupper():
            if names is None:
                names = models.names.entries
            if tok in names:
                continue  # a name spelled so (the name model lists it)
        t.choice = (new, 1.0, "marks")
