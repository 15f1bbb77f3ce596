"""Context rules: where two spellings are both words (är/år, för/for, stöd/stod), neighbours decide.

These are rules of Swedish grammar (what precedes "år", who "stod"), not word lists from any
document; each returns the chosen form or None to keep what the word model chose.
"""

from __future__ import annotations

from docparse.models import store_for
from docparse.sv.dates import MONTHS as MONTH_NUMBERS
from docparse.sv.lexicon import INFINITIVE, fold

# The word lists the rules read (function words, units, labels, endings) are data of the models
# folder (models/sv_context_words.txt), read through the configured store.
WORDS = store_for().context_words

NUMBER_WORDS = WORDS["number_words"]
PRONOUNS = WORDS["pronouns"]
ENGLISH = WORDS["english"]
MONTHS = frozenset(MONTH_NUMBERS)  # names and abbreviations, as the date extractor reads them
# Words after a number that make "1" a number, not the preposition "i".
UNITS = MONTHS | WORDS["units"]
# Words a number names a thing after: "vecka 1 är", "bilaga 2 är" (a verb follows, not "år").
LABELS = WORDS["labels"]
# Words before a number that make "1" a number (kapitel 1, bilaga 1, punkt 1 och 2).
NUMBERED = LABELS | WORDS["numbered"]
MIN_YEAR, MAX_YEAR = 1800, 2100  # a four-digit number after "år" is a year
TIME_UNITS = WORDS["time_units"]
GENDERED = WORDS["gendered"]
MALE_PLURAL_BEFORE = WORDS["male_plural_before"]


# Nouns of quantity a plural noun follows: "ett antal år", "ett flertal år".
QUANTITY_NOUNS = frozenset({"antal", "flertal", "fåtal"})


def _year(prev: str, prev2: str, nxt: str, nxt2: str, lexicon) -> str | None:
    if prev.isdigit() and prev2 in LABELS:
        return "är"  # "vecka 1 är", "bilaga 2 är": the number names a thing
    if nxt.isdigit() and len(nxt) == 4 and nxt2.isdigit() and len(nxt2) == 2:
        return "är"  # "förfallodagen är 2001-11-15": a date, not a year
    if prev.isdigit() and (nxt in OBJECT_START or is_definite(nxt, lexicon)):
        return None  # "punkt 3 är en", "7 § är sökanden": a noun phrase follows; the language model decides
    if prev.isdigit() or prev in NUMBER_WORDS or prev == "i" or (nxt.isdigit() and MIN_YEAR <= int(nxt) <= MAX_YEAR):
        return "år"  # "tre år", "i år", "år 2024" (but "är 1500 kronor")
    if prev in QUANTITY_NOUNS and prev2 == "ett" and not nxt.endswith(("a", "e")) \
            and not lexicon.word_class(nxt) & (ADJECTIVE | SUPINE | PASSIVE):
        return "år"  # "under ett flertal år" (but "ett antal är berörda", "... är nöjda": a predicate)
    if nxt in TIME_UNITS or (nxt in ("och", "eller") and nxt2 in TIME_UNITS):
        return "år"  # "år, månad och dag", "år och dag"
    if prev2 in TIME_UNITS and (prev == "eller" or prev == "och" and not nxt):
        return "år"  # "månader eller år", "dag, månad och år." ("dagar och är nöjda" goes on)
    if nxt in ("är", "har", "kan", "ska", "måste", "blir"):
        return "år"  # "År är ett heltal": a verb never follows "är"
    return None  # no sign either way: the language model decides


def _for(prev, prev2, nxt, nxt2, lexicon):
    return "for" if prev in ENGLISH or nxt in ENGLISH else "för"


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


def _satt(prev, prev2, nxt, nxt2, lexicon):
    return "satt" if prev in PRONOUNS or prev in {"hade", "har"} else None  # else the language model decides


def _bor(prev, prev2, nxt, nxt2, lexicon):
    if nxt in {"på", "hos", "kvar", "tillsammans", "ihop"}:
        return "bor"
    if nxt in {"och", "där"}:
        return "bor"  # "som bor och arbetar", "som bor där": "bör" wants an infinitive (a sentence's
        # end is no sign: OCR specks make stops, "vilket bor.beaktas")
    if nxt == "i" and nxt2 not in {"första", "samband", "möjligaste", "mån", "enlighet"}:
        return "bor"
    return "bör"


def _har(prev, prev2, nxt, nxt2, lexicon):
    if not prev and (nxt in SUBJECT_PRONOUNS or lexicon.word_class(nxt) & DEFINITE and not _finite(nxt, lexicon)):
        return "har"  # "Har du ...", "Har nämnden beslutat ...": a question; a fronted "Här" takes its
        # finite verb second (V2), never a subject
    if prev in {"just", "precis"} or (nxt == "och" and nxt2 in {"där", "nu"}):
        return "här"
    if prev in {"det", "den", "de", "detta"} and nxt in {"är", "var", "blir"}:
        return "här"  # "det här är": "det har är" is no Swedish
    if nxt.endswith("s") and len(nxt) > 3 and is_infinitive(nxt[:-1], lexicon):
        return "här"  # "Här fastslås": "har" takes a supine, never a passive
    if nxt in HERE_BEFORE or _finite(nxt, lexicon):
        return "här"  # "Här finns", "Här kommer": "har" is never followed by a finite verb
    if prev in HERE_AFTER and prev2 not in RELATIVES and prev2 not in SUBJECT_PRONOUNS:
        return "här"  # "kommunen ska här kartlägga": no finite verb follows an auxiliary (but
        # a clause may end in one: "den som kan har skyldighet")
    if prev in SENTENCE_ADVERBS and prev2 in HERE_AFTER:
        return "här"  # "vi är också här", "nämnden ska därför här pröva": no finite verb after either
    if prev == "så" and (lexicon.word_class(nxt) & PRESENT or nxt in PREPOSITIONS or not nxt):
        return "här"  # "Så här gör du", "Gör så här för att", "Gör så här."
    if len(prev) > 3 and prev not in PRONOUNS and is_verb(prev, lexicon) and not lexicon.word_class(prev) & NOUN and prev2 != "att" and prev.endswith("a"):
        return "här"  # "Klicka här": "har" never follows an infinitive or imperative
    if prev in ("den", "det", "de") and is_definite(nxt, lexicon) and _demonstrative_position(prev2, nxt2, lexicon):
        return "här"  # "i den här rutan", "Den här ikonen visar"
    return None


def _finite(word: str, lexicon) -> bool:
    """Is ``word`` only a finite verb in the present by the word classes ("försöker", not
    "planer", a noun too, nor "ökade", an adjective too)?"""
    bits = lexicon.word_class(word)
    return bool(bits & PRESENT) and not bits & (NOUN | ADJECTIVE)


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


def _anda(prev, prev2, nxt, nxt2, lexicon):
    return "anda" if prev in {"samma", "denna", "god", "gemensam", "positiv"} else None


# folded key (no å/ä/ö) -> rule
RULES = {
    "ar": _year,
    "for": _for,
    "man": _man,
    "rad": _rad,
    "satt": _satt,
    "bor": _bor,
    "har": _har,
    "anda": _anda,
}

# Before an adjective in the definite form: "det fortsatta arbetet", "sina nya lokaler".
DETERMINERS = WORDS["determiners"]


def is_definite(word: str, lexicon) -> bool:
    """Is ``word`` a noun in the definite form (arbetet, staden, barnen, rutan)? By the word
    classes where they know it or its last part (kryssrutan), else by its ending."""
    if lexicon.word_class(word) & DEFINITE or len(word) > 4 and word.endswith(("et", "en", "na")):
        return True
    return any(lexicon.word_class(word[k:]) & DEFINITE for k in range(2, len(word) - MIN_HEAD + 1))


MODALS = WORDS["modals"]


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
INDEFINITE_BEFORE = WORDS["indefinite_before"]
# Quantifiers that open a noun phrase: the indefinite ones and "alla", "båda".
PLURAL_NOUN_ENDINGS = ("ar", "er", "or")
QUANTIFIERS = INDEFINITE_BEFORE | {"alla", "båda"}
# Finite auxiliaries and modals: "kan", "ska", "blir" in "beslutet hävs kan", "åter kan söka".
FINITE_AUX = WORDS["finite_aux"]
HAVE = WORDS["have"]  # take a supine or a noun phrase, never a bare infinitive
# Finite verbs that follow "här" but never "har" ("var" is also "each", "får" also "sheep").
HERE_BEFORE = FINITE_AUX - {"var", "har", "hade", "får"} | {"finns"}
# Auxiliaries and modals after which "här" stands, never "har": "ska här", "är här" ("var" is
# also "where": "var har du").
HERE_AFTER = FINITE_AUX - HAVE - {"var"}
PREPOSITIONS = WORDS["prepositions"]
CONJUNCTIONS = WORDS["conjunctions"]
# Plural adjectives by their ending: möjliga, tekniska, positiva, sociala, ideella, primära, fattade
PLURAL_ADJECTIVE_ENDINGS = tuple(WORDS["plural_adjective_endings"])
# Adjectives a definite noun follows without article: "hela vården", "båda parterna".
DEFINITE_AFTER = WORDS["definite_after"]
SUBJECT_PRONOUNS = WORDS["subject_pronouns"]
INFINITIVE_BEFORE = MODALS | WORDS["infinitive_before"]
SENTENCE_ADVERBS = WORDS["sentence_adverbs"]  # "vill också ändra": one may stand between
# Words that open a noun phrase: a verb before them governs it.
OBJECT_START = WORDS["object_start"]
RELATIVES = WORDS["relatives"]  # "den som äter kan ..."
SUBJECT_WORDS = WORDS["subject_words"]
# A word ending so is an adjective or participle that an adverb may modify ("väl fungerande").
ADJECTIVE_ENDINGS = tuple(WORDS["adjective_endings"])
MIN_HEAD = 5  # shortest last part of a compound that tells its form (kryss|rutan)
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
    if bits == OTHER and nxt in OBJECT_START:
        return None  # a function word before a noun phrase: "fler än en", not a noun "fler an"
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


def _infinitive_before_object(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After "att" or a modal, a word before a determiner, a definite noun or a bare singular
    noun is the verb that governs it: "vill ändra storleken", "kan ändra den text", "vill
    ändra färg" (not "andra", which would need a plural noun: "kan andra kommuner")."""
    if prev in INFINITIVE_BEFORE or prev in SENTENCE_ADVERBS and prev2 in INFINITIVE_BEFORE:
        # ("vill samtidigt ändra inriktningen": an adverb may stand between)
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


def _possessive_after_quantifier(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After "alla", "många", "båda" ... that open their clause (at a sentence's start or after a
    preposition, where nothing can govern an infinitive), a word before a noun is a possessive,
    not the infinitive: "Alla våra medlemmar", "för alla våra barn" (but "De ska alla vara
    medlemmar": an auxiliary before governs it)."""
    if prev not in QUANTIFIERS or (prev2 and prev2 not in PREPOSITIONS):
        return None
    if not is_verb(cur, lexicon) or not _plain_noun(nxt, lexicon):
        return None
    others = [w for w in twins if w != cur and not is_verb(w, lexicon) and lexicon.word_class(w)]
    return others[0] if len(others) == 1 else None


# Determiners that are never a clause's subject or object alone: a noun phrase goes on after them.
POSSESSIVES = DETERMINERS - {"det", "den", "de", "detta", "denna", "dessa", "er"}
ARTICLES = frozenset({"det", "den", "de", "detta", "denna", "dessa"})  # also subjects: "kan det vara"
DEFINITE_GENITIVE_ENDINGS = ("rnas", "ens", "ets")  # kommunernas, nämndens, arbetets


def _no_infinitive_after_determiner(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """After a possessive ("sin", "deras"), a genitive noun ("kommunernas") or an article that
    opens a phrase ("under den", "i det", or at a clause's start) a noun phrase goes on: a
    twin that is a verb's infinitive is the adjective or noun ("den fortsatta beredningen",
    "sina starka sidor", not "fortsätta", "stärka"). "den", "det", "de" are subjects after a
    verb ("kan det vara", "låt det vara") and are not read so there."""
    if prev in POSSESSIVES:
        pass
    elif prev in ARTICLES:
        if prev2 and prev2 not in PREPOSITIONS:
            return None
    else:
        bits = lexicon.word_class(prev)
        if bits:
            if not bits & GENITIVE or bits & (PASSIVE | PRESENT | VERB | ADJECTIVE) or prev in SUBJECT_WORDS:
                return None
        elif not (len(prev) > 5 and prev.endswith(DEFINITE_GENITIVE_ENDINGS) and lexicon.logf(prev) is not None):
            return None  # (a listed word the classes lack: a definite genitive by its ending, "kommunernas")
    if len(cur) < 4 or not (is_verb(cur, lexicon) or is_infinitive(cur, lexicon)):
        return None  # (short infinitives are function words too: "denna så kallade")
    # the phrase goes on with a noun or an adjective ("sin stärka" alone proves nothing); the
    # classes keep few plain nouns ("sidor"): a listed word they lack counts as one
    after = lexicon.word_class(nxt)
    if not nxt.isalpha() or nxt in SUBJECT_WORDS or nxt in PREPOSITIONS or nxt in CONJUNCTIONS or nxt in FINITE_AUX \
            or (not after & (NOUN | DEFINITE | ADJECTIVE) if after else lexicon.logf(nxt) is None):
        return None
    others = [w for w in twins if w != cur and lexicon.word_class(w) and not is_verb(w, lexicon)
              and not is_infinitive(w, lexicon) and not lexicon.word_class(w) & (PRESENT | PASSIVE | SUPINE)]
    return others[0] if len(others) == 1 else None


def _verb_before_definite_object(prev, prev2, cur, nxt, nxt2, twins, lexicon):
    """An adjective's weak form stands before a definite noun only after a determiner ("de
    starka banden"); right after a noun, a comma or at a clause's start, a twin before a
    definite noun or a definite genitive is the verb that governs it: "olika sektorer stärka
    banden", "främja handeln, stärka banden", "en ombudsman skärpa verkets tillsyn" (not
    "starka", "skarpa")."""
    if lexicon.word_class(cur) != ADJECTIVE or not (prev in ("", ",") or _noun_or_head(prev, lexicon)):
        return None
    after = lexicon.word_class(nxt)
    if after & (VERB | ADJECTIVE | PRESENT | PASSIVE | SUPINE) or nxt in SUBJECT_WORDS or nxt in PREPOSITIONS:
        return None
    if not is_definite(nxt, lexicon) and not (
            len(nxt) > 5 and nxt.endswith(DEFINITE_GENITIVE_ENDINGS) and lexicon.logf(nxt) is not None):
        return None
    verbs = [w for w in twins if w != cur and is_verb(w, lexicon)]
    return verbs[0] if len(verbs) == 1 else None


def _noun_or_head(word: str, lexicon) -> bool:
    """Is ``word`` a plain noun, or an unlisted compound whose last part is one
    ("utbildnings|sektorer")?"""
    if _plain_noun(word, lexicon):
        return True
    if lexicon.logf(word) is not None or not word.isalpha():
        return False
    return any(_plain_noun(word[k:], lexicon) for k in range(3, len(word) - MIN_HEAD + 1))


def _plain_noun(word: str, lexicon) -> bool:
    """Is ``word`` a noun by the word classes (and nothing else it could be after a copula: "för
    många vara svårt"), or where they do not know it, a listed word with a plural noun's ending
    ("medlemmar", "kommuner")?"""
    if not word.isalpha() or word in PREPOSITIONS or word in CONJUNCTIONS or word in FINITE_AUX or word in SUBJECT_WORDS:
        return False
    bits = lexicon.word_class(word)
    if bits:
        return bool(bits & NOUN) and not bits & (VERB | PRESENT | PASSIVE | SUPINE | ADJECTIVE)
    return len(word) > 4 and word.endswith(PLURAL_NOUN_ENDINGS) and lexicon.logf(word) is not None


GRAMMAR = (
    _possessive_after_quantifier,
    _indefinite_after_quantifier,
    _indefinite_after_plural_adjective,
    _passive_not_genitive,
    _infinitive_before_object,
    _no_two_finite_verbs,
    _no_infinitive_after_determiner,
    _verb_before_definite_object,
)


_GATE_PREV = INDEFINITE_BEFORE | FINITE_AUX | INFINITIVE_BEFORE | PREPOSITIONS | SENTENCE_ADVERBS | {"de", "och", "eller"}


def grammar_may_apply(prev: str, cur: str, nxt: str, lexicon) -> bool:
    """Could any grammar rule fire here? A cheap test that spares most tokens the lookups."""
    return (prev in _GATE_PREV or nxt in FINITE_AUX or prev.endswith(("a", "e", "s")) or prev in DETERMINERS
            or (cur.endswith("a") and nxt.endswith(("na", "en", "et", "s")))
            or (cur.endswith("s") and (prev in SUBJECT_WORDS or is_definite(prev, lexicon))))


def real_twins(cur: str, lexicon, max_rarer: float, keep: str | None = None) -> list[str]:
    """The å/ä/ö twins of ``cur`` (itself among them) that are a real choice: none rarer than
    MIN_TWIN_LOGF or ``max_rarer`` (log10) below ``cur``; ``keep`` is kept whatever its
    frequency. In the lexicon's order."""
    floor = max(MIN_TWIN_LOGF, (lexicon.logf(cur) or -99) - max_rarer)
    return [w for w in lexicon.by_key(fold(cur)) if w == keep or (lexicon.logf(w) or -99) >= floor]


def grammar_may_choose(cur: str, lexicon) -> bool:
    """Has ``cur`` a twin grammar_choice may prefer, in any context? (A function of the word
    and the lexicon alone: the context pass settles most common words by it once.)"""
    # Grammar outweighs frequency only between plausible spellings: "att" never yields to "ätt".
    twins = real_twins(cur, lexicon, MAX_RARER)
    return len(twins) >= 2 or bool(twins and twins[0] != cur)


def grammar_choice(prev: str, prev2: str, cur: str, nxt: str, nxt2: str, lexicon) -> str | None:
    """The spelling the grammar rules prefer for ``cur`` among its å/ä/ö twins, or None."""
    if not grammar_may_choose(cur, lexicon):
        return None
    twins = real_twins(cur, lexicon, MAX_RARER)
    for rule in GRAMMAR:
        choice = rule(prev, prev2, cur, nxt, nxt2, twins, lexicon)
        if choice is not None:
            return choice
    return None
