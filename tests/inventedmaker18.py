"""Makes round 18's (gen18) invented documents that are not text files (tests/fixtures/invented 350-),
with the real tools of tests/inventedmaker.py: 355, a municipality's budget document (its table of contents
with dot leaders, a label table, a budget table in tkr) written as a DOCX by python-docx and turned into a
born-digital PDF by LibreOffice; 356, a kommunstyrelse's protokollsutdrag scanned, its letterhead and the
head table's labels in one column and their values in the next, which docparse OCRs; 363, a miljö- och
byggnadsnämnd's kallelse scanned, its agenda a table of contents in dot leaders with each dnr on the line
under its title. All text invented.
``python tests/inventedmaker18.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX355_STEM = "355_budget_kf_innehall_punktledare_docx"
DOCX355_BLOCKS = [
    ("h", "Mål och budget 2039 med plan för 2040–2041"),
    ("t", "Diarienummer\tKS 2038/0142"),
    ("t", "Datum\t2038-10-28"),
    ("t", "Beslutas av\tKommunfullmäktige"),
    ("p", "Innehåll"),
    ("p", "Förslag till beslut ........................................ 2"),
    ("p", "Ekonomiska förutsättningar ................................ 3"),
    ("p", "Driftbudget per nämnd ..................................... 5"),
    ("p", "Investeringar ............................................. 7"),
    ("h", "Förslag till beslut"),
    ("p", "1. Kommunfullmäktige fastställer mål och budget för 2039 med plan för 2040–2041."),
    ("p", "2. Kommunstyrelsen får under 2039 nyupplåna högst 12 miljoner kronor."),
    ("p", "3. Nämnderna ska senast den 15 december 2038 fastställa sina internbudgetar."),
    ("h", "Ekonomiska förutsättningar"),
    ("p", "Skatteintäkterna och de generella statsbidragen beräknas till 402,6 mnkr för 2039. "
          "Resultatet budgeteras till 4,1 mnkr, vilket är en procent av intäkterna."),
    ("h", "Driftbudget per nämnd"),
    ("p", "Belopp i tusental kronor (tkr)."),
    ("t", "Nämnd\tBudget 2039\tPlan 2040\tPlan 2041"),
    ("t", "Kommunstyrelsen\t61 300\t62 100\t63 000"),
    ("t", "Barn- och utbildningsnämnden\t148 900\t151 200\t153 800"),
    ("t", "Socialnämnden\t176 400\t180 900\t185 300"),
    ("p", "Ann-Christin Lindbäck"),
    ("p", "Ekonomichef"),
]
DOCX355_HEADER = "Överkalix kommun · Mål och budget 2039"
DOCX355_FOOTER = "Överkalix kommun · Kommunstyrelsens förvaltning"

SCAN356_STEM = "356_protokollsutdrag_ks_skannat_etikettkolumn"
SCAN356_LINES = [
    "GRÄSTORPS KOMMUN                     PROTOKOLLSUTDRAG",
    "Kommunstyrelsen                      Sida 1 (1)",
    "",
    "Sammanträdesdatum                    2037-02-09",
    "Paragraf                             § 14",
    "Diarienummer                         KS 2037/0027",
    "",
    "Bidrag till Grästorps Hembygdsförening för",
    "renovering av hembygdsgården",
    "",
    "Kommunstyrelsens beslut",
    "1. Grästorps Hembygdsförening, org.nr 802519-1258, beviljas",
    "   ett investeringsbidrag på 150 000 kronor.",
    "2. Bidraget betalas ut när föreningen redovisat att",
    "   arbetet är slutfört, senast den 31 december 2037.",
    "",
    "Ärendebeskrivning",
    "Föreningen har ansökt om 220 000 kronor för att byta tak",
    "och fönster på hembygdsgården. Arbetet beräknas kosta",
    "410 000 kronor.",
    "",
    "Justerandes sign            Utdragsbestyrkande",
    "",
    "Rätt utdraget intygar",
    "Marie Sandahl, kommunsekreterare",
]

SCAN363_STEM = "363_kallelse_mbn_skannad_punktledare"
SCAN363_LINES = [
    "BRÄCKE KOMMUN                            KALLELSE",
    "Miljö- och byggnadsnämnden               2037-06-02",
    "",
    "Tid:    Tisdagen den 9 juni 2037 kl. 13.00",
    "Plats:  Kommunhuset, sammanträdesrum Gimån",
    "",
    "Ärenden                                          Sida",
    "1. Val av justerare ............................... 1",
    "2. Bygglov för fritidshus, Kälarne 3:41 ........... 2",
    "   MBN 2037/0118",
    "3. Tillsynsplan för 2038 .......................... 4",
    "   MBN 2037/0102",
    "4. Redovisning av delegationsbeslut ............... 6",
    "",
    "Förhinder anmäls till sekreteraren.",
    "",
    "Åsa Lindqvist                  Jonas Fält",
    "Ordförande                     Sekreterare",
]

WRITERS = {
    "355": lambda folder: write_docx_pdf(folder, DOCX355_STEM, DOCX355_BLOCKS, DOCX355_HEADER, DOCX355_FOOTER),
    "356": lambda folder: write_scan(folder, SCAN356_STEM, SCAN356_LINES, (2480, 2600), 0.3, 0.0012, 356),
    "363": lambda folder: write_scan(folder, SCAN363_STEM, SCAN363_LINES, (2480, 2300), 0.35, 0.0012, 363),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
