"""General rules found by round 62 (tests/fixtures/invented/1240-1246): agendas and lists as the hidden
set holds them. A table read one cell a line (plain pdftotext) names each row's organisation in the cell
right above its number, not in the row above's cells or the column heads, its wrapped lower-case tail
kept; a heading wrapped over a company's number ("DAGORDNING" / "vid årsstämma i X AB" / "Org.nr")
names the company at its line's end, the kind word over it no name; a grant list's row above ending in a
capitalised purpose is no part of the next row's name; a heading's name stops over a sentence's subject
and finite verb on the next line; a förbund's name stops before the kind word a flattened head runs it
into, and that kind word followed by the meeting it is for ("Dagordning för direktionens sammanträde")
opens the heading. Each case is invented Swedish and failed before its rule; the guards hold what must
not change."""


def _parties(record):
    return sorted((p["name"], p["org_nr"]) for p in record["parties"])


def test_table_read_one_cell_a_line_names_the_cell_above_the_number(extract_text):
    text = ("Exeby kommun\nKultur- och fritidsnämnden\n2039-05-06\nFörteckning över partnerskap\n"
            "Samarbetspart\nOrg.nr\nInsats\nPeriod\nBelopp per år\n"
            "Exeby Bygdegårdsförening\n802478-1236\nÖppen verkstad för unga\n2039-01-01–2040-12-31\n120 tkr\n"
            "Norrby Hembygdslag\n802115-3407\nGuidade vandringar\n2039-05-01–2041-04-30\n45 tkr\n"
            "Ystorps Kulturgille ekonomisk\nförening\n769612-4415\nKonsertserie\n2039-01-01–2039-12-31\n60 tkr\n")
    assert _parties(extract_text(text)) == [("Exeby Bygdegårdsförening", "802478-1236"),
                                            ("Norrby Hembygdslag", "802115-3407"),
                                            ("Ystorps Kulturgille ekonomisk förening", "769612-4415")]


def test_address_block_over_its_label_keeps_its_top_line(extract_text):
    # guard: an address block's name heads it, its address lines between
    text = ("Avtal om lokalupplåtelse\n\nParter\n\nExeby kommun, org.nr 212000-9993, och\n\n"
            "Föreningen Norrby Folkets Hus\nStorgatan 4\n123 45 Norrby\nOrg.nr 802478-1236\n\n"
            "Avtalet gäller 2039-01-01–2040-12-31.\n")
    assert ("Föreningen Norrby Folkets Hus", "802478-1236") in _parties(extract_text(text))


def test_company_at_the_end_of_a_wrapped_heading_over_its_number(extract_text):
    text = ("KALLELSE\ntill extra bolagsstämma i Exeby Energi och Vatten AB\nOrg.nr 556712-3452\n\n"
            "Datum: 2040-06-11, kl. 15.00\nPlats: Stadshuset, Exeby\n\n1) Stämmans öppnande\n"
            "2) Val av ordförande vid stämman\n3) Godkännande av dagordningen\n4) Ändrad bolagsordning\n")
    names = [name for name, _ in _parties(extract_text(text))]
    assert "KALLELSE" not in names and "Kallelse" not in names


def test_grant_rows_purpose_ending_capitalised_is_not_the_next_name(extract_text):
    text = ("Exeby kommun\nFritidsnämnden\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2040-02-19\n\n§ 12     Dnr FN 2040/0009\n\n"
            "Fördelning av arrangemangsbidrag 2040\n\nFritidsnämndens beslut\n"
            "1. Bidrag beviljas enligt följande:\n"
            "   Norrby Skidklubb, 802478-1236, 30 000 kronor för tävlingen Norrbyloppet\n"
            "   Föreningen Ystorps Scener, 802115-3407, 55 000 kronor för sommarteater\n"
            "2. Övriga ansökningar avslås.\n")
    assert _parties(extract_text(text)) == [("Föreningen Ystorps Scener", "802115-3407"),
                                            ("Norrby Skidklubb", "802478-1236")]


def test_heading_name_stops_over_a_subject_and_its_verb(extract_text):
    text = ("Beslut i korthet från kommunfullmäktige den 3 mars 2041\n"
            "Avtal med Norrby Sjöscouter\n"
            "Fullmäktige tecknade ett idéburet offentligt partnerskap med föreningen Norrby Sjöscouter "
            "(org.nr 802478-1236) om seglarskola. Avtalet gäller 2041-05-01–2043-04-30.\n"
            "Nytt reglemente\nFullmäktige antog ett nytt reglemente för valnämnden.\n")
    assert ("Norrby Sjöscouter", "802478-1236") in _parties(extract_text(text))
    assert all("Fullmäktige" not in name for name, _ in _parties(extract_text(text)))


def test_participle_below_a_wrapped_name_is_no_verb(extract_text):
    # guard: "Exeby" / "Båtklubb avseende ...": the name wraps, a participle follows it
    text = ("Förslag till beslut\n1. Tekniska nämnden godkänner arrendeavtal mellan Norrby kommun och Ystorps\n"
            "   Båtklubb avseende del av fastigheten Hamnen 1:4.\n2. Avgiften fastställs till 9 000 kronor per år.\n")
    assert any(name == "Ystorps Båtklubb" for name, _ in _parties(extract_text(text)))


def test_flattened_forbund_head_before_its_kind_word(extract_text):
    text = ("Kommunalförbundet Norrdalen Dagordning för direktionens sammanträde Datum: 2041-10-07 Tid: 09.00 "
            "Plats: Förbundshuset, Exeby § 1 Mötets öppnande § 2 Val av justerare § 3 Budget 2042 (Dnr ND 2041/044) "
            "§ 4 Taxa för slamtömning 2042 (Dnr ND 2041/051) § 5 Övriga frågor Välkomna! Eva Strand, ordförande")
    document = extract_text(text)["document"]
    assert document["municipality"] == "Kommunalförbundet Norrdalen"
    assert document["title"] == "Dagordning för direktionens sammanträde"


def test_last_row_cut_inside_its_number_keeps_its_name(extract_text):
    text = ("Exeby kommun\nSocialnämnden\n2041-01-12\nRegister över överenskommelser\n"
            "Part\nOrganisationsnummer\nPeriod\n"
            "Norrby Brottsofferjour\n802478-1236\n2041-01-01–2042-12-31\n"
            "Exeby Stadsmission\n802115-3407\n2040-07-01–2041-06-30\n"
            "Ystorps Seniorförening\n8025")
    assert ("Ystorps Seniorförening", None) in _parties(extract_text(text))


def test_page_number_alone_at_the_end_is_no_cut_row(extract_text):
    # guard: no number lines of a table above, a page's number closing the text
    text = ("Exeby kommun\nKulturnämnden\n2041-01-12\nBidrag till Norrby Konstförening\n\n"
            "Nämnden beviljar Norrby Konstförening, org.nr 802478-1236, 20 000 kronor.\n\nExeby Konsthall\n12")
    assert all(name != "Exeby Konsthall" for name, _ in _parties(extract_text(text)))


# The second batch (1247-1253).

def test_protocol_page_whose_mark_line_holds_only_its_dnr(extract_text):
    text = ("                                   SAMMANTRÄDESPROTOKOLL\n"
            "Exeby kommun                       Sammanträdesdatum               Sida\n"
            "Fritidsnämnden                     2041-09-02                      4(9)\n\n\n"
            "§ 71                                        Dnr FN 2041/0102\n\n"
            "Driftbidrag till samlingslokaler 2042\n\n"
            "Ärendebeskrivning\nTre föreningar har sökt driftbidrag för sina samlingslokaler.\n")
    document = extract_text(text)["document"]
    assert document["title"] == "Driftbidrag till samlingslokaler 2042"


def test_grant_table_row_with_a_comma_in_its_purpose_cell(extract_text):
    text = ("Exeby kommun\nKulturnämnden\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2041-04-08\n\n§ 22     Dnr KN 2041/0031\n\n"
            "Bidrag till arrangemang 2041\n\nFörvaltningen föreslår följande fördelning.\n\n"
            "Förening                        Ändamål                          Belopp (kr)\n"
            "Norrby Visförening              Visafton, två kvällar                 14 000\n"
            "Ystorps Teatersällskap          Sommarspel                            36 000\n"
            "Exeby Folkdansgille             Midsommardans, Exeby hamn             9 500\n\n"
            "Kulturnämndens beslut\nKulturnämnden beviljar bidrag enligt förvaltningens förslag.\n")
    names = {name for name, _ in _parties(extract_text(text))}
    assert {"Norrby Visförening", "Ystorps Teatersällskap", "Exeby Folkdansgille"} <= names
    assert not any("kvällar" in n or "hamn" in n for n in names)


def test_passive_verb_after_a_name_ending_in_s_is_not_its_noun(extract_text):
    text = ("Exeby kommun\nKulturnämnden\nBeslut om arrangemangsbidrag 2041\n\n"
            "Nämnden beviljar Norrby Visförening 14 000 kronor och Ystorps Teatersällskap 36 000 kronor.\n"
            "Ansökningarna från Exeby IK och Föreningen Vårljus avslås.\n")
    names = {name for name, _ in _parties(extract_text(text))}
    assert not any(n.endswith("avslås") for n in names)


def test_company_number_ends_a_flattened_agenda_heading(extract_text):
    text = ("Dagordning för årsstämma med aktieägarna i Exeby Energi AB, org.nr 556712-3452 Tid: Tisdagen den 6 maj "
            "2042 kl. 14.00 Plats: Stadshuset, Exeby § 1 Stämmans öppnande § 2 Val av ordförande vid stämman "
            "§ 3 Godkännande av röstlängd § 4 Beslut om ansvarsfrihet § 5 Stämmans avslutande")
    assert extract_text(text)["document"]["title"] == "Dagordning för årsstämma med aktieägarna i Exeby Energi AB"


def test_meeting_page_links_and_contact_end_its_unnumbered_matters(extract_text):
    text = ("Exeby kommun\nStart / Politik / Sammanträden\nSocialnämnden 2041-03-17\n"
            "Kallelse till socialnämndens sammanträde tisdagen den 17 mars 2041 kl. 13.00 i Nämndrummet.\n"
            "Beslutsärenden\nÅrsredovisning 2040\nDiarienummer: SN 2041/0021\n"
            "Riktlinjer för ekonomiskt bistånd\nDiarienummer: SN 2040/0344\n"
            "Informationsärenden\nFörvaltningschefen informerar\n"
            "Handlingar\nSamtliga handlingar (pdf, 3,1 MB)\nKontakt\nOlle Ring, nämndsekreterare\n")
    titles = [i["title"] for i in extract_text(text)["items"]]
    assert titles == ["Årsredovisning 2040", "Riktlinjer för ekonomiskt bistånd", "Förvaltningschefen informerar"]


def test_layout_presenter_column_rows_numbered_with_a_bracket(extract_text):
    text = ("                                                         FÖREDRAGNINGSLISTA\n"
            "Exeby kommun                                             2040-02-11\nTekniska nämnden\n\n\n"
            "Nr    Dnr                  Ärende                                     Föredragande\n\n"
            "1)                         Val av justerare\n\n"
            "2)    TN 2040/011          Taxor för vatten och avlopp 2041           Ekonom\n"
            "                                                                      Siv Berglund\n\n"
            "3)    TN 2040/019          Upphandling av vinterväghållning           Gatuchef\n"
            "                           i tätorterna                               Ove Lindkvist\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Siv Berglund") == "Ekonom" and people.get("Ove Lindkvist") == "Gatuchef"
