"""General rules found by round 55 (tests/fixtures/invented/1100-): protocols whose debate is written
down (yrkanden, propositionsordning, votes in tables, reservations, jäv, members arriving and leaving).
A members' table whose name column stands beside a party column ("Ledamot   Parti   Ja   Nej   Avstår")
is an attendance list; "Blad 1 av 2" is a page mark; a section's word in a margin column with its text
beside it ("Beslut      1. ...") is the section's heading; a line naming only the meeting's body closed by
a date ("Kommunstyrelsens arbetsutskott, 2040-04-22") gives a protocol its date; "X Förening för
Places" / "museum" (a grant's purpose wrapped in its title) is no part of the name. Each case is invented
Swedish and failed before its rule; the guards hold what must not change."""


def _names(result):
    return {p["name"] for p in result["people"]}


VOTE_TABLE = ("Exeby kommun\nKommunfullmäktige\nPROTOKOLL\n2041-05-20\n\n"
              "§ 12  Motion om gratis busskort för pensionärer      Dnr KS 2040/311\n"
              "Kommunfullmäktiges beslut\nMotionen avslås.\n\n"
              "Omröstning begärs och genomförs, se bilaga.\n\n"
              "Bilaga 1\nOmröstningslista § 12\n\n"
              "Ledamot                  Parti        Ja     Nej    Avstår\n"
              "Ingemar Tjäder           S            X\n"
              "Solveig Brattström       M            X\n"
              "Kristoffer Alvén         V                   X\n"
              "Amra Delić               MP                         X\n"
              "Summa                                 2      1      1\n")


def test_members_table_with_party_column_is_an_attendance_list(extract_text):
    names = _names(extract_text(VOTE_TABLE))
    assert {"Ingemar Tjäder", "Solveig Brattström", "Kristoffer Alvén"} <= names
    assert "Summa" not in " ".join(names)


def test_name_column_guard_without_party_column():
    # (guard: "Ledamot" over a column with no party column beside it heads no list)
    from docparse.extract import people
    text = VOTE_TABLE.replace("Ledamot                  Parti        Ja", "Ledamot                  Grupp        Ja")
    assert not [h for h in people._LIST_HEADING.finditer(text) if h.group(1).lower() == "ledamot"]
    assert [h.group(1) for h in people._LIST_HEADING.finditer(VOTE_TABLE)] == ["Ledamot"]


def test_blad_page_mark_is_no_title(extract_text):
    text = ("Exeby kommun                              PROTOKOLLSUTDRAG\n"
            "Miljönämnden                              Sammanträdesdatum 2041-02-11\n"
            "                                          Blad 1 av 3\n\n\n"
            "MN § 7                                    Dnr MN 2041/0042\n\n"
            "Föreläggande om åtgärder vid Lövsta gård\n\n"
            "Miljönämnden förelägger fastighetsägaren att åtgärda gödselplattan.\n")
    result = extract_text(text)
    assert result["document"]["title"] == "Föreläggande om åtgärder vid Lövsta gård"


SIDE_HEADINGS = ("Exeby kommun                              PROTOKOLLSUTDRAG\n"
                 "Tekniska nämnden                          2041-03-09\n\n"
                 "TN § 31                                   Dnr TN 2041/0077\n\n"
                 "Ny taxa för felparkering i Exeby centrum\n\n"
                 "Yrkanden          Ove Strand (C) yrkar bifall till förvaltningens\n"
                 "                  förslag.\n\n"
                 "Beslut            1. Felparkeringsavgiften höjs till 900 kronor från\n"
                 "                  och med den 1 juni 2041.\n"
                 "                  2. Gatuchefen får i uppdrag att informera om\n"
                 "                  den nya taxan.\n\n"
                 "Reservation       Lotta Fjäll (M) reserverar sig mot beslutet.\n")


def test_side_heading_points_open_on_its_line(extract_text):
    result = extract_text(SIDE_HEADINGS)
    assert [(d["number"], d["text"]) for d in result["decision_points"]] == [
        (1, "Felparkeringsavgiften höjs till 900 kronor från och med den 1 juni 2041."),
        (2, "Gatuchefen får i uppdrag att informera om den nya taxan."),
    ]


def test_side_heading_guard_text_not_in_its_column(extract_text):
    # (guard: a word and a gap with the next line at another column is no margin heading)
    from docparse.structure.sections import find_sections
    text = "Beslut     Nämnden godkänner avtalet\nsom det föreslås.\n"
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    assert find_sections(lines, len(text)) == []


def test_board_line_date_is_the_meetings(extract_text):
    text = ("Sammanträdesprotokoll\n\n"
            "Kommunstyrelsens arbetsutskott, 2041-10-06\n\n"
            "Plats och tid   Kommunhuset i Exeby, kl. 13.00–15.30\n\n"
            "Beslutande      Gerd Holm (S), ordförande\n"
            "                Mats Viberg (M)\n\n"
            "§ 88  Val av justerare\nMats Viberg utses att justera protokollet.\n\n"
            "§ 89  Budgetuppföljning september\nRedovisningen läggs till handlingarna.\n")
    assert extract_text(text)["document"]["date"] == "2041-10-06"


def test_purpose_genitive_after_for_is_no_part_of_the_name(extract_text):
    text = ("Protokollsutdrag\nKultur- och fritidsnämnden 2041-04-02\n\n"
            "§ 19  Bidrag till Exeby Hembygdsförening för Norrviks\n"
            "      kvarnmuseum\n\n"
            "Beslut\nExeby Hembygdsförening, org.nr 802601-5522, beviljas 45 000 kronor.\n")
    parties = [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]
    assert ("Exeby Hembygdsförening", "802601-5522") in parties
    assert not [n for n, _ in parties if "Norrvik" in n]


def test_purpose_genitive_guard_owner_name_kept(extract_text):
    # (guard: a name whose "för" phrase is capitalised goes on: "Föreningen Gamla Exeby för Kultur")
    text = ("Beslut\nBidrag om 20 000 kronor beviljas Exeby Byalag för Kultur och Natur, org.nr 802601-5522.\n")
    parties = [p["name"] for p in extract_text(text)["parties"]]
    assert any("för Kultur" in n for n in parties), parties


def test_side_heading_with_colon_reads_its_att_clauses(extract_text):
    text = ("EXEBY KOMMUN\nKommunstyrelsen\nUtdrag ur protokoll 2041-06-02\n\n\n"
            "KS § 44         Bidrag till Exeby Byastugeförening\n"
            "                Dnr 2041:0212\n\n"
            "Yrkanden:       Nora Fjäll (S) yrkar bifall till förslaget.\n\n"
            "Beslut:         Kommunstyrelsen beslutar\n\n"
            "                att bevilja föreningen 30 000 kronor,\n\n"
            "                att medlen tas från utvecklingsanslaget.\n\n"
            "Reservation:    Pål Ek (M) reserverar sig mot beslutet.\n")
    assert [d["text"] for d in extract_text(text)["decision_points"]] == [
        "att bevilja föreningen 30 000 kronor,", "att medlen tas från utvecklingsanslaget."]


MOVERS_IN_TITLES = ("Protokoll kommunfullmäktige 2041-09-25\n\n"
                    "Justerare\tNora Fjäll (S)\n"
                    "KF § 81\tDnr KS 2041/0301\n"
                    "Motion från Ebba Lind (V) om fler laddplatser vid Exeby station\n"
                    "Beslut: Motionen bifalls.\n"
                    "KF § 82\tDnr KS 2041/0288\n"
                    "Taxa för kulturskolan 2042\n"
                    "Beslut: Taxan fastställs.\n"
                    "KF § 83\tDnr KS 2041/0315\n"
                    "Avsägelse från Tor Hed (KD) som ledamot i valnämnden\n"
                    "Beslut: Avsägelsen godkänns.\n")


def test_matters_naming_their_movers_with_party_are_items(extract_text):
    assert [(i["number"], i["dnr"]) for i in extract_text(MOVERS_IN_TITLES)["items"]] == [
        ("81", "KS 2041/0301"), ("82", "KS 2041/0288"), ("83", "KS 2041/0315")]


def test_people_lines_guard_names_with_parties_are_no_items():
    # (guard: a run of names with their parties is a list of people, not of matters)
    from docparse.structure.items import _lists_people
    assert _lists_people("Anna Ek (S), Per Lund (M)")
    assert _lists_people("Ja: Eva Berg (C)")
    assert not _lists_people("Motion från Ebba Lind (V) om laddplatser")
