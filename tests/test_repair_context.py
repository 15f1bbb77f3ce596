"""Context decisions between real words: "&" at a word's edge, and the grammar rules over word classes."""

import pytest

from docparse.repair import TOKEN, context, repair
from docparse.repair.model import load


def tokens(text):
    return [m.group() for m in TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("f& barn", ["f&", "barn"]),  # "&" at the end of a word: få
        ("Vidare &r syftet", ["Vidare", "&r", "syftet"]),  # at the start: är
        ("hj&lp", ["hj&lp"]),  # inside, as before
        ("Svensson & Co", ["Svensson", "Co"]),  # a lone "&" belongs to no word
        ("R&D", ["R&D"]),
        ("3& &4", ["3", "4"]),  # "&" touching a digit only is no letter
        ("&& &", []),
        ("(f&)", ["f&"]),
    ],
)
def test_ampersand_attaches_to_letters(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "damaged,correct",
    [
        ("Det &r bra att f& hjalp.", "Det är bra att få hjälp."),
        ("Vidare &r syftet att starka samverkan.", "Vidare är syftet att stärka samverkan."),
        ("Vi vill f& veta mer.", "Vi vill få veta mer."),
        ("Svensson & Co har skickat en faktura.", "Svensson & Co har skickat en faktura."),
        ("Vi arbetar med R&D och forskning.", "Vi arbetar med R&D och forskning."),
        ("Ett & i texten ar ingen bokstav.", "Ett & i texten är ingen bokstav."),
    ],
)
def test_ampersand_read_as_swedish_letter(damaged, correct):
    assert repair(damaged).text == correct


# Damaged text (no å/ä/ö, as an English OCR model reads it) -> the Swedish it stands for. The
# sentences are written for these rules, one or two per rule and direction.
GRAMMAR = [
    # a sentence adverb between the auxiliary and the word: no finite verb follows either
    ("Namnden ska darfor har prova fragan pa nytt.", "Nämnden ska därför här pröva frågan på nytt."),
    ("Vi ar ocksa har for att lyssna pa medborgarna i Exeby.", "Vi är också här för att lyssna på medborgarna i Exeby."),
    ("Eleverna som redan har fatt plats ska meddelas.", "Eleverna som redan har fått plats ska meddelas."),
    # After a plural quantifier a noun is indefinite, and a noun, not an adverb.
    ("Vi vet inte i vilka lagen kommunen ska kontaktas.", "Vi vet inte i vilka lägen kommunen ska kontaktas."),
    ("Det finns vissa lagen dar risken ar hog.", "Det finns vissa lägen där risken är hög."),
    ("Eleverna gor olika val infor gymnasiet.", "Eleverna gör olika val inför gymnasiet."),
    ("Vi diskuterade de olika val som finns.", "Vi diskuterade de olika val som finns."),
    # After "de" or a bare plural adjective, an indefinite noun.
    ("Sok efter de varden som visas.", "Sök efter de värden som visas."),
    ("Mojliga varden ligger mellan 0 och 1.", "Möjliga värden ligger mellan 0 och 1."),
    ("Positiva varden visas forst.", "Positiva värden visas först."),
    # A preposition never takes a finite verb.
    ("Det gor en jamn fordelning av rader och kolumner.", "Det gör en jämn fördelning av rader och kolumner."),
    # A genitive needs a noun after it: before a verb or the end, a subject's verb is passive.
    ("Om beslutet havs kan kommunen overklaga.", "Om beslutet hävs kan kommunen överklaga."),
    ("Nar avtalet havs blir parten skyldig att betala.", "När avtalet hävs blir parten skyldig att betala."),
    ("Det ar oklart om avtalet havs.", "Det är oklart om avtalet hävs."),
    # After a modal, a determiner with nothing to determine is the verb's infinitive.
    ("Rapporten ska inga i den arliga uppfoljningen.", "Rapporten ska ingå i den årliga uppföljningen."),
    ("Fler aktorer kan inga i samarbetet.", "Fler aktörer kan ingå i samarbetet."),
    # After "att" or a modal, the word before a determiner or a definite noun is its verb.
    ("Om du vill andra storleken drar du i kanten.", "Om du vill ändra storleken drar du i kanten."),
    ("Du kan andra den text som visas.", "Du kan ändra den text som visas."),
    ("Det gar inte att andra ett beslut som har vunnit laga kraft.", "Det går inte att ändra ett beslut som har vunnit laga kraft."),
    ("Om du vill andra farg pa texten.", "Om du vill ändra färg på texten."),
    ("Forankra och andra storlek pa fonstret.", "Förankra och ändra storlek på fönstret."),
    # No two finite verbs side by side before an infinitive.
    ("Det drojer en vecka innan den enskilde ater kan fa plats.", "Det dröjer en vecka innan den enskilde åter kan få plats."),
    ("Han kan ater soka plats i host.", "Han kan åter söka plats i höst."),
    ("Forvaltningen ska ater redovisa arendet.", "Förvaltningen ska åter redovisa ärendet."),
    # A copula takes an adjective, not an infinitive, nor a bare noun at the clause's end.
    ("Dessa lagen ar svara att hantera.", "Dessa lägen är svåra att hantera."),
    ("Uppgiften var svar att losa.", "Uppgiften var svår att lösa."),
    ("Fragan ar svar.", "Frågan är svår."),
    ("Manga hushall har laga inkomster.", "Många hushåll har låga inkomster."),
    ("Kostnaden har ater okat.", "Kostnaden har åter ökat."),
    # A preposition takes a possessive, never a bare infinitive.
    ("Manga av vara medarbetare arbetar med vara brukare.", "Många av våra medarbetare arbetar med våra brukare."),
    ("Enligt vara riktlinjer ska alla fa stod.", "Enligt våra riktlinjer ska alla få stöd."),
    # A preposition takes a noun, not an adverb, where the word stands alone.
    ("Vid val av leverantor ska priset vagas mot kvaliteten.", "Vid val av leverantör ska priset vägas mot kvaliteten."),
    # "har" is never followed by a finite verb: it is "här".
    ("Har finns mer att gora.", "Här finns mer att göra."),
    ("Har kommer en sammanfattning.", "Här kommer en sammanfattning."),
    ("Styrelsen har forsoker halla nere kostnaderna.", "Styrelsen här försöker hålla nere kostnaderna."),
    # "bör" wants an infinitive: before "och" or "där" it is "bor".
    ("Alla som bor och arbetar i kommunen kan svara.", "Alla som bor och arbetar i kommunen kan svara."),
    ("Enkaten gick till de familjer som bor dar.", "Enkäten gick till de familjer som bor där."),
    ("Styrelsen bor utreda fragan om taxan.", "Styrelsen bör utreda frågan om taxan."),
    # A quantifier opening its clause takes a possessive before a noun, never the infinitive.
    ("Alla vara medlemmar far en kallelse.", "Alla våra medlemmar får en kallelse."),
    ("Det galler for alla vara kommuner.", "Det gäller för alla våra kommuner."),
    # An auxiliary is never followed by "har" either: "ska här", "är här".
    ("Forvaltningen ska har utreda fragan om taxan.", "Förvaltningen ska här utreda frågan om taxan."),
    ("Namnden vill har papeka att beslutet galler i ett ar.", "Nämnden vill här påpeka att beslutet gäller i ett år."),
    # "den/det har <definite noun>" where no subject and verb can stand: the demonstrative.
    ("I det har arendet foreslas en ny taxa.", "I det här ärendet föreslås en ny taxa."),
    ("Den har rapporten visar att kostnaderna okar.", "Den här rapporten visar att kostnaderna ökar."),
    ("Kan den har metoden anvandas?", "Kan den här metoden användas?"),
    ("Las mer pa den har sidan.", "Läs mer på den här sidan."),  # definite by the word classes: sidan
    ("Innan du anvander det har kommandot ska du spara.", "Innan du använder det här kommandot ska du spara."),
    ("Sa har gor du for att ansoka.", "Så här gör du för att ansöka."),
    ("Gor sa har for att ansoka.", "Gör så här för att ansöka."),
    ("Klicka har for att spara.", "Klicka här för att spara."),
    ("Nu avmarkerar du den har kryssrutan.", "Nu avmarkerar du den här kryssrutan."),  # definite by its last part
]

# är/år: what a number, a date or a unit around the word says.
YEAR = [
    ("Vecka 1 ar den forsta veckan.", "Vecka 1 är den första veckan."),
    ("Andelen ar 50 % ar 2021.", "Andelen är 50 % år 2021."),
    ("Dar 0 % ar helt genomskinligt.", "Där 0 % är helt genomskinligt."),
    ("Kostnaden ar 1500 kronor per ar.", "Kostnaden är 1500 kronor per år."),
    ("Under ar 2021 okade kostnaderna.", "Under år 2021 ökade kostnaderna."),
    ("Forfallodagen ar 2024-11-15.", "Förfallodagen är 2024-11-15."),
    ("Ange datum som dag, manad och ar.", "Ange datum som dag, månad och år."),
    ("Perioden kan anges i manader eller ar.", "Perioden kan anges i månader eller år."),
    ("Ar har 365 dagar.", "År har 365 dagar."),
    ("Projektet pagar i tre ar.", "Projektet pågår i tre år."),
]

# Correct text on a damaged page where the rules must not fire.
KEPT = [
    ("Han domdes enligt lagen om skatt.", "Han dömdes enligt lagen om skatt."),
    ("Alla lagen spelade i serien.", "Alla lagen spelade i serien."),
    ("De olika valen i kommunen.", "De olika valen i kommunen."),
    ("Det ar ett val fungerande system.", "Det är ett väl fungerande system."),
    ("Det stora havets vagor.", "Det stora havets vågor."),
    ("Ett havs yta ar stor.", "Ett havs yta är stor."),
    ("Myndigheten for havs- och vattenmiljo.", "Myndigheten för havs- och vattenmiljö."),
    ("Det finns inga val kvar att gora.", "Det finns inga val kvar att göra."),
    ("Vi ska inga barn lamna utan stod.", "Vi ska inga barn lämna utan stöd."),
    ("Den som ater kan bli sjuk.", "Den som äter kan bli sjuk."),
    # A quantifier after an auxiliary: the infinitive ("De ska alla vara medlemmar").
    ("De ska alla vara medlemmar i foreningen.", "De ska alla vara medlemmar i föreningen."),
    ("For manga kan det vara svart att hinna.", "För många kan det vara svårt att hinna."),
    # A clause may end in an auxiliary before the main clause's "har".
    ("Den som kan har skyldighet att arbeta.", "Den som kan har skyldighet att arbeta."),
    ("Det vi vill har vi redan sagt.", "Det vi vill har vi redan sagt."),
    ("Var har du lagt pappren?", "Var har du lagt pappren?"),
    ("Dessa galler for hela kommunen.", "Dessa gäller för hela kommunen."),
    ("Barnen ater lunch i skolan.", "Barnen äter lunch i skolan."),
    ("Hon ater inte kott.", "Hon äter inte kött."),
    ("Det ar svart att svara pa fragan.", "Det är svårt att svara på frågan."),
    ("Vi maste alltid svara i telefon.", "Vi måste alltid svara i telefon."),
    ("Kommunen far inga avtal med foretaget.", "Kommunen får inga avtal med företaget."),
    ("Vi tar till vara pa erfarenheterna.", "Vi tar till vara på erfarenheterna."),
    ("Det galler for var och en av oss.", "Det gäller för var och en av oss."),
    ("Det kan vara svart.", "Det kan vara svårt."),
    # Frequent function words never yield to rare twins, whatever the rule ("ätt", "söm").
    ("Det gors genom att i forvag markera omradet.", "Det görs genom att i förväg markera området."),
    ("Dessa som vill kan anmala sig.", "Dessa som vill kan anmäla sig."),
    ("Klicka pa Spara for att spara dokumentet.", "Klicka på Spara för att spara dokumentet."),
    ("Visar den mapp som valts for lagring.", "Visar den mapp som valts för lagring."),
    ("Vi har far och getter.", "Vi har får och getter."),
    ("Vi har var sin dator.", "Vi har var sin dator."),
    ("Flytta de ratta filerna till mappen.", "Flytta de rätta filerna till mappen."),  # an adjective, never "råtta"
    ("Tryck pa 1 och 2 samtidigt.", "Tryck på 1 och 2 samtidigt."),
    # a noun of quantity: "ett flertal år"; but a predicate after it keeps the verb
    ("Under ett flertal ar har Exeby vuxit.", "Under ett flertal år har Exeby vuxit."),
    ("Av dem ar ett antal ar nojda med Norrby.", "Av dem är ett antal är nöjda med Norrby."),
    ("Hur kan andra kommuner hjalpa till?", "Hur kan andra kommuner hjälpa till?"),
    ("Under forsta och andra kvartalet okade kostnaderna.", "Under första och andra kvartalet ökade kostnaderna."),
    ("Om du har markerat flera celler kopieras de.", "Om du har markerat flera celler kopieras de."),
    ("En forfattare har skrivit texten.", "En författare har skrivit texten."),
    ("De mojliga vardena visas.", "De möjliga värdena visas."),
    ("Det galler hela varden i regionen.", "Det gäller hela vården i regionen."),
    ("Regionen ska betala varden for patienten.", "Regionen ska betala vården för patienten."),
    ("I tabellen som formularet bygger pa, anger du faltet.", "I tabellen som formuläret bygger på, anger du fältet."),
    ("Standardvardet 1 anger en jamforelse.", "Standardvärdet 1 anger en jämförelse."),
    ("Funktionen returnerar 1 om talet ar positivt.", "Funktionen returnerar 1 om talet är positivt."),
    ("Antalet kolumner i matris 1 maste vara lika stort.", "Antalet kolumner i matris 1 måste vara lika stort."),
    ("Det forsta tecknet maste vara en bokstav.", "Det första tecknet måste vara en bokstav."),
    ("Strangen kan vara namnet pa kolumnen.", "Strängen kan vara namnet på kolumnen."),
    ("Den har funktionen att skydda uppgifterna.", "Den har funktionen att skydda uppgifterna."),
    ("Av det har framgatt att behovet okar.", "Av det har framgått att behovet ökar."),
    ("Namnden anser att den har ansvaret.", "Nämnden anser att den har ansvaret."),
    ("Eftersom det har regnat ar vagen blot.", "Eftersom det har regnat är vägen blöt."),
    ("Valj ett tal fran 1 till 6 nu.", "Välj ett tal från 1 till 6 nu."),
    ("Skriv 1 cm i rutan.", "Skriv 1 cm i rutan."),
    ("Det galler 1 och med att beslutet fattas.", "Det gäller i och med att beslutet fattas."),
]


# Correct readings the bigram model overrules: the word pair beside the word is far commoner
# the other way ("den här funktionen", "ska ingå", "alla lägen"), and only a word further off
# tells ("... att", "... barn lämna"). Strict marks: a fix shows as a failure to drop the mark.
LM_WRONG = {
    "Alla lagen spelade i serien.": "'alla lägen' is the common pair",
    "Vi ska inga barn lamna utan stod.": "'ska ingå' is the common pair",
    "Kommunen far inga avtal med foretaget.": "'får ingå' is the common pair",
    "Vi har far och getter.": "'här får' outweighs 'vi har'",
    "Den har funktionen att skydda uppgifterna.": "'den här funktionen': only the 'att' after it tells",
}


def _grammar_params():
    for damaged, correct in GRAMMAR + YEAR + KEPT:
        marks = [pytest.mark.xfail(strict=True, reason=LM_WRONG[damaged])] if damaged in LM_WRONG else []
        yield pytest.param(damaged, correct, marks=marks)


@pytest.mark.parametrize("damaged,correct", list(_grammar_params()))
def test_grammar_rules(damaged, correct):
    assert repair(damaged).text == correct


@pytest.mark.parametrize(
    "prev,prev2,cur,nxt,nxt2,expected",
    [
        ("vilka", "i", "lagen", "socialjouren", "ska", "lägen"),
        ("olika", "de", "väl", "som", "ungdomar", "val"),
        ("olika", "de", "väl", "fungerande", "system", None),
        ("avtalet", "att", "havs", "kan", "den", "hävs"),
        ("avtalet", "att", "havs", "", "", "hävs"),
        ("stora", "det", "havs", "yta", "", None),
        ("ska", "vi", "inga", "barn", "lämna", None),
        ("finns", "det", "inga", "hinder", "för", None),
        ("enligt", "dömdes", "lagen", "om", "skatt", None),
        ("enskild", "innan", "äter", "kan", "erhålla", "åter"),
        ("som", "den", "äter", "kan", "bli", None),
        ("kan", "han", "äter", "söka", "plats", "åter"),
        ("är", "det", "svar", "på", "frågan", None),
        # after a possessive, a definite genitive or a phrase-opening article the noun phrase
        # goes on: no infinitive ("den fortsatta beredningen"), unless the article is a subject
        # after a verb ("kan det vara"), a short infinitive is a function word ("så kallade"),
        # or no noun or adjective follows
        ("den", "under", "fortsätta", "utredningen", "", "fortsatta"),
        ("föreningens", "", "fortsätta", "arbete", "", "fortsatta"),
        ("sina", "", "stärka", "sidor", "", "starka"),
        ("det", "kan", "ändra", "beslutet", "", None),
        ("denna", "", "så", "kallade", "", None),
        ("sina", "", "ändra", "till", "", None),
        # a sentence adverb may stand between the modal and the infinitive before its object
        ("samtidigt", "vill", "andra", "reglerna", "", "ändra"),
        ("inte", "att", "andra", "beslutet", "", "ändra"),
        ("inte", "kan", "andra", "kommuner", "", None),  # a plural noun: "andra kommuner"
        ("också", "nämnden", "andra", "beslutet", "", None),  # no modal before the adverb
        # a weak adjective before a definite noun needs a determiner: after a noun, a comma or
        # at a clause's start the twin there is the verb that governs the noun
        ("sektorer", "olika", "starka", "banden", "", "stärka"),
        (",", "", "starka", "banden", "", "stärka"),
        ("", "", "starka", "banden", "", "stärka"),
        ("ombudsman", "en", "skarpa", "tillsynen", "", "skärpa"),
        ("de", "", "starka", "banden", "", None),  # the determiner is there
        ("mycket", "de", "starka", "banden", "", None),
        ("sektorer", "", "starka", "band", "", None),  # an indefinite noun: "starka band"
        (",", "", "starka", "sidor", "", None),
    ],
)
def test_grammar_choice(prev, prev2, cur, nxt, nxt2, expected):
    assert context.grammar_choice(prev, prev2, cur, nxt, nxt2, load().lexicon) == expected


def test_word_classes_from_hunspell_and_lemmas():
    lexicon = load().lexicon
    wc = lexicon.word_class
    assert wc("lagen") & context.DEFINITE and not wc("lagen") & context.NOUN
    assert wc("lägen") & context.NOUN  # neuter plural, not definite
    assert wc("havs") == context.GENITIVE
    assert wc("hävs") & context.PASSIVE
    assert wc("äter") & context.PRESENT  # irregular: from spaCy's lemma table
    assert not wc("åter") & context.PRESENT
    assert wc("ökat") & context.SUPINE and wc("varit") & context.SUPINE  # a rule's and an irregular verb's
    assert not wc("lampor") & context.PRESENT  # a plural whose lemma ends in -a is no verb
    assert context.is_verb("vara", lexicon) and context.is_verb("ändra", lexicon)  # irregular, and by hunspell's present-tense flag
    assert not context.is_verb("våra", lexicon) and not context.is_verb("väl", lexicon)  # hunspell flags them, they are none
    assert not wc("råtta") & context.VERB  # "råttor" ends in -r, yet no verb's present
    # an r-stem verb's present is its bare stem, listed by hunspell as a noun: a present too
    assert wc("begär") & context.PRESENT and wc("begär") & context.NOUN
    assert wc("innebär") & context.PRESENT and wc("genomför") & context.PRESENT  # by spaCy's lemma; by hunspell's K
    assert not wc("svar") & context.PRESENT  # svara conjugates in -ar: "svar" is no present


def _models_copy(folder, *, without=()):
    """A models folder with the repository's model files, less those named in ``without``."""
    import shutil

    from docparse.models import models_dir

    folder.mkdir(exist_ok=True)
    for f in models_dir().iterdir():
        if f.is_file() and f.name not in without:
            shutil.copy(f, folder / f.name)
    return folder


LAGEN = "I vilka lagen ska vi ringa?"  # the grammar rules make it "lägen"; the word model alone does not


def test_without_word_classes_the_grammar_rules_rest(tmp_path, monkeypatch):
    """A models directory without sv_wordclass.marisa still repairs; only the grammar rules rest."""
    bare = _models_copy(tmp_path / "bare", without={"sv_wordclass.marisa"})
    monkeypatch.setenv("DOCPARSE_MODELS", str(bare))
    assert repair(LAGEN).text == LAGEN
    assert context.word_class("lagen") == 0
    assert context.grammar_choice("vilka", "i", "lagen", "ska", "", load(str(bare)).lexicon) is None
    monkeypatch.delenv("DOCPARSE_MODELS")
    assert repair(LAGEN).text == "I vilka lägen ska vi ringa?"  # the default folder's classes again


def test_changing_models_folder_switches_lexicon_and_word_classes_together(tmp_path, monkeypatch):
    """DOCPARSE_MODELS changed inside one process: every model file follows the new folder at
    once, whatever was read before (never the lexicon of one folder with the classes of another)."""
    from docparse.models import store_for
    from docparse.pipeline import process

    full = _models_copy(tmp_path / "full")
    bare = _models_copy(tmp_path / "bare", without={"sv_wordclass.marisa"})
    doc = tmp_path / "doc.txt"
    doc.write_text(LAGEN + "\n", encoding="utf-8")
    fixed = "I vilka lägen ska vi ringa?"

    def run(folder):
        """The configured store, the pipeline's text and repair's, and the classes of "lagen"."""
        monkeypatch.setenv("DOCPARSE_MODELS", str(folder))
        store = store_for()
        assert store.directory == folder.resolve()
        assert store.lexicon.classes is store.word_classes  # one folder's lexicon and classes
        return store, process(str(doc))["text"].strip(), repair(LAGEN).text, store.lexicon.word_class("lagen")

    first, record_text, text, classes = run(full)
    assert record_text == text == fixed and classes
    second, record_text, text, classes = run(bare)
    assert record_text == text == LAGEN and classes == 0  # the grammar rules at rest
    assert second.lexicon is not first.lexicon  # the lexicon followed the folder too
    third, record_text, text, classes = run(full)
    assert record_text == text == fixed and classes  # on again
    assert third is first  # one store per folder: nothing read twice


@pytest.mark.parametrize("damaged, correct", [
    # a number before "ar" counts years, unless a noun phrase follows: then the number names a
    # point or a paragraph and the verb follows it (the language model decides)
    ("Delarna 2 och 3 ar en helhet.", "Delarna 2 och 3 är en helhet."),
    ("Enligt 9 ar kommunen skyldig att svara.", "Enligt 9 är kommunen skyldig att svara."),
    ("Hon har bott i staden i 4 ar och trivs.", "Hon har bott i staden i 4 år och trivs."),
])
def test_a_number_before_ar(damaged, correct):
    assert repair(damaged).text == correct


@pytest.mark.parametrize("damaged, correct", [
    # "än" of a comparison before a noun phrase is no noun after a quantifier ("fler an")
    ("Ingen far ha fler an en bil i taget.", "Ingen får ha fler än en bil i taget."),
    ("Skolan far inte ta emot fler an ett hundra elever.", "Skolan får inte ta emot fler än ett hundra elever."),
])
def test_a_comparison_after_a_quantifier(damaged, correct):
    assert repair(damaged).text == correct


def test_a_clean_pages_name_keeps_its_printed_word():
    # Born-digital text (a web page's grant table): "Sankt" before a capitalised word is a name's
    # word, whatever the context model makes of "sänkt" after a table's row.
    text = ("Föreningar som får bidrag i år\nFörening\tBidrag\nÖstra Ryds Bollklubb\t12 000\n"
            "Sankt Mikaels Scoutkår\t42 000\nBidragen betalas ut i mars.\n")
    assert repair(text).edits == []


@pytest.mark.parametrize("prev, prev2, nxt, nxt2, expected", [
    ("flertal", "ett", "sedan", "", "år"),  # a noun of quantity: "för ett flertal år sedan"
    ("antal", "ett", "innan", "", "år"),
    ("antal", "ett", "nöjda", "", None),  # a predicate follows: "ett antal är nöjda"
    ("antal", "stort", "innan", "", None),  # "ett stort antal": not read here, the language model decides
])
def test_year_after_a_noun_of_quantity(prev, prev2, nxt, nxt2, expected):
    assert context.RULES["ar"](prev, prev2, nxt, nxt2, load().lexicon) == expected
