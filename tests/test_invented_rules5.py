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
