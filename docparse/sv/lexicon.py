"""The Swedish lexicon of a models folder: word forms with frequencies and compound-part bits
(sv_lexicon.marisa), the å/ä/ö accent index (sv_accents.marisa), every folded key
(sv_keys.marisa) and every prefix of one (sv_key_prefixes.marisa), and the word classes
(sv_wordclass.marisa).

Shared by clean (is a heading's first token a word?) and repair (the word model and the
grammar rules). The files are read through docparse.models.ModelStore, which owns them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docparse.errors import ModelDataError

LEXICON_FORMAT = 2
SWEDISH_LETTERS = frozenset("åäö")  # the marks an OCR model without them loses (lower case)
# Lookup key: what an OCR model without å/ä/ö keeps. A table indexed by code point (identity
# below 256 but for å/ä/ö; str.translate keeps what lies beyond it), the same fold as
# str.maketrans("åäö", "aao") at half the cost: translate asks its table once per distinct
# character, and a dict of three entries answers the others by raising KeyError.
FOLD = "".join(chr(c) for c in range(256)).replace("å", "a").replace("ä", "a").replace("ö", "o")


def fold(word: str) -> str:
    """``word`` translated by FOLD, as three scans for the three letters (str.replace returns
    the word itself where a letter is missing): a quarter of translate's cost, and repair folds
    every word it looks up."""
    return word.replace("å", "a").replace("ä", "a").replace("ö", "o")

BEGIN, MIDDLE, END, ONLY_COMPOUND, INFINITIVE = 1, 2, 4, 8, 16
MISSING = object()
PREFIXES_FILE = "sv_key_prefixes.marisa"  # every prefix of a folded key (models/build_lexicon.py)
MAX_CLASS_MEMO = 200_000
# by_key()'s answer for the many keys no entry folds to: one list for them all (its callers
# only read what it returns), not a list made, kept and scanned by the collector per key.
NO_ENTRIES: list[str] = []


class WordClasses:
    """Word-class bits of words (models/build_wordclass.py sets them; repair.context names
    them), from one folder's sv_wordclass.marisa. Without that file every word has class 0 and
    the grammar rules rest: they refine the word model, which works without them.

    The trie is opened on the first lookup; lookups are memoised, since running text repeats
    its words.
    """

    def __init__(self, path: Path | None):
        self.path = path
        self._trie: Any = None if path is not None else False  # None: not opened yet; False: no file
        self._memo: dict[str, int] = {}

    @property
    def available(self) -> bool:
        return bool(self._open())

    def _open(self):
        if self._trie is None:
            if self.path.exists():
                import marisa_trie

                trie = marisa_trie.RecordTrie("<H")
                trie.mmap(str(self.path))
                self._trie = trie
            else:
                self._trie = False
        return self._trie

    def of(self, word: str) -> int:
        """Class bits of ``word``, 0 if unknown."""
        bits = self._memo.get(word)
        if bits is None:
            trie = self._trie if self._trie is not None else self._open()
            hit = trie.get(word) if trie else None
            bits = hit[0][0] if hit else 0
            if len(self._memo) > MAX_CLASS_MEMO:
                self._memo.clear()
            self._memo[word] = bits
        return bits


class Lexicon:
    """Word forms with frequencies and compound-part bits, the accent index, and the word
    classes of the same folder (``word_class``).

    The tries are marisa tries, memory-mapped: loading costs nothing, a lookup about a microsecond.
    Lookups are memoised per word, since running text repeats its words.
    """

    def __init__(self, lex, acc, keys, classes: WordClasses | None = None, letter_pairs: frozenset[str] = frozenset(),
                 prefixes=None):
        self.classes = classes if classes is not None else WordClasses(None)
        self.word_class = self.classes.of  # the word classes of this lexicon's folder, never another's
        self.letter_pairs = letter_pairs  # letter pairs Swedish words use (^ $ at the ends)
        self._keys_trie = keys  # every folded key, for prefix tests
        self._prefixes = prefixes  # every prefix of a folded key (None: prefix tests iterate keys)
        self.prefix_memo: dict[str, bool] = {}  # viable() answers; hot loops read it directly
        self._lex = lex  # word -> [(round(log10 f * 100) << 5 | bits,)]
        self._acc = acc  # folded key -> [b"space-joined words with å/ä/ö folding to it"]
        self._codes: dict[str, int | None] = {}
        self._keys: dict[str, list[str]] = {}
        self.key_memo = self._keys  # by_key() answers; hot loops read it directly (cleared, never replaced)
        self.memos: dict[str, Any] = {}  # repair's memos of what depends on this lexicon alone (repair.memo)

    def code(self, word: str) -> int | None:
        code = self._codes.get(word, MISSING)  # .get, not try/except: misses are common and raising costs
        if code is not MISSING:
            return code  # type: ignore[return-value]
        if len(self._codes) > 500_000:
            self._codes.clear()
        hit = self._lex.get(word)
        code = self._codes[word] = hit[0][0] if hit else None
        return code

    def logf(self, word: str) -> float | None:
        """log10 frequency of a standalone word, None when not a word."""
        code = self._codes.get(word, MISSING)  # (code() inlined for the memo's hits)
        if code is MISSING:
            code = self.code(word)
        if code is None or code & ONLY_COMPOUND:  # type: ignore[operator]
            return None
        return (code >> 5) / 100  # type: ignore[operator]

    def bits(self, word: str) -> int:
        code = self._codes.get(word, MISSING)  # (code() inlined for the memo's hits)
        if code is MISSING:
            code = self.code(word)
        return 0 if code is None else code & 31  # type: ignore[operator]

    def viable(self, prefix: str) -> bool:
        """Does any entry's folded form start with ``prefix``?"""
        ok = self.prefix_memo.get(prefix)
        if ok is not None:
            return ok
        if len(self.prefix_memo) > 500_000:
            self.prefix_memo.clear()
        if self._prefixes is not None:
            ok = prefix in self._prefixes  # (one lookup: most prefixes a search tries are new)
        else:
            ok = False
            for _ in self._keys_trie.iterkeys(prefix):
                ok = True
                break
        self.prefix_memo[prefix] = ok
        return ok

    def by_key(self, key: str) -> list[str]:
        """Every entry (words and compound parts) whose folded form is ``key``."""
        out = self._keys.get(key)
        if out is not None:
            return out
        if len(self._keys) > 500_000:
            self._keys.clear()
        if key not in self._keys_trie:
            out = NO_ENTRIES  # one lookup settles most keys a search tries: no entry folds to them
        else:
            out = [key] if self.code(key) is not None else []
            more = self._acc.get(key)
            if more:
                out.extend(more[0].decode("utf-8").split(" "))
        self._keys[key] = out
        return out


def read_lexicon(directory: Path, classes: WordClasses | None = None) -> Lexicon:
    """The lexicon tries of a models folder (memory-mapped: milliseconds), with its word classes."""
    rebuild = "rebuild it with python models/build_lexicon.py"
    try:
        import marisa_trie
    except ImportError:
        from docparse.errors import MissingDependencyError

        raise MissingDependencyError("the repair stage needs marisa-trie", hint="pip install marisa-trie") from None
    meta_path = directory / "sv_lexicon.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("version") != LEXICON_FORMAT:
            raise ModelDataError(f"{meta_path}: lexicon format is not version {LEXICON_FORMAT}", hint=rebuild)
        lex = marisa_trie.RecordTrie("<i")
        lex.mmap(str(directory / "sv_lexicon.marisa"))
        acc = marisa_trie.BytesTrie()
        acc.mmap(str(directory / "sv_accents.marisa"))
        keys = marisa_trie.Trie()
        keys.mmap(str(directory / "sv_keys.marisa"))
        prefixes = None  # (a folder built before it had none: prefix tests then iterate sv_keys)
        if (directory / PREFIXES_FILE).exists():
            prefixes = marisa_trie.Trie()
            prefixes.mmap(str(directory / PREFIXES_FILE))
    except FileNotFoundError as err:
        raise ModelDataError(f"{err.filename or directory}: lexicon file missing", hint=rebuild) from None
    except (ValueError, RuntimeError, OSError) as err:
        raise ModelDataError(f"{directory}: unreadable lexicon ({err})", hint=rebuild) from None
    return Lexicon(lex, acc, keys, classes, frozenset(meta.get("letter_pairs", ())), prefixes)
