"""ZIP archives of documents: each member is a document of its own, read by content.

Guarded against zip bombs before anything is decompressed, by the sizes the archive declares
(``limits.check_archive``, the one guard DOCX and ODT files get too), and again while reading
(declared sizes can lie). Encrypted members are refused by name.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator

from docparse.errors import InputFileError
from docparse.read.formats import ZIP_ERRORS
from docparse.read.limits import DEFAULT, Limits, check_archive

# Not documents: folders, macOS resource forks, hidden files.
_SKIP_PREFIXES = ("__MACOSX/",)


def zip_members(name: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[tuple[str, bytes | InputFileError]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise InputFileError(name, "is a corrupt or truncated ZIP archive") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith(_SKIP_PREFIXES)
                 and not os.path.basename(i.filename).startswith(".")]
        check_archive(name, ((i.filename, i.compress_size, i.file_size) for i in infos), limits)
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
                    chunk = fh.read(min(info.file_size, limits.max_unpacked_bytes - read_so_far) + 1)
            except ZIP_ERRORS as err:
                yield member, InputFileError(member, f"cannot be extracted ({err})")
                continue
            if len(chunk) > info.file_size:
                raise InputFileError(name, f"archive member {info.filename} holds more than its declared "
                                           "size (a zip bomb?)")
            read_so_far += len(chunk)
            yield member, chunk
