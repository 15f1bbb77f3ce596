"""Rules that keep extraction steady when the same document comes through another converter."""

import pytest

from docparse.clean import clean, undouble_breaks

_PROTOKOLL = (
    "Bergsjö kommun\nKulturnämnden\nProtokoll 2031-05-12\n\n"
    "§ 14 Bidrag till Hembygdsföreningen Ljusnan\n"
    "Kulturnämnden beviljar föreningen ett bidrag om 12 000 kronor\n"
    "för renovering av bygdegården under 2031.\n\n"
    "§ 15 Verksamhetsplan\nNämnden godkänner planen.\n"
    "Beslutet skickas till förvaltningen.\n\n"
    "Vid protokollet\nAnna Lövgren\n"
)


def test_doubled_breaks_are_halved():
    doubled = _PROTOKOLL.replace("\n", "\n\n")
    assert clean(doubled).text == clean(_PROTOKOLL).text


def test_halving_maps_back_to_the_raw_text():
    doubled = _PROTOKOLL.replace("\n", "\n\n")
    text, offsets = undouble_breaks(doubled, None)
    start = text.index("12 000")
    assert doubled[offsets.to_source(start):offsets.to_source(start) + 6] == "12 000"


def test_wrapped_text_without_paragraphs_doubled_is_halved():
    prose = ("Nämnden har tagit del av remissen och lämnar\nföljande yttrande. Kommunen tillstyrker\n"
             "förslaget men avstyrker att kommunerna\nska bära hela kostnaden, som för vår\n"
             "del beräknas till 2,5 miljoner kronor\nper år. Staten bör därför ersätta\n"
             "kommunerna genom ett riktat\nstatsbidrag till skolskjutsen i\nglesbygden.\n")
    assert clean(prose.replace("\n", "\n\n")).text == clean(prose).text


def test_one_line_paragraphs_of_a_web_page_are_kept_apart():
    web = "".join(f"Nyhet {i}: Nämnden beslutade om bidrag till föreningen.\n\n" for i in range(10))
    assert clean(web).text.count("\n\n") >= 9


def test_a_text_with_single_breaks_is_not_touched():
    text, offsets = undouble_breaks(_PROTOKOLL, None)
    assert text == _PROTOKOLL and offsets is None


def _record(text: str) -> dict:
    import hashlib

    from docparse.pipeline import process_source
    from docparse.read.text import read_text

    data = text.encode("utf-8")
    return process_source(read_text("kallelse.txt", data, hashlib.sha256(data).hexdigest()))


_CAPS_AGENDA = ("Bergsjö kommun\nKulturnämnden\nKallelse till sammanträde 2031-05-12 kl. 13.00\n\n"
                "Föredragningslista\n\n"
                " •   1\n\n  VAL AV JUSTERARE\n\n •   2\n\n  GODKÄNNANDE AV DAGORDNINGEN\n\n"
                " •   3\n\n  BIDRAG TILL HEMBYGDSFÖRENINGEN LJUSNAN\n\n •   4\n\n  VERKSAMHETSPLAN FÖR 2032\n")


def test_an_agenda_with_headings_in_capitals_has_its_items():
    items = _record(_CAPS_AGENDA)["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "VAL AV JUSTERARE"), ("2", "GODKÄNNANDE AV DAGORDNINGEN"),
        ("3", "BIDRAG TILL HEMBYGDSFÖRENINGEN LJUSNAN"), ("4", "VERKSAMHETSPLAN FÖR 2032")]


def test_page_numbers_before_a_letterhead_in_capitals_are_no_items():
    body = "Nämnden beslutade att bevilja föreningen bidrag för verksamheten under året som kommer.\n" * 3
    pages = "".join(f"{p} BERGSJÖ KOMMUN SAMMANTRÄDESPROTOKOLL 2031-05-{10 + p}\n{body}\f" for p in (2, 3, 4))
    assert _record("Kulturnämnden\nProtokoll\n\n" + body + "\f" + pages)["items"] == []


def test_a_heading_in_capitals_is_no_party():
    from docparse.extract.parties import plausible_name

    assert not plausible_name("TRE NYA INSATSER", strong=False)
    assert not plausible_name("SOCIALA FÖRENINGAR", strong=True)
    assert plausible_name("Tre Nya Insatser", strong=False)  # the same words capitalised: a name's form


def test_a_name_in_capitals_with_an_organisations_word_stays():
    from docparse.extract.parties import plausible_name

    assert plausible_name("RÖDA KORSET", strong=True)
    assert plausible_name("BERGSJÖ HEMBYGDSFÖRENING", strong=True)


@pytest.mark.parametrize("heading", ["BIDRAG TILL FYRA FÖRENINGAR I MORA", "NYHETER OM STÖD TILL BYGDENS FÖRENINGSLIV",
                                     "SJU FÖRENINGAR", "INFORMATION OM BYGDEGÅRDARNA I HEDEMORA",
                                     "IDROTTSFÖRENINGAR I HEDEMORA", "IDROTTSFÖRENING OCH KONSTFÖRENING"])
def test_a_heading_in_capitals_read_as_running_text_is_no_party(heading):
    from docparse.extract.parties import plausible_name

    # Capitals hide that these are common words in a sentence: "Bidrag till fyra föreningar i Mora".
    assert not plausible_name(heading, strong=True)


@pytest.mark.parametrize("name", ["MORA SKIDKLUBB", "FÖRENINGEN GRANNSAMVERKAN", "IFK HEDEMORA", "FALUNS STADSMISSION",
                                  "STIFTELSEN HÖGBO BRUK"])
def test_a_name_in_capitals_keeps_its_places_kinds_and_tokens(name):
    from docparse.extract.parties import plausible_name

    assert plausible_name(name, strong=True)


def test_a_grant_heading_in_capitals_gives_the_recipients_not_the_heading():
    text = ("BIDRAG TILL TRE BYALAG I MALUNG\n\nPublicerad 4 april 2039\n\n"
            "Fritidsutskottet har fördelat bygdemedel. Öjebyns Byalag får 40 000 kronor och Lima Byalag får 25 000 kronor.\n")
    names = [p["name"] for p in _record(text)["parties"]]
    assert "Öjebyns Byalag" in names and "Lima Byalag" in names
    assert not any(n.isupper() for n in names)


def test_a_compounds_shared_part_at_a_line_end_joins_the_next_line():
    text = clean("Ärendet har beretts av Barn-\noch utbildningsnämnden i Bergsjö kommun.\n").text
    assert "Barn- och utbildningsnämnden i Bergsjö" in text


def test_a_hyphenated_word_at_a_line_end_is_still_joined():
    assert "förvaltningen" in clean("Ärendet har beretts av förvalt-\nningen.\n").text


@pytest.mark.parametrize("caps, mixed", [
    ("BARN- OCH UTBILDNINGSNÄMNDEN", "Barn- och utbildningsnämnden"),
    ("REGION KRONOBERG", "Region Kronoberg"),
    ("SOCIALNÄMNDEN I BOLLNÄS KOMMUN", "Socialnämnden i Bollnäs kommun"),
    ("DNR SN 2039/114", "DNR SN 2039/114"),  # a code keeps its capitals
    ("Socialnämnden", "Socialnämnden"),  # not in capitals: as it is
])
def test_a_line_in_capitals_reads_as_running_text(caps, mixed):
    from docparse.sv.text import sentence_case

    assert sentence_case(caps) == mixed and len(sentence_case(caps)) == len(caps)


_CAPS_LETTERHEAD = (
    "TJÄNSTESKRIVELSE\n2039-02-11\nDnr KFN 2039/31\n\nKultur- och fritidsförvaltningen\nJonas Ahlberg, fritidskonsulent\n\n"
    "{board}\n\nBidrag till Vintjärns bystuga för ny ventilation\n\nFörslag till beslut\n"
    "Kultur- och fritidsnämnden beviljar bidraget.\n")


@pytest.mark.parametrize("board", ["Kultur- och fritidsnämnden", "KULTUR- OCH FRITIDSNÄMNDEN"])
def test_a_board_addressed_in_capitals_is_no_title(board):
    record = _record(_CAPS_LETTERHEAD.format(board=board))
    assert record["document"]["title"] == "Bidrag till Vintjärns bystuga för ny ventilation"


@pytest.mark.parametrize("address", ["Motion till kommunfullmäktige i Ljusdals kommun",
                                     "MOTION TILL KOMMUNFULLMÄKTIGE I LJUSDALS KOMMUN"])
def test_a_motions_address_line_in_capitals_is_no_title(address):
    text = (f"{address}\n\nLåt fler skolgårdar hållas öppna på kvällen\n\n"
            "Många barn saknar en trygg plats att leka på efter skolan. Jag föreslår därför kommunfullmäktige\n"
            "att uppdra åt barn- och utbildningsnämnden att utreda saken.\n\nLjusdal 2039-03-02\nEmma Nordin (C)\n")
    assert _record(text)["document"]["title"] == "Låt fler skolgårdar hållas öppna på kvällen"


@pytest.mark.parametrize("text, title", [
    ("KALLELSE TILL SAMMANTRÄDE MED\nKOMMUNSTYRELSENS ARBETSUTSKOTT\n\nTid: Tisdagen den 4 mars 2039 kl. 13.00\n"
     "Plats: Kommunhuset\n\n1. Val av justerare\n2. Budget 2040\n",
     "KALLELSE TILL SAMMANTRÄDE MED KOMMUNSTYRELSENS ARBETSUTSKOTT"),
    ("Kommunstyrelsen\n\nPROTOKOLL FRÅN SOCIALNÄMNDENS SAMMANTRÄDE\nden 17 november 2038\n\nPlats och tid: Kommunhuset "
     "kl. 13.00\n\n§ 1 Val av justerare\nNämnden utser Eva Ek.\n",
     "PROTOKOLL FRÅN SOCIALNÄMNDENS SAMMANTRÄDE den 17 november 2038"),
    # the kind alone in the letterhead's right column, the heading in capitals below it
    ("                          KALLELSE\nMORA KOMMUN               2038-05-04\nSocialnämnden\n\n\n"
     "KALLELSE TILL SAMMANTRÄDE MED SOCIALNÄMNDEN\n\nTid   Onsdagen den 13 maj 2038, kl. 09.00\n\n"
     "1. Val av justerare\n2. Budget\n",
     "KALLELSE TILL SAMMANTRÄDE MED SOCIALNÄMNDEN"),
    ("Valnämnden\n\nPROTOKOLL FRÅN SAMMANTRÄDE 2039-08-29\n\nTid och plats: Kommunhuset kl. 17.00\n\n"
     "§ 1 Val av justerare\nNämnden utser Eva Ek.\n\n§ 2 Valdistrikt\nNämnden fastställer indelningen.\n",
     "PROTOKOLL FRÅN SAMMANTRÄDE 2039-08-29"),
])
def test_a_meetings_heading_in_capitals_is_read_whole(text, title):
    assert _record(text)["document"]["title"] == title


@pytest.mark.parametrize("headline", ["STADSPARKEN RUSTAS", "REGIONTÅGEN FÅR NY TIDTABELL", "KOMMUNALRÅDET AVGÅR"])
def test_a_headline_in_capitals_with_a_bodys_word_inside_a_word_is_the_title(headline):
    text = (f"{headline}\n\nNyhet 2039-05-02\n\nFullmäktige beslutade i går kväll efter en lång debatt. "
            "Beslutet gäller från den första juli och ska följas upp efter ett år.\n")
    assert _record(text)["document"]["title"] == headline


def test_a_protocols_items_in_capitals_are_read_though_two_open_alike():
    text = ("PROTOKOLL FÖRT VID ÅRSSTÄMMA I LINDBACKA VÄRME AB\nDatum: 2039-04-20\n\n"
            "1. STÄMMANS ÖPPNANDE\nOrdföranden öppnade stämman.\n\n2. VAL AV JUSTERARE\nEva Holm valdes.\n\n"
            "3. BESLUT OM ANSVARSFRIHET\nStämman beviljade ansvarsfrihet.\n\n4. BESLUT OM ARVODEN\n"
            "Arvodena lämnas oförändrade.\n\n5. STÄMMANS AVSLUTANDE\n\nVid protokollet\nEva Holm\n")
    items = _record(text)["items"]
    assert [i["number"] for i in items] == ["1", "2", "3", "4", "5"]
    assert items[3]["title"] == "BESLUT OM ARVODEN"


def test_years_ending_a_heading_in_capitals_are_no_diarienummer():
    text = ("Kommunstyrelsens arbetsutskott\nProtokoll 2039-09-08\n\n"
            "§ 41 FÖRDJUPAD ÖVERSIKTSPLAN FÖR SÄTERS KOMMUN 2040-2045\nArbetsutskottet föreslår kommunstyrelsen att anta planen.\n\n"
            "§ 42 DELEGATIONSBESLUT\nInga delegationsbeslut har anmälts.\n")
    item = _record(text)["items"][0]
    assert item["title"] == "FÖRDJUPAD ÖVERSIKTSPLAN FÖR SÄTERS KOMMUN 2040-2045" and item["dnr"] is None


@pytest.mark.parametrize("line, name", [("STINA MÅNSSON", True), ("ANNA-KARIN LUNDH", True), ("EKONOMISK REDOVISNING", False),
                                        ("SAMLAD BEDÖMNING", False), ("Stina Månsson", True)])
def test_a_name_in_capitals_is_a_name_when_it_opens_with_a_given_name(line, name):
    from docparse.extract.people import is_name

    assert is_name(line) is name


def test_signers_printed_in_capitals_are_read_with_their_titles():
    text = ("Tjänsteskrivelse\n2039-03-01\n\nBidrag till Lindbacka scoutkår\n\nFörslag till beslut\n"
            "Nämnden beviljar bidraget.\n\nSTINA MÅNSSON\nFörvaltningschef\n\nOLOF WIDÉN\nHandläggare\n")
    people = {p["name"].casefold(): p["title"] for p in _record(text)["people"]}
    assert people == {"stina månsson": "Förvaltningschef", "olof widén": "Handläggare"}


@pytest.mark.parametrize("place", ["Ljusdal", "LJUSDAL"])
def test_a_motions_signing_place_in_capitals_dates_it(place):
    text = ("Motion om fler laddplatser vid kommunens förskolor\n\nMånga föräldrar kör elbil. Jag föreslår därför "
            "kommunfullmäktige\natt uppdra åt tekniska nämnden att bygga laddplatser.\n\n"
            f"{place} 2039-03-02\n\nEmma Nordin (C)\n")
    assert _record(text)["document"]["date"] == "2039-03-02"


def test_an_anaphors_association_does_not_run_up_into_a_heading_in_capitals():
    text = ("Nyheter 2039-01-24\n\nBYGDEGÅRDAR FÅR BIDRAG TROTS FÄRRE BOKNINGAR\n\nKultur- och fritidsnämnden har beslutat om "
            "bidrag.\n\nBYGDEGÅRDAR FÅR BIDRAG TROTS FÄRRE BOKNINGAR\nNorrbackens bygdegård i Lövås är länets största bygdegård. "
            "Föreningen som driver bygdegården får också mest i bidrag från kommunen med 148 720 kronor.\n")
    assert [p["name"] for p in _record(text)["parties"]] == ["Norrbackens bygdegård"]
