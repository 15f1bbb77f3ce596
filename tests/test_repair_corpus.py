"""Repair measured on the reference scans and seeds (skipped where ../shared/corpus is absent)."""

import glob
import json
from pathlib import Path

import pytest

from docparse.evaluate.wer import word_error_rate, words
from docparse.repair import repair

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SCANS = sorted(glob.glob(str(CORPUS / "scans" / "*.eng.txt")))
CLEAN_SEEDS = sorted(glob.glob(str(CORPUS / "seeds" / "00[1-4]_*.txt")))

needs_corpus = pytest.mark.skipif(not SCANS, reason="reference corpus not present")


@needs_corpus
@pytest.mark.parametrize("path", SCANS, ids=lambda p: Path(p).name[:3])
def test_scan_wer_regression(path):
    truth = Path(path.replace(".eng.txt", ".truth.txt")).read_text(encoding="utf-8")
    raw = Path(path).read_text(encoding="utf-8")
    before = word_error_rate(truth, raw)
    after = word_error_rate(truth, repair(raw).text)
    # Guards against regressions; the figures reached are in the report (eval-text).
    assert after.wer < 0.045 and after.wer < before.wer / 5
    assert after.swedish_accuracy > 0.94


@needs_corpus
@pytest.mark.parametrize("path", CLEAN_SEEDS, ids=lambda p: Path(p).name[:3])
def test_clean_seeds_barely_change(path):
    text = Path(path).read_text(encoding="utf-8")
    assert len(repair(text).edits) <= 0.0005 * len(words(text))


@needs_corpus
def test_seed_000_decision_points_come_out_right():
    from rapidfuzz import fuzz

    seed = next((CORPUS / "seeds").glob("000_*.txt"))
    gold = json.loads(next((CORPUS / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
    out = " ".join(words(repair(seed.read_text(encoding="utf-8")).text))
    for dp in gold["decision_points"]:
        want = " ".join(words(dp["text"]))
        assert fuzz.partial_ratio(want, out) >= 95, dp["text"]
