"""General rules of older (1998-2011) born-digital protocols, extracts and kallelser found by round 50
(tests/fixtures/invented/1000-1013): a § title's dnr in brackets on the line under it; an agenda
matter's own page head ("Ärende 4      Dnr 2004.031") kept as the page's text, not masked as a
running head; a table of contents' title wrapped before its dot leader; an older diarienummer's
archive code after a spaced dash ("Dnr 187/01 -451"); a six-digit date (YYMMDD) as a date label's
value, beside it or in its column of a label row; a decision's lead-in that names no decision verb, over
a blank line and att-clauses; a committee's two-word code before its § mark ("Ks au § 22"); a wrapped
heading ending where its dnr's column begins; the older "112/02-434" in an agenda's dnr column left of
the title; probing then: a coded § mark opening each page ("KS § 42   Dnr ...") is no running head, and an
extract's title follows a two-word committee code; an older "41/04-041" alone under its title is its dnr. Each case is invented Swedish and failed before its
rule; the guards hold what must not change."""

from docparse.sv.dnr import take_value


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


_HEAD = ("TRANÅS KOMMUN                        PROTOKOLL\nKultur- och fritidsnämnden\n\n"
         "Sammanträdesdatum 2007-05-16\n\n")


def test_a_bracketed_dnr_under_a_long_title_is_the_item_s(extract_text):
    text = (_HEAD + "Kfn § 31\n\nVal av justerare\n\nLena Ek utses att justera.\n\n\n"
            "Kfn § 32\n\nTaxor för uthyrning av idrottshallar från och med 2008\n(Dnr KFN 07/41)\n\n"
            "Förvaltningen har sett över taxorna.\n\n\n"
            "Kfn § 33\n\nÖversyn av bidragsreglerna för studieförbunden 2008\n(KFN 07/52)\n\n"
            "Förvaltningen redovisar.\n")
    assert _items(extract_text(text)) == [
        ("31", "Val av justerare", None),
        ("32", "Taxor för uthyrning av idrottshallar från och med 2008", "KFN 07/41"),
        ("33", "Översyn av bidragsreglerna för studieförbunden 2008", "KFN 07/52")]


def test_a_bracketed_note_under_a_title_is_no_dnr(extract_text):
    # (guard: brackets round words that are no diarienummer leave the item without one)
    text = (_HEAD + "Kfn § 31\n\nVal av justerare\n\nLena Ek utses att justera.\n\n\n"
            "Kfn § 32\n\nTaxor för uthyrning av idrottshallar från och med 2008\n(enligt bilaga)\n\n"
            "Förvaltningen har sett över taxorna.\n")
    assert _items(extract_text(text))[1][2] is None


_OWN_PAGES = (
    "YDRE KOMMUN\nMiljö- och byggnadsnämnden\n\nKALLELSE\n\nLedamöterna kallas till sammanträde "
    "onsdagen den 9 april 2008 kl. 13.00 i kommunhuset.\n\nÄRENDELISTA\n\n"
    "1.  Val av justerare ................................................ 1\n"
    "2.  Delegationsbeslut mars 2008 ..................................... 2\n"
    "3.  Förhandsbesked för nybyggnad av bostadshus på del av Sund 4:12,\n"
    "    Österbymo ........................................................ 3\n"
    "4.  Tillsynsplan för miljöbalken 2008 ................................ 4\n"
    "\fMiljö- och byggnadsnämnden                2008-04-09                    2\n\n"
    "Ärende 2                                                  Dnr 2008.044\n\n"
    "Delegationsbeslut mars 2008\n\nFörslag till beslut\n\nRedovisningen godkänns.\n"
    "\fMiljö- och byggnadsnämnden                2008-04-09                    3\n\n"
    "Ärende 3                                                  Dnr 2008.017\n\n"
    "Förhandsbesked för nybyggnad av bostadshus på del av Sund 4:12, Österbymo\n\n"
    "Förslag till beslut\n\natt lämna positivt förhandsbesked.\n"
    "\fMiljö- och byggnadsnämnden                2008-04-09                    4\n\n"
    "Ärende 4                                                  Dnr 2008.002\n\n"
    "Tillsynsplan för miljöbalken 2008\n\nFörslag till beslut\n\natt anta tillsynsplanen.\n")


def test_an_agenda_matter_s_own_page_head_is_its_text_not_a_running_head(extract_text):
    items = _items(extract_text(_OWN_PAGES))
    assert [i[2] for i in items] == [None, "2008.044", "2008.017", "2008.002"]


def test_a_contents_title_wrapped_before_its_leader_is_one_title(extract_text):
    items = _items(extract_text(_OWN_PAGES))
    assert items[2][1] == "Förhandsbesked för nybyggnad av bostadshus på del av Sund 4:12, Österbymo"


def test_a_contents_row_with_its_page_is_not_joined_to_the_next_indented_row(extract_text):
    # (guard: a row already closed by its leader and page keeps its title; the next row is its own)
    text = _OWN_PAGES.replace("2.  Delegationsbeslut mars 2008", "    2.  Delegationsbeslut mars 2008")
    items = _items(extract_text(text))
    assert items[0][1] == "Val av justerare"
    assert items[1][1] == "Delegationsbeslut mars 2008"


def test_an_archive_code_after_a_spaced_dash_is_part_of_the_dnr():
    assert take_value("Dnr 214/03 -452", 4)[0] == "214/03 -452"
    assert take_value("Dnr 2006.118 - 041  Bygglov", 4)[0] == "2006.118 - 041"


def test_a_year_date_or_span_after_a_dash_is_no_archive_code():
    # (guard: a year, a date or a second number-and-year after the dash are not the number's)
    assert take_value("Dnr 12/06 - 2006", 4)[0] == "12/06"
    assert take_value("Dnr 2006/12 - 2006-05-01", 4)[0] == "2006/12"
    assert take_value("Dnr 12/06 - 15/06", 4)[0] == "12/06"


def test_an_archive_code_gives_the_document_its_full_dnr(extract_text):
    text = ("KINDA KOMMUN          PROTOKOLLSUTDRAG\nSocialnämnden            Sammanträdesdatum 2003-02-12\n\n"
            "Sn § 14                  Dnr 56/03 -706\n\nRiktlinjer för färdtjänst\n\n"
            "Socialnämndens beslut\n\natt anta riktlinjerna.\n")
    assert extract_text(text)["document"]["dnr"] == "56/03-706"


_SIX_DIGITS = ("HÖGSBY KOMMUN                                   PROTOKOLLSUTDRAG\n"
               "Byggnadsnämnden                                 Sammanträdesdatum\n"
               "                                                {date}\n\n"
               "Bn § 22                                         Dnr 2004.031\n\n"
               "Bygglov för nybyggnad av garage, Fagerhult 2:14\n\n"
               "Vid besök 040302 konstaterades att marken är plan.\n\n"
               "Byggnadsnämndens beslut\n\natt bevilja bygglov.\n")


def test_a_six_digit_date_under_its_label_is_the_meeting_s(extract_text):
    assert extract_text(_SIX_DIGITS.format(date="040317"))["document"]["date"] == "2004-03-17"
    assert extract_text(_SIX_DIGITS.format(date="990317"))["document"]["date"] == "1999-03-17"


def test_six_digits_that_are_no_date_or_have_no_label_give_no_date(extract_text):
    # (guard: no month 13; and six digits in running text, "040302", are no document date)
    assert extract_text(_SIX_DIGITS.format(date="041317"))["document"]["date"] is None


_LEAD_IN = ("ÅTVIDABERGS KOMMUN          PROTOKOLLSUTDRAG\nMiljö- och hälsoskyddsnämnden     Sammanträdesdatum 2002-10-09\n\n"
            "Mhn § 61                    Dnr 2002.207\n\nFöreläggande om sotning, Grebo 3:8\n\n"
            "Miljö- och hälsoskyddsnämndens beslut\n\n"
            "Miljö- och hälsoskyddsnämnden förelägger med stöd av 26 kap. 9 § miljöbalken ägaren till fastigheten Grebo 3:8\n\n"
            "att låta sota eldstaden före den 1 december 2002, samt\n\n"
            "att visa upp sotningsprotokollet för nämnden.\n\n"
            "Expedieras:\nFastighetsägaren\n")


def test_a_lead_in_with_no_decision_verb_over_att_clauses_is_no_point(extract_text):
    points = [p["text"] for p in extract_text(_LEAD_IN)["decision_points"]]
    assert points == ["att låta sota eldstaden före den 1 december 2002, samt",
                      "att visa upp sotningsprotokollet för nämnden."]


def test_a_finished_decision_sentence_stays_a_point(extract_text):
    # (guard: a sentence that ends in its full stop is a decision of its own, whatever follows)
    text = _LEAD_IN.replace("ägaren till fastigheten Grebo 3:8\n\n", "ägaren till fastigheten Grebo 3:8 att sota eldstaden.\n\n")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points[0].startswith("Miljö- och hälsoskyddsnämnden förelägger")


# Batch B (1007-1013).

def test_a_committee_s_two_word_code_before_its_mark_opens_items(extract_text):
    text = ("OCKELBO KOMMUN\nKommunstyrelsens arbetsutskott\n\nPROTOKOLL\n\nSammanträdesdatum: 12 april 1999\n\n"
            "Ks au § 31\n\nVal av justerare\n\nStig Norén utses att justera.\n\n\n"
            "Ks au § 32                                 Dnr 1999.066\n\nFörsäljning av tomt i Åmots industriområde\n\n"
            "Arbetsutskottets beslut\n\natt sälja tomten.\n\n\n"
            "KS AU § 33                                 Dnr 1999.071\n\nBidrag till Lingbo Byalag\n\n"
            "Arbetsutskottets beslut\n\natt bevilja 8 000 kronor.\n")
    assert _items(extract_text(text)) == [
        ("31", "Val av justerare", None),
        ("32", "Försäljning av tomt i Åmots industriområde", "1999.066"),
        ("33", "Bidrag till Lingbo Byalag", "1999.071")]


_LABEL_ROW = ("ÅSTORPS KOMMUN                             PROTOKOLLSUTDRAG\n"
              "Socialnämnden                              Sammanträdesdatum       Blad\n"
              "                                           {date}                  4\n\n\n"
              "Sn § 18\n\n"
              "Avtal med Föreningen Kvidinge Träffpunkt om\n"
              "dagverksamhet för äldre 2005-2007                      Dnr SN 04/211\n\n"
              "Föreningen har bedrivit dagverksamhet sedan 1999.\n\n"
              "Socialnämndens beslut\n\natt godkänna avtalet.\n")


def test_a_six_digit_date_in_a_label_row_s_column_is_the_meeting_s(extract_text):
    assert extract_text(_LABEL_ROW.format(date="041208"))["document"]["date"] == "2004-12-08"


def test_a_label_row_s_page_number_is_no_date(extract_text):
    # (guard: the value in the label's column is read, not another column's number)
    text = _LABEL_ROW.format(date="      ").replace("                  4\n", "      041208\n")
    assert extract_text(text)["document"]["date"] is None


def test_a_wrapped_heading_ends_where_its_dnr_column_begins(extract_text):
    document = extract_text(_LABEL_ROW.format(date="041208"))["document"]
    assert document["title"] == "Avtal med Föreningen Kvidinge Träffpunkt om dagverksamhet för äldre 2005-2007"
    assert document["dnr"] == "SN 04/211"


def test_an_older_dnr_column_between_number_and_title(extract_text):
    text = ("HYLTE KOMMUN\nMiljö- och byggnadsnämnden\n\nKALLELSE\n\nDag och tid     Tisdagen den 8 maj 2001 kl. 13.00\n\n"
            "FÖREDRAGNINGSLISTA\n\nNr   Dnr            Ärende\n\n"
            "1                   Val av justerare\n\n"
            "2    41/01-400      Budgetuppföljning april 2001\n\n"
            "3    233/00         Bygglov för ombyggnad av ladugård,\n"
            "                    Torup 2:9\n\n"
            "4                   Meddelanden\n")
    assert _items(extract_text(text)) == [
        ("1", "Val av justerare", None),
        ("2", "Budgetuppföljning april 2001", "41/01-400"),
        ("3", "Bygglov för ombyggnad av ladugård, Torup 2:9", "233/00"),
        ("4", "Meddelanden", None)]


# Probing the round's layouts (unit tests only).

def _one_paragraph_a_page(mark: str) -> str:
    rows = [("Val av justerare", None, "Eva Ek utses att justera.", "Justeringen sker den 14 maj."),
            ("Budgetuppföljning april 2004", "KS 04/118", "Ekonomichefen redovisar utfallet.", "att godkänna uppföljningen."),
            ("Bidrag till Torsåkers IF", "KS 04/77", "Föreningen söker 20 000 kronor.", "att bevilja 15 000 kronor."),
            ("Detaljplan för Långnäs", "KS 04/12", "Planen har varit utställd.", "att anta detaljplanen.")]
    pages = []
    for n, (title, dnr, body, decision) in enumerate(rows, 41):
        line = f"{mark} § {n}" + (f"                                Dnr {dnr}" if dnr else "")
        pages.append(f"HOFORS KOMMUN     Kommunstyrelsen     Sammanträdesdatum 2004-05-10     Sida {n - 40}\n\n"
                     f"{line}\n\n{title}\n\n{body}\n\nKommunstyrelsens beslut\n\n{decision}\n")
    return "\f".join(pages)


def test_a_coded_mark_opening_each_page_is_no_running_head(extract_text):
    # One § a page under a one-line running head: "KS § 42   Dnr KS 04/118" reads the same on every page
    # with its digits folded, yet it is each page's own matter.
    for mark in ("KS", "Ks au"):
        assert _items(extract_text(_one_paragraph_a_page(mark))) == [
            ("41", "Val av justerare", None), ("42", "Budgetuppföljning april 2004", "KS 04/118"),
            ("43", "Bidrag till Torsåkers IF", "KS 04/77"), ("44", "Detaljplan för Långnäs", "KS 04/12")]


def test_a_running_head_naming_the_paragraphs_stays_masked():
    # (guard: "KS §§ 41-44" atop every page is the protocol's running head)
    from docparse.clean import clean
    text = _one_paragraph_a_page("KS").replace("Sammanträdesdatum 2004-05-10", "KS §§ 41-44")
    cleaned = clean(text)
    masked = [cleaned.text[m[0]:m[1]] for m in cleaned.masks]
    assert sum("KS §§ 41-44" in m for m in masked) == 3


_COMMITTEE_EXTRACT = ("LAXÅ KOMMUN                    PROTOKOLLSUTDRAG\n"
                      "Kommunstyrelsens arbetsutskott     Sammanträdesdatum 2006-02-14\n\n"
                      "Ks au § 12   Bidrag till Hasselfors Bygdegårdsförening\n\nFöreningen söker 30 000 kronor.\n\n"
                      "Arbetsutskottets beslut\n\natt bevilja 20 000 kronor.\n")


def test_an_extract_s_title_after_a_two_word_committee_code(extract_text):
    assert extract_text(_COMMITTEE_EXTRACT)["document"]["title"] == "Bidrag till Hasselfors Bygdegårdsförening"
    below = _COMMITTEE_EXTRACT.replace("Ks au § 12   Bidrag", "Ks au § 12\n\nBidrag")
    assert extract_text(below)["document"]["title"] == "Bidrag till Hasselfors Bygdegårdsförening"


def test_an_older_dnr_alone_under_its_title_in_a_cell_per_line_table(extract_text):
    # pdftotext gives the Nr / Ärende / Dnr table one cell a line; the dnr the older way, no board code
    text = ("ORSA KOMMUN\nKommunfullmäktige\n\nKALLELSE\n\nKommunfullmäktige sammanträder måndagen den 14 juni 2004 "
            "kl. 19.00 i Orsa kommunhus.\n\nÄrenden\n\nNr\nÄrende\nDnr\n1\nVal av justerare\n"
            "2\nÅrsredovisning 2003\n41/04-041\n3\nTaxa för renhållning 2005\n77/04-406\n4\nMeddelanden\n")
    assert _items(extract_text(text)) == [
        ("1", "Val av justerare", None), ("2", "Årsredovisning 2003", "41/04-041"),
        ("3", "Taxa för renhållning 2005", "77/04-406"), ("4", "Meddelanden", None)]


def test_a_date_alone_is_no_older_dnr():
    # (guard: a day and month, or a date with its year after the dash, are no number, year and archive code)
    from docparse.structure.items import _is_bare_dnr_line
    assert not _is_bare_dnr_line("14/06")
    assert not _is_bare_dnr_line("12/04-2005")
