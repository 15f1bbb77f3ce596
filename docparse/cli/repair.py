"""The `repair` and `eval-text` commands: OCR repair on its own, and word error rate against a truth."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click


def _read(path: str) -> str:
    from docparse.errors import InputFileError

    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InputFileError(path, "no such file") from None
    except IsADirectoryError:
        raise InputFileError(path, "is a directory") from None
    except UnicodeDecodeError:
        raise InputFileError(path, "not UTF-8 text") from None
    except OSError as err:
        raise InputFileError(path, err.strerror or str(err)) from None


def _fail(err: Exception) -> None:
    from docparse.cli import report_error

    report_error(err)
    sys.exit(getattr(err, "exit_code", 1))


@click.command("repair")
@click.argument("file", default="-")
@click.option("--edits", "edits_to", metavar="PATH", default=None,
              help="Write the edit log as JSON Lines to PATH ('-' for stderr).")
def repair_cmd(file: str, edits_to: str | None):
    """Repair OCR damage in Swedish text: FILE (or - for stdin) in, repaired text on stdout.

    \b
    Examples:
      docparse repair old_scan.txt > repaired.txt
      docparse repair --edits edits.jsonl - < old_scan.txt
    """
    from docparse.errors import DocparseError
    from docparse.repair import repair

    try:
        result = repair(_read(file))
    except DocparseError as err:
        _fail(err)
    sys.stdout.write(result.text)
    if edits_to:
        lines = "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in result.edits)
        if edits_to == "-":
            sys.stderr.write(lines)
        else:
            with open(edits_to, "w", encoding="utf-8") as fh:
                fh.write(lines)


@click.command("eval-text")
@click.argument("truth")
@click.argument("hyp")
@click.option("--repair", "do_repair", is_flag=True, help="Repair HYP before scoring it.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list each word error (truth -> hyp).")
def eval_text(truth: str, hyp: str, do_repair: bool, as_json: bool, show_errors: bool):
    """Word error rate of HYP against TRUTH (word tokens, case-folded, punctuation ignored),
    and how many of the truth's words with å/ä/ö HYP has right.

    \b
    Example:
      docparse eval-text scan.truth.txt scan.eng.txt --repair
    """
    from docparse.errors import DocparseError
    from docparse.evaluate.wer import word_error_rate

    try:
        truth_text, hyp_text = _read(truth), _read(hyp)
        if do_repair:
            from docparse.repair import repair

            hyp_text = repair(hyp_text).text
    except DocparseError as err:
        _fail(err)
    res = word_error_rate(truth_text, hyp_text)
    if as_json:
        click.echo(json.dumps({"truth": truth, "hyp": hyp, "repaired": do_repair, **res.as_dict()}, ensure_ascii=False))
    else:
        click.echo(
            f"WER {res.wer:.2%} ({res.substitutions} sub, {res.deletions} del, {res.insertions} ins "
            f"/ {res.truth_words} truth words); å/ä/ö words right {res.swedish_accuracy:.2%} "
            f"({res.swedish_right}/{res.swedish_words})"
        )
    if show_errors:
        for t, h in res.errors:
            click.echo(f"  {t!r} -> {h!r}")
