"""General rules of Swedish council documents found by the documents of round 8 on single-matter
kinds (tests/fixtures/invented 200-): tjänsteskrivelser and beslutsunderlag, grant and agreement
decisions, press releases, motions and remissvar. Each case is invented Swedish and failed before
its rule."""


def test_a_period_written_fr_o_m_and_t_o_m_without_points(extract_text):
    # "fr o m ... t o m": the abbreviations as often written without their points.
    text = ("TJÄNSTESKRIVELSE\nDatum: 2036-02-03\n\nAvtal om städning av Exeby skola\n\n"
            "Förslag till beslut\nNämnden godkänner avtal med Exeby Städ AB för perioden "
            "fr o m 2036-04-01 t o m 2039-03-31.\n")
    periods = [(p["start"], p["end"]) for p in extract_text(text)["periods"]]
    assert periods == [("2036-04-01", "2039-03-31")]


def test_a_subject_line_under_arendebeskrivning(extract_text):
    # OCR without the Swedish model ("Arendebeskrivning"): one line under the heading, no sentence, is the subject.
    text = ("EXEBY KOMMUN\nTekniska kontoret\n\nTJANSTEUTLATANDE\nDatum: 2036-01-20\nVar beteckning: TN 2036/17\n\n"
            "Arendebeskrivning\nUpphandling av gatubelysning i Norrby\n\n"
            "Forvaltningens forslag till beslut\n1. Namnden godkanner upphandlingen.\n")
    assert extract_text(text)["document"]["title"] == "Upphandling av gatubelysning i Norrby"


def test_a_description_in_sentences_under_arendebeskrivning_is_no_subject(extract_text):
    text = ("TJÄNSTESKRIVELSE\nDatum: 2036-01-20\n\nUpphandling av gatubelysning i Norrby\n\n"
            "Ärendebeskrivning\nBelysningen i Norrby är trettio år gammal och behöver bytas.\n")
    assert extract_text(text)["document"]["title"] == "Upphandling av gatubelysning i Norrby"


def test_a_delegation_point_in_a_label_table_is_no_title(extract_text):
    # A delegationsbeslut's head: the point of the delegation order is a label's value, the subject is under "Ärende".
    text = ("**Exeby kommun**\nSocialnämnden\n\n# Delegationsbeslut\n\n| | |\n|---|---|\n| **Datum** | 2036-03-02 |\n"
            "| **Delegationspunkt** | 3.1 Bidrag till föreningar |\n\n## Ärende\n\nBidrag till Exeby Fritidsklubb 2036\n\n"
            "## Beslut\n\nSocialnämnden beviljar bidrag med 20 000 kronor.\n")
    assert extract_text(text)["document"]["title"] == "Bidrag till Exeby Fritidsklubb 2036"


def test_a_flattened_signers_title_ends_at_the_next_signers_for(extract_text):
    # Flattened signatures: "För <party>" opens the next signer's block, so the title before it is whole.
    text = ("Exeby kommun Överenskommelse om föreningsdriven fritidsgård Parter: Exeby kommun, org.nr 212000-2023, och "
            "Föreningen Norrgården, org.nr 802466-1954. Överenskommelsen gäller 2036-01-01 - 2036-12-31. "
            "Exeby 2035-12-01 För Exeby kommun Karin Ström Kommunstyrelsens ordförande För Föreningen Norrgården "
            "Olof Berg Ordförande")
    titles = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert titles.get("Karin Ström") == "Kommunstyrelsens ordförande"


def test_a_flattened_partnership_signed_for_both_parties_is_an_agreement(extract_text):
    # An IOP without the type word in its head: both sides sign "För <party>", each with a signer.
    text = ("Exeby kommun Socialnämnden Idéburet offentligt partnerskap om läxhjälp Mellan Exeby kommun, org.nr "
            "212000-2023, och Föreningen Läxhjälpen, org.nr 802466-1954, gäller följande. Partnerskapet gäller "
            "2036-01-01 - 2037-12-31. Exeby 2035-12-01 För Exeby kommun Karin Ström Socialnämndens ordförande "
            "För Föreningen Läxhjälpen Olof Berg Ordförande")
    assert extract_text(text)["document"]["doc_type"] == "överenskommelse"


def test_for_before_a_country_in_running_text_makes_no_agreement(extract_text):
    text = ("Vårens ekonomiska utsikter\n\nFör Sverige innebär prognosen att tillväxten ökar. För Norge saknas data. "
            "Regeringen och Exeby Industri AB, org.nr 556734-9021, har samtalat med Föreningen Norrgården, org.nr "
            "802466-1954.\n\nStockholm den 5 april 2035\n\nAnna Berg\nFinansminister\n")
    assert extract_text(text)["document"]["doc_type"] != "överenskommelse"


def test_a_caption_with_its_unit_over_a_blank_line_and_the_columns_heading(extract_text):
    # "Driftramar 2037 (mnkr)", a blank line, then the table: every cell in the caption's unit.
    text = ("PROTOKOLLSUTDRAG\nKommunfullmäktige\n\n§ 12 Budget 2037\n\nDriftramar 2037 (mnkr)\n\n"
            "   Nämnd                      Budget 2036     Budget 2037\n"
            "   Kommunstyrelsen                 44,5            46,1\n"
            "   Socialnämnden                  102,0           105,3\n")
    values = {a["value"] for a in extract_text(text)["amounts"]}
    assert {44_500_000, 46_100_000, 102_000_000, 105_300_000} <= values


def test_a_flattened_motions_att_clauses_after_vi_foreslar(extract_text):
    text = ("Motion till kommunfullmäktige Exeby kommun Fler bänkar längs Ågatan Många äldre vill kunna vila under "
            "promenaden längs ån, men i dag finns bara två bänkar på hela sträckan mellan bron och torget. "
            "Vi föreslår kommunfullmäktige besluta att tekniska nämnden får i uppdrag att placera ut fler bänkar, "
            "att arbetet är klart under 2037, samt att nämnden redovisar kostnaden. Exeby den 3 mars 2036 "
            "Karin Lund (C) Olof Berg (C)")
    record = extract_text(text)
    assert [p["text"] for p in record["decision_points"]] == [
        "att tekniska nämnden får i uppdrag att placera ut fler bänkar,",
        "att arbetet är klart under 2037, samt",
        "att nämnden redovisar kostnaden.",
    ]
    assert record["document"]["date"] == "2036-03-03"  # the place and date before the signers' names


def test_an_org_number_columns_heading_makes_no_grant_of_a_rent_row(extract_text):
    text = ("Tjänsteskrivelse\n\nHyresavtal för Exeby skola\n\nAvtalets parter\n\nHyresvärd\tOrganisationsnummer\n"
            "Exeby Lokaler AB\t556893-0415\nHyresgäst\tOrganisationsnummer\nExeby kommun\t212000-3419\n\n"
            "Hyrestid och hyra\n\nÅrshyra\t2 150 000 kr\nTillägg för inventarier\t90 000 kr per år\n")
    assert [p["name"] for p in extract_text(text)["parties"]] == ["Exeby Lokaler AB", "Exeby kommun"]


def test_the_seller_of_what_a_forbund_buys_is_a_party(extract_text):
    text = ("Räddningstjänstförbundet Exeby\nNyheter\n\nFörbundet köper brandstation\n\n"
            "Direktionen har beslutat att köpa brandstationen i Norrby av Hallstahammars kommun för 3,2 miljoner "
            "kronor.\n")
    assert "Hallstahammars kommun" in [p["name"] for p in extract_text(text)["parties"]]
