"""Makes round 15's (gen15) invented documents that are not text files (tests/fixtures/invented 290-),
with the real tools of tests/inventedmaker.py: 292, a socialnämnd individutskott's protocol written as a
DOCX by python-docx (its head a label table, the municipality only in the page header, secrecy notes under
the §§) and turned into a born-digital PDF by LibreOffice; 293, a 1997 fritidsnämnd protocol typed in a
monospaced face and scanned ("Utses att justera", "Justeringens tid och plats", "Paragrafer", "ANSLAG/BEVIS"),
which docparse OCRs; after batch 1's fixes, 300, a region nämnd's föredragningslista scanned, and 301, a tekniska
nämnd's protocol excerpt as DOCX by python-docx turned into a PDF by LibreOffice (the municipality only in its page
header). All text invented.
``python tests/inventedmaker15.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX292_STEM = "292_protokoll_individutskott_sekretess_docx"
DOCX292_BLOCKS = [
    ("h", "Sammanträdesprotokoll"),
    ("t", "Organ\tSocialnämndens individutskott"),
    ("t", "Sammanträdesdatum\t2039-02-16"),
    ("t", "Plats och tid\tKommunhuset, rum Oknö, kl. 13.15–15.30"),
    ("t", "Beslutande\tMaria Stenlund (S), ordförande"),
    ("t", "\tHåkan Bergstig (C)"),
    ("t", "\tElsa Nyquist (M)"),
    ("t", "Övriga närvarande\tEmma Fält, socialsekreterare, §§ 8–9"),
    ("t", "\tRobin Thelander, enhetschef"),
    ("t", "Utses att justera\tHåkan Bergstig"),
    ("t", "Paragrafer\t7–11"),
    ("h", "§ 7 Val av justerare"),
    ("p", "Håkan Bergstig (C) utses att jämte ordföranden justera protokollet."),
    ("h", "§ 8 Överklagat beslut om ekonomiskt bistånd"),
    ("p", "Dnr SN 2039/14"),
    ("p", "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen. Ärendet redovisas i särskilt "
          "protokoll som förvaras i akten."),
    ("h", "§ 9 Vård enligt 2 § LVU, ansökan till förvaltningsrätten"),
    ("p", "Dnr SN 2039/22"),
    ("p", "Sekretess enligt 26 kap. 1 § OSL. Individutskottets beslut framgår av särskilt protokoll."),
    ("h", "§ 10 Yttrande till förvaltningsrätten i mål om bistånd enligt 4 kap. 1 § SoL"),
    ("p", "Dnr SN 2038/311"),
    ("p", "Sekretess enligt 26 kap. 1 § OSL."),
    ("h", "§ 11 Redovisning av delegationsbeslut"),
    ("p", "Individutskottet lägger redovisningen av beslut fattade på delegation under januari 2039 till "
          "handlingarna."),
    ("t", "Sekreterare\tOrdförande\tJusterare"),
    ("t", "Emma Fält\tMaria Stenlund\tHåkan Bergstig"),
]
DOCX292_HEADER = "Mönsterås kommun · Socialnämndens individutskott · Sammanträdesprotokoll 2039-02-16"
DOCX292_FOOTER = "Justerandes signatur ........   Utdragsbestyrkande ........"

SCAN293_STEM = "293_protokoll_fritidsnamnd_1997_skannat"
SCAN293_LINES = [
    "TIBRO KOMMUN                     SAMMANTRÄDESPROTOKOLL",
    "Fritidsnämnden                   Sammanträdesdatum",
    "                                 1997-04-22",
    "",
    "Plats och tid        Folkets hus, lilla salen, kl 18.30-20.45",
    "",
    "Beslutande           Sven-Erik Lund (s), ordförande",
    "                     Ingrid Palmér (m)",
    "                     Bo Wiggström (c)",
    "                     Kerstin Dahlgren (s)",
    "",
    "Övriga deltagande    Per-Olof Hagman, fritidschef",
    "",
    "Utses att justera    Ingrid Palmér",
    "",
    "Justeringens         Fritidskontoret 1997-04-28",
    "tid och plats",
    "",
    "Underskrifter        Sekreterare  ................  Paragrafer 21-24",
    "                                  Anna-Karin Strand",
    "                     Ordförande   ................",
    "                                  Sven-Erik Lund",
    "                     Justerande   ................",
    "                                  Ingrid Palmér",
    "",
    "                          ANSLAG/BEVIS",
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Organ                Fritidsnämnden",
    "Datum för anslags    1997-04-29     Datum för anslags    1997-05-21",
    "uppsättande                         nedtagande",
    "",
    "§ 21  Dnr 97.031",
    "Driftbidrag till Tibro Skidklubb",
    "Fritidsnämnden beslutar att bevilja Tibro Skidklubb ett",
    "driftbidrag om 38.500 kr för år 1997.",
    "",
    "§ 22  Dnr 97.044",
    "Upprustning av badplatsen vid Baggekvarn",
    "Fritidsnämnden beslutar att anslå 120.000 kr ur",
    "investeringsbudgeten.",
    "",
    "§ 23",
    "Fritidsgårdens öppettider sommaren 1997",
]

WRITERS = {
    "292": lambda folder: write_docx_pdf(folder, DOCX292_STEM, DOCX292_BLOCKS, DOCX292_HEADER, DOCX292_FOOTER),
    "293": lambda folder: write_scan(folder, SCAN293_STEM, SCAN293_LINES, (2480, 3200), 0.25, 0.0012, 293,
                                     font="LiberationMono-Regular.ttf"),
}


# After batch 1's fixes: 300, a region nämnd's föredragningslista scanned (its board named "Nämnden för ..." beside
# the date's column, item titles wrapping in their column); 301, a tekniska nämnd's protocol excerpt as DOCX by
# python-docx turned into a PDF by LibreOffice (the § and dnr one heading, the title the next).
SCAN300_STEM = "300_foredragningslista_region_namnd_skannad"
SCAN300_LINES = [
    "REGION KRONOBERG                                    FÖREDRAGNINGSLISTA",
    "Nämnden för kultur och regional utveckling          2037-10-05",
    "",
    "Sammanträde måndagen den 5 oktober 2037 kl. 09.00",
    "Plats: Regionhuset, sal Evedal",
    "",
    "Nr   Ärende                                              Diarienummer",
    "1.   Val av justerare",
    "2.   Fastställande av dagordning",
    "3.   Verksamhetsbidrag till regionala kulturinstitutioner  RK 2037/1142",
    "     2038",
    "4.   Yttrande över förslag till regional cykelstrategi     RK 2037/0980",
    "5.   Medfinansiering av projektet Digitala                 RK 2037/1061",
    "     glasbruksmiljöer",
    "6.   Anmälan av delegationsbeslut",
    "7.   Meddelanden",
    "",
    "Välkomna!",
    "",
    "Sven-Olof Kärrman                 Agnes Wikström",
    "Ordförande                        Nämndsekreterare",
]

DOCX301_STEM = "301_protokollsutdrag_tekniska_taxa_docx"
DOCX301_BLOCKS = [
    ("h", "Utdrag ur protokoll"),
    ("t", "Tekniska nämnden\tSammanträdesdatum 2038-11-22"),
    ("h", "§ 63    Dnr TN 2038/0117"),
    ("h", "Taxa för vatten och avlopp 2039"),
    ("h", "Ärendebeskrivning"),
    ("p", "Huvudmannen för den allmänna va-anläggningen ska täcka sina kostnader med avgifter. Förvaltningen föreslår "
          "att anläggningsavgiften för en normalvilla höjs från 182 000 kronor till 196 500 kronor och att "
          "brukningsavgiften höjs med 6,5 procent."),
    ("h", "Tekniska nämndens beslut"),
    ("p", "1. Tekniska nämnden föreslår kommunfullmäktige att anta taxa för vatten och avlopp 2039 enligt bilaga 1."),
    ("p", "2. Taxan ska gälla från och med den 1 januari 2039."),
    ("p", "Beslutet skickas till: Kommunfullmäktige, VA-chef Ronja Gustavsson"),
    ("t", "Justerandes signatur\tUtdragsbestyrkande"),
]
DOCX301_HEADER = "Munkedals kommun · Tekniska nämnden · Sammanträdesprotokoll"
DOCX301_FOOTER = "Munkedals kommun, 455 80 Munkedal · Telefon 0524-180 00"

WRITERS["300"] = lambda folder: write_scan(folder, SCAN300_STEM, SCAN300_LINES, (2480, 1900), -0.25, 0.0012, 300)
WRITERS["301"] = lambda folder: write_docx_pdf(folder, DOCX301_STEM, DOCX301_BLOCKS, DOCX301_HEADER, DOCX301_FOOTER)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
