"""Legacy Word documents (.doc, the binary OLE2 format). LibreOffice headless, when installed,
converts it to DOCX, read by the DOCX reader: headings, tables, headers and footers as furniture
(about 0.7 s a document). Else Debian's antiword (C, about 1 ms a document, but plain text only:
no headings, no furniture); DOCPARSE_DOC_READER=antiword chooses it for speed. With neither, a
clear message naming the packages. Other OLE2 files (Outlook .msg, Excel .xls, PowerPoint .ppt,
an encrypted .docx) are named as what they are."""

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


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


# The stream names ole_kind looks for, as they stand in an OLE2 directory (UTF-16): a reader that
# streams a file (the batch's classify) collects those it meets and asks ole_kind about them.
OLE_STREAM_NAMES = tuple(_utf16(n) for n in ("EncryptedPackage", "WordDocument", "__substg1.0_", "Workbook",
                                             "Book", "PowerPoint Document"))


def ole_kind(data: bytes) -> str | None:
    """What an OLE2 file holds, by the stream names in its directory: 'doc', or a reason it is not read."""
    if _utf16("EncryptedPackage") in data:
        return "is an encrypted (password-protected) Office document"
    if _utf16("WordDocument") in data:
        return None
    if _utf16("__substg1.0_") in data:
        return "unsupported format: Outlook message (.msg)"
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return "unsupported format: Excel workbook (.xls)"
    if _utf16("PowerPoint Document") in data:
        return "unsupported format: PowerPoint presentation (.ppt)"
    return "unsupported format: an OLE2 compound file that is not a Word document"


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
    problem = ole_kind(data)
    if problem:
        raise InputFileError(name, problem)
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
