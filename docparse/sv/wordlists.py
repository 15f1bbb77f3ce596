"""Named word lists of a models folder (models/sv_context_words.txt), checked when loaded."""

from __future__ import annotations

from pathlib import Path

from docparse.errors import ModelDataError

# The lists the repair stage's context rules read; a file lacking one is refused when loaded.
CONTEXT_LISTS = frozenset(
    "number_words pronouns english units labels numbered time_units gendered male_plural_before determiners "
    "modals indefinite_before finite_aux have prepositions conjunctions plural_adjective_endings "
    "definite_after subject_pronouns infinitive_before object_start relatives subject_words "
    "adjective_endings sentence_adverbs".split()
)


def read_word_lists(path: Path, required: frozenset[str] = CONTEXT_LISTS) -> dict[str, frozenset[str]]:
    """``name: word word ...`` lines as {name: frozenset of words}; '#' lines are comments."""
    rebuild = "restore it from the project's models/ folder"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ModelDataError(f"{path}: word lists missing or unreadable ({e.strerror}); {rebuild}") from None
    lists: dict[str, frozenset[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, words = line.partition(":")
        name = name.strip()
        if not sep or not name.isidentifier() or not words.split():
            raise ModelDataError(f"{path}:{n}: expected 'name: word word ...', got {line[:60]!r}")
        if name in lists:
            raise ModelDataError(f"{path}:{n}: list {name!r} given twice")
        lists[name] = frozenset(words.split())
    missing = sorted(required - lists.keys())
    if missing:
        raise ModelDataError(f"{path}: word lists missing: {', '.join(missing)}; {rebuild}")
    return lists
