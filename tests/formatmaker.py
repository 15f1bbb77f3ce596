"""Makes the same invented council decision (never corpus text) in every format docparse reads,
with real tools: plain text and HTML by hand, DOCX with python-docx, PDF, ODT, RTF and DOC by
LibreOffice headless from the DOCX. ``python tests/formatmaker.py DIR`` writes them all;
``python tests/formatmaker.py --samples samples/`` writes the non-text samples."""

from __future__ import annotations

import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# (kind, text): kind "h" heading, "p" paragraph, "t" table row (cells separated by tabs).
DECISION = [
    ("h", "Tjänsteutlåtande"),
    ("p", "Tierps kommun"),
    ("p", "Socialförvaltningen"),
    ("p", "Datum: 2024-03-12"),
    ("p", "Dnr SN 2024/0217"),
    ("h", "Idéburet offentligt partnerskap om läxhjälp för unga"),
    ("h", "Förvaltningens förslag till beslut"),
    ("p", "1. Socialnämnden godkänner avtalet om idéburet offentligt partnerskap med Föreningen "
          "Läxhjälpen i Tierp, org.nr 802481-1658, för perioden 2024-05-01 till 2026-04-30."),
    ("p", "2. Socialnämnden beviljar föreningen ett bidrag om 450 000 kronor per år."),
    ("p", "3. Paragrafen justeras omedelbart."),
    ("h", "Sammanfattning"),
    ("p", "Föreningen Läxhjälpen i Tierp erbjuder läxhjälp och samtalsstöd för barn och unga i åldern "
          "10 till 18 år på tre platser i kommunen. Verksamheten bygger på ideella insatser och drivs "
          "tillsammans med skolorna."),
    ("h", "Ekonomi"),
    ("t", "Kostnad\tBelopp"),
    ("t", "Lokalhyra\t120 000 kr"),
    ("t", "Personal\t330 000 kr"),
    ("p", "Anna Lindqvist"),
    ("p", "Socialchef"),
]
HEADER = "Tierps kommun · Socialförvaltningen"
FOOTER = "Postadress: Box 7, 815 80 Tierp"


def as_text(blocks=DECISION) -> str:
    """The plain text docparse's readers lay every format out as (docparse.read.blocks)."""
    out = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "h" and i:
            out.append("")
        out.append(text)
    return "\n".join(out) + "\n"


def as_html(blocks=DECISION, chrome: bool = True) -> str:
    """A council web page: the decision in <main>, with navigation, breadcrumbs, a cookie banner,
    scripts and a site footer around it."""
    body, rows = [], []

    def flush_rows():
        if rows:
            body.append("<table>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r.split("\t")) + "</tr>" for r in rows)
                + "</table>")
            rows.clear()

    first = True
    for kind, text in blocks:
        if kind == "t":
            rows.append(text)
            continue
        flush_rows()
        tag = ("h1" if first else "h2") if kind == "h" else "p"
        first = False
        body.append(f"<{tag}>{html.escape(text)}</{tag}>")
    flush_rows()
    main = "\n".join(body)
    if not chrome:
        return f"<!DOCTYPE html><html><body>{main}</body></html>"
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Tjänsteutlåtande - Tierps kommun</title>
<style>.x{{color:red}}</style><script>window.dataLayer=[];</script></head>
<body>
<a class="skip-link" href="#main">Till innehållet</a>
<header class="site-header"><img alt="Tierps kommun logotyp"><nav><ul><li><a>Kommun och politik</a></li>
<li><a>Omsorg och stöd</a></li><li><a>Kontakta oss</a></li></ul></nav></header>
<div id="cookie-banner">Vi använder kakor. <button>Godkänn</button></div>
<ol class="breadcrumbs"><li>Start</li><li>Kommun och politik</li><li>Protokoll</li></ol>
<main id="main">
{main}
</main>
<aside>Relaterade sidor: Föreningsbidrag 2023</aside>
<footer>Tierps kommun, 815 80 Tierp. Telefon 0293-21 80 00. Senast uppdaterad 2024-03-14</footer>
<script>track();</script>
</body></html>
"""


def write_docx(path: Path, blocks=DECISION, furniture: bool = False, *, before_block=None, finish=None) -> Path:
    """A DOCX of ``blocks`` (runs of table rows become a table); ``before_block(document, i)`` is
    called before each other block and ``finish(document)`` before saving, for layouts of tests'
    own (columns, page breaks, numbered footers)."""
    import docx

    document = docx.Document()
    rows: list[str] = []

    def flush_rows():
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0].split("\t")))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row.split("\t")):
                    table.cell(r, c).text = cell
            rows.clear()

    for i, (kind, text) in enumerate(blocks):
        if kind == "t":
            rows.append(text)
            continue
        flush_rows()
        if before_block:
            before_block(document, i)
        if kind == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    flush_rows()
    if furniture:
        section = document.sections[0]
        section.header.paragraphs[0].text = HEADER
        section.footer.paragraphs[0].text = FOOTER
    if finish:
        finish(document)
    document.save(path)
    return path


def damaged_copies(data: bytes, seed) -> list[bytes]:
    """15 truncated and 25 bit-flipped copies of ``data`` (1, 3 or 10 bytes changed), reproducible by ``seed``."""
    import random

    rng = random.Random(seed)
    cases = [data[:rng.randrange(1, len(data))] for _ in range(15)]
    for _ in range(25):
        damaged = bytearray(data)
        for _ in range(rng.choice([1, 3, 10])):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        cases.append(bytes(damaged))
    return cases


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, target: str, outdir: Path) -> Path:
    """LibreOffice headless: ``source`` converted to ``target`` (pdf, odt, rtf, doc) in ``outdir``."""
    filters = {"pdf": "pdf", "odt": "odt", "rtf": "rtf", "doc": "doc:MS Word 97"}
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", filters[target], "--outdir", str(outdir), str(source)],
                       check=True, capture_output=True, timeout=180)
    out = outdir / f"{source.stem}.{target}"
    if not out.exists():
        raise RuntimeError(f"LibreOffice did not write {out}")
    return out


def damage_font_maps(pdf: Path, mapping: dict[str, str]) -> bytes:
    """The PDF with its fonts' ToUnicode maps broken as real ones are: each letter of ``mapping``
    read as another (the page still shows the right glyphs; only its text layer is wrong)."""
    import pikepdf

    with pikepdf.open(pdf) as doc:
        done = set()
        for page in doc.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                cmap = font.get("/ToUnicode")
                if cmap is None or cmap.objgen in done:
                    continue
                done.add(cmap.objgen)
                data = cmap.read_bytes()
                for src, dst in mapping.items():
                    data = data.replace(f"<{ord(src):04X}>".encode(), f"<{ord(dst):04X}>".encode())
                cmap.write(data)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def write_all(folder: Path, stem: str = "beslut", *, furniture: bool = False) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {"txt": folder / f"{stem}.txt", "html": folder / f"{stem}.html"}
    files["txt"].write_text(as_text(), encoding="utf-8")
    files["html"].write_text(as_html(), encoding="utf-8")
    files["docx"] = write_docx(folder / f"{stem}.docx", furniture=furniture)
    if soffice():
        for target in ("pdf", "odt", "rtf", "doc"):
            files[target] = convert(files["docx"], target, folder)
    return files


# A second invented document, for the sample web page: a protocol extract on a council site.
PROTOCOL = [
    ("h", "Protokollsutdrag"),
    ("p", "Östhammars kommun"),
    ("p", "Kultur- och fritidsnämnden"),
    ("p", "Sammanträdesdatum: 2025-02-18"),
    ("h", "§ 12 Föreningsbidrag till Ekbacka hembygdsförening"),
    ("p", "Dnr KFN 2025/0034"),
    ("h", "Beslut"),
    ("p", "1. Kultur- och fritidsnämnden beviljar Ekbacka hembygdsförening, org.nr 802481-1658, "
          "ett verksamhetsbidrag om 85 000 kronor för år 2025."),
    ("p", "2. Bidraget betalas ut i två delar, i mars och i september."),
    ("h", "Ärendet"),
    ("p", "Föreningen driver hembygdsgården med café och arrangerar visningar för skolklasser. "
          "Ansökan har kommit in i tid och föreningen uppfyller kommunens villkor för bidrag."),
    ("p", "Maria Holm"),
    ("p", "Ordförande"),
]

# Lines of the sample scan (an invented decision; OCR'd when docparse reads it).
SCAN_LINES = [
    "Östhammars kommun",
    "Kommunstyrelsen",
    "Datum: 2025-01-20",
    "Dnr KS 2025/0007",
    "",
    "Stöd till föreningen Ljusglimten",
    "",
    "Förslag till beslut",
    "1. Kommunstyrelsen godkänner överenskommelsen",
    "med Föreningen Ljusglimten om stöd till äldre.",
    "2. Bidraget är 60 000 kronor per år under åren",
    "2025 till 2026.",
]


def write_samples(folder: Path) -> list[Path]:
    """The samples beside the text ones (samples/): a DOCX with a letterhead and footer, the
    born-digital PDF LibreOffice makes of it, a council web page, and a scanned page."""
    sys.path.insert(0, str(Path(__file__).parent))
    import scanmaker

    docx_path = write_docx(folder / "005_tierp_laxhjalp.docx", furniture=True)
    written = [docx_path, convert(docx_path, "pdf", folder)]
    page = folder / "006_osthammar_foreningsbidrag.html"
    page.write_text(as_html(PROTOCOL).replace("Tierps kommun", "Östhammars kommun"), encoding="utf-8")
    scan = folder / "007_skannat_beslut.pdf"
    scan.write_bytes(scanmaker.image_pdf([scanmaker.render_page(SCAN_LINES, size=(2480, 1100), skew=0.4,
                                                                noise=0.002)]))
    return written + [page, scan]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--samples"]:
        for path in write_samples(Path(sys.argv[2] if len(sys.argv) > 2 else "samples")):
            print(path, os.path.getsize(path))
    else:
        for kind, path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "formats")).items():
            print(kind, path, os.path.getsize(path))
