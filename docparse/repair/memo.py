"""The memos repair keeps for a process: each bounded, started over when full rather than
grown without end over a batch's documents."""

from __future__ import annotations


def bounded_put(memo: dict, key, value, limit: int):
    """``memo[key] = value``, ``memo`` emptied first if it holds more than ``limit`` entries;
    returns ``value``."""
    if len(memo) > limit:
        memo.clear()
    memo[key] = value
    return value


def per_lexicon(owner: str, lexicon, limit: int) -> dict:
    """The memo ``owner`` (a pass) keeps for ``lexicon`` (of what depends on the lexicon alone),
    a new one if it holds more than ``limit`` entries. Kept on the lexicon (``Lexicon.memos``),
    so it goes with it: a compiled Lexicon takes no weak references."""
    memos = lexicon.memos
    memo = memos.get(owner)
    if memo is None or len(memo) > limit:
        memo = memos[owner] = {}
    return memo


def store_memo(models, owner: str) -> dict:
    """The memo ``owner`` (a pass) keeps with the model store: of what depends on those models
    alone."""
    return models.derived(("memo", owner), _empty)


def _empty(_models) -> dict:
    return {}
