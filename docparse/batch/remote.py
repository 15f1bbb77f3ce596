"""What a Dask worker runs for one document: the batch's own process_one, in a child process it can kill.

The worker hands the records back instead of writing them: only the batch that holds OUT's lock
writes there, so a worker needs no access to OUT, and a worker that dies (or a task that runs on after
its batch was killed) never leaves or overwrites a record. This module imports no dask: it is the
worker's side of docparse.batch.dask_executor, run by a worker that has docparse installed.
"""

from __future__ import annotations

import os
import select
import socket
import threading
from dataclasses import dataclass, field

from docparse import __version__
from docparse.batch.runner import Outcome, Task, _worker_init, lost, process_one
from docparse.batch.workers import Died, Timeout, WorkerPool

# A document whose child dies is run once more in a fresh one; dying twice, it is reported failed.
ATTEMPTS = 2


@dataclass
class RemoteResult:
    """A document's outcome, its records as (path under OUT, bytes) to be written by the batch, and
    the worker that ran it."""

    outcome: Outcome
    records: list[tuple[str, bytes]] = field(default_factory=list)
    worker: str = ""
    attempts: int = 1
    version: str = __version__  # the worker's docparse: its records say so, the batch's manifest must too


def run_document(task: Task, content: bytes | None, timeout: float | None, job=None) -> RemoteResult:
    """One document on this worker: ``content`` its bytes when the batch sent them (else read from
    ``task.path``), ``timeout`` the seconds it may take (per page while OCR'd; None: no limit);
    ``job((task, content)) -> (Outcome, records)`` what the child runs (default: the pipeline)."""
    _prepare()
    pool = _pool(job or _collect, timeout)
    attempt = 1
    while True:
        [(_arg, result)] = pool.run([(task, content)])
        if not isinstance(result, Died) or attempt >= ATTEMPTS:
            break
        attempt += 1
    if isinstance(result, (Timeout, Died)):
        outcome, records = lost(result), []
    else:
        outcome, records = result
    return RemoteResult(outcome, records, worker_name(), attempt)


_local = threading.local()


def _pool(job, timeout: float | None) -> WorkerPool:
    """This thread's child process for ``job`` (one per worker thread: a Dask worker started with
    --nthreads 1 has one), kept from document to document so the pipeline's caches stay warm, and
    replaced by the pool when it is killed on a timeout or dies."""
    pools = getattr(_local, "pools", None)
    if pools is None:
        pools = _local.pools = {}
    key = (job, timeout)
    if key not in pools:
        pools[key] = WorkerPool(job, 1, timeout=timeout, init=_worker_init, init_args=(None, os.getpid(), True),
                                context=_ForkContext())
    return pools[key]


def _collect(args: tuple[Task, bytes | None]) -> tuple[Outcome, list[tuple[str, bytes]]]:
    task, content = args
    records: list[tuple[str, bytes]] = []
    outcome = process_one(task, content=content, hand_back=lambda path, data: records.append((path, data)))
    return outcome, records


def worker_name() -> str:
    """The Dask worker's address (host:pid outside a worker)."""
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"{socket.gethostname()}:{os.getpid()}"


_prepared = False

# An invented page read with an English OCR model (å/ä/ö lost): running it once loads what the
# pipeline builds on first use, including the repair stage's, before the document process is forked.
_WARM_UP = ("Kulturnämnden\n\nBeslut\n\nFörslag till beslut\n"
            "Nämnden beslutar att ge föreningen bidrag med 8 000 kronor för år 2031.\n"
            "Ärendet gäller stöd till en ny läsecirkel i norra delen av kommunen.\n").encode("utf-8")


def _prepare() -> None:
    """Once per worker process: Tesseract single-threaded (a Dask worker is one core), and the
    pipeline loaded and warmed here, so that the process that runs the documents, forked from this
    one, starts warm (and so does a replacement after a timeout), as the local batch's workers do."""
    global _prepared
    if _prepared:
        return
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from docparse import pipeline
    from docparse.read import image, ocr, pdf  # noqa: F401  (the scan readers too)

    try:
        pipeline.process("warm-up.txt", data=_WARM_UP)
    except Exception:  # warming is an optimisation; a real problem shows on the real documents
        pass
    _prepared = True


class _ForkedProcess:
    """The part of multiprocessing.Process that WorkerPool uses, made with a plain os.fork: a Dask
    worker is a daemonic process, and multiprocessing refuses to start children from one (a child
    per worker thread that runs its documents one at a time is no pool of processes: it only keeps
    the document killable while the worker waits for it)."""

    def __init__(self, target, args=()):
        self._target, self._args = target, args
        self.pid = 0
        self.sentinel = -1
        self._code = None

    def start(self) -> None:
        # The sentinel as multiprocessing makes it: a pipe whose only writer is the child, so it
        # reads as closed once the child has ended.
        sentinel, alive = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(sentinel)
                self._target(*self._args)  # the worker's loop ends with os._exit
            finally:
                os._exit(1)
        os.close(alive)
        self.pid, self.sentinel = pid, sentinel

    def is_alive(self) -> bool:
        return self._code is None and not self._reap(os.WNOHANG)

    def join(self, timeout: float | None = None) -> None:
        if self._code is None and select.select([self.sentinel], [], [], timeout)[0]:
            self._reap(0)

    def _reap(self, flags: int) -> bool:
        try:
            pid, status = os.waitpid(self.pid, flags)
        except ChildProcessError:
            pid, status = self.pid, 0
        if pid == 0:
            return False
        self._code = status
        os.close(self.sentinel)
        return True


class _ForkContext:
    """What WorkerPool asks of a multiprocessing context: a duplex Pipe, and a Process."""

    @staticmethod
    def Pipe():  # noqa: N802  (multiprocessing's name)
        import multiprocessing

        return multiprocessing.Pipe()

    Process = _ForkedProcess
