"""Personal identity numbers (personnummer, samordningsnummer, masked forms, a sole trader's org
number): where they stand, never their digits. The finder is docparse.sv.personnummer; it reads
the whole text, page furniture included, since a number in a header is as personal as any."""

from __future__ import annotations

from docparse.sv.personnummer import find_personal_numbers

# The record's warning when any is found (redaction adds it to records written before it existed).
WARNING = "personal data: personal identity numbers found (see personal_data)"


def extract_personal_data(ctx) -> list[dict]:
    return [f.as_item() for f in find_personal_numbers(ctx.text)]
