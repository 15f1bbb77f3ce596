"""Bounded cost: the worst shapes of text finish and give valid records; the stages that were
quadratic now grow linearly (relative checks only: timing belongs in benchmarks/bench_scaling.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import grows_linearly
from docparse.schema import validate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_scaling  # noqa: E402  (the shapes are the benchmark's)

# The shapes that once cost quadratic time, at the moderate size; the others smaller.
WORST = {"one_line": 300, "word_per_line": 300, "attendance": 300, "flat_agenda": 300, "many_dates": 300,
         "section_marks": 300, "marks_then_next": 300, "unknown_names": 300}


@pytest.mark.parametrize("shape", sorted(bench_scaling.SHAPES))
def test_every_shape_finishes_with_a_valid_record(shape):
    pages = WORST.get(shape, 100)
    record = bench_scaling.run_text(bench_scaling.make(shape, pages))
    validate(record)
    assert len(record["text"]) >= pages * bench_scaling.PAGE_CHARS * 0.5  # cleaning may drop table rules, never the text


def test_one_long_line_of_parties_grows_linearly():
    from docparse.extract import extract

    grows_linearly(extract, lambda n: bench_scaling.make("one_line", n), 16)


def test_a_long_attendance_list_grows_linearly():
    from docparse.extract import extract

    grows_linearly(extract, lambda n: bench_scaling.make("attendance", n), 16)


def test_a_long_list_of_names_the_model_lacks_grows_linearly():
    """Each entry that leans neither way asked whether the text writes it the other way round by a
    search of the whole text: entries x text."""
    from docparse.extract import extract

    grows_linearly(extract, lambda n: bench_scaling.make("unknown_names", n), 16)


def test_parties_merge_keeps_first_match_semantics_beyond_the_window():
    """Thousands of distinct parties: a late repeat of an early org number still merges into it,
    and a short form merges into its long form, as the full pairwise scan did."""
    from docparse.extract.parties import _FUZZY_WINDOW, _merge

    def party(name, nr=None):
        return {"name": name, "org_nr": nr, "role": None, "span": [0, len(name)]}

    many = [party(f"Föreningen Nummer{i:05d}{'x' * (i % 7)}", f"8{i:05d}-0000") for i in range(_FUZZY_WINDOW * 3)]
    late = [party("Föreningen Nummer00003", "800003-0000"), party("Ängsbackens Byalag"),
            party("Ängsbackens Byalag i Norrby", None)]
    merged = _merge(many + late)
    assert len(merged) == len(many) + 1
    assert merged[-1]["name"] == "Ängsbackens Byalag i Norrby"


def test_running_headers_that_change_by_section_grow_linearly():
    """Header detection compared every candidate line with every page: pages x candidates."""
    from docparse.clean import clean

    grows_linearly(clean, lambda n: bench_scaling.make("section_headers", n), 200)


def test_thousands_of_dates_grow_linearly():
    """Periods tested each year range and date against every period found before it."""
    from docparse.extract import extract

    grows_linearly(extract, lambda n: bench_scaling.make("many_dates", n), 16)


def test_covered_positions_agree_with_a_walk_over_every_span():
    import random

    from docparse.extract.periods import _Covered

    rng = random.Random(15)
    for _ in range(200):
        covered, spans = _Covered(), []
        for _ in range(rng.randrange(1, 12)):
            s = rng.randrange(0, 60)
            e = s + rng.randrange(0, 12)  # empty spans too: they cover nothing
            covered.add(s, e)
            spans.append((s, e))
            for pos in range(75):
                assert (pos in covered) == any(a <= pos < b for a, b in spans), (spans, pos)


def test_grant_words_found_once_agree_with_a_search_of_each_window():
    """Grant lists looked for their context words in a window before every run of entries, and
    neighbouring windows overlap; the words are now found once. Windows end where no word is cut."""
    import random
    import re

    from docparse.extract.parties import _GRANT_CONTEXT, _Occurrences

    rng = random.Random(15)
    pieces = ["bidrag", "Stöd", "tilldela", "anslag", "får", "fåra", "IOP", "förening", "fördel", "x", " ", ", ", "7"]
    for _ in range(100):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        found = _Occurrences(_GRANT_CONTEXT, text)
        ends = [i for i in range(len(text) + 1) if i == len(text) or not re.match(r"\w", text[i])]
        for hi in ends:
            for lo in range(0, hi + 1, 3):
                assert found.within(lo, hi) == bool(_GRANT_CONTEXT.search(text, lo, hi)), (text, lo, hi)


def test_many_runs_to_continue_grow_linearly():
    """Every "§ 2" compared every open run ending in "§ 1": runs x heads."""
    from docparse.structure.items import find_items

    grows_linearly(lambda text: find_items(text, []), lambda n: bench_scaling.make("marks_then_next", n), 8)


def _chains_by_scanning_every_run(heads):
    """The item chains' rule, read plainly: each head joins the open run of its kind with the
    best (length, nearer number, later last head) among all it can continue."""
    from docparse.structure.items import _PLAIN, MAX_CHAIN_GAP, MAX_NUMBER_STEP, _Head

    heads = [_Head(*h) for h in heads]
    chains = []
    for head in heads:
        best, best_rank = None, None
        for i, chain in enumerate(chains):
            last = chain[-1]
            if last.kind != head.kind or not 0 < head.value - last.value <= MAX_NUMBER_STEP[head.kind]:
                continue
            if head.kind in _PLAIN and head.start - last.start > MAX_CHAIN_GAP:
                continue
            rank = (len(chain), -round((head.value - last.value) * 2), last.start)
            if best_rank is None or rank > best_rank:
                best, best_rank = i, rank
        if best is None:
            chains.append([head])
        else:
            chains[best].append(head)
    return chains


def test_chains_agree_with_a_scan_of_every_run():
    import random

    from docparse.structure.items import _START, MAX_CHAIN_GAP, _chains

    rng = random.Random(15)
    for _ in range(300):
        heads, pos = [], 0
        for _ in range(rng.randrange(1, 60)):
            pos += rng.choice([5, 40, 900, MAX_CHAIN_GAP])
            kind = rng.choice(["para", "num", "arende", "letter"])
            value = rng.randrange(1, 8) + rng.choice([0.0, 0.0, 0.5])
            heads.append((kind, str(value), value, pos, pos + 3, True, False, pos, pos + 3))
        expected = [[h.start for h in chain] for chain in _chains_by_scanning_every_run(heads)]
        assert [[h[_START] for h in chain] for chain in _chains(heads)] == expected
        # Only the runs of two heads or more, in the same order.
        assert [[h[_START] for h in chain] for chain in _chains(heads, shortest=2)] == \
            [starts for starts in expected if len(starts) >= 2]


def test_bare_heads_titles_agree_with_the_full_reading():
    """A head with nothing after it on its line skips the reading of its line's rest: it must
    answer as the full reading does."""
    import random

    from docparse.structure.items import _candidates, _Head, _LineIndex, _read_title, _read_title_on_line

    pieces = ["§ 1", "§ 2", "3.", "4", "Ärende 5", "B)", "\n", "\n", "\n\n", "  ", "\t", "Val av justerare",
              "Dnr KS 2031/14", "Rubrik: Budget för skolan", "ansökan om bidrag", "Nämnden beslutar",
              "•", "..... 7", "(KS 2031/318)", "Informationen noteras"]
    rng = random.Random(15)
    compared = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(rng.randrange(1, 30)))
        found = _candidates(text, _LineIndex(text))
        for k, cand in enumerate(found):
            stops = [len(text)] + [c[3] for c in found[k + 1:k + 3]]
            for stop in stops:
                fast, full = _Head(*cand), _Head(*cand)
                if fast.end < min(fast.line_end, stop):
                    continue  # not the shortcut's case
                _read_title(text, fast, stop)
                _read_title_on_line(text, full, stop)
                assert fast == full, (text, cand, stop)
                compared += 1
    assert compared > 500


def test_heads_found_untitled_before_reading_have_no_title_when_read():
    """The item finder drops a run before reading its titles when fewer than two of its heads can
    have one: a head it calls untitled must read no title, and the test must fire often."""
    import random

    from docparse.structure.items import _candidates, _Head, _LineIndex, _read_title, _untitled

    pieces = ["§ 1", "§ 2", "3.", "4", "Ärende 5", "B)", "\n", "\n", "\n\n", "  ", "\t", "Val av justerare",
              "Dnr KS 2031/14", "Rubrik: Budget för skolan", "ansökan om bidrag", "•", "..... 7", "BN"]
    rng = random.Random(15)
    untitled = titled = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(rng.randrange(1, 30)))
        found = _candidates(text, _LineIndex(text))
        for k, cand in enumerate(found):
            for stop in [len(text)] + [c[3] for c in found[k + 1:k + 3]]:
                head = _Head(*cand)
                _read_title(text, head, stop)
                if _untitled(text, cand, stop):
                    assert not head.title.strip(), (text, cand, stop)
                    untitled += 1
                elif head.title.strip():
                    titled += 1
    assert untitled > 150 and titled > 150


def test_item_head_groups_are_read_in_the_patterns_order():
    """The item finder reads a head's groups by position (m.groups()): the names must be in order."""
    from docparse.structure.items import _HEAD_GROUPS, _HEAD_RE

    assert tuple(sorted(_HEAD_RE.groupindex, key=_HEAD_RE.groupindex.get)) == _HEAD_GROUPS
    assert _HEAD_RE.groups == len(_HEAD_GROUPS)


def test_agendas_agree_with_reading_every_title():
    """The item finder stops reading a run's titles once two titled heads are out of reach: the
    runs it accepts are those of reading every title, then asking whether it is an agenda."""
    import random

    from docparse.structure.items import (_agendas, _candidates, _chains, _drop_stray_heads, _Head, _is_agenda,
                                          _LineIndex, _read_title)

    def plain(text, chains):
        accepted = []
        for candidates in chains:
            chain = [_Head(*c) for c in _drop_stray_heads(candidates)]
            if len(chain) < 2:
                continue
            for head, nxt in zip(chain, chain[1:] + [None]):
                _read_title(text, head, nxt.start if nxt else len(text))
            if _is_agenda(chain, text):
                accepted.append(chain)
        return accepted

    pieces = ["§ 1", "§ 2", "§ 3", "1.", "2.", "3", "Ärende 4", "\n", "\n", "\n\n", " ", "Dagordning\n",
              "Val av justerare", "Dnr KS 2031/14", "Budget för skolan", "ansökan om bidrag", "Nämnden beslutar."]
    rng = random.Random(15)
    accepted = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n"]) for _ in range(rng.randrange(1, 40)))
        chains = _chains(_candidates(text, _LineIndex(text)), shortest=2)
        fast = _agendas(text, chains)
        assert fast == plain(text, chains), text
        accepted += len(fast)
    assert accepted > 20


def test_cleaning_patterns_skipped_only_where_they_cannot_match():
    """The cleaner skips a pattern's scan when the text lacks what every match contains: each
    pattern's matches must contain it."""
    import random

    from docparse.clean import _INLINE_FOOTER, _INLINE_FOOTER_NEEDS, _MARKUP, _REJOIN

    pieces = ["| a | b |", "|---|---|", " --- ", "# Rubrik", "**fet**", "__fet__", "*kursiv*", "\\*", "<br>",
              "&amp;", "550123-\n4567", "förvalt-\nningen", "Dnr KS 2031/14 Sida 3", "KS Dnr 12 Sida 4 (9)",
              "\n", "\n\n\n\n\n", " \t", "§ 1", "Nämnden beslutar.", "-", "|", "#", "*", "_"]
    rng = random.Random(15)
    checked = 0
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        for pattern, _repl, needs in (*_MARKUP, *_REJOIN, (_INLINE_FOOTER, None, _INLINE_FOOTER_NEEDS)):
            for m in pattern.finditer(text):
                assert needs in m.group(0), (pattern.pattern, m.group(0))
                checked += bool(needs)
    assert checked > 200


def test_interface_lines_found_from_the_whole_text_agree_with_testing_every_line(monkeypatch):
    """web_chrome tests only the lines where one scan of the whole text sees a possible interface
    line: it must mask what testing every line masks (page breaks, a \\s run over a line break,
    lines under a site's wrapper)."""
    import random
    import re

    from docparse import clean

    pieces = ["Meny", "Hoppa över", "  innehållet", "Skriv ut", "• Dela", "Dela \"Budget\"", "(2)", " (12) ",
              "3", "Publicerad:", "Sök |", "Val av justerare", "x" * 199, "(", "§ 1", "Fulltext", "\n", "\n",
              "\f", " ", "\t"]
    rng = random.Random(15)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) for _ in range(600)]
    found = [clean.web_chrome(text) for text in texts]
    monkeypatch.setattr(clean, "_UI_LINE_STARTS", re.compile("^", re.M))  # every line tested
    monkeypatch.setattr(clean, "_UI_LINE_AFTER_BREAK", re.compile("\n"))
    masked = 0
    for text, masks in zip(texts, found):
        assert masks == clean.web_chrome(text), text
        masked += sum(k == "web-ui" for _s, _e, k in masks)
    assert masked > 100


def test_interface_lines_opening_letters_cover_every_word_of_the_pattern():
    """The scan for interface lines looks for UI_LINE's lead and the first letter of one of its
    words: read off the pattern's parse, they must be UI_LINE's own."""
    import re._parser as sre

    from docparse.clean import _UI_FIRST_LETTERS, _UI_LEAD
    from docparse.sv.web import UI_LINE

    parsed = list(sre.parse(UI_LINE.pattern, UI_LINE.flags))

    def first_letters(seq):
        op, av = seq[0]
        if op is sre.LITERAL:
            return {chr(av)}
        assert op is sre.BRANCH, op  # a word's alternatives; anything else: extend this walk
        return set().union(*(first_letters(branch) for branch in av[1]))

    assert parsed[0] == (sre.AT, sre.AT_BEGINNING)
    assert repr(parsed[1:3]) == repr(list(sre.parse(_UI_LEAD, UI_LINE.flags)))
    assert first_letters(parsed[3:]) <= set(_UI_FIRST_LETTERS)


def test_a_long_table_of_rows_with_digits_grows_linearly_in_the_title_finder():
    """Every row of a table with numbers in it reads as a page's running head (the same line with
    other digits further down): the rows were cut off the block's top one at a time, rows x rows."""
    from docparse.clean import clean
    from docparse.document import line_spans
    from docparse.structure.title import find_title

    grows_linearly(lambda text: find_title(text, line_spans(text), 0, None, None, None),
                   lambda n: clean(bench_scaling.make("table_rows", n)).text, 150)


def test_one_line_with_digits_repeated_grows_linearly_in_the_title_finder():
    """A page of the same digit line many times over (all_digits): every line shares one running-head
    key, and each asked walked all the lines after it to find one with other digits."""
    from docparse.clean import clean
    from docparse.document import line_spans
    from docparse.structure.title import find_title

    grows_linearly(lambda text: find_title(text, line_spans(text), 0, None, None, None),
                   lambda n: clean(bench_scaling.make("all_digits", n)).text, 150)


def test_page_numbered_heads_agree_with_a_walk_over_every_later_line():
    from docparse.document import line_spans, page_line_key
    from docparse.structure.title import _DIGIT, _PageNumberedHeads

    text = "".join(f"Exeby kommun Protokoll sida {k % 3 + 1} av 3\n" if k % 4 else "Exeby  kommun Protokoll sida 1 av 3\n"
                   for k in range(40)) + "Exeby kommun Protokoll sida 1 av 3\n" * 5 + "Tabell 12 rader 2039\n"
    lines = line_spans(text)

    def walk(i: int) -> bool:  # the definition, line by line
        s, _e, ln = lines[i]
        if not _DIGIT.search(ln) or len(ln.strip()) < 15:
            return False
        own = " ".join(ln.split())
        prefix = _DIGIT.split(own, maxsplit=1)[0]
        return any(page_line_key(other) == page_line_key(ln) and " ".join(other.split()) != own
                   and other.lstrip().startswith(prefix) for s2, _e2, other in lines if s2 > s)

    heads = _PageNumberedHeads(lines)
    assert [heads(line) for line in lines] == [walk(i) for i in range(len(lines))]
    assert any(heads(line) for line in lines) and not all(heads(line) for line in lines if line[2].strip())


def test_many_heads_and_lines_opening_with_eight_grow_linearly():
    """Each line opening "8N Title" (a § read as 8, tight against its number) listed every head
    above it to find the nearest: heads x lines."""
    from docparse.repair.paragraph_marks import paragraph_signs

    def register(n):  # printed heads, each over a line opening with 8 and a digit (a table's row)
        return "".join(f"§{k % 90 + 1} Ärende om vägar\nText om ärendet.\n\n8{k % 9 + 1} Rader i tabellen\n\n" for k in range(n))

    grows_linearly(paragraph_signs, register, 1000)


def test_many_heads_put_right_before_a_line_opening_with_eight_grow_linearly():
    """The number after each misread sign put right was matched on a slice of the rest of the
    text (a copy per head: heads x text), when some line opens "8N Title"."""
    from docparse.repair.paragraph_marks import paragraph_signs

    def register(n):  # a run of heads whose sign was read "$" (each put right), then an "8N" line
        return "".join(f"$ {k % 90 + 1} Val av ledamot i Exeby nämnd\n" for k in range(n)) + "85 Budget för Norrby\n"

    grows_linearly(paragraph_signs, register, 8000)


def test_cells_agree_with_the_plain_pattern():
    """split_cells reads runs of words and joins a one-character cell to the next; the plain
    pattern's lazy scan is the reference."""
    import random
    import re

    from docparse.extract.patterns import split_cells

    plain = re.compile(r"\S(?:.*?\S)?(?=\t|\s{2,}|\s*$)")
    rng = random.Random(15)
    pieces = ["a", "Å", "7", " ", " ", "  ", "\t", "\xa0", "\u2003", "\r", "\n", ".", "Anna Berg", "§", "x y"]
    for _ in range(4000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16)))
        assert split_cells(line) == [(m.start(), m.group(0)) for m in plain.finditer(line)], repr(line)


def test_inline_proposal_headings_found_as_without_the_first_letter_guard():
    """The inline heading's pattern passes positions whose letter opens none of its alternatives
    (a long attendance line was tried at every character); it must find what the pattern without
    that guard finds."""
    import random
    import re

    from docparse.structure.points import _FIRST_LETTERS, _INLINE_HEADING

    plain = re.compile(_INLINE_HEADING.pattern.removeprefix(_FIRST_LETTERS))
    assert plain.pattern != _INLINE_HEADING.pattern
    words = ["Byggnadsnämnden", "Tekniska nämnden", "Nämndens", "styrelsens", "beslutade", "beslut", "förslag", "Forslag",
             "till", "beslutsförslag", "Beslutsförslag", "att", "1.", "-", ":", "Fullmäktiges", "Direktionen", "Beslut",
             "Vi", "vi", "jag", "Jag", "föreslår", "yrkar", "därför", "regionfullmäktige", "besluta", "Olle Ek (S),", "\n", "  ",
             "förslag till beslut", "forslag till beslut", "föreslår vi fullmäktige", "yrkar jag regionfullmäktige"]
    rng = random.Random(15)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 14)))
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        assert [(m.span(), m.group()) for m in _INLINE_HEADING.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 100


def test_column_cells_at_every_number_of_a_long_line_grow_linearly():
    """The column finder read the whole line's cells at each organisation number in it: numbers x line."""
    from docparse.extract.parties import _ORGNR_IN, _column_above

    def every_number(text):
        for m in _ORGNR_IN.finditer(text):
            s = m.start()
            _column_above(text, max(text.rfind("\n", max(0, s - 400), s) + 1, s - 400, 0), s)

    grows_linearly(every_number, lambda n: bench_scaling.make("one_line", n), 20)


def test_a_wide_run_of_blanks_grows_linearly_in_the_period_column_search():
    """A run of blanks (a masked running head, a layout's gap): the period column's heading pattern,
    run over the whole text, tried its gap and blanks at every blank, n**2 and more per run."""
    from docparse.extract.periods import _years_in_period_column

    grows_linearly(lambda text: list(_years_in_period_column(text)),
                   lambda n: ("Föreningen" + " " * n + "Belopp\n") * 20, 100)


def test_period_column_heads_agree_with_the_pattern_over_the_whole_text():
    from docparse.extract.periods import _PERIOD_COLUMN, _period_column_heads

    text = ("Organisation | Org.nr | Belopp | Period\nExeby IF | 802000-0000 | 45 000 kr | 2040\n\n"
            "Förening\tBelopp\tAvtalsperiod\nExeby SK\t20 000\t2039-2040\n"
            "Bidragsperioden är kort.\n  Löptid   Giltighetstid\n" + " " * 30 + "Period\n")
    assert [m.span() for m in _period_column_heads(text)] == [m.span() for m in _PERIOD_COLUMN.finditer(text)]


def test_cells_and_restated_headings_asked_along_one_long_line_grow_linearly():
    """A flattened text is one line: a grant's trigger asked whether its cell wraps or its heading is
    named again below looked for the line's ends over the whole text at every trigger, triggers x text."""
    from docparse.extract.parties import _cell_wrapped, _restated_below

    def ask(text: str) -> None:
        for pos in range(0, len(text), 40):
            _cell_wrapped(text, pos)
            _restated_below(text, pos)

    grows_linearly(ask, lambda n: "Bidrag till Exeby IF 12 000 kr, bidrag till Exeby SK 8 000 kr. " * n, 1000)


def test_a_wrapped_cell_looked_for_at_each_number_of_one_long_line_grows_linearly():
    """The cell wrapped under an organisation number's row found the number's line end by a search
    from the number: on a flattened text's one line, a scan to the text's end at each number."""
    import re

    from docparse.extract.parties import _cell_wrapped_below

    def run(text):
        for m in re.finditer(r"\d{6}-\d{4}", text):
            _cell_wrapped_below(text, m.end(), "Föreningen Ekbackens Vänner  ")

    grows_linearly(run, lambda n: bench_scaling.make("one_line", n), 256)


def test_line_breaks_found_by_bisection_agree_with_a_search():
    import random

    from docparse.extract.patterns import next_line_break

    rng = random.Random(15)
    for _ in range(200):
        texts = ["".join(rng.choice(["a", " ", "\n", "\f", "12"]) for _ in range(rng.randrange(0, 30))) for _ in range(2)]
        for _ in range(3):  # (two texts in turn: the listing is one text's, made again for the other)
            for text in texts:
                for pos in range(len(text) + 2):
                    assert next_line_break(text, pos) == text.find("\n", pos), (text, pos)


# ---------------------------------------------------------------- cheaper, same answers
# The passes made cheaper on long texts (pre-checks, lookaheads, possessive words, kept lines)
# must find what they found before: each is compared with its plain form on invented texts.

def _invented_texts(limit: int = 120) -> list[str]:
    folder = Path(__file__).resolve().parent / "fixtures" / "invented"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:limit]]
    return texts + [bench_scaling.make(shape, 2) for shape in ("one_line", "all_digits", "unknown_names", "attendance")]


def test_lines_of_the_same_text_asked_again_are_a_fresh_equal_list():
    from docparse.document import line_spans

    text = "Kallelse\nSammanträde i Rönnåsens skola\fSida 2\n"
    first = line_spans(text)
    first.append((0, 0, "changed by its caller"))
    again = line_spans("".join(list(text)))  # an equal text, another object
    assert again == line_spans(text) == [(0, 8, "Kallelse"), (9, 38, "Sammanträde i Rönnåsens skola"), (39, 45, "Sida 2"), (46, 46, "")]
    assert line_spans("Rad ett\nRad två") == [(0, 7, "Rad ett"), (8, 15, "Rad två")]


def test_the_needed_words_test_skips_only_what_the_case_blind_search_would():
    """The lower-cased text's substrings stand for a case-blind search of each needed word; a text
    with a letter re.I matches beyond lower() ("tıll", "ſom") is asked by the search."""
    from docparse.extract import parties

    bodies = ["Bidrag TILL Föreningen Rönnbärets Vänner, 40 000 kr.", "Bidrag tıll Föreningen Rönnbärets Vänner.",
              "Föreningen ſom får 30 000 kr.", "Beslut om BORGEN för Rönnåsens Energi AB.", "1234 5678", ""]
    for trigger in parties._NEEDED:
        for body in bodies + _invented_texts(40):
            parties._folded.cache_clear()
            assert [m.span() for m in parties._matches(trigger, body)] == [m.span() for m in trigger.finditer(body)]


def test_section_headings_read_with_possessive_words_match_as_before():
    import re

    from docparse.sv import sections

    def plain(pattern: str) -> str:  # the headings as written before: a plain word, "{word}s" for a genitive
        return pattern.replace(sections._GENITIVE_WORD, sections._WORD + "s").replace(sections._WORD_BEFORE_GAP, sections._WORD)

    lines = ["Nämndens förslag", "Kommunstyrelsens arbetsutskotts förslag", "Motionärernas förslag", "Förslag till beslut",
             "Förslag till socialnämnden", "Med anledning av detta yrkar vi", "Jag föreslår därför fullmäktige besluta",
             "Tekniska nämndens beslut", "Teknik- och miljönämnden, beslutar", "Kort om kommunstyrelsens beslut",
             "Förslags beslut", "s förslag", "9" * 200, "Rönnåsens   förslag till   direktionen"]
    lines += [line for text in _invented_texts() for line in text.splitlines()[:60]]
    for kind, pattern in sections.SECTION_HEADINGS:
        now = re.compile(r"[ \t]*(?:%s)[ \t]*:?[ \t]*$" % pattern, re.I)
        before = re.compile(r"[ \t]*(?:%s)[ \t]*:?[ \t]*$" % plain(pattern), re.I)
        for line in lines:
            a, b = now.match(line), before.match(line)
            assert (a and a.span()) == (b and b.span()), (kind, line)


def test_patterns_given_a_leading_lookahead_find_what_they_found_without_it():
    import re

    from docparse.extract import parties, people, periods
    from docparse.structure import items, title

    guarded = [(periods._PERIOD_WORD, r"(?=[abpgl])"), (people._SIGNATURE_WORD, r"(?=[soj])"), (people.PARTY, r"(?=[, \t\n])"),
               (parties._CLAUSE_BEFORE_NAME, r"(?=[.;:\s])"),
               (title._CUT, r"(?=\s|(?<![\wåäö-])[" + title._CUT_OPENINGS + "])"), (items._RIGHT_HEAD_RE, r"(?=[^\n§]*§)")]
    texts = _invented_texts() + ["Plats och tid: Rönnåsen", "Ärendet Bakgrund Förslag till beslut Handläggare Telefon E-post Ref",
                                 "Sida 2 Datum Dnr Diarienummer Postadress Besöksadress Beslutande Sammanfattning",
                                 "Bidrag till Rönnåsens IF        § 14\nAvtalsperiod Giltighetstid Löptid",
                                 "Anna Ek (S)\nPer Al, (M)\n(KD)", "Ordförande Justerare Sekreterare",
                                 "Yttrande Vårt datum 2040-01-02 Er beteckning Ks 12 Inkom: 2040-01-03"]
    for pattern, guard in guarded:
        assert guard in pattern.pattern
        bare = pattern.pattern.replace(guard, "", 1)
        bare = bare[3:-1] if bare.startswith("(?:") and bare.endswith(")") and guard != r"(?=[, \t\n])" else bare
        plain = re.compile(bare, pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern.pattern[:40]


def test_reversed_pairs_found_from_the_word_list_are_those_a_walk_over_the_words_finds():
    from docparse.extract import people
    from docparse.sv.names import NameMatch

    def walk(body, names):  # the plain walk: every pair of adjacent words, tested as it comes
        spans: dict = {}
        wanted = {(w[1], w[0]) for w in (n.name.split() for n in names) if len(w) == 2 and people._order_vote(w) == 0}
        prev = None
        for m in people._WORD_TOKEN.finditer(body) if wanted else ():
            if prev is not None and (prev.group(), m.group()) in wanted and people._PAIR_GAP.fullmatch(body, prev.end(), m.start()):
                spans.setdefault((prev.group(), m.group()), []).append((prev.start(), m.end()))
            prev = m
        return spans

    body = "Beslutande\nBamo Kilu (S)\nDera Vosk (M)\n\nJusterare\nKilu Bamo\nVosk\nDera, Kilu  Bamo\n"
    names = [NameMatch(11, 20, "Bamo Kilu"), NameMatch(25, 34, "Dera Vosk"), NameMatch(0, 1, "Lisa Kilu")]
    assert people.ReversedPairs(body, names).spans == walk(body, names) != {}
    for text in _invented_texts(60):
        found = people.find_names(text, loose=True)
        turned = found + [NameMatch(0, 1, " ".join(reversed(n.name.split()))) for n in found if len(n.name.split()) == 2]
        assert people.ReversedPairs(text, turned).spans == walk(text, turned)


def test_a_flattened_purpose_table_of_many_heads_grows_linearly_in_the_grant_lists():
    """Each sum under a head naming a purpose column ("Förening Ändamål Belopp") looked up its head by
    a list of every head's end built again per sum: heads x sums."""
    from docparse.extract.parties import _from_amount_lists

    class Sink:
        def add(self, *args, **kwargs) -> None:
            pass

    row = "Förening Ändamål Belopp Exeby IF Höstrevy 5 000 kr\n"
    grows_linearly(lambda text: _from_amount_lists(text, Sink()), lambda n: row * n, 2000)
