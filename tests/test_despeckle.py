"""The OCR stage's page clean-up: scanner specks off, every real mark of the print kept."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from scipy import ndimage

from docparse.read.despeckle import _without_small_blots, despeckle
from scanmaker import font_path

# Invented lines with the small marks a speck filter could take for dust: the dots of i, j,
# å/ä/ö (the capitals' too), periods, colons, semicolons.
LINES = [
    "Nämnden ändrar ärendets beslut: i år går bl.a. två Öar och ÄNGAR till Åsa.",
    "Ö. Ä. Å. i.j.i; t.ex. 1.250,50 kr; jfr. s. 4 ff. o.s.v. Üb. é: ë ï",
]
FONTS = ["DejaVuSans.ttf", "LiberationSerif-Regular.ttf", "LiberationMono-Regular.ttf"]


def _page(font: str, body_px: int, small_px: int) -> Image.Image:
    """A 300 dpi page of body text with a line of small print (a footnote) every fourth line."""
    img = Image.new("L", (2480, 1800), 255)
    draw = ImageDraw.Draw(img)
    y = 80
    for k in range(16):
        px = small_px if k % 4 == 3 else body_px
        draw.text((120, y), LINES[k % 2], fill=0, font=ImageFont.truetype(str(font_path(font)), px))
        y += int(px * 1.6)
    return img


def _marks(img: Image.Image) -> int:
    """How many blots of ink of at least four pixels the image has (dots of print included)."""
    ink = np.asarray(img) < 128
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    return int(np.count_nonzero(np.bincount(labels.ravel())[1:] >= 4))


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("body_px,small_px", [(42, 29), (50, 33)])  # 10 pt with 7 pt, 12 pt with 8 pt
def test_a_clean_page_keeps_every_mark(font, body_px, small_px):
    page = _page(font, body_px, small_px)
    assert _marks(despeckle(page, 300)) == _marks(page)


def _specked(page: Image.Image, count: int, seed: int) -> tuple[Image.Image, int]:
    """The page with ``count`` dust specks (a few pixels, dark) on its white paper."""
    rng = random.Random(seed)
    grey = np.asarray(page)
    img = page.copy()
    draw = ImageDraw.Draw(img)
    placed = 0
    while placed < count:
        x, y = rng.randrange(20, img.width - 20), rng.randrange(20, img.height - 20)
        if grey[y - 16 : y + 17, x - 16 : x + 17].min() < 250:  # near print: not paper
            continue
        draw.rectangle((x, y, x + 1, y + rng.choice((1, 2))), fill=rng.randint(0, 60))  # 4-6 pixels
        placed += 1
    return img, placed


@pytest.mark.parametrize("font", FONTS)
def test_blots_smaller_than_the_print_s_dots_are_taken_off(font):
    page = _page(font, 42, 29)
    specked, placed = _specked(page, 400, seed=7)
    assert _marks(specked) >= _marks(page) + placed * 0.9  # the specks are there to be found
    cleaned = _without_small_blots(specked, 300)
    left = _marks(cleaned) - _marks(page)
    assert left <= placed * 0.05, f"{left} of {placed} specks left"


def test_too_low_a_resolution_is_left_alone():
    page, _ = _specked(_page("DejaVuSans.ttf", 42, 29), 100, seed=3)
    assert despeckle(page, 150) is page


def test_a_page_without_print_keeps_its_blots():
    # Nothing to judge a speck by: a drawing or a stamp is not cleaned away.
    specked, _ = _specked(Image.new("L", (2480, 1800), 255), 30, seed=5)
    assert _without_small_blots(specked, 300) is specked
