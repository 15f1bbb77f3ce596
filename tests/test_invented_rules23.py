"""General rules of lists, digests and registers found by round 23 (tests/fixtures/invented 450-):
a sum right before "under <year>", a year range in a table's period column, a last column headed by
its unit alone ("Tkr/år"), an association's name with a shared compound ("Kvinno- och tjejjouren"),
after a grant's word and "till", said twice in a flattened page or after its kind in lower case,
a name not run on into the next line's sentence, a list of delegated decisions naming itself so, a
type word opening a numbered list's item, a quoted politician making a page that lists a meeting's
matters news, a "Beslut från <body>s sammanträde" heading and a flattened page's <title> said again
over its text. Each case is invented Swedish and failed before its rule."""


def _periods(result):
    return [(p["start"], p["end"]) for p in result["periods"]]


def _parties(result):
    return [(p["name"], p["org_nr"]) for p in result["parties"]]


def test_a_sum_right_before_under_a_year_is_a_grant_for_that_year(extract_text):
    text = ("Nyheter\n\nBygdegården får nytt tak\n\nPublicerad 3 maj 2038\n\n"
            "Kommunstyrelsen föreslår att Exeby Bygdegårdsförening beviljas 125 000 kronor under 2038.\n")
    assert ("2038", "2038") in _periods(extract_text(text))


def test_a_years_cost_or_loan_before_under_a_year_is_no_period(extract_text):
    text = ("Ärendet\n\nKostnaden för färdtjänst var 3,2 miljoner kronor under 2037. Nämnden får låna högst "
            "20 000 tkr under 2038.\n")
    assert _periods(extract_text(text)) == []


def test_a_year_range_in_a_tables_period_column_is_a_period(extract_text):
    text = ("Redovisning av partnerskap\n\nNämnden har tre överenskommelser.\n\n"
            "Förening\tOrg.nr\tAvtalstid\tErsättning\n\n"
            "Exeby Seniorer\t802015-1239\t2034–2036\t90 000 kr\n"
            "Exeby Läsecirkel\t802021-6234\t2035–2037\t45 000 kr\n")
    assert {("2034", "2036"), ("2035", "2037")} <= set(_periods(extract_text(text)))


def test_a_year_range_in_a_row_of_a_table_without_a_period_column_is_none(extract_text):
    text = ("Redovisning\n\nNämnden har tre föreningar.\n\n"
            "Förening\tOrg.nr\tVerksamhet\n\n"
            "Exeby Seniorer\t802015-1239\tCirklar 2034–2036\n")
    assert _periods(extract_text(text)) == []


def test_a_last_column_headed_by_its_unit_alone_gives_its_cells_unit(extract_text):
    text = ("Fördelning av bidrag\n\n"
            "Förening\tOrt\tTkr/år\n"
            "Exeby Scoutkår\tNorrby\t140\n"
            "Exeby Bridgeklubb\tSöderby\t35,5\n")
    values = {a["value"] for a in extract_text(text)["amounts"]}
    assert {140_000, 35_500} <= values


def test_a_shared_compound_with_och_keeps_the_name_whole_before_its_number(extract_text):
    text = ("Notiser\n\nPublicerad 2 mars 2037\n\nNytt partnerskap\n"
            "Nämnden och Brottsoffer- och vittnesstödet i Exeby (802019-2211) tecknar ett avtal.\n")
    assert ("Brottsoffer- och vittnesstödet i Exeby", "802019-2211") in _parties(extract_text(text))


def test_a_grants_word_and_till_before_a_name_with_its_number(extract_text):
    text = ("Delegationsbeslut\n\nNr\tÄrende\tDnr\n"
            "1\tDriftbidrag till Exeby Ridklubb (802017-4456), 20 000 kr\tKFN 2038/0044\n"
            "2\tStartbidrag till Exeby Boxningsklubb, 5 000 kr\tKFN 2038/0045\n")
    assert ("Exeby Ridklubb", "802017-4456") in _parties(extract_text(text))


def test_a_name_said_twice_in_a_flattened_page_is_one_name(extract_text):
    text = ("Kort om beslut Nämnden sammanträdde i går. Avtal med Stiftelsen Ljusglimten Stiftelsen Ljusglimten, "
            "org.nr 802018-7733, får driva mötesplatsen vidare. Beslut: Enligt förslag.\n")
    assert _parties(extract_text(text)) == [("Stiftelsen Ljusglimten", "802018-7733")]


def test_a_kind_in_lower_case_before_the_capitalised_name_is_not_part_of_it(extract_text):
    text = ("Beslut i korthet Nämnden sammanträdde i går. Driftbidrag till idrottsförening Idrottsföreningen Kämpa, "
            "org.nr 802016-6619, beviljas ett bidrag på 40 000 kronor. Beslut: Enligt förslag.\n")
    assert _parties(extract_text(text)) == [("Idrottsföreningen Kämpa", "802016-6619")]


def test_a_name_ending_its_heading_does_not_run_into_the_sentence_below(extract_text):
    text = ("Fullmäktige i korthet\n\nPublicerad 9 maj 2038\n\n"
            "Partnerskap med Exebys Vänner i Nöd\n"
            "Kommunen ingår ett partnerskap med Exebys Vänner i Nöd om ett härbärge.\n")
    names = [n for n, _ in _parties(extract_text(text))]
    assert names == ["Exebys Vänner i Nöd"]


def test_a_list_of_delegated_decisions_names_itself_by_them(extract_text):
    text = ("Exeby kommun\n\nFörteckning över delegationsbeslut\n\n"
            "Nr\tDatum\tÄrende\tDnr\n"
            "1\t2038-04-02\tBidrag till Exeby IF\tKFN 2038/0012\n"
            "2\t2038-04-09\tBidrag till Exeby BK\tKFN 2038/0013\n"
            "3\t2038-04-16\tAvslag på ansökan från Exeby SK\tKFN 2038/0014\n")
    assert extract_text(text)["document"]["doc_type"] == "beslut"


def test_a_type_word_opening_a_numbered_lists_item_is_not_the_documents(extract_text):
    text = ("Exeby kommun\n\nDetta tar nämnden upp\n\nPublicerad 4 april 2038\n\n"
            "På mötet den 10 april behandlas bland annat:\n\n"
            "1. Budgetuppföljning mars 2038\n2. Motion om fler cykelbanor\n3. Taxor för simhallen\n\n"
            "– Vi vill ge fler barn möjlighet att lära sig simma, säger Karin Ek (S), ordförande.\n")
    assert extract_text(text)["document"]["doc_type"] == "nyhet"


def test_a_quoted_politician_makes_a_page_listing_a_meetings_matters_news(extract_text):
    text = ("Nytt inför fullmäktige\n\nPublicerad 1 juni 2038\n\n"
            "Fullmäktige sammanträder den 8 juni. Dessa ärenden står på listan:\n\n"
            "1. Årsredovisning 2037\n2. Ny förskola i Norrby\n3. Taxa för bygglov\n4. Val av revisorer\n\n"
            "– Förskolan behövs verkligen, säger Per Holm (M), kommunstyrelsens ordförande.\n")
    assert extract_text(text)["document"]["doc_type"] == "nyhet"


def test_decisions_from_a_bodys_meeting_head_the_page(extract_text):
    text = ("Beslut från kommunstyrelsens sammanträde 14 mars 2038\n\n"
            "Kommunstyrelsen sammanträdde den 14 mars. Här är ett urval av besluten som fattades på mötet.\n")
    assert extract_text(text)["document"]["title"] == "Beslut från kommunstyrelsens sammanträde 14 mars 2038"


def test_a_flattened_pages_title_said_again_over_its_text_is_its_headline(extract_text):
    text = ("Nya regler för bidrag – fritidsnämnden 2 mars - Exeby kommun Exeby kommun Meny Sök Uppleva och göra "
            "Kommun och politik Nya regler för bidrag – fritidsnämnden 2 mars Fritidsnämnden har antagit nya regler "
            "för föreningsbidrag som börjar gälla i höst. Reglerna ska göra det enklare att söka bidrag för mindre "
            "föreningar och för föreningar som har verksamhet för barn med funktionsnedsättning.\n")
    assert extract_text(text)["document"]["title"] == "Nya regler för bidrag – fritidsnämnden 2 mars"


# Batch 2 (457-463).

def test_the_name_opens_the_clause_after_att_before_its_number(extract_text):
    text = ("Nyheter\n\nPublicerad 2 april 2038\n\n"
            "Nämnden föreslår att Exeby Konståkningsklubb, org.nr 802014-6683, får hyra isen gratis.\n")
    assert ("Exeby Konståkningsklubb", "802014-6683") in _parties(extract_text(text))


def test_a_kind_word_as_a_menu_link_does_not_date_the_headline_after_it(extract_text):
    text = ("Meddelanden från tekniska nämnden 3 maj 2038 | Exeby kommun Exeby kommun Start Nyheter Meddelanden från "
            "tekniska nämnden 3 maj 2038 Publicerad 5 maj 2038 Tekniska nämnden sammanträdde i onsdags och fattade "
            "beslut om nya avgifter för hämtning av grovavfall och om en ny gång- och cykelväg längs Storgatan.\n")
    document = extract_text(text)["document"]
    assert (document["title"], document["date"]) == ("Meddelanden från tekniska nämnden 3 maj 2038", "2038-05-05")


def test_a_row_without_its_number_in_a_list_of_numbered_rows_is_a_party(extract_text):
    text = ("Notiser Nämnden förlängde tre partnerskap: Exeby Kvinnojour, 802013-4515, 200 000 kr per år, "
            "Exeby Läxhjälp, 802012-6348, 80 000 kr per år, Exeby Seniorträff, utan organisationsnummer, 30 000 kr per år.\n")
    assert ("Exeby Seniorträff", None) in _parties(extract_text(text))


def test_a_row_with_a_dash_for_its_number_under_a_money_heading_is_a_party(extract_text):
    text = ("Fördelning av driftbidrag\n\nNämnden fördelar driftbidrag till föreningarna.\n\n"
            "Förening\tOrg.nr\tSökt (kr)\tBeviljat (kr)\n"
            "Exeby Skytteförening\t802011-1210\t30 000\t25 000\n"
            "Norrby Bygdegille\t–\t12 000\t9 000\n")
    assert ("Norrby Bygdegille", None) in _parties(extract_text(text))


def test_the_year_of_what_is_counted_is_no_grant_period(extract_text):
    text = ("Ärendet\n\nBidraget fördelas efter antalet deltagartillfällen under 2037.\n")
    assert _periods(extract_text(text)) == []


def test_decided_matters_under_unnumbered_headings_are_items(extract_text):
    text = ("Kommunstyrelsen 4 mars 2039\n\nPublicerad: 5 mars 2039\n\n"
            "Ny taxa för bygglov\n\n"
            "Taxan har inte räknats om sedan 2031.\n\n"
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta en ny taxa för bygglov.\n\n"
            "Beslut: Enligt förslag.\n\n"
            "Försäljning av tomt i Norrby\n\n"
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att sälja tomten Norrby 2:4 för 1,2 mnkr.\n\n"
            "Beslut: Enligt förslag.\n")
    result = extract_text(text)
    assert [(i["number"], i["title"]) for i in result["items"]] == [
        (None, "Ny taxa för bygglov"), (None, "Försäljning av tomt i Norrby")]
    assert result["items"][0]["decision_points"][0]["text"] == "att anta en ny taxa för bygglov."
    assert result["document"]["doc_type"] == "nyhet"


def test_headings_without_a_decision_are_no_matters(extract_text):
    text = ("Kommunstyrelsen 4 mars 2039\n\nPublicerad: 5 mars 2039\n\n"
            "Ny taxa för bygglov\n\nTaxan har inte räknats om sedan 2031 och behöver ses över.\n\n"
            "Försäljning av tomt i Norrby\n\nTomten har varit till salu i två år utan att någon köpare hörts av.\n")
    assert extract_text(text)["items"] == []


# Probes after batch 2 (unit tests only).

def test_the_body_a_page_comes_before_the_meeting_of_is_its_board(extract_text):
    text = ("Ärenden inför tekniska nämndens arbetsutskott\n\n"
            "På tisdag behandlar tekniska nämndens arbetsutskott bland annat vinterväghållningen. Utskottets "
            "förslag avgörs av tekniska nämnden i slutet av månaden.\n\n"
            "Tekniska nämnden föreslås bevilja vägföreningarna 250 000 kr för underhåll av enskilda vägar.\n\n"
            "– Vägarna är viktiga för alla som bor på landsbygden, säger Eva Strand, ordförande i tekniska nämnden.\n\n"
            "Sidan uppdaterades den 2 maj 2038\n")
    assert extract_text(text)["document"]["board"] == "Tekniska nämndens arbetsutskott"


def test_a_kind_and_the_month_it_covers_is_a_heading_not_a_dateline(extract_text):
    text = ("Exeby kommun\n\nDelegationsbeslut oktober 2038\n\nNr\tDatum\tÄrende\tDnr\n"
            "1\t2038-10-03\tStartbidrag till Norrby Dansklubb\tKFN 2038/0101\n"
            "2\t2038-10-12\tLokalbidrag till Exeby Schackklubb\tKFN 2038/0107\n")
    assert extract_text(text)["document"]["title"] == "Delegationsbeslut oktober 2038"


def test_a_clubs_letters_after_its_name_stay_in_the_item_title_before_the_dnr(extract_text):
    text = ("Exeby kommun\n\nDelegationsbeslut oktober 2038\n\nNr\tDatum\tÄrende\tDnr\n"
            "1\t2038-10-03\tStartbidrag till Norrby Dansklubb\tKFN 2038/0101\n"
            "2\t2038-10-12\tLokalbidrag till Exeby BK\tKFN 2038/0107\n")
    assert [i["title"] for i in extract_text(text)["items"]] == [
        "Startbidrag till Norrby Dansklubb", "Lokalbidrag till Exeby BK"]
