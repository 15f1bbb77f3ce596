"""OCR engine wrapper and page images: real Tesseract on rendered Swedish pages, and bad image input."""

from __future__ import annotations

import io

import pytest

import scanmaker
from docparse.document import OcrWord
from docparse.errors import InputFileError, MissingDependencyError
from docparse.read import read
from docparse.read import ocr as ocr_mod
from docparse.read.image import read_image
from docparse.read.ocr import check_engine, ocr_image, parse_tsv

# Words with å, ä and ö that a Swedish reading must get right.
DIACRITIC_WORDS = ["godkänna", "överenskommelsen.", "Förvaltningen", "föreslår", "nämnden", "ändrar", "året."]


def _found(text: str, words=DIACRITIC_WORDS, need: float = 1.0) -> None:
    got = set(text.split())
    missing = [w for w in words if w not in got]
    assert len(missing) <= len(words) * (1 - need), f"missing {missing} in {text!r}"


# --- plumbing, no engine -------------------------------------------------------------------

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t10\t10\t30\t10\t96.5\tBeslut\n"
    "5\t1\t1\t1\t1\t2\t45\t10\t20\t10\t90\tom\n"
    "5\t1\t1\t1\t2\t1\t10\t25\t40\t10\t88\tstöd\n"
    "5\t1\t1\t2\t1\t1\t10\t50\t40\t10\t-1\t \n"
    "5\t1\t2\t1\t1\t1\t10\t60\t40\t10\t70\tSida\n"
)


def test_parse_tsv_builds_text_and_word_offsets():
    text, words = parse_tsv(TSV)
    assert text == "Beslut om\nstöd\n\nSida"
    assert [text[w.start:w.end] for w in words] == ["Beslut", "om", "stöd", "Sida"]
    assert words[0] == OcrWord("Beslut", 0, 6, 96.5, (10, 10, 30, 10))


def test_parse_tsv_writes_a_wide_gap_as_a_tab():
    # "Datum" and "Diarienummer" 300 px apart on a line 40 px tall: two cells of a label row.
    tsv = TSV.splitlines()[0] + "\n" + "\n".join([
        "5\t1\t1\t1\t1\t1\t100\t10\t120\t40\t95\tDatum",
        "5\t1\t1\t1\t1\t2\t520\t10\t300\t40\t95\tDiarienummer",
        "5\t1\t1\t1\t2\t1\t100\t60\t120\t40\t95\tBeslut",
        "5\t1\t1\t1\t2\t2\t240\t60\t40\t30\t95\tom",
    ]) + "\n"
    text, words = parse_tsv(tsv)
    assert text == "Datum\tDiarienummer\nBeslut om"
    assert [text[w.start:w.end] for w in words] == ["Datum", "Diarienummer", "Beslut", "om"]


def test_parse_tsv_nfc_normalises():
    decomposed = "sto\u0308d"
    text, words = parse_tsv(TSV.replace("stöd", decomposed))
    assert "stöd" in text and words[2].text == "stöd"


def test_missing_tesseract_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    check_engine.cache_clear()
    try:
        with pytest.raises(MissingDependencyError) as err:
            check_engine("swe")
        assert "not installed" in str(err.value)
        assert "apt-get install tesseract-ocr tesseract-ocr-swe" in err.value.hint
    finally:
        check_engine.cache_clear()


def test_missing_language_data_is_a_clear_error():
    with pytest.raises(MissingDependencyError) as err:
        check_engine("swe+xqz")
    assert "xqz" in str(err.value)
    assert "tesseract-ocr-swe" in err.value.hint


def test_decompression_bomb_is_refused():
    from PIL import Image

    bomb = Image.new("1", (20000, 20000), 1)  # 400 Mpx, a few kB as PNG
    buf = io.BytesIO()
    bomb.save(buf, format="PNG")
    with pytest.raises(InputFileError) as err:
        read("bomb.png", data=buf.getvalue())
    assert "bomb.png" in str(err.value) and "too large" in str(err.value)


def test_truncated_image_is_a_clear_error():
    data = scanmaker.image_bytes([scanmaker.render_page()], "PNG")
    with pytest.raises(InputFileError) as err:
        read("half.png", data=data[: len(data) // 3])
    assert str(err.value).startswith("half.png: ")


def test_not_an_image_despite_magic_is_a_clear_error():
    with pytest.raises(InputFileError) as err:
        read("fake.png", data=b"\x89PNG\r\n\x1a\n" + b"garbage" * 50)
    assert str(err.value).startswith("fake.png: ")


def test_blank_page_is_a_warning_not_an_error():
    from PIL import Image

    doc = read_image("blank.png", scanmaker.image_bytes([Image.new("L", (800, 600), 255)]), "x", jobs=1)
    assert doc.input_kind == "image"
    assert len(doc.pages) == 1 and doc.pages[0].text == ""
    assert doc.pages[0].method == "ocr"
    assert any("blank" in w for w in doc.pages[0].warnings)


# --- real Tesseract ------------------------------------------------------------------------


@pytest.mark.slow
def test_png_swedish_text_with_diacritics():
    doc = read("page.png", data=scanmaker.image_bytes([scanmaker.render_page()], "PNG"), jobs=1)
    page = doc.pages[0]
    assert doc.input_kind == "image" and page.method == "ocr"
    _found(page.text)
    assert page.width == 1800 and page.height == 900
    assert all(page.text[w.start:w.end] == w.text for w in page.words)
    assert all(0 <= w.conf <= 100 for w in page.words)
    # Boxes are in page pixels: the first word is at the top left where it was drawn.
    first = page.words[0]
    assert first.text == "Kommunstyrelsen"
    assert abs(first.box[0] - 90) < 25 and abs(first.box[1] - 85) < 25


@pytest.mark.slow
def test_skewed_noisy_jpeg():
    img = scanmaker.render_page(skew=2.5, noise=0.03, seed=7)
    doc = read("skewed.jpg", data=scanmaker.image_bytes([img], "JPEG"), jobs=1)
    _found(doc.pages[0].text, need=0.7)


@pytest.mark.slow
@pytest.mark.parametrize("rotate", [90, 180])
def test_rotated_page_is_read_upright(rotate):
    img = scanmaker.render_page(rotate=rotate)
    result = ocr_image(img, dpi=300)
    _found(result.text)
    w, h = img.size
    assert (result.width, result.height) == (w, h)
    # The first word's box is where that word is on the rotated image (not the upright one).
    left, top, bw, bh = result.words[0].box
    if rotate == 180:
        assert left > w / 2 and top > h / 2 and bw > bh
    else:
        assert left > w / 2 and top < h / 2 and bh > bw


@pytest.mark.slow
def test_multipage_tiff_in_parallel():
    pages = [scanmaker.render_page(), scanmaker.render_page(list(reversed(scanmaker.SWEDISH)))]
    doc = read("two.tif", data=scanmaker.image_bytes(pages, "TIFF"), jobs=2)
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[0].text.startswith("Kommunstyrelsen")
    assert doc.pages[1].text.startswith("att höra av sig")
    assert all(p.method == "ocr" for p in doc.pages)


@pytest.mark.slow
def test_ocr_timeout_is_a_page_warning_not_a_lost_document(monkeypatch):
    monkeypatch.setattr(ocr_mod, "PAGE_TIMEOUT", 0.01)
    doc = read("slow.png", data=scanmaker.image_bytes([scanmaker.render_page()]), jobs=1)
    assert doc.pages[0].method == "failed"
    assert doc.pages[0].text == ""
    assert any("timed out" in w for w in doc.pages[0].warnings)


def test_a_scanned_label_row_keeps_its_columns():
    """Real Tesseract: the gap between a label row's cells comes out as a tab, so the value
    under "Diarienummer" is the document's dnr (with single spaces it was one cell)."""
    from docparse.pipeline import process_source

    lines = ["TJÄNSTESKRIVELSE", "Datum                    Diarienummer", "2031-05-17               KS 2031/233", "",
             "Kommunstyrelsen", "", "Ansökan om bidrag till Exeby hembygdsförening"]
    doc = read("skrivelse.png", data=scanmaker.image_bytes([scanmaker.render_page(lines, size=(1800, 600))], "PNG"), jobs=1)
    assert "Datum\tDiarienummer" in doc.text
    assert process_source(doc)["document"]["dnr"] == "KS 2031/233"
