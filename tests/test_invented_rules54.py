"""General rules of Swedish council documents found by the fifty-fourth round of invented documents
(tests/fixtures/invented 1080-): grants and partnerships as councils publish them. Each case is
invented Swedish and failed before its rule."""


def _amounts(record):
    return sorted({a["value"] for a in record["amounts"]})


def _parties(record):
    return [(p["name"], p["org_nr"]) for p in record["parties"]]


def test_pdf_conjunction_alone_after_a_cells_hyphen_keeps_the_hyphen():
    # A narrow cell "Ekeby Idrotts-" / "och" / "Skidförening": pdfium runs the first two lines into one at
    # its hyphen mark, the conjunction alone before the line's end. The line is cut after the mark (the
    # author's hyphen, kept), so the cell's first line keeps its own box on the row.
    from docparse.read.pdflayout import _KEPT_HYPHEN, _name_hyphen_breaks

    def parts(text):
        return [text[s:e] for s, e in _name_hyphen_breaks(text, [0], [len(text)])]

    assert parts("Ekeby Idrotts\ufffeoch") == ["Ekeby Idrotts\ufffe", "och"]
    assert _KEPT_HYPHEN.match("Ekeby Idrotts\ufffeoch", len("Ekeby Idrotts"))
    # (as before: a suspended compound in a paragraph, a name's own hyphen; a word's break is no such mark)
    assert parts("en gång\ufffeoch cykelbro") == ["en gång\ufffe", "och cykelbro"]
    assert parts("Dals\ufffeEds kommun") == ["Dals\ufffe", "Eds kommun"]
    assert parts("ordfö\ufffeochrande") == ["ordfö\ufffeochrande"]
    assert not _KEPT_HYPHEN.match("ordfö\ufffeochrande", len("ordfö"))


def test_table_rows_parted_by_blank_lines_keep_their_columns_unit(extract_text):
    # A PDF's table whose cells wrap: each row a block of its own, a blank line under the heading row
    # and between the rows; the last column's unit is in its heading.
    text = ("Tjänsteskrivelse\n\nBidrag till lovaktiviteter 2040\n\n"
            "Förening\tOrg.nr\tAktivitet\tBelopp (kr)\n\n"
            "Åby Scoutkår\t803775-9456\tKanotläger vid Glan under två veckor\t24 000\n\n"
            "Åby Pingisklubb\t802798-6945\tPingisskola för nybörjare\t9 500\n\n"
            "Åby Teaterförening\t804494-1345\tSommarteater i folkparken\t31 000\n\n"
            "Bidragen betalas ut i juni.\n")
    assert _amounts(extract_text(text)) == [9500, 24000, 31000]


def test_blank_line_then_a_paragraph_ends_the_table(extract_text):
    # (the row's shape is what lets the table go on: a paragraph's figure after a blank line is none of it)
    text = ("Förening\tOrg.nr\tAktivitet\tBelopp (kr)\n\n"
            "Åby Scoutkår\t803775-9456\tKanotläger vid Glan\t24 000\n\n"
            "Nämnden har 120 000 kvar att fördela under hösten enligt plan 2\n")
    assert _amounts(extract_text(text)) == [24000]


def test_a_list_grouped_under_headings_with_subtotals_keeps_its_unit(extract_text):
    # The unit in a note closing a sentence, the list grouped by kind of support, each group's
    # heading alone on its line, "Summa <kind>" under each and "Totalt" under all.
    text = ("Beslut om kulturbidrag 2041\n\nNämnden fördelar bidragen enligt listan. Belopp i kronor.\n\n"
            "Verksamhetsbidrag\n"
            "Åby Konstförening        805207-4393       120 000\n"
            "Åby Manskör              805162-7183        45 000\n"
            "Summa verksamhetsbidrag                     165 000\n\n"
            "Arrangemangsbidrag\n"
            "Åby Bluesklubb           805854-3128        18 000\n"
            "Summa arrangemangsbidrag                     18 000\n\n"
            "Totalt                                      183 000\n")
    assert _amounts(extract_text(text)) == [18000, 45000, 120000, 165000, 183000]


def test_a_semicolon_export_is_read_as_a_table(extract_text):
    # A register's export: semicolons part the cells, one cell quoted for its comma; the column's
    # unit in its heading makes its figures amounts (the postcode column's are none), the names end
    # at their cell.
    text = ("Föreningsregister\nUtskrivet 2042-02-03\n\n"
            "Förening;Org.nr;Adress;Postnr;Ort;Bidrag 2041 (kr)\n"
            "Åby Skytteförening;802890-0796;Skyttevägen 4;611 30;Åby;14 200\n"
            "Åby Byalag;804402-1767;\"c/o Lind, Byvägen 9\";611 94;Åby;3 800\n"
            "Summa;;;;;18 000\n")
    record = extract_text(text)
    assert _amounts(record) == [3800, 14200, 18000]
    assert _parties(record) == [("Åby Skytteförening", "802890-0796"), ("Åby Byalag", "804402-1767")]


def test_semicolons_of_prose_are_no_table():
    from docparse.clean import delimited_rows

    prose = ("Nämnden beslutar att bevilja bidraget; att uppdra åt förvaltningen; att redovisa.\n"
             "Beslutet skickas till föreningen.\n")
    assert delimited_rows(prose, None) == (prose, None)


def test_a_heading_ends_over_the_municipality_and_its_office(extract_text):
    # "Föreningsregister – utdrag" / "Åby kommun, fritidsförvaltningen": whose register it is, under its name
    text = ("Föreningsregister – utdrag\nÅby kommun, fritidsförvaltningen\nUrval: föreningar med lokalbidrag 2041\n"
            "Utskrivet 2042-02-03 10:15\n\nFörening\tOrg.nr\nÅby Byalag\t804402-1767\n")
    assert extract_text(text)["document"]["title"] == "Föreningsregister – utdrag"


def test_a_print_stamp_dates_a_list_that_has_no_other_date(extract_text):
    text = ("Föreningsregister\nÅby kommun, fritidsförvaltningen\n\nUtskrivet 2042-02-03 10:15\n\n"
            "Förening\tOrg.nr\nÅby Byalag\t804402-1767\nÅby Skytteförening\t802890-0796\n")
    assert extract_text(text)["document"]["date"] == "2042-02-03"


def test_a_print_stamp_is_never_before_the_documents_own_date(extract_text):
    text = ("Åby kommun\nTJÄNSTESKRIVELSE\nDatum: 2042-01-20\nUtskrivet 2042-02-03\n\n"
            "Lokalbidrag till Åby Byalag\n\nFörslag till beslut\nAtt bevilja Åby Byalag 3 800 kronor.\n")
    assert extract_text(text)["document"]["date"] == "2042-01-20"


def test_a_table_cells_long_name_with_lower_case_words_is_one_name(extract_text):
    # The cell before the number's is the name whole: its "och" between lower-case words joins no two
    # names, and it may run to a block's name's length.
    text = ("Förening\tOrg.nr\tAvtalsperiod\tErsättning per år (kr)\n"
            "Föreningen Träffpunkt Åby för äldre och anhöriga\t802115-1090\t2041-01-01 – 2042-12-31\t95 000\n"
            "Åby Frivilligcentral\t803690-5928\t2041-01-01 – 2041-12-31\t60 000\n")
    assert _parties(extract_text(text)) == [("Föreningen Träffpunkt Åby för äldre och anhöriga", "802115-1090"),
                                            ("Åby Frivilligcentral", "803690-5928")]


def test_a_names_och_before_a_capitalised_name_still_parts_two(extract_text):
    # (the number is the second name's: "X och föreningen Y, org.nr")
    text = "Nämnden beviljar bidrag till Åby IF och Åby Kammarkör, org.nr 802884-7187, med 20 000 kronor.\n"
    assert ("Åby Kammarkör", "802884-7187") in _parties(extract_text(text))


def test_a_list_of_decisions_names_itself_a_decision(extract_text):
    text = ("Åby kommun\nFritidsnämnden\n\nBESLUTSLISTA – DRIFTBIDRAG 2041\nSammanträde 2041-03-10, § 12        Dnr FN 2041/0031\n\n"
            "Nr  Sökande              Org.nr          Beviljat\n1   Åby Skidklubb        802884-7187       45 000\n")
    record = extract_text(text)
    assert record["document"]["doc_type"] == "beslut"
    assert record["document"]["title"] == "BESLUTSLISTA – DRIFTBIDRAG 2041"


def test_a_dated_meeting_line_under_a_heading_is_no_part_of_it(extract_text):
    text = ("Åby kommun\n\nFördelning av driftbidrag 2041\nSammanträde 2041-03-10, § 12        Dnr FN 2041/0031\n\n"
            "Nämnden fördelar driftbidragen enligt listan.\n")
    assert extract_text(text)["document"]["title"] == "Fördelning av driftbidrag 2041"


def test_a_rule_of_dashes_over_the_sum_row_keeps_the_sums(extract_text):
    text = ("Nämnden har prövat tre ansökningar.\n\nBelopp i tkr\n\n"
            "Sökande                  Sökt   Beviljat\n"
            "Åby Skidklubb              80         60\n"
            "Åby Ryttarförening         40         40\n"
            "                         ----       ----\n"
            "Summa                     120        100\n")
    assert _amounts(extract_text(text)) == [40000, 60000, 80000, 100000, 120000]


def test_the_currency_before_the_figure_and_the_figure_in_brackets_are_amounts(extract_text):
    text = ("Nämnden har avsatt kr 120 000 för ledarstöd. Stödet är kr 1 200 per ledare.\n"
            "att bevilja Åby Skidklubb ledarstöd med femtontusen (15 000) kronor,\n"
            "att bevilja Åby Ryttarförening ledarstöd med Kr 9 600.\n")
    assert _amounts(extract_text(text)) == [1200, 9600, 15000, 120000]


def test_kr_after_a_figure_is_no_currency_before_the_next(extract_text):
    # "45 000 kr 2041": the year after a sum's unit is no sum
    text = "Föreningen fick 45 000 kr 2041 och 30 000 kr 2040.\n"
    assert _amounts(extract_text(text)) == [30000, 45000]
    # ("Saldo i kr 2041-03-01": a date's year after the word, no sum)
    assert _amounts(extract_text("Saldo i kr 2041-03-01: se bilaga 2.\n")) == []


def test_a_group_heading_may_close_with_a_colon(extract_text):
    text = ("Beslut om kulturstöd 2041\n\nNämnden fördelar stödet enligt listan. Belopp i kronor.\n\n"
            "Verksamhetsstöd:\n"
            "Åby Konstförening        805207-4393       120 000\n"
            "Åby Manskör              805162-7183        45 000\n\n"
            "Projektstöd:\n"
            "Åby Bluesklubb           805854-3128        18 000\n\n"
            "Totalt                                      183 000\n")
    assert _amounts(extract_text(text)) == [18000, 45000, 120000, 183000]


def test_a_list_grouped_under_its_columns_unit_goes_on_over_each_group(extract_text):
    # The unit in the amount column's heading, the groups parted by blank lines, "Totalt" after the last.
    text = ("Beslut om kulturstöd 2041\n\n"
            "Mottagare                Org.nr            Belopp (kr)\n\n"
            "Verksamhetsstöd\n"
            "Åby Konstförening        805207-4393       120 000\n"
            "Summa verksamhetsstöd                      120 000\n\n"
            "Projektstöd\n"
            "Åby Bluesklubb           805854-3128        18 000\n\n"
            "Totalt                                      138 000\n\n"
            "Kontakt: Eva Ek, 0500-123 45\n")
    assert _amounts(extract_text(text)) == [18000, 120000, 138000]


def test_an_export_with_every_cell_quoted_is_a_table(extract_text):
    text = ('Bidragsförteckning\n\n"Förening";"Org.nr";"Bidrag 2041 (kr)"\n'
            '"Åby Skytteförening";"802890-0796";"14 200"\n"Åby Byalag";"804402-1767";"3 800"\n"Summa";"";"18 000"\n')
    record = extract_text(text)
    assert _amounts(record) == [3800, 14200, 18000]
    assert _parties(record) == [("Åby Skytteförening", "802890-0796"), ("Åby Byalag", "804402-1767")]


def test_a_kinds_subject_line_in_capitals_is_the_title(extract_text):
    # "BESLUT OM ...": the kind and its subject in capitals, the connector too; under a region's name and
    # its office, which are no title.
    text = ("REGION ÅBYLAND\nKultur och bildning\n\nBESLUT OM REGIONALA KULTURSTÖD 2041\nBeslutsdatum: 2041-02-20\n"
            "Beslutande: Kulturnämnden\n\nKulturnämnden fördelar kulturstöd för 2041 enligt listan.\n")
    assert extract_text(text)["document"]["title"] == "BESLUT OM REGIONALA KULTURSTÖD 2041"


def test_a_kinds_subject_line_in_capitals_goes_on_in_its_subtitle(extract_text):
    # (in mixed case a capitalised line below is no part of it; under capitals it is the subtitle)
    text = ("ÅBY KOMMUN\nSocialnämnden\n\n"
            "ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP\nStödboende för unga vuxna\n\n1. Parter\n\n"
            "Åby kommun och Föreningen Trappsteget, org.nr 802766-6752.\n")
    assert extract_text(text)["document"]["title"] == ("ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP "
                                                       "Stödboende för unga vuxna")


# pdftotext -layout of a table whose cells wrap (a PDF of a DOCX table with narrow columns): the
# amount column's heading wraps its unit to the line below, the name cells run over two or three lines
# beside the activity column's own wrapped lines, a blank line between rows.
_LAYOUT_TABLE = (
    "Förening               Org.nr           Aktivitet                 Belopp\n"
    "                                                                  (kr)\n"
    "\n"
    "Åby Idrotts-           803775-9456      Kanotläger för barn       24 000\n"
    "och                                     9–12 år vid Glan\n"
    "Friluftsförening\n"
    "\n"
    "Åby                    802798-6945      Pingisskola för           9 500\n"
    "Hembygds- och                           nybörjare i\n"
    "Kulturförening                          bygdegården\n"
    "\n"
    "Föreningen             804494-1345      Sommarteater i            31 000\n"
    "Träffpunkt Åby                          folkparken\n"
    "för äldre och\n"
    "anhöriga\n"
    "\n"
    "Bidragen betalas ut i juni.\n")


def test_a_layout_tables_unit_wrapped_under_its_heading_is_the_columns(extract_text):
    assert _amounts(extract_text(_LAYOUT_TABLE)) == [9500, 24000, 31000]


def test_a_layout_tables_name_cells_wrapped_beside_other_columns_are_whole(extract_text):
    assert _parties(extract_text(_LAYOUT_TABLE)) == [
        ("Åby Idrotts- och Friluftsförening", "803775-9456"), ("Åby Hembygds- och Kulturförening", "802798-6945"),
        ("Föreningen Träffpunkt Åby för äldre och anhöriga", "804494-1345")]


def test_the_next_row_or_the_sum_under_a_name_is_no_part_of_it(extract_text):
    # (a row without an org number, its amount last, and the Summa row open lines of their own)
    text = ("Förening               Org.nr           Belopp (kr)\n"
            "Åby Byastuga           802115-1090           38 000\n"
            "Åby Ryttarförening     –                     12 000\n"
            "Summa                                        50 000\n")
    assert _parties(extract_text(text))[0] == ("Åby Byastuga", "802115-1090")


def test_a_period_wrapped_after_its_dash_in_a_layout_column_is_one(extract_text):
    text = ("Förening           Org.nr         Avtalsperiod    Ersättning per år (kr)\n\n"
            "Åby Kvinno- och    802766-6752    2041-01-01 –    240 000\n"
            "tjejjour                          2043-12-31\n\n"
            "Åby Frivillig-     803690-5928    2041-07-01 –     80 000\n"
            "central                           2042-06-30\n")
    periods = [(p["start"], p["end"]) for p in extract_text(text)["periods"]]
    assert ("2041-01-01", "2043-12-31") in periods and ("2041-07-01", "2042-06-30") in periods


def test_dates_in_one_column_with_a_dash_are_no_period_when_the_next_stands_elsewhere(extract_text):
    # (the end date must open the next line at the start date's column)
    text = ("Beslut                          Datum\n"
            "Bidrag till Åby IF              2041-01-12 –\n"
            "Nästa ansökan senast 2041-09-30 enligt riktlinjerna.\n")
    assert extract_text(text)["periods"] == []


def test_a_name_in_a_capitals_headline_stops_before_the_dateline_below(extract_text):
    # "... MED CIVILSAMHÄLLET" / "Publicerad 14 maj 2040": the headline's last word runs into no label
    text = ("Åby kommun\n\nNYA PARTNERSKAP MED CIVILSAMHÄLLET\nPublicerad 14 maj 2040\n\n"
            "Socialnämnden har tecknat två nya avtal om idéburet offentligt partnerskap.\n")
    assert not any("Publicerad" in name for name, _org in _parties(extract_text(text)))
