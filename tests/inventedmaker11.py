"""Makes round 11's invented documents that are not text files (tests/fixtures/invented 220-), with
the real tools of tests/inventedmaker.py: 224, a page of a regional arbetsutskott's protocol with
three §§, rendered as a skewed, speckled page image in an image-only PDF, which docparse OCRs; 225, a
tjänsteutlåtande written as a DOCX by python-docx (its subject in a "Gäller" row of the letterhead
table, its municipality only in the page header) and turned into a born-digital PDF by LibreOffice;
233, a förbund's kallelse made the same way, its first line the board, its agenda a table (Nr, Ärende,
Dnr, Föredragande), the förbund named only in the page header and footer. All text invented. ``python tests/inventedmaker11.py [NUMBER...]`` rewrites them (all, or the
numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

SCAN224_STEM = "224_protokoll_regionstyrelsens_au_skannat"
SCAN224_LINES = [
    "Region Örebro län                                 PROTOKOLL",
    "Regionstyrelsens arbetsutskott",
    "",
    "Sammanträdesdatum     2035-02-10",
    "Plats och tid          Regionens hus, kl. 09.00-11.30",
    "Beslutande              Karin Ågren (M), ordförande",
    "                            Fredrik Lund (KD)",
    "                            Hussein Ali (S)",
    "Sekreterare             Therese Blom",
    "Justerare               Hussein Ali",
    "Paragrafer              §§ 12-14",
    "",
    "§ 12     Dnr RS 2035-00041",
    "Hyresavtal för vårdcentralen i Östhammar",
    "Arbetsutskottet föreslår regionstyrelsen att godkänna hyresavtalet.",
    "",
    "§ 13     Dnr RS 2035-00058",
    "Bidrag till Örebro läns idrottsförbund 2035",
    "Arbetsutskottet beviljar förbundet 450 000 kronor för 2035.",
    "",
    "§ 14     Dnr RS 2035-00063",
    "Yttrande över remiss om nationell strategi för",
    "hälso- och sjukvårdens kompetensförsörjning",
    "Arbetsutskottet föreslår regionstyrelsen att anta yttrandet.",
    "",
    "Justerandes signatur                       Utdragsbestyrkande",
]

DOCX225_STEM = "225_tjansteutlatande_docx_galler_rad"
DOCX225_BLOCKS = [
    ("t", "TJÄNSTEUTLÅTANDE\tDatum 2035-05-12"),
    ("t", "Kultur- och fritidsförvaltningen\tDnr KFN 2035/0098"),
    ("t", "Gäller\tAnsökan om investeringsbidrag från Vadstena Kanotklubb för en ny brygga"
          " vid Tycho Brahes park"),
    ("t", "Beslutsinstans\tKultur- och fritidsnämnden"),
    ("h", "Förvaltningens förslag till beslut"),
    ("p", "1. Kultur- och fritidsnämnden beviljar Vadstena Kanotklubb, org.nr 802508-1178, ett investeringsbidrag"
          " på 240 000 kronor."),
    ("p", "2. Bidraget betalas ut när klubben har lämnat en slutredovisning av bygget."),
    ("h", "Ärendet"),
    ("p", "Klubben har 210 medlemmar och bedriver paddling för barn och unga under sommarhalvåret. Den nuvarande "
          "bryggan är från 1988 och underkänd vid en besiktning i april 2035. Den nya bryggan kostar "
          "enligt klubbens kalkyl 610 000 kronor. Klubben har sökt resten från Allmänna arvsfonden."),
    ("p", "Nämndens arbetsutskott behandlade ärendet den 5 maj 2035 och lämnade det utan eget förslag."),
    ("h", "Ekonomi"),
    ("p", "Bidraget ryms inom nämndens anslag för investeringsbidrag, som för 2035 är 500 000 kronor."),
    ("t", "Camilla Ekstrand\tJesper Nord"),
    ("t", "Kultur- och fritidschef\tFritidskonsulent"),
]
DOCX225_HEADER = "Vadstena kommun"
DOCX225_FOOTER = "Vadstena kommun · Klosterledsgatan 37 · 592 80 Vadstena · 0143-150 00"

DOCX233_STEM = "233_kallelse_forbund_docx_arendetabell"
DOCX233_BLOCKS = [
    ("p", "Direktionen"),
    ("h", "Kallelse till sammanträde"),
    ("t", "Tid\tTorsdagen den 5 mars 2035 kl. 09.00"),
    ("t", "Plats\tFörbundets kansli, Storgatan 12, Bengtsfors"),
    ("p", "Ledamöterna kallas härmed till sammanträde. Ersättare kallas för kännedom."),
    ("h", "Föredragningslista"),
    ("t", "Nr\tÄrende\tDnr\tFöredragande"),
    ("t", "1\tVal av justerare\t\t"),
    ("t", "2\tGodkännande av dagordningen\t\t"),
    ("t", "3\tÅrsredovisning för 2034 med revisionsberättelse\tUFD 2035/0009\tEkonomichef Petra Sund"),
    ("t", "4\tInterkommunal ersättning för gymnasieprogrammen läsåret 2035/36\tUFD 2035/0014\tRektor Mats Holm"),
    ("t", "5\tAvtal med Dals-Eds kommun om lokaler för vuxenutbildningen i Ed\tUFD 2035/0021\tFörbundschef Johan Björk"),
    ("t", "6\tRapporter och meddelanden\t\t"),
    ("t", "Karin Lindqvist\tJohan Björk"),
    ("t", "Ordförande\tFörbundschef"),
]
DOCX233_HEADER = "Utbildningsförbundet Dalsland"
DOCX233_FOOTER = "Utbildningsförbundet Dalsland · Box 41 · 666 21 Bengtsfors · www.utbildningdalsland.se"

WRITERS = {
    "224": lambda folder: write_scan(folder, SCAN224_STEM, SCAN224_LINES, (2480, 2300), 0.3, 0.0012, 224),
    "225": lambda folder: write_docx_pdf(folder, DOCX225_STEM, DOCX225_BLOCKS, DOCX225_HEADER, DOCX225_FOOTER),
    "233": lambda folder: write_docx_pdf(folder, DOCX233_STEM, DOCX233_BLOCKS, DOCX233_HEADER, DOCX233_FOOTER),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
