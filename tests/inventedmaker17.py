"""Makes round 17's (gen17) invented documents that are not text files (tests/fixtures/invented 330-),
with the real tools of tests/inventedmaker.py: 334, a samordningsförbund's news page saved as a DOCX by
python-docx (the förbund's name only in the page header, its styrelse deciding three grants) and turned
into a born-digital PDF by LibreOffice; 335, a kommunalförbund's 1997 press release typed in a
monospaced face and scanned, which docparse OCRs; after their fixes, 340, an avfallsförbund's news page
as DOCX by LibreOffice (the förbund's name over its section, a fact box of fees); 341, a municipality's web
news page printed by a browser (its print time and page title at the head, its address and page count at
the foot) and scanned. All text invented.
``python tests/inventedmaker17.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX334_STEM = "334_nyhet_samordningsforbund_styrelse_docx"
DOCX334_BLOCKS = [
    ("p", "Aktuellt"),
    ("h", "Styrelsen satsar på unga vuxna utanför arbetsmarknaden"),
    ("p", "2038-06-02"),
    ("p", "Vid sitt möte den 28 maj beslutade styrelsen för Samordningsförbundet Värnamo-Gislaved att "
          "finansiera tre nya insatser för unga vuxna som varken arbetar eller studerar. Sammanlagt avsätts "
          "2,6 miljoner kronor för perioden 2038–2040."),
    ("p", "Den största insatsen, Steget vidare, drivs av kommunernas arbetsmarknadsenheter tillsammans med "
          "Arbetsförmedlingen och får 1 450 000 kronor. Studieförbundet Smålandsporten får 690 000 kronor för "
          "studiecirklar i vardagsekonomi, och Föreningen Unga Kraft i Gislaved, org.nr 808717-3376, får "
          "460 000 kronor för en mötesplats med coachning på kvällstid."),
    ("p", "– Vi vet att tidiga insatser gör skillnad. När fyra parter drar åt samma håll blir stödet "
          "sammanhållet för den unga, säger styrelsens ordförande Per-Erik Lindholm."),
    ("p", "Förbundets parter är Värnamo och Gislaveds kommuner, regionen, Arbetsförmedlingen "
          "och Försäkringskassan."),
    ("p", "Kontakt: Hanna Sjöstedt, förbundschef, 0370-37 70 00"),
]
DOCX334_HEADER = "Samordningsförbundet Värnamo-Gislaved · Nyheter"
DOCX334_FOOTER = "samordningvg.se · Utskriven sida"

SCAN335_STEM = "335_pressmeddelande_kommunalforbund_1997_skannat"
SCAN335_LINES = [
    "RÄDDNINGSTJÄNSTEN SKURUP-SVEDALA",
    "Kommunalförbund",
    "",
    "PRESSMEDDELANDE                              1997-10-08",
    "",
    "Ny brandstation i Svedala",
    "",
    "Direktionen för Räddningstjänsten Skurup-Svedala",
    "beslutade vid sitt sammanträde den 6 oktober att",
    "bygga en ny brandstation i Svedala. Stationen",
    "ersätter den gamla stationen vid torget och ska",
    "vara klar under hösten 1999.",
    "",
    "Byggkostnaden beräknas till 14.200.000 kr. Av",
    "beloppet betalar Svedala kommun 8.400.000 kr och",
    "Skurups kommun 5.800.000 kr.",
    "",
    "- Den gamla stationen är för trång för dagens",
    "fordon. Med den nya stationen kortas utrycknings-",
    "tiden till de nya bostadsområdena, säger",
    "direktionens ordförande Gunnar Mårtensson.",
    "",
    "Ytterligare upplysningar:",
    "Ola Thuresson, räddningschef, tel 040-40 62 00",
]

DOCX340_STEM = "340_nyhet_avfallsforbund_direktion_taxa_docx"
DOCX340_BLOCKS = [
    ("p", "Avfallsförbundet Oxelösund-Nyköping"),
    ("p", "Nyheter"),
    ("h", "Matavfallet blir billigare att sortera – ny taxa från årsskiftet"),
    ("p", "Hushåll som sorterar ut sitt matavfall får lägre avgift från den 1 januari 2040. Det beslutade "
          "direktionen för Avfallsförbundet Oxelösund-Nyköping vid sitt möte i oktober. Taxan gäller till och "
          "med den 31 december 2041."),
    ("p", "Den som inte sorterar betalar i stället mer. Förbundet räknar med att taxeintäkterna blir ungefär "
          "desamma, omkring 118 miljoner kronor per år."),
    ("h", "Fakta: Så här ändras avgifterna"),
    ("p", "Villa, sorterat matavfall: 2 640 kr per år (i dag 2 910 kr)"),
    ("p", "Villa, osorterat: 3 480 kr per år"),
    ("p", "Fritidshus, sorterat matavfall: 1 350 kr per år"),
    ("p", "– Vi vill att det ska löna sig att göra rätt. Nästan sju av tio hushåll sorterar redan i dag, säger "
          "direktionens ordförande Lars-Göran Wikström (S)."),
    ("p", "Förbundsdirektör Jenny Halvarsson räknar med att mängden matavfall ökar med 15 procent."),
    ("p", "Publicerad den 4 november 2039"),
]
DOCX340_HEADER = "Avfallsförbundet Oxelösund-Nyköping"
DOCX340_FOOTER = "Kundtjänst 0155-24 80 00 · Utskriven 2039-11-06"

SCAN341_STEM = "341_nyhet_utskriven_webbsida_skannad"
SCAN341_LINES = [
    "2039-05-14 10:22         Ny idrottshall i Svappavaara - Kiruna kommun",
    "",
    "Kiruna kommun",
    "",
    "Nyhet",
    "",
    "Ny idrottshall i Svappavaara",
    "",
    "Kommunstyrelsen beslutade på måndagen att bygga en ny",
    "idrottshall i Svappavaara. Hallen ersätter gymnastiksalen",
    "som måste rivas när gruvan växer. Kostnaden beräknas till",
    "38 miljoner kronor.",
    "",
    "Hallen ska hyras ut till Svappavaara Idrottsklubb, org.nr",
    "805026-1448, för 145 000 kronor per år under tio år från",
    "den 1 januari 2041.",
    "",
    "- Idrottsklubben är navet i byn. Nu får de en hall som håller",
    "i femtio år, säger Karin Nutti (S), kommunstyrelsens",
    "ordförande.",
    "",
    "Publicerad: 2039-05-13",
    "",
    "https://www.kiruna.se/nyheter/ny-idrottshall-i-svappavaara          1/1",
]

WRITERS = {
    "334": lambda folder: write_docx_pdf(folder, DOCX334_STEM, DOCX334_BLOCKS, DOCX334_HEADER, DOCX334_FOOTER),
    "335": lambda folder: write_scan(folder, SCAN335_STEM, SCAN335_LINES, (2480, 2400), 0.3, 0.0013, 335,
                                     font="LiberationMono-Regular.ttf"),
    "340": lambda folder: write_docx_pdf(folder, DOCX340_STEM, DOCX340_BLOCKS, DOCX340_HEADER, DOCX340_FOOTER),
    "341": lambda folder: write_scan(folder, SCAN341_STEM, SCAN341_LINES, (2480, 2600), 0.25, 0.0012, 341),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
