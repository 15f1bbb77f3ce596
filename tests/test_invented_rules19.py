"""General rules of documents as document-hosting sites deliver them, second round (round 19,
tests/fixtures/invented 370-): a site's label over the text with a note in brackets on how the
text was got, a wrapper with no such label over a document flattened into one line, a summons
naming its agenda in a flattened head, the excerpt's body and § before its dnr in a flattened
head, a reply's paper named after its definite noun, a running head whose page number changes
from page to page, a job title with its unit in lower case, a signature's name on the line
under a paragraph in a PDF; after batch 2 (377-380): a presenter's "Name, title" run on after a
flattened agenda's item title, a table's column labels ("Nr Beslutsdatum Ärende") after a flattened
heading, and a grant paid "under 2039" (no period). Each case is invented Swedish and failed before
its rule."""

from __future__ import annotations

import pytest

from docparse.extract.people import is_title


def _doc(result):
    return result["document"]


def test_a_label_over_the_text_with_a_note_in_brackets_ends_the_wrapper(extract_text):
    text = ("Sammanträdesprotokoll byggnadsnämnden | Exeby kommun | Arkivet\n\n"
            "[ Ladda ner ]  [ Skriv ut ]\n\n"
            "Full text (OCR)\n\n"
            "EXEBY KOMMUN Byggnadsnämnden PROTOKOLLSUTDRAG Sammanträdesdatum 2036-03-04 § 12 Dnr BN 2036/0031 "
            "Bygglov för förråd på Norrby 3:14 Ärendet Sökanden vill bygga ett förråd på 40 kvadratmeter. "
            "Byggnadsnämndens beslut Bygglov beviljas.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Bygglov för förråd på Norrby 3:14"
    assert doc["doc_type"] == "protokollsutdrag"


def test_a_summons_naming_its_agenda_in_a_flattened_head(extract_text):
    text = ("EXEBY KOMMUN Miljönämnden Kallelse med dagordning Datum 2036-09-01 Sammanträde Tisdagen den "
            "8 september 2036 kl. 13.00 Lokal Stadshuset, rum Ekbacken Ärenden 1 Val av justerare "
            "2 Tillsynsplan 2037 Dnr MN 2036/0088 3 Delegationsbeslut Eva Lindh Ordförande\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Kallelse med dagordning"
    assert doc["doc_type"] == "kallelse"


def test_a_flattened_document_under_a_trail_without_a_full_text_label(extract_text):
    text = ("Utdrag BN § 57 Bygglov för garage - Exeby kommun\n\n"
            "Start › Exeby kommun › Byggnadsnämnden › Protokoll\n\n"
            "Visa original   Hämta (120 kB)\n\n"
            "Sida 1 av 3\n\n"
            "Exeby kommun UTDRAG UR PROTOKOLL Sammanträdesdatum 2036-05-19 Byggnadsnämnden § 57 "
            "Dnr BN 2036/0044 Bygglov för nybyggnad av garage på Västby 2:8 Ärendet Sökanden vill bygga "
            "ett garage om 60 kvadratmeter nära tomtgränsen. Grannarna har hörts och har inget att invända. "
            "Byggnadsnämndens beslut Bygglov beviljas enligt ansökan. Avgiften för bygglovet är 9 400 kronor. "
            "Beslutet kan överklagas till länsstyrelsen inom tre veckor från den dag sökanden fick del av det.\n")
    result = extract_text(text)
    assert _doc(result)["title"] == "Bygglov för nybyggnad av garage på Västby 2:8"
    assert _doc(result)["dnr"] == "BN 2036/0044"


def test_a_news_page_under_a_trail_keeps_its_headline(extract_text):
    text = ("Nytt konstgräs på Norrvallen - Exeby kommun\n\n"
            "Start › Nyheter › Idrott och fritid\n\n"
            "Nytt konstgräs på Norrvallen\n\n"
            "Fritidsnämnden har beslutat att byta konstgräset på Norrvallen under sommaren. Arbetet kostar "
            "4,2 miljoner kronor och ska vara klart till skolstarten i augusti, säger fritidschefen Per Ek. "
            "Föreningarna som spelar på planen får under tiden låna gräsplanen vid Södra skolan, som "
            "fritidsförvaltningen har gjort i ordning för träningar och matcher under juni och juli.\n")
    assert _doc(extract_text(text))["title"] == "Nytt konstgräs på Norrvallen"


def test_the_excerpts_body_and_paragraph_before_its_dnr_are_no_subject(extract_text):
    text = ("Exeby kommun PROTOKOLLSUTDRAG Sammanträdesdatum 2036-10-07 Kultur- och fritidsnämnden § 88 "
            "Dnr KFN 2036/0102 Driftbidrag till Exeby Ryttarförening 2037 Ärendebeskrivning Föreningen har "
            "ansökt om 150 000 kronor i driftbidrag för ridhuset. Kultur- och fritidsnämndens beslut "
            "Exeby Ryttarförening beviljas 120 000 kronor i driftbidrag för 2037.\n")
    assert _doc(extract_text(text))["title"] == "Driftbidrag till Exeby Ryttarförening 2037"


def test_a_replys_paper_named_after_its_definite_noun_is_part_of_the_subject(extract_text):
    text = ("Exeby kommun Kommunstyrelsen YTTRANDE Datum 2036-11-20 Dnr KS 2036/0240 Infrastrukturdepartementet "
            "103 33 Stockholm Er referens I2036/00871 Yttrande över betänkandet Framtidens färdtjänst "
            "Exeby kommun har getts möjlighet att lämna synpunkter och tillstyrker förslagen i huvudsak. "
            "Kommunen anser dock att övergångstiden bör vara två år.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Yttrande över betänkandet Framtidens färdtjänst"
    assert doc["dnr"] == "KS 2036/0240"


def test_a_running_head_whose_page_number_changes_is_no_heading(extract_text):
    text = ("Exeby kommun – tjänsteskrivelse SN 2036/0077 – sida 1 av 2\n"
            "Socialförvaltningen\n\n"
            "Till Socialnämnden\n\n"
            "Ny riktlinje för hemtjänst i glesbygd\n\n"
            "Förslag till beslut\n"
            "Socialnämnden antar riktlinjen enligt bilaga.\n\n"
            "Bakgrund\n"
            "Hemtjänsten i kommunens ytterområden har långa restider, och\n\n"
            "Exeby kommun – tjänsteskrivelse SN 2036/0077 – sida 2 av 2\n"
            "Socialförvaltningen\n\n"
            "riktlinjen samlar hur insatserna planeras där.\n\n"
            "Lena Ahl\nSocialchef\n")
    assert _doc(extract_text(text))["title"] == "Ny riktlinje för hemtjänst i glesbygd"


def test_a_heading_repeated_unchanged_is_still_the_heading(extract_text):
    text = ("Budget 2037 för kultur- och fritidsnämnden\n\n"
            "Nämnden har en ram på 48 miljoner kronor för 2037.\n\n"
            "Budget 2037 för kultur- och fritidsnämnden\n\n"
            "Tabellen visar fördelningen per verksamhet.\n")
    assert _doc(extract_text(text))["title"] == "Budget 2037 för kultur- och fritidsnämnden"


@pytest.mark.parametrize("text, expected", [
    ("Enhetschef bemanning", True),
    ("Verksamhetschef äldreomsorg", True),
    ("ordförande x", False),  # a checkbox's mark beside the role is no unit
    ("Anna Berg", False),
])
def test_a_title_with_its_unit_in_lower_case(text, expected):
    assert is_title(text) is expected


def test_a_signature_under_a_paragraph_ending_at_the_right_margin_keeps_its_line(tmp_path):
    """A born-digital PDF whose paragraph's last line is its longest, a name and a title on the
    lines just beneath (no gap): the name is a line of its own, not the paragraph's next words."""
    from fpdf import FPDF

    import scanmaker
    from docparse.read import read

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(scanmaker.font_path()))
    pdf.set_font("dejavu", size=10)
    rows = ["Bakgrund",
            "Hyran för idrottshallen har inte räknats upp sedan 2031 och",
            "täcker i dag bara en liten del av kostnaden för drift och städning.",
            "Eva Lindh",
            "Fritidschef"]
    for i, row in enumerate(rows):
        pdf.text(57, 60 + 13 * i, row)
    path = tmp_path / "underskrift.pdf"
    pdf.output(str(path))
    text = read(str(path)).text
    assert "städning.\nEva Lindh\nFritidschef" in text


def test_a_presenters_name_and_title_end_a_flattened_agenda_items_title(extract_text):
    text = ("EXEBY KOMMUN Tekniska nämnden KALLELSE 2036-02-02 Tekniska nämnden kallas till sammanträde "
            "onsdagen den 10 februari 2036 kl. 13.00 i stadshusets rum Ljusnan. Nr Dnr Ärende Föredragande "
            "1 Val av justerare 2 TN 2036/0012 Vinterväghållning på enskilda vägar Sara Berg, gatuchef "
            "3 TN 2036/0019 Ny belysning längs Åvägen Nils Ek, projektledare 4 Meddelanden Olle Ström Ordförande\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["2"] == ("Vinterväghållning på enskilda vägar", "TN 2036/0012")
    assert items["3"] == ("Ny belysning längs Åvägen", "TN 2036/0019")


def test_an_item_title_naming_an_association_and_its_purpose_keeps_it(extract_text):
    text = ("Ärenden\n"
            "1 Val av justerare\n"
            "2 Bidrag till Exeby Ryttarförening, ombyggnad av ridhuset\n"
            "3 Meddelanden\n")
    items = {i["number"]: i["title"] for i in extract_text(text)["items"]}
    assert items["2"] == "Bidrag till Exeby Ryttarförening, ombyggnad av ridhuset"


def test_a_tables_column_labels_end_a_flattened_heading(extract_text):
    text = ("EXEBY KOMMUN Byggnadsnämnden DELEGATIONSBESLUT Datum 2036-04-02 Redovisning av beslut om bygglov "
            "i mars 2036 Nr Datum Ärende Dnr 1 2036-03-05 Bygglov för carport, Norrby 1:4 BN 2036/051 "
            "2 2036-03-19 Rivningslov för ladugård, Söderby 2:2 BN 2036/060 Byggnadsnämnden lägger "
            "redovisningen till handlingarna.\n")
    assert _doc(extract_text(text))["title"] == "Redovisning av beslut om bygglov i mars 2036"


def test_a_grant_paid_during_a_year_has_no_period(extract_text):
    text = ("Förslag till beslut\n"
            "Exeby Konstförening beviljas ett bidrag på 40 000 kronor. Bidraget utbetalas under 2037.\n")
    assert extract_text(text)["periods"] == []


def test_a_grant_for_a_year_keeps_its_period(extract_text):
    text = ("Förslag till beslut\n"
            "Exeby Konstförening beviljas ett bidrag på 40 000 kronor för verksamheten under 2037.\n")
    periods = extract_text(text)["periods"]
    assert [(p["start"], p["end"]) for p in periods] == [("2037", "2037")]
