"""The per-document timeout: a real slow document (Tesseract reading a dense, noisy full page) is
stopped, reported failed, and the other documents go on, in run and in batch; a rerun retries it."""

from __future__ import annotations

import json
import os
import shutil
import tempfile

import pytest
from click.testing import CliRunner

import scanmaker
from docparse.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")]

TEXT = "Kommunstyrelsen beslutar att bevilja Föreningen Ekbacken 12 000 kronor.\n"
# The slow page takes Tesseract seconds; the text documents a fraction of this.
TIMEOUT = "1"


@pytest.fixture(scope="module")
def slow_scan(tmp_path_factory):
    """A full A4 page, dense and noisy, as a PNG: one page that Tesseract needs seconds for."""
    img = scanmaker.render_page(scanmaker.SWEDISH * 14, size=(2480, 3508), noise=0.03, seed=5)
    path = tmp_path_factory.mktemp("scan") / "tät sida.png"
    path.write_bytes(scanmaker.image_bytes([img], "PNG"))
    return path


MARK = "DOCPARSE_TIMEOUT_TEST"


def _our_tesseracts() -> set[int]:
    """Tesseract processes alive now (zombies excluded) that this test started: they inherit the
    MARK variable from the run's workers, so Tesseract runs of other processes on a shared machine
    are not counted."""
    alive = set()
    token = f"{MARK}={os.getpid()}".encode()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                stat = fh.read()
            name, state = stat[stat.index("(") + 1: stat.rindex(")")], stat[stat.rindex(")") + 2]
            if name != "tesseract" or state == "Z":
                continue
            with open(f"/proc/{pid}/environ", "rb") as fh:
                if token in fh.read().split(b"\0"):
                    alive.add(int(pid))
        except OSError:
            continue
    return alive


def test_run_stops_a_slow_document_and_goes_on(slow_scan, tmp_path, monkeypatch):
    monkeypatch.setenv(MARK, str(os.getpid()))
    text = tmp_path / "beslut.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(slow_scan), str(text), "-j", "1", "--timeout", TIMEOUT])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"docparse: error: {slow_scan}: timed out after {TIMEOUT} s"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(text)]
    assert _our_tesseracts() == set()  # the killed document's OCR went with it


def test_run_killing_a_worker_leaves_no_temporary_files(slow_scan, tmp_path, monkeypatch):
    """The slow scan on stdin: spooled to the run's folder, its worker killed mid-OCR; the folder
    (stdin's copy, the OCR's page images) is removed all the same."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    result = CliRunner().invoke(main, ["run", "-", "-j", "1", "--timeout", TIMEOUT], input=slow_scan.read_bytes())
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"docparse: error: <stdin>: timed out after {TIMEOUT} s"]
    assert list(temp.iterdir()) == []


def test_batch_container_killed_midway_leaves_none_of_its_records(slow_scan, tmp_path, monkeypatch):
    """An archive whose second member is the slow scan: the worker is killed after the first
    member's record was written (staged); the container fails and none of its records stay,
    nor any of the worker's temporary files."""
    import zipfile

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "handlingar.zip", "w") as zf:
        zf.writestr("1 beslut.txt", TEXT)
        zf.write(slow_scan, "2 skannad.png")
    (folder / "annat.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "ut"
    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(out), "-j", "1", "--timeout", TIMEOUT])
    assert result.exit_code == 1
    assert f"failed: {folder / 'handlingar.zip'}: timed out after {TIMEOUT} s" in result.stderr
    assert [p.name for p in (out / "records").iterdir()] == ["annat.txt.json"]
    assert list(temp.iterdir()) == []


def test_batch_stops_a_slow_document_records_it_and_a_rerun_retries(slow_scan, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(slow_scan, folder / slow_scan.name)
    for i in range(3):
        (folder / f"beslut {i}.txt").write_text(f"Ärende {i}.\n{TEXT}", encoding="utf-8")
    out = tmp_path / "ut"
    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(out), "-j", "2", "--timeout", TIMEOUT])
    assert result.exit_code == 1
    assert f"failed: {folder / slow_scan.name}: timed out after {TIMEOUT} s" in result.stderr
    assert "4 inputs: 3 done" in result.stderr
    manifest = {m["id"]: m for m in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    assert manifest[slow_scan.name]["status"] == "failed"
    assert manifest[slow_scan.name]["error"] == f"timed out after {TIMEOUT} s"
    # a rerun with time enough retries the failed document only
    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(out), "--timeout", "0"])
    assert result.exit_code == 0, result.stderr
    assert "4 inputs: 1 done, 3 unchanged" in result.stderr
