def parties(extract_text, text):
    return [(p["name"], p["org_nr"], p["role"]) for p in extract_text(text)["parties"]]


def test_parties_with_org_numbers_in_bullets(extract_text):
    text = (
        "I partnerskapet ingår följande aktörer från idéburen sektor:\n"
        "• Förening Alfa, organisationsnummer 802400-1003,\n"
        "• Stiftelsen Beta, organisationsnummer 802402-1001.\n"
    )
    assert parties(extract_text, text) == [
        ("Förening Alfa", "802400-1003", "idéburen"),
        ("Stiftelsen Beta", "802402-1001", "idéburen"),
    ]


def test_org_number_under_an_address_block(extract_text):
    text = (
        "Kontakt\n\nExempels kommun\n\nKommunledningsförvaltningen\n\n831 82 Exempel\n\n"
        "Organisationsnummer: 212400-1005\n"
    )
    assert parties(extract_text, text)[0] == ("Exempels kommun", "212400-1005", "offentlig")


def test_agreement_title_between_two_parties(extract_text):
    text = "Överenskommelse om samverkan mellan Exempels kommun och Föreningen Gemenskap\n\nText.\n"
    names = [p[0] for p in parties(extract_text, text)]
    assert names == ["Exempels kommun", "Föreningen Gemenskap"]


def test_list_of_named_organisations(extract_text):
    text = "Partnerskap med tre ideella organisationer, Norrby stadsmission, Stöd Barnen och svenska Gröna Bandet.\n"
    names = [p[0] for p in parties(extract_text, text)]
    assert names == ["Norrby stadsmission", "Stöd Barnen", "Svenska Gröna Bandet"]


def test_common_noun_phrases_are_not_parties(extract_text):
    text = "Idéburen sektor: Organisationer som är icke vinstdrivande.\nDe tre organisationerna beskriver att de har haft kontakt.\n"
    assert parties(extract_text, text) == []


def test_ocr_damaged_label_and_heading_debris(extract_text):
    text = (
        "Emma Berg, Verksamhetschef, Föreningen Gemenskap\n\nemmaQgemenskap.se\f"
        "HH Föreningen Gemenskap\n\nStorgatan 22\n\n831 48 Exempel\nOrganisationsnummer: 802403-2008\n"
        "• Svenska Gröna Bandet, organisationsnhummer 802402-1001,\n"
    )
    assert parties(extract_text, text) == [
        ("Föreningen Gemenskap", "802403-2008", "idéburen"),
        ("Svenska Gröna Bandet", "802402-1001", "idéburen"),
    ]
