"""ZIP archives of documents: each member is a document of its own, read by content.

Guarded against zip bombs before anything is decompressed, by the sizes the archive declares,
and again while reading (declared sizes can lie): limits on the total uncompressed size, on the
compression ratio of each large member, and on the number of members. One message names the
archive and the limit it broke. Encrypted members are refused by name.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator

from docparse.errors import InputFileError
from docparse.read.formats import ZIP_ERRORS

MAX_TOTAL_BYTES = int(os.environ.get("DOCPARSE_ZIP_MAX_BYTES", str(1024**3)))  # 1 GiB uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for members above RATIO_FLOOR (text compresses ~5-10x)
RATIO_FLOOR = 1 << 20
MAX_MEMBERS = 10_000
# Not documents: folders, macOS resource forks, hidden files.
_SKIP_PREFIXES = ("__MACOSX/",)


def _bomb(name: str, why: str) -> InputFileError:
    return InputFileError(name, f"refused as a possible zip bomb: {why}")


def zip_members(name: str, data: bytes) -> Iterator[tuple[str, bytes | InputFileError]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise InputFileError(name, "is a corrupt or truncated ZIP archive") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith(_SKIP_PREFIXES)
                 and not os.path.basename(i.filename).startswith(".")]
        if len(infos) > MAX_MEMBERS:
            raise _bomb(name, f"{len(infos)} members (limit {MAX_MEMBERS})")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise _bomb(name, f"{total} bytes uncompressed (limit {MAX_TOTAL_BYTES})")
        for i in infos:
            if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise _bomb(name, f"{i.filename} expands {i.file_size // max(i.compress_size, 1)}x (limit {MAX_RATIO}x)")
        if not infos:
            raise InputFileError(name, "is an empty ZIP archive")
        read_so_far = 0
        for info in infos:
            member = f"{name}!{info.filename}"
            if info.flag_bits & 0x1:
                yield member, InputFileError(member, "is encrypted (password-protected ZIP member)")
                continue
            try:
                with zf.open(info) as fh:
                    # Never more than declared (+1 to notice a lie), never past the total limit.
                    chunk = fh.read(min(info.file_size, MAX_TOTAL_BYTES - read_so_far) + 1)
            except ZIP_ERRORS as err:
                yield member, InputFileError(member, f"cannot be extracted ({err})")
                continue
            if len(chunk) > info.file_size:
                raise _bomb(name, f"{info.filename} holds more than its declared size")
            read_so_far += len(chunk)
            yield member, chunk
