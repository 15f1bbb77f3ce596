"""Running headers and footers on real OCR'd multi-page scans are found by their repetition and masked."""

from __future__ import annotations

import random

import pytest

import scanmaker
from docparse.clean import clean
from docparse.read.image import read_image

HEADER = "Västra kommunens socialnämnd          Dnr SN 2023/0456"
BODIES = [
    ["Nämnden har behandlat ärendet om bidrag till föreningar.", "Beslutet gäller från och med den första januari."],
    ["Förvaltningen har utrett frågan om lokaler för verksamheten.", "Kostnaderna ryms inom årets budget."],
    ["Ärendet har beretts i samråd med de berörda enheterna.", "Inga invändningar har framförts under remisstiden."],
    ["Styrelsen föreslås godkänna överenskommelsen i sin helhet.", "Uppföljning sker i samband med årsbokslutet."],
]


def test_repeated_lines_across_form_feed_pages_are_masked_even_if_misread_once():
    pages = [
        "Västra kommunens socialnämnd Dnr SN 2023/0456\n\nNämnden har behandlat ärendet.\n\nSida 1 (3)",
        '"Västra kornmunens socialnämnd Dnr SN 2023/0456\n\nFörvaltningen har utrett frågan.\n\nSida 2 (3)',
        "Västra kommunens socialnämnd Dnr SN 2023/0456\n\nÄrendet har beretts i samråd.\n\nSida 3 (3)",
    ]
    result = clean("\f".join(pages))
    masked = {result.text[s:e] for s, e, _ in result.masks}
    assert {"Sida 1 (3)", "Sida 2 (3)", "Sida 3 (3)"} <= masked
    assert '"Västra kornmunens socialnämnd Dnr SN 2023/0456' in masked
    assert not any("Nämnden har" in m or "Förvaltningen" in m for m in masked)


@pytest.mark.slow
def test_headers_and_page_numbers_of_a_real_ocr_scan_are_masked():
    images = [
        scanmaker.render_page([HEADER, ""] + body + ["", f"Sida {i + 1} (4)"], size=(1800, 700), noise=0.01,
                              skew=random.Random(i).uniform(-1, 1), seed=i)
        for i, body in enumerate(BODIES)
    ]
    doc = read_image("four.tif", scanmaker.image_bytes(images, "TIFF"), "x", jobs=2)
    assert len(doc.pages) == 4
    result = clean(doc.text)
    masked = [result.text[s:e] for s, e, _ in result.masks]
    headers = [(s, m) for (s, _e, _k), m in zip(result.masks, masked) if "socialnämnd" in m]
    numbers = {m for m in masked if m.startswith("Sida")}
    # Pages 2-4 have theirs masked; the first page's own copy is the document's letterhead (its
    # board and dnr are read from it), so it stays in the text.
    assert len(headers) == 3, masked
    assert min(s for s, _m in headers) > result.text.index("\f")
    assert len(numbers) == 4, masked
    assert not any("Ärendet" in m or "budget" in m for m in masked)
