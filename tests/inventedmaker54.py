"""Makes round 54's (gen54) invented documents that are not text files (tests/fixtures/invented 1084,
1087): 1084, a kultur- och fritidsnämnd's tjänsteskrivelse on summer grants to associations, written as
a DOCX by python-docx (its head labels in a table, the grants in a table Förening / Org.nr / Aktivitet /
Belopp (kr) whose name and activity cells are narrow enough to wrap over two or three lines, the
municipality only in the page header and footer) and turned into a born-digital PDF by LibreOffice;
1087, a socialnämnd's protokollsutdrag on three IOP agreements the same way (its head labels in a table,
the agreements in a table Förening / Org.nr / Avtalsperiod / Ersättning per år (kr) whose names and
periods wrap in their cells). All text invented. ``python tests/inventedmaker54.py`` rewrites them."""

from __future__ import annotations

from pathlib import Path

from inventedmaker import INVENTED
from inventedmaker23 import write_docx_pdf_widths

PDF1084_STEM = "1084_tjansteskrivelse_harryda_sommarbidrag_docx_pdf_radbrytning_celler"
PDF1084_BLOCKS = [
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\t2039-05-06"),
    ("t", "Diarienummer\tKFN 2039/0087"),
    ("t", "Handläggare\tSara Lundqvist, föreningsutvecklare"),
    ("p", "Till kultur- och fritidsnämnden"),
    ("p", "Bidrag till föreningars sommaraktiviteter 2039"),
    ("p", "Förslag till beslut"),
    ("p", "1. Kultur- och fritidsnämnden beviljar bidrag till sommaraktiviteter 2039 enligt tabellen nedan, "
          "totalt 214 000 kronor."),
    ("p", "2. Bidragen ska redovisas senast den 30 september 2039."),
    ("p", "Ärendet"),
    ("p", "Nämnden avsätter varje år medel för aktiviteter för barn och unga under sommarlovet. I år kom fem "
          "ansökningar in före sista ansökningsdag. Förvaltningen föreslår att samtliga beviljas."),
    ("t", "Förening\tOrg.nr\tAktivitet\tBelopp (kr)"),
    ("t", "Hindås Idrotts- och Friluftsförening\t803738-4636\tFriluftsläger för barn 8–12 år vid Västra Ingsjön, "
          "vecka 26\t46 000"),
    ("t", "Rävlanda Hembygds- och Kulturförening\t805412-0129\tSommarteater för unga i Rävlanda bygdegård\t38 000"),
    ("t", "Mölnlycke Simsällskap\t804415-5433\tSimskola för nyanlända barn, tre veckor i juli\t52 000"),
    ("t", "Landvetter Ungdomsorkester\t805961-1064\tOrkesterläger med avslutande konsert på Landvetter torg\t27 000"),
    ("t", "Härryda Schack- och Spelförening\t805230-1473\tSpelkvällar på biblioteket i Mölnlycke under hela "
          "sommarlovet\t51 000"),
    ("p", "Bidragen ryms inom nämndens budget för föreningsstöd 2039, som uppgår till 1 450 000 kronor."),
    ("p", "Sara Lundqvist"),
    ("p", "Föreningsutvecklare"),
]
PDF1084_WIDTHS_CM = [[3.5, 8.0], [4.0, 3.4, 5.0, 2.4]]  # head labels, grants
PDF1084_HEADER = "Härryda kommun · Kultur- och fritidsförvaltningen"
PDF1084_FOOTER = "Härryda kommun · 435 80 Mölnlycke · www.harryda.se"


PDF1087_STEM = "1087_protokollsutdrag_bastad_iop_docx_pdf_perioder_i_celler"
PDF1087_BLOCKS = [
    ("h", "Protokollsutdrag"),
    ("t", "Nämnd\tSocialnämnden"),
    ("t", "Sammanträdesdatum\t2039-11-22"),
    ("t", "Paragraf\t§ 118"),
    ("t", "Diarienummer\tSN 2039/0240"),
    ("p", "Idéburet offentligt partnerskap med tre föreningar 2040–2042"),
    ("p", "Ärendebeskrivning"),
    ("p", "Socialförvaltningen har förhandlat fram tre avtal om idéburet offentligt partnerskap (IOP). Avtalen "
          "ersätter de föreningsbidrag som nämnden tidigare har gett till samma föreningar."),
    ("t", "Förening\tOrg.nr\tAvtalsperiod\tErsättning per år (kr)"),
    ("t", "Kvinno- och tjejjouren Bjärehalvön\t802837-4208\t2040-01-01 – 2042-12-31\t380 000"),
    ("t", "Båstads Frivilligcentral\t802604-9133\t2040-01-01 – 2041-12-31\t210 000"),
    ("t", "Föreningen Mötesplats Torekov för äldre och anhöriga\t803035-8330\t2040-04-01 – 2042-12-31\t145 000"),
    ("p", "Socialnämndens beslut"),
    ("p", "1. Socialnämnden godkänner avtalen om idéburet offentligt partnerskap enligt tabellen ovan."),
    ("p", "2. Socialnämnden uppdrar åt förvaltningschefen att underteckna avtalen."),
    ("p", "3. Kostnaden, 735 000 kronor per år, finansieras inom nämndens ram för föreningsstöd."),
    ("p", "Vid protokollet"),
    ("p", "Maria Holm, nämndsekreterare"),
    ("p", "Justerat"),
    ("p", "Lars Persson (M), ordförande"),
]
PDF1087_WIDTHS_CM = [[4.8, 7.0], [4.6, 3.2, 3.0, 3.2]]  # head labels, agreements
PDF1087_HEADER = "Båstads kommun · Socialnämnden"
PDF1087_FOOTER = "Båstads kommun · Protokoll 2039-11-22"


def write_pdf1087(folder: Path) -> Path:
    return write_docx_pdf_widths(folder, PDF1087_STEM, PDF1087_BLOCKS, PDF1087_HEADER, PDF1087_FOOTER,
                                 dict(enumerate(PDF1087_WIDTHS_CM)))


def write_pdf1084(folder: Path) -> Path:
    return write_docx_pdf_widths(folder, PDF1084_STEM, PDF1084_BLOCKS, PDF1084_HEADER, PDF1084_FOOTER,
                                 dict(enumerate(PDF1084_WIDTHS_CM)))


if __name__ == "__main__":
    print(write_pdf1084(INVENTED))
    print(write_pdf1087(INVENTED))
