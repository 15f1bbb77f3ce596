"""Readers: any supported input in, a SourceDocument of raw page texts out.

The file type is decided by content (magic bytes), never by extension.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from docparse.document import SourceDocument
from docparse.errors import InputFileError

# Larger inputs are refused rather than read into memory whole.
MAX_INPUT_BYTES = 2 * 1024**3


def sniff(head: bytes) -> str:
    """Kind of input by its first bytes: 'pdf', 'image' or 'text'."""
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-":
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    return "text"


def read_bytes(path: str) -> bytes:
    """The input's bytes, from a file or from stdin ('-'), with errors that name the file."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        if p.is_dir():
            raise InputFileError(path, "is a directory, not a document")
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputFileError(path, f"too large ({size} bytes)")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "no such file") from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except OSError as err:
        raise InputFileError(path, f"cannot be read ({err.strerror or err})") from None


def read(path: str, *, ocr: str = "auto", jobs: int | None = None, data: bytes | None = None) -> SourceDocument:
    """Read one input into pages of raw text.

    ``ocr`` is 'auto', 'always' or 'never' (PDFs and images only); ``jobs`` the number of
    pages OCR'd in parallel.
    """
    if data is None:
        data = read_bytes(path)
    name = "<stdin>" if path == "-" else str(path)
    if not data:
        raise InputFileError(name, "is empty")
    sha256 = hashlib.sha256(data).hexdigest()
    kind = sniff(data[:16])
    if kind == "pdf":
        from docparse.read.pdf import read_pdf

        return read_pdf(name, data, sha256, ocr=ocr, jobs=jobs)
    if kind == "image":
        from docparse.read.image import read_image

        return read_image(name, data, sha256, jobs=jobs)
    from docparse.read.text import read_text

    return read_text(name, data, sha256)
