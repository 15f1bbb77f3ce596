"""A capital S opening a word inside a sentence: a typewriter face's ö (or ä) at a word's start.

In a monospaced face (Nimbus Mono PS, Courier) Tesseract's English model reads a lower-case ö
that opens a word as a capital S ("att Ska byggandet" for "öka", "Snsketdnkande"), or as an S
before its usual reading of the ö ("S6vertas", "SOverskott"), or doubles an opening s
("Sskattemedel"). The word model reads tokens in lower case and never sees the capital: "ska"
is a word. Here a token on a damaged page that opens with a capital S, the rest in lower case,
after a word in lower case (inside a sentence, where a capital is rare), is read three ways:
as itself, with the S as an ö (the table's reading of it), and without the S; each is scored as
channel x bigram model over both neighbours, and a reading replaces the token only by the
noisy channel's margins over keeping it and over the runner-up. Names stand: a reading must be
a listed word, and a token the lexicon of names knows is kept.
"""

from __future__ import annotations

import bisect
import math

from docparse.repair.neighbours import neighbour_form
from docparse.repair.noisy import GAP, MARGIN, OTHER_INDEL
from docparse.repair.unknown import IMPLAUSIBLE_PENALTY
from docparse.sv.lm import SENT

OPENING_S = "font:S"  # the reason of its choices (the engine keeps them in lower case)
STAND_IN = "6"  # the English model's commonest sign for ö: the word model reads the rest with it
MARK = "ö"
MIN_LENGTH = 3
# log10 P(S | s): an s read as a capital S. The table is kept in lower case; its English-model
# rows as counted (models/ocr_confusions.tsv) have s read as S 17 times in 8,366, about as often
# as ö read as S or s (5 in 3,000): the capital alone does not tell them apart, context does.
CAPITAL_S = -2.7
MAX_READINGS = 3  # of each way of reading the S: the word model's best few


def _readings(low: str, repairer, lexicon, channel) -> list[tuple[float, str]]:
    """(log10 P(token | word), word) for the listed words ``low`` (lower case, opening "s")
    may be a reading of with its S as an ö, or without the S."""
    as_mark = channel.logp.get((MARK, "s"))  # (the table is kept in lower case)
    stand_in = channel.logp.get((MARK, STAND_IN))
    out: dict[str, float] = {}
    ways = [(STAND_IN + low[1:], None if as_mark is None or stand_in is None else as_mark - stand_in)]
    if low[1] == "s" or (MARK, low[1]) in channel.proposable:
        # an S put in before an s ("Sskattemedel") or before the ö's own reading ("S6vertas",
        # "SOverskott", "Sokning"); before any other letter ("Sverige") no reading of a word
        ways.append((low[1:], OTHER_INDEL))
    for tok, shift in ways:
        if shift is None:
            continue
        lf = lexicon.logf(tok)
        if lf is not None and tok != low:
            out[tok] = max(out.get(tok, -math.inf), channel_identity(tok, channel) + shift)
        _ident, ranked = repairer.score_candidates(tok)
        for s, w, how in ranked[:MAX_READINGS]:
            wf = lexicon.logf(w)
            if how != "lexicon" or wf is None or w == low:
                continue
            out[w] = max(out.get(w, -math.inf), s - wf + shift)
    return [(c, w) for w, c in out.items()]


def channel_identity(tok: str, channel) -> float:
    """log10 P(tok | tok): every sign read as itself."""
    return sum(channel.cost(c, c) for c in tok)


def opening_s(text: str, tokens, models, repairer) -> None:
    """Hook of the engine: tokens on damaged pages opening with a capital S inside a sentence
    read as the ö a typewriter face's S may be, or without the S, where context says so."""
    lm, lexicon = models.lm, models.lexicon
    if lm is None:
        return
    channel = models.channels["eng"]
    n = len(tokens)
    # The text's S's, found by str.find (most tokens open with no S, and a test of each costs
    # more than the pass), then the tokens they open.
    starts = []
    pos = text.find("S")
    while pos != -1:
        starts.append(pos)
        pos = text.find("S", pos + 1)
    # (the tokens' starts listed once: a bisection by a key function called it at each step,
    # and a list of members' parties, "(S)", has an S on every line)
    token_starts = [t.start for t in tokens] if starts else []
    for s in starts:
        i = bisect.bisect_left(token_starts, s)
        if i >= n or tokens[i].start != s:
            continue  # (an S inside a token)
        t = tokens[i]
        tok = t.text
        if tok[:1] != "S" or len(tok) < MIN_LENGTH or not t.active or not t.examined or not tok[2:].islower():
            continue
        if i == 0 or not tokens[i - 1].text[:1].islower():
            continue
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end, t.start)
        if prev == SENT:
            continue
        low = tok.lower()
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < n else len(text))
        found = _readings(low, repairer, lexicon, channel)
        if not found:
            continue
        # kept: the word as the word model decided it
        cur = t.current()
        kept_channel = channel_identity(low[1:], channel)
        if cur != low:
            # the word model's reading of it (an ö put back: "Skande" as "sökande"), at its channel
            _ident, ranked = repairer.score_candidates(low)
            kept_channel = next((s - (lexicon.logf(w) or 0.0) for s, w, _how in ranked if w == cur), kept_channel)
        kept = CAPITAL_S + kept_channel + lm.logp(cur, prev) + lm.logp(nxt, cur)
        if lexicon.logf(cur) is None:
            # an unknown token, as noisy.py weighs it: one with letter sequences Swedish words
            # do not use is a misreading far more often than an unlisted word
            kept -= repairer.implausibility(cur)
            chars = models.char_model
            if chars is not None and not chars.plausible(cur):
                kept -= IMPLAUSIBLE_PENALTY
        scored = sorted(((c + lm.logp(w, prev) + lm.logp(nxt, w), w) for c, w in found), reverse=True)
        best, word = scored[0]
        if best - kept <= MARGIN or (len(scored) > 1 and best - scored[1][0] <= GAP):
            continue
        if tok in models.names.entries:
            continue  # a given name (asked last: most texts have no S to mend, and no need to load them)
        t.choice = (word, round(best - kept, 3), OPENING_S)
