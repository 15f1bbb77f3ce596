"""Running a batch's documents on a Dask cluster (dask.distributed) instead of this machine's processes.

The batch's loop (walk, skip by sha256 and pipeline version, manifest, progress, summary, exit codes)
stays in runner.run_batch; this executor only submits its Tasks and yields their Outcomes as they
complete. Workers run docparse.batch.remote.run_document and hand the records back; they are written
here, atomically, by the process that holds OUT's lock, once per document.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import signal
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import CancelledError

from docparse import __version__
from docparse.batch.files import atomic_write
from docparse.batch.runner import Outcome, Task, lost
from docparse.batch.workers import Died
from docparse.errors import DocparseError, ExitCode, MissingDependencyError

# Inputs up to this size are sent to the workers with the task; larger ones (scans, mostly) are read
# by the workers from their path, which must then be reachable there (a shared file system).
INLINE_BYTES = 1024 * 1024
# Tasks handed to the scheduler at a time, per worker thread: enough to keep every worker busy, few
# enough that a huge archive's inputs are not all held in memory at once.
WINDOW_PER_WORKER = 8
CONNECT_TIMEOUT = "10s"


class SchedulerError(DocparseError):
    """The Dask scheduler cannot be reached."""

    exit_code = ExitCode.USAGE


def require_distributed():
    """The distributed module, or one clear error naming the extra to install."""
    try:
        import distributed
    except ImportError:
        raise MissingDependencyError(
            "--executor dask needs the Python packages dask and distributed, which are not installed",
            hint="pip install 'docparse[dask]'",
        ) from None
    return distributed


class DaskExecutor:
    """Runs Tasks on the Dask scheduler at ``scheduler`` (tcp://host:port), or, without one, on a
    LocalCluster of ``workers`` single-threaded worker processes made for the batch and closed after.

    ``placement`` counts the documents each worker ran (by its address), for the summary.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, *,
                 inline_bytes: int = INLINE_BYTES, connect_timeout: str = CONNECT_TIMEOUT, fn=None):
        require_distributed()
        self.scheduler = scheduler
        self.workers = workers or 1
        self.inline_bytes = inline_bytes
        self.connect_timeout = connect_timeout
        self.fn = fn  # what a worker runs per task (default: remote.run_document)
        self.placement: Counter[str] = Counter()
        self._run = uuid.uuid4().hex[:12]  # task keys of this batch, apart from any other's on the scheduler

    def _connect(self):
        import dask
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False), None
            except (OSError, TimeoutError, ValueError) as err:
                raise SchedulerError(f"cannot reach the Dask scheduler at {self.scheduler}: {err}",
                                     hint="start it with `dask scheduler`, and check the address") from None
        # Retry a document once if its worker dies, then report it failed (the scheduler's default is 3).
        # Workers forked from a fresh forkserver start in half the time of spawned ones (measured 2.5 s
        # against 3.7 s for two, and 0.1 s against 1.1 s to close), and inherit nothing of this
        # process (not OUT's lock); plain fork would inherit the lock.
        # Saturation 1.0: a single-threaded worker holds only the document it runs, so the next one
        # goes to whichever worker is free first (as in the local pool); with Dask's default (1.1)
        # each also holds one in waiting, and a batch of long scans ends with one worker idle while
        # the other still has a document queued.
        config = {"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0,
                  "distributed.worker.multiprocessing-method": "forkserver"}
        with dask.config.set(config), _workers_ignore_ctrl_c():
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
        try:
            return Client(cluster, set_as_default=False), cluster
        except BaseException:
            cluster.close()
            raise

    def _content(self, task: Task) -> bytes | None:
        """The input's bytes when small enough to travel with the task; None: the worker reads the path."""
        try:
            if os.path.getsize(task.path) <= self.inline_bytes:
                with open(task.path, "rb") as fh:
                    return fh.read()
        except OSError:
            pass  # the worker reads it and reports the problem, naming the file
        return None

    def execute(self, tasks: list[Task], *, timeout: float | None = None) -> Iterator[tuple[Task, Outcome]]:
        """Yield (task, outcome) as the cluster finishes them, in completion order, each document's
        records written under OUT first."""
        if not tasks:
            return
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        from docparse.batch.remote import run_document

        fn = self.fn or run_document
        client, cluster = self._connect()
        todo = iter(tasks)
        numbers = itertools.count()
        by_key: dict[str, Task] = {}
        try:
            running = as_completed(loop=client.loop)

            def window() -> int:  # the cluster may grow or shrink while the batch runs
                threads = client.scheduler_info(n_workers=0).get("total_threads") or self.workers
                return WINDOW_PER_WORKER * max(1, threads)

            def submit(n: int) -> None:
                for task in (t for _, t in zip(range(n), todo)):
                    # pure=False: a resubmitted document runs again; retries=1: a task that raised
                    # (not one whose worker died: the scheduler's allowed-failures counts those)
                    future = client.submit(fn, task, self._content(task), timeout, pure=False,
                                           retries=1, key=f"docparse-{self._run}-{next(numbers)}")
                    by_key[future.key] = task
                    running.add(future)

            target = window()
            submit(target)
            for done, future in enumerate(running, 1):
                task = by_key.pop(future.key)
                try:
                    result = future.result()
                except KilledWorker:
                    outcome = lost(Died())
                except CancelledError:  # the scheduler dropped it (restarted, or lost the connection)
                    outcome = Outcome("failed", error="cancelled by the Dask scheduler (run again to redo it)",
                                      exit_code=ExitCode.INTERNAL)
                except Exception as err:  # the worker could not run the task (docparse missing there ...)
                    outcome = Outcome("failed", error=f"internal error on the Dask worker: {type(err).__name__}: {err}",
                                      exit_code=ExitCode.INTERNAL)
                else:
                    self.placement[result.worker] += 1
                    outcome = _write(task, result)
                future.release()
                if done % 32 == 0:
                    target = window()
                submit(target - len(by_key))
                yield task, outcome
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


@contextlib.contextmanager
def _workers_ignore_ctrl_c():
    """Worker processes started inside inherit an ignored SIGINT: Ctrl-C reaches the whole terminal
    group, and it is the batch's to handle (it stops, closes the cluster and says how to resume)
    rather than each worker's to die of with a traceback."""
    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to set
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def _write(task: Task, result) -> Outcome:
    """Write a document's records (atomically, each once) and return its outcome."""
    outcome = result.outcome
    if result.version != __version__:  # resume trusts the manifest's pipeline version: it must be the records'
        return Outcome("failed", error=f"the Dask worker {result.worker} runs docparse {result.version}, this batch "
                       f"{__version__}", exit_code=ExitCode.USAGE, seconds=outcome.seconds)
    folder = os.path.dirname(task.record_path)
    try:
        for path, data in result.records:
            if os.path.dirname(path) != folder:  # a container's members sit beside its record, nowhere else
                raise OSError(0, f"a record path outside the document's folder ({path})")
            atomic_write(path, data)
    except OSError as err:
        return Outcome("failed", error=f"record cannot be written ({err.strerror or err})",
                       exit_code=ExitCode.INPUT_ERROR, seconds=outcome.seconds)
    return outcome
