"""Scanner specks taken off a page image before Tesseract reads it.

Dust and toner specks become marks in the text: a speck after a word reads as "." or ":", one
alone as a stray letter or mark, a cluster as a word that is not there. Two steps, both only at a
resolution where no stroke of print is a single pixel:

1. isolated dark pixels are whitened (a pixel whose 3x3 neighbourhood is mostly light);
2. small blots of ink are whitened when they stand where print puts no small mark. A blot is small
   under 3 % of the square of its line's letter height (the dots of i, j, å/ä/ö and periods are
   about that size in the typefaces measured: Nimbus Mono, C059, Liberation Serif and Mono,
   DejaVu Sans and Serif, URW Bookman at 7-12 pt), and is kept when it stands just over a letter
   (a dot or an accent), just after one at its level (a period, comma, colon), or within a hair
   of other ink (a piece of a glyph the scan broke). So the dots of small print and of capitals
   are kept, and dust on the paper between words, lines and in the margins goes.

Measured with `python benchmarks/eval_repair_riksdag.py --reader docparse` (held-out pages in three
typefaces with scan damage; the README gives the figures) and on the reference scans with
`python benchmarks/bench_ocr.py wer` (unchanged).
"""

from __future__ import annotations

# Step 1: a dark pixel whose 3x3 neighbourhood averages lighter than this is whitened. Halved
# the word error rate on the noisy reference scans at ~0.1 s a page (a median filter did as
# well at 4x the cost).
ISOLATED_MEAN = 200
MIN_DPI = 200
# Step 2. Areas are in pixels at 300 dpi, distances in letter heights of the blot's line.
SPECK_SHARE = 0.03  # a blot under this share of the squared letter height is small
GLYPH_MIN_AREA = 30  # blots this big are glyphs: their median height is the page's type size
GLYPHS_NEEDED = 50  # fewer glyphs: no text page (a drawing, a stamp), left as it is
LETTER_MIN_AREA = 12  # a letter: this big and a third of the type size tall (thinned scans break strokes)
LETTERS_A_LINE = 8  # a band of the page with fewer letters holds a line's accents, not a line
DOT_GAP = 0.6  # a small blot this close over a letter is its dot or accent
MARK_GAP = 0.5  # ... this close after a letter, level with it, its punctuation
NEAR_GAP = 0.15  # ... with other ink this close, a piece of a broken glyph


def despeckle(image, dpi: int | None = None):
    """The 'L' image with isolated pixels and stray small blots whitened (when the resolution
    allows it); the same image when there is nothing to take off."""
    from PIL import ImageChops, ImageFilter

    # Without a known resolution, assume the image spans an A4 page width (8.3 in).
    resolution = dpi or min(image.size) / 8.3
    if resolution < MIN_DPI:
        return image
    light = image.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v >= ISOLATED_MEAN else 0)
    image = ImageChops.lighter(image, light)
    return _without_small_blots(image, resolution)


def _otsu(histogram) -> int:
    """The grey level that best splits the histogram into ink and paper (Otsu's method)."""
    import numpy as np

    p = histogram / max(histogram.sum(), 1)
    w = np.cumsum(p)
    mu = np.cumsum(p * np.arange(len(p)))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mu[-1] * w - mu) ** 2 / (w * (1 - w))
    return int(np.nanargmax(between))


def _without_small_blots(image, resolution: float):
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    grey = np.asarray(image)
    ink = grey <= _otsu(np.array(image.histogram(), dtype=float))
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if count == 0:
        return image
    scale = (resolution / 300) ** 2
    areas = np.zeros(count + 1, dtype=np.int64)
    for row in range(0, labels.shape[0], 256):  # in stripes: bincount widens the labels to int64
        areas += np.bincount(labels[row:row + 256].ravel(), minlength=count + 1)
    areas = areas[1:]
    boxes = ndimage.find_objects(labels)
    top, bottom, left, right = np.array([(b[0].start, b[0].stop, b[1].start, b[1].stop) for b in boxes],
                                        dtype=int).reshape(-1, 4).T
    heights = bottom - top
    glyph = areas >= GLYPH_MIN_AREA * scale
    if np.count_nonzero(glyph) < GLYPHS_NEEDED:
        return image
    type_size = float(np.median(heights[glyph]))
    letter = (areas >= LETTER_MIN_AREA * scale) & (heights >= type_size / 3)

    # Each blot's letter height: the median letter height of its band of the page (a band about
    # a letter high, by the boxes' middles; the smallest of the band's and its neighbours'), so a
    # footnote's dots are judged by the footnote's print. No letters near: the page's type size.
    band_height = max(int(type_size), 8)
    band = (top + bottom) // 2 // band_height
    line_size = np.full(-(-grey.shape[0] // band_height), np.inf)
    letter_band, letter_height = band[letter], heights[letter]
    order = np.argsort(letter_band, kind="stable")
    found, starts, letters_in = np.unique(letter_band[order], return_index=True, return_counts=True)
    for k, start, n in zip(found.tolist(), starts.tolist(), letters_in.tolist()):
        if n >= LETTERS_A_LINE:  # fewer: a band of a line's rings and accents, no line
            line_size[k] = np.median(letter_height[order[start:start + n]])
    line_size = ndimage.minimum_filter1d(line_size, size=3, mode="constant", cval=np.inf)
    size = line_size[band]
    size[np.isinf(size)] = type_size

    small = np.flatnonzero(areas < SPECK_SHARE * size * size)
    if not len(small):
        return image
    is_letter = np.concatenate(([False], letter))
    specks: list[int] = []
    for i, t, b, lft, r, s in zip(small.tolist(), top[small].tolist(), bottom[small].tolist(),
                                  left[small].tolist(), right[small].tolist(), size[small].tolist()):
        # (one blot at a time: a page has a few thousand small blots at most, and three
        # small windows each cost less than page-sized tables would)
        reach, level = int(0.3 * s), int(0.1 * s)  # the dots of "ü" stand inside its arms
        if is_letter[labels[b:b + int(DOT_GAP * s), max(lft - reach, 0):r + reach]].any():
            continue  # over a letter: a dot or an accent
        if is_letter[labels[max(t - level, 0):b + level, max(lft - int(MARK_GAP * s), 0):lft]].any():
            continue  # after a letter, level with it: punctuation
        near = max(int(NEAR_GAP * s), 1)
        if np.count_nonzero(ink[max(t - near, 0):b + near, max(lft - near, 0):r + near]) > areas[i]:
            continue  # other ink within a hair: a piece of a broken glyph
        specks.append(i)
    if not specks:
        return image
    cleaned = grey.copy()
    for i in specks:  # blot by blot, in its box: a page has few, and the page is large
        box = boxes[i]
        cleaned[box][labels[box] == i + 1] = 255
    return Image.fromarray(cleaned)
