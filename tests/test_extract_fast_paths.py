"""The extractors' speed paths answer as the plain code they stand in for, on random inputs:
names of a window read once (docparse.sv.names), the label test and unit lookup of amounts, the
word test before a grant trigger's scan. (Speed itself is measured by benchmarks/bench_scaling.py.)"""

from __future__ import annotations

import random
import re

from docparse.extract import amounts, parties
from docparse.sv import names

_NAME_PIECES = ["Anna", "Berg", "Per", "Ek", "Lindqvist", "Maria", "von", "Holm", "Kommun", "ordförande", "och",
                "Ström-Nilsson", "BERG", "(S)", ", ", " ", "  ", "\n", "-", ".", "3", "i", "Exeby", "Åsa", "Öhman"]


def test_names_of_a_window_read_once_agree_with_a_plain_reading():
    rng = random.Random(15)
    for _ in range(400):
        text = "".join(rng.choice(_NAME_PIECES) for _ in range(rng.randrange(1, 30)))
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        flags = {"surname_first": rng.random() < 0.3, "loose": rng.random() < 0.5, "shapes": rng.random() < 0.5}
        plain = names._find_names(text, start, end, flags["surname_first"], flags["loose"], flags["shapes"])
        # Twice: the second answer comes from the cache, at the same offsets.
        assert names.find_names(text, start, end, **flags) == plain, (text, start, end, flags)
        assert names.find_names(text, start, end, **flags) == plain, (text, start, end, flags)
        # The same window elsewhere in a longer text: the offsets move with it.
        pad = rng.choice(["x", " ", "-", "Per "])
        moved = names.find_names(pad + text, start + len(pad), end + len(pad), **flags)
        assert moved == names._find_names(pad + text, start + len(pad), end + len(pad), flags["surname_first"],
                                          flags["loose"], flags["shapes"]), (pad + text, start, end, flags)


def test_label_test_agrees_with_the_label_pattern():
    rng = random.Random(15)
    pieces = ["Summa", ":", ";", "\t", " ", "  ", "\u00a0", "\u2003", "\r", "\x0b", "kr", "3", ",", "a"]
    for _ in range(3000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        plain = bool(amounts._LABEL_CUT.search(before)) or "\t" in before
        assert amounts._may_hold_label(before) == plain, repr(before)


def test_unit_by_last_group_agrees_with_a_test_of_each_unit():
    rng = random.Random(15)
    units = ["kr", "kr.", "kronor", "SEK", "sek", ":-", "tkr", "tusen kronor", "mnkr", "miljoner kr", "milj. kronor",
             "mkr", "mdkr", "miljarder kronor", "md kr", "Kr", "MNKR"]
    numbers = ["5", "12 500", "1.250.000", "3,5", "2,1", "7,-", "12:50", "999\u00a0000"]
    for _ in range(500):
        text = f"{rng.choice(['', 'SEK ', 'Belopp: '])}{rng.choice(numbers)}{rng.choice(['', ' '])}{rng.choice(units)} per år"
        for m in amounts.AMOUNT_RE.finditer(text):
            if m.group("sek"):
                continue
            plain = next(mult for i, (_, mult) in enumerate(amounts.UNITS) if m.group(f"u{i}"))
            assert amounts._MULTIPLIER[m.lastgroup] == plain, text


def test_grant_triggers_skipped_only_when_they_cannot_match():
    rng = random.Random(15)
    pieces = ["bidrag", "till", "TILL", "från", "bland", "bl.", "a.", "nämligen", "följande", "föreningar", ":",
              "tilldelas", "kontraktet", "anbudet", "borgen", "för", "Föreningen", "Exeby", "ansökan", " ", ".", "\n"]
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        for trigger in parties._NEEDED:
            fast = [m.span() for m in parties._matches(trigger, text)]
            assert fast == [m.span() for m in trigger.finditer(text)], (trigger.pattern, text)


def test_amount_pattern_with_its_opening_test_agrees_with_the_plain_one():
    prefix = r"(?=[\dS])(?:"
    assert amounts.AMOUNT_RE.pattern.startswith(prefix) and amounts.AMOUNT_RE.pattern.endswith(")")
    plain = re.compile(amounts.AMOUNT_RE.pattern[len(prefix):-1], amounts.AMOUNT_RE.flags)
    rng = random.Random(15)
    pieces = ["SEK", "sek", "Sek ", "12", " 500", ".000", ",5", ",-", ":50", " kr", "kronor", " tkr", "mnkr", ":-",
              "miljoner kronor", " ", "\n", "Belopp:", "3:e", "år", "s", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        fast = [(m.span(), m.groupdict(), m.lastgroup) for m in amounts.AMOUNT_RE.finditer(text)]
        assert fast == [(m.span(), m.groupdict(), m.lastgroup) for m in plain.finditer(text)], text


def test_tax_rate_words_found_where_a_search_from_each_position_finds_them():
    rng = random.Random(15)
    pieces = ["skattesats", "Skattesatsen", "UTDEBITERING", "skattesänkning", "skattehöjning", "skatte", "sats", "s", "u",
              " ", "ſkattesats", "21,35 kronor", "\n"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        plain = [i for i in range(len(text)) if amounts._TAX_RATE.match(text, i)]
        assert [m.start() for m in amounts._TAX_RATE_AT.finditer(text)] == plain, text


def test_last_entry_break_agrees_with_a_scan_from_the_start():
    rng = random.Random(15)
    pieces = ["Föreningen", "Exeby", " och", " samt", "och ", "\n", " \n", ",", ";", ":", "|", "•", ".", "!", " - ", " – ",
              "-", " ", "a", "12"]
    for _ in range(3000):
        left = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        plain = 0
        for brk in parties._ENTRY_BREAK.finditer(left):
            plain = brk.end()
        assert parties._last_break(left) == plain, repr(left)


def _name_ending_at_plainly(body: str, pos: int):
    """people._name_ending_at without its test for a letter before ``pos``."""
    from docparse.extract import people

    lo = max(0, pos - people._LOOK, body.rfind("\n", max(0, pos - people._LOOK), pos) + 1)
    lo = max(lo, body.rfind(")", lo, pos) + 1)
    found = names.find_names(body, lo, pos, loose=True, shapes=True)
    if found and not body[found[-1].end:pos].strip(" \t,"):
        return people._joined_across_line(body, found[-1])
    return people._surname_after_wrap(body, lo, pos)


def test_name_before_a_comma_or_party_found_as_without_the_letter_test():
    from docparse.extract import people

    rng = random.Random(15)
    pieces = ["Anna Berg", "Per Ek", "Lindqvist", " ", ", ", ",", " (S)", "(M)", ", ordförande", ", kommunsekreterare",
              ", 1:e vice ordförande", "1 000 kr", "3", "\n", "Helena\n", "ledamot", "\t", "Åsa Öhman", "von", "x2", "_",
              "²", "."]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        for pos in range(len(text) + 1):
            assert people._name_ending_at(text, pos) == _name_ending_at_plainly(text, pos), (text, pos)
        plain = []
        for m in people._COMMA_TITLE.finditer(text):  # the title read first, at every comma
            title, _ = people._title_at(text, m.end(), None)
            name = _name_ending_at_plainly(text, m.start()) if title else None
            if name:
                plain.append((name, title))
        assert [(c.match, c.title) for c in people.comma_title_people(text)] == plain, text


# Whole-text patterns that open with a lookahead of the characters a match can start with: a
# pattern opening with a character set is scanned for in C, not tried at every position.
def _guarded_patterns():
    from docparse.extract import orgnr, parties, people, periods
    from docparse.sv import bodies, dates, dnr, personnummer

    return [dates.DATE_RE, people._ROLE_LABEL, people._LIST_HEADING, dnr.LABEL_RE, personnummer.CANDIDATE,
            bodies.MUNICIPALITY_RE, parties._LIST_TRIGGER, parties._LISTED, parties._GRANTS_TO_NAME,
            parties._AWARDED_TO, parties._GUARANTEE, periods.YEARS_RE, periods.ONE_YEAR_RE, periods._BARE_YEARS_RE,
            orgnr._PLAIN]


_OPENING_GUARD = re.compile(r"^\(\?=(?:\[[^\]]*\]|\\?\w)\)")


def test_opening_lookaheads_leave_every_match_as_it_was():
    rng = random.Random(15)
    for pattern in _guarded_patterns():
        guard = _OPENING_GUARD.match(pattern.pattern)
        assert guard, pattern.pattern[:40]
        plain = re.compile(pattern.pattern[guard.end():], pattern.flags)
        # Text made of the pattern's own words in any case, numbers, marks and breaks.
        words = set(re.findall(r"[a-zåäöA-ZÅÄÖ]{2,}", pattern.pattern))
        pieces = sorted(words | {w.capitalize() for w in words} | {w.upper() for w in words})
        pieces += ["1", "12", "2031", "2031-03-04", "556677-8899", "19", "20", "-", "–", ".", ",", ":", "/", "§", "(",
                   ")", "x", "Exeby", "Anna Berg", "kr"]
        for _ in range(600):
            text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n", "  "]) for _ in range(rng.randrange(1, 14)))
            assert ([(m.span(), m.groups()) for m in pattern.finditer(text)]
                    == [(m.span(), m.groups()) for m in plain.finditer(text)]), (pattern.pattern[:40], text)
