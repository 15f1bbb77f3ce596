"""The pipeline: read -> clean -> repair -> structure -> extract -> record, for one input.

One ModelStore (docparse.models) is passed down, so every stage reads the same model folder."""

from __future__ import annotations

from docparse.clean import clean
from docparse.document import OffsetMap, RepairResult, SourceDocument
from docparse.extract import extract
from docparse.models import ModelStore, store_for
from docparse.errors import DocparseError, InputFileError
from docparse.read import read, read_all
from docparse.record import build_record
from docparse.repair import repair


def ocr_confidences(source: SourceDocument, cleaned) -> list[tuple[int, int, float]] | None:
    """OCR word confidences as (start, end, conf) spans in the cleaned text, if any page was OCR'd."""
    spans: list[tuple[int, int, float]] = []
    page_start = 0
    for page in source.pages:
        # a text-layer page's words are its lines with their boxes, with no confidence to tell
        for w in (page.words or ()) if page.method == "ocr" else ():
            start = cleaned.offsets.from_source(page_start + w.start)
            end = cleaned.offsets.from_source(page_start + w.end)
            if end > start:
                spans.append((start, end, w.conf))
        page_start += len(page.text) + 1  # the page break
    return spans or None


def process_source(source: SourceDocument, *, do_repair: bool = True, models: ModelStore | None = None,
                   redactor=None) -> dict:
    """Turn a SourceDocument (already read) into its record. ``models``: the model files every
    stage reads (default: the store of the configured folder, resolved once here); ``redactor``:
    a docparse.redact.Redactor that redacts the record, when given."""
    if models is None:
        models = store_for()
    ocr_pages = {i for i, p in enumerate(source.pages) if p.method == "ocr"}
    cleaned = clean(source.text, ocr_pages=ocr_pages, models=models, furniture=source.furniture)
    if do_repair:
        repaired = repair(cleaned.text, confidences=ocr_confidences(source, cleaned), models=models)
    else:
        repaired = RepairResult(cleaned.text, [], OffsetMap.identity(len(cleaned.text)))
    fields = extract(repaired.text, masked=cleaned.masked_spans(repaired.offsets), models=models)
    record = build_record(source, cleaned, repaired, fields)
    return redactor.redact_record(record) if redactor is not None else record


def process(path: str, *, ocr: str = "auto", jobs: int | None = None, repair: bool = True, data: bytes | None = None,
            models: ModelStore | None = None, redactor=None, limits=None, file: str | None = None) -> dict:
    """Read one input (a path, or '-' for stdin) and return its record as a JSON-ready dict.

    Raises InputFileError (naming the file) for input that cannot be processed, or over ``limits``
    (a docparse.read.limits.Limits; default: its defaults).
    """
    source = read(path, ocr=ocr, jobs=jobs, data=data, limits=limits, file=file)
    return process_source(source, do_repair=repair, models=models, redactor=redactor)


def process_all(path: str, *, ocr: str = "auto", jobs: int | None = None, repair: bool = True,
                data: bytes | None = None, models: ModelStore | None = None, redactor=None, limits=None,
                file: str | None = None):
    """Every document of one input, as records (a ZIP archive's members, an e-mail and its
    attachments; otherwise the one record of ``process``), in order. A member that cannot be
    read comes as its InputFileError, so the caller reports it and goes on.

    Each document done restarts a document worker's clock (docparse.read.ocr.on_page_done), so
    --timeout counts per member document, not for the whole container."""
    from docparse.read import ocr as ocr_reader  # (``ocr`` is the mode)

    for source in read_all(path, ocr=ocr, jobs=jobs, data=data, limits=limits, file=file):
        if isinstance(source, InputFileError):
            yield source
        else:
            try:
                yield process_source(source, do_repair=repair, models=models, redactor=redactor)
            except DocparseError as err:
                yield err  # one member's failure; the container's other documents go on
            except Exception as err:  # a bug on one member must not lose the others either
                yield DocparseError(f"{source.path}: internal error: {type(err).__name__}: {err}")
        if ocr_reader.on_page_done is not None:
            ocr_reader.on_page_done()  # the next document gets the whole timeout
