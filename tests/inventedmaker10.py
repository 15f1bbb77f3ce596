"""Makes round 8's invented documents that are not text files (tests/fixtures/invented 208-), with
the real tools of tests/inventedmaker.py: 208, a tjänsteskrivelse on a lease written as a DOCX by
python-docx (its dnr only in the page header, parties, period and rent in tables) and turned into a
born-digital PDF by LibreOffice; 209, a protokollsutdrag granting an IOP, rendered as a skewed,
speckled page image in an image-only PDF, which docparse OCRs. All text invented.
``python tests/inventedmaker10.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX208_STEM = "208_tjansteskrivelse_hyresavtal_docx_dnr_sidhuvud"
DOCX208_BLOCKS = [
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\tHandläggare"),
    ("t", "2035-09-04\tMarcus Eklöv, lokalstrateg"),
    ("p", "Barn- och utbildningsnämnden"),
    ("h", "Hyresavtal för förskolan Lärkan i Skärblacka"),
    ("h", "Förslag till beslut"),
    ("p", "1. Barn- och utbildningsnämnden godkänner hyresavtalet för förskolan Lärkan enligt bilaga 1."),
    ("p", "2. Nämnden föreslår kommunstyrelsen att utöka nämndens budgetram med 1,4 mnkr från 2036."),
    ("h", "Sammanfattning"),
    ("p", "Förskolan Lärkan byggs av ett privat fastighetsbolag och hyrs av kommunen. Avtalet omfattar "
          "sex avdelningar för sammanlagt 108 barn."),
    ("h", "Avtalets parter"),
    ("t", "Hyresvärd\tOrganisationsnummer"),
    ("t", "Skärblacka Fastighets AB\t556893-0415"),
    ("t", "Hyresgäst\tOrganisationsnummer"),
    ("t", "Linköpings kommun\t212000-0787"),
    ("h", "Hyrestid och hyra"),
    ("t", "Hyrestid\tfr.o.m. 1 januari 2036 t.o.m. 31 december 2050"),
    ("t", "Årshyra\t3 650 000 kr"),
    ("t", "Hyrestillägg för inventarier\t120 000 kr per år"),
    ("p", "Hyran räknas upp med 80 procent av förändringen i konsumentprisindex."),
    ("t", "Sofie Grahn\tMarcus Eklöv"),
    ("t", "Förvaltningschef\tLokalstrateg"),
]
DOCX208_HEADER = "Linköpings kommun · Utbildningskontoret · Dnr BUN 2035/0412"
DOCX208_FOOTER = "Linköpings kommun · 601 81 Linköping · Telefon 011-15 00 00"

SCAN209_STEM = "209_protokollsutdrag_iop_skannat"
SCAN209_LINES = [
    "KUNGSÖRS KOMMUN                       PROTOKOLLSUTDRAG",
    "Socialnämnden                              Sammanträdesdatum 2035-10-21",
    "",
    "§ 88            Dnr SN 2035/0173",
    "",
    "Idéburet offentligt partnerskap med Kungsörs Fritidsbank",
    "",
    "Ärendebeskrivning",
    "Kungsörs Fritidsbank, org.nr 802490-7258, lånar ut fritidsutrustning",
    "gratis till barn och unga. Föreningen och förvaltningen har tagit fram ett",
    "förslag till partnerskap för perioden 2036-01-01 - 2038-12-31.",
    "Kommunens bidrag är 240 000 kronor per år.",
    "",
    "Socialnämndens beslut",
    "1. Socialnämnden ingår partnerskap med Kungsörs Fritidsbank enligt förslaget.",
    "2. Socialchefen får i uppdrag att underteckna överenskommelsen.",
    "",
    "Beslutet skickas till",
    "Kungsörs Fritidsbank",
    "",
    "Justerandes signatur          Utdragsbestyrkande",
    "",
    "Rätt utdraget intygar: Helena Wikström, nämndsekreterare",
]

WRITERS = {
    "208": lambda folder: write_docx_pdf(folder, DOCX208_STEM, DOCX208_BLOCKS, DOCX208_HEADER, DOCX208_FOOTER),
    "209": lambda folder: write_scan(folder, SCAN209_STEM, SCAN209_LINES, (2480, 1900), 0.35, 0.0015, 209),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
