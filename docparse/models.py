"""The model files (models/, or the folder DOCPARSE_MODELS names), owned by one object.

A ModelStore reads each file of its folder on first use and keeps what it read: the lexicon,
the word classes, the OCR confusion channels, the precomputed repair decisions. The pipeline
passes one store down through clean and repair, so every stage reads the same folder.

A process keeps one store per folder (``store_for``): batch workers load nothing twice, and a
changed DOCPARSE_MODELS gives the store of the new folder, whose lexicon, word classes and
confusion tables all come from that folder together.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Hashable
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from docparse.sv.bodies import Domain, read_domain
from docparse.sv.confusions import Channel, read_channels
from docparse.sv.lexicon import Lexicon, WordClasses, read_lexicon
from docparse.sv.sentences import read_abbreviations

T = TypeVar("T")
# What the precomputed decisions depend on besides the code that made them (its version).
DECISION_SOURCES = ("sv_lexicon.json", "ocr_confusions.tsv", "ocr_confusions_prior.tsv")


# The model files' data package in an installed docparse (setup.py maps models/ to it).
DATA_PACKAGE = "docparse.model_data"


def models_dir() -> Path:
    """The configured models folder, the one place it is resolved: DOCPARSE_MODELS; else, in a
    source checkout, models/ beside the package (code and models of one tree); else the installed
    data package, found through importlib.resources."""
    env = os.environ.get("DOCPARSE_MODELS")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[1] / "models"
    if (checkout / "sv_lexicon.json").is_file():
        return checkout
    return _packaged_models()


def _packaged_models() -> Path:
    from importlib.resources import files

    try:
        # A wheel installs the package as plain files, so the Traversable is a real folder
        # (the marisa tries are memory-mapped and need a path, not a stream).
        return Path(str(files(DATA_PACKAGE)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "models"  # the error names this path later


class ModelStore:
    """The model files of one folder, each read on first use (memory-mapped where it can be:
    loading costs milliseconds)."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory).resolve()
        self._decisions: dict[int, object] = {}
        self._derived: dict[Hashable, object] = {}

    def __repr__(self) -> str:
        return f"ModelStore({str(self.directory)!r})"

    @cached_property
    def word_classes(self) -> WordClasses:
        return WordClasses(self.directory / "sv_wordclass.marisa")

    @cached_property
    def lexicon(self) -> Lexicon:
        """The lexicon, answering with this folder's word classes (never another folder's)."""
        return read_lexicon(self.directory, self.word_classes)

    @property
    def letter_pairs(self) -> frozenset[str]:
        return self.lexicon.letter_pairs

    @cached_property
    def context_words(self) -> dict[str, frozenset[str]]:
        """The word lists of the repair stage's context rules (sv_context_words.txt)."""
        from docparse.sv.wordlists import read_word_lists

        return read_word_lists(self.directory / "sv_context_words.txt")

    @cached_property
    def lm(self):
        """The word bigram language model (models/build_lm.py) with this folder's lexicon, or None
        in a folder without one: repair then decides without context (a broken one fails)."""
        from docparse.sv.lm import LM_META, LanguageModel

        if not (self.directory / LM_META).exists():
            return None
        return LanguageModel(self.directory, self.lexicon)

    @cached_property
    def heads(self):
        """Counts of words as compound heads (build_heads.py); None in a folder without them."""
        from docparse.sv.heads import HEADS_FILE, Heads

        path = self.directory / HEADS_FILE
        return Heads(path) if path.exists() else None

    @cached_property
    def char_model(self):
        """The letter-trigram model of Swedish words (build_charmodel.py); None when not built."""
        from docparse.sv.chars import read_char_model

        return read_char_model(self.directory / "sv_chars.tsv")

    @cached_property
    def deletions(self):
        """The deletion index of the lexicon's common words (build_deletions.py); None when not built."""
        from docparse.sv.deletions import read_deletion_index

        return read_deletion_index(self.directory)

    @cached_property
    def domain(self) -> Domain:
        """Municipalities (SCB) and regions (SKR) of domain_sv.txt."""
        return read_domain(self.directory / "domain_sv.txt")

    @cached_property
    def names(self):
        """The person-name recogniser's data (sv_names.tsv, foreign given names, titles.txt),
        with this folder's lexicon."""
        from docparse.sv.names import read_name_data

        return read_name_data(self.directory, self.lexicon)

    @cached_property
    def orgwords(self) -> dict[str, set[str]]:
        """Organisation-name endings and given names learned from SUC (build_orgwords.py); empty
        kinds when the file is not built."""
        kinds: dict[str, set[str]] = {"ending": set(), "given": set()}
        path = self.directory / "orgwords.tsv"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    kind, word = line.split("\t", 2)[:2]
                    kinds.setdefault(kind, set()).add(word)
        return kinds

    @cached_property
    def proper_nouns(self) -> frozenset[str]:
        """Word forms the lexicon's dictionary writes with a capital, lower case (build_proper.py:
        "mälaren", the lake, beside the painter "målaren"); empty when the file is not built."""
        path = self.directory / "sv_proper.txt"
        if not path.exists():
            return frozenset()
        return frozenset(line for line in path.read_text(encoding="utf-8").splitlines()
                         if line and not line.startswith("#"))

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations that do not end a sentence (build_abbreviations.py)."""
        return read_abbreviations(self.directory / "sv_abbreviations.txt")

    @cached_property
    def dotless(self) -> dict[str, str]:
        """Abbreviations read without their inner full stops -> the form to restore
        (build_dotless.py); empty when the file is not built."""
        out: dict[str, str] = {}
        path = self.directory / "sv_dotless.tsv"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    letters, dotted = line.split("\t", 2)[:2]
                    out[letters] = dotted
        return out

    @cached_property
    def channels(self) -> dict[str, Channel]:
        """The OCR confusion channel of each engine ("eng", "swe")."""
        return read_channels(self.directory)

    def fingerprint(self, version: int) -> str:
        """sha256 over what precomputed repair decisions depend on: the lexicon and confusion
        tables, and ``version``, the version of the code that decides."""
        import hashlib  # here, not above: only a folder with precomputed decisions needs it

        h = hashlib.sha256(f"decisions {version}\n".encode())
        for name in DECISION_SOURCES:
            p = self.directory / name
            h.update(name.encode() + b"\0" + (p.read_bytes() if p.exists() else b"") + b"\0")
        return h.hexdigest()

    def decisions(self, version: int):
        """The precomputed decisions of the damaged-page word model (models/build_repair_cache.py,
        a marisa BytesTrie) if they were made from this folder's tables by code of ``version``,
        else None."""
        if version not in self._decisions:
            self._decisions[version] = self._read_decisions(version)
        return self._decisions[version]

    def _read_decisions(self, version: int):
        try:
            meta = json.loads((self.directory / "repair_cache_eng.json").read_text(encoding="utf-8"))
            if meta.get("fingerprint") != self.fingerprint(version):
                return None  # stale: the tables changed since it was built
            import marisa_trie

            trie = marisa_trie.BytesTrie()
            trie.mmap(str(self.directory / "repair_cache_eng.marisa"))
            return trie
        except (OSError, ValueError, ImportError):
            return None

    def derived(self, key: Hashable, build: Callable[[ModelStore], T]) -> T:
        """What a stage builds from these models (the repair stage's word repairers, with their
        caches), built once and kept with the models it was built from."""
        try:
            return self._derived[key]  # type: ignore[return-value]
        except KeyError:
            value = self._derived[key] = build(self)
            return value


_stores: dict[Path, ModelStore] = {}  # resolved folder -> its store
_configured: dict[str, ModelStore] = {}  # DOCPARSE_MODELS as set ("" unset) -> its store


def store_for(directory: str | Path | None = None) -> ModelStore:
    """The process's store of ``directory`` (default: the folder configured now)."""
    if directory is None:
        # Called once per document: the setting is looked up in a dict, not resolved again
        # (a relative setting is, since it depends on the working directory).
        setting = os.environ.get("DOCPARSE_MODELS", "")
        store = _configured.get(setting)
        if store is None:
            store = _store_of(models_dir())
            if not setting or os.path.isabs(setting):
                _configured[setting] = store
        return store
    return _store_of(Path(directory))


def _store_of(directory: Path) -> ModelStore:
    path = directory.resolve()
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = ModelStore(path)
    return store
