"""General rules of grants to associations as councils publish them, found by round 49
(tests/fixtures/invented/980-993): a list's figures after a dot leader under a caption giving the unit
("Beviljade ansökningar (tkr)" / "Exeby IF (802000-0000) ...... 85"); "Övriga bidrag:" is no attendance
heading (its "Övriga" took the list's first association as a person); a name with "vid" and its place
("Föreningen Visor vid Exesjön"); the matter's verb before a numbered name ("Beslutet gäller Föreningen X
(org.nr)"). Each case is invented Swedish and failed before its rule; the guards hold what must not
change."""


def _values(result):
    return sorted(a["value"] for a in result["amounts"])


def _parties(result):
    return [(p["name"], p["org_nr"]) for p in result["parties"]]


_DOT_LEADERS = (
    "Exeby kommun\nNyheter\n\nHöstens föreningsstöd är fördelat\n\n2040-10-02\n\n"
    "Fritidsutskottet har fördelat föreningsstödet för hösten.\n\n"
    "Beviljade ansökningar (tkr)\n"
    "Exeby Skidklubb (802470-3566) ................. 74\n"
    "Nedre Exeby Byalag (802436-2181) .............. 9,5\n"
    "Summa ......................................... 83,5\n\n"
    "Frågor besvaras av fritidsenheten.\n")


def test_figures_after_a_dot_leader_under_a_caption_in_tkr(extract_text):
    assert _values(extract_text(_DOT_LEADERS)) == [9500, 74000, 83500]


def test_a_dot_leader_without_a_caption_s_unit_gives_no_amount(extract_text):
    # (guard: no unit stated, the bare figures stay no money)
    text = _DOT_LEADERS.replace("Beviljade ansökningar (tkr)", "Beviljade ansökningar")
    assert _values(extract_text(text)) == []


_OTHER_GRANTS = (
    "Exeby kommun\nNyheter\n\nKulturbidragen är fördelade\n\nPublicerad 2040-03-01\n\n"
    "Kulturnämnden har fördelat årets kulturbidrag.\n\n"
    "Övriga bidrag:\n"
    "- Exeby Konstförening, 22 000 kronor\n"
    "- Nedre Exeby Bruksmuseums Vänner, 18 000 kronor\n"
    "- Kör Exeklang, 12 500 kronor\n")


def test_other_grants_heading_is_no_attendance_list(extract_text):
    assert extract_text(_OTHER_GRANTS)["people"] == []


def test_ovriga_before_a_capitalised_name_still_heads_a_list(extract_text):
    # (guard: "Övriga: Name" on one line is still the list of others present)
    text = ("Exeby kommun\nSocialnämnden\n\nSAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum 2040-03-01\n\n"
            "Beslutande   Mona Exberg (S), ordförande\n"
            "Övriga: Stina Hallgren, socialchef\n\n"
            "§ 1 Val av justerare\n")
    names = [p["name"] for p in extract_text(text)["people"]]
    assert "Stina Hallgren" in names


def test_a_name_with_vid_and_its_place(extract_text):
    text = ("Exeby kommun\nNyheter\n\nKulturbidragen är fördelade\n\nPublicerad 2040-03-01\n\n"
            "Störst bidrag får Exeby Teatersällskap, 40 000 kronor. Föreningen Visor vid Exesjön får 25 000 kronor "
            "för sin konsertserie.\n")
    names = [n for n, _ in _parties(extract_text(text))]
    assert "Föreningen Visor vid Exesjön" in names


def test_the_matter_s_verb_before_a_numbered_name(extract_text):
    text = ("Region Exeby\n\nPRESSMEDDELANDE\n2040-05-02\n\nPengar till kultur på landsbygden\n\n"
            "Det största beslutet gäller Kulturföreningen Exeringen (802392-0187), som får 1,2 miljoner kronor "
            "för en turné.\n")
    assert _parties(extract_text(text)) == [("Kulturföreningen Exeringen", "802392-0187")]


_NUMBER_FIRST_TABLE = (
    "EXEBY KOMMUN\nFritidsnämnden\n\nPROTOKOLLSUTDRAG\nSammanträdesdatum: 2040-02-09\n\n"
    "§ 8   Investeringsbidrag 2040\n\n"
    "Org.nr        Förening                        Sökt, kr    Beviljat, kr\n"
    "802448-2153   Exeby Kanotklubb                  85 000          70 000\n"
    "802419-0368   Nedre Exeby Byagille              40 000          40 000\n\n"
    "Beslut\nFritidsnämnden beviljar investeringsbidrag enligt tabellen.\n")


def test_a_name_in_the_cell_after_the_number_that_opens_its_row(extract_text):
    assert sorted(_parties(extract_text(_NUMBER_FIRST_TABLE))) == [
        ("Exeby Kanotklubb", "802448-2153"), ("Nedre Exeby Byagille", "802419-0368")]


def test_a_name_in_the_cell_before_the_number_after_a_date_cell(extract_text):
    text = ("Exeby kommun\nKultur- och fritidsnämnden\n\nDelegationsbeslut – föreningsbidrag mars 2040\n\n"
            "Beslutsdatum  Förening                      Org.nr        Beslut      Belopp\n"
            "2040-03-04    Exeby Konstförening           802512-0935   Beviljas    8 000 kr\n"
            "2040-03-12    Övre Exeby Idrottsförening    802428-8600   Beviljas    5 000 kr\n")
    assert sorted(_parties(extract_text(text))) == [
        ("Exeby Konstförening", "802512-0935"), ("Övre Exeby Idrottsförening", "802428-8600")]


_NAMES_OVER_SUMS = (
    "Region Exeby\nPressmeddelande  |  14 april 2040\n\nTre föreningar får kulturstöd\n\n"
    "Kulturnämnden har beslutat om verksamhetsstöd till tre föreningar.\n\n"
    "Exebygdens Teaterförening, Exeby\n600 000 kronor för en turnerande barnteater.\n\n"
    "Folkmusikföreningen Exespel, Ekby\n450 000 kronor för kurser och stämmor.\n\n"
    "Föreningen Exeby Bokdagar, Exeby\n400 000 kronor för litteraturfestivalen.\n")


def test_names_heading_their_sums_with_a_seat_after_the_comma(extract_text):
    names = sorted(n for n, _ in _parties(extract_text(_NAMES_OVER_SUMS)))
    assert names == ["Exebygdens Teaterförening", "Folkmusikföreningen Exespel", "Föreningen Exeby Bokdagar"]


def test_a_heading_over_a_sum_alone_names_no_party(extract_text):
    # (guard: one heading over one sum is no list of grantees)
    text = ("Exeby kommun\nNyheter\n\nBudgeten är klar\n\nPublicerad 2040-03-01\n\n"
            "Nya Exebyhallen\n600 000 kronor går till planeringen i år.\n")
    assert _parties(extract_text(text)) == []


_SUM_FIRST = (
    "Exeby kommun\n\nNyheter\n\nHär är årets föreningsbidrag\n\n2040-04-04\n\n"
    "Kommunstyrelsens utskott för kultur och fritid har fördelat årets särskilda föreningsbidrag. Så här blev det:\n\n"
    "45 000 kr – Exeby Friidrott – nya hoppgropar på idrottsplatsen vid skolan i centrum av orten\n"
    "38 000 kr – Exebackens Hyresgästförening – läxhjälp i lokalen på onsdagar under hela läsåret\n"
    "30 000 kr – Ekby Bygdegårdsförening – tillgänglig entré\n\n"
    "Totalt 113 000 kr.\n")


def test_a_grant_list_with_the_sum_first(extract_text):
    names = sorted(n for n, _ in _parties(extract_text(_SUM_FIRST)))
    assert names == ["Ekby Bygdegårdsförening", "Exebackens Hyresgästförening", "Exeby Friidrott"]


def test_rows_with_the_sum_first_keep_their_line_breaks():
    from docparse.clean import clean
    text = clean(_SUM_FIRST).text
    assert "\n30 000 kr – Ekby Bygdegårdsförening" in text


def test_a_sub_body_for_a_pair_of_fields_in_running_text(extract_text):
    assert extract_text(_SUM_FIRST)["document"]["board"] == "Kommunstyrelsens utskott för kultur och fritid"


def test_recipients_named_after_a_copula_and_a_kind_in_lower_case(extract_text):
    text = ("Exeby kommun\n\nNyheter\n\nSommarlov 2040: fem föreningar får bidrag\n\nPublicerad: 2040-05-15\n\n"
            "Kultur- och fritidsnämnden fördelar 300 000 kronor till sommarlovsaktiviteter. De största bidragen går till "
            "Exeby Bollklubb med 110 000 kronor och föreningen Ekby Seglare med 80 000 kronor. Övriga som får bidrag är "
            "Exeby Ridklubb, Ekby Hembygdsförening och Exeby Parkour.\n")
    names = sorted(n for n, _ in _parties(extract_text(text)))
    assert names == ["Ekby Hembygdsförening", "Ekby Seglare", "Exeby Bollklubb", "Exeby Parkour", "Exeby Ridklubb"]


_TYPE_OVER_HEAD = (
    "Exeby kommun\nKultur- och fritidsnämnden\n\nBESLUT\n2040-08-20\nDnr KFN 2040/55\n\n"
    "Aktivitetsstöd för perioden 1 januari-30 juni 2040\n\n"
    "Nämnden beviljar aktivitetsstöd till Exeby Innebandyklubb med 24 300 kronor.\n")


def test_beslut_over_the_head_s_date_and_dnr_is_no_decision_section(extract_text):
    result = extract_text(_TYPE_OVER_HEAD)
    assert all("2040-08-20" not in p["text"] for p in result["decision_points"])


def test_the_date_alone_under_the_type_word_before_a_date_in_the_title(extract_text):
    assert extract_text(_TYPE_OVER_HEAD)["document"]["date"] == "2040-08-20"


def test_beslut_over_a_decision_is_still_its_section(extract_text):
    # (guard: a "Beslut" heading over the decision's text keeps its points)
    text = ("Exeby kommun\nKultur- och fritidsnämnden\n\nPROTOKOLLSUTDRAG\n2040-08-20\n\n§ 12 Bidrag till Exeby IK\n\n"
            "Beslut\nKultur- och fritidsnämnden beviljar Exeby IK 20 000 kronor.\n")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points == ["Kultur- och fritidsnämnden beviljar Exeby IK 20 000 kronor."]


def test_what_a_sum_was_for_is_no_part_of_the_next_subject(extract_text):
    text = ("Exeby kommun\n\nNyheter\n\nArrangemangsbidrag till tre föreningar\n\nPublicerad 3 februari 2040\n\n"
            "Kultur- och fritidsnämnden har beviljat arrangemangsbidrag. Exeby Blues Society får 15 000 kr för "
            "Bluesnatten, Ekby Folkets Park får 22 000 kr för Valborg och Exeby Ungdomsråd får 8 000 kr för en festival.\n")
    names = sorted(n for n, _ in _parties(extract_text(text)))
    assert names == ["Ekby Folkets Park", "Exeby Blues Society", "Exeby Ungdomsråd"]


def test_a_grant_list_with_dotted_thousands(extract_text):
    text = ("Exeby kommun\n\nNyheter\n\nKulturbidrag fördelade\n\nPublicerad 2040-03-03\n\n"
            "Kultur- och fritidsnämnden har fördelat årets kulturbidrag:\n\n"
            "Exeby Konstförening – 25.000 kr\nEkby Manskör – 12.500 kr\nFöreningen Exeby Dansare – 8.000 kr\n")
    names = sorted(n for n, _ in _parties(extract_text(text)))
    assert names == ["Ekby Manskör", "Exeby Konstförening", "Föreningen Exeby Dansare"]


def test_a_counted_kind_and_what_they_get_before_the_colon(extract_text):
    text = ("Exeby kommun\n\nNyheter\n\nNytt stöd till föreningar\n\nPublicerad 2040-03-03\n\n"
            "Nämnden har beslutat om extra stöd. Tre föreningar får pengar: Exeby Scoutkår (15 000 kr), "
            "Ekby Ridklubb (22 000 kr) och Exeby Brukshundklubb (9 000 kr).\n")
    names = sorted(n for n, _ in _parties(extract_text(text)))
    assert names == ["Ekby Ridklubb", "Exeby Brukshundklubb", "Exeby Scoutkår"]


_FLAT_PAGE = ("Exeby kommun Startsida / Nyheter / Bidrag till föreningar Bidrag till föreningar Publicerad 2040-02-20 "
              "Kultur- och fritidsnämnden har beviljat föreningsbidrag till följande föreningar: Exeby Musikkår 30 000 kr "
              "och Exeby Hembygdsförening 21 000 kr.\n")


def test_a_short_headline_before_a_flattened_page_s_dateline(extract_text):
    assert extract_text(_FLAT_PAGE)["document"]["title"] == "Bidrag till föreningar"


def test_a_menu_link_before_the_dateline_is_no_headline(extract_text):
    # (guard: a two-word link, "Om oss", before the dateline stays the menu's)
    text = _FLAT_PAGE.replace("Startsida / Nyheter / Bidrag till föreningar Bidrag till föreningar", "Meny Sök Om oss")
    assert extract_text(text)["document"]["title"] != "Om oss"


def test_a_list_row_opening_with_the_number_then_the_name_and_its_sum(extract_text):
    text = ("Exeby kommun\nKultur- och fritidsnämnden\n\nBeslut om samlingslokalbidrag 2041\n\n"
            "Nämnden har den 4 december 2040 beslutat om samlingslokalbidrag för 2041:\n\n"
            "802417-3653 Exeby Bygdegårdsförening 45 000 kr\n"
            "802460-2180 Ekby Folkets Hus 60 000 kr\n")
    assert sorted(_parties(extract_text(text))) == [("Ekby Folkets Hus", "802460-2180"),
                                                    ("Exeby Bygdegårdsförening", "802417-3653")]


def test_a_number_opening_a_sentence_names_nothing_after_it(extract_text):
    # (guard: the words after the number are a sentence, no name)
    text = ("Exeby kommun\nKultur- och fritidsnämnden\n\nBeslut om bidrag\n\n"
            "802417-3653 är numret som Exeby Bygdegårdsförening uppgav i ansökan om 45 000 kronor.\n")
    assert all(p["name"] != "Exeby Bygdegårdsförening" or p["org_nr"] is None for p in extract_text(text)["parties"])


_BY_KIND = ("Exeby kommun\n\nNyheter\n\nFöreningsstödet 2041 är beslutat\n\nPublicerad 2040-12-15\n\n"
            "Fritidsnämnden har beslutat om föreningsstöd för 2041. Totalt fördelas 2,4 miljoner kronor.\n\n"
            "Så fördelas pengarna:\n• Grundbidrag: 820 000 kr\n• Lokalbidrag: 960 000 kr\n"
            "• Ledarutbildning: 140 000 kr\n• Aktivitetsstöd: 480 000 kr\n")


def test_a_list_of_the_money_by_kind_names_no_payee(extract_text):
    assert _parties(extract_text(_BY_KIND)) == []


def test_a_list_of_payees_among_grant_words_keeps_its_names(extract_text):
    # (guard: payees' names with one grant word among them still count)
    text = _BY_KIND.replace("• Grundbidrag:", "• Exeby Ryttarförening:").replace("• Lokalbidrag:", "• Ekby Skytteförening:")
    names = sorted(n for n, _ in _parties(extract_text(text)))
    assert names[:2] == ["Ekby Skytteförening", "Exeby Ryttarförening"]


def test_a_name_cell_wrapped_after_och_is_one_name(extract_text):
    text = ("Exeby kommun\nKultur- och fritidsnämnden\n\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2040-03-12\n\n"
            "§ 21   Driftbidrag 2040\n\n"
            "Förening                                 Org.nr          Belopp (kr)\n"
            "Exeby Bygdegårdsförening och             802417-3653          45 000\n"
            "Samlingslokal\n"
            "Ekby Idrottsallians                      802460-2180          60 000\n\n"
            "Beslut\nKultur- och fritidsnämnden beviljar driftbidrag enligt tabellen.\n")
    assert sorted(_parties(extract_text(text))) == [("Ekby Idrottsallians", "802460-2180"),
                                                    ("Exeby Bygdegårdsförening och Samlingslokal", "802417-3653")]
