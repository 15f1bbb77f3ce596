"""Makes the title round's invented document that is not a text file (tests/fixtures/invented 497),
with the real tools of tests/inventedmaker.py: a socialnämnd's tjänsteskrivelse written as a DOCX by
python-docx (its head labels in a table, its subject a heading long enough to wrap over two lines
under the table, the municipality and the office in the page header) and turned into a born-digital
PDF by LibreOffice. All text invented.
``python tests/inventedmaker_title.py`` rewrites it."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf

DOCX497_STEM = "497_tjansteskrivelse_sn_docx_rubrik_under_tabell"
DOCX497_HEADER = "Forshaga kommun · Socialförvaltningen"
DOCX497_FOOTER = "Forshaga kommun, Box 93, 667 22 Forshaga · 054-17 20 00"
DOCX497_BLOCKS = [
    ("p", "TJÄNSTESKRIVELSE"),
    ("t", "Datum\t2039-04-22"),
    ("t", "Diarienummer\tSN 2039/0087"),
    ("t", "Handläggare\tEmil Norrby, utvecklingsledare"),
    ("t", "Till\tSocialnämnden"),
    ("h", "Idéburet offentligt partnerskap med Forshaga Frivilligcentral om stöd till anhöriga och äldre som lever ensamma"),
    ("p", "Förslag till beslut"),
    ("p", "1. Socialnämnden ingår en överenskommelse om idéburet offentligt partnerskap med Forshaga Frivilligcentral, "
          "org.nr 809600-1089, för perioden 1 januari 2040–31 december 2042."),
    ("p", "2. Nämnden avsätter 380 000 kronor per år för partnerskapet inom ramen för budgeten för förebyggande insatser."),
    ("p", "Sammanfattning"),
    ("p", "Frivilligcentralen har sedan flera år samordnat besöksvänner, promenadgrupper och anhörigcaféer i Forshaga och "
          "Deje. Förvaltningen och föreningen har tillsammans tagit fram en överenskommelse som beskriver mål, "
          "uppföljning och hur ersättningen ska användas."),
    ("p", "Emil Norrby"),
    ("p", "Utvecklingsledare"),
    ("p", "Karolina Brandt"),
    ("p", "Socialchef"),
]

WRITERS = {
    "497": lambda folder: write_docx_pdf(folder, DOCX497_STEM, DOCX497_BLOCKS, DOCX497_HEADER, DOCX497_FOOTER),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
