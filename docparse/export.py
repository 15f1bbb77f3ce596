"""Exports of a batch's records for research: one JSON Lines file, or CSV tables joined by document id."""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from docparse.batch.files import json_line, read_record, record_files

_SPAN = ["page", "span_start", "span_end"]
# table (the record field holding its rows) -> columns taken from each item; every row starts
# with the document id.
TABLES: dict[str, list[str]] = {
    "org_numbers": ["value", "valid", "kind"],
    "parties": ["name", "org_nr", "role"],
    "periods": ["start", "end", "kind", "text"],
    "amounts": ["value", "currency", "text", "per", "label"],
    "decision_points": ["number", "text"],
    "people": ["name", "title", "role", "phone", "email"],
    "items": ["number", "title", "dnr", "decision_points"],
    "personal_data": ["kind", "valid", "confidence"],  # where personal identity numbers are, never their digits
}
DOCUMENT_COLUMNS = (
    ["id", "path", "sha256", "input_kind", "pages", "pipeline_version",
     "title", "doc_type", "municipality", "board", "dnr", "date"]
    + [f"n_{name}" for name in TABLES]
    + ["n_warnings", "warnings"]
)
# Excel runs a cell that starts with one of these as a formula; document text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ExportResult:
    documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # records that could not be read


def iter_records(out: str, problems: list[str] | None = None) -> Iterator[tuple[str, dict]]:
    """(document id, record) for every record under OUT/records, in id order, one at a time
    (docparse.batch.files.record_files); a record that cannot be read is named in ``problems``."""
    for doc_id, path in record_files(out):
        try:
            record = read_record(path)
        except (OSError, ValueError) as err:
            if problems is not None:
                problems.append(f"{path}: cannot be read ({err})")
            continue
        yield doc_id, record


def redacted(records: Iterator[tuple[str, dict]], redactor) -> Iterator[tuple[str, dict]]:
    """The records (and their ids: file names) with personal identity numbers replaced; as they are without a redactor."""
    if redactor is None:
        yield from records
        return
    for doc_id, record in records:
        yield redactor.scrub(doc_id), redactor.redact_record(record)


def export_jsonl(out: str, stream, redactor=None) -> ExportResult:
    """Every record as one JSON line, with its document id as the first key."""
    result = ExportResult()
    for doc_id, record in redacted(iter_records(out, result.problems), redactor):
        stream.write(json_line({"id": doc_id, **record}) + "\n")
        result.documents += 1
    return result


def _cell(value, excel: bool):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a file name that was not UTF-8
            value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if excel and value.startswith(_FORMULA_START):
            return "'" + value
    return value


def document_row(doc_id: str, record: dict) -> dict:
    doc = record.get("document") or {}
    source = record.get("source") or {}
    warnings = record.get("warnings") or []
    row = {
        "id": doc_id,
        "path": source.get("path"),
        "sha256": source.get("sha256"),
        "input_kind": source.get("input_kind"),
        "pages": source.get("pages"),
        "pipeline_version": (record.get("pipeline") or {}).get("version"),
        **{k: doc.get(k) for k in ("title", "doc_type", "municipality", "board", "dnr", "date")},
        "n_warnings": len(warnings),
        "warnings": " | ".join(warnings),
    }
    for name in TABLES:
        row[f"n_{name}"] = len(record.get(name) or [])
    return row


def _flat(value):
    """A cell of a nested list (an item's decision points): "1. text | 2. text"."""
    if isinstance(value, list):
        return " | ".join(f"{v.get('number')}. {v.get('text')}" if isinstance(v, dict) else str(v)
                          for v in value)
    return value


def item_rows(doc_id: str, record: dict, table: str) -> Iterator[dict]:
    cols = TABLES[table]
    for item in record.get(table) or []:
        span = item.get("span") or {}
        row = {"id": doc_id, **{c: _flat(item.get(c)) for c in cols}}
        row.update(page=span.get("page"), span_start=span.get("start"), span_end=span.get("end"))
        yield row


def export_csv(out: str, dest: str, *, excel: bool = True, delimiter: str = ",", redactor=None) -> ExportResult:
    """Write documents.csv and one CSV per kind of item into ``dest``.

    ``excel``: UTF-8 with a byte-order mark (so Excel reads å/ä/ö right) and text cells that Excel
    would run as formulas prefixed with an apostrophe. Without it: plain UTF-8, cells untouched.
    Files appear whole or not at all (temporary files, renamed at the end).
    """
    os.makedirs(dest, exist_ok=True)
    result = ExportResult()
    names = ["documents", *TABLES]
    columns = {"documents": DOCUMENT_COLUMNS, **{t: ["id", *TABLES[t], *_SPAN] for t in TABLES}}
    temps, handles, writers = {}, {}, {}
    try:
        for name in names:
            fd, temps[name] = tempfile.mkstemp(dir=dest, prefix=f".{name}-", suffix=".part")
            handles[name] = os.fdopen(fd, "w", encoding="utf-8-sig" if excel else "utf-8", newline="")
            writers[name] = csv.writer(handles[name], delimiter=delimiter)
            writers[name].writerow(columns[name])
            result.rows[name] = 0

        def write(name: str, row: dict) -> None:
            writers[name].writerow([_cell(row.get(c), excel) for c in columns[name]])
            result.rows[name] += 1

        for doc_id, record in redacted(iter_records(out, result.problems), redactor):
            write("documents", document_row(doc_id, record))
            for table in TABLES:
                for row in item_rows(doc_id, record, table):
                    write(table, row)
            result.documents += 1
        for name in names:
            handles[name].close()
            os.chmod(temps[name], 0o644)
            os.replace(temps[name], os.path.join(dest, f"{name}.csv"))
    finally:
        for name, fh in handles.items():
            fh.close()
            if os.path.exists(temps[name]):
                os.unlink(temps[name])
    return result


def main_jsonl(out: str, dest: str | None, redactor=None) -> ExportResult:
    """JSON Lines to a file (written atomically) or to stdout when ``dest`` is None or '-'."""
    if dest in (None, "-"):
        return export_jsonl(out, sys.stdout, redactor)
    folder = os.path.dirname(os.path.abspath(dest))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".export-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            result = export_jsonl(out, fh, redactor)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return result
