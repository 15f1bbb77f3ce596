"""Personal identity numbers (personnummer, samordningsnummer, masked forms, a sole trader's org
number): where they stand, never their digits. The finder is docparse.sv.personnummer; it reads
the whole text, page furniture included, since a number in a header is as personal as any."""

from __future__ import annotations

from docparse.sv.personnummer import find_personal_numbers


def extract_personal_data(ctx) -> list[dict]:
    return [f.as_item() for f in find_personal_numbers(ctx.text)]
