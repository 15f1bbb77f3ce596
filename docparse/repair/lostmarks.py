"""Marks a Swedish model lost on a clean page: "fraga" for "fråga", where a typeface's ring or dots
read as the plain letter on a page whose other marks came through.

A clean page (one with a normal share of å/ä/ö) is repaired cautiously: a token no word explains
stays unless strong evidence beats it, and a word read without its mark is no such token. But a
typeface whose "å" Tesseract's Swedish model reads as "a" leaves several such tokens on a page:
where a text's clean pages hold at least MIN_EVIDENCE tokens that are no listed word as read and
are exactly one listed word with their marks put back ("fraga", "utgar", "sasom"), the text has
shown the loss, and each such token gets its marks back. A text with one or two (a name, a
foreign word) is left as printed: clean text keeps its spellings.

A token that kept some of its marks and lost others, no listed word as read, which the text
itself spells elsewhere with all of them, is put right alone: "förvärvslan" on a page that
prints "förvärvslån" twice (a compound the lexicon lacks; the face's ring read as a, its dots
kept). The document's own spelling is the evidence, as a name's printed form is. (A token with
no marks at all is left to the rule above: another pass may have put back the marks of the
spelling it would follow, and repairing the repaired text would then change it.)
"""

from __future__ import annotations

from docparse.sv.lexicon import SWEDISH_LETTERS, fold

MIN_EVIDENCE = 3  # such tokens a text must hold before any is changed
MIN_LETTERS = 3  # shorter tokens are abbreviations or parts of numbers as often as words
MIN_SPELLED = 6  # letters of an unlisted token the text's own spelling puts right (no abbreviation)


def lost_marks(tokens, lexicon) -> bool:
    """Hook of the engine after the word pass: the clean pages' tokens that lost their marks.
    Returns whether the text showed the loss."""
    found = []
    unlisted = []  # clean-page tokens with marks no listed word explains, for the text's own spelling
    spelled: dict[str, set[str]] = {}  # a clean page's printed words with marks, by their fold
    logf, by_key = lexicon.logf, lexicon.by_key
    for t in tokens:
        if t.damaged or t.protected or t.choice is not None:
            continue  # (the cheapest tests first: this runs over every token of a clean page)
        tok = t.text
        if len(tok) < MIN_LETTERS or not tok.isalpha() or not (tok.islower() or tok[1:].islower()):
            continue  # (capitals are acronyms as often as words)
        low = tok.lower()
        marked = not SWEDISH_LETTERS.isdisjoint(low)
        if marked:
            spelled.setdefault(fold(low), set()).add(low)
        if logf(low) is not None:
            continue  # a word as read
        if marked:
            if len(low) >= MIN_SPELLED:
                unlisted.append((t, low))
            continue  # one whose marks came through
        twins = by_key(low)
        if len(twins) == 1 and twins[0] != low and logf(twins[0]) is not None:
            found.append((t, twins[0]))
    for t, low in unlisted:
        forms = [f for f in spelled.get(fold(low), ()) if f != low and _keeps_marks(low, f)]
        if len(forms) == 1:
            t.choice = (forms[0], 1.0, "lost-mark: the text's spelling")
    if len(found) < MIN_EVIDENCE:
        return False
    for t, word in found:
        t.choice = (word, 1.0, "lost-mark")
    return True


def _keeps_marks(read: str, form: str) -> bool:
    """Is ``form`` ``read`` (of the same fold) with marks put back and none taken away?"""
    return all(a == b or b not in SWEDISH_LETTERS for a, b in zip(form, read))
