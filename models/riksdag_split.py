"""Which Riksdag documents (../shared/external/riksdag) are held out of every model, and which train them.

The rule, fixed for the whole project: count the data rows of INDEX.tsv from 1 and hold out every
fifth, starting at row 3 (rows 3, 8, 13, ...). G40310 is OCR'd print without a truth text: it is in
neither set. Models (models/build_*.py) train on training_ids() only; benchmarks measure on
heldout_ids() only. The dev corpus and the seeds are kept out of every model as well.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

# The checkout sits beside ../shared; DOCPARSE_RIKSDAG points elsewhere.
RIKSDAG_DIR = Path(os.environ.get("DOCPARSE_RIKSDAG")
                   or Path(__file__).resolve().parents[2] / "shared" / "external" / "riksdag")
# OCR'd print with real OCR errors and no truth: neither training text nor a measure.
EXCLUDED = frozenset({"G40310"})
FIRST_HELDOUT_ROW = 3
HELDOUT_EVERY = 5


def index_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The dok_id of each data row of INDEX.tsv, in file order."""
    path = Path(directory) / "INDEX.tsv"
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
    except OSError as exc:
        raise SystemExit(f"error: {path}: cannot read the Riksdag index ({exc.strerror})") from None
    if not rows or "dok_id" not in rows[0]:
        raise SystemExit(f"error: {path}: expected a tab-separated table with a dok_id column")
    return [row["dok_id"] for row in rows]


def _is_heldout(row: int) -> bool:
    """Data rows counted from 1: rows 3, 8, 13, ... are held out."""
    return row >= FIRST_HELDOUT_ROW and (row - FIRST_HELDOUT_ROW) % HELDOUT_EVERY == 0


def heldout_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The documents kept out of every model and measured on."""
    return [d for row, d in enumerate(index_ids(directory), 1) if _is_heldout(row) and d not in EXCLUDED]


def training_ids(directory: Path = RIKSDAG_DIR) -> list[str]:
    """The documents models may learn from: all the others, less the excluded."""
    return [d for row, d in enumerate(index_ids(directory), 1) if not _is_heldout(row) and d not in EXCLUDED]


def text_path(dok_id: str, directory: Path = RIKSDAG_DIR) -> Path:
    """The plain-text file of a document."""
    return Path(directory) / f"{dok_id}.txt"


if __name__ == "__main__":
    print("held out:", " ".join(heldout_ids()))
    print("training:", " ".join(training_ids()))
