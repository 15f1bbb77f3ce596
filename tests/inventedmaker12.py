"""Makes round 10's (gen12) invented documents that are not text files (tests/fixtures/invented 242-),
with the real tools of tests/inventedmaker.py: 242, a kommunfullmäktige protocol of 1983 typed in a
monospaced face and scanned, which docparse OCRs; 246, a miljö- och hälsoskyddsnämnd's kallelse written
as a DOCX by python-docx (members and agenda in tables, the municipality only in the page header) and
turned into a born-digital PDF by LibreOffice; 251, a förbund direktion's protocol scanned (attendance in two
columns), which docparse OCRs; 252, an arbetsutskott's protocol rendered and read by Tesseract's English
model (å/ä/ö lost) into a text file. All text invented.
``python tests/inventedmaker12.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_eng_ocr, write_scan

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

SCAN251_STEM = "251_protokoll_direktion_arkivforbund_skannat"
SCAN251_LINES = [
    "KOMMUNALFÖRBUNDET ARKIV NORRA BOHUSLÄN              PROTOKOLL",
    "Direktionen                                         Sammanträdesdatum 2037-03-26",
    "",
    "Plats och tid     Stadshuset i Strömstad, kl. 10.00–12.10",
    "",
    "Beslutande        Ledamöter                        Ersättare",
    "                  Göran Ljungdahl (C), ordförande  Berit Sand (S)",
    "                  Sofia Renström (S), vice ordf.   Niklas Hov (M)",
    "                  Patrik Ågren (M)",
    "",
    "Övriga            Lena Wahlbom, arkivchef",
    "                  Tobias Kronqvist, sekreterare",
    "",
    "Justerare         Patrik Ågren",
    "",
    "§ 9    Val av justerare",
    "       Direktionen utser Patrik Ågren att justera protokollet.",
    "",
    "§ 10   Årsredovisning 2036                              Dnr AF 2037/004",
    "       Direktionens beslut",
    "       att godkänna årsredovisningen för 2036,",
    "       att överföra överskottet om 312 000 kronor till eget kapital.",
    "",
    "§ 11   Medlemsavgifter 2038                             Dnr AF 2037/009",
    "       Direktionens beslut",
    "       att medlemsavgiften för 2038 blir 24 kronor per invånare.",
    "",
    "§ 12   Avtal om e-arkiv med Sotenäs kommun              Dnr AF 2037/011",
    "       Direktionens beslut",
    "       att godkänna avtalet för perioden 2037-07-01--2040-06-30.",
    "",
    "§ 13   Arkivchefens rapport",
    "       Direktionen lägger rapporten till handlingarna.",
    "",
    "Ordförande                          Justerare",
    "",
    "Göran Ljungdahl                     Patrik Ågren",
    "",
    "Sekreterare",
    "",
    "Tobias Kronqvist",
]

ENG252_STEM = "252_protokoll_ksau_ocr_eng"
ENG252_LINES = [
    "TORSBY KOMMUN                            PROTOKOLL",
    "Kommunstyrelsens arbetsutskott           Sammanträdesdatum 2036-04-14",
    "",
    "Plats och tid    Kommunhuset, sal Fryken, kl. 08.30-11.45",
    "Beslutande       Björn Sätterlund (S), ordförande",
    "                 Margareta Olsson (M)",
    "                 Lennart Fröding (C)",
    "Övriga           Jörgen Hallberg, kommunchef",
    "                 Annelie Bäck, sekreterare",
    "Justerare        Margareta Olsson",
    "",
    "§ 61   Val av justerare",
    "       Margareta Olsson utses att justera protokollet.",
    "",
    "§ 62   Bidrag till Östmarks bygdegårdsförening        Dnr KS 2036/0117",
    "       Arbetsutskottets förslag till kommunstyrelsen",
    "       att bevilja föreningen 75 000 kronor för nytt tak.",
    "",
    "§ 63   Detaljplan för Ängebäcks fritidsområde          Dnr KS 2035/0402",
    "       Arbetsutskottets förslag till kommunstyrelsen",
    "       att godkänna detaljplanen för samråd.",
    "",
    "§ 64   Försäljning av fastigheten Röjdåfors 1:19       Dnr KS 2036/0098",
    "       Arbetsutskottets förslag till kommunstyrelsen",
    "       att sälja fastigheten för 410 000 kronor.",
    "",
    "§ 65   Övriga frågor",
    "",
    "Justerandes sign                 Utdragsbestyrkande",
]

WRITERS = {
    "242": lambda folder: write_scan(folder, SCAN242_STEM, SCAN242_LINES, (2480, 3300), 0.3, 0.0015, 242,
                                     font="LiberationMono-Regular.ttf"),
    "251": lambda folder: write_scan(folder, SCAN251_STEM, SCAN251_LINES, (2480, 3100), -0.3, 0.0015, 251),
    "252": lambda folder: write_eng_ocr(folder, ENG252_STEM, ENG252_LINES, 252),
    "246": lambda folder: write_docx_pdf(folder, DOCX246_STEM, DOCX246_BLOCKS, DOCX246_HEADER, DOCX246_FOOTER),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
