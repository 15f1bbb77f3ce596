"""Makes round 61's (gen61) invented documents (tests/fixtures/invented 1220-): protocols, protocol
extracts, tjänsteskrivelser and kallelser typed as in 1975-2005 (a typewriter's or an early word
processor's layout), printed to a page image that looks scanned (skewed, dusty, blurred, some at a poor
resolution) and read by real Tesseract, most with its Swedish model and some with its English one (which
loses å/ä/ö). The OCR text is the fixture: what a user meets when a council's archive was digitised. One
(1226) is kept as the scanned PDF itself, which docparse OCRs. All text invented (dates 2036-2042).
``python tests/inventedmaker61.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
INVENTED = HERE / "fixtures" / "invented"
URW = Path("/usr/share/fonts/opentype/urw-base35")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
FACES = {
    "mono": URW / "NimbusMonoPS-Regular.otf",  # a typewriter
    "c059": URW / "C059-Roman.otf",  # a serif of the early word processors
    "bookman": URW / "URWBookman-Light.otf",
    "serif": LIBERATION / "LiberationSerif-Regular.ttf",
}
DPI = 300


def render(lines: list[str], face: str, seed: int, *, font_px: int = 40, skew: float = 0.4, dust: float = 0.0006,
           blur: float = 0.6, scan_dpi: int = 300):
    """A page image of ``lines`` drawn in ``face`` (each run of text at its column of a monospaced grid,
    so a typed layout's columns stand where they stand), skewed, dusted and blurred; ``scan_dpi`` below
    300 scans it at that resolution and scales it back (the grain of a poor scanner)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import re

    rng = random.Random(seed)
    font = ImageFont.truetype(str(FACES[face]), font_px)
    grid = ImageFont.truetype(str(FACES["mono"]), font_px).getlength("n")
    line_px = int(font_px * 1.5)
    width, height = 2480, max(3508, 300 + line_px * len(lines))
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    for row, line in enumerate(lines):
        y = 150 + row * line_px
        for m in re.finditer(r"\S+(?: \S+)*", line):
            draw.text((170 + m.start() * grid, y), m.group(0), fill=rng.choice((0, 20, 40)), font=font)
    img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(int(width * height * dust)):
        px[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 160))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    if scan_dpi < DPI:
        small = img.resize((width * scan_dpi // DPI, height * scan_dpi // DPI), Image.Resampling.BILINEAR)
        img = small.resize((width, height), Image.Resampling.BILINEAR)
    img.info["dpi"] = (DPI, DPI)
    return img


def ocr_text(image, lang: str, psm: int = 3) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path, dpi=(DPI, DPI))
        return subprocess.run(["tesseract", str(path), "-", "-l", lang, "--psm", str(psm)],
                              check=True, capture_output=True, text=True).stdout


def write_ocr(stem: str, lines: list[str], face: str, lang: str, seed: int, psm: int = 3, **kw) -> Path:
    target = INVENTED / f"{stem}.txt"
    target.write_text(ocr_text(render(lines, face, seed, **kw), lang, psm), encoding="utf-8")
    return target


def write_pdf(stem: str, lines: list[str], face: str, seed: int, **kw) -> Path:
    image = render(lines, face, seed, **kw)
    target = INVENTED / f"{stem}.pdf"
    image.save(target, format="PDF", resolution=DPI)
    return target


DOC1220 = [
    "BODENS KOMMUN                           PROTOKOLL",
    "Kommunstyrelsen                         Sammanträdesdatum",
    "                                        2037-03-16",
    "",
    "Plats och tid    Stadshuset, sammanträdesrummet Rödberget,",
    "                 kl 09.00-11.40",
    "",
    "Beslutande       Göran Sehlstedt (s), ordförande",
    "                 Margit Öberg (c)",
    "                 Leif Nyström (m)",
    "                 Anneli Bäckström (s)",
    "",
    "Övriga deltagande Sture Häggkvist, kommunchef",
    "                 Birgitta Lövgren, sekreterare",
    "",
    "Justerare        Margit Öberg",
    "",
    "§ 41   Val av justerare",
    "       Margit Öberg utses att jämte ordföranden justera dagens",
    "       protokoll.",
    "",
    "§ 42   Anslag till upprustning av Sävastgårdens kök",
    "       Dnr 37/118",
    "       Kommunstyrelsen beslutar",
    "       att anslå 1.450.000 kr ur investeringsramen för år 2037,",
    "       att uppdra åt fastighetskontoret att genomföra arbetet.",
    "",
    "§ 43   Bidrag till Gunnarsbyns Bygdegårdsförening",
    "       Dnr 37/124",
    "       Föreningen, org.nr 807780-9526, har ansökt om bidrag",
    "       till nytt tak på bygdegården.",
    "       Kommunstyrelsen beslutar",
    "       att bevilja föreningen ett bidrag om 85.000 kr.",
    "",
    "§ 44   Anmälan av delegationsbeslut",
    "       Dnr 37/009",
    "       Kommunstyrelsen beslutar",
    "       att lägga anmälan till handlingarna.",
    "",
    "Justerandes sign       Utdragsbestyrkande",
]

DOC1221 = [
    "SKÖVDE KOMMUN",
    "Byggnadsnämnden",
    "",
    "PROTOKOLLSUTDRAG",
    "",
    "Sammanträdesdatum: 2038-09-22",
    "",
    "§ 127",
    "Dnr BN 38/0412",
    "",
    "Förhandsbesked för nybyggnad av enbostadshus",
    "på fastigheten Igelstorp 4:12",
    "",
    "Sökanden har ansökt om förhandsbesked för att uppföra ett",
    "enbostadshus om cirka 140 kvm på fastigheten Igelstorp 4:12.",
    "Fastigheten ligger utanför detaljplanelagt område. Grannar",
    "har beretts tillfälle att yttra sig och inga erinringar har",
    "kommit in.",
    "",
    "Avgift för beslutet tas ut med 6.840 kr enligt nämndens taxa.",
    "",
    "Byggnadsnämndens beslut",
    "",
    "att lämna positivt förhandsbesked för nybyggnad av ett",
    "enbostadshus på fastigheten Igelstorp 4:12,",
    "",
    "att avgiften fastställs till 6.840 kr.",
    "",
    "Beslutet kan överklagas hos länsstyrelsen inom tre veckor.",
    "",
    "Rätt utdraget intygar",
    "",
    "Ingegerd Fält",
    "Nämndsekreterare",
]

DOC1222 = [
    "STRÖMSUNDS KOMMUN                 TJÄNSTESKRIVELSE",
    "Socialförvaltningen               Datum 2039-01-14",
    "                                  Dnr SN 39/0023",
    "",
    "Till Socialnämnden",
    "",
    "Verksamhetsbidrag till Föreningen Hoppets Stuga 2039-2040",
    "",
    "Förslag till beslut",
    "",
    "Socialnämnden föreslås besluta",
    "",
    "1. att bevilja Föreningen Hoppets Stuga, org.nr 849456-2211,",
    "   ett verksamhetsbidrag om 240.000 kr per år för perioden",
    "   1 februari 2039 - 31 januari 2041,",
    "",
    "2. att bidraget belastar socialnämndens anslag för",
    "   förebyggande verksamhet.",
    "",
    "Ärendet",
    "",
    "Föreningen driver en mötesplats i Hammerdal för personer i",
    "utanförskap. Verksamheten är öppen fyra dagar i veckan och",
    "har under föregående år haft omkring 3.200 besök.",
    "",
    "Föreningen har sökt 310.000 kr per år. Förvaltningen bedömer",
    "att verksamheten kan bedrivas med det föreslagna bidraget.",
    "",
    "Åsa Tjärnström               Per-Olof Grönlund",
    "Socialsekreterare            Socialchef",
]

DOC1223 = [
    "TIDAHOLMS KOMMUN",
    "Kultur- och fritidsnämnden",
    "",
    "KALLELSE",
    "",
    "Kultur- och fritidsnämnden kallas till sammanträde",
    "tisdagen den 11 november 2036 kl 18.00 i Ekedalens",
    "sammanträdesrum, Stadshuset.",
    "",
    "Ärenden                                       Dnr",
    "",
    " 1. Upprop och val av justerare",
    " 2. Budgetuppföljning oktober 2036            KFN 36/201",
    " 3. Fördelning av kulturbidrag 2037           KFN 36/188",
    " 4. Taxor för Vulcanbadet 2037                KFN 36/195",
    " 5. Yttrande över motion om ungdomens hus     KFN 36/162",
    " 6. Delegationsbeslut",
    " 7. Meddelanden",
    "",
    "Förhinder anmäls till nämndsekreteraren.",
    "",
    "Lars-Erik Fröjd          Kerstin Åhlén",
    "Ordförande               Sekreterare",
]

DOC1224 = [
    "ARVIDSJAURS KOMMUN                          PROTOKOLL",
    "Miljö- och byggnadsnämnden                  2040-05-06",
    "",
    "Plats och tid: Kommunhuset, kl 13.00-15.30",
    "",
    "Beslutande:  Örjan Lindström (s), ordförande",
    "             Elsy Åström (c)",
    "             Björn Granström (v)",
    "",
    "Sekreterare: Märta Sjölund",
    "",
    "Justerare:   Elsy Åström",
    "",
    "§ 58  Föreläggande om åtgärder vid Glommersträsk avfallsplats",
    "      Dnr MBN 40/066",
    "      Nämnden beslutar",
    "      att förelägga fastighetsägaren att senast den",
    "      30 juni 2040 täcka avfallsupplaget,",
    "      att förena föreläggandet med ett vite om 50.000 kr.",
    "",
    "§ 59  Tillsynsplan för år 2040",
    "      Dnr MBN 40/012",
    "      Nämnden beslutar",
    "      att fastställa tillsynsplanen för år 2040.",
    "",
    "§ 60  Ansökan om bidrag från Arvidsjaurs Skoterklubb",
    "      Dnr MBN 40/071",
    "      Klubben, org.nr 807779-1328, söker bidrag till",
    "      leddragning med 35.000 kr.",
    "      Nämnden beslutar",
    "      att bevilja klubben 25.000 kr.",
    "",
    "Vid protokollet",
    "",
    "Märta Sjölund",
]

DOC1225 = [
    "GRÄSTORPS KOMMUN                        TJÄNSTESKRIVELSE",
    "Kommunledningskontoret                  2041-02-03",
    "                                        Dnr KS 41/0037",
    "",
    "Kommunstyrelsen",
    "",
    "Idéburet offentligt partnerskap med Grästorps",
    "Fritidsgårdsförening",
    "",
    "Förslag till beslut",
    "",
    "Kommunstyrelsen föreslås besluta",
    "",
    "att ingå överenskommelse om idéburet offentligt partnerskap",
    "med Grästorps Fritidsgårdsförening, org.nr 827560-3838, för",
    "perioden 2041-03-01 -- 2043-12-31,",
    "",
    "att kommunens ersättning är 410.000 kr per år.",
    "",
    "Bakgrund",
    "",
    "Föreningen har sedan år 2036 drivit fritidsgården Tängen med",
    "kommunalt bidrag. Ett partnerskap ger föreningen ett längre",
    "perspektiv och kommunen insyn i verksamheten. Kostnaden ryms",
    "inom kommunstyrelsens ram för år 2041.",
    "",
    "Kommunledningskontoret",
    "",
    "Yvonne Kärrman           Tord Ljungqvist",
    "Kommunchef               Folkhälsostrateg",
]

DOC1226 = [
    "GULLSPÅNGS KOMMUN",
    "Kommunfullmäktige",
    "",
    "UTDRAG UR PROTOKOLL",
    "",
    "Sammanträdesdatum 2042-04-24",
    "",
    "§ 33        Borgen för Gullspångs Folkets Hus-förening",
    "            Dnr KS 42/058",
    "",
    "Föreningen, org.nr 818880-9142, har begärt att kommunen går i",
    "borgen för ett lån om 1.200.000 kr för renovering av Folkets",
    "hus i Hova.",
    "",
    "Kommunstyrelsens förslag",
    "",
    "Kommunfullmäktige beslutar",
    "",
    "att såsom för egen skuld ingå borgen för föreningens lån",
    "om högst 1.200.000 kr jämte ränta och kostnader.",
    "",
    "Kommunfullmäktiges beslut",
    "",
    "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.",
    "",
    "Justerandes sign       Utdragsbestyrkande",
    "",
    "Rätt utdraget betygar",
    "",
    "Gunnel Sköld, kommunsekreterare",
]

DOC1227 = [
    "JOKKMOKKS KOMMUN                                  SAMMANTRÄDESPROTOKOLL",
    "Socialnämnden",
    "",
    "Sammanträdesdatum   2038-02-09",
    "",
    "Plats och tid       Kommunkontoret, Ájtte-rummet, kl 13.15-16.00",
    "",
    "Beslutande          Inga-Lill Nutti (s)        ordförande",
    "                    Roland Parfa (c)           vice ordförande",
    "                    Helena Sarri (m)",
    "                    Ture Kuoljok (v)",
    "",
    "Övriga deltagare    Gunilla Rimpi              socialchef",
    "                    Mats Blind                 sekreterare",
    "",
    "Justerare           Ture Kuoljok",
    "",
    "§ 11   Ekonomisk uppföljning januari 2038",
    "       Dnr SN 38/004",
    "       Socialnämnden beslutar",
    "       att godkänna uppföljningen.",
    "",
    "§ 12   Föreningsbidrag till Jokkmokks Anhörigförening",
    "       Dnr SN 38/017",
    "       Anhörigföreningen, org.nr 804304-1840, har sökt",
    "       bidrag med 48.000 kronor för år 2038.",
    "       Socialnämnden beslutar",
    "       att bevilja ett bidrag om 40.000 kronor.",
    "",
    "§ 13   Riktlinjer för färdtjänst",
    "       Dnr SN 37/211",
    "       Socialnämnden beslutar",
    "       att anta riktlinjerna att gälla från 1 april 2038.",
]

DOC1228 = [
    "NORDMALINGS KOMMUN                        TJÄNSTESKRIVELSE",
    "Kultur- och fritidsförvaltningen          1(1)",
    "",
    "Handläggare                               Datum",
    "Sören Lindahl                             2038-05-28",
    "                                          Dnr KFN 38/0066",
    "",
    "Kultur- och fritidsnämnden",
    "",
    "Driftbidrag till Rundviks Bygdegårdsförening",
    "",
    "Förslag till beslut",
    "",
    "Kultur- och fritidsnämnden beslutar",
    "",
    "att bevilja Rundviks Bygdegårdsförening, org.nr 843866-2531,",
    "driftbidrag med 62.500 kronor fr o m 1 juli 2038 t o m",
    "30 juni 2039,",
    "",
    "att bidraget utbetalas kvartalsvis i förskott.",
    "",
    "Bakgrund",
    "",
    "Föreningen äger och förvaltar bygdegården i Rundvik. Lokalen",
    "hyrs ut till studieförbund, pensionärsföreningar och för",
    "privata fester. Föreningens underskott för år 2037 var",
    "58.300 kronor.",
    "",
    "Sören Lindahl",
    "Fritidskonsulent",
]

DOC1229 = [
    "OVANÅKERS KOMMUN",
    "Miljö- och byggnämnden",
    "",
    "",
    "KALLELSE OCH FÖREDRAGNINGSLISTA",
    "",
    "Sammanträde     Onsdagen den 14 mars 2040 kl 08.30",
    "Plats           Sammanträdesrum Voxnan, Edsbyn",
    "",
    "Nr   Ärende                                         Dnr",
    "",
    "1    Val av justerare",
    "2    Bygglov för tillbyggnad av Alfta skola         MBN 40/031",
    "3    Strandskyddsdispens på Viksjöfors 3:41         MBN 40/027",
    "4    Tillsynsavgift för enskilda avlopp 2040        MBN 40/009",
    "5    Yttrande över detaljplan för Knåda 9:2         MBN 39/244",
    "6    Redovisning av delegationsbeslut",
    "",
    "Ledamot som har förhinder ska snarast meddela",
    "sekreteraren och kalla sin ersättare.",
    "",
    "Bertil Öhman                 Annika Fläckman",
    "Ordförande                   Nämndsekreterare",
]

DOC1230 = [
    "TÖREBODA KOMMUN             PROTOKOLLSUTDRAG",
    "Kommunstyrelsen             2041-10-18",
    "",
    "§ 212   Investeringsbidrag till Moholms Idrottsförening",
    "        Dnr KS 41/0388",
    "",
    "Moholms Idrottsförening, org.nr 864370-8509, ansöker om",
    "ett investeringsbidrag om 1,2 mkr till en ny konstgräsplan.",
    "Den totala kostnaden är beräknad till 4,6 mkr. Föreningen",
    "har även sökt medel från Riksidrottsförbundet.",
    "",
    "Kommunstyrelsen beslutar",
    "",
    "1. Moholms Idrottsförening beviljas ett investeringsbidrag",
    "   om högst 1.200.000 kronor.",
    "",
    "2. Bidraget betalas ut när anläggningen är färdigställd",
    "   och slutredovisning har lämnats.",
    "",
    "Justerandes sign         Utdragsbestyrkande",
    "",
    "Vid protokollet",
    "",
    "Elisabet Strand",
    "Kommunsekreterare",
]

DOC1231 = [
    "ÄLVSBYNS KOMMUN                        PROTOKOLL",
    "Kultur- och fritidsnämnden             Sammanträdesdatum",
    "                                       2039-11-20",
    "",
    "Närvarande:",
    "Ledamöter      Göte Åberg (s), ordförande",
    "               Sylvia Nordlund (s)",
    "               Kjell-Åke Bäckman (c)",
    "Tjänstemän     Lena Öqvist, förvaltningschef",
    "               Hans Sundkvist, sekreterare",
    "",
    "Justerare      Sylvia Nordlund",
    "",
    "§ 77  Kulturpris 2039",
    "      Dnr KFN 39/041",
    "      Kultur- och fritidsnämnden beslutar",
    "      att tilldela Vidselkören 2039 års kulturpris om",
    "      15.000 kr.",
    "",
    "§ 78  Verksamhetsbidrag till Storforsens Fiskevårdsförening",
    "      Dnr KFN 39/052",
    "      Föreningen, org.nr 855395-7849, söker 30.000 kr.",
    "      Kultur- och fritidsnämnden beslutar",
    "      att bevilja föreningen 22.000 kr för år 2040.",
    "",
    "§ 79  Öppettider för simhallen under julen",
    "      Dnr KFN 39/060",
    "      Kultur- och fritidsnämnden beslutar",
    "      att godkänna förvaltningens förslag till öppettider.",
]

DOC1232 = [
    "ÖRNSKÖLDSVIKS KOMMUN",
    "Kulturförvaltningen",
    "",
    "TJÄNSTESKRIVELSE                        Datum: 2042-01-12",
    "                                        Dnr: KuN 42/007",
    "",
    "Till Kulturnämnden",
    "",
    "Fördelning av arrangörsbidrag våren 2042",
    "",
    "Förslag till beslut",
    "",
    "att fördela arrangörsbidrag enligt följande:",
    "",
    "Förening                           Org.nr         Belopp kr",
    "Bjästa Jazzklubb                   868914-2621       18.000",
    "Husums Teaterförening              856423-1937       24.500",
    "Köpmanholmens Bygdegårdsförening                     12.000",
    "",
    "Summa                                                54.500",
    "",
    "Ärendet",
    "",
    "Sju föreningar har sökt sammanlagt 131.000 kr. Nämndens",
    "ram för arrangörsbidrag är 110.000 kr för år 2042, varav",
    "hälften fördelas under våren.",
    "",
    "Ylva Sjödin                   Anders Nyberg",
    "Kultursekreterare             Kulturchef",
]

DOC1233 = [
    "ÖVERTORNEÅ KOMMUN",
    "Kommunstyrelsen",
    "",
    "PROTOKOLLSUTDRAG",
    "",
    "Sammanträdesdatum 2036-06-03",
    "",
    "§ 94",
    "",
    "Dnr KS 36/0129",
    "",
    "Medborgarförslag om belysning längs Matarengivägen",
    "",
    "Ett medborgarförslag har kommit in om att belysning ska",
    "sättas upp längs gång- och cykelvägen vid Matarengivägen.",
    "Tekniska förvaltningen har beräknat kostnaden till",
    "340.000 kr.",
    "",
    "Kommunstyrelsens förslag till kommunfullmäktige",
    "",
    "att bifalla medborgarförslaget,",
    "",
    "att finansiera belysningen inom tekniska förvaltningens",
    "investeringsram för år 2037.",
    "",
    "Justerandes sign        Utdragsbestyrkande",
    "",
    "Expedieras: Kommunfullmäktige, Tekniska förvaltningen",
]

WRITERS = {
    "1220": lambda: write_ocr("1220_protokoll_ks_boden_skrivmaskin_ocr_swe", DOC1220, "mono", "swe", 1220,
                              scan_dpi=200, blur=0.7),
    "1221": lambda: write_ocr("1221_protokollsutdrag_bn_skovde_c059_ocr_swe", DOC1221, "c059", "swe", 1221),
    "1222": lambda: write_ocr("1222_tjansteskrivelse_sn_stromsund_bidrag_ocr_eng", DOC1222, "mono", "eng", 1222,
                              blur=0.8),
    "1223": lambda: write_ocr("1223_kallelse_kfn_tidaholm_bookman_ocr_swe", DOC1223, "bookman", "swe", 1223,
                              scan_dpi=200),
    "1224": lambda: write_ocr("1224_protokoll_mbn_arvidsjaur_serif_ocr_eng", DOC1224, "serif", "eng", 1224,
                              skew=-0.5),
    "1225": lambda: write_ocr("1225_tjansteskrivelse_ks_grastorp_iop_bookman_ocr_swe", DOC1225, "bookman", "swe",
                              1225, dust=0.001, blur=0.9),
    "1226": lambda: write_pdf("1226_protokollsutdrag_kf_gullspang_borgen_skannad", DOC1226, "mono", 1226,
                              scan_dpi=200, blur=0.7),
    "1227": lambda: write_ocr("1227_protokoll_sn_jokkmokk_narvaro_kolumner_ocr_swe", DOC1227, "mono", "swe", 1227,
                              scan_dpi=150, blur=0.6),
    "1228": lambda: write_ocr("1228_tjansteskrivelse_kfn_nordmaling_fr_o_m_ocr_eng", DOC1228, "mono", "eng", 1228),
    "1229": lambda: write_ocr("1229_kallelse_mbn_ovanaker_nr_arende_dnr_c059_ocr_swe", DOC1229, "c059", "swe", 1229,
                              scan_dpi=200),
    "1230": lambda: write_ocr("1230_protokollsutdrag_ks_toreboda_mkr_bookman_ocr_swe", DOC1230, "bookman", "swe", 1230,
                              dust=0.0012, blur=0.8),
    "1231": lambda: write_ocr("1231_protokoll_kfn_alvsbyn_serif_ocr_eng", DOC1231, "serif", "eng", 1231, skew=0.7),
    "1232": lambda: write_ocr("1232_tjansteskrivelse_kun_ornskoldsvik_tabell_ocr_swe", DOC1232, "mono", "swe", 1232,
                              skew=-0.9, scan_dpi=200),
    "1233": lambda: write_ocr("1233_protokollsutdrag_ks_overtornea_medborgarforslag_c059_ocr_eng", DOC1233, "c059",
                              "eng", 1233, blur=0.9),
}


if __name__ == "__main__":
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number]()
        print(path, path.stat().st_size)
