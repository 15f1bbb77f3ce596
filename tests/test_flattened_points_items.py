"""Decision points and agenda items of a flattened document (its lines joined into one or a few long
lines by a converter that drops line breaks; a layout's column gaps stay as runs of spaces). Each case
is invented Swedish and failed before its rule; the guards hold what must not change."""

_GAP = " " * 60  # a -layout page's gap between a § head and the dnr in its right column


def _items(record):
    return [(i["number"], i["title"], i["dnr"]) for i in record["items"]]


def _points(record):
    return [(p["number"], p["text"]) for p in record["decision_points"]]


_PROTOCOL_HEAD = ("EXEBY KOMMUN" + " " * 40 + "PROTOKOLL Tekniska nämnden" + " " * 30 + "Sammanträdesdatum "
                  "2041-03-12 Plats och tid Kommunhuset, kl. 13.00–15.30 Beslutande Eva Ek (S), ordförande ")


def test_section_head_far_left_of_its_dnr_then_the_title(extract_text):
    text = (_PROTOCOL_HEAD + "§ 21" + _GAP + "TN 2041/0031 Taxa för slamtömning Beslut Taxan antas. "
            "§ 22" + _GAP + "Dnr TN 2041/0040 Upphandling av vinterväghållning Beslut Tekniska nämnden beslutar "
            "att godkänna förfrågningsunderlaget. § 23" + _GAP + "TN 2041/0002 Delegationsbeslut Beslut "
            "Redovisningen läggs till handlingarna.")
    assert _items(extract_text(text)) == [
        ("21", "Taxa för slamtömning", "TN 2041/0031"),
        ("22", "Upphandling av vinterväghållning", "TN 2041/0040"),
        ("23", "Delegationsbeslut", "TN 2041/0002")]


def test_guard_a_wide_gap_before_other_text_opens_no_title(extract_text):
    # a § cited in a sentence, another column's words far right of it: no item of its own
    text = (_PROTOCOL_HEAD + "§ 21 Taxa för slamtömning Dnr TN 2041/0031 Beslut Taxan antas enligt reglementet "
            "§ 4" + _GAP + "Bilaga 2 § 22 Upphandling av vinterväghållning Dnr TN 2041/0040 Beslut Underlaget "
            "godkänns. § 23 Delegationsbeslut Dnr TN 2041/0002 Beslut Redovisningen läggs till handlingarna.")
    assert [i[0] for i in _items(extract_text(text))] == ["21", "22", "23"]


def test_bare_decision_heading_before_numbered_points_ends_the_title(extract_text):
    text = (_PROTOCOL_HEAD + "§ 31 Dnr TN 2041/0011 Internbudget 2041 Beslut 1. Internbudgeten fastställs. "
            "2. Förvaltningen får i uppdrag att återkomma i maj. § 32 Val av ombud Dnr TN 2041/0012 Beslut Eva Ek "
            "utses till ombud. § 33 Delegationsbeslut Dnr TN 2041/0002 Beslut Redovisningen läggs till handlingarna.")
    assert _items(extract_text(text))[0] == ("31", "Internbudget 2041", "TN 2041/0011")


_EXTRACT_HEAD = ("Exeby kommun Protokollsutdrag Kommunfullmäktige Sammanträdesdatum 2041-11-20 § 88 Budget 2042 "
                 "Dnr KS 2041/0301 Ärendet Kommunstyrelsen har lämnat förslag till budget för 2042 och plan för "
                 "2043–2044. ")


def test_decisions_numbered_points_after_its_heading_are_no_agenda(extract_text):
    text = (_EXTRACT_HEAD + "Kommunfullmäktiges beslut 1. Skattesatsen för 2042 fastställs till 21,90 kronor per "
            "skattekrona. 2. Driftbudgeten för 2042 fastställs med följande nettoramar: - Kommunstyrelsen 98,4 mnkr "
            "- Socialnämnden 286,1 mnkr 3. Investeringsbudgeten för 2042 fastställs till 61 500 tkr. "
            "4. Kommunstyrelsen får under 2042 nyupplåna högst 40 miljoner kronor. Justerare Per Ek")
    record = extract_text(text)
    assert record["items"] == []
    # (point 3's number after the list that ends point 2 with no full stop: a capital opens its text)
    assert _points(record)[1:3] == [
        (2, "Driftbudgeten för 2042 fastställs med följande nettoramar: - Kommunstyrelsen 98,4 mnkr - Socialnämnden 286,1 mnkr"),
        (3, "Investeringsbudgeten för 2042 fastställs till 61 500 tkr.")]


def test_guard_a_counted_number_in_a_point_opens_no_point(extract_text):
    text = (_EXTRACT_HEAD + "Kommunfullmäktiges beslut 1. Skattesatsen fastställs enligt bilaga 2. Nämnderna ska "
            "följa den. 2. Kommunstyrelsen får nyupplåna högst 40 miljoner kronor. Justerare Per Ek")
    assert [n for n, _t in _points(extract_text(text))] == [1, 2]


def test_lower_case_first_point_left_out_of_the_run_still_opens_the_list(extract_text):
    # "1. fördela ..." opens in lower case (no head of the run), "2. Exeby IF ..." and on are capitalised
    text = (_EXTRACT_HEAD + "Beslut Kommunfullmäktige beslutar att 1. fördela bidrag med 90 000 kronor enligt "
            "bilaga 1, 2. Exeby IF erhåller 40 000 kronor, 3. Norrby Skytteförening erhåller 30 000 kronor, "
            "4. Exeby Scoutkår erhåller 20 000 kronor. Justerare Per Ek")
    record = extract_text(text)
    assert record["items"] == []
    assert [n for n, _t in _points(record)] == [1, 2, 3, 4]


def test_guard_a_flattened_agenda_after_its_heading_stays_items(extract_text):
    text = ("Exeby kommun Kallelse Tekniska nämnden sammanträder 2041-03-12 kl. 13.00 i Kommunhuset. "
            "Föredragningslista 1. Val av justerare 2. Taxa för slamtömning TN 2041/0031 "
            "3. Upphandling av vinterväghållning TN 2041/0040 4. Delegationsbeslut TN 2041/0002 Eva Ek Ordförande")
    assert [i[0] for i in _items(extract_text(text))] == ["1", "2", "3", "4"]


def test_last_of_several_inline_points_ends_with_its_sentence(extract_text):
    text = (_EXTRACT_HEAD + "Kommunfullmäktiges beslut 1. Skattesatsen för 2042 fastställs till 21,90 kronor. "
            "2. Kommunstyrelsen får under 2042 nyupplåna högst 40 miljoner kronor. Reservation Per Ek (M) "
            "reserverar sig mot beslutet till förmån för sitt eget yrkande.")
    assert _points(extract_text(text))[-1] == (2, "Kommunstyrelsen får under 2042 nyupplåna högst 40 miljoner kronor.")


def test_bare_decision_heading_before_numbered_points(extract_text):
    text = (_EXTRACT_HEAD + "Beslut 1. Bygglov beviljas med stöd av 9 kap. 31 b § plan- och bygglagen. "
            "2. Avgiften fastställs till 14 200 kronor. Justerare Per Ek")
    assert _points(extract_text(text)) == [
        (1, "Bygglov beviljas med stöd av 9 kap. 31 b § plan- och bygglagen."),
        (2, "Avgiften fastställs till 14 200 kronor.")]


def test_body_deciding_before_numbered_points_with_no_heading(extract_text):
    text = (_EXTRACT_HEAD + "Föreningen har även sökt medel från länsstyrelsen. Kommunstyrelsen beslutar "
            "1) Exeby IF beviljas ett investeringsbidrag om högst 400 000 kronor. 2) Bidraget betalas ut när "
            "arbetet är slutbesiktigat. Justerare Per Ek")
    assert [n for n, _t in _points(extract_text(text))] == [1, 2]


def test_proposal_heading_before_dash_led_points(extract_text):
    text = (_EXTRACT_HEAD + "Förslag till beslut - Socialnämnden godkänner överenskommelsen med Föreningen "
            "Exeby Kvinnojour för 2042. - Ersättningen uppgår till 310 000 kronor per år. Beslutsunderlag "
            "Tjänsteskrivelse 2041-10-02")
    assert _points(extract_text(text)) == [
        (1, "Socialnämnden godkänner överenskommelsen med Föreningen Exeby Kvinnojour för 2042."),
        (2, "Ersättningen uppgår till 310 000 kronor per år.")]


def test_section_head_with_a_dot_after_a_sentences_end(extract_text):
    text = (_PROTOCOL_HEAD + "Protokollet justeras den 19 mars. § 17. Godkännande av dagordning Beslut Dagordningen godkänns. "
            "§ 18. Skolskjutsregler Diarienummer: TN 2041/0921 Beslut Reglerna antas. "
            "§ 19. Information från förvaltningschefen Beslut Informationen noteras.")
    assert [i[0] for i in _items(extract_text(text))] == ["17", "18", "19"]


def test_guard_a_cited_section_with_a_dot_opens_no_item(extract_text):
    text = (_PROTOCOL_HEAD + "§ 17 Godkännande av dagordning Beslut Dagordningen godkänns med tillägg av ett "
            "ärende som § 19. Kajsa Ek (S) lämnar sammanträdet. § 18 Skolskjutsregler Dnr TN 2041/0921 Beslut "
            "Reglerna antas. § 19 Information Dnr TN 2041/0930 Beslut Informationen noteras.")
    assert _items(extract_text(text))[0] == ("17", "Godkännande av dagordning", None)


def test_flattened_pair_of_sections_each_with_its_dnr(extract_text):
    text = ("Exeby kommun Protokollsutdrag Kultur- och fritidsnämnden 2041-05-06 § 46 – Föreningsbidrag 2041 "
            "Dnr: 2041.0113.805 Beslut Nämnden beviljar Exeby IF 64 000 kronor. § 47 – Avtal om drift av "
            "motionsspåret Dnr: 2041.0129.806 Beslut Nämnden godkänner avtalet med Norrby SK.")
    assert _items(extract_text(text)) == [
        ("46", "Föreningsbidrag 2041", "2041.0113.805"), ("47", "Avtal om drift av motionsspåret", "2041.0129.806")]


def test_bodys_decision_heading_after_a_full_stop_with_comma_clauses(extract_text):
    text = (_EXTRACT_HEAD + "Fyra föreningar har sökt ledarstöd. Nämndens beslut att bevilja Exeby IF ledarstöd "
            "med 24 000 kronor, att bevilja Norrby SK ledarstöd med 6 000 kronor, samt att resterande 50 000 "
            "kronor förs till nämndens utvecklingspott. Justerare Per Ek")
    assert _points(extract_text(text)) == [
        (1, "att bevilja Exeby IF ledarstöd med 24 000 kronor,"),
        (2, "att bevilja Norrby SK ledarstöd med 6 000 kronor, samt"),
        (3, "att resterande 50 000 kronor förs till nämndens utvecklingspott.")]


def test_guard_a_bodys_decision_as_a_sentences_subject_after_a_full_stop(extract_text):
    # one that-clause and no comma clause: a sentence about an earlier decision, no decision heading
    text = (_EXTRACT_HEAD + "Ärendet har beretts av förvaltningen. Nämndens beslut att bevilja bidraget "
            "överklagades av Norrby SK i mars. Förvaltningen har yttrat sig över överklagandet.")
    assert _points(extract_text(text)) == []


def test_proposal_to_another_body_with_comma_clauses(extract_text):
    text = (_EXTRACT_HEAD + "Förslag till beslut Kommunstyrelsen föreslår kommunfullmäktige att anta reviderade "
            "riktlinjer för investeringar enligt bilaga 1, att riktlinjerna ska gälla från den 1 januari 2042. "
            "Beslutsunderlag Tjänsteskrivelse 2041-10-02")
    assert _points(extract_text(text)) == [
        (1, "att anta reviderade riktlinjer för investeringar enligt bilaga 1,"),
        (2, "att riktlinjerna ska gälla från den 1 januari 2042.")]


_MATTER_TEXT = ("Det ekonomiskt mest fördelaktiga anbudet har lämnats av Exeby Entreprenad AB till en årskostnad om "
                "1 240 000 kronor, och förvaltningen föreslår att nämnden antar det. Avtalet löper i fyra år med "
                "möjlighet till förlängning i ytterligare två år. Tekniska nämndens beslut att anta anbudet. ")


def test_flattened_title_ends_before_the_matters_first_sentence(extract_text):
    text = (_PROTOCOL_HEAD + "§ 45 Val av justerare Beslut Per Ek utses att justera. "
            "§ 46 Dnr 2041.018 Upphandling av vinterväghållning Tre anbud har inkommit. " + _MATTER_TEXT +
            "§ 47 Dnr 2041.022 Upphandling av sandupptagning Två anbud har inkommit. " + _MATTER_TEXT +
            "§ 48 Meddelanden Beslut Meddelandena läggs till handlingarna.")
    assert _items(extract_text(text))[1:3] == [
        ("46", "Upphandling av vinterväghållning", "2041.018"), ("47", "Upphandling av sandupptagning", "2041.022")]


def test_single_inline_decision_ends_at_the_next_sections_heading(extract_text):
    text = (_EXTRACT_HEAD + "Beslut Kommunfullmäktige beslutar att motionen avslås. Reservation Eva Ek (V) "
            "reserverar sig mot beslutet till förmån för sitt eget yrkande.")
    assert _points(extract_text(text)) == [(1, "Kommunfullmäktige beslutar att motionen avslås.")]


def test_single_inline_decision_ends_before_the_next_items_head():
    from docparse.structure.points import inline_points

    text = ("Exeby kommun Protokoll Kommunfullmäktige 2041-11-20 " + "Ärendet har beretts av kommunstyrelsen. " * 6
            + "Beslut Kommunfullmäktige beslutar att bevilja Exeby IF 20 000 kronor. KF § 89 Dnr KS 2041/0310 "
            "Val av nämndeman Kommunfullmäktige väljer Per Ek till nämndeman.")
    assert [p["text"] for p in inline_points(text, [(0, len(text), text)])] == [
        "Kommunfullmäktige beslutar att bevilja Exeby IF 20 000 kronor."]


_MOTION = ("Motion om fria resor för äldre Till kommunfullmäktige i Exeby kommun Många äldre i Exeby reser "
           "sällan med buss eftersom biljetten kostar 30 kronor. Flera kommuner har redan infört fria resor. ")


def test_movers_voice_before_numbered_att_clauses_naming_no_council(extract_text):
    text = (_MOTION + "Vi yrkar därför 1. att kommunen inför avgiftsfri kollektivtrafik för invånare som fyllt "
            "70 år, 2. att kostnaden finansieras inom kommunstyrelsens ram. Exeby den 4 mars 2041 Eva Ek (V) Per Holm (V)")
    assert [n for n, _t in _points(extract_text(text))] == [1, 2]


def test_movers_proposal_to_the_council_before_dash_led_att_clauses(extract_text):
    text = (_MOTION + "Vi föreslår därför kommunfullmäktige besluta - att kommunstyrelsen får i uppdrag att "
            "utreda fria resor för äldre, - att utredningen redovisas före årets slut. Exeby den 4 mars 2041 Eva Ek (V)")
    assert [n for n, _t in _points(extract_text(text))] == [1, 2]
