"""A letter one scan's typeface prints like another: a rare confusion the text itself shows.

The confusion table proposes a misreading only when it saw it often enough across its training
typefaces (``MIN_PROPOSE``); y read as v was seen once in 842 y's. On one scan such a confusion
can be systematic ("avstvrker", "inflvtande", "betvdelse"). Where at least ``MIN_WORDS``
distinct unknown tokens of a text become common listed words by the same single-letter
substitution, the text has shown it, and every unknown token that substitution makes a listed
word (directly, or through the word model for its lost å/ä/ö: "centralbvran") is mended.

Cheap: only tokens the word model kept as read and the lexicon lacks are looked at, only
their letters inside a letter trigram Swedish words do not use (docparse.sv.chars), and only
the letters the table saw confused at all (a few dozen pairs).
"""

from __future__ import annotations

import string

from docparse.sv.chars import RARE
from docparse.sv.confusions import Channel

MIN_WORDS = 3  # distinct tokens showing one substitution before a text is taken to have it
MIN_EVIDENCE_LOGF = -6.0  # a word showing the substitution must be common, not a rare listed form
MIN_LENGTH = 4  # shorter tokens: one substituted letter makes too many words
LETTERS = frozenset(string.ascii_lowercase)


def rare_pairs(channel: Channel) -> dict[str, tuple[str, ...]]:
    """OCR letter -> the truth letters the table saw read as it but too rarely to propose."""
    out: dict[str, list[str]] = {}
    for truth, row in channel.counts.items():
        if truth not in LETTERS:
            continue
        for ocr, count in row.items():
            if ocr in LETTERS and ocr != truth and count > 0 and (truth, ocr) not in channel.proposable:
                out.setdefault(ocr, []).append(truth)
    return {ocr: tuple(sorted(truths)) for ocr, truths in out.items()}


def _substitutions(low: str, pairs: dict[str, tuple[str, ...]], trigrams: dict[str, int] | None):
    """(truth, ocr, token with one ``ocr``, or every such one, read as ``truth``) for the rare
    pairs in ``low``. With ``trigrams``, only at letters inside a letter trigram Swedish words
    do not use (the cheap test for gathering evidence: a misread letter mostly makes one)."""
    suspect: dict[str, list[int]] = {}
    if trigrams is None:
        for i, c in enumerate(low):
            if c in pairs:
                suspect.setdefault(c, []).append(i)
    else:
        padded = f"^{low}$"
        get = trigrams.get
        odd = [j for j in range(len(padded) - 2) if get(padded[j:j + 3], 0) < RARE]
        if not odd:
            return
        for i, c in enumerate(low):  # low[i] is padded[i + 1], in the trigrams from i-1 to i+1
            if c in pairs and any(i - 1 <= j <= i + 1 for j in odd):
                suspect.setdefault(c, []).append(i)
    for ocr, at in suspect.items():
        for truth in pairs[ocr]:
            for i in at:
                yield truth, ocr, low[:i] + truth + low[i + 1:]
            if len(at) > 1:
                yield truth, ocr, low.replace(ocr, truth)


def font_confusions(tokens, models, repairer) -> None:
    """Hook of the engine: unknown tokens on damaged pages mended by a rare confusion the text
    shows at least MIN_WORDS times."""
    lexicon = models.lexicon
    pairs = models.derived(_pairs, _pairs)
    chars = models.char_model
    if not pairs or chars is None:
        return
    trigrams, plausible, logf = chars.counts, chars.plausible, lexicon.logf
    # Evidence first, from the unknown tokens with a letter trigram Swedish words do not use.
    evidence: dict[tuple[str, str], set[str]] = {}
    for t in tokens:
        if not t.examined or t.choice is not None or not t.damaged or t.protected:
            continue
        low = t.text.lower()
        if len(low) < MIN_LENGTH or not low.isalpha() or logf(low) is not None or plausible(low):
            continue
        for truth, ocr, new in _substitutions(low, pairs, trigrams):
            if (logf(new) or -99) >= MIN_EVIDENCE_LOGF:
                evidence.setdefault((truth, ocr), set()).add(new)
    shown = {pair for pair, words in evidence.items() if len(words) >= MIN_WORDS}
    if not shown:
        return
    unknown = []
    for t in tokens:
        if not t.examined or t.choice is not None or not t.damaged or t.protected:
            continue
        low = t.text.lower()
        if len(low) >= MIN_LENGTH and low.isalpha() and logf(low) is None:
            unknown.append((t, low))
    shown_pairs: dict[str, tuple[str, ...]] = {}
    for truth, ocr in sorted(shown):
        shown_pairs[ocr] = shown_pairs.get(ocr, ()) + (truth,)
    for t, low in unknown:
        for truth, ocr, new in _substitutions(low, shown_pairs, None):
            if lexicon.logf(new) is None:
                if not chars.plausible(new):
                    continue  # still no Swedish letters: spare the word model's search
                choice = repairer.best(new)  # the substitution and the lost å/ä/ö together
                if choice is None or lexicon.logf(choice.word) is None:
                    continue
                new = choice.word
            t.choice = (new, 1.0, f"font:{truth}->{ocr}")
            break


STRAY = "é"  # the English model's mark for ö and å, also printed beside an e it read ("verksamhéet")


def stray_marks(tokens, models, repairer) -> None:
    """Hook of the engine: an unknown token the word model kept as read, holding an "é" whose
    removal leaves a listed word (directly or with the word model's å/ä/ö: "masteé" ->
    "måste"), loses it: a stray mark beside an "e" ("insatseér", "arbéetsmarknaden"). Only
    tokens holding "é" next to an "e" are looked at."""
    lexicon, chars = models.lexicon, models.char_model
    for t in tokens:
        if not t.active or not t.examined or t.choice is not None:
            continue
        low = t.text.lower()
        if "eé" not in low and "ée" not in low:
            continue
        if not low.isalpha() or lexicon.logf(low) is not None:
            continue
        best, best_logf = None, -99.0
        for i, c in enumerate(low):
            if c != STRAY or "e" not in low[max(0, i - 1):i + 2]:
                continue
            new = low[:i] + low[i + 1:]
            logf = lexicon.logf(new)
            if chars is not None and not chars.plausible(new) and logf is None:
                continue  # no Swedish letters yet: spare the word model's search
            choice = repairer.best(new)  # its å/ä/ö too: "maste" is mostly "måste"
            if choice is not None and lexicon.logf(choice.word) is not None:
                new, logf = choice.word, lexicon.logf(choice.word)
            if logf is None:
                continue
            if logf > best_logf:
                best, best_logf = new, logf
        if best is not None:
            t.choice = (best, 1.0, "stray:é")


def _pairs(models) -> dict[str, tuple[str, ...]]:
    """The rare letter pairs of the store's English-model channel."""
    return rare_pairs(models.channels["eng"])
