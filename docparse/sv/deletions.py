"""A deletion index of the lexicon's common words (models/build_deletions.py): the folded keys
one deleted letter turns into a given string, for finding the listed words near an OCR token
with a few lookups instead of a walk over the whole lexicon (SymSpell's method, one deletion
deep on the words' side).

Files: sv_deletions.marisa (string -> ids of the keys it is, or one deletion makes it) and
sv_deletion_keys.marisa (the keys, by id), memory-mapped.
"""

from __future__ import annotations

from pathlib import Path

from docparse.errors import ModelDataError

DELETIONS_FILE = "sv_deletions.marisa"
KEYS_FILE = "sv_deletion_keys.marisa"


class DeletionIndex:
    """The keys of the indexed words within a few deletions of a string."""

    def __init__(self, deletions, keys):
        self._deletions = deletions  # marisa RecordTrie "<I": deleted form -> key ids
        self._keys = keys  # marisa Trie of the keys

    def near(self, token: str, depth: int) -> set[str]:
        """Keys K such that some deletion of at most ``depth`` letters of ``token`` is K, or is
        K with one letter deleted: K is ``token`` with up to ``depth`` letters too many, or
        with one letter missing or changed besides."""
        forms = {token}
        n = len(token)
        if depth == 2:
            # (each pair of places once: the layered walk below makes every such string twice)
            forms.update([token[:i] + token[i + 1:] for i in range(n)])
            forms.update([token[:i] + token[i + 1:j] + token[j + 1:] for j in range(1, n) for i in range(j)])
        else:
            layer = {token}
            for _ in range(depth):
                layer = {f[:i] + f[i + 1:] for f in layer for i in range(len(f))}
                forms |= layer
        deletions, get, restore = self._deletions, self._deletions.get, self._keys.restore_key
        out: set[str] = set()
        for f in forms:
            if f in deletions:  # (a key is indexed under itself too; most forms are not there)
                out.update(restore(kid) for (kid,) in get(f))
        return out


def read_deletion_index(directory: Path) -> DeletionIndex | None:
    """The index of ``directory``; None when it is not built (the pass using it then rests)."""
    deletions_path, keys_path = directory / DELETIONS_FILE, directory / KEYS_FILE
    if not deletions_path.exists() or not keys_path.exists():
        return None
    import marisa_trie

    deletions, keys = marisa_trie.RecordTrie("<I"), marisa_trie.Trie()
    for trie, path in ((deletions, deletions_path), (keys, keys_path)):
        try:
            trie.mmap(str(path))
        except Exception as e:  # marisa raises plain Exceptions for a file of another kind
            raise ModelDataError(f"{path}: deletion index unreadable ({e})",
                                 hint="rebuild it with python models/build_deletions.py") from None
    return DeletionIndex(deletions, keys)
