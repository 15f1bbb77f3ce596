"""`docparse batch`, `docparse export` and `docparse stats`: an archive in, a folder of records out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

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
def batch(inputs, out, jobs, force, ocr, no_repair, progress):
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
    """
    from docparse.batch import run_batch
    from docparse.batch.progress import Progress
    from docparse.cli import report_error

    def bar(total):
        return Progress(total, enabled=progress)

    try:
        summary = run_batch(list(inputs), str(out), jobs=jobs, force=force, ocr=ocr, repair=not no_repair,
                            progress=bar)
    except DocparseError as err:
        report_error(err)
        sys.exit(err.exit_code)
    except OSError as err:
        click.echo(f"docparse: error: {out}: {err.strerror or err}", err=True)
        sys.exit(ExitCode.INPUT_ERROR)
    for line in format_summary(summary):
        click.echo(line, err=True)
    if summary.interrupted:
        sys.exit(130)
    sys.exit(summary.exit_code)
