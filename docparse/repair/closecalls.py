"""The word model's close calls, decided by the bigram model over both neighbours.

The word model reads each token alone: where two listed words explain it almost equally well
("dar": "där" with a kept, "är" with "da" for ä), it takes the commoner, and the context pass
weighs only the same-length å/ä/ö twins of that choice. Here a token the word model changed
with a gap under CLOSE to its runner-up has its few best listed readings within CLOSE of the
choice scored as the noisy channel in context: log P(token | reading) (the word model's score
less the reading's frequency) + log P(reading | previous word) + log P(next word | reading),
and where the bigrams leave the choice open, by the trigrams over the two words each side as
the context pass reads them (LanguageModel.window_logps: "teater är inte", where the bigrams
barely prefer it to "teater där inte"); a reading replaces the choice only by the context
pass's margin.
"""

from __future__ import annotations

import math

from docparse.repair.neighbours import beyond, form, neighbour, neighbour_form, open_choice

CLOSE = 1.0  # log10: the word model's gap under which its runner-ups are judged in context
# A short token holding a unit of two or three signs the table reads as one letter ("dar": "da"
# for ä) has readings of another length that the word model's narrow stages never weigh: it
# settles "dar" as "där" before the stage that reads "är". Its runner-up of the widest search is
# judged in context when within WIDE_CLOSE of the choice (tuned on the tuning fold: 1.3-1.5 the
# same, 2.0 worse).
SHORT = 4
WIDE_CLOSE = 1.5
MAX_READINGS = 4
MARGIN = 0.5  # log10, as the context pass's on a damaged page
# One sense per collocation in a document: a reading the text has elsewhere after the same
# content word ("Xs län" once decided, "Xs ldn" later) gains this much (log10).
SAME_PAIR = 1.0
MIN_PAIR_WORD = 5


def _pairs(text: str, tokens) -> dict[tuple[str, str], int]:
    """The text's pairs of a content word (MIN_PAIR_WORD letters or more) and the word after it,
    as now decided, counted."""
    out: dict[tuple[str, str], int] = {}
    for i in range(1, len(tokens)):
        p = tokens[i - 1]
        if len(p.choice[0] if p.choice else p.text.lower()) < MIN_PAIR_WORD:
            continue  # (most words: too short to count, whatever stands between; the model's
            # form of a word is never shorter than the word as decided, nor is a mark five letters)
        prev = neighbour_form(text, tokens, i - 1, p.end, tokens[i].start)
        if len(prev) >= MIN_PAIR_WORD and prev.isalpha():
            key = (prev, tokens[i].current())
            out[key] = out.get(key, 0) + 1
    return out


def close_calls(text: str, tokens, models, repairer) -> None:
    """Hook of the engine, before the context pass: re-decide the word model's close calls."""
    lm, lexicon = models.lm, models.lexicon
    if lm is None:
        return
    n = len(tokens)
    pairs: dict[tuple[str, str], int] | None = None  # the text's (word, next word) pairs, when first needed
    for i, t in enumerate(tokens):
        if t.gap is None or t.choice is None or t.choice[2] != "confusion" or not t.active:
            continue
        close = CLOSE
        if t.gap >= CLOSE:
            if len(t.text) > SHORT or not repairer.holds_unit(t.text.lower()):
                continue
            close = WIDE_CLOSE  # (a short token holding a unit of signs read as one letter)
        low, cur = t.text.lower(), t.choice[0]
        ident, ranked = repairer.score_candidates(low)
        if not ranked:
            continue
        if ranked[0][1] != cur:
            # The word model settled at a narrow stage on a close call ("daven" as the rare
            # "däven", barely better than the token kept) or on a short token holding a unit of
            # signs ("saa" as the rare "såå"); its widest search reads better ("även": "da" for
            # ä; "så": "aa" for å). The widest stage's best few are judged against the choice.
            if not any(w == cur for _s, w, _how in ranked[:MAX_READINGS]):
                continue  # (a choice another stage made: settled there)
            first = repairer.best(low)
            if first is None or first.word != cur:
                continue  # (the text's own reading of a sign, "stér" as "står": adapted, settled)
        else:
            runner = ranked[1][0] if len(ranked) > 1 else -math.inf
            if low != cur and lexicon.logf(low) is not None:
                runner = max(runner, ident)  # (the token kept as read, a listed word, is a runner-up too)
            if ranked[0][0] - runner >= close:
                continue
        cands = []
        for s, w, how in ranked[:MAX_READINGS]:
            lf = lexicon.logf(w)
            if how != "lexicon" or lf is None or (s < ranked[0][0] - close and w != cur):
                continue
            cands.append((s - lf, w))
        low_logf = lexicon.logf(low)
        if low_logf is not None and low != cur and ident >= ranked[0][0] - close and all(w != low for _c, w in cands):
            # the token as read, a listed word the word model changed by a hair ("hinder" as the
            # commoner "händer"): kept is a reading too
            cands.append((ident - low_logf, low))
        if len(cands) < 2 or not any(w == cur for _c, w in cands):
            continue
        prev_tok = neighbour(text, tokens, i - 1, tokens[i - 1].end if i else 0, t.start)
        next_tok = neighbour(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < n else len(text))
        prev, nxt = form(prev_tok), form(next_tok)
        if pairs is None:
            pairs = _pairs(text, tokens)
        words = [w for _c, w in cands]
        lms = [lm.logp(w, prev) + lm.logp(nxt, w) for w in words]
        if open_choice(lms):
            # the bigrams leave it open: the two words each side, where some reading's trigram was
            # counted, as the context pass reads them ("teater är inte", not "teater där inte")
            far_prev, far_next = beyond(text, tokens, i, -1, prev_tok), beyond(text, tokens, i, 1, next_tok)
            lms = lm.window_logps(words, None if far_prev is None else form(far_prev), prev, nxt,
                                  None if far_next is None else form(far_next))
        scored = sorted(((c + lp + (SAME_PAIR if pairs.get((prev, w), 0) > (w == cur) else 0.0), w)
                         for (c, w), lp in zip(cands, lms)), reverse=True)
        cur_score = next(s for s, w in scored if w == cur)
        best, word = scored[0]
        if word != cur and best - cur_score > MARGIN:
            t.choice = (word, round(best - cur_score, 3), "context:close")
