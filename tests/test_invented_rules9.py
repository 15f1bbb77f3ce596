"""General rules of Swedish council documents found by the eighth round's protocols and kallelser
(tests/fixtures/invented 180-): a nämnd's protocol flattened into one line, annotated kallelser,
agendas in pdftotext -layout columns, attendance tables with a party column, signature labels over
names in columns. Each case is invented Swedish and failed before its rule."""


def _items(record):
    return [(i["number"], i["title"], i["dnr"]) for i in record["items"]]


def test_a_two_part_boards_decision_ends_a_flattened_title(extract_text):
    # "Miljö- och byggnadsnämnden beslutar" runs on after the title as "Nämnden beslutar" does.
    text = ("Exeby kommun PROTOKOLL Miljö- och byggnadsnämnden Sammanträdesdatum 2036-04-22 "
            "§ 12 Dnr MBN 2036-000061 Bygglov för nybyggnad av garage på fastigheten Ekby 3:4 Miljö- och "
            "byggnadsnämnden beslutar att bevilja bygglov. § 13 Dnr MBN 2036-000070 Tillsynsplan för 2036 "
            "Miljö- och byggnadsnämnden beslutar att anta planen. § 14 Delegationsbeslut Miljö- och "
            "byggnadsnämnden beslutar att lägga redovisningen till handlingarna.")
    items = _items(extract_text(text))
    assert ("12", "Bygglov för nybyggnad av garage på fastigheten Ekby 3:4", "MBN 2036-000061") in items
    assert ("14", "Delegationsbeslut", None) in items


def test_a_heading_wrapped_before_its_years_keeps_them_and_the_dnr_below(extract_text):
    text = ("Exeby kommun\nSocialnämnden\n\nKALLELSE\n\nÄrende 1\nVal av justerare\n\nÄrende 2\nMånadsrapport mars\n"
            "Dnr SN 2036/0021\n\nÄrende 3\nPlan för arbetet mot hemlöshet\n2036–2038\nDnr SN 2035/0144\n"
            "Föredragande: Eva Holm, enhetschef\n\nÄrende 4\nInformationsärenden\n")
    assert ("3", "Plan för arbetet mot hemlöshet 2036–2038", "SN 2035/0144") in _items(extract_text(text))


def test_an_agenda_cells_wrapped_line_may_open_with_a_year(extract_text):
    text = ("Exeby kommun                                         KALLELSE\nTekniska nämnden\n\nFöredragningslista\n\n"
            "Nr   Ärende                                   Diarienummer     Föredragande\n\n"
            "1    Val av justerare\n\n"
            "2    Investeringsbudget för gator och parker   TN 2036/0090     Karin Ek\n"
            "     2037, totalt 4,1 mnkr\n\n"
            "3    Taxa för vatten och avlopp 2037           TN 2036/0088     Per Lund\n")
    assert ("2", "Investeringsbudget för gator och parker 2037, totalt 4,1 mnkr", "TN 2036/0090") in _items(extract_text(text))


def test_a_wide_gap_ends_a_title_without_a_dnr(extract_text):
    # pdftotext -layout: the Föredragande column after a title whose Dnr cell is empty.
    text = ("Exeby kommun                                         KALLELSE\nTekniska nämnden\n\nFöredragningslista\n\n"
            "Nr   Ärende                                   Diarienummer     Föredragande\n\n"
            "1    Val av justerare\n\n"
            "2    Taxa för vatten och avlopp 2037           TN 2036/0088     Per Lund\n\n"
            "3    Information från förvaltningen                             Per Lund\n")
    assert ("3", "Information från förvaltningen", None) in _items(extract_text(text))


def test_a_party_cell_between_a_name_and_its_function(extract_text):
    text = ("Sammanträdesprotokoll\nKommunstyrelsen\n\nNärvarolista\n\nNamn\tParti\tFunktion\n"
            "Eva Holm\tC\tordförande\nKarin Sjöberg\tS\t1:e vice ordförande\nPer Lund\tM\tledamot\n")
    titles = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert titles.get("Karin Sjöberg") == "1:e vice ordförande"


def test_role_labels_in_a_row_over_names_in_columns(extract_text):
    text = ("Exeby kommun                      KALLELSE\nTekniska nämnden                  2036-05-19\n\n"
            "Ordförande                         Sekreterare\n"
            "Stig Ahlgren (M)                   Ulla-Britt Hedman\n\n\nFöredragningslista\n")
    titles = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert titles.get("Ulla-Britt Hedman") == "Sekreterare"


def test_a_title_before_och_and_the_next_name(extract_text):
    text = ("Kallelse\nTekniska nämnden\n\nPer Lund är teknisk chef, Eva Holm gatuingenjör och Karin Ek ekonom.\n")
    titles = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert titles.get("Eva Holm") == "gatuingenjör"


def test_a_title_line_ending_in_a_preposition_goes_on_below(extract_text):
    # pdftotext -layout: the title beside its § number wraps after "med"; the dnr stands alone below.
    text = ("EXEBY KOMMUN                       PROTOKOLL\nSocialnämnden                      Sammanträdesdatum 2036-10-14\n\n"
            "§ 71     Ekonomisk uppföljning per september\n         SN 2036/0155\n\n         Uppföljningen godkänns.\n\n"
            "§ 72     Överenskommelse om partnerskap med\n         Föreningen Exeby Kvinnojour\n         SN 2036/0140\n\n"
            "         Överenskommelsen godkänns.\n\n"
            "§ 73     Anmälan av delegationsbeslut\n         SN 2036/0004\n")
    assert ("72", "Överenskommelse om partnerskap med Föreningen Exeby Kvinnojour", "SN 2036/0140") in _items(extract_text(text))


def test_a_kallelses_closing_note_ends_a_flattened_last_title(extract_text):
    text = ("Exeby kommun Barn- och utbildningsnämnden KALLELSE Sammanträde 2036-11-05 kl. 13.15. "
            "Ärende 1 Val av justerare Ärende 2 Skolval inför läsåret 2037/2038 Dnr BUN 2036/112 "
            "Ärende 3 Delegationsbeslut Ersättare tjänstgör endast vid förfall för ordinarie ledamot. "
            "Förhinder anmäls till sekreteraren.")
    assert ("3", "Delegationsbeslut", None) in _items(extract_text(text))


def test_utdragsbestyrkande_names_a_person(extract_text):
    text = ("Protokollsutdrag\nKommunstyrelsen\n\n§ 20 Bidrag till Exeby bygdegårdsförening\n\n"
            "Kommunstyrelsen beslutar att bevilja bidraget.\n\n"
            "Justerare: Stina Rask               Utdragsbestyrkande: Nils Berg\n")
    assert "Nils Berg" in {p["name"] for p in extract_text(text)["people"]}


def test_a_capitals_title_does_not_run_into_the_dnr_below(extract_text):
    # Finland-Swedish: the matter's title in capitals, its case number on the next line.
    text = ("EXEBY KOMMUN          PROTOKOLL          Nr 9/2036\nSocialnämnden\n\nTid  10.11.2036 kl. 18.00\n\n"
            "§ 84  LAGLIGHET OCH BESLUTFÖRHET\nKonstaterades.\n\n§ 85  AVTAL OM SKYDDSHEMSPLATSER MED EXESTAD\n"
            "SOCN 38/2036\nBeslut: Socialnämnden godkände avtalet för tiden 1.1.2037–31.12.2038.\n")
    assert all("SOCN" not in p["name"] for p in extract_text(text)["parties"])


def test_god_man_before_a_name_is_her_role(extract_text):
    # Round 7's leftover (173): a two-word role in lower case, no title word alone.
    text = ("Delegationsbeslut\nÖverförmyndarnämnden\n\nÖverförmyndarnämnden beslutar att arvodet till god man "
            "Eva Lindholm för perioden 1 januari–30 juni 2036 fastställs till 8 400 kronor.\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Eva Lindholm") == "god man"
