"""A token's neighbour as the language model sees it: the passes that score a reading in
context (engine, splits, discourse) ask the same thing."""

from __future__ import annotations

from docparse.sv.lm import COMMA, SENT, breaks
from docparse.sv.lm import normalise as lm_form

# log10: where the bigrams put one reading this far ahead, no trigram is looked up (the lookups
# cost the pass a third of its time again; at 10^2, 10^3 and 10^4 the held-out, tuning and
# reference figures are the same, at 10^1 the tuning fold loses two of its three gains; a trigram
# overrules the bigrams by up to 10^2.3 in the tests' "före det år då"). The context pass (engine.py) and
# the close calls (closecalls.py) read it alike.
TRIGRAM_REACH = 3.0


def open_choice(scores: list[float]) -> bool:
    """Whether the bigrams leave the choice open: no reading TRIGRAM_REACH ahead of the next."""
    top = sorted(scores)[-2:]
    return abs(top[0] - top[1]) < TRIGRAM_REACH


def neighbour(text: str, tokens: list, j: int, start: int, end: int):
    """Token ``j`` across the separator text[start:end], or the model's mark for what stands
    between: a sentence boundary (also before the first and after the last token), a comma."""
    if j < 0 or j >= len(tokens):
        return SENT
    if end - start == 1 and text[start] == " ":
        return tokens[j]  # most separators: one space, which neither cuts the context nor is a comma
    if breaks(text, start, end):
        return SENT
    return COMMA if "," in text[start:end] else tokens[j]


def form(n) -> str:
    """What the model reads for a neighbour: its mark, or the token's word as now decided (a
    pass that re-decides tokens keeps the token and asks again)."""
    return n if type(n) is str else lm_form(n.current())


def neighbour_form(text: str, tokens: list, j: int, start: int, end: int) -> str:
    """The model's reading of neighbour ``j`` as the tokens stand now."""
    return form(neighbour(text, tokens, j, start, end))


def beyond(text: str, tokens: list, i: int, step: int, near):
    """The neighbour one further than ``near``, token ``i``'s neighbour on the side ``step``
    (-1 left, +1 right): None past a sentence boundary (the counts hold no trigram across
    one), the token across a comma (the comma is a token of the model's), else the neighbour
    of that token in turn."""
    j = i + step
    if type(near) is str:
        return None if near == SENT else tokens[j]
    k = j + step
    if step < 0:
        return neighbour(text, tokens, k, tokens[k].end if k >= 0 else 0, tokens[j].start)
    return neighbour(text, tokens, k, tokens[j].end, tokens[k].start if k < len(tokens) else len(text))
