"""Words an OCR engine ran together with a common short word ("somi": "som i", "foren": "för
en", "hari": "här i", "varien": "var i en").

A narrow space before or after a one- or two-letter word is often not seen, and the word model
then reads the run as one word: it drops the short word as noise ("somi" -> "som") or finds a
rare word with the same letters ("foren" -> "fören"). Here a token on a damaged page that is no
listed word as read (or a rare one a pass changed) is cut into two or three listed words (each as the likeliest
of its å/ä/ö twins), all but one of them among the commonest short words; the cut replaces the
token where the language model prefers it over both neighbours, a lost space and all, by a
clear margin over the token as now decided.
"""

from __future__ import annotations

import bisect

from docparse.repair.memo import bounded_put, store_memo
from docparse.repair.neighbours import neighbour_form
from docparse.sv.lexicon import fold
from docparse.sv.lm import normalise as lm_form

MIN_LETTERS = 3  # "ia" is no "i a": two letters glued are mostly a word or noise
MAX_LETTERS = 24  # a longer run is a compound or garbage, never worth the cuts
SHORT_MAX = 3  # letters of a short word that may be glued to another
SHORT_LOGF = -2.5  # log10 frequency of the commonest words (i, en, så, är, att, med)
RARE_LOGF = -5.5  # a listed token rarer than this that a pass changed may still be a run
# A token the word model read as a word this common, all its letters used, is left alone:
# a cheap test that spares most tokens the cuts and the language model.
PLAIN_LOGF = -4.0
# log10 P(a space between two words not read): as splits.SPACE_LOGP, a gap the English model
# loses about as often as it puts one in.
LOST_SPACE_LOGP = -2.9
# log10 channel cost of the word model's change beyond the marks (a letter dropped or another
# read for it), as noisy.py prices one generic edit.
EDIT_LOGP = -2.5
MARGIN = 1.0  # log10: how much likelier the cut must be than the token as decided
# log10 P of the likeliest three bigrams a cut puts in ("att en", "i en"): a token as decided
# that the context likes too well for any cut to beat by MARGIN is not cut (nor scored).
BEST_PATH_LOGP = -2.0
MAX_MEMO = 20_000


VOWELS = frozenset("aeiouy")  # (folded: å/ä/ö are a and o)


def _twins(piece: str, lexicon) -> tuple[str, ...]:
    """The listed words ``piece`` (folded letters) may be on a page read without å/ä/ö; none
    for a piece without a vowel (an abbreviation, "mp", is no word a run is cut into)."""
    if VOWELS.isdisjoint(piece):
        return ()
    return tuple(w for w in lexicon.by_key(piece) if lexicon.logf(w) is not None)


def _short(words: tuple[str, ...], lexicon) -> bool:
    return any(len(w) <= SHORT_MAX and (lexicon.logf(w) or -99.0) >= SHORT_LOGF for w in words)


def _doubled(key: str, i: int) -> bool:
    """Do the letters after cut ``i`` of ``key`` repeat those before it ("planerar|ar")? Then
    the run is as likely letters read twice as a word glued on."""
    return any(key[i - k:i] == key[i:i + k] for k in range(1, SHORT_MAX + 1) if k <= i)


def cuts(low: str, lexicon, pieces: dict | None = None) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The ways to cut ``low`` into two or three listed words, all but one of them common
    short words, and no cut where letters repeat: each cut as its pieces' twins. Only the cuts
    that leave short pieces are tried (a few per token, not every pair of positions).
    ``pieces``: a memo of piece -> (twins, short), kept across tokens (pieces recur)."""
    key = fold(low)
    n = len(key)
    memo = {} if pieces is None else pieces

    def piece(a: int, b: int) -> tuple[tuple[str, ...], bool]:
        p = key[a:b]
        hit = memo.get(p)
        if hit is None:
            words = _twins(p, lexicon)
            hit = bounded_put(memo, p, (words, b - a <= SHORT_MAX and _short(words, lexicon)), MAX_MEMO)
        return hit

    k = SHORT_MAX
    # Every cut has a short piece at an end: the short first and last pieces, found first,
    # name the cuts worth a look (most tokens have none).
    heads = [i for i in range(1, min(k, n - 1) + 1) if piece(0, i)[1]]
    tails = [j for j in range(max(1, n - k), n) if piece(j, n)[1]]
    if not heads and not tails:
        return ()
    two = set(heads) | set(tails)
    three = {(i, j) for i in heads for j in range(i + 1, min(i + k, n - 1) + 1)}  # short short long
    three |= {(i, j) for i in heads for j in tails if i < j}  # short long short
    three |= {(i, j) for j in tails for i in range(max(1, j - k), j)}  # long short short
    out: list[tuple[tuple[str, ...], ...]] = []
    for i in sorted(two):
        (wa, _sa), (wb, _sb) = piece(0, i), piece(i, n)
        if wa and wb and not _doubled(key, i):
            out.append((wa, wb))
    for i, j in sorted(three):
        # The pieces looked up one by one, the first and last (short, mostly known) before the
        # middle one (long, mostly new): a piece that is no word ends the cut.
        wa, sa = piece(0, i)
        if not wa:
            continue
        wc, sc = piece(j, n)
        if not wc:
            continue
        wb, sb = piece(i, j)
        if wb and sa + sb + sc >= 2 and not _doubled(key, i) and not _doubled(key, j):
            out.append((wa, wb, wc))
    return tuple(out)


def _best_path(prev: str, pieces: tuple[tuple[str, ...], ...], nxt: str, lm) -> tuple[float, tuple[str, ...]]:
    """The likeliest twins of the pieces between ``prev`` and ``nxt``: (log10 P, words)."""
    paths: list[tuple[float, tuple[str, ...]]] = [(0.0, (prev,))]
    for twins in pieces:
        paths = [max(((s + lm.logp(w, ws[-1]), ws + (w,)) for s, ws in paths), key=lambda p: p[0])
                 for w in twins]
    score, words = max((s + lm.logp(nxt, ws[-1]), ws) for s, ws in paths)
    return score, words[1:]


def glued_words(text: str, tokens: list, judged: list, models) -> None:
    """Hook of the engine, after the context passes: a run of words on a damaged page read as
    one token becomes the words (its choice holds the spaces). ``judged``: the tokens the
    passes may change (changed by the word model or unlisted), in text order."""
    lm = models.lm
    if lm is None or not judged:
        return
    lexicon = models.lexicon
    logf = lexicon.logf
    memo = store_memo(models, "glued cuts")
    pieces = store_memo(models, "glued pieces")
    for t in judged:
        tok = t.text
        if not (MIN_LETTERS <= len(tok) <= MAX_LETTERS) or not tok.isalpha() or not tok[1:].islower():
            continue
        low = tok.lower()
        if (logf(low) or -99.0) >= RARE_LOGF:
            continue  # a word as read (changed in context, "har" to "här"), not a run
        cur = t.current()
        if cur != low and len(cur) >= len(low) and (logf(cur) or -99.0) >= PLAIN_LOGF:
            continue  # the word model read it as a word of all its letters, not a rare one
        found = memo.get(low)
        if found is None:
            found = bounded_put(memo, low, cuts(low, lexicon, pieces), MAX_MEMO)
        if not found:
            continue
        i = bisect.bisect_left(tokens, t.start, key=_start)
        if i == len(tokens) or tokens[i] is not t:
            continue  # (joined to another token since)
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i else 0, t.start)
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < len(tokens) else len(text))
        if " " in cur:
            continue
        word = lm_form(cur)
        kept = lm.logp(word, prev) + lm.logp(nxt, word)
        if fold(cur) != fold(low):
            kept += EDIT_LOGP
        if kept + MARGIN - LOST_SPACE_LOGP > BEST_PATH_LOGP:
            continue  # no cut's three bigrams could make up for it
        score, words = max(_best_path(prev, cut, nxt, lm) for cut in found)
        if score + LOST_SPACE_LOGP - kept > MARGIN:
            t.choice = (" ".join(words), round(score + LOST_SPACE_LOGP - kept, 3), "glued")


def _start(token) -> int:
    return token.start
