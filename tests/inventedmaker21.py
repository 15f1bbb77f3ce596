"""Makes round 21's (gen21) invented documents that are not text files (tests/fixtures/invented 410-),
with the real tools of tests/inventedmaker.py: 413, a municipality's news page on grants to meeting halls
saved as a DOCX by python-docx (an image's alt text over the headline, a bold lead, "Artikeln publicerades
..." under it, the grants in a table) and turned into a born-digital PDF by LibreOffice; 414, a news page
on culture grants printed from a browser and scanned (a bare date over the headline), which docparse OCRs.
All text invented.
``python tests/inventedmaker21.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX413_STEM = "413_nyhet_samlingslokalbidrag_bildtext_docx"
DOCX413_BLOCKS = [
    ("p", "Startsida / Uppleva och göra / Föreningar / Nyheter"),
    ("p", "Bild: Ett rött trähus med vita knutar och en flaggstång på gårdsplanen."),
    ("h", "Sju samlingslokaler delar på samlingslokalbidraget"),
    ("p", "Utbildnings- och kulturnämnden har beviljat bidrag till sju föreningar som driver samlingslokaler "
          "på Tjörn. Sammanlagt fördelas 412 000 kronor."),
    ("p", "Artikeln publicerades 2 mars 2039"),
    ("p", "Bidraget ska täcka en del av kostnaderna för drift och underhåll av lokaler som är öppna för "
          "föreningsliv och allmänhet. I år sökte nio föreningar, och två av ansökningarna avslogs eftersom "
          "lokalerna inte hyrs ut till andra."),
    ("t", "Förening\tBidrag"),
    ("t", "Klädesholmens Bygdegårdsförening\t96 000 kr"),
    ("t", "Rönnängs Föreningshus\t84 500 kr"),
    ("t", "Häröns Vägförening och Samlingslokal\t71 000 kr"),
    ("t", "Blekets Byalag\t58 000 kr"),
    ("t", "Kållekärrs Hembygdsförening\t47 500 kr"),
    ("t", "Skärhamns Ordenshus\t32 000 kr"),
    ("t", "Stockevik Folkets Hus\t23 000 kr"),
    ("p", "– Samlingslokalerna är öarnas vardagsrum. Där möts man på fester, kurser och årsmöten, säger "
          "Ingela Strandberg (C), ordförande i utbildnings- och kulturnämnden."),
    ("p", "Nästa ansökningsomgång öppnar i december."),
    ("p", "Kontakt: Jesper Wiklander, kultursamordnare, 0304-60 10 00"),
    ("p", "Dela   Skriv ut   Till toppen"),
]
DOCX413_HEADER = "Tjörns kommun"
DOCX413_FOOTER = "Tjörns kommun · Kontaktcenter 0304-60 10 00 · Öppet vardagar 08.00–16.00"

SCAN414_STEM = "414_nyhet_kulturbidrag_utskriven_skannad"
SCAN414_LINES = [
    "Stenungsunds kommun                              Sök   Meny",
    "",
    "2038-05-19",
    "",
    "Kulturbidrag till tolv projekt i sommar",
    "",
    "Kultur- och fritidsnämnden har fördelat årets kulturbidrag.",
    "Tolv föreningar och grupper får sammanlagt 265 000 kronor",
    "för konserter, utställningar och teater under sommaren.",
    "",
    "Det största bidraget, 48 000 kronor, går till",
    "Stenungsunds Teaterförening för en friluftsföreställning",
    "vid Stora Höga. Ucklums Spelmanslag får 30 000 kronor för",
    "en serie allsångskvällar och Stenungsö Konstgille",
    "22 500 kronor för en utställning i hamnmagasinet.",
    "",
    "- Vi vill att det ska hända saker i hela kommunen, inte",
    "bara i centrum, säger Elin Markström (L), ordförande i",
    "kultur- och fritidsnämnden.",
    "",
    "Bidragen gäller aktiviteter mellan 1 juni och 31 augusti",
    "2038.",
    "",
    "Kontakt",
    "Nora Eklind, kulturutvecklare",
    "",
    "Hjälpte informationen dig?   Ja   Nej",
]

WRITERS = {
    "413": lambda folder: write_docx_pdf(folder, DOCX413_STEM, DOCX413_BLOCKS, DOCX413_HEADER, DOCX413_FOOTER),
    "414": lambda folder: write_scan(folder, SCAN414_STEM, SCAN414_LINES, (2480, 2600), 0.25, 0.0012, 414),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
