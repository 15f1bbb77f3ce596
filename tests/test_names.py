"""The person-name recogniser (docparse.sv.names): name shapes found, non-names left alone."""


import pytest

from docparse.sv.names import find_names, foreign_given_names, is_person_name, name_model, natural_order


def names(text, **kw):
    return [m.name for m in find_names(text, **kw)]


def spans(text, **kw):
    return [text[m.start:m.end] for m in find_names(text, **kw)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mötet leddes av Karin Holmqvist i går.", ["Karin Holmqvist"]),
        ("Förslaget kom från Anna-Karin Berg-Ström under kvällen.", ["Anna-Karin Berg-Ström"]),
        ("Beslutet fattades av Lars Erik Sundberg.", ["Lars Erik Sundberg"]),
        ("Rektor var Per von Essen sedan länge.", ["Per von Essen"]),
        ("Där talade Maria af Klinteberg om skolan.", ["Maria af Klinteberg"]),
        ("Det var Johan de Vries som svarade.", ["Johan de Vries"]),
        ("Hon heter Eva  Lindgren och bor här.", ["Eva  Lindgren"]),  # a double space stays in the span
        ("Kontakta ANNA LUNDBERG på kansliet.", ["ANNA LUNDBERG"]),
        ("Ordet gick till Giovanni Rossetti och Aylin Demirtaş.", ["Giovanni Rossetti", "Aylin Demirtaş"]),
        ("Mikael Nordin och Sara Ek deltog.", ["Mikael Nordin", "Sara Ek"]),
    ],
)
def test_name_shapes(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kommunstyrelsen beslutar att godkänna förslaget.",
        "Socialnämnden i Exempelby kommun har tagit del av rapporten.",
        "Barn- och utbildningsnämnden Kultur- och fritidsförvaltningen",
        "Enligt Stockholms stad ska ärendet återremitteras.",
        "Protokollet justeras på Kommunhuset, Storgatan 5.",
        "Mötet hölls i Region Västerbotten under Måndagen den 3 mars.",
        "Idéburet Offentligt Partnerskap",
        "Föredragningslista Sammanträdesdatum Justerarsignaturer",
    ],
)
def test_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lindqvist Maria, ordförande", ["Maria Lindqvist"]),
        ("Berglund Per Olof", ["Per Olof Berglund"]),
    ],
)
def test_surname_first_when_the_caller_says_so(text, expected):
    assert names(text, surname_first=True) == expected


def test_two_names_side_by_side_are_split():
    assert names("Anna Berglund Lisa Holmström") == ["Anna Berglund", "Lisa Holmström"]
    assert names("Karl Göran Eriksson") == ["Karl Göran Eriksson"]  # a double given name is one name


def test_a_title_adjective_ends_the_name():
    assert names("Göran Wallin Administrativ chef") == ["Göran Wallin"]


@pytest.mark.parametrize(
    "text, loose, expected",
    [
        ("Tindrix Mälarsson", False, []),  # unknown given name: not in running text
        ("Tindrix Mälarsson", True, ["Tindrix Mälarsson"]),  # but yes in a list of people
        ("Gällby Energi", True, []),  # a common word is no surname
    ],
)
def test_loose_contexts(text, loose, expected):
    assert names(text, loose=loose) == expected


def test_unknown_names_after_a_title_in_prose():
    text = "Han mötte herr Vrezlind och rektor Zyrax Nowakowicz i går."
    assert names(text) == []
    assert names(text, singles=True) == ["Vrezlind", "Zyrax Nowakowicz"]


def test_lone_names_only_when_asked():
    text = "Igår sa Ingrid att hon kommer."
    assert names(text) == []
    assert names(text, singles=True) == ["Ingrid"]


@pytest.mark.parametrize(
    "name, expected",
    [("Holmberg Sara", "Sara Holmberg"), ("Sara Holmberg", "Sara Holmberg"), ("Anna Maria Ek", "Anna Maria Ek")],
)
def test_natural_order(name, expected):
    assert natural_order(name) == expected


@pytest.mark.parametrize("text, expected", [("Per Lindberg,", True), ("Socialnämnden", False), ("Per", False)])
def test_is_person_name(text, expected):
    assert is_person_name(text) is expected


def test_model_has_both_kinds():
    from docparse.models import ModelStore, models_dir
    from docparse.sv import names

    fresh = ModelStore(models_dir())  # not the process's store: nothing read yet
    names.use(fresh.names)
    model = name_model()
    assert len(foreign_given_names()) > 1000
    assert sum(e.given_listed for e in model.values()) > 500
    assert sum(e.surname_listed for e in model.values()) > 300


def test_long_capitalised_text_is_linear():
    from conftest import grows_linearly

    grows_linearly(lambda text: find_names(text, loose=True), lambda n: "Anna " * n + "berg", 5000)


# Junk and near-names thrown at the recogniser: spans stay inside the text and read as the name.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["Anna", "Berg", "Per", "von", "Ek", "KARIN", "Lund-Ström", "(S)", ",", "och", "\n", "  ",
                           "Kommunstyrelsen", "ordförande", "Å", "-", "§ 4", "Maria", "Lindqvist", "é", "ÖBERG"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join), st.booleans(), st.booleans(), st.booleans())
def test_spans_read_as_the_name(text, loose, surname_first, singles):
    for m in find_names(text, loose=loose, surname_first=surname_first, singles=singles):
        assert 0 <= m.start < m.end <= len(text)
        written = " ".join(text[m.start:m.end].split())
        assert sorted(written.split()) == sorted(m.name.split())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_safe(text):
    for m in find_names(text, loose=True, singles=True):
        assert text[m.start:m.end].strip()


def test_a_heading_word_before_a_given_name_is_no_part_of_the_name():
    # "Martin" is a surname too; the word before it is no name at all, so a name starts there.
    from docparse.sv.names import find_names

    text = "7 Delegationsbeslut Martin Ekdahl Ordförande"
    assert [n.name for n in find_names(text, loose=True)] == ["Martin Ekdahl"]


def test_names_read_once_per_run_agree_with_the_reading_in_context():
    """Outside surname-first lists and single words a run's names are read from its text alone
    and kept: they must be those read with the text around the run."""
    import random

    from docparse.sv.names import _names_in_run, _runs

    words = ["Ebba", "Glimrare", "Tove", "Häggström", "von", "Sparre", "Kommunalrådet", "rektor", "Norrby", "och",
             "Nils-Erik", "Fagerlund", "Teknisk", "chef", "INGA", "DAHLQVIST", "Tesla", "Vuko", "(C)", ",", ".", "\n", "  "]
    rng = random.Random(15)
    found_any = 0
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 14)))
        start = rng.randrange(0, len(text) + 1)
        for loose, shapes in ((False, False), (True, False), (False, True), (True, True)):
            expected = []
            for run in _runs(text, start, len(text)):
                _names_in_run(text, run, expected, False, loose, shapes, False)
            assert find_names(text, start, loose=loose, shapes=shapes) == expected, (text, start, loose, shapes)
            found_any += bool(expected)
    assert found_any > 500
