"""General rules of council members' papers and the answers to them, found by round 46
(tests/fixtures/invented/920-933): att-clauses a motion closes with no comma, the first wrapped at
the margin, each its own point (the wrapped line's "att" below is no soft break); a lead-in that
ends on its clauses' "att" ("Vi föreslår fullmäktige besluta att" / "1. avgiften ...") a proposal
heading; an interpellation's heading that names only whom it is put to ("Interpellation till
socialnämndens ordförande X (S)") no title, its subject below after "Ämne:" is. Each case is
invented Swedish and failed before its rule; the guards hold what must not change."""


# --- clean: att-clauses without commas, the first wrapped ---------------------------------------

_CLAUSES = ("Med stöd av det ovan sagda\n\n"
            "Jag yrkar\n"
            "att kommunstyrelsen får i uppdrag att utreda en ny simhall i Exeby med plats för\n"
            "simundervisning för skolans elever och för föreningarnas träning om kvällarna\n"
            "att utredningen redovisas för kommunfullmäktige före utgången av år 2041\n"
            "att kostnaden för utredningen ryms i kommunstyrelsens budget\n")


def test_att_clause_after_a_wrapped_clause_keeps_its_line():
    from docparse.clean import clean
    lines = clean(_CLAUSES).text.splitlines()
    assert "att utredningen redovisas för kommunfullmäktige före utgången av år 2041" in lines


def test_att_clauses_without_commas_are_one_point_each(extract_text):
    points = extract_text("MOTION\n\nNy simhall i Exeby\n\n" + _CLAUSES + "\nExeby den 3 mars 2041\n\nOlle Brand (L)\n")["decision_points"]
    assert [p["text"][:30] for p in points] == ["att kommunstyrelsen får i uppd", "att utredningen redovisas för ",
                                                 "att kostnaden för utredningen "]
    assert points[0]["text"].endswith("om kvällarna")


def test_a_sentence_wrapped_before_att_still_reads_on():
    from docparse.clean import clean
    text = ("Föreningen har under flera år arbetat med att samla in pengar till en ny läktare och\n"
            "har nu fått löfte om ett bidrag från ett stort företag i regionen för att kunna\n"
            "att bygga den redan under våren, vilket styrelsen ser som en stor framgång.\n")
    # (no line opens an att-clause: the breaks at the margin are soft as before)
    assert clean(text).text.count("\n") == 1


# --- sections: a lead-in ending on its clauses' "att" -------------------------------------------

def test_lead_in_ending_on_att_heads_numbered_points(extract_text):
    text = ("MOTION\n\nFri entré till konsthallen för pensionärer\n\n"
            "Konsthallen tar i dag 80 kronor i entré. Många pensionärer avstår därför.\n\n"
            "Jag föreslår kommunfullmäktige besluta att\n"
            "1. entrén till konsthallen blir avgiftsfri för pensionärer från 2041,\n"
            "2. kultur- och fritidsnämnden får kompensation för intäktsbortfallet.\n\n"
            "Exeby den 2 februari 2041\n\nMaria Sund (KD)\n")
    points = extract_text(text)["decision_points"]
    assert [p["text"] for p in points] == [
        "entrén till konsthallen blir avgiftsfri för pensionärer från 2041,",
        "kultur- och fritidsnämnden får kompensation för intäktsbortfallet."]


# --- title: an interpellation put to an office-holder, its subject labelled --------------------

def test_interpellation_put_to_an_officer_gives_way_to_its_subject(extract_text):
    text = ("EXEBY KOMMUN\nKommunfullmäktige\n\n"
            "Interpellation till kommunstyrelsens ordförande Karl Wiik (M)\n\n"
            "Ämne: Stängningen av biblioteksfilialen i Norrby\n\n"
            "Filialen stängde i januari. Jag vill fråga ordföranden:\n\n"
            "1. Kommer filialen att öppna igen?\n\n"
            "Exeby den 4 maj 2041\n\nStina Hed (S)\n")
    assert extract_text(text)["document"]["title"] == "Stängningen av biblioteksfilialen i Norrby"


def test_interpellation_naming_its_subject_keeps_its_heading(extract_text):
    text = ("EXEBY KOMMUN\nKommunfullmäktige\n\n"
            "Interpellation till kommunstyrelsens ordförande om biblioteksfilialen i Norrby\n\n"
            "Filialen stängde i januari. Jag vill fråga ordföranden om den öppnar igen.\n\n"
            "Exeby den 4 maj 2041\n\nStina Hed (S)\n")
    assert extract_text(text)["document"]["title"] == (
        "Interpellation till kommunstyrelsens ordförande om biblioteksfilialen i Norrby")

