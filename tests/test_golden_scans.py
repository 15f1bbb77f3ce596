"""Golden test over the image-only scans of the reference seeds (../shared/corpus/scans): read
through real Tesseract, the records must still score micro-F1 >= 0.98 against the seeds' gold
(0.986 today: one name Tesseract misreads; issue 4's target was 0.95). Kept at what is reached so
that one more miss shows: extraction rules that hold on clean text may not on OCR'd lines."""

import json
import shutil
from pathlib import Path

import pytest

from docparse.evaluate.gold import evaluate
from docparse.pipeline import process

from conftest import CORPUS

SCANS = sorted((CORPUS / "scans").glob("00[1-4]*.pdf")) if CORPUS.exists() else []

pytestmark = [pytest.mark.corpus, pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")]


def test_scanned_seeds_micro_f1(tmp_path):
    assert SCANS, "no scans in ../shared/corpus/scans"
    out = tmp_path / "records"
    out.mkdir()
    for path in SCANS:
        record = process(str(path))
        (out / f"{path.stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in SCANS:
        src = CORPUS / "gold" / f"{Path(path).stem}.json"
        (gold / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    micro = evaluate(gold, out).micro()
    assert micro.f1 >= 0.98, micro.as_dict()
