"""Real-word pairs in context: where the English OCR model reads two Swedish words alike
(är and år both as "ar", här and har both as "har"), only the neighbouring words tell them apart.

Each case is an invented Swedish sentence; the input is that sentence as the English model reads
it (no å/ä/ö), and repair must give the sentence back. Every pair is tested both ways: the word
with å/ä/ö to restore, and the word without them to leave alone.
"""

import pytest

from docparse.repair import repair

ENGLISH_MODEL = str.maketrans("åäöÅÄÖ", "aaoAAO")


def english_reading(sentence: str) -> str:
    """The sentence as Tesseract's English model prints it: å/ä/ö lose their marks."""
    return sentence.translate(ENGLISH_MODEL)


def wrong_now(reason: str):
    """Cases the repair engine gets wrong today; a strict mark, so a fix shows as a failure to drop it."""
    return pytest.mark.xfail(strict=True, reason=reason)


# (pair, the sentence as printed). Invented sentences, none taken from any corpus.
CASES = [
    # är / år: both read "ar"
    ("är/år", "Det är viktigt att alla får svar i tid."),
    ("är/år", "Frågan är om nämnden hinner behandla ärendet."),
    ("är/år", "Avtalet gäller i tre år från och med i dag."),
    ("är/år", "Varje år granskar revisorerna bokslutet."),
    ("är/år", "Hyran höjs två gånger per år."),
    # för / for (past of fara): both read "for"
    ("för/for", "Tack för att ni kom till mötet."),
    ("för/for", "Ansökan gäller bidrag för ombyggnad av skolan."),
    ("för/for", "Ordföranden for till Karlstad med tåget."),
    ("för/for", "Hon for hem direkt efter sammanträdet."),
    # här / har: both read "har"
    ("här/har", "Här finns de handlingar som ska diskuteras."),
    ("här/har", "Kommunen vill bygga en förskola här i byn."),
    ("här/har", "Styrelsen har inte fattat något beslut."),
    ("här/har", "Vi har fått två nya ansökningar."),
    # men / män: both read "men"
    ("men/män", "Förslaget är bra men kostnaden är för hög."),
    ("men/män", "Vi vill, men vi kan inte."),
    ("men/män", "Både kvinnor och män kan söka tjänsten."),
    ("men/män", "Tre unga män anställdes som vaktmästare."),
    # lagen / lägen: both read "lagen"
    ("lagen/lägen", "Enligt lagen ska protokollet justeras inom två veckor."),
    ("lagen/lägen", "Lagen trädde i kraft förra året."),
    ("lagen/lägen", "Tomterna har mycket olika lägen nära sjön."),
    ("lagen/lägen", "I kritiska lägen kallas jouren in."),
    # val / väl: both read "val"
    ("val/väl", "Nästa val till fullmäktige hålls i september."),
    ("val/väl", "Vi står inför ett svårt val mellan två förslag."),
    ("val/väl", "Ärendet är väl förberett av förvaltningen."),
    ("val/väl", "Det fungerade väl under hela projektet."),
    # våra / vara: both read "vara"
    # försvårar / försvarar: both read "forsvarar"; neither pair with the next word was counted,
    # so the back-off weights are no evidence (LanguageModel.next_logps)
    ("försvårar/försvarar", "Höga avgifter försvårar uthyrningen av lokaler."),
    ("försvårar/försvarar", "Bristen på personal försvårar arbetet i nämnden."),
    ("försvårar/försvarar", "Försvaret försvarar landets gränser."),
    ("våra/vara", "Mötet ska vara avslutat klockan fem."),
    ("våra/vara", "Det kan vara svårt att hitta lokaler."),
    ("våra/vara", "Alla våra medlemmar är välkomna till årsmötet."),
    ("våra/vara", "Vi tackar våra samarbetspartner för stödet."),
    # ändra / andra: both read "andra"
    ("ändra/andra", "Nämnden beslutade att ändra taxan."),
    ("ändra/andra", "Vi vill ändra ordningen på punkterna."),
    ("ändra/andra", "De andra ledamöterna röstade nej."),
    ("ändra/andra", "Frågan togs upp för andra gången."),
    # satt / sätt: both read "satt"
    ("satt/sätt", "Arbetet ska utföras på samma sätt som tidigare."),
    ("satt/sätt", "Det finns flera sätt att lösa problemet."),
    ("satt/sätt", "Hon satt i styrelsen under många år."),
    ("satt/sätt", "Vi satt kvar efter mötet och pratade."),
    # rader / råder: both read "rader"
    ("rader/råder", "Det råder brist på lärare i regionen."),
    ("rader/råder", "I dag råder stor osäkerhet om budgeten."),
    ("rader/råder", "Tabellen har tre rader och fyra kolumner."),
    ("rader/råder", "Skriv några rader om vad ni önskar."),
    # Twins whose readings the lexicon and the administrative language model weigh differently,
    # or whose neighbours the bigram model knows only through their word classes.
    # vanligen / vänligen: both read "vanligen"
    ("vanligen/vänligen", "Hyran betalas vanligen i förskott."),
    ("vanligen/vänligen", "Mötet hålls vanligen på tisdagar."),
    ("vanligen/vänligen", "Ansökan behandlas vanligen inom en månad."),
    ("vanligen/vänligen", "Vänligen svara senast i morgon."),
    # mönster / monster: both read "monster"
    ("mönster/monster", "Samma mönster gäller för alla skolor."),
    ("mönster/monster", "Det finns ett mönster i hur besluten fattas."),
    ("mönster/monster", "Barnen ritade ett monster på tavlan."),
    # sparas / spåras: both read "sparas"
    ("sparas/spåras", "Materialet sparas i fem år."),
    ("sparas/spåras", "Överskottet sparas till nästa budgetår."),
    ("sparas/spåras", "Felet kunde spåras till en trasig kabel."),
    ("sparas/spåras", "Smittan kunde spåras till en enskild restaurang."),
    # lånet / länet: both read "lanet"
    ("lånet/länet", "Det gamla lånet löses i förtid."),
    ("lånet/länet", "Räntan på lånet höjdes i våras."),
    ("lånet/länet", "Hela länet drabbades av stormen."),
    ("lånet/länet", "Det finns tre sjukhus i länet."),
    # täcka / tacka: both read "tacka"
    ("täcka/tacka", "Bidraget ska täcka kostnaderna för resan."),
    ("täcka/tacka", "Vi vill tacka personalen för ett gott arbete."),
    ("täcka/tacka", "Styrelsen vill tacka alla ideella krafter."),
    # begär / begår: both read "begar"
    ("begär/begår", "Ordföranden begär ordet."),
    ("begär/begår", "Nämnden begär att ärendet återremitteras."),
    ("begär/begår", "Den som begår ett brott kan dömas."),
    ("begär/begår", "Kommunen begär ersättning för kostnaderna."),  # begär a present too, not only a noun
    ("begär/begår", "Om en ledamot begär det ska frågan tas upp."),
    # händer / hinder: "hinder" is read as itself, a listed word the word model would make the
    # commoner "händer" by a hair; the close call is the context's (closecalls.py)
    ("händer/hinder", "Det finns inget hinder mot att bevilja ansökan."),
    ("händer/hinder", "Ett hinder för utbyggnaden är kostnaden."),
    ("händer/hinder", "Vad som händer nu är oklart."),
    ("händer/hinder", "Det händer att beslut överklagas."),
    # bär / bar: both read "bar" (bära's present is its bare stem, which hunspell lists as a noun)
    ("bär/bar", "Vi bär ansvaret för beslutet."),
    ("bär/bar", "Föreningen bär sina egna kostnader."),
    ("bär/bar", "Han bar lådan till bilen."),
    # stärka / starka: both read "starka"
    ("stärka/starka", "Föreningen har starka skäl att söka bidraget."),
    ("stärka/starka", "Det finns starka önskemål om en ny sporthall."),
    ("stärka/starka", "Nämnden vill stärka samarbetet med föreningarna."),
    ("stärka/starka", "Målet är att bygga upp starka lokala föreningar."),
    # rätt / rått: both read "ratt"
    ("rätt/rått", "Beslutet fattades på rätt sätt."),
    ("rätt/rått", "Alla har rätt att överklaga beslutet."),
    ("rätt/rått", "Det rådde ett rått klimat i debatten."),
    ("rätt/rått", "Frågan är vilken rätt eleverna har till skolskjuts."),
    # vara / våra after an abbreviation's full stop: no sentence start ("Våra ..." is one)
    ("vara/våra", "Skälet kan t.ex. vara nya regler för bidraget."),
    ("vara/våra", "Orsaken kan bl.a. vara höga räntor."),
    ("vara/våra", "Rapporten beskriver bl.a. våra egna verksamheter."),
    ("vara/våra", "Kostnaden ökar. Våra nya lokaler blev dyrare."),
]

# Sentences the engine does not give back yet (see the reason of each).
WRONG_NOW = {
    "Ordföranden for till Karlstad med tåget.": "'for' (fara) made 'för'; 'taget' left for 'tåget'",
    "Hon for hem direkt efter sammanträdet.": "'for' (fara) made 'för' after a subject pronoun",
    "Kommunen vill bygga en förskola här i byn.": "'har' before a preposition left as the verb",
    "Nästa val till fullmäktige hålls i september.": "'val' after 'Nästa' made the adverb 'väl'",
    # What a word bigram model cannot tell: the twins score alike beside these neighbours, or the
    # pairs that would tell were never counted and the word classes lean the other way.
    "Styrelsen vill tacka alla ideella krafter.": "'täcka alla' was counted, 'tacka alla' not",
    "Målet är att bygga upp starka lokala föreningar.": "no pair counted; 'upp stärka' reads as a verb after a particle",
    # What a trigram counted once outweighs: the training text holds 'den som begär' once and
    # 'den som begår' never.
    "Den som begår ett brott kan dömas.": "'den som begär' was counted once, 'den som begår' never",
    "Försvaret försvarar landets gränser.": "the corpus counts 'försvarar' once, 'försvårar' 26 times",
}


def _params():
    for pair, sentence in CASES:
        marks = [wrong_now(WRONG_NOW[sentence])] if sentence in WRONG_NOW else []
        yield pytest.param(english_reading(sentence), sentence, id=f"{pair}: {sentence}", marks=marks)


@pytest.mark.parametrize("read,printed", list(_params()))
def test_real_word_pair_in_context(read, printed):
    assert repair(read).text == printed


def test_every_pair_both_ways():
    """Each pair has sentences for both of its words, 3-5 a pair."""
    for pair in {p for p, _ in CASES}:
        marked, plain = pair.split("/")
        sentences = [s.lower() for p, s in CASES if p == pair]
        assert 3 <= len(sentences) <= 5, pair
        for word in (marked, plain):
            assert any(word in s.split() or f"{word}," in s.split() or f"{word}." in s.split()
                       for s in sentences), (pair, word)


# The words two away decide, through the trigrams that hold the reading ("det år då", "är här
# som"); a trigram counts on the right only where one reading's was counted. Both ways: the
# readings with marks to restore, and those without to keep. Invented sentences.
TRIGRAM_CASES = [
    "Ansökan ska lämnas in före det år då bidraget söks.",
    "Det är här som beslutet fattas.",
    "Det är här som föreningen har sina lokaler.",
    "Nämnden har som mål att minska kostnaderna.",
    "Det är då som frågan avgörs.",
    "Ett år av arbete ligger bakom förslaget.",
    "Det är av stor vikt att alla deltar.",
]


@pytest.mark.parametrize("printed", TRIGRAM_CASES)
def test_the_words_two_away_decide(printed):
    assert repair(english_reading(printed)).text == printed


def test_a_neighbour_a_rule_decides_after_the_language_model_is_seen_as_decided():
    # "for" is decided by a hand-written rule after the bigram pass; the word beside it is then
    # judged again with "för" before it ("för lågt", not "for lagt")
    printed = "Ett allt för lågt pris gav förlust för bolaget."
    out = repair(printed.translate(ENGLISH_MODEL))
    assert out.text == printed
    assert any(e.reason == "context:lm" and e.replacement == "lågt" for e in out.edits)


@pytest.mark.parametrize("read, printed", [
    ("Alla dé som ansokt far besked i maj.", "Alla de som ansökt får besked i maj."),  # "dé": de, då or dö
    ("Vi kan inte nédja oss med ett sadant svar.", "Vi kan inte nöja oss med ett sådant svar."),  # nöja/nåja
    # the word model settles on a rare listed word barely better than the token ("däven"); its
    # widest search reads "även" ("da" for ä)
    ("Det finns daven plats for fler barn i skolan.", "Det finns även plats för fler barn i skolan."),
    # a short token with two signs for one letter ("aa" for å): the word model settles on the
    # rare listed "såå" before its stage that reads "så"
    ("Vi ordnar det saa att alla far plats i salen.", "Vi ordnar det så att alla får plats i salen."),
])
def test_the_word_models_close_call_is_decided_in_context(read, printed):
    out = repair(read)
    assert out.text == printed
    assert any(e.reason == "context:close" for e in out.edits)


# A page that lost its marks, where the context pass takes the administrative corpus's prior
# ("vanligen": counted; "vänligen": never). An imperative's opening is a notice's phrase, not the
# corpus's; a fronted adverb has the finite verb after it. Invented pages.
DAMAGED_PAGES = [
    ("Inbjudan till öppet möte om skolans framtid. Vänligen lämna svar senast på måndag. "
     "Välkomna önskar rektor och lärarna."),
    ("Kallelse till styrelsemöte i föreningen på söndag. Vänligen skicka frågor till kassören i förväg. "
     "Årsredovisningen och föredragningslistan bifogas."),
    "Hyran för lokalen betalas vanligen i förskott. Återbetalning sker när nyckeln är återlämnad.",
    "Vanligen hålls mötet i kommunhuset. I år hålls det på skolan för första gången.",
    "Vanligen får sökande besked inom två veckor. Även överklaganden prövas av nämnden.",
    pytest.param(
        ("Kallelse till årsmöte i föreningen på söndag. Vänligen anmäl förhinder till föreningens "
         "sekreterare. Föredragningslistan och årsredovisningen bifogas."),
        marks=wrong_now("'anmäl' (a second-conjugation imperative) has no verb bit in the word classes")),
]


@pytest.mark.parametrize("printed", DAMAGED_PAGES)
def test_an_opening_adverb_or_imperative_on_a_damaged_page(printed):
    read = english_reading(printed)
    assert sum(c in "åäöÅÄÖ" for c in printed) >= 5  # a page that lost marks: the context pass's prior applies
    assert repair(read).text == printed


# A typewriter face's ä read as two signs ("da"): "dar" is "där" with its ä read as a, or "är"
# with it read "da", a reading of another length the word model's narrow stage never weighs.
# Invented sentences, both ways.
@pytest.mark.parametrize("read, printed", [
    ("Forslaget dar bra och bor antas.", "Förslaget är bra och bör antas."),
    ("Hon dar ordforande i namnden sedan i fjol.", "Hon är ordförande i nämnden sedan i fjol."),
    ("Det dar av stor vikt att alla kommer.", "Det är av stor vikt att alla kommer."),
    ("Skolan ligger vid sjon dar barnen badar.", "Skolan ligger vid sjön där barnen badar."),
    ("Vi vet inte var pengarna tog vagen eller dar de finns nu.",
     "Vi vet inte var pengarna tog vägen eller där de finns nu."),
    # the bigrams leave it open ("skillnaden där" is a phrase too): the word two away decides,
    # "skillnaden är inte", as in the context pass
    ("Skillnaden dar inte stor mellan skolorna.", "Skillnaden är inte stor mellan skolorna."),
])
def test_a_short_token_with_two_signs_for_one_letter_is_read_in_context(read, printed):
    assert repair(read).text == printed


def test_a_close_call_takes_the_reading_the_text_has_after_the_same_word():
    # "ldn" is "lön" or "län" (d for ö or ä): alone the word model's "lön"; in a text that has
    # "Ekdalens län" already (an invented county), the same pair decides it
    alone = "Arbetet med skolorna fortsatter i Ekdalens ldn."
    assert repair(alone).text.endswith("Ekdalens lön.")
    text = "Skolorna i Ekdalens lan har fatt mer stod i ar. " + alone
    assert repair(text).text == ("Skolorna i Ekdalens län har fått mer stöd i år. "
                                 "Arbetet med skolorna fortsätter i Ekdalens län.")


# A twin the corpus counted far less often than the commonest reading, and never beside either
# neighbour, scores in context by its class alone, and a sparse word's class is followed by much
# the word never is: it is no contender (engine.unattested). Invented sentences on pages that
# lost their marks.
@pytest.mark.parametrize("printed", [
    ("Kommunen har beslutat att bygga en ny förskola i Storuman. Nämnden vill också se över "
     "vilken rätt vårdnadshavarna har att välja förskola, och hur avgifterna ska sättas för nästa år."),
    ("Föreningen Lövsta Idrottsklubb söker bidrag för att rusta upp klubbstugan. Styrelsen anser att "
     "det är ett stark skäl att stugan används av många barn. Vilken rätt föreningen har till bidrag "
     "prövas av fritidsnämnden."),
])
def test_a_rare_twin_never_counted_beside_its_neighbours_is_no_contender(printed):
    assert repair(english_reading(printed)).text == printed


def test_unattested_asks_for_a_pair_of_the_rare_twins_own():
    from docparse.models import store_for
    from docparse.repair.engine import unattested

    lm = store_for().lm
    assert lm.stats("rått")[0] * 2 < lm.stats("rätt")[0]
    assert unattested(lm, "rått", "rätt", "vilken", "föreningen")
    # a pair of its own on either side makes it a contender; so does being the commonest reading
    assert not unattested(lm, "rått", "rätt", "ha", "föreningen")
    assert not unattested(lm, "rått", "rätt", "vilken", "om")
    assert not unattested(lm, "rätt", "rätt", "vilken", "föreningen")
    # a twin counted often has a class estimate of its own worth ("tackar våra samarbetspartner")
    assert lm.stats("våra")[0] >= 100 and not unattested(lm, "våra", "vara", "tackar", "samarbetspartner")


# A clause opening with "Här" takes its finite verb second (V2), never a subject: "Har" before a
# subject (a pronoun or a definite noun that is no finite verb) opens a question. Invented
# questions on pages that lost their marks; the bigrams alone made six of the first seven "Här".
@pytest.mark.parametrize("printed", [
    "Har kommunstyrelsen tagit ställning till förslaget om nya cykelvägar i Ljusdal?",
    "Har förvaltningen räknat på kostnaderna för en ny sporthall?",
    "Har ministern insett vad förslaget innebär för landsbygdens skolor?",
    "Har nämnden fått svar från länsstyrelsen om tillståndet?",
    "Har landshövdingen besökt skolan under våren?",
    "Har socialtjänsten haft kontakt med familjen?",
    "Har regeringen övervägt att ändra reglerna för bidraget?",
    # and "Här" with its finite verb second stays
    "Här finns blanketten för ansökan.",
    "Här i kommunen finns tre skolor.",
    "Vi har nu fått svar. Här kan du läsa mer om förslaget.",
])
def test_a_clause_opening_have_before_its_subject_is_a_question(printed):
    assert repair(english_reading(printed)).text == printed


# Where some reading was counted beside a neighbour, the scores differ by the pairs' own counts and
# a smaller margin over the word model's reading will do (engine.damaged_margin); where none was,
# they differ by word classes alone and the wider one holds ("Vi vill tacka personalen", above).
# Invented sentences on pages that lost their marks.
@pytest.mark.parametrize("printed", [
    ("Föreningen Sörby Hembygdsgille har ansökt om bidrag till ett nytt tak på bygdegården. "
     "Det är upp till styrelsen att pröva saken innan årsmötet i mars."),
    "Nämnden har att pröva saken på nytt.",
])
def test_a_twin_counted_beside_its_neighbour_needs_the_smaller_margin(printed):
    assert repair(english_reading(printed)).text == printed


def test_the_margin_follows_what_was_counted():
    from docparse.models import store_for
    from docparse.repair.engine import LM_MARGIN, LM_MARGIN_COUNTED, damaged_margin

    lm = store_for().lm
    assert LM_MARGIN_COUNTED < LM_MARGIN
    assert lm.counted("att", "pröva") and not lm.counted("pröva", "saken")
    assert damaged_margin(lm, (("prova", 0.0), ("pröva", 0.0)), "att", "saken") == LM_MARGIN_COUNTED
    # no reading counted on either side: the classes speak, the wider margin holds
    assert not any(lm.counted("vill", w) or lm.counted(w, "personalen") for w in ("tacka", "täcka"))
    assert damaged_margin(lm, (("tacka", 0.0), ("täcka", 0.0)), "vill", "personalen") == LM_MARGIN


# A word whose å/ä/ö the English model lost altogether ("ka": the ö of "öka" or the å of "åka"
# printed as nothing): the word model puts one back, and which one its neighbours decide, as
# between twins (engine._put_back_twins). Invented sentences on pages that lost their marks.
@pytest.mark.parametrize("read, printed", [
    ("Det finns stora mojligheter att ka den avgiftsfinansierade delen.",
     "Det finns stora möjligheter att öka den avgiftsfinansierade delen."),
    ("Malet ar att ka andelen elever i Exeby som gar vidare till gymnasiet.",
     "Målet är att öka andelen elever i Exeby som går vidare till gymnasiet."),
    # and where the neighbours speak for the word model's reading, it stays
    ("Barnen far ka hem efter skolan.", "Barnen får åka hem efter skolan."),
    ("Vi ska ka hem till Norrby nu.", "Vi ska åka hem till Norrby nu."),
])
def test_a_lost_mark_put_back_is_chosen_in_context(read, printed):
    assert repair(read).text == printed


def test_put_back_twins_are_the_readings_with_another_mark_in_that_place():
    from docparse.models import store_for
    from docparse.repair.engine import _put_back_twins

    models = store_for()
    lexicon, channel = models.lexicon, models.channels["eng"]
    twins = dict(_put_back_twins("ka", "åka", lexicon, channel))
    assert set(twins) == {"åka", "öka"}
    # the lost letter's deletion is scored by the channel
    assert twins["öka"] == pytest.approx(channel.cost("ö", "") + channel.cost("k", "k") + channel.cost("a", "a"))
    assert _put_back_twins("ka", "ka", lexicon, channel) is None  # nothing was put back


# A lone letter between two words whose reading with a mark put back before it is a word far
# commoner than the letter ("r" for "är", "n" for "än"): the English model lost the mark whole;
# the context pass chooses among the twins ("år"). A label's letter, a run of letters and a
# letter whose marked reading is no commoner ("t" / "åt") stay. Invented sentences.
@pytest.mark.parametrize("read, printed", [
    ("Det r viktigt att alla far svar i tid.", "Det är viktigt att alla får svar i tid."),
    ("Avtalet galler i tre r fran och med i dag.", "Avtalet gäller i tre år från och med i dag."),
    ("Kostnaden i Exeby blev hogre n vi trodde.", "Kostnaden i Exeby blev högre än vi trodde."),
    ("Se bilaga r och bilaga s.", "Se bilaga r och bilaga s."),
    ("Punkterna a och r ar klara.", "Punkterna a och r är klara."),
    ("Vi har t ex fatt svar.", "Vi har t ex fått svar."),
])
def test_a_lone_letter_that_lost_its_mark_is_read_in_context(read, printed):
    assert repair(read).text == printed
