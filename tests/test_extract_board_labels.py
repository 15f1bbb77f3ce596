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
