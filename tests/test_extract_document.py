import pytest


def test_header_fields(extract_text):
    text = (
        "Handläggare\nKarin Lind\nTelefon: 08-123 45 67\n\nTill\nKulturnämnden\n2021-03-04\n\n"
        "Ansökan om bidrag till föreningen Exempel för år 2021\n\n"
        "Förvaltningens förslag till beslut\nKulturnämnden beviljar bidraget.\n\n"
        "Exempels kommun\n"
    )
    doc = extract_text(text)["document"]
    assert doc["title"] == "Ansökan om bidrag till föreningen Exempel för år 2021"
    assert doc["board"] == "Kulturnämnden"
    assert doc["date"] == "2021-03-04"
    assert doc["doc_type"] == "tjänsteutlåtande"
    assert doc["municipality"] == "Exempels kommun"


def test_type_word_in_running_header(extract_text):
    text = "Ett ärende om något viktigt här\n\nText.\n" + "Text.\n" * 10 + "Protokoll\nDnr KS 2020/12\nSida 2 (3)\nMer text.\n"
    doc = extract_text(text)["document"]
    assert doc["doc_type"] == "protokoll"
    assert doc["dnr"] == "KS 2020/12"


def test_short_title_joined_with_dash_subtitle(extract_text):
    text = "Idéburet Offentligt Partnerskap\n\n- Verksamhet för unga vuxna.\n\n1. Bakgrund\n"
    assert extract_text(text)["document"]["title"] == "Idéburet Offentligt Partnerskap - Verksamhet för unga vuxna"


def test_region_municipality(extract_text):
    assert extract_text("Region Jämtland Härjedalen beslutar.\n")["document"]["municipality"] == "Region Jämtland Härjedalen"


def test_protocol_header(extract_text):
    text = (
        "PROTOKOLLSUTDRAG\nKommunstyrelsen\nSammanträdesdatum 2020-03-12\n\n§ 45   Dnr KS-2019-0456\n\n"
        "Bidrag till Föreningen Solrosen för verksamhetsåret 2020\n\n"
        "Kommunstyrelsens beslut\nKommunstyrelsen beslutar\n1. att bevilja bidraget,\n2. att bidraget betalas ut kvartalsvis.\n"
    )
    doc = extract_text(text)["document"]
    assert doc == {
        "title": "Bidrag till Föreningen Solrosen för verksamhetsåret 2020",
        "doc_type": "protokollsutdrag",
        "municipality": None,
        "board": "Kommunstyrelsen",
        "dnr": "KS-2019-0456",
        "date": "2020-03-12",
        "spans": doc["spans"],
    }


def test_label_row_header_and_compound_board(extract_text):
    text = (
        "Tjänsteskrivelse\nDatum\tVår beteckning\n2021-06-01\tSBN 2021/0042\n\nBarn- och utbildningsförvaltningen\n"
        "Handläggare: Per Nilsson, tfn 016-710 20 00\n\nTill Barn- och utbildningsnämnden\n\n"
        "Avtal om partnerskap med Stiftelsen Läxhjälpen\n\nFörslag till beslut\n"
        "Barn- och utbildningsnämnden godkänner avtalet.\n"
    )
    doc = extract_text(text)["document"]
    assert (doc["title"], doc["doc_type"], doc["board"], doc["dnr"], doc["date"]) == (
        "Avtal om partnerskap med Stiftelsen Läxhjälpen", "tjänsteskrivelse", "Barn- och utbildningsnämnden",
        "SBN 2021/0042", "2021-06-01",
    )


def test_title_split_by_ocr_and_logo_debris(extract_text):
    text = "44 Idéburet partnerskap om verksamhet för unga som riskerar att\n\nhamna utanför samhället\n\n- Undertitel\n"
    assert extract_text(text)["document"]["title"] == "Idéburet partnerskap om verksamhet för unga som riskerar att hamna utanför samhället"


def test_title_may_hold_a_period(extract_text):
    text = "Avtal om stöd till föreningen under 1 januari 2022 – 31 december 2023\n\nText.\n"
    assert extract_text(text)["document"]["title"] == "Avtal om stöd till föreningen under 1 januari 2022 – 31 december 2023"


@pytest.mark.parametrize(
    "text, found",
    [
        ("Exeby kommun", True), ("EXEBY KOMMUN", True), ("Åby stads", True), ("Region Exeland län", True),
        ("Kommunalförbundet Exedalen", True), ("Exelandsregionen", True), ("vår kommun", False), ("Exeby-kommunen", False),
    ],
)
def test_one_municipality_shape_serves_letterheads_parties_and_the_document(text, found):
    # One pattern in docparse/sv/bodies.py: the title's letterhead test, the parties' and the
    # document's municipality all read the same shape.
    from docparse.extract import document
    from docparse.sv.bodies import MUNICIPALITY_RE

    assert bool(MUNICIPALITY_RE.fullmatch(text)) == found
    assert document.MUNICIPALITY_RE is MUNICIPALITY_RE


_PROSE = ("Det behövs fler platser på förskolorna i de norra delarna av kommunen, och köerna har vuxit "
          "under flera år i rad utan att något har hänt.\n\n")


def test_a_proposal_to_the_council_in_its_authors_voice_is_a_motion(extract_text):
    # No "motion" printed: the form says it ("Vi föreslår kommunfullmäktige att ...").
    text = ("Fler förskoleplatser i norra Exeby\n\n" + _PROSE
            + "Vi föreslår kommunfullmäktige att uppdra åt barn- och utbildningsnämnden att bygga en ny förskola.\n\n"
            + "Lisa Holm (V)\nPer Ekberg (V)\n")
    assert extract_text(text)["document"]["doc_type"] == "motion"


def test_prose_under_another_kind_of_head_is_no_news(extract_text):
    # An interpellation or a question (no type of the vocabulary) is not called news for its prose.
    for head in ("den 4 mars\n\nInterpellation till kommunstyrelsens ordförande om förskolor",
                 "Fråga till barn- och utbildningsnämndens ordförande om förskolor",
                 "Svar på interpellation om förskolor"):
        assert extract_text(head + "\n\n" + _PROSE + _PROSE)["document"]["doc_type"] is None, head
    news = "Fler förskoleplatser i norra Exeby\n\n" + _PROSE + _PROSE
    assert extract_text(news)["document"]["doc_type"] == "nyhet"


@pytest.mark.parametrize("head", ["Riktlinjer för förskoleplacering", "Förskoleplan 2033-2036",
                                  "Policy för barnomsorg på obekväm tid", "Rapport\nUppföljning av förskolan 2032"])
def test_prose_under_a_governing_documents_head_is_no_news(extract_text, head):
    assert extract_text(head + "\n\n" + _PROSE + _PROSE)["document"]["doc_type"] is None
    # ... unless a publication line says it is a news page
    published = head + "\n\nPublicerad 4 mars 2032\n\n" + _PROSE + _PROSE
    assert extract_text(published)["document"]["doc_type"] == "nyhet"


@pytest.mark.parametrize("head", [
    "Riktlinjer för föreningsbidrag\nAntagen av kultur- och fritidsnämnden 2031-02-03, § 12\n",
    "Riktlinjer för föreningsbidrag\nFastställd av kultur- och fritidsnämnden\n",
    "Riktlinjer för föreningsbidrag Reviderad 2031-02-03\n",  # a flattened header line
])
def test_a_policys_status_note_is_no_part_of_its_title(extract_text, head):
    text = head + "\nRiktlinjerna anger vilka föreningar som kan få bidrag och hur ansökan ska göras varje år.\n"
    assert extract_text(text)["document"]["title"] == "Riktlinjer för föreningsbidrag"


def test_region_name_before_a_heading_word_on_a_flattened_line(extract_text):
    # A flattened header runs the region's name into the next heading ("... Protokoll").
    text = "Region Värmland Protokoll Regionstyrelsen Datum: 2031-04-29 § 12 Budget 2032\n"
    assert extract_text(text)["document"]["municipality"] == "Region Värmland"


def test_letterhead_above_the_first_page_number_names_the_municipality(extract_text):
    # "Sida 1 (4)" makes the block above it a page header, masked; it is still the letterhead.
    text = (
        "Gnesta kommun\nKultur- och fritidsförvaltningen\n\nTjänsteutlåtande\nDnr KFN 2031/12\nSida 1 (4)\n"
        "2031-05-06\n\nTill Kultur- och fritidsnämnden\n\nNy taxa för idrottshallar\n\n"
        "Förvaltningens förslag till beslut\nNämnden antar taxan.\n"
    )
    assert extract_text(text)["document"]["municipality"] == "Gnesta kommun"


@pytest.mark.parametrize("text, title", [
    pytest.param(  # "Myndighet  Kulturnämnden, ..." heads a table of labels; the subject follows "Ärende:".
        "DELEGATIONSBESLUT\n\nMyndighet          Kulturnämnden, Gnesta kommun\n"
        "Beslutsfattare     Eva Holm, kulturchef\nDatum              2031-06-15\n\n"
        "Ärende: Bidrag till Gnesta Spelmanslag\n\nBeslut\nNämnden beviljar bidrag.\n",
        "Bidrag till Gnesta Spelmanslag", id="table-of-label-rows"),
    pytest.param(
        "Gnesta kommun\nLogga in  |  Lyssna  |  In English\nHem > Kommun och politik > Nyheter\n\n"
        "Nytt bibliotek i Stjärnhov\n\nKommunfullmäktige beslutade i går att bygga ett nytt bibliotek.\n",
        "Nytt bibliotek i Stjärnhov", id="site-menu-row-and-breadcrumb"),
    pytest.param(  # a letter's addressee block: the authority over its unit, then the subject
        "Gnesta kommun\nKommunstyrelsen\n\n                       Länsstyrelsen i Exelän\n"
        "                       Naturvårdsenheten\n\nYttrande över förslag till naturvårdsplan\n\n"
        "Kommunen tillstyrker förslaget.\n",
        "Yttrande över förslag till naturvårdsplan", id="addressee-over-its-office"),
    pytest.param(  # one line: municipality, office, type word, labels with values, the officer; then the subject
        "Gnesta kommun Kultur- och fritidsförvaltningen TJÄNSTESKRIVELSE Datum 2031-02-01 Diarienummer KFN 2031/44 "
        "Handläggare Nils Berg, fritidskonsulent Kultur- och fritidsnämnden Öppettider i simhallen Förslag till beslut "
        "Nämnden beslutar att simhallen ska ha öppet alla helgdagar. Sammanfattning Simhallen har i dag stängt på helgdagar.\n",
        "Öppettider i simhallen", id="flattened-letterhead-and-officer"),
    *[pytest.param(
        f"PROTOKOLLSUTDRAG\nKommunfullmäktige i Gnesta kommun\nSammanträdesdatum: 2031-04-28\n\n"
        f"{mark}                                   Dnr KS 2031/0077\n\nNy taxa för bygglov\n\n"
        "Kommunfullmäktiges beslut\nKommunfullmäktige antar taxan.\n",
        "Ny taxa för bygglov", id=f"excerpts-paragraph-mark-{mark}") for mark in ("Paragraf 88", "§ 88")],
    pytest.param(  # "Eva Holm, miljöinspektör" under the office in a letterhead; the subject comes after the board
        "Tjänsteskrivelse\n2031-08-30\nDnr MBN 2031/210\n\nMiljöförvaltningen\nEva Holm, miljöinspektör\n\n"
        "Miljönämnden\n\nTaxa för tillsyn av cisterner\n\nBeslutsförslag\nNämnden antar taxan.\n",
        "Taxa för tillsyn av cisterner", id="officers-name-and-title"),
    pytest.param(
        "Pressmeddelande från Region Värmland, 14 november 2031\n\nRegionen bygger ny vårdcentral i Torsby\n\n"
        "Regionstyrelsen beslutade i dag att investera 30 miljoner kronor.\n",
        "Regionen bygger ny vårdcentral i Torsby", id="press-release-sender-and-date"),
    pytest.param(  # a motion's addressee line with its date: "Kommunfullmäktige i X kommun   2031-01-28"
        "Kommunfullmäktige i Exeby kommun                 2031-01-28\n\nMotion om fler laddstolpar\n\n"
        "Vi föreslår att kommunen bygger fler laddstolpar.\n",
        "Motion om fler laddstolpar", id="addressee-board-of-a-municipality-and-date"),
    pytest.param(  # a Word document's page header: municipality and office joined by a middle dot
        "Exeby kommun · Kultur- och fritidsförvaltningen\n\nTjänsteskrivelse\n\nExeby kommun\nKultur- och fritidsförvaltningen\n\n"
        "Taxa för livsmedelskontroll 2032\n\nFörslag till beslut\nNämnden antar taxan.\n",
        "Taxa för livsmedelskontroll 2032", id="letterhead-joined-by-a-middle-dot"),
    pytest.param(  # a site's menu, one link a line, over the headline
        "Exeby kommun\n\nBo och leva\nTrafik och gator\nNyheter\n\nNy cykelbana längs Storgatan\n\n"
        "Publicerad 2031-05-04\n\nTekniska nämnden beslutade i går att bygga en cykelbana.\n",
        "Ny cykelbana längs Storgatan", id="menu-links-one-a-line"),
    pytest.param(  # a flattened head: the addressee, a ministry, before the subject
        "EXEBY KOMMUN Yttrande Datum 2031-10-02 Diarienummer KS 2031/0990 Till Infrastrukturdepartementet "
        "Yttrande över betänkandet Framtidens järnvägsunderhåll Sammanfattning Kommunen tillstyrker förslaget i stort "
        "men vill att underhållet av mindre banor prioriteras högre än i dag.\n",
        "Yttrande över betänkandet Framtidens järnvägsunderhåll", id="flattened-addressee-ministry"),
])
def test_lines_that_are_no_heading_leave_the_subject_as_title(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


def test_signing_dates_side_by_side_date_an_agreement(extract_text):
    # Both parties sign in columns: "Ort 2031-12-02      Ort 2031-12-02" is the agreement's date.
    text = (
        "Överenskommelse om samverkan kring läxhjälp\n\nParter: Gnesta kommun och Föreningen Läxhjälpen.\n\n"
        "Gnesta 2031-12-02                      Gnesta 2031-12-02\n\n"
        "För Gnesta kommun                      För Föreningen Läxhjälpen\n"
    )
    assert extract_text(text)["document"]["date"] == "2031-12-02"


@pytest.mark.parametrize("head, name", [
    ("KORSHOLMS KOMMUN          PROTOKOLL\nKommunstyrelsen\n", "Korsholms kommun"),
    ("Pargas stad\nStadsstyrelsen\nPROTOKOLL 3/2031\n", "Pargas stad"),
])
def test_a_finland_swedish_municipality_is_a_municipality(extract_text, head, name):
    assert extract_text(head + "\n§ 12 Val av justerare\nStyrelsen utser Ann Berg.\n")["document"]["municipality"] == name


@pytest.mark.parametrize("head, name", [
    ("Gymnasieförbundet Exedalen\nFörbundskontoret\nTJÄNSTESKRIVELSE\n", "Gymnasieförbundet Exedalen"),
    ("Samordningsförbundet Norra Exeby\nPROTOKOLL\n", "Samordningsförbundet Norra Exeby"),
    ("Kommunalförbundet Exedalens\n  räddningstjänst\nDirektionen\nKALLELSE\n", "Kommunalförbundet Exedalens räddningstjänst"),
    ("Kommunalförbundet Exedalens direktion sammanträder.\n", "Kommunalförbundet Exedalens"),
    ("  Kommunalförbundet Exedalens                    2031-05-06\n  räddningstjänst\n  Direktionen          KALLELSE\n",
     "Kommunalförbundet Exedalens räddningstjänst"),
])
def test_a_forbund_is_named_as_it_writes_itself(extract_text, head, name):
    assert extract_text(head + "\nÄrendet gäller budget.\n")["document"]["municipality"] == name


def test_the_board_alone_under_the_letterhead_outweighs_a_board_named_in_the_decision(extract_text):
    text = ("Exeby kommun\nKommunfullmäktige\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2031-11-24\n\n§ 90  Budget 2032\n\n"
            "Kommunfullmäktiges beslut\n1. Kommunstyrelsen får en ram om 80 mnkr.\n2. Kommunstyrelsen får låna 10 mnkr.\n"
            "3. Kommunstyrelsen får sälja mark för högst 5 mnkr.\n")
    assert extract_text(text)["document"]["board"] == "Kommunfullmäktige"


@pytest.mark.parametrize("text, name", [
    ("Vattenförbundet Exeå\tPROTOKOLL\nDirektionen\tSammanträdesdatum 2031-12-04\n\n§ 4 Budget\n", "Vattenförbundet Exeå"),
    ("Räddningstjänsten Exedalen Mitt     KALLELSE\nDirektionen\n\nDirektionen kallas till sammanträde.\n",
     "Räddningstjänsten Exedalen Mitt"),
    ("Kollektivtrafikförbundet Exeby län PROTOKOLL Direktionen Sammanträdesdatum 2031-12-04 § 41 Budget 2032 "
     "Direktionen fastställer budgeten. § 42 Avtal med Exeby kommun Direktionen godkänner avtalet.\n",
     "Kollektivtrafikförbundet Exeby län"),
    # An association's name inside a sentence is no letterhead.
    ("Beslut om bidrag\n\nNämnden beviljar Pensionärsförbundet Exeby ett bidrag om 5 000 kronor.\n", None),
])
def test_a_forbund_of_any_kind_heads_its_own_letterhead(extract_text, text, name):
    assert extract_text(text)["document"]["municipality"] == name


# A short web page of a förbund: its logo and footer name it; its body names another body once,
# inside the page's opening ("avtal med Region ..."), which must not take the page.
FORBUND_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nyheter</title></head><body>
<header><p>Vattenförbundet Norra Skogsbygden</p><nav><ul><li>Om oss</li><li>Kontakt</li></ul></nav></header>
<main><h1>Direktionens beslut 4 mars 2034</h1>
<p>Direktionen godkände ett avtal med Region Kronoberg om provtagning under 2035.</p>
<p>Årsredovisningen för 2033 fastställdes.</p></main>
<footer>Vattenförbundet Norra Skogsbygden · Box 8 · 123 45 Exeby</footer></body></html>"""


@pytest.mark.parametrize("mentions", [1, 2])
def test_the_page_furniture_names_the_owner_above_a_body_the_page_mentions(mentions):
    from docparse.pipeline import process

    page = FORBUND_PAGE.replace("under 2035.", "under 2035." + " Region Kronoberg betalar." * (mentions - 1))
    record = process("sida.html", data=page.encode("utf-8"))
    assert record["document"]["municipality"] == "Vattenförbundet Norra Skogsbygden"


@pytest.mark.parametrize("own_date, date", [
    ("", "2032-04-17"),
    ("Sammanträdesdatum 2032-04-18\n", "2032-04-18"),
])
def test_a_hosting_sites_title_dates_a_document_whose_head_prints_none(extract_text, own_date, date):
    # The site's title copies the head with its date; the head's own date, if any, comes first.
    text = (
        "PROTOKOLL Tekniska nämnden\n\nStorlek: px\nStarta visningen från sidan:\n\n"
        'Download "PROTOKOLL Tekniska nämnden 2032-04-17"\n\nTranskript\n\n'
        f"1 PROTOKOLL Tekniska nämnden {own_date}Plats och tid Stadshuset kl Beslutande Eva Ström (S), ordförande "
        "Nils Berg (M) Paragrafer 12-18\n"
    )
    assert extract_text(text)["document"]["date"] == date


@pytest.mark.parametrize("board_line, date", [
    ("Miljönämndens tjänsteskrivelse den 9 mars 2032", "2032-03-09"),
    ("Miljönämndens tjänsteskrivelse, 2032-03-09", "2032-03-09"),
    ("Beslut i kommunfullmäktige den 9 mars 2032", None),  # another writing's date is not its own
])
def test_a_writing_without_a_date_label_is_dated_where_it_names_itself(extract_text, board_line, date):
    text = (
        "Tjänsteskrivelse\nMiljönämnden\n\nÖversyn av taxan för tillsyn enligt miljöbalken\n\n"
        "Sammanfattning\nFörvaltningen föreslår en ny taxa för den årliga tillsynen.\n\n"
        f"Beslutsunderlag\nKommunstyrelsens tjänsteskrivelse den 2 februari 2032\n{board_line}\n"
    )
    assert extract_text(text)["document"]["date"] == date


def test_a_matters_kind_word_under_running_text_is_not_the_documents(extract_text):
    # A digest of a council meeting: its later subheadings name each matter's kind.
    text = ("Kort från fullmäktige i Ovanåker 12 mars 2039\n\n"
            "Ny förskola i Edsbyn\nFullmäktige beslutade att bygga en ny förskola med sex avdelningar. "
            "Bygget börjar till hösten.\n\n"
            "Motion om gatubelysning avslogs\nEn motion om fler gatlampor längs Voxnan avslogs efter votering.\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Kort från fullmäktige i Ovanåker 12 mars 2039"
    assert doc["doc_type"] != "motion"
    # Heading the document, the same words still name its kind.
    motion = extract_text("Motion om gatubelysning\n\nVi föreslår kommunfullmäktige att fler gatlampor sätts upp.\n")
    assert motion["document"]["doc_type"] == "motion"


def test_the_heads_date_under_a_masked_page_mark(extract_text):
    # A protocol cut from a later page: its page mark ("Sida 3 av 9", page furniture) stands between
    # the type word and the board's line with the meeting's date in the right-hand column.
    text = ("                                              SAMMANTRÄDESPROTOKOLL\n"
            "                                              Sida 3 av 9\n"
            "Barn- och utbildningsnämnden                  2039-11-20\n\n"
            "BUN § 88                  Dnr 2039/BUN0212\n\n"
            "Skolskjutsregler 2040\n\nBarn- och utbildningsnämnden beslutar att anta reglerna.\n")
    doc = extract_text(text)["document"]
    assert doc["date"] == "2039-11-20"
    assert doc["board"] == "Barn- och utbildningsnämnden"



def test_the_place_a_letter_is_signed_in_names_its_municipality(extract_text):
    # A reply to a region's remiss names the region more often than the writer; the signature's
    # place and date tell whose the letter is.
    text = ("Yttrande över regionens förslag till kulturplan 2042–2045\n\nDnr KS 2041/301\n\n"
            "Region Västernorrland har skickat förslaget på remiss. Ånge kommun delar i stort regionens bild, "
            "men Region Västernorrland bör ge mer stöd till bygdegårdarna.\n\n"
            "Ånge 2041-10-12\n\nAnna Ek\nKommundirektör\n")
    assert extract_text(text)["document"]["municipality"] == "Ånge kommun"
    # Without the signature's place, the body named most.
    unsigned = text.replace("Ånge 2041-10-12", "2041-10-12")
    assert extract_text(unsigned)["document"]["municipality"] == "Region Västernorrland"


def test_a_motions_address_line_naming_its_town_alone_is_no_title(extract_text):
    text = ("Motion till kommunfullmäktige i Ockelbo\n\nBygg en ny skatepark vid Vallhallen\n\n"
            "Många unga saknar en plats att åka på.\n\nJag föreslår därför kommunfullmäktige besluta\n"
            "att ge fritidsnämnden i uppdrag att bygga en skatepark.\n\nOckelbo den 3 mars 2041\n\nLinnea Forsgren (MP)\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Bygg en ny skatepark vid Vallhallen"
    assert doc["doc_type"] == "motion"
