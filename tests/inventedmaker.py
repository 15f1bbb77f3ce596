"""Makes the invented documents of tests/fixtures/invented that are not text files, with real tools:
43, a tjänsteutlåtande written as a DOCX by python-docx (letterhead and footer, a label table, an
amount table, signatures in a table) and turned into a born-digital PDF by LibreOffice; 44, a
protokollsutdrag rendered as a skewed, speckled 300 dpi page image in an image-only PDF, which
docparse OCRs; 51, a scanned kallelse with an agenda table; 55, a council web page (HTML with
navigation, breadcrumbs and an agenda table); 72, a tjänsteskrivelse whose subject sits in a label
table's cell (DOCX by python-docx, PDF by LibreOffice); 73, a scanned protokollsutdrag with the
board's code before its § mark. All text invented. ``python tests/inventedmaker.py [NUMBER...]``
rewrites them (all, or the numbers given)."""

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

SCAN2_STEM = "51_kallelse_skannad"
SCAN2_LINES = [
    "Räddningstjänsten Dala Mitt                          KALLELSE",
    "Direktionen                                            2031-11-10",
    "",
    "Direktionen kallas till sammanträde",
    "Tid: Onsdag den 26 november 2031 kl. 13.30",
    "Plats: Brandstationen i Falun, konferensrummet",
    "",
    "Nr   Ärende                                        Dnr",
    "1    Val av justerare",
    "2    Delårsbokslut per den 31 augusti              RDM 2031/140",
    "3    Taxa för tillsyn och tillstånd 2032           RDM 2031/151",
    "4    Avtal om automatlarm                          RDM 2031/162",
    "",
    "Ingrid Söderlund",
    "ordförande",
]

DOCX2_STEM = "72_tjansteskrivelse_docx_rubriktabell"
# The subject in a label table's cell ("Ärende" | the subject, wrapping in its cell), the
# letterhead in the page header, signatures in a table.
DOCX2_BLOCKS = [
    ("p", "Barn- och utbildningsförvaltningen"),
    ("h", "TJÄNSTESKRIVELSE"),
    ("t", "Datum\tDiarienummer"),
    ("t", "2032-01-20\tBUN 2032/0019"),
    ("t", "Ärende\tRevidering av riktlinjer för skolskjuts i Hylte kommun från höstterminen 2032"),
    ("t", "Handläggare\tMats Ivarsson"),
    ("p", "Till Barn- och utbildningsnämnden"),
    ("h", "Förvaltningens förslag till beslut"),
    ("p", "Barn- och utbildningsnämnden föreslås besluta"),
    ("p", "att anta reviderade riktlinjer för skolskjuts enligt bilaga,"),
    ("p", "att riktlinjerna gäller från och med den 1 augusti 2032."),
    ("h", "Ärendet"),
    ("p", "Kostnaden för skolskjuts var 14,6 miljoner kronor under 2031. Förslaget innebär att gränsen för rätt till "
          "skolskjuts i årskurs 7–9 blir fyra kilometer, vilket beräknas minska kostnaden med 350 000 kronor per år."),
    ("t", "Karolina Berg\tMats Ivarsson"),
    ("t", "Förvaltningschef\tSkolskjutssamordnare"),
]
DOCX2_HEADER = "Hylte kommun"
DOCX2_FOOTER = "Hylte kommun · 314 80 Hyltebruk · Telefon 0345-180 00 · www.hylte.se"

SCAN3_STEM = "73_protokollsutdrag_skannat_mbn"
SCAN3_LINES = [
    "SOTENÄS KOMMUN                          Utdrag ur protokoll",
    "Miljö- och byggnadsnämnden              Sammanträdesdatum",
    "                                        2032-02-09",
    "",
    "MBN § 17                                Dnr MBN 2032/0042",
    "",
    "Bygglov för nybyggnad av förskola på fastigheten Hunnebo 1:4",
    "",
    "Beslut",
    "Miljö- och byggnadsnämnden beviljar bygglov enligt 9 kap. 30 § plan- och",
    "bygglagen. Avgiften för bygglovet är 86 400 kronor enligt taxa.",
    "",
    "Sökande: Sotenäs Fastighets AB, org.nr 556612-0134",
    "Handläggare: Anders Holm, bygglovshandläggare",
    "",
    "Justerandes sign                        Utdragsbestyrkande",
]

HTML_NAME = "55_kallelse_webbsida.html"
HTML_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kallelse till kommunfullmäktige - Ljungby kommun</title>
<script>var consent = {};</script></head>
<body>
<a class="skip" href="#content">Hoppa till innehållet</a>
<header><div class="logo">Ljungby kommun</div>
<nav><ul><li><a>Uppleva och göra</a></li><li><a>Bygga och bo</a></li><li><a>Kommun och politik</a></li>
<li><a>Lyssna</a></li><li><a>Sök</a></li></ul></nav></header>
<ol class="breadcrumb"><li>Start</li><li>Kommun och politik</li><li>Kommunfullmäktige</li><li>Kallelser</li></ol>
<main id="content">
<h1>Kallelse till kommunfullmäktige 15 december 2031</h1>
<p>Ljungby kommun</p>
<p>Kommunfullmäktige sammanträder måndagen den 15 december 2031 kl. 18.30 i Ljungbergsalen, Ljungby.
Sammanträdet är öppet för allmänheten och sänds på webben.</p>
<h2>Ärenden</h2>
<table>
<tr><th>Nr</th><th>Ärende</th><th>Diarienummer</th></tr>
<tr><td>1</td><td>Val av justerare och tid för justering</td><td></td></tr>
<tr><td>2</td><td>Allmänhetens frågestund</td><td></td></tr>
<tr><td>3</td><td>Taxa för avfall 2032</td><td>KS 2031/0412</td></tr>
<tr><td>4</td><td>Svar på motion om solceller på kommunens tak</td><td>KS 2031/0190</td></tr>
<tr><td>5</td><td>Val av ersättare i kultur- och fritidsnämnden</td><td>KS 2031/0455</td></tr>
</table>
<p>Bengt Sjödahl (C)<br>Ordförande</p>
<p>Therese Ingvarsson<br>Sekreterare</p>
</main>
<footer>Ljungby kommun, 341 83 Ljungby. Telefon 0372-78 90 00. Sidan uppdaterades 2031-12-01</footer>
</body></html>
"""


DOCX3_STEM = "82_yttrande_forbund_docx"
# A förbund's remissvar: the letterhead a table of two cells, the subject a heading that wraps,
# the answer as numbered points, the signature two names side by side in a table.
DOCX3_BLOCKS = [
    ("t", "Vatten & Miljö i Västmanland\tYTTRANDE"),
    ("t", "Vattenförbundet Västmanland\tDatum 2032-04-07"),
    ("t", "Förbundsstyrelsen\tVår beteckning VMV 2032/019"),
    ("p", "Till Länsstyrelsen i Västmanlands län"),
    ("h", "Yttrande över remiss om regional vattenförsörjningsplan för Västmanlands län 2032–2040"),
    ("p", "Förbundsstyrelsen har tagit del av remissen och lämnar följande synpunkter."),
    ("h", "Förbundsstyrelsens ställningstagande"),
    ("p", "1. Förbundet tillstyrker planens mål om reservvatten för samtliga tätorter."),
    ("p", "2. Förbundet anser att kostnaden för nya reservvattentäkter, uppskattad till 240 miljoner kronor, "
          "ska fördelas mellan staten och kommunerna."),
    ("p", "3. Förbundet föreslår att Sagån pekas ut som vattenresurs av regional betydelse."),
    ("h", "Bakgrund"),
    ("p", "Förbundet ansvarar för vattenförsörjningen i fyra medlemskommuner med sammanlagt 61 000 invånare. "
          "Underhållet av ledningsnätet kostar i dag 18,5 mnkr per år."),
    ("t", "Stina Hägg\tBjörn Carlsund"),
    ("t", "Förbundsstyrelsens ordförande\tFörbundsdirektör"),
]
DOCX3_HEADER = "Vattenförbundet Västmanland"
DOCX3_FOOTER = "Vattenförbundet Västmanland · Box 210 · 721 06 Västerås · org.nr 222000-3319"

ENG_STEM = "83_protokollsutdrag_ocr_eng"
# A protokollsutdrag scanned and read by Tesseract's English model, as archives' OCR often was: å/ä/ö
# lost or turned into other letters, "§" read as something else. The page is rendered and OCR'd here.
ENG_LINES = [
    "HÄRJEDALENS KOMMUN                       PROTOKOLLSUTDRAG",
    "Kommunstyrelsens arbetsutskott       Sammanträdesdatum 2032-03-15",
    "",
    "§ 58        Dnr KS 2032/0131",
    "",
    "Ändrad öppettid för återvinningscentralen i Sveg",
    "",
    "Arbetsutskottets förslag till kommunstyrelsen",
    "1. Återvinningscentralen i Sveg håller öppet även lördagar från maj till september.",
    "2. Kostnaden, 210 000 kronor per år, finansieras inom renhållningstaxan.",
    "",
    "Ärendet",
    "Önskemål om lördagsöppet har framförts av många hushåll i Lillhärdal och Sveg.",
    "",
    "Beslutsunderlag",
    "Tjänsteskrivelse från Göran Ödling, avfallschef, 2032-02-28",
    "",
    "Rätt utdraget intygar",
    "Åsa Bäckström, nämndsekreterare",
]

SCAN4_STEM = "86_delegationsbeslut_skannat"
# A delegated decision of a miljönämnd, scanned: label lines in two columns, the decision under
# "Beslut", the fee in its own paragraph, the officer's name and title under the text.
SCAN4_LINES = [
    "Östra Göinge kommun                          DELEGATIONSBESLUT",
    "Miljö- och byggnadsnämnden",
    "",
    "Datum 2032-04-22                 Dnr MBN 2032-000214",
    "",
    "Beslut om registrering av livsmedelsanläggning, Glimåkra Gårdsbageri",
    "",
    "Beslut",
    "Miljö- och byggnadsnämnden registrerar Glimåkra Gårdsbageri AB,",
    "org.nr 559388-1047, som livsmedelsföretagare för bageriet på Storgatan 8.",
    "",
    "Avgift",
    "För registreringen tas en avgift ut om 2 300 kronor.",
    "",
    "Beslutet är fattat med stöd av delegation från nämnden.",
    "",
    "Lovisa Pettersson",
    "Miljöinspektör",
]

HTML2_NAME = "90_beslut_i_korthet_webbsida.html"
# A kommunstyrelse's 'beslut i korthet' as a web page: navigation, a breadcrumb, the heading in
# <h1>, each decision an <h3> with a paragraph, a contact box.
HTML2_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kommunstyrelsens beslut i korthet - Tidaholms kommun</title></head>
<body>
<a href="#main">Till innehållet</a>
<header><p class="logo">Tidaholms kommun</p>
<nav><ul><li>Barn och utbildning</li><li>Omsorg och hjälp</li><li>Kommun och politik</li><li>Lättläst</li><li>Kontakt</li></ul></nav></header>
<ol class="crumbs"><li>Hem</li><li>Kommun och politik</li><li>Kommunstyrelsen</li></ol>
<main id="main">
<h1>Kommunstyrelsens beslut i korthet 7 oktober 2031</h1>
<p>Här är ett urval av besluten från kommunstyrelsens sammanträde. Protokollet justeras senast den 14 oktober.</p>
<h3>Vattenledning till Fröjered</h3>
<p>Kommunstyrelsen beviljade 3,8 miljoner kronor för en ny vattenledning mellan Tidaholm och Fröjered.</p>
<h3>Stöd till Hellidens Folkhögskolas vänner</h3>
<p>Föreningen får 85 000 kronor för en kulturvecka sommaren 2032.</p>
<h3>Ny förvaltningschef</h3>
<p>Kommunstyrelsen anställde Oskar Lindblad som ny förvaltningschef för samhällsbyggnad.</p>
<aside><h2>Kontakt</h2><p>Hanna Ahl, kommunsekreterare<br>0502-60 60 00</p></aside>
</main>
<footer>Tidaholms kommun, 522 83 Tidaholm. Senast uppdaterad 2031-10-08</footer>
</body></html>
"""

ENG2_STEM = "91_tjansteutlatande_ocr_eng"
# A tjänsteutlåtande on an IOP, scanned and read by Tesseract's English model (å/ä/ö lost).
ENG2_LINES = [
    "Uddevalla kommun                               TJÄNSTEUTLÅTANDE",
    "Socialförvaltningen                              2032-09-08",
    "                                                 Dnr SN 2032/0277",
    "Till Socialnämnden",
    "",
    "Förlängd överenskommelse med Föreningen Gränslös Gemenskap",
    "",
    "Förvaltningens förslag till beslut",
    "1. Socialnämnden förlänger överenskommelsen om idéburet offentligt",
    "   partnerskap med Föreningen Gränslös Gemenskap, org.nr 802497-3318,",
    "   till och med den 31 december 2034.",
    "2. Bidraget för 2033 och 2034 är 1 150 000 kronor per år.",
    "",
    "Ärendet",
    "Föreningen driver mötesplatsen Gläntan för äldre som lever ensamma.",
    "",
    "Märta Sjöström                   Jörgen Öhrn",
    "Socialchef                       Enhetschef",
]


def write_eng_ocr(folder: Path, stem: str = ENG_STEM, lines=ENG_LINES, seed: int = 83) -> Path:
    """The page of ``lines`` rendered, then read by Tesseract's English model into a text file."""
    import subprocess

    import scanmaker

    page = scanmaker.render_page(lines, size=(2480, 1750), skew=0.3, noise=0.001, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        page.save(image, dpi=(300, 300))
        text = subprocess.run(["tesseract", str(image), "-", "-l", "eng", "--psm", "4"],
                              check=True, capture_output=True, text=True).stdout
    target = folder / f"{stem}.txt"
    target.write_text(text, encoding="utf-8")
    return target


def write_docx_pdf(folder: Path, stem: str, blocks, header: str, footer: str) -> Path:
    """A DOCX written by python-docx (with its page header and footer), turned into a PDF by LibreOffice."""
    import formatmaker

    def finish(document):
        section = document.sections[0]
        section.header.paragraphs[0].text = header
        section.footer.paragraphs[0].text = footer

    with tempfile.TemporaryDirectory() as tmp:
        docx_path = formatmaker.write_docx(Path(tmp) / f"{stem}.docx", blocks, finish=finish)
        pdf = formatmaker.convert(docx_path, "pdf", Path(tmp))
        target = folder / pdf.name
        target.write_bytes(pdf.read_bytes())
    return target


def write_scan(folder: Path, stem: str, lines, size: tuple[int, int], skew: float, noise: float, seed: int,
               font: str = "DejaVuSans.ttf") -> Path:
    """A page image of ``lines`` (skewed, speckled) in an image-only PDF, which docparse OCRs; ``font``
    a typewriter's monospaced face for the older protocols."""
    import scanmaker

    page = scanmaker.render_page(lines, size=size, skew=skew, noise=noise, seed=seed, font=font)
    target = folder / f"{stem}.pdf"
    target.write_bytes(scanmaker.image_pdf([page]))
    return target


def write_html(folder: Path, name: str = HTML_NAME, page: str = HTML_PAGE) -> Path:
    target = folder / name
    target.write_text(page, encoding="utf-8")
    return target

DOCX4_STEM = "105_delegationsbeslut_docx_forelaggande"
DOCX4_BLOCKS = [
    ("h", "Delegationsbeslut"),
    ("t", "Myndighet\tMiljö- och byggnadsnämnden"),
    ("t", "Datum\t2034-01-23"),
    ("t", "Diarienummer\tMBN 2034/0019"),
    ("h", "Föreläggande om åtgärder vid Ringsjö Bageri AB"),
    ("h", "Beslut"),
    ("p", "Miljö- och byggnadsnämnden förelägger Ringsjö Bageri AB, org.nr 556907-6341, att"),
    ("p", "1. senast den 15 mars 2034 åtgärda ventilationen i bageriets produktionslokal,"),
    ("p", "2. senast samma dag redovisa en skriftlig plan för rengöring av ventilationskanalerna."),
    ("p", "Föreläggandet förenas inte med vite."),
    ("h", "Avgift"),
    ("p", "Handläggningen debiteras med 2 900 kronor, två timmar à 1 450 kronor enligt nämndens taxa."),
    ("h", "Skäl för beslutet"),
    ("p", "Vid inspektionen den 11 januari 2034 konstaterades kondens och mögelpåväxt i taket ovanför degberedningen. "
          "Beslutet är fattat med stöd av delegationsordningen punkt 4.2."),
    ("t", "Elin Roos\tMiljöinspektör"),
]
DOCX4_HEADER = "Hörby kommun · Miljö- och byggnadsförvaltningen"
DOCX4_FOOTER = "Hörby kommun, 242 80 Hörby · Telefon 0413-280 00"

# The sixth round: 115, a nämnd's protocol as DOCX (attendance and signatures in tables, § headings,
# the municipality only in the page header) turned into a PDF by LibreOffice; 116, a Finland-Swedish
# protokollsutdrag scanned, the board's code before its § mark, D.M.YYYY dates.
DOCX5_STEM = "115_protokoll_docx_narvarotabell"
DOCX5_BLOCKS = [
    ("h", "Sammanträdesprotokoll"),
    ("p", "Vård- och omsorgsnämnden"),
    ("t", "Sammanträdesdatum\t2035-03-19"),
    ("t", "Plats och tid\tKommunhuset, Fjugesta, kl. 13.15–16.00"),
    ("t", "Paragrafer\t18–22"),
    ("h", "Närvarande"),
    ("t", "Ledamot\tParti\tFunktion"),
    ("t", "Sofia Lindmark\tC\tordförande"),
    ("t", "Ahmed Yusuf\tS\tvice ordförande"),
    ("t", "Berit Hallgren\tM\tledamot"),
    ("t", "Jonas Wikström\tSD\ttjänstgörande ersättare"),
    ("p", "Övriga: Karin Ljung, förvaltningschef; Oskar Dahl, nämndsekreterare"),
    ("p", "Justerare: Berit Hallgren"),
    ("h", "§ 18 Val av justerare"),
    ("p", "Nämnden utser Berit Hallgren att justera protokollet."),
    ("h", "§ 19 Internkontrollplan 2035"),
    ("p", "Dnr VON 2035/0014"),
    ("p", "Vård- och omsorgsnämndens beslut"),
    ("p", "1. Internkontrollplanen för 2035 antas."),
    ("h", "§ 20 Avgifter inom äldreomsorgen 2036"),
    ("p", "Dnr VON 2035/0031"),
    ("p", "Nämnden föreslår kommunfullmäktige att höja avgiften för trygghetslarm till 320 kronor per månad."),
    ("h", "§ 21 Verksamhetsbidrag till Föreningen Anhörigstöd i Lekeberg"),
    ("p", "Dnr VON 2035/0036"),
    ("p", "Vård- och omsorgsnämndens beslut"),
    ("p", "1. Föreningen Anhörigstöd i Lekeberg, org.nr 802472-3614, beviljas 85 000 kronor för 2035."),
    ("h", "§ 22 Förvaltningschefen informerar"),
    ("p", "Informationen noteras."),
    ("t", "Sofia Lindmark\tOskar Dahl\tBerit Hallgren"),
    ("t", "Ordförande\tSekreterare\tJusterare"),
]
DOCX5_HEADER = "Lekebergs kommun · Sammanträdesprotokoll"
DOCX5_FOOTER = "Justerandes signatur ..............          Utdragsbestyrkande .............."

SCAN5_STEM = "116_protokollsutdrag_fi_skannat"
SCAN5_LINES = [
    "KORSHOLMS KOMMUN                         PROTOKOLLSUTDRAG",
    "Kommunstyrelsen                          Sammanträdesdatum 14.3.2035",
    "",
    "KST § 45",
    "Dnr KST 61/2035",
    "",
    "Köp av markområde i Smedsby",
    "",
    "Kommundirektörens förslag:",
    "Kommunstyrelsen föreslår för fullmäktige att kommunen köper ett markområde",
    "om 3,2 hektar av fastigheten Smedsby 12:4 för 96 000 euro.",
    "",
    "Kommunstyrelsens beslut:",
    "Förslaget godkändes.",
    "",
    "Utdragets riktighet bestyrks",
    "Smedsby 16.3.2035",
    "Ann-Sofi Backman, förvaltningssekreterare",
]

DOCX135_STEM = "135_yttrande_docx_remiss_sou"
# A kommunstyrelse's remissvar as DOCX (python-docx) turned into a PDF by LibreOffice: a label table
# with the ministry's and the municipality's own beteckning, the subject as a heading, numbered
# sections of comment, the signatures in a table.
DOCX135_BLOCKS = [
    ("t", "Yttrande\t"),
    ("t", "Datum\t2034-05-21"),
    ("t", "Vår beteckning\tKS 2034/311"),
    ("t", "Er beteckning\tLI2034/01872"),
    ("p", "Landsbygds- och infrastrukturdepartementet"),
    ("h", "Yttrande över betänkandet Tryggad dricksvattenförsörjning i hela landet (SOU 2034:18)"),
    ("p", "Kommunstyrelsen i Strömsunds kommun har beretts tillfälle att yttra sig över betänkandet och lämnar "
          "följande synpunkter."),
    ("h", "Allmänna synpunkter"),
    ("p", "Kommunen delar utredningens bedömning att ansvaret för reservvatten behöver förtydligas. Små "
          "kommuner med många vattenverk har dock svårt att bära kostnaderna på egen hand."),
    ("h", "Avsnitt 7.3 Statligt stöd till reservvattentäkter"),
    ("p", "Kommunen har räknat på förslaget. För Strömsunds del skulle kraven medföra investeringar på "
          "omkring 2,4 miljoner kronor, och en årlig driftkostnad på 150 000 kronor. Kommunen föreslår att "
          "stödet täcker minst hälften av investeringen."),
    ("h", "Avsnitt 9 Ikraftträdande"),
    ("p", "Kommunen tillstyrker att lagen träder i kraft den 1 juli 2036 men anser att övergångstiden bör "
          "vara minst tre år."),
    ("p", "Beslut i detta ärende har fattats av kommunstyrelsen. I beredningen har VA-chefen Linnea Holm deltagit."),
    ("t", "Ann-Louise Fors\tTobias Ekman"),
    ("t", "Kommunstyrelsens ordförande\tKommunchef"),
]
DOCX135_HEADER = "Strömsunds kommun · Kommunstyrelsen"
DOCX135_FOOTER = "Strömsunds kommun, Box 500, 833 24 Strömsund · Telefon 0670-160 00"

ENG136_STEM = "136_budget_protokollsutdrag_ocr_eng"
# A kommunfullmäktige's budget decision, a protokollsutdrag read by Tesseract's English model
# (å/ä/ö lost): six numbered points with frames in mnkr, tkr and miljoner kronor.
ENG136_LINES = [
    "ORSA KOMMUN                              PROTOKOLLSUTDRAG",
    "Kommunfullmäktige                  Sammanträdesdatum 2034-11-20",
    "",
    "§ 96        Dnr KS 2034/0188",
    "",
    "Budget 2035 och ekonomisk plan 2036–2037",
    "",
    "Kommunfullmäktiges beslut",
    "1. Skattesatsen för 2035 fastställs oförändrad.",
    "2. Kommunstyrelsen får en driftram på 48,6 mnkr.",
    "3. Socialnämnden får en driftram på 291,3 mnkr.",
    "4. Barn- och utbildningsnämnden får en driftram på 236,0 mnkr.",
    "5. Investeringsbudgeten för 2035 fastställs till 74 500 tkr.",
    "6. Kommunstyrelsen får nyupplåna högst 40 miljoner kronor under 2035.",
    "",
    "Yrkanden",
    "Ingrid Hellström (S) yrkar bifall till kommunstyrelsens förslag.",
    "Bengt Ödmark (M) yrkar att socialnämndens ram minskas med 3 mnkr.",
    "",
    "Rätt utdraget intygar",
    "Sofia Ärlebrant, kommunsekreterare",
]

SCAN140_STEM = "140_delegationsbeslut_skannat_bidragstabell"
# A delegated grant decision, scanned: the decision a sentence, the associations with their
# organisation numbers and amounts in a table under it, the officer's name and title.
SCAN140_LINES = [
    "TROLLHÄTTANS KOMMUN                              DELEGATIONSBESLUT",
    "Kultur- och fritidsnämnden",
    "",
    "Datum 2035-03-18                       Dnr KFN 2035/0061",
    "",
    "Aktivitetsbidrag till föreningar, första halvåret 2035",
    "",
    "Beslut",
    "Kultur- och fritidsnämnden beviljar aktivitetsbidrag för första halvåret 2035",
    "med sammanlagt 55 700 kronor enligt tabellen nedan.",
    "",
    "Förening                          Org.nr             Belopp",
    "Trollhättans Brottarklubb          802544-3915        34 200 kr",
    "Frändefors Scoutkår               802561-7203        12 600 kr",
    "Brätte Hembygdsförening           716459-0247         8 900 kr",
    "",
    "Beslutet är fattat med stöd av delegation, punkt 3.4.",
    "",
    "Elsa Wikberg",
    "Fritidskonsulent",
]

HTML142_NAME = "142_beslut_i_korthet_forbund_webbsida.html"
# A räddningstjänst förbund's short report of its direktion's decisions as a web page: navigation,
# the heading in <h1>, each decision a list item with its bold lead, a contact line, a footer.
HTML142_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kort om direktionens beslut - Räddningstjänstförbundet Södra Dalsland</title></head>
<body>
<a href="#innehall">Hoppa till innehållet</a>
<header><p class="logo">Räddningstjänstförbundet Södra Dalsland</p>
<nav><ul><li>Privatperson</li><li>Företag</li><li>Om förbundet</li><li>Jobba hos oss</li></ul></nav></header>
<main id="innehall">
<h1>Kort om direktionens beslut 21 maj 2035</h1>
<p>Direktionen sammanträdde i Bengtsfors. Här är några av besluten.</p>
<ul>
<li><strong>Ny brandstation i Bengtsfors.</strong> Direktionen godkände förfrågningsunderlaget för en ny brandstation. Investeringen beräknas till 42 miljoner kronor.</li>
<li><strong>Avtal om IVPA.</strong> Förbundet tecknar avtal med Region Östergötland om insatser i väntan på ambulans under 2036–2038. Ersättningen är 1 800 kronor per larm.</li>
<li><strong>Delårsrapport.</strong> Resultatet efter april är 1,3 mnkr, något bättre än budget.</li>
</ul>
<p>Protokollet justeras den 28 maj. Kontakt: Sara Holmqvist, förbundssekreterare, 0531-52 60 00</p>
</main>
<footer>Räddningstjänstförbundet Södra Dalsland · Box 12 · 666 21 Bengtsfors</footer>
</body></html>
"""


# The seventh round (bodies and eras the rounds before covered least): 161 and 165, typewriter-era
# protocols (a monospaced face, "Närvarande:", "Justeras:", a title under a signature line, dates
# written "den 3 april 1987" and "12.3.1992", amounts with thousands dots) scanned and OCR'd by docparse;
# 164, a gemensam överförmyndarnämnd's kallelse on a municipality's web page; 166, a region's
# patientnämnd protocol as DOCX by LibreOffice; 168, a kallelse and a tjänsteskrivelse in one PDF.
SCAN6_STEM = "161_protokoll_skrivmaskin_1987_skannat"
SCAN6_LINES = [
    "VINGÅKERS KOMMUN                       SAMMANTRÄDESPROTOKOLL",
    "Byggnadsnämnden",
    "",
    "Sammanträde den 3 april 1987",
    "Plats: Kommunhuset, sammanträdesrummet, kl. 14.00-16.30",
    "",
    "Närvarande:  Sven-Erik Lundh, ordförande",
    "             Gösta Karlberg",
    "             Birgitta Ahl",
    "             Olle Fredriksson, byggnadsinspektör",
    "",
    "Justeras:    Birgitta Ahl",
    "",
    "§ 31   Bygglov för garage på fastigheten Högsjö 3:14",
    "       Dnr 87.112",
    "       Byggnadsnämnden beslutar",
    "       att bevilja bygglov enligt inlämnade ritningar,",
    "       att avgiften fastställs till 1.450 kr.",
    "",
    "§ 32   Bidrag till Baggetorps vägförening",
    "       Dnr 87.098",
    "       Byggnadsnämnden beslutar",
    "       att bevilja vägföreningen bidrag med 12.000 kr för 1987.",
    "",
    "Vingåker den 7 april 1987",
    "",
    "_______________________          _______________________",
    "Sven-Erik Lundh                  Birgitta Ahl",
    "Ordförande                       Justerare",
]

SCAN7_STEM = "165_protokollsutdrag_skrivmaskin_1992_skannat"
SCAN7_LINES = [
    "ÅTVIDABERGS KOMMUN                     PROTOKOLLSUTDRAG",
    "Kommunstyrelsen                        Sammanträdesdatum 12.3.1992",
    "",
    "§ 58   Försäljning av fastigheten Grebo 4:22",
    "       Dnr 91/344",
    "",
    "Kommunstyrelsen beslutar",
    "",
    "1. att sälja fastigheten Grebo 4:22 till Grebo Snickeri AB",
    "   för en köpeskilling av 385.000 kronor,",
    "2. att uppdra åt kommunchefen att underteckna köpekontraktet.",
    "",
    "Ärendet",
    "Grebo Snickeri AB, org.nr 556602-7198, har begärt att få köpa",
    "fastigheten för att utvidga sin verksamhet.",
    "",
    "Justeras:",
    "",
    "_______________________          _______________________",
    "Ingvar Malmberg                  Ulla-Britt Sandin",
    "Ordförande                       Justerare",
    "",
    "Rätt utdraget betygar:",
    "_______________________",
    "Kerstin Wahlgren, kommunsekreterare",
]

HTML3_NAME = "164_kallelse_overformyndare_gemensam_webbsida.html"
HTML3_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kallelse 23 mars 2036 – Gemensamma överförmyndarnämnden – Ludvika kommun</title></head>
<body>
<a href="#main">Hoppa till innehållet</a>
<nav><ul><li><a href="/">Startsida</a></li><li><a href="/omsorg">Omsorg och stöd</a></li>
<li><a href="/politik">Kommun och politik</a></li><li><a href="/kontakt">Kontakta oss</a></li></ul></nav>
<nav class="breadcrumb"><a href="/">Startsida</a> / <a href="/politik">Kommun och politik</a> /
<a href="/politik/namnder">Nämnder</a> / Gemensamma överförmyndarnämnden</nav>
<main id="main">
<h1>Kallelse till Gemensamma överförmyndarnämnden</h1>
<p>Ludvika kommun och Smedjebackens kommun har en gemensam överförmyndarnämnd. Ludvika kommun är värdkommun.</p>
<p><strong>Tid:</strong> Måndag 23 mars 2036 kl. 13.00<br>
<strong>Plats:</strong> Stadshuset i Ludvika, sammanträdesrum Väsman</p>
<h2>Ärenden</h2>
<table>
<tr><th>Nr</th><th>Ärende</th><th>Diarienummer</th></tr>
<tr><td>1</td><td>Val av justerare</td><td></td></tr>
<tr><td>2</td><td>Årsredovisning 2035 för överförmyndarverksamheten</td><td>ÖFN 2036/21</td></tr>
<tr><td>3</td><td>Arvoden till gode män och förvaltare 2036</td><td>ÖFN 2036/07</td></tr>
<tr><td>4</td><td>Yttrande över revisionsrapport om tillsyn</td><td>ÖFN 2036/30</td></tr>
<tr><td>5</td><td>Delegationsbeslut</td><td></td></tr>
</table>
<p>Ersättare tjänstgör endast vid förhinder för ordinarie ledamot. Anmäl förhinder till nämndsekreteraren.</p>
<p>Birgitta Lönn (S)<br>Ordförande</p>
<aside><h2>Kontakt</h2><p>Oskar Ramsten, nämndsekreterare<br>Telefon 0240-860 00</p></aside>
</main>
<footer><p>Ludvika kommun · 771 82 Ludvika · Telefon 0240-860 00</p><p>Senast uppdaterad 2036-03-09</p></footer>
</body></html>
"""

DOCX6_STEM = "166_protokoll_patientnamnd_region_docx"
DOCX6_BLOCKS = [
    ("h", "Protokoll"),
    ("p", "Patientnämnden"),
    ("t", "Datum\t2036-04-16"),
    ("t", "Tid\tkl. 09.30–12.00"),
    ("t", "Plats\tRegionens hus, Nyköping, rum Bävern"),
    ("h", "Närvarande"),
    ("t", "Beslutande\tFunktion"),
    ("t", "Gunnel Axelsson (M)\tordförande"),
    ("t", "Rasmus Lind (S)\tvice ordförande"),
    ("t", "Fatima Haddad (V)\tledamot"),
    ("p", "Tjänstepersoner: Katarina Sund, kanslichef; Mikael Ek, patientstödjare"),
    ("h", "§ 14 Justering"),
    ("p", "Fatima Haddad utses att jämte ordföranden justera protokollet."),
    ("h", "§ 15 Verksamhetsberättelse 2035"),
    ("p", "Dnr PN 2036-0009"),
    ("p", "Patientnämndens beslut"),
    ("p", "Verksamhetsberättelsen för 2035 godkänns och överlämnas till regionstyrelsen."),
    ("h", "§ 16 Ersättning till stödpersoner"),
    ("p", "Dnr PN 2036-0012"),
    ("p", "Patientnämndens beslut"),
    ("p", "1. Arvodet till stödpersoner höjs till 650 kronor per månad och uppdrag."),
    ("p", "2. Kostnadsersättningen för resor följer regionens reseregler."),
    ("h", "§ 17 Anmälningar om klagomål, första kvartalet 2036"),
    ("p", "Nämnden tar del av redovisningen av 214 inkomna klagomål."),
    ("t", "Gunnel Axelsson\tKatarina Sund\tFatima Haddad"),
    ("t", "Ordförande\tSekreterare\tJusterare"),
]
DOCX6_HEADER = "Region Västmanland · Patientnämnden"
DOCX6_FOOTER = "Region Västmanland, 721 89 Västerås · Justerandes signatur ............"

DOCX7_STEM = "168_kallelse_med_tjansteskrivelse_docx"
DOCX7_BLOCKS = [
    ("h", "Kallelse"),
    ("p", "Kultur- och fritidsnämnden"),
    ("t", "Datum\t2036-10-14"),
    ("t", "Tid\tkl. 18.00"),
    ("t", "Plats\tKulturhuset Bryggan, Tidaholm"),
    ("h", "Föredragningslista"),
    ("t", "Nr\tÄrende\tDnr"),
    ("t", "1\tVal av justerare\t"),
    ("t", "2\tBidrag till Tidaholms Konstförening 2037\tKFN 2036/118"),
    ("t", "3\tTaxor för badhuset 2037\tKFN 2036/124"),
    ("t", "4\tInformation från förvaltningen\t"),
    ("p", "Hanna Lövgren (KD)"),
    ("p", "Ordförande"),
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\t2036-09-22"),
    ("t", "Diarienummer\tKFN 2036/118"),
    ("h", "Bidrag till Tidaholms Konstförening 2037"),
    ("h", "Förslag till beslut"),
    ("p", "Tidaholms Konstförening, org.nr 802527-3163, beviljas ett verksamhetsbidrag om 60 000 kronor för 2037."),
    ("h", "Ärendet"),
    ("p", "Konstföreningen driver utställningshallen i Kulturhuset Bryggan och visar sex utställningar om året."),
    ("t", "Johan Kärrman\tEmma Rydh"),
    ("t", "Kultur- och fritidschef\tKulturstrateg"),
]
DOCX7_HEADER = "Tidaholms kommun"
DOCX7_FOOTER = "Tidaholms kommun · 522 85 Tidaholm · Telefon 0502-60 60 00"


SCAN8_STEM = "171_protokoll_kf_skrivmaskin_1979_skannat"
SCAN8_LINES = [
    "HEDEMORA KOMMUN",
    "Kommunfullmäktige                          PROTOKOLL",
    "                                           Sammanträdesdag 12.3.1979",
    "",
    "Tid: kl. 19.00-21.45              Plats: Stadshotellets festsal",
    "",
    "Närvarande ledamöter: se bilaga 1",
    "",
    "Ordförande:   Bertil Sandström",
    "Sekreterare:  Gun-Britt Holmér",
    "",
    "§ 14   Val av justerare",
    "       Till justerare utses Karl-Axel Nordin och Astrid Wiklund.",
    "",
    "§ 15   Anslag till Hedemora idrottshall",
    "       Kommunfullmäktige beslutar",
    "       att anvisa 1.250.000 kr till ombyggnad av idrottshallen,",
    "       att uppdra åt kommunstyrelsen att upphandla arbetena.",
    "",
    "§ 16   Motion om gatubelysning i Vikmanshyttan",
    "       Kommunfullmäktige beslutar",
    "       att motionen ska anses besvarad.",
    "",
    "Justeras:",
    "",
    "_______________________          _______________________",
    "Karl-Axel Nordin                 Astrid Wiklund",
    "",
    "_______________________",
    "Bertil Sandström",
    "Ordförande",
]

# 184-185 (gen9): a kommunfullmäktige protocol page scanned (docparse OCRs it with the Swedish model), a
# kommunstyrelse protocol as DOCX turned into a PDF by LibreOffice (attendance and signatures in tables).
SCAN184_STEM = "184_protokoll_kf_skannat_narvaro"
SCAN184_LINES = [
    "HÖGSBY KOMMUN                 PROTOKOLL                 1 (2)",
    "Kommunfullmäktige             Sammanträdesdatum 2037-06-15",
    "",
    "Plats och tid   Folkets hus, Högsby, kl. 18.30–21.10",
    "",
    "Beslutande      Se närvarolista, bilaga 1",
    "",
    "Övriga          Lennart Fagerström, kommunchef",
    "närvarande      Hanna Rosenqvist, kommunsekreterare",
    "",
    "Justerare       Mats Eliasson och Jenny Grahn",
    "",
    "Paragrafer      §§ 41–44",
    "",
    "Sekreterare     Hanna Rosenqvist",
    "Ordförande      Gunilla Tornberg",
    "",
    "§ 41  Val av justerare",
    "Mats Eliasson (S) och Jenny Grahn (M) utses att justera protokollet.",
    "",
    "§ 42  Årsredovisning 2036 för Högsby kommun",
    "Dnr KS 2037/0102",
    "Kommunfullmäktige beslutar att godkänna årsredovisningen.",
    "",
    "§ 43  Ansvarsfrihet för kommunstyrelsen 2036",
    "Dnr KS 2037/0107",
    "Kommunfullmäktige beviljar kommunstyrelsen ansvarsfrihet.",
    "",
    "§ 44  Borgen för Högsbyhem AB",
    "Dnr KS 2037/0113",
    "Kommunfullmäktige beslutar att teckna borgen om 45 000 000 kronor",
    "för Högsbyhem AB, org.nr 556933-4112.",
]

DOCX185_STEM = "185_protokoll_ks_docx_narvarotabell"
DOCX185_BLOCKS = [
    ("h", "Sammanträdesprotokoll"),
    ("p", "Kommunstyrelsen"),
    ("t", "Sammanträdesdatum\t2037-08-26"),
    ("t", "Plats och tid\tKommunhuset i Bräcke, kl. 09.00–15.30"),
    ("h", "Närvarolista"),
    ("t", "Namn\tParti\tFunktion"),
    ("t", "Roger Hemmingsson\tC\tordförande"),
    ("t", "Kristina Öberg\tS\t1:e vice ordförande"),
    ("t", "Fredrik Lööw\tM\tledamot"),
    ("t", "Ann-Sofi Bäckström\tS\tledamot"),
    ("t", "Patrik Holm\tSD\ttjänstgörande ersättare"),
    ("t", "Eva Månsson\tV\tej tjänstgörande ersättare"),
    ("p", "Övriga närvarande: Tobias Lindkvist, kommundirektör; Sara Wallin, kanslichef"),
    ("p", "Justerare: Fredrik Lööw"),
    ("h", "§ 112 Delårsrapport januari–juni 2037"),
    ("p", "Dnr KS 2037/0311"),
    ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("p", "att godkänna delårsrapporten, som visar ett resultat om 8,7 mnkr."),
    ("h", "§ 113 Bidrag till Gimdalens byaförening för upprustning av bygdegården"),
    ("p", "Dnr KS 2037/0288"),
    ("p", "Gimdalens byaförening, org.nr 802467-3306, har ansökt om bidrag."),
    ("p", "Kommunstyrelsen beslutar"),
    ("p", "att bevilja ett bidrag om 120 000 kronor ur landsbygdsfonden."),
    ("h", "§ 114 Remiss om regional transportplan 2038–2049"),
    ("p", "Dnr KS 2037/0295"),
    ("p", "Kommunstyrelsen beslutar"),
    ("p", "att lämna yttrande enligt förvaltningens förslag."),
    ("t", "Roger Hemmingsson\tSara Wallin\tFredrik Lööw"),
    ("t", "Ordförande\tSekreterare\tJusterare"),
]
DOCX185_HEADER = "Bräcke kommun · Kommunstyrelsen"
DOCX185_FOOTER = "Justerandes signatur .............. Utdragsbestyrkande .............."


WRITERS = {
    "43": lambda folder: write_docx_pdf(folder, DOCX_STEM, DOCX_BLOCKS, DOCX_HEADER, DOCX_FOOTER),
    "44": lambda folder: write_scan(folder, SCAN_STEM, SCAN_LINES, (2480, 1700), 0.5, 0.002, 44),
    "51": lambda folder: write_scan(folder, SCAN2_STEM, SCAN2_LINES, (2480, 1650), -0.4, 0.0015, 51),
    "55": write_html,
    "72": lambda folder: write_docx_pdf(folder, DOCX2_STEM, DOCX2_BLOCKS, DOCX2_HEADER, DOCX2_FOOTER),
    "73": lambda folder: write_scan(folder, SCAN3_STEM, SCAN3_LINES, (2480, 1500), 0.3, 0.0015, 73),
    "82": lambda folder: write_docx_pdf(folder, DOCX3_STEM, DOCX3_BLOCKS, DOCX3_HEADER, DOCX3_FOOTER),
    "83": write_eng_ocr,
    "86": lambda folder: write_scan(folder, SCAN4_STEM, SCAN4_LINES, (2480, 1650), -0.3, 0.0015, 86),
    "90": lambda folder: write_html(folder, HTML2_NAME, HTML2_PAGE),
    "91": lambda folder: write_eng_ocr(folder, ENG2_STEM, ENG2_LINES, 91),
    "105": lambda folder: write_docx_pdf(folder, DOCX4_STEM, DOCX4_BLOCKS, DOCX4_HEADER, DOCX4_FOOTER),
    "115": lambda folder: write_docx_pdf(folder, DOCX5_STEM, DOCX5_BLOCKS, DOCX5_HEADER, DOCX5_FOOTER),
    "116": lambda folder: write_scan(folder, SCAN5_STEM, SCAN5_LINES, (2480, 1750), 0.4, 0.0015, 116),
    "135": lambda folder: write_docx_pdf(folder, DOCX135_STEM, DOCX135_BLOCKS, DOCX135_HEADER, DOCX135_FOOTER),
    "136": lambda folder: write_eng_ocr(folder, ENG136_STEM, ENG136_LINES, 136),
    "140": lambda folder: write_scan(folder, SCAN140_STEM, SCAN140_LINES, (2480, 1650), 0.4, 0.0015, 140),
    "142": lambda folder: write_html(folder, HTML142_NAME, HTML142_PAGE),
    "161": lambda folder: write_scan(folder, SCAN6_STEM, SCAN6_LINES, (2480, 3100), 0.35, 0.0015, 161,
                                     font="LiberationMono-Regular.ttf"),
    "164": lambda folder: write_html(folder, HTML3_NAME, HTML3_PAGE),
    "165": lambda folder: write_scan(folder, SCAN7_STEM, SCAN7_LINES, (2480, 2200), -0.3, 0.0015, 165,
                                     font="LiberationMono-Regular.ttf"),
    "171": lambda folder: write_scan(folder, SCAN8_STEM, SCAN8_LINES, (2480, 3000), 0.25, 0.0015, 171,
                                     font="DejaVuSansMono.ttf"),
    "166": lambda folder: write_docx_pdf(folder, DOCX6_STEM, DOCX6_BLOCKS, DOCX6_HEADER, DOCX6_FOOTER),
    "168": lambda folder: write_docx_pdf(folder, DOCX7_STEM, DOCX7_BLOCKS, DOCX7_HEADER, DOCX7_FOOTER),
    "184": lambda folder: write_scan(folder, SCAN184_STEM, SCAN184_LINES, (2480, 2300), 0.3, 0.0015, 184),
    "185": lambda folder: write_docx_pdf(folder, DOCX185_STEM, DOCX185_BLOCKS, DOCX185_HEADER, DOCX185_FOOTER),
}


if __name__ == "__main__":
    # ``python tests/inventedmaker.py`` rewrites every one; ``... 72 73`` only those numbers.
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
