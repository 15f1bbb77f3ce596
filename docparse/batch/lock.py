"""One batch at a time per output folder: an advisory lock (flock) on OUT/.docparse.lock."""

from __future__ import annotations

import fcntl
import os
import time

from docparse.errors import DocparseError, ExitCode

LOCK_NAME = ".docparse.lock"


class OutputLockedError(DocparseError):
    """Another batch is writing into the same output folder."""

    exit_code = ExitCode.USAGE


class OutputLock:
    """Held for the whole batch; the kernel releases it when the process dies, so it never goes stale."""

    def __init__(self, out: str):
        self.path = os.path.join(out, LOCK_NAME)
        self.fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
            os.close(fd)
            raise OutputLockedError(
                f"{os.path.dirname(self.path) or '.'}: another docparse batch is writing here ({holder})",
                hint="wait for it to finish, or choose another output folder",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            # Leave the file in place: deleting a lock file races with the next batch opening it.
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()
