"""General rules of Swedish council documents found by round 10's documents on whole protocols and
kallelser (tests/fixtures/invented 240-): § headings wrapping in pdftotext's columns, Finland-Swedish
notes of a matter's earlier handling, menus over a web page's protocol, hyphenated given names opened
by a month, agenda tables read from a PDF. Each case is invented Swedish and failed before its rule."""


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


def test_a_wrapped_paragraph_heading_with_its_dnr_right_of_the_wrapped_part(extract_text):
    # pdftotext -layout: the heading's last words wrapped into the title's column, the dnr printed beside them.
    text = ("EXEBY KOMMUN                                   PROTOKOLL\nKommunstyrelsen                                2036-03-03\n\n"
            "§ 21    Val av justerare\n\nKommunstyrelsens beslut\nAnna Ek utses att justera protokollet.\n\n"
            "§ 22    Föreläggande om rättelse av olovligt uppförd carport på fastigheten\n"
            "        Norrby 4:12                                      Dnr KS 2036/0071\n\n"
            "Kommunstyrelsens beslut\nFastighetsägaren föreläggs att ta bort carporten.\n\n"
            "§ 23    Taxa för upplåtelse av offentlig plats inom detaljplanelagt område\n"
            "        2037                                             Dnr KS 2036/0102\n\n"
            "Kommunstyrelsens beslut\nTaxan antas.\n")
    assert _items(extract_text(text))[1:] == [
        ("22", "Föreläggande om rättelse av olovligt uppförd carport på fastigheten Norrby 4:12", "KS 2036/0071"),
        ("23", "Taxa för upplåtelse av offentlig plats inom detaljplanelagt område 2037", "KS 2036/0102")]


def test_a_line_of_text_under_a_heading_is_not_wrapped_into_it(extract_text):
    # The line below is the item's text in the same column, no dnr beside it: the title stays as printed.
    text = ("EXEBY KOMMUN                                   PROTOKOLL\nKommunstyrelsen                                2036-03-03\n\n"
            "§ 21    Val av justerare\n        Anna Ek utses att justera protokollet.\n\n"
            "§ 22    Budgetuppföljning per februari 2036      Dnr KS 2036/0033\n        Uppföljningen godkänns.\n")
    assert _items(extract_text(text)) == [("21", "Val av justerare", None),
                                           ("22", "Budgetuppföljning per februari 2036", "KS 2036/0033")]


def test_a_finland_swedish_note_of_earlier_handling_stands_between_title_and_dnr(extract_text):
    # "Kst § 41/18.3.2036": the board's § and date of the matter's earlier handling, then its dnr.
    text = ("EXEBY KOMMUN          PROTOKOLL          Nr 4/2036\nKommunstyrelsen\n\n"
            "§ 40  VAL AV PROTOKOLLJUSTERARE\nBeslut: Till protokolljusterare valdes Anna Ek.\n\n"
            "§ 41  DETALJPLAN FÖR NORRBY STRAND\nKst § 33/4.3.2036\nDnr KST 2035/144\n"
            "Kommundirektörens förslag: Kommunstyrelsen föreslår fullmäktige att anta detaljplanen.\nBeslut: Enligt förslag.\n")
    assert _items(extract_text(text))[1] == ("41", "DETALJPLAN FÖR NORRBY STRAND", "KST 2035/144")


def test_a_menu_link_the_breadcrumb_repeats_is_not_the_protocols_heading(extract_text):
    # A site's menu prints "Protokoll och handlingar", the breadcrumb ends in it; the page's own heading is below.
    text = ("Hoppa till innehållet\nExeby kommunalförbund\nMeny\nOm förbundet\nDirektionen\nProtokoll och handlingar\n"
            "Startsida / Om förbundet / Direktionen / Protokoll och handlingar\n"
            "Protokoll från direktionens sammanträde 2036-05-12\nDirektionen\nSammanträdesdatum 2036-05-12\n"
            "Justerare: Anna Ek\n§ 5 Val av justerare\n§ 6 Årsredovisning 2035\n")
    assert extract_text(text)["document"]["title"] == "Protokoll från direktionens sammanträde 2036-05-12"


def test_a_hyphenated_given_name_opened_by_a_month_is_a_name(extract_text):
    # "Maj" is a month and a given name: "Maj-Lis", "Maj-Britt" are names, the month in a date is not.
    text = ("EXEBY KOMMUN                 PROTOKOLL\nKommunfullmäktige            1984-05-28\n\n"
            "Ordförande:    Bertil Ek\nJusterare:     Arne Sund och Maj-Lis Holm\n\n"
            "§ 41  Val av justerare\n       Till justerare utses Arne Sund och Maj-Lis Holm.\n")
    names = {p["name"] for p in extract_text(text)["people"]}
    assert {"Bertil Ek", "Arne Sund", "Maj-Lis Holm"} <= names


def test_a_presenter_column_of_an_agenda_table_with_blank_lines_between_its_rows(extract_text):
    # A PDF's table read row by row: a blank line between the rows does not end the table.
    text = ("Kallelse\n\nMiljönämnden kallas till sammanträde.\nTid\t2036-06-04 kl. 08.30\n\n"
            "Nr\tÄrende\tDiarienummer\tFöredragande\n1\tVal av justerare\n\n"
            "2\tTaxa för tillsyn 2037\tMN 2036/0061\tNora Lind\n\n"
            "3\tYttrande över täkttillstånd\tMN 2036/0034\tPeter Ås\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Nora Lind") == "Föredragande" and people.get("Peter Ås") == "Föredragande"


def test_a_compound_protocol_word_with_its_serial_heads_a_flattened_protocol(extract_text):
    # "Styrelseprotokoll nr 5/2036" after a company's name, the next label on the same line.
    text = ("Exeby Vatten AB Styrelseprotokoll nr 5/2036 Organ: Styrelsen Datum: 2036-06-12 Plats: Bolagets kontor "
            "Närvarande ledamöter: Anna Ek, ordförande, Per Sund Justerare: Per Sund § 1 Mötets öppnande "
            "Ordföranden öppnade mötet. § 2 Val av justerare Per Sund valdes att justera protokollet. "
            "§ 3 Investering i ny reservoar Styrelsen beslutade att investera i en ny reservoar. "
            "§ 4 Mötets avslutande Ordföranden avslutade mötet.")
    result = extract_text(text)
    doc = result["document"]
    assert (doc["doc_type"], doc["title"], doc["board"]) == ("protokoll", "Styrelseprotokoll nr 5/2036", "Styrelsen")
    assert [(i["number"], i["title"]) for i in result["items"]] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Investering i ny reservoar"), ("4", "Mötets avslutande")]


def test_a_presenter_label_under_a_title_beside_its_dnr_is_not_the_titles_second_line(extract_text):
    # pdftotext -layout: the dnr in its column, then "Föredragande: ..." in the title's column.
    text = ("EXEBY KOMMUN                                      KALLELSE\nKulturnämnden                                     2036-09-01\n\n"
            "Kulturnämnden kallas till sammanträde\n\n"
            "1    Val av justerare\n\n"
            "2    Bidrag till Exeby Konstförening 2037                       KN 2036/0102\n"
            "     Föredragande: Ali Nord, föreningshandläggare\n\n"
            "3    Riktlinjer för lokalbokning                                KN 2036/0067\n"
            "     Föredragande: Eva Lindkvist, fritidschef\n")
    assert [(i["number"], i["title"]) for i in extract_text(text)["items"]] == [
        ("1", "Val av justerare"), ("2", "Bidrag till Exeby Konstförening 2037"), ("3", "Riktlinjer för lokalbokning")]


def test_a_forbund_letterhead_in_capitals_names_the_owner(extract_text):
    # The förbund's name in capitals, a column's gap before the type word; a member municipality named in an item.
    text = ("KOMMUNALFÖRBUNDET VATTEN NORRA DAL              PROTOKOLL\nDirektionen                      Sammanträdesdatum 2036-03-26\n\n"
            "§ 9    Val av justerare\n\n§ 10   Avtal om reningsverk med Åmåls kommun       Dnr VF 2036/011\n"
            "       Direktionen godkänner avtalet.\n")
    assert extract_text(text)["document"]["municipality"].casefold() == "kommunalförbundet vatten norra dal"


def test_a_flattened_title_ends_before_a_sentence_run_on_after_it(extract_text):
    # The matter's own sentence between the title and the decision: its capitalised first word ends the title,
    # a name after a preposition does not ("Bidrag till Föreningen Vildrosen").
    text = ("Exeby Hamn AB Styrelseprotokoll nr 3/2036 Datum: 2036-04-02 Justerare: Per Sund § 1 Val av justerare "
            "Per Sund valdes att justera protokollet. § 2 Bokslut per mars 2036 Resultatet för kvartalet uppgår till "
            "1,2 mnkr. Styrelsen beslutade att godkänna bokslutet. § 3 Bidrag till Föreningen Vildrosen "
            "Styrelsen beslutade att bevilja bidraget.")
    assert [(i["number"], i["title"]) for i in extract_text(text)["items"]] == [
        ("1", "Val av justerare"), ("2", "Bokslut per mars 2036"), ("3", "Bidrag till Föreningen Vildrosen")]


def test_a_word_broken_at_a_table_cells_edge_is_joined_again():
    # LibreOffice breaks a compound too long for its cell ("livsmedelskontro" / "ll 2037–2038"); a cell's
    # lines that end between words keep their space ("Taxa för offentlig" / "kontroll inom").
    from pathlib import Path

    from docparse.read import read

    pdf = Path(__file__).parent / "fixtures" / "invented" / "246_kallelse_mhn_docx_ledamotstabell.pdf"
    text = "\n".join(page.text for page in read(pdf).pages)
    assert "Tillsynsplan för livsmedelskontroll 2037–2038" in text
    assert "Taxa för offentlig kontroll inom livsmedelsområdet" in text
    assert "Delegationsbeslut april–maj 2037" in text
    assert "Yttrande över ansökan om tillstånd för Tallbackens grustäkt" in text
