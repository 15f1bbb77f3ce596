"""Born-digital PDFs read with their layout: real PDFs LibreOffice makes (headless) from DOCX files
python-docx writes, each laid out as council documents are (a header and footer on every page, two
text columns, a letterhead's label row with its values beneath, a budget table) give the fields of
the same decision as plain text."""

from __future__ import annotations

import pytest

import formatmaker as fm
from docparse.pipeline import process
from docparse.read import read
from test_read_formats import fields

pytestmark = pytest.mark.skipif(fm.soffice() is None, reason="LibreOffice (soffice) is not installed")

LETTERHEAD = [
    ("p", "Tierps kommun"),
    ("p", "Socialförvaltningen"),
    ("t", "Datum\tVår beteckning\tEr beteckning"),
    ("t", "2024-03-12\tSN 2024/0217\tFörening 14/24"),
]


def _docx(path, blocks, *, columns: tuple[int, int] | None = None, breaks=(), furniture=False):
    """A DOCX of ``blocks``; blocks ``columns`` (from, to) in two columns (continuous sections
    around them), a page break before each block index in ``breaks``, a header and footer (with the
    page number) on every page."""
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def before_block(document, i):
        if columns and i in columns:
            # a section's properties stand at its end: the columns are set on the section
            # closed here (from the first index) and a single column again from the second
            document.add_section(WD_SECTION.CONTINUOUS)
            before = document.sections[-2]._sectPr
            cols = before.find(qn("w:cols"))
            if cols is None:
                cols = OxmlElement("w:cols")
                before.append(cols)
            cols.set(qn("w:num"), "2" if i == columns[1] else "1")
            cols.set(qn("w:space"), "720")
        if i in breaks:
            document.add_page_break()

    def numbered_furniture(document):
        for section in document.sections:
            section.header.paragraphs[0].text = fm.HEADER
            footer = section.footer.paragraphs[0]
            footer.text = fm.FOOTER + "    Sida "
            run = footer.add_run()
            for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
                el = OxmlElement(tag)
                if attr:
                    el.set(qn("w:fldCharType"), attr)
                else:
                    el.text = "PAGE"
                run._r.append(el)

    return fm.write_docx(path, blocks, before_block=before_block, finish=numbered_furniture if furniture else None)


def _pdf(folder, name, blocks, **kw):
    return fm.convert(_docx(folder / f"{name}.docx", blocks, **kw), "pdf", folder)


def _txt(folder, name, blocks):
    path = folder / f"{name}.txt"
    path.write_text(fm.as_text(blocks), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("layout")


def test_header_and_footer_repeated_over_three_pages_are_furniture(folder):
    blocks = fm.DECISION
    breaks = {i for i, b in enumerate(blocks) if b[1] in ("Sammanfattning", "Ekonomi")}
    pdf = _pdf(folder, "sidhuvud", blocks, breaks=breaks, furniture=True)
    doc = read(str(pdf))
    assert len(doc.pages) == 3
    masked = [doc.text[a:b] for a, b in doc.furniture]
    assert sum(fm.HEADER in m for m in masked) == 3
    assert sum("Postadress" in m for m in masked) == 3
    assert fields(process(str(pdf))) == fields(process(str(_txt(folder, "sidhuvud", blocks))))


def test_two_columns_read_left_then_right(folder):
    blocks = fm.DECISION[:6] + [("p", "Stycke " + str(i) + " " + fm.DECISION[11][1]) for i in range(6)] \
        + fm.DECISION[6:]
    # the letterhead and title span the page, the paragraphs and the proposal stand in two
    # columns, the summary and the budget table span the page again
    pdf = _pdf(folder, "spalter", blocks, columns=(6, blocks.index(fm.DECISION[11])))
    doc = read(str(pdf))
    text = doc.text
    # the left column's paragraphs come whole and in order before the right column's
    order = [text.find(f"Stycke {i} ") for i in range(6)]
    assert -1 not in order and order == sorted(order)
    assert fields(process(str(pdf))) == fields(process(str(_txt(folder, "spalter", blocks))))


def test_letterhead_label_row_with_values_beneath(folder):
    blocks = LETTERHEAD + fm.DECISION[5:]
    pdf = _pdf(folder, "brevhuvud", blocks)
    record = process(str(pdf))
    reference = process(str(_txt(folder, "brevhuvud", blocks)))
    assert record["document"]["dnr"] == "SN 2024/0217"
    assert record["document"]["date"] == "2024-03-12"
    assert fields(record) == fields(reference)


def test_budget_table_rows_keep_label_and_amount(folder):
    blocks = fm.DECISION[:14] + [("t", "Kostnad\tBelopp"), ("t", "Lokalhyra\t120 000 kr"),
                                 ("t", "Personal och arvoden till frivilliga\t330 000 kr"),
                                 ("t", "Summa\t450 000 kr")] + fm.DECISION[17:]
    pdf = _pdf(folder, "budget", blocks)
    doc = read(str(pdf))
    assert "\nPersonal och arvoden till frivilliga\t330 000 kr\n" in doc.text
    assert fields(process(str(pdf))) == fields(process(str(_txt(folder, "budget", blocks))))


def test_spans_on_text_layer_pages_get_boxes(folder):
    """The lines' boxes are kept as an OCR'd page's words are: a field found on a born-digital
    page has the box of the line(s) it stands on, in page pixels at 300 dpi."""
    pdf = _pdf(folder, "rutor", fm.DECISION)
    page = read(str(pdf)).pages[0]
    record = process(str(pdf))
    assert record["pages"][0]["method"] == "text-layer"
    dnr = record["dnr_references"][0]["span"]
    amounts = [a["span"] for a in record["amounts"]]
    assert "box" in dnr and all("box" in a for a in amounts)
    for span in [dnr] + amounts:
        left, top, width, height = span["box"]
        assert 0 <= left < left + width <= page.width and 0 <= top < top + height <= page.height
    # top to bottom as on the page: the letterhead's dnr, the decision's amount, the budget rows
    tops = [dnr["box"][1]] + [a["box"][1] for a in amounts]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_columns_written_line_across_line_read_left_then_right(tmp_path):
    """A PDF whose content stream writes each row of the page across both columns (fpdf2, line by
    line): pdfium gives both columns' lines as one line; the gutter is found and the left column
    read before the right. A budget table of short cells at the same place stays in rows."""
    import textwrap

    from fpdf import FPDF

    import scanmaker

    left_text = ("Föreningen Läxhjälpen i Tierp erbjuder läxhjälp och samtalsstöd för barn och unga i "
                 "åldern tio till arton år på tre platser i kommunen, varje vecka under terminerna.")
    right_text = ("Verksamheten bygger på ideella insatser och drivs tillsammans med skolorna, som "
                  "lånar ut sina lokaler på eftermiddagarna utan kostnad för föreningen.")
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(scanmaker.font_path()))
    pdf.set_font("dejavu", size=10)
    pdf.text(57, 60, "Sammanfattning")
    lefts, rights = textwrap.wrap(left_text, 44), textwrap.wrap(right_text, 44)
    y = 90
    for a, b in zip(lefts + [""] * len(rights), rights + [""] * len(lefts)):
        if not a and not b:
            break
        if a:
            pdf.text(57, y, a)
        if b:
            pdf.text(310, y, b)
        y += 13
    y += 26
    for label, amount in [("Kostnad", "Belopp"), ("Lokalhyra", "120 000 kr"), ("Personal", "330 000 kr"),
                          ("Material", "12 000 kr"), ("Summa", "462 000 kr")]:
        pdf.text(57, y, label)
        pdf.text(310, y, amount)
        y += 13
    path = tmp_path / "rader.pdf"
    pdf.output(str(path))
    text = read(str(path)).text
    assert len(lefts) >= 3 and len(rights) >= 3
    assert f"\n{left_text}\n{right_text}\n" in text
    assert "\nLokalhyra\t120 000 kr\nPersonal\t330 000 kr\n" in text


def test_a_last_page_of_a_few_lines_keeps_its_header_apart(folder):
    # The signature run over to a page of its own: the page's few line gaps are mostly its header's
    # and footer's, yet the header's line is no paragraph the name continues (the footer, wider
    # than the header, made the name look as if it would not have fitted after it).
    blocks = [("p", "Tjänsteskrivelse"), ("p", "Ny förskola i Storbyn"),
              *[("p", f"Stycke {k}: förvaltningen har utrett lokalbehovet och föreslår en ny förskola.") for k in range(1, 9)],
              ("p", "Ann-Christin Vikström"), ("p", "Förvaltningschef")]

    def furniture(document):
        from docx.shared import Cm

        for section in document.sections:
            section.header_distance, section.top_margin = Cm(0.8), Cm(3)  # the header well above the text
            section.header.paragraphs[0].text = "Storbyns kommun · Lokalförsörjningsplan 2039"
            section.footer.paragraphs[0].text = "Storbyns kommun · Barn- och utbildningsförvaltningen"

    def before_block(document, i):
        if i == len(blocks) - 2:
            document.add_page_break()

    docx = fm.write_docx(folder / "sista_sidan.docx", blocks, before_block=before_block, finish=furniture)
    doc = read(str(fm.convert(docx, "pdf", folder)), ocr="never")
    last = doc.text.split("\f")[-1]
    assert [ln for ln in last.splitlines() if "Vikström" in ln] == ["Ann-Christin Vikström"]
