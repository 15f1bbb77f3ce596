"""Makes round 23's (gen23) invented documents that are not text files (tests/fixtures/invented 450-),
with the real tools of tests/inventedmaker.py: 453, a kultur- och fritidsnämnd's list of delegated
decisions written as a DOCX by python-docx (its head labels and the list in tables, amounts and org
numbers inside the rows' Ärende cells, the municipality only in the page header) and turned into a
born-digital PDF by LibreOffice; 455, a socialnämnd's tjänsteskrivelse reporting its IOP agreements in a
table of organisation, org.nr, period and "Tkr/år", scanned, which docparse OCRs. All text invented.
``python tests/inventedmaker23.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from inventedmaker import HERE, INVENTED, write_scan


def write_docx_pdf_widths(folder: Path, stem: str, blocks, header: str, footer: str, widths_cm: dict[int, list[float]]) -> Path:
    """As inventedmaker.write_docx_pdf, with the columns of the tables named in ``widths_cm`` (table
    index -> column widths) set as a writer sets them in Word, so a long cell wraps on words."""
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
        docx_path = formatmaker.write_docx(Path(tmp) / f"{stem}.docx", blocks, finish=finish)
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

WRITERS = {
    "453": lambda folder: write_docx_pdf_widths(folder, DOCX453_STEM, DOCX453_BLOCKS, DOCX453_HEADER, DOCX453_FOOTER,
                                                   {1: [1.0, 2.8, 6.0, 2.7, 3.5]}),
    "455": lambda folder: write_scan(folder, SCAN455_STEM, SCAN455_LINES, (2480, 2500), 0.3, 0.0012, 455),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
