"""Marks OCR reads for others are put back on scanned text only: an en dash read as an em dash ("—",
"—-"), a list's bullet read as "«", "»" or "»«", a dot leader read with letters."""

from __future__ import annotations

import re

from docparse.repair import repair
from docparse.repair.bullets import REASON as BULLET_REASON, ocr_bullets
from docparse.repair.dashes import REASON, ocr_dashes
from docparse.repair.leaders import ocr_leaders
from docparse.repair.ocr_words import OcrWords, ocr_words


def _words(text: str) -> list[tuple[int, int, float]]:
    """Every word of ``text`` as an OCR'd word of middling confidence."""
    out, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        out.append((start, start + len(word), 60.0))
        pos = start + len(word)
    return out


def test_an_em_dash_read_on_a_scan_is_the_en_dash():
    text = "Norrby Skytteförening — 1 juli 2039—31 december 2040.\nSida 12 —- 14\n"
    repaired = repair(text, confidences=_words(text))
    assert repaired.text == "Norrby Skytteförening – 1 juli 2039–31 december 2040.\nSida 12 – 14\n"
    assert {(e.original, e.replacement, e.reason) for e in repaired.edits} == {("—", "–", REASON), ("—-", "–", REASON)}


def test_text_that_came_as_text_keeps_its_dashes():
    text = "Föreningen — som vi skrev — får bidrag.\n"
    assert repair(text).text == text
    assert ocr_dashes(text, None) == []
    assert ocr_dashes(text, OcrWords([(0, 10, 90.0)])) == []  # a dash outside the OCR'd words


def test_a_bullet_read_as_marks_on_a_scan_is_the_bullet():
    text = "Nämnden beslutar\n\n« Föreningen Ekbacken får 20 000 kronor.\n\n»« Beslutet gäller direkt.\n"
    repaired = repair(text, confidences=_words(text))
    assert repaired.text == "Nämnden beslutar\n\n• Föreningen Ekbacken får 20 000 kronor.\n\n• Beslutet gäller direkt.\n"
    assert {(e.original, e.reason) for e in repaired.edits} == {("«", BULLET_REASON), ("»«", BULLET_REASON)}


def test_marks_that_are_no_bullet_are_left():
    text = "» 12 kronor\nHan sa « Nej ».\n"  # before a number; inside a line
    assert ocr_bullets(text, OcrWords(_words(text))) == []
    assert ocr_bullets("« Föreningen Ekbacken\n", None) == []  # text that came as text


def test_a_dot_leader_read_with_letters_on_a_scan_is_dots_and_its_signer_is_found():
    from docparse.extract import extract

    text = "Sekreterare\nLinnea Borg\n\nOrdförande .......e.s.s.e.s..sss rss\tRR RR Rs\nTorbjörn Wikström\n"
    repaired = repair(text, confidences=_words(text))
    assert re.search(r"Ordförande \.{10,}\nTorbjörn", repaired.text)
    people = {p["name"]: p["role"] for p in extract(repaired.text)["people"]}
    assert people.get("Torbjörn Wikström") == "ordförande"


def test_dots_and_words_that_are_no_leader_are_left():
    text = "Se bilaga.... Resten följer senare\nOrdförande ..........\n"  # words after; dots alone
    assert ocr_leaders(text, OcrWords(_words(text))) == []
    assert ocr_leaders("Ordförande ......e.s.s rr\n", None) == []


def test_ocr_words_look_up_the_word_at_an_offset():
    words = OcrWords([(10, 14, 50.0), (0, 6, 80.0)])  # (in any order, as OCR gives them)
    assert words.at(3) == (0, 6) and words.at(12) == (10, 14) and words.at(8) == (0, 6)
    assert words.holds(2, 6) and not words.holds(4, 8)
    assert OcrWords([(5, 9, 50.0)]).at(2) is None
    assert ocr_words(None) is None and ocr_words([]) is None
