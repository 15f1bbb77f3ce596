"""A cheap measure of how much of a text is plausible Swedish: decides text layer vs OCR, and page orientation."""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"\w+")
# Below this share of plausible words a PDF text layer is treated as poor (earlier bad OCR,
# broken font encoding) and the page is OCR'd. Clean Swedish prose scores 0.9 and more;
# text from a non-Swedish OCR model (å/ä/ö lost: "Socialnimnden", "6verens") scores well below.
POOR_TEXT_SHARE = 0.75
# A text layer with fewer letters than this is no text layer (a page number, a stamp).
MIN_LETTERS = 40
# Swedish prose has 3-6 % å/ä/ö among its letters; text from an OCR model without them has
# none, yet most of its words still look like words ("for", "star"). A text that is not
# quite clean and has (almost) no å/ä/ö over a long stretch is such text.
NO_DIACRITICS_SHARE = 0.97
MIN_DIACRITIC_RATE = 0.005
MIN_LETTERS_FOR_RATE = 200


@lru_cache(maxsize=1)
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """True for a word in wordfreq's Swedish or English list, or a compound of two Swedish words."""
    zipf = _zipf()
    w = word.lower()
    if zipf(w, "sv") > 0 or zipf(w, "en") > 0:
        return True
    # Swedish writes compounds as one word ("partnerskapsavtalet"); most are not listed.
    if len(w) >= 7:
        for i in range(3, len(w) - 2):
            head, tail = w[:i], w[i:]
            if zipf(tail, "sv") > 0 and (zipf(head, "sv") > 0 or (head.endswith("s") and zipf(head[:-1], "sv") > 0)):
                return True
    return False


def word_share(text: str, *, sample: int = 400) -> tuple[float, int]:
    """(share of plausible words, number of words judged) over the first ``sample`` words.

    Words are runs of letters of length >= 2; a run mixing letters and digits ("6verens",
    "1ab") counts as implausible, a pure number is not judged.
    """
    judged = good = 0
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if tok.isdigit() or len(tok) < 2:
            continue
        judged += 1
        if tok.isalpha() and is_known(tok):
            good += 1
        if judged >= sample:
            break
    return (good / judged if judged else 0.0), judged


def is_poor(text: str) -> bool:
    """True when a page's text is too short or too implausible to trust."""
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < MIN_LETTERS:
        return True
    share, judged = word_share(text)
    if judged >= 5 and share < POOR_TEXT_SHARE:
        return True
    if share >= NO_DIACRITICS_SHARE or letters < MIN_LETTERS_FOR_RATE:
        return False
    return sum(1 for ch in text if ch in "åäöÅÄÖ") / letters < MIN_DIACRITIC_RATE
