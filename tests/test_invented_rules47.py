"""General rules of regions' and kommunalförbunds' meeting pages found by round 47
(tests/fixtures/invented/940-953): a row's title wrapped over a line closed by its dnr after a dash or in
brackets ("... för" / "konsertserien 2040 – KN/2039:301", a span of years alone before it); a region's board
named by "Regional" before its head ("Regional utvecklingsnämnd"); a protocol page's "Beslut:" line under
each § read as that item's decision. Each case is invented Swedish and failed before its rule; the guards
hold what must not change."""


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


_WRAPPED_DASH_DNR = (
    "Region Exeby\nKulturnämnden\n\nFöredragningslista\n\nSammanträde: 2040-02-12, kl. 09.30\n\n"
    "1. Val av justerare\n"
    "2. Remissvar på förslag till regional\n   biblioteksplan – KN/2039:276\n   Tjänsteskrivelse (pdf, 173 kB)\n"
    "3. Bidrag till Exeby Musikförening för\n   konsertserien 2040 – KN/2039:301\n"
    "4. Handlingsplan för biblioteken\n   2040–2043 – KN/2039:12\n"
    "5. Handlingsplan för museerna\n   2040–2043 (KN/2039:13)\n"
    "6. Anmälan av delegationsbeslut – KN/2040:2\n")


def test_a_wrapped_title_closed_by_its_dnr_after_a_dash_or_in_brackets(extract_text):
    assert _items(extract_text(_WRAPPED_DASH_DNR)) == [
        ("1", "Val av justerare", None),
        ("2", "Remissvar på förslag till regional biblioteksplan", "KN/2039:276"),
        ("3", "Bidrag till Exeby Musikförening för konsertserien 2040", "KN/2039:301"),
        ("4", "Handlingsplan för biblioteken 2040–2043", "KN/2039:12"),
        ("5", "Handlingsplan för museerna 2040–2043", "KN/2039:13"),
        ("6", "Anmälan av delegationsbeslut", "KN/2040:2")]


def test_a_dash_inside_a_wrapped_title_is_no_dnr(extract_text):
    # (guard: a dash before words that are no diarienummer keeps them in the title)
    text = ("Region Exeby\nKulturnämnden\n\nFöredragningslista\n\nSammanträde: 2040-02-12\n\n"
            "1. Val av justerare\n2. Utredning om kulturhuset\n   i Exeby – förslag till fortsatt arbete\n"
            "3. Anmälan av delegationsbeslut – KN/2040:2\n")
    items = _items(extract_text(text))
    assert items[1] == ("2", "Utredning om kulturhuset i Exeby – förslag till fortsatt arbete", None)


def test_regional_before_a_board_s_head_is_its_name(extract_text):
    text = ("Region Exeby\nRegional utvecklingsnämnd\n\nFöredragningslista\n\n"
            "Sammanträde: 2040-02-12, kl. 09.30\n\n1. Val av justerare\n2. Anmälan av delegationsbeslut – RUN/2040:2\n")
    assert extract_text(text)["document"]["board"] == "Regional utvecklingsnämnd"


def test_a_regional_in_running_text_names_no_board(extract_text):
    # (guard: lower case in a sentence stays no name)
    text = ("Region Exeby\nKulturnämnden\n\nFöredragningslista\n\nSammanträde: 2040-02-12\n\n"
            "Frågan har tidigare behandlats i en regional utvecklingsnämnd.\n\n"
            "1. Val av justerare\n2. Anmälan av delegationsbeslut – KN/2040:2\n")
    assert extract_text(text)["document"]["board"] == "Kulturnämnden"


_PROTOCOL_PAGE = (
    "Region Exeby\n\nRegionstyrelsens protokoll 4 maj 2040\n\nSammanträdesdatum: 2040-05-04\n\n"
    "§ 51 Val av justerare\nBeslut: Eva Ek (S) och Per Al (M) utses att justera protokollet.\n\n"
    "§ 52 Hyresavtal för vårdcentralen i Exeby\nDnr RS 2040/301\n"
    "Beslut: Regionstyrelsen godkänner hyresavtalet.\n\n"
    "§ 53 Taxa för sjukresor 2041\nDnr RS 2040/288\nBeslutsunderlag: Tjänsteskrivelse 2040-04-10\n"
    "Regionstyrelsens beslut: Regionstyrelsen föreslår regionfullmäktige att anta taxan.\n\n"
    "§ 54 Information om vårdplatsläget\nDnr RS 2040/12\nBeslutsinstans: Regionstyrelsen\n")


def test_a_decision_after_its_label_on_its_line_is_the_item_s_decision(extract_text):
    items = extract_text(_PROTOCOL_PAGE)["items"]
    points = {i["number"]: [p["text"] for p in i["decision_points"]] for i in items}
    assert points["51"] == ["Eva Ek (S) och Per Al (M) utses att justera protokollet."]
    assert points["52"] == ["Regionstyrelsen godkänner hyresavtalet."]
    assert points["53"] == ["Regionstyrelsen föreslår regionfullmäktige att anta taxan."]
    assert points["54"] == []  # "Beslutsinstans:" and "Beslutsunderlag:" label no decision
