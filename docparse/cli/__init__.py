"""The docparse command line: a thin layer over the library.

Subcommands are imported only when run, so ``docparse --help`` stays fast (no spaCy).
"""

from __future__ import annotations

import importlib
import sys

import click

from docparse import __version__

# command name -> (module, function, one-line help); modules are imported on use.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "run": ("docparse.cli.run", "run", "Process documents into JSON records."),
    "eval": ("docparse.cli.evaluate", "eval_cmd", "Score records against gold files."),
    "schema": ("docparse.cli.run", "schema", "Print the JSON Schema of a record."),
    "batch": ("docparse.cli.batch", "batch", "Process a whole archive into a folder, in parallel, resumably."),
    "export": ("docparse.cli.batch", "export_cmd", "Export a batch's records as JSON Lines or CSV tables."),
    "stats": ("docparse.cli.batch", "stats", "Counts to check first in a batch's output."),
    "index": ("docparse.cli.index", "index_cmd", "Build or update a search index of a batch's records."),
    "search": ("docparse.cli.index", "search_cmd", "Search an index: ranked hits, snippets, facets."),
    "repair": ("docparse.cli.repair", "repair_cmd", "Repair OCR damage in Swedish text (stdin/file to stdout)."),
    "eval-text": ("docparse.cli.repair", "eval_text", "Word error rate of a text against its truth."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module, attr, _help = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx, formatter):
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docparse")
def main():
    """docparse: Swedish council decisions (ärenden) in, structured JSON records out.

    \b
    Examples:
      docparse run samples/*.txt -o out/
      docparse eval ../shared/corpus/gold out/
    """


def report_error(err: Exception) -> None:
    """One line on stderr for a failed input; no traceback."""
    from docparse.errors import DocparseError

    msg = f"docparse: error: {err}"
    if isinstance(err, DocparseError) and err.hint:
        msg += f" ({err.hint})"
    click.echo(msg, err=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
