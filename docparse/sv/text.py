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
