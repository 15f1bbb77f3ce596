"""Context rules: where two spellings are both words (är/år, för/for, stöd/stod), neighbours decide.

These are rules of Swedish grammar (what precedes "år", who "stod"), not word lists from any
document; each returns the chosen form or None to keep what the word model chose.
"""

from __future__ import annotations

NUMBER_WORDS = frozenset(
    "ett två tre fyra fem sex sju åtta nio tio elva tolv femton tjugo trettio hundra tusen "
    "några många flera få varje per förra nästa samma senaste kommande närmaste hela "
    "halvt första andra tredje fjärde femte innevarande påföljande".split()
)
PRONOUNS = frozenset("jag du han hon hen vi ni de man som vilket vilka".split())
ENGLISH = frozenset("the a an and of to in is are was this that with by from on at be or as it".split())
MONTHS = frozenset(
    "januari februari mars april maj juni juli augusti september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec".split()
)
# Words after a number that make "1" a number, not the preposition "i".
UNITS = MONTHS | frozenset(
    "kr kronor st stycken år månad månader vecka veckor dag dagar timme timmar tim h min "
    "procent person personer gång gånger miljon miljoner miljard mnkr mkr tkr km m kg ton "
    "plats platser exemplar".split()
)
# Words before a number that make "1" a number (kapitel 1, bilaga 1, punkt 1 och 2).
NUMBERED = frozenset(
    "kapitel kap punkt punkterna bilaga paragraf sidan sida sid steg nr nummer del avsnitt fas "
    "etapp version grupp rum tabell figur bild alternativ alt p mom moment år av till och eller "
    "mellan från med totalt cirka ca nivå klass årskurs område zon".split()
)
# Sentence adverbs: a word after one is a verb ("som delvis stod", "som redan stod"), not a noun.
ADVERBS = frozenset(
    "delvis helt också även redan fortfarande alltid aldrig ofta sällan då sedan länge tidigare inte ej".split()
)
GENDERED = frozenset("kvinnor kvinnorna flickor pojkar flickorna pojkarna barn".split())
MALE_PLURAL_BEFORE = frozenset("unga äldre vuxna ensamkommande alla många flera våra dessa yngre".split())


def _year(prev: str, prev2: str, nxt: str, nxt2: str, known=None) -> str:
    if prev.isdigit() or prev in NUMBER_WORDS or prev == "i" or (nxt.isdigit() and len(nxt) == 4):
        return "år"
    return "är"


def _for(prev, prev2, nxt, nxt2, known=None):
    return "for" if prev in ENGLISH or nxt in ENGLISH else "för"


def _stod(prev, prev2, nxt, nxt2, known=None):
    return "stod" if prev in PRONOUNS or prev in ADVERBS else "stöd"


def _man(prev, prev2, nxt, nxt2, known=None):
    if prev in GENDERED or prev2 in GENDERED and prev in {"och", "respektive", "eller"}:
        return "män"
    if nxt in {"och", "respektive", "eller"} and nxt2 in GENDERED:
        return "män"
    if prev in MALE_PLURAL_BEFORE or (prev.isdigit() and prev != "1") or prev in NUMBER_WORDS - {"ett"}:
        return "män"
    return None


def _rad(prev, prev2, nxt, nxt2, known=None):
    if prev in {"en", "i", "första", "andra", "varje", "ny", "hel", "lång"}:
        return "rad"  # "en rad åtgärder", "tre år i rad"
    if nxt == "och" and nxt2 in {"stöd", "hjälp", "vägledning", "anvisningar", "information", "tips"}:
        return "råd"  # "råd och stöd"
    if prev in {"ge", "ges", "ger", "gav", "få", "får", "fick", "erbjuda", "erbjuder", "söka", "söker", "goda", "bra"}:
        return "råd"
    return None


def _sa(prev, prev2, nxt, nxt2, known=None):
    return "sa" if prev in PRONOUNS else "så"


def _satt(prev, prev2, nxt, nxt2, known=None):
    if prev in PRONOUNS or prev in {"hade", "har"}:
        return "satt"
    if prev in {"ett", "på", "samma", "annat", "nytt", "vilket", "olika", "sitt", "detta", "sådant", "bästa"}:
        return "sätt"
    return None


def _bor(prev, prev2, nxt, nxt2, known=None):
    if nxt in {"på", "hos", "kvar", "tillsammans", "ihop"}:
        return "bor"
    if nxt == "i" and nxt2 not in {"första", "samband", "möjligaste", "mån", "enlighet"}:
        return "bor"
    return "bör"


def _har(prev, prev2, nxt, nxt2, known=None):
    if prev in {"just", "precis"} or (nxt == "och" and nxt2 in {"där", "nu"}):
        return "här"
    if prev in {"det", "den", "de", "detta"} and nxt in {"är", "var", "blir"}:
        return "här"  # "det här är": "det har är" is no Swedish
    if known and nxt.endswith("s") and len(nxt) > 3 and is_infinitive(nxt[:-1], known):
        return "här"  # "Här fastslås": "har" takes a supine, never a passive
    return None


def _far(prev, prev2, nxt, nxt2, known=None):
    return "far" if nxt == "illa" else None  # "barn som far illa"


def _anda(prev, prev2, nxt, nxt2, known=None):
    return "anda" if prev in {"samma", "denna", "god", "gemensam", "positiv"} else None


# folded key (no å/ä/ö) -> rule
RULES = {
    "ar": _year,
    "for": _for,
    "stod": _stod,
    "man": _man,
    "rad": _rad,
    "sa": _sa,
    "satt": _satt,
    "bor": _bor,
    "har": _har,
    "far": _far,
    "anda": _anda,
}

# Before an adjective in the definite form: "det fortsatta arbetet", "sina nya lokaler".
DETERMINERS = frozenset("det den de detta denna dessa sitt sin sina vårt vår våra deras hans hennes dess er ert era".split())


def is_definite(word: str) -> bool:
    """Does ``word`` look like a noun in the definite form (arbetet, staden, barnen)?"""
    return len(word) > 4 and word.endswith(("et", "en", "na"))


# After these, a verb in the infinitive follows: "att stärka", "kan mäta", "ska häva".
INFINITIVE_MARKERS = frozenset("att ska skall kan kunna bör borde måste vill får fick kommer".split())


def is_infinitive(word: str, lexicon) -> bool:
    """Is ``word`` a verb's infinitive (the lexicon marks stems that conjugate)?"""
    from docparse.repair.model import INFINITIVE

    return bool(lexicon.bits(word) & INFINITIVE) and lexicon.logf(word) is not None


def one_is_i(prev: str, sep_before: str, nxt: str, sep_after: str) -> bool:
    """Is a lone "1" between these words the preposition "i" misread?"""
    if not prev or not nxt or not prev.isalpha() or not nxt.isalpha():
        return False
    if sep_before.strip() or sep_after.strip():
        return False  # punctuation around it: a list head "1." or "1)", a range "1-3"
    lp, ln = prev.lower(), nxt.lower()
    if lp in NUMBERED or ln in UNITS:
        return False
    if "\n" in sep_before and nxt[:1].isupper():
        return False  # an item head: "\n1 Inledning"
    return True
