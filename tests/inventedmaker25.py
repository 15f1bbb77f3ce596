"""Makes round 25's (gen25) invented documents that are not text files (tests/fixtures/invented 510-),
with the real tools of tests/inventedmaker.py: 511, a region's kulturnämnd's tjänsteskrivelse written as a
DOCX by python-docx (its Datum/Diarienummer/Handläggare head in a table, the grants in a table in tkr, the
region's address and org number in the page footer) and turned into a born-digital PDF by LibreOffice; 518, a räddningsförbund's tjänsteskrivelse made the same way (its head a
table of label and value rows, the two organisations in a table of "Ersättning per år" in kr); 512,
a räddningstjänstförbund direktion's protokollsutdrag on one page, scanned, which docparse OCRs. All text
invented; the förbund and region are real, everything said about them invented.
``python tests/inventedmaker25.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_scan
from inventedmaker23 import write_docx_pdf_widths

DOCX511_STEM = "511_tjansteskrivelse_kulturnamnd_region_docx_tabell_tkr"
DOCX511_BLOCKS = [
    ("h", "TJÄNSTESKRIVELSE"),
    ("t", "Datum\tDiarienummer\tHandläggare"),
    ("t", "2038-10-07\tKN 2038/0412\tPetra Lundholm, kulturutvecklare"),
    ("p", "Kulturnämnden"),
    ("h", "Verksamhetsbidrag till regionala kulturorganisationer för verksamhetsåret 2039"),
    ("p", "Förslag till beslut"),
    ("p", "Kulturnämnden beslutar"),
    ("p", "att fördela verksamhetsbidrag för verksamhetsåret 2039 till fyra regionala kulturorganisationer "
          "med sammanlagt 2 140 tkr enligt tabell 1,"),
    ("p", "att bidragen betalas ut i två delar, i januari och i juli 2039."),
    ("p", "Ärendebeskrivning"),
    ("p", "Fyra organisationer med regional verksamhet har sökt verksamhetsbidrag för 2039. Ansökningarna "
          "uppgår till sammanlagt 2 600 tkr. Kulturnämndens budget för regionala verksamhetsbidrag är "
          "2 140 tkr, samma nivå som för 2038."),
    ("p", "Tabell 1. Föreslagna bidrag 2039"),
    ("t", "Organisation\tOrg.nr\tSökt (tkr)\tFörslag (tkr)"),
    ("t", "Sörmlands Spelmansförbund\t802862-3182\t520\t480"),
    ("t", "Teaterföreningen Gnistan i Katrineholm\t802809-2420\t900\t760"),
    ("t", "Föreningen Konst i Vingåker\t802284-5369\t430\t350"),
    ("t", "Dansföreningen Rörelse Sörmland\t802850-5033\t750\t550"),
    ("t", "Summa\t\t2 600\t2 140"),
    ("p", "Bidragen förutsätter att organisationerna redovisar verksamheten för 2039 senast den 31 mars 2040."),
    ("p", "Annika Ekwall\nKulturdirektör"),
    ("p", "Petra Lundholm\nKulturutvecklare"),
]
DOCX511_HEADER = "Region Sörmland · Kultur och bildning"
DOCX511_FOOTER = "Region Sörmland · 611 88 Nyköping · Org.nr 232100-4539 · regionsormland.se"

SCAN512_STEM = "512_protokollsutdrag_raddningstjanstforbund_skannat"
SCAN512_LINES = [
    "HÖGLANDETS RÄDDNINGSTJÄNSTFÖRBUND         PROTOKOLLSUTDRAG",
    "Direktionen                              Sammanträdesdatum",
    "                                         2038-06-11",
    "",
    "§ 27  Avtal med Sommenbygdens Frivilliga Brandvärn",
    "      Dnr HRF 2038/0046",
    "",
    "Ärendebeskrivning",
    "Sommenbygdens Frivilliga Brandvärn har sedan 2034 bistått",
    "förbundet med bevakning och eftersläckning vid större",
    "bränder. Ett nytt avtal föreslås under perioden 2038-2040",
    "med en ersättning om 400 000 kr per år, sammanlagt",
    "1,2 miljoner kronor.",
    "",
    "Direktionens beslut",
    "Direktionen beslutar",
    "att godkänna avtal med Sommenbygdens Frivilliga Brandvärn,",
    "org.nr 802501-8808, för perioden 2038-2040,",
    "att ersättningen finansieras inom förbundets driftbudget.",
    "",
    "Justerandes signatur         Utdragsbestyrkande",
    "",
    "Rätt utdraget betygar",
    "Lena Forsberg, förbundssekreterare",
]

DOCX518_STEM = "518_tjansteskrivelse_brandforbund_docx_etikettabell"
DOCX518_BLOCKS = [
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\t2038-11-28"),
    ("t", "Diarienummer\tMBR 2038-0311"),
    ("t", "Handläggare\tJohan Ekelund, stabschef"),
    ("t", "Mottagare\tDirektionen"),
    ("h", "Avtal om frivilliga resurser vid större händelser"),
    ("p", "Sammanfattning"),
    ("p", "Förbundet har sedan 2035 samarbetat med två frivilligorganisationer som ställer upp med personal "
          "vid utdragna räddningsinsatser, till exempel skogsbränder och översvämningar. Avtalen löper ut vid "
          "årsskiftet och föreslås nu förnyas fr.o.m. 2039-01-01 t.o.m. 2041-12-31."),
    ("t", "Organisation\tOrg.nr\tErsättning per år"),
    ("t", "Frivilliga Resursgruppen Västerås\t802941-3005\t120 000 kr"),
    ("t", "Kolbäcks Frivilliga Brandkår\t802925-5299\t85 000 kr"),
    ("p", "Den sammanlagda kostnaden blir 205 000 kr per år och ryms inom förbundets driftbudget."),
    ("p", "Förslag till beslut"),
    ("p", "Direktionen beslutar att godkänna avtalen med Frivilliga Resursgruppen Västerås och Kolbäcks "
          "Frivilliga Brandkår för perioden 2039-01-01–2041-12-31."),
    ("p", "Johan Ekelund\nStabschef"),
    ("p", "Lars Fredén\nRäddningschef"),
]
DOCX518_HEADER = "Mälardalens brand- och räddningsförbund"
DOCX518_FOOTER = "Mälardalens brand- och räddningsförbund · Box 311 · 721 07 Västerås · Org.nr 222000-5041"

WRITERS = {
    "511": lambda folder: write_docx_pdf_widths(folder, DOCX511_STEM, DOCX511_BLOCKS, DOCX511_HEADER, DOCX511_FOOTER,
                                                   {0: [3.0, 4.0, 7.0], 1: [6.4, 3.2, 2.8, 3.2]}),
    "518": lambda folder: write_docx_pdf_widths(folder, DOCX518_STEM, DOCX518_BLOCKS, DOCX518_HEADER, DOCX518_FOOTER,
                                                   {0: [4.0, 10.0], 1: [7.0, 3.4, 4.0]}),
    "512": lambda folder: write_scan(folder, SCAN512_STEM, SCAN512_LINES, (2480, 2300), 0.3, 0.0012, 512),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
