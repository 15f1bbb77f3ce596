"""Twins that are only given names: "måns" is the name Måns, never a word of running text.

The bigram model counts names among the words, so a lower-case "mans" (mäns) can be read as
the name when a name's usual neighbours follow ("Måns och ..."). A twin the name model lists as
a given name that SUC never writes in lower case, and that the word classes know as no noun,
verb or adjective, is no reading of a lower-case token (models/sv_names.tsv, built by
models/build_names.py; its rows are read here directly: the name recogniser's full data is
more than repair needs).
"""

from __future__ import annotations

WORD_CLASSES = 16 | 64 | 256  # noun, adjective, verb (the bits of repair.context)
NAMES_FILE = "sv_names.tsv"  # as docparse.sv.names reads it: name, flags, five SUC counts


def given_only(models) -> frozenset[str]:
    """The store's given names (lower case) SUC never writes in lower case."""
    out = set()
    try:
        lines = (models.directory / NAMES_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()  # no name model: no twin is excluded (the recogniser reports it)
    for line in lines:
        cols = line.split("\t")
        if len(cols) == 7 and line[0] != "#" and ("G" in cols[1] or "g" in cols[1]) and cols[6] == "0":
            out.add(cols[0].lower())
    return frozenset(out)


def only_a_name(word: str, models) -> bool:
    """Is lower-case ``word`` a given name and nothing else?"""
    if word not in models.derived(given_only, given_only):
        return False
    return not models.lexicon.word_class(word) & WORD_CLASSES
