"""Recall and precision of the personal identity number finder on a generated fixture set.

Positives: Skatteverket's test personnummer (../shared/external/test-personnummer/, never invented
numbers) written in every form the finder claims (10 or 12 digits; "-", "+", en dash, space, none;
split by a line break or a hyphenation; OCR letters for digits; masked; samordningsnummer made by
day + 60 with the check digit recomputed and re-validated; a sole trader's org nr), in Swedish
sentences with and without a label. Negatives: look-alikes that must not be flagged (dates, phone
numbers, legal persons' org numbers, dnr, amounts, account numbers), some of them holding the very
digits of a test number behind a phone or amount label.

    python benchmarks/eval_personnummer.py [--numbers 600] [--lookalikes 600] [--seed 13] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docparse.sv.personnummer import find_personal_numbers, is_valid  # noqa: E402

TEST_NUMBERS = ROOT.parent / "shared" / "external" / "test-personnummer" / "testpersonnummer.txt"
TODAY_YEAR = time.gmtime().tm_year
OCR_LETTER = {"0": "O", "1": "l", "5": "S", "8": "B"}


def load_test_numbers(path: Path = TEST_NUMBERS) -> list[str]:
    """The 12-digit test numbers, each checked (a bad line would make every figure wrong)."""
    numbers = [line.strip() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]
    for n in numbers:
        if not is_valid(n):
            raise SystemExit(f"{path}: {n} does not validate")
    return numbers


def luhn_digit(nine: str) -> str:
    """The check digit that makes nine digits pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def samordningsnummer(number12: str) -> str:
    """A test number's samordningsnummer: day + 60, check digit recomputed, and re-validated."""
    day = int(number12[6:8]) + 60
    eleven = number12[:6] + f"{day:02d}" + number12[8:11]
    made = eleven + luhn_digit(eleven[2:])
    assert is_valid(made), made
    return made


def is_centenarian(number12: str) -> bool:
    return int(number12[:4]) <= TODAY_YEAR - 100


# --- written forms: (name, function(number12, rng) -> written text) ---

def _ten(n: str) -> tuple[str, str]:
    return n[2:8], n[8:]


def _sep10(n: str) -> str:
    return "+" if is_centenarian(n) else "-"


FORMS = {
    "12 with dash": lambda n, r: f"{n[:8]}-{n[8:]}",
    "12 bare": lambda n, r: n,
    "10 with dash or plus": lambda n, r: f"{n[2:8]}{_sep10(n)}{n[8:]}",
    "10 with space": lambda n, r: f"{n[2:8]} {n[8:]}",
    "10 with en dash": lambda n, r: f"{n[2:8]}–{n[8:]}",
    "10 spaced dash": lambda n, r: f"{n[2:8]} - {n[8:]}",
    "10 bare": lambda n, r: n[2:],
    "line break after dash": lambda n, r: f"{n[2:8]}-\n{n[8:]}",
    "line break, 12": lambda n, r: f"{n[:8]}\n{n[8:]}",
    "hyphenated date": lambda n, r: f"{n[:6]}-\n{n[6:8]}-{n[8:]}",
    "OCR letters": lambda n, r: _ocr(f"{n[2:8]}{_sep10(n)}{n[8:]}", r),
    "masked X": lambda n, r: f"{n[2:8]}-XXXX",
    "masked *": lambda n, r: f"{n[:8]}-****",
    "masked in part": lambda n, r: f"{n[2:8]}-{n[8:10]}XX",
}


def _ocr(written: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(written) if c in OCR_LETTER]
    if not spots:
        return written
    chars = list(written)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 1, 2)))):
        chars[i] = OCR_LETTER[chars[i]]
    return "".join(chars)


LABELLED = [
    "Sökande: Kim Andersson, personnummer {x}, har ansökt om försörjningsstöd.",
    "Den enskilde (pnr {x}) beviljas bistånd i form av hemtjänst.",
    "Barnet, född {x}, placeras i familjehem från och med den 1 mars.",
    "Person nr: {x}\nAdress: Storgatan 1",
    "Ansökan avser pers.nr {x} och gäller korttidsboende.",
]
UNLABELLED = [
    "Nämnden beslutar att {x} ska erhålla ekonomiskt bistånd.",
    "Överklagandet från {x} avslås i sin helhet.",
    "Ärendet gäller {x}, som vårdas enligt LVU.",
    "Uppgifter om {x} lämnas till Försäkringskassan.",
]
SOLE_TRADER = [
    "Avtal tecknas med Anderssons Bygg (enskild firma), org.nr {x}, för snöröjning.",
    "Leverantör: Kims Måleri, organisationsnummer {x}.",
]


@dataclass
class Case:
    form: str
    text: str
    start: int  # where the number is, in the sentence
    end: int


def positives(numbers: list[str], count: int, rng: random.Random) -> list[Case]:
    cases = []
    names = list(FORMS)
    for i in range(count):
        n = rng.choice(numbers)
        kind = i % 10
        if kind == 8:  # a samordningsnummer, in a written form with digits only
            n = samordningsnummer(n)
        form = names[i % len(names)]
        written = FORMS[form](n, rng)
        if kind == 9 and not form.startswith("masked"):
            form, template = "sole-trader org nr", rng.choice(SOLE_TRADER)
            written = f"{n[2:8]}-{n[8:]}"
        elif form == "10 bare" and written[0] == "0" or rng.random() < 0.5:
            template = rng.choice(LABELLED)  # ten bare digits from 0: a phone number unless labelled
        else:
            template = rng.choice(UNLABELLED)
        if kind == 8 and form != "sole-trader org nr":
            form = "samordningsnummer, " + form
        if i % 25 == 24:  # the known gap: ten bare digits from 0 and no label read as a phone number
            n = rng.choice([m for m in numbers if m.startswith("200")])
            form, template, written = "10 bare from 0, unlabelled", rng.choice(UNLABELLED), n[2:]
        text = template.replace("{x}", written)
        start = template.index("{x}")
        cases.append(Case(form, text, start, start + len(written)))
    return cases


def _org_number(rng: random.Random) -> str:
    """A legal person's organisation number: a group digit, 20 or more in the 'month' place, Luhn."""
    nine = rng.choice("25789") + str(rng.randint(0, 9)) + str(rng.randint(2, 9)) + "".join(
        str(rng.randint(0, 9)) for _ in range(6))
    ten = nine + luhn_digit(nine)
    return f"{ten[:6]}-{ten[6:]}"


def lookalikes(numbers: list[str], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(class, sentence) pairs that hold no personal identity number."""
    def digits(k: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    def date() -> str:
        return f"{rng.randint(1990, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def pnr10() -> str:
        n = rng.choice(numbers)
        return n[2:]

    makers = {
        "date": lambda: rng.choice([
            f"Beslutet fattades {date()} och gäller från {date()}.",
            f"Sammanträdesdatum {date().replace('-', '')}, justerat {date()}.",
            f"Protokollet {date()} kl. 14.00, paragraf {rng.randint(1, 200)}.",
            f"Avtalet gäller {date()} -- {date()}.",
        ]),
        "phone": lambda: rng.choice([
            f"Kontakt: tel 070-{digits(3)} {digits(2)} {digits(2)}.",
            f"Handläggare nås på 08-{digits(3)} {digits(3)} {digits(2)} eller +46 70 {digits(3)} {digits(2)} {digits(2)}.",
            f"Telefon {pnr10()}, vardagar 9-12.",
            f"Mobil: {pnr10()[:6]}-{digits(4)}",
            f"Ring 07{digits(8)} för tidsbokning.",
        ]),
        "org number": lambda: rng.choice([
            f"Avtal med Byggbolaget AB, org.nr {_org_number(rng)}.",
            f"Föreningen ({_org_number(rng)}) beviljas bidrag.",
            f"Leverantören {_org_number(rng).replace('-', '')} har anlitats.",
            f"Organisationsnummer: 16{_org_number(rng)}",
        ]),
        "dnr": lambda: rng.choice([
            f"Dnr KS {rng.randint(2000, 2025)}/{digits(4)}",
            f"Diarienummer {rng.randint(2000, 2025)}-{digits(6)}.",
            f"Ärendet (dnr SN.{rng.randint(2000, 2025)}.{digits(3)}) återremitteras.",
            f"Dnr {date().replace('-', '')}-{digits(4)}",
        ]),
        "amount": lambda: rng.choice([
            f"Kostnaden beräknas till {digits(1)} {digits(3)} {digits(3)} kr.",
            f"Budgeten uppgår till {pnr10()} kronor för perioden.",
            f"Beloppet {pnr10()} SEK betalas ut kvartalsvis.",
            f"Summa: {digits(3)} {digits(3)}:-",
        ]),
        "account": lambda: rng.choice([
            f"Bankgiro {digits(3)}-{digits(4)}, plusgiro {digits(6)}-{digits(1)}.",
            f"Konto {pnr10()} i Swedbank.",
            f"OCR {pnr10()} anges vid betalning.",
        ]),
    }
    makers["bare digits"] = lambda: rng.choice([
        f"Objekt {digits(10)} ingår i planen.",
        f"Fastigheten har nummer {digits(6)}-{digits(4)} i registret.",
        f"Serienummer {rng.choice(numbers)[:8]}{digits(4)} på mätaren.",
    ])
    names = list(makers)
    return [(names[i % len(names)], makers[names[i % len(names)]]()) for i in range(count)]


def evaluate(n_numbers: int = 600, n_lookalikes: int = 600, seed: int = 13) -> dict:
    rng = random.Random(seed)
    numbers = load_test_numbers()
    pos = positives(numbers, n_numbers, rng)
    neg = lookalikes(numbers, n_lookalikes, rng)
    # One running text: the sentences shuffled together, so look-alikes sit next to numbers.
    items = [("pos", c) for c in pos] + [("neg", n) for n in neg]
    rng.shuffle(items)
    parts, expected, negatives, pos_at = [], [], [], 0
    for label, item in items:
        text = item.text if label == "pos" else item[1]
        if label == "pos":
            expected.append((pos_at + item.start, pos_at + item.end, item.form))
        else:
            negatives.append((pos_at, pos_at + len(text), item[0]))
        parts.append(text)
        pos_at += len(text) + 1
    text = " ".join(parts)
    start = time.perf_counter()
    found = find_personal_numbers(text)
    seconds = time.perf_counter() - start

    hit = set()
    by_form, missed_by_form = Counter(), Counter()
    exact = 0
    for s, e, form in expected:
        by_form[form] += 1
        match = [f for f in found if f.start < e and s < f.end]
        if match:
            hit.update(id(f) for f in match)
            exact += any(f.start == s and f.end == e for f in match)
        else:
            missed_by_form[form] += 1
    false = [f for f in found if id(f) not in hit]
    false_by_class = Counter()
    for f in false:
        cls = next((c for s, e, c in negatives if s <= f.start < e), "(between sentences)")
        false_by_class[cls] += 1
    tp = len(expected) - sum(missed_by_form.values())
    return {
        "numbers": len(expected),
        "lookalikes": len(negatives),
        "recall": round(tp / len(expected), 4),
        "precision": round(len(hit) / len(found), 4) if found else 1.0,
        "exact_spans": round(exact / len(expected), 4),
        "missed_by_form": dict(missed_by_form),
        "forms": dict(by_form),
        "false_positives": len(false),
        "false_positives_by_class": dict(false_by_class),
        "chars": len(text),
        "seconds": round(seconds, 4),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--numbers", type=int, default=600)
    ap.add_argument("--lookalikes", type=int, default=600)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = evaluate(args.numbers, args.lookalikes, args.seed)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    print(f"{result['numbers']} numbers in {len(result['forms'])} written forms, {result['lookalikes']} look-alikes; "
          f"{result['chars']} characters in {result['seconds']:.3f} s")
    print(f"recall {result['recall']:.4f} (exact spans {result['exact_spans']:.4f}), precision {result['precision']:.4f}, "
          f"false positives {result['false_positives']}")
    for form, n in sorted(result["missed_by_form"].items()):
        print(f"  missed: {form}: {n} of {result['forms'][form]}")
    for cls, n in sorted(result["false_positives_by_class"].items()):
        print(f"  flagged look-alike: {cls}: {n}")


if __name__ == "__main__":
    main()
