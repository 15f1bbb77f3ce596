"""The cost options `run` and `batch` share: --timeout, --max-size, --max-pages."""

from __future__ import annotations

import click

from docparse.read.limits import DEFAULT, DEFAULT_TIMEOUT, MB, Limits


def cost_options(command):
    """Add --timeout, --max-size and --max-pages to a click command (as timeout, max_size, max_pages)."""
    options = [
        click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
                     help="Seconds one document may take (while a scan is OCR'd: per page); a document "
                          "over it is stopped and reported failed. 0: no limit."),
        click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=DEFAULT.max_text_bytes / MB,
                     show_default=True, help="Largest text input, in MB; a larger one is refused."),
        click.option("--max-pages", type=click.IntRange(min=1), default=DEFAULT.max_pdf_pages, show_default=True,
                     help="Most pages of a PDF; a longer one is refused."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def limits_of(max_size: float, max_pages: int) -> Limits:
    return Limits(max_text_bytes=int(max_size * MB), max_pdf_pages=max_pages)
