"""Makes round 22's (gen22) invented documents that are not text files (tests/fixtures/invented 430-):
434, a kultur- och fritidsnämnd's tjänsteskrivelse as DOCX by python-docx turned into a born-digital PDF
by LibreOffice (its head a table of unit, date, handläggare and dnr, the kind only in the page header);
436, a kommunstyrelse's one-§ extract of an older protocol ("SAMMANTRÄDESPROTOKOLL" with a "Sida" column,
"KS § N" with dnr and archive code on one line, "Rätt utdraget betygar") scanned, which docparse OCRs.
All text invented. ``python tests/inventedmaker22.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

PDF434_STEM = "434_tjansteskrivelse_kfn_docx_verksamhetsbidrag"
PDF434_BLOCKS = [
    ("t", "Kultur- och fritidsförvaltningen\tDatum\t2010-05-18"),
    ("t", "Handläggare: Kerstin Alm-Rydén\tDnr\tKFN 2010/38"),
    ("p", ""),
    ("p", "Kultur- och fritidsnämnden"),
    ("h", "Verksamhetsbidrag till Bergslagsteatern 2011–2013"),
    ("h", "Förslag till beslut"),
    ("p", "1. Kultur- och fritidsnämnden beviljar Föreningen Bergslagsteatern i Filipstad, org.nr 802417-5963, "
          "ett verksamhetsbidrag om 85 000 kronor per år för perioden 1 januari 2011 – 31 december 2013."),
    ("p", "2. Bidraget för 2011 finansieras inom nämndens ram för föreningsbidrag."),
    ("h", "Ärendet"),
    ("p", "Föreningen har sedan 1998 spelat sommarteater i Storbrohyttan och ger varje höst en "
          "föreställning för kommunens mellanstadieelever. Föreningen redovisade för 2009 intäkter på "
          "412 000 kronor, varav entréintäkter 236 000 kronor."),
    ("h", "Ekonomiska konsekvenser"),
    ("p", "Nämndens anslag för föreningsbidrag uppgår 2010 till 1 150 000 kronor. Förslaget ryms inom "
          "ramen för 2011 års preliminära budget."),
    ("p", ""),
    ("t", "Kerstin Alm-Rydén\tBo Lindqvist"),
    ("t", "Fritidskonsulent\tKultur- och fritidschef"),
]
PDF434_HEADER = "FILIPSTADS KOMMUN\tTJÄNSTESKRIVELSE"
PDF434_FOOTER = "Filipstads kommun · Kultur- och fritidsförvaltningen · Box 303 · 682 27 Filipstad"

SCAN436_STEM = "436_protokollsutdrag_ks_skannat_sida_utdrag"
SCAN436_LINES = [
    "BÅSTADS KOMMUN                          SAMMANTRÄDESPROTOKOLL",
    "                                        Sammanträdesdatum        Sida",
    "Kommunstyrelsen                         2003-06-11               14",
    "",
    "",
    "KS § 118               Dnr 2003/156   041",
    "",
    "Bidrag till ny läktare vid Hemmeslövs idrottsplats",
    "",
    "Bjärehalvöns idrottsallians har ansökt om ett bidrag på 75 000 kr",
    "till en ny läktare vid Hemmeslövs idrottsplats. Den totala kostnaden",
    "beräknas till 310 000 kr. Föreningen har själv avsatt 120 000 kr.",
    "",
    "Kommunstyrelsens arbetsutskott har föreslagit att bidrag ska",
    "beviljas med 50 000 kr, AU § 97.",
    "",
    "Kommunstyrelsen beslutar",
    "",
    "att bevilja Bjärehalvöns idrottsallians ett bidrag om 50 000 kr",
    "ur kommunstyrelsens förfogandeanslag för 2003,",
    "",
    "att bidraget betalas ut när föreningen har redovisat kostnaderna.",
    "",
    "",
    "Exp: Bjärehalvöns idrottsallians, ekonomikontoret",
    "",
    "Justerandes sign          Utdragsbestyrkande",
    "",
    "Rätt utdraget betygar:",
    "Annelie Strömgren, kommunsekreterare",
]


WRITERS = {
    "434": lambda folder: write_docx_pdf(folder, PDF434_STEM, PDF434_BLOCKS, PDF434_HEADER, PDF434_FOOTER),
    "436": lambda folder: write_scan(folder, SCAN436_STEM, SCAN436_LINES, (2480, 2900), 0.4, 0.0012, 436),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
