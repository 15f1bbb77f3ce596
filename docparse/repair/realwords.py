"""Short listed words that context says are another common word misread by one glyph.

The passes before look at tokens no word is, and at the å/ä/ö twins of words. A damaged page
also holds tokens that are words, but not the word printed: one glyph of a common short word
misread into a rarer listed word ("högre dn väntat" for "än", "se til att" for "till"). Here a
short token on a damaged page, in lower case, that the word model kept as read and that is a
listed word, is read through one edit as the common words of its length (give or take a
letter: shortwords.py's index, with the noisy channel's costs of noisy.py), each scored as
channel x bigram model over both neighbours against the token kept, and replaced only by the
noisy channel's margins over keeping it and over the runner-up. A word with å/ä/ö twins that
are words is the context pass's choice, and only-marks readings are too; a token in quotes or
brackets or joined to other signs is a literal or a part of one and stays. Cheap: the commonest
words (``MAX_KEPT_LOGF``), which are most of a text's tokens, are not judged, nor a word that
reads well between its neighbours (``CONTEXT_FLOOR``).
"""

from __future__ import annotations

from docparse.repair.memo import bounded_put, store_memo
from docparse.repair.neighbours import neighbour_form
from docparse.repair.noisy import GAP, MARGIN, _readings_of, _word_cost, readings
from docparse.repair.shortwords import COMMON_LOGF, _CommonKeys
from docparse.sv.lexicon import fold

MIN_LETTERS, MAX_LETTERS = 2, 4  # one letter: an abbreviation's or a list's; longer: few near words
# Common words (och, att, som, det, har, lag, ska) are read right far more often than another
# word is misread into them: only rarer listed words are judged, and only where they read badly
# between their neighbours (log10 P(word | before) P(after | word) at most CONTEXT_FLOOR).
MAX_KEPT_LOGF = -4.0
CONTEXT_FLOOR = -7.0
MAX_CHANNEL = 6.0  # log10: a reading whose channel costs more than this cannot win in context
MAX_MEMO = 20_000
BOUND_BEFORE = frozenset(" \n")  # what may stand beside a token judged here ("" at the text's ends)
BOUND_AFTER = frozenset(" \n.,;:!?")


def _readings(low: str, lexicon, channel, table, index) -> tuple:
    """(channel cost of the token read as itself, (cost, word) of each common reading one edit
    away that is no å/ä/ö twin of it); () where there is no such reading or the token has
    twins that are words."""
    if len(lexicon.by_key(fold(low))) > 1:
        return ()  # (its å/ä/ö twins that are words: the context pass's choice)
    kept = _word_cost(low, tuple((c, c, None) for c in low), channel)
    found = tuple((c, w) for c, w in readings(low, lexicon, channel, table, index, kept - MAX_CHANNEL, 1)
                  if fold(w) != low and (lexicon.logf(w) or -99.0) >= COMMON_LOGF)
    return (kept, found) if found else ()


def real_word_edits(text: str, tokens, models) -> None:
    """Hook of the engine, before the context pass: short listed words on damaged pages read
    as the common word one glyph away that context favours."""
    lm = models.lm
    if lm is None:
        return
    lexicon = models.lexicon
    channel = models.channels["eng"]
    table = models.derived(_readings_of, _readings_of)
    index = _CommonKeys(lexicon)
    memo = store_memo(models, "real-word readings")
    logf = lexicon.logf
    n = len(tokens)
    for i, t in enumerate(tokens):
        low = t.text
        if not MIN_LETTERS <= len(low) <= MAX_LETTERS or t.choice is not None:
            continue  # (the cheapest tests first: this runs over every token)
        lf = logf(low)
        if lf is None or lf >= MAX_KEPT_LOGF or not t.active or not t.examined or not low.isalpha() or not low.islower():
            continue
        after = text[t.end:t.end + 1]
        if (after and after not in BOUND_AFTER) or (t.start and text[t.start - 1] not in BOUND_BEFORE):
            continue  # in quotes or brackets, hyphened, joined to signs: a literal, a name's or a code's part
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i > 0 else 0, t.start)
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < n else len(text))
        context = lm.logp(low, prev) + lm.logp(nxt, low)
        if context > CONTEXT_FLOOR:
            continue  # the word reads well where it stands
        found = memo.get(low)
        if found is None:
            found = bounded_put(memo, low, _readings(low, lexicon, channel, table, index), MAX_MEMO)
        if not found:
            continue
        kept_cost, cands = found
        kept = kept_cost + context
        scored = sorted(((c + lm.logp(w, prev) + lm.logp(nxt, w), w) for c, w in cands), reverse=True)
        best, word = scored[0]
        if best - kept <= MARGIN or (len(scored) > 1 and best - scored[1][0] <= GAP):
            continue
        t.choice = (word, round(best - kept, 3), "context:edit")
