"""A Swedish model's lost rings on a clean page: put back where the text shows the loss several
times, left as printed where it does not. Invented Swedish."""

from docparse.repair import repair

# a clean page: its ä and ö came through; the typeface's å read as a in three rarer words, which
# context alone does not restore on a clean page
PAGE = ("Nämnden i Ekdala kommun föreslår att bidraget till föreningar höjs nästa år. Styrelsen har "
        "prövat frågan om anstandet för föreningen, och förslaget innebär att lanetiden för föreningarnas "
        "lån förlängs. Förvaltningen ska därför skriva en ny upplatelse för lokalerna som är klar före "
        "sommaren, och ärendet bör avgöras i höst.")


def test_lost_rings_are_put_back_where_the_page_shows_the_loss():
    out = repair(PAGE)
    assert "frågan om anståndet för" in out.text
    assert "innebär att lånetiden för" in out.text
    assert "skriva en ny upplåtelse för" in out.text
    assert {e.reason for e in out.edits} == {"lost-mark"}


def test_one_or_two_such_words_are_left_as_printed():
    # a name or a foreign word now and then is no loss the page has shown
    page = PAGE.replace("upplatelse", "plan")
    out = repair(page).text
    assert "frågan om anstandet för" in out
    assert "innebär att lanetiden för" in out


def test_a_word_read_without_its_ring_is_judged_in_context_where_the_page_shows_the_loss():
    # "far" (father) is a word as read: on a clean page context must be sure to change it, but
    # a text that showed its rings lost has it judged as on a damaged page
    sentence = " Föreningen far behålla lokalen till dess att avtalet löper ut."
    assert repair(PAGE + sentence).text.endswith("Föreningen får behålla lokalen till dess att avtalet löper ut.")
    plain = "Nämnden i Ekdala kommun föreslår att bidraget höjs nästa år, och ärendet bör avgöras i höst."
    assert repair(plain + sentence).text.endswith("Föreningen far behålla lokalen till dess att avtalet löper ut.")


def test_a_token_the_text_spells_elsewhere_with_its_marks_takes_that_spelling():
    # one token alone, a compound no lexicon lists, which the page prints with its ring twice;
    # the token kept its dots and lost its ring
    page = ("Bygdeförsäkringslån lämnas av länsstyrelsen i Ekdala. Ett bygdeförsäkringslån ska amorteras "
            "inom tio år och räntan på bygdeförsäkringslan bestäms av nämnden.")
    out = repair(page)
    assert "räntan på bygdeförsäkringslån bestäms" in out.text
    assert [e.reason for e in out.edits] == ["lost-mark: the text's spelling"]


def test_a_token_the_text_spells_two_ways_or_not_at_all_is_left_as_printed():
    two_ways = ("Bygdeförsäkringslån och bygdeförsäkringslän är två ord i Ekdala. Räntan på "
                "bygdeförsäkringslan bestäms av nämnden.")
    assert "på bygdeförsäkringslan bestäms" in repair(two_ways).text
    alone = ("Räntan på bygdeförsäkringslan bestäms av nämnden i Ekdala kommun efter förslag från "
             "länsstyrelsen.")
    assert repair(alone).edits == []
