"""`docparse run` and `docparse schema`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from docparse.cli import report_error
from docparse.cli.limits import cost_options, limits_of
from docparse.errors import DocparseError, ExitCode


def dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def redactor_for(redact: bool, key_file: str | None):
    """The Redactor for --redact (None without it); a key file that cannot be read ends the command."""
    if not redact:
        return None
    from docparse.redact import Redactor, load_key

    try:
        return Redactor(load_key(key_file))
    except DocparseError as err:
        report_error(err)
        sys.exit(err.exit_code)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one <stem>.json per input here instead of JSON Lines on stdout.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="For PDFs: OCR pages with no good text layer (auto), every page, or none.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Pages OCR'd in parallel [default: number of cores].")
@click.option("--no-repair", is_flag=True, help="Skip the OCR repair stage.")
@click.option("--redact", is_flag=True,
              help="Replace every personal identity number by a same-length pseudonym (keyed HMAC: "
                   "--redact-key-file or $DOCPARSE_REDACT_KEY; without a key, a fixed mask).")
@click.option("--redact-key-file", type=click.Path(dir_okay=False), default=None,
              help="File holding the secret key for --redact's pseudonyms.")
@cost_options
def run(inputs, output_dir, ocr, jobs, no_repair, redact, redact_key_file, timeout, max_size, max_pages):
    """Process documents (text, Markdown, PDF, page images) into JSON records.

    Records go to stdout as JSON Lines, or with -o one <stem>.json per input.
    Use - to read a document from stdin. A bad input is reported on stderr and
    the others are still processed; the exit code is then 1.

    \b
    Example:
      docparse run samples/*.txt > records.jsonl
    """
    redactor = redactor_for(redact, redact_key_file)
    options = dict(ocr=ocr, jobs=jobs, repair=not no_repair, redactor=redactor, limits=limits_of(max_size, max_pages))
    failed = 0
    if output_dir:
        output_dir.mkdir(parents=True, exist_ok=True)
    for path, record in records(inputs, options, timeout):
        if isinstance(record, DocparseError):
            report_error(record)
            failed += 1
            if record.exit_code not in (ExitCode.INPUT_ERROR,):
                sys.exit(record.exit_code)
            continue
        if isinstance(record, str):  # a bug must not lose the other files
            click.echo(f"docparse: internal error: {path}: {record}", err=True)
            failed += 1
            continue
        if output_dir:
            stem = "stdin" if path == "-" else Path(path).stem
            target = output_dir / f"{stem}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            tmp.replace(target)
        else:
            click.echo(dump(record))
    if failed:
        sys.exit(ExitCode.INPUT_ERROR)


def _process_one(task: tuple[str, bytes | None, dict]):
    """One document: its record, a DocparseError, or a str naming an internal error (a bug)."""
    from docparse.pipeline import process

    path, data, options = task
    try:
        return process(path, data=data, **options)
    except DocparseError as err:
        return err
    except Exception as err:
        return f"{type(err).__name__}: {err}"


def records(inputs, options: dict, timeout: float):
    """(path, record or error) per input, in order. With a timeout each document runs in a worker
    process that is killed when the document overruns, so the command survives and goes on."""
    if not timeout:
        yield from ((path, _process_one((path, None, options))) for path in inputs)
        return
    import docparse.pipeline  # noqa: F401  (loaded once, before the worker forks)
    from docparse.batch.workers import Died, Timeout, WorkerPool
    from docparse.errors import InputFileError
    from docparse.batch.runner import _worker_init  # dies with this command; Ctrl-C is ours
    from docparse.read import read_bytes

    with WorkerPool(_process_one, 1, timeout=timeout, init=_worker_init, init_args=(None, os.getpid(), False)) as pool:
        for path in inputs:
            # stdin is the command's, not the worker's: read here
            data = read_bytes(path) if path == "-" else None
            for _task, result in pool.run([(path, data, options)]):
                if isinstance(result, Timeout):
                    result = InputFileError("<stdin>" if path == "-" else path, result.message)
                elif isinstance(result, Died):  # a crash in a library: reported as internal, the others go on
                    result = result.message
                yield path, result


@click.command()
def schema():
    """Print the JSON Schema that every record validates against.

    \b
    Example:
      docparse schema > record.schema.json
    """
    from docparse.schema import SCHEMA

    click.echo(json.dumps(SCHEMA, ensure_ascii=False, indent=2))
