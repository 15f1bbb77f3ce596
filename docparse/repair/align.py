"""Character alignment of OCR output against its truth, cut into confusion units."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# One aligned step: (truth char or "", ocr char or ""); equal chars are a match.
Op = tuple[str, str]

MAX_UNIT = 3


def _base(c: str) -> str:
    """The letter under accents and case: "Å" -> "a", "é" -> "e"."""
    return unicodedata.normalize("NFD", c)[:1].casefold()


def align_chars(truth: str, ocr: str) -> list[Op]:
    """Levenshtein alignment of two strings as a list of (truth, ocr) steps.

    Costs are doubled so that a substitution between letters with the same base
    ("Å"/"A", "ö"/"o") can cost 1 instead of 2: it never outweighs an edit, but among
    equally short alignments it places debris next to the right glyph ("Å" -> ". A"
    gives ("",". "), ("Å","A"), not ("Å","."), ("","A")). Remaining ties put the
    substitution before the insertions or deletions beside it ("ö" -> "6d" gives
    ("ö","6"), ("","d")): Tesseract reads one glyph as a look-alike plus debris.
    """
    n, m = len(truth), len(ocr)
    tb = [_base(c) for c in truth]
    ob = [_base(c) for c in ocr]

    # Full cost matrix; lines are short (< 200 chars), so O(n*m) is cheap enough.
    rows = [[2 * j for j in range(m + 1)]]
    for i in range(1, n + 1):
        prev = rows[-1]
        cur = [2 * i] + [0] * m
        t, base = truth[i - 1], tb[i - 1] if tb[i - 1].isalpha() else None
        for j in range(1, m + 1):
            o = ocr[j - 1]
            sub = 0 if t == o else (1 if ob[j - 1] == base else 2)
            cur[j] = min(prev[j - 1] + sub, prev[j] + 2, cur[j - 1] + 2)
        rows.append(cur)
    ops: list[Op] = []
    i, j = n, m
    # Walking backwards, prefer insertion/deletion over substitution on ties, so that in
    # forward order the substitution comes first.
    while i > 0 or j > 0:
        here = rows[i][j]
        if i > 0 and j > 0 and truth[i - 1] == ocr[j - 1] and here == rows[i - 1][j - 1]:
            ops.append((truth[i - 1], ocr[j - 1]))
            i, j = i - 1, j - 1
        elif j > 0 and here == rows[i][j - 1] + 2:
            ops.append(("", ocr[j - 1]))
            j -= 1
        elif i > 0 and here == rows[i - 1][j] + 2:
            ops.append((truth[i - 1], ""))
            i -= 1
        else:
            ops.append((truth[i - 1], ocr[j - 1]))
            i, j = i - 1, j - 1
    ops.reverse()
    return ops


def is_match(op: Op) -> bool:
    return op[0] == op[1] and op[0] != ""


def group_units(ops: Sequence[Op], max_len: int = MAX_UNIT) -> list[Op]:
    """Merge adjacent edits into confusion units of at most ``max_len`` chars a side.

    Matches pass through one char each. Within a run of edits, each insertion or
    deletion joins the substitution before it: ("ö","6"),("","d") -> ("ö","6d");
    ("r","m"),("n","") -> ("rn","m"). Plain substitutions stay single ("lö" -> "16"
    gives ("l","1"), ("ö","6")). Insertions/deletions with no substitution before them
    in the run become one unit of their own (a pure insertion or deletion).
    Units longer than ``max_len`` on either side fall back to single steps.
    """
    out: list[Op] = []
    i = 0
    while i < len(ops):
        if is_match(ops[i]):
            out.append(ops[i])
            i += 1
            continue
        j = i
        while j < len(ops) and not is_match(ops[j]):
            j += 1
        out.extend(_split_run(ops[i:j], max_len))
        i = j
    return out


def _split_run(run: Sequence[Op], max_len: int) -> list[Op]:
    # Insertions/deletions before the run's first substitution stay a unit of their own:
    # the alignment puts debris after the glyph it came from, so leading debris is
    # independent (a speck read as "." before a word), not part of the next letter.
    # But letters and digits inserted right before the run's first substitution are the same
    # glyph read as two: a typewriter face's "ä" read "da" aligns as ("", "d"), ("ä", "a"),
    # since ä/a share a base letter, and is the unit ("ä", "da").
    segments: list[list[Op]] = []
    for op in run:
        if (op[0] and op[1]) or not segments:
            if (op[0] and op[1] and len(segments) == 1 and not segments[0][0][0]
                    and all(not t and o.isalnum() for t, o in segments[0])):
                segments[0].append(op)
                continue
            segments.append([op])
        else:
            segments[-1].append(op)
    units: list[Op] = []
    for seg in segments:
        t = "".join(op[0] for op in seg)
        o = "".join(op[1] for op in seg)
        if len(t) <= max_len and len(o) <= max_len:
            units.append((t, o))
        else:
            units.extend(seg)
    return units


def confusion_units(truth: str, ocr: str, max_len: int = MAX_UNIT) -> list[Op]:
    """Align ``ocr`` with ``truth`` and return its confusion units, matches included."""
    return group_units(align_chars(truth, ocr), max_len)


def pair_lines(truth_lines: Sequence[str], ocr_lines: Sequence[str],
               min_similarity: float = 0.5) -> list[tuple[int, int]]:
    """Monotone pairing of truth lines with OCR lines (indices), skipping unmatched ones.

    OCR drops, adds, splits and merges lines; a line-level alignment scored by
    normalised similarity keeps only pairs that are plausibly the same printed line.
    """
    from rapidfuzz.distance import Levenshtein

    n, m = len(truth_lines), len(ocr_lines)
    sim = [[Levenshtein.normalized_similarity(t, o) for o in ocr_lines] for t in truth_lines]
    # score[i][j]: best total similarity pairing truth[:i] with ocr[:j].
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, up = score[i], score[i - 1]
        for j in range(1, m + 1):
            s = sim[i - 1][j - 1]
            best = max(up[j], row[j - 1])
            if s >= min_similarity:
                best = max(best, up[j - 1] + s)
            row[j] = best
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        s = sim[i - 1][j - 1]
        if s >= min_similarity and score[i][j] == score[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs
