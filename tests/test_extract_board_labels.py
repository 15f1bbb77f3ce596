"""A label row naming the deciding body: its value is the board, however wide the row's gap and
whatever the name's head word. Invented Swedish."""

import pytest


@pytest.mark.parametrize(
    "row, board",
    [
        ("Organ                          Fritidsnämnden", "Fritidsnämnden"),  # a pdftotext -layout gap
        ("Organ\tFritidsnämnden", "Fritidsnämnden"),
        ("Organ                          Tekniska sektionen", "Tekniska sektionen"),  # no board word
    ],
)
def test_an_organ_label_names_the_board(extract_text, row, board):
    text = (
        "Protokoll                   4/2032\n\n" + row + "\nSammanträdestid             12.4.2032 kl. 18.00\n\n"
        "Beslutande\n[X] Ek Anna, ordförande\n\n"
        "Kommunstyrelsen har den 2 mars 2032 begärt ett yttrande. Kommunstyrelsen beslutar i ärendet senare.\n"
    )
    assert extract_text(text)["document"]["board"] == board


@pytest.mark.parametrize("sentence, board", [
    ("Vid sitt möte den 4 maj beslutade stadsområdesnämnd Väster att bevilja bidraget.", "Stadsområdesnämnd Väster"),
    ("Kort om besluten från socialnämnden Sydosts sammanträde i maj.", "Socialnämnden Sydost"),
    ("Socialnämnden norr om älven har inget eget kontor.", "Socialnämnden"),  # a direction in lower case: no name
])
def test_a_districted_citys_board_keeps_its_district(extract_text, sentence, board):
    text = f"Nyheter\n\nBidrag till fritidsgårdar\n\n{sentence} Beslutet gäller från juni.\n"
    assert extract_text(text)["document"]["board"] == board


def test_a_proposal_heading_in_capitals_names_no_addressee(extract_text):
    # "FÖRSLAG TILL KOMMUNFULLMÄKTIGE" in a heading printed in capitals is the proposal's heading: its TILL is
    # no "Till" label, so the body it proposes to is not the board the protocol is of.
    text = ("EXEBY KOMMUN\nKommunstyrelsen\n\nSAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum 2039-03-14\n\n"
            "Ks § 41\n\nRIKTLINJER FÖR FÖRENINGSBIDRAG\n\n"
            "Förvaltningen har sett över riktlinjerna för bidrag till föreningar i Norrby och Exeby.\n\n"
            "KOMMUNSTYRELSENS FÖRSLAG TILL KOMMUNFULLMÄKTIGE\n\n"
            "Kommunfullmäktige antar riktlinjerna för föreningsbidrag.\n")
    assert extract_text(text)["document"]["board"] == "Kommunstyrelsen"
    # guard: a flattened head's capitalised label after a lower-case word or a number still names the addressee
    flat = ("Exeby kommun Tjänsteskrivelse 2039-03-01 Dnr KS 2039/77 TILL KOMMUNFULLMÄKTIGE Riktlinjer för "
            "föreningsbidrag Förvaltningen har sett över riktlinjerna. Kommunstyrelsen föreslår att riktlinjerna antas.")
    assert extract_text(flat)["document"]["board"] == "Kommunfullmäktige"
