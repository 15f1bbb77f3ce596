"""People of a signature table that a page break splits: the names at the foot of one page, their
titles at the head of the next, the pages' running foot and head between them (invented Swedish);
a signature rule OCR read as marks between a label and its name."""

import pytest


def _page(n: int, body: str) -> str:
    return (f"Ydre kommun · Tekniska förvaltningen · Dnr TN 2033/0207\n\n{body}\n\n"
            f"Ydre kommun · 573 74 Österbymo · Telefon 0381-66 10 00 · Sida {n}\n")


def test_titles_of_a_signature_table_on_the_next_page(extract_text):
    text = "\f".join([
        _page(1, "Tjänsteskrivelse\n\nNy belysning på idrottsplatsen\n\nFörslag till beslut\n\n"
                 "Tekniska nämnden godkänner att belysningen byts till LED under 2034.\n\n"
                 "Ärendet\n\nBelysningen är från 1980-talet och behöver bytas."),
        _page(2, "Kostnaden ryms i nämndens investeringsbudget.\n\nHarald Sundqvist\tEbba Nordin"),
        _page(3, "Teknisk chef\tProjektledare"),
    ])
    people = {(p["name"], p["title"]) for p in extract_text(text)["people"]}
    assert ("Harald Sundqvist", "Teknisk chef") in people
    assert ("Ebba Nordin", "Projektledare") in people


@pytest.mark.parametrize("rule", ["=:", "___", "~", "—", "......"])
def test_a_signature_rule_read_as_marks_between_label_and_name(extract_text, rule):
    # OCR reads the line a signer writes on as a few marks between the label and the printed name.
    text = ("Protokoll\n\nMiljönämnden\n\nSammanträdesdatum 2033-04-12\n\n"
            f"Sekreterare\tLina Åkerblom\nOrdförande {rule} Henrik Dahlgren\n\n§ 7 Val av justerare\n")
    people = {(p["name"], p["title"]) for p in extract_text(text)["people"]}
    assert ("Henrik Dahlgren", "Ordförande") in people


def test_a_full_stop_after_a_role_word_is_no_label(extract_text):
    text = ("Nyhet\n\nStyrelsen valde en ny ordförande. Tove Granlund redogjorde sedan för budgeten "
            "och mötet avslutades.\n")
    people = {(p["name"], p["title"]) for p in extract_text(text)["people"]}
    assert ("Tove Granlund", "ordförande") not in people
