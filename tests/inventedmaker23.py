"""Makes round 23's (gen23) invented documents that are not text files (tests/fixtures/invented 450-),
with the real tools of tests/inventedmaker.py: 453, a kultur- och fritidsnämnd's list of delegated
decisions written as a DOCX by python-docx (its head labels and the list in tables, amounts and org
numbers inside the rows' Ärende cells, the municipality only in the page header) and turned into a
born-digital PDF by LibreOffice; 455, a socialnämnd's tjänsteskrivelse reporting its IOP agreements in a
table of organisation, org.nr, period and "Tkr/år", scanned, which docparse OCRs; 459, a kultur- och
fritidsnämnd's protokollsutdrag as DOCX by python-docx turned into a PDF (its head labels in a table, the
grants in a table of "Sökt (kr)" and "Beviljat (kr)" with a Summa row); 460, a kommunfullmäktige's
kungörelse of 1996 printed in a serif face and scanned (its matters a numbered list; typed in a monospaced
or a sans face, Tesseract loses the list's numbers: it reads their column as a block of its own, or
drops the digit before the point). All text invented.
``python tests/inventedmaker23.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from inventedmaker import HERE, INVENTED, write_scan


def write_docx_pdf_widths(folder: Path, stem: str, blocks, header: str, footer: str, widths_cm: dict[int, list[float]],
                          before_block=None) -> Path:
    """As inventedmaker.write_docx_pdf, with the columns of the tables named in ``widths_cm`` (table
    index -> column widths) set as a writer sets them in Word, so a long cell wraps on words;
    ``before_block(document, i)``, if given, is called before block ``i`` is written (a page break)."""
    import formatmaker
    from docx.shared import Cm

    def finish(document):
        section = document.sections[0]
        section.header.paragraphs[0].text = header
        section.footer.paragraphs[0].text = footer
        for index, widths in widths_cm.items():
            table = document.tables[index]
            table.autofit = False
            for column, width in zip(table.columns, widths):
                column.width = Cm(width)  # the grid LibreOffice reads
            for row in table.rows:
                for cell, width in zip(row.cells, widths):
                    cell.width = Cm(width)

    with tempfile.TemporaryDirectory() as tmp:
        docx_path = formatmaker.write_docx(Path(tmp) / f"{stem}.docx", blocks, before_block=before_block, finish=finish)
        pdf = formatmaker.convert(docx_path, "pdf", Path(tmp))
        target = folder / pdf.name
        target.write_bytes(pdf.read_bytes())
    return target


DOCX453_STEM = "453_delegationsbeslut_kfn_docx_tabell_tkr"
DOCX453_BLOCKS = [
    ("h", "Redovisning av delegationsbeslut"),
    ("t", "Nämnd\tKultur- och fritidsnämnden"),
    ("t", "Datum\t2039-03-02"),
    ("p", "Följande beslut har fattats med stöd av nämndens delegationsordning under februari månad."),
    ("t", "Nr\tDatum\tÄrende\tDnr\tBeslutsfattare"),
    ("t", "1\t2039-02-03\tStartbidrag till Hörby Padelförening, 8 tkr\tKFN 2039/0012\tUlrika Brodin, fritidschef"),
    ("t", "2\t2039-02-09\tArrangemangsbidrag till Ludvigsborgs Teaterförening (802453-3898), 15 000 kr\tKFN 2039/0017\t"
          "Ulrika Brodin, fritidschef"),
    ("t", "3\t2039-02-14\tAvslag på ansökan om lokalbidrag från Hörby Modellflygklubb\tKFN 2039/0021\tUlrika Brodin, fritidschef"),
    ("t", "4\t2039-02-20\tLovaktivitetsbidrag till Östra Frosta Ryttarsällskap, 802622-7358, 12,5 tkr\tKFN 2039/0025\t"
          "Mats Hallberg, fritidskonsulent"),
    ("t", "5\t2039-02-27\tHyresavtal för Fritidsgården Tornet 1 mars 2039–28 februari 2041\tKFN 2039/0029\t"
          "Ulrika Brodin, fritidschef"),
    ("p", "Delegationsbesluten anmäls till kultur- och fritidsnämnden den 18 mars 2039."),
    ("p", "Sammanställt av Mats Hallberg, fritidskonsulent"),
]
DOCX453_HEADER = "Hörby kommun · Kultur- och fritidsförvaltningen"
DOCX453_FOOTER = "Hörby kommun · 242 80 Hörby · www.horby.se"

SCAN455_STEM = "455_tjansteskrivelse_sn_iop_redovisning_skannad_tkr"
SCAN455_LINES = [
    "KARLSHAMNS KOMMUN                          TJÄNSTESKRIVELSE",
    "Socialförvaltningen                        2037-11-12",
    "                                           Dnr SN 2037/0214",
    "",
    "Socialnämnden",
    "",
    "Redovisning av gällande idéburna offentliga",
    "partnerskap 2037",
    "",
    "Förslag till beslut",
    "Socialnämnden godkänner redovisningen och lägger den till",
    "handlingarna.",
    "",
    "Ärendet",
    "Socialnämnden har fyra gällande överenskommelser om idéburet",
    "offentligt partnerskap. Ersättningen för 2037 uppgår till",
    "sammanlagt 1 685 tkr.",
    "",
    "Organisation              Org.nr        Period       Tkr/år",
    "Mörrums Ungdomsgård       802447-1958   2035-2037       620",
    "Svängsta Träffpunkt       802380-5628   2036-2038       415",
    "Kvinnojouren Vågen        802515-0171   2037-2039       550",
    "Föreningen Läsvännerna    802388-7105   2036-2037       100",
    "",
    "Förvaltningen bedömer att samtliga partnerskap följer sina",
    "överenskommelser. Överenskommelsen med Mörrums Ungdomsgård löper",
    "ut den 31 december 2037 och förvaltningen återkommer med förslag",
    "om en ny.",
    "",
    "Linnea Örtqvist                 Tomas Bergkvist",
    "Utvecklingsstrateg              Socialchef",
]

DOCX459_STEM = "459_protokollsutdrag_kfn_docx_bidragstabell_summa"
DOCX459_BLOCKS = [
    ("h", "PROTOKOLLSUTDRAG"),
    ("t", "Sammanträdesdatum\t2039-02-21"),
    ("t", "Paragraf\t§ 23"),
    ("t", "Diarienummer\tKFN 2039/0008"),
    ("h", "§ 23 Fördelning av aktivitetsbidrag 2039"),
    ("p", "Ärendebeskrivning"),
    ("p", "Sex föreningar har sökt aktivitetsbidrag för 2039, sammanlagt 212 000 kronor. Nämnden har 150 000 kronor "
          "avsatt i budget. Förvaltningen föreslår att bidragen fördelas efter antalet aktiviteter under 2038."),
    ("t", "Förening\tOrg.nr\tSökt (kr)\tBeviljat (kr)"),
    ("t", "Rimforsa Skidklubb\t802519-3742\t48 000\t36 000"),
    ("t", "Kisa Ridklubb\t802572-8166\t60 000\t42 000"),
    ("t", "Horns Hembygdsförening\t802408-2631\t18 000\t12 000"),
    ("t", "Tidersrums Bygdegårdsförening\t–\t22 000\t15 000"),
    ("t", "Kinda Schacksällskap\t802631-0972\t14 000\t10 000"),
    ("t", "Björkfors Bollklubb\t802455-7210\t50 000\t35 000"),
    ("t", "Summa\t\t212 000\t150 000"),
    ("p", "Beslut"),
    ("p", "Kultur- och fritidsnämnden beslutar"),
    ("p", "att fördela aktivitetsbidrag för 2039 enligt tabellen ovan, sammanlagt 150 000 kronor,"),
    ("p", "att bidragen betalas ut senast den 31 mars 2039."),
    ("p", "Rätt utdraget betygar"),
    ("p", "Sara Lindqvist, nämndsekreterare"),
]
DOCX459_HEADER = "Kinda kommun · Kultur- och fritidsnämnden"
DOCX459_FOOTER = "Justerandes signatur                    Utdragsbestyrkande"

SCAN460_STEM = "460_kungorelse_kf_1996_serif_skannad"
SCAN460_LINES = [
    "EMMABODA KOMMUN",
    "Kommunfullmäktige",
    "",
    "",
    "KUNGÖRELSE",
    "",
    "Kommunfullmäktige sammanträder i Folkets hus,",
    "Emmaboda, torsdagen den 12 december 1996 kl. 18.30.",
    "",
    "Ärenden",
    "",
    "1. Val av justerare",
    "2. Budget 1997 och flerårsplan 1998-1999",
    "3. Taxor för vatten och avlopp 1997",
    "4. Borgen för Emmaboda Bostäder AB, högst 12 mkr",
    "5. Bidrag till Vissefjärda Hembygdsförening",
    "6. Motion om belysning i Algutsboda",
    "7. Val av ersättare i socialnämnden",
    "8. Anmälan av delegationsbeslut",
    "",
    "Handlingarna finns tillgängliga på kommunkansliet",
    "och i biblioteket.",
    "",
    "Emmaboda den 28 november 1996",
    "",
    "Bengt Karlsson            Gun Nilsson",
    "Ordförande                Sekreterare",
]

WRITERS = {
    "453": lambda folder: write_docx_pdf_widths(folder, DOCX453_STEM, DOCX453_BLOCKS, DOCX453_HEADER, DOCX453_FOOTER,
                                                   {1: [1.0, 2.8, 6.0, 2.7, 3.5]}),
    "455": lambda folder: write_scan(folder, SCAN455_STEM, SCAN455_LINES, (2480, 2500), 0.3, 0.0012, 455),
    "459": lambda folder: write_docx_pdf_widths(folder, DOCX459_STEM, DOCX459_BLOCKS, DOCX459_HEADER, DOCX459_FOOTER,
                                                   {1: [6.0, 3.4, 3.2, 3.4]}),
    "460": lambda folder: write_scan(folder, SCAN460_STEM, SCAN460_LINES, (2480, 2300), 0.35, 0.0015, 460,
                                     font="LiberationSerif-Regular.ttf"),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
