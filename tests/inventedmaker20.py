"""Makes round 20's (gen20) invented documents that are not text files (tests/fixtures/invented 392-):
392, a socialnämnd's protocol as a real DOCX written by python-docx (head and attendance in tables of
name / party / role, a § head as a table row of number, title and dnr, the signature boxes in the page
footer), read by docparse's DOCX reader; 393, a barn- och utbildningsnämnd's protocol written as a DOCX
and turned into ODT by LibreOffice, read by the ODT reader; 395, a kommunfullmäktige's protocol as a
DOCX turned into a born-digital PDF by LibreOffice; 396, a kommunstyrelse arbetsutskott's kallelse
scanned, which docparse OCRs; 398, a kommunstyrelse's kallelse as a real DOCX, its agenda a table with a
column of presenters; 400, a valnämnd's protocol scanned, its attendance in columns of name / party /
function. All text invented.
``python tests/inventedmaker20.py [NUMBER...]`` rewrites them (all, or the numbers given)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from inventedmaker import HERE, INVENTED, write_docx_pdf, write_scan

DOCX392_STEM = "392_protokoll_sn_docx_namn_parti_roll"
DOCX392_BLOCKS = [
    ("h", "Sammanträdesprotokoll"),
    ("t", "Organ\tSocialnämnden"),
    ("t", "Sammanträdesdatum\t2038-09-22"),
    ("t", "Plats och tid\tSilvermuseets konferensrum, kl. 13.00–15.45"),
    ("t", "Paragrafer\t§§ 61–64"),
    ("p", ""),
    ("p", "Beslutande"),
    ("t", "Namn\tParti\tRoll"),
    ("t", "Britt-Louise Sarri\tS\tOrdförande"),
    ("t", "Håkan Nutti\tC\tVice ordförande"),
    ("t", "Elsa Granberg\tV\tLedamot"),
    ("t", "Rikard Ömalm\tM\tLedamot"),
    ("t", "Tove Lindmark\tS\tErsättare för Per-Ola Isaksson (S)"),
    ("p", ""),
    ("p", "Övriga närvarande"),
    ("t", "Camilla Juuso\tsocialchef"),
    ("t", "Ronny Westerberg\tnämndsekreterare"),
    ("p", ""),
    ("t", "Justerare\tElsa Granberg"),
    ("t", "Justeringens plats och tid\tSocialkontoret 2038-09-25"),
    ("p", ""),
    ("t", "§ 61\tVal av justerare\t"),
    ("h", "Beslut"),
    ("p", "Elsa Granberg (V) utses att justera protokollet."),
    ("p", ""),
    ("t", "§ 62\tÖverenskommelse om kvinnojour\tDnr SN 2038/0131"),
    ("h", "Ärendebeskrivning"),
    ("p", "Förvaltningen föreslår att överenskommelsen med den lokala kvinnojouren förlängs. "
          "Ersättningen är 520 000 kronor per år."),
    ("h", "Socialnämndens beslut"),
    ("p", "1. Överenskommelsen förlängs till och med den 31 december 2040."),
    ("p", "2. Socialchefen får i uppdrag att underteckna överenskommelsen."),
    ("p", ""),
    ("t", "§ 63\tRiktlinjer för ekonomiskt bistånd 2039\tDnr SN 2038/0144"),
    ("h", "Socialnämndens beslut"),
    ("p", "Riktlinjerna antas och gäller från den 1 januari 2039."),
    ("p", ""),
    ("t", "§ 64\tRedovisning av delegationsbeslut augusti 2038\tDnr SN 2038/0009"),
    ("h", "Socialnämndens beslut"),
    ("p", "Redovisningen läggs till handlingarna."),
]
DOCX392_HEADER = "ARJEPLOGS KOMMUN\tSammanträdesprotokoll"
DOCX392_FOOTER = "Justerandes signatur\tUtdragsbestyrkande"

ODT393_STEM = "393_protokoll_bun_odt_beslutande"
ODT393_BLOCKS = [
    ("h", "Protokoll"),
    ("p", "Barn- och utbildningsnämnden"),
    ("t", "Sammanträdesdatum\t2039-02-08"),
    ("t", "Plats\tFärgelanda skola, aulan"),
    ("t", "Tid\tkl. 18.00–20.30"),
    ("p", ""),
    ("t", "Beslutande ledamöter\tParti\tUppdrag"),
    ("t", "Ingemar Solheim\tS\tordförande"),
    ("t", "Frida Kjellgren\tM\t1:e vice ordförande"),
    ("t", "Nils-Åke Broberg\tC\tledamot"),
    ("t", "Yvonne Gahm\tSD\tledamot"),
    ("p", ""),
    ("t", "Tjänstepersoner\tBefattning"),
    ("t", "Petra Holmkvist\tförvaltningschef"),
    ("t", "Anneli Säfström\tsekreterare"),
    ("p", ""),
    ("h", "§ 5 Skolskjutsregler för läsåret 2039/40"),
    ("p", "Dnr BUN 2038/0210"),
    ("h", "Yrkanden"),
    ("p", "Ingemar Solheim (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Yvonne Gahm (SD) yrkar att avståndsgränsen för årskurs 4–6 sänks till tre kilometer."),
    ("h", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller förvaltningens förslag."),
    ("h", "Barn- och utbildningsnämndens beslut"),
    ("p", "1. Reglerna för skolskjuts antas enligt bilaga."),
    ("p", "2. Reglerna gäller från den 1 juli 2039."),
    ("h", "Reservation"),
    ("p", "Yvonne Gahm (SD) reserverar sig mot beslutet."),
    ("h", "§ 6 Ansökan om tilläggsbelopp för elev i grundskolan"),
    ("p", "Dnr BUN 2039/0014"),
    ("h", "Barn- och utbildningsnämndens beslut"),
    ("p", "Ansökan beviljas med 96 000 kronor för vårterminen 2039."),
    ("h", "§ 7 Förvaltningschefen informerar"),
    ("p", "Dnr BUN 2039/0002"),
    ("h", "Barn- och utbildningsnämndens beslut"),
    ("p", "Informationen noteras."),
]
ODT393_HEADER = "Färgelanda kommun\tProtokoll\t2039-02-08"
ODT393_FOOTER = "Justerandes sign.\tUtdragsbestyrkande"

PDF395_STEM = "395_protokoll_kf_docx_paragrafrad_dnr"
PDF395_BLOCKS = [
    ("h", "Protokoll"),
    ("p", "Kommunfullmäktige"),
    ("t", "Sammanträdesdatum\t2037-11-26"),
    ("t", "Plats och tid\tGrästorps kommunhus, fullmäktigesalen, kl. 18.30–21.10"),
    ("t", "Ordförande\tLena Axbrink (M)"),
    ("t", "Sekreterare\tOscar Fjellström, kommunsekreterare"),
    ("t", "Justerare\tRagnar Tjäder (S), Minna Olausson (C)"),
    ("t", "Paragrafer\t§§ 88–91"),
    ("p", ""),
    ("h", "§ 88  Upprop och val av justerare"),
    ("p", "Fullmäktiges beslut"),
    ("p", "Ragnar Tjäder (S) och Minna Olausson (C) utses att justera protokollet."),
    ("h", "§ 89  Budget 2038 och ekonomisk plan 2039–2040                    Dnr KS 2037/0188"),
    ("p", "Yrkanden"),
    ("p", "Lena Axbrink (M) yrkar bifall till kommunstyrelsens förslag. Ragnar Tjäder (S) yrkar bifall "
          "till Socialdemokraternas budgetförslag."),
    ("p", "Propositionsordning"),
    ("p", "Ordföranden ställer proposition på förslagen och finner att fullmäktige bifaller "
          "kommunstyrelsens förslag."),
    ("p", "Fullmäktiges beslut"),
    ("p", "1. Skattesatsen för 2038 fastställs till 21,89 procent."),
    ("p", "2. Budget 2038 och ekonomisk plan 2039–2040 antas."),
    ("p", "Reservation"),
    ("p", "Ledamöterna för Socialdemokraterna reserverar sig mot beslutet."),
    ("h", "§ 90  Borgensram för Grästorps Energi AB                          Dnr KS 2037/0201"),
    ("p", "Fullmäktiges beslut"),
    ("p", "Kommunen går i borgen för bolagets lån upp till 45 mnkr."),
    ("h", "§ 91  Avsägelse från uppdrag som nämndeman                        Dnr KS 2037/0215"),
    ("p", "Fullmäktiges beslut"),
    ("p", "Avsägelsen godkänns."),
    ("t", "Lena Axbrink\tOscar Fjellström"),
    ("t", "Ordförande\tSekreterare"),
]
PDF395_HEADER = "Grästorps kommun    Kommunfullmäktige    Protokoll 2037-11-26"
PDF395_FOOTER = "Justerandes signatur ____________    Utdragsbestyrkande ____________"

SCAN396_STEM = "396_kallelse_ksau_skannad_dnr_under"
SCAN396_LINES = [
    "ESSUNGA KOMMUN                                  KALLELSE",
    "Kommunstyrelsens arbetsutskott                  Datum 2040-01-29",
    "",
    "Sammanträde med kommunstyrelsens arbetsutskott",
    "",
    "Dag och tid     Måndagen den 3 februari 2040 kl. 13.15",
    "Plats           Kommunhuset i Nossebro, rum Lidan",
    "",
    "Ärenden",
    "",
    "§ 1   Val av justerare",
    "§ 2   Lokalförsörjningsplan för förskolan",
    "                                              Dnr KS 2039/0301",
    "§ 3   Bredbandsutbyggnad i Jonslund",
    "                                              Dnr KS 2039/0288",
    "§ 4   Remiss om regional avfallsplan",
    "                                              Dnr KS 2040/0011",
    "§ 5   Information från kommunchefen",
    "",
    "Välkomna!",
    "",
    "Jesper Almén                    Lovisa Ekwall",
    "Ordförande                      Sekreterare",
]


DOCX398_STEM = "398_kallelse_ks_docx_arendetabell_foredragande"
DOCX398_BLOCKS = [
    ("h", "Kallelse"),
    ("p", "Kommunstyrelsen kallas till sammanträde."),
    ("t", "Datum\tTisdagen den 8 oktober 2037"),
    ("t", "Tid\tkl. 09.00"),
    ("t", "Plats\tKommunhuset, Laxåsalen"),
    ("p", ""),
    ("t", "Nr\tÄrende\tDnr\tFöredragande"),
    ("t", "1\tVal av justerare\t\t"),
    ("t", "2\tDelårsrapport per augusti 2037\tKS 2037/0144\tSiv Lorentzon"),
    ("t", "3\tInvesteringsbudget 2038 för fastigheter\tKS 2037/0150\tAndreas Holmér"),
    ("t", "4\tYttrande över länsplan för transportinfrastruktur\tKS 2037/0121\tAndreas Holmér"),
    ("t", "5\tAnmälan av delegationsbeslut\tKS 2037/0003\t"),
    ("p", ""),
    ("p", "Förhinder anmäls till kommunsekreteraren."),
    ("t", "Margareta Ekvik\tTheo Ramström"),
    ("t", "Ordförande\tKommunsekreterare"),
]
DOCX398_HEADER = "LAXÅ KOMMUN\tKallelse\t2037-09-30"
DOCX398_FOOTER = "Laxå kommun · Kommunstyrelsen"


SCAN400_STEM = "400_protokoll_valnamnd_skannad_namn_parti_roll"
SCAN400_LINES = [
    "LAXÅ KOMMUN                                   SAMMANTRÄDESPROTOKOLL",
    "Valnämnden                                    Sammanträdesdatum 2038-08-19",
    "",
    "Plats och tid    Kommunhuset, rum Bodarne, kl. 10.00-11.30",
    "",
    "Beslutande       Namn                   Parti    Funktion",
    "                 Stefan Hägglöf         S        Ordförande",
    "                 Inger Modén            M        Vice ordförande",
    "                 Ali Rahimi             C        Ledamot",
    "",
    "Övriga           Therese Kvist, valsamordnare",
    "",
    "Justerare        Ali Rahimi",
    "",
    "§ 14  Val av justerare",
    "Valnämndens beslut",
    "Ali Rahimi (C) utses att justera protokollet.",
    "",
    "§ 15  Vallokaler vid valet 2038                    Dnr VN 2038/0009",
    "Valnämndens beslut",
    "1. Vallokalerna fastställs enligt bilaga 1.",
    "2. Röstmottagarna får ett arvode om 1 900 kronor per valdag.",
    "",
    "§ 16  Förtidsröstning på Hasselgården              Dnr VN 2038/0011",
    "Valnämndens beslut",
    "Förtidsröstning anordnas på Hasselgården den 2-4 september 2038.",
    "",
    "Justerandes signatur        Utdragsbestyrkande",
]


def write_docx_only(folder: Path, stem: str, blocks, header: str, footer: str, odt: bool = False) -> Path:
    """The DOCX itself (with its page header and footer), or, with ``odt``, LibreOffice's ODT of it."""
    import formatmaker

    def finish(document):
        section = document.sections[0]
        section.header.paragraphs[0].text = header
        section.footer.paragraphs[0].text = footer

    with tempfile.TemporaryDirectory() as tmp:
        made = formatmaker.write_docx(Path(tmp) / f"{stem}.docx", blocks, finish=finish)
        if odt:
            made = formatmaker.convert(made, "odt", Path(tmp))
        target = folder / made.name
        target.write_bytes(made.read_bytes())
    return target


WRITERS = {
    "392": lambda folder: write_docx_only(folder, DOCX392_STEM, DOCX392_BLOCKS, DOCX392_HEADER, DOCX392_FOOTER),
    "393": lambda folder: write_docx_only(folder, ODT393_STEM, ODT393_BLOCKS, ODT393_HEADER, ODT393_FOOTER, odt=True),
    "398": lambda folder: write_docx_only(folder, DOCX398_STEM, DOCX398_BLOCKS, DOCX398_HEADER, DOCX398_FOOTER),
    "400": lambda folder: write_scan(folder, SCAN400_STEM, SCAN400_LINES, (2480, 2700), 0.35, 0.0012, 400),
    "395": lambda folder: write_docx_pdf(folder, PDF395_STEM, PDF395_BLOCKS, PDF395_HEADER, PDF395_FOOTER),
    "396": lambda folder: write_scan(folder, SCAN396_STEM, SCAN396_LINES, (2480, 2600), 0.3, 0.0012, 396),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        path = WRITERS[number](INVENTED)
        print(path, path.stat().st_size)
