"""Swedish dates: month names and abbreviations, the year range, and one date expression.

Shared by repair (a month name after a number makes "1" a number), structure (header and
title dates) and extract (document dates, periods).
"""

from __future__ import annotations

import re

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december")
MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
# The lookahead (the letters every month opens with) lets a pattern give up on a month at one test,
# not at each of its 24 spellings: a date pattern tries it after every number.
MONTH_ALT = "(?=[adfjmnos])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# A month's name written out, no abbreviation ("12 oktober", not "12 okt").
MONTH_NAME_ALT = "(?:" + "|".join(MONTH_NAMES) + ")"
YEAR = r"(?:19|20)\d{2}"
# A date as ISO writes it, in a pattern of its own ("2039-05-12"; DATE_RE reads every form).
ISO_DATE = r"(?:19|20)\d\d-[01]\d-[0-3]\d"
# The six-digit date of the 1990s' and 2000s' papers (YYMMDD: "010523", "980315"), three groups.
# Only a date label's value is read so: anywhere else six digits are too often another number.
SIX_DIGIT_DATE = r"(\d\d)([01]\d)([0-3]\d)"
SIX_DIGIT_PIVOT = 50  # a two-digit year below it is this century's ("040315"), else the last's ("980315")


def six_digit_value(yy: int, mm: int, dd: int) -> str | None:
    """ISO value of a six-digit date's three parts, None if they name no day."""
    import datetime

    year = yy + (2000 if yy < SIX_DIGIT_PIVOT else 1900)
    try:
        return datetime.date(year, mm, dd).isoformat()
    except ValueError:
        return None


# A term's length in years as a word or a figure ("löper i tre år", "under 2 år"): one to ten.
YEAR_COUNTS = {"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}
YEAR_COUNT_ALT = "(?:" + "|".join(YEAR_COUNTS) + r"|10|[1-9])"

# One date expression, in the forms Swedish documents use. Named groups tell which parts are there.
DATE = (
    rf"(?:(?P<iy>{YEAR})-(?P<im>[01]?\d)-\n?(?P<id>[0-3]?\d)"  # 2021-03-09, 2021-3-9 (a transcript may break the line inside it: "2021-03-" / "09")
    rf"|(?:den\s+)?(?P<d>[0-3]?\d)(?:\s*:?\s*(?:e|a))?\s*(?P<m>{MONTH_ALT})\.?\s+(?P<y>{YEAR})"  # 1 januari 2022, 1:a mars 2022, 14april 2022 (a space lost)
    rf"|(?P<m3>{MONTH_ALT})\.?\s+(?P<d3>[0-3]?\d)(?:,\s*|\s+)(?P<y3>{YEAR})"  # Maj 03, 2037 / Sept 03 2037 (a press-release service's stamp)
    rf"|(?P<m2>{MONTH_ALT})\s+(?P<y2>{YEAR})"  # december 2018
    rf"|(?P<nd>[0-3]?\d)/(?P<nm>1[0-2]|0?[1-9])(?:\s+|-|/)(?P<ny>{YEAR})"  # 16/4 2019, 16/4-2019, 16/4/2019
    rf"|(?P<hd>[0-3]?\d)-(?P<hm>1[0-2]|0?[1-9])-(?P<hy>{YEAR})"  # 16-4-2019, 16-04-2019 (day first)
    rf"|(?P<pd>[0-3]?\d)\.(?P<pm>1[0-2]|0?[1-9])\.(?P<py>{YEAR})"  # 15.9.2022 (as Finland-Swedish bodies write it)
    rf")"
)
# Not inside a longer token: a dnr "1.2.3-456/2020" or a section number "4.1.2019" followed by more digits.
# The lookahead (the first letters any form can open with) spares trying every form at every position;
# it comes first because a pattern that opens with a character set is scanned for in C.
# A double hyphen before a date is a dash that lost its length ("2032-08-01--2035-06-30"), no number's part.
# A hyphen joining two written dates is a dash too ("1 april 2036-31 mars 2037", "1 januari-31 december 2036"):
# after a year or a month's name, before a day and a month's name.
DATE_RE = re.compile(
    rf"(?=[\dadfjmnos])(?:(?<![\w.-])|(?<=\d--)|(?:(?<=(?:19|20)\d\d-)|(?<=[a-zåäö]-))(?=[0-3]?\d\s+{MONTH_ALT})){DATE}"
    rf"(?!\w|-(?!-|[0-3]?\d\s+{MONTH_ALT}\b)|\.\d)", re.I)


def date_value(m: re.Match) -> str | None:
    """ISO value of a DATE match (YYYY-MM-DD, or YYYY-MM when the text gives no day)."""
    g = m.group
    try:
        if g("iy"):
            y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        elif g("y"):
            y, mo, d = int(g("y")), MONTHS[g("m").lower()], int(g("d"))
        elif g("y3"):
            y, mo, d = int(g("y3")), MONTHS[g("m3").lower()], int(g("d3"))
        elif g("y2"):
            return f"{int(g('y2')):04d}-{MONTHS[g('m2').lower()]:02d}"
        elif g("ny"):
            y, mo, d = int(g("ny")), int(g("nm")), int(g("nd"))
        elif g("py"):
            y, mo, d = int(g("py")), int(g("pm")), int(g("pd"))
        elif g("hy"):
            y, mo, d = int(g("hy")), int(g("hm")), int(g("hd"))
        else:
            return None
    except (KeyError, TypeError, ValueError):
        return None
    import datetime

    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None
