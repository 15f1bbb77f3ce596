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


@pytest.mark.slow
@pytest.mark.parametrize("font,noise", [("DejaVuSans.ttf", 0.02), ("LiberationSerif-Regular.ttf", 0.03)])
def test_spaced_split_and_bare_numbers_survive_ocr(font, noise):
    d, e, f = NUMBERS[1500], NUMBERS[2500], NUMBERS[800]
    lines = [
        "Individ- och familjeomsorgen har utrett ärendet.",
        f"Sökande {d[2:8]} - {d[8:]} och medsökande med personnummer {e[:8]}-",  # split at the line end
        f"{e[8:]} har ansökt om bistånd. Barnets pnr {f}.",
        "Beslutet fattades 2021-03-15, dnr SN 2021/0123, tel 070-123 45 67.",
    ]
    image = scanmaker.render_page(lines, size=(2000, 600), font=font, noise=noise, skew=1.0, seed=5)
    record = process_source(read("scan.png", data=scanmaker.image_bytes([image], "PNG"), jobs=1))
    found = ["".join(c for c in record["text"][p["span"]["start"]:p["span"]["end"]] if c.isdigit())
             for p in record["personal_data"]]
    assert found == [d[2:], e, f], record["text"]
