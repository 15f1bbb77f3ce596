"""`docparse eval`: score records against gold files and print the scores."""

from __future__ import annotations

import json
import sys

import click

from docparse.cli import report_error
from docparse.errors import ExitCode, InputFileError

# Per-file table: column title -> fields summed into it.
_GROUPS = {
    "document": ("document.title", "document.doc_type", "document.municipality", "document.board",
                 "document.dnr", "document.date"),
    "org_nr": ("org_numbers",),
    "parties": ("parties",),
    "periods": ("periods",),
    "amounts": ("amounts",),
    "decisions": ("decision_points",),
    "people": ("people",),
    "items": ("items",),
}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _row(label: str, counts, width: int) -> str:
    return (f"{label:<{width}} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}"
            f" {_fmt(counts.precision):>9} {_fmt(counts.recall):>7} {_fmt(counts.f1):>7}")


def _brief(item) -> str:
    """A gold item or prediction, reduced to the parts that are scored."""
    if isinstance(item, dict):
        keys = [k for k in ("number", "name", "title", "dnr", "org_nr", "start", "end", "value", "text")
                if k in item]
        if "name" in item or "start" in item:
            keys = [k for k in keys if k != "text"]
        parts = []
        for k in keys:
            v = item[k]
            if isinstance(v, str) and len(v) > 90:
                v = v[:87] + "..."
            parts.append(f"{k}={json.dumps(v, ensure_ascii=False)}")
        return "{" + ", ".join(parts) + "}"
    return json.dumps(item, ensure_ascii=False)


def format_table(ev, per_file: bool, show_errors: bool) -> str:
    from docparse.evaluate.gold import FIELDS

    width = max(len(name) for name in FIELDS) + 2
    head = f"{'field':<{width}} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>9} {'recall':>7} {'F1':>7}"
    with_record = len(ev.documents) - len(ev.missing)
    lines = [f"{len(ev.documents)} gold files, {with_record} with a record", "", head, "-" * len(head)]
    for name in FIELDS:
        lines.append(_row(name, ev.field_counts(name), width))
        if name == "document.date":
            lines.append(_row("document", ev.document_counts(), width))
            lines.append("-" * len(head))
    lines.append("-" * len(head))
    micro = ev.micro()
    lines.append(_row("micro (all fields)", micro, width))
    lines.append("")
    lines.append(f"micro-F1 {_fmt(micro.f1)}")
    lines.append("(document.*: recall = accuracy over non-null gold; '-': undefined, nothing predicted"
                 " or nothing to find)")

    if per_file:
        name_width = max([len(d.file) for d in ev.documents] + [4]) + 2
        head = f"{'file':<{name_width}}" + "".join(f"{g:>10}" for g in _GROUPS) + f"{'micro-F1':>10}"
        lines += ["", "F1 per file", head, "-" * len(head)]
        for doc in ev.documents:
            cells = "".join(f"{_fmt(doc.total(fields).f1):>10}" for fields in _GROUPS.values())
            note = "" if doc.has_record else "  (no record)"
            lines.append(f"{doc.file:<{name_width}}{cells}{_fmt(doc.total().f1):>10}{note}")

    if show_errors:
        lines += ["", "Errors (missed: gold not found; spurious: prediction matching nothing)"]
        for doc in ev.documents:
            errors = []
            for name in FIELDS:
                result = doc.fields[name]
                errors += [f"  {name:<{width}} missed   {_brief(g)}" for g in result.missed]
                errors += [f"  {name:<{width}} spurious {_brief(p)}" for p in result.spurious]
            lines.append(f"{doc.file}:" + ("" if errors else " none"))
            lines += errors
    return "\n".join(lines)


def as_json(ev, per_file: bool, show_errors: bool) -> dict:
    from docparse.evaluate.gold import FIELDS

    out = {
        "gold_files": len(ev.documents),
        "missing_records": ev.missing,
        "fields": {name: ev.field_counts(name).as_dict() for name in FIELDS},
        "document": ev.document_counts().as_dict(),
        "micro": ev.micro().as_dict(),
    }
    if per_file:
        out["per_file"] = {
            doc.file: {
                "has_record": doc.has_record,
                "fields": {name: doc.fields[name].counts.as_dict() for name in FIELDS},
                "micro": doc.total().as_dict(),
            }
            for doc in ev.documents
        }
    if show_errors:
        out["errors"] = {
            doc.file: {
                name: {"missed": doc.fields[name].missed, "spurious": doc.fields[name].spurious}
                for name in FIELDS if doc.fields[name].missed or doc.fields[name].spurious
            }
            for doc in ev.documents
        }
    return out


@click.command("eval")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.argument("records", metavar="RECORDS")
@click.option("--only", "only", metavar="PATTERN",
              help="Score only the gold files whose name matches this glob, e.g. '00[1-4]*'.")
@click.option("--json", "as_json_flag", is_flag=True, help="Print the scores as JSON instead of a table.")
@click.option("--per-file", is_flag=True, help="Also show the scores of each document.")
@click.option("--show-errors", is_flag=True, help="Also list each missed gold item and each spurious prediction.")
def eval_cmd(gold_dir, records, only, as_json_flag, per_file, show_errors):
    """Score records against gold files: per-field precision, recall, F1 and micro-F1.

    GOLD_DIR is a folder of gold .json files (format: shared/corpus/README.md).
    RECORDS is a folder of <stem>.json records (docparse run -o DIR) or a JSON
    Lines file (docparse run > FILE). A record goes with the gold file whose
    "file" equals the basename of the record's source.path, or has its stem.

    \b
    Scoring, as the corpus README says, with these conventions:
    - document.* fields: only non-null gold is scored. Right = TP; wrong or
      missing = FN; a wrong non-null prediction is also a FP. Recall is thus
      the accuracy; the "document" row sums the six fields.
    - set fields: precision/recall against "required"; a prediction matching
      an "optional" item is ignored. Duplicate predictions (same value) count
      once. Matching is one-to-one, best similarity first.
    - names and decision-point texts match at similarity >= 0.9 (rapidfuzz
      ratio after NFC, case folding, punctuation and white space folded);
      titles at >= 0.9 with white space collapsed. A party with a gold org_nr
      must have that org_nr too. Decision points are matched by number.
    - items: number (leading zeros dropped, null with null), title (>= 0.9)
      and, where the gold has one, dnr (white space ignored) must all match;
      a gold file without an "items" key is not scored on items.
    - micro: TP/FP/FN summed over every field and document.
    A gold file with no record counts as all missed (warning on stderr).

    Exit code 0 when the scoring ran (whatever the scores), 1 when an input
    could not be read (the readable ones are still scored).

    \b
    Examples:
      docparse run samples/*.txt -o out/
      docparse eval ../shared/corpus/gold out/ --only '00[1-4]*'
      docparse run samples/*.txt > records.jsonl
      docparse eval ../shared/corpus/gold records.jsonl --per-file --show-errors
    """
    from docparse.evaluate.gold import evaluate

    try:
        ev = evaluate(gold_dir, records, only=only)
    except InputFileError as err:
        report_error(err)
        sys.exit(ExitCode.INPUT_ERROR)
    for err in ev.problems:
        report_error(err)
    for warning in ev.warnings:
        click.echo(f"docparse: warning: {warning}", err=True)
    for name in ev.missing:
        click.echo(f"docparse: warning: {name}: no record; its gold items count as missed", err=True)
    for origin in ev.unmatched:
        click.echo(f"docparse: warning: {origin}: record matches no gold file; ignored", err=True)

    if as_json_flag:
        click.echo(json.dumps(as_json(ev, per_file, show_errors), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(ev, per_file, show_errors))
    if ev.problems:
        sys.exit(ExitCode.INPUT_ERROR)
