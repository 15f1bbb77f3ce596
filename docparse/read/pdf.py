"""PDF input: the text layer where it is good (pypdfium2; block gaps as blank lines, cell gaps as tabs),
OCR at 300 dpi where it is missing or poor."""

from __future__ import annotations

import bisect
import itertools
import re

from docparse.document import PAGE_BREAK, OcrWord, Page, SourceDocument
from docparse.errors import InputFileError
from docparse.read.limits import Limits, check_pdf_pages
from docparse.read.pdflayout import PageLayout, layout, running_lines
from docparse.read.ocr import DPI, PageOcr, PageSource, ocr_pages

OCR_MODES = ("auto", "always", "never")
# Pages larger than this many pixels at 300 dpi are rendered at a lower resolution
# (a poster-sized page would otherwise take gigabytes).
MAX_RENDER_PIXELS = 60_000_000


def _open(name: str, data: bytes | None, file: str | None = None):
    """The pdfium document (from ``data``, or read lazily from ``file``), or a clear InputFileError
    for encrypted, corrupt or non-PDF data."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(file if data is None else data)
    except pdfium.PdfiumError as err:
        msg = str(err)
        if data is None:  # only to tell why it failed
            with open(file, "rb") as fh:
                data = fh.read()
        if "password" in msg.lower():
            raise InputFileError(name, "is encrypted (password-protected PDF)",
                                 hint="remove the password (e.g. `qpdf --decrypt`) and retry") from None
        # pdfium refuses an empty page tree without a specific error code of its own.
        if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Count\s+[1-9]", data):
            raise InputFileError(name, "is a PDF with no pages") from None
        if "format" in msg.lower() or "file" in msg.lower():
            raise InputFileError(name, "is a corrupt or truncated PDF") from None
        raise InputFileError(name, f"cannot be read as a PDF ({msg})") from None


class PdfPages(PageSource):
    """Renders pages of a PDF one at a time (sent to each OCR worker)."""

    # pdfium keeps the objects it has parsed (each page's image stream) for the document's
    # life: reopening now and then keeps a worker's memory flat over a long scan.
    REOPEN_EVERY = 16

    def _document(self):
        if self._handle is None:
            import pypdfium2 as pdfium

            self._handle = pdfium.PdfDocument(self.path if self.path is not None else self.data)
        return self._handle

    def scale(self, index: int) -> float:
        w, h = self._document().get_page_size(index)  # without loading the page
        scale = DPI / 72
        if w * h * scale * scale > MAX_RENDER_PIXELS:
            scale = (MAX_RENDER_PIXELS / (w * h)) ** 0.5
        return scale

    def dpi(self, index: int) -> int:
        return round(self.scale(index) * 72)

    def image(self, index: int):
        self._renders = getattr(self, "_renders", 0) + 1
        if self._handle is not None and self.path is not None and self._renders % self.REOPEN_EVERY == 0:
            self._handle.close()
            self._handle = None
        page = self._document()[index]
        try:
            bitmap = page.render(scale=self.scale(index), grayscale=True)
            # to_pil shares the bitmap's buffer; copy so pdfium's memory is released now.
            image = bitmap.to_pil().copy()
            bitmap.close()
        finally:
            page.close()  # pdfium keeps a loaded page until it is closed
        return image


# A page with this many vector paths may be text drawn as outlines: OCR reads it.
OUTLINE_PATHS = 200


def _has_drawing(page) -> bool:
    """Does the page hold an image, or text drawn as many paths (all OCR could read beyond its text)?"""
    import pypdfium2.raw as pdfium_c

    paths = 0
    for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, k))
        if kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_SHADING):
            return True  # a form object may hold an image; not looked into
        paths += kind == pdfium_c.FPDF_PAGEOBJ_PATH
        if paths > OUTLINE_PATHS:
            return True
    return False


def _text_layer(page) -> PageLayout:
    """The page's text layer laid out (docparse.read.pdflayout), normalised like every reader's text."""
    from docparse.read.text import normalise

    textpage = page.get_textpage()
    try:
        laid = layout(textpage, page.get_height())
        if laid is None:  # text that does not map to characters: as pdfium gives it
            return PageLayout(normalise(textpage.get_text_range().replace("\ufffe", "")))
    finally:
        textpage.close()
    laid = _ligatures_expanded(laid)
    text = normalise(laid.text)
    if len(text) != len(laid.text):  # normalising changed the length: the offsets are off
        return PageLayout(text)
    return PageLayout(text, laid.band, laid.boxes)


def _ligatures_expanded(laid: PageLayout) -> PageLayout:
    """The layout with a font's ligatures ("\ufb01") as their letters and its spans moved to match,
    so normalising (which expands them too) leaves the length, and the lines' boxes, as they are."""
    from docparse.read.text import LIGATURE_CHARS, LIGATURES

    found = [m.start() for m in LIGATURE_CHARS.finditer(laid.text)]
    if not found:
        return laid
    added = list(itertools.accumulate(len(LIGATURES[laid.text[i]]) - 1 for i in found))

    def moved(pos: int) -> int:  # a position of the old text in the new: plus what ligatures before it added
        k = bisect.bisect_left(found, pos)
        return pos + (added[k - 1] if k else 0)

    text = LIGATURE_CHARS.sub(lambda m: LIGATURES[m.group(0)], laid.text)
    band = [(moved(s), moved(e), key) for s, e, key in laid.band]
    boxes = [(moved(s), moved(e), *box) for s, e, *box in laid.boxes]
    return PageLayout(text, band, boxes)


def _line_words(text: str, laid: PageLayout) -> list[OcrWord] | None:
    """The page's lines with their boxes in pixels at the OCR resolution, as OCR'd pages give
    their words, so the record's spans on text-layer pages get a ``box`` too."""
    if not laid.boxes:
        return None
    scale = DPI / 72
    return [OcrWord(text[s:e], s, e, 100.0, (round(left * scale), round(top * scale),
                                             round((right - left) * scale), round((bottom - top) * scale)))
            for s, e, left, top, right, bottom in laid.boxes]


def read_pdf(name: str, data: bytes, sha256: str, *, ocr: str = "auto", jobs: int | None = None,
             max_pages: int | None = None, file: str | None = None) -> SourceDocument:
    """Read a PDF into pages: a good text layer is kept; with ``ocr='auto'`` pages with no or a poor
    text layer are OCR'd, with 'always' every page, with 'never' none. With ``data`` None the PDF
    is read from ``file`` page by page (a large scan is never held in memory whole)."""
    from docparse.read.quality import MIN_LETTERS, poor_pages

    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    doc = _open(name, data, file)
    try:
        count = len(doc)
        if count == 0:
            raise InputFileError(name, "is a PDF with no pages")
        if max_pages is not None:
            check_pdf_pages(name, count, Limits(max_pdf_pages=max_pages))
        pages: list[Page] = []
        to_ocr: list[int] = []
        drawn: list[bool] = []  # per page: something OCR could read beyond the text layer
        layouts: list[PageLayout] = []
        for i in range(count):
            if i and i % PdfPages.REOPEN_EVERY == 0:
                # pdfium keeps every page's parsed objects (its images) while the document is
                # open: reopened now and then, a long scan's text layers are read in flat memory
                doc.close()
                doc = _open(name, data, file)
            try:
                page = doc[i]
                w, h = page.get_size()
                laid = _text_layer(page)
                text = laid.text
                layouts.append(laid)
                # only a page with little text is asked (a loop over its objects)
                drawn.append(sum(map(str.isalpha, text)) >= MIN_LETTERS or _has_drawing(page))
                page.close()
            except Exception as err:  # pdfium errors on one broken page object
                pages.append(Page(number=i + 1, text="", method="failed", warnings=[f"page could not be read: {err}"]))
                drawn.append(True)
                layouts.append(PageLayout(""))
                if ocr != "never":
                    to_ocr.append(i)
                continue
            # Sizes in pixels at the OCR resolution, the unit of OCR word boxes.
            pages.append(Page(number=i + 1, text=text, method="text-layer", words=_line_words(text, laid),
                              width=round(w * DPI / 72), height=round(h * DPI / 72)))
            if ocr == "always":
                to_ocr.append(i)
            elif ocr == "never" and not text.strip():
                pages[-1].warnings.append("no text layer (OCR is off)")
    finally:
        doc.close()
    if ocr == "auto":
        poor = poor_pages([p.text if p.method == "text-layer" else "" for p in pages], drawn)
        for i, reason in sorted(poor.items()):
            if pages[i].method == "text-layer":
                if pages[i].text.strip():
                    pages[i].warnings.append(f"text layer judged poor ({reason}), OCR'd")
                to_ocr.append(i)
        to_ocr.sort()

    if to_ocr:
        for i, result in ocr_pages(PdfPages(data) if data is not None else PdfPages(path=file), to_ocr, jobs=jobs):
            pages[i] = _ocr_page(pages[i], result)
    # Running headers and footers found by position on the text-layer pages: page furniture, as
    # a Word document's headers and footers are (OCR'd pages: the clean stage finds them).
    furniture, pos = [], 0
    for page, spans in zip(pages, running_lines(layouts)):
        if page.method == "text-layer":
            furniture += [(pos + s, pos + e) for s, e in spans]
        pos += len(page.text) + len(PAGE_BREAK)
    return SourceDocument(path=name, sha256=sha256, input_kind="pdf", pages=pages, furniture=furniture)


def _ocr_page(layer: Page, result: PageOcr) -> Page:
    """The page as OCR read it; if OCR failed, the text layer (if any) is kept with a warning."""
    if result.failed:
        if layer.text.strip() and layer.method == "text-layer":
            return Page(layer.number, layer.text, "text-layer", None, layer.width, layer.height,
                        layer.warnings + result.warnings + ["kept the poor text layer"])
        return Page(layer.number, "", "failed", None, result.width or None, result.height or None,
                    layer.warnings + result.warnings)
    return Page(layer.number, result.text, "ocr", result.words, result.width, result.height,
                layer.warnings + result.warnings)
