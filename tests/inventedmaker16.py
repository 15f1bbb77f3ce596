"""Makes round 16's (gen16) invented documents that are not text files (tests/fixtures/invented 310-),
with the real tools of tests/inventedmaker.py: 313, a tjänsteskrivelse written as a DOCX by python-docx
whose kind, date and dnr stand only in the page header (the body opens with the addressed board and the
subject), turned into a born-digital PDF by LibreOffice; 314, an ordförandebeslut scanned (letterhead in
capitals, the subject under an "Ärende" heading after the legal basis), which docparse OCRs; after their
fixes, 319, a municipality's yttrande to an agency as DOCX by LibreOffice (its kind in a letterhead row,
the subject first and "- X kommuns yttrande" after it); 320, a 1998 press release typed in a monospaced
face and scanned. All text invented.
``python tests/inventedmaker16.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX313_STEM = "313_tjansteskrivelse_docx_rubrik_i_sidhuvud"
DOCX313_BLOCKS = [
    ("p", "Kommunstyrelsen"),
    ("h", "Ansökan om bidrag från Föreningen Bysjöns Vänner till ny badbrygga"),
    ("h", "Förslag till beslut"),
    ("p", "1. Kommunstyrelsen beviljar Föreningen Bysjöns Vänner, org.nr 802474-4735, ett bidrag på 185 000 kronor "
          "till en ny badbrygga vid Bysjöbadet."),
    ("p", "2. Bidraget finansieras ur kommunstyrelsens utvecklingsfond."),
    ("h", "Sammanfattning"),
    ("p", "Föreningen har sökt 240 000 kronor för att ersätta den gamla badbryggan, som stängdes förra sommaren "
          "efter en besiktning. Den nya bryggan beräknas kosta 410 000 kronor. Föreningen har fått löfte om "
          "60 000 kronor från en stiftelse och står själv för arbetet."),
    ("h", "Bedömning"),
    ("p", "Badplatsen är den enda allmänna badplatsen i tätorten. Förvaltningen föreslår ett något lägre bidrag "
          "än det sökta eftersom föreningen kan räkna med ideellt arbete för en del av monteringen."),
    ("t", "Karin Lindmark\tMagnus Albrektsson"),
    ("t", "Kommundirektör\tFritidsstrateg"),
]
DOCX313_HEADER = "Åtvidabergs kommun · Tjänsteskrivelse · 2037-04-21 · Dnr KS 2037/088"
DOCX313_FOOTER = "Åtvidabergs kommun · Kommunledningsförvaltningen · 0120-830 00"

SCAN314_STEM = "314_ordforandebeslut_skannat_arende"
SCAN314_LINES = [
    "HAMMARÖ KOMMUN                                 BESLUT",
    "Socialnämnden                                  2037-06-30",
    "                                               Dnr SN 2037/64",
    "",
    "Ordförandebeslut enligt 6 kap. 39 § kommunallagen",
    "",
    "Ärende",
    "Tillfälligt bidrag till Föreningen Tjejjouren Tindra",
    "för sommaren 2037",
    "",
    "Beslut",
    "Socialnämndens ordförande beslutar",
    "",
    "att bevilja Föreningen Tjejjouren Tindra, org.nr 802056-4467, ett",
    "tillfälligt bidrag på 48 000 kronor för jourverksamhet under",
    "perioden 1 juli-31 augusti 2037,",
    "",
    "att beslutet anmäls vid socialnämndens sammanträde den",
    "25 augusti 2037.",
    "",
    "Skäl för beslutet",
    "Föreningens ordinarie bidrag på 120 000 kronor räcker inte till",
    "de extra jourpassen under sommaren. Ärendet kan inte vänta till",
    "nämndens nästa sammanträde.",
    "",
    "Jenny Hallberg",
    "Socialnämndens ordförande",
    "",
    "Hammarö kommun · Socialförvaltningen · 054-51 50 00",
]

DOCX319_STEM = "319_yttrande_docx_amne_forst"
DOCX319_BLOCKS = [
    ("t", "YTTRANDE\t2037-08-27"),
    ("t", "Vår referens\tKS 2037/0312"),
    ("t", "Er referens\tTRV 2037/48211"),
    ("p", "Trafikverket"),
    ("p", "Region Öst"),
    ("h", "Väg 76 förbi Skutskär, samrådshandling – Älvkarleby kommuns yttrande"),
    ("p", "Trafikverket har gett Älvkarleby kommun möjlighet att lämna synpunkter på samrådshandlingen för en ny "
          "sträckning av väg 76 förbi Skutskär."),
    ("h", "Kommunens synpunkter"),
    ("p", "Kommunen ser positivt på att genomfartstrafiken flyttas från centrala Skutskär. Kommunen anser att gång- "
          "och cykelvägen mellan Skutskär och Älvkarleby bör byggas i samma etapp och är beredd att bidra med "
          "3,5 miljoner kronor till den enligt avsiktsförklaringen från 2036."),
    ("p", "Kommunen vill också att bullerskydd sätts upp vid bostäderna i Sörskog."),
    ("p", "Yttrandet har beslutats av kommunstyrelsen den 26 augusti 2037, § 143."),
    ("p", "För Älvkarleby kommun"),
    ("t", "Linnea Dahlberg\tPatrik Melin"),
    ("t", "Kommunstyrelsens ordförande\tKommunchef"),
]
DOCX319_HEADER = "Älvkarleby kommun · Kommunstyrelsen"
DOCX319_FOOTER = "Älvkarleby kommun · 814 80 Skutskär · 026-830 00"

SCAN320_STEM = "320_pressmeddelande_skrivmaskin_1998_skannat"
SCAN320_LINES = [
    "LINDESBERGS KOMMUN",
    "Kommunledningskontoret",
    "",
    "PRESSMEDDELANDE                     1998-05-04",
    "",
    "Kommunen köper Frövi folkets hus",
    "",
    "Kommunstyrelsen beslutade i dag att köpa",
    "Frövi folkets hus av Frövi Folketshusförening",
    "för 1.650.000 kr. Föreningen har inte längre",
    "råd att underhålla huset.",
    "",
    "- Huset är en viktig mötesplats i Frövi och",
    "ska fortsätta att vara det, säger kommun-",
    "styrelsens ordförande Ingegerd Ekström (s).",
    "",
    "Kommunen räknar med att renoveringen kostar",
    "ytterligare 800.000 kr under 1998-1999.",
    "",
    "Upplysningar lämnas av",
    "Ingegerd Ekström, kommunstyrelsens ordförande,",
    "tel 0581-810 00",
    "Rune Åkesson, kommunchef, tel 0581-811 20",
]

WRITERS = {
    "313": lambda folder: write_docx_pdf(folder, DOCX313_STEM, DOCX313_BLOCKS, DOCX313_HEADER, DOCX313_FOOTER),
    "314": lambda folder: write_scan(folder, SCAN314_STEM, SCAN314_LINES, (2480, 2600), 0.3, 0.0012, 314),
    "319": lambda folder: write_docx_pdf(folder, DOCX319_STEM, DOCX319_BLOCKS, DOCX319_HEADER, DOCX319_FOOTER),
    "320": lambda folder: write_scan(folder, SCAN320_STEM, SCAN320_LINES, (2480, 2400), 0.35, 0.0015, 320,
                                     font="LiberationMono-Regular.ttf"),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
