import pytest


def parties(extract_text, text):
    return [(p["name"], p["org_nr"], p["role"]) for p in extract_text(text)["parties"]]


def test_parties_with_org_numbers_in_bullets(extract_text):
    text = (
        "I partnerskapet ingår följande aktörer från idéburen sektor:\n"
        "• Förening Alfa, organisationsnummer 802400-1003,\n"
        "• Stiftelsen Beta, organisationsnummer 802402-1001.\n"
    )
    assert parties(extract_text, text) == [
        ("Förening Alfa", "802400-1003", "idéburen"),
        ("Stiftelsen Beta", "802402-1001", "idéburen"),
    ]


def test_org_number_under_an_address_block(extract_text):
    text = (
        "Kontakt\n\nExempels kommun\n\nKommunledningsförvaltningen\n\n831 82 Exempel\n\n"
        "Organisationsnummer: 212400-1005\n"
    )
    assert parties(extract_text, text)[0] == ("Exempels kommun", "212400-1005", "offentlig")


def test_agreement_title_between_two_parties(extract_text):
    text = "Överenskommelse om samverkan mellan Exempels kommun och Föreningen Gemenskap\n\nText.\n"
    names = [p[0] for p in parties(extract_text, text)]
    assert names == ["Exempels kommun", "Föreningen Gemenskap"]


def test_list_of_named_organisations(extract_text):
    text = "Partnerskap med tre ideella organisationer, Norrby stadsmission, Stöd Barnen och svenska Gröna Bandet.\n"
    names = [p[0] for p in parties(extract_text, text)]
    assert names == ["Norrby stadsmission", "Stöd Barnen", "Svenska Gröna Bandet"]


def test_common_noun_phrases_are_not_parties(extract_text):
    text = "Idéburen sektor: Organisationer som är icke vinstdrivande.\nDe tre organisationerna beskriver att de har haft kontakt.\n"
    assert parties(extract_text, text) == []


def test_ocr_damaged_label_and_heading_debris(extract_text):
    text = (
        "Emma Berg, Verksamhetschef, Föreningen Gemenskap\n\nemmaQgemenskap.se\f"
        "HH Föreningen Gemenskap\n\nStorgatan 22\n\n831 48 Exempel\nOrganisationsnummer: 802403-2008\n"
        "• Svenska Gröna Bandet, organisationsnhummer 802402-1001,\n"
    )
    assert parties(extract_text, text) == [
        ("Föreningen Gemenskap", "802403-2008", "idéburen"),
        ("Svenska Gröna Bandet", "802402-1001", "idéburen"),
    ]


def names(extract_text, text):
    return [p["name"] for p in extract_text(text)["parties"]]


# Invented Swedish examples, one or more per construct: (text, the parties a reader names).
CONSTRUCTS = [
    # grant lists: bullet lines "Name: amount", lines "Name amount kr", a flattened "Label: A n, B n" run
    ("Bidraget fördelas enligt nedan:\n\n- Lövbacka byalag: 45 000 kr\n\n- Granudden IF: 30 500 kr\n",
     ["Lövbacka byalag", "Granudden IF"]),
    ("Nämnden beviljar bidrag enligt nedan:\n\nTallmons bygdegård 12 400 kr\n\nFolkets hus Ekeby 88 000 kr\n",
     ["Tallmons bygdegård", "Folkets hus Ekeby"]),
    ("Körer: Sjöbo kammarkör 4 200, Ekviks manskör 3 900, Lindeby kyrkokör 2 750, Strandkören 1 800.\n",
     ["Sjöbo kammarkör", "Ekviks manskör", "Lindeby kyrkokör", "Strandkören"]),
    ("Förening | Belopp\nBjörkvikens SK | 15 000 kr\nMossebo ryttarförening | 22 000 kr\n",
     ["Björkvikens SK", "Mossebo ryttarförening"]),
    ("Nämnden delade ut 60 000 kronor, fördelat på följande föreningar:\n\n- Ekshults hembygdsförening\n"
     "- Kvarnbyns samfällighet\n\nKontakt\n", ["Ekshults hembygdsförening", "Kvarnbyns samfällighet"]),
    # "bidrag till A, B och C", "stipendier till ...", "ansökningar ... från ..."
    ("Nämnden beslutar att bevilja bidrag till Dalby konstförening, Hagaby FF och Stiftelsen Ekgården.\n",
     ["Dalby konstförening", "Hagaby FF", "Stiftelsen Ekgården"]),
    ("Ordföranden delar ut årets ungdomsstipendier till Norrvik Dansklubb och Älvbyns scoutkår.\n",
     ["Norrvik Dansklubb", "Älvbyns scoutkår"]),
    ("Nämnden godkände ansökningar om lovbidrag, bland annat från Hagalunds fritidsgård, Solstrålen och "
     "finsk-svenska kulturföreningen.\n", ["Hagalunds fritidsgård", "Solstrålen", "finsk-svenska kulturföreningen"]),
    ("Årets föreningspris går till Lindby Spelmanslag som firar 40 år.\n", ["Lindby Spelmanslag"]),
    ("Förening          Ändamål          Belopp\nNorrvik Tennisklubb   Nya nät   12 000 kr\n"
     "Åby Ridklubb      Staket           48 500 kr\n", ["Norrvik Tennisklubb", "Åby Ridklubb"]),
    # "X får/beviljas/erhåller ..." and an agenda title "X, ansökan om bidrag"
    ("Brottsofferjouren i Västerby får 120 000 kronor i verksamhetsbidrag nästa år.\n", ["Brottsofferjouren i Västerby"]),
    ("Nyheter\nLindby Brukshundklubb får 40 000 kronor till en ny hall.\n", ["Lindby Brukshundklubb"]),
    ("Att Stensjö Golfklubb beviljas ett investeringsbidrag om 200 000 kronor.\n", ["Stensjö Golfklubb"]),
    ("§ 14 Lillåns Ungdomsförbund, ansökan om bidrag\n\nÄrendet bereds.\n", ["Lillåns Ungdomsförbund"]),
    # agreements: "mellan X och Y", IOP with a title, "Parter", "Kommunen ingår partnerskap med X"
    ("Samverkansavtal mellan Kvinnojouren Tranan och Norrby kommun\n\nAvtalet gäller i tre år.\n",
     ["Kvinnojouren Tranan", "Norrby kommun"]),
    ("3. Idéburet offentligt partnerskap (IOP) Stödcentrum Norrland Dnr 2023/00012\n", ["Stödcentrum Norrland"]),
    ("Parter\n\nÅsby kommun, org.nr 212000-0000\n\nFöreningen Lyktan, org.nr 802000-0001\n\nBakgrund\n",
     ["Åsby kommun", "Föreningen Lyktan"]),
    ("Åsby kommun ingår ett idéburet offentligt partnerskap med Föreningen Lyktan om stöd till unga.\n",
     ["Föreningen Lyktan", "Åsby kommun"]),
    ("Överenskommelsen har slutits mellan Åsby kommun, socialnämnden (org.nr 212000-0000), nedan kallad "
     "kommunen, och Föreningen Lyktan (org.nr 802000-0001).\n", ["Åsby kommun", "Föreningen Lyktan"]),
    # a sentence opening with "Mellan", each name with what the agreement calls it
    ("Hyresavtal\n\nMellan Åsby kommun, nedan kallad kommunen, och Åsby Ridklubb, nedan kallad klubben, har "
     "följande avtal träffats.\n", ["Åsby kommun", "Åsby Ridklubb"]),
    ("Mellan Åsby kommun (nedan \"kommunen\") och Stiftelsen Ekhagen (nedan \"stiftelsen\") har denna "
     "överenskommelse ingåtts.\n", ["Åsby kommun", "Stiftelsen Ekhagen"]),
    ("Åsby kommun och Stadsmissionen i Åsby har tecknat en överenskommelse om partnerskap.\n",
     ["Åsby kommun", "Stadsmissionen i Åsby"]),
    ("Nämnden godkänner hyresavtalet mellan nämnden och Föreningen Gläntan.\n", ["Föreningen Gläntan"]),
    # a page listing agreements with their periods
    ("Aktuella partnerskap\n\nFritidsgård\n\nNorrbacka IK – 1 januari 2024–31 december 2025.\n\nMuseum\n\n"
     "Ekby hembygdsförening – 1 juli 2023–30 juni 2026.\n", ["Norrbacka IK", "Ekby hembygdsförening"]),
    # an anaphoric subject points back to the association named just before
    ("Ekhults bygdegård är Norrdalens äldsta bygdegård. Föreningen som driver bygdegården får 60 000 kronor i år.\n",
     ["Ekhults bygdegård"]),
    ("Tallåsens byalag har rustat badplatsen. Byalaget får nu 25 000 kronor i bidrag.\n", ["Tallåsens byalag"]),
    # "att bevilja X N kronor", "X har inkommit med en ansökan", a column table, a flattened bullet list
    ("Nämnden beslutar att bevilja Åsens Skytteförening 18 000 kronor i arrangemangsbidrag.\n",
     ["Åsens Skytteförening"]),
    ("Föreningen Gamla Grannar har också inkommit med en ansökan om bidrag.\n", ["Föreningen Gamla Grannar"]),
    ("Förening                      Belopp\nÅsens BK                       44 310\nTorps Simsällskap              38 120\n"
     "Summa                          82 430\n", ["Åsens BK", "Torps Simsällskap"]),
    ("Bidrag 2024: - Tornby IF: 25 000 kr - Ekby byalag: 8 000 kr - Dalgårdens vänner: 12 500 kr Nästa ansökan "
     "senast 31 mars.\n", ["Tornby IF", "Ekby byalag", "Dalgårdens vänner"]),
    ("Studieförbundet Exempel får 420 000 kronor, Lärcentrum Norr 390 000 kronor och Sensus 180 000 kronor.\n",
     ["Studieförbundet Exempel", "Lärcentrum Norr", "Sensus"]),
    ("I år får Ekby Ryttarsällskap 30 000 kronor i aktivitetsstöd.\n", ["Ekby Ryttarsällskap"]),
    ("Bidrag beviljas Tallbackens Musikkår med 12 000 kr.\n", ["Tallbackens Musikkår"]),
    # a heading line names the party; the next line's first word is not part of it
    ("Hyresavtal med Fastighets AB Ekbacken\nKommunstyrelsen godkände avtalet.\n", ["Fastighets AB Ekbacken"]),
    # "mellan socialnämnden och X": the nämnd, written in lower case, is a party of the agreement
    ("Nämnden godkänner överenskommelsen om partnerskap mellan socialnämnden och Stiftelsen Hemmet.\n",
     ["socialnämnden", "Stiftelsen Hemmet"]),
    ("Nämnden beslutar att ge Kvinnojouren Vera och Åsby Tjejjour föreningsbidrag för 2025.\n",
     ["Kvinnojouren Vera", "Åsby Tjejjour"]),
    ("Nämnden beviljade bidrag till 12 föreningar, bland andra Åsby BTK, Lindby Schackklubb och Scouterna i Torp.\n",
     ["Åsby BTK", "Lindby Schackklubb", "Scouterna i Torp"]),
    ("Parter\nÅsby kommun, Fritidsförvaltningen, 212000-0000\nÅsby Simsällskap, 802000-0001\n\nOmfattning\n",
     ["Åsby kommun", "Åsby Simsällskap"]),
    ("§ 9 Borgensåtagande för Åsby Energi AB\n\nBorgen för Åsby Energi AB:s lån.\n", ["Åsby Energi AB"]),
    ("Utskottet föreslår att medfinansiera Leader Norrdalen med 300 000 kronor.\n", ["Leader Norrdalen"]),
    ("Arbetsutskottet beslutar att tilldela kontraktet till Åsby Buss AB.\n", ["Åsby Buss AB"]),
    ("Regionen ingår ett partnerskap med Riksförbundet Hjärta Norra avdelningen och Cancerföreningen Syd.\n",
     ["Riksförbundet Hjärta Norra avdelningen", "Cancerföreningen Syd"]),
    # a guarantee for a company
    ("Regionen går i borgen såsom för egen skuld för AB Tågexempel intill 5 000 000 kronor.\n", ["AB Tågexempel"]),
    # a flattened protocol: the body's proposal heading runs on after the grant's recipient
    # a compound's first part joined by "och" stays in the name
    ("Nämnden beviljar bidrag till Kvinno- och tjejjouren Exeby med 9 000 kronor.\n", ["Kvinno- och tjejjouren Exeby"]),
    # an organisation number with its century "16" before it
    ("Parter\n• Åsby kommun, org. nr 212000-0000\n• Åsby Scoutkår, org. nr 16 802000-0001\n",
     ["Åsby kommun", "Åsby Scoutkår"]),
    ("§ 4 Bidrag till Åsby hembygdsförening Utskottets förslag: Nämnden beviljar ett bidrag om 9 000 kronor.\n",
     ["Åsby hembygdsförening"]),
]


@pytest.mark.parametrize("text, expected", CONSTRUCTS, ids=[c[1][0] for c in CONSTRUCTS])
def test_parties_by_construct(extract_text, text, expected):
    assert sorted(names(extract_text, text)) == sorted(expected)


# Invented texts that name no party: a board deciding, the municipality giving, persons, fragments.
NON_PARTIES = [
    "Kommunstyrelsen beslutar att godkänna förslaget.\n",
    "Kultur- och fritidsnämnden beviljas 300 000 kronor ur kommunstyrelsens reserv.\n",
    "Norrby kommun får 2 miljoner kronor i statsbidrag för ökat bostadsbyggande.\n",
    "Nämnden delar ut kulturstipendium till Anna Lindqvist och Erik Berg för deras arbete.\n",
    "Sammanlagt gick drygt 400 000 kronor till föreningarna.\n",
    "Bidrag till föreningar som driver samlingslokaler beviljas enligt riktlinjerna.\n",
    "Kvinnojour får nytt stöd\n\nEn ny lokal har öppnat.\n",
    "Föreningsbidrag 2024 till idrottsföreningar\n",
    "Ändring av Kulturpriset till Ungdomsstipendiet\n",
    "Sammanträdet avslutades. Ordförande Maria Ek (S) får ordet och tackar.\n",
    "Kommunstyrelsen beslutar att ge Anna Svensson i uppdrag att utreda frågan.\n",
    "Nu får Sverige en ny lag om bidrag till trossamfund.\n",
    "Kommunen har byggt en ny sporthall. Föreningen får 10 000 kronor.\n",
    "Idrottsföreningen får 15 000 kronor till nya matchställ.\n",
    "Dagordningen: 4 Information 12\n5 Budgetuppföljning 14\n6 Delegationsbeslut 22\n",
    "Budget\n\nPersonal 400 000 kr\nLokaler 120 000 kr\nAdministration 30 000 kr\n",
    "Verksamheten samordnas tillsammans med Anna Berg och Per Holm från förvaltningen.\n",
]


@pytest.mark.parametrize("text", NON_PARTIES)
def test_no_party_is_found(extract_text, text):
    assert names(extract_text, text) == []


def test_short_and_long_forms_keep_the_fullest(extract_text):
    text = (
        "Kvinnojouren i Västerby får 90 000 kronor i bidrag. Kvinnojouren får 20 000 kronor i hyresbidrag.\n"
    )
    assert names(extract_text, text) == ["Kvinnojouren i Västerby"]


def test_every_party_keeps_the_span_of_its_name(extract_text):
    text = "Nämnden beviljar bidrag enligt nedan:\n\n- Lövbacka byalag: 45 000 kr\n\n- Granudden IF: 30 500 kr\n"
    record = extract_text(text)
    for p in record["parties"]:
        start, end = p["span"]
        assert text[start:end] == p["name"]


@pytest.mark.parametrize("name, shaped", [
    ("Ekby hembygdsförening", True), ("Stensjö Golfklubb", True), ("Hagaby FF", True), ("AB Tågexempel", True),
    ("Stiftelsen Ekgården", True), ("Brottsofferjouren Tranan", True), ("Anna Lindqvist", False),
    ("Norrby", False), ("Strandvägen", False),
])
def test_org_shape(name, shaped):
    from docparse.extract.parties import is_org_shaped

    assert is_org_shaped(name) is shaped


@pytest.mark.parametrize("name, person", [("Anna Lindqvist", True), ("Erik Berg", True), ("Dalby konstförening", False),
                                          ("Hagaby FF", False)])
def test_person_names_by_given_name(name, person):
    from docparse.extract.parties import looks_like_person

    assert looks_like_person(name) is person


@pytest.mark.parametrize("unit", ["avtal med Ekby ", "Ekby kommun ingår avtal med Tallby IF ", "bidrag till Ekby IF och "])
def test_a_long_line_is_not_rescanned(unit):
    # One line of up to 150,000 characters: every construct reads a bounded window, so the cost
    # grows with the line; a scan back to the line's start per match took minutes.
    from conftest import grows_linearly

    from docparse.extract import Context
    from docparse.extract.parties import extract_parties

    def make(chars: int) -> Context:
        ctx = Context(unit * (chars // len(unit)), [])
        ctx.fields.update(people=[], org_numbers=[])
        return ctx

    grows_linearly(extract_parties, make, 37_500)


def test_org_number_with_its_century_links_to_the_name(extract_text):
    text = "Parter\n• Åsby kommun, org. nr 212000-0000\n• Åsby Scoutkår, org. nr 16 802000-0001\n"
    assert [(n, o) for n, o, _r in parties(extract_text, text)] == [("Åsby kommun", "212000-0000"), ("Åsby Scoutkår", "802000-0001")]


def test_sentence_opening_preposition_is_no_part_of_the_name(extract_text):
    text = "Mellan Åby kommun (org.nr 212000-0000) och Exeby kommun (org.nr 212000-0001) har följande avtal träffats.\n"
    assert [(n, o) for n, o, _r in parties(extract_text, text)] == [("Åby kommun", "212000-0000"), ("Exeby kommun", "212000-0001")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A flattened header: the number follows the name that ends the text before it, not the
        # subject line that opens the line.
        ("Tjänsteskrivelse Socialnämnden Ärende: Bidrag till Åby fritidsgård för 2031 Förslag till beslut Socialnämnden "
         "beslutar att bevilja Åby fritidsgård, org.nr 802432-8547, ett bidrag om 90 000 kronor.\n",
         [("Åby fritidsgård", "802432-8547")]),
        # A table row: the label cell is no part of the name.
        ("Beslut\n\nSökande\tExeby hembygdsförening, org.nr 802749-4627\n\nBidrag beviljas.\n",
         [("Exeby hembygdsförening", "802749-4627")]),
    ],
)
def test_name_before_a_number_in_flattened_lines_and_table_rows(extract_text, text, expected):
    assert [(n, o) for n, o, _r in parties(extract_text, text)] == expected


def test_number_under_a_municipality_and_its_board(extract_text):
    # "Exeby kommun, Socialnämnden" over a labelled number: the municipality's; the next
    # party's number is not carried up to it.
    text = ("§ 1 Parter\nExeby kommun, Socialnämnden\nOrganisationsnummer: 212000-0704\n\n"
            "Åby seniorförening\nOrganisationsnummer: 802432-8547\n")
    assert [(n, o) for n, o, _r in parties(extract_text, text)] == [("Exeby kommun", "212000-0704"), ("Åby seniorförening", "802432-8547")]


def test_money_named_by_a_word_of_its_own_goes_to_a_list_of_names(extract_text):
    text = "Utskottet fördelar 480 000 kronor. Pengarna går till Åby Skidklubb, Exeby Tennisklubb och Åby Bygdegårdsförening.\n"
    assert [n for n, _o, _r in parties(extract_text, text)] == ["Åby Skidklubb", "Exeby Tennisklubb", "Åby Bygdegårdsförening"]


def test_the_number_columns_heading_is_no_party(extract_text):
    text = "Överenskommelse om partnerskap\n\nParter\tOrganisationsnummer\nExeby kommun\t212000-1306\nÅby ungdomsförening\t802511-2205\n"
    assert [n for n, _o, _r in parties(extract_text, text)] == ["Exeby kommun", "Åby ungdomsförening"]


def test_granted_name_before_org_number_is_the_object_not_the_subject(extract_text):
    # "Nämnden beviljar X, org.nr ...": the subject and its verb are no part of the party's name.
    text = (
        "§ 4 Bidrag 2030\n\nNämndens beslut\nKulturnämnden beviljar Hembygdsföreningen Åsviken, org.nr 802461-3393, "
        "ett bidrag om 20 000 kronor.\n"
    )
    assert parties(extract_text, text) == [("Hembygdsföreningen Åsviken", "802461-3393", "idéburen")]


def test_org_number_under_a_label_block_not_the_label_row_above(extract_text):
    # The name over "Organisationsnummer" is the block's first line; "Ärende: ..." above it is another field.
    text = (
        "Ärende: Bidrag till Ekholmens Ridklubb\n\nSökande\nEkholmens Ridklubb\n"
        "Organisationsnummer 802533-8610\n\nBeslut\nNämnden beviljar bidrag.\n"
    )
    assert [p[:2] for p in parties(extract_text, text)] == [("Ekholmens Ridklubb", "802533-8610")]


def test_a_partys_role_label_is_no_name(extract_text):
    # Under "Parter": "Idéburen part:   Stiftelsen X, org.nr ..." names the party after its role.
    text = (
        "AVTAL OM SAMVERKAN\n\nParter\nOffentlig part:    Gnesta kommun, org.nr 212000-1884\n"
        "Idéburen part:     Stiftelsen Läsfrämjarna, org.nr 802477-5127\n\nAvtalet gäller 2031.\n"
    )
    assert [p[:2] for p in parties(extract_text, text)] == [
        ("Gnesta kommun", "212000-1884"), ("Stiftelsen Läsfrämjarna", "802477-5127")]


def test_the_head_row_of_a_parties_table_is_no_party(extract_text):
    text = ("Överenskommelse om idéburet offentligt partnerskap\n\n1. Parter\n\n"
            "Part\tOrganisationsnummer\tFöreträdare\n"
            "Exeby kommun\t212000-0142\tAnna Berg, socialchef\n"
            "Föreningen Fristaden\t802481-1658\tPer Ek, ordförande\n\n2. Bakgrund\n")
    assert sorted(p["name"] for p in extract_text(text)["parties"]) == ["Exeby kommun", "Föreningen Fristaden"]


def test_the_rows_of_a_cost_table_are_no_parties(extract_text):
    text = ("Förslag till beslut\nNämnden beviljar Exeby Konstförening ett bidrag om 90 000 kronor.\n\nEkonomi\n\n"
            "Post\tBelopp\nHyra av galleri\t50 000 kr\nUnderhåll av ridhus\t40 000 kr\n")
    assert [p["name"] for p in extract_text(text)["parties"]] == ["Exeby Konstförening"]


@pytest.mark.parametrize("role", ["Sökanden", "Köparen", "Exploatören"])
def test_a_role_set_off_by_a_comma_is_no_part_of_the_name(extract_text, role):
    text = f"Bakgrund\n{role}, Exeby Fastigheter AB, org.nr 559123-4561, vill bygga bostäder.\n"
    assert [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]] == [("Exeby Fastigheter AB", "559123-4561")]


@pytest.mark.parametrize("text, names", [
    ("§ 62 Försäljning av mark\nKommunstyrelsen säljer tomt 7 i kvarteret Smedjan till Exeby Bygg AB för 1,2 miljoner kronor.\n",
     ["Exeby Bygg AB"]),
    # A Finland-Swedish company: "Ab" before the name.
    ("§ 63 Tomtförsäljning\nStadsstyrelsen säljer tomt 4 i Exeby industriområde till Byggnads Ab Exholm för 38 400 euro.\n",
     ["Byggnads Ab Exholm"]),
    # A person buying is no party to list.
    ("§ 64 Försäljning av bostadstomt\nKommunstyrelsen säljer tomt 9 till Anna Berg för 150 000 kronor.\n", []),
])
def test_the_buyer_of_the_councils_land_is_a_party(extract_text, text, names):
    assert [p["name"] for p in extract_text(text)["parties"]] == names


@pytest.mark.parametrize("name", ["Stiftelsen Kvarnbygdens kulturfond", "Föreningen Sjöstrandens vänner", "Stiftelsen Solgården"])
def test_a_name_ending_in_a_genitive_takes_its_noun(extract_text, name):
    # A proper genitive needs its noun: "Stiftelsen Kvarnbygdens" alone is no name; a name without
    # a genitive ends where the capitals end.
    text = f"Kallelse Ärende 4 Ansökan om bidrag från {name} Dnr KFN 2034/077 Ärende 5 Delegationsbeslut\n"
    assert name in names(extract_text, text)


def test_a_lower_case_kind_between_the_verb_and_the_name_is_no_part_of_it(extract_text):
    text = ("§ 61 Ansökan om verksamhetsbidrag\n\nBeslut\nUtskottet beviljar stiftelsen Norrvikens Skärgårdsmuseum, "
            "802470-6650, ett bidrag om 40 000 kr för 2039.\n")
    assert [(n, nr) for n, nr, _ in parties(extract_text, text)] == [("Norrvikens Skärgårdsmuseum", "802470-6650")]


def test_the_name_before_the_verb_the_money_goes_with(extract_text):
    text = ("Nämnden har fördelat årets driftbidrag. Lekebo Bygdegårdsförening får 20 000 kronor till nya fönster "
            "och till Björkmora Skytteförening går 12 000 kronor för ett skjutvallstak.\n")
    names = [n for n, _, _ in parties(extract_text, text)]
    assert names == ["Lekebo Bygdegårdsförening", "Björkmora Skytteförening"]


def test_organisations_with_their_shares_of_a_sum(extract_text):
    text = ("Utskottet fördelade 300 000 kronor i aktivitetsbidrag. Mest fick Valnäs IF med 140 000 kronor, "
            "följt av Ekholmens Ridklubb med 90 000 kronor och Sjövikens Scoutkår med 70 000 kronor.\n")
    names = [n for n, _, _ in parties(extract_text, text)]
    assert names == ["Valnäs IF", "Ekholmens Ridklubb", "Sjövikens Scoutkår"]
    # Without a word of grants in the sentence, and for a name that is no organisation's, nothing.
    assert parties(extract_text, "Kostnaden delas och Ekholmen med 90 000 kronor står för resten.\n") == []


def test_a_branch_named_after_a_comma_is_its_organisations_party(extract_text):
    text = ("§ 14 Överenskommelse med Exeby scoutdistrikt\n\nNämnden beslutar\n"
            "att godkänna överenskommelsen med Scouterna Mellansverige, Exeby scoutdistrikt, organisationsnummer "
            "802004-5517, för 2041,\natt ersättningen är 60 000 kronor.\n\nScouterna Mellansverige har drivit verksamheten sedan 2035.\n")
    assert [(n, nr) for n, nr, _ in parties(extract_text, text)] == [("Scouterna Mellansverige, Exeby scoutdistrikt", "802004-5517")]


@pytest.mark.parametrize("verb", ["beviljades", "tilldelades", "erhöll"])
def test_a_past_passive_grant_before_its_recipient(extract_text, verb):
    text = f"Fritidsnämnden har fördelat årets bidrag. Samtidigt {verb} Lindbackens Ridklubb 30 000 kronor till ett nytt stall.\n"
    assert [n for n, _, _ in parties(extract_text, text)] == ["Lindbackens Ridklubb"]


@pytest.mark.parametrize("row, name, nr", [
    ("5. Medfinansiering av Föreningen Bygdens Framtid, org.nr 802512-7765 (KS 2041/150)", "Föreningen Bygdens Framtid", "802512-7765"),
    ("7. Borgen för Exebo Energi AB, org.nr 556901-2346 (KS 2041/151)", "Exebo Energi AB", "556901-2346"),
])
def test_a_matters_word_before_an_organisation_in_an_agenda_row_is_no_part_of_its_name(extract_text, row, name, nr):
    text = f"Ärendelista – Kommunstyrelsen 2041-05-04\n\n1. Val av justerare\n2. Årsredovisning 2040\n{row}\n8. Meddelanden\n"
    assert [(n, o) for n, o, _ in parties(extract_text, text)] == [(name, nr)]
