"""Compounds the lexicon does not list, decided by their head as a compound's head.

The word model scores a guessed compound by its parts as free words, so "förvärvs+län" beats
"förvärvs+lån" ("län" is the commoner word alone) and "intensiv+aret" finds no head at all
("året" is listed as no compound part). How often a word ends longer words in running text
(docparse.sv.heads, models/build_heads.py) says which of the å/ä/ö twins of a head is a head:
"lån" ends many words, "län" few.
"""

from __future__ import annotations

import math

from docparse.repair.memo import bounded_put, store_memo
from docparse.sv.heads import MIN_HEAD, MIN_MODIFIER, SHORT_HEAD
from docparse.sv.lexicon import BEGIN, END, MIDDLE, SWEDISH_LETTERS, fold

MIN_PART = 3  # letters of each of two first parts

MIN_WORD = MIN_MODIFIER + MIN_HEAD + 1  # shorter tokens are seldom compounds
MIN_HEAD_COUNT = 5  # words a head must end in the counts to decide anything
# Letters of a head the lexicon does not flag that unflagged_heads reads: shorter endings end
# many words as inflections or suffixes ("-den", "-ring"), not as a compound's last word.
UNFLAGGED_HEAD = 5
HEAD_MARGIN = 0.5  # log10: how much likelier as a head (with the channel) the new reading must be
SMOOTH = 0.5  # added to every count: a head never seen is rare, not impossible
MAX_MEMO = 100_000


def _modifier(lexicon, part: str) -> bool:
    """Is ``part`` a compound's first part (bostads-, förvaltnings-), as the head counts took it,
    or two of them (avtals+slut-: a compound of three parts has one too)?"""
    bits = lexicon.bits
    if bits(part) & (BEGIN | MIDDLE):
        return True
    return any(bits(part[:j]) & (BEGIN | MIDDLE) and bits(part[j:]) & (BEGIN | MIDDLE)
               for j in range(MIN_PART, len(part) - MIN_PART + 1))


# Word-class bits (models/build_wordclass.py; named in repair.context)
ADJECTIVE, COMMON_SINGULAR = 64, 512


def _inflected_noun(lexicon, part: str) -> bool:
    """Is ``part`` a common-gender noun (no adjective), which a two-letter ending inflects:
    "lekpark+ar" is its plural, not a compound with "år" ("intensiv+år" is one)?"""
    bits = lexicon.word_class(part)
    return bool(bits & COMMON_SINGULAR) and not bits & ADJECTIVE


def head_choice(low: str, cur: str, lexicon, heads, channel) -> str | None:
    """The reading of a token (``low`` as read, ``cur`` as now decided, neither a listed word)
    whose head is the twin most attested as a head, or None to keep ``cur``.

    The split is the one whose head's twins end the most words; the modifier stays as
    decided. A twin wins by its count as a head times the channel's P(read | twin)."""
    if len(cur) > len(low) or len(cur) < MIN_WORD or not cur.isalpha():
        return None
    # A token longer than its reading holds a letter read as two signs ("ersdattningslan": ä
    # read "da") before the head, which is read from the token's end.
    shift = len(low) - len(cur)
    best_split, best_total = None, 0
    for k in range(MIN_MODIFIER, len(cur) - SHORT_HEAD + 1):
        twins = lexicon.by_key(fold(cur[k:]))
        if not twins or not _modifier(lexicon, cur[:k]):
            continue
        if len(cur) - k < MIN_HEAD and (_inflected_noun(lexicon, cur[:k])
                                        or not lexicon.bits(cur[:k]) & (BEGIN | MIDDLE)):
            continue  # (a two-letter head only after one listed first part: its class is known)
        counts = [(heads.count(h), h) for h in twins]
        total = sum(c for c, _h in counts)
        if total > best_total:
            best_split, best_total = (k, counts), total
    if best_split is None or best_total < MIN_HEAD_COUNT:
        return None
    k, counts = best_split
    read, now = low[k + shift:], cur[k:]

    def score(count: int, head: str) -> float:
        cost = 0.0
        for a, b in zip(head, read):
            cost += channel.cost(a, b)
        return math.log10(count + SMOOTH) + cost

    current = score(heads.count(now), now)
    best_score, best = max((score(c, h), h) for c, h in counts)
    if best == now or best_score - current < HEAD_MARGIN:
        return None
    new = cur[:k] + best
    if SWEDISH_LETTERS.isdisjoint(new) and new != low:
        return None  # a reading without å/ä/ö is only the token as read (else repair would revisit it)
    return new


def compound_heads(tokens, models) -> None:
    """Hook of the engine: tokens on damaged pages that are no listed word after the word
    model, their head decided as a compound's head."""
    heads = models.heads
    if heads is None:
        return
    lexicon, channel = models.lexicon, models.channels["eng"]
    memo = store_memo(models, "compound heads")
    for t in tokens:
        if not t.active or not t.examined:
            continue
        cur = t.current()
        if len(cur) < MIN_WORD or lexicon.logf(cur) is not None:
            continue
        low = t.low
        key = (low, cur)
        new = memo.get(key, False)
        if new is False:
            new = bounded_put(memo, key, head_choice(low, cur, lexicon, heads, channel), MAX_MEMO)
        if new is not None:
            t.choice = (new, 1.0, "compound:head")


def _unflagged_head(low: str, lexicon, heads, repairer) -> str | None:
    """The reading of an unlisted token (kept as read) whose head, as read, is a listed word
    that ends many words (MIN_HEAD_COUNT) though the lexicon lists it as no compound's last part
    ("taket"), and whose first part the word model reads, letter for letter, as a compound's
    first part with å/ä/ö ("vards": "vårds"); None where no such split is. The compound search
    takes only flagged last parts, so "vardstaket" found no reading at all."""
    n = len(low)
    if n < MIN_WORD or not low.isalpha():
        return None
    for k in range(MIN_MODIFIER, n - UNFLAGGED_HEAD + 1):  # the longest head first
        head = low[k:]
        if lexicon.logf(head) is None or lexicon.bits(head) & END or heads.count(head) < MIN_HEAD_COUNT:
            continue
        if lexicon.logf(low[:k]) is not None or lexicon.bits(low[:k]) & (BEGIN | MIDDLE):
            continue  # a word or a first part as read ("skol|staden", "list|ening"): nothing to put back
        first = repairer.best(low[:k])
        if first is None or len(first.word) != k or not lexicon.bits(first.word) & (BEGIN | MIDDLE):
            continue
        if SWEDISH_LETTERS.isdisjoint(first.word):
            continue  # only a first part's lost marks are put back here
        return first.word + head
    return None


def unflagged_heads(tokens, models, repairer) -> None:
    """Hook of the engine: tokens on damaged pages the word model kept as read, no listed word,
    read as a first part with its marks put back before a head the lexicon does not flag."""
    heads = models.heads
    if heads is None:
        return
    lexicon = models.lexicon
    memo = store_memo(models, "unflagged heads")
    for t in tokens:
        if t.choice is not None or not t.active or not t.examined:
            continue
        low = t.low
        if len(low) < MIN_WORD or lexicon.logf(low) is not None:
            continue
        new = memo.get(low, False)
        if new is False:
            new = bounded_put(memo, low, _unflagged_head(low, lexicon, heads, repairer), MAX_MEMO)
        if new is not None:
            t.choice = (new, 1.0, "compound:head")


def suspended_parts(text: str, tokens, lexicon) -> None:
    """Hook of the engine: a first part left hanging before a hyphen ("grundskole- och
    gymnasienivå") that is a compound's first part as read, or with its marks, keeps its
    letters: the word model judged it as a free word ("grundskola") and changed more than its
    marks."""
    for t in tokens:
        if t.choice is None or not t.active or text[t.end : t.end + 1] != "-":
            continue
        after = text[t.end + 1 : t.end + 2]
        if after and not after.isspace():
            continue  # a hyphen inside a word ("e-post", "EU-stöd") is no suspended part
        low = t.low
        key = fold(low)
        if fold(t.choice[0]) == key:
            continue  # only its marks changed
        parts = [w for w in lexicon.by_key(key) if lexicon.bits(w) & (BEGIN | MIDDLE)]
        if low in parts:
            t.choice = None
        elif len(parts) == 1:  # "forskole-": the first part with its marks, "förskole-"
            t.choice = (parts[0], 1.0, "compound:part")
