"""The incremental indexer: records of a batch output folder (or JSON Lines) into a search backend.

A record is (re)indexed only when its input's sha256, the pipeline version or the redaction
changed; records gone from the source leave the index. Documents are committed in small groups,
each with its fingerprint, so an interrupted run leaves a consistent index and a rerun goes on
where it stopped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from docparse.batch.files import read_record, record_files
from docparse.index import identifiers as ids
from docparse.index.terms import analyse

INDEX_VERSION = "2"  # bump when terms, schema or fields change: the next run rebuilds
COMMIT_EVERY = 200
# The record fields index_doc reads (and personal_data, so redact_record knows what was found).
INDEXED_FIELDS = ("source", "pipeline", "document", "dnr_references", "items", "org_numbers", "parties", "pages",
                  "text", "original_text", "personal_data", "redaction")


@dataclass
class Identifier:
    kind: str  # "dnr" (the document's own), "item dnr", "dnr reference", "orgnr"
    value: str
    key: str
    number_key: str
    start: int | None
    end: int | None
    page: int | None


@dataclass
class IndexDoc:
    """One document as the backends store it: its fields, its terms and its identifiers."""

    id: str
    fingerprint: str
    stat: str  # the record file's mtime and size: unchanged files are not even read
    title: str | None
    date: str | None
    date_min: str | None
    date_max: str | None
    year: int | None
    municipality: str | None
    board: str | None
    doc_type: str | None
    dnr: str | None
    has_original: bool
    pages: str  # JSON [[number, start, end], ...]: which page a snippet is on
    text: str
    original_text: str | None
    terms: str
    parts: str
    original_terms: str | None
    original_parts: str | None
    identifiers: list[Identifier] = field(default_factory=list)


@dataclass
class BuildResult:
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    problems: list[str] = field(default_factory=list)


class SourceError(Exception):
    """The source to index is neither a batch output folder nor a JSON Lines file."""


def fingerprint(record: dict, redactor) -> str:
    source = record.get("source") or {}
    pipeline = record.get("pipeline") or {}
    redaction = redactor.fingerprint if redactor is not None else "none"
    return f"{INDEX_VERSION}|{source.get('sha256')}|{pipeline.get('version')}|{redaction}"


def _date_range(date: str | None) -> tuple[str | None, str | None, int | None]:
    """A date as given (YYYY, YYYY-MM or YYYY-MM-DD) as the first and last day it may mean."""
    if not isinstance(date, str) or not date[:4].isdigit():
        return None, None, None
    lo = date + "-01-01"[len(date) - 4:] if len(date) < 10 else date[:10]
    hi = date + "-12-31"[len(date) - 4:] if len(date) < 10 else date[:10]
    return lo, hi, int(date[:4])


def _str(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _span(obj) -> tuple[int | None, int | None, int | None]:
    span = obj.get("span") if isinstance(obj, dict) else None
    if not isinstance(span, dict):
        return None, None, None
    return span.get("start"), span.get("end"), span.get("page")


def _narrow(text: str, value: str, where) -> tuple:
    """The value's own place inside a longer span (an item's span covers its whole heading)."""
    start, end, page = where
    if isinstance(start, int) and isinstance(end, int) and end - start > len(value):
        at = text.find(value, start, end)
        if at >= 0:
            return at, at + len(value), page
    return start, end, page


def record_identifiers(record: dict) -> list[Identifier]:
    """Every diarienummer (own, items', references) and organisation number of a record."""
    out: dict[tuple, Identifier] = {}
    doc = record.get("document") or {}
    text = record.get("text") if isinstance(record.get("text"), str) else ""

    def add_dnr(kind: str, value, where) -> None:
        if not _str(value):
            return
        start, end, page = _narrow(text, value, where)
        item = Identifier(kind, value, ids.dnr_key(value), ids.dnr_number_key(value), start, end, page)
        out.setdefault((item.key, kind, start), item)

    def add_org(value, where) -> None:
        key = ids.orgnr_key(value) if _str(value) else None
        if key:
            start, end, page = _narrow(text, value, where)
            out.setdefault((key, "orgnr", start), Identifier("orgnr", value, key, key, start, end, page))

    spans = doc.get("spans") or {}
    dnr_span = spans.get("dnr") if isinstance(spans, dict) else None
    add_dnr("dnr", doc.get("dnr"), _span({"span": dnr_span}))
    for ref in record.get("dnr_references") or []:
        if isinstance(ref, dict):
            add_dnr("dnr" if ref.get("own") else "dnr reference", ref.get("value"), _span(ref))
    for item in record.get("items") or []:
        if isinstance(item, dict):
            add_dnr("item dnr", item.get("dnr"), _span(item))
    for org in record.get("org_numbers") or []:
        if isinstance(org, dict):
            add_org(org.get("value"), _span(org))
    for party in record.get("parties") or []:
        if isinstance(party, dict):
            add_org(party.get("org_nr"), _span(party))
    return list(out.values())


def index_doc(doc_id: str, record: dict, fp: str, stat: str = "") -> IndexDoc:
    doc = record.get("document") or {}
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    original = record.get("original_text")
    original = original if isinstance(original, str) and original != text else None
    terms, parts = analyse(text)
    o_terms, o_parts = analyse(original) if original is not None else (None, None)
    date = _str(doc.get("date"))
    lo, hi, year = _date_range(date)
    pages = [[p.get("number"), p.get("start"), p.get("end")] for p in record.get("pages") or []
             if isinstance(p, dict)]
    return IndexDoc(
        id=doc_id, fingerprint=fp, stat=stat, title=_str(doc.get("title")), date=date, date_min=lo,
        date_max=hi, year=year, municipality=_str(doc.get("municipality")), board=_str(doc.get("board")),
        doc_type=_str(doc.get("doc_type")), dnr=_str(doc.get("dnr")), has_original=original is not None,
        pages=json.dumps(pages),
        text=text, original_text=original, terms=terms, parts=parts, original_terms=o_terms,
        original_parts=o_parts, identifiers=record_identifiers(record))


# -- sources ------------------------------------------------------------------------------
# A source yields (id, stat, load) for each record: stat is cheap, load reads the record.

def _folder_source(files: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str, object]]:
    for doc_id, path in files:
        try:
            st = os.stat(path)
        except OSError:
            continue  # gone since listed
        yield doc_id, f"{st.st_mtime_ns}:{st.st_size}", lambda path=path: read_record(path)


def _jsonl_source(path: str) -> Iterator[tuple[str, str, object]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as err:
                raise SourceError(f"{path}: line {n} is not JSON ({err})") from None
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise SourceError(f"{path}: line {n} is not a record with an \"id\" (as docparse export writes them)")
            yield record["id"], "", lambda record=record: record


def source_of(path: str) -> Iterator[tuple[str, str, object]]:
    if os.path.isdir(path):
        try:
            return _folder_source(record_files(path))
        except FileNotFoundError as err:  # no records folder
            raise SourceError(str(err)) from None
    if os.path.isfile(path):
        return _jsonl_source(path)
    raise SourceError(f"{path}: no such folder or file")


# build()'s default redactor: one keyed by $DOCPARSE_REDACT_KEY, made when build runs.
KEY_FROM_ENV = "key from the environment"


def build(source: Iterator[tuple[str, str, object]], backend, *, redactor=KEY_FROM_ENV,
          progress=None) -> BuildResult:
    """Bring the backend's index up to date with the source's records.

    Personal identity numbers are redacted before indexing (docparse/redact.py) by ``redactor``
    (by default one keyed by $DOCPARSE_REDACT_KEY); ``redactor=None`` indexes the records as
    they are. The command's --redact/--no-redact decides it there (cli.run.redactor_for).
    """
    if redactor is KEY_FROM_ENV:
        from docparse.redact import Redactor, load_key

        redactor = Redactor(load_key())
    result = BuildResult()
    known = backend.known()  # id -> (fingerprint, stat)
    seen: set[str] = set()
    pending = 0
    for doc_id, stat, load in source:
        if redactor is not None:
            doc_id = redactor.scrub(doc_id)  # a number in a file name never enters the index either
        seen.add(doc_id)
        old = known.get(doc_id)
        if old is not None and stat and old[1] == stat:
            result.unchanged += 1
            continue
        try:
            record = load()
        except (OSError, ValueError) as err:
            result.problems.append(f"{doc_id}: cannot be read ({err})")
            continue
        fp = fingerprint(record, redactor)
        if old is not None and old[0] == fp:
            if stat:
                backend.set_stat(doc_id, stat)
                pending += 1
            result.unchanged += 1
        else:
            if redactor is not None:
                # Only what the index reads is redacted (and the rest never stored): the same
                # function as export's, spared the repairs log, people, amounts ... it would walk.
                record = redactor.redact_record({k: record[k] for k in INDEXED_FIELDS if k in record})
            backend.put(index_doc(doc_id, record, fp, stat))
            pending += 1
            result.indexed += 1
            if progress is not None:
                progress(result)
        if pending >= COMMIT_EVERY:
            backend.commit()
            pending = 0
    gone = [doc_id for doc_id in known if doc_id not in seen]
    if gone:
        backend.delete(gone)
        result.removed = len(gone)
    backend.commit()
    return result
