"""Makes round 51's (gen51) invented documents that are not text files (tests/fixtures/invented 1026,
1033): 1026, a tekniska nämnd's kallelse followed by one item's tjänsteskrivelse, written as a DOCX by
python-docx (the agenda a table Nr / Ärende / Dnr / Föredragande, the paper's head labels in a table, a
page break before the paper, the municipality only in the page header) and turned into a born-digital
PDF by LibreOffice; 1033, a socialnämnd's kallelse, one item's tjänsteskrivelse and the delegation list
the same way (the agenda a table Ärende / Rubrik / Diarienummer, the delegation list a table Nr / Datum /
Beslut / Dnr / Beslutsfattare, a page break before each paper). All text invented.
``python tests/inventedmaker51.py`` rewrites them."""

from __future__ import annotations

from pathlib import Path

from inventedmaker import INVENTED
from inventedmaker23 import write_docx_pdf_widths

PDF1026_STEM = "1026_kallelse_tn_smedjebacken_docx_pdf_tjansteskrivelse"
PDF1026_BLOCKS = [
    ("h", "Kallelse till tekniska nämndens sammanträde"),
    ("p", "Tid: Tisdagen den 27 mars 2040 kl. 13.30"),
    ("p", "Plats: Sammanträdesrummet Barken, Stadshuset"),
    ("t", "Nr\tÄrende\tDnr\tFöredragande"),
    ("t", "1\tVal av justerare\t\t"),
    ("t", "2\tGodkännande av föredragningslistan\t\t"),
    ("t", "3\tUppföljning av driftbudget februari 2040\tTN 2040/0011\tMalin Sundqvist"),
    ("t", "4\tUpphandling av vinterväghållning i Söderbärke och Vad 2040–2044\tTN 2040/0018\tKim Berglund"),
    ("t", "5\tFörslag till ny renhållningstaxa 2041\tTN 2040/0023\tKim Berglund"),
    ("t", "6\tAnmälan av delegationsbeslut\tTN 2040/0002\t"),
    ("p", "Roger Nordlöf (S), ordförande"),
    ("p", "Lisbeth Henriksson, nämndsekreterare"),
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\t2040-03-09"),
    ("t", "Dnr\tTN 2040/0018"),
    ("t", "Handläggare\tKim Berglund, gatuchef"),
    ("p", "Till tekniska nämnden"),
    ("p", "Upphandling av vinterväghållning i Söderbärke och Vad"),
    ("p", "Förslag till beslut"),
    ("p", "Tekniska nämnden beslutar"),
    ("p", "att ge förvaltningen i uppdrag att upphandla vinterväghållning i Söderbärke och Vad för "
          "perioden 1 oktober 2040 till 30 april 2044,"),
    ("p", "att kostnaden ryms inom gatuavdelningens driftbudget."),
    ("p", "Ärendet"),
    ("p", "Nuvarande avtal med Barkens Maskinstation AB, org.nr 556831-4404, löper ut den 30 april 2040 "
          "och kan inte förlängas. Kostnaden för vinterväghållningen i de två orterna var 1 350 000 kronor "
          "säsongen 2038/2039."),
]
PDF1026_WIDTHS_CM = [[1.2, 9.0, 3.2, 3.6], [3.5, 8.0]]  # agenda, paper's head labels
PDF1026_HEADER = "Smedjebackens kommun · Tekniska nämnden"
PDF1026_FOOTER = "Smedjebackens kommun · Kallelse tekniska nämnden 2040-03-27"


PDF1033_STEM = "1033_kallelse_sn_orust_docx_pdf_tjansteskrivelse_delegationstabell"
PDF1033_BLOCKS = [
    ("h", "Kallelse"),
    ("p", "Socialnämnden sammanträder tisdagen den 19 november 2041 kl. 13.00 i Ellösrummet, kommunhuset i Henån."),
    ("t", "Ärende\tRubrik\tDiarienummer"),
    ("t", "1\tVal av justerare\t"),
    ("t", "2\tMånadsrapport oktober 2041\tSN 2041/0190"),
    ("t", "3\tBidrag till Orust Frivilligcentral för 2042\tSN 2041/0201"),
    ("t", "4\tRedovisning av delegationsbeslut oktober 2041\tSN 2041/0004"),
    ("t", "5\tInformation från förvaltningschefen\t"),
    ("p", "Ingela Forsberg (S)"),
    ("p", "Ordförande"),
    ("h", "Tjänsteskrivelse"),
    ("t", "Datum\t2041-11-04"),
    ("t", "Diarienummer\tSN 2041/0201"),
    ("t", "Handläggare\tJohanna Strand, verksamhetsutvecklare"),
    ("p", "Bidrag till Orust Frivilligcentral för 2042"),
    ("p", "Förslag till beslut"),
    ("p", "1. Socialnämnden beviljar Orust Frivilligcentral, org.nr 802700-1919, ett verksamhetsbidrag om "
          "175 000 kronor för 2042."),
    ("p", "2. Bidraget betalas ut kvartalsvis."),
    ("p", "Ärendet"),
    ("p", "Frivilligcentralen förmedlar besök och ledsagning till äldre på hela ön. Föreningen har ansökt om "
          "200 000 kronor."),
    ("h", "Redovisning av delegationsbeslut oktober 2041"),
    ("t", "Nr\tDatum\tBeslut\tDnr\tBeslutsfattare"),
    ("t", "1\t2041-10-03\tYttrande om serveringstillstånd till Henåns Gästgiveri\tSN 2041/0177\tKarin Alm, alkoholhandläggare"),
    ("t", "2\t2041-10-15\tAttest av faktura om 62 000 kronor för konsultstöd\tSN 2041/0183\tMikael Hed, förvaltningschef"),
    ("t", "3\t2041-10-28\tAvslag på ansökan om ekonomiskt bistånd till resa\tSN 2041/0188\tKarin Alm, alkoholhandläggare"),
]
PDF1033_WIDTHS_CM = [[2.0, 9.5, 3.6], [3.5, 8.0], [1.1, 2.7, 5.2, 2.9, 4.3]]  # agenda, paper head, delegation list
PDF1033_HEADER = "Orust kommun · Socialnämnden"
PDF1033_FOOTER = "Orust kommun · Kallelse socialnämnden 2041-11-19"


def write_pdf(folder: Path, stem: str, blocks, header: str, footer: str, widths_cm, papers: tuple[str, ...]) -> Path:
    """The DOCX with a page break before each paper's heading (``papers``), its tables' columns set
    as a writer sets them in Word (``widths_cm``, in table order), made a PDF by LibreOffice."""
    from docx.enum.text import WD_BREAK

    breaks = {i for i, (kind, text) in enumerate(blocks) if kind == "h" and text in papers}

    def before_block(document, i):
        if i in breaks:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    return write_docx_pdf_widths(folder, stem, blocks, header, footer, dict(enumerate(widths_cm)), before_block)


def write_pdf1026(folder: Path) -> Path:
    return write_pdf(folder, PDF1026_STEM, PDF1026_BLOCKS, PDF1026_HEADER, PDF1026_FOOTER, PDF1026_WIDTHS_CM,
                     ("Tjänsteskrivelse",))


def write_pdf1033(folder: Path) -> Path:
    return write_pdf(folder, PDF1033_STEM, PDF1033_BLOCKS, PDF1033_HEADER, PDF1033_FOOTER, PDF1033_WIDTHS_CM,
                     ("Tjänsteskrivelse", "Redovisning av delegationsbeslut oktober 2041"))


if __name__ == "__main__":
    print(write_pdf1026(INVENTED))
    print(write_pdf1033(INVENTED))
