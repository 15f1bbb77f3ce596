"""`docparse batch`, `docparse export` and `docparse stats`: an archive in, a folder of records out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from docparse.cli.limits import cost_options, limits_of
from docparse.errors import DocparseError, ExitCode


def format_summary(summary) -> list[str]:
    """The end-of-batch report for stderr: counts, then every failure and skip with its reason."""
    rate = summary.pages / summary.seconds if summary.seconds > 0 else 0.0
    lines = [
        f"docparse batch: {summary.total} inputs: {summary.done} done, {summary.unchanged} unchanged, "
        f"{len(summary.skipped)} skipped, {len(summary.failed)} failed; {summary.with_warnings} with warnings; "
        f"{summary.pages} pages in {summary.seconds:.1f} s ({rate:.1f} pages/s)"
    ]
    if summary.interrupted:
        lines.append("docparse batch: interrupted; run the same command again to resume")
    lines += [f"failed: {path}: {reason}" for path, reason in summary.failed]
    lines += [f"skipped: {path}: {reason}" for path, reason in summary.skipped]
    return lines


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: records/ (one <input name>.json per input), manifest.jsonl.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes to use in all (documents in parallel, and pages of a document when "
                   "there are fewer documents than processes) [default: number of cores].")
@click.option("--force", is_flag=True, help="Redo every document, even those unchanged since the last run.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="For PDFs: OCR pages with no good text layer (auto), every page, or none.")
@click.option("--no-repair", is_flag=True, help="Skip the OCR repair stage.")
@click.option("--progress/--no-progress", default=None,
              help="Progress line on stderr [default: only when stderr is a terminal].")
@click.option("--redact", is_flag=True,
              help="Write records with every personal identity number replaced by a same-length pseudonym.")
@click.option("--redact-key-file", type=click.Path(dir_okay=False), default=None,
              help="File holding the secret key for the pseudonyms [default: $DOCPARSE_REDACT_KEY; none: a fixed mask].")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where documents run: this machine's processes, or a Dask cluster (needs docparse[dask]).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="With --executor dask: the address of a running `dask scheduler` [default: a local "
                   "cluster of --jobs single-threaded workers].")
@cost_options
def batch(inputs, out, jobs, force, ocr, no_repair, progress, redact, redact_key_file, executor, scheduler,
          timeout, max_size, max_pages):
    """Process every document under folders, files or globs into OUT, in parallel and resumably.

    Files are recognised by content (text, PDF, PNG, JPEG, TIFF); others are skipped and listed.
    Each record is written to OUT/records/ mirroring the input tree, atomically; OUT/manifest.jsonl
    tells per input its status, error, sha256, pipeline version, pages and seconds. Run the same
    command again to resume: documents whose content and pipeline version are unchanged are not
    redone. Exit code 1 if any input failed (each is listed on stderr), 2 if another batch is
    writing to OUT.

    \b
    Example:
      docparse batch archive/ -o out/
      docparse batch 'scans/**/*.pdf' notes/ -o out/ --jobs 4
      docparse batch /shared/archive/ -o out/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from docparse.batch import run_batch
    from docparse.batch.progress import Progress
    from docparse.cli import report_error

    from docparse.cli.run import redactor_for

    def bar(total):
        return Progress(total, enabled=progress)

    redactor = redactor_for(redact, redact_key_file)
    if scheduler and executor != "dask":
        raise click.BadParameter("needs --executor dask", param_hint="--scheduler")
    runner = None
    try:
        if executor == "dask":  # imported only here: the local batch never loads dask
            from docparse.batch.dask_executor import DaskExecutor
            from docparse.batch.runner import available_cpus

            runner = DaskExecutor(scheduler, workers=jobs or available_cpus())
        summary = run_batch(list(inputs), str(out), jobs=jobs, force=force, ocr=ocr, repair=not no_repair,
                            progress=bar, redactor=redactor, timeout=timeout or None,
                            limits=limits_of(max_size, max_pages), executor=runner)
    except DocparseError as err:
        report_error(err)
        sys.exit(err.exit_code)
    except OSError as err:
        click.echo(f"docparse: error: {out}: {err.strerror or err}", err=True)
        sys.exit(ExitCode.INPUT_ERROR)
    for line in format_summary(summary):
        click.echo(line, err=True)
    if runner is not None and runner.placement:
        where = ", ".join(f"{address} {n}" for address, n in sorted(runner.placement.items()))
        click.echo(f"docparse batch: documents per Dask worker: {where}", err=True)
    if summary.interrupted:
        sys.exit(130)
    sys.exit(summary.exit_code)


def _check_out(out: Path) -> None:
    from docparse.batch import RECORDS_DIR

    if not (out / RECORDS_DIR).is_dir():
        click.echo(f"docparse: error: {out}: no {RECORDS_DIR}/ folder here (is this the output of docparse batch?)",
                   err=True)
        sys.exit(ExitCode.INPUT_ERROR)


@click.command("export")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", "dest", default=None,
              help="jsonl: file to write [default: stdout]. csv: folder for the tables [default: OUT/csv].")
@click.option("--excel/--no-excel", default=True, show_default=True,
              help="CSV for Excel: UTF-8 with a byte-order mark, and text cells starting with = + - @ "
                   "prefixed with ' so they are not run as formulas. --no-excel: plain UTF-8, cells as they are.")
@click.option("--delimiter", default=",", show_default=True,
              help="CSV field separator (';' suits Excel in a Swedish locale).")
@click.option("--redact/--no-redact", default=True, show_default=True,
              help="Replace every personal identity number (in text, repairs and every field) by a "
                   "same-length pseudonym. --no-redact exports the numbers as found.")
@click.option("--redact-key-file", type=click.Path(dir_okay=False), default=None,
              help="File holding the secret key for the pseudonyms [default: $DOCPARSE_REDACT_KEY; none: a fixed mask].")
def export_cmd(out, fmt, dest, excel, delimiter, redact, redact_key_file):
    """Export the records of a batch output folder for analysis.

    jsonl: every record as one line, with "id" (the input's path relative to the batch root) first.
    csv: documents.csv plus one table per kind of item (org_numbers, parties, periods, amounts,
    decision_points, people), each row starting with the document id; spans as page, span_start,
    span_end. Ready for pandas.read_csv or a spreadsheet.

    \b
    Example:
      docparse export out/ > records.jsonl
      docparse export out/ --format csv -o tables/
    """
    from docparse import export
    from docparse.cli.run import redactor_for

    _check_out(out)
    redactor = redactor_for(redact, redact_key_file)
    if len(delimiter) != 1:
        raise click.BadParameter("must be a single character", param_hint="--delimiter")
    if fmt == "jsonl":
        result = export.main_jsonl(str(out), dest, redactor=redactor)
        where = dest if dest not in (None, "-") else "stdout"
    else:
        where = dest or str(out / "csv")
        result = export.export_csv(str(out), where, excel=excel, delimiter=delimiter, redactor=redactor)
    for problem in result.problems:
        click.echo(f"docparse: error: {problem}", err=True)
    tables = ", ".join(f"{n} {k}" for k, n in result.rows.items())
    click.echo(f"docparse export: {result.documents} documents to {where}" + (f" ({tables})" if tables else ""),
               err=True)
    sys.exit(ExitCode.INPUT_ERROR if result.problems else ExitCode.OK)


@click.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(out, as_json):
    """Counts to check first in a batch output folder.

    Documents per municipality and year, the share with an agreement period, amounts found,
    invalid organisation numbers, documents with warnings (and the commonest warnings).

    \b
    Example:
      docparse stats out/
      docparse stats out/ --json | jq .by_municipality_year
    """
    import json

    from docparse.stats import compute, format_stats

    _check_out(out)
    figures = compute(str(out))
    click.echo(json.dumps(figures, ensure_ascii=False, indent=2) if as_json else format_stats(figures))
