"""PDF reading: text layer vs OCR per page, --ocr modes, bad PDFs; real pdfium and real Tesseract."""

from __future__ import annotations

import pytest

import scanmaker
from docparse.errors import InputFileError
from docparse.read import read
from docparse.read.pdf import read_pdf
from docparse.read.quality import is_poor

GOOD_PAGE = {"text": scanmaker.SWEDISH}


def _scan_page(**kw):
    return scanmaker.render_page(**kw)


# --- the per-page decision -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, poor",
    [
        ("\n".join(scanmaker.SWEDISH), False),
        ("\n".join(scanmaker.garble(line) for line in scanmaker.SWEDISH), True),
        # å/ä/ö lost by a non-Swedish OCR model, otherwise clean: still poor.
        ("\n".join(line.translate(str.maketrans("åäöÅÄÖ", "aaoAAO")) for line in scanmaker.SWEDISH * 2), True),
        ("Sida 3", True),  # a page number only: no text layer to speak of
        ("", True),
        # English is not poor just for lacking å/ä/ö.
        ("The committee decided to approve the agreement with the association for the coming year. "
         "The board will review the outcome of the partnership and report back before the end of the period.", False),
    ],
)
def test_is_poor(text, poor):
    assert is_poor(text) is poor


def test_good_text_layer_is_used_without_ocr():
    data = scanmaker.text_pdf([GOOD_PAGE, GOOD_PAGE])
    doc = read("good.pdf", data=data)
    assert doc.input_kind == "pdf"
    assert [p.method for p in doc.pages] == ["text-layer", "text-layer"]
    assert "Förvaltningen föreslår att nämnden även ändrar målen för året." in doc.pages[0].text
    # no OCR words: the text layer's lines with their boxes (from pdfium, nothing to be unsure of)
    assert doc.pages[0].words and {w.conf for w in doc.pages[0].words} == {100.0}
    assert doc.text.count("\f") == 1


def test_ocr_never_keeps_a_missing_text_layer_as_a_warning():
    data = scanmaker.image_pdf([_scan_page()])
    doc = read_pdf("scan.pdf", data, "x", ocr="never")
    assert doc.pages[0].method == "text-layer" and doc.pages[0].text == ""
    assert "no text layer" in doc.pages[0].warnings[0]


# --- real OCR --------------------------------------------------------------------------------


@pytest.mark.slow
def test_image_only_pdf_is_ocrd():
    data = scanmaker.image_pdf([_scan_page(skew=1.5, noise=0.01)])
    doc = read("scan.pdf", data=data, jobs=1)
    page = doc.pages[0]
    assert page.method == "ocr"
    for word in ("godkänna", "överenskommelsen.", "föreslår", "nämnden"):
        assert word in page.text.split()
    assert page.words and page.width > 1000


@pytest.mark.slow
def test_garbage_text_layer_is_replaced_by_ocr_and_mixed_pages_decided_each():
    hidden = [scanmaker.garble(line) for line in scanmaker.SWEDISH]
    data = scanmaker.text_pdf([GOOD_PAGE, {"image": _scan_page(), "hidden": hidden}, {"image": _scan_page()}])
    doc = read("mixed.pdf", data=data, jobs=2)
    assert [p.method for p in doc.pages] == ["text-layer", "ocr", "ocr"]
    for page in doc.pages[1:]:
        assert "godkänna" in page.text and "överenskommelsen" in page.text
        assert "6vcrcnskommc1scn" not in page.text


@pytest.mark.slow
def test_ocr_always_reads_a_good_page_too():
    doc = read_pdf("good.pdf", scanmaker.text_pdf([GOOD_PAGE]), "x", ocr="always", jobs=1)
    assert doc.pages[0].method == "ocr"
    assert "nämnden" in doc.pages[0].text


@pytest.mark.slow
def test_rotated_scan_in_pdf():
    data = scanmaker.image_pdf([_scan_page(rotate=180)])
    doc = read("upside-down.pdf", data=data, jobs=1)
    assert "överenskommelsen." in doc.pages[0].text.split()
    assert any("rotated 180" in w for w in doc.pages[0].warnings)


@pytest.mark.slow
def test_blank_page_in_a_scan_is_a_warning():
    from PIL import Image

    data = scanmaker.image_pdf([Image.new("L", (1800, 900), 255)])
    doc = read("blank.pdf", data=data, jobs=1)
    assert doc.pages[0].text == ""
    assert any("blank" in w for w in doc.pages[0].warnings)


@pytest.mark.slow
def test_record_reports_page_methods_and_boxes():
    from docparse.pipeline import process

    data = scanmaker.text_pdf([GOOD_PAGE, {"image": _scan_page()}])
    from docparse.schema import validate

    record = process("mixed.pdf", data=data, jobs=1)
    validate(record)
    assert record["source"]["input_kind"] == "pdf"
    assert [p["method"] for p in record["pages"]] == ["text-layer", "ocr"]
    assert "\f" in record["text"] and "nämnden" in record["text"].split("\f")[1]


# --- bad PDFs --------------------------------------------------------------------------------


def test_encrypted_pdf_is_a_clear_error():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "hemligt")
    with pytest.raises(InputFileError) as err:
        read("locked.pdf", data=bytes(pdf.output()))
    assert str(err.value) == "locked.pdf: is encrypted (password-protected PDF)"


@pytest.mark.parametrize("cut", [0.3, 0.6])
def test_truncated_pdf_is_an_error_or_readable_never_a_crash(cut):
    data = scanmaker.text_pdf([GOOD_PAGE, GOOD_PAGE])
    try:
        doc = read("cut.pdf", data=data[: int(len(data) * cut)], ocr="never")
    except InputFileError as err:
        assert str(err) == "cut.pdf: is a corrupt or truncated PDF"
    else:
        assert doc.pages


def test_corrupt_pdf_is_a_clear_error():
    with pytest.raises(InputFileError) as err:
        read("junk.pdf", data=b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert str(err.value) == "junk.pdf: is a corrupt or truncated PDF"


def test_pdf_name_on_something_else_is_judged_by_content():
    with pytest.raises(InputFileError) as err:
        read("fake.pdf", data=bytes(range(256)) * 20)
    assert str(err.value).startswith("fake.pdf: ")


def test_pdf_with_no_pages_is_a_clear_error():
    import io

    import pypdfium2 as pdfium

    buf = io.BytesIO()
    pdfium.PdfDocument.new().save(buf)
    with pytest.raises(InputFileError) as err:
        read("empty.pdf", data=buf.getvalue())
    assert str(err.value) == "empty.pdf: is a PDF with no pages"
