"""Makes round 11's (gen13) invented documents that are not text files (tests/fixtures/invented 267-),
with the real tools of tests/inventedmaker.py: 267, a tjänsteskrivelse on grants to pensioners'
associations written as a DOCX by python-docx (labels, associations, org numbers and grants in tables,
the municipality only in the page header) and turned into a born-digital PDF by LibreOffice; 268, a
förbund direktion's remissvar scanned (its letterhead and label values in columns, its subject wrapping
over two lines), which docparse OCRs. All text invented.
``python tests/inventedmaker13.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX267_STEM = "267_tjansteskrivelse_pensionarsforeningar_docx"
DOCX267_BLOCKS = [
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\t2036-02-17"),
    ("t", "Diarienummer\tKFN 2036/023"),
    ("t", "Till\tKultur- och fritidsnämnden"),
    ("t", "Handläggare\tJonas Westerlund, fritidskonsulent"),
    ("h", "Verksamhetsbidrag till pensionärsföreningar 2036"),
    ("h", "Förslag till beslut"),
    ("p", "1. Kultur- och fritidsnämnden beviljar verksamhetsbidrag för 2036 till föreningarna i tabellen nedan, "
          "sammanlagt 84 600 kronor."),
    ("p", "2. Bidraget betalas ut i mars 2036."),
    ("h", "Ärendet"),
    ("p", "Tre pensionärsföreningar har sökt verksamhetsbidrag för sin öppna verksamhet. Enligt reglerna för "
          "föreningsbidrag räknas bidraget som 150 kronor per medlem och ett grundbidrag på 5 000 kronor per förening."),
    ("t", "Förening\tOrganisationsnummer\tMedlemmar\tBidrag"),
    ("t", "PRO Fjugesta\t802164-3187\t212\t36 800 kr"),
    ("t", "SPF Seniorerna Lekeberg\t802110-2580\t188\t33 200 kr"),
    ("t", "Mullhyttans Pensionärsklubb\t802675-8923\t64\t14 600 kr"),
    ("p", "Förvaltningen bedömer att ansökningarna uppfyller reglerna och att bidragen ryms i nämndens budget."),
    ("t", "Jonas Westerlund\tKarin Engdahl"),
    ("t", "Fritidskonsulent\tKultur- och fritidschef"),
]
DOCX267_HEADER = "Lekebergs kommun · Kultur- och fritidsförvaltningen"
DOCX267_FOOTER = "Lekebergs kommun · 716 81 Fjugesta · www.lekeberg.se"

SCAN268_STEM = "268_yttrande_raddningsforbund_skannat"
SCAN268_LINES = [
    "RÄDDNINGSTJÄNSTFÖRBUNDET FRYKSDALEN            YTTRANDE",
    "Direktionen                                    2036-04-09",
    "                                               Vår beteckning: RTF 2036/14",
    "                                               Er beteckning: Ju2036/00412",
    "",
    "Justitiedepartementet",
    "103 33 Stockholm",
    "",
    "Yttrande över promemorian Skärpta krav på",
    "brandskyddskontroll i flerbostadshus",
    "",
    "Räddningstjänstförbundet Fryksdalen har inbjudits att yttra sig över",
    "promemorian och lämnar följande synpunkter.",
    "",
    "Förbundet tillstyrker att intervallen för brandskyddskontroll kortas",
    "men vill påpeka att förslaget kräver fler skorstensfejare. Förbundet",
    "beräknar att kostnaden för kontrollerna ökar med omkring 1,3 mnkr",
    "per år i förbundets tre medlemskommuner.",
    "",
    "Direktionen har beslutat detta yttrande den 9 april 2036.",
    "",
    "För Räddningstjänstförbundet Fryksdalen",
    "",
    "Lars Tornqvist                  Camilla Ekvall",
    "Direktionens ordförande         Förbundsdirektör",
]

WRITERS = {
    "267": lambda folder: write_docx_pdf(folder, DOCX267_STEM, DOCX267_BLOCKS, DOCX267_HEADER, DOCX267_FOOTER),
    "268": lambda folder: write_scan(folder, SCAN268_STEM, SCAN268_LINES, (2480, 2400), 0.25, 0.0012, 268),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
