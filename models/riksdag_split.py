"""Which Riksdag documents of ../shared/external/riksdag/ are held out of every model: the one rule.

Held out: every fifth data row of INDEX.tsv counting from 1, starting at row 3 (rows 3, 8, 13,
...). G40310 is itself OCR'd print with no truth: in neither training nor measurement.
Both models/ (what a model may learn from) and benchmarks/ (what is measured) import this.

Tuning: a fold of the training documents (every fifth from the third) that a language model built
for tuning leaves out (models/build_lm.py --tuning DIR). Repair's margins and thresholds are tuned
on their OCR (benchmarks/eval_repair_riksdag.py --documents tuning), never on the held-out
documents'; the shipped model trains on them as on every training document.
"""

from __future__ import annotations

from pathlib import Path

RIKSDAG_DIR = Path(__file__).resolve().parents[2] / "shared" / "external" / "riksdag"
EXCLUDED = frozenset({"G40310"})  # OCR'd, no truth
FIRST_HELDOUT_ROW, EVERY = 3, 5


def index_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The document ids of INDEX.tsv in row order (data rows only)."""
    lines = (directory / "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t", 1)[0] for line in lines[1:] if line.strip()]


def heldout_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The held-out documents: data rows 3, 8, 13, ... (counted from 1)."""
    ids = index_ids(directory)
    return [d for row, d in enumerate(ids, 1)
            if row >= FIRST_HELDOUT_ROW and (row - FIRST_HELDOUT_ROW) % EVERY == 0 and d not in EXCLUDED]


def tuning_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The tuning fold: every fifth training document, from the third."""
    return training_ids(directory)[2::5]


def training_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The documents a model may learn from: neither held out nor excluded."""
    held = set(heldout_ids(directory))
    return [d for d in index_ids(directory) if d not in held and d not in EXCLUDED]
