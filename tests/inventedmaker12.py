"""Makes round 10's (gen12) invented documents that are not text files (tests/fixtures/invented 242-),
with the real tools of tests/inventedmaker.py: 242, a kommunfullmäktige protocol of 1983 typed in a
monospaced face and scanned, which docparse OCRs; 246, a miljö- och hälsoskyddsnämnd's kallelse written
as a DOCX by python-docx (members and agenda in tables, the municipality only in the page header) and
turned into a born-digital PDF by LibreOffice. All text invented.
``python tests/inventedmaker12.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

SCAN242_STEM = "242_protokoll_kf_skrivmaskin_1983_skannat"
SCAN242_LINES = [
    "SALA KOMMUN                              PROTOKOLL",
    "Kommunfullmäktige                        1983-11-28",
    "",
    "Tid och plats: Måndagen den 28 november 1983 kl. 19.00,",
    "               Stadshusets sessionssal",
    "",
    "Ordförande:    Rune Dahlqvist",
    "Sekreterare:   Gun Berglöf",
    "Justerare:     Arne Forslund och Maj-Lis Henning",
    "",
    "§ 141  Val av justerare",
    "       Till justerare utses Arne Forslund och Maj-Lis Henning.",
    "",
    "§ 142  Budget för år 1984",
    "       Dnr 83/512",
    "       Kommunfullmäktige beslutar",
    "       att fastställa utdebiteringen till 15,40 kr per skattekrona,",
    "       att anta budgeten med en nettokostnad av 212.600.000 kr.",
    "",
    "§ 143  Ombyggnad av Vallaskolans kök",
    "       Dnr 83/477",
    "       Kommunfullmäktige beslutar",
    "       att anslå 1.850.000 kr för ombyggnaden.",
    "",
    "§ 144  Borgen för Sala Ridklubbs lån",
    "       Dnr 83/490",
    "       Kommunfullmäktige beslutar",
    "       att ingå borgen för ridklubbens lån om högst 600.000 kr.",
    "",
    "§ 145  Avsägelse från uppdrag i socialnämnden",
    "       Kommunfullmäktige beviljar Sture Lindfors (fp) befrielse",
    "       från uppdraget som ersättare i socialnämnden.",
    "",
    "Vid protokollet",
    "",
    "_____________________",
    "Gun Berglöf",
    "",
    "Justeras",
    "",
    "_____________________     _____________________     _____________________",
    "Rune Dahlqvist            Arne Forslund             Maj-Lis Henning",
]

DOCX246_STEM = "246_kallelse_mhn_docx_ledamotstabell"
DOCX246_BLOCKS = [
    ("h", "Kallelse"),
    ("p", "Miljö- och hälsoskyddsnämnden kallas till sammanträde."),
    ("t", "Tid\tTorsdagen den 4 juni 2037 kl. 08.30"),
    ("t", "Plats\tRådhuset, sal Kronan"),
    ("h", "Ledamöter"),
    ("t", "Ledamot\tErsättare"),
    ("t", "Viktor Almqvist (M), ordförande\tSaga Hedin (M)"),
    ("t", "Gunnel Rask (S), vice ordförande\tTomas Enqvist (S)"),
    ("t", "Hampus Lövgren (C)\tIda Marklund (C)"),
    ("h", "Föredragningslista"),
    ("t", "Nr\tÄrende\tDiarienummer\tFöredragande"),
    ("t", "1\tVal av justerare\t\t"),
    ("t", "2\tTillsynsplan för livsmedelskontroll 2037–2038\tMHN 2037/0061\tNora Alm"),
    ("t", "3\tTaxa för offentlig kontroll inom livsmedelsområdet\tMHN 2037/0070\tNora Alm"),
    ("t", "4\tYttrande över ansökan om tillstånd för Tallbackens grustäkt\tMHN 2037/0034\tPeter Sandin"),
    ("t", "5\tDelegationsbeslut april–maj 2037\t\t"),
    ("p", "Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet, så att ersättare kan kallas."),
    ("t", "Viktor Almqvist\tLouise Ekberg"),
    ("t", "Ordförande\tNämndsekreterare"),
]
DOCX246_HEADER = "Karlshamns kommun · Miljöförvaltningen"
DOCX246_FOOTER = "Karlshamns kommun · 374 81 Karlshamn · www.karlshamn.se"

WRITERS = {
    "242": lambda folder: write_scan(folder, SCAN242_STEM, SCAN242_LINES, (2480, 3300), 0.3, 0.0015, 242,
                                     font="LiberationMono-Regular.ttf"),
    "246": lambda folder: write_docx_pdf(folder, DOCX246_STEM, DOCX246_BLOCKS, DOCX246_HEADER, DOCX246_FOOTER),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
