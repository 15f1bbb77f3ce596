"""Unknown tokens the learned confusion table cannot map back, read by a general noisy channel
in context.

The word model proposes only confusions its table saw often enough; a scan's odd damage
("cvklister": y read as v, "lararc": a stray c, "utbildnimg") is out of its reach, and the token
is kept as read. Here a token that is no listed word is searched once more: the table's readings of every
OCR unit (also those seen too rarely to propose) plus at most ``MAX_EDITS`` generic edits with a
cost per character (a substitution by glyph shape, a thin glyph put in or dropped, any other
letter dearer; one edit for a token the letter-trigram model of Swedish, docparse.sv.chars,
finds plausible, which may be an unlisted word). The candidates are the few listed words a
deletion index (docparse.sv.deletions) finds near the token; the search aligns the token with
those alone. Each is scored as channel x word language model over both neighbours, and replaces
the token only with a clear margin over keeping it and over the runner-up (a smaller one for a
long token the text holds once: ``LONG_MARGIN``).
"""

from __future__ import annotations

import bisect
import math
from typing import Any

from docparse.repair.memo import bounded_put, store_memo
from docparse.repair.neighbours import neighbour_form
from docparse.repair.unknown import IMPLAUSIBLE_PENALTY
from docparse.repair.words import OOV_LOGF, _unchain
from docparse.sv.lexicon import fold
from docparse.sv.lm import SENT

MAX_EDITS = 2  # generic edits per token: beyond two, most tokens reach some listed word
PLAUSIBLE_EDITS = 1
SHORT = 7  # a shorter token is read through one generic edit at most: two reach too many words
MIN_LETTERS = 4  # shorter tokens: a generic edit or two makes too many words
# log10 cost of one generic edit. Glyphs of one shape class are confused far more often than
# any two letters; a thin glyph (i, l, t, r, f, j) is what a stroke of noise or a broken letter
# adds or loses.
SHAPE_SUB = -2.5
THIN_INDEL = -2.5
OTHER_SUB = -3.5
OTHER_INDEL = -3.5
MIN_TABLE_LOGP = -4.0  # the table's readings rarer than this are no help: a generic edit costs as much
IDENTITY_LOGP = math.log10(0.999)
SHAPES = ("iltfjr", "nmhu", "ceoa", "vyw", "gqy", "bhk", "cdl", "rn")
THIN = frozenset("iltfjr1|!")
MARGIN = 2.0  # log10: how much better in context than the token kept as read
GAP = 1.0  # log10: how much better in context than the runner-up reading
TOP_LOGF = -1.0  # log10 frequency of the commonest words (och, i, att)
MAX_KEYS = 8  # keys near a token aligned with it, the commonest first
MAX_READINGS = 8  # the readings scored in context: the rest are far rarer or dearer
MAX_STEPS = 20_000  # search steps per token: a long garbage token must not take long
MAX_MEMO = 50_000
# A long token no listed word is, read once in the text, is a misreading far more often than an
# unlisted word: few of those are one cheap edit from a listed word. It needs a smaller margin;
# one the text repeats as read, or a part of a hyphened word ("xserver-paketet"), is likelier a
# word of its own (a compound, a name, a command) and needs MARGIN.
LONG = 8
LONG_MARGIN = 0.5


def _shapes() -> dict[str, str]:
    """Letter -> the letters of its shape classes."""
    out: dict[str, str] = {}
    for group in SHAPES:
        for a in group:
            out[a] = out.get(a, "") + "".join(b for b in group if b != a and b not in out.get(a, ""))
    return out


SHAPE_OF = _shapes()


def _table_readings(channel) -> dict[str, tuple[dict[str, tuple[float, int]], list[tuple[str, float, int]]]]:
    """OCR unit -> its readings in the table that matter: (folded letter -> (log10 P(ocr | truth),
    1 if too rare to propose else 0), the best of the truths folding to it; [(folded truth of
    another length, log10 P, rare)]). A rare one counts as an edit."""
    out: dict[str, tuple[dict, list]] = {}
    for (truth, ocr), lp in channel.logp.items():
        if not ocr or truth == ocr or lp < MIN_TABLE_LOGP:
            continue
        rare = int((truth, ocr) not in channel.proposable)
        folded = fold(truth)
        single, other = out.setdefault(ocr, ({}, []))
        if len(folded) != 1:
            other.append((folded, lp, rare))
        elif folded != ocr and (folded not in single or lp > single[folded][0]):
            single[folded] = (lp, rare)
    return out


def search(tok: str, children: dict[str, str], readings, floor: float,
           max_edits: int = MAX_EDITS) -> dict[str, tuple[float, tuple]]:
    """Strings ``tok`` may be a reading of, walked only along the prefixes ``children`` has
    (prefix -> the letters that may follow it) -> (best optimistic channel cost, the segments:
    (ocr unit, key piece, generic cost or None for the table's)). Paths whose channel cost
    falls below ``floor`` are dropped."""
    n = len(tok)
    out: dict[str, tuple[float, tuple]] = {}
    # A branch's segments are kept as a chain (earlier chain, last segment), made a tuple only
    # where a key is recorded: pushing one is then no copy of all before it.
    stack: list[tuple[int, str, float, int, Any]] = [(0, "", 0.0, 0, None)]
    push, pop = stack.append, stack.pop
    budget = MAX_STEPS
    best: dict[tuple[int, str, int], float] = {}  # a state reached more cheaply is not walked again
    best_get = best.get
    while stack and budget:
        budget -= 1
        i, key, cost, edits, segs = pop()
        state = (i, key, edits)
        if best_get(state, -math.inf) >= cost:
            continue
        best[state] = cost
        after = children.get(key, "")
        if i == n:
            old = out.get(key)
            if old is None or cost > old[0]:
                out[key] = (cost, _unchain(segs))
        may_edit = edits < max_edits
        if i < n:
            c = tok[i]
            ident = fold(c)
            if ident in after:
                push((i + 1, key + ident, cost + IDENTITY_LOGP, edits, (segs, (c, ident, None))))
            table = readings.get(c)
            for k in (1, 2, 3):
                unit = tok[i:i + k] if k > 1 else c
                if k > 1:
                    if len(unit) < k:
                        break
                    table = readings.get(unit)
                if table is None:
                    continue
                single, other = table
                for x in after if single else ():
                    hit = single.get(x)
                    if hit is not None and x != ident and cost + hit[0] >= floor and (may_edit or not hit[1]):
                        push((i + k, key + x, cost + hit[0], edits + hit[1], (segs, (unit, x, None))))
                for folded, lp, rare in other:
                    if cost + lp >= floor and (may_edit or not rare) and key + folded in children:
                        push((i + k, key + folded, cost + lp, edits + rare, (segs, (unit, folded, None))))
            single = readings[c][0] if c in readings else {}
            if may_edit:
                # another glyph read for it: one of the same shape, or any letter (dearer)
                for x in after:
                    if x == ident or x in single:
                        continue  # (the table's reading, or none)
                    g = SHAPE_SUB if x in SHAPE_OF.get(c, "") else OTHER_SUB
                    if cost + g >= floor:
                        push((i + 1, key + x, cost + g, edits + 1, (segs, (c, x, g))))
                # a glyph that is no letter of the word: mostly a thin one, or a letter doubled
                g = THIN_INDEL if c in THIN or (i and tok[i - 1] == c) else OTHER_INDEL
                if cost + g >= floor:
                    push((i + 1, key, cost + g, edits + 1, (segs, (c, "", g))))
        if not may_edit or (segs is not None and segs[1][0] == ""):
            continue
        # a letter the reading lost: mostly a thin one, or the second of a double
        for x in after:
            g = THIN_INDEL if x in THIN or key[-1:] == x else OTHER_INDEL
            if cost + g >= floor:
                push((i, key + x, cost + g, edits + 1, (segs, ("", x, g))))
    return out


def prefix_tree(keys) -> dict[str, str]:
    """Prefix -> the letters that follow it in some of ``keys`` (a key's end: "")."""
    nexts: dict[str, set[str]] = {}
    for k in keys:
        for i in range(len(k)):
            nexts.setdefault(k[:i], set()).add(k[i])
        nexts.setdefault(k, set())
    return {p: "".join(sorted(s)) for p, s in nexts.items()}


def _word_cost(word: str, segs, channel) -> float:
    """log10 P(token | word) along the segments (word folds to their key)."""
    cost, pos = 0.0, 0
    logp = channel.logp
    for ocr, piece, generic in segs:
        truth = word[pos:pos + len(piece)]
        pos += len(piece)
        if generic is not None:
            cost += generic
        elif truth == ocr:
            lp = logp.get((truth, ocr))
            cost += IDENTITY_LOGP * len(truth) if lp is None else lp
        else:
            lp = logp.get((truth, ocr))
            cost += SHAPE_SUB if lp is None else lp  # (a/å, o/ö: the fold's letter, unlisted)
    return cost


def readings(tok: str, lexicon, channel, table, index, floor: float,
             max_edits: int = MAX_EDITS) -> tuple[tuple[float, str], ...]:
    """(log10 P(tok | word), word) for the indexed words ``tok`` may be a reading of through at
    most ``max_edits`` generic edits, at a channel cost above ``floor``: the MAX_READINGS best by
    channel x frequency, best first. The index names the few keys near the token (its signs that
    are no letters read as the letters the table says they mostly are); the search then aligns
    the token with those alone."""
    readings_table, premap = table
    keys = index.near(tok.translate(premap), max_edits)
    if not keys:
        return ()
    if len(keys) > MAX_KEYS:
        # a short token is near many keys: the commonest words among them are worth aligning
        logf = lexicon.logf
        # (ties broken by the key itself: a set's order changes with the process's hash seed)
        keys = set(sorted(keys, key=lambda k: (max((logf(w) or -99.0 for w in lexicon.by_key(k)), default=-99.0), k),
                          reverse=True)[:MAX_KEYS])
    out: dict[str, float] = {}
    for key, (_cost, segs) in search(tok, prefix_tree(keys), readings_table, floor, max_edits).items():
        if key not in keys:
            continue
        for w in lexicon.by_key(key):
            if lexicon.logf(w) is None:
                continue
            c = _word_cost(w, segs, channel)
            if c > out.get(w, -math.inf):
                out[w] = c
    ranked = sorted(out.items(), key=lambda wc: (wc[1] + lexicon.logf(wc[0]), wc[0]), reverse=True)
    return tuple((c, w) for w, c in ranked[:MAX_READINGS])


def noisy_tokens(text: str, tokens, judged, models, repairer) -> None:
    """Hook of the engine: tokens on damaged pages the word model kept as read and no listed
    word, in lower case (or capitalised at a sentence's start, or anywhere when implausible as
    Swedish), read by the general channel in context."""
    chars, lm, index = models.char_model, models.lm, models.deletions
    if chars is None or lm is None or index is None:
        return
    lexicon = models.lexicon
    todo = []
    for t in judged:
        if t.choice is not None or not t.examined:
            continue
        tok = t.text
        # lower case (a capital inside, "utbildNimg", is the engine's noise), or capitalised
        if len(tok) < MIN_LETTERS or not (tok[0].islower() or tok[1:].islower()):
            continue
        low = tok.lower()
        if sum(map(str.isalpha, low)) < MIN_LETTERS or lexicon.logf(low) is not None:
            continue
        todo.append((t, low))
    if not todo:
        return
    channel = models.channels["eng"]
    table = models.derived(_readings_of, _readings_of)
    memo = store_memo(models, "noisy readings")
    seen: dict[str, int] = {}  # how often the text holds each token as read
    for _t, low in todo:
        seen[low] = seen.get(low, 0) + 1
    for t, low in todo:
        i = bisect.bisect_left(tokens, t.start, key=_start)
        prev_end = tokens[i - 1].end if i > 0 else 0
        prev = neighbour_form(text, tokens, i - 1, prev_end, t.start)
        # a capital inside a sentence: mostly a name (unless no Swedish letters could spell it)
        named = t.text[0].isupper() and prev != SENT
        if named and chars.plausible(low):
            continue
        found = memo.get(low)
        if found == ():
            continue  # (most tokens asked again: no reading)
        # the word model's score of the token as read, as an unknown word; one with a letter
        # sequence Swedish words do not use is a misreading far more often (as unknown.py has it)
        plausible = chars.plausible(low)
        kept = OOV_LOGF - repairer.implausibility(low) + _word_cost(low, tuple((c, c, None) for c in low), channel)
        if not plausible:
            kept -= IMPLAUSIBLE_PENALTY
        if found is None:
            # a reading whose channel costs more than the commonest word's frequency can make
            # up for cannot win
            # A token Swedish letters could spell may be an unlisted word (a name, a compound,
            # the printed text's own slip): it is read through one generic edit at most.
            edits = PLAUSIBLE_EDITS if plausible or len(low) < SHORT else MAX_EDITS
            floor = kept + MARGIN - TOP_LOGF
            found = bounded_put(memo, low, readings(low, lexicon, channel, table, index, floor, edits), MAX_MEMO)
        if not found:
            continue
        next_start = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
        nxt = neighbour_form(text, tokens, i + 1, t.end, next_start)
        context = lm.logp(low, prev) + lm.logp(nxt, low) - OOV_LOGF
        scored = sorted(((c + lm.logp(w, prev) + lm.logp(nxt, w), w) for c, w in found), reverse=True)
        best, word = scored[0]
        hyphened = text[t.end:t.end + 1] == "-" or (t.start > 0 and text[t.start - 1] == "-")
        margin = LONG_MARGIN if len(low) >= LONG and seen[low] == 1 and not hyphened else MARGIN
        if best - (kept + context) <= margin or (len(scored) > 1 and best - scored[1][0] <= GAP):
            continue
        if plausible:
            # Swedish letters could spell it: the word model may know it as a compound of
            # listed parts (asked only now: few tokens get this far)
            kept = max(kept, repairer.score_candidates(low)[0])
            if best - (kept + context) <= margin:
                continue
        if named and word.capitalize() in models.names.entries:
            continue  # one person's name for another: the spellings of names are many
        t.choice = (word, round(best - kept - context, 3), "noisy")


def _start(token) -> int:
    return token.start


def _readings_of(models) -> tuple[dict, dict]:
    """The table readings of the store's English-model channel, and the letter (folded) each
    sign that is no letter is mostly a reading of ("6": ö, "é": ö, "&": ä)."""
    table = _table_readings(models.channels["eng"])
    premap = {}
    for ocr, (single, _other) in table.items():
        if len(ocr) == 1 and not ("a" <= ocr <= "z") and single:
            folded = max(single, key=lambda x: single[x][0])
            if "a" <= folded <= "z":
                premap[ord(ocr)] = folded
    return table, premap
