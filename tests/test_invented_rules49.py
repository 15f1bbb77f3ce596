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
