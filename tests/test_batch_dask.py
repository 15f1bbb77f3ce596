"""docparse batch on a Dask cluster: a real LocalCluster, and a real `dask scheduler` with two `dask worker`
processes on 127.0.0.1, against the local batch over the same inputs; workers and the driver killed mid-run."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")

import scanmaker  # noqa: E402
from docparse.batch import run_batch  # noqa: E402
from docparse.batch import remote  # noqa: E402
from docparse.batch.dask_executor import DaskExecutor, SchedulerError  # noqa: E402
from docparse.batch.manifest import load  # noqa: E402
from docparse.batch.runner import Outcome, Task  # noqa: E402
from docparse.batch.workers import Died  # noqa: E402
from docparse.cli import main  # noqa: E402

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples").glob("*.txt"))
TIMING = {"seconds", "finished"}
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(REPO / "tests")]))
BESLUT = "Kommunstyrelsen beslutar att bevilja Föreningen Lönnen 8 000 kronor.\n"


def _comparable(out: Path) -> dict:
    """Every record and the manifest of a batch folder, timing fields aside."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in TIMING}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    records = {str(p.relative_to(out)): json.loads(p.read_text(encoding="utf-8"))
               for p in sorted((out / "records").rglob("*.json"))}
    return strip({"records": records, "manifest": load(str(out / "manifest.jsonl"))})


def _texts(folder: Path, n: int) -> None:
    for i in range(n):
        sub = folder / f"{i // 50:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
        (sub / f"ärende {i:04d}.txt").write_text(f"Kopia {i}\n{text[: 1200 + 7 * i]}", encoding="utf-8")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """Text documents, a scanned page, a ZIP of two documents, an empty file: the inputs and the local
    batch's output over them (jobs 2)."""
    root = tmp_path_factory.mktemp("mixed")
    src = root / "in"
    _texts(src, 40)
    page = scanmaker.render_page(scanmaker.SWEDISH[:3], size=(1500, 420))
    (src / "skannad sida.png").write_bytes(scanmaker.image_bytes([page], "PNG"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("bilaga 1.txt", "Bilaga 1\n" + BESLUT)
        z.writestr("bilaga 2.txt", "Bilaga 2\nNämnden beslutar att avslå ansökan.\n")
    (src / "bilagor.zip").write_bytes(buf.getvalue())
    (src / "tom.txt").write_bytes(b"")
    local = root / "local"
    summary = run_batch([str(src)], str(local), jobs=2)
    assert summary.exit_code == 1 and summary.done == 42 and len(summary.failed) == 1
    return src, local, summary


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """200 text documents (enough to kill something while work is pending) and the local batch's output."""
    root = tmp_path_factory.mktemp("many")
    src = root / "in"
    _texts(src, 200)
    local = root / "local"
    assert run_batch([str(src)], str(local), jobs=2).done == 200
    return src, local


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A `dask scheduler` and two `dask worker --nthreads 1` processes on 127.0.0.1, each in its own
    process group (so a test can kill a worker with its nanny, and teardown leaves nothing behind)."""

    def __init__(self, tmp: Path):
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.logs = tmp
        # As the README advises: a task whose worker dies is retried once, not three times; and a
        # single-threaded worker holds one task at a time, so a dying worker takes only its own with it.
        self.env = dict(ENV, DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES="1",
                        DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION="1.0")
        self.scheduler = self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                                   "--no-dashboard"])
        self.workers: list[subprocess.Popen] = [None, None]
        self.ensure_workers()

    def _start(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")
        return subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_" + args[0], *args[1:]], env=self.env,
                                stdout=log, stderr=log, start_new_session=True, cwd=self.logs)

    def ensure_workers(self) -> None:
        """Two workers connected (a killed one replaced)."""
        from distributed import Client

        for i, proc in enumerate(self.workers):
            if proc is None or proc.poll() is not None:
                self.workers[i] = self._start(f"worker{i}", ["worker", self.address, "--nthreads", "1",
                                                             "--host", "127.0.0.1", "--no-dashboard"])
        with Client(self.address, timeout="60s", set_as_default=False) as client:
            deadline = time.monotonic() + 60
            while len(client.scheduler_info(n_workers=-1)["workers"]) != 2:
                assert time.monotonic() < deadline, "the Dask workers did not come up"
                time.sleep(0.1)

    def kill(self, proc: subprocess.Popen) -> None:
        if proc.returncode is None:  # not reaped yet: its pid, and so its group's id, is still its own
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
        proc.wait()

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc is not None:
                self.kill(proc)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    c = Cluster(tmp_path_factory.mktemp("cluster"))
    try:
        yield c
    finally:
        c.close()


def _docparse(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "docparse", "batch", *args], cwd=REPO, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_for_lines(manifest: Path, n: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= n:
            return
        time.sleep(0.01)
    raise AssertionError("the batch did not get going")


# --- a LocalCluster made by the batch ----------------------------------------------------------------

def test_local_cluster_gives_the_local_batch_records(mixed, tmp_path):
    src, local, expected = mixed
    out = tmp_path / "ut"
    executor = DaskExecutor(workers=2, inline_bytes=0)  # every input read by path on the workers
    summary = run_batch([str(src)], str(out), executor=executor)
    assert (summary.done, summary.failed, summary.exit_code) == (expected.done, expected.failed, 1)
    assert summary.pages == expected.pages
    assert _comparable(out) == _comparable(local)
    assert len(executor.placement) == 2 and all(n > 0 for n in executor.placement.values())
    assert sum(executor.placement.values()) == 42  # the empty file fails before any worker sees it


# --- a dask scheduler and two dask workers started here --------------------------------------------------

def test_scheduler_and_workers_give_the_local_batch_records(mixed, cluster, tmp_path):
    src, local, expected = mixed
    cluster.ensure_workers()
    out = tmp_path / "ut"
    proc = _docparse(str(src), "-o", str(out), "--executor", "dask", "--scheduler", cluster.address)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err  # the empty file, as in the local batch
    lines = err.splitlines()
    assert lines[0].startswith("docparse batch: 43 inputs: 42 done, 0 unchanged, 0 skipped, 1 failed; ")
    assert f"failed: {src / 'tom.txt'}: is empty" in lines
    per_worker = [line for line in lines if line.startswith("docparse batch: documents per Dask worker: ")]
    assert len(per_worker) == 1 and per_worker[0].count("tcp://127.0.0.1:") == 2  # both workers had work
    assert _comparable(out) == _comparable(local)
    # again: nothing to do, and no cluster needed for it
    proc = _docparse(str(src), "-o", str(out), "--executor", "dask", "--scheduler", cluster.address)
    _, err = proc.communicate(timeout=300)
    assert "43 inputs: 0 done, 42 unchanged, 0 skipped, 1 failed" in err


def test_a_worker_killed_mid_run_and_the_batch_completes(many, cluster, tmp_path):
    src, local = many
    cluster.ensure_workers()
    out = tmp_path / "ut"
    proc = _docparse(str(src), "-o", str(out), "--executor", "dask", "--scheduler", cluster.address)
    _wait_for_lines(out / "manifest.jsonl", 30, proc)
    victim = cluster.workers[0]
    cluster.kill(victim)  # the worker and its nanny, with its document half done
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "200 inputs: 200 done, 0 unchanged, 0 skipped, 0 failed" in err
    manifest_lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(manifest_lines) == 200  # every document once (compacted: one line each)
    assert _comparable(out) == _comparable(local)
    assert not list(out.rglob(".tmp-*"))


def test_the_driver_killed_and_a_rerun_does_only_what_is_missing(many, cluster, tmp_path):
    src, local = many
    cluster.ensure_workers()
    out = tmp_path / "ut"
    proc = _docparse(str(src), "-o", str(out), "--executor", "dask", "--scheduler", cluster.address)
    _wait_for_lines(out / "manifest.jsonl", 30, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    finished = {k for k, v in load(str(out / "manifest.jsonl")).items() if v["status"] == "done"}
    assert 30 <= len(finished) < 200, "the kill must land part-way through the batch"

    proc = _docparse(str(src), "-o", str(out), "--executor", "dask", "--scheduler", cluster.address)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"200 inputs: {200 - len(finished)} done, {len(finished)} unchanged, 0 skipped, 0 failed" in err
    assert _comparable(out) == _comparable(local)
    assert not list(out.rglob(".tmp-*"))


def kills_its_worker(task, content, timeout):
    """Runs in place of remote.run_document: takes its Dask worker process down on one document."""
    if "krasch" in task.path:
        os.kill(os.getpid(), signal.SIGKILL)
    return remote.run_document(task, content, timeout)


def test_a_document_that_kills_workers_twice_fails_and_the_batch_goes_on(cluster, tmp_path):
    cluster.ensure_workers()
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a", "krasch", "b", "c"):
        (src / f"{name}.txt").write_text(f"Ärende {name}\n{BESLUT}", encoding="utf-8")
    summary = run_batch([str(src)], str(tmp_path / "ut"),
                        executor=DaskExecutor(cluster.address, fn=kills_its_worker))
    assert summary.done == 3
    assert summary.failed == [(str(src / "krasch.txt"), Died().message)]
    assert summary.exit_code == 4  # as a worker that died in the local batch


def test_a_document_over_its_timeout_is_stopped_on_a_worker(cluster, tmp_path):
    cluster.ensure_workers()
    src = tmp_path / "in"
    src.mkdir()
    dense = scanmaker.render_page(scanmaker.SWEDISH * 14, size=(2480, 3508), noise=0.03, seed=5)
    (src / "tät sida.png").write_bytes(scanmaker.image_bytes([dense], "PNG"))
    for i in range(3):
        (src / f"beslut {i}.txt").write_text(f"Ärende {i}.\n{BESLUT}", encoding="utf-8")
    summary = run_batch([str(src)], str(tmp_path / "ut"), timeout=1.0,
                        executor=DaskExecutor(cluster.address))
    assert summary.done == 3
    assert summary.failed == [(str(src / "tät sida.png"), "timed out after 1 s")]
    assert summary.exit_code == 1


# --- the worker's side, without a cluster ------------------------------------------------------------

def _dies(args):
    marks = Path(args[1].decode())
    with marks.open("a") as fh:
        fh.write("x")
    os.kill(os.getpid(), signal.SIGKILL)


def _sleeps(args):
    time.sleep(30)


def test_a_child_that_dies_is_run_once_more_then_reported(tmp_path):
    marks = tmp_path / "attempts"
    task = Task(str(tmp_path / "a.txt"), "a.txt", str(tmp_path / "a.txt.json"), "auto", 1, True)
    result = remote.run_document(task, str(marks).encode(), None, job=_dies)
    assert result.outcome.status == "failed" and result.outcome.error == Died().message
    assert result.outcome.exit_code == 4 and result.records == []
    assert marks.read_text() == "xx" and result.attempts == 2


def test_a_child_over_its_timeout_is_stopped_and_replaced(tmp_path):
    task = Task(str(tmp_path / "a.txt"), "a.txt", str(tmp_path / "a.txt.json"), "auto", 1, True)
    start = time.monotonic()
    result = remote.run_document(task, None, 0.5, job=_sleeps)
    assert result.outcome.status == "failed" and result.outcome.error == "timed out after 0.5 s"
    assert result.attempts == 1 and time.monotonic() - start < 30  # stopped, not waited for, not retried
    again = remote.run_document(task, b"x", 0.5, job=_sleeps)  # a fresh child took the killed one's place
    assert again.outcome.error == "timed out after 0.5 s"


def test_records_come_back_to_the_batch_not_written_by_the_worker(tmp_path):
    src = tmp_path / "beslut.txt"
    src.write_text(BESLUT, encoding="utf-8")
    target = tmp_path / "beslut.txt.json"
    task = Task(str(src), "beslut.txt", str(target), "auto", 1, True)
    result = remote.run_document(task, None, 10.0)
    assert isinstance(result.outcome, Outcome) and result.outcome.status == "done"
    assert not target.exists()
    [(path, data)] = result.records
    assert path == str(target) and json.loads(data)["source"]["path"] == str(src)
    assert result.outcome.record_bytes == len(data)


# --- command line ---------------------------------------------------------------------------------------

def test_without_dask_installed_one_message_names_the_extra(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BESLUT, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "ut"), "--executor", "dask"])
    assert result.exit_code == 3
    assert result.stderr == ("docparse: error: --executor dask needs the Python packages dask and distributed, "
                             "which are not installed (pip install 'docparse[dask]')\n")


def test_scheduler_needs_the_dask_executor(tmp_path):
    result = CliRunner().invoke(main, ["batch", str(tmp_path), "-o", str(tmp_path / "ut"),
                                       "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "--scheduler" in result.stderr and "needs --executor dask" in result.stderr


def test_an_unreachable_scheduler_is_one_message(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BESLUT, encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    with pytest.raises(SchedulerError) as err:
        run_batch([str(tmp_path / "in")], str(tmp_path / "ut"),
                  executor=DaskExecutor(address, connect_timeout="1s"))
    assert str(err.value).startswith(f"cannot reach the Dask scheduler at {address}: ")
    assert err.value.exit_code == 2


def test_the_local_batch_does_not_import_dask(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BESLUT, encoding="utf-8")
    code = ("import sys; from docparse.cli import main\n"
            "try:\n    main(['batch', sys.argv[1], '-o', sys.argv[2]])\n"
            "except SystemExit as e:\n    assert e.code == 0, e.code\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "in"), str(tmp_path / "ut")], env=ENV,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"

