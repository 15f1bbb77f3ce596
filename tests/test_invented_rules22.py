"""General rules of older meeting documents as the text layers of Word PDFs give them, found by
round 22 (tests/fixtures/invented 430-): a one-§ extract printed on protocol paper and attested
("Rätt utdraget intygar"), a § heading with its paragraph run on under it (OCR drops the blank
line), a registry's abbreviated receipt stamp ("Ink. <date>") over a motion, a förbund named by its
area's genitive ("Exebygdens kommunalförbund") in its letterhead and in the ANSLAG box's "Organ",
and a grant's recipient wrapped in an agenda's -layout column. Each case is invented Swedish and
failed before its rule."""


def test_an_attested_one_paragraph_extract_on_protocol_paper(extract_text):
    text = ("EXEBY KOMMUN                          SAMMANTRÄDESPROTOKOLL\n"
            "                                      Sammanträdesdatum\n"
            "Tekniska nämnden                      2004-11-03\n\n"
            "TN § 87        Dnr 2004/211\n\n"
            "Ny belysning i Storparken\n\n"
            "Nämnden har fått ett förslag om ny belysning längs parkens gångvägar.\n\n"
            "Tekniska nämnden beslutar\n\natt godkänna förslaget.\n\n"
            "Justerandes sign        Utdragsbestyrkande\n\n"
            "Rätt utdraget intygar:\nKarin Ek, nämndsekreterare\n")
    doc = extract_text(text)["document"]
    assert doc["doc_type"] == "protokollsutdrag"
    assert doc["title"] == "Ny belysning i Storparken"


def test_a_whole_protocols_extract_boxes_keep_it_a_protocol(extract_text):
    text = ("EXEBY KOMMUN                          SAMMANTRÄDESPROTOKOLL\n"
            "                                      Sammanträdesdatum\n"
            "Tekniska nämnden                      2004-11-03\n\n"
            "TN § 87        Dnr 2004/211\n\nNy belysning i Storparken\n\n"
            "Tekniska nämnden beslutar\n\natt godkänna förslaget.\n\n"
            "TN § 88        Dnr 2004/230\n\nVinterväghållning 2004/2005\n\n"
            "Tekniska nämnden beslutar\n\natt lägga informationen till handlingarna.\n\n"
            "Justerandes sign        Utdragsbestyrkande\n")
    assert extract_text(text)["document"]["doc_type"] == "protokoll"


def test_a_heading_with_its_paragraph_run_on_beneath_it(extract_text):
    text = ("EXEBY KOMMUN                          PROTOKOLLSUTDRAG\n"
            "Kultur- och fritidsnämnden            2005-02-16\n\n"
            "KFN § 12        Dnr 2005/031\n\n"
            "Hyresbidrag till scoutkåren\n"
            "Scoutkåren har begärt ett bidrag till hyran för sin nya stuga vid\n"
            "sjön. Kåren betalar i dag hela hyran själv.\n\n"
            "Nämnden beslutar\n\natt bevilja bidraget.\n")
    assert extract_text(text)["document"]["title"] == "Hyresbidrag till scoutkåren"


def test_a_heading_wrapped_over_two_lines_still_joins(extract_text):
    text = ("EXEBY KOMMUN                          PROTOKOLLSUTDRAG\n"
            "Kultur- och fritidsnämnden            2005-02-16\n\n"
            "KFN § 12        Dnr 2005/031\n\n"
            "Hyresbidrag till scoutkårens nya stuga vid\n"
            "Norrsjön\n\n"
            "Scoutkåren har begärt ett bidrag till hyran för sin nya stuga vid\n"
            "sjön. Kåren betalar i dag hela hyran själv.\n")
    assert extract_text(text)["document"]["title"] == "Hyresbidrag till scoutkårens nya stuga vid Norrsjön"


def test_an_abbreviated_receipt_stamp_is_neither_title_nor_date(extract_text):
    text = ("                                   Kommunstyrelsen\n"
            "                                   Ink. 2007-10-22\n"
            "                                   Dnr KS 2007/0301\n\n"
            "Motion till kommunfullmäktige\n\n"
            "Fler bänkar längs strandpromenaden\n\n"
            "Många äldre har svårt att gå hela promenaden utan att vila. Det finns i dag\n"
            "bara två bänkar på hela sträckan.\n\n"
            "Jag yrkar därför att kommunfullmäktige beslutar\n\n"
            "att uppdra åt tekniska nämnden att ställa ut fler bänkar.\n\n"
            "Exeby den 15 oktober 2007\n\nLars Holm (fp)\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Fler bänkar längs strandpromenaden"
    assert doc["date"] == "2007-10-15"


def test_a_forbund_named_by_its_areas_genitive(extract_text):
    text = ("EXEBYGDENS KOMMUNALFÖRBUND             SAMMANTRÄDESPROTOKOLL\n"
            "Direktionen                           2008-05-14\n\n"
            "Plats och tid      Förbundets kansli, kl 10.00-12.00\n"
            "Beslutande         Åsa Lind, ordförande\n"
            "Utses att justera  Olof Berg\n\n"
            "                         ANSLAG/BEVIS\n"
            "Organ              Direktionen för Exebygdens kommunalförbund\n"
            "Sammanträdesdatum  2008-05-14\n\n"
            "§ 9     Val av justerare\n\n§ 10    Årsredovisning 2007\n")
    doc = extract_text(text)["document"]
    assert doc["municipality"].casefold() == "exebygdens kommunalförbund"
    assert doc["board"] == "Direktionen"


def test_a_grant_recipient_wrapped_in_an_agenda_column(extract_text):
    text = ("EXEBY KOMMUN                                        KALLELSE\n"
            "Kommunstyrelsen\n\n"
            "Tid    Måndagen den 7 april 2008, kl 13.00\n\n"
            "Ärende                                          Dnr          Föredragande\n"
            " 1   Val av justerare\n"
            " 2   Bidrag till Föreningen Byalaget            KS 08/0112   Eva Lund\n"
            "     Norra Exeby för ny lekplats\n"
            " 3   Övrigt\n")
    names = [p["name"] for p in extract_text(text)["parties"]]
    assert names == ["Föreningen Byalaget Norra Exeby"]


# Batch 2 (437-443).

def test_a_compass_word_opens_a_forbunds_genitive_and_the_page_header_dates_it(extract_text):
    page = ("NORRA EXEBYGDENS RÄDDNINGSTJÄNSTFÖRBUND\tSAMMANTRÄDESPROTOKOLL\t2036-03-19\n\n"
            "{body}\n\nJusterandes sign\tUtdragsbestyrkande\n")
    text = "\f".join([
        page.format(body="Plats och tid\tBrandstationen, kl 09.00\n\nBeslutande\tOlle Ström (S), ordförande\n\n"
                         "§ 1 Val av justerare\n\nDirektionen beslutar att utse Olle Ström att justera."),
        page.format(body="§ 2 Taxa för tillsyn\tDnr 2036/0004\n\nDirektionen beslutar att anta taxan."),
    ])
    doc = extract_text(text)["document"]
    assert doc["municipality"].casefold() == "norra exebygdens räddningstjänstförbund"
    assert doc["date"] == "2036-03-19"


def test_a_span_of_years_broken_at_its_dash_keeps_its_dnr(extract_text):
    text = ("Protokoll\nDirektionen\nSammanträdesdatum 2036-03-19\n\n"
            "§ 7 Val av justerare\n\nDirektionen beslutar att utse Olle Ström.\n\n"
            "§ 8 Plan för räddningstjänstens övningar 2036–\n2039\tDnr 2035/0110\n\n"
            "Direktionen beslutar att anta planen.\n\n"
            "§ 9 Delegationsbeslut\n\nRedovisningen läggs till handlingarna.\n")
    items = [(i["number"], i["title"], i["dnr"]) for i in extract_text(text)["items"]]
    assert ("8", "Plan för räddningstjänstens övningar 2036–2039", "2035/0110") in items


def test_a_forbunds_genitive_before_its_styrelse(extract_text):
    text = ("REGIONFÖRBUNDET EXEBO\n\n\n"
            "Utdrag ur protokoll fört vid sammanträde med Regionförbundet\n"
            "Exebos styrelse den 4 maj 2006\n\n\n"
            "§ 31                                            Dnr 2006/0077\n\n"
            "Yttrande över förslag till regional kulturplan\n\n"
            "Kansliet har tagit fram ett förslag till yttrande över planen.\n\n"
            "Styrelsens beslut\nStyrelsen antar förslaget till yttrande.\n\n"
            "Vid protokollet\n\nMärta Holm\n\nRätt utdraget intygar\n\nJonas Fridh\n")
    result = extract_text(text)
    assert result["document"]["municipality"] == "Regionförbundet Exebo"
    assert result["document"]["board"] == "Styrelsen"
    names = {p["name"] for p in result["people"]}
    assert {"Märta Holm", "Jonas Fridh"} <= names


def test_att_clauses_under_a_decides_line_and_a_blank(extract_text):
    text = ("EXEBY KOMMUN                      TJÄNSTESKRIVELSE\n"
            "Barn- och utbildningsförvaltningen    2011-03-02\n\n"
            "Ny organisation för elevhälsan\n\n"
            "Förslag till beslut\nBarn- och utbildningsnämnden beslutar\n\n"
            "att elevhälsan från och med hösten 2011 organiseras i två team,\n\n"
            "att uppdra åt förvaltningschefen att genomföra förändringen.\n\n"
            "Bakgrund\nElevhälsan är i dag spridd på sju skolor.\n")
    points = [d["text"] for d in extract_text(text)["decision_points"]]
    assert points == ["att elevhälsan från och med hösten 2011 organiseras i två team,",
                      "att uppdra åt förvaltningschefen att genomföra förändringen."]


def test_a_motions_proposal_in_its_authors_voice(extract_text):
    text = ("Motion om solceller på kommunens skolor\n\n"
            "Kommunens skolor har stora tak som i dag inte används till något. Solceller skulle\n"
            "kunna ge el till skolorna under hela vårterminen och spara pengar.\n\n"
            "Vi föreslår därför att kommunfullmäktige uppdrar åt tekniska nämnden att ta fram en\n"
            "plan för solceller på kommunens skolor.\n\n"
            "Exeby den 3 februari 2009\n\nKarin Ström (mp)\n")
    points = [d["text"] for d in extract_text(text)["decision_points"]]
    assert points == ["att kommunfullmäktige uppdrar åt tekniska nämnden att ta fram en plan för solceller på kommunens skolor."]


def test_a_motions_lead_in_to_att_clauses_is_no_point(extract_text):
    text = ("Motion om solceller på kommunens skolor\n\n"
            "Kommunens skolor har stora tak som i dag inte används till något.\n\n"
            "Vi föreslår att kommunfullmäktige beslutar\n\n"
            "att uppdra åt tekniska nämnden att ta fram en plan för solceller.\n\n"
            "Exeby den 3 februari 2009\n\nKarin Ström (mp)\n")
    points = [d["text"] for d in extract_text(text)["decision_points"]]
    assert points == ["att uppdra åt tekniska nämnden att ta fram en plan för solceller."]


def test_bare_numbers_in_a_dnr_column_and_a_title_set_apart_below(extract_text):
    text = ("KALLELSE\nDirektionen\n\nTid: Onsdagen den 5 mars 2003 kl 10.00\n\n"
            "Ärenden                                             Dnr\n\n"
            "1.  Val av justerare\n"
            "2.  Årsredovisning 2002                              2003/12\n"
            "3.  Yttrande över regional trafikplan för            2003/09\n\n"
            "Exebygden 2004-2008\n"
            "4.  Anmälningsärenden\n")
    items = [(i["number"], i["title"], i["dnr"]) for i in extract_text(text)["items"]]
    assert items == [("1", "Val av justerare", None), ("2", "Årsredovisning 2002", "2003/12"),
                     ("3", "Yttrande över regional trafikplan för Exebygden 2004-2008", "2003/09"),
                     ("4", "Anmälningsärenden", None)]


def test_a_named_papers_name_is_no_sentence_in_the_title(extract_text):
    text = ("EXEBY KOMMUN\nKommunstyrelsen                Datum 2010-05-06\n\n"
            "Remissvar - Promemorian En ny lag om kommunal\nbostadsförsörjning (Ds 2010:9)\n\n"
            "Kommunen har tagit del av promemorian och lämnar följande synpunkter.\n")
    assert extract_text(text)["document"]["title"] == \
        "Remissvar - Promemorian En ny lag om kommunal bostadsförsörjning (Ds 2010:9)"


def test_a_signers_label_and_a_dotted_rule_over_the_name(extract_text):
    text = ("EXEBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n2006-04-20\n"
            "Plats och tid\nBeslutande\nKommunhuset, kl 19.00\nLedamöter enligt bilaga\n"
            "Underskrifter\nSekreterare\n...............................\nGöran Falk\n"
            "Ordförande\n...............................\nLena Wiberg\n"
            "Justerande\n...............................\nOskar Dahl\n"
            "§ 20\nVal av justerare\n§ 21\nÅrsredovisning 2005\n")
    names = {p["name"] for p in extract_text(text)["people"]}
    assert {"Göran Falk", "Lena Wiberg", "Oskar Dahl"} <= names


def test_a_grants_table_row_below_is_no_wrapped_name(extract_text):
    text = ("Föreningsbidrag 2009\n\nKultur- och fritidsnämnden beslutar om följande bidrag.\n\n"
            "Mottagare                        Belopp\n"
            "Bidrag till IK Exeby             5 000 kr\n"
            "Exeby Skytteförening             3 000 kr\n")
    names = [p["name"] for p in extract_text(text)["parties"]]
    assert "IK Exeby" in names and not any(n.startswith("IK Exeby Exeby") for n in names)


def test_a_motions_att_clauses_after_its_lead_in_on_one_line(extract_text):
    text = ("Motion om fler turer till Norrby\n\n"
            "Bussen till Norrby går i dag bara tre gånger om dagen.\n\n"
            "Jag yrkar därför att kommunfullmäktige beslutar att uppdra åt kommunstyrelsen att förhandla om "
            "fler turer, samt att kostnaden redovisas i budgeten för 2010.\n\n"
            "Norrby den 12 januari 2009\n\nPer Strand (c)\n")
    points = [d["text"] for d in extract_text(text)["decision_points"]]
    assert points == ["att uppdra åt kommunstyrelsen att förhandla om fler turer, samt",
                      "att kostnaden redovisas i budgeten för 2010."]


def test_a_regionforbund_in_its_county_and_its_bare_styrelse(extract_text):
    text = ("REGIONFÖRBUNDET I EXEBY LÄN\nStyrelsen\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2009-05-20\n\n"
            "§ 55 Dnr 09/0231\nBidrag till projektet Leader Exedalen\n\n"
            "Styrelsen beslutar att bevilja projektet 250 000 kr.\n")
    doc = extract_text(text)["document"]
    assert doc["municipality"] == "Regionförbundet i Exeby län"
    assert doc["board"] == "Styrelsen"
