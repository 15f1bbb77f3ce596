"""Turn the batch's input arguments (files, folders, globs) into a sorted list of inputs, each classified by content."""

from __future__ import annotations

import codecs
import errno
import glob
import hashlib
import os
import stat
from dataclasses import dataclass

from docparse.batch.files import inside
from docparse.errors import InputFileError
from docparse.read import MAX_INPUT_BYTES, sniff
from docparse.read.limits import DEFAULT as DEFAULT_LIMITS
from docparse.read.limits import check_text_size
from docparse.read.text import CP1252_UNDEFINED, looks_binary  # the reader's own tests

HEAD_BYTES = 8192
_CHUNK = 1 << 20

# Formats an archive often holds that docparse does not read; named so the skip reason helps.
_KNOWN_UNSUPPORTED = (
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
)
SUPPORTED = "text, HTML, PDF, Word (.docx, .doc), ODT, RTF, e-mail, ZIP, PNG, JPEG or TIFF"
@dataclass
class Input:
    """One file (or failed argument) the batch considered."""

    path: str  # as handed to the pipeline
    id: str  # its path relative to the batch root, with "/": the document id in the output tree
    status: str = "todo"  # "todo", "skipped" (not a document) or "failed" (a document we cannot read)
    reason: str | None = None
    kind: str | None = None  # sniff()'s kind once classified: "text", "pdf", "image", "zip", "html" ...
    sha256: str | None = None
    size: int = 0


def expand(arguments: list[str]) -> tuple[list[tuple[str, bool]], list[Input]]:
    """Arguments to existing paths (globs expanded) as (path, is_dir), plus an Input for each that names nothing."""
    paths: list[tuple[str, bool]] = []
    missing: list[Input] = []
    for arg in arguments:
        if os.path.lexists(arg) or not glob.has_magic(arg):
            matches = [arg]
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                missing.append(Input(arg, arg, "failed", "no file matches this pattern"))
                continue
        for path in matches:
            if not os.path.lexists(path):
                missing.append(Input(path, path, "failed", "no such file or folder"))
                continue
            paths.append((os.path.normpath(path), os.path.isdir(path)))
    return paths, missing


def batch_root(paths: list[tuple[str, bool]]) -> str:
    """The deepest folder holding every input: document ids are paths relative to it."""
    bases = [os.path.abspath(p if is_dir else os.path.dirname(os.path.abspath(p))) for p, is_dir in paths]
    return os.path.commonpath(bases) if bases else os.getcwd()


def _rel_id(path: str, root: str) -> str:
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def walk(arguments: list[str], *, exclude: list[str] = ()) -> tuple[str, list[Input]]:
    """Every file under the arguments, in a stable order; folders in ``exclude`` (the output) are not entered.

    Symbolic links are followed, but a folder is entered once only, so link loops end.
    Returns the batch root and the inputs (unclassified, except those already skipped or failed).
    """
    paths, found = expand(list(arguments))
    root = batch_root(paths)
    excluded = set()
    for ex in exclude:
        try:
            st = os.stat(ex)
            excluded.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    visited: set[tuple[int, int]] = set()
    for path, is_dir in paths:
        real = os.path.realpath(path)
        if any(real == os.path.realpath(ex) or inside(path, ex) for ex in exclude):
            continue  # our own output, e.g. matched by a glob: not an input, and not news
        if is_dir:
            found.extend(_walk_dir(path, root, visited, excluded))
        else:
            found.append(_file_entry(path, _rel_id(path, root)))
    # The same file named twice (a glob and its folder) is one document.
    seen: set[str] = set()
    unique = []
    for item in found:
        if item.id not in seen:
            seen.add(item.id)
            unique.append(item)
    return root, unique


def _file_entry(path: str, doc_id: str) -> Input:
    item = Input(path, doc_id)
    try:
        st = os.stat(path)
    except OSError as err:
        item.status = "skipped"
        if err.errno == errno.ELOOP:
            item.reason = "symbolic link loop"
        elif err.errno == errno.ENOENT:
            item.reason = "broken symbolic link"
        else:
            item.status, item.reason = "failed", f"cannot be opened ({err.strerror})"
        return item
    if not stat.S_ISREG(st.st_mode):
        item.status, item.reason = "skipped", "not a regular file (device, pipe or socket)"
    item.size = st.st_size
    return item


def _walk_dir(top: str, root: str, visited: set, excluded: set):
    top_id = _rel_id(top, root)
    stack = [(top, "" if top_id == "." else top_id + "/")]
    while stack:
        folder, prefix = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as err:
            yield Input(folder, prefix.rstrip("/"), "skipped",
                        "symbolic link loop" if err.errno == errno.ELOOP else f"folder cannot be opened ({err.strerror})")
            continue
        key = (st.st_dev, st.st_ino)
        if key in excluded:
            continue
        if key in visited:
            yield Input(folder, prefix.rstrip("/"), "skipped", "symbolic link to a folder already walked (a loop?)")
            continue
        visited.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            yield Input(folder, prefix.rstrip("/"), "failed", f"folder cannot be read ({err.strerror})")
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append((entry.path, prefix + entry.name + "/"))
            else:
                yield _file_entry(entry.path, prefix + entry.name)
        stack.extend(reversed(subfolders))  # depth first, in name order


def _head_problem(head: bytes) -> str | None:
    """Why the first bytes of a non-PDF, non-image file are not a text document, or None if they are."""
    for magic, name in _KNOWN_UNSUPPORTED:
        if head.startswith(magic):
            return f"unsupported format: {name}"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in head:
        return f"binary data, not a supported document ({SUPPORTED})"
    else:
        encoding = "utf-8-sig"
    try:
        # Incremental: the head may end inside a multi-byte character.
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        if encoding == "utf-16" or not CP1252_UNDEFINED.isdisjoint(head):
            # Mostly control characters: binary noise. Otherwise a text document in an encoding we lack.
            if looks_binary(head.decode("latin-1")):
                return f"binary data, not a supported document ({SUPPORTED})"
            return "undecodable text (neither UTF-8, UTF-16 nor Windows-1252)"
        text = head.decode("cp1252")
    if looks_binary(text):
        return f"binary data, not a supported document ({SUPPORTED})"
    return None


def classify(item: Input, known_sha256: str | None = None, limits=None) -> None:
    """Read the file once, in chunks (never whole): its kind by content, its SHA-256, or why it is
    skipped or failed (of an OLE2 file, its directory is read again: a Word document, an Outlook
    message, or neither). A text file over ``limits`` (docparse.read.limits) fails from its first bytes.

    A file whose hash is ``known_sha256`` (a document an earlier run processed) is not examined again.
    """
    if item.status != "todo":
        return
    if item.size > MAX_INPUT_BYTES:
        item.status, item.reason = "failed", f"too large ({item.size} bytes)"
        return
    digest = hashlib.sha256()
    try:
        # O_NONBLOCK: a pipe that appeared since the walk must not hang the batch.
        fd = os.open(item.path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            if head and sniff(head) == "text":  # the whole head: an e-mail or a page needs more than 16 bytes
                check_text_size(item.path, item.size, limits or DEFAULT_LIMITS)
            digest.update(head)
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except InputFileError as err:
        item.status, item.reason = "failed", err.problem
        return
    except PermissionError:
        item.status, item.reason = "failed", "permission denied"
        return
    except OSError as err:
        item.status, item.reason = "failed", f"cannot be read ({err.strerror or err})"
        return
    if not head:
        item.status, item.reason = "failed", "is empty"
        return
    item.kind = sniff(head)
    if item.kind == "ole":  # a Word .doc, an Outlook message (a container of attachments), or neither
        from docparse.read.doc import ole_kind

        kind, problem = ole_kind(item.path)  # its directory alone
        if kind == "msg":
            item.kind = "msg"
        elif problem and problem.startswith("unsupported"):
            # An Excel or PowerPoint file is simply not a document we read (as an .xlsx); an
            # encrypted or damaged one is a document we failed, left to the reader to say so.
            item.status, item.reason = "skipped", problem
            return
    if item.kind == "zip":  # a DOCX, an ODT, an archive of documents, or a format we do not read
        from docparse.read.formats import zip_kind

        try:
            item.kind = zip_kind(item.path, item.path)
        except InputFileError as err:
            # A ZIP we cannot open is a document we failed; an .xlsx is simply not one.
            item.status = "skipped" if err.problem.startswith("unsupported") else "failed"
            item.reason = err.problem
            return
    if item.kind == "text" and digest.hexdigest() != known_sha256:
        problem = _head_problem(head)
        if problem:
            # Undecodable text is a document we failed; anything else is simply not a document.
            item.status = "failed" if problem.startswith("undecodable") else "skipped"
            item.reason = problem
            return
    item.sha256 = digest.hexdigest()
