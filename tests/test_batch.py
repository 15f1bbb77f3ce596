"""docparse batch: walking, resume, locking, crash isolation, planning of parallelism, the CLI."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from docparse import __version__
from docparse.batch import run_batch
from docparse.batch.files import atomic_write, inside, record_relpath, safe_component
from docparse.batch.lock import OutputLock, OutputLockedError
from docparse.batch.manifest import Manifest, load
from docparse.batch.progress import Progress
from docparse.batch.runner import Outcome, Task, execute, plan
from docparse.batch.walk import Input, classify, walk
from docparse.cli import main

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))


def make_corpus(folder: Path, n: int) -> list[Path]:
    """n small text documents: the samples with a line that makes each copy distinct."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
        p = folder / f"doc {i:04d}.txt"
        p.write_text(f"Kopia {i}\n\n{text[: 2000 + 37 * i % 1500]}", encoding="utf-8")
        paths.append(p)
    return paths


def records(out: Path) -> dict[str, dict]:
    return {str(p.relative_to(out / "records")): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((out / "records").rglob("*.json"))}


# --- output paths -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["..", ".", "", "a\x00b", "a\\b", "tab\there", ".tmp-x.part"])
def test_safe_component_cannot_escape_or_hide(name):
    safe = safe_component(name)
    assert safe not in ("", ".", "..")
    assert "/" not in safe and "\x00" not in safe and "\\" not in safe
    assert not safe.startswith(".tmp-")


def test_safe_component_keeps_ordinary_names():
    assert safe_component("Överenskommelse 2021 (kopia).txt") == "Överenskommelse 2021 (kopia).txt"


def test_long_names_are_shortened_and_stay_distinct():
    a, b = "ö" * 126 + "a.txt", "ö" * 126 + "b.txt"
    sa, sb = safe_component(a), safe_component(b)
    assert len((sa + ".json").encode()) <= 255
    assert sa != sb


def test_undecodable_name_gets_a_distinct_safe_name():
    a, b = os.fsdecode(b"\xff\xfe.txt"), os.fsdecode(b"\xfe\xff.txt")
    sa, sb = safe_component(a), safe_component(b)
    assert sa != sb
    sa.encode("utf-8")  # writable as UTF-8


def test_record_relpath_mirrors_tree():
    assert record_relpath("2021/Beslut om IOP.pdf") == "2021/Beslut om IOP.pdf.json"
    assert ".." not in record_relpath("../../etc/passwd").split("/")


def test_inside(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "link")
    assert inside(str(tmp_path / "out" / "a.json"), str(tmp_path / "out"))
    assert not inside(str(tmp_path / "out" / "link" / "a.json"), str(tmp_path / "out"))
    assert not inside(str(tmp_path / "out" / ".." / "a.json"), str(tmp_path / "out"))


def test_atomic_write_replaces_whole_and_leaves_no_temp(tmp_path):
    target = tmp_path / "r.json"
    atomic_write(str(target), b"old")
    atomic_write(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["r.json"]


# --- walking and classifying ------------------------------------------------------------------

def test_walk_mirrors_tree_and_classifies_by_content(tmp_path):
    src = tmp_path / "in"
    (src / "2021").mkdir(parents=True)
    (src / "2021" / "beslut.pdf").write_text("Beslut om partnerskap.", encoding="utf-8")  # wrong extension
    (src / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (src / "arkiv.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (src / "latin1.txt").write_bytes("Nämnden beslutar.".encode("cp1252"))
    root, items = walk([str(src)])
    assert root == str(src)
    by_id = {i.id: i for i in items}
    assert sorted(by_id) == ["2021/beslut.pdf", "arkiv.docx", "bild.txt", "latin1.txt"]
    for item in items:
        classify(item)
    assert (by_id["2021/beslut.pdf"].status, by_id["2021/beslut.pdf"].kind) == ("todo", "text")
    assert (by_id["bild.txt"].status, by_id["bild.txt"].kind) == ("todo", "image")
    assert by_id["arkiv.docx"].status == "failed"  # a DOCX now: this one is broken
    assert "corrupt or truncated ZIP" in by_id["arkiv.docx"].reason
    assert by_id["latin1.txt"].status == "todo"
    expected = hashlib.sha256((src / "latin1.txt").read_bytes()).hexdigest()
    assert by_id["latin1.txt"].sha256 == expected


def test_utf8_split_at_head_boundary_is_still_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"a" * 8191 + "å".encode() + b" slut")  # the head ends inside "å"
    item = Input(str(p), "a.txt", size=p.stat().st_size)
    classify(item)
    assert item.status == "todo"


def test_globs_and_missing_arguments(tmp_path):
    make_corpus(tmp_path / "in", 3)
    root, items = walk([str(tmp_path / "in" / "*.txt"), str(tmp_path / "nothing*.pdf"), str(tmp_path / "nope")])
    todo = [i for i in items if i.status == "todo"]
    failed = {i.path: i.reason for i in items if i.status == "failed"}
    assert len(todo) == 3 and root == str(tmp_path / "in")
    assert failed == {str(tmp_path / "nothing*.pdf"): "no file matches this pattern",
                      str(tmp_path / "nope"): "no such file or folder"}


def test_output_inside_input_is_not_walked(tmp_path):
    make_corpus(tmp_path, 2)
    s1 = run_batch([str(tmp_path)], str(tmp_path / "out"), jobs=1)
    s2 = run_batch([str(tmp_path)], str(tmp_path / "out"), jobs=1)
    assert (s1.done, s2.done, s2.unchanged, s2.total) == (2, 0, 2, 2)
    # a glob that reaches into the output does not take records for documents
    s3 = run_batch([str(tmp_path / "**" / "*")], str(tmp_path / "out"), jobs=1)
    assert (s3.done, s3.unchanged, s3.failed, s3.skipped) == (0, 2, [], [])


# --- run, resume, force -----------------------------------------------------------------------

def test_batch_resume_force_and_changes(tmp_path):
    paths = make_corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    first = run_batch([str(tmp_path / "in")], str(out), jobs=2)
    assert (first.done, first.unchanged, first.failed, first.exit_code) == (6, 0, [], 0)
    recs = records(out)
    assert sorted(recs) == [f"doc {i:04d}.txt.json" for i in range(6)]
    mtimes = {p: p.stat().st_mtime_ns for p in (out / "records").rglob("*.json")}
    manifest = load(str(out / "manifest.jsonl"))
    entry = manifest["doc 0000.txt"]
    assert entry["status"] == "done" and entry["pipeline_version"] == __version__
    assert entry["sha256"] == hashlib.sha256(paths[0].read_bytes()).hexdigest()
    assert entry["pages"] == 1 and entry["seconds"] >= 0 and entry["error"] is None

    again = run_batch([str(tmp_path / "in")], str(out), jobs=2)
    assert (again.done, again.unchanged) == (0, 6)
    assert {p: p.stat().st_mtime_ns for p in (out / "records").rglob("*.json")} == mtimes

    paths[2].write_text("Ändrad text.\n", encoding="utf-8")
    (out / "records" / "doc 0004.txt.json").unlink()  # a lost record is redone
    changed = run_batch([str(tmp_path / "in")], str(out), jobs=2)
    assert (changed.done, changed.unchanged) == (2, 4)
    assert "Ändrad text." in records(out)["doc 0002.txt.json"]["text"]

    forced = run_batch([str(tmp_path / "in")], str(out), jobs=2, force=True)
    assert (forced.done, forced.unchanged) == (6, 0)
    other_options = run_batch([str(tmp_path / "in")], str(out), jobs=2, repair=False)
    assert other_options.done == 6  # records made with other options are not reused
    # the manifest is compacted: one line per input
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6


def test_manifest_survives_a_torn_last_line(tmp_path):
    m = Manifest(str(tmp_path))
    m.append({"id": "a", "status": "done"})
    m.close()
    with open(tmp_path / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "b", "stat')  # killed mid-write
    m2 = Manifest(str(tmp_path))
    assert list(m2.entries) == ["a"]
    m2.append({"id": "c", "status": "done"})
    m2.close()
    assert list(load(str(tmp_path / "manifest.jsonl"))) == ["a", "c"]


# --- locking ------------------------------------------------------------------------------------

def test_second_batch_into_same_out_is_refused(tmp_path):
    make_corpus(tmp_path / "in", 1)
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(str(out)):
        with pytest.raises(OutputLockedError):
            run_batch([str(tmp_path / "in")], str(out))
        result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out)])
        assert result.exit_code == 2
        assert f"docparse: error: {out}: another docparse batch is writing here (pid {os.getpid()}" in result.output
    assert not (out / "records").exists()  # the refused batch wrote nothing
    assert run_batch([str(tmp_path / "in")], str(out)).done == 1  # released


# --- parallelism --------------------------------------------------------------------------------

@pytest.mark.parametrize("jobs, docs, expected", [
    (2, 1000, (2, 1)),  # many documents: one process each, pages serial
    (8, 1, (1, 8)),  # one big scan: its pages get the cores
    (8, 3, (3, 2)),
    (1, 50, (1, 1)),
    (4, 0, (1, 4)),
])
def test_plan_never_oversubscribes(jobs, docs, expected):
    workers, page_jobs = plan(jobs, docs)
    assert (workers, page_jobs) == expected
    assert workers * page_jobs <= jobs


def _fake_process(task: Task) -> Outcome:
    """Stands in for the pipeline: dies like a segfault on one file, reports OMP limit on others."""
    if "crash" in task.path:
        os.kill(os.getpid(), signal.SIGKILL)
    return Outcome("done", error=os.environ.get("OMP_THREAD_LIMIT"), pages=task.page_jobs)


def test_a_crashing_worker_fails_only_its_file(tmp_path):
    tasks = [Task(f"{name}.txt", name, str(tmp_path / name), "auto", 1, True)
             for name in ["a", "b", "crash", "c", "d", "e", "f"]]
    results = {t.doc_id: o for t, o in execute(tasks, 2, fn=_fake_process)}
    assert sorted(results) == ["a", "b", "c", "crash", "d", "e", "f"]
    assert results["crash"].status == "failed" and "worker process died" in results["crash"].error
    assert all(results[k].status == "done" for k in "abcdef")
    # several documents in parallel: Tesseract's own threads are held to one per process
    assert results["a"].error == "1"


# --- progress and CLI ---------------------------------------------------------------------------

def test_progress_line_shows_documents_pages_rate_eta():
    stream = io.StringIO()
    bar = Progress(4, stream=stream, enabled=True)
    for _ in range(4):
        bar.advance(pages=3)
    bar.close()
    text = stream.getvalue()
    assert text.startswith("\r") and text.endswith("\n")
    assert "4/4 documents (100%), 12 pages" in text and "pages/s" in text and "ETA 0:00:00" in text


def test_progress_is_silent_when_not_a_terminal():
    stream = io.StringIO()  # isatty() is False
    bar = Progress(2, stream=stream)
    bar.advance(1)
    bar.close()
    assert stream.getvalue() == ""


def test_cli_summary_and_exit_codes(tmp_path):
    make_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "tom.txt").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 1
    assert "4 inputs: 3 done, 0 unchanged, 0 skipped, 1 failed; 0 with warnings; 3 pages in" in result.output
    assert f"failed: {tmp_path / 'in' / 'tom.txt'}: is empty" in result.output
    assert "\r" not in result.output  # no progress bar off a terminal
    (tmp_path / "in" / "tom.txt").unlink()
    result = runner.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "3 inputs: 0 done, 3 unchanged, 0 skipped, 0 failed" in result.output


@pytest.mark.parametrize("command", ["batch", "export", "stats"])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"docparse {command}" in result.output


def test_cli_progress_can_be_forced_on(tmp_path):
    make_corpus(tmp_path / "in", 3)
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--progress"])
    assert result.exit_code == 0
    assert "\r3/3 documents (100%), 3 pages," in result.output and "ETA" in result.output


def test_a_link_planted_in_out_cannot_redirect_records(tmp_path):
    make_corpus(tmp_path / "in" / "evil", 1)
    make_corpus(tmp_path / "in" / "good", 1)
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "out" / "records").mkdir(parents=True)
    os.symlink(outside, tmp_path / "out" / "records" / "evil")
    summary = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), jobs=1)
    assert summary.done == 1
    assert summary.failed == [(str(tmp_path / "in" / "evil" / "doc 0000.txt"),
                               "record cannot be written (would be written outside the output folder)")]
    assert list(outside.iterdir()) == []


def _corrupt_xml_error(_task):
    """An input error raised while handling lxml's own, as a reader does."""
    from lxml import etree

    from docparse.errors import InputFileError

    try:
        etree.fromstring(b"<<")
    except etree.XMLSyntaxError:
        try:
            raise InputFileError("trasig.odt", "is a corrupt OpenDocument text (.odt)") from None
        except InputFileError as err:
            return [err]


def test_a_workers_error_comes_back_though_its_cause_cannot_be_pickled():
    # tblib (which Dask installs in every process that imports it) pickles an exception's chain
    # too, and lxml's error log cannot be pickled: the worker died and the file was reported as
    # an internal error instead of its own message.
    tblib = pytest.importorskip("tblib.pickling_support")
    from docparse.batch.workers import WorkerPool

    tblib.install()
    with WorkerPool(_corrupt_xml_error, 1, timeout=60) as pool:
        [(_task, result)] = list(pool.run(["trasig.odt"]))
    assert [str(e) for e in result] == ["trasig.odt: is a corrupt OpenDocument text (.odt)"]
