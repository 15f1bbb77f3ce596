"""A vertical bar that opens a sentence as the English model's reading of "I" (Swedish "i"),
where no letter follows it on its line.

The engine restores a bar before a word at a sentence's start ("klart. | fallet"). The same
sign opens a sentence before a year or number ("området. | 1990 års utredning": "I 1990 års")
or ends a line after a full stop, its word on the next line ("perspektiv. |" then "övrigt": "I
övrigt"). A table's rules stand between numbers or cells, not after a full stop before a
number and a word in small letters, nor alone at a line's end before a line in small letters.
"""

from __future__ import annotations

import re

from docparse.sv.names import is_given_name

# After the bar: a number and a word in small letters ("| 1990 års").
_NUMBER_THEN_WORD = re.compile(r"[ \t]+\d+[ \t]+[a-zåäöé]{2,}")
# After the bar: the line's end, and the next line opening with a word in small letters.
_BREAK_THEN_WORD = re.compile(r"[ \t]*\n[a-zåäöé]{2,}")


def sentence_bar(text: str, pos: int) -> bool:
    """Does the bar at ``pos``, which follows a sentence's end and a space, stand for "I"
    before a number or across a line break?"""
    return bool(_NUMBER_THEN_WORD.match(text, pos + 1) or _BREAK_THEN_WORD.match(text, pos + 1))


# A small l opening a word before a consonant no Swedish word has after an opening l ("lngrid",
# "lnriktning", "ldeburet", "lvar"): an old OCR's reading of a capital I, which the word model,
# reading tokens in lower case, takes for a word of its own. Four letters at least (units: "lbs").
# (not before a d: the English model's reading of an ä or å, "ldmnas" for "lämnas")
_OPENING_L = re.compile(r"(?<![\w&@/.-])l(?=[bcfghkmnpqrstvwxz][a-zåäöé]{2,}(?![\w-]))")
_CELL_OR_SENTENCE_START = re.compile(r"(?:^|\n|[.!?:][ \t]+|[ ]{2,}|\t)[ \t]*$")


def opening_l(text: str, lexicon) -> list[tuple]:
    """(start, end, "I" or "i", 1.0, reason, "l") for each l read for an I opening a word that is a
    listed word or a given name with it (an l before a vowel the OCR lost, "lnekostnaderna" for
    "lönekostnaderna", is the word model's): a capital where a sentence or a layout's cell starts,
    or for a given name ("lngrid"), else the small i of a word inside a sentence ("som lnom")."""
    out = []
    for m in _OPENING_L.finditer(text):
        word = text[m.end():m.end() + 40].split(None, 1)[0].rstrip(".,;:)!?")
        if not word.isalpha():
            continue
        name = is_given_name("I" + word)
        if not name and lexicon.logf("i" + word) is None:
            continue
        starts = _CELL_OR_SENTENCE_START.search(text[max(0, m.start() - 4):m.start()]) or m.start() < 4 and not text[:m.start()].strip()
        capital = bool(starts) or name
        out.append((m.start(), m.end(), "I" if capital else "i", 1.0, "confusion:l->I", "l"))
    return out
