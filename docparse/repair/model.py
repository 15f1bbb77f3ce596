"""The repair stage's models: the Swedish lexicon and the OCR confusion channels of a
models folder, through the store that owns them (docparse.models.ModelStore).

The file formats live in the shared layer (docparse.sv.lexicon, docparse.sv.confusions); the
names below are kept for the code and tools that import them from here.
"""

from __future__ import annotations

from pathlib import Path

from docparse.errors import ModelDataError
from docparse.models import ModelStore, models_dir, store_for
from docparse.sv.confusions import (
    MIN_IDENTITY,
    MIN_PROPOSE,
    UNSEEN_IDENTITY,
    Channel,
    adapted,
    channel_from_counts,
    parse_confusions,
    read_counts,
)
from docparse.sv.lexicon import BEGIN, END, FOLD, INFINITIVE, LEXICON_FORMAT, MIDDLE, MISSING, ONLY_COMPOUND, Lexicon

__all__ = [
    "BEGIN", "END", "FOLD", "INFINITIVE", "LEXICON_FORMAT", "MIDDLE", "MISSING", "MIN_IDENTITY", "MIN_PROPOSE",
    "ONLY_COMPOUND", "UNSEEN_IDENTITY", "Channel", "Lexicon", "ModelStore", "adapted", "channel_from_counts",
    "decisions", "fingerprint", "load", "load_decisions", "models_dir", "parse_confusions", "read_counts",
]


def load(directory: str | None = None) -> ModelStore:
    """The store of ``directory`` (default: the configured folder) with every file repair
    reads opened now: a broken folder fails here, naming the file, and timing this times the
    whole load."""
    models = store_for(directory)
    _ = models.lexicon, models.channels, models.word_classes.available, decisions(models)
    _ = models.lm, models.context_words, models.deletions
    # Read on a first repair otherwise (timed as its cost): the letter-trigram model, the
    # compound heads, the given names that are no word, the name recogniser's data.
    from docparse.repair.namesakes import given_only

    _ = models.char_model, models.heads, models.derived(given_only, given_only)
    try:
        _ = models.names  # (the noisy channel asks whether a reading is a person's name)
    except ModelDataError:
        pass  # (a folder without the name files: that pass raises it if it gets so far, as before)
    return models


def decisions(models: ModelStore):
    """The precomputed damaged-page decisions of ``models`` made by the current decision code,
    or None where there are none (or they are stale)."""
    from docparse.repair.words import DECISION_VERSION

    return models.decisions(DECISION_VERSION)


def fingerprint(directory: str | None = None) -> str:
    """sha256 over what repair decisions depend on: the lexicon and confusion tables, and the
    version of the decision code (words.DECISION_VERSION)."""
    from docparse.repair.words import DECISION_VERSION

    return ModelStore(Path(directory) if directory else models_dir()).fingerprint(DECISION_VERSION)


def load_decisions(directory: str | None = None):
    """The precomputed decisions (models/build_repair_cache.py) if they match the current
    lexicon and confusion tables, else None (read afresh: a tool may have just rebuilt them)."""
    return decisions(ModelStore(Path(directory) if directory else models_dir()))
