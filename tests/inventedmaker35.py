"""Makes round 35's (gen35) invented documents that are not text files (tests/fixtures/invented 700-713)
with the real tools of tests/inventedmaker.py: DOCX written by python-docx and turned into born-digital
PDFs by LibreOffice. 704, a miljö- och hälsoskyddsnämnd's protocol whose head and attendance are tables
and whose every § head is a two-column table row (the § left, the title right with its dnr on a second
line of the cell), decisions as numbered lists under "Beslut"; the page header names the municipality
and the footer holds "Justerandes signatur". All text invented; the municipalities are real, everything
said about them invented. 711, a teknik- och fastighetsnämnd's protokollsutdrag of one § whose head
(Organ, Sammanträdesdatum, Paragraf, Diarienummer) is a table, its title a heading under it, the lease
decided as a numbered list and the excerpt certified "Rätt utdraget intygar" under the signature table.
``python tests/inventedmaker35.py [NUMBER...]`` rewrites them (all, or the
numbers given)."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED
from inventedmaker23 import write_docx_pdf_widths

DOCX704_STEM = "704_protokoll_mhn_kristianstad_docx_paragraftabell"
DOCX704_BLOCKS = [
    ("h", "Sammanträdesprotokoll"),
    ("t", "Nämnd\tMiljö- och hälsoskyddsnämnden"),
    ("t", "Sammanträdesdatum\t2038-11-19"),
    ("t", "Plats och tid\tRådhus Skåne, sal Tivoli, kl. 13.00–15.45"),
    ("p", "Beslutande"),
    ("t", "Namn\tParti\tUppdrag"),
    ("t", "Agneta Fridell\tC\tOrdförande"),
    ("t", "Stig Hammargren\tS\tVice ordförande"),
    ("t", "Lina Ohlsson Brink\tM\tLedamot"),
    ("t", "Karin Wahlbeck\tSD\tLedamot"),
    ("t", "Yusuf Demir\tS\tTjänstgörande ersättare"),
    ("p", "Övriga närvarande: Henrik Ljungdal, miljöchef; Maja Sterner, nämndsekreterare"),
    ("p", "Justerare: Stig Hammargren"),
    ("p", "Paragrafer: 57–60"),
    ("t", "§ 57\tTillsynsplan 2039 för miljö- och hälsoskyddsnämnden\nDnr MHN 2038/1142"),
    ("p", "Beslut"),
    ("p", "1. Miljö- och hälsoskyddsnämnden antar tillsynsplan 2039."),
    ("p", "2. Planen redovisas för kommunstyrelsen för kännedom."),
    ("t", "§ 58\tTimavgift för tillsyn enligt miljöbalken 2039\nDnr MHN 2038/1097"),
    ("p", "Beslut"),
    ("p", "Miljö- och hälsoskyddsnämnden föreslår kommunfullmäktige att fastställa timavgiften till "
          "1 420 kronor från och med den 1 januari 2039."),
    ("p", "Beslutsgång"),
    ("p", "Karin Wahlbeck (SD) yrkar att timavgiften ska vara oförändrad, 1 350 kronor. Ordföranden ställer "
          "förvaltningens förslag mot Karin Wahlbecks yrkande och finner att nämnden bifaller förvaltningens förslag."),
    ("p", "Reservation"),
    ("p", "Karin Wahlbeck (SD) reserverar sig mot beslutet."),
    ("t", "§ 59\tBidrag till Helgeåns Vattenvårdsförening för provtagning 2039\nDnr MHN 2038/1180"),
    ("p", "Beslut"),
    ("p", "1. Nämnden beviljar Helgeåns Vattenvårdsförening, org.nr 802405-2998, ett bidrag om 75 000 kronor "
          "för provtagning under perioden 1 april–31 oktober 2039."),
    ("p", "2. Bidraget belastar nämndens anslag för miljöövervakning."),
    ("t", "§ 60\tMeddelanden och delegationsbeslut\nDnr MHN 2038/0012"),
    ("p", "Beslut"),
    ("p", "Meddelandena och redovisningen av delegationsbeslut läggs till handlingarna."),
    ("p", "Underskrifter"),
    ("t", "Ordförande\tJusterare\tSekreterare"),
    ("t", "Agneta Fridell\tStig Hammargren\tMaja Sterner"),
]
DOCX711_STEM = "711_protokollsutdrag_tfn_karlstad_docx_huvudtabell"
DOCX711_BLOCKS = [
    ("h", "Utdrag ur protokoll"),
    ("t", "Organ\tTeknik- och fastighetsnämnden"),
    ("t", "Sammanträdesdatum\t2040-06-09"),
    ("t", "Paragraf\t§ 72"),
    ("t", "Diarienummer\tTFN-2040-00318"),
    ("h", "Arrende för båtuppläggning vid Skutberget"),
    ("p", "Ärendebeskrivning"),
    ("p", "Karlstads Båtsällskap Vänerkusten har sedan 2031 arrenderat mark vid Skutberget för "
          "vinteruppläggning av båtar. Arrendet löper ut den 30 september 2040. Förvaltningen föreslår ett "
          "nytt arrende på fem år med en årlig avgift som räknas upp med konsumentprisindex."),
    ("p", "Beslut"),
    ("p", "1. Teknik- och fastighetsnämnden upplåter arrende till Karlstads Båtsällskap Vänerkusten, "
          "org.nr 802407-3416, för perioden 1 oktober 2040–30 september 2045."),
    ("p", "2. Arrendeavgiften fastställs till 38 500 kronor per år."),
    ("p", "3. Teknik- och fastighetsdirektören får i uppdrag att underteckna arrendeavtalet."),
    ("p", "Beslutsgång"),
    ("p", "Ordföranden Lisbeth Granqvist (S) ställer förvaltningens förslag under proposition och finner att "
          "nämnden bifaller det."),
    ("p", "Beslutsunderlag"),
    ("p", "Tjänsteskrivelse från markingenjör Viggo Almström, 2040-05-20"),
    ("t", "Justerandes signatur\tUtdragsbestyrkande"),
    ("t", "\t"),
    ("p", "Rätt utdraget intygar"),
    ("p", "Karlstad den 12 juni 2040"),
    ("p", "Melker Ståhl\nNämndsekreterare"),
]
DOCX711_HEADER = "KARLSTADS KOMMUN · Teknik- och fastighetsförvaltningen"
DOCX711_FOOTER = "Karlstads kommun · 651 84 Karlstad · karlstad.se"

DOCX704_HEADER = "Kristianstads kommun · Miljö- och hälsoskyddsnämnden"
DOCX704_FOOTER = "Justerandes signatur ____________      Utdragsbestyrkande ____________"

WRITERS = {
    "704": lambda folder: write_docx_pdf_widths(
        folder, DOCX704_STEM, DOCX704_BLOCKS, DOCX704_HEADER, DOCX704_FOOTER,
        {0: [5.2, 10.0], 1: [5.5, 2.0, 6.0], 2: [2.0, 13.0], 3: [2.0, 13.0], 4: [2.0, 13.0], 5: [2.0, 13.0],
         6: [5.0, 5.0, 5.0]}),
    "711": lambda folder: write_docx_pdf_widths(
        folder, DOCX711_STEM, DOCX711_BLOCKS, DOCX711_HEADER, DOCX711_FOOTER,
        {0: [5.2, 10.0], 1: [7.5, 7.5]}),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
