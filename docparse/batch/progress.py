"""A one-line progress display on stderr (documents, pages, rate, ETA), shown only on a terminal."""

from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Redrawn at most ten times a second with a carriage return; silent when disabled."""

    def __init__(self, total: int, *, stream=None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.docs = 0
        self.pages = 0
        self.start = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def advance(self, pages: int = 0) -> None:
        self.docs += 1
        self.pages += pages
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.docs == self.total):
            self._drawn = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.docs / elapsed
        eta = _clock((self.total - self.docs) / rate) if rate > 0 else "?"
        pct = 100 * self.docs // self.total if self.total else 100
        return (f"{self.docs}/{self.total} documents ({pct}%), {self.pages} pages, "
                f"{rate:.1f} docs/s, {self.pages / elapsed:.1f} pages/s, ETA {eta}")

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\n")
            self.stream.flush()
