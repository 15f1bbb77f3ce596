"""Rules for text OCR'd from scanned pages (Tesseract's Swedish model): what a scan of a protocol,
kallelse or tjänsteskrivelse gives that a text layer never does. All names and numbers invented."""

from __future__ import annotations

from docparse.repair import repair
from docparse.repair.paragraph_marks import paragraph_signs


def _words(text: str) -> list[tuple[int, int, float]]:
    """Every word of ``text`` as an OCR'd word of middling confidence."""
    out, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        out.append((start, start + len(word), 60.0))
        pos = start + len(word)
    return out


# --- the body's code before a misread paragraph sign: "KFN S 12" ------------------------------

CODE_HEADS = ("Protokoll\n\n"
              "BIN S 31\n\nVal av justerare\n\nBirger Lund utses att justera.\n\n"
              "BIN S 32\tÄndrad taxa för hemtjänst\tDnr BIN 2041/77\n\nNämnden antar taxan.\n\n"
              "BIN $ 33\n\nMeddelanden\n")


def test_a_body_code_before_a_misread_sign_on_a_scan_is_a_head():
    repaired = repair(CODE_HEADS, confidences=_words(CODE_HEADS))
    assert "BIN § 31\n" in repaired.text and "BIN § 32\tÄndrad" in repaired.text and "BIN § 33\n" in repaired.text


def test_a_lone_code_head_with_its_dnr_beside_it():
    text = "Protokollsutdrag\n\nVMN $S 7       Dnr VMN 2040.0312\n\nBidrag till Hjortsjöns fiskevårdsförening\n"
    assert [text[s:e] for s, e, _n, _r in paragraph_signs(text, scanned=True)] == ["$S"]


def test_a_code_and_a_range_or_a_party_is_no_head():
    text = "BIN S 31-33\n\nAnna Berg   S   12\nOlle Ek   M   13\n"
    assert paragraph_signs(text, scanned=True) == []


# --- the number first and a typewriter's "S": "46 S" over its title ---------------------------

def test_a_number_first_head_read_with_an_s_on_a_scan():
    text = ("Protokoll\n\n71 S\n\nVal av justerare\n\n72 S       Dnr BIN 2041.015\n\nÅrsbokslut\n\n"
            "73 S\n\nDelegationsbeslut\n")
    repaired = repair(text, confidences=_words(text))
    assert "71 §\n" in repaired.text and "72 §       Dnr" in repaired.text and "73 §\n" in repaired.text
    assert paragraph_signs(text) == []  # (as text, left as it stands)


# --- the blank line Tesseract sets inside a wrapped heading -----------------------------------

def test_a_blank_inside_a_wrapped_heading_on_an_ocr_page_is_dropped():
    from docparse.clean import clean

    raw = ("§ 64 Bidrag till Västra Ryds hembygdsförening för\n\nrenovering av kvarnstugan\n\n"
           "Dnr KFN 2041/118\n\nFöreningen söker bidrag.\n\nBeslut\n")
    scanned = clean(raw, ocr_pages={0})
    assert "hembygdsförening för\nrenovering av kvarnstugan\n\nDnr" in scanned.text
    assert "Föreningen söker bidrag.\n\nBeslut" in scanned.text  # a paragraph's end stays
    assert scanned.offsets.to_source(scanned.text.index("renovering")) == raw.index("renovering")
    assert clean(raw).text == raw  # text that came as text keeps its blank lines


def test_a_blank_before_a_line_of_its_own_stays():
    from docparse.clean import clean

    raw = "Nämnden beslutar om\n\n1. Bidrag till Ekby IF\n"
    assert clean(raw, ocr_pages={0}).text == raw


def test_a_lone_code_head_with_its_dnr_one_tab_away():
    text = "UTDRAG UR PROTOKOLL\n\nKF $S 19\tDnr 2041.0077\n\nBorgen för Ekby Tennisklubbs lån\n"
    assert [text[s:e] for s, e, _n, _r in paragraph_signs(text, scanned=True)] == ["$S"]
    assert paragraph_signs(text) == []


# --- a numbered row's wrapped cell, which Tesseract gives no indent -----------------------------

def test_a_wrapped_title_cell_under_its_row_on_an_ocr_page():
    from docparse.clean import clean

    raw = ("Ärendelista\n"
           "1\tVal av justerare\n"
           "2\tBidrag till Västra Ryds hembygdsförening för\tKFN 2041/118\n"
           "renovering av kvarnstugan\n"
           "3\tMeddelanden\tKFN 2041/4\n")
    lines = clean(raw, ocr_pages={0}).text.splitlines()
    wrapped = next(line for line in lines if "renovering" in line)
    title_row = next(line for line in lines if line.startswith("2"))
    assert wrapped.index("renovering") == title_row.index("Bidrag")  # under its cell again
    assert "\nrenovering" in clean(raw).text  # (text that came as text: as it stands)


def test_a_line_of_its_own_or_with_cells_under_a_row_is_left_alone():
    from docparse.clean import clean

    raw = ("1\tAvtal med Ekby IF om\tKFN 2041/7\n2. Meddelanden\n"
           "3\tTaxor för\tKFN 2041/9\tLisa Holm,\nhamnar och gästplatser\tekonom\n")
    assert clean(raw, ocr_pages={0}).text.count("\n2. Meddelanden") == 1
    assert "\nhamnar och gästplatser" in clean(raw, ocr_pages={0}).text
