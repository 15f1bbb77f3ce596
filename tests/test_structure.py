"""The structure stage on invented documents: web chrome, type words, titles, header dates,
and the document fields read from them (board, municipality, date), in line-structured and
flattened layouts alike."""

import pytest

from docparse.clean import web_chrome

WRAPPER = (
    "• No results found\n\nSammanträdesprotokoll Sida 1(9) Plats och tid\n\nN/A\nProtected\n\n"
    'Share "Sammanträdesprotokoll Sida 1(9) Plats och tid"\n\nCopied!\n12\n0\n\nFull text\n\n(1)\n\n'
)


def test_hosting_wrapper_is_masked_and_its_title_kept_apart():
    text = WRAPPER + "PROTOKOLL\nByggnadsnämnden\n"
    masks = web_chrome(text)
    kinds = {k for _s, _e, k in masks}
    assert kinds == {"web-wrapper", "web-title", "web-ui"}
    title = next(text[s:e] for s, e, k in masks if k == "web-title")
    assert title == "Sammanträdesprotokoll Sida 1(9) Plats och tid"
    wrapper_end = max(e for s, e, k in masks if k != "web-ui")
    assert text[wrapper_end:].lstrip().startswith("(1)")
    assert not any(s >= text.index("PROTOKOLL") for s, _e, _k in masks)


@pytest.mark.parametrize("line", ["Hoppa över navigering", "Dela", "Skriv ut", "Lyssna", "Publicerad:", "Storlek: px",
                                  # read by OCR without å/ä/ö (the clean stage runs before repair)
                                  "Hoppa over navigering", "Ga till innehallet", "Sok"])
def test_interface_lines_are_masked(line):
    text = f"Rubrik om något\n\n{line}\n\nEn mening om ärendet som nämnden har beslutat om i dag.\n"
    assert [text[s:e] for s, e, _k in web_chrome(text)] == [line]


def test_ordinary_lines_are_not_chrome():
    text = "Dela ut bidrag till föreningar\n\nSök bidrag senast 1 mars.\n12 ledamöter närvarade.\n"
    assert web_chrome(text) == []


@pytest.mark.parametrize(
    "text, doc_type, title",
    [
        # A protocol's own heading word in capitals, flattened into its letterhead line.
        ("EXEMPELÅ KOMMUN SAMMANTRÄDESPROTOKOLL Tekniska nämnden 2019-04-02 Plats och tid Rådhuset, kl. 9.00 "
         "Beslutande Anna Berg (S), ordförande Per Ek (M)\n", "protokoll", "SAMMANTRÄDESPROTOKOLL"),
        ("KALLELSE\nDatum 2020-01-07\nFritidsnämnden\n\nFritidsnämnden kallas till sammanträde\n", "kallelse", "KALLELSE"),
        ("Kallelse till byggnadsnämndens sammanträde\n\nTid: tisdag 3 mars 2020 kl. 13.00\n", "kallelse",
         "Kallelse till byggnadsnämndens sammanträde"),
        ("Tjänsteskrivelse\nDatum 2021-05-05\nDnr KFN 2021/77\n\nRiktlinjer för lokalbidrag\n\nSammanfattning\nText.\n",
         "tjänsteskrivelse", "Riktlinjer för lokalbidrag"),
        ("Kommunens yttrande över betänkandet En ny skollag\n\nKommunen har beretts tillfälle att yttra sig.\n",
         "remiss", "Kommunens yttrande över betänkandet En ny skollag"),
        ("PROTOKOLLSUTDRAG\nKommunstyrelsen\n\nPolicy för inköp\n\nBeslut\nKommunstyrelsen antar policyn.\n",
         "protokollsutdrag", "Policy för inköp"),
        # Lines that are no heading over the heading in its block: a § mark and a diarienummer, a lone kind word.
        ("PROTOKOLLSUTDRAG\nKulturnämnden\nSammanträdesdatum 2032-09-14\n\n§ 31\nDnr KN 2032/19\nBidrag till sommarteater\n\n"
         "Beslut\nNämnden beviljar bidraget.\n", "protokollsutdrag", "Bidrag till sommarteater"),
        ("Tjänsteskrivelse\n\nÄrende 4\nNy hyresmodell för föreningslokaler\n\nSammanfattning\nText.\n",
         "tjänsteskrivelse", "Ny hyresmodell för föreningslokaler"),
        # ... but not a label alone (its value is under it), nor short lines one under another (a site's menu).
        ("Tjänsteskrivelse\n\nHandläggare\nMaja Lund\n\nNy hyresmodell för föreningslokaler\n\nSammanfattning\nText.\n",
         "tjänsteskrivelse", "Ny hyresmodell för föreningslokaler"),
        ("Nyheter\nStart\nSkola och förskola\nTrafik och gator\n\nNy hyresmodell för föreningslokaler\n"
         "Publicerad 3 mars 2032\n\nKommunen inför en ny modell för hyror av lokaler i höst.\n",
         "nyhet", "Ny hyresmodell för föreningslokaler"),
        # An officer's name alone under the office, and an office named by what it is for, are letterhead.
        ("Kultur- och fritidskontoret\nOlle Sandberg\n\nTill Kultur- och fritidsnämnden\n\nAngående: Nya regler för "
         "lokalbokning\n\nBakgrund\nText.\n", None, "Nya regler för lokalbokning"),
        ("Tjänsteutlåtande\nMiljöförvaltningen\nAvdelningen för livsmedelskontroll\nDnr 3.1-88/2032\nSida 1 (2)\n"
         "2032-06-01\nHandläggare\nNils Ek\nTill\nMiljönämnden\n\nTaxa för livsmedelskontroll 2033\n\n"
         "Förslag till beslut\nText.\n", "tjänsteutlåtande", "Taxa för livsmedelskontroll 2033"),
        # A sentence opening with a preposition is no heading; with no subject line, the agreement's own word names it.
        ("Hyresavtal\n\nMellan Åsby kommun och Åsby Ridklubb har följande avtal träffats.\n\n1. Lokalen\nText.\n",
         "avtal", "Hyresavtal"),
        # An archive's note to the reader over a scanned document is no heading.
        ("Observera att dokumentet är inskannat och att fel kan förekomma.\n\nTjänsteskrivelse\n\n"
         "Hyresavtal för Ekebo skola\n\nÄrendet\nText.\n", "tjänsteskrivelse", "Hyresavtal för Ekebo skola"),
        # A board's dateline under the heading is no part of it.
        ("Beslut i korthet\nMiljönämnden 2032-10-05\n\nNy taxa för tillsyn\nNämnden antog en ny taxa.\n",
         "beslut", "Beslut i korthet"),
        # A protocol's or agenda's heading goes on into its meeting: "från", "fört vid", "OCH", a date ending the line.
        ("Protokoll från byggnadsnämndens sammanträde 2032-09-01\n\nPlats och tid: Stadshuset\nBeslutande: Eva Ek (S)\n"
         "Justerare: Olle Sand (M)\n\n§ 1 Val av justerare\n", "protokoll", "Protokoll från byggnadsnämndens sammanträde 2032-09-01"),
        ("Protokoll fört vid sammanträde med valnämnden\n\nPlats och tid: Stadshuset 2032-09-01\nBeslutande: Eva Ek (S)\n"
         "Justerare: Olle Sand (M)\n\n§ 1 Val av justerare\n", "protokoll", "Protokoll fört vid sammanträde med valnämnden"),
        ("KALLELSE OCH FÖREDRAGNINGSLISTA\nValnämnden\n2032-09-01\n\n1. Val av justerare\n2. Valdistrikt\n",
         "kallelse", "KALLELSE OCH FÖREDRAGNINGSLISTA"),
        ("Föredragningslista för valnämndens sammanträde den 1 september 2032\n\n1. Val av justerare\n2. Valdistrikt\n"
         "3. Övrigt\n", "kallelse", "Föredragningslista för valnämndens sammanträde den 1 september 2032"),
        # A letterhead of a board with its municipality on one line, over the type word.
        ("Miljönämnden i Hofors kommun\nTJÄNSTESKRIVELSE\n\nTillsyn av enskilda avlopp 2032\n\nÄrendet\nText.\n",
         "tjänsteskrivelse", "Tillsyn av enskilda avlopp 2032"),
    ],
)
def test_type_word_and_title(extract_text, text, doc_type, title):
    doc = extract_text(text)["document"]
    assert (doc["doc_type"], doc["title"]) == (doc_type, title)


def test_type_word_in_running_text_is_no_type(extract_text):
    text = "Nya regler för parkering\n\nEnligt protokoll från förra mötet beslutade nämnden att se över reglerna för parkering.\n"
    assert extract_text(text)["document"]["doc_type"] != "protokoll"


def test_protocol_known_by_its_layout(extract_text):
    text = (
        "1(4)\nPlats och tid\nStadshuset, kl. 13.00-15.00\nBeslutande\nAnna Berg (S), ordförande\n"
        "Utses att justera\nPer Ek (M)\nParagrafer\n12-19\n"
    )
    assert extract_text(text)["document"]["doc_type"] == "protokoll"


def test_news_page(extract_text):
    text = (
        "Fler platser i förskolan till hösten\n\nPublicerad 4 mars 2021\n\n"
        "Barn- och utbildningsnämnden beslutade på sitt sammanträde att öppna två nya avdelningar i förskolan till hösten.\n\n"
        "– Vi ser att behovet växer, säger nämndens ordförande Lena Holm (C).\n"
    )
    doc = extract_text(text)["document"]
    assert doc["doc_type"] == "nyhet"
    assert doc["title"] == "Fler platser i förskolan till hösten"
    assert doc["date"] == "2021-03-04"
    assert doc["board"] == "Barn- och utbildningsnämnden"


_LINKS_OVER_HEADLINE = (
    "Kommunens logotyp\nHär når du alla våra e-tjänster och blanketter på ett och samma ställe\n\nMeny\n\n"
    "Läs om hur du lämnar synpunkter eller gör en felanmälan\n\nSynpunkter och felanmälan\n\n"
    "Få hjälp att komma igång med talsyntesen på webbplatsen\n\nLyssna\n\nTill startsidan\n\n"
)


@pytest.mark.parametrize("between", ["", "Publicerad 12 maj 2033\n\n", "Foto: Eva Lindgren\n\n"])
def test_a_web_pages_headline_under_its_sites_links(extract_text, between):
    # Each link of the site's menu a short block of its own, some a sentence long with no full
    # stop: the headline is the heading right over the article's first paragraph.
    text = _LINKS_OVER_HEADLINE + "Nytt badhus öppnar i höst\n\n" + between + (
        "Kommunfullmäktige beslutade i går att bygga ett nytt badhus vid idrottsplatsen, och arbetet börjar i vår.\n\n"
        "Badhuset får en bassäng för simundervisning och en för motion.\n")
    doc = extract_text(text)["document"]
    assert doc["doc_type"] == "nyhet"
    assert doc["title"] == "Nytt badhus öppnar i höst"


@pytest.mark.parametrize("chrome, kind", [("Annons\n\n", "nyhet"), ("", None)])
def test_a_web_pages_article_cut_above_its_headline_is_news(extract_text, chrome, kind):
    # Paragraphs of prose on a page with a site's chrome (an ad's label) are an article even when
    # the excerpt lost its headline; without the chrome nothing tells what the prose is.
    text = ("Lokaltidningen har fått ta del av listan över föreningar som får driftbidrag i år. Nämnden fattade beslut "
            "om bidragen vid sitt senaste sammanträde och nästan alla sökande fick pengar.\n\n" + chrome
            + "Idrottsföreningar: Sörby IK 12 400 kronor, Norrby BK 9 800 kronor och Västby skidklubb 6 250 kronor.\n\n"
            "Bidragen är viktiga för föreningslivet i hela kommunen, och fler föreningar bör söka nästa år.\n")
    assert extract_text(text)["document"]["doc_type"] == kind


def test_short_heads_over_prose_without_a_web_pages_chrome_keep_their_first_heading(extract_text):
    # No menu button, no skip link: the short lines are the document's own head, not a site's links.
    text = ("Vägledning för föreningsbidrag\n\nVersion 2\n\nKultur- och fritidsnämnden\n\nGäller från 1 januari 2033\n\n"
            "Antagen av nämnden i december\n\nAllmänna villkor för bidrag\n\n"
            "Föreningen ska ha sitt säte i kommunen och ha minst tio medlemmar mellan sju och tjugo år.\n")
    assert extract_text(text)["document"]["title"] == "Vägledning för föreningsbidrag"


@pytest.mark.parametrize(
    "text, date",
    [
        # A page's kind word dates it only with a date by it, not one past the headline below it.
        ("Nyhet\n\nNy simhall invigd\n\nSimhallen invigdes den 3 maj 2032 inför många gäster.\n\n"
         "Publicerad: 2032-05-04\n", "2032-05-04"),
        # A kallelse is dated by its meeting, not by the day it was sent.
        ("KALLELSE\nDatum 2020-01-07\n\nDag och tid tisdagen den 14 januari 2020, kl. 18.00\n", "2020-01-14"),
        # A label row whose values stand beneath it.
        ("Tjänsteskrivelse\n\nDatum\tVår beteckning\n\n2019-05-06\tBUN 2019/0123\n\nÄmne för ärendet här\n", "2019-05-06"),
        # The checking of a protocol is not its meeting.
        ("PROTOKOLL\nSammanträdesdatum 2018-02-12\nTid och plats för justering Rådhuset 2018-02-19\n", "2018-02-12"),
        # A meeting date next to the body that met.
        ("Tekniska nämnden 12 april 2016\nPlats och tid Rådhuset\nBeslutande Anna Berg (S)\nJusterare Per Ek\n", "2016-04-12"),
        # A weekday before the date of a meeting.
        ("Plats och tid\nTorsdagen den 3 juni 2021 kl. 9.00\nBeslutande\nAnna Berg\nJusterare\nPer Ek\n", "2021-06-03"),
        # A meeting of two days is dated by its first.
        ("PROTOKOLL\nRegionfullmäktige\nSammanträdesdatum 14–15 oktober 2031\n\nBeslutande\nAnna Berg\nJusterare\nPer Ek\n", "2031-10-14"),
    ],
)
def test_document_date(extract_text, text, date):
    assert extract_text(text)["document"]["date"] == date


@pytest.mark.parametrize(
    "text, board",
    [
        ("Till Kultur- och fritidsnämnden\n\nBidrag till studieförbund\n\nText om kommunstyrelsen.\n", "Kultur- och fritidsnämnden"),
        ("Frågor inför byggnadsnämndens arbetsutskott\n\nArbetsutskottet behandlar tre ärenden.\n", "Byggnadsnämndens arbetsutskott"),
        ("PROTOKOLL\nREGIONFULLMÄKTIGE\nFinanspolicy\n", "Regionfullmäktige"),
        ("Höjt bidrag till idrottsnämnden\n\nKommunfullmäktige beslutade i går att höja idrottsnämndens ram.\n", "Kommunfullmäktige"),
        # A room owned by a board says nothing of who meets there.
        ("PROTOKOLL Plats och tid Socialnämndens mötesrum Beslutande Anna Berg\n\nMiljönämnden\n", "Miljönämnden"),
        # A bare head named by what it is for, on a line of its own.
        ("SAMMANTRÄDESPROTOKOLL\nGemensamma nämnden för färdtjänst\n2032-04-07\n\n§ 1 Val av justerare\n§ 2 Taxor\n",
         "Gemensamma nämnden för färdtjänst"),
        ("PROTOKOLL\nStyrelsen för Ekeby Fjärrvärme AB\n2032-04-07\n\n§ 1 Val av justerare\n§ 2 Taxor\n",
         "Styrelsen för Ekeby Fjärrvärme AB"),
        # ... but not a lower-case "nämnden för" at a wrapped line's end in running text.
        ("Tjänsteskrivelse\nTill Tekniska nämnden\n\nNy taxa för slam\n\nÄrendet\nFörslaget lämnas nu till nämnden för\n"
         "beslut.\n", "Tekniska nämnden"),
    ],
)
def test_board(extract_text, text, board):
    assert extract_text(text)["document"]["board"] == board


@pytest.mark.parametrize(
    "text, municipality",
    [
        ("NORDANÅ KOMMUN PROTOKOLL\nText.\n", None),  # in capitals, only a municipality SCB lists
        ("UMEÅ KOMMUN\nPROTOKOLL\n", "Umeå kommun"),
        ("Karlstads kommun\nTjänsteskrivelse\n", "Karlstads kommun"),
        ("Region Örebro län\nPressmeddelande\n", "Region Örebro län"),
        ("Borås Stad\nNyhet\n", "Borås Stad"),
        ("Malmö stad\nPressmeddelande\n", "Malmö stad"),
        ("Han flyttade till en stad i Norrland.\n", None),
        ("Text om Örebro kommun.\n\nTEXT.\n\nMALMÖ KOMMUN\n", "Örebro kommun"),
    ],
)
def test_municipality(extract_text, text, municipality):
    assert extract_text(text)["document"]["municipality"] == municipality


def test_wrapper_title_is_the_last_resort(extract_text):
    text = WRAPPER.replace("Sammanträdesprotokoll Sida 1(9) Plats och tid", "Bygglov för förskola vid Exempelvägen") + (
        "Måndagen den 8 mars 2021, kl. 13.00\n\nBeslutande Anna Berg (S), ordförande\n"
    )
    assert extract_text(text)["document"]["title"] == "Bygglov för förskola vid Exempelvägen"


def test_sections_by_their_headings():
    from docparse.document import line_spans
    from docparse.structure.sections import find_sections

    text = (
        "Ämne\n\nSammanfattning\nKort text.\n\n1. Förslag till beslut:\n1. Nämnden beslutar att anta planen.\n\n"
        "Beskrivning av ärendet\nLång text.\n\nFörvaltningens bedömning\nText.\n\nBeslutsunderlag\nTjänsteskrivelse\n\n"
        "Beslutet skickas till\nEkonomikontoret\n\nBilagor\n1. Plan\n"
    )
    sections = find_sections(line_spans(text), len(text))
    assert [s.kind for s in sections] == [
        "summary", "proposal", "matter", "assessment", "documents", "distribution", "attachments",
    ]
    proposal = sections[1]
    assert text[proposal.span[0]: proposal.span[1]].startswith("1. Förslag till beslut:")
    assert text[proposal.span[1]:].startswith("Beskrivning av ärendet")


@pytest.mark.parametrize("line", ["Beslutet fattades i går.", "Bakgrunden till ärendet är lång", "Bilagorna finns på webben."])
def test_running_text_is_no_section_heading(line):
    from docparse.document import line_spans
    from docparse.structure.sections import find_sections

    assert find_sections(line_spans(line + "\n"), len(line) + 1) == []


def test_registry_order_is_checked():
    from docparse.extract import Extractor, RegistryError, check_registry

    check_registry([Extractor("dates", "m:f"), Extractor("periods", "m:g", requires=("dates",))])
    with pytest.raises(RegistryError, match="requires dates"):
        check_registry([Extractor("periods", "m:g", requires=("dates",)), Extractor("dates", "m:f")])
    with pytest.raises(RegistryError, match="assigned twice"):
        check_registry([Extractor("dates", "m:f"), Extractor("dates", "m:g")])


def test_an_extractor_reads_only_what_it_requires(monkeypatch):
    import docparse.extract as ex

    def sneaky(ctx):
        return ctx.fields.get("dates")

    load = ex._load
    monkeypatch.setattr(ex, "_load", lambda target: sneaky if target == "test:sneaky" else load(target))
    registry = [ex.Extractor("dates", "docparse.extract.dates:extract_dates"), ex.Extractor("sneaky", "test:sneaky")]
    monkeypatch.setattr(ex, "REGISTRY", registry)
    with pytest.raises(ex.UndeclaredFieldError, match="reads 'dates' without requiring it"):
        ex.extract("Text 2021-03-09.\n")


FLAT_BODY = "Förvaltningen har sett över reglerna och föreslår ändringar i flera avsnitt av dem. " * 3


@pytest.mark.parametrize(
    "text, title",
    [
        # A headline that opens with a number is no page mark.
        ("12 föreningar får bidrag till lokaler\n\nPublicerad 3 maj 2021\n\nNämnden beslutade i går om bidragen till föreningarna.\n",
         "12 föreningar får bidrag till lokaler"),
        # Viewer debris before "Kallelse till ...": the heading starts at the type word.
        ("1 -2, TN :15 Kallelse till tekniska nämndens sammanträde Observera! Tisdag kl 13 i rådhuset\n",
         "Kallelse till tekniska nämndens sammanträde"),
        # A flattened letterhead: page mark, the addressed board, then the subject.
        (f"1 1(4) Fritidsnämnden Nya regler för bidrag till lokaler Ärendet {FLAT_BODY}\n",
         "Nya regler för bidrag till lokaler"),
    ],
)
def test_titles_in_web_and_flattened_layouts(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, title",
    [
        # A site's breadcrumb trail is no headline.
        ("Start > Aktuellt > Ny förskola i Åby klar\n\nNy förskola i Åby klar\n\nPublicerad 4 maj 2031\n\n"
         "Barn- och skolnämnden beslutade i går att förskolan ska öppna i augusti i år.\n",
         "Ny förskola i Åby klar"),
        # A subject label with its value on the same line.
        ("Tjänsteskrivelse\nDatum: 2031-02-03\nTill: Kommunstyrelsen\n\nÄrende: Riktlinjer för sponsring\n\nBakgrund\nText.\n",
         "Riktlinjer för sponsring"),
        # The type word and its addressee head the document; the subject follows.
        ("Motion till kommunfullmäktige i Exeby kommun\n\nFler laddstolpar vid skolorna\n\nText om laddning av bilar.\n",
         "Fler laddstolpar vid skolorna"),
        # A letterhead block (board, municipality) with the subject in it.
        ("Miljönämnden\nExeby kommun\nBeslut om tillsynsavgift 2032\nDatum 2032-01-12\n\nNämnden beslutar att ta ut avgiften.\n",
         "Beslut om tillsynsavgift 2032"),
        # The line above the municipality's name belongs to the letterhead.
        ("DELEGATIONSBESLUT\n\nLönenämnden i samverkan\nExeby kommun\nDatum: 2031-05-06\nÄrendenummer: LN 2031/17\n\n"
         "Beslut om ersättning till ombud\n\nBeslut\nErsättningen fastställs.\n",
         "Beslut om ersättning till ombud"),
    ],
)
def test_titles_past_letterheads_labels_and_breadcrumbs(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, board",
    [
        # A board named by an adjective before a bare head.
        ("KALLELSE\nTekniska nämnden\n\nTid: 3 mars 2031 kl. 13.00\n", "Tekniska nämnden"),
        # (with what it is for, when a line of its own names it so: its full name)
        ("Protokoll\nGemensamma nämnden för hjälpmedel\nSammanträdesdatum 2031-03-03\n", "Gemensamma nämnden för hjälpmedel"),
        ("Protokoll\nGemensamma nämnden för hjälpmedel sammanträdde 2031-03-03\n", "Gemensamma nämnden"),
    ],
)
def test_board_named_with_an_adjective(extract_text, text, board):
    assert extract_text(text)["document"]["board"] == board


@pytest.mark.parametrize(
    "text, date",
    [
        # A signing line: the place and the date, when the head carries no date.
        ("Motion om cykelbanor\n\nVi yrkar\n\natt bygga fler cykelbanor.\n\nExeby den 4 mars 2031\n\nAnna Berg (C)\n", "2031-03-04"),
        ("Avtal om lokaler\n\nAvtalet gäller i två år.\n\nÅby, 2031-06-30\n\nPer Ek\n", "2031-06-30"),
    ],
)
def test_date_of_a_signing_line(extract_text, text, date):
    assert extract_text(text)["document"]["date"] == date


@pytest.mark.parametrize(
    "text, doc_type, title",
    [
        # The type word and its date: a dateline, not the headline.
        ("Pressmeddelande  •  3 maj 2031\n\nNy busslinje till Åby från hösten\n\nRegionen beslutade i går om en ny linje.\n",
         "pressmeddelande", "Ny busslinje till Åby från hösten"),
        # Two agenda words joined by a slash are one heading.
        ("Exeby kommun\n\nKALLELSE/FÖREDRAGNINGSLISTA\n\nTid: 2031-06-14 kl. 18.30\n", "kallelse", "KALLELSE/FÖREDRAGNINGSLISTA"),
        # Values printed over their labels are no heading.
        ("Exeby kommun\n\n2031-11-02\nDatum\n\nMN 2031/588\nDiarienummer\n\nTjänsteskrivelse – Tillsynsplan för 2032\n\nText.\n",
         "tjänsteskrivelse", "Tjänsteskrivelse – Tillsynsplan för 2032"),
    ],
)
def test_datelines_joined_type_words_and_values_over_labels(extract_text, text, doc_type, title):
    document = extract_text(text)["document"]
    assert (document["doc_type"], document["title"]) == (doc_type, title)


def test_dnr_over_its_label(extract_text):
    text = "Exeby kommun\n\n2031-11-02\nDatum\n\nMN 2031/588\nDiarienummer\n\nTillsynsplan för 2032\n"
    assert extract_text(text)["document"]["dnr"] == "MN 2031/588"


@pytest.mark.parametrize(
    "text, field, value",
    [
        # A breadcrumb of slashes from the home page.
        ("Hem / Aktuellt\n\n2031-05-04 13:45\n\nNy lekplats i Åby\n\nKommunstyrelsen beslutade i dag att bygga lekplatsen vid skolan.\n",
         "title", "Ny lekplats i Åby"),
        # "Kallelse till sammanträde med <board>": whose meeting belongs to the heading.
        ("Kallelse till sammanträde med miljönämnden\n\nDatum: 2031-11-15\n\nÄrenden:\n\n1. Val av justerare\n\n2. Budget\n",
         "title", "Kallelse till sammanträde med miljönämnden"),
        # A district's name before its board.
        ("Tjänsteutlåtande\n\nTill\nÅby-Ekeby stadsdelsnämnd\n\nMedel för sommarlov\n", "board", "Åby-Ekeby stadsdelsnämnd"),
        # A flattened letterhead: the board, then the municipality.
        ("Yttrande över förslaget Dnr KS 2031.812 Datum 2031-12-05 Kommunstyrelsen Hylte kommun Text om förslaget.\n",
         "municipality", "Hylte kommun"),
    ],
)
def test_more_heading_and_letterhead_layouts(extract_text, text, field, value):
    assert extract_text(text)["document"][field] == value


@pytest.mark.parametrize(
    "text, title",
    [
        # "Ärende" over its value in one block: the value is the subject.
        ("Delegationsbeslut\nMiljönämnden, Exeby kommun\n\nBeslutsdatum: 2031-02-27\nDiarienr: MN 2031/37\n"
         "Beslutsfattare: Per Ek, enhetschef\n\nÄrende\nAnsökan om dispens för brygga\n\nBeslut\nDispens ges.\n",
         "Ansökan om dispens för brygga"),
    ],
)
def test_subject_under_its_label(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize("unit", [
    "Åkesson, Lena (S), ordförande; ",  # one long flattened line of surname-first entries
    "Förening  Bidrag (kr)\nÅby IK  12 000\n",  # amount columns, one after another
    "Åby " * 30 + "(kr)",  # a long line that ends in a unit without being a table heading
    "MN 2031/588\nDiarienummer\n",  # values over their labels
    "Hem / Aktuellt > ",  # a breadcrumb trail with no end
])
def test_new_layout_readers_stay_linear(extract_text, unit):
    from conftest import grows_linearly

    grows_linearly(extract_text, lambda chars: unit * max(1, chars // len(unit)), 8000)


@pytest.mark.parametrize(
    "text, field, value",
    [
        # Letterhead columns: an office and the type word side by side are no title.
        ("MILJÖFÖRVALTNINGEN                    YTTRANDE\n                                      2031-03-02\n\nMiljönämnden\n\n"
         "Yttrande över förslag om nya badplatser\n\nText.\n", "title", "Yttrande över förslag om nya badplatser"),
        # A board-code number alone on a line of the head is the document's own.
        ("MILJÖFÖRVALTNINGEN                    YTTRANDE\n                                      MN 2031/0056\n\nText om ärendet.\n",
         "dnr", "MN 2031/0056"),
        # The body the heading names under the type word.
        ("Utdrag ur protokoll\nMiljönämndens arbetsutskott i Exeby kommun\n2031-11-08\n\n§ 4\n\nTaxa\n\n"
         "Miljönämnden föreslår fullmäktige besluta\n- att anta taxan.\n", "board", "Miljönämndens arbetsutskott"),
    ],
)
def test_letterhead_columns_bare_head_dnr_and_heading_body(extract_text, text, field, value):
    assert extract_text(text)["document"][field] == value


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # A compound names the agreement's kind at the head of its heading.
        ("Samverkansavtal om gemensam växel\n\nMellan Åby kommun och Exeby kommun har följande avtal träffats.\n", "avtal"),
        ("Hyresavtal för lokal i Åby\n\nParter\nÅby kommun och Åby IK.\n", "avtal"),
        # "Beslut" as the first line is the document's type; further down it heads a section.
        ("Beslut\nDatum 2031-08-30\nDnr MN 2031/0388\n\nMiljönämnden\n\nAnsökan om dispens\n\nBeslut\n1) Dispens ges.\n", "beslut"),
    ],
)
def test_compound_and_first_line_type_words(extract_text, text, doc_type):
    assert extract_text(text)["document"]["doc_type"] == doc_type


@pytest.mark.parametrize(
    "text, title",
    [
        # A single matter's paragraph mark before its heading.
        ("Protokollsutdrag\nKommunfullmäktige\nSammanträdesdatum 2031-02-20\n\n§ 12 Arvoden för förtroendevalda\n\nBeslut\nFullmäktige antar reglementet.\n",
         "Arvoden för förtroendevalda"),
        # A flattened "Kallelse till ..." ends before the meeting's weekday and date.
        ("Kallelse till kommunfullmäktige i Exeby kommun Måndagen den 18 september 2031 kl. 18.30 i Kommunhuset Ärende 1. Val av justerare\n",
         "Kallelse till kommunfullmäktige i Exeby kommun"),
    ],
)
def test_paragraph_mark_and_run_on_kallelse_heading(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, title",
    [
        # The type word over a lower-case subtitle: one heading in two lines.
        ("AVTAL\nom städning av idrottshallen i Åby\n\nAvtalsparter\nBeställare: Åby kommun\n\nÅby 2031-12-04\n",
         "AVTAL om städning av idrottshallen i Åby"),
        # A letterhead line of a board and its municipality, parted by a comma.
        ("Tjänsteskrivelse 2031-03-08\nDnr MN 2031.112\n\nMiljönämnden, Exeby kommun\n\nTillsyn av förskolor 2032\n\nText.\n",
         "Tillsyn av förskolor 2032"),
    ],
)
def test_type_word_subtitle_and_comma_letterhead(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, field, value",
    [
        # "<Town> Stad" as the town writes itself is letterhead, not a heading.
        ("Utlåtande\nDiarienummer 0851/31\n2031-09-14\n\nByggnadsnämnden\nExeby Stad\n\nUtlåtande över förslag till detaljplan för Åby\n",
         "title", "Utlåtande över förslag till detaljplan för Åby"),
        # "<Body> kallas till sammanträde" heads a kallelse.
        ("Valnämnden i Exeby kommun kallas till sammanträde\n\nTid: 2031-02-08 kl. 16.00\n\nFöredragningslista\n• § 1. Val av justerare\n",
         "title", "Valnämnden i Exeby kommun kallas till sammanträde"),
        # "Tid:" and "Plats:" lines are no continuation of the heading above them.
        ("Protokoll fört vid sammanträde med miljönämnden\nTid: 2030-10-15 kl. 13.00\nPlats: Rådhuset\n\nJusterare: Per Ek\n",
         "title", "Protokoll fört vid sammanträde med miljönämnden"),
    ],
)
def test_stad_letterhead_summons_and_time_lines(extract_text, text, field, value):
    assert extract_text(text)["document"][field] == value


@pytest.mark.parametrize(
    "text, field, value",
    [
        # "Vår referens" is the document's own number ("Er referens" is the addressee's).
        ("Remissvar\n\nDatum: 2031-02-12\nVår referens: KS 2031/0044\nEr referens: 511-8823-2030\n\nTill Länsstyrelsen i Exeby län\n\n"
         "Remissvar angående vattenplan\n\nKommunstyrelsens beslut\nKommunstyrelsen beslutar att lämna yttrande.\n", "dnr", "KS 2031/0044"),
        # A state agency addressed is no deciding body of the council.
        ("Remissvar\n\nTill Länsstyrelsen i Exeby län\n\nRemissvar angående vattenplan\n\nKommunstyrelsens beslut\n"
         "Kommunstyrelsen beslutar att lämna yttrande.\n", "board", "Kommunstyrelsen"),
        # The head's date beside the municipality on the line under the type word.
        ("KOMMUNFULLMÄKTIGE                        PROTOKOLL\nExeby kommun                             2031-12-12\n\n"
         "§ 97  Val av justerare\n§ 98  Budget 2032\n§ 99  Motion om belysning\n", "date", "2031-12-12"),
        # The date right after the type word in a flattened head.
        ("1 (3) TJÄNSTESKRIVELSE 2031-06-01 Dnr MN 2031/318 Miljönämnden Handläggare Per Ek Text om planen.\n", "date", "2031-06-01"),
    ],
)
def test_own_reference_state_agency_and_head_dates(extract_text, text, field, value):
    assert extract_text(text)["document"][field] == value


@pytest.mark.parametrize(
    "text, title",
    [
        # A web page's heading over a flattened protocol names it; a slash breadcrumb does not.
        ("Kommun och politik / Protokoll / Miljönämnden 2031\n\nMiljönämndens protokoll 2031-05-10\n\n"
         "Protokoll Miljönämnden Sammanträdesdatum 2031-05-10 Plats och tid Rådhuset kl. 08.30 Beslutande Anna Ström (S), "
         "ordförande Per Ek (M) Justerare Per Ek § 8 Val av justerare § 9 Budget § 10 Delegeringsbeslut\n",
         "Miljönämndens protokoll 2031-05-10"),
    ],
)
def test_page_heading_over_a_flattened_protocol(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, title",
    [
        # A heading wrapped before the municipality's name is no letterhead line.
        ("Till\n\nKulturnämnden\n2020-05-05\n\nNytt stöd till studieförbund och föreningar i\nExeby kommun\n\nFörslag till beslut\n",
         "Nytt stöd till studieförbund och föreningar i Exeby kommun"),
        # A short line over it is.
        ("Överförmyndarnämnden i samverkan\nExeby kommun\n\nRiktlinjer för arvoden\n\nText.\n", "Riktlinjer för arvoden"),
    ],
)
def test_letterhead_over_the_municipality(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, title",
    [
        # A news page's dateline over its headline, Swedish or in a site's English interface.
        ("Start / Nyheter\n\nNyhet | 2031-02-12\nNytt bidrag till fotboll i Åby\n\nÅby kommun ger föreningen bidrag.\n",
         "Nytt bidrag till fotboll i Åby"),
        ("Skip to main content\n\nNews • 3 March 2031\nLibrary opens on Sundays\n\nExeby kommun öppnar biblioteket.\n",
         "Library opens on Sundays"),
        # A tabbed letterhead (office, type word, date) is no heading; the labelled subject is.
        ("Tekniska förvaltningen\tTJÄNSTESKRIVELSE\t2031-01-20\tDnr TN 2031/87\nHandläggare\tPer Ek\n\n"
         "Rubrik: Ny taxa för hämtning av grovavfall\n\nFörslag till beslut\nNämnden antar taxan.\n",
         "Ny taxa för hämtning av grovavfall"),
    ],
)
def test_datelines_and_tabbed_letterheads_are_no_titles(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


def test_bare_dnr_in_a_letterhead_column(extract_text):
    text = ("TEKNISKA FÖRVALTNINGEN                    TJÄNSTESKRIVELSE\nGata och park                    2031-01-27\n"
            "Per Ek                                    TN 2031/18\n\nTekniska nämnden\n\nNy belysning i Åby park\n")
    assert extract_text(text)["document"]["dnr"] == "TN 2031/18"


@pytest.mark.parametrize(
    "text, title",
    [
        # A subject label inside a flattened header line: its value up to the next heading.
        ("Tjänsteskrivelse 2031-04-03 Dnr SN 2031/77 Socialförvaltningen Handläggare Eva Ek Socialnämnden "
         "Ärende: Bidrag till Exeby fritidsgård för 2031 Förslag till beslut Socialnämnden beslutar att bevilja bidraget. "
         "Ärendet Fritidsgården har ansökt om bidrag.\n", "Bidrag till Exeby fritidsgård för 2031"),
        # A table row's label cell does as the colon.
        ("DELEGATIONSBESLUT\n\nÄrende\tAnsökan om bidrag till sommarfest i Åby\nSökande\tÅby bygdeförening\n\n"
         "Beslut\nBidrag beviljas.\n", "Ansökan om bidrag till sommarfest i Åby"),
    ],
)
def test_subject_labels_in_flattened_lines_and_table_rows(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


def test_protocol_extract_is_titled_by_its_matter_not_its_source_line(extract_text):
    text = ("Utdrag ur protokoll fört vid sammanträde med Kommunstyrelsen i Exeby kommun 2031-03-04\n\n§ 38   Dnr 2031/0071\n\n"
            "Försäljning av fastigheten Åby 7:31\n\nKommunstyrelsens beslut\nKommunstyrelsen beslutar att sälja fastigheten.\n")
    record = extract_text(text)
    assert (record["document"]["doc_type"], record["document"]["title"]) == ("protokollsutdrag", "Försäljning av fastigheten Åby 7:31")


def test_full_text_marker_in_an_unlisted_language_is_known_by_its_place():
    # After the site's quoted title and its counters, a short line of no Swedish word opens the text.
    text = WRAPPER.replace("Full text", "Teljes szöveg") + "PROTOKOLL\nByggnadsnämnden\n"
    masks = web_chrome(text)
    assert any(k == "web-title" for _s, _e, k in masks)
    wrapper_end = max(e for s, e, k in masks if k != "web-ui")
    assert text[wrapper_end:].lstrip().startswith("(1)")


@pytest.mark.parametrize(
    "first, masked",
    [
        ("Klikněte prosím", True),  # a button label in a language the lexicon does not know
        ("Dela ut", False),  # Swedish words
        ("Anna Berg", False),  # a name: capitalised words only
    ],
)
def test_a_leading_foreign_button_label(first, masked):
    text = f"{first}\nNYHETER 2031-01-24\n\nBygdegårdar får bidrag\n\nNämnden beslutade i dag.\n"
    assert bool([m for m in web_chrome(text) if text[m[0]:m[1]] == first]) == masked


def test_title_span_holds_what_the_title_keeps():
    from docparse.clean import clean
    from docparse.extract import extract

    text = "Tjänsteskrivelse\n\nNy taxa för torghandel i Åby:\n\nFörslag till beslut\nNämnden antar taxan.\n"
    cleaned = clean(text)
    record = extract(cleaned.text, masked=cleaned.masks)
    s, e = record["document"]["spans"]["title"]
    assert (record["document"]["title"], cleaned.text[s:e]) == ("Ny taxa för torghandel i Åby", "Ny taxa för torghandel i Åby")


@pytest.mark.parametrize("heading", ["SUMMARY", "BACKGROUND", "MATTER", "DOCUMENTS", "MATTER_DESCRIPTION"])
def test_one_heading_list_serves_sections_points_items_and_the_title(extract_text, heading):
    # The same word, from docparse/sv/sections.py, heads a section, ends a list of points,
    # ends a flattened item title and cuts a flattened title.
    from docparse.document import line_spans
    from docparse.structure.items import find_items
    from docparse.structure.sections import find_sections
    from docparse.sv import sections as sv_sections

    word = sv_sections.capitalised(getattr(sv_sections, heading)).replace(r"\s+", " ")
    text = f"Förslag till beslut\n1. Nämnden antar planen.\n{word}\nText om planen.\n"
    assert [s.kind for s in find_sections(line_spans(text), len(text))][0] == "proposal"
    assert len(extract_text(text)["decision_points"]) == 1
    agenda = f"PROTOKOLL Miljönämnden\n§ 4 Taxa för tillsyn {word} Text.\n§ 5 Val av ombud {word} Text.\n"
    assert [i.title for i in find_items(agenda, line_spans(agenda))] == ["Taxa för tillsyn", "Val av ombud"]
    flat = f"Tjänsteskrivelse Ny taxa för tillsyn i Åby {word} Text om taxan som nämnden ska besluta om i dag. " * 2
    assert extract_text(flat)["document"]["title"] == "Ny taxa för tillsyn i Åby"


@pytest.mark.parametrize(
    "text, title",
    [
        # A diarienummer under the § mark is no heading.
        ("Protokollsutdrag\nKommunstyrelsen\nSammanträdesdatum 2031-04-23\n\n§ 77   KS 2031/0198\n\n"
         "Remiss – Förslag till plan för cykelvägar 2032–2040\n\nKommunstyrelsens beslut\nKommunstyrelsen beslutar att anta yttrandet.\n",
         "Remiss – Förslag till plan för cykelvägar 2032–2040"),
        # A subject label among the head's label rows (a Markdown table become tab-separated cells).
        ("| Tjänsteskrivelse | |\n|---|---|\n| Datum | 2031-02-24 |\n| Diarienummer | KS 2031/0389 |\n"
         "| Rubrik | Svar på motion om fler parkbänkar |\n\nFörslag till beslut\nMotionen anses besvarad.\n",
         "Svar på motion om fler parkbänkar"),
    ],
)
def test_dnr_lines_and_subject_labels_among_label_rows(extract_text, text, title):
    assert extract_text(text)["document"]["title"] == title


@pytest.mark.parametrize(
    "text, doc_type, title",
    [
        # A heading in capitals goes on in capitals.
        ("KALLELSE TILL SAMMANTRÄDE\nValnämnden i Exeby kommun\nTisdagen den 10 juni 2031, kl. 17.00\n\nPunkt 1 Val av justerare\n"
         "Punkt 2 Godkännande av dagordningen\nPunkt 3 Arvoden för röstmottagare\n", "kallelse", "KALLELSE TILL SAMMANTRÄDE"),
        # A site's English label for a press release is the type word, not the headline.
        ("Press release\nRegion Exeland\n\nRegionen förlänger samarbetet med Åby kvinnojour\n\nRegionstyrelsen beslutade i dag "
         "att förlänga överenskommelsen.\n", "pressmeddelande", "Regionen förlänger samarbetet med Åby kvinnojour"),
    ],
)
def test_capital_headings_and_an_english_type_label(extract_text, text, doc_type, title):
    doc = extract_text(text)["document"]
    assert (doc["doc_type"], doc["title"]) == (doc_type, title)


def test_type_word_that_lost_its_a_umlaut_and_a_news_sites_section_over_the_date(extract_text):
    doc = extract_text("Tekniska förvaltningen\nTJANSTESKRIVELSE\nDatum 2031-02-03\n\nTekniska nämnden\n\n"
                       "Ny belysning i Åby park\n\nForslag till beslut\nNämnden bifaller.\n")["document"]
    assert (doc["doc_type"], doc["title"]) == ("tjänsteskrivelse", "Ny belysning i Åby park")
    news = ("Politik och beslut\n2031-05-27\n\nFoto: Exeby kommun\n\nNämnden ger klartecken till ny konstgräsplan\n\n"
            "Nämnden har beslutat att anlägga en ny konstgräsplan. Investeringen beräknas till 6,8 miljoner kronor.\n\n"
            "– Det här är viktigt, säger nämndens ordförande Eva Ek (M).\n")
    assert extract_text(news)["document"]["title"] == "Nämnden ger klartecken till ny konstgräsplan"


def test_tolerant_leaves_character_classes_alone():
    from docparse.sv.sections import tolerant

    assert tolerant(r"[a-zåäö]*överenskommelse") == r"[a-zåäö]*[öo]verenskommelse"


@pytest.mark.parametrize(
    "text, field, value",
    [
        # An image caption's label line is no headline.
        ("Nyheter\nPublicerad 8 oktober 2031\n\nBildtext: Simhallen i Åby byggdes 1972.\n\nFullmäktige sa ja till ny simhall\n\n"
         "Kommunfullmäktige beslutade i går att bygga en ny simhall.\n", "title", "Fullmäktige sa ja till ny simhall"),
        # A date label that lost its ä still labels the meeting's date.
        ("SAMMANTRADESPROTOKOLL\nTekniska namnden\nSammantradesdatum 2031-09-18\n\n§ 77 Val av justerare\n§ 78 Taxa 2032\n",
         "date", "2031-09-18"),
        # An office with its date beside it is letterhead; "Beslutsförslag" ends a flattened subject.
        ("Tjänsteutlåtande Samhällsbyggnadsförvaltningen 2031-08-11 Diarienummer BN 2031/0480 Byggnadsnämnden Ansökan om "
         "förhandsbesked för nybyggnad på fastigheten Åby 2:7 Beslutsförslag Byggnadsnämnden beslutar att meddela positivt "
         "förhandsbesked. Bakgrund Sökanden vill uppföra ett enbostadshus.\n",
         "title", "Ansökan om förhandsbesked för nybyggnad på fastigheten Åby 2:7"),
    ],
)
def test_captions_ocr_date_labels_and_dated_offices(extract_text, text, field, value):
    assert extract_text(text)["document"][field] == value


@pytest.mark.parametrize(
    "text, field, value",
    [
        # A date in a column of its own, the dnr beside it.
        ("Tjänsteskrivelse\nKultur- och fritidsnämnden\n2031-12-01                                             KFN 2031/0520\n\n"
         "Aktivitetsstöd till föreningar våren 2032\n\nFörslag till beslut\n1) Nämnden fastställer stödet.\n", "date", "2031-12-01"),
        # "Nyheter från ..." is a headline, not the news label.
        ("Start > Nyheter\n\nNyheter från fullmäktige 15 december\n\nPublicerad: 2031-12-16\n\nKommunfullmäktige i Exeby kommun "
         "höll sitt sista sammanträde för året.\n", "title", "Nyheter från fullmäktige 15 december"),
    ],
)
def test_column_dates_and_news_headlines_opening_with_nyheter(extract_text, text, field, value):
    assert extract_text(text)["document"][field] == value
