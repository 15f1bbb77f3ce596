"""An m an OCR split into "rn" ("kornmun", "Kornmunstyrelsens", "sarnmanträde"): on any page,
damaged or clean, a word that is no listed word but becomes one with an "rn" read as "m" is put
right. A listed word with "rn" ("barnen", "kornet"), a word whose å/ä/ö an OCR lost ("Jarna" for
"Järna": a listed word folds to it, the word model's to mend) and a known name are left as read."""

from __future__ import annotations

import re

from docparse.sv.lexicon import fold
from docparse.sv.names import is_given_name, is_known_surname

# A word with "rn" in it, standing apart from any other word or number.
_WORD = re.compile(r"(?<![\w-])[^\W\d_]*rn[^\W\d_]*(?![\w-])")
REASON = "confusion:rn->m"
MIN_LENGTH = 5  # "rnig": short tokens make too many words


def rn_for_m(text: str, lexicon) -> list[tuple[int, int, str, str]]:
    """(start, end, fixed, reason) of each unlisted word that one "rn" read as "m" makes a listed word."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        low = word.lower()
        if len(word) < MIN_LENGTH or lexicon.logf(low) is not None or lexicon.by_key(fold(low)):
            continue
        if text[max(0, m.start() - 8):m.start()].rstrip().endswith("-"):
            continue  # "effek- terna", "par-" / "terna": a word's end after its hyphenation, no word of its own
        if word[:1].isupper() and (is_given_name(word) or is_known_surname(word)):
            continue
        found = None
        pos = low.find("rn")
        while pos != -1:
            cand = low[:pos] + "m" + low[pos + 2:]
            if lexicon.logf(cand) is not None:
                found = word[:pos] + ("M" if word[pos].isupper() else "m") + word[pos + 2:]
                break
            pos = low.find("rn", pos + 1)
        if found:
            out.append((m.start(), m.end(), found, REASON))
    return out
