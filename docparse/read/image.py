"""Page images as input: PNG, JPEG and (multi-page) TIFF, each page OCR'd."""

from __future__ import annotations

import io

from docparse.document import Page, SourceDocument
from docparse.errors import InputFileError
from docparse.read.ocr import PageSource, ocr_pages

# Larger images are refused as decompression bombs: 200 Mpx is an A0 sheet at 300 dpi,
# far beyond any document page, and would need gigabytes to decode.
MAX_IMAGE_PIXELS = 200_000_000


def _open(name: str, data: bytes | str):
    """The PIL image (lazily decoded), or a clear InputFileError."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data) if isinstance(data, bytes) else data)
            w, h = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputFileError(name, "image is too large to decode safely (decompression bomb?)") from None
    except UnidentifiedImageError:
        raise InputFileError(name, "is not a readable image") from None
    except (OSError, ValueError, SyntaxError) as err:
        raise InputFileError(name, f"is a corrupt image ({err})") from None
    if w * h > MAX_IMAGE_PIXELS:
        raise InputFileError(name, f"image is too large to decode safely ({w}x{h} pixels)")
    return image


class ImagePages(PageSource):
    """Decodes frames of an image file one at a time (sent to each OCR worker)."""

    def _frame(self, index: int):
        image = _open("<image>", self.data if self.path is None else self.path)
        if index:
            image.seek(index)
        return image

    def image(self, index: int):
        from PIL import ImageOps

        image = self._frame(index)
        image.load()
        # A camera or scanner may store the page sideways with an EXIF note to turn it.
        return ImageOps.exif_transpose(image)

    def dpi(self, index: int) -> int | None:
        dpi = self._frame(index).info.get("dpi")
        try:
            value = round(float(dpi[0]))
        except (TypeError, ValueError, IndexError):
            return None
        # Many files carry a meaningless 72 or 96; Tesseract guesses better than those.
        return value if 150 <= value <= 1200 else None


def read_image(name: str, data: bytes, sha256: str, *, jobs: int | None = None) -> SourceDocument:
    """OCR every page (frame) of a PNG, JPEG or TIFF image."""
    image = _open(name, data)
    count = getattr(image, "n_frames", 1)
    try:
        image.verify()  # checksums without decoding the pixels: a broken file is this file's error
    except (OSError, ValueError, SyntaxError) as err:
        raise InputFileError(name, f"is a corrupt or truncated image ({err})") from None
    del image
    pages: list[Page] = []
    for i, result in ocr_pages(ImagePages(data), list(range(count)), jobs=jobs):
        method = "failed" if result.failed else "ocr"
        pages.append(Page(i + 1, result.text, method, result.words or None, result.width or None,
                          result.height or None, result.warnings))
    if all(p.method == "failed" and not p.width for p in pages):  # not one page could be decoded
        raise InputFileError(name, f"is a corrupt or truncated image ({pages[0].warnings[0]})")
    return SourceDocument(path=name, sha256=sha256, input_kind="image", pages=pages)
