"""A word bigram language model of Swedish (models/build_lm.py): log10 P(word | previous word).

Interpolated absolute discounting over pruned bigram counts, backing off to a unigram that
mixes the corpus counts with the lexicon's word frequencies (so words the corpus lacks keep
the probability the word model has always given them). Files: sv_lm_bigrams.marisa,
sv_lm_words.marisa, sv_lm.json, memory-mapped through docparse.models.ModelStore.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from docparse.errors import ModelDataError

BIGRAMS_FILE = "sv_lm_bigrams.marisa"
WORDS_FILE = "sv_lm_words.marisa"
LM_META = "sv_lm.json"
LM_FORMAT = 1
SENT = "<s>"  # sentence boundary: a clause's punctuation, the text's start and end
NUM = "<num>"  # any token holding a digit
TOKEN = re.compile(r"[^\W_]+")  # repair's plain token
SENTENCE_END = re.compile(r"[.!?:;]")  # repair's context does not look across these
CORPUS_WEIGHT = 0.5  # share of the corpus counts in the unigram (the rest: the lexicon's)
FLOOR_LOGF = -9.0  # log10 unigram of a word neither source knows (repair's OOV_LOGF)
MAX_MEMO = 400_000


def normalise(token: str) -> str:
    """The model's form of a token: lower case, numbers as one class."""
    low = token.lower()
    return NUM if any(c.isdigit() for c in low) else low


def sentence_tokens(text: str):
    """Sentences of ``text`` as lists of normalised tokens, cut where a separator holds
    sentence punctuation (as repair cuts its context)."""
    sent: list[str] = []
    pos = 0
    for m in TOKEN.finditer(text):
        if sent and SENTENCE_END.search(text, pos, m.start()):
            yield sent
            sent = []
        sent.append(normalise(m.group()))
        pos = m.end()
    if sent:
        yield sent


class LanguageModel:
    """log10 P(word | prev) of a models folder's bigram model; lookups memoised."""

    def __init__(self, directory: Path, lexicon):
        try:
            import marisa_trie

            meta = json.loads((directory / LM_META).read_text(encoding="utf-8"))
            if meta.get("format") != LM_FORMAT:
                raise ValueError(f"format {meta.get('format')}, expected {LM_FORMAT}")
            self._bi = marisa_trie.RecordTrie("<H")
            self._bi.mmap(str(directory / BIGRAMS_FILE))
            self._words = marisa_trie.RecordTrie("<III")
            self._words.mmap(str(directory / WORDS_FILE))
        except (OSError, ValueError) as e:
            raise ModelDataError(f"{directory / LM_META}: language model unreadable ({e}); "
                                 "rebuild it with python models/build_lm.py") from None
        self.lexicon = lexicon
        self.discount = float(meta["discount"])
        self.total = float(meta["tokens"])
        self._uni: dict[str, float] = {}
        self._stats: dict[str, tuple[int, int, float]] = {}
        self._cond: dict[tuple[str, str], float] = {}

    def stats(self, word: str) -> tuple[int, int, float]:
        """(count, count as history, back-off weight) of ``word`` (zeros when unseen)."""
        s = self._stats.get(word)
        if s is None:
            hit = self._words.get(word)
            s = (hit[0][0], hit[0][1], hit[0][2] / 1e6) if hit else (0, 0, 1.0)
            if len(self._stats) > MAX_MEMO:
                self._stats.clear()
            self._stats[word] = s
        return s

    def unigram(self, word: str) -> float:
        """log10 P(word) with no context."""
        lp = self._uni.get(word)
        if lp is None:
            c = self.stats(word)[0]
            lf = None if word in (SENT, NUM) else self.lexicon.logf(word)
            p = CORPUS_WEIGHT * c / self.total
            if lf is not None:
                p += (1 - CORPUS_WEIGHT) * 10 ** lf
            elif c == 0:
                p = 10 ** FLOOR_LOGF
            lp = math.log10(p)
            if len(self._uni) > MAX_MEMO:
                self._uni.clear()
            self._uni[word] = lp
        return lp

    def logp(self, word: str, prev: str | None = None) -> float:
        """log10 P(word | prev); with no ``prev`` (or one never seen before a word), the unigram."""
        if prev is None:
            return self.unigram(word)
        key = (prev, word)
        lp = self._cond.get(key)
        if lp is None:
            _c, hc, backoff = self.stats(prev)
            if hc == 0:
                lp = self.unigram(word)
            else:
                hit = self._bi.get(f"{prev} {word}")
                seen = (hit[0][0] - self.discount) / hc if hit else 0.0
                lp = math.log10(seen + backoff * 10 ** self.unigram(word))
            if len(self._cond) > MAX_MEMO:
                self._cond.clear()
            self._cond[key] = lp
        return lp
