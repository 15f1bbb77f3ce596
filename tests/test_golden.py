"""Golden test: the reference seeds against their gold fields (../shared/corpus)."""

import json
from pathlib import Path

import pytest

from docparse.evaluate.gold import evaluate
from docparse.pipeline import process
from docparse.schema import validate

from conftest import CORPUS

SEEDS = sorted((CORPUS / "seeds").glob("*.txt")) if CORPUS.exists() else []
CLEAN_SEEDS = [p for p in SEEDS if not p.name.startswith("000_")]

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def records():
    return {p.name: process(str(p)) for p in SEEDS}


def test_every_record_validates(records):
    for record in records.values():
        validate(record)


def _score(records, names, tmp_path):
    out = tmp_path / "records"
    out.mkdir()
    for name in names:
        (out / f"{Path(name).stem}.json").write_text(json.dumps(records[name], ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in names:
        src = next((CORPUS / "gold").glob(f"{Path(name).stem}.json"))
        (gold / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return evaluate(gold, out)


def test_clean_seeds_micro_f1(records, tmp_path):
    result = _score(records, [p.name for p in CLEAN_SEEDS], tmp_path)
    micro = result.micro()
    assert micro.f1 >= 0.97, micro.as_dict()


def test_every_org_number_found_and_valid(records):
    for name, record in records.items():
        gold = json.loads((CORPUS / "gold" / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
        found = {o["value"]: o["valid"] for o in record["org_numbers"]}
        for value in gold["org_numbers"]["required"]:
            assert found.get(value) is True, f"{name}: {value} not found valid"


def test_spans_point_at_their_values(records):
    for record in records.values():
        text = record["text"]
        for org in record["org_numbers"]:
            assert text[org["span"]["start"]:org["span"]["end"]] == org["value"]
        for p in record["people"]:
            assert text[p["span"]["start"]:p["span"]["end"]] == p["name"]
        for a in record["amounts"]:
            assert a["text"].startswith(text[a["span"]["start"]:a["span"]["end"]].split()[0])


def test_repairs_can_be_undone_from_the_record(records):
    """An archivist can check every edit: undoing the logged repairs gives original_text back."""
    damaged = next(r for name, r in records.items() if name.startswith("000_"))
    assert damaged["repairs"], "the OCR-damaged seed should need repair"
    text = damaged["text"]
    for edit in sorted(damaged["repairs"], key=lambda e: e["span"]["start"], reverse=True):
        assert text[edit["span"]["start"]:edit["span"]["end"]] == edit["replacement"]
        text = text[: edit["span"]["start"]] + edit["original"] + text[edit["span"]["end"]:]
    assert text == damaged["original_text"]
    for name, record in records.items():
        if not name.startswith("000_"):
            assert len(record["repairs"]) <= max(1, len(record["text"].split()) // 2000)  # <= 0.05 % of words
