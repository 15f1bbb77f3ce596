"""Short unknown tokens read as the common short word the channel and context favour.

The general noisy channel (noisy.py) leaves tokens shorter than four letters alone: one edit
away from a two- or three-letter token lie dozens of listed words. Yet most short tokens of a
damaged page that no word is are a function word with one glyph misread ("ach": a for o, the
same shape; "deh": h for n), and the words a short token may be are few when only the
commonest count: a short word of the text is one of them far more often than a rare one. Here
a short unknown token is read through one edit as one of the words of its length (give or
take a letter) at least as common as COMMON_LOGF, with the noisy channel's costs and its
margins over keeping the token and over the runner-up, scored over both neighbours. A token of
letters with a digit among them ("4dr") is one too: the channel reads its digit as the letter it
mostly stands for (4 for ä, 6 for ö).
"""

from __future__ import annotations

import bisect

from docparse.repair.memo import bounded_put, store_memo
from docparse.repair.neighbours import neighbour_form
from docparse.repair.noisy import GAP, MARGIN, TOP_LOGF, _readings_of, _start, _word_cost, readings
from docparse.repair.unknown import IMPLAUSIBLE_PENALTY
from docparse.repair.words import OOV_LOGF
from docparse.sv.lexicon import fold
from docparse.sv.lm import SENT

MIN_LETTERS, MAX_LETTERS = 2, 3  # longer tokens are the noisy channel's
COMMON_LOGF = -3.0  # log10 frequency a reading must have: the commonest words of a text
KEY_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # the letters of the lexicon's keys (å/ä -> a, ö -> o)
MAX_MEMO = 20_000


class _CommonKeys:
    """The keys of common words one edit from a token (a letter changed, put in or dropped):
    an index for noisy.readings, which asks it for the keys near a token."""

    def __init__(self, lexicon):
        self.lexicon = lexicon

    def _common(self, key: str) -> bool:
        logf = self.lexicon.logf
        return any((logf(w) or -99.0) >= COMMON_LOGF for w in self.lexicon.by_key(key))

    def near(self, token: str, depth: int) -> set[str]:
        keys = set()
        for i in range(len(token) + 1):
            for c in KEY_LETTERS:
                keys.add(token[:i] + c + token[i:])
                if i < len(token):
                    keys.add(token[:i] + c + token[i + 1:])
            if i < len(token):
                keys.add(token[:i] + token[i + 1:])
        return {k for k in keys if len(k) >= MIN_LETTERS - 1 and self._common(k)}


def _mixed(tok: str) -> bool:
    """Letters with a digit among them ("4dr", "f5r"): an English model's reading of a word's
    å/ä/ö (4 for ä, 6 for ö, 5 for s), never a number."""
    return tok.isalnum() and sum(c.isalpha() for c in tok) >= 2 and any(c.isdigit() for c in tok)


def short_tokens(text: str, tokens, judged, models, repairer) -> None:
    """Hook of the engine: short tokens on damaged pages that the word model kept, no listed
    word, in lower case (or capitalised at a sentence's start), read as a common short word."""
    chars, lm = models.char_model, models.lm
    if lm is None:
        return
    lexicon = models.lexicon
    todo = [t for t in judged if t.choice is None and t.examined and MIN_LETTERS <= len(t.text) <= MAX_LETTERS
            and (t.text.isalpha() or _mixed(t.text)) and (t.text.islower() or (t.text[0].isupper() and t.text[1:].islower()))
            and lexicon.logf(t.text.lower()) is None]
    if not todo:
        return
    channel = models.channels["eng"]
    table = models.derived(_readings_of, _readings_of)
    index = _CommonKeys(lexicon)
    memo = store_memo(models, "short readings")
    for t in todo:
        if text[t.end:t.end + 1] == "-" or (t.start and text[t.start - 1] == "-"):
            continue  # part of a hyphened name or a compound's first part ("apt-get", "tv-")
        low = t.text.lower()
        i = bisect.bisect_left(tokens, t.start, key=_start)
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i > 0 else 0, t.start)
        if t.text[0].isupper() and prev != SENT:
            continue  # a capital inside a sentence: an abbreviation or a name's part
        kept = OOV_LOGF - repairer.implausibility(low) + _word_cost(low, tuple((c, c, None) for c in low), channel)
        if chars is not None and not chars.plausible(low):
            kept -= IMPLAUSIBLE_PENALTY
        found = memo.get(low)
        if found is None:
            found = readings(low, lexicon, channel, table, index, kept + MARGIN - TOP_LOGF, 1)
            found = bounded_put(memo, low, tuple((c, w) for c, w in found
                                                 if (lexicon.logf(w) or -99.0) >= COMMON_LOGF), MAX_MEMO)
        if not found:
            continue
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < len(tokens) else len(text))
        context = lm.logp(low, prev) + lm.logp(nxt, low) - OOV_LOGF
        scored = sorted(((c + lm.logp(w, prev) + lm.logp(nxt, w), w) for c, w in found), reverse=True)
        best, word = scored[0]
        if best - (kept + context) <= MARGIN or (len(scored) > 1 and best - scored[1][0] <= GAP):
            continue
        if fold(word) == low:
            continue  # only marks put back: the word model's business, which kept it
        t.choice = (word, round(best - kept - context, 3), "short")
