import re

import pytest

from docparse.extract.people import is_name, is_title


def people(extract_text, text):
    return [(p["name"], p["title"], p["role"]) for p in extract_text(text)["people"]]


def found_names(extract_text, text):
    return [p["name"] for p in extract_text(text)["people"]]


def test_handlaggare_block_with_phones(extract_text):
    text = "Handläggare\n\nRagnhildur Jónsdóttir,\nTelefon: 08-123 45 119\nNils Berg,\nTelefon: 08-123 45 074\n\nTill\nSocialnämnden\n"
    found = extract_text(text)["people"]
    assert [(p["name"], p["title"], p["role"], p["phone"]) for p in found] == [
        ("Ragnhildur Jónsdóttir", "Handläggare", "handläggare", "08-123 45 119"),
        ("Nils Berg", "Handläggare", "handläggare", "08-123 45 074"),
    ]


def test_inline_handlaggare(extract_text):
    assert people(extract_text, "Handläggare: Karin Lind\n") == [("Karin Lind", "Handläggare", "handläggare")]


def test_signature_columns(extract_text):
    text = "Text.\n" * 20 + "\nAnna Berg  Lina Holm\nSocialdirektör  Avdelningschef\nSocialförvaltningen  Socialförvaltningen\n"
    assert people(extract_text, text) == [
        ("Anna Berg", "Socialdirektör", "signatory"),
        ("Lina Holm", "Avdelningschef", "signatory"),
    ]


def test_signature_columns_squeezed_by_ocr(extract_text):
    # Two columns collapsed to single spaces: the split falls before the likelier given name.
    text = "Text.\n" * 20 + "\nFredrik Lund Maria Berg Sjöholm\nSocialdirektör Bitr. förvaltningschef\n"
    assert people(extract_text, text) == [
        ("Fredrik Lund", "Socialdirektör", "signatory"),
        ("Maria Berg Sjöholm", "Bitr. förvaltningschef", "signatory"),
    ]


def test_two_names_on_one_line_over_two_titles_are_two_people(extract_text):
    # A single space between the columns: the whole line also reads as one four-word name.
    text = "Elektroniska underskrifter\n\nLena Holm Karin Sjöberg\nordförande sekreterare\n"
    assert found_names(extract_text, text) == ["Lena Holm", "Karin Sjöberg"]


def test_a_heading_with_a_number_of_the_year_is_no_place_and_date_line(extract_text):
    # "Protokoll 4/2031" is the protocol's number: the name below it signs nothing.
    text = "Protokoll 4/2031\nOrgan Tekniska nämnden\n\nBudget 2031\nKalle Vinterbäck\n"
    assert all(p["role"] != "signatory" for p in extract_text(text)["people"])
    text = "Text.\n" * 20 + "Exeby 3.4.2031\n\nÅsa Lind\n"
    assert people(extract_text, text) == [("Åsa Lind", None, "signatory")]


@pytest.mark.parametrize("text, expected", [
    ("Ordförande Anna Bergs förslag:\nNämnden beslutar att bifalla.\n", ["Anna Berg"]),
    ("Kulturchef Per Ekströms yttrande bifogas.\n", ["Per Ekström"]),
    ("Ledamoten Tove Lindqvist-Grens yrkande avslogs.\n", ["Tove Lindqvist-Gren"]),
    # A name that ends in "s" keeps it: "Jonas", a listed given name, and a known surname.
    ("Ordförande Lars Jonas förslag:\n", ["Lars Jonas"]),
    ("Ordförande Anna Berg föreslår bifall.\n", ["Anna Berg"]),
])
def test_a_name_in_the_genitive_is_the_person_itself(extract_text, text, expected):
    assert found_names(extract_text, text) == expected


def test_name_after_signature_rule(extract_text):
    text = "Text.\n" * 20 + "För föreningen\n\nOrt den     /     2023\n___________________\nÅsa Lind\n"
    assert people(extract_text, text) == [("Åsa Lind", None, "signatory")]


def test_name_title_organisation_line_with_email(extract_text):
    text = "Kontaktpersoner\n\nJon Berg, Samordnare föreningsliv och integration, Exempels kommun\n\njon.berg@exempel.se\n"
    found = extract_text(text)["people"]
    assert found[0]["name"] == "Jon Berg"
    assert found[0]["title"] == "Samordnare föreningsliv och integration"
    assert found[0]["email"] == "jon.berg@exempel.se"


@pytest.mark.parametrize("text", ["Socialnämnden", "Stockholms stad", "Stöd Barnen beslutar", "Namnförtydligande", "Bilaga 1"])
def test_not_names(text):
    assert not is_name(text)


@pytest.mark.parametrize(
    "text, expected",
    [("Socialdirektör", True), ("Bitr. förvaltningschef", True), ("Styrelseordförande", True), ("Socialförvaltningen", False)],
)
def test_titles(text, expected):
    assert is_title(text) is expected


def test_name_under_signature_place_and_date(extract_text):
    # OCR often loses the signature rule; the "Ort den / år" line still marks the block.
    text = "Text.\n" * 20 + "För föreningen\n\nStockholm den / 2023\n\nÅsa Lind\n"
    assert people(extract_text, text) == [("Åsa Lind", None, "signatory")]


# ------------------------------------------------------------------ attendance lists

FLAT_LIST = ("Plats och tid Stadshuset, kl. 13.00-15.00 Beslutande Karin Holmqvist (S), ordförande "
             "Mats Lindgren (M), 1:e vice ordförande Sara Öberg (C) Jonas Nyberg (V) Tjänstgörande ersättare "
             "Eva Sundin (S) för Per Backman (S) Övriga närvarande Lena Ahlström, kommunsekreterare "
             "Henrik Dahlberg, ekonomichef Utses att justera Sara Öberg Paragrafer 12-20")


def test_flattened_attendance_list(extract_text):
    found = {p["name"]: (p["title"], p["role"]) for p in extract_text(FLAT_LIST)["people"]}
    assert found == {
        "Karin Holmqvist": ("ordförande", "ordförande"),
        "Mats Lindgren": ("1:e vice ordförande", "vice ordförande"),
        "Sara Öberg": (None, "justerare"),
        "Jonas Nyberg": (None, "ledamot"),
        "Eva Sundin": ("Tjänstgörande ersättare", "ersättare"),  # the heading is the function as written
        "Per Backman": ("Tjänstgörande ersättare", "ersättare"),
        "Lena Ahlström": ("kommunsekreterare", "sekreterare"),
        "Henrik Dahlberg": ("ekonomichef", None),
    }


LINE_LIST = """Beslutande
Karin Holmqvist (S), ordförande
Mats Lindgren (M)
Tindrix Mälarsson (KD)

Ersättare
Eva Sundin (S)
Omar Haddadi (L)

Övriga närvarande
Lena Ahlström, kommunsekreterare
Henrik Dahlberg, ekonomichef

Utses att justera
"""


def test_one_name_per_line_list(extract_text):
    assert found_names(extract_text, LINE_LIST) == [
        "Karin Holmqvist", "Mats Lindgren", "Tindrix Mälarsson", "Eva Sundin", "Omar Haddadi",
        "Lena Ahlström", "Henrik Dahlberg",
    ]


def test_list_without_party_letters(extract_text):
    text = "Ledamöter\nGunilla Westerberg\nBo Kvarnström\nÅke Lindahl\n\nSekreterare\nPia Forsman\n"
    assert found_names(extract_text, text) == ["Gunilla Westerberg", "Bo Kvarnström", "Åke Lindahl", "Pia Forsman"]


def test_surname_first_list(extract_text):
    text = "Närvarande\nLindqvist Maria, ordförande\nHolmberg Sara, ledamot\nNyström Erik, ersättare\n"
    found = people(extract_text, text)
    assert [n for n, _, _ in found] == ["Maria Lindqvist", "Sara Holmberg", "Erik Nyström"]
    assert found[0][2] == "ordförande"


def test_a_month_that_is_a_given_name_opens_a_name_before_a_surname(extract_text):
    # Swedish writes months in lower case: a capitalised "Maj" before a surname is a person.
    text = "Beslutande\nMaj Söderlund (S), ordförande\nJuni Falkenberg (M)\nOlof Brandt (C)\n"
    assert found_names(extract_text, text) == ["Maj Söderlund", "Juni Falkenberg", "Olof Brandt"]
    # A month before a year or an ordinary word stays a month.
    assert found_names(extract_text, "Sammanträdet hålls den 4 maj 2038 i Rådhuset. Maj Beslut om taxor.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Beslutande Kommunstyrelsen Socialnämnden Kultur- och fritidsnämnden",
        "Närvarande Enligt närvarolista",
        "Kommunstyrelsen beslutar att godkänna förslaget. Socialnämnden Exempelby tillstyrker.",
        "Ersättare Gällby Energi AB, Storgatan 4",
    ],
)
def test_boards_places_and_sentences_are_no_people(extract_text, text):
    assert found_names(extract_text, text) == []


# ------------------------------------------------------------------ roles and titles around names


@pytest.mark.parametrize(
    "text, name, title, role",
    [
        ("Övriga närvarande Gunnel Ek, förvaltningschef teknik-, miljö- och bygg § 12\n", "Gunnel Ek",
         "förvaltningschef teknik-, miljö- och bygg", None),
        ("Närvarande Olle Ström, S ersättare\n", "Olle Ström", "ersättare", "ersättare"),
        ("Utredare är Per Ekholm, huvudansvarig utredare Ärendet bifogas.", "Per Ekholm", "huvudansvarig utredare", None),
        ("Handläggare Per Lindström\n", "Per Lindström", "Handläggare", "handläggare"),
        ("Justerare: Agneta Forsberg (MP)\n", "Agneta Forsberg", "Justerare", "justerare"),
        ("Kontakt: Johan Sandberg, enhetschef\n", "Johan Sandberg", "enhetschef", "contact"),
        ("Sidansvarig: Malin Åberg\n", "Malin Åberg", "Sidansvarig", "contact"),
        ("Beslut fattat av kommunstyrelsens ordförande Anna Berglund (S) i dag.", "Anna Berglund",
         "kommunstyrelsens ordförande", "ordförande"),
        ("– Vi är nöjda, säger Per Ekholm (C), ordförande i tekniska nämnden.", "Per Ekholm",
         "ordförande i tekniska nämnden", "ordförande"),
        ("Förvaltningschef Ulla Hedberg föredrar ärendet.", "Ulla Hedberg", "Förvaltningschef", None),
        ("Utredningen leds av Jan Wallin som ansvarig utredare.", "Jan Wallin", "ansvarig utredare", None),
    ],
)
def test_role_and_title_contexts(extract_text, text, name, title, role):
    found = {p["name"]: (p["title"], p["role"]) for p in extract_text(text)["people"]}
    assert found[name] == (title, role)


def test_politicians_in_news_text(extract_text):
    text = ("Kommunfullmäktige valde i går Lisa Hammar (S) till ledamot i styrelsen. Hon ersätter "
            "Olle Stenlund (S). Motionen från Erik Sjöholm (SD) avslogs.")
    assert found_names(extract_text, text) == ["Lisa Hammar", "Olle Stenlund", "Erik Sjöholm"]


# ------------------------------------------------------------------ signature blocks


SIGNATURES = """Underskrifter Sekreterare ......................... Paragrafer 1-9
Lena Ahlström

Ordförande .........................
Karin Holmqvist

Justerande .........................
Sara Öberg Jonas Nyberg
"""


def test_signature_label_lines(extract_text):
    found = people(extract_text, SIGNATURES)
    assert [(n, r) for n, _, r in found] == [
        ("Lena Ahlström", "sekreterare"), ("Karin Holmqvist", "ordförande"),
        ("Sara Öberg", "justerare"), ("Jonas Nyberg", "justerare"),
    ]


def test_flattened_signature_block(extract_text):
    text = "Sekreterare Lena Ahlström Ordförande Karin Holmqvist Justerare Sara Öberg (C), Jonas Nyberg (V)"
    assert people(extract_text, text) == [
        ("Lena Ahlström", "Sekreterare", "sekreterare"), ("Karin Holmqvist", "Ordförande", "ordförande"),
        ("Sara Öberg", "Justerare", "justerare"), ("Jonas Nyberg", "Justerare", "justerare"),
    ]


def test_name_then_title_without_comma(extract_text):
    text = "Tid för presskonferens kl. 9.00 Karin Holmqvist ordförande Lena Ahlström sekreterare"
    assert people(extract_text, text) == [
        ("Karin Holmqvist", "ordförande", "ordförande"), ("Lena Ahlström", "sekreterare", "sekreterare"),
    ]


# ------------------------------------------------------------------ record shape


def test_each_person_once_with_a_valid_span(extract_text):
    text = "Beslutande Karin  Holmqvist (S), ordförande\n\nOrdförande\nKarin Holmqvist\n"
    rec = extract_text(text)
    assert [p["name"] for p in rec["people"]] == ["Karin Holmqvist"]
    start, end = rec["people"][0]["span"]
    assert re.sub(r"\s+", " ", text[start:end]) == "Karin Holmqvist"


def test_span_covers_a_surname_first_name(extract_text):
    text = "Närvarande\nLindqvist Maria, ordförande\n"
    p = extract_text(text)["people"][0]
    assert p["name"] == "Maria Lindqvist"
    assert text[p["span"][0]:p["span"][1]] == "Lindqvist Maria"


def test_lower_case_role_word_in_prose_opens_no_list(extract_text):
    text = ("Lisa Hammar (S) valdes till ersättare i styrelsen. Hon ersätter Olle Stenlund (S). "
            "Vid mötet talade även Gunnar Sjöberg om budgeten.")
    found = {p["name"]: p["role"] for p in extract_text(text)["people"]}
    assert found == {"Lisa Hammar": None, "Olle Stenlund": None}


def test_a_real_title_beats_the_list_heading(extract_text):
    text = "Ersättare Karin Ek (S) Tjänstemän Kommundirektör Bengt Lundholm Kulturchef Sofia Åkesson"
    found = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert found == {"Karin Ek": "Ersättare", "Bengt Lundholm": "Kommundirektör", "Sofia Åkesson": "Kulturchef"}


def test_lists_side_by_side_in_columns(extract_text):
    text = ("Ledamöter                        Ersättare\n"
            "Gustav Ekström (S), ordförande   Amira Haddad (S)\n"
            "Yvonne Lundin (M)                Petter Sjöquist (M)\n\n"
            "Ärenden\n1. Val av justerare\n")
    found = {p["name"]: p["role"] for p in extract_text(text)["people"]}
    assert found == {"Gustav Ekström": "ordförande", "Amira Haddad": "ersättare",
                     "Yvonne Lundin": "ledamot", "Petter Sjöquist": "ersättare"}


def test_a_list_ends_at_a_line_without_names(extract_text):
    text = "Närvarande\nKarin Holmqvist\nMats Lindgren\nMötet öppnades och dagordningen godkändes.\nVid mötet talade Sven Åkerlund om vägarna.\n"
    assert found_names(extract_text, text) == ["Karin Holmqvist", "Mats Lindgren"]


def test_titles_after_party_letters_without_commas(extract_text):
    text = "Beslutande Ledamöter Per-Olof Svärdh (M) ordförande Linnea Åkerlund (S) vice ordförande Hassan Omar (S) Ingrid Rydén (C)"
    found = {p["name"]: p["role"] for p in extract_text(text)["people"]}
    assert found == {"Per-Olof Svärdh": "ordförande", "Linnea Åkerlund": "vice ordförande",
                     "Hassan Omar": "ledamot", "Ingrid Rydén": "ledamot"}


def test_name_over_bare_title_and_label_over_name(extract_text):
    text = "Text.\n" * 20 + "Anders Nyqvist\nOrdförande\n              Maria Ståhlberg\n              Nämndsekreterare\n"
    found = people(extract_text, text)
    assert [(n, t) for n, t, _ in found] == [("Anders Nyqvist", "Ordförande"), ("Maria Ståhlberg", "Nämndsekreterare")]


def test_phone_from_a_later_contact_line(extract_text):
    text = ("Enligt Sara Lindholm, kulturchef, fördelas pengarna i höst.\n"
            "Kontakt: Sara Lindholm, kulturchef, 0500-123 45\n")
    found = extract_text(text)["people"]
    assert [(p["name"], p["phone"]) for p in found] == [("Sara Lindholm", "0500-123 45")]


def test_contact_block_with_phone_and_email_lines(extract_text):
    text = ("Nytt bidrag till föreningarna.\n\nKontakt\nLisa Högberg\nFöreningskonsulent\n"
            "070-123 45 67\nlisa.hogberg@exempel.se\n")
    assert [(p["name"], p["title"], p["role"], p["phone"], p["email"]) for p in extract_text(text)["people"]] == [
        ("Lisa Högberg", "Föreningskonsulent", "contact", "070-123 45 67", "lisa.hogberg@exempel.se")]


@pytest.mark.parametrize("title", ["Kommunalrådet", "Oppositionsrådet", "Förvaltningschefen", "Rektorn"])
def test_definite_titles_before_names(extract_text, title):
    found = extract_text(f"{title} Jonas Wiklander (M) är kritisk till förslaget.")["people"]
    assert [(p["name"], p["title"]) for p in found] == [("Jonas Wiklander", title)]


def test_surname_first_list_turns_unknown_given_names_too(extract_text):
    text = "Beslutande\nHolmberg Sara, ordförande\nNyström Erik\nVikander Ylvi\n"
    assert found_names(extract_text, text) == ["Sara Holmberg", "Erik Nyström", "Ylvi Vikander"]


def test_a_name_among_names_written_given_name_first_is_not_turned(extract_text):
    # "Amin" is a known given name, "Jabar" not: alone the name would be read surname first.
    text = "Exeby den 4 mars 2031\n\nLisa Holm (V)\nJabar Amin (V)\nPer Ekberg (V)\n"
    assert found_names(extract_text, text) == ["Lisa Holm", "Jabar Amin", "Per Ekberg"]
    text = "Närvarande\nBerg Anna (V)\nJabar Amin (V)\nNyström Erik (V)\n"
    assert found_names(extract_text, text) == ["Anna Berg", "Amin Jabar", "Erik Nyström"]


def test_surname_first_list_turns_a_pair_of_given_names(extract_text):
    # "Harald" and "Emma" are both given names: the list's order says which is the surname.
    text = "Beslutande\nHolmberg Sara, ordförande\nNyström Erik\nHarald Emma\n"
    assert found_names(extract_text, text) == ["Sara Holmberg", "Erik Nyström", "Emma Harald"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LINES = st.sampled_from(["Beslutande", "Ersättare", "Anna Berg (S), ordförande", "Lindqvist Maria", "Per  Ek, sekreterare",
                          "Justerare: Lisa Holm", "Kommunstyrelsen beslutar", "Ordförande ..........", "", "§ 3",
                          "Handläggare", "Karin Ek", "Socialchef", "säger Olle Nord (C), ordförande i nämnden."])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=25).map("\n".join))
def test_people_spans_and_no_duplicates(text):
    from docparse.extract import extract

    found = extract(text)["people"]  # no cleaning: spans index this very text
    names = [p["name"].casefold() for p in found]
    assert len(names) == len(set(names))
    for p in found:
        start, end = p["span"]
        assert sorted(text[start:end].split()) == sorted(p["name"].split())


@pytest.mark.parametrize(
    "text",
    [
        "Stödet går via Europeiska Investeringsbanken (EIB) och Nordiska Rådet (NR).",
        "Beloppet anges i Maximal Ersättning (EUR) per år.",
        "Enligt Allmänna Reklamationsnämnden (ARN) ska Dokumentet (i) bifogas.",
    ],
)
def test_brackets_that_are_no_party(extract_text, text):
    assert found_names(extract_text, text) == []


def test_party_letters_that_are_also_initials(extract_text):
    assert found_names(extract_text, "Yrkande från Sven Dahlgren (SD) och Mona Palmér (MP).") == ["Sven Dahlgren", "Mona Palmér"]


def test_a_name_wrapped_over_two_lines(extract_text):
    text = "Yrkanden lämnades av Sten Lundgren (v), Annika Ekholm (kd), Helena\nHillevi Rosenkvist (mp) och Rut Stenmark (c).\n"
    from docparse.extract import extract

    found = extract(text)["people"]
    assert [p["name"] for p in found] == ["Sten Lundgren", "Annika Ekholm", "Helena Hillevi Rosenkvist", "Rut Stenmark"]
    p = found[2]
    assert text[p["span"][0]:p["span"][1]] == "Helena\nHillevi Rosenkvist"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Surname, comma, given name(s): one entry a line, party letters and a title after.
        ("Närvarande ledamöter\nÅkesson, Lena (S), ordförande\nvon Essen, Klas (M)\nHolm-Ek, Per Erik (C)\n",
         [("Lena Åkesson", "ordförande"), ("Klas von Essen", None), ("Per Erik Holm-Ek", None)]),
        # The same flattened, entries parted by semicolons, titles after commas.
        ("Närvarande: Lindgren, Anna (S), ordförande; Ek, Per (M) Tjänstemän: Björk, Eva, kommundirektör\n",
         [("Anna Lindgren", "ordförande"), ("Per Ek", None), ("Eva Björk", "kommundirektör")]),
        # A particle inside a double surname, over a body's genitive and a title.
        ("Text om ärendet.\n\nMaria Holm von Essen\nRegionstyrelsens ordförande\n", [("Maria Holm von Essen", "Regionstyrelsens ordförande")]),
        # An adjective before the title word under a signature.
        ("Text om planen.\n\nPer Åkesson\nTeknisk chef\n", [("Per Åkesson", "Teknisk chef")]),
        # A flattened signature that prints names first: each capitalised title is the name's before it.
        ("Ärenden 1 Val av justerare 2 Budget Eva Törnqvist Ordförande Per-Ola Ek Sekreterare\n",
         [("Eva Törnqvist", "Ordförande"), ("Per-Ola Ek", "Sekreterare")]),
        # A flattened signature: a body's genitive opens the title after the name.
        ("Text om planen. Per Åkesson Kommunstyrelsens ordförande Lisa Berglund Kommunchef\n",
         [("Per Åkesson", "Kommunstyrelsens ordförande"), ("Lisa Berglund", "Kommunchef")]),
    ],
)
def test_surname_first_entries_and_particles(extract_text, text, expected):
    assert [(n, t) for n, t, _r in people(extract_text, text)] == expected


@pytest.mark.parametrize("text", ["Umeå, Anna", "Datum, Tid"])
def test_place_before_a_given_name_is_no_inverted_entry(extract_text, text):
    assert found_names(extract_text, f"Närvarande\n{text}\n") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label row over its values: the name stands in the Handläggare column.
        ("TJÄNSTEUTLÅTANDE\n\nHandläggare\tTelefon\tDatum\tDiarienummer\nEva Törnqvist\t019-10 00 00\t2031-05-17\tMN 2031/0212\n",
         [("Eva Törnqvist", "Handläggare")]),
        # A citizen's proposal is signed under "Förslagsställare".
        ("Medborgarförslag\n\nText om förslaget.\n\nFörslagsställare\nPer Åkesson\n", [("Per Åkesson", None)]),
        # "Justerandes signatur" over the name.
        ("Beslut\nNämnden antar planen.\n\nJusterandes signatur\nPer Åkesson\n", [("Per Åkesson", "Justerandes signatur")]),
    ],
)
def test_label_rows_and_signature_labels(extract_text, text, expected):
    assert [(n, t) for n, t, _r in people(extract_text, text)] == expected


def test_a_tab_separates_a_label_cell_from_the_name(extract_text):
    text = "Delegationsbeslut\n\nBeslutsfattare\tEva Lindahl, fritidskonsulent\nDatum\t2031-04-22\n"
    assert [n for n, _t, _r in people(extract_text, text)] == ["Eva Lindahl"]


def test_intendent_is_a_title_head(extract_text):
    text = "Tjänsteskrivelse\n\nBidrag till Åby IK\n\nText om bidraget.\n\nEva Lindahl\nFritidsintendent\n"
    assert [(n, t) for n, t, _r in people(extract_text, text)] == [("Eva Lindahl", "Fritidsintendent")]


def test_officer_in_a_letterhead_column(extract_text):
    text = ("SOCIALFÖRVALTNINGEN                                  TJÄNSTESKRIVELSE\nIndivid- och familjeomsorgen                         2031-09-22\n"
            "Per Åkesson                                          SN 2031/0291\nEnhetschef\n\nSocialnämnden\n\nNytt härbärge i Åby\n")
    assert [(n, t) for n, t, _r in people(extract_text, text)] == [("Per Åkesson", "Enhetschef")]


def test_a_citizen_proposals_author_label_with_the_name_on_its_line(extract_text):
    text = "Medborgarförslag om fler parkbänkar\n\nJag föreslår fler bänkar i parken.\n\nFörslagsställare: Kim Eriksson\nDatum: 2031-05-19\n"
    people = [(p["name"], p["title"], p["role"]) for p in extract_text(text)["people"]]
    assert people == [("Kim Eriksson", "Förslagsställare", "signatory")]


def test_names_with_letters_of_latin_extended_a_sign_in_columns(extract_text):
    text = "Text.\n" * 20 + "\nMirela Šehić                 Tomasz Wiśniewski\nFörbundsdirektör             Ekonomichef\n"
    assert people(extract_text, text) == [
        ("Mirela Šehić", "Förbundsdirektör", "signatory"),
        ("Tomasz Wiśniewski", "Ekonomichef", "signatory"),
    ]


@pytest.mark.parametrize("label", ["Justerat", "Justerande:", "Protokollsjusterare"])
def test_names_under_a_justering_label_are_justerare(extract_text, label):
    text = "Text.\n" * 20 + f"\n{label}\nGunilla Bergkvist            Omar Farah\n"
    assert [(n, r) for n, _t, r in people(extract_text, text)] == [("Gunilla Bergkvist", "justerare"), ("Omar Farah", "justerare")]


@pytest.mark.parametrize(
    "signatures",
    [
        # each label over its name, a blank line between the pairs
        "Sekreterare\nMaja Sund\n\nOrdförande\nOlle Granat\n\nJusterande\nEbba Rask\n",
        # each name over its title
        "Maja Sund\nSekreterare\n\nOlle Granat\nOrdförande\n\nEbba Rask\nJusterare\n",
    ],
)
def test_signature_labels_go_with_the_line_they_touch(extract_text, signatures):
    people = extract_text("PROTOKOLL\nValnämnden\n\n§ 1 Val av justerare\n\nUnderskrifter\n\n" + signatures)["people"]
    assert {(p["name"], p["title"][:6]) for p in people} == {
        ("Maja Sund", "Sekret"), ("Olle Granat", "Ordför"), ("Ebba Rask", "Juster")}


@pytest.mark.parametrize("title", ["ekonomichef/t.f. kommundirektör", "f.d. rektor", "bitr. förvaltningschef"])
def test_a_title_keeps_the_full_stops_of_its_abbreviations(extract_text, title):
    text = ("Protokoll\n\nKommunstyrelsen\n\nSammanträdesdatum 2033-10-02\n\nÖvriga närvarande\n\n"
            f"Lindgren Maja, {title}, föredragande\nBerg Olof, sekreterare\n\n§ 12 Val av justerare\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people["Maja Lindgren"] == title


@pytest.mark.parametrize("verb", ["valdes till", "utsågs till", "har utsetts till", "i egenskap av"])
def test_a_verb_of_appointment_is_no_part_of_the_title(extract_text, verb):
    text = (f"Protokoll\n\nFritidsnämnden\n\n§ 3 Val av justerare\n\nNämndens beslut\n"
            f"Annika Sjögren {verb} justerare. Protokollet justeras den 9 maj.\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people["Annika Sjögren"] == "justerare"


def test_cached_cell_decisions_follow_the_active_name_data():
    """is_title and is_name are cached per cell (a long list asks of the same cells on every page):
    the cache must be dropped when another document's name data are put to use."""
    from dataclasses import replace

    from docparse.extract.people import is_name, is_title
    from docparse.sv import names

    own = names._data()
    assert not is_title("Glimrare") and is_name("Ebba Glimrare")
    try:
        names.use(replace(own, title_heads=tuple(own.title_heads) + ("glimrare",)))
        assert is_title("Glimrare") and not is_name("Ebba Glimrare")
    finally:
        names.use(own)
    assert not is_title("Glimrare") and is_name("Ebba Glimrare")


def test_the_names_under_a_row_of_signature_boxes_are_the_justerare(extract_text):
    # the other box's cells ("Utdraget bestyrks:", the certifier and title) stand between the labels and the names
    text = ("§ 8 Val av ombud\n\nFullmäktige väljer Rut Sahlin till ombud.\n\n"
            "Justerandes signatur                  Utdragsbestyrkande\n\n"
            "                                      Utdraget bestyrks:\n"
            "                                      Gösta Vinberg\n"
            "                                      kommunsekreterare\n"
            "  Hedvig Alm       Tor Lindqvist\n")
    found = people(extract_text, text)
    assert ("Hedvig Alm", "justerare", "justerare") in [(n, t, r) for n, t, r in found]
    assert "Tor Lindqvist" in [n for n, _t, _r in found]
    # the certification's words at the first box's column first: its names below are the certifier's
    other = text.replace("Justerandes signatur                  Utdragsbestyrkande\n\n",
                         "Justerandes signatur                  Utdragsbestyrkande\n\nRätt utdraget intygar\n")
    assert "justerare" not in [r for _n, _t, r in people(extract_text, other)]
