"""Where a record goes under OUT (never outside it), and writing files atomically."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator

RECORDS_DIR = "records"  # OUT/records/... holds one record per input
RECORD_SUFFIX = ".json"
TEMP_PREFIX = ".tmp-"
STAGING_SUFFIX = ".members"  # a container's staging folder (staging_folder)
# Bytes, not characters: the file system's limit (NAME_MAX), less room for our suffix.
_MAX_NAME_BYTES = 255 - len(RECORD_SUFFIX.encode())
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def safe_component(name: str) -> str:
    """One path component that cannot climb out of its folder, hide as a temp file, or exceed NAME_MAX.

    Names are kept as they are where possible; a changed or shortened name gets a hash of the
    original, so two different inputs never share a record.
    """
    original = name
    # Names that were not valid UTF-8 arrive with surrogate escapes; they cannot be written as UTF-8.
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    name = _UNSAFE.sub("_", name)
    if name in ("", ".", ".."):
        name = "_" * max(1, len(name))
    if name.startswith(TEMP_PREFIX):
        name = "_" + name  # stale temporary files are cleaned up by this prefix
    if name != original or len(name.encode()) > _MAX_NAME_BYTES:
        tag = hashlib.sha256(original.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        keep = _MAX_NAME_BYTES - len(tag) - 1
        name = name.encode()[:keep].decode("utf-8", "ignore") + "~" + tag
    return name


def json_line(obj, *, indent: int | None = None) -> str:
    """JSON text that encodes to valid UTF-8 even when a file name was not valid UTF-8.

    Such names reach Python as lone surrogates, which UTF-8 cannot carry; the object is then
    written with ASCII escapes, which JSON readers turn back into the same string.
    """
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, indent=indent)
    return text


def record_relpath(doc_id: str) -> str:
    """The record's path relative to the records folder: the document id, made safe, plus .json."""
    parts = [safe_component(p) for p in doc_id.split("/") if p]
    parts[-1] += RECORD_SUFFIX
    return "/".join(parts)


def record_files(out: str) -> Iterator[tuple[str, str]]:
    """(document id, path) of every record under OUT/records, in id order (folders and files
    interleaved by name), without listing all at once. The id is the record's path under records/
    without ".json": the input's path relative to the batch root. Raises FileNotFoundError (at
    once) when OUT has no records folder."""
    root = os.path.join(out, RECORDS_DIR)
    if not os.path.isdir(root):
        raise FileNotFoundError(f"{out}: no {RECORDS_DIR}/ folder here; is this the output of docparse batch?")

    def walk(folder: str) -> Iterator[tuple[str, str]]:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from walk(entry.path)
            elif entry.name.endswith(RECORD_SUFFIX) and not entry.name.startswith("."):
                yield os.path.relpath(entry.path, root)[: -len(RECORD_SUFFIX)].replace(os.sep, "/"), entry.path

    return walk(root)


def read_record(path: str) -> dict:
    """A record file's JSON object; OSError or ValueError when it cannot be read as one."""
    with open(path, encoding="utf-8") as fh:
        record = json.load(fh)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    return record


def inside(path: str, folder: str) -> bool:
    """True when ``path`` resolves (links followed) to a place inside ``folder``."""
    real, base = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath([real, base]) == base and real != base


def atomic_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part.

    Safe against the process being killed at any point; not fsync'd, so a power cut may lose the newest files.
    """
    folder = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), _FILE_MODE)
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def staging_folder(record_path: str) -> str:
    """Where a container's records are written until all of its documents are done: a temporary
    folder beside its record, so that a container that fails or is killed midway leaves none."""
    tag = hashlib.sha256(record_path.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return os.path.join(os.path.dirname(record_path), f"{TEMP_PREFIX}{tag}{STAGING_SUFFIX}")


def remove_stale_temps(folder: str) -> int:
    """Delete temporary files and containers' staging folders a killed run left behind (call with
    the lock held). Returns how many."""
    import shutil

    removed = 0
    for dirpath, dirs, files in os.walk(folder):
        for name in [d for d in dirs if d.startswith(TEMP_PREFIX) and d.endswith(STAGING_SUFFIX)]:
            dirs.remove(name)  # not walked into: removed whole
            shutil.rmtree(os.path.join(dirpath, name), ignore_errors=True)
            removed += 1
        for name in files:
            if name.startswith(TEMP_PREFIX) and name.endswith(".part"):
                try:
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
                except OSError:
                    pass
    return removed
