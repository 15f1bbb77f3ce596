"""Twins that are only given names: "måns" is the name Måns, never a word of running text.

The bigram model counts names among the words, so a lower-case "mans" (mäns) can be read as
the name when a name's usual neighbours follow ("Måns och ..."). A twin the name model lists as
a given name that SUC never writes in lower case, and that the word classes know as no noun,
verb or adjective, is no reading of a lower-case token (models/sv_names.tsv, built by
models/build_names.py: the store's name data, read once for repair and the recogniser).
"""

from __future__ import annotations

from docparse.errors import ModelDataError
from docparse.repair.context import ADJECTIVE, NOUN, VERB


def given_only(models) -> frozenset[str]:
    """The store's given names (lower case) SUC never writes in lower case."""
    try:
        names = models.names.entries  # (the store reads the name model once, for the recogniser too)
    except ModelDataError:
        return frozenset()  # no name model: no twin is excluded (the recogniser reports it)
    return frozenset(name.lower() for name, entry in names.items() if entry.given_listed and entry.lower == 0)


def only_a_name(word: str, models) -> bool:
    """Is lower-case ``word`` a given name and nothing else?"""
    if word not in models.derived(given_only, given_only):
        return False
    return not models.lexicon.word_class(word) & (NOUN | ADJECTIVE | VERB)
