"""Word-level repair: propose lexicon words an OCR token may stand for, scored by frequency x confusion."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from docparse.repair.memo import bounded_put, per_lexicon
from docparse.sv.confusions import UNSEEN_IDENTITY, Channel
from docparse.sv.lexicon import BEGIN, END, MIDDLE, SWEDISH_LETTERS, Lexicon, fold

# Bump when a change here alters decisions: precomputed ones (models/build_repair_cache.py)
# then stop matching and are ignored until rebuilt.
DECISION_VERSION = 9
OOV_LOGF = -9.0  # log10 "frequency" of a token that is no word we know (names, rare compounds)
MAX_LETTER_SUBS = 2  # substitutions of ordinary letters (d->ä, i->ä, l<->i) per token
MAX_SUBS = 5
# Ordinary-letter misreadings rarer than 1 in 1000 (e for m, t for r) are not proposed: they
# multiply the readings searched and would need overwhelming evidence to win anyway.
MIN_LETTER_LOGP = -3.0
MAX_VARIANTS = 300
MAX_STEPS = 3000
MAX_TOKEN = 40
MAX_CACHE = 300_000  # decisions kept per repairer before the cache starts over
MAX_WIDEST = 5_000  # widest-stage candidate lists kept per repairer
MAX_OPTS_MEMO = 20_000  # tokens' reading options kept (a pure function of the token and channel)
ODD_PAIR_PENALTY = 2.0  # log10 per letter pair (at most two) that Swedish words do not use
TRIPLED = re.compile(r"([^\W\d_])\1\1+")
COMMON_KNOWN_LOGF = -4.0
RARE_SHORT_LOGF = -5.0  # a short word this rare ("fr") may be a common one missing a letter
MIN_PART = 3  # shortest compound part we trust
COMPOUND_PENALTY = 1.0  # log10 per extra part: a split is a guess, a listed word is not
COMPOUND_ONLY_LOGF = -6.5  # score of a linking form (förvaltnings-) that is never a word alone
UNSEEN_IDENTITY_LOGP = math.log10(UNSEEN_IDENTITY)  # Channel.cost of a character read as itself, unlisted
# Folded key -> its lexicon entries that may stand as a compound's first or middle part, and
# those that may end one: a function of the lexicon alone (which never changes once read),
# kept per lexicon for the process, bounded. Most keys a compound analysis meets have entries
# in neither role.
_OPENING_PARTS = "compound opening parts"  # per_lexicon memos
_CLOSING_PARTS = "compound closing parts"
MAX_PARTS_MEMO = 200_000


def _best_chain(parts: list, n: int, memo: dict, a: int, depth: int, letters_left: int):
    """Best (min logf, cost, text) for the token's letters from ``a`` as the compound parts
    ``parts`` found (WordRepairer.compound), the last one an end part; ``memo`` by (a, depth,
    letters_left). (A function of its own, not a closure: a recursive closure is a reference
    cycle, left with its memo and parts to the garbage collector after each analysis.)"""
    mk = (a, depth, letters_left)
    if mk in memo:
        return memo[mk]
    best = None
    for (b, letters, need), p in (parts[a] or {}).items():
        if letters > letters_left:
            continue
        if need == END:
            if b != n or depth == 0:
                continue  # one part is the whole word: the lexicon path handled that
            cand = p
        else:
            if b >= n or depth >= 3:
                continue
            rest = _best_chain(parts, n, memo, b, depth + 1, letters_left - letters)
            if rest is None:
                continue
            cand = (min(p[0], rest[0]) - COMPOUND_PENALTY, p[1] + rest[1], p[2] + rest[2])
        if best is None or cand[0] + cand[1] > best[0] + best[1]:
            best = cand
    memo[mk] = best
    return best


def _unchain(chain) -> tuple[tuple[str, str], ...]:
    """The segments of a search branch's chain (earlier chain, last segment), first first."""
    segs = []
    while chain is not None:
        chain, seg = chain
        segs.append(seg)
    segs.reverse()
    return tuple(segs)


@dataclass(frozen=True)
class Choice:
    word: str  # lower case
    score: float  # log10 odds of the choice against keeping the token
    reason: str
    gap: float = 0.0  # log10 odds against the runner-up reading


@dataclass(frozen=True)
class Settings:
    """How much evidence a change needs; damaged pages need little, clean ones a lot."""

    name: str
    confusion_penalty: float  # log10 added per non-identity confusion
    known_margin: float  # a token that is a word changes only if beaten by this much
    oov_margin: float  # an unknown token changes only if beaten by this much
    change_known: bool


DAMAGED = Settings("damaged", 0.0, 0.0, 0.0, True)
CLEAN = Settings("clean", -1.5, math.inf, 1.5, False)


class WordRepairer:
    """Context-free best reading of single tokens, cached per token."""

    def __init__(self, lexicon: Lexicon, channel: Channel, settings: Settings, letter_pairs=frozenset(), decisions=None):
        self.letter_pairs = letter_pairs
        self.decisions = decisions  # precomputed best() results for common tokens
        self._char_opts: dict[str, list] = {}
        self._compound_tok: tuple[str, int] | None = None
        self._compound_res: tuple[float, str] | None = None
        self._opts_memo: dict[str, list] = {}
        self._widest: dict[str, tuple[float, list]] = {}  # score_candidates of the widest stage
        self._multi = frozenset(u for u in channel.inverse if len(u) > 1)
        self._multi_heads = frozenset(u[0] for u in self._multi)
        # Only the letters an English model loses are put back: any other letter would
        # turn every short token into some word ("nd" into "and").
        self._dropped = sorted({fold(t) for (t, o) in channel.proposable if o == "" and t in SWEDISH_LETTERS})
        self.lex = lexicon
        self.ch = channel
        self.settings = settings
        self.cache: dict[str, Choice | None] = {}
        self._staged: tuple[str, list] | None = None  # (token, variants of each stage) for _best
        self._ident: tuple[str, tuple] | None = None  # (token, _identity of it)

    # -- variants -----------------------------------------------------------------------
    def implausibility(self, tok: str) -> float:
        """log10 penalty for an unknown token holding letter pairs Swedish words do not use."""
        if not self.letter_pairs:
            return 0.0
        m = "^" + tok + "$"
        odd = sum(1 for i in range(len(m) - 1) if m[i : i + 2] not in self.letter_pairs)
        return ODD_PAIR_PENALTY * min(odd, 2)

    def _char_options(self, c: str) -> list[tuple[int, str, str, bool, bool, tuple[str, str]]]:
        opts = self._char_opts.get(c)
        if opts is None:
            ident = fold(c)
            opts = [(1, c, ident, False, False, (c, ident))]
            for truth, lp in self.ch.inverse.get(c, ()):
                folded = fold(truth)
                is_letter = c.isalpha() and c.isascii()
                if is_letter and lp < MIN_LETTER_LOGP:
                    continue
                if folded != ident:  # same key as identity (a for ä): the word decides
                    opts.append((1, c, folded, True, is_letter, (c, folded)))
            self._char_opts[c] = opts
        return opts

    def options(self, tok: str) -> list[list[tuple[int, str, str, bool, bool, tuple[str, str]]]]:
        """Per position: (length, ocr unit, folded truth, is a substitution, of an ordinary
        letter, the segment (ocr unit, folded truth)), identity first."""
        out = self._opts_memo.get(tok)
        if out is not None:
            return out
        char_opts, heads, at = self._char_opts.get, self._multi_heads, self._options_at
        out = []
        for i, c in enumerate(tok):
            opts = char_opts(c)  # (_char_options inlined for the memo's hits)
            if opts is None or c in heads:  # (most characters begin no unit of two or three)
                opts = at(tok, i)
            out.append(opts)
        return bounded_put(self._opts_memo, tok, out, MAX_OPTS_MEMO)

    def _options_at(self, tok: str, i: int) -> list[tuple[int, str, str, bool, bool, tuple[str, str]]]:
        """options(tok)[i]: the readings of the character at ``i`` and of the units of two or
        three characters starting there."""
        opts = self._char_options(tok[i])
        if tok[i] in self._multi_heads:
            inverse, multi, n = self.ch.inverse, self._multi, len(tok)
            for k in (2, 3):
                if i + k > n:
                    break
                unit = tok[i : i + k]
                if unit in multi:
                    is_letter = unit.isalpha() and unit.isascii()
                    opts = opts + [(k, unit, f, True, is_letter, (unit, f))
                                   for f, lp in ((fold(t), lp) for t, lp in inverse[unit])
                                   if not (is_letter and lp < MIN_LETTER_LOGP)]
        return opts

    def variants(self, tok: str, max_letter_subs: int = MAX_LETTER_SUBS) -> dict[str, tuple[tuple[str, str], ...]]:
        """Folded lookup keys the token may come from -> the segments (ocr unit, folded truth).

        A branch stops as soon as no lexicon entry starts with its key.
        """
        staged = self._staged
        if staged is not None and staged[0] == tok and max_letter_subs < len(staged[1]):
            out = staged[1][max_letter_subs]
            if out is not None:
                return out
        return self._variants(tok, max_letter_subs)[0][max_letter_subs]

    def _stage_variants(self, tok: str, last: int) -> None:
        """Search the token's readings once for the stages up to ``last`` of _best: variants()
        then answers each stage from it. Safe because a narrower stage's search is the wider
        one's with the branches of more letter substitutions cut, met in the same order; when
        a limit cut the wider search short, only its own stage is answered from it."""
        levels, complete = self._variants(tok, last)
        self._staged = (tok, levels if complete else [None] * last + [levels[last]])

    def _variants(self, tok: str, max_letter_subs: int) -> tuple[list[dict[str, tuple]], bool]:
        """variants() of every stage 0..``max_letter_subs`` from one search (the narrower
        stages' only if it ran to its end), and whether it ran to its end."""
        outs: list[dict[str, tuple[tuple[str, str], ...]]] = [{} for _ in range(max_letter_subs + 1)]
        out = outs[max_letter_subs]
        opts = self.options(tok)
        n = len(tok)
        lex, prefix_memo = self.lex, self.lex.prefix_memo  # (called directly: natively in a compiled build)
        # A branch's segments are kept as a chain (earlier chain, last segment) and made a tuple
        # only for a key that is recorded: most branches end before the token does.
        stack: list[tuple[int, str, Any, int, int]] = [(0, "", None, 0, 0)]
        limit = MAX_VARIANTS
        budget = MAX_STEPS  # hostile tokens ("éd6aié...") must not take seconds
        while stack and budget:  # (and len(out) < limit: tested below, where out grows)
            budget -= 1
            i, key, chain, subs, letters = stack.pop()
            if i == n:
                segs = None
                for level in range(letters, max_letter_subs + 1):
                    if key not in outs[level]:
                        if segs is None:
                            segs = _unchain(chain)
                        outs[level][key] = segs
                if len(out) >= limit:
                    break
                continue
            may_sub = subs < MAX_SUBS
            may_letter = may_sub and letters < max_letter_subs
            for k, _unit, folded, sub, is_letter, seg in opts[i]:
                if sub and not (may_letter if is_letter else may_sub):
                    continue
                nkey = key + folded
                ok = prefix_memo.get(nkey)
                if ok is None:
                    ok = lex.viable(nkey)
                if ok:
                    stack.append((i + k, nkey, (chain, seg), subs + sub, letters + is_letter))
        return outs, not stack

    def has_listed_reading(self, tok: str, max_letter_subs: int) -> bool:
        """Does any key of variants(tok, max_letter_subs) fold a lexicon entry? The same search,
        met in the same order and cut by the same limits, without the segments, and ended at
        the first such key (the joins ask this of every pair they try; few have one)."""
        n = len(tok)
        # The options of a position made when the walk first reaches it: most walks end where
        # the two pieces meet.
        opts = self._opts_memo.get(tok) or [None] * n
        at = self._options_at
        lex, prefix_memo = self.lex, self.lex.prefix_memo
        seen: set[str] = set()
        stack: list[tuple[int, str, int, int]] = [(0, "", 0, 0)]
        limit = MAX_VARIANTS
        budget = MAX_STEPS
        while stack and budget:  # (and len(seen) < limit: tested below, where seen grows)
            budget -= 1
            i, key, subs, letters = stack.pop()
            if i == n:
                if key not in seen:
                    seen.add(key)
                    if lex.by_key(key):
                        return True
                    if len(seen) >= limit:
                        break
                continue
            may_sub = subs < MAX_SUBS
            may_letter = may_sub and letters < max_letter_subs
            here = opts[i]
            if here is None:
                here = opts[i] = at(tok, i)
            for k, _unit, folded, sub, is_letter, _seg in here:
                if sub and not (may_letter if is_letter else may_sub):
                    continue
                nkey = key + folded
                ok = prefix_memo.get(nkey)
                if ok is None:
                    ok = lex.viable(nkey)
                if ok:
                    stack.append((i + k, nkey, subs + sub, letters + is_letter))
        return False

    def insertions(self, tok: str, ident_segs) -> dict[str, int]:
        """Keys with one dropped character put back, from the table's deletion rows -> where
        it was put back (the first place that gives the key), where some lexicon entry starts
        with what precedes it. The segments are built by the caller, only for keys the lexicon
        has: most have none."""
        out: dict[str, int] = {}
        dropped = self._dropped
        key = "".join(f for _o, f in ident_segs)
        viable, known = self.lex.viable, self.lex.prefix_memo.get
        for p in range(len(ident_segs) + 1):
            head, tail = key[:p], key[p:]
            ok = known(head)
            if not (viable(head) if ok is None else ok):
                break  # no entry starts so: nor does any key put together further on
            for t in dropped:
                out.setdefault(head + t + tail, p)
        return out

    def channel_cost(self, word: str, segs) -> float:
        """log10 P(token | word) for a word whose folded form matches the segments' key."""
        cost, pos, pen = 0.0, 0, self.settings.confusion_penalty
        # Channel.cost inlined (this runs for every candidate of every reading): the same sums.
        logp, proposable = self.ch.logp, self.ch.proposable
        for ocr, folded in segs:
            end = pos + len(folded)
            truth = word[pos:end]
            pos = end
            if truth == ocr:
                c = logp.get((truth, ocr))
                cost += UNSEEN_IDENTITY_LOGP * len(truth) if c is None else c
            elif (truth, ocr) in proposable:
                cost += logp[(truth, ocr)] + pen
            else:
                return -math.inf
        return cost

    # -- decision -----------------------------------------------------------------------
    def best(self, tok: str) -> Choice | None:
        """The best reading of lower-case ``tok`` if it should change, else None."""
        hit = self.cache.get(tok, False)
        if hit is not False:
            return hit  # type: ignore[return-value]  # a Choice or None: False is the miss
        if len(self.cache) > MAX_CACHE:
            self.cache.clear()
        pre = self.decisions.get(tok) if self.decisions is not None else None
        if pre is not None:
            choice = None
            if pre[0]:
                word, score, reason, gap = pre[0].decode("utf-8").split("\t")
                choice = Choice(word, float(score), reason, float(gap))
        else:
            choice = self._best(tok) if len(tok) <= MAX_TOKEN else None
            choice = self._settle(tok, choice)
        self.cache[tok] = choice
        return choice

    def _settle(self, tok: str, choice: Choice | None) -> Choice | None:
        """Repair must be idempotent: a replacement that would itself be replaced (and has no
        å/ä/ö, which repair never revisits) is followed to where it rests, or dropped."""
        seen = {tok}
        while choice is not None and not SWEDISH_LETTERS.intersection(choice.word):
            if choice.word in seen:
                return None  # a cycle: leave the token as it is
            seen.add(choice.word)
            nxt = self._best(choice.word)
            if nxt is None:
                return choice
            if len(seen) > 3:
                return None
            choice = Choice(nxt.word, choice.score, choice.reason, choice.gap)
        return choice

    def _identity(self, tok: str, base: float | None) -> tuple[tuple[tuple[str, str], ...], float, float]:
        """The token read as itself: its segments, its channel cost, and its frequency (or the
        unknown word's, less its implausibility). The same for every stage of _best: kept for
        the last token asked."""
        if self._ident is not None and self._ident[0] == tok:
            return self._ident[1]
        ident_segs = tuple(zip(tok, fold(tok)))  # (the fold keeps each character's place)
        ident_cost = self.channel_cost(tok, ident_segs)
        if ident_cost == -math.inf:
            ident_cost = 0.0
        out = (ident_segs, ident_cost, base if base is not None else OOV_LOGF - self.implausibility(tok))
        self._ident = (tok, out)
        return out

    def score_candidates(self, tok: str, max_letter_subs: int = MAX_LETTER_SUBS) -> tuple[float, list[tuple[float, str, str]]]:
        """(identity score, [(score, word, how)] best first) for lower-case ``tok``."""
        widest = max_letter_subs == MAX_LETTER_SUBS
        if widest:
            # The widest stage, asked again of a token the word model kept (unknown.py): a
            # pure function of the token and this repairer's models, kept (not to be mutated).
            hit = self._widest.get(tok)
            if hit is not None:
                return hit
        lex = self.lex
        base = lex.logf(tok)
        variants = self.variants(tok, max_letter_subs)
        ident_segs, ident_cost, ident_base = self._identity(tok, base)
        cands: dict[str, tuple[float, str]] = {}
        by_key, keyed = lex.by_key, lex.key_memo.get
        for key, segs in variants.items():
            entries = keyed(key)  # (by_key inlined for the memo's hits: most keys tried have none)
            if entries is None:
                entries = by_key(key)
            for w in entries:
                if w == tok:
                    continue
                lf = lex.logf(w)
                if lf is None:
                    continue
                cost = self.channel_cost(w, segs)
                if cost == -math.inf:
                    continue
                s = lf + cost
                if w not in cands or s > cands[w][0]:
                    cands[w] = (s, "lexicon")
        ident = ident_base + ident_cost
        if max_letter_subs == 1 and (base is None or (len(tok) <= 3 and base < RARE_SHORT_LOGF)):
            # A character the engine dropped ("fr" for "för"): try putting one back, in the
            # stage of ordinary-letter damage, so both compete: "stdd" is "stöd" (d for ö)
            # rather than "Stödd" (an ö lost), because d for ö is the likelier misreading.
            for key, at in self.insertions(tok, ident_segs).items():  # at: the put-back letter
                entries = lex.by_key(key)
                if not entries:
                    continue
                segs = ident_segs[:at] + (("", key[at]),) + ident_segs[at:]
                for w in entries:
                    lf = lex.logf(w)
                    if lf is None or w[at] not in SWEDISH_LETTERS:
                        continue  # it was an å/ä/ö that went missing, not an "a" ("nd" is no "and")
                    cost = self.channel_cost(w, segs)
                    if cost != -math.inf and (w not in cands or lf + cost > cands[w][0]):
                        cands[w] = (lf + cost, "lexicon")
        if base is None:
            top = max((s for s, _ in cands.values()), default=-math.inf)
            weak = top - ident < 3 and (cands or self.settings.change_known)
            if weak and (top - ident <= self.settings.oov_margin or len(tok) >= 2 * MIN_PART + 2):
                # Compound analysis is slow: only for tokens no listed word explains, and for
                # long ones (compounds are long) that a listed word explains but weakly. On a
                # clean page an unknown token nothing else explains stays anyway: no analysis.
                comp = self._compound_once(tok, min(max_letter_subs, 1))
                if comp is not None:
                    s, w = comp
                    if w == tok:
                        ident = max(ident, s)
                    elif not cands:
                        cands[w] = (s, "compound")
                    elif w in cands and s > cands[w][0]:
                        # A listed but rare word (socialdirektören) is as likely as its parts.
                        cands[w] = (s, cands[w][1])
                    # else: a listed word beats a split into other letters (skapet/skåpet)
        ranked = sorted(((s, w, how) for w, (s, how) in cands.items()), reverse=True)
        if widest:
            bounded_put(self._widest, tok, (ident, ranked), MAX_WIDEST)
        return ident, ranked

    def _best(self, tok: str) -> Choice | None:
        known = self.lex.logf(tok) is not None
        if known and not self.settings.change_known:
            return None
        if not known and self.settings.change_known and TRIPLED.search(tok):
            # Swedish spelling never triples a letter (till+lägg is "tillägg"): on a damaged
            # page a third one is a stroke the engine read twice ("stallle"). Judge the
            # word without it. (A clean page keeps "Zzz" and "Hmmm" as printed.)
            single = TRIPLED.sub(r"\1\1", tok)
            choice = self._best(single)
            if choice is not None:
                return choice
            lf = self.lex.logf(single)
            return None if lf is None else Choice(single, round(lf - OOV_LOGF, 3), "lexicon", round(lf - OOV_LOGF, 3))
        margin = self.settings.known_margin if known else self.settings.oov_margin
        # Widen the search in stages: most tokens are settled by folding and the non-letter
        # confusions (é, 6, 4); substituting ordinary letters (i->ä, d->ö) multiplies variants.
        ident = -math.inf
        # A common word is not a misread of another by an ordinary letter ("ritt" may be
        # "rätt", "och" is "och"): only rare known words get the letter stage.
        last = MAX_LETTER_SUBS if not known else 1 if self.lex.logf(tok) < COMMON_KNOWN_LOGF else 0  # type: ignore[operator]
        found: list[tuple[float, str, str]] = []
        for letter_subs in range(0, last + 1):
            if letter_subs == 1 and last > 1:
                self._stage_variants(tok, last)  # the letter stages from one search
            stage_ident, ranked = self.score_candidates(tok, letter_subs)
            ident = max(ident, stage_ident)  # a recognised compound stays recognised
            found = sorted({w: (s, w, h) for s, w, h in found + ranked}.values(), reverse=True)
            as_written = self._compound_tok == (tok, letter_subs) and self._compound_res is not None and self._compound_res[1] == tok
            if not found and as_written:
                break  # known parts as written ("partnerskaps+perioden"): no letter is misread
            # A listed word settles it; a guessed compound ("åter+vinda") waits to see whether
            # the next stage finds a listed word ("återvända" through i->ä) that reads better.
            if found and found[0][0] - ident > margin and found[0][2] != "compound":
                break
        if found and found[0][0] - ident > margin:
            s, w, how = found[0]
            runner_up = max(ident, found[1][0]) if len(found) > 1 else ident
            return Choice(w, round(s - ident, 3), how, round(s - runner_up, 3))
        return None

    # -- compounds ----------------------------------------------------------------------
    def _compound_once(self, tok: str, letter_subs: int) -> tuple[float, str] | None:
        """compound() once per token and substitution level (the stages of _best share it)."""
        if self._compound_tok != (tok, letter_subs):
            self._compound_tok = (tok, letter_subs)
            self._compound_res = self.compound(tok, letter_subs)
        return self._compound_res

    def compound(self, tok: str, letter_subs: int) -> tuple[float, str] | None:
        """Best split of the token into known parts (begin/middle ... end), as one word.

        One pass over the token's reading lattice: from each position a part can start at,
        follow the characters' readings while some lexicon entry still starts so (the keys
        trie), noting every part that ends; then the best chain of parts. Scored as its rarest
        part plus the confusion costs, less a penalty per extra part: a compound is about as
        common as its rarest part, not as the product of its parts.
        """
        n = len(tok)
        if n < 2 * MIN_PART:
            return None
        opts = self.options(tok)
        lex, prefix_memo = self.lex, self.lex.prefix_memo  # (called directly: natively in a compiled build)
        key_memo = lex.key_memo
        note = self._note_part
        opening, closing = per_lexicon(_OPENING_PARTS, lex, MAX_PARTS_MEMO), per_lexicon(_CLOSING_PARTS, lex, MAX_PARTS_MEMO)
        # parts[a][(b, letters, need)] = (lf, cost, word) best part over tok[a:b]
        parts: list[dict | None] = [None] * n
        reachable = [False] * (n + 1)
        reachable[0] = True
        budget = MAX_STEPS
        last_start = n - MIN_PART  # the last position a next part may start at
        for a in range(n):
            if not reachable[a]:
                continue
            found: dict = {}
            parts[a] = found
            # A branch's segments kept as a chain, made a tuple only where a part is noted.
            stack: list[tuple[int, str, Any, int]] = [(a, "", None, 0)]
            while stack and budget:
                budget -= 1
                i, key, chain, letters = stack.pop()
                # A part ending short of the last MIN_PART letters, or at the end (a last part),
                # is all the chain below can use: one ending between leaves no room for a
                # next part (no position there is reachable), so it is not looked up.
                if len(key) >= MIN_PART and (i <= last_start or i == n):
                    roles = closing if i == n else opening
                    entries = roles.get(key)
                    if entries is None:
                        entries = key_memo.get(key)
                        if entries is None:
                            entries = lex.by_key(key)
                        need = END if i == n else BEGIN | MIDDLE  # (a first part at the end has no next)
                        bits = lex.bits
                        # (most keys have no entry: no generator made for them)
                        entries = roles[key] = tuple(w for w in entries if bits(w) & need) if entries else ()
                    if entries:
                        note(found, entries, i, _unchain(chain), letters, i == n)
                if i == n:
                    continue
                may_letter = letters < letter_subs
                for k, _unit, folded, _sub, is_letter, seg in opts[i]:
                    if is_letter and not may_letter:
                        continue
                    nkey = key + folded
                    ok = prefix_memo.get(nkey)
                    if ok is None:
                        ok = lex.viable(nkey)
                    if ok:
                        stack.append((i + k, nkey, (chain, seg), letters + is_letter))
            for b, _letters, need in found:
                if need != END and b <= n - MIN_PART:
                    reachable[b] = True

        r = _best_chain(parts, n, {}, 0, 0, letter_subs)
        if r is None:
            return None
        return r[0] + r[1], r[2]

    def _note_part(self, found: dict, entries: tuple[str, ...], b: int, segs, letters: int, at_end: bool) -> None:
        """Record the best of the lexicon ``entries`` a part's key matches (those that may stand
        in the part's role), as a first/middle part, or at the token's end as a last part."""
        lex = self.lex
        need = END if at_end else BEGIN | MIDDLE
        slot = (b, letters, need)
        for w in entries:
            cost = self.channel_cost(w, segs)  # the channel cost of reading w so
            if cost == -math.inf:
                continue
            lf = lex.logf(w)
            if lf is None or (need != END and lf < COMPOUND_ONLY_LOGF):
                # Linking forms (nuläges-) are rare alone but common as first parts.
                lf = COMPOUND_ONLY_LOGF
            old = found.get(slot)
            if old is None or lf + cost > old[0] + old[1]:
                found[slot] = (lf, cost, w)
