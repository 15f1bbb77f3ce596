"""General rules of Swedish council documents found by the fifth round of invented documents
(tests/fixtures/invented 96-): each case is invented Swedish and failed before its rule."""


def test_a_board_codes_paragraph_mark_over_the_heading_is_no_title(extract_text):
    # "KFN § 12      Dnr KFN 2034/0031": the board's code, the § mark and the dnr in its column.
    text = ("Bjurholms kommun\nKultur- och fritidsnämnden\n\nPROTOKOLLSUTDRAG\nSammanträdesdatum: 2034-02-07\n\n"
            "KFN § 12                                 Dnr KFN 2034/0031\n\n"
            "Hyra av idrottshallen i Bjurholm\n\nNämndens beslut\nHyran sänks till 150 kronor per timme.\n")
    assert extract_text(text)["document"]["title"] == "Hyra av idrottshallen i Bjurholm"


def test_a_proposals_label_over_its_lead_in_and_att_bullets(extract_text):
    # "Förvaltningens förslag till beslut:" names the list; "Nämnden beslutar" leads in; each
    # "- att ..." is a point.
    text = ("Tjänsteskrivelse\n\nLäxhjälp på biblioteket\n\nFörslag till beslut\n"
            "Förvaltningens förslag till beslut:\nKultur- och fritidsnämnden beslutar\n"
            "- att läxhjälp erbjuds två kvällar i veckan,\n- att försöket utvärderas efter ett år.\n\n"
            "Bakgrund\nEleverna har efterfrågat stöd.\n")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points == ["att läxhjälp erbjuds två kvällar i veckan,", "att försöket utvärderas efter ett år."]


def test_a_forbunds_bare_styrelsen_under_its_letterhead_is_the_board(extract_text):
    text = ("# Kallelse\n\n**Samordningsförbundet Norra Lappland**\n**Styrelsen**\n\n"
            "**Tid:** tisdag den 4 mars 2034, kl. 10.00\n\n## Föredragningslista\n\n"
            "### 1. Val av justerare\n\n### 2. Budget 2035\n")
    assert extract_text(text)["document"]["board"] == "Styrelsen"


def test_an_org_number_wrapped_to_the_line_after_its_label(extract_text):
    text = ("Kommunstyrelsens beslut\n1. Tomten Norrby 2:14 säljs till Bergby Fastigheter AB, org.nr\n"
            "   559204-1189, för 800 000 kronor.\n")
    parties = [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]
    assert ("Bergby Fastigheter AB", "559204-1189") in parties


def test_a_party_tables_rows_are_not_joined(extract_text):
    # The row above ends in a capitalised name, yet a table row is no sentence wrapping into the next.
    text = ("Överenskommelse om idéburet offentligt partnerskap\n\n"
            "Part\tOrganisationsnummer\tFöreträdare\n"
            "Tidaholms kommun, socialnämnden\t212000-1827\tOrdförande Per Lund\n"
            "Föreningen Vägvisaren Tidaholm\t802455-1221\tOrdförande Ida Ek\n")
    parties = {p["org_nr"]: p["name"] for p in extract_text(text)["parties"]}
    assert parties.get("802455-1221") == "Föreningen Vägvisaren Tidaholm"


def test_a_period_in_a_from_to_table_row(extract_text):
    text = ("Överenskommelse om stöd till nattvandring\n\n1. Syfte\nFöreningen ordnar nattvandring i centrum på helger.\n\n2. Period\nFrån\tTill\n2034-03-01\t2036-02-28\n\n"
            "Tidaholm den 10 februari 2034\n")
    record = extract_text(text)
    assert [(p["start"], p["end"]) for p in record["periods"]] == [("2034-03-01", "2036-02-28")]
    # the row's first date stands alone on its line's start, yet it is the period's, not the document's
    assert record["document"]["date"] == "2034-02-10"


def test_a_tax_rate_clause_ends_where_the_next_att_clause_opens(extract_text):
    text = ("Kommunfullmäktige beslutar\natt skattesatsen för 2035 lämnas oförändrad,\n"
            "att fastställa investeringsramen för 2035 till 140 miljoner kronor.\n")
    assert [a["value"] for a in extract_text(text)["amounts"]] == [140_000_000]


def test_a_tables_unit_in_its_caption_over_a_heading_row_holds_for_every_column(extract_text):
    text = ("Nettokostnad per nämnd (tkr)\n"
            "Nämnd                          Budget 2035      Utfall 2034\n"
            "Socialnämnden                      412 600          398 100\n"
            "Tekniska nämnden                    96 300           91 800\n")
    values = sorted(a["value"] for a in extract_text(text)["amounts"])
    assert values == [91_800_000, 96_300_000, 398_100_000, 412_600_000]


def test_a_finnish_case_number_under_the_items_title(extract_text):
    # "§ 18" / "Title" / "BYGG 204/2034": the board's code, the case's number and year, alone on its line.
    text = ("PROTOKOLL\nByggnadsnämnden\n\n§ 17\nVal av protokolljusterare\n\nBeslut: Valdes Ola Sjöberg.\n\n"
            "§ 18\nBygglov för lagerhall i Kovjoki\nBYGG 204/2034\n\nBeslut: Bygglov beviljades.\n")
    items = {i["number"]: i["dnr"] for i in extract_text(text)["items"]}
    assert items.get("18") == "BYGG 204/2034"


def test_the_seasons_a_contract_runs(extract_text):
    text = "Nämnden antar anbudet från Kovjoki Maskin Ab för vintersäsongerna\n2034–2037 till ett pris om 80 euro per timme.\n"
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [("2034", "2037")]
    assert extract_text("Kommunens budget för budgetåren 2034–2036 antogs.\n")["periods"] == []


def test_a_paragraph_after_a_numbered_list_is_no_part_of_its_last_point(extract_text):
    # A PDF's text layer sets no blank line between paragraphs.
    text = ("Beslut\nMiljönämnden förelägger Kovjoki Rökeri AB att\n1. senast den 1 juni 2034 laga golvbrunnen,\n"
            "2. senast samma dag redovisa ett egenkontrollprogram.\nFöreläggandet förenas inte med vite.\n")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points == ["senast den 1 juni 2034 laga golvbrunnen,", "senast samma dag redovisa ett egenkontrollprogram."]


def test_a_flattened_heads_recipient_before_its_kind_and_subject(extract_text):
    text = ("Region Kronoberg YTTRANDE Datum 2034-05-02 Diarienummer RS 2034/0412 Regionstyrelsen "
            "Socialdepartementet Yttrande över promemorian Stärkt primärvård på landsbygden "
            "Sammanfattning Region Kronoberg tillstyrker förslagen i promemorian men efterfrågar längre tid för införandet.\n")
    assert extract_text(text)["document"]["title"] == "Yttrande över promemorian Stärkt primärvård på landsbygden"
