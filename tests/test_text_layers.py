"""Poor PDF text layers detected per page and OCR'd: the judge's signals on invented text, and a
real LibreOffice PDF whose fonts' ToUnicode maps are broken (the page shows the right glyphs, the
text layer reads "protokojjet") read with real Tesseract."""

from __future__ import annotations

import pytest

import formatmaker as fm
from docparse.read import read
from docparse.read.quality import judge, misspelt_share, poor_pages

needs_soffice = pytest.mark.skipif(fm.soffice() is None, reason="LibreOffice (soffice) is not installed")

CLEAN = ("Kommunstyrelsen beslutar att godkänna förslaget till ny översiktsplan för kommunen. "
         "Förvaltningen har tagit fram planen tillsammans med medborgarna under våren och hösten. "
         "Planen beskriver hur mark och vatten ska användas under de kommande tjugo åren, och hur "
         "nya bostäder, skolor och vägar ska byggas. Samrådet har gett många synpunkter som har "
         "beaktats i det slutliga förslaget, som nu lämnas till fullmäktige för antagande.")
BROKEN = CLEAN.translate(str.maketrans({"l": "j", "e": "g"}))  # a font map broken in two letters
DROPPED = CLEAN.replace("i", "").replace("tt", "t")  # a letter and a ligature with no map


@pytest.mark.parametrize("text, poor, why", [
    (CLEAN, False, ""),
    (BROKEN, True, "broken font map"),
    (DROPPED, True, "broken font map"),
    ("Sida 4", True, "too little text"),
    (CLEAN + " " + "\ue001\ue002\ue003 " * 10, True, "private-use"),
    (CLEAN + " \uf0b7" * 4, False, ""),  # bullets of a symbol font
])
def test_judge_names_the_signal(text, poor, why):
    verdict = judge(text)
    assert verdict.poor is poor
    assert why in verdict.reason


def test_names_and_addresses_are_not_misspelt_words():
    text = CLEAN + " Kontakt: anna.kvarnstrom@exempel.se, www.exempelkommun.se/bygglov"
    share, judged, bad = misspelt_share(text)
    assert judged > 40 and bad == []


def test_a_document_whose_pages_are_mostly_poor_is_ocrd_whole():
    short_clean = "Protokollet justerades av ordföranden och sekreteraren efter mötet i stadshuset."
    texts = [BROKEN, BROKEN, CLEAN, short_clean]
    poor = poor_pages(texts)
    assert set(poor) == {0, 1, 2, 3}
    assert "2 of 4 pages" in poor[2]
    # one damaged page among clean ones stays alone
    assert set(poor_pages([BROKEN, CLEAN, CLEAN, CLEAN])) == {0}


def test_a_blank_page_without_images_is_no_poor_layer():
    assert poor_pages([CLEAN, ""], drawn=[True, False]) == {}
    assert set(poor_pages([CLEAN, ""], drawn=[True, True])) == {1}  # a scanned page: OCR reads it


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layers")
    clean = fm.convert(fm.write_docx(folder / "beslut.docx"), "pdf", folder)
    damaged = folder / "trasig.pdf"
    damaged.write_bytes(fm.damage_font_maps(clean, {"l": "j", "e": "g"}))
    return clean, damaged


@needs_soffice
@pytest.mark.slow
def test_broken_font_map_is_judged_poor_and_ocrd(pdfs):
    clean, damaged = pdfs
    layer = read(str(damaged), ocr="never")
    assert "Sociajförvajtninggn" in layer.text  # the layer really is broken
    doc = read(str(damaged))
    assert [p.method for p in doc.pages] == ["ocr"]
    assert any("text layer judged poor (broken font map" in w for w in doc.pages[0].warnings)
    # OCR read the glyphs the page shows
    assert "Socialnämnden godkänner avtalet" in " ".join(doc.pages[0].text.split())
    assert doc.pages[0].words


@needs_soffice
def test_clean_libreoffice_pdf_keeps_its_text_layer(pdfs):
    clean, _ = pdfs
    doc = read(str(clean))
    assert [p.method for p in doc.pages] == ["text-layer"]
    assert not doc.pages[0].warnings
    assert "Socialnämnden godkänner avtalet" in doc.text
