"""What OCR engines read for what: the letter-for-digit table of damaged numbers, and the
per-engine confusion channel P(ocr | truth) learned from models/ocr_confusions.tsv.

Shared by repair (word and organisation-number repair) and extract (organisation numbers).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from docparse.errors import ModelDataError

# Letters an OCR engine prints for digits in numbers (O/0, l/1, S/5, B/8), and the digits meant.
DIGIT_LOOKALIKES = "OoIlSB"
DIGIT_FOR = str.maketrans(DIGIT_LOOKALIKES, "001158")

# What Tesseract's Swedish model prints for a paragraph sign standing alone ("8 12", "$ 12", "& 12",
# and in a typewriter's face "S 12", "SS 12", "Ss 12"), as a regex character class (repair puts the
# sign back; the title finder passes a misread § line).
PARAGRAPH_SIGN_MISREADS = "[8&$S]"
# What older OCR engines print for the sign in a typewritten protocol's heads ("5 42 Budget"): a
# digit of the sign's shape. Taken for the sign only in a run of heads or in the document's own
# sequence of heads, as the Swedish model's misreads.
OLD_OCR_SIGN_MISREADS = "5"
# Those of them that are no digit: read tight against the number ("$12") or doubled ("&$ 12").
PARAGRAPH_SIGN_MARKS = "[&$]"

# A confusion the table never saw is not impossible; it gets this probability.
UNSEEN_IDENTITY = 0.999
# Identity of å/ä/ö is floored: an engine that printed ä most likely saw ä.
MIN_IDENTITY = 0.05
MIN_PROPOSE = 5  # confusions seen fewer times are scored but not proposed: noise of a small run


@dataclass
class Channel:
    """P(ocr | truth) for one engine, in log10, plus the inverse index used to propose truths."""

    engine: str
    counts: dict[str, dict[str, float]] = field(default_factory=dict)  # truth -> ocr -> count
    vouched: frozenset = frozenset()  # (truth, ocr) pairs the prior table names
    proposable: set = field(default_factory=set)  # (truth, ocr) confusions used in repairs
    logp: dict[tuple[str, str], float] = field(default_factory=dict)
    inverse: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # ocr -> [(truth, logp)]

    def cost(self, truth: str, ocr: str) -> float:
        """log10 P(ocr|truth) of a proposable confusion; identity of an unlisted character is
        near-certain. Confusions too rare to propose do not score either, so a candidate is
        never reached through one reading of a sign and scored through another."""
        if truth == ocr:
            p = self.logp.get((truth, ocr))
            return math.log10(UNSEEN_IDENTITY) * len(truth) if p is None else p
        if (truth, ocr) not in self.proposable:
            return -math.inf
        return self.logp[(truth, ocr)]


def _unescape(field: str) -> str:
    if "\\" not in field:
        return field
    return field.replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n").replace("\0", "\\")


def read_counts(lines, source: str):
    """``truth<TAB>ocr<TAB>count<TAB>engine`` lines as counts[engine][truth][ocr]."""
    counts: defaultdict[str, defaultdict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ModelDataError(f"{source}:{n}: expected 4 tab-separated fields, got {len(parts)}")
        truth, ocr, count, engine = (_unescape(p) for p in parts)
        try:
            c = float(count)
        except ValueError:
            raise ModelDataError(f"{source}:{n}: count {count!r} is not a number") from None
        if len(truth) > 3 or len(ocr) > 3 or c < 0:
            raise ModelDataError(f"{source}:{n}: units longer than 3 characters or negative count")
        truth, ocr = truth.lower(), ocr.lower()
        row = counts[engine][truth]
        row[ocr] = row.get(ocr, 0.0) + c
    return counts


def parse_confusions(lines, source: str = "ocr_confusions.tsv", prior_lines=None) -> dict[str, Channel]:
    """One Channel per engine from the confusion table, plus pseudo-counts from a prior table.

    The prior (hand-set, small counts) keeps confusions seen in real archives but absent from
    a learned table possible, and gives way as the learned counts grow.
    """
    counts = read_counts(lines, source)
    vouched: set[tuple[str, str, str]] = set()  # (engine, truth, ocr) the prior names
    if prior_lines is not None:
        prior = read_counts(prior_lines, "ocr_confusions_prior.tsv")
        for engine, rows in prior.items():
            for truth, row in rows.items():
                for ocr, c in row.items():
                    mine = counts[engine][truth]
                    mine[ocr] = mine.get(ocr, 0.0) + c
                    vouched.add((engine, truth, ocr))
    return {
        engine: channel_from_counts(engine, rows, {(t, o) for e, t, o in vouched if e == engine})
        for engine, rows in counts.items()
    }


def channel_from_counts(engine: str, rows: dict[str, dict[str, float]], vouched=frozenset()) -> Channel:
    """Normalise counts[truth][ocr] into P(ocr | truth). Confusions are proposed (looked up
    from the OCR side) when seen MIN_PROPOSE times or named by the prior (``vouched``)."""
    ch = Channel(engine, counts={t: dict(r) for t, r in rows.items()}, vouched=frozenset(vouched))
    for truth, row in rows.items():
        total = sum(row.values())
        if not truth or total <= 0:
            continue  # insertions ('' truth) are not proposed
        for ocr, c in row.items():
            p = c / total
            if truth == ocr:
                p = max(p, MIN_IDENTITY)
            if p <= 0:
                continue
            ch.logp[(truth, ocr)] = math.log10(p)
            if truth != ocr and (c >= MIN_PROPOSE or (truth, ocr) in vouched):
                ch.proposable.add((truth, ocr))
                if ocr:  # a dropped character ('' read) is proposed by WordRepairer.insertions
                    ch.inverse.setdefault(ocr, []).append((truth, math.log10(p)))
    return ch


def adapted(ch: Channel, observed: dict[tuple[str, str], float], weight: float) -> Channel:
    """The channel with one document's observed (truth, ocr) confusions added, each worth
    ``weight`` table observations: a scan's own fonts decide what é stands for."""
    # The rows and readings no observation touches are shared with ``ch``, not copied: no
    # channel's tables change once made.
    rows = dict(ch.counts)
    for (truth, ocr), n in observed.items():
        row = rows[truth] = dict(rows.get(truth, ()))
        row[ocr] = row.get(ocr, 0.0) + weight * n
    # Only the observed truths' rows are normalised anew (this runs for each document); the
    # rest is the table's as it stands. The same channel as channel_from_counts(rows): each
    # OCR unit's readings listed in the order of the rows.
    changed = {truth for truth, _ocr in observed}
    fresh = channel_from_counts(ch.engine, {t: rows[t] for t in rows if t in changed}, ch.vouched)
    out = Channel(ch.engine, counts=rows, vouched=ch.vouched)
    out.logp = {pair: lp for pair, lp in ch.logp.items() if pair[0] not in changed}
    out.logp.update(fresh.logp)
    out.proposable = {pair for pair in ch.proposable if pair[0] not in changed} | fresh.proposable
    order = {t: i for i, t in enumerate(rows)}
    out.inverse = dict(ch.inverse)
    touched = {ocr for ocr, readings in ch.inverse.items() if any(t in changed for t, _lp in readings)}
    touched.update(fresh.inverse)
    for ocr in touched:
        readings = [(t, lp) for t, lp in out.inverse.get(ocr, ()) if t not in changed]
        readings += fresh.inverse.get(ocr, [])
        readings.sort(key=lambda reading: order[reading[0]])
        if readings:
            out.inverse[ocr] = readings
        else:
            out.inverse.pop(ocr, None)
    return out


def read_channels(directory: Path) -> dict[str, Channel]:
    """The channels of a models folder: ocr_confusions.tsv plus ocr_confusions_prior.tsv."""
    conf_path, prior_path = directory / "ocr_confusions.tsv", directory / "ocr_confusions_prior.tsv"
    try:
        prior = prior_path.read_text(encoding="utf-8").splitlines() if prior_path.exists() else None
        with conf_path.open(encoding="utf-8") as fh:
            channels = parse_confusions(fh, str(conf_path), prior)
    except FileNotFoundError:
        raise ModelDataError(f"{conf_path}: confusion table missing", hint="run python models/build_confusions.py") from None
    for engine in ("eng", "swe"):
        if engine not in channels:
            raise ModelDataError(f"{conf_path}: no rows for engine {engine!r}")
    return channels
