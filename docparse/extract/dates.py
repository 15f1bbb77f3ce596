"""Dates: every full or month-level date in the text, as ISO values."""

from __future__ import annotations

from docparse.extract.patterns import DATE_RE, date_value, squash


def extract_dates(ctx) -> list[dict]:
    out = []
    for m in DATE_RE.finditer(ctx.body):
        value = date_value(m)
        if value:
            out.append({"value": value, "text": squash(m.group(0)), "span": [m.start(), m.end()]})
    return out
