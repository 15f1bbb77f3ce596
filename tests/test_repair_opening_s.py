"""A capital S opening a word inside a sentence: a typewriter face's ö read as S.

Invented Swedish sentences as Tesseract's English model reads a monospaced face: no å/ä/ö, and a
lower-case ö opening a word read as a capital S ("att Ska" for "att öka"), or as an S before its
usual sign for ö ("S6kat"), or an opening s doubled ("Sskattemedel"). Both ways: such readings
are mended where context says so; names and a capital opening a sentence stay.
"""

import pytest

from docparse.repair import repair

# (as read, the word read with an opening S, what it must become). Invented sentences.
MENDED = [
    ("Styrelsen vill ta fram en plan for att Ska antalet platser i forskolan.", "Ska", "öka"),
    ("Namnden ser ett S6kat behov av stod till foreningarna i kommunen.", "S6kat", "ökat"),
    ("Bolaget redovisade ett SOverskott for aret och delar ut en del till agarna.", "SOverskott", "överskott"),
    ("Driften av badhuset bekostas med Sskattemedel enligt det nya avtalet.", "Sskattemedel", "skattemedel"),
]

# (as read, the word that must stay as read). Invented sentences.
KEPT = [
    ("Delegationen reste till Sverige och Spanien for att studera skolor.", "Sverige"),
    ("Beslutet fattades av Sven Berg efter en kort diskussion i utskottet.", "Sven"),
    ("Hon har bott i Sala och sedan flyttat till Svalöv med familjen.", "Sala"),
    ("Hon har bott i Sala och sedan flyttat till Svalöv med familjen.", "Svalöv"),
    ("Vi moter styrelsen i morgon. Ska vi boka ett rum for det?", "Ska"),
    ("Rapporten fran Statens skolverk visar att fler elever klarar kraven.", "Statens"),
]


def _word_at(text: str, repaired: str, read: str) -> str:
    """What repair made of the word ``read`` in ``text``: the edit at its place, or itself."""
    start = text.index(f" {read}") + 1
    for e in repaired.edits:
        if e.orig_start == start:
            return e.replacement
    return read


@pytest.mark.parametrize("text, read, word", MENDED)
def test_opening_s_read_for_o_is_mended(text, read, word):
    assert _word_at(text, repair(text), read) == word


@pytest.mark.parametrize("text, read", KEPT)
def test_names_and_sentence_openings_stay(text, read):
    assert _word_at(text, repair(text), read) == read


def test_mended_word_stands_in_lower_case_and_repair_is_idempotent():
    text = MENDED[0][0]
    once = repair(text).text
    assert " att öka antalet " in once
    assert repair(once).text == once
