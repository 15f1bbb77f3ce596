"""Makes round 19's (gen19) invented documents that are not text files (tests/fixtures/invented 370-),
with the real tools of tests/inventedmaker.py: 373, a socialnämnd's tjänsteskrivelse whose subject stands
in a label table after "Ärende" (below "Till"), written as a DOCX by python-docx and turned into a
born-digital PDF by LibreOffice; 374, a samhällsbyggnadsnämnd's list of delegated decisions scanned (a
table whose titles wrap onto a second line, the decision makers listed under it), which docparse OCRs;
380, a kultur- och fritidsnämnd's tjänsteskrivelse scanned, its subject after "Ärende:" under "Till:".
All text invented.
``python tests/inventedmaker19.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX373_STEM = "373_tjansteskrivelse_sn_arende_etikett_docx"
DOCX373_BLOCKS = [
    ("h", "TJÄNSTESKRIVELSE"),
    ("t", "Datum\t2038-02-14"),
    ("t", "Dnr\tSN 2038/0019"),
    ("t", "Till\tSocialnämnden"),
    ("t", "Ärende\tAvgifter för trygghetslarm från den 1 april 2038"),
    ("h", "Förslag till beslut"),
    ("p", "1. Månadsavgiften för trygghetslarm höjs från 250 kronor till 295 kronor från och med den 1 april 2038."),
    ("p", "2. Installationsavgiften på 500 kronor tas bort."),
    ("h", "Bakgrund"),
    ("p", "Avgiften har inte räknats upp sedan 2033. Larmtjänsten kostar nämnden 1,2 mnkr per år, och "
          "avgifterna täcker i dag mindre än hälften av kostnaden."),
    ("p", "Kerstin Åkerlind"),
    ("p", "Socialchef"),
    ("p", "Malin Forsgren"),
    ("p", "Enhetschef hemtjänst"),
]
DOCX373_HEADER = "Torsby kommun · Socialförvaltningen"
DOCX373_FOOTER = "Torsby kommun · Socialförvaltningen · Sida 1"

SCAN374_STEM = "374_delegationsbeslut_sbn_lista_skannad"
SCAN374_LINES = [
    "YDRE KOMMUN                                    2037-10-05",
    "Samhällsbyggnadsnämnden",
    "",
    "DELEGATIONSBESLUT",
    "Redovisning av delegationsbeslut för september 2037",
    "",
    "Nr  Datum       Beslut                                 Dnr",
    "1   2037-09-02  Bygglov för garage, Österbymo 4:12     SBN 2037/211",
    "2   2037-09-09  Startbesked för tillbyggnad av         SBN 2037/198",
    "                enbostadshus, Rydsnäs 1:33",
    "3   2037-09-16  Föreläggande om slamtömning, Asby 2:7  SBN 2037/224",
    "4   2037-09-23  Strandskyddsdispens för brygga,        SBN 2037/187",
    "                Sommen 1:5",
    "5   2037-09-30  Avskrivning av ärende om ovårdad tomt  SBN 2037/150",
    "",
    "Beslutsfattare: Erik Thorsell, byggnadsinspektör (1, 2, 4)",
    "och Mona Lilja, miljöinspektör (3, 5).",
    "",
    "Samhällsbyggnadsnämnden lägger redovisningen till handlingarna.",
]

SCAN380_STEM = "380_tjansteskrivelse_kfn_skannad_till_arende"
SCAN380_LINES = [
    "OVANÅKERS KOMMUN                          TJÄNSTESKRIVELSE",
    "Kultur- och fritidsförvaltningen          2038-09-08",
    "                                          Dnr KFN 2038/0066",
    "",
    "Till:     Kultur- och fritidsnämnden",
    "Ärende:   Investeringsbidrag till Edsbyns Bandyklubb för",
    "          ny isbana",
    "",
    "Förslag till beslut",
    "1. Edsbyns Bandyklubb, org.nr 802611-8433, beviljas ett",
    "   investeringsbidrag på 450 000 kronor.",
    "2. Bidraget betalas ut under 2039.",
    "",
    "Ärendet",
    "Klubben har ansökt om 600 000 kronor. Hela projektet",
    "beräknas kosta 1,8 miljoner kronor.",
    "",
    "Karin Holmqvist",
    "Fritidschef",
]

WRITERS = {
    "373": lambda folder: write_docx_pdf(folder, DOCX373_STEM, DOCX373_BLOCKS, DOCX373_HEADER, DOCX373_FOOTER),
    "374": lambda folder: write_scan(folder, SCAN374_STEM, SCAN374_LINES, (2480, 2000), 0.3, 0.0012, 374),
    "380": lambda folder: write_scan(folder, SCAN380_STEM, SCAN380_LINES, (2480, 2200), 0.35, 0.0012, 380),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
