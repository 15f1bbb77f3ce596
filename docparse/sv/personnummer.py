"""Swedish personal identity numbers: personnummer and samordningsnummer (in python-stdnum's shape),
and a finder for them in running text.

compact / validate / is_valid / format work on one number, as stdnum.se.personnummer does, and add
what it lacks: samordningsnummer (day + 60) and a reference date for the century of a 10-digit
number. find_personal_numbers() reads a whole text in one pass: every written form (10 or 12
digits; "-", "+", en dash, space or no separator; split by a line break or a hyphenation; OCR's
letters for digits), masked forms that still give the birth date ("850101-XXXX"), and a sole
trader's organisation number (an enskild firma's org nr is its owner's personnummer). A number
that reads as a phone number, a dnr, an account or an amount by the label before it, or the unit
after it, is left alone.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# The OCR letter-for-digit table is shared with the repair stage (moving to docparse.sv.confusions).
from docparse.sv.confusions import DIGIT_FOR


class InvalidPersonnummer(ValueError):
    """The number is not a personal identity number."""


class InvalidLength(InvalidPersonnummer):
    """Not 10 or 12 digits."""


class InvalidFormat(InvalidPersonnummer):
    """Not digits, or the separator is not where it belongs."""


class InvalidDate(InvalidPersonnummer):
    """The first six or eight digits are no calendar date (samordningsnummer: day + 60)."""


class InvalidChecksum(InvalidPersonnummer):
    """The Luhn check over the last ten digits fails."""


PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
MASKED = "masked"
SOLE_TRADER = "sole-trader org nr"
KINDS = (PERSONNUMMER, SAMORDNINGSNUMMER, MASKED, SOLE_TRADER)

_DROP = str.maketrans("", "", " \t\r\n\u00ad")


def compact(number: str) -> str:
    """The number without spaces or line breaks, with its separator as "-" or "+":
    "YYMMDD-NNNN" or "YYYYMMDD-NNNN" (as stdnum.se.personnummer.compact)."""
    number = number.translate(_DROP).replace("–", "-").replace("‐", "-")
    if len(number) in (10, 12) and number[-5] not in "-+":
        number = number[:-4] + "-" + number[-4:]
    # A hyphenation inside the date ("8501-01-1234" split at a line end) is not the separator.
    return number[:-5].replace("-", "").replace("+", "") + number[-5:]


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def birth_date(number: str, *, today: datetime.date | None = None) -> datetime.date:
    """The birth date the number gives (a samordningsnummer's day less 60).

    A 10-digit number's century is the latest that puts the birth on or before ``today``;
    its "+" separator means a hundred years earlier (Folkbokföringslagen 18 §).
    """
    number = compact(number)
    today = today or datetime.date.today()
    if len(number) == 13:
        year, month, day = int(number[0:4]), int(number[4:6]), int(number[6:8])
        if not 1800 <= year:
            raise InvalidDate("year before 1800")
    else:
        yy, month, day = int(number[0:2]), int(number[2:4]), int(number[4:6])
        century = today.year // 100 - (yy > today.year % 100)
        if number[-5] == "+":
            century -= 1
        year = century * 100 + yy
    if day > 60:
        day -= 60
    try:
        born = datetime.date(year, month, day)
    except ValueError:
        raise InvalidDate(f"{year:04d}-{month:02d}-{day:02d} is no date") from None
    if len(number) == 13 and born > today:
        raise InvalidDate("a birth date in the future")
    return born


def validate(number: str, *, today: datetime.date | None = None) -> str:
    """The compact number if it is a personnummer or samordningsnummer; else raise an InvalidPersonnummer."""
    number = compact(number)
    if len(number) not in (11, 13):
        raise InvalidLength(f"{len(number.replace('-', '').replace('+', ''))} digits, not 10 or 12")
    digits = number[:-5] + number[-4:]
    if number[-5] not in "-+" or not (digits.isascii() and digits.isdigit()):
        raise InvalidFormat("digits and one separator expected")
    birth_date(number, today=today)
    if not _luhn_ok(digits[-10:]):
        raise InvalidChecksum("Luhn check fails")
    return number


def is_valid(number: str, *, today: datetime.date | None = None) -> bool:
    try:
        return bool(validate(number, today=today))
    except InvalidPersonnummer:
        return False


def format(number: str) -> str:  # noqa: A001 (stdnum's name)
    """The standard presentation: "YYMMDD-NNNN" or "YYYYMMDD-NNNN"."""
    return compact(number)


def kind_of(number: str) -> str:
    """personnummer or samordningsnummer (day of month + 60)."""
    number = compact(number)
    day = int(number[-7:-5])
    return SAMORDNINGSNUMMER if day > 60 else PERSONNUMMER


# --- the finder ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """A personal identity number in a text. ``key`` (10 digits, or the 6-digit date of a masked
    form) names the person for a pseudonym; it never goes into a record."""

    kind: str
    valid: bool
    start: int
    end: int
    confidence: float
    key: str

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def as_item(self) -> dict:
        return {"kind": self.kind, "valid": self.valid, "confidence": self.confidence,
                "span": self.span}


_OCR_LETTERS = "".join(sorted(chr(k) for k in DIGIT_FOR))
_D = f"[0-9{_OCR_LETTERS}]"
_JOIN = r"(?:-?[ \t]*(?:\r?\n|\f)[ \t]*)?"  # a line or page break inside the number, after a hyphenation or not
_HEAD = rf"(?:{_D}{_JOIN}){{5}}{_D}(?:{_JOIN}{_D}{_JOIN}{_D})?"  # YYMMDD or YYYYMMDD
# A dash at a line end may be followed by a blank line (OCR splits a paragraph there).
_SEP = r"(?:[ \t]{0,2}[-+–‐][ \t]{0,2}(?:(?:\r?\n|\f)[ \t]*){0,2}|[ \t]?(?:\r?\n|\f)[ \t]*|[ \t])?"
_TAIL = rf"(?:(?:{_D}{_JOIN}){{3}}{_D}|(?=[0-9]{{0,3}}[Xx*])[0-9Xx*]{{4}})"  # digits, or masked (wholly or partly)
CANDIDATE = re.compile(
    # Not inside a longer number or code; a dash before it only as a stray mark (OCR) after a space.
    # (The lookahead first: a pattern opening with a character set is scanned for in C.)
    rf"(?={_D})(?<![\w/.,+–‐])(?<![\w/.,+–‐-]-)(?P<head>{_HEAD})(?P<sep>{_SEP})(?P<tail>{_TAIL})(?![\w/+–‐-]|[.,]\d)"
)

# Labels in the window before a number: the nearest one tells what the number is.
_LABELS = re.compile(
    r"(?P<pnr>person(?:nummer|numret|nr)|\bp(?:ers)?\.?[ -]?nr\b|person\s+nr|samordningsnr|samordningsnummer|"
    r"födelse(?:nummer|datum)|född)"
    r"|(?P<org>org(?:anisations?)?(?:nummer|nr|\.\s?nr|\.\s?nummer)|orgnr|org\.?\s?nr|enskild\s+firma|"
    r"enskild\s+näringsidkare|firma)"
    r"|(?P<other>\btel\b|telefon|\btfn|mobil|\bfax\b|\bsms\b|\bring\b|\bdnr\b|diarie|ärendenummer|"
    r"ärendenr|\bbg\b|bankgiro|\bpg\b|plusgiro|konto|clearing|faktura|\bocr\b|referens|\bref\b|"
    r"belopp|summa|\bsek\b|\bkr\b|kronor)",
    re.I,
)
_WINDOW = 48  # characters before a number searched for its label
_OTHER_REACH = 16  # a phone or amount label is right before its number
# What may stand between such a label and its number: "Tel. ", "Dnr: ", "konto nr ", "(tfn) ".
_LABEL_GAP = re.compile(r"[\s:.,#()/-]*(?:nr\.?|nummer|n:o|no\.?)?[\s:.,#()/-]*", re.I)
_SENTENCE_END = re.compile(r"\s[.;!?]")  # searched in the reversed window: ". " before the number
_UNIT_AFTER = re.compile(r"[ \t]*(?:kr\b|kronor|sek\b|:-|tkr|mkr|€|eur\b|%)", re.I)
_DIGITS_ONLY = re.compile(r"\D")


def _label(text: str, start: int) -> str | None:
    """The kind of the nearest label before ``start`` in its sentence (a bounded window), if any.

    A phone, dnr or amount label counts only close by (a list "tel 070..., pnr ..." names each)."""
    window = text[max(0, start - _WINDOW):start]
    end = _SENTENCE_END.search(window[::-1])
    if end:
        window = window[len(window) - end.start():]
    last = None
    for last in _LABELS.finditer(window):
        pass
    if last is None or (last.lastgroup == "other" and (
            len(window) - last.end() > _OTHER_REACH or not _LABEL_GAP.fullmatch(window, last.end()))):
        return None  # "Bidrag 5 000 kr till 811218-...": the "kr" is the amount's, not this number's
    return last.lastgroup


def _find(text: str, m: re.Match, today: datetime.date) -> Finding | None:
    head_raw, sep_raw, tail_raw = m.group("head"), m.group("sep"), m.group("tail")
    head = _DIGITS_ONLY.sub("", head_raw.translate(DIGIT_FOR))
    masked = any(c in "Xx*" for c in tail_raw)
    tail = "" if masked else _DIGITS_ONLY.sub("", tail_raw.translate(DIGIT_FOR))
    sep = sep_raw.strip(" \t\r\n")
    if len(head) not in (6, 8) or (len(tail) != 4 and not masked):
        return None
    raw_digits = sum(c.isdigit() for c in head_raw + tail_raw)
    if raw_digits < (len(head) if masked else 7):
        return None  # mostly letters: a word, not a damaged number
    ocr_damaged = raw_digits < len(head) + len(tail)
    if len(head) == 8 and head[:2] not in ("18", "19", "20"):
        return None
    number = head + (sep if sep in ("-", "+") else "-") + ("0000" if masked else tail)
    try:
        born_ok = bool(birth_date(number, today=today))
    except InvalidPersonnummer:
        born_ok = False
    if not born_ok:
        # Also every legal person's org nr: Bolagsverket gives them 20 or more in the "month" place.
        # (Tested before the label is looked for: a text of org numbers asks this of each.)
        return None
    label = _label(text, m.start())
    if label == "other":
        return None  # a phone number, dnr, account, reference or amount, labelled right before it
    if _UNIT_AFTER.match(text, m.end()) and label != "pnr":
        return None  # an amount (a "personnummer" label outweighs a unit after it)
    if not sep_raw and not masked and len(head) == 6 and head[0] == "0" and label is None:
        return None  # ten bare digits starting with 0: a Swedish phone number, unless labelled
    key = head[-6:] + tail
    if masked:
        return Finding(MASKED, True, m.start(), m.end(), 0.9 if label == "pnr" else 0.7, head[-6:])
    valid = _luhn_ok(key)
    if not valid and (ocr_damaged or label != "pnr"):
        return None  # without its label, a failed check means it is some other number
    if label == "org":
        kind = SOLE_TRADER
    else:
        kind = SAMORDNINGSNUMMER if int(head[-2:]) > 60 else PERSONNUMMER
    confidence = 0.9 if len(head) == 8 else 0.8 if sep else 0.6
    if ocr_damaged or "\n" in m.group(0):
        confidence -= 0.1
    if label in ("pnr", "org"):
        confidence = max(confidence, 0.95)
    if not valid:
        confidence = 0.5
    return Finding(kind, valid, m.start(), m.end(), round(confidence, 2), key)


def find_personal_numbers(text: str, *, today: datetime.date | None = None) -> list[Finding]:
    """Every personal identity number in ``text``, in order. One pass; each candidate looks at a
    bounded window around it, so the time is linear in the text's length."""
    today = today or datetime.date.today()
    found = []
    for m in CANDIDATE.finditer(text):
        hit = _find(text, m, today)
        if hit is not None:
            found.append(hit)
    return found
