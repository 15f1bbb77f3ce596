"""Build models/sv_wordclass.marisa: word-class bits (present verb, passive, genitive, definite, noun) for the repair stage's grammar rules.

Sources (shipped in packages, no downloads):
- hunspell-sv (PyPI ``hunspell-sv``; SFOL/SALDO based): sv_SE.dic + sv_SE.aff. The suffix rule
  that produced a form tells its class: noun rules B/C/D/F give definite forms (-et, -en, -t),
  G/H/I/J plurals (-ar, -er, -r; -na definite), their -s forms genitives; A adds -s, a genitive
  on a noun stem and a passive on a verb stem; K's a->er and m's -r give the present tense,
  L and N passives, K's and M's -t forms supines.
- spacy-lookups-data (PyPI): sv_lemma_lookup, for irregular verbs hunspell lists bare
  ("äter" -> "äta", "blir" -> "bli"): a form in -r whose lemma is no noun is a present verb,
  one in -tt/-it a supine, one in -s a passive ("valts" -> "välja").

Kept: forms that share their å/ä/ö-less spelling with another form (the choices the context
rules make) and every present verb and supine (the rules look at neighbouring verbs).

Run: python models/build_wordclass.py   (about 20 s; writes models/sv_wordclass.marisa)
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lexicon import (  # noqa: E402  (also puts the repo on sys.path)
    FOLD, NEEDAFFIX, ONLYINCOMPOUND, VERB_FLAGS, find_hunspell, parse_aff, read_dic, rule_applies)
from docparse.repair.context import (  # noqa: E402  (the bits the grammar rules read)
    ADJECTIVE, COMMON_SINGULAR, DEFINITE, GENITIVE, NOUN, OTHER, PASSIVE, PRESENT, SUPINE)
from docparse.repair.context import VERB as INFINITIVE  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "sv_wordclass.marisa"

ADJECTIVE_FLAGS = set("OPQ")  # participles and adjectives: -d/-da, -are/-ast, -e/-ta
NOUN_FLAGS = set("BCDEFGHIJ")
PLURAL_FLAGS = set("GHIJ")
VOWELS = frozenset("aeiouyåäö")  # a Swedish infinitive ends in one (hunspell's verb flags sit on "väl" too)


def reading(flag: str, strip: str, add: str, stem_flags: str) -> int:
    """The class of a form made from a stem with ``stem_flags`` by one suffix rule of ``flag``."""
    if add.startswith("nde"):
        return ADJECTIVE  # B/D on a verb: the present participle (användande), no noun form
    if flag == "A":
        return PASSIVE if VERB_FLAGS & set(stem_flags) else GENITIVE
    if flag in "BCDF":
        return GENITIVE if add.endswith("s") else DEFINITE
    if flag == "E":
        if add.endswith("s"):
            return GENITIVE
        if add == "n" and "C" not in stem_flags:
            return DEFINITE  # a common-gender noun in -e: pojke -> pojken
        return NOUN  # a neuter's plural: läge -> lägen; museum -> musea
    if flag in PLURAL_FLAGS:
        if add.endswith("s"):
            return GENITIVE
        return DEFINITE if add.endswith("na") else NOUN
    if flag == "K" and strip == "a" and add == "er" or flag == "m":
        return PRESENT
    if flag in "KM" and add.endswith("t"):
        return SUPINE  # ökat, hävt, bott: the form after "har"
    if flag in "LN":
        return PASSIVE
    if flag == "P" and add == "t" and VERB_FLAGS & set(stem_flags):
        return SUPINE | ADJECTIVE  # ökat: a verb's supine and its participle
    if flag in ADJECTIVE_FLAGS:
        return ADJECTIVE
    return OTHER


def _present_of_r_stem(bits: dict[str, int], form: str) -> int:
    """Mark ``form`` a present tense (an r-stem verb's); 1 if that is new. Not a common-gender
    noun without a plural ("kör", "stör"): with a present too it would make a word class of its
    own that the language model's class counts hardly know (a sentence's "Kör", the imperative,
    lost to "Kor" there)."""
    if bits.get(form, 0) & (PRESENT | COMMON_SINGULAR):
        return 0
    bits[form] |= PRESENT
    return 1


def main() -> None:
    dic = find_hunspell()
    rules = parse_aff(dic.with_suffix(".aff"))
    bits: dict[str, int] = defaultdict(int)
    noun_stems: set[str] = set()
    r_stems: set[str] = set()  # presents of verbs in -ra (begära -> begär)
    for stem, flags in read_dic(dic)[1]:
        stem_l = stem.lower()
        # A stem is a noun if a noun rule inflects it (not only the -nde participle that B/D
        # give a verb), and also a verb or adjective if other rules do (öka: a boat and a verb).
        fl = set(flags)
        is_noun = any(not add.startswith("nde") and rule_applies(stem, strip, cond)
                      for f in fl & NOUN_FLAGS for strip, add, _c, cond in rules.get(f, ()))
        if NEEDAFFIX not in flags and ONLYINCOMPOUND not in flags:
            bits[stem_l] |= ((NOUN if is_noun else 0) | (ADJECTIVE if ADJECTIVE_FLAGS & fl and not VERB_FLAGS & fl else 0)
                             | (OTHER if not is_noun or VERB_FLAGS & fl else 0))
        if is_noun:
            noun_stems.add(stem_l)
            if "D" in fl and not stem_l.endswith("a") and NEEDAFFIX not in flags and "B" not in fl:
                bits[stem_l] |= COMMON_SINGULAR  # kommun -> kommunen: one, of common gender, no plural form
        if set("Km") & set(flags) and NEEDAFFIX not in flags:
            bits[stem_l] |= INFINITIVE  # a stem with a present tense is a verb's infinitive
            if "K" in fl and stem_l.endswith("ra"):
                r_stems.add(stem_l[:-1])
        for f in flags:
            for strip, add, cont, cond in rules.get(f, ()):
                if ONLYINCOMPOUND in cont or not rule_applies(stem, strip, cond):
                    continue
                form = (stem[: len(stem) - len(strip)] + add).lower()
                if form.isalpha():
                    bits[form] |= reading(f, strip, add, flags)

    # K's a->er skips an r-stem ([^r]a): its present is the bare stem, which hunspell lists
    # apart, often as a noun only ("begär", "hör"): begära -> begär, köra -> kör.
    for form in r_stems:
        _present_of_r_stem(bits, form)

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lemmas = json.load(fh)
    irregular = 0
    # lemmas with a past tense or supine hunspell knows (begärde, inneburit): verbs, not the
    # nouns spaCy also maps forms to ("moror" -> "mora")
    verbs = {lemma.lower() for form, lemma in lemmas.items()
             if form.lower().endswith(("de", "te", "it")) and form.lower() in bits}
    for form, lemma in lemmas.items():
        form, lemma = form.lower(), lemma.lower()
        if form not in bits or lemma == form or lemma not in bits or lemma[-1] not in VOWELS:
            continue
        if form + "a" == lemma and lemma.endswith("ra") and lemma + "r" not in bits and lemma in verbs:
            # an r-stem verb's present is its stem, a noun's spelling too ("innebär", "begär");
            # not where the lemma conjugates in -ar ("svar": svara, svarar)
            irregular += _present_of_r_stem(bits, form)
            continue
        if lemma in noun_stems and not form.endswith("it"):
            continue  # "lampor" (lampa) is a plural; but "varit" is vara's supine
        if form.endswith("s") and not form.endswith("ss"):
            # "valts" (välja) is a passive whatever the -s rules made of it ("valt" + s).
            new = PASSIVE
        elif bits[form] & (NOUN | DEFINITE | GENITIVE):
            continue
        else:
            # Irregular verbs hunspell lists bare: "äter" (äta), "blir" (bli); "fått" (få), "varit" (vara).
            new = PRESENT if form.endswith("r") else SUPINE if form.endswith(("tt", "it")) else 0
        if new and not bits[form] & new:
            irregular += 1
            bits[form] |= new

    # Irregular infinitives: the lemma of a present or a supine ("är", "varit" -> "vara").
    for form, lemma in lemmas.items():
        form, lemma = form.lower(), lemma.lower()
        if lemma != form and lemma in bits and lemma[-1] in VOWELS and bits.get(form, 0) & (PRESENT | SUPINE):
            if lemma not in noun_stems or form.endswith("it"):  # "råttor" is no verb's; "varit" is
                bits[lemma] |= INFINITIVE

    by_key: dict[str, int] = defaultdict(int)
    for w in bits:
        by_key[w.translate(FOLD)] += 1
    keep = {w: b for w, b in bits.items() if by_key[w.translate(FOLD)] > 1 or b & (PRESENT | SUPINE | INFINITIVE | DEFINITE | COMMON_SINGULAR)}
    import marisa_trie

    marisa_trie.RecordTrie("<H", ((w, (b,)) for w, b in keep.items())).save(str(OUT))
    print(f"{len(bits)} forms, {irregular} irregular verb forms from spaCy's lemmas; "
          f"kept {len(keep)} -> {OUT.name} ({OUT.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
