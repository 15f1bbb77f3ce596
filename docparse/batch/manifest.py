"""The batch manifest, OUT/manifest.jsonl: one JSON line per input with its status, hash, version, pages and time."""

from __future__ import annotations

import json
import os

from docparse.batch.files import atomic_write, json_line

MANIFEST_NAME = "manifest.jsonl"


class Manifest:
    """Appended to as files finish (so a killed run keeps what it did), compacted at the end of a run.

    Later lines override earlier ones for the same id; a torn last line from a kill is ignored.
    """

    def __init__(self, out: str):
        self.path = os.path.join(out, MANIFEST_NAME)
        self.entries: dict[str, dict] = load(self.path)
        self._fh = None

    def get(self, doc_id: str) -> dict | None:
        return self.entries.get(doc_id)

    def append(self, entry: dict) -> None:
        if self._fh is None:
            self._fh = open(self.path, "a", encoding="utf-8")
            if self._fh.tell() and not _ends_with_newline(self.path):
                self._fh.write("\n")  # after a torn line, start a fresh one
        # One write of a whole line: a kill cuts at most this line, which load() then skips.
        self._fh.write(json_line(entry) + "\n")
        self._fh.flush()
        self.entries[entry["id"]] = entry

    def compact(self) -> None:
        """Rewrite the manifest with the latest entry per id, sorted by id (if this run added any)."""
        if self._fh is None:
            return
        self.close()
        lines = "".join(json_line(self.entries[k]) + "\n" for k in sorted(self.entries))
        atomic_write(self.path, lines.encode("utf-8"))

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _ends_with_newline(path: str) -> bool:
    with open(path, "rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


def load(path: str) -> dict[str, dict]:
    """The latest entry per id; lines that do not parse (a torn write) are skipped."""
    entries: dict[str, dict] = {}
    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return entries
    with fh:
        for line in fh:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                entries[entry["id"]] = entry
    return entries
