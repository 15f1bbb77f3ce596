"""Makes the invented documents of tests/fixtures/invented that are not text files, with real tools:
43, a tjänsteutlåtande written as a DOCX by python-docx (letterhead and footer, a label table, an
amount table, signatures in a table) and turned into a born-digital PDF by LibreOffice; 44, a
protokollsutdrag rendered as a skewed, speckled 300 dpi page image in an image-only PDF, which
docparse OCRs. All text invented. ``python tests/inventedmaker.py`` rewrites both."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
INVENTED = HERE / "fixtures" / "invented"

DOCX_STEM = "43_tjansteutlatande_docx"
DOCX_BLOCKS = [
    ("h", "Tjänsteutlåtande"),
    ("p", "Trosa kommun"),
    ("p", "Kultur- och fritidsförvaltningen"),
    ("t", "Datum\tDiarienummer"),
    ("t", "2031-08-19\tKFN 2031/077"),
    ("p", "Till Kultur- och fritidsnämnden"),
    ("h", "Driftbidrag till Trosa Ridklubb 2032–2033"),
    ("h", "Förvaltningens förslag till beslut"),
    ("p", "Kultur- och fritidsnämnden föreslås besluta"),
    ("p", "att bevilja Trosa Ridklubb, org.nr 802011-7720, driftbidrag om 210 000 kronor per år för 2032 och 2033,"),
    ("p", "att bidraget betalas ut kvartalsvis mot redovisning."),
    ("h", "Ärendet"),
    ("p", "Ridklubben ansvarar för driften av ridanläggningen i Tomtaklint. Klubben har 340 medlemmar, varav "
          "260 är under 20 år, och erbjuder ridskola sex dagar i veckan."),
    ("h", "Ekonomi"),
    ("t", "Post\tBelopp"),
    ("t", "Foder och strö\t95 000 kr"),
    ("t", "Underhåll av ridhus\t115 000 kr"),
    ("p", "Beslutet ryms inom nämndens budget för föreningsbidrag."),
    ("t", "Lena Forsberg\tDaniel Åkesson"),
    ("t", "Förvaltningschef\tFritidskonsulent"),
]
DOCX_HEADER = "Trosa kommun · Kultur- och fritidsförvaltningen"
DOCX_FOOTER = "Postadress: Box 44, 619 80 Trosa · Telefon 0156-520 00"

SCAN_STEM = "44_protokollsutdrag_skannat"
SCAN_LINES = [
    "ÖCKERÖ KOMMUN                       PROTOKOLLSUTDRAG",
    "Kommunstyrelsen                       Sammanträdesdatum 2031-05-12",
    "",
    "§ 74        Dnr KS 2031/0233",
    "",
    "Avgift för hemtjänst 2032",
    "",
    "Kommunstyrelsens beslut",
    "1. Avgiften för hemtjänst fastställs till 385 kronor per timme.",
    "2. Maxtaxan följer den nivå som riksdagen beslutar.",
    "",
    "Beslutsunderlag",
    "Tjänsteskrivelse från socialförvaltningen 2031-04-22",
    "",
    "Rätt utdraget intygar",
    "Malin Bengtsson, nämndsekreterare",
]


def write_docx_pdf(folder: Path) -> Path:
    import formatmaker

    def finish(document):
        section = document.sections[0]
        section.header.paragraphs[0].text = DOCX_HEADER
        section.footer.paragraphs[0].text = DOCX_FOOTER

    with tempfile.TemporaryDirectory() as tmp:
        docx_path = formatmaker.write_docx(Path(tmp) / f"{DOCX_STEM}.docx", DOCX_BLOCKS, finish=finish)
        pdf = formatmaker.convert(docx_path, "pdf", Path(tmp))
        target = folder / pdf.name
        target.write_bytes(pdf.read_bytes())
    return target


def write_scan(folder: Path) -> Path:
    import scanmaker

    page = scanmaker.render_page(SCAN_LINES, size=(2480, 1700), skew=0.5, noise=0.002, seed=44)
    target = folder / f"{SCAN_STEM}.pdf"
    target.write_bytes(scanmaker.image_pdf([page]))
    return target


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for path in (write_docx_pdf(INVENTED), write_scan(INVENTED)):
        print(path, path.stat().st_size)
