"""How often a word ends longer words, as a compound's head (models/build_heads.py).

``Heads.count("lån")``: the distinct words of the training text that end in "lån" after a
compound's first part ("studielån", "bostadslån"). Memory-mapped marisa trie.
"""

from __future__ import annotations

from pathlib import Path

from docparse.errors import ModelDataError

HEADS_FILE = "sv_heads.marisa"
MIN_HEAD = 3  # letters of a head (shorter endings are mostly inflections, not words)
SHORT_HEAD = 2  # but two-letter heads are counted too where no inflection ending ("budget+år")
# Endings of inflection that look like two-letter heads: "bil+ar", "skol+or", "kommun+en" are
# plurals and definite forms, not compounds (models/build_heads.py counts none of them).
INFLECTION_ENDINGS = frozenset({"ar", "er", "or", "en", "et", "na", "ns", "ts", "as", "es", "os", "an", "on", "rs",
                                "de", "te", "da", "ta"})
MIN_MODIFIER = 4  # letters before it ("sko+lan" is no compound)


class Heads:
    """Counts of words as compound heads; 0 for a word never seen ending another."""

    def __init__(self, path: Path):
        try:
            import marisa_trie

            self._trie = marisa_trie.RecordTrie("<I")
            self._trie.mmap(str(path))
        except (OSError, ValueError, RuntimeError) as e:
            raise ModelDataError(f"{path}: compound-head counts unreadable ({e}); "
                                 "rebuild them with python models/build_heads.py") from None

    def count(self, head: str) -> int:
        hit = self._trie.get(head)
        return hit[0][0] if hit else 0
