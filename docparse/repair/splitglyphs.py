"""A letter with marks that one scan's typeface prints so the engine reads it as two signs.

The English model reads a typewriter face's ä as "da" or "ad" and its ö as "do" or "d6"
("ndamnderna", "sdokanden"): the confusion table learns these two-sign readings
(docparse/repair/align.py), but rarely across its typefaces, so the word model weighs an unknown
token against them and mostly keeps it. On one scan they are systematic. Where at least
``MIN_WORDS`` distinct tokens of a text were already read as listed words through a two-sign
reading of one letter, the text has shown that its face splits that letter, and every unknown
token the word model kept that holds such a reading is mended where putting the letter back
makes a listed word (directly, or through the word model for its other lost marks, or as a
compound of listed parts).

Cheap: the evidence is tested with string operations on the tokens changed that hold a
two-sign reading, and only unknown tokens holding one are looked at.
"""

from __future__ import annotations

from docparse.sv.lexicon import SWEDISH_LETTERS, fold

MIN_WORDS = 2  # distinct tokens showing a letter split before a text is taken to split it
MIN_LENGTH = 4  # shorter unknown tokens: a letter put back makes too many words


def split_readings(channel) -> dict[str, tuple[str, ...]]:
    """Letter with marks -> the two- or three-sign readings of it the table proposes."""
    out: dict[str, list[str]] = {}
    for truth, ocr in channel.proposable:
        if truth in SWEDISH_LETTERS and len(ocr) > 1 and ocr.isalnum():
            out.setdefault(truth, []).append(ocr)
    return {truth: tuple(sorted(units)) for truth, units in out.items()}


def _put_back(low: str, unit: str, truth: str):
    """``low`` with one occurrence of ``unit`` read as ``truth``, each occurrence in turn, then
    with every occurrence so read (a long compound splits the letter twice)."""
    at = low.find(unit)
    while at >= 0:
        yield low[:at] + truth + low[at + len(unit):]
        at = low.find(unit, at + 1)
    if low.count(unit) > 1:
        yield low.replace(unit, truth)


def _shows(low: str, word: str, truth: str, units: tuple[str, ...]) -> bool:
    """Is ``word`` (the reading decided for token ``low``) ``low`` with one two-sign reading of
    ``truth`` put back and its other marks lost?"""
    if truth not in word:
        return False
    key = fold(word)
    for unit in units:
        if len(low) - len(word) != len(unit) - 1 or unit not in low:
            continue
        if any(fold(new) == key for new in _put_back(low, unit, truth)):
            return True
    return False


def split_letters(tokens, models, repairer) -> None:
    """Hook of the engine: unknown tokens on damaged pages mended by a two-sign reading of a
    letter with marks the text shows at least MIN_WORDS times."""
    splits = models.derived(_splits, _splits)
    if not splits:
        return
    heads = {unit[:1] for units in splits.values() for unit in units}
    lexicon = models.lexicon
    logf = lexicon.logf
    evidence: dict[str, set[str]] = {}
    unknown = []
    for t in tokens:
        if not t.active or not t.examined:
            continue
        low = t.text.lower()
        if heads.isdisjoint(low):
            continue
        if t.choice is None:
            if len(low) >= MIN_LENGTH and low.isalnum() and logf(low) is None:
                unknown.append((t, low))
            continue
        word = t.choice[0]
        if len(low) <= len(word):
            continue  # (a two-sign reading makes the token longer than its word: most are not)
        for truth, units in splits.items():
            if _shows(low, word, truth, units):
                evidence.setdefault(truth, set()).add(word)
    shown = [truth for truth, words in evidence.items() if len(words) >= MIN_WORDS]
    for t, low in unknown:
        best, best_logf = None, -99.0
        for truth in shown:
            for unit in splits[truth]:
                for new in _put_back(low, unit, truth):
                    word, lf = _listed(new, repairer, lexicon)
                    if word is not None and lf > best_logf:
                        best, best_logf = word, lf
        if best is not None:
            t.choice = (best, 1.0, "split-letter")


def _listed(new: str, repairer, lexicon) -> tuple[str | None, float]:
    """The listed word (or compound of listed parts) ``new`` is, with any other marks it lost
    put back (its likeliest spelling, or the word model's reading), and its log10 frequency;
    (None, 0) if none. A compound guessed from parts ranks below any listed word."""
    best, best_lf = None, -99.0
    for word in lexicon.by_key(fold(new)):
        lf = lexicon.logf(word)
        if lf is not None and lf > best_lf and all(a == b for a, b in zip(word, new) if b in "åäö"):
            best, best_lf = word, lf
    if best is not None:
        return best, best_lf
    choice = repairer.best(fold(new))
    if choice is None or any(a != b for a, b in zip(choice.word, new) if b in "åäö"):
        return None, 0.0
    lf = lexicon.logf(choice.word)
    if lf is not None:
        return choice.word, lf
    if choice.reason == "compound":
        return choice.word, -20.0
    return None, 0.0


def _splits(models) -> dict[str, tuple[str, ...]]:
    """The two-sign readings of letters with marks in the store's English-model channel."""
    return split_readings(models.channels["eng"])
