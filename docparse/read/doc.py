"""Legacy Word documents (.doc, the binary OLE2 format). LibreOffice headless, when installed,
converts it to DOCX, read by the DOCX reader: headings, tables, headers and footers as furniture
(about 0.7 s a document). Else Debian's antiword (C, about 1 ms a document, but plain text only:
no headings, no furniture); DOCPARSE_DOC_READER=antiword chooses it for speed. With neither, a
clear message naming the packages. ole_kind tells the OLE2 files apart: a Word document, an
Outlook message (read by docparse.read.msg), or what is not read (Excel .xls, PowerPoint .ppt, an
encrypted .docx), named as what it is."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from docparse.document import SourceDocument
from docparse.errors import InputFileError, MissingDependencyError
from docparse.read.blocks import Blocks, to_document

# Seconds a converter may take on one document.
TIMEOUT = int(os.environ.get("DOCPARSE_CONVERT_TIMEOUT", "120"))


# The Office formats (and the Outlook message) an OLE2 file may be, by a stream at the top of its
# directory: what is not read, and why.
_NOT_READ = (
    ("EncryptedPackage", "is an encrypted (password-protected) Office document"),
    ("Workbook", "unsupported format: Excel workbook (.xls)"),
    ("Book", "unsupported format: Excel workbook (.xls)"),
    ("PowerPoint Document", "unsupported format: PowerPoint presentation (.ppt)"),
)


def ole_kind(source: bytes | str) -> tuple[str | None, str | None]:
    """What an OLE2 file (its bytes, or a file's path) holds: ("doc", None) a Word document,
    ("msg", None) an Outlook message, else (None, why it is not read).

    Told by the streams at the top of its compound-file directory, read with olefile (of a file,
    the directory alone: a large .doc is not read whole); the streams of storages below do not
    count, so a message with a .doc attached is a message, and a document with a message
    embedded is a document. Of damaged bytes whose directory cannot be read, the stream names
    they hold are the guess, so that the reader of that kind names the damage."""
    import io

    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(source) if isinstance(source, bytes) else source) as ole:
            names = {entry[0] for entry in ole.listdir(streams=True, storages=False) if len(entry) == 1}
    except Exception:  # olefile raises OSError and its own errors on a damaged file
        if not isinstance(source, bytes):
            return None, "is a corrupt OLE2 file (its directory cannot be read)"
        # What the damaged file's bytes name is the best guess: its reader then says it is corrupt.
        names = {n for n in ("EncryptedPackage", "WordDocument", "__substg1.0_", *(s for s, _ in _NOT_READ))
                 if n.encode("utf-16-le") in source}
    if "EncryptedPackage" in names:
        return None, _NOT_READ[0][1]
    if "WordDocument" in names:
        return "doc", None
    if any(n.startswith("__substg1.0_") for n in names):
        return "msg", None
    for stream, problem in _NOT_READ[1:]:
        if stream in names:
            return None, problem
    return None, "unsupported format: an OLE2 compound file that is not a Word document"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_soffice(name: str, path: str, target: str, outdir: str) -> str:
    """Convert ``path`` with LibreOffice headless into ``outdir``; the converted file's path.
    A private profile folder per call: two conversions at once must not share one."""
    exe = soffice()
    if exe is None:
        raise MissingDependencyError(f"{name}: LibreOffice is not installed",
                                     hint="apt-get install libreoffice-writer-nogui")
    profile = os.path.join(outdir, "profile")
    cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", outdir, path]
    try:
        subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise InputFileError(name, f"LibreOffice did not convert it within {TIMEOUT} s") from None
    stem = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(outdir, f"{stem}.{target.split(':')[0]}")
    if not os.path.exists(out):
        raise InputFileError(name, "LibreOffice could not convert it (corrupt or not a Word document)")
    return out


def _antiword(name: str, path: str) -> str:
    try:
        proc = subprocess.run(["antiword", "-m", "UTF-8.txt", "-w", "0", path], capture_output=True,
                              timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise InputFileError(name, f"antiword did not read it within {TIMEOUT} s") from None
    if proc.returncode != 0:
        why = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputFileError(name, f"is a Word document antiword cannot read ({why[-1] if why else 'corrupt?'})")
    return proc.stdout.decode("utf-8", "replace")


def read_doc(name: str, data: bytes, sha256: str) -> SourceDocument:
    kind, problem = ole_kind(data)
    if kind != "doc":
        raise InputFileError(name, problem or "is an Outlook message, not a Word document")
    use_antiword = shutil.which("antiword") and (not soffice() or os.environ.get("DOCPARSE_DOC_READER") == "antiword")
    if not use_antiword and not soffice():
        raise MissingDependencyError(f"{name}: a legacy Word document (.doc) needs LibreOffice or antiword",
                                     hint="apt-get install libreoffice-writer-nogui (or antiword)")
    with tempfile.TemporaryDirectory(prefix="docparse-doc-") as tmp:
        path = os.path.join(tmp, "document.doc")
        with open(path, "wb") as fh:
            fh.write(data)
        if not use_antiword:
            from docparse.read.docx import read_docx

            with open(convert_with_soffice(name, path, "docx", tmp), "rb") as fh:
                doc = read_docx(name, fh.read(), sha256)
            doc.input_kind = "doc"
            return doc
        text = _antiword(name, path)
    blocks = Blocks()
    for line in text.split("\n"):
        # antiword draws table cells between bars: "|Lokalhyra |120 000 kr |"
        if line.startswith("|") and line.rstrip().endswith("|"):
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        blocks.add(line)
    return to_document(name, sha256, "doc", blocks)
