"""Limits on one input's cost: each refusal is one line naming the file and the limit, exit code 1,
and the other inputs are still processed (run and batch); the zip-bomb check readers call."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import scanmaker
from docparse.cli import main
from docparse.errors import InputFileError
from docparse.read.limits import MB, Limits, check_zip

TEXT = "Kommunstyrelsen beslutar att bevilja Föreningen Ekbacken 12 000 kronor.\n"


@pytest.fixture
def inputs(tmp_path) -> tuple[Path, Path]:
    small = tmp_path / "liten.txt"
    small.write_text(TEXT, encoding="utf-8")
    big = tmp_path / "stor.txt"
    big.write_text(TEXT * 40, encoding="utf-8")  # about 3 kB
    return small, big


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_run_refuses_text_over_max_size(inputs):
    small, big = inputs
    result = _run("run", big, small, "--max-size", "0.001")
    assert result.exit_code == 1
    size = big.stat().st_size
    assert result.stderr.splitlines() == [
        f"docparse: error: {big}: text of {size} bytes is over the size limit of 1048 bytes (--max-size)"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(small)]


def test_run_refuses_text_over_max_size_from_stdin(inputs):
    _small, big = inputs
    result = CliRunner().invoke(main, ["run", "-", "--max-size", "0.001"], input=big.read_bytes())
    assert result.exit_code == 1
    assert result.stderr.strip() == "docparse: error: <stdin>: text is over the size limit of 1048 bytes (--max-size)"


class _EndlessText(io.RawIOBase):
    """A stdin that never ends (a runaway export piped in); counts what was read of it."""

    def __init__(self):
        self.given = 0

    def readable(self):
        return True

    def readinto(self, buf):
        line = TEXT.encode("utf-8")
        n = len(buf)
        buf[:n] = (line * (n // len(line) + 1))[:n]
        self.given += n
        return n


@pytest.mark.parametrize("timeout", ["0", "60"])
def test_run_stops_reading_stdin_at_max_size(tmp_path, monkeypatch, timeout):
    """The limit holds while stdin streams in: an endless text is refused near the limit, not read whole."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stream = _EndlessText()
    result = CliRunner().invoke(main, ["run", "-", "--max-size", "2", "--timeout", timeout], input=stream)
    assert result.exit_code == 1
    assert result.stderr.strip() == "docparse: error: <stdin>: text is over the size limit of 2 MB (--max-size)"
    assert 2 * MB < stream.given <= 4 * MB
    assert list(tmp_path.iterdir()) == []  # the spooled part is gone


@pytest.mark.parametrize("timeout", ["0", "60"])
def test_run_reads_a_pdf_on_stdin_from_a_spooled_file(tmp_path, monkeypatch, timeout):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    data = scanmaker.text_pdf([{"text": [f"Sida {i + 1}.", TEXT.strip()]} for i in range(3)])
    result = CliRunner().invoke(main, ["run", "-", "--timeout", timeout], input=data)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "<stdin>"
    assert record["source"]["pages"] == 3 and record["source"]["input_kind"] == "pdf"
    assert "Föreningen Ekbacken" in record["text"] and "Sida 3." in record["text"]
    assert list(tmp_path.iterdir()) == []  # the run's folder, with stdin's copy, removed


def test_batch_refuses_text_over_max_size_and_goes_on(inputs, tmp_path):
    small, big = inputs
    result = _run("batch", small.parent, "-o", tmp_path / "ut", "--max-size", "0.001")
    assert result.exit_code == 1
    assert (f"failed: {big}: text of {big.stat().st_size} bytes is over the size limit of 1048 bytes "
            "(--max-size)") in result.stderr
    assert "1 done" in result.stderr
    manifest = [json.loads(line) for line in (tmp_path / "ut" / "manifest.jsonl").read_text().splitlines()]
    assert {m["id"]: m["status"] for m in manifest} == {"liten.txt": "done", "stor.txt": "failed"}


def test_size_limit_default_is_200_mb_and_names_megabytes(tmp_path):
    from docparse.read.limits import check_text_size

    assert Limits().max_text_bytes == 200 * MB
    with pytest.raises(InputFileError) as err:
        check_text_size("dump.txt", 250 * MB)
    assert str(err.value) == "dump.txt: text of 250 MB is over the size limit of 200 MB (--max-size)"


def _pdf(pages: int) -> bytes:
    return scanmaker.text_pdf([{"text": [f"Sida {i + 1}.", TEXT.strip()]} for i in range(pages)])


def test_run_refuses_pdf_over_max_pages(inputs, tmp_path):
    small, _big = inputs
    pdf = tmp_path / "lang.pdf"
    pdf.write_bytes(_pdf(3))
    result = _run("run", pdf, small, "--max-pages", "2")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"docparse: error: {pdf}: PDF of 3 pages is over the page limit of 2 "
                                          "(--max-pages)"]
    assert len(result.stdout.splitlines()) == 1
    assert _run("run", pdf, "--max-pages", "3").exit_code == 0


def test_batch_refuses_pdf_over_max_pages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lang.pdf").write_bytes(_pdf(3))
    (folder / "kort.pdf").write_bytes(_pdf(1))
    result = _run("batch", folder, "-o", tmp_path / "ut", "--max-pages", "2")
    assert result.exit_code == 1
    assert f"failed: {folder / 'lang.pdf'}: PDF of 3 pages is over the page limit of 2 (--max-pages)" in result.stderr
    assert "1 done" in result.stderr


def test_image_over_pixel_limit_is_refused_by_run(tmp_path):
    from PIL import Image

    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000), 1).save(bomb, format="PNG")  # 400 Mpx, a few kB
    result = _run("run", bomb)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"docparse: error: {bomb}: ") and "too large" in result.stderr


def _zip(members: dict[str, bytes]) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


def test_zip_bomb_member_is_refused():
    bomb = _zip({"word/document.xml": b"<w:t>" + b"a" * (20 * MB) + b"</w:t>"})
    with pytest.raises(InputFileError) as err:
        check_zip("bomb.docx", bomb)
    assert str(err.value).startswith("bomb.docx: archive member word/document.xml unpacks to 20 MB, over 100 times")


def test_zip_over_total_unpacked_limit_is_refused():
    members = {f"del{i}.xml": b"x" * (2 * MB) for i in range(3)}
    with pytest.raises(InputFileError) as err:
        check_zip("stor.zip", _zip(members), Limits(max_unpacked_bytes=5 * MB, max_ratio=10_000))
    assert str(err.value) == "stor.zip: archive unpacks to more than the limit of 5 MB (a zip bomb?)"


def test_ordinary_zip_passes():
    import random

    rng = random.Random(3)
    words = [TEXT.encode() * 50, bytes(rng.randrange(256) for _ in range(200_000))]
    check_zip("vanlig.docx", _zip({"a.xml": words[0], "media/bild.png": words[1]}))
