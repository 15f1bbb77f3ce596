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


def output_name(path: str, used: set[str]) -> str:
    """The record file of one input under -o: its file name plus .json, as batch names them
    (a.txt -> a.txt.json, a.md -> a.md.json: never one overwriting the other); stdin is
    stdin.json; a name already written in this run gets a number (a.txt.2.json)."""
    base = "stdin" if path == "-" else Path(path).name
    name, n = f"{base}.json", 1
    while name in used:
        n += 1
        name = f"{base}.{n}.json"
    used.add(name)
    return name


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


def _is_container(path: str, data: bytes | None = None) -> bool:
    """A ZIP archive or an e-mail (.eml, Outlook .msg): an input of several documents."""
    from docparse.read.formats import sniff_more
    from docparse.read.msg import is_msg

    if data is not None:
        kind = sniff_more(data[:4096])
        return kind in ("zip", "eml") or (kind == "ole" and is_msg(data))
    try:
        with open(path, "rb") as fh:
            kind = sniff_more(fh.read(4096))
    except OSError:
        return False  # process() reports it
    return kind in ("zip", "eml") or (kind == "ole" and is_msg(path))


def _member_path(path: str, record: dict) -> str:
    """The name a record file is made from: the input's, or for a ZIP member or attachment
    'archive.zip!member' with the member's folders flattened."""
    source = record.get("source", {}) if isinstance(record, dict) else {}
    inner = source.get("path", path)
    if source.get("parent") and inner.startswith(str(path)):
        return str(path) + inner[len(str(path)):].replace("/", "_")
    return path


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
    """Process documents (text, Markdown, HTML, PDF, page images, Word .docx/.doc, ODT, RTF,
    e-mail; ZIP archives and e-mail attachments member by member) into JSON records.

    Records go to stdout as JSON Lines, or with -o one <name>.json per input
    (a.txt -> a.txt.json). Use - to read a document from stdin. A bad input is
    reported on stderr and the others are still processed; the exit code is
    then 1 (4 if an internal error occurred).

    \b
    Example:
      docparse run samples/*.txt > records.jsonl
    """
    redactor = redactor_for(redact, redact_key_file)
    options = dict(ocr=ocr, jobs=jobs, repair=not no_repair, redactor=redactor, limits=limits_of(max_size, max_pages))
    failed = 0
    worst = ExitCode.INPUT_ERROR  # the exit code when something failed: 4 if any was a bug
    used: set[str] = set()
    if output_dir:
        output_dir.mkdir(parents=True, exist_ok=True)
    for path, record in records(inputs, options, timeout):
        if isinstance(record, DocparseError):
            report_error(record)
            failed += 1
            if record.exit_code == ExitCode.MISSING_DEPENDENCY:
                sys.exit(record.exit_code)  # every later input would fail the same way
            worst = max(worst, record.exit_code)
            continue
        if isinstance(record, str):  # a bug must not lose the other files
            click.echo(f"docparse: internal error: {path}: {record}", err=True)
            failed += 1
            worst = max(worst, ExitCode.INTERNAL)
            continue
        if output_dir:
            target = output_dir / output_name(_member_path(path, record), used)
            tmp = target.with_suffix(".json.tmp")
            try:
                tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                tmp.replace(target)
            except OSError as err:  # a member's name too long for the file system, a full disk
                click.echo(f"docparse: error: {path}: record cannot be written to {target.name} "
                           f"({err.strerror or err})", err=True)
                failed += 1
                continue
        else:
            click.echo(dump(record))
    if failed:
        sys.exit(worst)


def _process_input(task: tuple[str, bytes | None, dict]) -> list:
    """Every document of one input, in order: records, DocparseErrors, or strs naming internal
    errors (bugs). A ZIP archive or an e-mail gives several (docparse.pipeline.process_all)."""
    from docparse.pipeline import process, process_all

    path, data, options = task
    out: list = []
    try:
        if _is_container(options.get("file") or path, data):
            out.extend(process_all(path, data=data, **options))  # --timeout counts per member document
        else:
            out.append(process(path, data=data, **options))
    except DocparseError as err:
        out.append(err)
    except Exception as err:
        out.append(f"{type(err).__name__}: {err}")
    return out


def _tasks(inputs, options: dict, folder: str):
    """(path, task or the error reading it) per input. stdin is read here, in the command, once
    (it is not the worker's), into a file in ``folder`` in bounded chunks: the worker reads it as
    a file (a PDF page by page; a ZIP or an e-mail expands as a file does)."""
    from docparse.read import spool_stdin

    for path in inputs:
        if path != "-":
            yield path, (path, None, options)
            continue
        try:
            spooled = spool_stdin(folder, options["limits"])
        except DocparseError as err:
            yield path, err
            continue
        yield path, (path, None, {**options, "file": spooled})


def records(inputs, options: dict, timeout: float):
    """(path, record or error) per document of every input, in order. With a timeout each input
    runs in a worker process that is killed when it overruns, so the command survives and goes on.
    Temporary files (stdin spooled, the workers' own) live in one folder removed at the end."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="docparse-run-") as folder:
        yield from _records(inputs, options, timeout, folder)


def _records(inputs, options: dict, timeout: float, folder: str):
    if not timeout:
        for path, task in _tasks(inputs, options, folder):
            results = [task] if isinstance(task, DocparseError) else _process_input(task)
            _drop_spool(task)
            yield from ((path, item) for item in results)
        return
    import docparse.pipeline  # noqa: F401  (loaded once, before the worker forks)
    from docparse.batch.runner import _worker_init  # dies with this command; Ctrl-C is ours
    from docparse.batch.workers import Died, Timeout, WorkerPool
    from docparse.errors import InputFileError

    # The worker's temporary files go to the run's folder, removed also when the worker was killed.
    with WorkerPool(_process_input, 1, timeout=timeout, init=_worker_init,
                    init_args=(None, os.getpid(), False, folder)) as pool:
        for path, task in _tasks(inputs, options, folder):
            if isinstance(task, DocparseError):
                yield path, task
                continue
            for _task, result in pool.run([task]):
                if isinstance(result, Timeout):
                    yield path, InputFileError("<stdin>" if path == "-" else path, result.message)
                elif isinstance(result, Died):  # a crash in a library: reported as internal, the others go on
                    yield path, result.message
                else:
                    yield from ((path, item) for item in result)
            _drop_spool(task)


def _drop_spool(task) -> None:
    """Remove stdin's spooled file once its input is done (the folder goes at the end anyway)."""
    spooled = task[2].get("file") if isinstance(task, tuple) else None
    if spooled:
        try:
            os.unlink(spooled)
        except OSError:
            pass


@click.command()
def schema():
    """Print the JSON Schema that every record validates against.

    \b
    Example:
      docparse schema > record.schema.json
    """
    from docparse.schema import SCHEMA

    click.echo(json.dumps(SCHEMA, ensure_ascii=False, indent=2))
