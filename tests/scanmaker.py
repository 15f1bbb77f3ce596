"""Makes scanned-document fixtures: Swedish text rendered to page images and PDFs, with skew, noise and rotation."""

from __future__ import annotations

import io
import random
from pathlib import Path

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
DPI = 300

# Plain Swedish council prose, with å, ä and ö in many words (not from the corpus).
SWEDISH = [
    "Kommunstyrelsen beslutar att godkänna överenskommelsen.",
    "Förvaltningen föreslår att nämnden även ändrar målen för året.",
    "Ärendet gäller stöd till föreningar på landsbygden i västra länet.",
    "Beslutet får överklagas inom tre veckor från den dag då det",
    "tillkännagavs på kommunens anslagstavla. Sökanden är välkommen",
    "att höra av sig till handläggaren för frågor om ansökan.",
]


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(f"font {name} not found (install fonts-dejavu-core)")


def render_page(
    lines: list[str] = SWEDISH,
    *,
    size: tuple[int, int] = (1800, 900),
    font: str = "DejaVuSans.ttf",
    font_px: int = 42,  # about 10 pt at 300 dpi
    skew: float = 0.0,  # degrees, anticlockwise
    noise: float = 0.0,  # share of pixels flipped to a random grey: salt and pepper
    rotate: int = 0,  # 0, 90, 180 or 270 degrees clockwise: the page as scanned sideways
    seed: int = 1,
):
    """A greyscale page image at 300 dpi with the lines of text on it."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(str(font_path(font)), font_px)
    y = 80
    for line in lines:
        draw.text((90, y), line, fill=0, font=face)
        y += int(font_px * 1.6)
    if skew:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    if noise:
        rng = random.Random(seed)
        px = img.load()
        w, h = img.size
        for _ in range(int(w * h * noise)):
            x, yy = rng.randrange(w), rng.randrange(h)
            px[x, yy] = rng.choice((0, 60, 200, 255))
    if rotate:
        turn = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
        img = img.transpose(turn[rotate])
    img.info["dpi"] = (DPI, DPI)
    return img


def image_bytes(images, fmt: str = "PNG") -> bytes:
    """One or more page images as a PNG/JPEG, or a multi-page TIFF."""
    buf = io.BytesIO()
    if fmt == "TIFF":
        images[0].save(buf, format="TIFF", save_all=True, append_images=list(images[1:]), dpi=(DPI, DPI))
    else:
        images[0].save(buf, format=fmt, dpi=(DPI, DPI))
    return buf.getvalue()


def image_pdf(images) -> bytes:
    """An image-only PDF (a scan without a text layer), one page per image."""
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", resolution=DPI, save_all=True, append_images=list(images[1:]))
    return buf.getvalue()


def garble(text: str, seed: int = 1) -> str:
    """Text as a bad earlier OCR left it: å/ä/ö lost, letters confused, words broken."""
    rng = random.Random(seed)
    table = str.maketrans({"å": "a", "ä": "i", "ö": "6", "Å": "A", "Ä": "A", "Ö": "0", "l": "1", "e": "c"})
    out = []
    for word in text.translate(table).split(" "):
        if rng.random() < 0.4:
            word = "".join(rng.choice("~^#%0123456789") if rng.random() < 0.5 else ch for ch in word)
        out.append(word)
    return " ".join(out)


def text_pdf(pages: list[dict]) -> bytes:
    """A PDF built with fpdf2 and a DejaVu font (so å/ä/ö are real text). Each page dict has:

    - ``text``: lines of visible text (a born-digital page with a good text layer), or
    - ``image`` (a PIL image, the scan) with optional ``hidden`` text: an invisible text
      layer over the image, as earlier OCR leaves it (pass garbled text for a poor one).
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(font_path("DejaVuSans.ttf")))
    pdf.set_font("DejaVu", size=11)
    pdf.set_auto_page_break(False)
    for spec in pages:
        pdf.add_page()
        if "image" in spec:
            buf = io.BytesIO()
            spec["image"].save(buf, format="PNG")
            buf.seek(0)
            pdf.image(buf, x=10, y=10, w=190)
            if spec.get("hidden"):
                with pdf.local_context(text_mode="INVISIBLE"):
                    pdf.set_xy(10, 10)
                    pdf.multi_cell(190, 6, "\n".join(spec["hidden"]))
        if "text" in spec:
            pdf.set_xy(15, 20)
            pdf.multi_cell(180, 7, "\n".join(spec["text"]))
    return bytes(pdf.output())
