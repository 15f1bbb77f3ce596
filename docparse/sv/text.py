"""Text comparisons every stage uses: folding for tolerant matching, collapsing white space."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without diacritics and with collapsed space, for tolerant comparisons."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def squash(text: str) -> str:
    """Collapse runs of white space (line breaks included) to single spaces."""
    return " ".join(text.split())


# Words a phrase cannot end on (prepositions, conjunctions, "of" of a name in English): a line
# cut after one goes on below, whatever the case of the next line's first letter.
PHRASE_GOES_ON = frozenset(
    "med om för av till på i och samt eller inom vid från mellan enligt mot över under efter hos genom kring inför"
    " bland åt utan of and the".split())
