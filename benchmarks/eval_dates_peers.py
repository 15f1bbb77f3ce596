"""How docparse's date expression reads other projects' Swedish date test cases.

Peers' cases (../shared/external/peer-tests/, see its README): Duckling's Swedish time corpus
(BSD; `examples (datetime (y, m, d, ...) Grain) ["...", ...]`) and dateparser's Swedish test
parameters (BSD-3). docparse reads calendar dates that carry a year (a document's date, a period's
ends), so the cases counted are those whose text holds a four-digit year and whose expected value is
a day or a month of that year. Relative expressions ("i morgon", "förra året"), times of day alone
and two-digit years are outside what docparse claims and are only counted.

A case is read when docparse.sv.dates.DATE_RE finds, somewhere in the text, a date whose value
(date_value) is the expected one.

    python benchmarks/eval_dates_peers.py [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docparse.sv.dates import DATE_RE, date_value  # noqa: E402

PEERS = ROOT.parent / "shared" / "external" / "peer-tests"
DUCKLING_TIME = PEERS / "duckling_sv" / "Duckling" / "Time" / "SV" / "Corpus.hs"
DATEPARSER = PEERS / "dateparser_sv" / "swedish_test_cases_excerpt.txt"

_EXAMPLES = re.compile(r"examples\s*\(datetime\s*\((\d{4}),\s*(\d+),\s*(\d+),[^)]*\)\s*(\w+)\)\s*\[(.*?)\]", re.S)
_STRING = re.compile(r'^\s*[\[,]?\s*"([^"]*)"', re.M)  # a list entry; a line commented out with "--" is skipped
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
_PARAM = re.compile(r'param\(\s*"sv",\s*"([^"]*)",\s*"([^"]*)"\s*,?\s*\)', re.S)
_EN_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_EN_MONTHS) + r") (\d{4})\b|\b(" + "|".join(_EN_MONTHS)
                      + r") (\d{1,2}) (\d{4})\b")


@dataclass(frozen=True)
class Case:
    source: str
    text: str
    expected: str  # YYYY-MM-DD or YYYY-MM


def duckling_cases(path: Path = DUCKLING_TIME) -> tuple[list[Case], int]:
    """Cases with a four-digit year and a day or month value; and how many cases were left out."""
    cases, left_out = [], 0
    for m in _EXAMPLES.finditer(path.read_text(encoding="utf-8")):
        y, mo, d, grain, body = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)
        for text in _STRING.findall(body):
            if grain == "Month":
                expected = f"{y:04d}-{mo:02d}"
            elif grain in ("Day", "Hour", "Minute", "Second"):
                expected = f"{y:04d}-{mo:02d}-{d:02d}"
            else:
                expected = ""
            if expected and _FOUR_DIGIT_YEAR.search(text):
                cases.append(Case("duckling", text, expected))
            else:
                left_out += 1
    return cases, left_out


def dateparser_cases(path: Path = DATEPARSER) -> tuple[list[Case], int]:
    """Swedish parameters whose English translation is a full date (day, month, year)."""
    cases, left_out = [], 0
    for m in _PARAM.finditer(path.read_text(encoding="utf-8")):
        text, english = m.group(1), m.group(2)
        en = _EN_DATE.search(english)
        if not en or not _FOUR_DIGIT_YEAR.search(text):
            left_out += 1
            continue
        if en.group(1):
            d, mo, y = int(en.group(1)), _EN_MONTHS.index(en.group(2)) + 1, int(en.group(3))
        else:
            mo, d, y = _EN_MONTHS.index(en.group(4)) + 1, int(en.group(5)), int(en.group(6))
        cases.append(Case("dateparser", text, f"{y:04d}-{mo:02d}-{d:02d}"))
    return cases, left_out


def is_read(case: Case) -> bool:
    return any(date_value(m) == case.expected for m in DATE_RE.finditer(case.text))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="List every case with its result.")
    args = ap.parse_args()
    if not DUCKLING_TIME.exists() or not DATEPARSER.exists():
        raise SystemExit(f"peers' test cases not found under {PEERS}")
    total_read = total = 0
    for name, (cases, left_out) in (("Duckling time corpus", duckling_cases()), ("dateparser", dateparser_cases())):
        read = [c for c in cases if is_read(c)]
        total_read += len(read)
        total += len(cases)
        print(f"{name}: {len(read)} of {len(cases)} dated cases read ({left_out} cases without a four-digit "
              f"year or a calendar value not counted)")
        for c in cases:
            if args.show or c not in read:
                print(f"  {'ok  ' if c in read else 'MISS'} {c.text!r} -> {c.expected}")
    print(f"all: {total_read} of {total}")


if __name__ == "__main__":
    main()
