"""Rules of how a flattened document reads (a web archive's or a scraper's one-line text of a page or
a PDF): where its headline starts and ends when no line break says so. Each case is invented Swedish
and failed before its rule; the guards hold what must not change (no sentence of the body, no menu
or breadcrumb taken for a headline)."""

from docparse.structure.reline import first_headline

_BODY = ("Nämnden har beslutat att fördela årets bidrag till fyra föreningar i kommunen. Pengarna betalas "
         "ut under våren och föreningarna ska redovisa hur de använts senast den 1 december. ") * 3


def _title(record):
    return record["document"]["title"]


def test_headline_between_a_breadcrumb_and_its_date_label(extract_text):
    text = ("Tingsryds kommun Meny Sök Lyssna Startsida / Uppleva och göra / Nyheter Ny konstgräsplan i Urshult "
            "klar till våren Publicerad 3 mars 2040 " + _BODY)
    assert _title(extract_text(text)) == "Ny konstgräsplan i Urshult klar till våren"


def test_breadcrumb_of_words_in_lower_case_then_the_headline(extract_text):
    text = ("Region Exeland Sök Meny Start › Politik › Nyheter från regionstyrelsen Regionstyrelsen satsar på "
            "fler ambulanser Uppdaterad: 2041-02-11 " + _BODY)
    assert _title(extract_text(text)) == "Regionstyrelsen satsar på fler ambulanser"


def test_last_crumb_repeated_as_the_headlines_opening(extract_text):
    text = ("Ljusdals kommun Meny Sök Start / Kommun och politik / Kommunstyrelsen i korthet Kommunstyrelsen i "
            "korthet – 14 maj 2039 Publicerad 16 maj 2039 " + _BODY)
    assert _title(extract_text(text)) == "Kommunstyrelsen i korthet – 14 maj 2039"


def test_section_of_the_trail_repeated_after_a_back_link(extract_text):
    text = ("Åsele kommun Meny Sök Start > Bo och bygga > Nyheter « Tillbaka till alla nyheter Bo och bygga "
            "Nya tomter säljs i Fredrika Lästid: 2 min " + _BODY)
    assert _title(extract_text(text)) == "Nya tomter säljs i Fredrika"


def test_markdown_headline_ended_by_its_emphasised_byline(extract_text):
    text = ("[Till startsidan](/) | [Nyheter](/nyheter) # Fritidsgården i Bräcke får nya lokaler "
            "*Publicerad 8 april 2038 · Bräcke kommun* " + _BODY)
    assert _title(extract_text(text)) == "Fritidsgården i Bräcke får nya lokaler"


def test_markdown_headline_ended_by_its_year_and_the_bodys_first_sentence():
    text = "# Beslut i korthet – barn- och utbildningsnämnden 12 mars 2040 Nämnden sammanträdde i Ragunda. " + _BODY
    span = first_headline(text, 0)
    assert span is not None and text[span[0]:span[1]] == "Beslut i korthet – barn- och utbildningsnämnden 12 mars 2040"


def test_guard_no_headline_without_a_date_label_or_markdown_mark():
    # a breadcrumb and the body's sentences: nothing says where a headline ended
    text = "Startsida / Nyheter Nämnden har beslutat att fördela bidrag till fyra föreningar i kommunen. " + _BODY
    assert first_headline(text, 0) is None


def test_guard_a_menu_or_a_sentence_is_no_headline():
    # the run before the label holds a sentence's full stop or a pressroom's dot separator
    assert first_headline("Start / Nyheter Bidrag till fyra föreningar. Nämnden beslutade Publicerad 2 maj 2040 "
                          + _BODY, 0) is None
    assert first_headline("Hem › Press › Tomter i Ödeby Vem köper tomterna? Pressmeddelande · Publicerad "
                          "2040-08-14 " + _BODY, 0) is None


def test_markdown_text_whose_opening_mark_the_cleaner_took(extract_text):
    # "# Headline" opening the text loses its mark in the clean stage; the sub-headings ("## ...") still
    # say it was Markdown, and the headline ends at its year before the body's first sentence
    text = ("# Nytt från socialnämnden 22 oktober 2039 Socialnämnden i Ånge kommun sammanträdde i Ljungaverk. "
            "## Nytt boende Nämnden beslutade att öppna ett nytt boende. " + _BODY)
    assert _title(extract_text(text)) == "Nytt från socialnämnden 22 oktober 2039"


def test_signer_and_footer_run_on_after_the_last_decision_point(extract_text):
    # the proposal's last sentence, then the officer's name and title and the page's footer with its
    # post code and telephone (digits: no run of signers to the line's end)
    text = ("Mönsterås kommun Miljönämnden TJÄNSTESKRIVELSE 2040-05-04 Dnr MN 2040/0088 Tillsynsplan 2041 "
            "Förslag till beslut Nämnden antar tillsynsplanen för 2041 enligt bilaga 1. Nämnden uppdrar åt "
            "förvaltningen att redovisa planen i december. Karl Lövgren Miljöchef ______ Miljönämnden, Mönsterås "
            "kommun · 383 81 Mönsterås · 0499-170 00 " + _BODY)
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points[-1].endswith("att redovisa planen i december.")


def _points(record):
    return [p["text"] for p in record["decision_points"]]


def test_committees_proposal_then_the_boards_sentence(extract_text):
    # "X:s förslag till <body>" and the body's own sentence after it, no numbers
    text = ("PROTOKOLLSUTDRAG Kommunstyrelsens arbetsutskott Sammanträdesdatum 2039-04-02 § 61 Dnr KS 2039/210 "
            "Ny belysning i Backaparken Arbetsutskottets förslag till kommunstyrelsen Kommunstyrelsen beslutar att "
            "anvisa 600 000 kronor ur investeringsbudgeten, att uppdra åt tekniska chefen att upphandla arbetet. "
            "Ärendebeskrivning " + _BODY)
    assert _points(extract_text(text)) == ["att anvisa 600 000 kronor ur investeringsbudgeten,",
                                           "att uppdra åt tekniska chefen att upphandla arbetet."]


def test_committee_deciding_on_a_boards_behalf(extract_text):
    # "beslutar för socialnämndens räkning att A, att B": the clauses after the delegation's words
    text = ("Sammanträdesprotokoll Socialnämndens arbetsutskott 2038-09-12 § 44 Yttrande till IVO Beslutsunderlag "
            "Tjänsteskrivelse 2038-09-01 Arbetsutskottets beslut Arbetsutskottet beslutar för socialnämndens räkning "
            "att anta yttrandet som sitt eget, att skicka yttrandet till IVO. Beslutet skickas till IVO " + _BODY)
    assert _points(extract_text(text)) == ["att anta yttrandet som sitt eget,", "att skicka yttrandet till IVO."]


def test_motions_numbered_clauses_straight_after_yrkar_vi(extract_text):
    text = ("MOTION Till kommunfullmäktige i Ånge kommun Fler bänkar längs älven Många äldre promenerar längs "
            "älven men har ingenstans att vila. " + _BODY + "Med anledning av detta yrkar vi 1. att kommunfullmäktige "
            "ger tekniska nämnden i uppdrag att placera ut tio bänkar, 2. att kostnaden ryms i nämndens budget. "
            "Ånge den 3 maj 2038 Per Nyström (KD) Lisa Berg (KD)")
    assert _points(extract_text(text)) == ["att kommunfullmäktige ger tekniska nämnden i uppdrag att placera ut tio bänkar,",
                                           "att kostnaden ryms i nämndens budget."]


def test_decision_of_a_board_of_two_fields_numbered(extract_text):
    text = ("HÄRNÖSANDS KOMMUN Bildnings- och kulturnämnden UTDRAG UR PROTOKOLL Sammanträdesdatum 2040-03-09 § 12 "
            "Bidrag till studieförbund 2041 Dnr BKN 2040/0044 Bildnings- och kulturnämndens beslut 1. att bevilja "
            "Studieförbundet Norrsken 220 000 kronor för 2041, 2. att avslå övriga ansökningar. Sammanfattning " + _BODY)
    assert _points(extract_text(text)) == ["att bevilja Studieförbundet Norrsken 220 000 kronor för 2041,",
                                           "att avslå övriga ansökningar."]


def _names(record):
    return [p["name"] for p in record["parties"]]


def test_party_named_in_a_headline_and_again_opening_the_sentence(extract_text):
    text = ("Kommunfullmäktige i korthet 4 april 2040 Publicerad 6 april 2040 Bidrag till Sorsele Skidklubb "
            "Sorsele Skidklubb får 90 000 kronor för att rusta upp elljusspåret. " + _BODY)
    assert "Sorsele Skidklubb" in _names(extract_text(text))
    assert "Sorsele Skidklubb Sorsele Skidklubb" not in _names(extract_text(text))


def test_party_with_its_head_in_the_definite_after_it():
    from docparse.extract.parties import _without_run_on
    assert _without_run_on("Ammarnäs Fiskeklubb Fiskeklubben") == "Ammarnäs Fiskeklubb"
    assert _without_run_on("Föreningen Anhörigstöd i Storuman Förslag") == "Föreningen Anhörigstöd i Storuman"
    # guards: a name of its own is kept whole
    assert _without_run_on("Storumans Hembygdsförening") == "Storumans Hembygdsförening"
    assert _without_run_on("Föreningen Beslut och Bild") == "Föreningen Beslut och Bild"


def test_field_label_run_on_after_a_flattened_subject(extract_text):
    text = ("Medborgarförslag Inkom 2039-06-02 Dnr KS 2039/0420 Ärende: Hundrastgård vid Lomtjärn Förslagsställare: "
            "Oskar Wiklund, Dorotea Beskrivning av förslaget Många hundägare saknar en inhägnad plats. " + _BODY)
    assert _title(extract_text(text)) == "Hundrastgård vid Lomtjärn"
