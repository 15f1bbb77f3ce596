"""Makes round 36's (gen36) invented documents (tests/fixtures/invented 720-): single-matter papers
(tjänsteskrivelser, tjänsteutlåtanden, remissvar, motions, medborgarförslag, interpellation answers) as
the Office and web files councils publish, written with the real tools: DOCX by python-docx (a head
table with a logo cell and label cells holding label and value as two paragraphs, page headers and
footers holding the board and dnr, a header that is itself a table, Word's automatic list numbering,
signature tables of name and title in one cell), ODT by LibreOffice from such a DOCX (heading styles
become ODF headings), born-digital PDFs by LibreOffice (a two-column head), and HTML pages of a
meeting system (an agenda item's page with breadcrumbs and an attachments list). All text invented;
the municipalities are real, everything said about them invented.
``python tests/inventedmaker36.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
INVENTED = HERE / "fixtures" / "invented"


def _logo_png(text: str) -> io.BytesIO:
    """A municipality's logo as an image (its name drawn, not written: no text for a reader)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 110, 110), outline="navy", width=8)
    draw.text((125, 50), text, fill="navy")
    out = io.BytesIO()
    image.save(out, format="PNG")
    out.seek(0)
    return out


def _fill_cell(cell, value, logo: str) -> None:
    """A cell's paragraphs: a string is one paragraph, a list one paragraph each, "LOGO" the logo image."""
    from docx.shared import Cm

    values = value if isinstance(value, list) else [value]
    first = True
    for text in values:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if text == "LOGO":
            paragraph.add_run().add_picture(_logo_png(logo), width=Cm(3.2))
        else:
            paragraph.add_run(text)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _add_table(container, rows, widths, borders: bool, logo: str, *, width=None) -> None:
    from docx.shared import Cm

    cols = max(len(r) for r in rows)
    if width is not None:
        table = container.add_table(rows=len(rows), cols=cols, width=width)
    else:
        table = container.add_table(rows=len(rows), cols=cols)
        table.style = "Table Grid" if borders else None
    if not borders:
        _no_borders(table)
    table.autofit = False
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            _fill_cell(table.cell(r, c), value, logo)
    if widths:
        for column, w in zip(table.columns, widths):
            column.width = Cm(w)
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)


def _add_ops(container, ops, logo: str, furniture: bool = False) -> None:
    """``ops`` into a document body, header or footer: (kind, value[, options])."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    first_paragraph = furniture
    for op in ops:
        kind, value = op[0], op[1]
        if kind == "table":
            widths = op[2] if len(op) > 2 else None
            borders = op[3] if len(op) > 3 else False
            _add_table(container, value, widths, borders, logo, width=Cm(sum(widths or [16])) if furniture else None)
            continue
        if kind == "pagebreak":
            container.add_page_break()
            continue
        style = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3",
                 "num": "List Number", "bul": "List Bullet"}.get(kind)
        if first_paragraph:
            paragraph = container.paragraphs[0]
            paragraph.add_run(value)
            first_paragraph = False
        else:
            paragraph = container.add_paragraph(value, style=style) if style else container.add_paragraph(value)
        if kind == "pr":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if kind == "ptab":  # a letterhead's second column set by a tab stop, as many templates do
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
        if kind == "pb":
            for run in paragraph.runs:
                run.bold = True


def make_docx(path: Path, body, header=(), footer=(), logo: str = "", first_page_header=None) -> Path:
    import docx

    document = docx.Document()
    _add_ops(document, body, logo)
    section = document.sections[0]
    if header:
        _add_ops(section.header, header, logo, furniture=True)
    if footer:
        _add_ops(section.footer, footer, logo, furniture=True)
    if first_page_header is not None:
        section.different_first_page_header_footer = True
        _add_ops(section.first_page_header, first_page_header, logo, furniture=True)
        if footer:
            _add_ops(section.first_page_footer, footer, logo, furniture=True)
    document.save(path)
    return path


def write_docx(folder: Path, stem: str, spec: dict, target: str = "docx") -> Path:
    """The DOCX itself, or LibreOffice's ODT or PDF of it."""
    sys.path.insert(0, str(HERE))
    import formatmaker

    with tempfile.TemporaryDirectory() as tmp:
        made = make_docx(Path(tmp) / f"{stem}.docx", spec["body"], spec.get("header", ()), spec.get("footer", ()),
                         spec.get("logo", ""), spec.get("first_page_header"))
        if target != "docx":
            made = formatmaker.convert(made, target, Path(tmp))
        out = folder / made.name
        out.write_bytes(made.read_bytes())
    return out


def write_page(folder: Path, name: str, page: str) -> Path:
    out = folder / name
    out.write_text(page, encoding="utf-8")
    return out


# --- batch A (720-726) ---------------------------------------------------------------------------

# 720: Huddinge, a socialnämnd's tjänsteskrivelse on an IOP; its head a table of a logo cell and three
# cells each holding its label and value as two paragraphs; the page header holds the office and dnr,
# the footer the municipality; the costs in a table "Belopp (kr)".
S720 = {
    "logo": "HUDDINGE",
    "header": [("p", "Socialförvaltningen\tSN 2039/0412")],
    "footer": [("p", "Huddinge kommun · Socialförvaltningen · 141 85 Huddinge · www.huddinge.se")],
    "body": [
        ("table", [["LOGO", ["Datum", "2039-03-18"], ["Diarienummer", "SN 2039/0412"],
                    ["Handläggare", "Malin Östergren"]]], [4.0, 3.5, 4.0, 4.5]),
        ("p", ""),
        ("pb", "Tjänsteskrivelse"),
        ("p", "Socialnämnden"),
        ("h1", "Överenskommelse om idéburet offentligt partnerskap med Föreningen Trappan i Huddinge om "
               "stödboende för unga vuxna"),
        ("h2", "Förslag till beslut"),
        ("p", "1. Socialnämnden godkänner överenskommelsen om idéburet offentligt partnerskap med Föreningen "
              "Trappan i Huddinge, org.nr 802246-1472, för perioden 1 juli 2039 – 30 juni 2042."),
        ("p", "2. Ersättningen till föreningen fastställs till 1 450 000 kronor per år och finansieras inom "
              "förvaltningens budget för förebyggande insatser."),
        ("p", "3. Socialdirektören får i uppdrag att underteckna överenskommelsen."),
        ("h2", "Sammanfattning"),
        ("p", "Föreningen Trappan i Huddinge driver sedan 2036 ett stödboende för unga vuxna som lämnar "
              "familjehem eller HVB. Förvaltningen föreslår att samarbetet formaliseras i ett idéburet "
              "offentligt partnerskap på tre år."),
        ("h2", "Ärendebeskrivning"),
        ("p", "Föreningen hyr fyra lägenheter i Vårby och Flemingsberg och ger boendestöd dagtid och kvällstid. "
              "Under 2038 hade elva unga vuxna plats i boendet. Föreningens kostnader enligt dess "
              "budget framgår av tabell 1."),
        ("p", "Tabell 1. Föreningens budget per år"),
        ("table", [["Post", "Belopp (kr)"], ["Personal, 2,5 årsarbetare", "1 180 000"],
                   ["Lokalhyra för fyra lägenheter", "190 000"], ["Administration och uppföljning", "80 000"],
                   ["Summa", "1 450 000"]], [9.0, 4.0], True),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Kostnaden för hela perioden blir 4 350 000 kronor."),
        ("p", ""),
        ("p", "Karin Sjöblom\nSocialdirektör"),
        ("p", "Malin Östergren\nUtvecklingsledare"),
    ],
}

# 721: Solna, a remissvar as ODT (LibreOffice's of a DOCX: its Heading styles become ODF headings),
# "Vårt dnr" and "Ert dnr" both printed, an addressee that is an authority's region, and a signature
# table of two cells each holding a name and a title as two paragraphs.
S721 = {
    "footer": [("p", "Solna stad · Stadsledningsförvaltningen · 171 86 Solna · www.solna.se")],
    "body": [
        ("p", "Solna stad"),
        ("p", "Stadsledningsförvaltningen"),
        ("title", "YTTRANDE"),
        ("p", "Datum: 2040-02-05"),
        ("p", "Vårt dnr: KS/2039:611"),
        ("p", "Ert dnr: TRV 2039/84412"),
        ("p", "Trafikverket Region Stockholm"),
        ("p", "Kommunstyrelsen"),
        ("h1", "Yttrande över remissen Åtgärdsvalsstudie för Bergshamra trafikplats"),
        ("p", "Solna stad har beretts möjlighet att yttra sig över Trafikverkets åtgärdsvalsstudie för "
              "Bergshamra trafikplats. Stadens yttrande har beretts av stadsledningsförvaltningen och "
              "stadsbyggnadsförvaltningen."),
        ("h2", "Sammanfattning"),
        ("p", "Solna stad ställer sig bakom studiens huvudinriktning men anser att trafiksäkerheten för gående "
              "och cyklister måste prioriteras högre och att kostnadsfördelningen behöver utredas vidare."),
        ("h2", "Synpunkter"),
        ("h3", "Trafiksäkerhet"),
        ("p", "Staden delar bedömningen att korsningen vid Bergshamra centrum är den mest olycksdrabbade "
              "delen av sträckan. Den planskilda passagen bör byggas i första etappen."),
        ("h3", "Kostnadsfördelning"),
        ("p", "Studien beräknar den totala kostnaden till 214 miljoner kronor, varav stadens andel enligt "
              "förslaget skulle bli 12,5 miljoner kronor. Staden kan inte ta ställning till en "
              "medfinansiering innan en avsiktsförklaring har tagits fram."),
        ("p", "Kontaktperson: Oskar Lindahl, trafikstrateg, 08-746 12 34"),
        ("p", "KOMMUNSTYRELSEN"),
        ("table", [[["Linnea Vall", "Kommunstyrelsens ordförande"], ["Jonas Edfeldt", "Stadsdirektör"]]],
         [8.0, 8.0]),
    ],
}

# 722: Täby, a motion as a born-digital PDF (DOCX by LibreOffice) whose head is a borderless table of
# two columns (the council and the kind word left, the date right), "Yrkande" with its att-clauses.
S722 = {
    "footer": [("p", "Liberalerna i Täby · Kommunfullmäktigegruppen")],
    "body": [
        ("table", [["TÄBY KOMMUN", "MOTION"], ["Kommunfullmäktige", "2039-09-30"]], [11.0, 5.0]),
        ("p", ""),
        ("h1", "Motion om en gång- och cykelbro vid Näsby allé"),
        ("p", "Många som bor öster om järnvägen cyklar varje dag till Täby centrum och till stationen. I dag "
              "måste de ta en omväg på nästan en kilometer eller korsa spåren vid en plankorsning som saknar "
              "bommar för gående. En bro vid Näsby allé skulle korta resvägen och göra den säkrare."),
        ("p", "Kommunen har tidigare pekat ut sträckan i cykelplanen, men inget har hänt sedan dess. Vi anser "
              "att det är dags att ta fram ett underlag så att frågan kan prövas i investeringsbudgeten."),
        ("h2", "Yrkande"),
        ("p", "Med hänvisning till ovanstående yrkar vi"),
        ("p", "att kommunstyrelsen får i uppdrag att utreda förutsättningarna för en gång- och cykelbro vid "
              "Näsby allé,"),
        ("p", "att utredningen redovisas för kommunfullmäktige senast i juni 2040, samt"),
        ("p", "att kostnaden för utredningen, högst 400 000 kronor, ryms inom kommunstyrelsens budget."),
        ("p", ""),
        ("p", "Täby den 30 september 2039"),
        ("table", [[["Ida Brandt (L)", "Ledamot i kommunfullmäktige"], ["Mats Öhrn (L)", "Ersättare i kommunfullmäktige"]]],
         [8.0, 8.0]),
    ],
}

# 723: Upplands Väsby, an agenda item's page from a meeting system: site chrome and breadcrumbs, the
# item's number before its title, its details in a definition list, the proposal as a bulleted list,
# and "Handlingar" listing the attachments.
P723 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>9. Svar på medborgarförslag om utegym i Sjöängsparken - Kommunstyrelsen 2040-04-14 - Upplands Väsby kommun</title>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
<header class="site-header"><a href="/"><img src="logo.svg" alt="Upplands Väsby kommun"></a>
<nav><ul><li><a href="/sammantraden">Sammanträden</a></li><li><a href="/namnder">Nämnder</a></li>
<li><a href="/sok">Sök handlingar</a></li></ul></nav></header>
<ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/sammantraden">Sammanträden</a></li>
<li><a href="/sammantraden/ks">Kommunstyrelsen</a></li><li><a href="/sammantraden/ks/2040-04-14">2040-04-14</a></li>
<li>Ärende 9</li></ol>
<main id="innehall">
<div class="meeting-info">Kommunstyrelsen · Sammanträde 2040-04-14 kl. 13.00 · Sessionssalen</div>
<h1>9. Svar på medborgarförslag om utegym i Sjöängsparken</h1>
<dl class="case-facts">
<dt>Diarienummer</dt><dd>KS 2040/0277</dd>
<dt>Handläggare</dt><dd>Sara Lönnqvist, fritidsstrateg</dd>
<dt>Föredragande</dt><dd>Per Holmér, kultur- och fritidschef</dd>
</dl>
<h2>Förslag till beslut</h2>
<p>Kommunstyrelsen föreslår kommunfullmäktige besluta:</p>
<ul>
<li>Medborgarförslaget bifalls.</li>
<li>Kultur- och fritidsnämnden får i uppdrag att anlägga ett utegym i Sjöängsparken inom en ram om 650 000 kronor.</li>
</ul>
<h2>Sammanfattning</h2>
<p>I ett medborgarförslag föreslås att kommunen bygger ett utegym i Sjöängsparken. Förslagsställaren
menar att det saknas platser för fri träning i de östra delarna av kommunen.</p>
<h2>Ärendebeskrivning</h2>
<p>Kultur- och fritidsförvaltningen har undersökt tre möjliga platser. Den norra delen av parken har
plan mark, belysning och närhet till gång- och cykelvägen. Anläggningen beräknas kosta 650 000 kronor,
varav 120 000 kronor avser underlag och belysning. Driftkostnaden beräknas till 35 000 kronor per år.</p>
<h2>Handlingar</h2>
<ul class="attachments">
<li><a href="/handling/88121.pdf">Tjänsteskrivelse 2040-03-02</a> (pdf, 212 kB)</li>
<li><a href="/handling/88122.pdf">Medborgarförslag om utegym</a> (pdf, 88 kB)</li>
<li><a href="/handling/88123.pdf">Karta över Sjöängsparken</a> (pdf, 1,4 MB)</li>
</ul>
</main>
<footer class="site-footer">Upplands Väsby kommun · 194 80 Upplands Väsby</footer>
</body></html>
"""

# 724: Falun, the answer to an interpellation as DOCX: the page header holds the council and the dnr
# at a tab, the footer "Falu kommun"; the date right-aligned; the questions in Word's automatic list
# numbering (no number in the text).
S724 = {
    "header": [("p", "KOMMUNFULLMÄKTIGE\t\tDnr KS 2040/0155")],
    "footer": [("p", "Falu kommun · Kommunstyrelsens förvaltning · 791 83 Falun")],
    "body": [
        ("pr", "2040-05-06"),
        ("h1", "Svar på interpellation om väntetider i färdtjänsten"),
        ("p", "Eva Hägg (L) har i en interpellation ställt följande frågor till kommunstyrelsens ordförande:"),
        ("num", "Hur lång var den genomsnittliga väntetiden för en beställd färdtjänstresa under 2039?"),
        ("num", "Hur många resor blev mer än 30 minuter försenade?"),
        ("num", "Vilka åtgärder avser kommunstyrelsen att vidta?"),
        ("h2", "Svar"),
        ("p", "Den genomsnittliga väntetiden var 11 minuter under 2039, vilket är två minuter längre än året "
              "innan. Av drygt 92 000 resor blev 1 840 mer än 30 minuter försenade, de flesta under "
              "december månad."),
        ("p", "Kostnaderna för färdtjänsten uppgick 2039 till 38,6 miljoner kronor. Förvaltningen har inlett "
              "en dialog med trafikföretaget om vite vid förseningar och kommer att följa upp avtalet "
              "varje månad."),
        ("p", "Med detta anser jag interpellationen besvarad."),
        ("p", ""),
        ("p", "Anders Brolin (C)\nKommunstyrelsens ordförande"),
    ],
}

# 725: Karlskrona, a tjänsteutlåtande whose kind word, date and dnr stand only in the page header, set
# as a table of two columns; a "Beslutsunderlag" list; the financing in a table "Belopp i kronor".
S725 = {
    "header": [("table", [["Karlskrona kommun", "TJÄNSTEUTLÅTANDE"], ["Fritidsförvaltningen", "2039-11-04"],
                          ["", "Dnr FRN 2039/0218"]], [10.0, 6.0])],
    "footer": [("p", "Karlskrona kommun · 371 83 Karlskrona · karlskrona.se")],
    "body": [
        ("p", "Fritidsnämnden"),
        ("h1", "Investeringsbidrag till Lyckeby Bouleklubb för en inomhusbana"),
        ("h2", "Förslag till beslut"),
        ("p", "Fritidsnämnden beviljar Lyckeby Bouleklubb, org.nr 802745-1346, ett investeringsbidrag om "
              "185 000 kronor för en inomhusbana vid Lyckeby idrottsplats."),
        ("h2", "Ärendet"),
        ("p", "Lyckeby Bouleklubb har ansökt om investeringsbidrag för att bygga en inomhusbana i ett "
              "befintligt förråd. Klubben har 140 medlemmar, de flesta över 65 år, och kan i dag bara spela "
              "mellan april och oktober. Projektet finansieras enligt följande:"),
        ("table", [["Finansiering", "Belopp i kronor"], ["Investeringsbidrag från nämnden", "185 000"],
                   ["Klubbens egna medel", "95 000"], ["Summa", "280 000"]], [9.0, 4.0], True),
        ("p", "Förvaltningen bedömer att ansökan uppfyller villkoren i nämndens riktlinjer för "
              "investeringsbidrag. Bidraget ryms inom nämndens investeringsram för 2040."),
        ("h2", "Beslutsunderlag"),
        ("bul", "Tjänsteutlåtande 2039-11-04"),
        ("bul", "Ansökan från Lyckeby Bouleklubb, inkommen 2039-09-12"),
        ("bul", "Kostnadskalkyl"),
        ("p", ""),
        ("p", "Henrik Wallgren\nFritidschef"),
        ("p", "Johanna Rask\nFöreningskonsulent"),
    ],
}

# 726: Södertälje, a tjänsteskrivelse as DOCX whose proposal is in Word's automatic list numbering
# (the numbers are not in the text), its head a table of label cells over value cells with the case
# officer's name, e-mail and phone in one cell.
S726 = {
    "footer": [("p", "Södertälje kommun · Kultur- och fritidsförvaltningen · 151 89 Södertälje")],
    "body": [
        ("table", [["Södertälje kommun", "TJÄNSTESKRIVELSE"],
                   ["Kultur- och fritidsförvaltningen", ["Datum", "2040-02-19"]],
                   [["Handläggare", "Petra Nyhlén", "petra.nyhlen@sodertalje.se", "08-523 011 42"],
                    ["Diarienummer", "KFN 2040/0093"]]], [10.0, 6.0]),
        ("p", ""),
        ("p", "Kultur- och fritidsnämnden"),
        ("h1", "Projektbidrag till Hovsjö Föreningsråd för Sommar i Hovsjö 2040"),
        ("h2", "Förslag till beslut"),
        ("num", "Kultur- och fritidsnämnden beviljar Hovsjö Föreningsråd, org.nr 802261-3908, ett projektbidrag "
                "om 240 000 kronor för projektet Sommar i Hovsjö 2040."),
        ("num", "Bidraget finansieras ur nämndens utvecklingsmedel."),
        ("num", "Föreningsrådet ska redovisa projektet senast den 31 oktober 2040."),
        ("h2", "Sammanfattning"),
        ("p", "Hovsjö Föreningsråd samlar elva föreningar i stadsdelen och har sökt bidrag för ett "
              "sommarprogram med idrott, läxläsning och utflykter för barn och unga under perioden "
              "15 juni–14 augusti 2040."),
        ("h2", "Ärendebeskrivning"),
        ("p", "Ansökan avser 310 000 kronor. Förvaltningen föreslår ett bidrag om 240 000 kronor eftersom "
              "utflykterna till stor del kan finansieras med avgifter från deltagarna. Föreningsrådet "
              "genomförde ett liknande program 2039 med 420 deltagare."),
        ("p", ""),
        ("p", "Lina Forsgren\nKultur- och fritidsdirektör"),
    ],
}


# --- batch B (727-733) ---------------------------------------------------------------------------

# 727: Nacka, a tjänsteskrivelse over two pages as DOCX: a first page's own header (a table of the logo
# image, the kind word, the date and the dnr) and a running header for later pages (the dnr alone);
# the proposal in Word's numbering; the compensation in a table under a caption in tkr.
S727 = {
    "logo": "NACKA",
    "first_page_header": [("table", [["LOGO", "TJÄNSTESKRIVELSE"], ["", "2040-10-08"], ["", "NTN 2040/0561"]], [10.0, 6.0])],
    "header": [("p", "NTN 2040/0561")],
    "footer": [("p", "Nacka kommun · 131 81 Nacka · www.nacka.se")],
    "body": [
        ("p", "Natur- och trafiknämnden"),
        ("h1", "Avtal med Saltsjöbadens Båtklubb om drift av gästhamnen i Fisksätra"),
        ("h2", "Förslag till beslut"),
        ("num", "Natur- och trafiknämnden godkänner avtalet med Saltsjöbadens Båtklubb, org.nr 802518-0640, om "
                "drift av gästhamnen i Fisksätra för perioden 1 januari 2041–31 december 2043."),
        ("num", "Nämnden ger trafikdirektören i uppdrag att underteckna avtalet."),
        ("h2", "Sammanfattning"),
        ("p", "Gästhamnen i Fisksätra har sedan 2036 drivits av kommunen med säsongsanställd personal. "
              "Saltsjöbadens Båtklubb har erbjudit sig att ta över driften under tre år mot en årlig "
              "ersättning. Förvaltningen bedömer att klubben har den kunskap och de ideella krafter som "
              "behövs."),
        ("h2", "Ärendet"),
        ("p", "Klubben ansvarar enligt avtalet för bokning, tillsyn, städning av servicebyggnaden och "
              "tömning av latrin under perioden maj till september. Kommunen står för underhåll av bryggor "
              "och el."),
        ("pagebreak", ""),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Ersättning till klubben per år (tkr)"),
        ("table", [["År", "Ersättning"], ["2041", "420"], ["2042", "430"], ["2043", "440"]], [4.0, 4.0], True),
        ("p", "Den sammanlagda ersättningen blir 1 290 tkr, vilket är lägre än kommunens egen kostnad för "
              "driften 2040."),
        ("p", ""),
        ("p", "Maria Strand\nTrafikdirektör"),
        ("p", "Johan Ekdahl\nEnhetschef"),
    ],
}

# 728: Sundsvall, a tjänsteutlåtande as ODT (LibreOffice's of a DOCX) whose proposal is a numbered
# list: ODF keeps the list and its style, not the numbers; the head's labels and values set by tabs.
S728 = {
    "footer": [("p", "Sundsvalls kommun · Barn- och utbildningsförvaltningen · 851 85 Sundsvall")],
    "body": [
        ("p", "Sundsvalls kommun"),
        ("p", "Barn- och utbildningsförvaltningen"),
        ("title", "TJÄNSTEUTLÅTANDE"),
        ("p", "Datum\t2040-05-27"),
        ("p", "Dnr\tBUN-2040-00188"),
        ("p", "Handläggare\tElin Sjöström"),
        ("p", "Barn- och utbildningsnämnden"),
        ("h1", "Samverkansavtal med Stiftelsen Alnö Kursgård om svenska för föräldralediga"),
        ("h2", "Förslag till beslut"),
        ("num", "Barn- och utbildningsnämnden godkänner samverkansavtalet med Stiftelsen Alnö Kursgård, "
                "org.nr 817734-6874, för perioden 1 augusti 2040–30 juni 2042."),
        ("num", "Ersättningen uppgår till 650 000 kronor per läsår och finansieras inom anslaget för "
                "vuxenutbildning."),
        ("num", "Skoldirektören får i uppdrag att teckna avtalet."),
        ("h2", "Bakgrund"),
        ("p", "Stiftelsen har sedan 2038 bedrivit kurser i svenska för föräldralediga med barn under ett år. "
              "Kurserna hålls på dagtid med barnpassning i samma lokal."),
        ("h2", "Bedömning"),
        ("p", "Förvaltningen bedömer att kurserna når en grupp som annars inte deltar i vuxenutbildningen. "
              "Under 2039 deltog 64 föräldrar."),
        ("p", ""),
        ("p", "Tomas Hellberg\nSkoldirektör"),
        ("p", "Elin Sjöström\nUtvecklingsledare"),
    ],
}

# 729: Växjö, a remissvar published as a web page: breadcrumbs, a "Publicerad" line, the letter's
# labels in a table (Vårt dnr, Ert dnr, Datum, Till), the region it answers named often.
P729 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Remissvar om regional cykelstrategi - Växjö kommun</title></head>
<body>
<div class="cookie-banner">Vi använder kakor för att förbättra webbplatsen. <button>Jag förstår</button></div>
<header class="site-header"><a href="/"><img src="/logo.svg" alt="Växjö kommun"></a>
<nav class="main-nav"><ul><li><a href="/">Startsida</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Du är här"><a href="/">Startsida</a> / <a href="/kommun-och-politik">Kommun och politik</a> /
<a href="/remissvar">Remissvar</a> / Regional cykelstrategi</nav>
<main>
<article>
<h1>Yttrande över Region Kronobergs förslag till cykelstrategi 2041–2050</h1>
<p class="meta">Publicerad 2040-03-12</p>
<table class="letter-facts">
<tr><th>Vårt dnr</th><td>KS 2040/0098</td></tr>
<tr><th>Ert dnr</th><td>RK 2039/4411</td></tr>
<tr><th>Datum</th><td>2040-03-10</td></tr>
<tr><th>Till</th><td>Region Kronoberg</td></tr>
</table>
<p>Växjö kommun har tagit del av Region Kronobergs förslag till cykelstrategi och lämnar följande
synpunkter. Yttrandet har beslutats av kommunstyrelsen.</p>
<h2>Övergripande synpunkter</h2>
<p>Kommunen välkomnar strategin och delar målet att andelen resor med cykel ska fördubblas till 2050.
Strategin behöver dock tydligare ange hur cykelvägar mellan tätorterna ska finansieras.</p>
<h2>Finansiering</h2>
<p>Förslaget innebär att kommunerna bekostar hälften av nya regionala cykelvägar. För Växjö kommun
skulle det betyda cirka 18 miljoner kronor under strategiperioden. Kommunen föreslår att Region
Kronoberg i stället avsätter 15 miljoner kronor per år i länsplanen för cykelinfrastruktur.</p>
<p>Karin Ekholm, kommunstyrelsens ordförande<br>Per-Olof Wiklund, kommunchef</p>
<aside class="contact"><h2>Kontakt</h2><p>Sofia Lindvall, trafikplanerare<br>sofia.lindvall@vaxjo.se</p></aside>
</article>
</main>
<footer class="site-footer">Växjö kommun · Box 1222 · 351 12 Växjö · Org.nr 212000-8897</footer>
</body></html>
"""

# 730: Finspång, a tjänsteskrivelse as DOCX: its head a table of four labels over four values, a
# tariff table of two years' columns under a caption in tkr, the proposal a lead-in and its att-clauses,
# the signatures a table of name and title in one cell each.
S730 = {
    "footer": [("p", "Finspångs kommun · 612 80 Finspång · www.finspang.se")],
    "body": [
        ("title", "Tjänsteskrivelse"),
        ("table", [["Datum", "Diarienummer", "Handläggare", "Mottagare"],
                   ["2040-09-14", "KS.2040.0412", "Lars Viklund", "Kommunstyrelsen"]], [3.5, 3.5, 4.5, 4.5], True),
        ("p", ""),
        ("h1", "Reviderade taxor för uthyrning av idrottsanläggningar från 2041"),
        ("h2", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
        ("p", "att anta reviderade taxor för uthyrning av idrottsanläggningar enligt bilaga 1, att gälla från "
              "den 1 januari 2041,"),
        ("p", "att uppdra åt kultur- och fritidsnämnden att följa upp taxornas effekter under 2041."),
        ("h2", "Ärendebeskrivning"),
        ("p", "Taxorna för idrottsanläggningar har inte räknats upp sedan 2036. Förslaget innebär en höjning "
              "med i genomsnitt fem procent för vuxna, medan taxan för barn- och ungdomsverksamhet lämnas "
              "oförändrad. Intäkterna beräknas öka enligt tabellen."),
        ("p", "Beräknade intäkter (tkr)"),
        ("table", [["Anläggning", "2040", "2041"], ["Sporthallen Arena Grosvad", "1 240", "1 310"],
                   ["Ishallen", "860", "905"], ["Summa", "2 100", "2 215"]], [7.0, 3.0, 3.0], True),
        ("p", ""),
        ("table", [[["Helena Sandberg", "Kommundirektör"], ["Lars Viklund", "Fritidschef"]]], [8.0, 8.0]),
    ],
}

# 731: Örnsköldsvik, an agenda item's page of another meeting system: the item's facts in a table of
# header and data cells ("Rubrik", "Diarienummer", "Sammanträde"), the proposal an ordered list whose
# numbers the browser draws, "Beslutsunderlag" a list of links.
P731 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Ärende 12 - Kommunfullmäktige - Örnsköldsviks kommun</title></head>
<body>
<div id="top"><a href="#content" class="skiplink">Gå direkt till innehållet</a></div>
<div class="navbar"><a href="/">Örnsköldsviks kommun</a> <a href="/moten">Möten och handlingar</a> <a href="/sok">Sök</a></div>
<ul class="breadcrumbs"><li>Möten och handlingar</li><li>Kommunfullmäktige</li><li>2041-03-29</li><li>Ärende 12</li></ul>
<div id="content" role="main">
<table class="item-facts">
<tr><th>Ärende</th><td>12</td></tr>
<tr><th>Rubrik</th><td>Svar på motion från Lena Dahlgren (KD) om fler platser i korttidsboende</td></tr>
<tr><th>Diarienummer</th><td>KS 2041/0077</td></tr>
<tr><th>Sammanträde</th><td>Kommunfullmäktige 2041-03-29</td></tr>
<tr><th>Handläggare</th><td>Jenny Åström, utredare</td></tr>
</table>
<h3>Förslag till beslut</h3>
<ol>
<li>Motionen avslås.</li>
<li>Kommunfullmäktige noterar att socialnämnden utreder behovet av korttidsplatser i sin lokalplan för 2042–2045.</li>
</ol>
<h3>Ärendebeskrivning</h3>
<p>Lena Dahlgren (KD) föreslår i en motion att kommunen inrättar tio nya platser i korttidsboende i
Bjästa. Socialnämnden har yttrat sig över motionen och konstaterar att beläggningen under 2040 var i
genomsnitt 86 procent. En ny plats beräknas kosta cirka 1,1 miljoner kronor per år.</p>
<h3>Beslutsunderlag</h3>
<ul class="documents">
<li><a href="/doc/5512">Motion från Lena Dahlgren (KD)</a></li>
<li><a href="/doc/5513">Socialnämndens yttrande 2041-01-20</a></li>
<li><a href="/doc/5514">Tjänsteskrivelse 2041-02-08</a></li>
</ul>
</div>
<div class="site-footer">Örnsköldsviks kommun · 891 88 Örnsköldsvik</div>
</body></html>
"""

# 732: Avesta, a remissvar as a born-digital PDF (DOCX by LibreOffice) whose head's second column is set
# by tab stops, not a table: the kind word, the date, "Vårt dnr" and "Ert dnr" in that column.
S732 = {
    "footer": [("p", "Avesta kommun · Kommunstyrelsens förvaltning · 774 81 Avesta")],
    "body": [
        ("ptab", "Avesta kommun\tYTTRANDE"),
        ("ptab", "Kommunstyrelsen\t2040-11-19"),
        ("ptab", "\tVårt dnr: KS 2040/0733"),
        ("ptab", "\tErt dnr: M2040/01877"),
        ("p", ""),
        ("p", "Miljödepartementet"),
        ("p", ""),
        ("h1", "Remiss av promemorian Skärpta krav på återvinning av byggavfall"),
        ("p", "Avesta kommun har getts tillfälle att yttra sig över promemorian och lämnar följande "
              "synpunkter."),
        ("h2", "Kommunens ställningstagande"),
        ("p", "Kommunen tillstyrker förslaget om sortering av byggavfall på byggarbetsplatsen men avstyrker "
              "kravet på att kommunerna ska kontrollera varje byggherres redovisning."),
        ("h2", "Konsekvenser för kommunen"),
        ("p", "Tillsynen enligt förslaget beräknas kräva två nya tjänster på miljöenheten, en kostnad om "
              "cirka 1,6 miljoner kronor per år som inte täcks av avgifter."),
        ("p", ""),
        ("p", "För Avesta kommun"),
        ("p", "Gunilla Ekström"),
        ("p", "Kommunstyrelsens ordförande"),
        ("p", ""),
        ("p", "Mikael Rönnqvist"),
        ("p", "Kommundirektör"),
    ],
}

# 733: Värnamo, a medborgarförslag as an e-service's DOCX export: every field a row of a two-column
# table, the long text inside its cell; the page header holds the council and the dnr.
S733 = {
    "header": [("p", "Kommunfullmäktige\tDnr KS 2039/0288")],
    "footer": [("p", "Värnamo kommun · Kommunledningsförvaltningen · 331 83 Värnamo")],
    "body": [
        ("h1", "Medborgarförslag"),
        ("table", [["Ärendetyp", "Medborgarförslag till kommunfullmäktige"],
                   ["Datum", "2039-05-03"],
                   ["Förslagsställare", "Nils Ågren"],
                   ["Förslagets rubrik", "Cykelparkering med tak vid Bredaryds station"],
                   ["Beskrivning", ["Många pendlar med tåg från Bredaryd och cyklar till stationen. Cyklarna står "
                                    "i dag ute i regn och snö, och flera har blivit stulna under vintern.",
                                    "En cykelparkering med tak och ramlås skulle göra det lättare att välja cykeln "
                                    "året runt."]],
                   ["Förslag", "Jag föreslår att kommunen bygger en cykelparkering med tak för minst 40 cyklar vid "
                               "Bredaryds station."]], [4.5, 11.5], True),
    ],
}

WRITERS = {
    "720": lambda folder: write_docx(folder, "720_tjansteskrivelse_sn_docx_logotabell_sidhuvud_dnr", S720),
    "721": lambda folder: write_docx(folder, "721_remissvar_ks_odt_vart_ert_dnr", S721, "odt"),
    "722": lambda folder: write_docx(folder, "722_motion_kf_pdf_tvaspaltshuvud_yrkande", S722, "pdf"),
    "723": lambda folder: write_page(folder, "723_svar_medborgarforslag_motessystem_webbsida.html", P723),
    "724": lambda folder: write_docx(folder, "724_interpellationssvar_docx_sidhuvud_dnr_autonumrering", S724),
    "725": lambda folder: write_docx(folder, "725_tjansteutlatande_frn_docx_sidhuvudtabell", S725),
    "726": lambda folder: write_docx(folder, "726_tjansteskrivelse_kfn_docx_autonumrerat_forslag", S726),
    "727": lambda folder: write_docx(folder, "727_tjansteskrivelse_ntn_docx_forstasidans_sidhuvud", S727),
    "728": lambda folder: write_docx(folder, "728_tjansteutlatande_bun_odt_numrerad_lista", S728, "odt"),
    "729": lambda folder: write_page(folder, "729_remissvar_webbsida_etikettabell.html", P729),
    "730": lambda folder: write_docx(folder, "730_tjansteskrivelse_ks_docx_etiketter_over_varden", S730),
    "731": lambda folder: write_page(folder, "731_svar_motion_motessystem_tabell_webbsida.html", P731),
    "732": lambda folder: write_docx(folder, "732_remissvar_pdf_tabbat_brevhuvud", S732, "pdf"),
    "733": lambda folder: write_docx(folder, "733_medborgarforslag_etjanst_docx_tabell", S733),
}


if __name__ == "__main__":
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
