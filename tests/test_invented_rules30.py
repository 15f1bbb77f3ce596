"""General rules of kallelser, föredragningslistor, dagordningar and ärendelistor found by round 30
(tests/fixtures/invented/610-623): an agenda's dnr in a column before the title ("2   2039-000211
Title"), an empty cell between number and title; an agenda numbering no row, each title over its
dnr's line; "Förslag till föredragningslista X" as the type word's heading; "Nästa möte" as an agenda's
row, no label of the signing date under it; an ärendelista's time slot before its row; a row's
sub-points ("a) ...") and presenter ("Name Surname, title") under it, no part of its title; a
"-sköterska" as a title; a definite head ("Föreningen") ending its line before the name wrapped below;
a company's "Styrelsemöte nr 3" under its letterhead naming its board; then (617-623) a dnr in brackets
below its row, a time range opening the next row, a board-coded dnr before a wrapped title, a förbund's
"Styrelsen kallas", an agreement's party wrapped in its column or after a comma; and probes: a hyphen at a
cell's edge, an agenda table without numbers, a title wrapped inside a name over a bare dnr line. Each case
is invented Swedish and failed before its rule; the guards hold what must not change."""


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


def _parties(result):
    return [(p["name"], p["org_nr"]) for p in result["parties"]]


_DNR_FIRST = (
    "EXEBY KOMMUN                                  FÖREDRAGNINGSLISTA\n"
    "Kultur- och fritidsnämnden\n\n"
    "Tid    Tisdagen den 6 mars 2040, kl. 14.00\n\n"
    "Nr   Diarienummer   Ärende\n\n"
    "1                   Val av justerare\n"
    "2    2040-000031    Bokslut för fritidsgårdarna 2039\n"
    "3    2040-000047    Överenskommelse om drift av badplatsen vid\n"
    "                    Långsjön\n"
    "4    2039-000288    Bidrag till Exeby Ryttarförening för nytt stallgolv\n"
    "5                   Information från förvaltningen\n")


def test_an_agenda_rows_dnr_in_a_column_before_its_title(extract_text):
    assert _items(extract_text(_DNR_FIRST)) == [
        ("1", "Val av justerare", None),
        ("2", "Bokslut för fritidsgårdarna 2039", "2040-000031"),
        ("3", "Överenskommelse om drift av badplatsen vid Långsjön", "2040-000047"),
        ("4", "Bidrag till Exeby Ryttarförening för nytt stallgolv", "2039-000288"),
        ("5", "Information från förvaltningen", None)]


def test_a_date_column_before_the_title_still_reads_as_a_date(extract_text):
    # (the older rule: "3   2040-02-14   Title" is a decision's date, not a dnr)
    text = _DNR_FIRST.replace("2040-000031", "2040-02-14 ").replace("2040-000047", "2040-02-21 ").replace(
        "2039-000288", "2040-02-28 ")
    items = _items(extract_text(text))
    assert ("2", "Bokslut för fritidsgårdarna 2039", None) in items


_UNNUMBERED = (
    "Region Exeby\nKollektivtrafiknämnden\n\nKallelse\n\n"
    "Sammanträde onsdagen den 3 oktober 2040 kl. 13.00\n\n"
    "Val av justerare\n\n"
    "Delårsrapport för kollektivtrafiken\n"
    "Ärendenummer KTN 2040/51\n"
    "Beslutsunderlag: Tjänsteskrivelse\n\n"
    "Linjeplan för skolskjutsar i norra länsdelen och\n"
    "anslutande tätorter\n"
    "Ärendenummer KTN 2040/66\n\n"
    "Färdtjänstens regler för ledsagare\n"
    "Dnr KTN 2040/70\n"
    "Beslutsunderlag: Tjänsteskrivelse, förslag till regler\n\n"
    "Anmälningar\n")


def test_an_agenda_without_numbers_reads_each_title_over_its_dnr_line(extract_text):
    assert _items(extract_text(_UNNUMBERED)) == [
        (None, "Delårsrapport för kollektivtrafiken", "KTN 2040/51"),
        (None, "Linjeplan för skolskjutsar i norra länsdelen och anslutande tätorter", "KTN 2040/66"),
        (None, "Färdtjänstens regler för ledsagare", "KTN 2040/70")]


def test_a_letter_with_its_subject_over_its_dnr_has_no_items(extract_text):
    text = ("Exeby kommun\nTJÄNSTESKRIVELSE\n2040-03-02\n\nTaxa för tillsyn enligt miljöbalken\n"
            "Dnr MBN 2040/12\n\nSammanfattning\nFörvaltningen föreslår en ny taxa.\n\n"
            "Bilaga: Jämförelse med grannkommuner\nDnr MBN 2040/13\n")
    assert extract_text(text)["items"] == []


def test_a_proposed_agenda_names_its_kind_and_is_the_title(extract_text):
    text = ("Exebygdens räddningstjänstförbund\n\nFörslag till dagordning Direktionen\n\n"
            "Sammanträdesdatum: 2040-09-14\n\n1. Val av justerare\n2. Delårsrapport 2040\n"
            "   Beslutsunderlag: Tjänsteskrivelse 2040-08-30\n3. Taxa för tillsyn 2041\n")
    doc = extract_text(text)["document"]
    assert (doc["doc_type"], doc["title"]) == ("kallelse", "Förslag till dagordning Direktionen")


_COMPANY_AGENDA = (
    "Exeby Fastigheter AB\nOrg.nr 556987-4125\n\nDAGORDNING\nStyrelsemöte nr 2/2040\n\n"
    "Datum:  Onsdagen den 15 april 2040\nTid:    Kl. 16.00\n\n"
    "Punkt 1    Mötets öppnande\n"
    "Punkt 2    Val av justerare\n"
    "Punkt 3    VD informerar\n"
    "           a) Vakansläget\n"
    "           b) Stambyten i kvarteret Björken\n"
    "Punkt 4    Nästa möte\n"
    "Punkt 5    Mötets avslutande\n\n"
    "Exeby 2040-04-03\n\nKarin Ros\nStyrelseordförande\n")


def test_next_meeting_as_an_agenda_row_labels_no_signing_date(extract_text):
    assert extract_text(_COMPANY_AGENDA)["document"]["date"] == "2040-04-15"


def test_a_rows_lettered_sub_points_are_no_part_of_its_title(extract_text):
    assert ("3", "VD informerar", None) in _items(extract_text(_COMPANY_AGENDA))


def test_a_companys_board_meeting_heading_names_its_board(extract_text):
    assert extract_text(_COMPANY_AGENDA)["document"]["board"] == "Styrelsen"


_TIME_SLOTS = (
    "Exeby kommun\nSocialnämnden\n\nKallelse till sammanträde\nTisdagen den 4 september 2040 kl. 09.00\n\n"
    "Ärendelista\n\n"
    "09.00    Ärende 1   Val av justerare\n"
    "09.05    Ärende 2   Uppföljning av placeringar                 SN 2040/88\n"
    "                    Lena Vik, enhetschef\n"
    "09.40    Ärende 3   Riktlinjer för boendestöd till unga,        SN 2040/91\n"
    "                    reviderade\n"
    "10.20    Ärende 4   Information om hälsosamtal\n"
    "                    Åsa Borg, distriktssköterska\n")


def test_an_arendelista_rows_time_slot_before_it_keeps_its_wrapped_title(extract_text):
    items = _items(extract_text(_TIME_SLOTS))
    assert ("3", "Riktlinjer för boendestöd till unga, reviderade", "SN 2040/91") in items


def test_a_presenter_line_under_a_row_is_no_part_of_its_title(extract_text):
    assert ("2", "Uppföljning av placeringar", "SN 2040/88") in _items(extract_text(_TIME_SLOTS))
    text = ("FÖREDRAGNINGSLISTA\nExeby kommun\nSocialnämnden\n\n"
            "1.  Val av justerare\n"
            "2.  Uppföljning av placeringar              SN 2040/88\n"
            "    Lena Vik, enhetschef\n"
            "3.  Riktlinjer för boendestöd               SN 2040/91\n"
            "    Omar Said, socialsekreterare\n")
    assert _items(extract_text(text))[1:] == [("2", "Uppföljning av placeringar", "SN 2040/88"),
                                              ("3", "Riktlinjer för boendestöd", "SN 2040/91")]


def test_a_skoterska_is_a_title(extract_text):
    people = {(p["name"], p["title"]) for p in extract_text(_TIME_SLOTS)["people"]}
    assert ("Åsa Borg", "distriktssköterska") in people


def test_a_definite_head_ending_its_line_goes_on_with_the_name_below(extract_text):
    text = ("KALLELSE\nExeby kommun\nKommunstyrelsen\n\nTid: 2040-05-05 kl. 08.30\n\n"
            "1. Val av justerare\n"
            "2. Överenskommelse om idéburet offentligt partnerskap med Föreningen\n"
            "   Grannstöd Exeby om stöd till äldre i hemmet\n"
            "   Dnr KS 2040/77\n"
            "3. Budgetuppföljning april 2040\n   Dnr KS 2040/81\n")
    assert ("Föreningen Grannstöd Exeby", None) in _parties(extract_text(text))


# Batch B (617-623).

def test_a_rows_dnr_below_it_in_brackets(extract_text):
    text = ("Exeby kommun\nByggnadsnämnden\n\nFöredragningslista\n\n"
            "1.   Val av justerare\n"
            "2.   Bygglov för tillbyggnad av förskola på fastigheten Skogsbo 3:4\n"
            "     (Dnr BN 2039-000118)\n"
            "3.   Rivningslov för ekonomibyggnad, Åsby 1:9\n"
            "     (Dnr BN 2039-000131)\n")
    assert _items(extract_text(text))[1:] == [
        ("2", "Bygglov för tillbyggnad av förskola på fastigheten Skogsbo 3:4", "BN 2039-000118"),
        ("3", "Rivningslov för ekonomibyggnad, Åsby 1:9", "BN 2039-000131")]


_TIME_RANGES = (
    "EXEBY KOMMUN\nKommunstyrelsen\n\nÄRENDELISTA\nSammanträde 2039-05-06\n\n"
    "kl. 09.00–09.10   1   Val av justerare\n"
    "kl. 09.10–09.50   2   Bokslut 2038                            KS 2039/0101\n"
    "kl. 09.50–10.05   Paus\n"
    "kl. 10.05–10.30   3   Taxa för torghandel, revidering         KS 2039/0077\n"
    "kl. 10.30–10.45   4   Anmälan av delegationsbeslut            KS 2039/0002\n")


def test_an_arendelista_time_range_opens_the_next_row_not_a_wrapped_title(extract_text):
    assert _items(extract_text(_TIME_RANGES)) == [
        ("1", "Val av justerare", None), ("2", "Bokslut 2038", "KS 2039/0101"),
        ("3", "Taxa för torghandel, revidering", "KS 2039/0077"), ("4", "Anmälan av delegationsbeslut", "KS 2039/0002")]


_CODE_DNR_FIRST = (
    "Exeby kommun                                      Föredragningslista\n"
    "Äldrenämnden                                      2040-10-19\n\n"
    "Ärende  Dnr              Rubrik                                          Föredragande\n"
    "1.                       Val av justerare\n"
    "2.      ÄN 2040/0201     Kvalitetsberättelse 2040 för                    Sara Holm\n"
    "                         Exeby Dagverksamhet\n"
    "3.      ÄN 2040/0187     Avtal med Exeby Frivilligcentral i              Omar Lind\n"
    "                         Norrby om besöksverksamhet\n"
    "4.      ÄN 2040/0190     Yttrande till Inspektionen för vård och omsorg  Sara Holm\n")


def test_a_dnr_with_its_board_code_before_the_title_keeps_the_wrapped_title_in_its_column(extract_text):
    assert _items(extract_text(_CODE_DNR_FIRST))[1:] == [
        ("2", "Kvalitetsberättelse 2040 för Exeby Dagverksamhet", "ÄN 2040/0201"),
        ("3", "Avtal med Exeby Frivilligcentral i Norrby om besöksverksamhet", "ÄN 2040/0187"),
        ("4", "Yttrande till Inspektionen för vård och omsorg", "ÄN 2040/0190")]


def test_an_agreements_party_wrapped_in_the_title_column_with_the_title_going_on(extract_text):
    assert ("Exeby Frivilligcentral i Norrby", None) in _parties(extract_text(_CODE_DNR_FIRST))


def test_a_forbunds_kallelse_to_its_board_names_the_board(extract_text):
    text = ("Samordningsförbundet Exebygden\n\nKallelse till styrelsemöte\n\n"
            "Styrelsen kallas till sammanträde tisdagen den 5 juni 2040 kl. 09.00 i förbundets lokaler.\n\n"
            "§ 1   Mötets öppnande\n§ 2   Val av justerare\n§ 3   Budget 2041\n")
    assert extract_text(text)["document"]["board"] == "Styrelsen"


def test_an_agenda_rows_agreement_names_its_counterparty_after_a_comma(extract_text):
    text = ("KALLELSE\nExeby kommun\nFritidsnämnden\n\nTid: 2040-02-12 kl. 18.00\n\n"
            "1  Val av justerare\n"
            "2  Hyresavtal för klubbstuga vid Norrsjön,\n"
            "   Exeby Skidklubb\n"
            "   Dnr FN 2040/14\n"
            "3  Budgetuppföljning januari 2040\n"
            "   Dnr FN 2040/20\n")
    assert ("Exeby Skidklubb", None) in _parties(extract_text(text))


# Probes after batch B (unit tests only).

def test_a_word_hyphenated_at_its_cells_edge_is_joined(extract_text):
    text = ("EXEBY KOMMUN\nKultur- och fritidsnämnden\n\nKALLELSE\n\nTid: Måndag 3 maj 2038 kl 13\n\n"
            "Ärende                                                     Dnr\n"
            "1. Val av justerare\n"
            "2. Kultur- och fritids-                                    KFN 2038/12\n"
            "   nämndens verksamhetsplan 2039\n"
            "3. Ridhus-                                                 KFN 2038/17\n"
            "   och stallbidrag 2039\n"
            "4. Anmälan av delegationsbeslut                            KFN 2038/2\n")
    items = _items(extract_text(text))
    assert ("2", "Kultur- och fritidsnämndens verksamhetsplan 2039", "KFN 2038/12") in items
    assert ("3", "Ridhus- och stallbidrag 2039", "KFN 2038/17") in items


def test_a_title_ending_in_a_bare_definite_head_goes_on_below(extract_text):
    text = ("Exeby kommun\nSocialnämndens arbetsutskott\n\nDAGORDNING\n2040-03-09 kl. 08.30\n\n"
            "Ärende 1\nVal av justerare\n\n"
            "Ärende 2\nAvtal om platser i familjehem med Stiftelsen\nBarnens Gård\nDnr SN 2040/0040\n\n"
            "Ärende 3\nInformation från verksamheterna\n")
    assert ("2", "Avtal om platser i familjehem med Stiftelsen Barnens Gård", "SN 2040/0040") in _items(extract_text(text))


_TABLE_UNNUMBERED = (
    "Exeby kommun\nMiljö- och hälsoskyddsnämnden\n\nKALLELSE\n\nSammanträdesdatum: 2040-04-16\n\n"
    "Ärende                                                   Diarienummer\n\n"
    "Val av justerare\n"
    "Verksamhetsplan 2041 för miljöavdelningen                MHN 2040/0061\n"
    "Tillsynstaxa för livsmedelskontroll                      MHN 2040/0072\n"
    "Föreläggande om bullerskydd vid Exeby Motorbana          MHN 2039/0318\n\n"
    "Ersättare tjänstgör endast vid förhinder för ordinarie ledamot.\n")


def test_an_agenda_table_without_numbers_under_its_title_and_dnr_head(extract_text):
    assert _items(extract_text(_TABLE_UNNUMBERED)) == [
        (None, "Verksamhetsplan 2041 för miljöavdelningen", "MHN 2040/0061"),
        (None, "Tillsynstaxa för livsmedelskontroll", "MHN 2040/0072"),
        (None, "Föreläggande om bullerskydd vid Exeby Motorbana", "MHN 2039/0318")]


def test_a_table_of_two_rows_is_no_agenda(extract_text):
    text = _TABLE_UNNUMBERED.replace("Föreläggande om bullerskydd vid Exeby Motorbana          MHN 2039/0318\n", "")
    assert extract_text(text)["items"] == []


def test_a_presenter_in_brackets_and_a_dnr_in_square_brackets_are_no_part_of_the_title(extract_text):
    text = ("Exeby kommun\nÖverförmyndarnämnden\n\nDagordning 2041-02-02\n\n"
            "1. Mötets öppnande\n2. Val av justerare\n"
            "3. Verksamhetsberättelse 2040 (föredragande Lisa Ek)\n"
            "4. Arvoden för ställföreträdare 2041 [ÖFN 2041/0012]\n"
            "5. Övriga frågor\n")
    items = _items(extract_text(text))
    assert ("3", "Verksamhetsberättelse 2040", None) in items
    assert ("4", "Arvoden för ställföreträdare 2041", "ÖFN 2041/0012") in items


_NAME_WRAPPED = (
    "Exeby kommun\n\nKallelse till sammanträde med socialnämnden\n\n"
    "Sammanträdesdag: onsdag 14 november 2040\n\n"
    "1. Val av justerare\n"
    "2. Placeringskostnader 2040, prognos\n   SN 2040/0350\n"
    "3. Idéburet offentligt partnerskap med Föreningen Exeby\n"
    "   Kvinnojour 2041–2043\n"
    "   SN 2040/0331\n"
    "4. Information från förvaltningen\n")


def test_a_title_wrapped_inside_a_name_over_its_bare_dnr_line(extract_text):
    assert ("3", "Idéburet offentligt partnerskap med Föreningen Exeby Kvinnojour 2041–2043", "SN 2040/0331") in _items(
        extract_text(_NAME_WRAPPED))


def test_an_agreements_party_named_over_a_rows_wrapped_lines(extract_text):
    assert _parties(extract_text(_NAME_WRAPPED)) == [("Föreningen Exeby Kvinnojour", None)]


def test_a_proposed_agenda_in_capitals_is_the_whole_heading(extract_text):
    text = ("Exeby kommun\nKommunstyrelsen\n\nFÖRSLAG TILL FÖREDRAGNINGSLISTA\nSammanträdesdatum: 2039-05-14\n\n"
            "1. Val av justerare\n2. Budget 2040\n   Dnr KS 2039/0101\n3. Delegationsbeslut\n")
    assert extract_text(text)["document"]["title"] == "FÖRSLAG TILL FÖREDRAGNINGSLISTA"


def test_a_span_of_years_before_a_title_is_no_dnr(extract_text):
    text = ("Exeby kommun\nKommunstyrelsen\n\nFÖREDRAGNINGSLISTA\n\n"
            "1    2039-000101    Budget 2040\n"
            "2    2038-2040      Uppföljning av projektet Levande centrum\n"
            "3    2039-000120    Delegationsbeslut\n")
    assert all(dnr != "2038-2040" for _n, _t, dnr in _items(extract_text(text)))
