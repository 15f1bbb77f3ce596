"""Text comparisons every stage uses: folding for tolerant matching, collapsing white space."""

from __future__ import annotations

import re
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

# The word opening a table's sum row ("Summa    540 000", "Totalt:"): the row is no entry of its own.
SUM_ROW_WORDS = r"(?:summa|totalt|total|sammanlagt)\b"


_CAPS_WORD = re.compile(r"[^\W\d_]+")
# Words after which a place's name follows ("REGION EXELAND") or before which one stands ("EXEBY KOMMUN").
_PLACE_AFTER = frozenset({"region"})
_PLACE_BEFORE = frozenset({"kommun", "kommuns", "stad", "stads", "län", "läns"})


def sentence_case(line: str) -> str:
    """A line printed in capitals as running text writes it, for tests written for mixed case:
    "MILJÖ- OCH BYGGNÄMNDEN" -> "Miljö- och byggnämnden", "REGION EXELAND" -> "Region Exeland",
    "KOMMUNSTYRELSEN I ÅRE KOMMUN" -> "Kommunstyrelsen i Åre kommun". The first word and a place's
    name are capitalised, other words lower-cased; a short word no phrase is built with keeps its
    capitals (a code or an abbreviation: "KS", "MBN", "AB"). Same length, so offsets hold; a line not
    wholly in capitals is returned as it is."""
    words = list(_CAPS_WORD.finditer(line))
    if not words or sum(len(w.group(0)) for w in words) < 4 or line.upper() != line or line.lower() == line:
        return line
    out = list(line)
    for k, w in enumerate(words):
        word, lower = w.group(0), w.group(0).lower()
        after = k and words[k - 1].group(0).lower() in _PLACE_AFTER
        before = k + 1 < len(words) and words[k + 1].group(0).lower() in _PLACE_BEFORE and lower not in PHRASE_GOES_ON
        if len(word) <= 3 and lower not in PHRASE_GOES_ON and not (after or before):
            continue
        new = lower.capitalize() if k == 0 or after or before else lower
        if len(new) == len(word):
            out[w.start():w.end()] = new
    return "".join(out)
