"""Other projects' Swedish date test cases (../shared/external/peer-tests: Duckling, dateparser), read by
docparse's date expression. The cases are the peers' own, parsed from their files by
benchmarks/eval_dates_peers.py; skipped where the peers' files are absent."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import eval_dates_peers as peers  # noqa: E402  (the cases are the benchmark's)

if not peers.DUCKLING_TIME.exists() or not peers.DATEPARSER.exists():
    pytest.skip(f"peers' test cases not found under {peers.PEERS}", allow_module_level=True)

# What docparse does not claim: a date computed from a weekday's or a day's rank in a month
# ("tredje tisdagen i september 2014", "sista dagen i oktober 2015") and a day written as an ordinal word.
_COMPUTED_OR_WORDED = re.compile(r"\b(?:sista|första|andra|tredje|fjärde|femte)\b", re.I)


def _claimed(cases):
    return [c for c in cases if not _COMPUTED_OR_WORDED.search(c.text)]


def test_the_peers_files_hold_dated_cases():
    duckling, _ = peers.duckling_cases()
    dateparser, _ = peers.dateparser_cases()
    assert len(_claimed(duckling)) >= 10 and len(_claimed(dateparser)) >= 3


@pytest.mark.parametrize("source", ["duckling", "dateparser"])
def test_every_claimed_peer_date_is_read(source):
    cases, _ = peers.duckling_cases() if source == "duckling" else peers.dateparser_cases()
    missed = [(c.text, c.expected) for c in _claimed(cases) if not peers.is_read(c)]
    assert missed == []
