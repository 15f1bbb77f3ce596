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
