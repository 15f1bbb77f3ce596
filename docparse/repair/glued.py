"""Words an OCR engine ran together with a common short word ("somi": "som i", "foren": "för
en", "hari": "här i", "varien": "var i en").

A narrow space before or after a one- or two-letter word is often not seen, and the word model
then reads the run as one word: it drops the short word as noise ("somi" -> "som") or finds a
rare word with the same letters ("foren" -> "fören"). Here a token on a damaged page that is no
listed word as read, or a rare one, is cut into two or three listed words (each as the likeliest
of its å/ä/ö twins), all but one of them among the commonest short words; the cut replaces the
token where the language model prefers it over both neighbours, a lost space and all, by a
clear margin over the token as now decided.
"""

from __future__ import annotations

from docparse.repair.memo import bounded_put, store_memo
from docparse.repair.neighbours import neighbour_form
from docparse.sv.lexicon import FOLD
from docparse.sv.lm import normalise as lm_form

MIN_LETTERS = 3  # "ia" is no "i a": two letters glued are mostly a word or noise
MAX_LETTERS = 24  # a longer run is a compound or garbage, never worth the cuts
SHORT_MAX = 3  # letters of a short word that may be glued to another
SHORT_LOGF = -2.5  # log10 frequency of the commonest words (i, en, så, är, att, med)
RARE_LOGF = -5.5  # a listed token rarer than this may still be a run ("omen")
# log10 P(a space between two words not read): as splits.SPACE_LOGP, a gap the English model
# loses about as often as it puts one in.
LOST_SPACE_LOGP = -2.9
# log10 channel cost of the word model's change beyond the marks (a letter dropped or another
# read for it), as noisy.py prices one generic edit.
EDIT_LOGP = -2.5
MARGIN = 1.0  # log10: how much likelier the cut must be than the token as decided
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


def cuts(low: str, lexicon) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The ways to cut ``low`` into two or three listed words, all but one of them common
    short words, and no cut where letters repeat: each cut as its pieces' twins."""
    key = low.translate(FOLD)
    n = len(key)
    out = []
    for i in range(1, n):
        if _doubled(key, i):
            continue
        a, b = _twins(key[:i], lexicon), _twins(key[i:], lexicon)
        if a and b and (_short(a, lexicon) or _short(b, lexicon)):
            out.append((a, b))
        if not a:
            continue
        for j in range(i + 1, n):
            if _doubled(key, j):
                continue
            b, c = _twins(key[i:j], lexicon), _twins(key[j:], lexicon)
            if b and c and sum(_short(p, lexicon) for p in (a, b, c)) >= 2:
                out.append((a, b, c))
    return tuple(out)


def _best_path(prev: str, pieces: tuple[tuple[str, ...], ...], nxt: str, lm) -> tuple[float, tuple[str, ...]]:
    """The likeliest twins of the pieces between ``prev`` and ``nxt``: (log10 P, words)."""
    paths = [(0.0, (prev,))]
    for twins in pieces:
        paths = [max(((s + lm.logp(w, ws[-1]), ws + (w,)) for s, ws in paths), key=lambda p: p[0])
                 for w in twins]
    score, words = max((s + lm.logp(nxt, ws[-1]), ws) for s, ws in paths)
    return score, words[1:]


def glued_words(text: str, tokens: list, models) -> None:
    """Hook of the engine, after the context passes: a run of words on a damaged page read as
    one token becomes the words (its choice holds the spaces)."""
    lm = models.lm
    if lm is None:
        return
    lexicon = models.lexicon
    memo = store_memo(models, "glued cuts")
    for i, t in enumerate(tokens):
        if not t.active or not t.examined:
            continue
        tok = t.text
        if not (MIN_LETTERS <= len(tok) <= MAX_LETTERS) or not tok.isalpha() or not tok[1:].islower():
            continue
        low = t.low
        lf = lexicon.logf(low)
        if lf is not None and lf >= RARE_LOGF:
            continue
        found = memo.get(low)
        if found is None:
            found = bounded_put(memo, low, cuts(low, lexicon), MAX_MEMO)
        if not found:
            continue
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i else 0, t.start)
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < len(tokens) else len(text))
        cur = t.current()
        if " " in cur:
            continue
        word = lm_form(cur)
        kept = lm.logp(word, prev) + lm.logp(nxt, word)
        if cur.translate(FOLD) != low.translate(FOLD):
            kept += EDIT_LOGP
        score, words = max(_best_path(prev, pieces, nxt, lm) for pieces in found)
        if score + LOST_SPACE_LOGP - kept > MARGIN:
            t.choice = (" ".join(words), round(score + LOST_SPACE_LOGP - kept, 3), "glued")
