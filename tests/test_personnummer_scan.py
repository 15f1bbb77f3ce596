"""Personal identity numbers on a scanned page: rendered, OCR'd by real Tesseract, found and redacted.
Skatteverket's test numbers only."""

from __future__ import annotations

from pathlib import Path

import pytest

import scanmaker
from docparse.pipeline import process_source
from docparse.read import read
from docparse.redact import PREFIX, Redactor

TEST_NUMBERS = Path(__file__).resolve().parents[2] / "shared" / "external" / "test-personnummer" / "testpersonnummer.txt"
if not TEST_NUMBERS.exists():
    pytest.skip(f"Skatteverket's test numbers not found at {TEST_NUMBERS}", allow_module_level=True)

NUMBERS = TEST_NUMBERS.read_text(encoding="ascii").split()
A = next(n for n in NUMBERS if n.startswith("197"))
B = next(n for n in NUMBERS if n.startswith("198"))
C = next(n for n in NUMBERS if n.startswith("196"))


@pytest.mark.slow
def test_numbers_on_a_scanned_page_are_found_and_redacted():
    lines = [
        "Socialnämnden beslutar att bevilja bistånd.",
        f"Sökande: personnummer {A[:8]}-{A[8:]}, Storgatan 1.",
        f"Medsökande född {B[2:8]}-{B[8:]} bor på samma adress.",
        f"Enskild firma, org.nr {C[2:8]}-{C[8:]}, tel 070-123 45 67.",
        "Dnr SN 2021/0123. Beslutsdatum 2021-03-15.",
    ]
    image = scanmaker.render_page(lines, size=(1800, 700), skew=0.8, noise=0.01, seed=3)
    source = read("scan.png", data=scanmaker.image_bytes([image], "PNG"), jobs=1)
    assert source.pages[0].method == "ocr"
    record = process_source(source)
    found = [record["text"][p["span"]["start"]:p["span"]["end"]] for p in record["personal_data"]]
    digits = ["".join(c for c in f if c.isdigit()) for f in found]
    assert digits == [A, B[2:], C[2:]], found
    assert [p["kind"] for p in record["personal_data"]] == ["personnummer", "personnummer", "sole-trader org nr"]
    assert all("box" in p["span"] for p in record["personal_data"])  # where on the page to black it out

    redacted = Redactor(b"scan-test-key-0123").redact_record(record)
    for item in redacted["personal_data"]:
        assert redacted["text"][item["span"]["start"]:item["span"]["end"]].startswith(PREFIX)
    assert not any(n in redacted["text"] for n in (A, A[2:8], B[2:8], C[2:8]))
