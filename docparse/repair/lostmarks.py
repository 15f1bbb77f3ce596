"""Marks a Swedish model lost on a clean page: "fraga" for "fråga", where a typeface's ring or dots
read as the plain letter on a page whose other marks came through.

A clean page (one with a normal share of å/ä/ö) is repaired cautiously: a token no word explains
stays unless strong evidence beats it, and a word read without its mark is no such token. But a
typeface whose "å" Tesseract's Swedish model reads as "a" leaves several such tokens on a page:
where a text's clean pages hold at least MIN_EVIDENCE tokens that are no listed word as read and
are exactly one listed word with their marks put back ("fraga", "utgar", "sasom"), the text has
shown the loss, and each such token gets its marks back. A text with one or two (a name, a
foreign word) is left as printed: clean text keeps its spellings.
"""

from __future__ import annotations

from docparse.sv.lexicon import SWEDISH_LETTERS

MIN_EVIDENCE = 3  # such tokens a text must hold before any is changed
MIN_LETTERS = 3  # shorter tokens are abbreviations or parts of numbers as often as words


def lost_marks(tokens, lexicon) -> bool:
    """Hook of the engine after the word pass: the clean pages' tokens that lost their marks.
    Returns whether the text showed the loss."""
    found = []
    logf, by_key = lexicon.logf, lexicon.by_key
    for t in tokens:
        if t.damaged or t.protected or t.choice is not None:
            continue  # (the cheapest tests first: this runs over every token of a clean page)
        tok = t.text
        if len(tok) < MIN_LETTERS or not tok.isalpha() or not (tok.islower() or tok[1:].islower()):
            continue  # (capitals are acronyms as often as words)
        low = tok.lower()
        if logf(low) is not None or not SWEDISH_LETTERS.isdisjoint(low):
            continue  # a word as read, or one whose marks came through
        twins = by_key(low)
        if len(twins) == 1 and twins[0] != low and logf(twins[0]) is not None:
            found.append((t, twins[0]))
    if len(found) < MIN_EVIDENCE:
        return False
    for t, word in found:
        t.choice = (word, 1.0, "lost-mark")
    return True
