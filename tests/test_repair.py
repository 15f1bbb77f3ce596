"""The repair stage on damaged/correct Swedish pairs, and the text it must leave alone."""

import time

import pytest

from docparse.errors import ModelDataError
from docparse.repair import model, repair, undo

# (OCR without å/ä/ö, the Swedish it stands for): general Swedish, not corpus sentences.
DAMAGED = [
    ("Byggnadsnamnden beslutade i arendet.", "Byggnadsnämnden beslutade i ärendet."),
    ("Vi ska nd malet.", "Vi ska nå målet."),  # a lost å put back, never an English "and"
    ("Vi ger stdd till foreningen.", "Vi ger stöd till föreningen."),  # d for ö beats a lost ö
    ("Tilllaggsavgiften tas ut pa ett annat stallle.", "Tilläggsavgiften tas ut på ett annat ställe."),
    ("Arbetet inom |OP gick bra. | bada fallen kravs beslut.\n| ovrigt inget.",
     "Arbetet inom IOP gick bra. I båda fallen krävs beslut.\nI övrigt inget."),  # "|" for I
    ("ANGE ETT FALT FOR ARET, TVA GANGER", "ANGE ETT FÄLT FÖR ÅRET, TVÅ GÅNGER"),  # capitals
    ("Hon har 6vergripande ansvar for skolan.", "Hon har övergripande ansvar för skolan."),
    ("Vi ska fértydliga malen i planen.", "Vi ska förtydliga målen i planen."),
    ("Det dr viktigt att f6lja upp arbetet.", "Det är viktigt att följa upp arbetet."),
    ("Utbildningsforvaltningen ansvarar 1 samrad med kommunen.", "Utbildningsförvaltningen ansvarar i samråd med kommunen."),
    ("Under tre ar har manga barn fatt stod.", "Under tre år har många barn fått stöd."),
    ("Ansokan ska vara inlamnad senast 2024-03-31.", "Ansökan ska vara inlämnad senast 2024-03-31."),
    ("SOCIALNAMNDEN", "SOCIALNÄMNDEN"),
    ("Nar ska vi traffas nasta gang?", "När ska vi träffas nästa gång?"),
    ("Forslaget innebir en férandring av budgeten.", "Förslaget innebär en förändring av budgeten."),
    # a typewriter face's ä as its a and a "4" for the dots, as "6" beside o for ö
    ("Kostnaden a4r lagre a4n beraknat.", "Kostnaden är lägre än beräknat."),
    ("Kommunfullmaktige faststaller arsredovisningen.", "Kommunfullmäktige fastställer årsredovisningen."),
    ("Eleverna far sta 1 kén till matsalen.", "Eleverna får stå i kön till matsalen."),
    ("Det ar en fraga om sakerhet och halsa.", "Det är en fråga om säkerhet och hälsa."),
    ("Ett beslut som gar att 6verklaga.", "Ett beslut som går att överklaga."),
    ("De 4r 6verens om att férlanga avtalet med tva ar.", "De är överens om att förlänga avtalet med två år."),
    # ... and after the letter it marks ("s4", "p4"); a code of a letter and a digit is in capitals
    ("Hjalpen ska sattas in s4 snart som mojligt.", "Hjälpen ska sättas in så snart som möjligt."),
    ("Skylten star p4 andra sidan vagen.", "Skylten står på andra sidan vägen."),
    ("Skriv ut blanketten pa papper i formatet A4.", "Skriv ut blanketten på papper i formatet A4."),
    ("Stodet till féreningen uppgar till 50 000 kronor per ar.", "Stödet till föreningen uppgår till 50 000 kronor per år."),
    ("Lansstyrelsen i Vasterbottens lan", "Länsstyrelsen i Västerbottens län"),
    ("Miljé- och halsoskyddsnamnden", "Miljö- och hälsoskyddsnämnden"),
]

# Compounds no dictionary lists: recognised by their parts and the linking -s-.
COMPOUNDS = [
    ("Socialtjanstavdelningen har gjort en nulagesbeskrivning.", "Socialtjänstavdelningen har gjort en nulägesbeskrivning."),
]

# Both spellings are words: the neighbours decide.
CONTEXT = [
    ("Han stod vid dérren.", "Han stod vid dörren."),
    ("De fick stod av kommunen.", "De fick stöd av kommunen."),
    ("kvinnor och man har samma rattigheter", "kvinnor och män har samma rättigheter"),
    ("Projektet pagar i tva ar.", "Projektet pågår i två år."),
    ("Projektet ar viktigt.", "Projektet är viktigt."),
    ("Beslutet fattades 1 januari.", "Beslutet fattades 1 januari."),
    ("Det finns 1 kommunen.", "Det finns i kommunen."),
    ("Vi planerar det fortsatta arbetet.", "Vi planerar det fortsatta arbetet."),
    ("Det ar viktigt att starka samarbetet.", "Det är viktigt att stärka samarbetet."),
    ("Har fastslas att planen galler.", "Här fastslås att planen gäller."),
    ("De ska ge rad och stod till familjen.", "De ska ge råd och stöd till familjen."),
    ("Barn som far illa ska fa hjalp.", "Barn som far illa ska få hjälp."),
    ("Tio man och tva kvinnor deltog.", "Tio män och två kvinnor deltog."),
    # a speck read as a dot beside a word with an English model's sign for ö: no abbreviation,
    # no domain name
    ("Nämnden anser att stéd.som ges ska vara lika.", "Nämnden anser att stöd.som ges ska vara lika."),
    ("Det ar klart att stéd behévs.nu i byn.", "Det är klart att stöd behövs.nu i byn."),
]

# What repair must leave exactly as it is, even on a page read without å/ä/ö.
UNTOUCHED = [
    "Se kapitel 1 och bilaga 2.",
    "Avtalet gäller från 1 januari 2023.",
    "Skriv till info@kommun.se eller se www.kommun.se/nyheter.",
    "Mejla anna.berg@exempel.org, ring eller skriv @kommunen.",
    "SKRIV TILL ANNA.LARSSON@EXEMPEL.SE ELLER WWW.EXEMPEL.NU",
    "Se foreningsregister.exempel.se och bilagan rapport_ar-2021.pdf.",
    "Dnr 2.3.4-789/2020, bl.a. t.ex. p.g.a.",
    "Org.nr 802400-1003 och tel 08-123 454 03.",
    "IOP EU SFS",
    "Enligt LSS och SoL, beslut av KS och KF via SKR, HVB och BBIC.",
    "MAS, BAS, ALM, SOL, SOS, TAM, LOU, LOV, NAV, PO, KAT och AB.",
    "Belopp | Summa | Kommentar\n100 | 200 | se ovan |\n",  # table rules stay
    "1. Inledning\n2. Bakgrund\n",
]

CLEAN = (
    "Socialnämnden beslutar att godkänna förslaget. Förvaltningen får i uppdrag att "
    "följa upp arbetet och återrapportera till nämnden före årets slut. Det är viktigt "
    "att stödet når de barn och unga som behöver det mest, och att föreningarna kan "
    "fortsätta sitt arbete i samverkan med staden. Har man frågor kan man vända sig "
    "till handläggaren. Kvinnor och män ska ha samma möjligheter. Han stod där. "
    "Mats Karlsson och Sara Andersson deltog för Bromma stadsdelsnämnd."
)


@pytest.mark.parametrize("damaged,correct", DAMAGED + COMPOUNDS + CONTEXT)
def test_repairs_damaged_swedish(damaged, correct):
    assert repair(damaged).text == correct


@pytest.mark.parametrize("text", UNTOUCHED)
def test_leaves_numbers_addresses_abbreviations(text):
    res = repair(text)
    assert res.text == text, res.edits


def test_clean_text_is_left_alone():
    res = repair(CLEAN)
    assert res.edits == []
    assert res.text == CLEAN


def test_edit_log_spans_and_undo():
    text = "Socialnamnden beslutar\fatt 6verklaga 1 arendet.\n"
    res = repair(text)
    assert res.text == "Socialnämnden beslutar\fatt överklaga i ärendet.\n"
    assert [(e.original, e.replacement) for e in res.edits] == [
        ("Socialnamnden", "Socialnämnden"), ("6verklaga", "överklaga"), ("1", "i"), ("arendet", "ärendet")]
    for e in res.edits:
        assert res.text[e.start : e.end] == e.replacement
        assert text[e.orig_start : e.orig_end] == e.original
        assert res.offsets.to_source(e.start) == e.orig_start
        assert e.reason and isinstance(e.score, float)
    assert undo(res.text, res.edits) == text
    assert res.text.count("\f") == 1


def test_high_confidence_words_are_kept():
    text = "Socialnamnden beslutar"
    assert repair(text, confidences=[(0, 13, 99.0)]).text == text
    assert repair(text, confidences=[(0, 13, 40.0)]).text == "Socialnämnden beslutar"


def test_clean_page_next_to_damaged_page():
    damaged = "Socialnamnden beslutar att godkanna forslaget fran forvaltningen. " * 5
    res = repair(CLEAN + "\f" + damaged)
    clean_part, damaged_part = res.text.split("\f")
    assert clean_part == CLEAN
    assert "Socialnämnden beslutar att godkänna förslaget från förvaltningen." in damaged_part


def test_models_load_fast():
    from docparse.models import ModelStore

    fresh = ModelStore(model.models_dir())  # not the process's store: nothing read yet
    t0 = time.perf_counter()
    _ = fresh.lexicon, fresh.channels, model.decisions(fresh), fresh.lexicon.word_class("lagen")
    assert time.perf_counter() - t0 < 1.0


def test_bad_confusion_table_names_the_line():
    with pytest.raises(ModelDataError, match=r"t.tsv:2: expected 4"):
        model.parse_confusions(["# header\n", "ä\ta\t3\n"], "t.tsv")
    with pytest.raises(ModelDataError, match="not a number"):
        model.parse_confusions(["ä\ta\tmany\teng\n"], "t.tsv")


def test_missing_models_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelDataError, match="lexicon file missing") as err:
        model.load(str(tmp_path))
    assert "build_lexicon" in err.value.hint


@pytest.mark.parametrize(
    "text,expected",
    [
        ("organisationsnummer 8O2400-1003, och", "organisationsnummer 802400-1003, och"),  # O for 0
        ("Bandet 802402-100l.", "Bandet 802402-1001."),  # l for 1
        ("nummer 8O2400-1004 är fel", "nummer 8O2400-1004 är fel"),  # fails Luhn: left as found
        ("nummer 802400-1004 är fel", "nummer 802400-1004 är fel"),
    ],
)
def test_organisation_numbers_repaired_only_when_luhn_agrees(text, expected):
    res = repair(text)
    assert res.text == expected
    assert all(e.reason == "orgnr:luhn" for e in res.edits)


def test_precomputed_decisions_match_live_ones():
    from docparse.repair.words import DAMAGED, WordRepairer

    models = model.load()
    decisions = model.decisions(models)
    if decisions is None:
        pytest.skip("no current precomputed decisions (run models/build_repair_cache.py)")
    live = WordRepairer(models.lexicon, models.channels["eng"], DAMAGED, models.letter_pairs)
    cached = WordRepairer(models.lexicon, models.channels["eng"], DAMAGED, models.letter_pairs, decisions)
    sample = [k for i, k in enumerate(decisions.iterkeys()) if i % 500 == 0]
    assert len(sample) > 50
    for tok in sample:
        a, b = live.best(tok), cached.best(tok)
        assert (a and (a.word, round(a.score, 3))) == (b and (b.word, round(b.score, 3))), tok


def test_stale_precomputed_decisions_are_ignored(tmp_path):
    import shutil

    src = model.models_dir()
    for f in src.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    with open(tmp_path / "ocr_confusions.tsv", "a", encoding="utf-8") as fh:
        fh.write("ä\tq\t7\teng\n")  # the table changed: old decisions no longer hold
    assert model.load_decisions(str(tmp_path)) is None


@pytest.mark.parametrize("text", ["|a", "|nom kort", "Text. | bada", "x\n|OP"])
def test_bar_for_i_is_idempotent_and_logged_against_the_original(text):
    once = repair(text)
    assert repair(once.text).text == once.text
    assert undo(once.text, once.edits) == text
