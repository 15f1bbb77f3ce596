"""Makes round 22's (gen22) invented documents that are not text files (tests/fixtures/invented 430-):
434, a kultur- och fritidsnämnd's tjänsteskrivelse as DOCX by python-docx turned into a born-digital PDF
by LibreOffice (its head a table of unit, date, handläggare and dnr, the kind only in the page header);
436, a kommunstyrelse's one-§ extract of an older protocol ("SAMMANTRÄDESPROTOKOLL" with a "Sida" column,
"KS § N" with dnr and archive code on one line, "Rätt utdraget betygar") scanned, which docparse OCRs; 437, a räddningstjänstförbund direktion's protocol as
DOCX by LibreOffice, its head a table (labels left, several names in one cell, the signatures' rows with
"Paragrafer"); 441, a kommunalförbund direktion's kallelse scanned (its name a genitive in mixed case, a dnr
column, an item wrapping under itself).
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

PDF437_STEM = "437_protokoll_direktion_raddningstjanstforbund_docx"
PDF437_BLOCKS = [
    ("t", "Plats och tid\tBrandstationen i Borås, kl 13.00–15.30\t"),
    ("t", "Beslutande\tRolf Grahn (S), ordförande\n"
          "Ingela Brodin (M), vice ordförande\n"
          "Kent Ohlsson (C)\n"
          "Majvor Lindh (S)\n"
          "Sören Blixt (FP), tjänstgörande ersättare\t"),
    ("t", "Övriga deltagande\tPer-Erik Sandell, förbundsdirektör\n"
          "Hanna Wetterling, sekreterare\t"),
    ("t", "Utses att justera\tKent Ohlsson\t"),
    ("t", "Justeringens plats och tid\tFörbundskontoret 2012-03-01\t"),
    ("t", "Underskrifter\tSekreterare ……………………… Hanna Wetterling\tParagrafer 1–5"),
    ("t", "\tOrdförande ……………………… Rolf Grahn\t"),
    ("t", "\tJusterande ……………………… Kent Ohlsson\t"),
    ("p", ""),
    ("h", "§ 1  Val av justerare"),
    ("p", "Direktionen beslutar att utse Kent Ohlsson att jämte ordföranden justera protokollet."),
    ("h", "§ 2  Årsredovisning 2011          Dnr 2012/0009"),
    ("p", "Förbundet redovisar för 2011 ett resultat på 2,3 miljoner kronor. Medlemskommunernas bidrag "
          "uppgick till 176,4 mnkr."),
    ("p", "Direktionen beslutar"),
    ("p", "att godkänna årsredovisningen för 2011,"),
    ("p", "att överlämna årsredovisningen till medlemskommunernas fullmäktige."),
    ("h", "§ 3  Avtal om automatlarm med Brämhults Logistik AB          Dnr 2012/0015"),
    ("p", "Avtalet med Brämhults Logistik AB, org.nr 556781-3406, gäller från den 1 april 2012 till "
          "den 31 mars 2015. Ersättningen är 1 250 kronor per larm."),
    ("p", "Direktionen beslutar att godkänna avtalet."),
    ("h", "§ 4  Handlingsprogram för skydd mot olyckor 2012–2015          Dnr 2011/0102"),
    ("p", "Direktionen beslutar att anta handlingsprogrammet och överlämna det till medlemskommunerna."),
    ("h", "§ 5  Delegationsbeslut"),
    ("p", "Direktionen beslutar att lägga redovisningen till handlingarna."),
]
PDF437_HEADER = "VÄSTRA SJUHÄRADS RÄDDNINGSTJÄNSTFÖRBUND\tSAMMANTRÄDESPROTOKOLL\t2012-02-23"
PDF437_FOOTER = "Justerandes sign\tUtdragsbestyrkande"

SCAN441_STEM = "441_kallelse_direktion_kommunalforbund_skannad"
SCAN441_LINES = [
    "Sjuhärads kommunalförbund                          KALLELSE",
    "Direktionen                                        2001-09-28",
    "",
    "",
    "Ledamöterna i direktionen kallas till sammanträde",
    "",
    "Tid:    Torsdagen den 11 oktober 2001 kl 09.00",
    "Plats:  Förbundets kansli, Järnvägsgatan 3, Borås",
    "",
    "",
    "Ärenden                                                    Dnr",
    "",
    "1.  Val av justerare",
    "2.  Delårsrapport per den 31 augusti 2001                  2001/58",
    "3.  Budget 2002 och flerårsplan 2003-2004                  2001/61",
    "4.  Bidrag till Sjuhäradsbygdens Turistråd                 2001/66",
    "5.  Yttrande över länstransportplan för                    2001/49",
    "    Sjuhäradsbygden 2002-2011",
    "6.  Anmälningsärenden",
    "",
    "",
    "Förhinder anmäls till Britt Enoksson, tel 033-17 24 60.",
    "",
    "",
    "Lennart Hjalmarsson              Britt Enoksson",
    "Ordförande                       Sekreterare",
]


WRITERS = {
    "434": lambda folder: write_docx_pdf(folder, PDF434_STEM, PDF434_BLOCKS, PDF434_HEADER, PDF434_FOOTER),
    "436": lambda folder: write_scan(folder, SCAN436_STEM, SCAN436_LINES, (2480, 2900), 0.4, 0.0012, 436),
    "437": lambda folder: write_docx_pdf(folder, PDF437_STEM, PDF437_BLOCKS, PDF437_HEADER, PDF437_FOOTER),
    "441": lambda folder: write_scan(folder, SCAN441_STEM, SCAN441_LINES, (2480, 2700), -0.35, 0.0012, 441),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
