"""Containers in batch: member records with equal flattened names kept apart, records of members
gone from a changed archive removed, a container that fails leaves none of its records, and
Office formats docparse does not read (.xls) skipped with their reason. Real ZIP archives made
with zipfile, real text documents, a real .xls written by xlwt."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from docparse.cli import main

TEXT = "Kommunstyrelsen beslutar att bevilja Föreningen Ekbacken {n} 000 kronor.\n"


def _zip(path, members: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)


def _batch(folder, out, *extra):
    return CliRunner().invoke(main, ["batch", str(folder), "-o", str(out), *map(str, extra)])


def _manifest(out) -> dict[str, dict]:
    return {e["id"]: e for e in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}


def _records(out) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (out / "records").rglob("*.json")}


def test_members_with_equal_flattened_names_get_distinct_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _zip(folder / "ärenden.zip", {"först.txt": TEXT.format(n=1), "a/b.txt": TEXT.format(n=2),
                                  "a_b.txt": TEXT.format(n=3)})
    out = tmp_path / "ut"
    result = _batch(folder, out)
    assert result.exit_code == 0, result.stderr
    records = _records(out)
    assert sorted(records) == ["ärenden.zip!a_b.txt.2.json", "ärenden.zip!a_b.txt.json", "ärenden.zip.json"]
    paths = {r["source"]["path"].rsplit("!", 1)[-1] for r in records.values()}
    assert paths == {"först.txt", "a/b.txt", "a_b.txt"}  # each member once: none overwrote another
    entry = _manifest(out)["ärenden.zip"]
    assert sorted(entry["members"]) == ["records/ärenden.zip!a_b.txt.2.json", "records/ärenden.zip!a_b.txt.json"]


def test_records_of_members_gone_from_a_changed_archive_are_removed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    archive = folder / "bidrag.zip"
    _zip(archive, {"1.txt": TEXT.format(n=1), "2.txt": TEXT.format(n=2), "3.txt": TEXT.format(n=3)})
    out = tmp_path / "ut"
    assert _batch(folder, out).exit_code == 0
    assert sorted(_records(out)) == ["bidrag.zip!2.txt.json", "bidrag.zip!3.txt.json", "bidrag.zip.json"]
    _zip(archive, {"1.txt": TEXT.format(n=1), "3.txt": TEXT.format(n=4)})  # 2.txt taken out, 3.txt changed
    result = _batch(folder, out)
    assert result.exit_code == 0, result.stderr
    records = _records(out)
    assert sorted(records) == ["bidrag.zip!3.txt.json", "bidrag.zip.json"]
    assert "4 000 kronor" in records["bidrag.zip!3.txt.json"]["text"]
    assert _manifest(out)["bidrag.zip"]["members"] == ["records/bidrag.zip!3.txt.json"]


def test_a_container_that_fails_leaves_none_of_its_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    archive = folder / "protokoll.zip"
    _zip(archive, {"1.txt": TEXT.format(n=1), "2.txt": TEXT.format(n=2)})
    (folder / "annat.txt").write_text(TEXT.format(n=9), encoding="utf-8")
    out = tmp_path / "ut"
    assert _batch(folder, out).exit_code == 0
    assert len(_records(out)) == 3
    _zip(archive, {"1.bin": bytes(range(256)) * 8})  # now nothing in it can be read
    result = _batch(folder, out)
    assert result.exit_code == 1
    entry = _manifest(out)["protokoll.zip"]
    assert entry["status"] == "failed" and entry["record"] is None
    assert sorted(_records(out)) == ["annat.txt.json"]  # the other input's record stays
    assert [p.name for p in (out / "records").iterdir()] == ["annat.txt.json"]  # no staging folder either


def test_a_staging_folder_left_by_a_killed_run_is_swept(tmp_path):
    """A container's worker killed midway (the whole batch with it) leaves its staging folder; the
    next batch removes it, though that container is unchanged and not run again."""
    from docparse.batch.files import staging_folder

    folder = tmp_path / "in"
    (folder / "nämnd").mkdir(parents=True)
    _zip(folder / "nämnd" / "protokoll.zip", {"1.txt": TEXT.format(n=1), "2.txt": TEXT.format(n=2)})
    out = tmp_path / "ut"
    assert _batch(folder, out).exit_code == 0
    records = _records(out)
    left = Path(staging_folder(str(out / "records" / "nämnd" / "protokoll.zip.json")))
    left.mkdir()
    (left / "0.json").write_text("{}", encoding="utf-8")
    result = _batch(folder, out)
    assert result.exit_code == 0, result.stderr
    assert "0 done, 1 unchanged" in result.stderr  # the container was not run again
    assert not left.exists()
    assert _records(out) == records


def test_batch_skips_an_excel_workbook_with_its_reason(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    folder = tmp_path / "in"
    folder.mkdir()
    book = xlwt.Workbook()
    sheet = book.add_sheet("Budget")
    for row, (post, amount) in enumerate([("Post", "Belopp"), ("Bidrag", 12000)]):
        sheet.write(row, 0, post)
        sheet.write(row, 1, amount)
    xls = folder / "budget.xls"
    book.save(str(xls))
    (folder / "beslut.txt").write_text(TEXT.format(n=1), encoding="utf-8")
    out = tmp_path / "ut"
    result = _batch(folder, out)
    assert result.exit_code == 0, result.stderr
    assert f"skipped: {xls}: unsupported format: Excel workbook (.xls)" in result.stderr
    entry = _manifest(out)[xls.name]
    assert (entry["status"], entry["error"]) == ("skipped", "unsupported format: Excel workbook (.xls)")
    assert "2 inputs: 1 done, 0 unchanged, 1 skipped, 0 failed" in result.stderr
