"""Build models/orgwords.tsv: word endings that mark a capitalised span as an organisation name.

Source: SUC 3.0 named-entity dev split, /work/shared/external/suc3-ner/dev.jsonl.gz
(Stockholm-Umeå Corpus 3.0, Språkbanken, CC BY 4.0; token-level IO tags PER, ORG, LOC, ...).
Only counts are written, never the sentences.

Method: the last word of every ORG span ("Stockholms universitet", "Malmö FF", "Sandvik AB") is
its head. For each ending of a head (the whole word or its last 5-12 letters, lower case; whole
words only for short upper-case tokens such as "AB", "FF") count how many ORG heads end with it
and how many heads of other name-like spans do: PER/LOC/WRK/EVN/OBJ spans and capitalised words
inside a sentence that SUC tags as no entity. An ending is kept when at least MIN_ORG ORG heads
carry it, they are at least MIN_TYPES different words (an ending of one company's name is no
pattern), at least MIN_PRECISION of the name-like heads carrying it are ORG, and it ends no more
lower-case common words (untagged) than it has ORG heads; an ending that a
shorter kept ending already covers is dropped.

Given names, for telling a person from an organisation ("Anna Berg" gets a stipend, not an
association): the first word of every PER span of two or more capitalised words, kept when seen
at least MIN_GIVEN times and never as the first word of an ORG or LOC span.

Held out: every fifth sentence (by position) is never counted; on it the script reports how well
the org-shape test (learned endings, the extractor's hand list of Swedish legal-form and
association words, and both) separates ORG spans from the other name-like spans, and how many
of its two-word-or-longer PER and ORG spans the given-name test calls a person.

Run: python models/build_orgwords.py   (about 1 s; writes models/orgwords.tsv)
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
SOURCE = Path("/work/shared/external/suc3-ner/dev.jsonl.gz")
OUT = HERE / "orgwords.tsv"
HOLDOUT_EVERY = 5
MIN_ORG = 2
MIN_PRECISION = 0.75
MIN_TYPES = 2  # distinct names: an ending of one name ("Coromant" -> "ant") is not a pattern
MIN_GIVEN = 1
MIN_ENDING = 5
MAX_COMMON_PER_ORG = 1.0  # lower-case common words an ending may end, per ORG head ("-ation": 83 words, 2 ORG)  # shorter lower-case endings ("-tet", "-agen") end too many common nouns
OTHER_TAGS = {"PER", "LOC", "WRK", "EVN", "OBJ"}


def spans(tokens: list[str], tags: list[str]) -> list[tuple[str, list[str]]]:
    """(tag, tokens) of every entity span, plus capitalised untagged words inside a sentence
    (tag "O"): the negatives a name-shape test meets."""
    out, i = [], 0
    while i < len(tokens):
        tag = tags[i]
        j = i + 1
        if tag != "O":
            while j < len(tokens) and tags[j] == tag:
                j += 1
            out.append((tag, tokens[i:j]))
        elif i > 0 and tokens[i][:1].isupper() and tokens[i - 1] not in {".", ":", "!", "?", "\"", "-"}:
            out.append(("O", [tokens[i]]))
        i = j
    return out


def head_keys(word: str) -> list[str]:
    """The keys a head word is counted under: a short upper-case token whole ("AB"), otherwise
    the lower-case word and its endings of 3 to 12 letters."""
    if word.isupper() and len(word) <= 4:
        return [word]
    w = word.lower()
    keys = {w} | {w[-k:] for k in range(MIN_ENDING, min(12, len(w) - 1) + 1)}
    return sorted(keys)


def read(path: Path) -> tuple[list, list, set[str], set[str]]:
    """Name-like spans of the training and held-out sentences, and the lower-case untagged words
    (common words) of each."""
    train, held, train_common, held_common = [], [], set(), set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            d = json.loads(line)
            is_held = n % HOLDOUT_EVERY == 0
            (held if is_held else train).extend(spans(d["tokens"], d["ner_tags"]))
            common = {t for t, tag in zip(d["tokens"], d["ner_tags"]) if tag == "O" and t.isalpha() and t.islower()}
            (held_common if is_held else train_common).update(common)
    return train, held, train_common, held_common


def learn(train: list, common_words: set[str]) -> list[tuple[str, int, int]]:
    org, other, types = Counter(), Counter(), {}
    for tag, toks in train:
        if tag == "ORG":
            org.update(head_keys(toks[-1]))
            for key in head_keys(toks[-1]):
                types.setdefault(key, set()).add(" ".join(toks).lower())
        elif tag in OTHER_TAGS or tag == "O":
            other.update(head_keys(toks[-1]))
    kept = [(k, org[k], other[k]) for k in org
            if org[k] >= MIN_ORG and len(types[k]) >= MIN_TYPES and org[k] / (org[k] + other[k]) >= MIN_PRECISION]
    # An ending that also ends many common words ("-ation", "-sionen") would pull them into names.
    ends_common = Counter(key for w in common_words for key in head_keys(w) if key != w and key in org)
    kept = [r for r in kept if ends_common[r[0]] <= MAX_COMMON_PER_ORG * r[1]]
    kept.sort(key=lambda r: (len(r[0]), r[0]))
    minimal: list[tuple[str, int, int]] = []
    for key, n_org, n_other in kept:
        if not any(key.endswith(k) and not k.isupper() for k, _, _ in minimal) or key.isupper():
            minimal.append((key, n_org, n_other))
    return minimal


def learn_given_names(train: list) -> list[tuple[str, int]]:
    first, blocked = Counter(), set()
    for tag, toks in train:
        if tag == "PER" and len(toks) >= 2 and all(t[:1].isupper() and t.isalpha() for t in toks):
            first[toks[0]] += 1
        elif tag in ("ORG", "LOC"):
            blocked.add(toks[0])
    return sorted((n, c) for n, c in first.items() if c >= MIN_GIVEN and n not in blocked)


def evaluate(held: list, test) -> tuple[float, float, int, int]:
    tp = fp = fn = 0
    n_org = n_other = 0
    for tag, toks in held:
        if tag not in OTHER_TAGS and tag not in ("ORG", "O"):
            continue
        said = test(" ".join(toks))
        if tag == "ORG":
            n_org += 1
            tp += said
            fn += not said
        else:
            n_other += 1
            fp += said
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, n_org, n_other


def main() -> None:
    train, held, train_common, held_common = read(SOURCE)
    rows = learn(train, train_common)
    given = learn_given_names(train)
    with OUT.open("w", encoding="utf-8") as f:
        f.write(f"# kind\tword\torg_heads_or_count\tother_heads   (from {SOURCE.name}, SUC 3.0, CC BY 4.0; models/build_orgwords.py)\n")
        for key, n_org, n_other in rows:
            f.write(f"ending\t{key}\t{n_org}\t{n_other}\n")
        for name, count in given:
            f.write(f"given\t{name}\t{count}\t0\n")
    print(f"{len(rows)} endings, {len(given)} given names -> {OUT}")

    from docparse.extract import parties

    for cached in (parties._model, parties.learned_endings, parties.has_learned_ending, parties.is_org_shaped):
        cached.cache_clear()  # the file was just rewritten
    tests = {
        "learned endings": parties.has_learned_ending,
        "hand list": parties.has_hand_org_word,
        "both (the extractor's test)": parties.is_org_shaped,
    }
    print(f"held-out (every {HOLDOUT_EVERY}th sentence):")
    for label, test in tests.items():
        p, r, n_org, n_other = evaluate(held, test)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {label:30s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   ({n_org} ORG spans, {n_other} other name-like spans)")
    unseen_common = sorted(held_common - train_common)
    flagged = sum(parties.is_org_shaped(w) for w in unseen_common)
    print(f"  common words (lower case, untagged, not in training sentences) called org-shaped: "
          f"{flagged}/{len(unseen_common)}")
    multi = [(tag, toks) for tag, toks in held if tag in ("PER", "ORG") and len(toks) >= 2]
    per = [t for tag, t in multi if tag == "PER"]
    org = [t for tag, t in multi if tag == "ORG"]
    said_per = sum(parties.looks_like_person(" ".join(t)) for t in per)
    said_org = sum(parties.looks_like_person(" ".join(t)) for t in org)
    print(f"  given-name person test: {said_per}/{len(per)} held-out PER spans of 2+ words called persons, "
          f"{said_org}/{len(org)} ORG spans of 2+ words wrongly called persons")


if __name__ == "__main__":
    main()
