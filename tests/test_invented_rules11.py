"""General rules of Swedish council documents found by round 11's invented documents
(tests/fixtures/invented 220-): titles under labels, dates by their labels, bodies' proposals to
other bodies, and the items of scanned protocols. Each case is invented Swedish and failed before
its rule."""


def _items(record):
    return [(i["number"], i["title"], i["dnr"]) for i in record["items"]]


def test_a_paragraph_sign_read_tight_to_its_number(extract_text):
    # Tesseract's Swedish model reads "§12" as "&12" or "&$13": the protocol's items are still its §§.
    text = ("Exeby kommun\tPROTOKOLL\nMiljönämndens arbetsutskott\n\nSammanträdesdatum\t2036-03-02\n"
            "Paragrafer\t88 4-6\n\n&4\tDnr MN 2036-00011\nTillsyn av Norrby camping\nUtskottet noterar informationen.\n\n"
            "&$5\tDnr MN 2036-00017\nTaxa för livsmedelskontroll 2037\nUtskottet föreslår nämnden att anta taxan.\n\n"
            "&6\tDnr MN 2036-00020\nVal av ombud till förbundsstämman\nUtskottet utser Eva Lund.\n")
    assert _items(extract_text(text)) == [
        ("4", "Tillsyn av Norrby camping", "MN 2036-00011"),
        ("5", "Taxa för livsmedelskontroll 2037", "MN 2036-00017"),
        ("6", "Val av ombud till förbundsstämman", "MN 2036-00020")]


def test_an_item_heading_cut_after_a_preposition_goes_on_past_a_blank_line(extract_text):
    # OCR sets a blank line inside a wrapped heading; "för" cannot end it.
    text = ("PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2036-03-02\n\n§ 7\nDnr SN 2036/11\nBudget för\n\n"
            "äldreomsorgens hemtjänst\nNämnden antar budgeten.\n\n§ 8\nDnr SN 2036/12\nVal av justerare\n"
            "Nämnden utser Per Ek.\n")
    titles = [i["title"] for i in extract_text(text)["items"]]
    assert titles == ["Budget för äldreomsorgens hemtjänst", "Val av justerare"]


def test_a_flattened_proposal_of_one_body_to_another_gives_the_points(extract_text):
    text = ("EXEBY KOMMUN PROTOKOLLSUTDRAG Sammanträdesdatum 2036-04-02 Kommunstyrelsens arbetsutskott § 21 "
            "Dnr KS 2036/40 Bidrag till Norrby byalag Ärendebeskrivning Byalaget har ansökt om bidrag till "
            "en ny lekplats i Norrby och har fått stöd av förvaltningen för det. Byalaget räknar med att "
            "bygget ska ta tre månader och börja i maj. Arbetsutskottets förslag till kommunstyrelsen "
            "1. Kommunstyrelsen beviljar Norrby byalag 50 000 kronor. 2. Medlen tas ur kommunstyrelsens "
            "reserv. Beslutsunderlag Tjänsteskrivelse 2036-03-20 Justerandes sign Utdragsbestyrkande")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points == ["Kommunstyrelsen beviljar Norrby byalag 50 000 kronor.", "Medlen tas ur kommunstyrelsens reserv."]


def test_an_economic_association_named_after_a_flattened_heading(extract_text):
    # "X ekonomisk förening": the legal form's adjective is in the name; a heading word before it is not.
    text = ("EXEBY KOMMUN PROTOKOLLSUTDRAG Sammanträdesdatum 2036-04-02 Kommunstyrelsen § 21 Dnr KS 2036/40 "
            "Stöd till fiber i Norrby och Söderby genom Norrby Fiber ekonomisk förening Ärendebeskrivning "
            "Norrby Fiber ekonomisk förening, org.nr 769631-2284, har ansökt om stöd.")
    parties = [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]
    assert ("Norrby Fiber ekonomisk förening", "769631-2284") in parties
    assert all(name != "Söderby" for name, _nr in parties)


def test_a_subject_in_a_galler_row_of_the_letterhead_table(extract_text):
    text = ("Exeby kommun\nTJÄNSTEUTLÅTANDE\tDatum 2036-05-12\nKultur- och fritidsförvaltningen\tDnr KFN 2036/98\n\n"
            "Gäller\tBidrag till Exeby Kanotklubb för en ny brygga\nBeslutsinstans\tKultur- och fritidsnämnden\n\n"
            "Förvaltningens förslag till beslut\n\n1. Nämnden beviljar bidraget.\n")
    assert extract_text(text)["document"]["title"] == "Bidrag till Exeby Kanotklubb för en ny brygga"


def test_a_galler_row_with_a_date_is_no_subject(extract_text):
    text = ("Exeby kommun\nTJÄNSTEUTLÅTANDE\nDatum 2036-05-12\n\nGäller\t2036-06-01\n\nNy taxa för parkering\n\n"
            "Förslag till beslut\nNämnden antar taxan.\n")
    assert extract_text(text)["document"]["title"] == "Ny taxa för parkering"


def test_an_e_service_forms_fields_stand_over_its_subject_label(extract_text):
    # A medborgarförslag from an e-service: the proposer's fields are no heading; "Rubrik:" gives the subject.
    text = ("Exeby kommun\nMedborgarförslag\nInkom: 2036-09-03\nTill: Kommunfullmäktige\n\n"
            "Förslagsställare:  Eva Lund\nAdress:            Storgatan 4, 123 45 Exeby\n\n"
            "Rubrik: Bänkar längs strandpromenaden\n\nBeskriv ditt förslag:\nDet finns inga bänkar att vila på.\n\n"
            "Exeby den 1 september 2036\n\nEva Lund\n")
    assert extract_text(text)["document"]["title"] == "Bänkar längs strandpromenaden"


def test_a_registry_stamp_inkom_is_not_the_documents_date(extract_text):
    # "Inkom" is the registry's stamp: the proposal's own date is the one it was signed on.
    text = ("Exeby kommun\nMedborgarförslag\nInkom: 2036-09-03\nTill: Kommunfullmäktige\n\n"
            "Bänkar längs strandpromenaden\n\nDet finns inga bänkar att vila på längs promenaden.\n\n"
            "Exeby den 1 september 2036\n\nEva Lund\n")
    assert extract_text(text)["document"]["date"] == "2036-09-01"


def test_a_names_hyphen_at_a_table_cells_line_end_stays_in_its_row(tmp_path):
    # LibreOffice wraps a narrow cell after "Dals-"; pdfium marks the hyphen as a word's break and
    # runs the cell's two lines into one: the name keeps its hyphen and the row its later cells.
    import pytest

    import formatmaker as fm
    from docparse.read import read

    if fm.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    blocks = [("h", "Föredragningslista"), ("t", "Nr\tÄrende\tDnr\tFöredragande"),
              ("t", "4\tAvtal med Dals-Eds kommun om lokaler\tUFD 2036/0021\tFörbundschef Eva Lund"),
              ("t", "5\tRapporter\t\t")]
    pdf = fm.convert(fm.write_docx(tmp_path / "lista.docx", blocks), "pdf", tmp_path)
    text = read(str(pdf)).text
    assert "4\tAvtal med Dals-Eds kommun om lokaler\tUFD 2036/0021\tFörbundschef Eva Lund" in text


def test_a_joint_namnd_keeps_what_it_is_for_when_the_letterhead_wraps_it(extract_text):
    # pdftotext -layout: the name wraps in the letterhead's column, another column's cells beside it.
    text = ("EXEBY KOMMUN                         SAMMANTRÄDESPROTOKOLL\n"
            "Gemensamma servicenämnden            Sammanträdesdatum\n"
            "för Exeby och Norrby                 2036-11-20\n\n"
            "Beslutande   Anna Berg (S), ordförande\n\n§ 1   Val av justerare\n\nNämnden utser Per Ek.\n\n"
            "§ 2   Budget 2037\n\nNämnden antar budgeten.\n")
    assert extract_text(text)["document"]["board"] == "Gemensamma servicenämnden för Exeby och Norrby"


def test_a_joint_namnd_named_with_what_it_is_for_on_its_line(extract_text):
    text = ("Exeby kommun\nGemensamma lönenämnden för Exeby och Norrby\n\nPROTOKOLL\nSammanträdesdatum 2036-11-20\n\n"
            "§ 1 Val av justerare\nNämnden utser Per Ek.\n\n§ 2 Budget 2037\nNämnden antar budgeten.\n")
    assert extract_text(text)["document"]["board"] == "Gemensamma lönenämnden för Exeby och Norrby"


def test_a_deciding_body_opening_a_grant_sentence_is_no_party(extract_text):
    text = ("PROTOKOLL\nKommunstyrelsen\nSammanträdesdag: 2036-09-25\n\n§ 12\nBidrag till Norrby bygdegårdsförening\n"
            "Diarienr: KS 2036/0187\nNorrby bygdegårdsförening, org.nr 802544-6108, har ansökt om bidrag.\nBeslut\n"
            "Kommunstyrelsen beviljar föreningen 180 000 kronor.\n\n§ 13\nMeddelanden\nMeddelandena läggs till handlingarna.\n")
    names = [p["name"] for p in extract_text(text)["parties"]]
    assert names == ["Norrby bygdegårdsförening"]


def test_a_short_sentence_under_a_web_pages_heading_is_no_part_of_it(extract_text):
    # A page's text exported with no blank lines: "<h1>" and a short "<p>" on adjacent lines.
    text = ("Exeby kommun\nBeslut i korthet från kommunstyrelsen 3 mars 2036\nHär är några av besluten från mötet.\n"
            "Ny förskola\nKommunstyrelsen beslutade att bygga en ny förskola i Norrby.\n")
    assert extract_text(text)["document"]["title"] == "Beslut i korthet från kommunstyrelsen 3 mars 2036"


def test_a_heading_running_on_into_a_name_that_ends_a_sentence_stays_whole(extract_text):
    text = ("Exeby kommun\nTjänsteskrivelse\nDatum 2036-03-03\n\nFörlängd överenskommelse med\nFöreningen Norrgården i Exeby.\n\n"
            "Förslag till beslut\nNämnden förlänger överenskommelsen.\n")
    assert extract_text(text)["document"]["title"] == "Förlängd överenskommelse med Föreningen Norrgården i Exeby"


def test_an_item_added_after_its_number_keeps_both_items(extract_text):
    # "§ 12 a": an extra matter after § 12; both are items, in order.
    text = ("Exeby kommun\nPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2036-03-03\n\n§ 12 Val av justerare\n"
            "Kommunstyrelsen utser Eva Berg.\n\n§ 12 a Stöd till Norrby IF\nKommunstyrelsen beviljar bidraget.\n\n"
            "§ 13 Meddelanden\nMeddelandena läggs till handlingarna.\n")
    assert _items(extract_text(text)) == [("12", "Val av justerare", None), ("12 a", "Stöd till Norrby IF", None),
                                          ("13", "Meddelanden", None)]


def test_a_date_beside_the_type_word_in_the_letterheads_other_column(extract_text):
    # pdftotext -layout: "TJÄNSTESKRIVELSE" and its date in two columns, no "Datum" label.
    text = ("Socialnämnden                    Exeby kommun\nTJÄNSTESKRIVELSE                 2036-03-03\n"
            "                                 Dnr SN 2036/15\n\nAvgifter i hemtjänsten 2037\n\n"
            "Förslag till beslut\nAvgifterna fastställs enligt bilaga.\n")
    assert extract_text(text)["document"]["date"] == "2036-03-03"


def test_a_date_written_day_slash_month_dash_year(extract_text):
    text = ("Exeby kommun\nProtokoll\nKultur- och fritidsnämnden\nSammanträdesdatum: 3/3-2036\n\n§ 1 Val av justerare\n"
            "Nämnden utser Eva Berg.\n\n§ 2 Budget 2037\nNämnden antar budgeten.\n")
    assert extract_text(text)["document"]["date"] == "2036-03-03"


def test_a_body_named_inside_an_item_is_not_the_protocols_body(extract_text):
    # The arbetsutskott meets (its name heads the protocol); kommunstyrelsen is named in an item's text.
    text = ("Exeby kommun\nKommunstyrelsens arbetsutskott\nPROTOKOLL\n2036-03-03\n\n§ 30 Budget 2037\n"
            "Arbetsutskottet föreslår kommunstyrelsen besluta att anta budgeten. Kommunstyrelsen behandlar ärendet "
            "den 17 mars.\n\n§ 31 Val av ombud\nArbetsutskottet utser Eva Berg.\n")
    assert extract_text(text)["document"]["board"] == "Kommunstyrelsens arbetsutskott"


def test_arendet_galler_is_a_subject_label(extract_text):
    text = ("Exeby kommun\nTjänsteskrivelse\n2036-03-03\n\nÄrendet gäller: Riktlinjer för färdtjänst 2037\n\n"
            "Förslag till beslut\nNämnden antar riktlinjerna.\n")
    assert extract_text(text)["document"]["title"] == "Riktlinjer för färdtjänst 2037"
