"""Personal identity numbers: validation (stdnum's shape) and the finder, on Skatteverket's test
numbers only (../shared/external/test-personnummer/), never invented or real numbers."""

from __future__ import annotations

import datetime
import importlib.util
import sys
import time
from pathlib import Path

import pytest

from docparse.sv import personnummer as pnr

ROOT = Path(__file__).resolve().parents[1]
TEST_NUMBERS = ROOT.parent / "shared" / "external" / "test-personnummer" / "testpersonnummer.txt"
if not TEST_NUMBERS.exists():
    pytest.skip(f"Skatteverket's test numbers not found at {TEST_NUMBERS}", allow_module_level=True)

NUMBERS = TEST_NUMBERS.read_text(encoding="ascii").split()
TODAY = datetime.date(2026, 12, 6)


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_personnummer", ROOT / "benchmarks" / "eval_personnummer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


EVAL = _eval_module()


def pick(pred) -> str:
    return next(n for n in NUMBERS if pred(n))


# A few test numbers with the properties the forms need.
MODERN = pick(lambda n: n.startswith("198") and any(c in n[2:] for c in "0158"))
OLD = pick(lambda n: n.startswith("189"))  # over 100: written with "+"
FROM_2000S = pick(lambda n: n.startswith("200"))
LEAP_DAY = pick(lambda n: n[4:8] == "0229")


def test_every_test_number_validates_in_both_lengths():
    for n in NUMBERS:
        assert pnr.validate(n, today=TODAY) == f"{n[:8]}-{n[8:]}"
        sep = "+" if int(n[:4]) <= TODAY.year - 100 else "-"
        assert pnr.is_valid(f"{n[2:8]}{sep}{n[8:]}", today=TODAY), n


def test_a_wrong_check_digit_is_an_invalid_checksum():
    n = MODERN
    wrong = n[:-1] + str((int(n[-1]) + 1) % 10)
    with pytest.raises(pnr.InvalidChecksum):
        pnr.validate(wrong)
    assert isinstance(pnr.InvalidChecksum("x"), ValueError)


def test_the_calendar_decides_leap_days():
    assert pnr.is_valid(LEAP_DAY, today=TODAY)
    # The same leap-day number moved to a year that is not a leap year is no date.
    not_leap = str(int(LEAP_DAY[:4]) + 1) + LEAP_DAY[4:]
    with pytest.raises(pnr.InvalidDate):
        pnr.validate(not_leap, today=TODAY)


def test_plus_puts_a_ten_digit_number_a_century_back():
    ten = f"{OLD[2:8]}+{OLD[8:]}"
    assert pnr.birth_date(ten, today=TODAY).year == int(OLD[:4])
    assert pnr.birth_date(ten.replace("+", "-"), today=TODAY).year == int(OLD[:4]) + 100


def test_samordningsnummer_is_day_plus_sixty():
    made = EVAL.samordningsnummer(MODERN)
    assert int(made[6:8]) == int(MODERN[6:8]) + 60
    assert pnr.validate(made, today=TODAY)
    assert pnr.kind_of(made) == pnr.SAMORDNINGSNUMMER
    assert pnr.birth_date(made) == pnr.birth_date(MODERN)


def test_format_and_length_errors():
    assert pnr.format(MODERN) == f"{MODERN[:8]}-{MODERN[8:]}"
    with pytest.raises(pnr.InvalidLength):
        pnr.validate(MODERN[:9])
    with pytest.raises(pnr.InvalidFormat):
        pnr.validate(MODERN[:4] + "ab" + MODERN[6:])


# --- the finder: every written form, in running Swedish text ---

@pytest.mark.parametrize("form", list(EVAL.FORMS))
@pytest.mark.parametrize("template", EVAL.LABELLED[:3] + EVAL.UNLABELLED[:2])
def test_every_written_form_is_found_in_a_sentence(form, template):
    import random

    n = MODERN
    written = EVAL.FORMS[form](n, random.Random(1))
    text = "Socialnämnden sammanträdde 2021-03-15. " + template.replace("{x}", written) + " Dnr SN 2021/0123."
    found = pnr.find_personal_numbers(text)
    assert len(found) == 1, (form, text, found)
    hit = found[0]
    assert text[hit.start:hit.end] == written
    assert hit.key.startswith(n[2:8])
    assert hit.kind == (pnr.MASKED if form.startswith("masked") else pnr.PERSONNUMMER)


def test_old_numbers_samordningsnummer_and_sole_traders_get_their_kind():
    samordning = EVAL.samordningsnummer(MODERN)
    text = (f"Personen, född {OLD[2:8]}+{OLD[8:]}, och den sökande med samordningsnummer "
            f"{samordning[2:8]}-{samordning[8:]}. Avtal med Kims Måleri (enskild firma), org.nr "
            f"{MODERN[2:8]}-{MODERN[8:]}.")
    kinds = [f.kind for f in pnr.find_personal_numbers(text)]
    assert kinds == [pnr.PERSONNUMMER, pnr.SAMORDNINGSNUMMER, pnr.SOLE_TRADER]


def test_ocr_damage_is_read_only_where_the_result_validates():
    n = MODERN
    written = f"{n[2:8]}-{n[8:]}"
    i = next(i for i, c in enumerate(written) if c in "0158")
    damaged = written[:i] + {"0": "O", "1": "l", "5": "S", "8": "B"}[written[i]] + written[i + 1:]
    found = pnr.find_personal_numbers(f"Sökande {damaged} har ansökt.")
    assert [f.key for f in found] == [n[2:]]
    # The same damage on a number that fails the check: not a personal identity number.
    wrong = damaged[:-1] + str((int(damaged[-1]) + 1) % 10)
    assert pnr.find_personal_numbers(f"Sökande {wrong} har ansökt.") == []


def test_a_labelled_number_with_a_bad_check_digit_is_flagged_invalid():
    n = MODERN
    wrong = f"{n[2:8]}-{n[8:-1]}{(int(n[-1]) + 1) % 10}"
    found = pnr.find_personal_numbers(f"Personnummer: {wrong}")
    assert [(f.kind, f.valid) for f in found] == [(pnr.PERSONNUMMER, False)]
    assert pnr.find_personal_numbers(f"Nämnden beslutar om {wrong}.") == []


def test_context_words_raise_confidence():
    n = f"{MODERN[2:8]}-{MODERN[8:]}"
    bare = pnr.find_personal_numbers(f"Ärendet gäller {n} i sin helhet.")[0]
    labelled = pnr.find_personal_numbers(f"Ärendet gäller pnr {n} i sin helhet.")[0]
    assert labelled.confidence > bare.confidence


def test_look_alikes_next_to_numbers_are_not_flagged():
    import random

    n = MODERN
    org = EVAL._org_number(random.Random(3))
    text = (
        f"Personnummer {n[:8]}-{n[8:]}. Beslutsdatum 2021-03-15, justerat 20210322. "
        f"Dnr KS 2021/0123, diarienummer 2020-000123, dnr 20210315-0001. "
        f"Tel {FROM_2000S[2:]}, mobil 070-123 45 67, +46 70 123 45 67. "
        f"Leverantören Byggbolaget AB, org.nr {org}. "
        f"Kostnaden {n[2:]} kr, budget {n[2:]} kronor. Bankgiro 123-4567, konto {n[2:]}."
    )
    found = pnr.find_personal_numbers(text)
    assert [(text[f.start:f.end]) for f in found] == [f"{n[:8]}-{n[8:]}"]


def test_fixture_set_recall_and_precision():
    result = EVAL.evaluate(600, 600, seed=5)
    assert result["numbers"] >= 500 and result["lookalikes"] >= 500
    assert result["recall"] >= 0.95, result
    assert result["precision"] >= 0.99, result
    missed = set(result["missed_by_form"]) - {"10 bare from 0, unlabelled"}
    assert not missed, result["missed_by_form"]


def test_finding_is_linear_in_the_text():
    n = MODERN
    unit = f"Sökande personnummer {n[:8]}-{n[8:]} och tel 070-123 45 67, 2021-03-15. " + "1" * 200 + " "

    def seconds(k: int) -> float:
        text = unit * k
        start = time.perf_counter()
        found = pnr.find_personal_numbers(text)
        assert len(found) == k
        return time.perf_counter() - start

    small, large = min(seconds(200) for _ in range(3)), min(seconds(3200) for _ in range(3))
    assert large < small * 16 * 3  # 16 times the text: well under a quadratic 256 times


def test_a_long_run_of_digits_and_letters_is_linear():
    from conftest import grows_linearly

    assert pnr.find_personal_numbers("0O1l5S8B" * 1000) == []
    grows_linearly(pnr.find_personal_numbers, lambda n: "0O1l5S8B" * n, 50_000)
