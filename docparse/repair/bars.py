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

# After the bar: a number and a word in small letters ("| 1990 års").
_NUMBER_THEN_WORD = re.compile(r"[ \t]+\d+[ \t]+[a-zåäöé]{2,}")
# After the bar: the line's end, and the next line opening with a word in small letters.
_BREAK_THEN_WORD = re.compile(r"[ \t]*\n[a-zåäöé]{2,}")


def sentence_bar(text: str, pos: int) -> bool:
    """Does the bar at ``pos``, which follows a sentence's end and a space, stand for "I"
    before a number or across a line break?"""
    return bool(_NUMBER_THEN_WORD.match(text, pos + 1) or _BREAK_THEN_WORD.match(text, pos + 1))
