"""Words the Swedish OCR model read with a wrong mark: "regionält", "plånering", "prötokollet".

Tesseract's Swedish model prints å/ä/ö where the page has a plain a/o (a speck above the letter,
a serif's ear), one mark for another, or drops one of a word's two marks. The word
pass never looks at a token with marks: an English model prints none, so a mark read is one the
page has. On a clean page (the Swedish model's reading) a lower-case token with marks that no
listed word is and no compound of listed words explains is read as the listed word its a/å/ä and
o/ö letters give when read otherwise, at most MAX_CHANGES of them, where one such word is clearly
the commonest (a Swedish word's mark letters are its own: no other listed word shares the rest).
"""

from __future__ import annotations

from docparse.repair.marks import as_compound
from docparse.repair.memo import bounded_put, store_memo
from docparse.sv.lexicon import SWEDISH_LETTERS, fold

REASON = "wrong mark (Swedish OCR model)"
_PLACE_LETTERS = "aåäoö"  # the letters a mark may be misread on or for
MAX_CHANGES = 2  # letters read otherwise per token: more is a guess at another word
MAX_PLACES = 6  # a token with more a/å/ä/o/ö than this is left alone (variants multiply)
MIN_LETTERS = 4
MARGIN = 1.0  # log10: how much commoner the chosen word than the next listed reading
MAX_MEMO = 50_000


def listed_reading(low: str, lexicon) -> str | None:
    """The listed word ``low`` (lower case, with a mark, no listed word) reads as with its mark
    letters read otherwise, or None: none, or two near in frequency."""
    if sum(map(low.count, _PLACE_LETTERS)) > MAX_PLACES:
        return None
    found: dict[str, float] = {}
    # The lexicon's entries under the token's folded key (å/ä as a, ö as o) are exactly the words
    # its a/å/ä and o/ö letters give when read otherwise: one lookup, not one per variant.
    for word in lexicon.by_key(fold(low)):
        if word != low and sum(a != b for a, b in zip(word, low)) <= MAX_CHANGES:
            f = lexicon.logf(word)
            if f is not None:
                found[word] = f
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda wf: -wf[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None
    return ranked[0][0]


def wrong_mark_tokens(text: str, tokens, models) -> None:
    """Hook of the engine: lower-case tokens with a mark on clean pages, no pass changed, no
    listed word nor compound, given the one listed reading of their mark letters. Not a word's
    part before a hyphen ("betän-" / "kandet": split at a line's end, or the first of "ö- och")."""
    lexicon = models.lexicon
    memo = store_memo(models, "wrong marks")
    no_marks = SWEDISH_LETTERS.isdisjoint
    for t in tokens:
        tok = t.text
        if no_marks(tok) or t.choice is not None or t.damaged or t.protected:
            continue  # (most tokens have no mark: asked first)
        if len(tok) < MIN_LETTERS or not tok.isalpha() or not tok.islower():
            continue
        if text[t.end:t.end + 1] == "-":
            continue
        new = memo.get(tok, False)
        if new is False:
            new = None
            if lexicon.logf(tok) is None:
                new = listed_reading(tok, lexicon)
                if new is not None and as_compound(tok, lexicon):
                    new = None  # two listed words as read: a compound, its marks its own
            bounded_put(memo, tok, new, MAX_MEMO)
        if new is not None:
            t.choice = (new, 1.0, REASON)
