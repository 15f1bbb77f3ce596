"""A word bigram language model of Swedish (models/build_lm.py): log10 P(word | previous word).

Interpolated absolute discounting over word bigram counts, backing off to a class bigram
model: P(class(w) | class(prev)) P(w | class(w)), where the commonest words are classes of
their own and every other word is classed by its word-class bits in the lexicon (noun, present
tense, adjective ...). The classes carry what a sparse word bigram cannot ("tre rader", never
"tre råder", though neither pair was counted). The class model backs off in turn to a unigram
that mixes the corpus counts with the lexicon's word frequencies (so words the corpus lacks
keep the probability the word model has always given them). A word trigram model interpolates
over the bigram model in turn (logp3): "det år då", never "det är då", though the bigrams alone
prefer "det är"; a reading's window (window_logps) takes a trigram only where some reading's was
counted. Files: sv_lm_bigrams.marisa, sv_lm_trigrams.marisa, sv_lm_words.marisa,
sv_lm_classes.marisa, sv_lm.json, memory-mapped through docparse.models.ModelStore.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from docparse.errors import ModelDataError

BIGRAMS_FILE = "sv_lm_bigrams.marisa"
TRIGRAMS_FILE = "sv_lm_trigrams.marisa"
WORDS_FILE = "sv_lm_words.marisa"
CLASSES_FILE = "sv_lm_classes.marisa"
LM_META = "sv_lm.json"
LM_FORMAT = 3
OWN_CLASS = 1  # flag in the words trie: the word is a class of its own
SUFFIX = 1  # letters of the ending that class a word with its word-class bits (-ar, -na, -de)
SENT = "<s>"  # sentence boundary: a clause's punctuation, the text's start and end
NUM = "<num>"  # any token holding a digit
UNKNOWN = "#unk"  # the class of a word the lexicon lacks
COMMA = ","  # a comma between two words is a token of its own: "andra, fler" is no "ändra fler"
TOKEN = re.compile(r"[^\W_]+")  # a word: letters and digits (repair tokenises plain text with it)
DIGIT = re.compile(r"\d")
SENTENCE_END = re.compile(r"[.!?:;]")  # neither the counts nor repair's context look across these
CLAUSE_END = re.compile(r"[!?:;]")  # (a full stop alone may close an abbreviation: see breaks)
CORPUS_WEIGHT = 0.5  # share of the corpus counts in the unigram (the rest: the lexicon's)
FLOOR_LOGF = -9.0  # log10 unigram of a word neither source knows (repair's OOV_LOGF)
MAX_MEMO = 400_000


def normalise(token: str) -> str:
    """The model's form of a token: lower case, numbers as one class."""
    low = token.lower()
    return low if low.isalpha() or not DIGIT.search(low) else NUM


def word_class(word: str, own: bool, lexicon) -> str:
    """The class of ``word``: itself if it is one of the commonest words (``own``), else its
    word-class bits in the lexicon ("#16": a noun), "#unk" for a word the lexicon lacks."""
    if own or word in (SENT, NUM, COMMA):
        return word
    if lexicon.logf(word) is None:
        return UNKNOWN
    return f"#{lexicon.word_class(word)}:{word[-SUFFIX:] if SUFFIX else ''}"


def breaks(text: str, start: int, end: int) -> bool:
    """Whether the separator text[start:end] before the word at ``end`` cuts the context: it
    holds sentence punctuation, unless its only marks are full stops and the word after them
    begins in small letters ("t.ex. vara", "bl.a. att": an abbreviation's stop, no sentence's)."""
    if not SENTENCE_END.search(text, start, end):
        return False
    return end >= len(text) or not text[end].islower() or CLAUSE_END.search(text, start, end) is not None


def sentence_tokens(text: str):
    """Sentences of ``text`` as lists of normalised tokens, cut where a separator holds
    sentence punctuation (as repair cuts its context); a comma between words is a token."""
    sent: list[str] = []
    pos = 0
    for m in TOKEN.finditer(text):
        if sent and breaks(text, pos, m.start()):
            yield sent
            sent = []
        elif sent and "," in text[pos : m.start()]:
            sent.append(COMMA)
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
            # "a b c" -> the discounted share (count - D) / count(a b); "a b " -> the back-off weight
            self._tri = marisa_trie.RecordTrie("<f")
            self._tri.mmap(str(directory / TRIGRAMS_FILE))
            self._words = marisa_trie.RecordTrie("<IIIB")
            self._words.mmap(str(directory / WORDS_FILE))
            self._classes = marisa_trie.RecordTrie("<I")
            self._classes.mmap(str(directory / CLASSES_FILE))
        except (OSError, ValueError, RuntimeError, KeyError) as e:  # marisa raises RuntimeError on junk
            raise ModelDataError(f"{directory / LM_META}: language model unreadable ({e}); "
                                 "rebuild it with python models/build_lm.py") from None
        self.lexicon = lexicon
        self.discount = float(meta["discount"])
        self.class_discount = float(meta["class_discount"])
        self.total = float(meta["tokens"])
        self._uni: dict[str, float] = {}
        self._stats: dict[str, tuple[int, int, float, str]] = {}
        self._cond: dict[tuple[str, str], float] = {}
        self._cond3: dict[tuple[str, str, str], float] = {}
        self._windows: dict[tuple[tuple[str, ...], str | None, str, str, str | None, bool], list[float]] = {}
        self._nexts: dict[tuple[tuple[str, ...], str, bool, bool], list[float]] = {}
        self._class_stats: dict[str, tuple[int, int, float]] = {}
        # P(class | previous class) by class pair: many word pairs share a class pair, and the
        # value depends on the two classes alone.
        self._class_pairs: dict[tuple[str, str], float] = {}

    def stats(self, word: str) -> tuple[int, int, float, str]:
        """(count, count as history, back-off weight, class) of ``word`` (zeros when unseen)."""
        s = self._stats.get(word)
        if s is None:
            hit = self._words.get(word)
            if hit:
                c, hc, backoff, flags = hit[0]
                s = (c, hc, backoff / 1e6, word_class(word, bool(flags & OWN_CLASS), self.lexicon))
            else:
                s = (0, 0, 1.0, word_class(word, False, self.lexicon))
            if len(self._stats) > MAX_MEMO:
                self._stats.clear()
            self._stats[word] = s
        return s

    def class_stats(self, cls: str) -> tuple[int, int, float]:
        """(count, count as history, back-off weight) of a class."""
        s = self._class_stats.get(cls)
        if s is None:
            hit = self._classes.get(f"{cls} ")
            hc = self._classes.get(f" {cls}")
            bo = self._classes.get(f"  {cls}")
            s = (hit[0][0] if hit else 0, hc[0][0] if hc else 0, bo[0][0] / 1e6 if bo else 1.0)
            self._class_stats[cls] = s
        return s

    def class_logp(self, word: str, prev: str) -> float:
        """log10 P(class(word) | class(prev)) P(word | class(word))."""
        return self._class_logp(word, self.stats(prev)[3])

    def _class_logp(self, word: str, cp: str) -> float:
        """class_logp() of ``word`` after a word of class ``cp``."""
        cw = self.stats(word)[3]
        count_w, _h, _b = self.class_stats(cw)
        if count_w == 0:
            return self.unigram(word)
        p_class = self._class_pairs.get((cp, cw))
        if p_class is None:
            _c, hc, backoff = self.class_stats(cp)
            p_class = count_w / self.total
            if hc:
                hit = self._classes.get(f"{cp} {cw}")
                p_class = ((hit[0][0] - self.class_discount) / hc if hit else 0.0) + backoff * p_class
            if len(self._class_pairs) > MAX_MEMO:
                self._class_pairs.clear()
            self._class_pairs[(cp, cw)] = p_class
        # P(word | class): the word's share of its class (1 for a class of its own)
        member = 0.0 if cw == word else min(0.0, self.unigram(word) - math.log10(count_w / self.total))
        return math.log10(p_class) + member

    def unigram(self, word: str) -> float:
        """log10 P(word) with no context."""
        lp = self._uni.get(word)
        if lp is None:
            c = self.stats(word)[0]
            lf = None if word in (SENT, NUM, COMMA) else self.lexicon.logf(word)
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
        """log10 P(word | prev); with no ``prev``, the unigram."""
        if prev is None:
            return self.unigram(word)
        key = (prev, word)
        lp = self._cond.get(key)
        if lp is None:
            _c, hc, backoff, cls = self.stats(prev)
            lp = self._class_logp(word, cls)
            if hc:
                hit = self._bi.get(f"{prev} {word}")
                if hit:
                    lp = math.log10((hit[0][0] - self.discount) / hc + backoff * 10 ** lp)
                elif backoff < 1.0:
                    lp += math.log10(backoff)
            if len(self._cond) > MAX_MEMO:
                self._cond.clear()
            self._cond[key] = lp
        return lp

    def counted(self, prev: str, word: str) -> bool:
        """Whether the pair ``prev`` ``word`` was counted in the training text."""
        return f"{prev} {word}" in self._bi

    def next_logps(self, words: list[str], nxt: str, fair: bool = False, prev: str | None = None) -> list[float]:
        """log10 P(nxt | w) for each reading w of one word before ``nxt``. ``fair``: where no
        reading's pair with ``nxt`` was counted but every reading was counted as a history,
        each by the class model alone. The bigram model would have them differ by their
        back-off weights, on no evidence of the word after them: a reading followed by few
        different words keeps more mass for unseen ones ("personal försvarar arbetet" beat
        "försvårar"). A reading the corpus never counted keeps the bigram model's score: its
        register's silence on the word is no evidence against it ("ett monster på").
        Also ``fair``: between two words the lexicon lacks (UNKNOWN; ``prev``, the word before
        the readings), and no reading counted before ``nxt``, each reading alike: how often a
        reading's class stood before the training text's unknown words is all that would tell
        them apart, and with no known word on either side that is no evidence
        ("lämplighetsprovet för/for simskoleinstruktörer": the past tense "for", a rare verb's
        class, keeps much mass for unknown words and won). Beside a known word the classes
        still speak (an adjective before a compound the lexicon lacks). Tuning fold's twin
        choices (benchmarks/eval_twin_choices.py): 541 -> 527 wrong of 19,360, 14 "för" before
        a compound fixed and nothing lost; the same rule beside a known word before too 525,
        but it lost four ("Valter" made "välter" before a surname) and beside a known word the
        adjective's class is evidence."""
        # Memoised: the passes ask again of the same readings before the same word (the context
        # pass twice, the close calls, the trigram window), and each miss costs a lookup per reading.
        lone = fair and prev is not None and self.stats(prev)[3] == UNKNOWN
        key = (tuple(words), nxt, fair, lone)
        out = self._nexts.get(key)
        if out is not None:
            return out
        if lone and not any(f"{w} {nxt}" in self._bi for w in words) and self.stats(nxt)[3] == UNKNOWN:
            out = [self.unigram(nxt)] * len(words)
        elif fair and not any(f"{w} {nxt}" in self._bi for w in words) and all(self.stats(w)[1] for w in words):
            out = [self._class_logp(nxt, self.stats(w)[3]) for w in words]
        else:
            out = [self.logp(nxt, w) for w in words]
        if len(self._nexts) > MAX_MEMO:
            self._nexts.clear()
        self._nexts[key] = out
        return out

    def logp3(self, word: str, prev2: str | None, prev: str) -> float:
        """log10 P(word | prev2 prev): the trigram's discounted share plus the history's back-off
        weight times the bigram model; the bigram model where ``prev2`` is None or the pair
        was never a trigram's history."""
        if prev2 is None:
            return self.logp(word, prev)
        key = (prev2, prev, word)
        lp = self._cond3.get(key)
        if lp is None:
            lp = self.logp(word, prev)
            backoff = self._tri.get(f"{prev2} {prev} ")
            if backoff:
                hit = self._tri.get(f"{prev2} {prev} {word}")
                lp = math.log10((hit[0][0] if hit else 0.0) + backoff[0][0] * 10 ** lp)
            if len(self._cond3) > MAX_MEMO:
                self._cond3.clear()
            self._cond3[key] = lp
        return lp

    def window_logps(self, words: list[str], prev2: str | None, prev: str, nxt: str, nxt2: str | None,
                     fair: bool = False) -> list[float]:
        """log10 P(w | prev2 prev) P(nxt | prev w) P(nxt2 | w nxt) for each reading w of a word
        between ``prev2`` ``prev`` and ``nxt`` ``nxt2`` (None across a sentence's end), each
        factor a trigram's only where some reading's trigram was counted ("det år då", "år
        efter år"). Elsewhere the readings would differ by the back-off weights alone: on the
        left by none (one history), on the right by their own, on no evidence of the words
        after them (a rare reading keeps most of its mass for unseen continuations, "som
        innebar"; a common one little, "som innebär"). There the bigram model scores the
        neighbours and the word after the next is no evidence (``fair``: the word after by
        next_logps's rule)."""
        key = (tuple(words), prev2, prev, nxt, nxt2, fair)
        memo = self._windows.get(key)
        if memo is not None:
            return memo
        tri = self._tri
        if prev2 is not None and any(f"{prev2} {prev} {w}" in tri for w in words):
            out = [self.logp3(w, prev2, prev) for w in words]
        else:
            out = [self.logp(w, prev) for w in words]
        if any(f"{prev} {w} {nxt}" in tri for w in words):
            out = [lp + self.logp3(nxt, prev, w) for lp, w in zip(out, words)]
        else:
            out = [lp + r for lp, r in zip(out, self.next_logps(words, nxt, fair, prev))]
        if nxt2 is not None and any(f"{w} {nxt} {nxt2}" in tri for w in words):
            out = [lp + self.logp3(nxt2, w, nxt) for lp, w in zip(out, words)]
        if len(self._windows) > MAX_MEMO:
            self._windows.clear()
        self._windows[key] = out
        return out
