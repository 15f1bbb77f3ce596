"""Rules for the text a scan's OCR gives (helper scan2): Tesseract's paragraph breaks inside a phrase
(clean), a protocol's heads with a board's code before a misread paragraph sign (repair), a blank line
under a captioned table's heading row (amounts), an agenda row's title cell that wraps to the margin
(items). Invented Swedish."""

from __future__ import annotations

import pytest

from docparse.clean import clean
from docparse.repair import repair
from docparse.repair.paragraph_marks import REASON, paragraph_signs

AGENDA = ("Kallelse\n\nFritidsnämnden i Tallåsa\n\n"
          "Ärende 4\n\nAnsökan om bidrag till Föreningen Skogsbrynet för\n\n2042\n\n"
          "Ärende 5\n\nSvar på motion om fler bänkar\n\nvid kommunens badplatser\n\n"
          "Ärende 6\n\nFörsäljning av del av fastigheten Lövnäs 2:7 till\n\nÅsbo Trä AB\n")


def test_a_blank_line_tesseract_set_inside_a_phrase_is_a_line_break_on_ocr_pages():
    text = clean(AGENDA, ocr_pages={0}).text
    assert "Föreningen Skogsbrynet för\n2042" in text  # a number after the phrase's word
    assert "fler bänkar\nvid kommunens badplatser" in text  # small letters go on
    assert "Lövnäs 2:7 till\nÅsbo Trä AB" in text  # a name after "till"
    assert "Ärende 4\n\nAnsökan" in text and "Kallelse\n\nFritidsnämnden" in text  # the page's own blank lines


def test_a_text_layers_blank_lines_are_the_documents():
    assert clean(AGENDA).text == clean(AGENDA, ocr_pages=set()).text
    assert "för\n\n2042" in clean(AGENDA).text


@pytest.mark.parametrize("above, below", [
    ("Nämnden godkänner avtalet.", "därefter lämnades information"),  # a sentence ends
    ("Telefon", "0480-123 45"),  # a short label over its number
    ("Nämnd\tBudget 2042", "vård och omsorg"),  # a table's row
    ("Sammanträdet hölls i Tallåsa den", "2042-03-04"),  # a date opens its own line... unless the phrase needs it
    ("Beslutet gäller", "att nämnden ska redovisa"),  # no lead-in: read on, a decision's clause needs a colon
])
def test_blank_lines_kept_or_joined_by_the_phrase(above, below):
    text = clean(f"Ärende 7\n\n{above}\n\n{below}\n", ocr_pages={0}).text
    joins = {"Beslutet gäller", "Sammanträdet hölls i Tallåsa den"}
    assert (f"{above}\n\n{below}" not in text) == (above in joins)


def test_only_ocr_pages_are_joined():
    raw = ("Ärende 7\n\nSvar på motion om fler bänkar\n\nvid kommunens badplatser\n"
           "\fÄrende 8\n\nSvar på motion om nya bryggor\n\nvid sjön Tallen\n")
    text = clean(raw, ocr_pages={1}).text
    assert "bänkar\n\nvid kommunens" in text and "bryggor\nvid sjön" in text


def test_a_pages_first_line_keeps_its_blank_line():
    raw = "Svar på motion om fler bänkar\n\nvid kommunens badplatser\fFritidsnämnden i Tallåsa\n\nfrivilliga ledare\n"
    text = clean(raw, ocr_pages={0, 1}).text
    assert "Tallåsa\n\nfrivilliga" in text and "Svar på motion om fler bänkar\n\nvid" in text


FINNISH_HEADS = ("Protokoll\nFullmäktige\n\nFgm $ 31\n\nMÖTETS LAGLIGHET\n\nMötet konstaterades lagligt.\n\n"
                 "Kstyr $ 40 / 3.2.2042\n\nFgm $ 32\n\nVAL AV PROTOKOLLJUSTERARE\n\nTill justerare valdes Ebba Lind.\n\n"
                 "Fgm $ 33\n\nBUDGET FÖR ÅR 2043\n\nFullmäktige godkände budgeten.\n")


def test_a_board_code_before_a_misread_sign_is_read_as_a_head():
    repaired = repair(FINNISH_HEADS)
    assert [line for line in repaired.text.splitlines() if line.startswith("Fgm")] == ["Fgm § 31", "Fgm § 32", "Fgm § 33"]
    assert "Kstyr $ 40 / 3.2.2042" in repaired.text  # the matter's earlier handling: a date, no title, left as read
    assert all(e.reason == REASON for e in repaired.edits if e.replacement == "§")


@pytest.mark.parametrize("text", [
    "HH 8 41 Budget\nHH 8 42 Val\n",  # one letter repeated: a rule's misread, no code
    "Hit 8 41 Budget\nAHH 8 42 Val\n",  # a different word before each: no board's code
    "Bord 8 12 Stolar\n",  # one line alone
])
def test_no_board_code_no_head(text):
    assert paragraph_signs(text) == []


CAPTIONED = ("Beslut om driftramar\n\nDriftram per nämnd (tkr)\n\nNämnd\tBudget 2044\tBudget 2043\n\n"
             "Fritidsnämnden\t16 400\t15 900\nSkolnämnden\t42 300\t41 600\n")


def test_a_blank_line_under_a_captioned_tables_heading_row_keeps_its_rows(extract_text):
    values = sorted(a["value"] for a in extract_text(CAPTIONED)["amounts"])
    assert values == [15_900_000, 16_400_000, 41_600_000, 42_300_000]


def test_a_blank_line_under_the_heading_row_then_no_row_of_its_columns(extract_text):
    text = CAPTIONED.replace("Fritidsnämnden\t16 400\t15 900", "Ramarna gäller från den 1 januari 16 400")
    values = [a["value"] for a in extract_text(text)["amounts"]]
    assert 16_400_000 not in values and 15_900_000 not in values


def _titles(text: str, ocr: bool = True) -> dict:
    from docparse.document import line_spans
    from docparse.structure.items import find_items

    cleaned = clean(text, ocr_pages={0} if ocr else None).text
    return {i.number: i.title for i in find_items(cleaned, line_spans(cleaned))}


AGENDA_TABLE = ("Föredragningslista\n\nNr\tÄrende\tDiarienummer\tFöredragande\n\n1\tVal av justerare\n\n"
                "2\tUpphandling av snöröjning i\tTN 2042/0071\tEbba Lind\nRörby och Norrby 2042–2045\n\n"
                "3\tMedborgarförslag om en brygga vid\tTN 2042/0034\tEbba Lind\nSjön Tallen\n\n"
                "4\tTaxa för parkering\tTN 2042/0090\tOlle Berg\nBeslutet gäller från 1 juli.\n")


def test_a_title_cell_ending_in_a_preposition_goes_on_in_the_line_below_at_the_margin():
    titles = _titles(AGENDA_TABLE)
    assert titles["2"] == "Upphandling av snöröjning i Rörby och Norrby 2042–2045"
    assert titles["3"] == "Medborgarförslag om en brygga vid Sjön Tallen"
    assert titles["4"] == "Taxa för parkering"  # (a cell ending in a noun: the line below is no part of it)

