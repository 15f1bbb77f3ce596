"""docparse batch over hostile folders and through a SIGKILL: nothing lost, nothing corrupt, nothing outside OUT."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docparse.batch.manifest import load

REPO = Path(__file__).parent.parent
SAMPLES = sorted((REPO / "samples").glob("*.txt"))
SAMPLE = SAMPLES[1].read_text(encoding="utf-8")


def _drop_file_permission_override():
    """As root, reading a chmod 000 file succeeds; without these capabilities it fails as for anyone."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH: dropped from the bounding set before exec
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP


def docparse(*args, timeout=300, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "docparse", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO, preexec_fn=_drop_file_permission_override, **kwargs)


def unreadable_file_possible(folder: Path) -> bool:
    probe = folder / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        r = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}).read()"], capture_output=True,
                           preexec_fn=_drop_file_permission_override)
        return r.returncode != 0
    finally:
        probe.unlink()


def snapshot(folder: Path, skip: Path) -> dict:
    """Every path under folder (not following links) with its type, size, mode, mtime and content hash."""
    state = {}
    for dirpath, dirs, files in os.walk(folder):
        if Path(dirpath) == skip or skip in Path(dirpath).parents:
            continue
        for name in dirs + files:
            p = os.path.join(dirpath, name)
            if p == str(skip):
                continue
            st = os.lstat(p)
            digest = None
            if os.path.isfile(p) and not os.path.islink(p) and st.st_mode & 0o444:
                try:
                    digest = hashlib.sha256(Path(p).read_bytes()).hexdigest()
                except PermissionError:
                    pass
            state[p] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    return state


def test_hostile_folder(tmp_path):
    arena = tmp_path / "arena"
    src = arena / "in"
    (src / "å ä ö").mkdir(parents=True)
    (arena / "outside").mkdir()
    (arena / "outside" / "elsewhere.txt").write_text(SAMPLE, encoding="utf-8")
    good = {
        "beslut 1.txt": SAMPLE.encode(),
        "å ä ö/Överenskommelse med Förening.txt": SAMPLE.encode(),
        "avtal.pdf": SAMPLE.encode(),  # text with a PDF's name
        "windows.txt": "Nämnden beslutar att godkänna överenskommelsen.".encode("cp1252"),
        "utf16.txt": "Nämnden beslutar.".encode("utf-16"),
        "ö" * 125 + ".txt": SAMPLE.encode(),  # 254 bytes: the record's name must be shortened
        os.fsdecode(b"namn \xe5\xe4\xf6.txt"): SAMPLE.encode(),  # a Latin-1 name, not valid UTF-8
    }
    for name, data in good.items():
        (src / name).write_bytes(data)
    os.symlink(arena / "outside" / "elsewhere.txt", src / "länk.txt")  # a link to a document elsewhere
    good["länk.txt"] = SAMPLE.encode()
    failed = {
        "tom.txt": "is empty",
        "trasig.pdf": None,  # reason from the PDF reader
        "okänd kodning.txt": "undecodable text",
        "rapport.docx": "is a corrupt or truncated ZIP",  # by content a DOCX (a ZIP), and a broken one
    }
    # Text, but with a byte neither UTF-8 nor Windows-1252 can mean: a document in an encoding we lack.
    (src / "okänd kodning.txt").write_bytes(SAMPLE[:3000].encode("cp1252", "replace") + b"\x81\n")
    (src / "tom.txt").write_bytes(b"")
    (src / "trasig.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\x00\x01\x02")
    can_lock = unreadable_file_possible(tmp_path)
    (src / "låst.txt").write_text(SAMPLE, encoding="utf-8")
    (src / "låst.txt").chmod(0)
    if can_lock:
        failed["låst.txt"] = "permission denied"
    else:
        good["låst.txt"] = SAMPLE.encode()
    skipped = {
        "data.bin": "binary data",
        "slump.txt": "binary data",
        "loop": "symbolic link loop",
        "borta.txt": "broken symbolic link",
        "å ä ö/upp": "folder already walked",
        "rör": "not a regular file",
    }
    (src / "data.bin").write_bytes(bytes(range(256)) * 20)
    (src / "slump.txt").write_bytes(hashlib.sha512(b"x").digest() * 100)  # noise with no NUL in the head?
    (src / "rapport.docx").write_bytes(b"PK\x03\x04" + os.urandom(500))
    os.symlink("loop", src / "loop")
    os.symlink("nowhere.txt", src / "borta.txt")
    os.symlink("..", src / "å ä ö" / "upp")
    os.mkfifo(src / "rör")  # opening it would block a careless walker forever

    out = arena / "out"
    before = snapshot(arena, out)
    r = docparse("batch", str(src), "-o", str(out), "--jobs", "2", timeout=120)
    assert r.returncode != 0, r.stderr
    assert r.stdout == ""  # data only on stdout, and a batch has none
    assert "Traceback" not in r.stderr, r.stderr
    assert snapshot(arena, out) == before  # nothing outside OUT touched

    manifest = load(str(out / "manifest.jsonl"))
    for name, data in good.items():
        entry = manifest[name]
        assert entry["status"] == "done", entry
        rec = json.loads((out / entry["record"]).read_text(encoding="utf-8"))
        assert rec["source"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert (out / entry["record"]).resolve().is_relative_to(out / "records")
    for name, reason in failed.items():
        entry = manifest[name]
        assert entry["status"] == "failed" and entry["record"] is None
        assert f"failed: {src / name}: {reason or ''}" in r.stderr
    for name, reason in skipped.items():
        assert manifest[name]["status"] == "skipped"
        assert reason in manifest[name]["error"]
        assert f"skipped: {src / name}: " in r.stderr
    n = len(good) + len(failed) + len(skipped)
    assert f"{n} inputs: {len(good)} done, 0 unchanged, {len(skipped)} skipped, {len(failed)} failed" in r.stderr
    # OUT holds the records, the manifest and the lock; no temporary file
    names = {p.name for p in out.rglob("*")}
    assert not any(n.startswith(".tmp-") for n in names)
    assert len(list((out / "records").rglob("*.json"))) == len(good)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX system")
def test_unreadable_file_is_reported(tmp_path):
    if not unreadable_file_possible(tmp_path):
        pytest.skip("cannot make a file unreadable here (root with CAP_DAC_OVERRIDE that cannot be dropped)")
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(SAMPLE, encoding="utf-8")
    (src / "låst.txt").write_text(SAMPLE, encoding="utf-8")
    (src / "låst.txt").chmod(0)
    r = docparse("batch", str(src), "-o", str(tmp_path / "out"), "-j", "1")
    assert r.returncode == 1
    assert f"failed: {src / 'låst.txt'}: permission denied" in r.stderr
    assert "1 done" in r.stderr


TIMING = {"seconds", "finished", "elapsed", "duration", "timing", "timings", "processed_at", "started"}


def _without_timing(value):
    if isinstance(value, dict):
        return {k: _without_timing(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [_without_timing(v) for v in value]
    return value


def _comparable(out: Path) -> dict:
    """Every record under OUT, parsed (a half-written one fails here), and the manifest, minus timing fields."""
    recs = {str(p.relative_to(out)): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((out / "records").rglob("*.json"))}
    return _without_timing({"records": recs, "manifest": load(str(out / "manifest.jsonl"))})


@pytest.mark.slow
@pytest.mark.parametrize("victim", ["group", "main"])
def test_sigkill_then_resume_equals_uninterrupted_run(tmp_path, victim):
    """victim: the batch and its workers at once, or only the main process (its workers must not
    linger holding the lock)."""
    src = tmp_path / "in"
    for i in range(300):
        folder = src / f"{i // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
        (folder / f"dok {i:04d}.txt").write_text(f"Kopia {i}\n{text[: 1500 + i]}", encoding="utf-8")
    (src / "tom.txt").write_bytes(b"")  # a failure must survive the kill and the resume too

    full = tmp_path / "full"
    r = docparse("batch", str(src), "-o", str(full), "-j", "2")
    assert r.returncode == 1 and "301 inputs: 300 done" in r.stderr

    out = tmp_path / "killed"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "docparse", "batch", str(src), "-o", str(out), "-j", "2"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if manifest.exists() and manifest.stat().st_size > 40 * 400:  # some 40 documents in
            break
        time.sleep(0.005)
    if victim == "group":
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, with no chance to clean up
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # Whatever was written is whole: every record parses.
    partial = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "records").rglob("*.json")]
    assert 0 < len(partial) < 300, "the kill must land part-way through the batch"

    r = docparse("batch", str(src), "-o", str(out), "-j", "2")
    assert r.returncode == 1
    unchanged = int(r.stderr.split(" done, ")[1].split(" unchanged")[0])
    assert unchanged >= len(partial) - 4  # what was finished is not redone (the last few may lack a manifest line)
    assert _comparable(out)["records"].keys() == _comparable(full)["records"].keys()
    assert _comparable(out) == _comparable(full)
    assert not [p for p in out.rglob(".tmp-*")]


@pytest.mark.slow
def test_two_batches_into_one_out_at_once(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(150):
        (src / f"dok {i:03d}.txt").write_text(f"Kopia {i}\n{SAMPLE}", encoding="utf-8")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    first = subprocess.Popen([sys.executable, "-m", "docparse", "batch", str(src), "-o", str(out), "-j", "1"],
                             cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (out / "manifest.jsonl").exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    second = docparse("batch", str(src), "-o", str(out), "-j", "1")
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 2
    assert f"docparse: error: {out}: another docparse batch is writing here (pid {first.pid}," in second.stderr
    assert "150 done" in err
    assert len(load(str(out / "manifest.jsonl"))) == 150
