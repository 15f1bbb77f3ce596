"""What a Dask worker runs for one document: the batch's own process_one, in a child process it can kill.

The worker hands the records back instead of writing them: only the batch that holds OUT's lock
writes there, so a worker needs no access to OUT, and a worker that dies (or a task that runs on after
its batch was killed) never leaves or overwrites a record. This module imports no dask: it is the
worker's side of docparse.batch.dask_executor, run by a worker that has docparse installed.
"""

from __future__ import annotations

import os
import signal
import socket
import time
from dataclasses import dataclass, field

from docparse.batch.runner import Outcome, Task, process_one
from docparse.batch.workers import Died, Timeout
from docparse.errors import ExitCode

_HEARTBEAT = "page done"
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


def run_document(task: Task, content: bytes | None, timeout: float | None) -> RemoteResult:
    """One document on this worker: ``content`` its bytes when the batch sent them (else read from
    ``task.path``), ``timeout`` the seconds it may take (per page while OCR'd; None: no limit)."""
    _prepare()
    attempt = 1
    while True:
        result = run_isolated(_collect, (task, content), timeout)
        if not isinstance(result, Died) or attempt >= ATTEMPTS:
            break
        attempt += 1
    if isinstance(result, Timeout):
        outcome, records = Outcome("failed", error=result.message, exit_code=ExitCode.INPUT_ERROR,
                                   seconds=result.seconds), []
    elif isinstance(result, Died):
        outcome, records = Outcome("failed", error=result.message, exit_code=result.exit_code), []
    else:
        outcome, records = result
    return RemoteResult(outcome, records, worker_name(), attempt)


def _collect(args: tuple[Task, bytes | None]) -> tuple[Outcome, list[tuple[str, bytes]]]:
    task, content = args
    records: list[tuple[str, bytes]] = []
    outcome = process_one(task, content=content, write=lambda path, data: records.append((path, data)))
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
# pipeline builds on first use, including the repair stage's, before any document's child is forked.
_WARM_UP = (b"Kommunstyrelsen\n\nTjansteutlatande\n\nForslag till beslut\n"
            b"Namnden beslutar att bevilja foreningen bidrag med 12 000 kronor for ar 2024.\n"
            b"Arendet galler stod till foreningslivet i ostra delen av kommunen.\n")


def _prepare() -> None:
    """Once per worker process: Tesseract single-threaded (a Dask worker is one core), and the
    pipeline loaded and warmed here, so that each document's forked child shares it, as the local
    batch's forked workers share their parent's."""
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


def run_isolated(fn, arg, timeout: float | None):
    """``fn(arg)`` in a forked child process: its return value, Timeout when it ran longer than
    ``timeout`` seconds (its clock restarted at each OCR'd page), Died when the child died.

    The same rules as the local batch's WorkerPool, in one child per document rather than a pool:
    Dask's worker processes are daemonic and may not start multiprocessing children, and a Dask
    worker runs one document at a time anyway. The child has its own process group, so a kill on
    timeout takes its Tesseract too, and dies with the worker (PR_SET_PDEATHSIG)."""
    from multiprocessing.connection import Connection

    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read_fd)
            _child_init(parent)
            conn = Connection(write_fd, readable=False)
            from docparse.read import ocr

            ocr.on_page_done = lambda: conn.send(_HEARTBEAT)
            conn.send(fn(arg))
            code = 0
        finally:
            os._exit(code)  # no atexit work or thread joins of the worker's (forked) state
    os.close(write_fd)
    conn = Connection(read_fd, writable=False)
    deadline = time.monotonic() + timeout if timeout else None
    result = None
    try:
        while result is None:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not conn.poll(wait):
                result = Timeout(timeout)
                break
            try:
                message = conn.recv()
            except (EOFError, OSError):
                result = Died()
                break
            if message == _HEARTBEAT:
                if deadline is not None:
                    deadline = time.monotonic() + timeout
                continue
            result = message
    finally:
        conn.close()
        if result is None or isinstance(result, (Timeout, Died)):
            _kill(pid)
        os.waitpid(pid, 0)
    return result


def _child_init(parent: int) -> None:
    try:
        os.setpgrp()
    except OSError:
        pass
    try:  # Linux: die with the worker instead of lingering as an orphan
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _kill(pid: int) -> None:
    for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            kill()
        except OSError:
            pass
