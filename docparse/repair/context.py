"""Context rules: where two spellings are both words (är/år, för/for, stöd/stod), neighbours decide.

These are rules of Swedish grammar (what precedes "år", who "stod"), not word lists from any
document; each returns the chosen form or None to keep what the word model chose.
"""

from __future__ import annotations

from docparse.models import store_for
from docparse.sv.dates import MONTHS as MONTH_NUMBERS
from docparse.sv.lexicon import FOLD, INFINITIVE

NUMBER_WORDS = frozenset(
    "ett två tre fyra fem sex sju åtta nio tio elva tolv femton tjugo trettio hundra tusen "
    "några många flera få varje per förra nästa samma senaste kommande närmaste hela "
    "halvt första andra tredje fjärde femte innevarande påföljande".split()
)
PRONOUNS = frozenset("jag du han hon hen vi ni de man som vilket vilka".split())
ENGLISH = frozenset("the a an and of to in is are was this that with by from on at be or as it".split())
MONTHS = frozenset(MONTH_NUMBERS)  # names and abbreviations, as the date extractor reads them
# Words after a number that make "1" a number, not the preposition "i".
UNITS = MONTHS | frozenset(
    "kr kronor st stycken år månad månader vecka veckor dag dagar timme timmar tim h min "
    "procent person personer gång gånger miljon miljoner miljard mnkr mkr tkr km m kg ton "
    "plats platser exemplar cm mm dm meter kilometer tum ml dl cl l liter g gram mg kwh mwh gwh "
    "ha hektar kvm kvadratmeter sek eur euro procentenhet procentenheter".split()
)
# Words a number names a thing after: "vecka 1 är", "bilaga 2 är" (a verb follows, not "år").
LABELS = frozenset(
    "kapitel kap punkt punkterna bilaga paragraf sidan sida sid steg nr nummer avsnitt fas etapp version "
    "grupp rum tabell figur bild alternativ alt mom moment nivå klass årskurs område zon vecka".split()
)
# Words before a number that make "1" a number (kapitel 1, bilaga 1, punkt 1 och 2).
NUMBERED = LABELS | frozenset("del p år av till och eller dag kvartal termin mellan från med totalt cirka ca".split())
MIN_YEAR, MAX_YEAR = 1800, 2100  # a four-digit number after "år" is a year
TIME_UNITS = frozenset("månad månader dag dagar vecka veckor kvartal timme timmar".split())
# Sentence adverbs: a word after one is a verb ("som delvis stod", "som redan stod"), not a noun.
ADVERBS = frozenset(
    "delvis helt också även redan fortfarande alltid aldrig ofta sällan då sedan länge tidigare inte ej".split()
)
GENDERED = frozenset("kvinnor kvinnorna flickor pojkar flickorna pojkarna barn".split())
MALE_PLURAL_BEFORE = frozenset("unga äldre vuxna ensamkommande alla många flera våra dessa yngre".split())


def _year(prev: str, prev2: str, nxt: str, nxt2: str, lexicon) -> str:
    if prev.isdigit() and prev2 in LABELS:
        return "är"  # "vecka 1 är", "bilaga 2 är": the number names a thing
    if nxt.isdigit() and len(nxt) == 4 and nxt2.isdigit() and len(nxt2) == 2:
        return "är"  # "förfallodagen är 2001-11-15": a date, not a year
    if prev.isdigit() or prev in NUMBER_WORDS or prev == "i" or (nxt.isdigit() and MIN_YEAR <= int(nxt) <= MAX_YEAR):
        return "år"  # "tre år", "i år", "år 2024" (but "är 1500 kronor")
    if nxt in TIME_UNITS or (nxt in ("och", "eller") and nxt2 in TIME_UNITS):
        return "år"  # "år, månad och dag", "år och dag"
    if prev2 in TIME_UNITS and (prev == "eller" or prev == "och" and not nxt):
        return "år"  # "månader eller år", "dag, månad och år." ("dagar och är nöjda" goes on)
    if nxt in ("är", "har", "kan", "ska", "måste", "blir"):
        return "år"  # "År är ett heltal": a verb never follows "är"
    return "är"


def _for(prev, prev2, nxt, nxt2, lexicon):
    return "for" if prev in ENGLISH or nxt in ENGLISH else "för"


def _stod(prev, prev2, nxt, nxt2, lexicon):
    return "stod" if prev in PRONOUNS or prev in ADVERBS else "stöd"


def _man(prev, prev2, nxt, nxt2, lexicon):
    if prev in GENDERED or prev2 in GENDERED and prev in {"och", "respektive", "eller"}:
        return "män"
    if nxt in {"och", "respektive", "eller"} and nxt2 in GENDERED:
        return "män"
    if prev in MALE_PLURAL_BEFORE or (prev.isdigit() and prev != "1") or prev in NUMBER_WORDS - {"ett"}:
        return "män"
    return None


def _rad(prev, prev2, nxt, nxt2, lexicon):
    if prev in {"en", "i", "första", "andra", "varje", "ny", "hel", "lång"}:
        return "rad"  # "en rad åtgärder", "tre år i rad"
    if nxt == "och" and nxt2 in {"stöd", "hjälp", "vägledning", "anvisningar", "information", "tips"}:
        return "råd"  # "råd och stöd"
    if prev in {"ge", "ges", "ger", "gav", "få", "får", "fick", "erbjuda", "erbjuder", "söka", "söker", "goda", "bra"}:
        return "råd"
    return None


def _sa(prev, prev2, nxt, nxt2, lexicon):
    return "sa" if prev in PRONOUNS else "så"


def _satt(prev, prev2, nxt, nxt2, lexicon):
    if prev in PRONOUNS or prev in {"hade", "har"}:
        return "satt"
    if prev in {"ett", "på", "samma", "annat", "nytt", "vilket", "olika", "sitt", "detta", "sådant", "bästa"}:
        return "sätt"
    return None


def _bor(prev, prev2, nxt, nxt2, lexicon):
    if nxt in {"på", "hos", "kvar", "tillsammans", "ihop"}:
        return "bor"
    if nxt == "i" and nxt2 not in {"första", "samband", "möjligaste", "mån", "enlighet"}:
        return "bor"
    return "bör"


def _har(prev, prev2, nxt, nxt2, lexicon):
    if prev in {"just", "precis"} or (nxt == "och" and nxt2 in {"där", "nu"}):
        return "här"
    if prev in {"det", "den", "de", "detta"} and nxt in {"är", "var", "blir"}:
        return "här"  # "det här är": "det har är" is no Swedish
    if nxt.endswith("s") and len(nxt) > 3 and is_infinitive(nxt[:-1], lexicon):
        return "här"  # "Här fastslås": "har" takes a supine, never a passive
    if nxt in HERE_BEFORE or lexicon.word_class(nxt) == PRESENT:
        return "här"  # "Här finns", "Här kommer": "har" is never followed by a finite verb
    if prev == "så" and (lexicon.word_class(nxt) & PRESENT or nxt in PREPOSITIONS or not nxt):
        return "här"  # "Så här gör du", "Gör så här för att", "Gör så här."
    if len(prev) > 3 and prev not in PRONOUNS and is_verb(prev, lexicon) and not lexicon.word_class(prev) & NOUN and prev2 != "att" and prev.endswith("a"):
        return "här"  # "Klicka här": "har" never follows an infinitive or imperative
    if prev in ("den", "det", "de") and is_definite(nxt, lexicon) and _demonstrative_position(prev2, nxt2, lexicon):
        return "här"  # "i den här rutan", "Den här ikonen visar"
    return None


def _demonstrative_position(prev2: str, nxt2: str, lexicon) -> bool:
    """Where "den/det har <definite noun>" cannot be a subject and its verb, it is "den/det här":
    after a preposition ("i det här fallet"), an auxiliary ("kan den här metoden"), a verb or a
    subject ("använda den här funktionen", "avmarkerar du den här rutan"), or before a verb
    ("Den här ikonen motsvarar"). "Den har funktionen att ..." stays; so does "Av det har
    framgått" (no definite noun follows)."""
    if prev2 in PREPOSITIONS and prev2 not in ("om", "för") or prev2 in FINITE_AUX or prev2 in SUBJECT_PRONOUNS:
        return True
    if lexicon.word_class(prev2) & PRESENT:
        return True  # "använder det här kommandot": "använder det har" has two finite verbs
    if is_verb(prev2, lexicon):
        return True
    return nxt2 in FINITE_AUX or bool(lexicon.word_class(nxt2) & PRESENT)


def _far(prev, prev2, nxt, nxt2, lexicon):
    return "far" if nxt == "illa" else None  # "barn som far illa"


def _anda(prev, prev2, nxt, nxt2, lexicon):
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


def is_definite(word: str, lexicon) -> bool:
    """Is ``word`` a noun in the definite form (arbetet, staden, barnen, rutan)? By the word
    classes where they know it or its last part (kryssrutan), else by its ending."""
    if lexicon.word_class(word) & DEFINITE or len(word) > 4 and word.endswith(("et", "en", "na")):
        return True
    return any(lexicon.word_class(word[k:]) & DEFINITE for k in range(2, len(word) - MIN_HEAD + 1))


MODALS = frozenset("ska skall kan kunna bör borde måste vill får".split())
# After these, a verb in the infinitive follows: "att stärka", "kan mäta", "ska häva".
INFINITIVE_MARKERS = MODALS | {"att", "fick", "kommer"}


def is_infinitive(word: str, lexicon) -> bool:
    """Is ``word`` a verb's infinitive (the lexicon marks stems that conjugate)?"""
    return bool(lexicon.bits(word) & INFINITIVE) and lexicon.logf(word) is not None


def is_verb(word: str, lexicon) -> bool:
    """Is ``word`` a verb's infinitive by the word classes (irregular "vara" too; not "våra",
    which hunspell's flags would make one)?"""
    return bool(lexicon.word_class(word) & VERB)


def one_is_i(prev: str, sep_before: str, nxt: str, sep_after: str, nxt2: str, lexicon) -> bool:
    """Is a lone "1" between these words the preposition "i" misread?"""
    if not prev or not nxt or not prev.isalpha() or not nxt.isalpha():
        return False
    if sep_before.strip() or sep_after.strip():
        return False  # punctuation around it: a list head "1." or "1)", a range "1-3"
    lp, ln = prev.lower(), nxt.lower()
    if lp in NUMBERED or ln in UNITS:
        return False
    if ln in ("och", "eller", "till") and nxt2.isdigit():
        return False  # "1 och 2", "1 till 6": a number among numbers ("i och med" goes on)
    if ln in FINITE_AUX or lexicon.word_class(ln) & PRESENT and _only(lexicon.word_class(ln), PRESENT | OTHER):
        return False  # "värdet 1 anger", "matris 1 måste": a preposition never precedes a finite verb
    if ln in PREPOSITIONS:
        return False  # "bit 1 i", "returnerar 1 om": two prepositions never stand side by side
    if "\n" in sep_before and nxt[:1].isupper():
        return False  # an item head: "\n1 Inledning"
    return True


# -- Grammar rules over word classes -------------------------------------------------------
# Classes come from models/sv_wordclass.marisa (models/build_wordclass.py: hunspell-sv's affix
# rules and spaCy's Swedish lemmas), read with the lexicon of the same folder
# (lexicon.word_class); bits must match that script.
PRESENT, PASSIVE, GENITIVE, DEFINITE, NOUN, OTHER, ADJECTIVE, SUPINE, VERB, COMMON_SINGULAR = (
    1, 2, 4, 8, 16, 32, 64, 128, 256, 512)

# Quantifiers and determiners after which a noun stands in the indefinite form: "vilka lägen",
# "vissa val", "många beslut" (not "alla", "båda", "de": "alla barnen" is Swedish).
INDEFINITE_BEFORE = frozenset("vilka vissa olika många flera några inga sådana dessa fler färre somliga diverse".split())
# Finite auxiliaries and modals: "kan", "ska", "blir" in "beslutet hävs kan", "åter kan söka".
FINITE_AUX = frozenset(
    "kan ska skall får måste bör vill kommer har hade är var blir blev kunde skulle borde ville fick".split()
)
POSSESSIVES = frozenset("min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era".split())
DISTRIBUTIVES = frozenset("var vart".split())  # "av var och en", "i vart fall", "var sin"
COPULAS = frozenset("är var blir blev förblir".split())
HAVE = frozenset("har hade".split())  # take a supine or a noun phrase, never a bare infinitive
# Finite verbs that follow "här" but never "har" ("var" is also "each", "får" also "sheep").
HERE_BEFORE = FINITE_AUX - {"var", "har", "hade", "får"} | {"finns"}
PREPOSITIONS = frozenset(
    "i på av till med för om från vid under över inom utan mot efter hos enligt genom bland kring inför mellan".split()
)
CONJUNCTIONS = frozenset("och eller men samt så då när om eftersom".split())
# Plural adjectives by their ending: möjliga, tekniska, positiva, sociala, ideella, primära, fattade
PLURAL_ADJECTIVE_ENDINGS = ("iga", "liga", "iska", "iva", "ala", "ella", "ära", "ade", "ande", "ende")
# Adjectives a definite noun follows without article: "hela vården", "båda parterna".
DEFINITE_AFTER = frozenset("hela halva själva båda bägge förra nästa samma sista första andra tredje".split())
SUBJECT_PRONOUNS = frozenset("jag du han hon vi ni man".split())
INFINITIVE_BEFORE = MODALS | frozenset("att behöver behövde brukar".split())
# Words that open a noun phrase: a verb before them governs it.
OBJECT_START = frozenset("den det de en ett dess sin sitt sina min mitt mina din ditt dina vår vårt våra er ert era "
                         "deras hans hennes denna detta dessa".split())
RELATIVES = frozenset("som vad vem vilka vilket vilken".split())  # "den som äter kan ..."
SUBJECT_WORDS = frozenset("det den de detta denna dessa som".split())
# A word ending so is an adjective or participle that an adverb may modify ("väl fungerande").
ADJECTIVE_ENDINGS = ("nde", "ad", "ade", "at", "ig", "igt", "iga", "lig", "ligt", "liga", "isk", "iskt", "iska")
VOWELS = frozenset("aeiouyåäö")  # a Swedish infinitive ends in one (hunspell's verb flags sit on "väl" too)
MIN_HEAD = 5  # shortest last part of a compound that tells its form (kryss|rutan)
CLEAR_MARGIN = 0.5  # log10: how much commoner one of several candidates must be to be chosen
MAX_RARER = 1.75  # log10: a twin this much rarer than the word read is no real choice
MIN_TWIN_LOGF = -8.0  # twins rarer than this (never seen in running text) are no real choice


def word_class(word: str, lexicon=None) -> int:
    """Class bits of ``word`` (0 if unknown) in ``lexicon``'s folder (default: the configured one).
    The rules read ``lexicon.word_class`` directly: the classes travel with their lexicon."""
    if lexicon is None:
        lexicon = store_for().lexicon
    return lexicon.word_class(word)


def _only(bits: int, allowed: int) -> bool:
    return bool(bits) and not bits & ~allowed


def _clear_best(words: list[str], lexicon) -> str | None:
    """The one word, or the commonest where it is clearly commoner than the next (rader, eight
    times commoner than räder); None where no one stands out."""
    if len(words) < 2:
        return words[0] if words else None
    ranked = sorted(words, key=lambda w: lexicon.logf(w) or -99, reverse=True)
    return ranked[0] if (lexicon.logf(ranked[0]) or -99) - (lexicon.logf(ranked[1]) or -99) >= CLEAR_MARGIN else None


def _indefinite_after_quantifier(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After "vilka", "vissa", "olika" ... a noun is indefinite: "vilka lägen" not "vilka lagen",
    "de olika val" not "de olika väl"; a verb, adjective or noun already there stays."""
    if prev not in INDEFINITE_BEFORE:
        return None
    bits = lexicon.word_class(cur)
    if not bits or bits & (NOUN | ADJECTIVE | PRESENT | PASSIVE):
        return None
    if bits & DEFINITE and prev == "olika" and prev2 in DETERMINERS:
        return None  # "de olika valen": a determiner before "olika" allows the definite form
    if not bits & DEFINITE and nxt.endswith(ADJECTIVE_ENDINGS):
        return None  # an adverb before an adjective: "olika väl fungerande"
    nouns = [w for w in twins if w != cur and lexicon.word_class(w) & NOUN]
    return nouns[0] if len(nouns) == 1 else None


def _indefinite_after_plural_adjective(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After "de" or a bare plural adjective, a noun is indefinite: "de värden som", "möjliga
    värden", not "vården" ("de möjliga värdena" has its article; "hela vården" is idiom)."""
    if prev != "de":
        adjective = lexicon.word_class(prev) & ADJECTIVE or prev.endswith(PLURAL_ADJECTIVE_ENDINGS)
        if not (prev.endswith("a") or prev.endswith("e")) or not adjective or prev in DEFINITE_AFTER:
            return None
        if is_verb(prev, lexicon):
            return None  # "betala vården": a verb and its object
        if prev2 in DETERMINERS or prev2 in OBJECT_START or prev2.endswith("s"):
            return None  # "de möjliga värdena", "kommunens nya vården"
    bits = lexicon.word_class(cur)
    if not bits & DEFINITE or bits & (NOUN | ADJECTIVE | PRESENT | PASSIVE):
        return None
    nouns = [w for w in twins if w != cur and lexicon.word_class(w) & NOUN]
    return nouns[0] if len(nouns) == 1 else None


def _passive_not_genitive(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """A genitive needs a noun after it; before a verb or the clause's end, a word after a
    subject is the passive: "beslutet hävs kan" not "beslutet havs kan"."""
    if lexicon.word_class(cur) != GENITIVE:
        return None
    if not (is_definite(prev, lexicon) or prev in SUBJECT_WORDS):
        return None
    if nxt and nxt not in FINITE_AUX and nxt not in CONJUNCTIONS and nxt not in PREPOSITIONS:
        return None
    passives = [w for w in twins if w != cur and lexicon.word_class(w) & PASSIVE]
    return passives[0] if len(passives) == 1 else None


def _infinitive_after_modal(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After a modal ("ska", "kan"), a determiner or pronoun with nothing to determine (a
    preposition or the clause's end follows) is the verb's infinitive: "ska ingå i"."""
    if prev not in MODALS or (nxt and nxt not in PREPOSITIONS):
        return None
    if is_infinitive(cur, lexicon) or lexicon.word_class(cur) & (PRESENT | PASSIVE | NOUN | ADJECTIVE):
        return None
    verbs = [w for w in twins if w != cur and is_infinitive(w, lexicon)]
    return verbs[0] if len(verbs) == 1 else None


def _infinitive_before_object(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After "att" or a modal, a word before a determiner, a definite noun or a bare singular
    noun is the verb that governs it: "vill ändra storleken", "kan ändra den text", "vill
    ändra färg" (not "andra", which would need a plural noun: "kan andra kommuner")."""
    if prev in INFINITIVE_BEFORE:
        if not (nxt in OBJECT_START or is_definite(nxt, lexicon) or lexicon.word_class(nxt) & COMMON_SINGULAR):
            return None
    elif prev in ("och", "eller"):
        # "förankra och ändra storlek"; but "första och andra kvartalet" is an ordinal
        if not (nxt in OBJECT_START or lexicon.word_class(nxt) & COMMON_SINGULAR):
            return None
    else:
        return None
    if is_verb(cur, lexicon) or lexicon.word_class(cur) & (PRESENT | PASSIVE | DEFINITE | SUPINE):
        return None
    verbs = [w for w in twins if w != cur and is_verb(w, lexicon)]
    return verbs[0] if len(verbs) == 1 else None


def _no_two_finite_verbs(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """Two finite verbs do not stand side by side before an infinitive: in "enskild åter kan
    erhålla" the word before "kan" is no verb (unless a relative clause ends there: "den som
    äter kan ..."), and in "kan åter ansöka", "har åter ökat" the word after it is none either."""
    before_aux = nxt in FINITE_AUX and is_infinitive(nxt2, lexicon) and prev not in RELATIVES
    after_aux = prev in FINITE_AUX and (is_infinitive(nxt, lexicon) or prev in HAVE and lexicon.word_class(nxt) & SUPINE)
    if not (before_aux or after_aux):
        return None
    if not _only(lexicon.word_class(cur), PRESENT | OTHER) or not lexicon.word_class(cur) & PRESENT:
        return None
    others = [w for w in twins if w != cur and lexicon.word_class(w) and not lexicon.word_class(w) & (PRESENT | PASSIVE | NOUN)]
    return others[0] if len(others) == 1 else None


def _adjective_after_copula(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """A copula or "har" takes an adjective, never a bare infinitive ("lägen är svåra", "har
    låga inkomster"), and after a copula a bare noun seldom ends the clause ("frågan var svår
    att lösa", not "svar")."""
    if (prev not in COPULAS and prev not in HAVE) or lexicon.word_class(cur) & ADJECTIVE:
        return None
    if not is_infinitive(cur, lexicon) and not (prev in COPULAS and lexicon.word_class(cur) & NOUN and nxt in ("", "att")):
        return None
    adjectives = [w for w in twins if w != cur and lexicon.word_class(w) & ADJECTIVE]
    return adjectives[0] if len(adjectives) == 1 else None


def _possessive_after_preposition(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """A preposition takes a noun phrase, never a bare infinitive: "av våra verksamheter", not
    "av vara" ("ta till vara" is the exception; "var och en", "i vart fall" are no verbs)."""
    if prev not in PREPOSITIONS or prev == "till" or cur in POSSESSIVES or cur in DISTRIBUTIVES:
        return None
    owners = [w for w in twins if w in POSSESSIVES]
    return owners[0] if len(owners) == 1 else None


def _no_finite_verb_after_preposition(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """A preposition never takes a finite verb: "av rader och kolumner", not "av råder"."""
    if prev not in PREPOSITIONS or not lexicon.word_class(cur) & PRESENT or not _only(lexicon.word_class(cur), PRESENT | OTHER):
        return None
    return _clear_best([w for w in twins if w != cur and lexicon.word_class(w) & NOUN], lexicon)


def _noun_after_preposition(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """A preposition takes a noun, not an adverb: "vid val av leverantör", not "vid väl". Only
    where the word stands alone before a preposition or the clause's end: an adverb or a
    particle may lead a longer phrase ("med väl utförda insatser", "med att skapa")."""
    if prev not in PREPOSITIONS or prev in ("för", "till", "om") or lexicon.word_class(cur) != OTHER:
        return None
    if is_infinitive(cur, lexicon) and cur[-1] in VOWELS:
        return None  # an infinitive after a preposition is a name or label ("klicka på Spara")
    if nxt and nxt not in PREPOSITIONS and nxt not in CONJUNCTIONS and nxt != "som":
        return None
    nouns = [w for w in twins if w != cur and lexicon.word_class(w) & NOUN]
    return nouns[0] if len(nouns) == 1 else None


GRAMMAR = (
    _indefinite_after_quantifier,
    _indefinite_after_plural_adjective,
    _passive_not_genitive,
    _infinitive_after_modal,
    _infinitive_before_object,
    _no_two_finite_verbs,
    _adjective_after_copula,
    _possessive_after_preposition,
    _no_finite_verb_after_preposition,
    _noun_after_preposition,
)


_GATE_PREV = INDEFINITE_BEFORE | FINITE_AUX | INFINITIVE_BEFORE | COPULAS | PREPOSITIONS | {"de", "och", "eller"}


def grammar_may_apply(prev: str, cur: str, nxt: str, lexicon) -> bool:
    """Could any grammar rule fire here? A cheap test that spares most tokens the lookups."""
    return (prev in _GATE_PREV or nxt in FINITE_AUX or prev.endswith(("a", "e"))
            or (cur.endswith("s") and (prev in SUBJECT_WORDS or is_definite(prev, lexicon))))


def grammar_choice(prev: str, prev2: str, cur: str, nxt: str, nxt2: str, lexicon) -> str | None:
    """The spelling the grammar rules prefer for ``cur`` among its å/ä/ö twins, or None."""
    # Grammar outweighs frequency only between plausible spellings: "att" never yields to "ätt".
    floor = max(MIN_TWIN_LOGF, (lexicon.logf(cur) or -99) - MAX_RARER)
    twins = [w for w in lexicon.by_key(cur.translate(FOLD)) if (lexicon.logf(w) or -99) >= floor]
    if len(twins) < 2 and not (twins and twins[0] != cur):
        return None
    for rule in GRAMMAR:
        choice = rule(prev, prev2, cur, nxt, nxt2, twins, lexicon)
        if choice is not None:
            return choice
    return None
