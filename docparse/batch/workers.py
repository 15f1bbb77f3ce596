"""Worker processes that each run one document at a time and are killed when a document overruns its time.

A pool of our own rather than concurrent.futures: a document over its timeout must be stopped, and only
killing the process that runs it (with its OCR children) stops a regex or a C library mid-call. A killed
or crashed worker is replaced; only its document fails, and the caller goes on.
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from docparse.errors import ExitCode
from docparse.read.limits import DEFAULT_TIMEOUT


@dataclass
class Timeout:
    """What a worker answers when its document ran out of time (made by the parent, which killed it)."""

    seconds: float
    exit_code: int = ExitCode.INPUT_ERROR  # the document's fault, as other input errors

    @property
    def message(self) -> str:
        return f"timed out after {self.seconds:g} s"


@dataclass
class Died:
    """The worker process died on its document (segfault in a library, killed for memory)."""

    message: str = "the worker process died on this file (crash, or killed for memory)"
    exit_code: int = ExitCode.INTERNAL


_HEARTBEAT = "page done"


def _serve(conn, fn: Callable, init: Callable | None, init_args: tuple) -> None:
    """The worker's loop: a task in, fn(task) out, until told to stop (None) or the pipe closes."""
    try:
        os.setpgrp()  # its own process group: a kill on timeout takes its OCR processes too
    except OSError:
        pass
    if init is not None:
        init(*init_args)
    from docparse.read import ocr

    # For scans the clock runs per page: each page read restarts the document's clock.
    ocr.on_page_done = lambda: conn.send(_HEARTBEAT)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break
        if task is None:
            break
        conn.send(_portable(fn(task)))
    os._exit(0)  # no atexit work of the parent's (forked) state


def _portable(result):
    """``result`` with its exceptions cut from what caused them: an error's chain may hold objects
    no pickle can carry (lxml's error log), and tblib, which Dask installs, pickles chains. The
    message is all the parent reports."""
    if isinstance(result, BaseException):
        result.__context__ = result.__cause__ = result.__traceback__ = None
    elif isinstance(result, (list, tuple)):
        for item in result:
            _portable(item)
    return result


class _Worker:
    def __init__(self, ctx, fn, init, init_args):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, fn, init, init_args))
        self.proc.start()
        child.close()
        self.task = None
        self.deadline = 0.0

    def kill(self) -> None:
        for kill in (lambda: os.killpg(self.proc.pid, signal.SIGKILL), lambda: os.kill(self.proc.pid, signal.SIGKILL)):
            try:
                kill()
            except OSError:
                pass
        self.proc.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=10)
        if self.proc.is_alive():
            self.kill()
        self.conn.close()


class WorkerPool:
    """``workers`` processes running ``fn(task)``; each task may run for ``timeout`` seconds (None: no limit).

    ``run(tasks)`` yields (task, result) in completion order; result is fn's return value, a Timeout or a Died.
    Use as a context manager so the workers are stopped (or killed) at the end, whatever happens.
    """

    def __init__(self, fn: Callable, workers: int, *, timeout: float | None = DEFAULT_TIMEOUT,
                 init: Callable | None = None, init_args: tuple = (), context=None):
        import multiprocessing

        # context: what makes the Pipe and Process (batch.remote forks without multiprocessing's checks)
        self.ctx = context or multiprocessing.get_context("fork")
        self.fn, self.size, self.timeout = fn, max(1, workers), timeout
        self.init, self.init_args = init, init_args
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        for w in self.busy:
            w.kill()
        for w in self.idle:
            w.stop() if exc[0] is None else w.kill()
        self.idle, self.busy = [], []

    def _start(self, worker: _Worker | None, task) -> None:
        worker = worker or _Worker(self.ctx, self.fn, self.init, self.init_args)
        worker.task = task
        worker.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
        try:
            worker.conn.send(task)
        except OSError:
            pass  # it died idle: its sentinel reports it and the task is retried below
        self.busy.append(worker)

    def run(self, tasks) -> Iterator[tuple[object, object]]:
        pending = deque(tasks)
        while pending or self.busy:
            while pending and len(self.busy) < self.size:
                self._start(self.idle.pop() if self.idle else None, pending.popleft())
            now = time.monotonic()
            wait_for = max(0.0, min(w.deadline for w in self.busy) - now)
            handles = [w.conn for w in self.busy] + [w.proc.sentinel for w in self.busy]
            ready = set(wait(handles, timeout=min(wait_for, 3600.0)))
            for worker in list(self.busy):
                result = None
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        message = Died()
                    if message == _HEARTBEAT:
                        worker.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
                        continue
                    result = message
                elif worker.proc.sentinel in ready:
                    result = Died()
                elif time.monotonic() >= worker.deadline:
                    result = Timeout(self.timeout)
                else:
                    continue
                self.busy.remove(worker)
                if isinstance(result, (Died, Timeout)):
                    worker.kill()
                else:
                    self.idle.append(worker)
                yield worker.task, result
