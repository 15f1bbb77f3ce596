"""Words an OCR engine split in two with a space ("arbet smarknaden", "Mot ionsyrkanden").

A typewriter face's even letter spacing makes Tesseract see a space inside a word now and then.
Two neighbouring pieces on one line are joined where the joined token is a listed word (as read
or as the word model repairs it) and either one piece is no word, or both are words and the
language model prefers the joined word by more than a spurious space costs ("byrakrat isk" is
"byråkratisk"; "för mål" stays two words though "förmål" is one).
"""

from __future__ import annotations


from docparse.repair.memo import bounded_put, per_lexicon
from docparse.repair.neighbours import neighbour_form
from docparse.sv.lexicon import fold
from docparse.sv.lm import normalise as lm_form

MIN_JOINED = 6  # letters of a joined word (short joins are mostly two real words)
MIN_COMPOUND_PIECE = 3  # letters of each piece of a compound joined (a shorter one is mostly a word)
MIN_COMPOUND = 10  # letters of a compound joined: shorter runs are mostly two pieces of garbage,
# and the compound analysis is the dearest search of the word model
FRAGMENT_LOGF = -5.0  # a two-letter token rarer than this is a piece, not a word ("ml")
# log10 P(a space read inside a word): the confusion table counts 183 spaces the English model
# inserted in 136,000 characters of its reading (models/ocr_confusions.tsv), about 10^-2.9 a
# letter gap.
SPACE_LOGP = -2.9
# log10 P(Tesseract prints an extra "i" before a word beginning with "i"): 8 of 856 such words
# on 16 pages of TRAINING documents in C059 and Liberation Serif, read by eng and swe
# (build_confusions.py --pages 16 --seed 3 --riksdag-share 1 --fonts c059,liberationserif --keep).
DOUBLED_I_LOGP = -2.0
# How much likelier the text without it must be, as the context pass asks of a change (its
# LM_MARGIN on a page read without å/ä/ö, LM_MARGIN_CLEAN on a Swedish model's page).
DROP_MARGIN = {True: 0.5, False: 1.5}
SIGNS = str.maketrans("64é&", "ooaa")  # the English model's signs for å/ä/ö, as lookup letters
MAX_MEMO = 100_000
PIECE, COMMON, DOUBTFUL, WORD = range(4)  # what a token is to the joins
_KINDS = "join kinds"  # per lexicon: {text or (choice, text): kind}
JOIN_LETTER_SUBS = 1  # ordinary-letter misreadings the cheap look for a listed joined word allows
COMMON_LOGF = -2.5  # log10 frequency of the commonest words (about 60 of them)
RARE_PIECE_LOGF = -5.5  # two words are judged for a join only where one is rarer than this


def _kind(t, lexicon) -> int:
    """What token ``t`` is to the joins, with one lookup:
    PIECE: a piece of a word rather than a word: no word as now decided, or a rare two-letter
      token ("ml"). (A token the word model mended is a word: "mea hjalp" is "med hjälp", no
      "medhjälp".)
    COMMON: one of the commonest words ("och", "har", "för"): a word of its own beside a piece
      of another; joins with them are not tried (most token pairs hold one).
    DOUBTFUL: a word that may be a piece: a rare one, or one the word model made of another
      word beyond its marks and the signs for them ("ionen" read, "lönen" decided; "f6r" is
      "för").
    WORD: any other word."""
    cur = t.choice[0] if t.choice else t.low
    lf = lexicon.logf(cur)
    if lf is None or (len(t.text) <= 2 and lf < FRAGMENT_LOGF):
        return PIECE
    if lf >= COMMON_LOGF:
        return COMMON
    if lf < RARE_PIECE_LOGF or fold(cur) != fold(t.low).translate(SIGNS):
        return DOUBTFUL
    return WORD


def _letters(tok: str) -> bool:
    """A word as read: letters, or letters with the English model's signs for å/ä/ö ("4", "6")."""
    return tok.isalpha() or (any(c.isalpha() for c in tok) and all(c.isalpha() or c in "46" for c in tok))


def _mark_capital(tok: str) -> bool:
    """A piece whose capital is the English model's reading of a small å/ä/ö ("best Aende":
    "bestående"), not a name's or a sentence's: "A" or "O" before small letters."""
    return tok[:1] in ("A", "O") and tok[1:2].islower()


def _may_begin(t, lexicon) -> bool:
    """Can a listed word begin as token ``t`` reads or is decided? (One lookup in the keys
    trie: most neighbouring pairs of a garbled line are no word's start, and the word model
    is not asked about them.)"""
    return (lexicon.viable(fold(t.current()).translate(SIGNS))
            or lexicon.viable(fold(t.low).translate(SIGNS)))


def _joined(low: str, repairer, memo: dict) -> str | None:
    """The listed word two pieces read together are, as read or as the word model mends them
    (``memo``: kept with the models, a split word recurs)."""
    hit = memo.get(low, False)
    if hit is False:
        hit = bounded_put(memo, low, _join_reading(low, repairer), MAX_MEMO)
    return hit


def _join_reading(low: str, repairer) -> str | None:
    lexicon = repairer.lex
    if lexicon.logf(low) is not None:
        return low
    # The word model's full search (compound analysis included) is costly; first one walk of
    # the keys trie: no listed word within its readings, no listed word as its choice.
    if not repairer.has_listed_reading(low, JOIN_LETTER_SUBS):
        return None
    choice = repairer.best(low)
    if choice is not None and choice.reason == "lexicon" and lexicon.logf(choice.word) is not None:
        return choice.word
    return None


def _compound_join(a, b, ka: int, kb: int, repairer, memo: dict) -> str | None:
    """The compound two pieces, neither a word, spell where the word model reads the run as one
    of listed parts and no piece that is no word is one alone ("barnomsorg sverksamheten": a typewriter face's space
    inside "arbetsgivarverket"; the lexicon lacks most compounds). ``ka``, ``kb``: the pieces'
    kinds."""
    key = (a.low, b.low)
    hit = memo.get(key, False)
    if hit is False:
        hit = bounded_put(memo, key, _compound_reading(a.low, b.low, ka, kb, repairer), MAX_MEMO)
    return hit


def _compound_reading(la: str, lb: str, ka: int, kb: int, repairer) -> str | None:
    low = la + lb
    if min(len(la), len(lb)) < MIN_COMPOUND_PIECE or len(low) < MIN_COMPOUND or not low.isalpha():
        return None
    comp = repairer.compound(low, 0)
    if comp is None or fold(comp[1]) != fold(low):
        return None
    if any(kind == PIECE and repairer.compound(piece, 0) is not None for piece, kind in ((la, ka), (lb, kb))):
        return None  # a compound of its own beside a word ("stora barnomsorgsfrågor")
    return comp[1]


def _twins(word: str, lexicon) -> set[str]:
    """``word`` and its å/ä/ö twins that are words: what the context pass may still make of it."""
    return {word, *lexicon.by_key(fold(word))}


def _lm_join(text: str, tokens: list, i: int, joined: str, lexicon, lm) -> str | None:
    """``joined`` if the language model prefers it, space misread and all, to tokens i and i+1
    as two words (each as the likeliest of its å/ä/ö twins); else None. Only where a piece is
    doubtful: two common words as read side by side ("allt för") are two words."""
    a, b = tokens[i], tokens[i + 1]
    n = len(tokens)
    prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i else 0, a.start)
    nxt = neighbour_form(text, tokens, i + 2, b.end, tokens[i + 2].start if i + 2 < n else len(text))
    apart = max(lm.logp(wa, prev) + lm.logp(wb, wa) + lm.logp(nxt, wb)
                for wa in _twins(lm_form(a.current()), lexicon) for wb in _twins(lm_form(b.current()), lexicon))
    together = lm.logp(joined, prev) + lm.logp(nxt, joined) + SPACE_LOGP
    return joined if together > apart else None


def join_split_words(text: str, tokens: list, repairer, lm=None, memo: dict | None = None) -> list:
    """``tokens`` with each split word's two pieces made one token (its choice the joined
    word, its text the pieces' letters); tokens on clean pages or protected stay as they are."""
    lexicon = repairer.lex
    memo = {} if memo is None else memo
    out: list = []

    # What a token is depends on its reading, its letters as read and whether it is short,
    # and on the lexicon alone: kept with the models for the process by those strings.
    kinds = per_lexicon(_KINDS, lexicon, MAX_MEMO)
    kinds_get = kinds.get

    def judge(t) -> int:
        # keyed by the text alone for a token the word model kept (most), else by (reading,
        # text): a string is never equal to a tuple, so one memo holds both
        key = t.text if t.choice is None else (t.choice[0], t.text)
        k = kinds_get(key)
        if k is None:
            k = kinds[key] = _kind(t, lexicon)
        return k

    # Only two neighbouring tokens the word model examined can join (most tokens of a text of
    # numbers were not): the pairs are walked, the tokens between copied as they are.
    examined = [j for j, t in enumerate(tokens) if t.examined]
    pairs = [j for j, k in zip(examined, examined[1:]) if k == j + 1]
    copied = 0  # tokens[:copied] are in out
    last, last_kind = -1, 0  # the last pair's second token and what it is
    for i in pairs:
        if i < copied:
            continue  # its first token was joined to the one before
        a, b = tokens[i], tokens[i + 1]
        at, bt = a.text, b.text
        joined = None
        # (with examined, active is a damaged page's token; the cheap tests first)
        if (b.start == a.end + 1 and a.damaged and b.damaged and len(at) + len(bt) >= MIN_JOINED
                and (not bt[:1].isupper() or _mark_capital(bt)) and text[a.end] == " "
                and (at.isalpha() or _letters(at)) and (bt.isalpha() or _letters(bt))):
            ka = last_kind if last == i else judge(a)  # (judged already as the last pair's second token, mostly)
            kb = judge(b)
            last, last_kind = i + 1, kb
            pieces = PIECE in (ka, kb)
            if COMMON not in (ka, kb) and (pieces or (lm is not None and DOUBTFUL in (ka, kb))) \
                    and _may_begin(a, lexicon):
                joined = _joined(a.low + b.low, repairer, memo)
                if joined is None and pieces and WORD not in (ka, kb):
                    joined = _compound_join(a, b, ka, kb, repairer, memo)
                if joined is not None and not pieces:
                    joined = _lm_join(text, tokens, i, joined, lexicon, lm)
        if joined is None:
            continue
        a.end, a.text, a.choice, a.gap = b.end, a.text + b.text, (joined, 1.0, "join"), None
        out += tokens[copied:i + 1]
        copied = i + 2
    out += tokens[copied:]
    return out


def drop_stray_i(text: str, tokens: list, lm) -> list:
    """``tokens`` with a lone "i" that Tesseract printed twice dropped: an "i" before a word
    that begins with a small "i" ("villkor i i enlighet", "utbildning i inom") goes where the
    bigram model prefers the sentence without it by more than such a doubling costs. The
    dropped "i" and the next word become one token whose choice is that word (and which is
    judged again: "i i i" loses both)."""
    if lm is None:
        return tokens
    # Up to the first "i" before a word in "i" nothing can drop: those tokens are kept as they
    # are, and only the rest is walked (a text of numbers has none).
    first = next((j for j in range(len(tokens) - 1)
                  if tokens[j].text == "i" and tokens[j + 1].text[:1] == "i"), len(tokens))
    out: list = tokens[:first]
    todo = list(reversed(tokens[first:]))
    while todo:
        t = todo.pop()
        nxt = todo[-1] if todo else None
        if (nxt is not None and t.text == "i" and t.current() == "i" and not t.protected and not nxt.protected
                and nxt.start == t.end + 1 and text[t.end] == " " and nxt.text[:1] == "i"):
            prev = neighbour_form(text, out, len(out) - 1, out[-1].end if out else 0, t.start)
            word = lm_form(nxt.current())
            kept = lm.logp("i", prev) + lm.logp(word, "i")
            if lm.logp(word, prev) + DOUBLED_I_LOGP - kept > DROP_MARGIN[t.damaged]:
                todo.pop()
                new = nxt.choice[0] if nxt.choice else nxt.low
                todo.append(type(t)(t.start, nxt.end, nxt.text, nxt.damaged, examined=nxt.examined,
                                    choice=(new, 1.0, "stray-i")))
                continue
        out.append(t)
    return out
