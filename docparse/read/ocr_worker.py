"""An OCR worker process: reads a page source, then page numbers, from stdin; writes results to stdout."""

from __future__ import annotations

import sys

from docparse.read.ocr import _ocr_one, receive, send


def main() -> None:
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but results may reach the pipe
    pages, options = receive(inbox)
    while True:
        try:
            index = receive(inbox)
        except EOFError:
            break
        if index is None:
            break
        send(outbox, _ocr_one(pages, index, options))


if __name__ == "__main__":
    main()
