"""`docparse index` and `docparse search`: a search index over a batch's records."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import click

from docparse.cli import report_error
from docparse.errors import DocparseError, ExitCode

_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def _fail(message: str, code: int = ExitCode.USAGE) -> None:
    click.echo(f"docparse: error: {message}", err=True)
    sys.exit(code)


@click.command("index")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="SQLite file to build or update [default: OUT/index.sqlite; for a .jsonl, the same name with .sqlite].")
@click.option("--postgres", "dsn", default=None, metavar="DSN",
              help="Build in PostgreSQL instead (a libpq connection string or URL; needs docparse[postgres]).")
@click.option("--redact/--no-redact", default=True, show_default=True,
              help="Replace personal identity numbers by pseudonyms before indexing (docparse/redact.py), "
                   "so none enters the index. --no-redact indexes the records as they are.")
@click.option("--redact-key-file", type=click.Path(dir_okay=False), default=None,
              help="Secret key for the pseudonyms [default: $DOCPARSE_REDACT_KEY; none: a fixed mask].")
def index_cmd(source, db, dsn, redact, redact_key_file):
    """Build or update a search index from a batch output folder (or JSON Lines of records).

    Incremental: only records whose input (sha256), pipeline version or redaction changed are
    indexed again, and records gone from SOURCE leave the index. Safe to interrupt: run it again
    to go on. Personal identity numbers are redacted before anything is indexed.

    \b
    Example:
      docparse batch archive/ -o out/ && docparse index out/
      docparse search 'föreningsbidrag' --db out/index.sqlite
      docparse index out/ --postgres 'postgresql://docparse@localhost/archive'
    """
    from docparse.cli.run import redactor_for
    from docparse.index.backend import IndexMissing
    from docparse.index.build import INDEX_VERSION, SourceError, build, source_of
    from docparse.index.search import open_backend

    if db and dsn:
        _fail("give --db or --postgres, not both")
    try:
        records = source_of(str(source))
    except SourceError as err:
        _fail(str(err), ExitCode.INPUT_ERROR)
    redactor = redactor_for(redact, redact_key_file)
    if not dsn and not db:
        db = str(source / "index.sqlite") if source.is_dir() else str(source.with_suffix(".sqlite"))
    try:
        backend = open_backend(db, dsn, create=True)
    except IndexMissing as err:
        _fail(str(err))
    except DocparseError as err:
        report_error(err)
        sys.exit(err.exit_code)
    try:
        if backend.version() != INDEX_VERSION:
            backend.reset(INDEX_VERSION)  # a new index, or one built by another version: built anew
        progress = None
        if sys.stderr.isatty():
            def progress(result):
                if result.indexed % 100 == 0:
                    click.echo(f"\rindexed {result.indexed}", err=True, nl=False)
        try:
            result = build(records, backend, redactor=redactor, progress=progress)
        except SourceError as err:
            backend.commit()  # what was indexed before the bad line stays
            _fail(str(err), ExitCode.INPUT_ERROR)
        except KeyboardInterrupt:
            backend.commit()
            click.echo("\ndocparse index: interrupted; run it again to go on", err=True)
            sys.exit(130)
    finally:
        backend.close()
    for problem in result.problems:
        click.echo(f"docparse: error: {problem}", err=True)
    where = "PostgreSQL" if dsn else db
    if progress:
        click.echo("", err=True)
    click.echo(f"docparse index: {result.indexed} indexed, {result.unchanged} unchanged, "
               f"{result.removed} removed, in {where}", err=True)
    sys.exit(ExitCode.INPUT_ERROR if result.problems else ExitCode.OK)


def _date_bound(value: str | None, end: bool, option: str) -> str | None:
    if value is None:
        return None
    if not _DATE.fullmatch(value):
        raise click.BadParameter("a date as YYYY, YYYY-MM or YYYY-MM-DD", param_hint=option)
    from docparse.index.build import _date_range

    return _date_range(value)[1 if end else 0]


@click.command("search")
@click.argument("query")
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="SQLite index [default: $DOCPARSE_INDEX, else ./index.sqlite].")
@click.option("--postgres", "dsn", default=None, metavar="DSN", help="Search a PostgreSQL index instead.")
@click.option("--municipality", default=None, help="Only this municipality (as the facet names it).")
@click.option("--board", default=None, help="Only this board (as the facet names it).")
@click.option("--year", type=int, default=None, help="Only documents dated this year.")
@click.option("--from", "date_from", default=None, help="Only documents dated on or after (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", default=None, help="Only documents dated on or before (YYYY[-MM[-DD]]).")
@click.option("--doc-type", default=None, help="Only this type of document (protokoll, kallelse, ...).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Hits to show.")
@click.option("--original", is_flag=True, help="Search the OCR text as read, before repair.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: total, hits, facets.")
def search_cmd(query, db, dsn, municipality, board, year, date_from, date_to, doc_type, limit, original, as_json):
    """Search an index built by docparse index: ranked documents with a snippet and facet counts.

    Words are found inflected and inside compounds ("nämnd" finds "Byggnadsnämnden"); å, ä and ö
    are letters ("får" does not find "far"). "Quoted words" are a phrase. A diarienummer or an
    organisation number is found in any written form ("ks 2031/77", "16802400-1003"). Matched
    words are marked [like this] in the snippets. Exit 0 with hits, 1 with none, 2 for a bad
    option or a missing index.

    \b
    Example:
      docparse search 'föreningsbidrag' --db out/index.sqlite --year 2022
      docparse search '"idéburet offentligt partnerskap"' --board Socialnämnden --json
      docparse search 'KS 2031/77'
    """
    from docparse.index.backend import IndexMissing
    from docparse.index.search import DEFAULT_DB, INDEX_ENV, open_backend, parse, search

    if db and dsn:
        _fail("give --db or --postgres, not both")
    if year is not None and (date_from or date_to):
        _fail("give --year or --from/--to, not both")
    filters = dict(municipality=municipality, board=board, year=year, doc_type=doc_type, limit=limit,
                   original=original, date_from=_date_bound(date_from, False, "--from"),
                   date_to=_date_bound(date_to, True, "--to"))
    if not dsn and not (db or os.environ.get(INDEX_ENV)) and not os.path.exists(DEFAULT_DB):
        _fail("no index: give --db FILE or --postgres DSN, or set DOCPARSE_INDEX")
    try:
        backend = open_backend(db, dsn)
    except IndexMissing as err:
        _fail(str(err))
    except DocparseError as err:
        report_error(err)
        sys.exit(err.exit_code)
    try:
        q = parse(query, **filters)
        if q.empty:
            click.echo("docparse search: no words to search for", err=True)
            result = None
        else:
            result = search(backend, q)
    finally:
        backend.close()
    if result is None:
        if as_json:
            click.echo(json.dumps({"total": 0, "hits": [], "facets": {}}, ensure_ascii=False))
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        _print(result)
    sys.exit(ExitCode.OK if result.total else 1)


def _print(result) -> None:
    click.echo(f"{result.total} document{'s' if result.total != 1 else ''}")
    for n, hit in enumerate(result.hits, 1):
        where = ", ".join(str(x) for x in (hit["date"], hit["board"], hit["municipality"]) if x)
        page = f", p. {hit['page']}" if hit["page"] is not None else ""
        click.echo(f"\n{n}. {hit['id']}{page}  ({where})" if where else f"\n{n}. {hit['id']}{page}")
        if hit["title"]:
            click.echo(f"   {hit['title']}")
        click.echo(f"   {hit['snippet']}")
    if result.total:
        click.echo("")
        for name, counts in result.facets.items():
            if counts:
                shown = ", ".join(f"{k} ({v})" for k, v in list(counts.items())[:8])
                more = f", ... {len(counts) - 8} more" if len(counts) > 8 else ""
                click.echo(f"{name}: {shown}{more}")
