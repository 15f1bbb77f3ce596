"""Items of multi-matter documents: each item-heading construct on invented Swedish examples,
and ordinary numbered lists that must not be taken for an agenda."""

from __future__ import annotations

import pytest

from docparse.document import line_spans
from docparse.extract import extract
from docparse.structure.items import find_items


def items_of(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(i.number, i.title, i.dnr) for i in find_items(text, line_spans(text))]


PROTOCOL_HEAD = "PROTOKOLL\nTekniska nämnden\nSammanträdesdatum 2031-04-02\n\n"

POSITIVE = [
    pytest.param(
        PROTOCOL_HEAD + "§ 41 Val av justerare\n\nTill justerare utses Per Ek.\n\n"
        "§ 42 Taxa för slamtömning 2032\n\nNämnden föreslår en ny taxa.\n\n"
        "§ 43 Delegationsbeslut\n\nRedovisningen läggs till handlingarna.\n",
        [("41", "Val av justerare", None), ("42", "Taxa för slamtömning 2032", None),
         ("43", "Delegationsbeslut", None)],
        id="paragraph-sign-before-title"),
    pytest.param(
        PROTOCOL_HEAD + "§ 7\nUpprop\n\nNärvarande antecknades.\n\n§ 8\nBudgetuppföljning mars\n"
        "månad för tekniska nämnden\n\nRapporten godkänns.\n\n§ 9\nÖvriga frågor\n",
        [("7", "Upprop", None), ("8", "Budgetuppföljning mars månad för tekniska nämnden", None),
         ("9", "Övriga frågor", None)],
        id="paragraph-sign-then-title-on-next-line"),
    pytest.param(
        PROTOCOL_HEAD + "112 § Sammanträdets öppnande\n\nOrdföranden öppnar mötet.\n\n"
        "113 § Försäljning av tomt i Norrby\n\nKöpet godkänns.\n\n114 § Anmälningsärenden\n",
        [("112", "Sammanträdets öppnande", None), ("113", "Försäljning av tomt i Norrby", None),
         ("114", "Anmälningsärenden", None)],
        id="number-before-paragraph-sign"),
    pytest.param(
        "Kommunstyrelsens utskott Ärendelista 51 Dnr KS 2031/08 Information från förvaltningen... 3 "
        "52 Dnr KS 2031/112 Bokslut för Sjöby kommun 2030... 4 53 Dnr KS 2030/431 Svar på motion om "
        "cykelbanor... 9 54 Dnr KS 2031/77 Yttrande över remiss om vattenplan... 12",
        [("51", "Information från förvaltningen", "KS 2031/08"),
         ("52", "Bokslut för Sjöby kommun 2030", "KS 2031/112"),
         ("53", "Svar på motion om cykelbanor", "KS 2030/431"),
         ("54", "Yttrande över remiss om vattenplan", "KS 2031/77")],
        id="flattened-rows-with-dnr-before-title"),
    pytest.param(
        "Kallelse till Barnnämnden\n\nÄrende 1 Mötets öppnande\nÄrende 2 Val av justerare\n"
        "Ärende 3 Skolskjutsregler för läsåret 2032/33\nÄrende 4 Rapporter\n",
        [("1", "Mötets öppnande", None), ("2", "Val av justerare", None),
         ("3", "Skolskjutsregler för läsåret 2032/33", None), ("4", "Rapporter", None)],
        id="arende-heads"),
    pytest.param(
        "PROTOKOLL\nValnämnden\n\nParagraf 12 Val av justerare\n\nText.\n\nParagraf 13 Lokaler för förtidsröstning\n",
        [("12", "Val av justerare", None), ("13", "Lokaler för förtidsröstning", None)],
        id="paragraf-word-heads"),
    pytest.param(
        "Möte 2031-10-02\nMiljönämnden\n\n  • A/ Rapport om luftkvaliteten\n\n    B/ Tillsynsplan för 2032\n\n"
        "    C/ Förvaltningschefens information\n",
        [("A", "Rapport om luftkvaliteten", None), ("B", "Tillsynsplan för 2032", None),
         ("C", "Förvaltningschefens information", None)],
        id="lettered-points-of-a-meeting"),
    pytest.param(
        "FÖREDRAGNINGSLISTA\nKultur- och fritidsnämnden\n\n1. Upprop\n2. Val av protokollsjusterare\n"
        "3. Bidrag till studieförbund 2032\n4. Riktlinjer för föreningsstöd\n",
        [("1", "Upprop", None), ("2", "Val av protokollsjusterare", None),
         ("3", "Bidrag till studieförbund 2032", None), ("4", "Riktlinjer för föreningsstöd", None)],
        id="numbered-agenda-headings"),
    pytest.param(
        "Kallelse\nSocialnämnden\n\nÄrenden\n\n1 Fastställande av dagordning Dnr 2031/004\n"
        "2 Internkontrollplan 2032\nDnr SN 2031/0117\n3 Avgifter inom hemtjänsten Dnr 2031/0098\n",
        [("1", "Fastställande av dagordning", "2031/004"), ("2", "Internkontrollplan 2032", "SN 2031/0117"),
         ("3", "Avgifter inom hemtjänsten", "2031/0098")],
        id="dnr-after-title-same-or-next-line"),
    pytest.param(
        PROTOCOL_HEAD + "Innehållsförteckning\n"
        "§ 14 Val av justerare ....................... 2\n"
        "§ 15 Lokalförsörjningsplan 2032–2036 ........ 3\n"
        "§ 16 Medborgarförslag om utegym ............. 5\n\n"
        "§ 14 Val av justerare\n\nPer Ek utses.\n\n§ 15 Lokalförsörjningsplan 2032–2036\n\n"
        "Beslut\n\nNämnden beslutar\n\natt anta planen,\n\natt uppdra åt förvaltningen att följa upp den.\n\n"
        "§ 16 Medborgarförslag om utegym\n\nFörslaget besvaras.\n",
        [("14", "Val av justerare", None), ("15", "Lokalförsörjningsplan 2032–2036", None),
         ("16", "Medborgarförslag om utegym", None)],
        id="table-of-contents-then-items-listed-once"),
    pytest.param(
        "Dagordning för fullmäktige\n\n4. Interpellationer\n4 ½. Extra ärende: fyllnadsval\n"
        "5. Årsredovisning 2031\n6. Motioner\n",
        [("4", "Interpellationer", None), ("4 ½", "Extra ärende: fyllnadsval", None),
         ("5", "Årsredovisning 2031", None), ("6", "Motioner", None)],
        id="half-numbers-kept-as-printed"),
    pytest.param(
        "Föredragningslista 1 Val av justerare 2 Godkännande av dagordning 3 Delårsrapport augusti "
        "4 Taxor och avgifter 2032 5 Svar på motion om solceller på skolor 6 Information",
        [("1", "Val av justerare", None), ("2", "Godkännande av dagordning", None),
         ("3", "Delårsrapport augusti", None), ("4", "Taxor och avgifter 2032", None),
         ("5", "Svar på motion om solceller på skolor", None), ("6", "Information", None)],
        id="whole-agenda-on-one-line"),
    pytest.param(
        "Nämndens protokoll\n\n21 § Ny detaljplan för Åsen 4:12 .......... 7\n"
        "22 § Tillsynsplan 2032 .......... 9\n23 § Bygglovstaxa .......... 11\n",
        [("21", "Ny detaljplan för Åsen 4:12", None), ("22", "Tillsynsplan 2032", None),
         ("23", "Bygglovstaxa", None)],
        id="toc-dot-leaders-and-page-numbers-dropped"),
    pytest.param(  # OCR'd pages are joined by a bare form feed: the page's first head opens its line
        PROTOCOL_HEAD + "Justerade paragrafer § 41-42\f§ 41 Dnr TN 2031/5\n\nVal av justerare\n\nPer Ek utses.\n\n"
        "§ 42 Dnr TN 2031/9\n\nTaxa för slamtömning 2032\n\nNämnden föreslår en ny taxa.\n",
        [("41", "Val av justerare", "TN 2031/5"), ("42", "Taxa för slamtömning 2032", "TN 2031/9")],
        id="head-after-a-page-break"),
    pytest.param(  # the leaders as OCR reads them: letter soup, an "=" run into it
        "Nämndens protokoll\n\n21 § Ny detaljplan för Åsen =mnssrrrersrrn nr rr 7\n"
        "22 § Tillsynsplan 2032 .umsssseerrrrsrn rr n 9\n23 § Bygglovstaxa mussssrrerrr rn 11\n",
        [("21", "Ny detaljplan för Åsen", None), ("22", "Tillsynsplan 2032", None), ("23", "Bygglovstaxa", None)],
        id="toc-leaders-read-as-letters-dropped"),
    pytest.param(
        "Protokoll 4/2031 Ärenden Sida 31 § Budget 2032 ............ 4 - Bil. Budgetförslag 32 § Lönerevision "
        "2031 ............ 9 33 § Arbetsmiljöplan ............ 12 - Bil. Plan",
        [("31", "Budget 2032", None), ("32", "Lönerevision 2031", None), ("33", "Arbetsmiljöplan", None)],
        id="flattened-toc-with-notes-after-the-page"),
    pytest.param(
        "PROTOKOLL INNEHÅLLSFÖRTECKNING § 51 210 Val av justerare 210 § 52 211 Renhållningstaxa 2032 211 "
        "§ 53 214 Medborgarförslag om hundrastgård 214",
        [("51", "Val av justerare", None), ("52", "Renhållningstaxa 2032", None),
         ("53", "Medborgarförslag om hundrastgård", None)],
        id="flattened-toc-with-page-before-and-after-the-title"),
    pytest.param(
        "Dagordning • 1 Val av justerare • 2 Godkännande av dagordning • 3 Anmälningar • Beslut om "
        "delegation – avtal om städning • Yttrande till länsstyrelsen",
        [("1", "Val av justerare", None), ("2", "Godkännande av dagordning", None), ("3", "Anmälningar", None)],
        id="flattened-bullets-end-a-title"),
    pytest.param(
        "Protokoll KF § 12 Val av justerare Beslut Fullmäktige beslutar att utse Eva Lund. KF § 13 "
        "Avgifter för förskolan Beslut Fullmäktige beslutar att anta avgifterna. KF § 14 Motion om "
        "solpaneler Beslut Fullmäktige beslutar att avslå motionen.",
        [("12", "Val av justerare", None), ("13", "Avgifter för förskolan", None),
         ("14", "Motion om solpaneler", None)],
        id="flattened-protocol-title-ends-at-its-decision"),
    pytest.param(
        "Hoppa till innehåll\n •   1\n\n   Val av justerare\n\n •   2\n\n   Godkännande av dagordning\n\n"
        " •   3\n\n   Lokalprogram för äldreomsorgen\n\n   Förvaltningen har tagit fram ett program.\n",
        [("1", "Val av justerare", None), ("2", "Godkännande av dagordning", None),
         ("3", "Lokalprogram för äldreomsorgen", None)],
        id="web-agenda-bullet-number-then-title"),
    pytest.param(
        PROTOCOL_HEAD + "§ 31 Dnr 2031/KFN 0002 001\nBidrag till hembygdsföreningar\n\nBidragen fördelas.\n\n"
        "§ 32 Dnr: KS-2031-0456\nSvar på medborgarförslag om lekplats\n\nFörslaget besvaras.\n\n"
        "§ 33 Ny delegationsordning (dnr 2.3.4-565/2031)\n",
        [("31", "Bidrag till hembygdsföreningar", "2031/KFN 0002 001"),
         ("32", "Svar på medborgarförslag om lekplats", "KS-2031-0456"),
         ("33", "Ny delegationsordning", "2.3.4-565/2031")],
        id="dnr-styles-before-and-after-the-title"),
    pytest.param(
        PROTOCOL_HEAD + "                                                     § 5\nVal av justerare\n\nText.\n\n"
        "                                                     § 6\nMarkanvisning för bostäder\n\nText.\n",
        [("5", "Val av justerare", None), ("6", "Markanvisning för bostäder", None)],
        id="layout-paragraph-sign-far-right"),
    pytest.param(
        "Dagordning\n1.Upprop\n2.Val av justerare\n3.Ansökan om bidrag till kulturhus\n",
        [("1", "Upprop", None), ("2", "Val av justerare", None), ("3", "Ansökan om bidrag till kulturhus", None)],
        id="no-space-after-the-dot"),
    pytest.param(
        "Föredragningslista\n1. Val av justerare (Förslag: Eva Lund)\n2. Remiss om kulturmiljöprogram (SOU 2031:12)\n"
        "3. Bygglov för Norrby 2:4 (Handlingar delas ut på sammanträdet)\n4. Information (NHV)\n",
        [("1", "Val av justerare", None), ("2", "Remiss om kulturmiljöprogram (SOU 2031:12)", None),
         ("3", "Bygglov för Norrby 2:4", None), ("4", "Information (NHV)", None)],
        id="agenda-notes-in-parentheses-dropped-references-kept"),
    pytest.param(
        PROTOCOL_HEAD + "§ 17 Svar på motion om bättre\nbelysning i parker och på gångvägar\n\n"
        "Diarienummer: KS 2031/15\n\nMotionen besvaras.\n\n§ 18 Information om vinterväghållning\n\n"
        "Dnr KS 2031/20\n\nInformationen noteras.\n",
        [("17", "Svar på motion om bättre belysning i parker och på gångvägar", "KS 2031/15"),
         ("18", "Information om vinterväghållning", "KS 2031/20")],
        id="wrapped-title-and-dnr-after-a-blank-line"),
    pytest.param(
        "Kommunstyrelsens arbetsutskott Protokoll\nJusterare Eva Lund\n\nInnehållsförteckning: "
        "Taxa för hamnavgifter...3 Motion om laddstolpar vid badplatser...5 "
        "Delårsrapport för januari-april...8 Yttrande över länsplan...11",
        [(None, "Taxa för hamnavgifter", None), (None, "Motion om laddstolpar vid badplatser", None),
         (None, "Delårsrapport för januari-april", None), (None, "Yttrande över länsplan", None)],
        id="unnumbered-table-of-contents-of-a-protocol"),
    pytest.param(
        "FÖREDRAGNINGSLISTA\nMiljönämnden\n\n1   Val av justerare .................... 2\n"
        "2   Miljönämndens budget 2032, MN 2031/0044 .................... 3\n3   Information .................... 5\n",
        [("1", "Val av justerare", None), ("2", "Miljönämndens budget 2032", "MN 2031/0044"), ("3", "Information", None)],
        id="year-at-a-title-end-is-no-page-number"),
    pytest.param(
        "PROTOKOLL Miljönämnden Sammanträdesdatum 2031-10-23 Beslutande Anna Berg (S) Justerare Per Ek\n"
        "§ 12 Val av justerare Miljönämnden utser Per Ek att justera protokollet. § 13 Dnr MN 2031/0321 "
        "Tillsyn av förskolor Beslut Miljönämnden godkänner planen. § 14 Delegationsbeslut Miljönämnden noterar redovisningen.\n",
        [("12", "Val av justerare", None), ("13", "Tillsyn av förskolor", "MN 2031/0321"), ("14", "Delegationsbeslut", None)],
        id="flattened-title-ends-where-the-board-decides"),
    pytest.param(
        "Protokoll Miljönämnden Sammanträdesdatum 2031-03-10 Justerare: Per Ek § 5 Dnr MN 2031/077 "
        "Tillsyn av badplatser Utskottets förslag: Nämnden godkänner planen. § 6 Dnr MN 2031/090 Bidrag till Åsby IK "
        "Nämndens beslut: Bidraget beviljas. § 7 Informationsärenden Informationen noteras.\n",
        [("5", "Tillsyn av badplatser", "MN 2031/077"), ("6", "Bidrag till Åsby IK", "MN 2031/090"), ("7", "Informationsärenden", None)],
        id="flattened-title-ends-at-a-proposal-heading-or-a-passive-decision"),
    pytest.param(
        "KALLELSE Miljönämnden Tid Måndag 23 januari 2031 Ärenden 1 Val av justerare 2 Dnr MN 2030/901 Tillsynsplan "
        "3 Dnr MN 2030/944 Kontroll av livsmedel 4 Dnr MN 2031/011 Delegationsbeslut Anna Ström Ordförande Per Ek Sekreterare\n",
        [("1", "Val av justerare", None), ("2", "Tillsynsplan", "MN 2030/901"), ("3", "Kontroll av livsmedel", "MN 2030/944"),
         ("4", "Delegationsbeslut", "MN 2031/011")],
        id="word-ending-in-del-before-a-number-and-signature-after-the-last-item"),
    pytest.param(
        "Kallelse till kommunfullmäktige Måndagen den 18 september 2031 kl. 18.30 Ärende 1. Val av justerare "
        "Ärende 2. Motion om skolor (Dnr KS/2031:987) Ärende 3. Val av nämndeman Välkomna! Anna Ström (S) Ordförande\n",
        [("1", "Val av justerare", None), ("2", "Motion om skolor", "KS/2031:987"), ("3", "Val av nämndeman", None)],
        id="flattened-kallelse-ends-at-its-greeting"),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_item_heads(text, expected):
    assert items_of(text) == expected


NEGATIVE = [
    pytest.param(
        "TJÄNSTESKRIVELSE\nDatum 2031-03-01\nDnr BUN 2031/77\n\nNy skolskjutsrutin\n\nFörslag till beslut\n"
        "1. Nämnden beslutar att anta rutinen för skolskjuts.\n"
        "2. Nämnden beslutar att rutinen gäller från den 1 augusti 2031.\n"
        "3. Nämnden ger förvaltningen i uppdrag att följa upp rutinen.\n\nBakgrund\nSkolskjutsen har ...\n",
        id="tjansteskrivelse-decision-points"),
    pytest.param(
        "Kommunen har tre mål för perioden: 1. Ökad tillgänglighet för äldre 2. Minskade kostnader "
        "för lokaler 3. Bättre kvalitet i hemtjänsten. Målen följs upp varje år.",
        id="numbered-list-in-running-text"),
    pytest.param(
        "Överenskommelse om idéburet offentligt partnerskap\n\n1. Parter\nSjöby kommun och Föreningen Ljuset.\n"
        "2. Syfte\nPartnerskapet ska stärka stödet.\n3. Ansvar\nFöreningen driver verksamheten.\n"
        "4. Ekonomi\nKommunen bidrar med 200 000 kronor.\n",
        id="agreement-sections"),
    pytest.param(
        "PROTOKOLLSUTDRAG\nMiljönämnden\n\n§ 88 Tillsynsavgift för livsmedelskontroll\n\n"
        "Beslut\nNämnden beslutar att anta avgiften.\n",
        id="single-paragraph-extract"),
    pytest.param(
        "Bilagor\n1. Bilaga Avtal med Föreningen Ljuset, dnr 2031-101\n"
        "2. Bilaga Verksamhetsplan, dnr 2031-102\n3. Bilaga Budget, dnr 2031-103\n",
        id="list-of-attachments"),
    pytest.param(
        "1 SJÖBY KOMMUN PROTOKOLL Socialnämnden sammanträdde och behandlade ett ärende om "
        "hemtjänstens taxa och ett om boendestöd under en lång eftermiddag med många deltagare "
        "och fick en redovisning av förvaltningen om läget i verksamheten och den ekonomiska "
        "utvecklingen under våren som helhet.\n"
        "2 SJÖBY KOMMUN PROTOKOLL Vid sammanträdet deltog även ersättarna som lyssnade på "
        "redovisningen och ställde frågor om hur förvaltningen tänker arbeta vidare med de "
        "frågor som kommit upp under året och vilka resurser som finns.\n"
        "3 SJÖBY KOMMUN PROTOKOLL Nämnden tackade för redovisningen och avslutade mötet efter "
        "en kort diskussion om nästa sammanträde och om lokalen för det.\n",
        id="page-numbers-of-a-transcript"),
    pytest.param(
        "Deltagare\nEva Lund, förvaltningschef § 12\nOla Berg, ekonom § 14\nAnna Sten, jurist § 15\n",
        id="paragraph-references-in-an-attendance-list"),
    pytest.param(
        "Strategiområde 1 – Trygghet\nMålet är trygga miljöer.\nStrategiområde 2 – Hälsa\n"
        "Målet är god hälsa.\nStrategiområde 3 – Miljö\nMålet är ren luft.\n",
        id="numbered-labels-of-a-plan"),
    pytest.param(
        "Nytt från kommunfullmäktige\n\nFullmäktige fattade i går beslut i tre ärenden. 1 Ny skola byggs "
        "i Norrby. 2 Taxan för vatten höjs. 3 Budgeten antogs efter debatt.\n",
        id="numbered-sentences-in-a-news-text"),
    pytest.param(
        "Yttrande\n\nFörvaltningen föreslår följande:\nA) Yttrandet godkänns som nämndens svar\n"
        "B) Förvaltningen får i uppdrag att följa frågan\nC) Paragrafen justeras omedelbart\n",
        id="lettered-proposals"),
    pytest.param(
        "Årsrapport för fritidsverksamheten\n\nInnehållsförteckning\nInledning...3\nVerksamheten...4\n"
        "Ekonomi...7\nFramtiden...9\n",
        id="contents-of-a-report-not-a-meeting"),
    pytest.param(
        "Protokoll\nOmröstningslista\n1 Lena Berg (S)\n2 Olof Strand (M)\n3 Karin Holm (V)\n4 Nils Ek (C)\n",
        id="numbered-members-with-party"),
    pytest.param(
        "Rapport till nämnden inför sammanträdet\n\n1 Sammanfattning\nText om läget.\n2 Bakgrund\n"
        "Text om bakgrunden.\n3 Kostnadsutveckling i hemtjänsten\nText.\n4 Förslag på åtgärder\nText.\n",
        id="numbered-chapters-of-a-report"),
    pytest.param(
        "Protokoll\n\nUtskottets förslag till beslut\n\n1.\n\nNya regler för parkering\n\nNämnden avslår "
        "motionen.\n\n2.\n\nAvgifter för bygglov\n\nNämnden bifaller förslaget.\n\n3.\n\nTillsyn av "
        "restauranger\n\nNämnden lägger ärendet till handlingarna.\n",
        id="titled-decision-points-after-a-decision-heading"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_numbered_lists_are_no_items(text):
    assert items_of(text) == []


def test_item_spans_and_decision_points():
    text = (PROTOCOL_HEAD + "§ 3 Val av justerare\n\nEva Lund utses.\n\n§ 4 Taxa för bygglov 2032\n\n"
            "Beslut\n\nNämnden beslutar\n\natt anta taxan,\n\natt taxan gäller från 1 januari 2032.\n\n"
            "§ 5 Övriga frågor\n\nInga frågor.\n")
    items = find_items(text, line_spans(text))
    assert [i.number for i in items] == ["3", "4", "5"]
    second = items[1]
    assert text[second.span[0]:second.span[1]].startswith("§ 4 Taxa för bygglov 2032")
    assert second.span[1] == items[2].span[0]
    assert text[second.title_span[0]:second.title_span[1]] == "Taxa för bygglov 2032"
    assert [p["text"] for p in second.decision_points] == [
        "att anta taxan,", "att taxan gäller från 1 januari 2032."]
    assert items[0].decision_points == [] and items[2].decision_points == []


def test_table_of_contents_entry_and_item_are_one_item_spanning_the_item():
    text = (PROTOCOL_HEAD + "Innehåll\n§ 14 Val av justerare ........ 2\n§ 15 Ny gång- och cykelplan ........ 3\n\n"
            "§ 14 Val av justerare\n\nPer Ek utses.\n\n§ 15 Ny gång- och cykelplan\nDnr TN 2031/7\n\n"
            "Beslut\n\n1. Planen antas.\n2. Planen följs upp 2033.\n")
    items = find_items(text, line_spans(text))
    assert [(i.number, i.title, i.dnr) for i in items] == [
        ("14", "Val av justerare", None), ("15", "Ny gång- och cykelplan", "TN 2031/7")]
    second = items[1]
    assert text[second.span[0]:second.span[1]].startswith("§ 15 Ny gång- och cykelplan\nDnr TN 2031/7")
    assert second.span[1] == len(text)
    assert [p["text"] for p in second.decision_points] == ["Planen antas.", "Planen följs upp 2033."]


def test_dnr_span_points_at_the_number():
    text = "Kallelse\n\nÄrenden\n1. Upprop\n2. Ny avfallsplan Dnr TN 2031/45\n3. Övriga frågor\n"
    item = find_items(text, line_spans(text))[1]
    assert item.dnr == "TN 2031/45"
    assert "TN 2031/45" in text[item.dnr_span[0]:item.dnr_span[1]]


MULTI = (
    "PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2031-05-06\nDnr KS 2031/1\n\n"
    "§ 60 Val av justerare\n\nPer Ek utses.\n\n"
    "§ 61 Ny renhållningsordning\nDnr KS 2031/88\n\nBeslut\n\nKommunstyrelsen beslutar\n\n"
    "1. Förslaget antas.\n2. Ordningen gäller från 1 juli 2031.\n\n"
    "§ 62 Övriga frågor\n\nInga frågor anmäldes.\n"
)


def test_multi_matter_document_has_no_own_dnr_or_decision_points():
    fields = extract(MULTI)
    assert [(i["number"], i["dnr"]) for i in fields["items"]] == [("60", None), ("61", "KS 2031/88"), ("62", None)]
    assert fields["decision_points"] == []
    assert not any(d["own"] for d in fields["dnr"])
    assert fields["document"]["dnr"] is None
    assert [p["number"] for p in fields["items"][1]["decision_points"]] == [1, 2]


def test_single_matter_document_keeps_its_dnr_and_decision_points():
    text = ("TJÄNSTESKRIVELSE\nDnr KS 2031/88\n\nNy renhållningsordning\n\nFörslag till beslut\n\n"
            "1. Förslaget antas.\n2. Ordningen gäller från 1 juli 2031.\n")
    fields = extract(text)
    assert fields["items"] == []
    assert [p["number"] for p in fields["decision_points"]] == [1, 2]
    assert any(d["own"] and d["value"] == "KS 2031/88" for d in fields["dnr"])


def test_registry_runs_items_before_the_fields_that_defer_to_them():
    from docparse.extract import REGISTRY

    requires = {ex.assigns: ex.requires for ex in REGISTRY}
    assert "items" in requires["dnr"] and "items" in requires["decision_points"]


def test_long_flattened_line_stays_linear():
    from conftest import grows_linearly

    line = " ".join(f"{n} Ärende om sak nummer" for n in range(1, 400))
    grows_linearly(lambda text: find_items(text, line_spans(text)), lambda k: line * k, 5)


def test_record_carries_items_with_pages_and_validates(tmp_path):
    from docparse.pipeline import process
    from docparse.schema import validate

    text = (MULTI + "\f" + "§ 63 Ny avfallstaxa\nDnr KS 2031/90\n\nBeslut\n\nKommunstyrelsen beslutar\n\n"
            "att anta taxan.\n\n§ 64 Information\n\nFörvaltningen informerar.\n")
    path = tmp_path / "protokoll.txt"
    path.write_text(text, encoding="utf-8")
    record = process(str(path))
    validate(record)
    items = record["items"]
    assert [(i["number"], i["dnr"], i["span"]["page"]) for i in items] == [
        ("60", None, 1), ("61", "KS 2031/88", 1), ("62", None, 1), ("63", "KS 2031/90", 2), ("64", None, 2)]
    body = record["text"]
    assert body[items[3]["span"]["start"]:].startswith("§ 63 Ny avfallstaxa")
    point = items[3]["decision_points"][0]
    assert point["text"] == "att anta taxan." and point["span"]["page"] == 2
    assert record["document"]["dnr"] is None and record["decision_points"] == []


def test_schema_rejects_an_item_without_title():
    import jsonschema

    from docparse.schema import SCHEMA

    item_schema = SCHEMA["properties"]["items"]["items"]
    good = {"number": "4 ½", "title": "Extra ärende", "dnr": None, "decision_points": [], "span": None}
    jsonschema.validate(good, item_schema | {"$defs": SCHEMA["$defs"]})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dict(good, title=""), item_schema | {"$defs": SCHEMA["$defs"]})


@pytest.mark.parametrize("unit", [
    "." * 400 + "x\n",  # a dot leader that ends in no page number
    "§ 1 Titel " + "." * 290 + "x\n",
    "1\n",
    "1 § A ",
    "Innehållsförteckning: Protokoll " + "." * 3000 + "x ",
])
def test_pathological_text_stays_linear(unit):
    from conftest import grows_linearly

    grows_linearly(lambda text: find_items(text, line_spans(text)), lambda chars: unit * max(1, chars // len(unit)), 15000)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body's proposal to another body ends a flattened title.
        ("PROTOKOLL Kommunstyrelsens arbetsutskott\n§ 4 Dnr KS 2031/11 Riktlinjer för föreningsstöd Arbetsutskottets förslag "
         "till kommunstyrelsen 1. Riktlinjerna antas.\n§ 5 Dnr KS 2031/12 Taxa för torghandel Arbetsutskottets förslag till "
         "kommunfullmäktige Taxan antas.\n",
         [("4", "Riktlinjer för föreningsstöd", "KS 2031/11"), ("5", "Taxa för torghandel", "KS 2031/12")]),
        # A "Rubrik:" label before an item's title is no part of it.
        ("KALLELSE\nTekniska nämnden\n\nÄrende 1\nRubrik: Val av justerare\n\nÄrende 2\nRubrik: Ny taxa för parkering\n"
         "Diarienummer: TN 2031-00031\n",
         [("1", "Val av justerare", None), ("2", "Ny taxa för parkering", "TN 2031-00031")]),
    ],
)
def test_proposal_to_another_body_and_title_labels(text, expected):
    assert items_of(text) == expected


def test_year_range_ending_a_title_is_no_page_range_and_spans_hold_the_tidied_title():
    text = ("PROTOKOLL\nKommunstyrelsen\n\nInnehåll\n§ 5  Handlingsplan för trygghet 2031-2033   3\n"
            "§ 6  Bidrag till Åby IK.   4\n§ 7  Val av ombud   5\n")
    items = find_items(text, line_spans(text))
    assert [i.title for i in items] == ["Handlingsplan för trygghet 2031-2033", "Bidrag till Åby IK", "Val av ombud"]
    assert [text[i.title_span[0]:i.title_span[1]] for i in items] == [i.title for i in items]


def test_item_dnr_labels_are_the_document_readers():
    # One list of labels (docparse/sv/dnr.py): "Ärendenummer" labels an item's number too.
    text = ("KALLELSE\nTekniska nämnden\n\n1. Val av justerare\n2. Taxa för parkering\nÄrendenummer: TN 2031/44\n"
            "3. Ny belysning i Åby park\nÄrendenummer: TN 2031/45\n")
    assert items_of(text) == [("1", "Val av justerare", None), ("2", "Taxa för parkering", "TN 2031/44"),
                              ("3", "Ny belysning i Åby park", "TN 2031/45")]


def test_motion_proposal_inside_an_item_is_its_decision():
    text = ("PROTOKOLL\nKommunfullmäktige\n\n§ 7 Motion om fler cykelställ\nEva Ek (C) har lämnat en motion.\n"
            "Med anledning av detta yrkar vi\natt kommunen bygger fler cykelställ,\natt arbetet redovisas 2032.\n\n"
            "§ 8 Val av ombud\nBeslut\nPer Ek väljs.\n")
    items = find_items(text, line_spans(text))
    assert [p["text"] for p in items[0].decision_points] == ["att kommunen bygger fler cykelställ,", "att arbetet redovisas 2032."]


def test_a_wrapped_title_does_not_bring_back_what_the_stop_cut():
    text = ("PROTOKOLL\nMiljönämnden\n\n§ 12 Budget 2032 Förslag till beslut: att anta\nbudgeten enligt bilaga\n\n"
            "§ 13 Val av ombud\nBeslut\nPer Ek väljs.\n")
    assert [i.title for i in find_items(text, line_spans(text))] == ["Budget 2032", "Val av ombud"]


def test_an_arende_label_after_the_paragraph_mark_is_no_part_of_the_title():
    text = ("PROTOKOLL\nSocialnämnden\n\n§ 84 Ärende: Bidrag till Åby mansjour för 2031\nDnr SN 2031/140\nBeslut\nBidrag beviljas.\n\n"
            "§ 85 Ärende: Anmälan av delegationsbeslut\nBeslut\nAnmälan noteras.\n")
    assert items_of(text) == [("84", "Bidrag till Åby mansjour för 2031", "SN 2031/140"), ("85", "Anmälan av delegationsbeslut", None)]


def test_title_wrapped_under_a_dnr_column():
    text = ("Exeby kommun\nKommunstyrelsen                                        KALLELSE\n\nÄrenden                       Dnr\n"
            "1. Val av justerare\n2. Ansökan om medel för                                KS 2031/155\n"
            "   upprustning av badplatser\n3. Riktlinjer för                        KS 2031/170\n   bostadsanpassningsbidrag\n"
            "4. Informationsärenden\n")
    assert items_of(text) == [("1", "Val av justerare", None), ("2", "Ansökan om medel för upprustning av badplatser", "KS 2031/155"),
                              ("3", "Riktlinjer för bostadsanpassningsbidrag", "KS 2031/170"), ("4", "Informationsärenden", None)]


def test_beslutsarenden_group_heading_is_no_decision_list_intro():
    text = ("Föredragningslista\nKommunstyrelsen i Exeby kommun\n\nBeslutsärenden\n1. Val av justerare\n"
            "2. Budget 2032 (KS 2031/300)\n3. Borgen för Exeby Bostäder AB (KS 2031/318)\n\nInformationsärenden\n4. Delegationsbeslut\n")
    assert items_of(text) == [("1", "Val av justerare", None), ("2", "Budget 2032", "KS 2031/300"),
                              ("3", "Borgen för Exeby Bostäder AB", "KS 2031/318"), ("4", "Delegationsbeslut", None)]


def test_a_bodys_decision_before_dash_att_ends_a_flattened_title():
    text = ("Protokoll Kommunfullmäktige Sammanträdesdatum 2031-06-16 § 61 Dnr KS 2031/201 Årsredovisning 2030 Kommunfullmäktiges "
            "beslut - att godkänna årsredovisningen § 62 Dnr KS 2031/188 Ansvarsfrihet för kommunstyrelsen Kommunfullmäktiges beslut "
            "- att bevilja ansvarsfrihet § 63 Dnr KS 2031/77 Svar på motion om parkbänkar Kommunfullmäktiges beslut - att avslå motionen\n")
    assert items_of(text) == [("61", "Årsredovisning 2030", "KS 2031/201"), ("62", "Ansvarsfrihet för kommunstyrelsen", "KS 2031/188"),
                              ("63", "Svar på motion om parkbänkar", "KS 2031/77")]


def test_a_table_rows_next_cell_is_another_column():
    text = ("KALLELSE\nRegionstyrelsens arbetsutskott\n\nNr\tÄrende\tFöredragande\n1\tVal av justerare\tOrdförande\n"
            "2\tDelårsrapport augusti 2031\tEkonomidirektör\n\tDnr RS310412\n3\tÖvriga frågor\n")
    assert items_of(text) == [("1", "Val av justerare", None), ("2", "Delårsrapport augusti 2031", "RS310412"), ("3", "Övriga frågor", None)]


def test_two_inline_paragraphs_that_the_protocol_declares_are_items():
    # A protocol flattened onto one line: two § heads only, vouched for by its "Paragrafer §§ 12-13".
    text = ("Exeby kommun Kulturnämnden Protokoll 2034-05-02 Beslutande: Anna Berg (S) Paragrafer §§ 12-13 "
            "§ 12 Val av justerare Per Ek utses att justera. § 13 Stöd till studieförbund Dnr KN 2034/0019 "
            "Nämnden beslutar att fördela stödet.")
    assert items_of(text) == [("12", "Val av justerare", None), ("13", "Stöd till studieförbund", "KN 2034/0019")]
    # Without the declared range (or with another one) two inline § are references in running text.
    assert items_of(text.replace("§§ 12-13 ", "")) == []
    assert items_of(text.replace("§§ 12-13", "§§ 12-14")) == []
