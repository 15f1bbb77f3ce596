"""Rules for the text a scan's OCR gives (helper scan3): a table whose columns Tesseract's page layout
reads as separate blocks is read again line by line (read); a run of heads whose "§" a sans face's
scan reads as an "8" tight against the number (repair); the gap after an agenda row's number read as a
dash (clean). Invented Swedish."""

from __future__ import annotations

import pytest

import scanmaker
from docparse.clean import clean
from docparse.read.ocr import ocr_image, split_table
from docparse.repair.paragraph_marks import paragraph_signs

HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv(words: list[tuple[int, int, int, int, str]]) -> str:
    """Tesseract TSV word rows: (block, line, left, top, text), each word 40 px tall, 20 px a letter."""
    return HEAD + "".join(f"5\t1\t{b}\t1\t{ln}\t1\t{x}\t{y}\t{20 * len(t)}\t40\t95\t{t}\n" for b, ln, x, y, t in words)


# An agenda's rows: numbers in block 1, titles in block 2, dnrs in block 3, each on the rows' baselines.
ROWS = [("1", "Val av justerare", ""), ("2", "Bidrag till Tallåsa IF", "KFN 2041/18"),
        ("3", "Taxor för badhuset", "KFN 2041/22"), ("4", "Övriga frågor", "")]


def test_blocks_side_by_side_on_the_same_rows_are_a_split_table():
    words = [(1, i, 100, 300 + 60 * i, n) for i, (n, _, _) in enumerate(ROWS)]
    words += [(2, i, 250, 302 + 60 * i, t) for i, (_, t, _) in enumerate(ROWS)]
    words += [(3, i, 1300, 298 + 60 * i, d) for i, (_, _, d) in enumerate(ROWS) if d]
    assert split_table(_tsv(words))


def test_blocks_one_under_another_are_no_table():
    # a heading block, a paragraph block and a signature block: none beside another
    words = [(1, 1, 100, 100, "Kallelse"), (2, 1, 100, 300, "Fritidsnämnden"), (2, 2, 100, 360, "kallas"),
             (3, 1, 100, 600, "Stina"), (3, 2, 100, 660, "ordförande")]
    assert not split_table(_tsv(words))


def test_a_letterheads_two_rows_beside_each_other_are_no_table():
    # "Tallåsa kommun    KALLELSE" / "Fritidsnämnden    2041-03-04": two rows, not a table's
    words = [(1, 1, 100, 100, "Tallåsa"), (1, 2, 100, 160, "Fritidsnämnden"),
             (2, 1, 1200, 100, "KALLELSE"), (2, 2, 1200, 160, "2041-03-04"), (3, 1, 100, 400, "Ärenden")]
    assert not split_table(_tsv(words))


def test_one_blocks_lines_are_never_split_from_themselves():
    words = [(1, i, x, 300 + 60 * i, w) for i in range(5) for x, w in ((100, "Punkt"), (900, "Dnr"))]
    assert not split_table(_tsv(words))


@pytest.mark.slow
def test_a_scanned_agenda_table_keeps_its_rows():
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (2480, 1400), 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(str(scanmaker.font_path("LiberationSans-Regular.ttf")), 40)
    rows = [("Nr", "Ärende", "Diarienummer")] + [
        (str(i), title, dnr) for i, (title, dnr) in enumerate([
            ("Val av justerare", ""), ("Godkännande av dagordningen", ""),
            ("Bidrag till Tallåsa idrottsförening", "KFN 2041/18"), ("Taxor för badhuset i Norrvik", "KFN 2041/22"),
            ("Avtal om drift av ishallen", "KFN 2041/31"), ("Delegationsbeslut", "KFN 2041/2"),
            ("Övriga frågor", "")], start=1)]
    for i, cells in enumerate(rows):
        for x, cell in zip((150, 300, 1700), cells):
            draw.text((x, 200 + 62 * i), cell, fill=0, font=face)
    text = ocr_image(img, dpi=300).text
    lines = [ln.split("\t") for ln in text.splitlines()]
    assert ["3", "Bidrag till Tallåsa idrottsförening", "KFN 2041/18"] in lines, text
    assert ["5", "Avtal om drift av ishallen", "KFN 2041/31"] in lines, text


# An agenda's paragraph column as a sans face's scan reads it: "§ 23" tight, "823", one printed right.
TIGHT_RUN = ("Föredragningslista\n\n823\tVal av justerare\n824\tBidrag till Tallåsa IF\n"
             "§ 25\tTaxor för badhuset\n827\tÖvriga frågor\n")


def _signed(text: str, scanned: bool = True) -> str:
    for start, end, sign, _reason in sorted(paragraph_signs(text, scanned), reverse=True):
        text = text[:start] + sign + text[end:]
    return text


def test_a_run_of_heads_read_tight_against_an_eight_gets_its_sign():
    lines = _signed(TIGHT_RUN).splitlines()
    assert lines[2:] == ["§23\tVal av justerare", "§24\tBidrag till Tallåsa IF", "§ 25\tTaxor för badhuset",
                         "§27\tÖvriga frågor"]


@pytest.mark.parametrize("text", [
    TIGHT_RUN.replace("§ 25", "§ 825"),  # the protocol's heads are at 825: 823 is a number as read
    "Konto\n\n841\tRänteintäkter\n\nSumma\n",  # one line alone
    "Föredragningslista\n\n85\tVal av justerare\n86\tBidrag till Tallåsa IF\n",  # two digits: its own heads
])
def test_no_run_of_tight_heads_no_sign(text):
    assert _signed(text) == text


def test_tight_runs_only_on_scans():
    assert _signed(TIGHT_RUN, scanned=False) == TIGHT_RUN


# An agenda's rows as Tesseract read them by lines: the gap after some numbers came back a dash.
DASHED = ("Beslutsärenden\n\n1.\tÅrsredovisning 2041\tTFN 2042/0011\n"
          "2. — Avtal om snöröjning med Norrviks vägförening\tTFN 2042/0019\n"
          "3.1 – Taxor för brandskydd\n4 - Övriga frågor\n\nProgram\n\n9.30 – Kaffe\n"
          "1. - att godkänna avtalet\n")


def test_a_row_numbers_gap_read_as_a_dash_is_its_cells_edge_on_ocr_pages():
    lines = clean(DASHED, ocr_pages={0}).text.splitlines()
    assert "2.\tAvtal om snöröjning med Norrviks vägförening\tTFN 2042/0019" in lines
    assert "3.1\tTaxor för brandskydd" in lines and "4\tÖvriga frågor" in lines
    assert "9.30 – Kaffe" in lines  # a time, no row number
    assert "1. - att godkänna avtalet" in lines  # a clause in small letters: its dash as printed


def test_a_text_layers_dashes_stay():
    assert "2. — Avtal" in clean(DASHED).text and "4 - Övriga" in clean(DASHED).text


# The row as it reads once its dash is a tab: the title's wrapped line, in small letters, at the margin.
WRAPPED = ("Beslutsärenden\n\n3.\tAvtal om snöröjning med Norrviks Byalag ekonomisk\tTFN 2042/0025\n"
           "förening, org.nr 769999-0000\n\n4.\tInformation om vintern.\tTFN 2042/0031\n"
           "därefter lämnades ordet fritt\n")


def test_a_small_letter_line_under_a_rows_title_goes_on_its_cell_on_ocr_pages():
    lines = clean(WRAPPED, ocr_pages={0}).text.splitlines()
    title = next(ln for ln in lines if ln.startswith("3."))
    wrapped = lines[lines.index(title) + 1]
    assert wrapped.strip() == "förening, org.nr 769999-0000"
    assert wrapped.index("förening") == title.index("Avtal")  # under its cell, no line of the margin
    assert "därefter lämnades ordet fritt" in lines  # under a title that ends its sentence: as read
    assert "förening, org.nr 769999-0000" in clean(WRAPPED).text.splitlines()  # a text layer: as it stands
