"""Person names in Swedish text: given-name lookup (models/sv_names.tsv) plus the shapes names take.

A name is a known given name (or a hyphenated one, "Anna-Karin") followed by one to three
capitalised surname words, with particles ("von", "af", "de", "van") allowed between them:
"Anna-Karin Berg-Ström", "Per von Essen". Lists that print the surname first ("Lindqvist Maria,
ordförande") are read when the caller says so; ``loose`` (for contexts that already say "these
are people", such as an attendance list) also takes capitalised pairs whose given name is not in
the model. Capitalised words that are titles, boards, organisations, places' endings, months or
function words never count as name words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from docparse.sv.dates import MONTH_NAMES
from docparse.sv.sections import ONE_WORD_HEADINGS

# The model files, in a models folder (read through docparse.models.ModelStore.names).
NAMES_FILE = "sv_names.tsv"
FOREIGN_GIVEN_FILE = "sv_names_foreign_given.txt"
TITLES_FILE = "titles.txt"

# A word, hyphenated parts kept together ("Berg-Ström", "Anna-Karin").
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "du", "da", "di", "la", "le", "del", "zu"})
MAX_TOKENS = 5
RARE_LOGF = -6.0  # log10 word frequency below which a capitalised word is no common word

# Capitalised words that open sentences, label fields or name roles: never part of a name.
_FUNCTION_WORDS = """
och att som den det de detta dessa denna för till med från om på i av vid efter enligt under över
mot hos utan samt eller men när där då så sedan även också inte ej ny nya nytt alla alle var vi
han hon hen jag du ni man dem oss er sin sitt sina här nu bland mellan genom inför trots hur vad
vem vilken vilket vilka ett en är har kan ska skall får bör blir fick
ordförande sekreterare justerare justerande ledamot ledamöter ersättare beslutande närvarande
övriga övrig tjänstgörande tjänstgör handläggare föredragande kontakt kontaktperson telefon tel
mobil fax e-post epost datum dnr diarienummer paragraf paragrafer plats tid sida bilaga bilagor
protokoll protokollet utses underskrifter underskrift sign namnförtydligande ort justering
kallelse ärende ärenden beslut förslag yttrande jäv närv frånvarande adjungerad adjungerade
innehåll innehållet innehållsförteckning
rubrik ämne angående
kommun kommunen stad staden region regionen landsting landstinget län länet sverige
kommunstyrelsen kommunfullmäktige fullmäktige nämnden styrelsen utskottet förvaltningen
förvaltning kontoret enheten avdelningen sektionen förbundet föreningen bolaget rådet
måndag tisdag onsdag torsdag fredag lördag söndag måndagen tisdagen onsdagen torsdagen fredagen
lördagen söndagen januari februari mars april maj juni juli augusti september oktober november
december kl klockan
sidansvarig publicerad uppdaterad senast tjänsteman tjänstemän vd ab hb kb ltd oy oyj abp inc gmbh llc plc
""".split()
NON_NAME_WORDS = frozenset(_FUNCTION_WORDS) | frozenset(ONE_WORD_HEADINGS)
# An organisation's head word in its definite form ("Föreningen", "Stiftelsen"): alone it is the anaphor
# of a name said before, or, at a line's end after a preposition, a name's first word going on below.
DEFINITE_ORG_HEADS = frozenset({"föreningen", "förbundet", "klubben", "bolaget", "stiftelsen", "sällskapet",
                                "organisationen", "jouren", "församlingen", "kooperativet", "nätverket"})
# Endings of boards, offices and organisations ("Socialnämnden", "Miljöförvaltningen").
ORG_ENDINGS = (
    "nämnden", "nämnd", "nämnds", "styrelsen", "styrelse", "förvaltningen", "förvaltning", "kommun",
    "kommuns", "kommunen", "utskottet", "utskott", "fullmäktige", "rådet", "kontoret", "kontor",
    "avdelningen", "enheten", "förbundet", "förbund", "föreningen", "förening", "bolaget", "bolag",
    "sektionen", "gruppen", "skolan", "huset", "verket", "myndigheten", "regionen", "landstinget",
    "institutet", "akademin", "kyrkan", "partiet", "kansliet", "direktionen", "organisationen",
    # document parts and headings: "Föredragningslista", "Sammanträdesdatum", "Justerarsignaturer"
    "lista", "listan", "datum", "protokoll", "protokollet", "bestyrkande", "signaturer", "signatur",
    "förteckning", "ärenden", "handling", "handlingar", "kallelse", "ordning", "paragrafer",
)
# Definite and genitive endings of nouns ("Justeringens", "Förvaltningen", "Kommunikationen").
NOUN_ENDINGS = ("ingen", "ingens", "ningar", "heten", "hetens", "tionen", "tionens", "skapet", "skapets",
                "rummet", "rummets", "salen", "salens",  # a room or hall in definite form: "Sammanträdesrummet Ek" is a place
                "andet", "andets", "endet", "endets")
COMMON_LOGF = -5.0  # log10 word frequency above which a word is a common Swedish word


@dataclass(frozen=True)
class NameMatch:
    """A person name found in text: [start, end) covers it as written; ``name`` is in natural
    order (given name first) with single spaces."""

    start: int
    end: int
    name: str


class NameEntry(NamedTuple):
    given_listed: bool  # in a list of given names (Swedish or foreign)
    surname_listed: bool
    given: int  # SUC training counts: first word of a multi-word PER span
    surname: int  # last word of one
    single: int  # a one-word PER span
    other: int  # capitalised mid-sentence outside PER
    lower: int  # its lower-case form


_NO_COUNTS = ["0"] * 5


def read_name_model(directory: Path) -> dict[str, NameEntry]:
    """sv_names.tsv, built by models/build_names.py; about 2,400 rows, read in a few ms."""
    from docparse.errors import ModelDataError

    path = directory / NAMES_FILE
    model: dict[str, NameEntry] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ModelDataError(f"{path}: name model missing", hint="python models/build_names.py") from None
    listed_only: dict[str, NameEntry] = {}  # rows with no SUC counts share one entry per flag set
    for n, line in enumerate(lines, 1):
        if not line or line[0] == "#":
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise ModelDataError(f"{path}:{n}: expected 7 columns, got {len(cols)}", hint="python models/build_names.py")
        name, flags = cols[0], cols[1]
        if cols[2:] == _NO_COUNTS:
            entry = listed_only.get(flags)
            if entry is None:
                entry = listed_only[flags] = NameEntry("G" in flags or "g" in flags, "S" in flags, 0, 0, 0, 0, 0)
            model[name] = entry
            continue
        try:
            g, s_, single, other, lower = map(int, cols[2:])
        except ValueError:
            raise ModelDataError(f"{path}:{n}: counts must be integers", hint="python models/build_names.py") from None
        model[name] = NameEntry("G" in flags or "g" in flags, "S" in flags, g, s_, single, other, lower)
    if not model:
        raise ModelDataError(f"{path}: no names", hint="python models/build_names.py")
    return model


def _read_foreign_given(directory: Path) -> frozenset[str]:
    """Given names of other countries (sv_names_foreign_given.txt), one a line."""
    from docparse.errors import ModelDataError

    path = directory / FOREIGN_GIVEN_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelDataError(f"{path}: name list missing", hint="python models/build_names.py") from None
    names = frozenset(ln for ln in text.split("\n") if ln and ln[0] != "#")
    if not names:
        raise ModelDataError(f"{path}: no names", hint="python models/build_names.py")
    return names


def _read_title_heads(directory: Path) -> tuple[str, ...]:
    """Heads of job titles (titles.txt): "socialdirektör" ends with "direktör"."""
    from docparse.errors import ModelDataError

    path = directory / TITLES_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    heads = tuple(sorted({ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")}, key=len, reverse=True))
    if not heads:
        raise ModelDataError(f"{path}: no titles")
    return heads


@dataclass
class NameData:
    """What the recogniser reads: the name model, foreign given names, title heads, and the
    lexicon (for "is this a common Swedish word"), all from one models folder."""

    entries: dict[str, NameEntry]
    foreign_given: frozenset[str]
    title_heads: tuple[str, ...]
    lexicon: object  # docparse.sv.lexicon.Lexicon


def read_name_data(directory: Path, lexicon) -> NameData:
    return NameData(read_name_model(directory), _read_foreign_given(directory), _read_title_heads(directory), lexicon)


_active: NameData | None = None
_DEPENDENT_CACHES: list = []  # callers' cached decisions that read these data (cleared with ours)


def cached_on_names(maxsize: int):
    """lru_cache for a caller's decision that reads the name data (is this cell a name?): its
    cache is dropped with the recogniser's own when another document's data are put to use."""
    def wrap(fn):
        cached = lru_cache(maxsize=maxsize)(fn)
        _DEPENDENT_CACHES.append(cached)
        return cached
    return wrap


def use(data: NameData) -> None:
    """Make ``data`` the recogniser's (each document's extractor calls this with its model
    store's); word decisions cached for other data are dropped."""
    global _active
    if data is not _active:
        _active = data
        for cached in (is_title_word, is_given_name, can_be_name_word, _window_names, _run_names, natural_order,
                       *_DEPENDENT_CACHES):
            cached.cache_clear()


def _data() -> NameData:
    if _active is None:
        from docparse.models import store_for  # the configured folder's, for callers outside a pipeline

        use(store_for().names)
    return _active  # type: ignore[return-value]


def name_model() -> dict[str, NameEntry]:
    return _data().entries


def foreign_given_names() -> frozenset[str]:
    return _data().foreign_given


def title_heads() -> tuple[str, ...]:
    return _data().title_heads


_DEFINITE = re.compile(r"(?:en|et|n|s|ens|ets|ns)$")


# A title's rank before its word: "1:e vice ordförande", "bitr. rektor", "tf. förvaltningschef".
TITLE_RANK = r"(?:(?:[12]:[ea]|förste|andre)\s+)?(?:vice\s+|bitr\.\s*|biträdande\s+|tf\.?\s+|t\.f\.\s+)?"


@lru_cache(maxsize=65536)
def is_title_word(word: str) -> bool:
    """A word ending in a title head, also in its definite or genitive form ("Kommunalrådet",
    "chefen", "ordförandens")."""
    low = word.lower()
    heads = title_heads()
    if low.endswith(heads) or _DEFINITE.sub("", low).endswith(heads):
        return True
    # A head ending in a vowel takes only "-n"/"-ns": "sekreteraren", "ordförandens" (not "-en" off "sekreterare").
    bare = low[:-2] if low.endswith("ns") else low[:-1] if low.endswith("n") else ""
    return bare[-1:] in ("a", "e") and bare.endswith(heads)


def normal_case(word: str) -> str:
    """"ANNA" -> "Anna": headings and signature lines print names in capitals."""
    return word.title() if word.isupper() and len(word) > 2 else word


def is_capitalised(word: str) -> bool:
    """"Berg", "Berg-Ström", "McLean": every part starts upper-case and has lower-case letters."""
    parts = re.split(r"[-'’]", word) if ("-" in word or "'" in word or "’" in word) else (word,)
    for part in parts:
        if len(part) < 2 or not part[0].isupper() or not any(c.islower() for c in part[1:]):
            return False
    return True


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A known given name; hyphenated given names need a known first part ("Lars-Olof")."""
    model = name_model()
    word = normal_case(word)
    entry = model.get(word)
    if entry is None and "-" in word:
        entry = model.get(word.split("-")[0])
    if entry is None:
        return word in foreign_given_names() or ("-" in word and word.split("-")[0] in foreign_given_names())
    return entry.given_listed or entry.given > 0


def is_known_surname(word: str) -> bool:
    entry = name_model().get(normal_case(word).split("-")[-1])
    return entry is not None and (entry.surname_listed or entry.surname > 0)


@lru_cache(maxsize=65536)
def can_be_name_word(word: str, allow_common: bool = False) -> bool:
    """A capitalised word that is no function word, title, board, organisation or (unless the
    model knows it as a name, or ``allow_common``) common Swedish word ("Kultur", "Miljö")."""
    if not is_capitalised(normal_case(word)):
        return False
    low = word.lower()
    hyphenated = "-" in low
    for part in low.split("-"):
        # A month that is a given name too opens a hyphenated given name: "Maj-Lis", "Maj-Britt".
        if (part in NON_NAME_WORDS and not (hyphenated and _listed_given(part))) or _org_word(part) or is_title_word(part):
            return False
    if low.endswith(NOUN_ENDINGS) and not _known_name(word):
        return False
    return allow_common or _known_name(word) or _surname_shaped(word) or not _common_word(low)


def _listed_given(low: str) -> bool:
    entry = name_model().get(low.title())
    return entry is not None and entry.given_listed


def _org_word(low: str) -> bool:
    return low.endswith(ORG_ENDINGS) or (low.endswith("s") and low[:-1].endswith(ORG_ENDINGS))


def _known_name(word: str) -> bool:
    parts = normal_case(word).split("-")
    return parts[0] in name_model() or parts[-1] in name_model() or parts[0] in foreign_given_names()


def _qualifies_title(word: str) -> bool:
    """A Swedish word (any frequency) that is no known or surname-shaped name."""
    return not _known_name(word) and not _surname_shaped(word) and _data().lexicon.logf(word.lower()) is not None


def _common_word(low: str) -> bool:
    logf = _data().lexicon.logf(low)
    return logf is not None and logf > COMMON_LOGF


def _person_likely(word: str, sentence_initial: bool) -> bool:
    """A lone capitalised word that is more often a person than anything else (SUC counts)."""
    model = name_model()
    entry = model.get(word)
    if entry is None and word.endswith("s"):
        entry = model.get(word[:-1])  # genitive: "Annas", "Bergs"
    if entry is None:
        # A given name only the foreign lists know: a person whatever its position.
        return word in foreign_given_names() or (word.endswith("s") and word[:-1] in foreign_given_names())
    evidence = entry.given + entry.surname + entry.single + (entry.given_listed or entry.surname_listed)
    against = entry.other + (entry.lower if sentence_initial else entry.lower / 4)
    return evidence > against


def _rare_word(word: str) -> bool:
    """Not a common Swedish word (docparse's lexicon; names there are rare forms)."""
    logf = _data().lexicon.logf(word.lower())
    return logf is None or logf < RARE_LOGF


def _foreign_pair(text: str, run: list[re.Match], i: int) -> bool:
    """Two rare capitalised words mid-sentence ("Joe Strummer") whose first is no known
    place or organisation word: a name whose given name the model lacks."""
    if _sentence_initial(text, run[i].start()):
        return False
    first, second = run[i].group(), run[i + 1].group()
    entry = name_model().get(first)
    if entry is not None and entry.other > entry.given + entry.single:
        return False
    return _rare_word(first) and _rare_word(second)


# Words of address that precede a name in prose ("herr Lindström", "prins Carl").
HONORIFICS = frozenset({"herr", "fru", "fröken", "doktor", "dr", "professor", "kung", "drottning", "prins",
                        "prinsessan", "prinsessa", "biskop", "kyrkoherde", "kapten", "general", "president"})
_WORD_BEFORE = re.compile(r"([a-zåäöéü]+)\.?[ \t]+$")


def _after_title(text: str, pos: int) -> bool:
    """A lower-case title or word of address right before pos ("statsminister", "herr")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return bool(m) and (m.group(1) in HONORIFICS or is_title_word(m.group(1)))


def _sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0\"'”»(":
        k -= 1
    return k < 0 or text[k] in ".!?:\n\f•–-"


_CAP = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*+(?:['’-][^\W\d_]++)*+(?![-\w])"
_SP = r"[ \u00a0]{1,3}"  # what may separate the words of one name: spaces on one line (a tab separates cells)
# A run of capitalised words (particles between), and the lower-case word after it if any (it may
# be a title the last word qualifies). Matching runs in one pass skips lower-case prose at C speed.
_RUN = re.compile(
    rf"(?<![\w-]){_CAP}(?:{_SP}(?:(?:{'|'.join(sorted(PARTICLES))}){_SP})?{_CAP})*+(?:{_SP}[a-zß-öø-ÿ]++(?![-\w]))?")


def _runs(text: str, start: int, end: int) -> Iterator[list[re.Match]]:
    """Words of text[start:end] grouped into runs of capitalised words that only spaces on one
    line separate; a compound's first part ("Kultur- och") ends a run and is no name word.
    One run at a time: a whole text's runs at once are many objects for the collector."""
    return (list(TOKEN.finditer(text, m.start(), m.end())) for m in _RUN.finditer(text, start, end))


def _name_words(run: list[re.Match], i: int, allow_common: bool = False) -> int:
    """How many words from run[i] on can belong to one name (capitalised words and particles).
    ``allow_common``: after a known given name, a common word may be a surname ("Per Söder")."""
    j = i
    allow_common = allow_common and is_given_name(run[i].group())
    capitals = run[i].group().isupper()
    while j < len(run) and j - i < MAX_TOKENS:
        w = run[j].group()
        if not w[0].isupper() and (j == i or w not in PARTICLES):
            break  # most words: lower-case, no name
        if w.isupper() != capitals and w not in PARTICLES:
            break  # "Per EK" or "Per Ek BEVIS": a name keeps one case
        if j > i and w in PARTICLES and j + 1 < len(run) and can_be_name_word(run[j + 1].group()):
            j += 2
            continue
        if not can_be_name_word(w, allow_common and j > i) and not (j == i and _month_given_name(run, i)):
            break
        if _opens_sentence_after_name(run, i, j):
            break  # "Jonas Ek Förhinder meddelas ...": a flattened text's next sentence, no third name word
        if j > i and j + 1 < len(run) and run[j + 1].group().islower() and is_title_word(run[j + 1].group()) \
                and _qualifies_title(w) and not (j == i + 1 and is_given_name(run[i].group())):
            break  # "Teknisk chef", "Biträdande rektor": the word qualifies a title
            # (not a surname that is a word too, after a given name: "Kajsa Brunn nämndsekreterare")
        j += 1
    return j - i


def _opens_sentence_after_name(run: list[re.Match], i: int, j: int) -> bool:
    """A third word after a given name and a surname that is a Swedish word, no name in shape, with
    a word in lower case after it (no particle): the subject of the next sentence a flattened text
    ran on ("Sekreterare Jonas Ek Förhinder meddelas ..."), not a double surname ("Eva Ek Lindqvist")."""
    if j < i + 2 or j + 1 >= len(run) or not is_given_name(run[i].group()):
        return False
    w, nxt = run[j].group(), run[j + 1].group()
    # (a Swedish word: "Vuolbak" before "välkomnar" is an unknown surname)
    return (nxt.islower() and nxt not in PARTICLES and not is_given_name(w) and not w.isupper()
            and _qualifies_title(w))


def is_month_given_name(word: str) -> bool:
    """Is ``word`` a month's name that is a listed given name too ("Maj", "Juni")?"""
    return word.lower() in MONTH_NAMES and _listed_given(word.lower())


def _month_given_name(run: list[re.Match], i: int) -> bool:
    """A month that is a given name too ("Maj", "Juni") opens a name when a surname follows:
    Swedish writes its months in lower case, so "Maj Nilsson" is a person where "maj 2038" is not."""
    w = run[i].group()
    if i + 1 >= len(run) or not w.istitle() or not is_month_given_name(w):
        return False
    nxt = run[i + 1].group()
    return can_be_name_word(nxt) and _surname_shaped(nxt)


def _split_at_next_given(run: list[re.Match], i: int, n: int) -> int:
    """Two names printed side by side ("Anna Berg Lisa Holm"): cut before a given name that
    starts a second name, never before the second word (double given names, "Per Olof")."""
    for k in range(i + 2, i + n - 1):
        if is_given_name(run[k].group()):
            return k - i
    return n


# Endings of Swedish surnames ("-sson", "-berg", "-ström"): a surname shape, known or not.
SURNAME_ENDINGS = (
    "son", "sen", "berg", "ström", "strom", "gren", "qvist", "kvist", "quist", "lund", "holm", "dahl", "dal",
    "blad", "stedt", "stad", "lin", "ius", "man", "mark", "ling", "borg", "by", "ros", "sjö", "vall",
    "rén", "én", "ell", "bäck", "näs", "hed", "ek", "gård", "fors", "nér", "ér", "ander", "ler", "nen",
)


def _surname_shaped(word: str) -> bool:
    last = normal_case(word).split("-")[-1]
    return is_known_surname(last) or last.lower().endswith(SURNAME_ENDINGS)


def _weak_evidence(run: list[re.Match], i: int, n: int) -> bool:
    """An unknown given name is still a name when the surname looks like one or both are rare."""
    words = [m.group() for m in run[i:i + n]]
    # The last word a given name: a list printing "Surname Given" (natural_order turns it).
    return _surname_shaped(words[-1]) or is_given_name(words[-1]) or all(_rare_word(w) for w in words[:2])


def _given_follows(run: list[re.Match], i: int, n: int) -> bool:
    """A given name second in a run of three or more: the first word is a heading or a place
    ("Delegationsbeslut Per Ek"), unless the second may be a surname after a known first name."""
    second = run[i + 1].group()
    if n == 2 and i + 2 < len(run) and is_given_name(second) and not is_known_surname(second) \
            and not is_given_name(run[i].group()) and _name_words(run, i + 1, allow_common=True) >= 2:
        # "Exeby Helén Ask (S)": the given name opens a name with a word that is common too ("Ask"),
        # so the run from the place counts two words only; the place is no part of it
        return True
    return n >= 3 and is_given_name(second) and (not is_known_surname(second) or not _known_name(run[i].group()))


def _natural(text: str, run: list[re.Match], i: int, n: int) -> NameMatch:
    words = [m.group() for m in run[i:i + n]]
    return NameMatch(run[i].start(), run[i + n - 1].end(), " ".join(words))


def _surname_first(text: str, run: list[re.Match], i: int, n: int, loose: bool) -> NameMatch | None:
    """"Lindqvist Maria" -> "Maria Lindqvist": the given name(s) are the trailing words."""
    words = [m.group() for m in run[i:i + n]]
    k = next((k for k in range(1, n) if all(is_given_name(w) for w in words[k:])), None)
    if k is None:
        if not loose:
            return None
        k = n - 1
    return NameMatch(run[i].start(), run[i + n - 1].end(), " ".join(words[k:] + words[:k]))


def find_names(text: str, start: int = 0, end: int | None = None, *, surname_first: bool = False,
               loose: bool = False, shapes: bool = False, singles: bool = False) -> list[NameMatch]:
    """Person names in text[start:end], left to right, not overlapping.

    surname_first: the context prints "Surname Given" (a list the caller knows).
    loose: the context says these are people; take capitalised pairs whose given name is unknown
        when the last word is a known or surname-shaped surname, or both words are rare.
    shapes: the context all but proves a name (party letters follow); any 2-5 name words do.
    singles: also take lone words that are mostly person names ("Kohl sade"), as in running prose.
    """
    end = len(text) if end is None else end
    if end <= start:
        return []  # asked often: the rest of a title cut at once, a window between two entries
    if singles or end - start > _WINDOW_CACHED:
        return _find_names(text, start, end, surname_first, loose, shapes, singles)
    # Without ``singles`` the names depend on text[start:end] and the one character before it
    # (the run's lookbehind) only: the finders ask about short windows, often the same one
    # (two finders at one entry, one list entry after another), so each window is read once.
    lead = 1 if start else 0
    found = _window_names(text[start - lead:end], lead, surname_first, loose, shapes)
    return [NameMatch(start - lead + s, start - lead + e, name) for s, e, name in found]


_WINDOW_CACHED = 200  # longest window kept: the finders' windows are _LOOK-sized; whole texts are not kept


@lru_cache(maxsize=16384)
def _window_names(window: str, lead: int, surname_first: bool, loose: bool,
                  shapes: bool) -> tuple[tuple[int, int, str], ...]:
    """find_names on window[lead:] as (start, end, name) offsets in ``window``."""
    found = _find_names(window, lead, len(window), surname_first, loose, shapes)
    return tuple((m.start, m.end, m.name) for m in found)


def _find_names(text: str, start: int, end: int, surname_first: bool, loose: bool, shapes: bool,
                singles: bool = False) -> list[NameMatch]:
    found: list[NameMatch] = []
    if not (surname_first or singles):
        # The names of a run then depend on its words alone (no look at the text around it): each
        # run's text is read once (a long list repeats its members' names on every page).
        for m in _RUN.finditer(text, start, end):
            at = m.start()
            found.extend(NameMatch(at + s, at + e, name) for s, e, name in _run_names(m.group(), loose, shapes))
        return found
    for run in _runs(text, start, end):
        _names_in_run(text, run, found, surname_first, loose, shapes, singles)
    return found


@lru_cache(maxsize=16384)
def _run_names(run_text: str, loose: bool, shapes: bool) -> tuple[tuple[int, int, str], ...]:
    """The names of one run of capitalised words (no surname-first list, no single words), as
    (start, end, name) offsets in the run's text."""
    found: list[NameMatch] = []
    _names_in_run(run_text, list(TOKEN.finditer(run_text)), found, False, loose, shapes, False)
    return tuple((m.start, m.end, m.name) for m in found)


def _names_in_run(text: str, run: list[re.Match], found: list[NameMatch], surname_first: bool, loose: bool,
                  shapes: bool, singles: bool) -> None:
    """The names among one run's words, appended to ``found``."""
    i = 0
    while i < len(run):
        n = _name_words(run, i, allow_common=True)
        if n == 0:
            i += 1
            continue
        word = run[i].group()
        match = None
        if surname_first and n >= 2:
            n = min(n, 3)
            match = _surname_first(text, run, i, n, loose)
        elif n >= 2 and (loose or shapes) and not is_given_name(word) and _given_follows(run, i, n):
            n = 1  # "Exeby Anna Berg": a place or heading word before the given name
        elif n >= 2 and (is_given_name(word) or (not word.isupper() and (shapes or (loose and _weak_evidence(run, i, n))))):
            n = _split_at_next_given(run, i, n)
            match = _natural(text, run, i, n)
        elif singles and _after_title(text, run[i].start()):
            n = _split_at_next_given(run, i, n)  # "rektor Zenon Nowak", "herr Lindström"
            match = _natural(text, run, i, n)
        elif n >= 2 and singles and _foreign_pair(text, run, i):
            n = 2
            match = _natural(text, run, i, 2)
        elif n >= 2:
            n = 1  # "Kommunalrådet Anna Berg": try again from the next word
        elif singles and _person_likely(word, _sentence_initial(text, run[i].start())):
            match = _natural(text, run, i, 1)
        if match:
            found.append(match)
        i += n


@lru_cache(maxsize=16384)  # asked for every candidate of every finder: a list repeats its names
def natural_order(name: str) -> str:
    """"Lindqvist Maria" -> "Maria Lindqvist" when only the last word is a known given name:
    lists print surname first, and a name read without that context still comes out right."""
    words = name.split()
    if len(words) < 2 or is_given_name(words[0]):
        return name
    if is_given_name(words[-1]) and not is_known_surname(words[-1]):
        return " ".join([words[-1], *words[:-1]])
    return name


def is_person_name(text: str, *, loose: bool = False, surname_first: bool = False) -> bool:
    """The whole of ``text`` (outer spaces and a trailing comma aside) is one person's name."""
    s = text.strip().rstrip(",").strip()
    found = find_names(s, loose=loose, surname_first=surname_first)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(s)
