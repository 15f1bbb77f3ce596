"""The held-out Riksdag documents: the fixed rule, and no document both held out and trained on."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
import riksdag_split  # noqa: E402

INDEX = riksdag_split.RIKSDAG_DIR / "INDEX.tsv"
pytestmark = pytest.mark.skipif(not INDEX.is_file(), reason=f"{INDEX} not present")


def data_rows():
    lines = INDEX.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines[1:] if line.strip()]


def test_heldout_is_every_fifth_row_from_row_three():
    rows = data_rows()
    expected = [rows[k - 1] for k in range(3, len(rows) + 1, 5) if rows[k - 1] != "G40310"]
    assert riksdag_split.heldout_ids() == expected
    assert len(expected) == 10


def test_training_and_heldout_split_the_documents():
    held, train = set(riksdag_split.heldout_ids()), set(riksdag_split.training_ids())
    assert not held & train
    assert "G40310" not in held | train  # OCR'd, no truth: in neither
    assert held | train == set(data_rows()) - {"G40310"}
