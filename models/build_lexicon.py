"""Build models/sv_lexicon.marisa + sv_accents.marisa: Swedish word forms, frequencies and compound parts for repair.

Sources (all shipped in packages, no downloads):
- hunspell-sv (PyPI ``hunspell-sv``; SFOL/SALDO based): share/hunspell/sv_SE.dic + sv_SE.aff,
  expanded here by applying its suffix rules; its compound flags (X begin, U middle, Y end,
  linking forms from the W/X/U continuation flags) give the parts for compound analysis.
- wordfreq (PyPI ``wordfreq``): Swedish word frequencies, get_frequency_dict("sv").
- models/domain_sv.txt: Swedish public-sector vocabulary (municipality names from SCB's
  kommunlista, common nämnd/förvaltning names), written from public knowledge.

Run: python models/build_lexicon.py   (about a minute; writes models/sv_lexicon.marisa, sv_accents.marisa,
sv_keys.marisa, sv_key_prefixes.marisa, sv_lexicon.json)
     python models/build_lexicon.py --prefixes   (sv_key_prefixes.marisa alone, from sv_keys.marisa)
"""

from __future__ import annotations

import math
import json
import re
import sys
import sysconfig
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docparse.repair import model  # noqa: E402  (the format the loader reads)

OUT_LEX = HERE / "sv_lexicon.marisa"  # word -> int code (marisa RecordTrie, memory-mapped at load)
OUT_ACC = HERE / "sv_accents.marisa"  # folded key -> words with å/ä/ö (marisa BytesTrie)
OUT_KEYS = HERE / "sv_keys.marisa"  # every folded key, for prefix tests while proposing
# Every prefix of a folded key ("" included): "does any key start so?" as one membership test,
# cheaper than starting an iteration over sv_keys (repair asks it of every reading it extends).
OUT_PREFIXES = HERE / "sv_key_prefixes.marisa"
OUT_META = HERE / "sv_lexicon.json"
FOLD = model.FOLD  # the repair stage's lookup key: what an English OCR model keeps

NEEDAFFIX, FORBIDDEN, ONLYINCOMPOUND = "¤", "%", "Z"
BEGIN, MIDDLE, END = "X", "U", "Y"
VERB_FLAGS = set("mKLMN")  # suffix rules that conjugate verbs: present -r/-er, past -de/-te, passive -s
FLOOR_LOGF = -8.5  # log10 frequency given to lexicon words wordfreq has never seen
WORDFREQ_ONLY_PENALTY = 1.0  # log10 units: wordfreq-only words (names, slang, unaccented typing) count less
WORDFREQ_ONLY_MIN = 1e-6
DOMAIN_LOGF = -6.0  # domain words count as moderately common, whatever wordfreq says
MIN_PAIR_SHARE = 3e-6  # a letter pair rarer than this in running text counts as foreign to Swedish


def find_hunspell() -> Path:
    for base in (sysconfig.get_paths()["data"], sys.prefix, "/usr"):
        for sub in ("share/hunspell", "share/myspell", "share/myspell/dicts"):
            p = Path(base) / sub / "sv_SE.dic"
            if p.exists():
                return p
    raise SystemExit("hunspell sv_SE.dic not found: pip install hunspell-sv")


def parse_aff(path: Path) -> dict[str, list[tuple[str, str, str, re.Pattern]]]:
    """Suffix rules: flag -> [(strip, add, continuation flags, condition)]."""
    rules: dict[str, list] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            _, flag, strip, add, cond = parts[:5]
            strip = "" if strip == "0" else strip
            add, _, cont = add.partition("/")
            add = "" if add == "0" else add
            rules[flag].append((strip, add, cont, re.compile("(?:" + cond + ")$")))
    return rules


def read_dic(dic: Path) -> tuple[int, list[tuple[str, str]]]:
    """The .dic's entry count and its (stem, flags) entries, forbidden and letterless ones left out."""
    lines = dic.read_text(encoding="utf-8").splitlines()[1:]
    entries = []
    for line in lines:
        stem, _, flags = line.strip().partition("/")
        if stem and FORBIDDEN not in flags and any(c.isalpha() for c in stem):
            entries.append((stem, flags))
    return len(lines), entries


def rule_applies(word: str, strip: str, cond: re.Pattern) -> bool:
    """Does a suffix rule (strip, condition) apply to ``word``?"""
    return bool(cond.search(word)) and (not strip or word.endswith(strip))


def expand(stem: str, flags: str, rules) -> list[tuple[str, str]]:
    """(form, flags) for the stem and every suffixed form (two levels of continuation)."""
    out = [(stem, flags)]
    for f in flags:
        for strip, add, cont, cond in rules.get(f, ()):
            if not rule_applies(stem, strip, cond):
                continue
            form = stem[: len(stem) - len(strip)] + add
            out.append((form, cont))
            for f2 in cont:
                for s2, a2, c2, cond2 in rules.get(f2, ()):
                    if rule_applies(form, s2, cond2):
                        out.append((form[: len(form) - len(s2)] + a2, c2))
    return out


# Inflections of the heads of body names: nämnd -> nämnden, nämndens, nämnder ...
BODY_ENDINGS = {
    "nämnd": ("en", "ens", "er", "erna", "ernas", "s"),
    "förvaltning": ("en", "ens", "ar", "arna", "arnas", "s"),
    "kontor": ("et", "ets", "en", "s"),
    "styrelse": ("n", "ns", "r", "rna", "rnas"),
    "tjänst": ("en", "ens", "er", "erna", "s"),
    "fullmäktige": ("s",),
    "utlåtande": ("t", "ts", "n", "na", "s"),
    "skrivelse": ("n", "ns", "r", "rna"),
    "utdrag": ("et", "ets", "s"),
    "nummer": ("et", "s"),
}


def domain_words(path: Path) -> set[str]:
    """Words of models/domain_sv.txt with their inflections: genitive -s of names, the
    definite and plural forms of body names."""
    out: set[str] = set()
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("["):
            continue
        for w in re.findall(r"[^\W\d_]+", line.lower()):
            if len(w) < 2:
                continue
            out.add(w)
            if w[-1] not in "sxz":
                out.add(w + "s")
            for head, endings in BODY_ENDINGS.items():
                if w.endswith(head):
                    out.update(w + e for e in endings)
    return out


def main() -> None:
    dic = find_hunspell()
    rules = parse_aff(dic.with_suffix(".aff"))
    words: set[str] = set()
    begin: set[str] = set()
    middle: set[str] = set()
    end: set[str] = set()
    infinitive: set[str] = set()
    n_entries, entries = read_dic(dic)
    for stem, flags in entries:
        is_end = END in flags
        if VERB_FLAGS & set(flags) and NEEDAFFIX not in flags:
            infinitive.add(stem.lower())  # a stem with conjugation rules is a verb's infinitive
        for i, (form, fl) in enumerate(expand(stem, flags, rules)):
            form = form.lower()
            if i == 0 and NEEDAFFIX in flags:
                continue
            if ONLYINCOMPOUND not in fl:
                words.add(form)
                if is_end:
                    end.add(form)
            if BEGIN in fl:
                begin.add(form)
            if MIDDLE in fl:
                middle.add(form)
    print(f"hunspell: {n_entries} entries -> {len(words)} forms, "
          f"{len(begin)} compound-begin, {len(middle)} middle, {len(end)} end", file=sys.stderr)

    from wordfreq import get_frequency_dict

    wf = get_frequency_dict("sv")
    logf: dict[str, float] = {}
    for w in words:
        f = wf.get(w)
        logf[w] = math.log10(f) if f else FLOOR_LOGF
    added = 0
    for w, f in wf.items():
        if w not in logf and f >= WORDFREQ_ONLY_MIN and w.isalpha():
            logf[w] = math.log10(f) - WORDFREQ_ONLY_PENALTY
            added += 1
    print(f"wordfreq: {len(wf)} words, {added} added beyond hunspell", file=sys.stderr)

    domain = HERE / "domain_sv.txt"
    n_domain = 0
    for w in domain_words(domain):
        logf[w] = max(logf.get(w, FLOOR_LOGF), DOMAIN_LOGF)
        begin.add(w)  # names and bodies start compounds (stockholmsregionen, nämndsekreterare)
        end.add(w)
        words.add(w)
        n_domain += 1
    print(f"domain: {n_domain} words", file=sys.stderr)

    # Compact at build time into marisa tries that loading memory-maps: word -> int code packing
    # the log10 frequency (hundredths) and the loader's bits (compound begin, middle, end, only in
    # compounds, a verb's infinitive); and the accent index, folded key -> the words with å/ä/ö
    # that fold to it, space-joined.
    lex: dict[str, int] = {}
    for w in logf.keys() | begin | middle:
        bits = ((w in begin and model.BEGIN) | (w in middle and model.MIDDLE) | (w in end and model.END)
                | (w not in logf and model.ONLY_COMPOUND) | (w in infinitive and model.INFINITIVE))
        v = logf.get(w, FLOOR_LOGF)
        lex[w] = (round(v * 100) << 5) | bits
    acc: dict[str, list[str]] = defaultdict(list)
    for w in lex:
        k = w.translate(FOLD)
        if k != w:
            acc[k].append(w)
    import marisa_trie

    marisa_trie.RecordTrie("<i", ((w, (c,)) for w, c in lex.items())).save(str(OUT_LEX))
    marisa_trie.BytesTrie((k, " ".join(sorted(v)).encode()) for k, v in acc.items()).save(str(OUT_ACC))
    keys = {w.translate(FOLD) for w in lex}
    marisa_trie.Trie(keys).save(str(OUT_KEYS))
    write_prefixes(keys)
    # Letter pairs Swedish words use, by frequency mass over running text (boundaries ^ $): an
    # unknown token with a pair that Swedish text hardly has ("aé", "6v", "fd") is damaged,
    # not a rare correct word.
    pairs: dict[str, float] = defaultdict(float)
    for w, f in wf.items():
        if w in words and w.isalpha():
            m = "^" + w + "$"
            for i in range(len(m) - 1):
                pairs[m[i : i + 2]] += f
    mass = sum(pairs.values())
    meta = {
        "version": model.LEXICON_FORMAT,
        "letter_pairs": sorted(p for p, c in pairs.items() if c / mass >= MIN_PAIR_SHARE),
        "sources": ["hunspell-sv sv_SE.dic/.aff (SFOL/SALDO)", "wordfreq sv", "models/domain_sv.txt"],
        "words": len(lex),
        "accent_keys": len(acc),
    }
    OUT_META.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in (OUT_LEX, OUT_ACC, OUT_KEYS, OUT_PREFIXES)) / 1e6
    print(f"wrote {OUT_LEX.name}, {OUT_ACC.name} ({size:.1f} MB, {len(lex)} entries)", file=sys.stderr)

def write_prefixes(keys) -> None:
    """sv_key_prefixes.marisa: every prefix of the folded ``keys``, the empty one and each whole
    key included."""
    import marisa_trie

    marisa_trie.Trie({k[:i] for k in keys for i in range(len(k) + 1)}).save(str(OUT_PREFIXES))


if __name__ == "__main__":
    if sys.argv[1:] == ["--prefixes"]:
        import marisa_trie

        built = marisa_trie.Trie()
        built.load(str(OUT_KEYS))
        write_prefixes(built.keys())
    else:
        main()
