"""Makes round 21's (gen21) invented documents that are not text files (tests/fixtures/invented 410-),
with the real tools of tests/inventedmaker.py: 413, a municipality's news page on grants to meeting halls
saved as a DOCX by python-docx (an image's alt text over the headline, a bold lead, "Artikeln publicerades
..." under it, the grants in a table) and turned into a born-digital PDF by LibreOffice; 414, a news page
on culture grants printed from a browser and scanned (a bare date over the headline), which docparse OCRs;
after their fixes, 420, a news page on arrangement grants with a ceiling per arrangement printed and scanned
(its publication and update dates on one line at its foot); 421, a news page on an extra grant as DOCX by
LibreOffice (the page's kind and date over an image's caption, a headline with a colon). All text invented.
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

SCAN420_STEM = "420_nyhet_arrangemangsbidrag_tak_skannad_datum_sist"
SCAN420_LINES = [
    "Osby kommun",
    "Lyssna   Dela   Skriv ut",
    "",
    "Bidrag till nio arrangemang i höst",
    "",
    "Kultur- och fritidsnämnden har beviljat arrangemangsbidrag",
    "till nio föreningar som ordnar konserter, föreläsningar och",
    "marknader under hösten.",
    "",
    "Sammanlagt fördelas 96 000 kronor. Varje arrangemang kunde få",
    "högst 15 000 kronor. Lönsboda Musikförening får 15 000 kronor",
    "för en konsertserie i kyrkan och Visseltofta Hembygdsförening",
    "12 500 kronor för en skördemarknad.",
    "",
    "- Det är föreningarna som gör att det händer saker i hela",
    "kommunen, säger Birgitta Lövgren (C), ordförande i kultur-",
    "och fritidsnämnden.",
    "",
    "Kontakt: Emil Rosén, kultursekreterare",
    "",
    "Publicerad 1 september 2037 · Uppdaterad 3 september 2037",
    "",
    "Kontaktcenter 0479-52 80 00, vardagar 08.00-16.00",
]

DOCX421_STEM = "421_nyhet_extra_bidrag_kolon_rubrik_docx"
DOCX421_BLOCKS = [
    ("p", "Nyhet 28 november 2039"),
    ("p", "Medlemmar i en förening packar matkassar i en idrottshall."),
    ("p", "Foto: Staffanstorps kommun"),
    ("h", "Extra bidrag: så fördelas 900 000 kronor till föreningslivet"),
    ("p", "Kommunstyrelsen har beslutat om ett extra bidrag till föreningar som har drabbats av högre kostnader "
          "för lokaler och resor under året."),
    ("p", "Föreningarna kunde söka högst 60 000 kronor var. Av de 31 föreningar som sökte får 24 bidrag. "
          "Hjärups Idrottsförening och Staffanstorps Simsällskap får 60 000 kronor var, Kyrkheddinge Bygdegårdsförening "
          "48 000 kronor och Grevie Ungdomsklubb 35 000 kronor."),
    ("p", "– Föreningslivet har haft ett tufft år. Med det här stödet kan de hålla nere avgifterna för barn och "
          "unga, säger Christer Malmgren (M), kommunstyrelsens ordförande."),
    ("p", "Bidraget betalas ut i december."),
    ("p", "Frågor om bidraget besvaras av Ronja Falk, föreningsstrateg, telefon 046-25 11 00."),
    ("p", "Dela   Skriv ut"),
    ("p", "Senast uppdaterad: 2039-12-01"),
]
DOCX421_HEADER = "Staffanstorps kommun"
DOCX421_FOOTER = "Staffanstorps kommun · Kommunens servicecenter · Telefon 046-25 11 00 · Öppet vardagar 08.00–16.30"

WRITERS = {
    "413": lambda folder: write_docx_pdf(folder, DOCX413_STEM, DOCX413_BLOCKS, DOCX413_HEADER, DOCX413_FOOTER),
    "414": lambda folder: write_scan(folder, SCAN414_STEM, SCAN414_LINES, (2480, 2600), 0.25, 0.0012, 414),
    "420": lambda folder: write_scan(folder, SCAN420_STEM, SCAN420_LINES, (2480, 2500), 0.3, 0.0012, 420),
    "421": lambda folder: write_docx_pdf(folder, DOCX421_STEM, DOCX421_BLOCKS, DOCX421_HEADER, DOCX421_FOOTER),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
